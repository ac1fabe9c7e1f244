"""Scenes: cut the narrative where the chapter, the time or the place changes.

A new scene starts at a chapter boundary, at a paragraph whose first sentence
names a new narrative time (see times.narrative_times: a date outside quotations
that moves the narration, not a birth, a flash-back, a plan, a year in a heading
or a telling date, "Interviewed in 1996"; or a step of a day or more, "the day
after"), at a sentence inside a paragraph that opens with a new date of its own
("On 3 November 1952 ..." after a summer told in summary, "In July 1939 ...") once
the scene has a time (else that date is the scene's time: "Lotte remained in
England. In 1946 ..."), or at a paragraph that opens with a move to a new place
("We moved to Leningrad") or sets its first sentence in a new named place ("In
New York the family rebuilt a modest life").
Each scene has its place: the named place its opening move leads to, else the
first named place said to be where the action is before the narration moves on
from the scene's time (outside quotations, with a locative preposition on a verb
of the main narration: not a destination, "to Ostrava", nor where someone is held,
"interned at Hammelburg", nor where a story was later told, "Interviewed in New
York", nor a plan, relative or reported clause, nor the past perfect or a "since"
clause hanging on it, "had been friends since they were boys at Winchester"; and
not "issued in Stuttgart in January 1940" in a scene of July 1939), else the
previous scene's named place if the chapter goes on, else the seat of a family
named in the scene ("the Ashfords of Hollins Cross"), else an unnamed one like
"the hospital" or "the kitchen". Places are GPE, LOC and FAC
entities, and an ORG that people are "at", go to or are "of", as a house name the
recogniser took for an organisation often is. Its time is the first narrative time
in it, else the value carried from the previous scene. The people present are the persons
mentioned outside quotations, and the speakers and addressees of its quotations.
"""
from __future__ import annotations

import bisect
import re

from personae.lang.en import motion_verbs
from personae.model import Document, Scene
from personae.stages import stage
from personae.stages.quotes import outside_quotes
from personae.stages.times import (DATED_TYPES, PARAGRAPH_BREAK, clause_aside, moves_on, narrative_times,
                                   parse_value, telling)

PLACE_TYPES = ("GPE", "LOC", "FAC")
LOCATIVE = {"in", "at", "on", "inside", "near", "to", "into", "outside", "behind", "within", "around"}
# Where someone goes is not yet where the action is ("transferred to Ostrava").
DESTINATIONS = {"to", "into", "towards", "toward", "for"}
SETTING = LOCATIVE - DESTINATIONS
# Motion verbs whose destination is their object or an "in"/"at" phrase ("reached Kiev", "arrived in Kiev").
ARRIVALS = {"reach": {"dobj"}, "enter": {"dobj"}, "arrive": {"in", "at"}, "land": {"in", "at"}}
# Verbs whose "in"/"at" place is where someone is sent and held ("interned at Hammelburg"): like "transferred
# to Ostrava", a destination of someone else's doing, not where the story is.
CONFINEMENT = {"intern", "imprison", "jail", "detain", "incarcerate", "confine"}
# "On 3 November 1952 Karel was told ...": at most a preposition before a date that opens a sentence.
OPENING = re.compile(r"\s*(?:\w+\s+)?")


def paragraph_starts(text: str) -> list[int]:
    """Where each paragraph begins (after a blank line)."""
    starts = [0] + [m.end() for m in PARAGRAPH_BREAK.finditer(text)]
    return [s for s in starts if s < len(text)]


def sentence_bounds(parse) -> list[tuple[int, int]]:
    """(start, end) character offsets of each sentence, in order."""
    return [(s.start_char, s.end_char) for s in parse.sents]


def place_mentions(doc: Document, outside) -> list[tuple[int, int, str]]:
    """(start, end, entity id) of place mentions outside quotations, in text order.

    Places are GPE, LOC and FAC entities, and an ORG the text treats as a place, as a house name
    often is (`used_as_place`: "at Hollins Cross", "returned to Hollins Cross").
    """
    return sorted((m.start, m.end, e.id) for e in doc.entities
                  if e.type in PLACE_TYPES or (e.type == "ORG" and used_as_place(doc, e))
                  for m in e.mentions if outside(m.start))


def used_as_place(doc: Document, entity) -> bool:
    """Is one of an organisation's mentions, in or out of quotations, something people are "at", go
    to or come home to ("at Hollins Cross", "returned to Hollins Cross"), or the seat of a family
    ("the Ashfords of Hollins Cross")? Not "in", which an organisation is too ("served in the Army")."""
    if doc.parse is None:
        return False
    verbs = motion_verbs()
    for mention in entity.mentions:
        span = doc.parse.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.dep_ == "pobj" and (root.head.lower_ == "at" or family_seat(root)):
            return True
        verb = root.head.head if root.dep_ == "pobj" else root.head
        if verb.lemma_.lower() in verbs and any(root.i == d.i for d in destinations(verb)):
            return True
    return False


def family_seat(token) -> bool:
    """Is the token the place in "the Ashfords of Hollins Cross" (a family named by its seat)?"""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "of" and prep.head.tag_ == "NNPS"


def is_setting(doc: Document, start: int, end: int) -> bool:
    """Does the place mention say where the action is: "we met at the station", "in Kiev"?

    Its preposition must be locative, not a destination, and hang on a verb of the
    main narration: not "from Moscow", "to Ostrava", "a flat on Liteiny", "who lived
    in Tver", "until she had seen her sister settled in Ostrava", "had lived in Kiev",
    "moved into a flat on Liteiny".
    """
    span = doc.parse.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    prep = span.root.head
    # "Interviewed in New York in 1996, he remembered": where the story was told, not where it is.
    if span.root.dep_ != "pobj" or prep.lower_ not in SETTING or telling(doc, start, end):
        return False
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or clause_aside(verb) or verb.lemma_.lower() in CONFINEMENT:
        return False
    # "moved into his flat on Liteiny": beside a destination, a place tells where that is.
    return not any(c.dep_ == "prep" and c.lower_ in DESTINATIONS for c in verb.children)


def destinations(verb):
    """The tokens naming where a motion verb leads: "to Kiev", "back to Kiev", "reached Kiev"."""
    arrival = ARRIVALS.get(verb.lemma_.lower(), set())
    heads = [verb, *(c for c in verb.children if c.dep_ in ("advmod", "prt"))]
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and (child.lower_ in DESTINATIONS or child.lower_ in arrival):
                yield from (p for p in child.children if p.dep_ == "pobj")
            elif child.dep_ in arrival and head.i == verb.i:
                yield child


def moves_to_place(doc: Document, start: int, end: int, places: list[tuple[int, int, str]],
                   starts: list[int]) -> str | None:
    """The place a motion verb in text[start:end] leads to, if any (`starts`: the places' starts).

    Only its destination counts: "left Brno on the train to Ostrava" moves nowhere.
    """
    span = doc.parse.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    verbs = motion_verbs()
    for token in span:
        if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in verbs or clause_aside(token):
            continue
        for child in destinations(token):
            k = bisect.bisect_right(starts, child.idx) - 1
            if k >= 0 and places[k][0] <= child.idx < places[k][1] and child.idx >= start:
                return places[k][2]
    return None


def dated_openings(doc: Document, dated, sentences: list[tuple[int, int]]) -> list[int]:
    """Starts of sentences inside paragraphs that open with a date of their own ("On 3 November 1952",
    "In July 1939"), not one counted from another ("Two days later")."""
    starts = [s for s, _ in sentences]
    out = []
    for time in dated:
        k = bisect.bisect_right(starts, time.start) - 1
        if time.anchor is None and parse_value(time.value) is not None and k >= 0 \
                and OPENING.fullmatch(doc.text, starts[k], time.start):
            out.append(starts[k])
    return out


def first_setting(doc: Document, start: int, end: int, places: list[tuple[int, int, str]],
                  starts: list[int], named: set[str]) -> str | None:
    """The first named place in text[start:end] said to be where the action is ("In the United States
    the family rebuilt a modest life")."""
    for k in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
        place_start, place_end, entity_id = places[k]
        if entity_id in named and is_setting(doc, place_start, place_end):
            return entity_id
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
    dated = [t for t in narrative_times(doc) if t.type in DATED_TYPES]
    dated_starts = [t.start for t in dated]
    named = {e.id for e in doc.entities if any(m.kind == "PROP" for m in e.mentions)}
    paragraphs = set(paragraph_starts(text))
    # a chapter's heading line and its first paragraph open one scene, read from that paragraph's first sentence
    bodies = {c.start: body for c in doc.document.chapters if c.title and text.startswith(c.title, c.start)
              and (body := min((p for p in paragraphs if c.start < p < c.end), default=None)) is not None}
    first_paragraphs = set(bodies.values())

    scenes: list[Scene] = []
    moved: dict[str, str] = {}          # scene id -> the place its opening move leads to
    current_value = current_place = None
    for cut in sorted(paragraphs | set(dated_openings(doc, dated, sentences))):
        if cut in first_paragraphs:
            continue
        look = bodies.get(cut, cut)
        k = bisect.bisect_right(sentence_starts, look) - 1
        first_end = sentences[k][1] if 0 <= k < len(sentences) and sentences[k][1] > look else len(text)
        if cut not in paragraphs and not any(scenes[-1].start <= t.start < cut for t in dated):
            continue                    # a date inside a scene not yet dated dates it ("remained in England. In 1946")
        j = bisect.bisect_left(dated_starts, cut)
        new_time = dated[j] if j < len(dated) and dated[j].start < first_end else None
        new_place = moves_to_place(doc, cut, first_end, places, place_starts)
        setting = first_setting(doc, cut, first_end, places, place_starts, named) if cut in paragraphs else None
        opens = (not scenes or any(cut <= c < first_end for c in chapter_starts)
                 or (new_time is not None and (new_time.value != current_value or moves_on(new_time)))
                 or (new_place is not None and new_place != current_place)
                 or (setting is not None and current_place is not None and setting != current_place))
        if opens:
            scenes.append(Scene(id=f"S{len(scenes) + 1}", start=cut, end=cut))
            if new_place is not None:
                moved[scenes[-1].id] = new_place
        if new_time is not None:
            current_value = new_time.value
        current_place = new_place or setting or current_place
    for i, scene in enumerate(scenes):
        scene.end = scenes[i + 1].start if i + 1 < len(scenes) else len(text)
        while scene.end > scene.start and text[scene.end - 1].isspace():
            scene.end -= 1
    fill_scenes(doc, scenes, dated, places, outside, moved)
    doc.scenes = scenes
    return doc


def seat_mention(doc: Document, start: int, end: int) -> bool:
    span = doc.parse.char_span(start, end, alignment_mode="expand")
    return span is not None and family_seat(span.root)


def scene_windows(doc: Document, scenes: list[Scene], dated) -> dict[str, int]:
    """Where each scene's own time ends: the start of the sentence in which the narration moves on from
    the scene's time ("In August 1914 he volunteered; he was wounded at Verdun in 1916": Verdun is where
    1916 is, not August 1914), else the scene's end. A place named after it is not the scene's place."""
    sentence_starts = [s.start_char for s in doc.parse.sents]
    paragraphs = paragraph_starts(doc.text)
    out = {}
    for scene in scenes:
        out[scene.id] = scene.end
        own = [t for t in dated if scene.start <= t.start < scene.end]
        later = [t for t in own if t.value != own[0].value] if own else []
        if later:
            offset = later[0].start
            sentence = sentence_starts[max(bisect.bisect_right(sentence_starts, offset) - 1, 0)]
            paragraph = paragraphs[max(bisect.bisect_right(paragraphs, offset) - 1, 0)]
            out[scene.id] = max(sentence, paragraph, scene.start)
    return out


def fill_scenes(doc: Document, scenes: list[Scene], dated, places, outside, moved: dict[str, str]) -> None:
    """Give each scene its time, place and people."""
    starts = [s.start for s in scenes]
    chapter_starts = sorted(c.start for c in doc.document.chapters)
    named = {e.id for e in doc.entities if any(m.kind == "PROP" for m in e.mentions)}

    def scene_at(offset: int) -> Scene | None:
        k = bisect.bisect_right(starts, offset) - 1
        return scenes[k] if k >= 0 and offset < scenes[k].end else None

    for time in dated:
        scene = scene_at(time.start)
        if scene is not None and scene.time is None:
            scene.time, scene.value = time.id, time.value
    described: dict[str, str] = {}      # scene id -> first unnamed setting ("the kitchen")
    seats: dict[str, str] = {}          # scene id -> first family seat in it ("the Ashfords of Hollins Cross")
    for scene in scenes:
        if scene.id in moved and moved[scene.id] in named:
            scene.place = moved[scene.id]
        elif scene.id in moved:
            described[scene.id] = moved[scene.id]
    window = scene_windows(doc, scenes, dated)
    for start, end, entity_id in places:
        scene = scene_at(start)
        if scene is not None and entity_id in named and seat_mention(doc, start, end):
            seats.setdefault(scene.id, entity_id)
        if (scene is None or scene.place is not None or start >= window[scene.id]
                or not is_setting(doc, start, end)):
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
    carried: str | None = None          # the last named place, kept from scene to scene
    for scene in scenes:
        if previous is not None:
            # ... within a chapter, not into the next one.
            if bisect.bisect_right(chapter_starts, previous.start) != bisect.bisect_right(chapter_starts,
                                                                                           scene.start):
                carried = None
            if scene.time is None:
                scene.value = previous.value
        # Where the family it names lives, if the scene says no more ("the Ashfords of Hollins Cross").
        scene.place = scene.place or carried or seats.get(scene.id)
        if scene.place in named:
            carried = scene.place
        # "the kitchen" only stands in for no named place.
        scene.place = scene.place or described.get(scene.id)
        order: dict[str, int] = {}
        for offset, entity_id in sorted(present[scene.id]):
            order.setdefault(entity_id, offset)
        scene.people = list(order)
        previous = scene
