"""The chronology as text: scenes and dated events in the order of their dates.

An item whose date is unknown (an undated scene, "on Saturday") keeps its place
in the narrative: it sorts with the last dated item before it in its document.
A season sorts at its middle: 1952-SU after 1952-07-15 and before 1952-07-16
(spring mid April, autumn mid October); winter, whose middle falls in the next
year, at the end of its own year's December. A month without a day sorts before
its days, a year before its months.
Across several documents the items of all are merged into one chronology.

Each fact is printed once: a dated relation is a line of its own ("Anna Petrova was
arrested by Kessler", "Julius died", with its confidence), and an event found in the
same words on the same date (the trigger "arrested" inside the relation's evidence) is
not printed again. Patient-first relations read in the passive (see `export.facts`).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from personae.export.facts import PATIENT_FIRST, confidence, sentence
from personae.model import Document
from personae.stages.relations import ONE_PERSON_EVENTS
from personae.stages.times import parse_value

# (month, day) a season sorts after: the middle of its three months; winter at the end of its year.
SEASON_MIDDLES = {"SP": (4, 15), "SU": (7, 15), "FA": (10, 15), "WI": (12, 31)}
SEASON_PART = 9                     # after the day's own parts of day (PART_ORDER)
PART_ORDER = {"MO": 1, "MI": 2, "AF": 3, "EV": 4, "NI": 5}
# Relations worth a line of their own in a chronology, besides the one-person events.
DATED_RELATIONS = ONE_PERSON_EVENTS | PATIENT_FIRST | {"met", "spouse_of", "member_of"}
SNIPPET_CHARS = 60


@dataclass
class Item:
    key: tuple
    value: str
    line: str


def date_key(value: str | None) -> tuple | None:
    """A sortable key of a DATE/TIME value, or None when the year is unknown."""
    when = parse_value(value)
    if when is None:
        return None
    if when.season in SEASON_MIDDLES:
        return (when.year, *SEASON_MIDDLES[when.season], SEASON_PART)
    part = PART_ORDER.get(when.part or "", 0)
    return (when.year, when.month or 0, when.day or 0, part)


def snippet(doc: Document, start: int, end: int) -> str:
    text = " ".join(doc.text[start:end].split())
    return text if len(text) <= SNIPPET_CHARS else text[:SNIPPET_CHARS - 1] + "…"


class Stated:
    """The words each printed relation rests on, with its date, by offset."""

    def __init__(self, relations, times):
        self.spans = sorted((r.evidence.start, r.evidence.end, times[r.time].value) for r in relations)
        self.starts = [start for start, _, _ in self.spans]
        self.longest = max((end - start for start, end, _ in self.spans), default=0)

    def covers(self, start: int, end: int, value: str | None) -> bool:
        """Does a relation dated `value` rest on words that hold [start, end)?"""
        k = bisect.bisect_right(self.starts, start) - 1
        while k >= 0 and self.spans[k][0] >= start - self.longest:
            if end <= self.spans[k][1] and self.spans[k][2] == value:
                return True
            k -= 1
        return False


def timeline_items(doc: Document, label: str = "") -> list[Item]:
    names = {e.id: e.name for e in doc.entities}
    times = {t.id: t for t in doc.times}
    entries: list[tuple[int, str | None, str]] = []
    for scene in doc.scenes:
        place = names.get(scene.place, "place unknown")
        people = ", ".join(names.get(p, p) for p in scene.people) or "nobody named"
        entries.append((scene.start, scene.value,
                        f"{label}{scene.id} scene at {place}; {people}: “{snippet(doc, scene.start, scene.end)}”"))
    relations = [r for r in doc.relations if r.predicate in DATED_RELATIONS and r.time in times]
    stated = Stated(relations, times)
    for event in doc.events:
        time = times.get(event.time)
        if time is None or stated.covers(event.trigger.start, event.trigger.end, time.value):
            continue
        who = ", ".join(f"{names.get(p.entity, p.entity)} ({p.role})" for p in event.participants)
        where = f" at {names[event.place]}" if event.place in names else ""
        entries.append((event.trigger.start, time.value,
                        f"{label}{event.id} {event.trigger.text}{where}" + (f"; {who}" if who else "")))
    for relation in relations:
        entries.append((relation.evidence.start, times[relation.time].value,
                        f"{label}{sentence(relation, doc)}, confidence {confidence(relation.confidence)}: "
                        f"“{snippet(doc, relation.evidence.start, relation.evidence.end)}”"))
    entries.sort(key=lambda e: e[0])
    items: list[Item] = []
    last_key: tuple = (-10**6,)
    for position, (offset, value, line) in enumerate(entries):
        key = date_key(value)
        if key is not None:
            last_key = key
        # Undated items follow the last dated one; ties keep narrative order.
        items.append(Item(key=(key or last_key, key is None, position), value=value or "?", line=line))
    return items


def timeline_text(docs: list[Document]) -> str:
    """The chronology of one document, or of several merged."""
    items: list[Item] = []
    for doc in docs:
        label = f"[{doc.document.title or doc.document.source}] " if len(docs) > 1 else ""
        items += timeline_items(doc, label)
    items.sort(key=lambda item: item.key)
    if not items:
        return "no dated scenes or events"
    width = max(len(item.value) for item in items)
    return "\n".join(f"{item.value:<{width}}  {item.line}" for item in items)
