"""Events: realis event triggers with their participants, place and time.

Triggers come from doc.parse.spans["events"] (the LitBank-trained tagger, a
one-token span categoriser); a trigger inside a name the recogniser found
("Siegfried", which the tagger can read as a participle) is dropped. Each
trigger's participants are read off the dependency parse and mapped to entities
through their mention spans: agent = nominal subject (or the "by" phrase of a
passive), patient = direct object (or the passive subject), recipient = dative
or "to" object naming a person. Conjoined subjects and objects all take part; a
verb conjoined to another shares its subject. A place is no patient of a verb of
motion ("left Frankfurt"), and the agent is not also the patient unless the
object is reflexive ("washed himself"). The place is one named on the trigger
itself ("died in Kotlas", "deported to Riga", "released from Dachau", "left
Frankfurt", "died there" after "to Theresienstadt"), which wins over the
scene's, carried or not; else the scene's. The time is a date in the same
sentence that may date it (the nearest), else in a quotation the last date the
quotation told itself, else the narrative time (see times.narrative_times) at
the trigger, if set within its scene, else the scene's. A date told aside (a
birth, a flash-back, a relative or reported clause: "my brother, who was born in
1924, was the oldest bridegroom") dates only the events of its own clause, and a
date inside a quotation only events in that quotation; neither becomes the time
of the narration after it. A telling date ("Interviewed in 1996, he remembered
that night") dates the telling, not what is told.
"""
from __future__ import annotations

import bisect
from functools import cached_property

from personae.lang.en import motion_verbs, time_words
from personae.model import Document, Event, Participant, Trigger
from personae.stages import stage
from personae.stages.quotes import QuoteIndex
from personae.stages.scenes import DESTINATIONS, LOCATIVE, PLACE_TYPES
from personae.stages.times import DATED_TYPES, clause_head, narrative_times, telling, tells_itself, told_aside

RELATIVE_PRONOUNS = {"who", "whom", "that", "which"}
# Where a trigger's own place may hang, in the order they are tried: where it happened ("died in Kotlas"),
# where it led ("deported ... to Riga"), where it was done from ("released from Dachau", "wrote from
# Moscow"). A verb of motion tries where it led first ("moved into his flat on Liteiny"), and never where
# it set out from ("came from Moscow" happened where he came to).
SETTING_PREPOSITIONS = LOCATIVE - DESTINATIONS
ORIGINS = {"from"}


class EntityIndex:
    """Which entity a character offset belongs to, through the entities' mention spans."""

    def __init__(self, doc: Document):
        spans = sorted((m.start, m.end, e.id) for e in doc.entities for m in e.mentions)
        self.spans = spans
        self.starts = [s for s, _, _ in spans]
        self.types = {e.id: e.type for e in doc.entities}
        self.named = {e.id for e in doc.entities if any(m.kind == "PROP" for m in e.mentions)}
        self.names = sorted((m.start, m.end) for e in doc.entities for m in e.mentions if m.kind == "PROP")
        self.name_starts = [start for start, _ in self.names]

    def place_before(self, offset: int, since: int) -> str | None:
        """The entity of the last place mention in text[since:offset] ("to Theresienstadt. She died there")."""
        k = bisect.bisect_left(self.starts, offset) - 1
        while k >= 0 and self.spans[k][0] >= since:
            start, end, entity_id = self.spans[k]
            if end <= offset and self.types.get(entity_id) in PLACE_TYPES:
                return entity_id
            k -= 1
        return None

    def at(self, offset: int) -> str | None:
        """The entity of the innermost mention covering `offset` (mentions may nest)."""
        k = bisect.bisect_right(self.starts, offset) - 1
        best = None
        # Nested mentions start at or before offset; look back a few for an enclosing one.
        for start, end, entity_id in reversed(self.spans[max(0, k - 4):k + 1]):
            if start <= offset < end and (best is None or end - start < best[0]):
                best = (end - start, entity_id)
        return best[1] if best else None

    def of_token(self, token) -> str | None:
        """The entity a token stands for: its own mention, else its noun phrase's.

        A description with a name in apposition ("my father, Grigory Demin,") stands
        for the named entity.
        """
        if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            token = token.head.head
        entity = self.at(token.idx)
        if entity is not None and entity in self.named:
            return entity
        for child in token.children:
            if child.dep_ in ("compound", "appos", "flat"):
                named = self.at(child.idx)
                if named is not None and (entity is None or named in self.named):
                    return named
        return entity


def conjuncts(token) -> list:
    return [token, *token.conjuncts]


def subject_of(verb):
    """The nominal subject of a verb, borrowed from the verb it is conjoined to or depends on."""
    for _ in range(3):
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
            verb = verb.head
        else:
            return None
    return None


def reflexive(token) -> bool:
    return token.lower_.endswith(("self", "selves"))


def participants(trigger, index: EntityIndex) -> list[Participant]:
    """The trigger's agents, patients and recipients. A place is no patient of a verb of motion ("left
    Frankfurt": its place), and the agent is not its own patient unless the text says so ("took her with
    him" with "her" resolved to him is a misreading; "washed himself" is not)."""
    roles: list[tuple[str, object]] = []
    subject = subject_of(trigger)
    if subject is not None:
        roles += [("patient" if subject.dep_ == "nsubjpass" else "agent", t) for t in conjuncts(subject)]
    for child in trigger.children:
        if child.dep_ == "dobj":
            roles += [("patient", t) for t in conjuncts(child)]
        elif child.dep_ == "dative":        # "gave Anna a letter", or "gave a letter to Anna"
            heads = [p for p in child.children if p.dep_ == "pobj"] if child.pos_ == "ADP" else [child]
            roles += [("recipient", t) for h in heads for t in conjuncts(h)]
        elif child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "to"):
            role = "agent" if child.dep_ == "agent" else "recipient"
            roles += [(role, t) for p in child.children if p.dep_ == "pobj" for t in conjuncts(p)]
        elif child.dep_ == "prep" and child.lower_ == "with" and trigger.lemma_ in ("meet", "talk", "speak"):
            roles += [("agent", t) for p in child.children if p.dep_ == "pobj" for t in conjuncts(p)]
    moving = trigger.lemma_.lower() in motion_verbs()
    found: list[tuple[str, str, object]] = []
    for role, token in roles:
        entity = index.of_token(token)
        if entity is None or (role == "recipient" and index.types.get(entity) != "PER"):
            continue
        if role == "patient" and moving and index.types.get(entity) in PLACE_TYPES:
            continue
        found.append((role, entity, token))
    agents = {entity for role, entity, _ in found if role == "agent"}
    out: list[Participant] = []
    for role, entity, token in found:
        if role == "patient" and entity in agents and not reflexive(token):
            continue
        if all((p.entity, p.role) != (entity, role) for p in out):
            out.append(Participant(entity=entity, role=role))
    return out


def local_place(trigger, index: EntityIndex, since: int = 0) -> str | None:
    """A place named on the trigger itself: with a locative preposition ("died in Kotlas"), a destination
    ("deported to Riga") or an origin ("released from Dachau"), in that order (see SETTING_PREPOSITIONS);
    the object of a verb of motion ("left Frankfurt", "reached New York"); or "there" for the last place
    named in text[since:] ("deported to Theresienstadt. She died there")."""
    def place(token) -> str | None:
        if token.ent_type_ in ("DATE", "TIME"):     # "in May 1945" inside a place's runaway span
            return None
        entity = index.of_token(token)
        return entity if entity and index.types.get(entity) in PLACE_TYPES else None

    moving = trigger.lemma_.lower() in motion_verbs()
    order = (LOCATIVE & DESTINATIONS, SETTING_PREPOSITIONS) if moving else (SETTING_PREPOSITIONS, LOCATIVE, ORIGINS)
    for prepositions in order:
        for child in trigger.children:
            if child.dep_ == "prep" and child.lower_ in prepositions:
                for pobj in child.children:
                    # "from" only with a name: "released from Dachau", not "removed from office".
                    if pobj.dep_ == "pobj" and (entity := place(pobj)) and (
                            prepositions is not ORIGINS or entity in index.named):
                        return entity
    if moving:
        for child in trigger.children:
            if child.dep_ == "dobj" and (entity := place(child)):
                return entity
    if any(c.lower_ == "there" and c.dep_ == "advmod" for c in trigger.children):
        return index.place_before(trigger.idx, since)
    return None


def proper_name(span, index: EntityIndex) -> bool:
    """Is the trigger a capitalised word inside a name the recogniser found ("Siegfried, as a front-line
    veteran, was exempted": the tagger read "Siegfried" as a participle, and the LitBank model marked it)?"""
    root = span.root
    k = bisect.bisect_right(index.name_starts, root.idx)
    return root.text[:1].isupper() and any(root.idx < end for _, end in index.names[max(0, k - 4):k])


class Chronology:
    """Scenes and dated times by offset: the scene, place and time a point in the text has."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.scenes = doc.scenes
        self.scene_starts = [s.start for s in doc.scenes]
        self.dated = [t for t in doc.times if t.type in DATED_TYPES and t.value]
        self.dated_starts = [t.start for t in self.dated]
        self.quotes = QuoteIndex(doc.quotes)
        self.telling_verbs = set(time_words()["telling_verbs"])
        self.time_starts = {t.id: t.start for t in doc.times}

    @cached_property
    def narrative(self):
        """The times that set the narrative time (worked out on first use)."""
        return narrative_times(self.doc)

    @cached_property
    def narrative_starts(self) -> list[int]:
        return [t.start for t in self.narrative]

    @cached_property
    def running(self) -> set[str]:
        return {t.id for t in self.narrative}

    def scene_at(self, offset: int):
        k = bisect.bisect_right(self.scene_starts, offset) - 1
        return self.scenes[k] if k >= 0 else None

    def dates(self, time, trigger) -> bool:
        """May a time in the trigger's sentence date it? One that sets the narrative time, or a
        quotation's own (not told aside) in that quotation, dates the whole sentence; any other
        only its own clause."""
        quote = self.quotes.at(trigger.idx)
        if self.quotes.at(time.start) != quote:
            return False
        if time.id in self.running or (quote is not None and not told_aside(self.doc, time.start, time.end,
                                                                            self.quotes.spans[quote])):
            return True
        span = self.doc.parse.char_span(time.start, time.end, alignment_mode="expand")
        head, own = (clause_head(span.root) if span is not None else None), clause_head(trigger)
        return head is not None and own is not None and head.i == own.i

    def time_at(self, trigger, sentence_start: int, sentence_end: int) -> str | None:
        """A date in the sentence that may date the trigger (the nearest), else in a quotation the last
        date it told before the trigger, else the narrative time. The telling itself ("Interviewed in
        1996, he remembered") takes the date of the telling."""
        lo = bisect.bisect_left(self.dated_starts, sentence_start)
        hi = bisect.bisect_left(self.dated_starts, sentence_end)
        if trigger.lemma_.lower() in self.telling_verbs:
            told = [t for t in self.dated[lo:hi] if self.quotes.at(t.start) is None
                    and telling(self.doc, t.start, t.end)]
            if told:
                return min(told, key=lambda t: abs(t.start - trigger.idx)).id
        candidates = [t for t in self.dated[lo:hi] if self.dates(t, trigger)]
        if candidates:
            return min(candidates, key=lambda t: abs(t.start - trigger.idx)).id
        quote = self.quotes.at(trigger.idx)
        if quote is not None:
            own = [t for t in self.dated[bisect.bisect_left(self.dated_starts, self.quotes.spans[quote][0]):lo]
                   if tells_itself(self.doc, t, self.time_starts.get(t.anchor), self.quotes, quote)]
            if own:
                return own[-1].id
        scene = self.scene_at(trigger.idx)
        k = bisect.bisect_right(self.narrative_starts, trigger.idx) - 1
        if k >= 0 and scene is not None and self.narrative[k].start >= scene.start:
            return self.narrative[k].id
        return scene.time if scene is not None else None

    def told_before(self, offset: int) -> str | None:
        """The last time the narrative told before the offset, whatever the scene."""
        k = bisect.bisect_right(self.narrative_starts, offset) - 1
        return self.narrative[k].id if k >= 0 else None


def sentence_index(parse) -> tuple[list[int], list[tuple[int, int]]]:
    bounds = [(s.start_char, s.end_char) for s in parse.sents]
    return [s for s, _ in bounds], bounds


@stage("events", requires=("entities", "scenes"), assigns=("events",))
def find_events(doc: Document) -> Document:
    index = EntityIndex(doc)
    chronology = Chronology(doc)
    starts, bounds = sentence_index(doc.parse)
    events: list[Event] = []
    for span in sorted(doc.parse.spans.get("events", []), key=lambda s: s.start_char):
        if proper_name(span, index):
            continue
        trigger = span.root
        k = bisect.bisect_right(starts, trigger.idx) - 1
        scene = chronology.scene_at(trigger.idx)
        events.append(Event(
            id=f"EV{len(events) + 1}", sentence=max(k, 0),
            trigger=Trigger(start=span.start_char, end=span.end_char, text=span.text),
            participants=participants(trigger, index),
            place=local_place(trigger, index, bounds[max(k - 1, 0)][0]) or (scene.place if scene else None),
            time=chronology.time_at(trigger, *bounds[k]) if k >= 0 else None))
    doc.events = events
    return doc
