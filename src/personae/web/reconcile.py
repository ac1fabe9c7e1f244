"""A W3C Reconciliation Service (API version 0.2) over the people in a store.

OpenRefine sends a batch of names (`queries`: {"q0": {"query": "Petrov", "limit": 3}});
each comes back with the best matching people, scored 0-100. A name that is one of
a person's aliases exactly (case and accents aside) scores 100 and comes first.
Candidate ids are "DOCUMENT:ENTITY", so the same id opens the person's page.
"""
from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher
from typing import Any

from personae.errors import PersonaeError

PERSON_TYPE = {"id": "PER", "name": "Person"}
DEFAULT_LIMIT = 5
MAX_QUERIES = 500


def manifest(base_url: str) -> dict[str, Any]:
    return {"versions": ["0.2"], "name": "personae people", "identifierSpace": f"{base_url}/person/",
            "schemaSpace": f"{base_url}/schema/person", "defaultTypes": [PERSON_TYPE],
            "view": {"url": f"{base_url}/person/{{{{id}}}}"}}


def normalise(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(letters.replace(".", " ").split())


def score_name(query: str, name: str) -> float:
    """100 for the same name; 90 when every word of the query is a word of the name; else similarity."""
    if query == name:
        return 100.0
    words, name_words = query.split(), name.split()
    if words and all(w in name_words for w in words):
        return 90.0
    return round(100 * SequenceMatcher(None, query, name).ratio(), 1)


def candidates(people: list[dict[str, Any]], query: str, limit: int) -> list[dict[str, Any]]:
    """people: {"id", "name", "names": [...], "mentions"}; the best `limit` matches for `query`."""
    wanted = normalise(query)
    if not wanted:
        return []
    scored = []
    for p in people:
        best = max(score_name(wanted, normalise(n)) for n in p["names"])
        if best >= 50:
            scored.append((best, p))
    scored.sort(key=lambda sp: (-sp[0], -sp[1]["mentions"], sp[1]["id"]))
    top = scored[:limit]
    exact = [s for s, _ in scored if s == 100]
    return [{"id": p["id"], "name": p["name"], "type": [PERSON_TYPE], "score": s,
             "match": s == 100 and len(exact) == 1} for s, p in top]


def reconcile(people: list[dict[str, Any]], queries: Any) -> dict[str, Any]:
    """The response to a `queries` batch (already decoded from JSON)."""
    if not isinstance(queries, dict) or len(queries) > MAX_QUERIES:
        raise PersonaeError("queries must be a JSON object of at most 500 queries",
                            'send queries={"q0": {"query": "a name"}}')
    out = {}
    for key, q in queries.items():
        if not isinstance(q, dict) or not isinstance(q.get("query"), str):
            raise PersonaeError(f"query {key!r} has no query string", 'each query is {"query": "a name"}')
        types = q.get("type")
        types = [types] if isinstance(types, str) else types or []
        if types and PERSON_TYPE["id"] not in types and PERSON_TYPE["name"] not in types:
            out[key] = {"result": []}
            continue
        limit = q.get("limit", DEFAULT_LIMIT)
        limit = limit if isinstance(limit, int) and 0 < limit <= 100 else DEFAULT_LIMIT
        out[key] = {"result": candidates(people, q["query"], limit)}
    return out
