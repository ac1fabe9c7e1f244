"""The W3C Reconciliation Service API (0.2), as OpenRefine calls it."""
from __future__ import annotations

import json
from urllib.parse import quote, urlencode

from test_app import get


def reconcile(server, queries, post=False):
    payload = json.dumps(queries)
    if post:
        status, _, body = get(f"{server}/reconcile", data=urlencode({"queries": payload}).encode())
    else:
        status, _, body = get(f"{server}/reconcile?queries={quote(payload)}")
    assert status == 200
    return json.loads(body)


def test_manifest(server):
    manifest = json.loads(get(f"{server}/reconcile")[2])
    assert manifest["versions"] == ["0.2"]
    assert manifest["defaultTypes"] == [{"id": "PER", "name": "Person"}]
    assert manifest["view"]["url"].endswith("/person/{{id}}") and manifest["identifierSpace"]


def test_an_alias_finds_its_person_first(server, doc_id):
    answer = reconcile(server, {"q0": {"query": "Nigolai Betrov"}, "q1": {"query": "anna", "type": "PER"},
                                "q2": {"query": "Petrov", "limit": 1}, "q3": {"query": "Zzyzx"}})
    assert answer["q0"]["result"][0] == {"id": f"{doc_id}:E2", "name": "Nikolai Petrov",
                                         "type": [{"id": "PER", "name": "Person"}], "score": 100.0, "match": True}
    assert answer["q1"]["result"][0]["id"] == f"{doc_id}:E1"
    assert [r["id"] for r in answer["q2"]["result"]] == [f"{doc_id}:E2"]
    assert answer["q3"]["result"] == []


def test_post_and_the_view_url(server, doc_id):
    answer = reconcile(server, {"q0": {"query": "Nikolai"}}, post=True)
    found = answer["q0"]["result"][0]["id"]
    status, kind, body = get(f"{server}/person/{found}", "text/html")
    assert (status, kind) == (200, "text/html") and "Nikolai Petrov" in body


def test_other_types_and_bad_queries(server):
    assert reconcile(server, {"q0": {"query": "Anna", "type": "ORG"}}) == {"q0": {"result": []}}
    status, kind, body = get(f"{server}/reconcile?queries=%7Bnot%20json")
    assert (status, kind) == (400, "application/json")
    status, _, _ = get(f"{server}/reconcile?queries={quote(json.dumps({'q0': {'nope': 1}}))}")
    assert status == 400
