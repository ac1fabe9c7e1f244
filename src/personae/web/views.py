"""What the viewer shows, as plain data: the cast, a person, the timeline, the findings.

The HTML pages and the JSON API both render these dicts, so whatever a page
shows a program can fetch too.
"""
from __future__ import annotations

from collections import Counter
from typing import Any

from personae.export.cast import PLACE_TYPES, is_character
from personae.export.graph import people_network
from personae.model import Document, Entity

CONTEXT = 90          # characters of text shown around a piece of evidence


def context(doc: Document, start: int, end: int, width: int = CONTEXT) -> dict[str, Any]:
    """The span with a little text either side, cut at word boundaries."""
    text = doc.text
    left = max(0, start - width)
    right = min(len(text), end + width)
    before = text[left:start]
    after = text[end:right]
    if left > 0 and " " in before:
        before = "…" + before[before.index(" ") + 1:]
    if right < len(text) and " " in after:
        after = after[:after.rindex(" ")] + "…"
    return {"start": start, "end": end, "before": before.replace("\n", " "), "text": text[start:end],
            "after": after.replace("\n", " ")}


def excerpt(doc: Document, start: int, end: int, width: int = 2 * CONTEXT) -> dict[str, Any]:
    """The opening words of a stretch of text, cut at a word boundary."""
    text = " ".join(doc.text[start:min(end, start + width + 40)].split())
    if len(text) > width and " " in text[:width]:
        text = text[:text.rindex(" ", 0, width)] + "…"
    return {"start": start, "end": end, "text": text}


def _name(doc: Document, entity_id: str | None) -> str | None:
    entity = doc.entity(entity_id) if entity_id else None
    return entity.name if entity else entity_id


def colour_ranks(doc: Document) -> dict[str, int]:
    """Entity id -> colour number for the most mentioned characters (the rest stay grey)."""
    people = sorted((e for e in doc.entities if is_character(e)), key=lambda e: (-len(e.mentions), e.id))
    return {e.id: k for k, e in enumerate(people[:10])}


def _relations(doc: Document, entity: Entity) -> list[dict[str, Any]]:
    out = []
    for r in doc.relations:
        if entity.id in (r.subject, r.object):
            other = doc.entity(r.object if r.subject == entity.id else r.subject)
            out.append({"predicate": r.predicate, "direction": "out" if r.subject == entity.id else "in",
                        "other": other.id if other else None, "other_name": other.name if other else None,
                        "confidence": r.confidence, "evidence": context(doc, r.evidence.start, r.evidence.end)})
    return out


def person_summary(doc: Document, entity: Entity, said: Counter, heard: Counter) -> dict[str, Any]:
    offsets = [m.start for m in entity.mentions]
    length = max(1, len(doc.text))
    return {"span": [min(offsets) / length, max(offsets) / length] if offsets else None, "id": entity.id, "name": entity.name, "type": entity.type, "narrator": entity.is_narrator,
            "gender": entity.gender,
            "aliases": [{"text": a.text, "count": a.count, "variant": a.variant} for a in entity.aliases],
            "mentions": len(entity.mentions), "quotes": said[entity.id], "addressed": heard[entity.id],
            "first": min(offsets) if offsets else None, "last": max(offsets) if offsets else None,
            "relations": _relations(doc, entity)}


def cast(doc: Document) -> dict[str, Any]:
    """The people (most mentioned first) and the places, with counts and relations."""
    said = Counter(q.speaker for q in doc.quotes if q.speaker)
    heard = Counter(a for q in doc.quotes for a in q.addressees)
    people = sorted((e for e in doc.entities if is_character(e)), key=lambda e: (-len(e.mentions), e.id))
    places = sorted((e for e in doc.entities if e.type in PLACE_TYPES), key=lambda e: (-len(e.mentions), e.id))
    return {"people": [person_summary(doc, e, said, heard) for e in people], "places": [{"id": e.id, "name": e.name, "type": e.type, "mentions": len(e.mentions)}
                                       for e in places]}


def person(doc: Document, entity_id: str) -> dict[str, Any] | None:
    """One entity with everything they said and everything said to them."""
    entity = doc.entity(entity_id)
    if entity is None:
        return None
    said = Counter(q.speaker for q in doc.quotes if q.speaker)
    heard = Counter(a for q in doc.quotes for a in q.addressees)
    out = person_summary(doc, entity, said, heard)

    def quote(q) -> dict[str, Any]:
        speaker = doc.entity(q.speaker) if q.speaker else None
        return {"id": q.id, "start": q.start, "end": q.end, "text": q.text, "kind": q.kind,
                "speaker": q.speaker, "speaker_name": speaker.name if speaker else None,
                "addressees": [{"id": a, "name": _name(doc, a)} for a in q.addressees],
                "attribution": q.attribution, "confidence": q.confidence}
    out["said"] = [quote(q) for q in doc.quotes if q.speaker == entity.id]
    out["heard"] = [quote(q) for q in doc.quotes if entity.id in q.addressees]
    out["mention_list"] = [{"start": m.start, "end": m.end, "text": m.text, "kind": m.kind}
                           for m in entity.mentions]
    return out


def timeline(doc: Document) -> list[dict[str, Any]]:
    """Scenes, time expressions and events in text order, each with its date where known."""
    times = {t.id: t for t in doc.times}

    def value(time_id: str | None) -> str | None:
        return times[time_id].value if time_id in times else None

    items: list[dict[str, Any]] = []
    for s in getattr(doc, "scenes", None) or []:
        items.append({"kind": "scene", "id": s.id, "start": s.start, "end": s.end,
                      "date": s.value or value(s.time), "place": s.place, "place_name": _name(doc, s.place),
                      "people": [{"id": p, "name": _name(doc, p)} for p in s.people],
                      "excerpt": excerpt(doc, s.start, s.end)})
    for t in doc.times:
        items.append({"kind": "time", "id": t.id, "start": t.start, "end": t.end, "date": t.value,
                      "label": t.text, "context": context(doc, t.start, t.end)})
    for ev in doc.events:
        items.append({"kind": "event", "id": ev.id, "start": ev.trigger.start, "end": ev.trigger.end,
                      "date": value(ev.time), "label": ev.trigger.text, "place": ev.place,
                      "place_name": _name(doc, ev.place),
                      "people": [{"id": p.entity, "name": _name(doc, p.entity), "role": p.role} for p in ev.participants],
                      "context": context(doc, ev.trigger.start, ev.trigger.end)})
    order = {"scene": 0, "time": 1, "event": 2}
    return sorted(items, key=lambda i: (i["start"], order[i["kind"]]))


def findings(doc: Document) -> list[dict[str, Any]]:
    out = []
    for f in doc.findings:
        out.append({"kind": f.kind, "message": f.message,
                    "entities": [{"id": e, "name": _name(doc, e)} for e in f.entities],
                    "evidence": [context(doc, ev.start, ev.end) for ev in f.evidence]})
    return out


def network(doc: Document) -> dict[str, Any]:
    return people_network(doc)
