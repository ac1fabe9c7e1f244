"""Findings: what a reader should check, each with its evidence spans.

The kinds (a documented list; other stages add their own):
  name_variant           a spelling that looks like a garbled form of a name (aliases stage)
  unresolved_reference   a his/her that could be either of two people in a relation (relations
                         stage); the he/she of a speech tag when two people of that gender are
                         named just before it (“We leave now,” he said, after Petrov and Sokolov)
  conflicting_fact       two incompatible values for one fact: a person's death dated in two
                         different years ("died" relations, from a verb or a noun: "He died on 14
                         February 1936" ... "the death of her husband in 1937"; a pronoun's
                         person may stand against a sure statement, never two pronouns' against
                         each other); a person's birth dated in two different years, or an
                         age that does not fit it ("born in 1926" ... "who was born in 1924"; the
                         person is the entity of the clause's subject, so "my brother" counts once
                         coreference has joined it to the name); one event (a meeting, a
                         wedding...) given two different places in the same scene, a few sentences
                         apart, when what is known of who took part is not disjoint; someone
                         placed at one place and, a few narration sentences on in the same scene,
                         leaving another with no move between ("met him in the waiting room of the
                         station" ... "When I left the sacristy"; "carried the tray into the library"
                         ... "when he left the gun-room")
  timeline_inconsistency an event dated before what it follows: a date introduced as later
                         ("then", "afterwards" before it in its sentence; not "since then") that is
                         earlier than the narrative time before it (times.Narration); backstory in
                         the past perfect or an earlier year told in passing is not one. A date
                         told as after (before) an event — "after/following/before" and an event
                         noun or gerund: "Shortly after his release from Dachau, on 24 November
                         1938, Siegfried wrote" — that is earlier (later) than every date the text
                         gives that event for that person ("Siegfried was released from Dachau on
                         2 December 1938"), or than the event phrase's own date. A person acting,
                         dated, after their own death
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from personae.lang.en import event_nouns, motion_verbs, place_nouns, time_words
from personae.model import Document, Evidence, Finding, Relation, TimeExpr
from personae.stages import stage
from personae.stages.events import RELATIVE_PRONOUNS, Chronology, EntityIndex, conjuncts, subject_of
from personae.stages.quotes import outside_quotes
from personae.stages.scenes import LOCATIVE, PLACE_TYPES
from personae.stages.times import DATED_TYPES, Narration, When, clause_head, earlier, parse_value

OWN_KINDS = ("conflicting_fact", "timeline_inconsistency")
# How far apart (in sentences) two statements of one event's place may be to count as the same event.
SAME_EVENT_SENTENCES = 3
# Narration sentences back from someone leaving a place to where they were last said to be.
DEPARTURE_SENTENCES = 6
# Words that make a verb of motion a move somewhere ("walked to", "went home"; not "take off his coat").
MOVE_WORDS = {"to", "into", "towards", "toward", "home", "back", "away", "inside", "across", "through", "out"}
# The event key of going into a place ("carried the tray into the library"), which puts one there.
ENTERED = "into"
# Verbs that leave a place with "out of" ("came out of the church").
OUT_OF_VERBS = {"come", "go", "step", "walk", "run", "get", "hurry", "slip"}
# Below this a relation is too uncertain (a pronoun's guessed person) to build a conflict on alone.
MIN_CONFIDENCE = 0.5
# A pronoun's death ("He died on 14 February 1936") may stand against a surer one, never against another
# pronoun's: the finding shows both statements, so a wrong guess is seen at once.
GUESS_CONFIDENCE = 0.4
# "After his release", "following the wedding", "before his arrest": the clause's date comes after (before)
# the event the noun or gerund names.
SEQUENCE_PREPOSITIONS = {"after": "after", "following": "after", "before": "before"}
AFTER_DEATH = {"met", "arrested", "dismissed", "appointed", "exiled_or_sent_away", "spouse_of", "member_of"}


def years_of(doc: Document) -> dict[str, int]:
    """Time id -> the year its value names, for the times that name one."""
    out = {}
    for time in doc.times:
        when = parse_value(time.value)
        if when is not None:
            out[time.id] = when.year
    return out


def death_years(doc: Document, years: dict[str, int],
                least: float = MIN_CONFIDENCE) -> dict[str, dict[int, Relation]]:
    """Person id -> each year their death is dated to -> the surest relation that says so (a verb's
    "died" or a noun's "the death of X"), of those at least `least` sure."""
    deaths: dict[str, dict[int, Relation]] = {}
    for relation in doc.relations:
        year = years.get(relation.time) if relation.predicate == "died" else None
        if year is not None and relation.confidence >= least:
            by_year = deaths.setdefault(relation.subject, {})
            if year not in by_year or relation.confidence > by_year[year].confidence:
                by_year[year] = relation
    return deaths


def death_conflicts(doc: Document) -> list[Finding]:
    """A person whose death is dated in two different years, one of them by a sure statement."""
    out = []
    for person, by_year in death_years(doc, years_of(doc), GUESS_CONFIDENCE).items():
        if len(by_year) > 1 and any(r.confidence >= MIN_CONFIDENCE for r in by_year.values()):
            entity = doc.entity(person)
            stated = sorted(by_year)
            out.append(Finding(
                kind="conflicting_fact",
                message=f"{entity.name if entity else person}'s death is dated "
                        + " and ".join(str(y) for y in stated),
                entities=[person],
                evidence=[Evidence(by_year[y].evidence.start, by_year[y].evidence.end) for y in stated]))
    return out


@dataclass
class Birth:
    """What the text says of when someone was born: a year, or the years an age allows."""
    years: frozenset[int]
    evidence: Evidence
    said: str             # "1926", or "twenty-six years old in 1953"


def told_birth_before(span, births: set[str]):
    """The birth verb of the sentence just before a verbless one that a date opens ("She was born in
    the flood," my mother said. "In March of 1879, in a boat."): the date is of that birth."""
    sentence = span.sent
    if span.start - sentence.start > 2 or sentence.start == 0:
        return None
    before = span.doc[sentence.start - 1].sent
    return next((t for t in before if t.lower_ in births and t.pos_ == "VERB"), None)


def birth_statements(doc: Document) -> dict[str, list[Birth]]:
    """Person id -> what the text says of their birth: "Tomáš was born in 1926", "my brother, who
    was born in 1924", "Caterina Marchetti, born ... on the 14th of January 1859", and an age with
    its year ("he was twenty-six years old", "she had turned twenty", in 1953)."""
    if doc.parse is None:
        return {}
    index = EntityIndex(doc)
    chronology = Chronology(doc)
    births = set(time_words()["birth_words"])
    values = {t.id: t.value for t in doc.times}
    out: dict[str, list[Birth]] = {}
    for time in doc.times:
        span = doc.parse.char_span(time.start, time.end, alignment_mode="expand")
        head = clause_head(span.root) if span is not None else None
        if span is not None and (head is None or any(c.dep_ == "mark" for c in head.children)):
            # no main clause of its own: “She was born in the flood. In March of 1879, if you believe her.”
            head = told_birth_before(span, births) or head
        subject = subject_of(head) if head is not None else None
        if subject is None and head is not None and head.dep_ == "acl" and head.lower_ in births:
            subject = head.head      # "the Signorina Caterina Marchetti, born in this city on ..."
        # "Padre Anguiano, then a man of fifty-eight,": an age set beside the person
        beside = time.type == "AGE" and span is not None and span.root.dep_ == "appos" and head is not None
        if beside:
            subject = span.root.head
        if subject is None:
            continue
        # The relative pronoun stands for its antecedent: "my brother, who was born in 1924".
        noun = head.head if subject.lower_ in RELATIVE_PRONOUNS and head.dep_ == "relcl" else subject
        person = index.of_token(subject)
        if person is None or index.types.get(person) != "PER":
            continue
        mention = next((m for m in doc.entity(person).mentions if m.start <= noun.idx < m.end), None)
        start = mention.start if mention is not None else noun.idx
        evidence = Evidence(min(start, time.start), max(time.end, head.idx + len(head.text)))
        when = parse_value(time.value) if time.type in DATED_TYPES else None
        if when is not None and head.lower_ in births:
            out.setdefault(person, []).append(Birth(frozenset({when.year}), evidence, str(when.year)))
        elif time.type == "AGE" and time.value[1:-1].isdigit() and (beside or head.lemma_ in ("be", "turn")) \
                and not any(c.dep_ == "mark" for c in head.children):    # not "since he was sixteen"
            age = int(time.value[1:-1])
            sentence = head.sent
            # (an age said in a scene the text does not date is of the last time it told)
            now = parse_value(values.get(chronology.time_at(head, sentence.start_char, sentence.end_char)
                                         or chronology.told_before(head.idx)))
            if now is not None:
                # Aged 26 in 1953: born in 1926 or 1927, as the birthday has come or not.
                out.setdefault(person, []).append(Birth(frozenset({now.year - age - 1, now.year - age}),
                                                        evidence, f"{time.text} in {now.year}"))
    return out


def birth_conflicts(doc: Document) -> list[Finding]:
    """A person whose birth is dated in two different years, or in a year their age does not allow."""
    out = []
    for person, said in birth_statements(doc).items():
        stated: dict[int, Birth] = {}             # each year stated, with its first statement
        for birth in said:
            if len(birth.years) == 1:
                stated.setdefault(next(iter(birth.years)), birth)
        ages = [b for b in said if len(b.years) > 1 and any(year not in b.years for year in stated)]
        if len(stated) < 2 and not ages:
            continue
        entity = doc.entity(person)
        message = (f"{entity.name if entity else person}'s birth is dated "
                   + " and ".join(map(str, sorted(stated))))
        message += "".join(f"; {b.said} gives {' or '.join(map(str, sorted(b.years)))}" for b in ages)
        shown = sorted([*stated.values(), *ages], key=lambda b: b.evidence.start)
        out.append(Finding(kind="conflicting_fact", message=message, entities=[person],
                           evidence=[b.evidence for b in shown]))
    return out


def place_key(pobj, index: EntityIndex, in_time) -> tuple[str, str | None] | None:
    """(what the place is called, its entity id) of a locative object, or None when it is no place.

    A place entity, else a proper name or a place noun the recogniser missed ("the theatre").
    """
    entity = index.of_token(pobj)
    if entity is not None:
        return (entity, entity) if index.types.get(entity) in PLACE_TYPES else None
    if in_time(pobj.idx) or not (pobj.pos_ == "PROPN" or pobj.lemma_.lower() in place_nouns()):
        return None
    words = [t.lower_ for t in pobj.subtree if t.dep_ not in ("det", "poss", "punct")]
    return " ".join(words), None


def who_of(token, index: EntityIndex) -> frozenset[str]:
    """The entities that take part in a verb: its subject and object (empty when none is known)."""
    if token.pos_ != "VERB":
        return frozenset()
    subject = subject_of(token)
    parts = ([*conjuncts(subject)] if subject is not None else []) + [
        t for c in token.children if c.dep_ == "dobj" for t in conjuncts(c)]
    return frozenset(filter(None, (index.of_token(t) for t in parts)))


def place_statements(doc: Document, index: EntityIndex, outside, into: bool = False) -> list[tuple]:
    """(sentence, event key, place, start, end, who): an event stated to happen at a place; with
    `into`, someone going into a place, which puts them there ("carried the tray into the library")."""
    verbs_of = event_nouns()
    time_spans = sorted((t.start, t.end) for t in doc.times)
    time_starts = [s for s, _ in time_spans]

    def in_time(offset: int) -> bool:
        k = bisect.bisect_right(time_starts, offset) - 1
        return k >= 0 and offset < time_spans[k][1]

    prepositions = {"into"} if into else LOCATIVE - {"to", "into"}
    out = []
    for k, sentence in enumerate(doc.parse.sents):
        for token in sentence:
            key = (token.lemma_.lower() if token.pos_ == "VERB" else verbs_of.get(token.lower_)
                   if token.pos_ == "NOUN" and not into else None)
            if key is None or not outside(token.idx):
                continue
            for prep in token.children:
                if prep.dep_ != "prep" or prep.lower_ not in prepositions:
                    continue
                for pobj in prep.children:
                    place = place_key(pobj, index, in_time) if pobj.dep_ == "pobj" else None
                    if place is not None:
                        end = max(t.idx + len(t.text) for t in pobj.subtree)
                        out.append((k, ENTERED if into else key, place, min(token.idx, pobj.left_edge.idx), end,
                                    who_of(token, index)))
    return out


def place_findings(doc: Document) -> list[Finding]:
    """The two checks of where people are, over one reading of the places events are told at."""
    index = EntityIndex(doc)
    outside = outside_quotes([(q.start, q.end) for q in doc.quotes])
    chronology = Chronology(doc)
    statements = place_statements(doc, index, outside)
    entries = place_statements(doc, index, outside, into=True)
    return (place_conflicts(doc, chronology, statements)
            + departure_conflicts(doc, index, outside, chronology,
                                  sorted(statements + entries, key=lambda st: (st[0], st[3]))))


def place_conflicts(doc: Document, chronology: Chronology, statements: list[tuple]) -> list[Finding]:
    """One event given two places: "I met him at the theatre" ... "We met at the station"."""
    out, reported = [], set()
    for i, (k, key, place, start, end, who) in enumerate(statements):
        scene = chronology.scene_at(start)
        for k2, key2, place2, start2, end2, who2 in statements[i + 1:]:
            if k2 - k > SAME_EVENT_SENTENCES:
                break
            if key2 != key or place2[0] == place[0] or k2 == k or chronology.scene_at(start2) is not scene:
                continue
            if who and who2 and not who & who2:      # two deaths of two people are two events
                continue
            names = two_places(doc, place, place2)
            if names is None or (key, place, place2) in reported:
                continue
            a, b = names
            reported.add((key, place, place2))
            out.append(Finding(
                kind="conflicting_fact",
                message=f"the same '{key}' is placed at {a} and at {b}",
                entities=[p[1] for p in (place, place2) if p[1]],
                evidence=[Evidence(start, end), Evidence(start2, end2)]))
    return out


def two_places(doc: Document, place, other) -> tuple[str, str] | None:
    """The names of two places (place_key's), or None when one name holds the other ("the station",
    "the Main Station"): no two places then."""
    a, b = (doc.entity(p[1]).name if p[1] else p[0] for p in (place, other))
    return None if a.lower() in b.lower() or b.lower() in a.lower() else (a, b)


def departures(doc: Document, index: EntityIndex, outside) -> list[tuple]:
    """(sentence, place, start, end, who, the place as written): someone leaving a place, which says
    they were there ("When I left the sacristy", "she came out of the church")."""
    out = []
    for k, sentence in enumerate(doc.parse.sents):
        for token in sentence:
            if token.pos_ != "VERB" or not outside(token.idx):
                continue
            if token.lemma_.lower() == "leave":
                places = [c for c in token.children if c.dep_ == "dobj"]
            elif token.lemma_.lower() in OUT_OF_VERBS:
                places = out_of_objects(token)
            else:
                continue
            who = frozenset(e for e in who_of(token, index) if index.types.get(e) == "PER")   # not the place left
            for pobj in places:
                place = place_key(pobj, index, lambda offset: False)
                if place is not None and who:
                    end = max(t.idx + len(t.text) for t in pobj.subtree)
                    out.append((k, place, token.idx, end, who, doc.text[pobj.left_edge.idx:end]))
    return out


def out_of_objects(verb) -> list:
    """What a verb goes "out of" ("came out of the church"), whether the parser hangs "of" on the
    verb or on "out"."""
    outs = [c for c in verb.children if c.lower_ == "out"]
    ofs = [p for p in [*verb.children, *(g for o in outs for g in o.children)] if p.lower_ == "of"]
    return [g for p in ofs for g in p.children if g.dep_ == "pobj"] if outs else []


def departure_conflicts(doc: Document, index: EntityIndex, outside, chronology: Chronology,
                        statements: list[tuple]) -> list[Finding]:
    """Someone said to be at one place and, a few sentences on in the same scene, to leave another
    with no move between: "I met him at the Main Station, in the waiting room" ... "When I left the
    sacristy that afternoon"."""
    sentences = list(doc.parse.sents)
    told = [0]                   # narration sentences before each sentence (dialogue moves no one)
    for sentence in sentences:
        told.append(told[-1] + bool(outside(sentence.start_char)))
    moves = motion_verbs() - {"leave"}
    out = []
    for k, place, start, end, who, written in departures(doc, index, outside):
        before = [st for st in statements if st[0] < k and told[k] - told[st[0]] <= DEPARTURE_SENTENCES
                  and st[5] & who and chronology.scene_at(st[3]) is chronology.scene_at(start)]
        if not before:
            continue
        k0, key, place0, start0, end0, _ = before[-1]
        names = two_places(doc, place0, place)
        if place0[0] == place[0] or names is None:
            continue
        a, b = names[0], names[1] if place[1] else written
        between = [t for sent in sentences[k0 + 1:k] for t in sent if outside(t.idx)]
        if any(t.pos_ == "VERB" and t.lemma_.lower() in moves and any(c.lower_ in MOVE_WORDS for c in t.children)
               for t in between):
            continue                                  # "We walked to the church" between: no conflict
        out.append(Finding(
            kind="conflicting_fact",
            message=(f"they go into {a}" if key == ENTERED else f"the '{key}' is placed at {a}")
            + f", but a few sentences later they leave {b}, with no move between",
            entities=[p[1] for p in (place0, place) if p[1]],
            evidence=[Evidence(start0, end0), Evidence(start, end)]))
    return out


def sequence_inconsistencies(doc: Document) -> list[Finding]:
    """A date said to come later ("Afterwards, on 2 February 1938, ...") that is earlier than the
    narrative time before it. Backstory (the past perfect, "he died in 1947" in passing) is no such
    thing: it does not say it comes later."""
    narration = Narration(doc)
    times = {t.id: t for t in doc.times}
    out = []
    for time in doc.times:
        before, before_id = narration.current, narration.current_id
        if not narration.advance(time) or before is None or time.anchor is not None:
            continue
        if narration.said_later(time) and earlier(narration.current, before):
            last = times[before_id]
            out.append(Finding(
                kind="timeline_inconsistency",
                message=f"'{time.text}' ({time.value}) is told as coming after "
                        f"'{last.text}' ({last.value}) but is dated before it",
                entities=[],
                evidence=[Evidence(time.start, time.end), Evidence(last.start, last.end)]))
    return out


@dataclass
class Statement:
    """An event told with its own date: "Siegfried was released from Dachau on 2 December 1938"."""
    who: frozenset[str]
    when: When
    time: TimeExpr
    evidence: Evidence
    sentence: int


class Dates:
    """The dated times of a document, by the clause (verb) they belong to."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.outside = outside_quotes([(q.start, q.end) for q in doc.quotes])
        self.by_verb: dict[int, list[tuple[TimeExpr, When]]] = {}
        for time in doc.times:
            when = parse_value(time.value) if time.type in DATED_TYPES else None
            span = doc.parse.char_span(time.start, time.end, alignment_mode="expand") if when else None
            head = clause_head(span.root) if span is not None and len(span) else None
            if head is not None:
                self.by_verb.setdefault(head.i, []).append((time, when))

    def of(self, verb, skip: tuple[int, int] = (0, 0)) -> list[tuple[TimeExpr, When]]:
        """The dates of a verb's own clause in the narration, less those starting in `skip` (offsets)."""
        return [(t, w) for t, w in self.by_verb.get(verb.i, [])
                if not skip[0] <= t.start < skip[1] and self.outside(t.start)]


def event_statements(doc: Document, index: EntityIndex, dates: Dates) -> dict[str, list[Statement]]:
    """Verb lemma -> each dated telling of that event, with who took part."""
    sentences = {s.start: k for k, s in enumerate(doc.parse.sents)}
    out: dict[str, list[Statement]] = {}
    for token in doc.parse:
        if token.pos_ != "VERB" or not dates.outside(token.idx):
            continue
        who = who_of(token, index)
        for time, when in dates.of(token)[:1]:
            subjects = [t.left_edge.idx for t in token.children if t.dep_ in ("nsubj", "nsubjpass")]
            start = min(token.idx, time.start, *subjects)
            evidence = Evidence(start, max(token.idx + len(token.text), time.end))
            out.setdefault(token.lemma_.lower(), []).append(
                Statement(who, when, time, evidence, sentences[token.sent.start]))
    return out


def event_sequence_inconsistencies(doc: Document) -> list[Finding]:
    """A date told as coming after an event ("Shortly after his release from Dachau, on 24 November 1938,
    Siegfried wrote") that is earlier than the date the text gives that event elsewhere ("Siegfried was
    released from Dachau on 2 December 1938"); the same for "before". The event is a noun ("his release",
    "the wedding"; event_nouns.tsv gives the verb of those that are not the verb's own word) or a gerund
    ("after leaving Dachau"); its person is the noun's possessor or "of", or the clause's subject. Every
    dated telling of that event for that person must be later (earlier) than the date: an event told
    twice with two dates gives no finding."""
    if doc.parse is None:
        return []
    index = EntityIndex(doc)
    dates = Dates(doc)
    statements: dict[str, list[Statement]] | None = None      # read on first need: most texts never do
    sentences = {s.start: k for k, s in enumerate(doc.parse.sents)}
    verbs_of = event_nouns()
    out = []
    for prep in doc.parse:
        way = SEQUENCE_PREPOSITIONS.get(prep.lower_)
        if way is None or prep.dep_ != "prep" or not dates.outside(prep.idx):
            continue
        event = next((c for c in prep.children if (c.dep_ == "pobj" and c.pos_ == "NOUN")
                      or (c.dep_ == "pcomp" and c.pos_ == "VERB")), None)
        main = clause_head(prep.head) if event is not None else None
        if main is None:
            continue
        first, end = prep.left_edge.idx, event.right_edge.idx + len(event.right_edge.text)
        main_dates = dates.of(main, skip=(first, end))
        if not main_dates:
            continue
        key = event.lemma_.lower() if event.pos_ == "VERB" else verbs_of.get(event.lemma_.lower(), event.lemma_.lower())
        owners = [c for c in event.children if c.dep_ == "poss"] + [
            p for c in event.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        subject = subject_of(main)
        people = frozenset(e for t in owners + ([subject] if subject is not None else []) for c in conjuncts(t)
                           if (e := index.of_token(c)) is not None and index.types.get(e) == "PER")
        k = sentences[prep.sent.start]
        # the event's own date, when its phrase gives one ("after his release on 2 December 1938")
        own = [(t, w) for v in {main.i, event.i} for t, w in dates.by_verb.get(v, []) if first <= t.start < end]
        told = [Statement(people, w, t, Evidence(t.start, t.end), k) for t, w in own[:1]]
        if not told:
            statements = statements if statements is not None else event_statements(doc, index, dates)
            told = [s for s in statements.get(key, []) if s.sentence != k and s.who & people]
        if not told:
            continue
        time, when = min(main_dates, key=lambda d: abs(d[0].start - prep.idx))
        if way == "after" and all(earlier(when, s.when) for s in told) \
                or way == "before" and all(earlier(s.when, when) for s in told):
            last = max(told, key=lambda s: s.evidence.start)
            said = prep.lower_ + doc.text[prep.idx + len(prep.text):end]
            out.append(Finding(
                kind="timeline_inconsistency",
                message=f"'{time.text}' ({time.value}) is told as coming {said} but is dated "
                        f"{'before' if way == 'after' else 'after'} it: '{last.time.text}' ({last.time.value})",
                entities=sorted(people & last.who),
                evidence=[Evidence(time.start, time.end), Evidence(prep.idx, end), last.evidence]))
    return out


def after_death(doc: Document) -> list[Finding]:
    """A person dated as doing something after the year of their death."""
    years = years_of(doc)
    death_year = {person: min(by_year.items(), key=lambda item: item[0])  # the earliest stated death
                  for person, by_year in death_years(doc, years).items()}
    out = []
    for relation in doc.relations:
        if relation.predicate not in AFTER_DEATH or relation.confidence < MIN_CONFIDENCE:
            continue
        for person in (relation.subject, relation.object):
            year = years.get(relation.time)
            if person in death_year and year is not None and year > death_year[person][0]:
                entity = doc.entity(person)
                death = death_year[person][1]
                out.append(Finding(
                    kind="timeline_inconsistency",
                    message=f"{entity.name if entity else person} is dated to {year} ({relation.predicate}), "
                            f"after dying in {death_year[person][0]}",
                    entities=[person],
                    evidence=[Evidence(relation.evidence.start, relation.evidence.end),
                              Evidence(death.evidence.start, death.evidence.end)]))
    return out


SPEECH_TAG_PRONOUNS = ("he", "she")    # each the gender it tells
# Characters between a quotation and its tag's pronoun ("…,” he said; He said, “…").
TAG_REACH = 40
# Sentences before the quotation's own whose people the tag's pronoun could mean.
TAG_SENTENCES_BACK = 2
TAG_CHARS_BACK = 400      # the same, where the document has no parse to give sentences
SPEECH_TAG_FINDING = "The speech tag's "   # how this stage's unresolved_reference messages begin


def ambiguous_speech_tags(doc: Document) -> list[Finding]:
    """A quotation given to a person by the he/she of its tag, when the narration just before
    (the quotation's sentence and the two before it) names two or more people of that gender."""
    outside = outside_quotes([(q.start, q.end) for q in doc.quotes])
    named = sorted(((m.start, m.end, e) for e in doc.entities if e.type == "PER" and not e.is_narrator
                    and e.gender in SPEECH_TAG_PRONOUNS for m in e.mentions
                    if m.kind == "PROP" and outside(m.start)), key=lambda found: found[:2])
    starts = [start for start, _, _ in named]
    sentence_starts = [s.start_char for s in doc.parse.sents] if doc.parse is not None else []
    people = {e.id: e for e in doc.entities}
    # each person's he/she mentions in the narration, in text order
    pronouns = {e.id: TagPronouns(sorted((m for m in e.mentions if m.kind == "PRON"
                                          and m.text.lower() in SPEECH_TAG_PRONOUNS and outside(m.start)),
                                         key=lambda m: m.start)) for e in doc.entities}
    out, seen = [], set()
    for quote in doc.quotes:
        speaker = people.get(quote.speaker) if quote.speaker and quote.attribution == "anaphoric" else None
        if speaker is None:
            continue
        pronoun = pronouns[speaker.id].around(quote)
        if pronoun is None or pronoun.start in seen:
            continue
        seen.add(pronoun.start)
        k = bisect.bisect_right(sentence_starts, min(pronoun.start, quote.start)) - 1 - TAG_SENTENCES_BACK
        window_start = sentence_starts[k] if k >= 0 else max(0, pronoun.start - TAG_CHARS_BACK)
        window = named[bisect.bisect_left(starts, window_start):bisect.bisect_left(starts, pronoun.start)]
        rivals: dict[str, tuple[int, int]] = {}
        for start, end, entity in window:
            if entity.gender == pronoun.text.lower():
                rivals[entity.id] = (start, end)          # each person's last mention
        if speaker.id in rivals and len(rivals) > 1:
            others = [people[e].name for e in rivals if e != speaker.id]
            out.append(Finding(
                kind="unresolved_reference",
                message=f"{SPEECH_TAG_FINDING}'{pronoun.text}' could be {' or '.join(others)} as well as "
                        f"{speaker.name}, to whom the quotation is given",
                entities=[speaker.id] + [e for e in rivals if e != speaker.id],
                evidence=[Evidence(pronoun.start, pronoun.end), Evidence(quote.start, quote.end)]
                + [Evidence(*span) for span in rivals.values()]))
    return out


class TagPronouns:
    """One person's he/she mentions in the narration, found by position."""

    def __init__(self, mentions: list):
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.ends = [m.end for m in mentions]

    def around(self, quote):
        """The one just after the quotation (…,” he said) or just before it (He said, “…)."""
        k = bisect.bisect_left(self.starts, quote.end)
        if k < len(self.mentions) and self.starts[k] - quote.end <= TAG_REACH:
            return self.mentions[k]
        k = bisect.bisect_right(self.ends, quote.start) - 1
        if k >= 0 and quote.start - self.ends[k] <= TAG_REACH:
            return self.mentions[k]
        return None


def own_finding(finding: Finding) -> bool:
    return finding.kind in OWN_KINDS or (finding.kind == "unresolved_reference"
                                         and finding.message.startswith(SPEECH_TAG_FINDING))


@stage("findings", requires=("times", "scenes", "relations"), assigns=("findings",))
def find_findings(doc: Document) -> Document:
    found = (death_conflicts(doc) + birth_conflicts(doc) + place_findings(doc) + sequence_inconsistencies(doc)
             + event_sequence_inconsistencies(doc) + after_death(doc) + ambiguous_speech_tags(doc))
    doc.findings = [f for f in doc.findings if not own_finding(f)] + found
    return doc
