"""The server over HTTP: pages, the JSON API, errors, escaping, read-only."""
from __future__ import annotations

import json
import urllib.error
import urllib.request
from urllib.parse import quote

import pytest

from personae.store import Store
from personae.web import make_server


def get(url: str, accept: str = "*/*", data: bytes | None = None):
    request = urllib.request.Request(url, data=data, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get_content_type(), response.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get_content_type(), err.read().decode("utf-8")


@pytest.mark.parametrize("tail", ["", "/cast", "/person/E2", "/timeline", "/network", "/findings"])
def test_every_page_renders(server, doc_id, tail):
    status, kind, body = get(f"{server}/doc/{doc_id}{tail}", "text/html")
    assert (status, kind) == (200, "text/html")
    assert "Nikolai Petrov" in body


def test_document_text_is_escaped_everywhere(server, doc_id):
    for path in (f"/doc/{doc_id}", f"/search?q=diary&doc={doc_id}", f"/doc/{doc_id}/findings"):
        _, _, body = get(server + path, "text/html")
        assert "<script>alert" not in body
    _, _, body = get(f"{server}/doc/{doc_id}")
    assert "&lt;script&gt;alert(&#x27;boo&#x27;)&lt;/script&gt; &amp; more" in body


def test_reading_view_marks_mentions_quotes_and_dates(server, doc_id):
    _, _, body = get(f"{server}/doc/{doc_id}")
    assert body.count('data-e="E2"') == 4 + 1          # four mentions and the legend button
    assert 'id="q-Q1" data-speaker="E1" title="Anna Petrova to Nikolai Petrov"' in body
    assert 'title="date: 1937-03"' in body


def test_cast_and_person_pages_show_variants_relations_and_quotes(server, doc_id):
    _, _, cast = get(f"{server}/doc/{doc_id}/cast")
    assert "Nigolai Betrov" in cast and 'class="tag variant"' in cast and "sibling of" in cast
    _, _, person = get(f"{server}/doc/{doc_id}/person/E2")
    assert "Everything Nikolai Petrov said" in person
    assert "&quot;Let him ask,&quot;" in person and "I have nothing to hide." in person


def test_timeline_lists_dates_and_events_in_text_order(server, doc_id):
    data = json.loads(get(f"{server}/api/doc/{doc_id}/timeline")[2])
    assert [(i["kind"], i["date"]) for i in data] == [("time", "1937-03"), ("event", "1937-03"),
                                                      ("time", "1937-SP"), ("event", "1937-SP")]
    assert data[3]["place_name"] == "the Finland Station"


def test_the_json_api(server, doc_id):
    docs = json.loads(get(f"{server}/api/documents")[2])
    assert [(d["id"], d["n_people"], d["n_quotes"]) for d in docs] == [(doc_id, 2, 3)]
    document = json.loads(get(f"{server}/api/doc/{doc_id}")[2])
    assert document["schema"] == "personae/document@1" and len(document["quotes"]) == 3
    cast = json.loads(get(f"{server}/api/doc/{doc_id}/cast")[2])
    assert [(p["name"], p["mentions"], p["quotes"]) for p in cast["people"]] == [
        ("Anna Petrova", 5, 1), ("Nikolai Petrov", 4, 2)]
    network = json.loads(get(f"{server}/api/doc/{doc_id}/network")[2])
    assert {(e["source"], e["target"], e["weight"]) for e in network["talks"]} == {("E1", "E2", 1), ("E2", "E1", 2)}
    person = json.loads(get(f"{server}/api/doc/{doc_id}/person/E2")[2])
    assert [q["id"] for q in person["said"]] == ["Q2", "Q3"]


def test_search_finds_a_phrase_in_quotations_and_passages(server, doc_id):
    hits = json.loads(get(f"{server}/api/search?q={quote('nothing to hide')}")[2])
    assert [h["id"] for h in hits["quotes"]] == ["Q3"]
    assert len(hits["passages"]) == 1
    hits = json.loads(get(f"{server}/api/search?q={quote('Finland Station')}&doc={doc_id}")[2])
    assert hits["quotes"] == [] and "\x02Finland Station\x03" in hits["passages"][0]["snippet"]
    assert json.loads(get(f"{server}/api/search?q={quote('hide AND NOT')}")[2]) == {"passages": [], "quotes": []}


@pytest.mark.parametrize("path", ["/doc/nope", "/doc/nope/cast", "/api/doc/nope", "/api/doc/{doc}/person/E99",
                                  "/doc/{doc}/person/E99", "/static/app.py", "/static/..%2F..%2Fapp.py",
                                  "/static/%2e%2e/app.py", "/../../etc/passwd", "/search?q=x&doc=nope",
                                  "/person/nope:E1"])
def test_bad_ids_and_paths_give_404_json(server, doc_id, path):
    status, kind, body = get(server + path.replace("{doc}", doc_id))
    assert (status, kind) == (404, "application/json")
    assert json.loads(body)["status"] == 404


def test_a_browser_gets_its_errors_as_a_page(server):
    status, kind, body = get(f"{server}/doc/%3Cb%3E", "text/html")
    assert (status, kind) == (404, "text/html") and "<b>" not in body and "&lt;b&gt;" in body


def test_writes_are_refused(server, store_path):
    before = store_path.read_bytes()
    status, kind, _ = get(f"{server}/doc/x", data=b"a=1")
    assert status == 405 and kind == "application/json"
    request = urllib.request.Request(f"{server}/", method="DELETE")
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(request, timeout=30)
    assert err.value.code == 501
    assert store_path.read_bytes() == before
    with Store(store_path, read_only=True) as store:
        with pytest.raises(Exception, match="readonly"):
            store.conn.execute("DELETE FROM quotes")


def test_it_listens_on_loopback_unless_asked(store_path):
    httpd = make_server(store_path, port=0)
    try:
        assert httpd.server_address[0] == "127.0.0.1"
    finally:
        httpd.server_close()


def test_a_malformed_or_huge_body_is_refused_cleanly(server):
    import http.client

    host, port = server.removeprefix("http://").split(":")
    for length, status in (("abc", 400), (str(10 ** 9), 413)):
        conn = http.client.HTTPConnection(host, int(port), timeout=30)
        conn.putrequest("POST", "/reconcile")
        conn.putheader("Content-Length", length)
        conn.endheaders()
        response = conn.getresponse()
        assert response.status == status and json.loads(response.read())["status"] == status
        conn.close()
