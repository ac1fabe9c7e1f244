"""Scenes: cut the narrative where the chapter, the time or the place changes.

A new scene starts at a chapter boundary, or at a paragraph whose first sentence
names a new time (a date or time expression outside quotations whose value
differs from the current scene's) or moves to a new place (a motion verb with a
place: "We moved to Leningrad"). Each scene has its place (the first place named
outside quotations as where the action is, else the previous scene's, else an
unnamed one like "the kitchen"), its time (the first date in it,
else the value carried from the previous scene) and the people present: persons
mentioned outside quotations, and the speakers and addressees of its quotations.
"""
from __future__ import annotations

import bisect
import re

from personae.lang.en import motion_verbs
from personae.model import Document, Scene
from personae.stages import stage
from personae.stages.quotes import outside_quotes

PLACE_TYPES = ("GPE", "LOC", "FAC")
LOCATIVE = {"in", "at", "on", "inside", "near", "to", "into", "outside", "behind", "within", "around"}
DATED_TYPES = ("DATE", "TIME")
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def paragraph_starts(text: str) -> list[int]:
    starts = [0] + [m.end() for m in PARAGRAPH_BREAK.finditer(text)]
    return [s for s in starts if s < len(text)]


def sentence_bounds(parse) -> list[tuple[int, int]]:
    """(start, end) character offsets of each sentence, in order."""
    return [(s.start_char, s.end_char) for s in parse.sents]


def place_mentions(doc: Document, outside) -> list[tuple[int, int, str]]:
    """(start, end, entity id) of place mentions outside quotations, in text order."""
    return sorted((m.start, m.end, e.id) for e in doc.entities if e.type in PLACE_TYPES
                  for m in e.mentions if outside(m.start))


def is_setting(doc: Document, start: int, end: int) -> bool:
    """Does the place mention say where the action is: "we met at the station", "in Kiev"?

    Its preposition must be locative and hang on a main-clause verb: not "from
    Moscow", "a flat on Liteiny", nor "who lived in Tver".
    """
    span = doc.parse.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ not in LOCATIVE:
        return False
    verb = prep.head
    return verb.pos_ in ("VERB", "AUX") and verb.dep_ not in ("relcl", "acl")


def moves_to_place(doc: Document, start: int, end: int, places: list[tuple[int, int, str]],
                   starts: list[int]) -> str | None:
    """The place a motion verb in text[start:end] leads to, if any (`starts`: the places' starts)."""
    span = doc.parse.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    verbs = motion_verbs()
    for token in span:
        if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in verbs:
            continue
        for child in token.subtree:
            k = bisect.bisect_right(starts, child.idx) - 1
            if k >= 0 and places[k][0] <= child.idx < places[k][1] and child.idx >= start:
                return places[k][2]
    return None


@stage("scenes", requires=("times",), assigns=("scenes",))
def find_scenes(doc: Document) -> Document:
    text = doc.text
    outside = outside_quotes([(q.start, q.end) for q in doc.quotes])
    places = place_mentions(doc, outside)
    place_starts = [p[0] for p in places]
    sentences = sentence_bounds(doc.parse)
    sentence_starts = [s for s, _ in sentences]
    chapter_starts = {c.start for c in doc.document.chapters}
    dated = [t for t in doc.times if t.type in DATED_TYPES and t.value and outside(t.start)]
    dated_starts = [t.start for t in dated]

    scenes: list[Scene] = []
    current_value = current_place = None
    for para in paragraph_starts(text):
        k = bisect.bisect_right(sentence_starts, para) - 1
        first_end = sentences[k][1] if 0 <= k < len(sentences) and sentences[k][1] > para else len(text)
        j = bisect.bisect_left(dated_starts, para)
        new_time = dated[j] if j < len(dated) and dated[j].start < first_end else None
        new_place = moves_to_place(doc, para, first_end, places, place_starts)
        opens = (not scenes or any(para <= c < first_end for c in chapter_starts)
                 or (new_time is not None and new_time.value != current_value)
                 or (new_place is not None and new_place != current_place))
        if opens:
            scenes.append(Scene(id=f"S{len(scenes) + 1}", start=para, end=para))
        if new_time is not None:
            current_value = new_time.value
        if new_place is not None:
            current_place = new_place
    for i, scene in enumerate(scenes):
        scene.end = scenes[i + 1].start if i + 1 < len(scenes) else len(text)
        while scene.end > scene.start and text[scene.end - 1].isspace():
            scene.end -= 1
    fill_scenes(doc, scenes, dated, places, outside)
    doc.scenes = scenes
    return doc


def fill_scenes(doc: Document, scenes: list[Scene], dated, places, outside) -> None:
    """Give each scene its time, place and people."""
    starts = [s.start for s in scenes]

    def scene_at(offset: int) -> Scene | None:
        k = bisect.bisect_right(starts, offset) - 1
        return scenes[k] if k >= 0 and offset < scenes[k].end else None

    for time in dated:
        scene = scene_at(time.start)
        if scene is not None and scene.time is None:
            scene.time, scene.value = time.id, time.value
    named = {e.id for e in doc.entities if any(m.kind == "PROP" for m in e.mentions)}
    described: dict[str, str] = {}      # scene id -> first unnamed setting ("the kitchen")
    for start, end, entity_id in places:
        scene = scene_at(start)
        if scene is None or scene.place is not None or not is_setting(doc, start, end):
            continue
        if entity_id in named:
            scene.place = entity_id
        else:
            described.setdefault(scene.id, entity_id)
    present: dict[str, list[tuple[int, str]]] = {s.id: [] for s in scenes}
    for entity in doc.entities:
        if entity.type != "PER":
            continue
        seen: set[str] = set()
        for mention in entity.mentions:
            scene = scene_at(mention.start)
            if scene is not None and scene.id not in seen and outside(mention.start):
                seen.add(scene.id)
                present[scene.id].append((mention.start, entity.id))
    for quote in doc.quotes:
        scene = scene_at(quote.start)
        if scene is not None:
            for entity_id in filter(None, [quote.speaker, *quote.addressees]):
                present[scene.id].append((quote.start, entity_id))
    previous: Scene | None = None
    for scene in scenes:
        if previous is not None:
            scene.place = scene.place or previous.place
            if scene.time is None:
                scene.value = previous.value
        # A named place is kept from scene to scene; "the kitchen" only stands in for none.
        scene.place = scene.place or described.get(scene.id)
        order: dict[str, int] = {}
        for offset, entity_id in sorted(present[scene.id]):
            order.setdefault(entity_id, offset)
        scene.people = list(order)
        previous = scene
