"""Relations between people, each with its evidence span and a confidence.

The vocabulary (lang/en/relation_terms.tsv and relation_verbs.tsv):
  kinship   parent_of, child_of, sibling_of, spouse_of, relative_of, in_law_of
  social    friend_of, colleague_of
  hierarchy works_for, subordinate_of, member_of (an organisation)
  events    met, died, arrested, dismissed, appointed, exiled_or_sent_away,
            under_surveillance_by
"X parent_of Y": X is Y's parent; "Y child_of X" says the same from the child's side.
sibling_of, spouse_of, relative_of, in_law_of, friend_of, colleague_of and met are
symmetric and stored once, as stated. No relation between two people links a person
to themself.

Biographical events (ONE_PERSON_EVENTS, and met): the subject is the person it
happened to; the object is the other party ("arrested by Kessler", "watched by
Brandl"), else the place or organisation named with it ("died in Kotlas", "dismissed
from the Ministry", "deported to Riga": for an exile the destination; "from Würzburg"
is where it started and is not stored), else — the text names neither — the subject
itself: "X died" is stored as X died X (exporters print it as "X died"). Events are
read from verbs (relation_verbs.tsv: "was arrested", "emigrated", "was removed from
office", "were watched by", "lost his post"; "watched" alone is no surveillance) and
from the nouns listed there for died, arrested, dismissed and exiled_or_sent_away,
when dated in their own phrase or after a preposition of time ("the death of her
husband in 1937", "after his arrest"; not "she feared her death"): the person is the
noun's possessor or its "of"; an undated noun of an event already told of that person
adds nothing. The time is a date of the verb's own clause, else the date nearest the
verb in its sentence; for a noun, the date in its phrase.

Relation nouns are read from the text around person mentions: "X's sister Y",
"Y, X's sister", "my/his/her/our/their sister Y", "Y is X's sister", "Y, the sister
of X" (not "the brother of X's husband"), "Y, one of X's men"; with no name, the
person the phrase itself is a mention of ("my father put on his jacket": the entity
of the mention "my father", when its gender fits), unless neither it nor a named
possessor is named ("the son of a cattle dealer"). A plural noun takes its list
("their two children, Siegfried, born in 1895, and Rosa"). "X and Y had a son, Z":
the subject of "have" is the possessor; "a daughter, Lotte, followed" takes the
possessors of the last kinship noun of the same predicate (this sentence or the last).
"My" is the narrator outside quotations and the speaker inside one (once quotes
have speakers). "His"/"her" is the pronoun's own coreference (when its gender fits),
else the one person of that gender named in the sentence or the one before; when two
fit, no relation is drawn and an `unresolved_reference` finding says so (not for a
person nobody names). "Their" is a couple or a group, and the relation goes to each:
its coreference; else, in the sentence and the one before, the last of: a family
("the Feldmanns": the people of that surname named before), a group nobody names
("pious families … send their children": no relation), people joined by "and"
("Isabella and her husband"); else the one or two people named there, else a married
couple among them; else a finding. "Their son" (and "a daughter" after it) with one
parent found is also the son of the one person a verb marries to that parent. A name set off by commas is no apposition when a
list goes on after it ("my mother, Tomáš on his stick, Hana and I"), nor when its
gender is not the noun's, nor a name that opens a quotation (“Comrade Director, my
brother…” addresses him). Verbs are read from the dependency parse ("X married Y",
"X was arrested", "X and Y were married", "X was married to Y"); a negated verb, or
one under a modal or "to", states nothing.

What the stated kinship between named people implies is added in two readings of the family tree
(implied_kinship, the second building on the first): a parent's spouse or a sibling's parent is a
parent, a child's father and mother with no other spouse are a couple, two children of one parent are
siblings, a parent's parent or sibling a relative, a spouse's parent or sibling an in-law, never
between two people already kin in another way; each cites the span of the stated relation it extends,
with IMPLIED_CONFIDENCE times the confidences it comes from. A name the recogniser left inside a
description ("Einar's wife") owns it when one person's names have that word.

The relations found then join people: one known only by a teknonym ("Abu Hassan") is the child's
one named parent of that sex besides (join_teknonyms), and one known only by a kin description
("her father") the one named person who stands so to the same person (join_described_kin), else,
where no relation says, the one of that sex who bears the surname of the one it is said of and
stands in no other kinship to them (not a "my father", whose owner depends on who speaks).

Confidences are rounded to two decimals: a pronoun's person (coreference) multiplies a
verb's or an event noun's by PRONOUN_DISCOUNT; a relation noun loses 0.05 for my/our
and 0.3 for his/her/their or a possessor carried over from an earlier noun.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from personae.lang.en import (KIN_PREDICATES, RelationTerm, alternation, known_given_names, name_parts,
                              relation_modifiers, relation_terms, relation_verbs, unique_kin)
from personae.model import Document, Entity, Evidence, Finding, Mention, Relation
from personae.stages import stage
from personae.stages.aliases import father_stem, gender_counterparts, honorific_suffix, parse_name, same_given
from personae.stages.coref import CATHOLIC_CLERGY, CLERGY_STYLES, OWNED_KIN, PRONOUN_GENDER, merge_into
from personae.stages.events import Chronology, EntityIndex, subject_of
from personae.stages.quotes import QuoteIndex, outside_quotes
from personae.stages.scenes import DESTINATIONS, LOCATIVE, PLACE_TYPES
from personae.stages.times import clause_head

# Events that befall one person: with no other party or place named, the object is the subject.
ONE_PERSON_EVENTS = {"died", "arrested", "dismissed", "appointed", "exiled_or_sent_away", "under_surveillance_by"}
# Readings of the family tree: the second builds on what the first implied (a grandmother through a father
# known only as a sister's); more would build guesses on guesses.
FAMILY_TREE_READINGS = 2
SYMMETRIC = {"sibling_of", "spouse_of", "relative_of", "in_law_of", "friend_of", "colleague_of", "met"}
# Relation nouns that go on from an earlier one without a possessor ("their son…; a daughter, Lotte").
KINSHIP = {"parent_of", "child_of", "sibling_of"}
# An implied relation is less sure than the stated ones it comes from, by this much again.
IMPLIED_CONFIDENCE = 0.8
# A teknonym ("Mama Tunde") says whose parent its bearer is, as plainly as "Tunde's mother".
TEKNONYM_CONFIDENCE = 0.9
# A kin word a memoir's narration uses as a name ("Abba said", "Mama came in"): the narrator's kin
NAMED_KIN_CONFIDENCE = 0.6
# A patronymic names a father by his given name (another of the name may be meant); one patronymic and one
# surname make siblings more loosely (cousins may share both).
PATRONYMIC_CONFIDENCE = 0.85
PATRONYMIC_SIBLINGS = 0.7
# A second name that is another's given name, with the family name both share (Galawezh Kamal Baban and
# Kamal Rashid Baban): a father's name, most often, where a middle name may also only honour him.
FATHERS_NAME_CONFIDENCE = 0.7
FIRST_PERSON = {"my", "our"}
# After a name set off by a comma, a list going on ("my mother, Tomáš on his stick, Hana and I"):
# the name is one of several, not the relation noun's apposition.
ENUMERATION = re.compile(r"(?:\s+[a-z]+){0,4}\s*,\s*(?:and\s+)?(?:I\b|[A-Z][\w-]*\b(?!['’]s))")
# Between two names of a plural noun's list: "children, Siegfried, born in 1895, and Rosa".
LIST_GAP = re.compile(r"(?:,[^,;:.!?\"“”()]{1,40})?(?:,\s*(?P<and1>and\s+)?|\s+(?P<and2>and\s+))")
# The teller among a list's names ("Éva, Miklós, I, and Mr. Fehér"): a list of those present.
TELLER = re.compile(r"\b(?:I|me|we|us)\b")
# A possessive after a name: "Isabella's" in "the brother of Isabella's husband".
OWNS = re.compile(r"\s*['’]s\b")
AND_NAME = re.compile(r"\s+and\s+")
# A family named by its surname: "the Feldmanns", "The Grünbaums".
FAMILY = re.compile(r"(?i)the\s+(?P<surname>\w[\w-]*?)s")
ADDRESS_WORDS = {"sir", "madam", "madame", "ma'am", "miss", "mister", "sire", "dear", "darling", "my dear",
                 "my lord", "my lady", "your honour", "your honor", "your majesty", "your excellency"}
# Verbs under a modal or "to" state what might, should or was meant to happen, not what did.
IRREALIS = {"should", "would", "could", "might", "may", "must", "can", "shall", "will", "'d", "’d", "'ll", "’ll",
            "to"}
POSSESSIVE_GENDER = {"his": "he", "her": "she", "their": ""}
AND_BEFORE = re.compile(r"\s+and\s+$")
LOOKBACK_SENTENCES = 1
PRONOUN_DISCOUNT = 0.6
FIRST_PERSON_PRONOUNS = {"i", "me", "we", "us"}
# Where an event's place or organisation is named. "From" is the organisation one is dismissed
# from, but where an exile starts: its object is where it goes ("deported from Würzburg to Riga").
PLACE_PREPOSITIONS = {"dismissed": LOCATIVE | {"from"}, "exiled_or_sent_away": LOCATIVE | {"for"}}
# An event noun counts when it is dated or follows one of these ("after his death"): not "he
# feared his death".
TIME_PREPOSITIONS = {"after", "since", "before", "until", "till", "upon", "following"}
# The events a noun may state ("his death", "her arrest"): not "the shadow of his mother".
NOUN_EVENTS = {"died", "arrested", "dismissed", "exiled_or_sent_away"}
# How sure a relation noun is when no name goes with it and the phrase names the person itself.
SELF_NAMED = 0.75
# "the elder daughter", "the youngest son": one of the children just spoken of
ORDER_WORDS = "elder|eldest|younger|youngest|older|oldest|second|third"
ORDER_LOOKBACK = 3
# one of a plural relation noun's people: "the elder of X's two daughters", "one of his sons"
PARTITIVE = re.compile(r"(?i)\b(?:one|each|either|neither|the\s+(?:\w+est|elder|younger|older|other))\s+of\s+$")


@dataclass
class Phrase:
    """A relation noun with its possessor: "Vera's husband", "my elder sister", "the father of X"."""
    start: int
    end: int
    term: RelationTerm
    possessor: str | None        # entity id, once resolved
    pronoun: str | None          # my/his/her/our/their, when the possessor is a pronoun; "a" for "a son"
    pronoun_start: int = -1
    possessor_span: tuple[int, int] | None = None
    term_start: int = -1
    possessors: list[str] = field(default_factory=list)     # all of them: "their" may be a couple
    self_named: bool = False     # no name goes with it: the phrase is the person's own mention
    ordinal: bool = False        # "the elder daughter": one of the children just spoken of
    owning: bool = False         # "my father's shoulder": the person is the phrase's own mention, nothing else


@dataclass(order=True)
class PersonMention:
    start: int
    end: int
    entity: str
    kind: str = "PROP"


# "the" just before a word: a title that names one person, written small ("the sahuji's younger brother")
THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def one_called(doc: Document) -> dict[str, str]:
    """Each capitalised word of the people's proper names -> the one named person whose names have it
    ("Einar" -> Einar Jónsson; "Sahuji" of "Ratna Bahadur-sahuji", the style after the hyphen); a word two
    people's names share names neither."""
    owners: dict[str, set[str]] = {}
    for e in doc.entities:
        if e.type == "PER":
            for m in e.mentions:
                if m.kind == "PROP":
                    for word in re.findall(r"[^\W\d_][\w-]*", m.text):
                        style = honorific_suffix(word)[1]
                        for said in (word, style.title() if style else None):
                            if said and said[0].isupper():
                                owners.setdefault(said, set()).add(e.id)
    return {word: next(iter(ids)) for word, ids in owners.items() if len(ids) == 1}


def term_pattern(owning: bool = False) -> str:
    """A relation noun, its modifiers before it; with `owning`, one that owns what follows ("my father's
    shoulder")."""
    terms, modifiers = alternation(relation_terms()), alternation(relation_modifiers())
    # Not "my wife's brother": there the noun owns the relation instead of naming it; nor the "sister"
    # of "his sister-in-law's cheek".
    return rf"(?:(?:{modifiers})\s+)*(?P<term>{terms})\b(?![-‐])" + (r"(?=['’]s\b)" if owning else r"(?!['’]s\b)")


def name_start(token) -> int:
    """Where a name begins: "Ernst" of "Ernst Vogt dismissed him"."""
    return min([token.idx] + [c.idx for c in token.children if c.dep_ in ("compound", "flat")])


def sense_words(verb) -> set[str]:
    """What goes with a verb that a sense may ask for (relation_verbs.tsv): its particle ("away"),
    a preposition and its noun ("from office"), a preposition ("for"), its object's noun ("post"),
    and "by" for a passive's agent."""
    words = set()
    # (a state's copula carries its words: "had been dead since 1943")
    for child in [*verb.children, *(c for c in verb.head.children if c.dep_ == "prep" and verb.dep_ == "acomp")]:
        if child.dep_ == "prt":
            words.add(child.lower_)
        elif child.dep_ == "agent":
            words.add("by")
        elif child.dep_ == "dobj":
            words.add(child.lemma_.lower())
        elif child.dep_ == "prep":
            words.add(child.lower_)
            words |= {f"{child.lower_} {p.lemma_.lower()}" for p in child.children if p.dep_ == "pobj"}
    return words


class RelationFinder:
    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.index = EntityIndex(doc)
        self.chronology = Chronology(doc)
        self.quotes = sorted(doc.quotes, key=lambda q: q.start)
        self.quote_starts = [q.start for q in self.quotes]
        self.outside = outside_quotes([(q.start, q.end) for q in self.quotes])
        self.narrator = next((e.id for e in doc.entities if e.is_narrator), None)
        self.genders = known_genders(doc.entities)
        self.persons = sorted(PersonMention(m.start, m.end, e.id, m.kind) for e in doc.entities
                              if e.type == "PER" for m in e.mentions if m.kind != "PRON")
        self.person_starts = [p.start for p in self.persons]
        self.person_ends = sorted((p.end, i) for i, p in enumerate(self.persons))
        self.called = one_called(doc)
        self.sentences = [(s.start_char, s.end_char) for s in doc.parse.sents]
        self.sentence_starts = [s for s, _ in self.sentences]
        self.tokens = {t.idx: t for t in doc.parse}
        self.families = {e.id: self.surnames(e) for e in doc.entities if e.type == "PER" and self.surnames(e)}
        self.groups = {e.id for e in doc.entities if e.type == "PER" and e.gender == "they"
                       and e.id not in self.index.named and e.id not in self.families}
        self.relations: list[Relation] = []
        self.findings: list[Finding] = []
        self.seen: set[tuple] = set()
        # (predicate, object) -> subjects: who is already known as the narrator's father, ...
        self.holders: dict[tuple[str, str], set[str]] = {}
        self.resolved: list[Phrase] = []       # relation nouns with their possessors, as found
        # "their son" with only one parent found: (phrase, people, confidence), completed by a spouse
        self.lone_parents: list[tuple[Phrase, list[PersonMention], float]] = []

    # -- helpers ---------------------------------------------------------------------------------
    def add(self, subject: str | None, predicate: str, obj: str | None, start: int, end: int,
            confidence: float, time: str | None = None) -> None:
        if subject is None or obj is None or (subject == obj and predicate not in ONE_PERSON_EVENTS):
            return
        key = (subject, predicate, obj, time)
        if key in self.seen or predicate in SYMMETRIC and (obj, predicate, subject, time) in self.seen:
            return
        self.seen.add(key)
        self.holders.setdefault((predicate, obj), set()).add(subject)
        self.relations.append(Relation(subject=subject, predicate=predicate, object=obj,
                                       evidence=Evidence(start, end), confidence=round(confidence, 2),
                                       time=time))

    @staticmethod
    def surnames(entity) -> set[str]:
        """The surname a family entity ("the Feldmanns") is named by, in its possible singulars."""
        names = [m.text for m in entity.mentions if m.kind != "PRON"]
        matches = [FAMILY.fullmatch(n.strip()) for n in names]
        if not names or not all(matches):
            return set()
        plural = {m.group("surname") + "s" for m in matches}
        return {p[:-1] for p in plural} | {p[:-2] for p in plural if p.endswith("es")}

    def family(self, group: str, before: int, exclude: set[str]) -> list[str]:
        """The people of a family's surname named before an offset ("the Feldmanns": Rosa Feldmann,
        Julius Feldmann)."""
        surnames = self.families[group]
        return [e.id for e in self.doc.entities
                if e.type == "PER" and e.id not in exclude and e.id not in self.families and e.id in self.index.named
                and e.name.split()[-1] in surnames and any(m.start < before for m in e.mentions)]

    def mention_exactly(self, start: int, end: int) -> str | None:
        """The entity of a mention spanning exactly start..end (a pronoun's own coreference)."""
        k = bisect.bisect_left(self.index.starts, start)
        while k < len(self.index.spans) and self.index.spans[k][0] == start:
            if self.index.spans[k][1] == end:
                return self.index.spans[k][2]
            k += 1
        return None

    def person_starting(self, offset: int) -> PersonMention | None:
        k = bisect.bisect_left(self.person_starts, offset)
        return self.persons[k] if k < len(self.persons) and self.persons[k].start == offset else None

    def persons_starting(self, offset: int) -> list[PersonMention]:
        k = bisect.bisect_left(self.person_starts, offset)
        out = []
        while k < len(self.persons) and self.persons[k].start == offset:
            out.append(self.persons[k])
            k += 1
        return out

    def person_ending(self, offset: int) -> PersonMention | None:
        k = bisect.bisect_left(self.person_ends, (offset, -1))
        if k < len(self.person_ends) and self.person_ends[k][0] == offset:
            return self.persons[self.person_ends[k][1]]
        return None

    def speaker_at(self, offset: int) -> str | None:
        k = bisect.bisect_right(self.quote_starts, offset) - 1
        return self.quotes[k].speaker if k >= 0 and offset < self.quotes[k].end else None

    def sentence_of(self, offset: int) -> int:
        return max(bisect.bisect_right(self.sentence_starts, offset) - 1, 0)

    def token_at(self, offset: int):
        token = self.tokens.get(offset)
        if token is None:
            span = self.doc.parse.char_span(offset, offset + 1, alignment_mode="expand")
            token = span[0] if span is not None and len(span) else None
        return token

    # -- relation nouns --------------------------------------------------------------------------
    def phrases(self) -> list[Phrase]:
        """Every relation noun with a possessor, named, pronominal or left to find ("a son"), in
        text order."""
        terms = relation_terms()
        body = term_pattern()
        out: list[Phrase] = []
        after_possessive = re.compile(rf"\s+{body}", re.IGNORECASE)
        after_name = re.compile(rf"['’]s\s+{body}", re.IGNORECASE)
        for person in self.persons:
            owned = self.text[person.start:person.end].endswith(("'s", "’s"))
            m = (after_possessive if owned else after_name).match(self.text, person.end)
            if m:
                out.append(Phrase(person.start, m.end(), terms[m.group("term").lower()], person.entity, None,
                                  possessor_span=(person.start, person.end), term_start=m.start("term")))
        for m in re.finditer(rf"\b(?P<pron>my|our|his|her|their)\s+{body}", self.text, re.IGNORECASE):
            out.append(Phrase(m.start(), m.end(), terms[m.group("term").lower()], None, m.group("pron").lower(),
                              pronoun_start=m.start(), term_start=m.start("term")))
        # "my father's shoulder": the narrator's father too, where "my father" is a mention of its own
        for m in re.finditer(rf"\b(?P<pron>my|our|his|her|their)\s+{term_pattern(owning=True)}", self.text,
                             re.IGNORECASE):
            out.append(Phrase(m.start(), m.end("term"), terms[m.group("term").lower()], None, m.group("pron").lower(),
                              pronoun_start=m.start(), term_start=m.start("term"), owning=True))
        # "Einar's wife, Guðrún": a name the recogniser left inside a description is the one person called so
        for m in re.finditer(rf"\b(?P<name>[^\W\d_][\w-]*)['’]s\s+{body}", self.text):
            owner, start = self.called.get(m.group("name")), m.start()
            if owner is None and m.group("name").islower() \
                    and (the := THE_BEFORE.search(self.text, max(0, m.start() - 8), m.start())):
                # "the sahuji's younger brother": a title written small, of the one person called by it
                owner, start = self.called.get(m.group("name").title()), the.start()
            if owner is not None and m.start("term") not in {p.term_start for p in out}:
                out.append(Phrase(start, m.end(), terms[m.group("term").lower()], owner, None,
                                  possessor_span=(start, m.end("name")), term_start=m.start("term")))
        # "the son of X"; "…, born in 1859, daughter of X" (a bare term only after a comma)
        for m in re.finditer(rf"(?:\bthe\s+|(?<=,\s)){body}\s+of\s+", self.text, re.IGNORECASE):
            person = self.person_starting(m.end())
            # not "the elder brother of Isabella's husband"
            if person and not OWNS.match(self.text, person.end) \
                    and not self.text[person.start:person.end].endswith(("'s", "’s")):
                out.append(Phrase(m.start(), person.end, terms[m.group("term").lower()], person.entity, None,
                                  possessor_span=(person.start, person.end), term_start=m.start("term")))
                # and of the one named with them: "the son of Peter Smith and Mary Jones"
                also = AND_NAME.match(self.text, person.end)
                other = self.person_starting(also.end()) if also else None
                if other is not None and other.kind == "PROP" and other.entity != person.entity \
                        and not OWNS.match(self.text, other.end):
                    out.append(Phrase(m.start(), other.end, terms[m.group("term").lower()], other.entity, None,
                                      possessor_span=(other.start, other.end), term_start=m.start("term")))
        # "a daughter, Lotte", "had two sons", "Margaret, the elder daughter,": the possessor is worked out later
        owned = {p.term_start for p in out}
        for m in re.finditer(rf"\b(?:(?P<det>an?|another)|(?P<order>the(?=\s+(?:{ORDER_WORDS})\s))|had|has|have|having)"
                             rf"\s+(?P<body>{body})(?!\s+of\b)", self.text, re.IGNORECASE):
            start = m.start() if m.group("det") or m.group("order") else m.start("body")
            if m.start("term") not in owned:
                out.append(Phrase(start, m.end(), terms[m.group("term").lower()], None, "a",
                                  pronoun_start=start, term_start=m.start("term"), ordinal=bool(m.group("order"))))
        out.sort(key=lambda p: p.start)
        return out

    def plural(self, phrase: Phrase) -> bool:
        token = self.token_at(phrase.term_start)
        return token is not None and token.tag_ in ("NNS", "NNPS")

    def named_person(self, phrase: Phrase, plural: bool = False) -> tuple[PersonMention | None, float]:
        """The person the relation noun names: after it, before it, or the copula's subject; else,
        the person the phrase itself is a mention of ("my father put on his jacket"), which is all an
        owning phrase may name."""
        if phrase.owning:
            whole = next((w for w in self.persons_starting(phrase.start) if w.end == phrase.end), None)
            if whole is not None and whole.entity not in self.families \
                    and self.genders.get(whole.entity, "") in ("", "they", phrase.term.gender or "they"):
                return whole, SELF_NAMED
            return None, 0.0
        for whole in self.persons_starting(phrase.start):   # one mention "my sister Olga Lenz"
            rest = self.text[phrase.end:whole.end].lstrip(" ,")
            if whole.end > phrase.end and rest[:1].isupper() and whole.entity != phrase.possessor \
                    and not re.search(r"\sand\s", rest):      # "his elder son Nirmal and Nirmal's wife": two
                return whole, 0.85
        after = re.compile(r"(,)?\s+").match(self.text, phrase.end)
        if after:
            person = self.person_starting(after.end())
            # Without a comma only a name can follow: "my sister Vera", not "her uncle everybody".
            named = person is not None and (after.group(1) or person.kind == "PROP")
            if named and person.entity != phrase.possessor and not self.is_vocative(person) \
                    and not (after.group(1) and not plural and ENUMERATION.match(self.text, person.end)) \
                    and self.genders.get(person.entity, "") in ("", phrase.term.gender or self.genders[person.entity]):
                return person, 0.9
        if phrase.pronoun == "a" and not phrase.ordinal:
            return None, 0.0               # "a son" names nobody without a name beside it
        before = re.compile(r"(?:,\s+(?:one\s+of\s+|who\s+(?:is|was)\s+)?"
                            r"|\s+(?:is|was|had\s+been|became|were|are)\s+(?:one\s+of\s+)?)$")
        window = self.text[max(0, phrase.start - 30):phrase.start]
        m = before.search(window)
        if m:
            person = self.person_ending(phrase.start - len(window) + m.start())
            if person and person.entity != phrase.possessor and not self.is_vocative(person):
                return person, 0.8
        # the phrase is the mention: "my father", "the elder of old Marchetti's two daughters"
        part = PARTITIVE.search(self.text, max(0, phrase.start - 30), phrase.start)
        starts = [phrase.start] + ([part.start()] if part and plural else [])
        for whole in (w for start in starts for w in self.persons_starting(start)):
            if whole.end >= phrase.end and whole.entity != phrase.possessor and whole.entity not in self.families \
                    and self.genders.get(whole.entity, "") in ("", "they", phrase.term.gender or "they"):
                return whole, SELF_NAMED
        return None, 0.0

    def list_after(self, first: PersonMention, most: int | None = None) -> list[PersonMention]:
        """The names listed after a plural noun's first one: "children, Siegfried, born in 1895, and Rosa".
        Nobody when the list has the teller in it or more names than the noun has people ("my parents,
        Éva, Miklós, I, and Mr. Fehér" lists who travelled, not who the parents are)."""
        out, last = [first], first
        k = bisect.bisect_left(self.person_starts, first.end)
        while k < len(self.persons):
            person = self.persons[k]
            k += 1
            if person.start < last.end or person.kind != "PROP":
                continue
            gap = LIST_GAP.fullmatch(self.text, last.end, person.start)
            if gap is None:
                break
            if TELLER.search(gap.group()):
                return []
            if person.entity not in {p.entity for p in out}:
                out.append(person)
            last = person
            if gap.group("and1") or gap.group("and2"):
                break
        return out if most is None or len(out) <= most else []

    def is_vocative(self, person: PersonMention) -> bool:
        """A form of address ("My aunt, sir, ...", “Comrade Director, my brother…”) rather than a
        person being named."""
        opens_quote = not self.outside(person.start) and \
            self.text[max(0, person.start - 3):person.start].rstrip(" \n")[-1:] in ("“", '"', "‘", "'", "«")
        return opens_quote or self.text[person.start:person.end].lower().strip(".") in ADDRESS_WORDS

    def window(self, start: int, exclude: set[str]) -> dict[str, tuple[int, int]]:
        """The people and groups mentioned (not by a pronoun) in the sentence before `start` and the one
        before it, each with its last mention, in the order of those mentions."""
        first = self.sentence_starts[max(self.sentence_of(start) - LOOKBACK_SENTENCES, 0)]
        lo = bisect.bisect_left(self.person_starts, first)
        hi = bisect.bisect_left(self.person_starts, start)
        candidates: dict[str, tuple[int, int]] = {}
        for person in self.persons[lo:hi]:
            if person.entity not in exclude and person.entity != self.narrator:
                candidates.pop(person.entity, None)
                candidates[person.entity] = (person.start, person.end)
        return candidates

    def last_chain(self, start: int, exclude: set[str]) -> tuple[int, list[str]]:
        """The last people joined by "and" before `start` in its sentence or the one before ("Siegfried and
        Else", "Isabella and her husband"): (where the chain starts, its people)."""
        first = self.sentence_starts[max(self.sentence_of(start) - LOOKBACK_SENTENCES, 0)]
        lo = bisect.bisect_left(self.person_starts, first)
        hi = bisect.bisect_left(self.person_starts, start)
        best: tuple[int, list[str]] = (-1, [])
        chain: list[PersonMention] = []
        for person in self.persons[lo:hi]:
            if chain and person.start < chain[-1].end:
                continue
            if person.entity in exclude or person.entity in self.families or person.entity in self.groups:
                chain = []
                continue
            joined = chain and re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)", self.text[chain[-1].end:person.start])
            chain = [*chain, person] if joined else [person]
            people = list(dict.fromkeys(p.entity for p in chain))
            if len(people) > 1 and re.search(r"\band\b", self.text[chain[0].start:person.start]):
                best = (chain[0].start, people)
        return best

    def possessors_of(self, pronoun: str, start: int, end: int, exclude: set[str], report: bool) -> list[str]:
        """Whose his/her/my/our/their (or "they" of "they had a son") it is: one person, or for
        "their" a couple or group; [] with a finding when it cannot be told."""
        if pronoun in FIRST_PERSON:
            owner = self.narrator if self.outside(start) else self.speaker_at(start)
            return [owner] if owner else []
        wrong_gender = {"his": "she", "her": "he"}.get(pronoun)
        if pronoun in ("his", "her") and (owner := self.conjoined_owner(start, exclude, wrong_gender)) is not None:
            return [owner]
        own = self.mention_exactly(start, start + len(pronoun))
        if own is not None and self.index.types.get(own) == "PER" and own not in exclude \
                and self.genders.get(own) != wrong_gender:
            if own in self.families:
                return self.family(own, start, exclude)
            if own in self.groups:
                return []                   # "their": some people nobody names
            if own in self.index.named:
                return [own]
        candidates = self.window(start, exclude)
        people = [e for e in candidates if e in self.index.named and e not in self.families]
        if pronoun in ("their", "they"):
            # the last of: a family, a group nobody names ("pious families … send their children"), a couple
            chain_start, chain = self.last_chain(start, exclude)
            plural = [(candidates[e][0], e) for e in candidates if e in self.families or e in self.groups]
            if plural and max(plural)[0] > chain_start:
                group = max(plural)[1]
                return self.family(group, start, exclude) if group in self.families else []
            if chain:
                return chain
            if 0 < len(people) <= 2:
                return people
            couples = [(r.subject, r.object) for r in self.relations if r.predicate == "spouse_of"
                       and r.subject in people and r.object in people]
            if len(set(couples)) == 1:
                return list(couples[0])
            pool = people
        else:
            want = POSSESSIVE_GENDER[pronoun]
            matching = [e for e in people if self.genders.get(e) == want]
            open_ = [e for e in people if not self.genders.get(e)]
            if len(matching) == 1:
                return matching
            pool = matching or open_
            if len(pool) == 1:
                return pool
        if len(pool) > 1 and report:
            self.findings.append(Finding(
                kind="unresolved_reference",
                message=f"'{self.text[start:end]}' could be that of "
                        + " or ".join(self.doc.entity(e).name for e in pool),
                entities=list(pool),
                evidence=[Evidence(start, end)] + [Evidence(*candidates[e]) for e in pool]))
        return []

    def conjoined_owner(self, start: int, exclude: set[str], wrong_gender: str | None) -> str | None:
        """The person named just before "and his wife", whose wife she is: "the two sons of Tembolat Gagloev and
        his wife Zalina" (a possessive after a name and "and" is that name's, whoever the sentence is about)."""
        joined = AND_BEFORE.search(self.text, max(0, start - 8), start)
        k = bisect.bisect_left(self.person_ends, (joined.start(), -1)) if joined else len(self.person_ends)
        names = [self.persons[i] for end, i in self.person_ends[k:k + 3] if end == joined.start()
                 and self.persons[i].kind == "PROP"]
        person = names[-1] if names else None      # (the name itself, not a description ending in it)
        if person is None or person.entity in exclude \
                or person.entity not in self.index.named or self.index.types.get(person.entity) != "PER" \
                or self.genders.get(person.entity) == wrong_gender:
            return None
        return person.entity

    def have_subjects(self, phrase: Phrase, exclude: set[str]) -> list[str] | None:
        """The possessors of "X and Y had a son", or None when the noun is not the object of "have"."""
        token = self.token_at(phrase.term_start)
        while token is not None and token.dep_ == "conj" and token.head.i != token.i:
            token = token.head                 # "had a son, Pavel, and two daughters"
        if token is None or token.dep_ != "dobj" or token.head.lemma_ != "have":
            return None
        subject = subject_of(token.head)
        if subject is None:
            return []
        out = []
        for word in [subject, *subject.conjuncts]:
            entity = self.entity_of(word)
            if word.pos_ == "PRON" and word.lower_ in ("they", "we"):
                out += self.possessors_of(word.lower_ if word.lower_ == "they" else "our", word.idx,
                                          word.idx + len(word.text), exclude, report=False)
            elif entity is not None and self.index.types.get(entity) == "PER" and entity not in exclude:
                out += self.family(entity, word.idx, exclude) if entity in self.families else [entity]
        return list(dict.fromkeys(out))

    def inherited(self, phrase: Phrase) -> Phrase | None:
        """The last relation noun of the same predicate, in this sentence or the last, whose possessors
        "a daughter, Lotte" takes: "Their son…; a daughter, Lotte, followed"."""
        if phrase.term.predicate not in KINSHIP:
            return None
        k = self.sentence_of(phrase.start)
        # "the elder daughter" may come a few sentences after "her two daughters"
        back = ORDER_LOOKBACK if phrase.ordinal else LOOKBACK_SENTENCES
        earlier = [p for p in self.resolved if p.start < phrase.start and p.term.predicate == phrase.term.predicate
                   and k - self.sentence_of(p.start) <= back]
        return max(earlier, key=lambda p: p.start) if earlier else None

    def find_noun_relations(self) -> None:
        pending: list[tuple[Phrase, list[PersonMention], float, bool]] = []
        for phrase in self.phrases():
            plural = self.plural(phrase)
            person, confidence = self.named_person(phrase, plural)
            if person is None:
                continue
            phrase.self_named = confidence == SELF_NAMED
            most = 2 if phrase.term.predicate in ("parent_of", "spouse_of") else None
            people = self.list_after(person, most) if plural and confidence == 0.9 else [person]
            for one in people:
                if phrase.term.gender:       # "Vera's husband, Mikhail": surer than a pronoun count
                    self.genders[one.entity] = phrase.term.gender
            # an unnamed "his granddaughter" that nobody owns is not worth a finding
            report = person.entity in self.index.named
            if phrase.pronoun in POSSESSIVE_GENDER or phrase.pronoun == "a":
                pending.append((phrase, people, confidence, report))
                continue
            if phrase.pronoun:
                phrase.possessors = self.possessors_of(phrase.pronoun, phrase.pronoun_start, phrase.end,
                                                       {p.entity for p in people}, report)
                confidence -= 0.05
            elif phrase.possessor:
                phrase.possessors = [phrase.possessor]
            self.add_noun_relation(phrase, people, confidence)
        # Third-person possessors last, once the first pass has told who is "he" and who "she".
        for phrase, people, confidence, report in pending:
            exclude = {p.entity for p in people}
            if phrase.pronoun == "a":
                have = self.have_subjects(phrase, exclude)
                source = self.inherited(phrase) if have is None else None
                phrase.possessors = list(have if have is not None else source.possessors if source else [])
                named_owners = bool(have) and all(e in self.index.named for e in have)
                confidence -= 0.05 if named_owners else 0.3
                lone = source is not None and source.pronoun == "their" and len(phrase.possessors) == 1
            else:
                source = self.inherited(phrase) if phrase.pronoun == "their" else None
                if source is not None and source.pronoun == "their":
                    # "Their son Jón …; their daughter Sigríður": the same two, not the son just named
                    phrase.possessors = [p for p in source.possessors if p not in exclude]
                else:
                    phrase.possessors = self.possessors_of(phrase.pronoun, phrase.pronoun_start, phrase.end,
                                                           exclude, report)
                confidence -= 0.3
                lone = phrase.pronoun == "their" and len(phrase.possessors) == 1
            self.add_noun_relation(phrase, people, confidence)
            if lone and phrase.term.predicate == "child_of":
                self.lone_parents.append((phrase, people, confidence))

    def complete_couples(self) -> None:
        """"Else Kahn … Their son": with one parent in sight, "their" is that parent and the one person
        the text has married to them (once the verbs are read)."""
        for phrase, people, confidence in self.lone_parents:
            parent = phrase.possessors[0]
            spouses = {r.object if r.subject == parent else r.subject for r in self.relations
                       if r.predicate == "spouse_of" and parent in (r.subject, r.object)}
            spouses = {e for e in spouses if e in self.index.named and e != parent
                       and e not in {p.entity for p in people}}
            if len(spouses) == 1:
                spouse = spouses.pop()
                phrase.possessors.append(spouse)
                for person in people:
                    self.add(person.entity, "child_of", spouse, min(phrase.start, person.start),
                             max(phrase.end, person.end), confidence)

    def find_narrators_named_kin(self) -> None:
        """In a first-person narration, one it calls by a kin word alone ("Abba — Mahmood Ali Hashmi —
        liked to say", "Mama came in") is the narrator's kin of that word: a parent, a grandparent."""
        if self.narrator is None:
            return
        terms, only_one = relation_terms(), unique_kin()
        for entity in self.doc.entities:
            if entity.type != "PER" or entity.is_narrator:
                continue
            words = {m.text.lower(): m for m in entity.mentions if m.kind == "PROP" and self.outside(m.start)
                     and m.text.lower() in only_one and terms[m.text.lower()].predicate in ("parent_of", "relative_of")}
            # not a priest or a nun the kin word is also the style of ("Father Kálmán", then "Father"), nor one
            # it follows as a title ("Thurairajah Mama", the Tamil mother's brother, then "Mama")
            styled = any(m.kind == "PROP" and len(m.text.split()) > 1
                         and {m.text.split()[0].lower(), m.text.split()[-1].lower()} & words.keys()
                         for m in entity.mentions)
            if words and not styled and len({terms[w].predicate for w in words}) == 1 \
                    and len({terms[w].gender for w in words}) == 1:
                word, m = next(iter(words.items()))
                self.add(entity.id, terms[word].predicate, self.narrator, m.start, m.end, NAMED_KIN_CONFIDENCE)

    def find_teknonyms(self) -> None:
        """"Mama Tunde", "Abu Hassan": the one so named is the parent of the one the text names Tunde
        (Hassan) alone, where that is someone else (aliases keeps a teknonym apart from the child); a
        mother and a father named by one child are a couple."""
        words = name_parts()["teknonyms"]
        people = [e for e in self.doc.entities if e.type == "PER"]
        alone: dict[str, str] = {}     # a one-word name -> the person first named so
        for entity in people:
            for m in entity.mentions:
                if m.kind == "PROP" and len(m.text.split()) == 1:
                    alone.setdefault(m.text.lower(), entity.id)
        parents: dict[tuple[str, str], tuple[str, Mention]] = {}    # (child, the word's sex) -> parent
        for entity in people:
            for m in entity.mentions:
                named = teknonym(m.text) if m.kind == "PROP" else None
                if named is not None and alone.get(named[1], entity.id) != entity.id:
                    word, child = named
                    self.add(entity.id, "parent_of", alone[child], m.start, m.end, TEKNONYM_CONFIDENCE)
                    parents.setdefault((alone[child], words[word]), (entity.id, m))
        # Mama Tunde and Baba Tunde: the couple named by their child
        for (child, sex), (mother, m) in parents.items():
            if sex != "she":
                continue
            father, n = parents.get((child, "he")) or parents.get((child, ""), (None, None))   # (Baba: either sex)
            if father is not None and father != mother:
                self.add(mother, "spouse_of", father, min(m.start, n.start), max(m.end, n.end), TEKNONYM_CONFIDENCE)

    def find_patronymic_kin(self) -> None:
        """A patronymic names the father: Dmitri Arkadyevich is the son of the one Arkady of the text (of
        his family's surname, where both have one); two of one patronymic and one surname are siblings
        (Anastasia and Sofya Lvovna Gurieva)."""
        named = []     # (entity, given names, patronymic stem, surname, the mention with the patronymic)
        for entity in self.doc.entities:
            if entity.type != "PER":
                continue
            forms = [(m, parse_name(m.text)) for m in entity.mentions if m.kind == "PROP"]
            given = {f.tokens[0] for _, f in forms if f.tokens and (f.patronymic or len(f.tokens) > 1 or f.given_only)}
            # a nasab names the father by a given name of several words: "son of Abd al-Rahman"
            given |= {" ".join(f.tokens[:n]) for _, f in forms for n in range(2, len(f.tokens) + 1)}
            mention, form = next(((m, f) for m, f in forms if f.patronymic), (None, None))
            surname = next((f.last for _, f in forms if f.last), None)
            named.append((entity, given, father_stem(form.patronymic) if form else None, surname, mention))

        def kin_surnames(a: str | None, b: str | None) -> bool:
            return a is None or b is None or a == b or gender_counterparts(a, b)
        for child, given, stem, surname, mention in named:
            if stem is None:
                continue
            fathers = [(father, own) for father, names, own, other, _ in named
                       if father is not child and self.genders.get(father.id) != "she"
                       and any(same_given(g, stem) for g in names) and kin_surnames(surname, other)]
            # Mykola Ivanovych and Ivan Mykolaiovych: either may be the other's son (names come back
            # every other generation), so neither is told, unless the text calls one of them old ("old Egor
            # Vasilyevich Popov" is Vasily Egorovich's father)
            mutual = any(own and any(same_given(g, own) for g in given) for _, own in fathers)
            if mutual and len(fathers) == 1 and called_old(fathers[0][0]) and not called_old(child):
                mutual = False
            if len(fathers) == 1 and not mutual:
                self.add(child.id, "child_of", fathers[0][0].id, mention.start, mention.end, PATRONYMIC_CONFIDENCE)
            for sibling, _, own, other, _ in named:
                if sibling is not child and own == stem and surname and other and kin_surnames(surname, other):
                    self.add(child.id, "sibling_of", sibling.id, mention.start, mention.end, PATRONYMIC_SIBLINGS)

    @cached_property
    def plain_long_names(self) -> list[tuple[str, tuple[str, ...], Mention]]:
        """(person, the name's words, its mention) of each person's name of three words or more with no title
        or patronymic: the names whose words may be a father's and a grandfather's, or a family's."""
        out = []
        for entity in self.doc.entities:
            if entity.type != "PER":
                continue
            for m in entity.mentions:
                form = parse_name(m.text) if m.kind == "PROP" else None
                if form is not None and len(form.tokens) >= 3 and not form.titles and form.patronymic is None:
                    out.append((entity.id, tuple(form.tokens), m))
        return out

    def find_chained_name_kin(self) -> None:
        """Where a name is one's own, one's father's and his father's (Somali, Ethiopian, Arabic chains), the
        one person of the text whose name of three words opens with the last two of another's is that one's
        father: Hodan Xasan Nuur is the daughter of Xasan Nuur Cilmi. Only names of three words or more on
        both sides, with no title or patronymic."""
        people: dict[tuple[str, ...], set[str]] = {}    # a name's words -> the people so named
        mentions: dict[tuple[str, ...], Mention] = {}
        for entity_id, words, m in self.plain_long_names:
            people.setdefault(words, set()).add(entity_id)
            mentions.setdefault(words, m)
        # two or more who share the father's and grandfather's names (Hodan, Cawil and Axmed Xasan Nuur) are
        # children of the one man known by that given name (one we know as a given name) alone or with those
        # names after it ("Xasan", "Xasan Dheere"), where the text never gives him three names
        fathers: dict[tuple[str, str], set[str]] = {}
        siblings: dict[tuple[str, str], set[str]] = {}
        for words, ids in people.items():
            fathers.setdefault(words[:2], set()).update(ids)
            siblings.setdefault(words[1:3], set()).update(ids)
        named = self.given_names_and_seconds() if any(len(ids) >= 2 for ids in siblings.values()) else {}
        for words, ids in people.items():
            found = fathers.get(words[1:3], set()) - ids
            if not found and len(siblings[words[1:3]]) >= 2 and words[1] in known_given_names():
                given, second = words[1:3]
                found = {e for e, (first, seconds) in named.items() if first == given and seconds <= {second}} \
                    - siblings[words[1:3]]
            if len(ids) != 1 or len(found) != 1 or self.genders.get(next(iter(found))) == "she":
                continue
            (child,), (father,) = ids, found
            self.add(child, "child_of", father, mentions[words].start, mentions[words].end, PATRONYMIC_CONFIDENCE)

    def find_fathers_name_kin(self) -> None:
        """Where a name is one's own, one's father's and the family's (Kurdish, Arabic: Galawezh Kamal Baban),
        the one person of the text whose name of three opens with the second word and closes with the family's
        is the father: Galawezh Kamal Baban is the daughter of Kamal Rashid Baban (not so two of the Spanish
        "Montero Iglesias", both surnames). Only names of three words on both sides, with no title or
        patronymic, and a father of no other sex."""
        full: dict[str, tuple[tuple[str, ...], Mention]] = {}    # person -> the words of a name of three, and it
        opening: dict[tuple[str, str], set[str]] = {}       # (first word, last word) of such a name -> people
        for entity_id, words, m in self.plain_long_names:
            if len(words) == 3:
                opening.setdefault((words[0], words[-1]), set()).add(entity_id)
                full.setdefault(entity_id, (words, m))
        for child, (words, mention) in full.items():
            fathers = opening.get((words[1], words[2]), set()) - {child}
            if len(fathers) == 1 and self.genders.get(father := next(iter(fathers))) != "she":
                self.add(child, "child_of", father, mention.start, mention.end, FATHERS_NAME_CONFIDENCE)

    def given_names_and_seconds(self) -> dict[str, tuple[str, set[str]]]:
        """Each person known by one given name -> that name and the second words of their names ("Xasan" and
        "Xasan Dheere", Dheere an epithet: xasan and none)."""
        out = {}
        for entity in self.doc.entities:
            forms = [parse_name(m.text) for m in entity.mentions if m.kind == "PROP"] if entity.type == "PER" else []
            firsts = {f.tokens[0] for f in forms if f.tokens}
            if len(firsts) == 1 and not any(f.patronymic for f in forms):
                out[entity.id] = (firsts.pop(), {f.tokens[1] for f in forms if len(f.tokens) > 1})
        return out

    def find_genitive_patronymic_kin(self) -> None:
        """A Mongolian name opens with the father's name in the genitive: Batbayaryn Ganbold is the son of
        the one Batbayar of the text, and Batbayaryn Tsetseg his sister. Only where the father is a
        person of the text and the word no given name of its own ("Kathryn")."""
        endings = tuple(name_parts()["genitive_patronymic_endings"])
        given: dict[str, set[str]] = {}       # a person's first name word -> the people of that name
        children: dict[str, list[tuple[Entity, Mention]]] = {}     # the father's name -> (child, mention)
        for entity in self.doc.entities:
            if entity.type != "PER":
                continue
            for m in entity.mentions:
                words = m.text.split()
                if m.kind != "PROP" or not words[0][:1].isupper():
                    continue
                given.setdefault(words[0].lower(), set()).add(entity.id)
                stem = next((words[0][:-len(e)] for e in endings if words[0].lower().endswith(e)), None)
                if len(words) == 2 and stem is not None and len(stem) >= name_parts()["min_stem"] \
                        and words[0].lower() not in known_given_names() \
                        and not any(entity is e for e, _ in children.get(stem.lower(), [])):
                    children.setdefault(stem.lower(), []).append((entity, m))
        for stem, kids in children.items():
            fathers = [f for f in given.get(stem, set()) if self.genders.get(f) != "she"
                       and all(f != child.id for child, _ in kids)]
            if len(fathers) != 1:
                continue
            for child, mention in kids:
                self.add(child.id, "child_of", fathers[0], mention.start, mention.end, PATRONYMIC_CONFIDENCE)
                for sibling, _ in kids:
                    if sibling is not child:
                        self.add(child.id, "sibling_of", sibling.id, mention.start, mention.end, PATRONYMIC_SIBLINGS)

    def read_the_tree_again(self) -> None:
        """Read the family tree once more after the joins of described kin to named people ("her mother" is
        Célimène: her daughter's husband is Célimène's in-law too)."""
        self.relations = self.doc.relations
        self.seen = {(r.subject, r.predicate, r.object, r.time) for r in self.relations}
        self.genders = known_genders(self.doc.entities)
        self.implied_kinship()
        self.doc.relations = self.relations

    def implied_kinship(self) -> None:
        """What a family tree of the kinship found so far implies, between named people: the parents of
        one child are the parents of the child's siblings and of their spouse's children, and, a father and
        a mother neither said to have another spouse, husband and wife; children of
        one parent are siblings; a parent's parent or sibling is a relative (a grandparent, an aunt);
        a spouse's parent or sibling is an in-law. Each implied relation cites the stated relation it
        extends and is less sure than the two it comes from."""
        named = self.index.named | {e.id for e in self.doc.entities if e.is_narrator}
        parents: dict[str, dict[str, Relation]] = {}        # child -> parent -> the relation saying so
        pairs: dict[str, dict[str, dict[str, Relation]]] = {"sibling_of": {}, "spouse_of": {}}
        for r in self.relations:
            if r.subject not in named or r.object not in named or r.subject == r.object:
                continue
            if r.predicate in ("parent_of", "child_of"):
                parent, child = (r.subject, r.object) if r.predicate == "parent_of" else (r.object, r.subject)
                parents.setdefault(child, {}).setdefault(parent, r)
            elif r.predicate in pairs:
                pairs[r.predicate].setdefault(r.subject, {}).setdefault(r.object, r)
                pairs[r.predicate].setdefault(r.object, {}).setdefault(r.subject, r)
        siblings, spouses = pairs["sibling_of"], pairs["spouse_of"]

        related = {(r.subject, r.object) for r in self.relations if r.predicate in KIN_PREDICATES}
        related |= {(b, a) for a, b in related}

        def imply(subject: str, predicate: str, obj: str, *because: Relation) -> None:
            if (subject, obj) in related:
                return          # kin already, in some other way: a mother is no in-law
            stated = because[0]
            confidence = IMPLIED_CONFIDENCE
            for r in because:
                confidence *= r.confidence
            self.add(subject, predicate, obj, stated.evidence.start, stated.evidence.end, confidence)

        for child, of in parents.items():
            for parent, said in of.items():
                for spouse, married in spouses.get(parent, {}).items():       # his wife is their mother
                    if spouse not in of and spouse != child:
                        imply(spouse, "parent_of", child, said, married)
                for sibling, kin in siblings.get(child, {}).items():          # and their brother's
                    if sibling != parent:
                        imply(parent, "parent_of", sibling, said, kin)
        for child, of in parents.items():
            # a child's father and mother are husband and wife (when the text says of no other spouse)
            fathers = [p for p in of if self.genders.get(p) == "he"]
            mothers = [p for p in of if self.genders.get(p) == "she"]
            if len(fathers) == 1 and len(mothers) == 1 and fathers[0] not in spouses and mothers[0] not in spouses:
                imply(fathers[0], "spouse_of", mothers[0], of[fathers[0]], of[mothers[0]])
        for child, of in parents.items():
            for other, others in parents.items():
                shared = [(of[p], others[p]) for p in of if p in others]     # in text order, not hash order
                if other != child and shared and other not in siblings.get(child, {}):
                    imply(child, "sibling_of", other, *shared[0])
            for parent, said in of.items():
                for grand, older in parents.get(parent, {}).items():
                    if grand != child:
                        imply(grand, "relative_of", child, said, older)
                for aunt, kin in siblings.get(parent, {}).items():
                    if aunt != child and aunt not in of:
                        imply(aunt, "relative_of", child, said, kin)
        for person, married in spouses.items():
            for spouse, said in married.items():
                for parent, older in parents.get(spouse, {}).items():
                    if parent != person:
                        imply(person, "in_law_of", parent, said, older)
                for sibling, kin in siblings.get(spouse, {}).items():
                    if sibling != person:
                        imply(person, "in_law_of", sibling, said, kin)

    def add_noun_relation(self, phrase: Phrase, people: list[PersonMention], confidence: float) -> None:
        phrase.possessors = [p for p in phrase.possessors if p is not None]
        if phrase.self_named and phrase.pronoun is None and people[0].entity not in self.index.named \
                and not any(p in self.index.named for p in phrase.possessors):
            return              # "the son of a travelling cattle dealer": two people nobody names
        if phrase.possessors:
            self.resolved.append(phrase)
        for person in people:
            start, end = min(phrase.start, person.start), max(phrase.end, person.end)
            for owner in phrase.possessors:
                if phrase.term.inverse:
                    self.add(owner, phrase.term.predicate, person.entity, start, end, confidence)
                else:
                    self.add(person.entity, phrase.term.predicate, owner, start, end, confidence)

    # -- verbs -----------------------------------------------------------------------------------
    def entity_of(self, token) -> str | None:
        """The entity a token names; "my father" is the person already known as the narrator's father."""
        entity = self.index.of_token(token)
        if entity is not None and entity in self.index.named:
            return entity
        term = relation_terms().get(token.lower_)
        possessive = next((c for c in token.children if c.dep_ == "poss"), None)
        if term is None or possessive is None or term.inverse:
            return entity
        if possessive.lower_ in FIRST_PERSON:
            owner = self.narrator if self.outside(possessive.idx) else self.speaker_at(possessive.idx)
        else:
            owner = self.index.of_token(possessive)
        known = self.holders.get((term.predicate, owner), set())
        if term.predicate in SYMMETRIC:       # stored once, either way round
            known = known | {o for (p, o), subjects in self.holders.items()
                             if p == term.predicate and owner in subjects}
        # an unnamed "her husband" is the husband already named, when there is one
        known = {s for s in known if s != owner and (entity is None or s in self.index.named)
                 and (not term.gender or self.genders.get(s) in (term.gender, ""))}
        return known.pop() if len(known) == 1 else entity

    def sentence_time(self, verb) -> str | None:
        """A date stated in the verb's own sentence: one of its own clause ("dismissed in 1945 but
        reinstated in 1949"), else the nearest."""
        start, end = self.sentences[self.sentence_of(verb.idx)]
        starts = self.chronology.dated_starts
        dated = self.chronology.dated[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
        own = [t for t in dated if self.clause_of(t) == verb.i]
        return min(own or dated, key=lambda t: abs(t.start - verb.idx)).id if dated else None

    def clause_of(self, time) -> int | None:
        """The index of the verb whose clause a time expression is in."""
        span = self.doc.parse.char_span(time.start, time.end, alignment_mode="expand")
        head = clause_head(span.root) if span is not None and len(span) else None
        return head.i if head is not None else None

    def find_verb_relations(self) -> None:
        table = relation_verbs()
        for verb in self.doc.parse:
            state = verb.pos_ == "ADJ"                 # "Vera was married to Mikhail"
            if verb.pos_ not in ("VERB", "AUX") and not state or verb.lemma_.lower() not in table:
                continue
            if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in IRREALIS)
                   for c in [*verb.children, *(verb.head.children if verb.dep_ == "acomp" else ())]):
                continue
            words = sense_words(verb)
            # a sense that asks for a word the verb has ("removed from office") before a plain one
            senses = sorted(table[verb.lemma_.lower()], key=lambda s: not s.particle)
            sense = next((s for s in senses if not s.particle or s.particle in words), None)
            if sense is not None:
                self.verb_relation(verb, sense)

    def place_of(self, head, predicate: str, particle: str = "") -> list:
        """(token, entity) of the place or organisation an event is set at or goes to, the destination
        first: "deported from Würzburg to Riga" is Riga. Not the words of the sense ("removed from office")."""
        prepositions = PLACE_PREPOSITIONS.get(predicate, LOCATIVE)
        places = [(prep.lower_ not in DESTINATIONS, p) for prep in head.children
                  if prep.dep_ == "prep" and prep.lower_ in prepositions
                  for p in prep.children if p.dep_ == "pobj" and f"{prep.lower_} {p.lemma_.lower()}" != particle]
        named = [(t, e) for _, t in sorted(places, key=lambda x: (x[0], x[1].i)) if (e := self.index.of_token(t))
                 and self.index.types.get(e) in PLACE_TYPES + ("ORG",)]
        return named[:1]

    def verb_relation(self, verb, sense) -> None:
        if verb.pos_ == "ADJ":                  # a state: its subject may be the copula's
            around = [*verb.children, *(verb.head.children if verb.dep_ == "acomp" else ())]
            subject = next((c for c in around if c.dep_ in ("nsubj", "nsubjpass")), None)
            passive = sense.predicate in SYMMETRIC
        else:
            subject = subject_of(verb)
            passive = subject is not None and subject.dep_ == "nsubjpass"
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        partners = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                    for p in c.children if p.dep_ == "pobj"]
        if sense.patient_first:
            whom = [subject] if passive and subject is not None else objects
            by = agents if passive else ([subject] if subject is not None else [])
        elif passive and subject is not None and sense.predicate in SYMMETRIC:
            # "Tomáš and Hana were married", "Vera was married to Mikhail"
            whom = [subject]
            by = partners + [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                             for p in c.children if p.dep_ == "pobj"]
        else:
            if passive or subject is None:
                return
            whom, by = [subject], objects + partners
        whom_entities = [e for t in whom for c in [t, *t.conjuncts] if (e := self.entity_of(c))]
        whom_entities = [e for e in whom_entities if self.index.types.get(e) == "PER"]
        if not whom_entities:
            return
        other = [e for t in by for c in [t, *t.conjuncts] if (e := self.entity_of(c))]
        tokens = [verb, *whom, *by]
        if not other and sense.predicate not in SYMMETRIC:
            place = self.place_of(verb, sense.predicate, sense.particle)
            other = [e for _, e in place]
            tokens += [t for t, _ in place]
        time = self.sentence_time(verb)
        # A pronoun's person comes from coreference, which may be wrong.
        guessed = any(t.pos_ == "PRON" and t.lower_ not in FIRST_PERSON_PRONOUNS for t in whom)
        confidence = sense.confidence * (PRONOUN_DISCOUNT if guessed else 1.0)
        start = min(t.left_edge.idx if t in whom else name_start(t) for t in tokens)     # whole names: "Anna Petrova"
        end = max(t.idx + len(t.text) for t in tokens)
        if sense.predicate in SYMMETRIC and len(whom_entities) > 1 and not other:
            for i, a in enumerate(whom_entities):       # "Vera and Mikhail married"
                for b in whom_entities[i + 1:]:
                    self.add(a, sense.predicate, b, start, end, confidence, time)
            return
        if not other and sense.predicate not in ONE_PERSON_EVENTS:
            return
        for who in whom_entities:
            for target in (other or [who])[:2]:
                if sense.predicate in SYMMETRIC and self.index.types.get(target) != "PER":
                    continue
                self.add(who, sense.predicate, target, start, end, confidence, time)

    # -- event nouns -----------------------------------------------------------------------------
    def find_noun_events(self) -> None:
        """"The death of her husband in 1937", "after his arrest by the Gestapo": an event noun of
        relation_verbs.tsv, dated in its own phrase or after a preposition of time."""
        table = relation_verbs()
        dated = self.chronology.dated
        told = {(r.subject, r.predicate) for r in self.relations}
        for noun in self.doc.parse:
            if noun.pos_ != "NOUN":
                continue
            sense = next((s for s in table.get(noun.lemma_.lower(), ()) if not s.particle
                          and s.predicate in NOUN_EVENTS), None)
            if sense is None:
                continue
            first, last = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge.text)
            own = [t for t in dated if first <= t.start < last]
            if not own and not (noun.dep_ == "pobj" and noun.head.lower_ in TIME_PREPOSITIONS):
                continue
            owners = [c for c in noun.children if c.dep_ == "poss"] or \
                [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj"]
            whom = [(t, e) for o in owners for t in [o, *o.conjuncts] if (e := self.entity_of(t))
                    and self.index.types.get(e) == "PER"]
            # "before his arrest" with no date of its own is the arrest already told, not another one
            whom = [(t, e) for t, e in whom if own or (e, sense.predicate) not in told]
            if not whom:
                continue
            agents = [e for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                      for p in c.children if p.dep_ == "pobj" and (e := self.entity_of(p))]
            place = [] if agents else self.place_of(noun, sense.predicate)
            other = agents or [e for _, e in place]
            tokens = [noun, *(t for t, _ in whom), *(t for t, _ in place)]
            start = min(t.left_edge.idx if t is not noun else t.idx for t in tokens)
            end = max(t.idx + len(t.text) for t in tokens)
            if own:
                end = max(end, own[0].end)
            guessed = any(t.pos_ == "PRON" and t.lower_ not in ("my", "our") for t, _ in whom)
            confidence = sense.confidence * (PRONOUN_DISCOUNT if guessed else 1.0)
            time = min(own, key=lambda t: abs(t.start - noun.idx)).id if own else None
            for _, who in whom:
                for target in (other or [who])[:2]:
                    self.add(who, sense.predicate, target, start, end, confidence, time)


@stage("relations", requires=("entities", "times", "scenes"), assigns=("relations", "findings", "entities"))
def find_relations(doc: Document) -> Document:
    finder = RelationFinder(doc)
    finder.find_noun_relations()
    finder.find_narrators_named_kin()
    finder.find_verb_relations()
    finder.complete_couples()
    finder.find_teknonyms()
    finder.find_patronymic_kin()
    finder.find_chained_name_kin()
    finder.find_fathers_name_kin()
    finder.find_genitive_patronymic_kin()
    for _ in range(FAMILY_TREE_READINGS):
        finder.implied_kinship()
    finder.find_noun_events()
    doc.relations = finder.relations
    doc.findings = [f for f in doc.findings if f.kind != "unresolved_reference"] + finder.findings
    join_teknonyms(doc)
    join_described_kin(doc)
    join_called_kin(doc)
    join_repeated_kin(doc)
    finder.read_the_tree_again()
    return doc


def join_repeated_kin(doc: Document) -> None:
    """"Her father", "his wife" whose owner coreference took for another (“The old people went first,” her
    father said, just after Trijn spoke) is still the one named person the text calls by those words, where
    it calls only one so and the relations found give that role (a father, a wife) to one person only (not in
    a family of three generations, where "his father" may be the father's father)."""
    kin = relation_terms()
    # (predicate, gender) -> how many named people the relations give it to
    named_gender = {e.id: e.gender for e in doc.entities if any(m.kind == "PROP" for m in e.mentions)}
    holding = Counter((predicate, named_gender[a]) for a, predicate in {(a, p) for a, p, _ in kinship_facts(doc)}
                      if a in named_gender)
    roles = {term for term in unique_kin()
             if term in kin and kin[term].predicate in ("parent_of", "spouse_of") and kin[term].gender in ("he", "she")
             and holding[(kin[term].predicate, kin[term].gender)] <= 1}

    def phrase(m: Mention) -> str | None:       # "her father", "his wife": one person of a pronoun's owner
        match = OWNED_KIN.fullmatch(" ".join(m.text.split())) if m.kind == "NOM" else None
        ok = match is not None and match["whose"].lower() in ("his", "her") and match["term"] in roles
        return " ".join(m.text.lower().split()) if ok else None
    people = [e for e in doc.entities if e.type == "PER" and not e.is_narrator]
    holders: dict[str, dict[str, Entity]] = {}
    for entity in people:
        if any(m.kind == "PROP" for m in entity.mentions):
            for m in entity.mentions:
                if (said := phrase(m)) is not None:
                    holders.setdefault(said, {})[entity.id] = entity
    gone = {}
    for entity in people:
        said = {phrase(m) for m in entity.mentions if m.kind != "PRON"}
        named = holders.get(next(iter(said)), {}) if len(said) == 1 and None not in said else {}
        if len(named) != 1:
            continue
        (target,) = named.values()
        if entity.gender == target.gender or "unknown" in (entity.gender, target.gender):
            merge_into(target, entity)
            gone[entity.id] = target.id
    doc.replace_entities(gone)


# How one person stands to another in a kinship relation, read both ways: (a, predicate, b) and its converse.
CONVERSE = {"parent_of": "child_of", "child_of": "parent_of", "sibling_of": "sibling_of", "spouse_of": "spouse_of"}


def called_old(person) -> bool:
    """Is the person named "old" with their name ("old Egor Vasilyevich Popov", "Old Spiridon")?"""
    return any(m.kind == "PROP" and m.text.lower().startswith("old ") for m in person.mentions)


def teknonym(text: str) -> tuple[str, str] | None:
    """(word, child) of a teknonym, ("abu", "hassan") of "Abu Hassan" (and "rra", "kagiso" of "Rra-Kagiso");
    None for any other name."""
    word, *child = text.lower().split()
    if not child and "-" in word:
        word, *child = word.split("-", 1)
    return (word, child[0]) if word in name_parts()["teknonyms"] and len(child) == 1 else None


def catholic_priest(person) -> bool:
    """Is the person named with a Catholic priest's style ("Father Cirilo", "Padre Tomás", "Abbé Bonnefoy")?"""
    return any(m.kind == "PROP" and len(words := m.text.split()) > 1 and CLERGY_STYLES.get(words[0].lower())
               is CATHOLIC_CLERGY for m in person.mentions)


def known_genders(entities: list[Entity]) -> dict[str, str]:
    """Each entity's gender, "" where it is unknown."""
    return {e.id: ("" if e.gender == "unknown" else e.gender) for e in entities}


def kinship_facts(doc: Document) -> set[tuple[str, str, str]]:
    """The kinship relations found, each read both ways."""
    facts: set[tuple[str, str, str]] = set()
    for r in doc.relations:
        if r.predicate in CONVERSE:
            facts |= {(r.subject, r.predicate, r.object), (r.object, CONVERSE[r.predicate], r.subject)}
    return facts


# Possessives whose owner is whoever speaks or is spoken to ("my father" inside a quote): no surname says whose.
SPEAKERS_OWN = ("my ", "our ", "your ")


def family_names(person) -> frozenset[str]:
    """The surnames a named person is called by, with a given name or a title: "meer" of Hendrik van der
    Meer and Mr. Van der Meer, both "echeverría" and "ruiz" of Anselmo Echeverría Ruiz; none for one known
    by a given name only."""
    # (a teknonym names a child, no family: "Umm Ali")
    return frozenset(word for m in person.mentions if m.kind == "PROP" and teknonym(m.text) is None
                     for form in [parse_name(m.text)]
                     for word in (form.tokens[1:] if len(form.tokens) > 1 else
                                  form.tokens if form.titles and not form.given_only else ()))


def two_surnames(person) -> tuple[str, str | None] | None:
    """A Spanish or Catalan name's first surname, the father's, and its second, the mother's first: ("vidal",
    "roca") of Joaquim Vidal i Roca, ("ruiz", None) of Pilar Ruiz, ("lascurain", None) of Remedios Lascurain de
    Echeverría; None for one known by a given name only, or by names that disagree."""
    pairs = set()
    for m in person.mentions:
        form = parse_name(m.text) if m.kind == "PROP" and teknonym(m.text) is None else None
        if form is None or len(form.tokens) < 2:
            continue
        if form.maiden:
            pairs.add((form.maiden, None))
        elif len(form.tokens) >= 3 and form.tokens[-2] not in known_given_names():
            pairs.add((form.tokens[-2], form.tokens[-1]))
        else:
            pairs.add((form.tokens[-1], None))
    firsts, seconds = {f for f, _ in pairs}, {s for _, s in pairs if s}
    if len(firsts) != 1 or len(seconds) > 1:
        return None
    return next(iter(firsts)), next(iter(seconds), None)


def by_two_surnames(predicate: str, gender: str, whom: str, named: dict, two: dict,
                    mother_first: bool = False) -> list[str]:
    """The named people a kin description may be by Spanish and Catalan surnames, where the child of X Y and Z W
    is called X Z: the mother of Joaquim Vidal i Roca is the woman whose first surname is Roca, his father a
    man whose first is Vidal and second not Roca; the wife of Jaume Vidal i Serra a woman whose first surname
    is the second of someone Vidal (not Serra, his mother's), the husband of Mercè Roca a man whose first is
    the first of someone "… i Roca". Portuguese names (`mother_first`) put the mother's surname first and the
    father's last: the mother of João Fontes Andrade is a woman whose last surname is Fontes, his father a man
    whose last is Andrade."""
    if whom not in two:
        return []
    first, second = two[whom]
    if mother_first:
        others = {n: s or f for n, (f, s) in two.items() if n != whom and named[n].gender == gender}
        if predicate == "parent_of" and second:
            return [n for n, last in others.items() if last == (first if gender == "she" else second)]
        return []
    others = {n: pair for n, pair in two.items() if n != whom and named[n].gender == gender}
    if predicate == "parent_of" and second and gender == "she":
        return [n for n, (f, _) in others.items() if f == second]
    if predicate == "parent_of" and second and gender == "he":
        return [n for n, (f, s) in others.items() if f == first and s and s != second]
    mothers = {s for n, (f, s) in two.items() if n != whom and f == first and s and s != second}
    if predicate == "spouse_of" and gender == "she" and named[whom].gender == "he":
        return [n for n, (f, _) in others.items() if f in mothers]
    fathers = {f for n, (f, s) in two.items() if n != whom and s == first}
    if predicate == "spouse_of" and gender == "he" and named[whom].gender == "she":
        return [n for n, (f, s) in others.items() if f in fathers and s != first]
    return []


# A Portuguese name's particle between two surnames ("Lopes da Silva") and the tilde of Portuguese spelling (João)
PORTUGUESE_PARTICLE = re.compile(r"\b[A-Z][^\W\d_]+ d(?:a|as|o|os) [A-Z]")
PORTUGUESE_TILDE = re.compile(r"[ãõÃÕ]")


def mothers_surname_first(doc: Document) -> bool:
    """Are the text's names Portuguese, the mother's surname before the father's: a particle between two surnames
    ("Joana Lopes da Silva") and a tilde ("João") in the names of its people?"""
    names = [m.text for e in doc.entities if e.type == "PER" for m in e.mentions if m.kind == "PROP"]
    return any(PORTUGUESE_PARTICLE.search(n) for n in names) and any(PORTUGUESE_TILDE.search(n) for n in names)


INITIAL = re.compile(r"[A-Z]\.")


def join_called_kin(doc: Document) -> None:
    """A parent's kin word used as a name in a story told of others ("Papà", "Mamá", "Far") is the one named
    person who, by the relations found, is that parent of those who say it: "Papà", said by Lucia, is
    Giuseppe Marchetti once "his daughter Lucia Marchetti" makes him her father. (The narrator's own are
    coreference's: "Mama" is "my mother".)"""
    terms, kin = relation_terms(), unique_kin()
    people = [e for e in doc.entities if e.type == "PER"]
    # (an initial beside it is a letter's signature: "M.")
    called = [e for e in people if not e.is_narrator and (names := [m for m in e.mentions if m.kind != "PRON"])
              and all(m.kind == "PROP" and (m.text.lower() in kin or INITIAL.fullmatch(m.text)) for m in names)]
    if not called:
        return
    facts = kinship_facts(doc)
    named = {e.id: e for e in people if e not in called and any(m.kind == "PROP" for m in e.mentions)}
    attributed = sorted((q for q in doc.quotes if q.speaker), key=lambda q: q.start)
    index = QuoteIndex(attributed)
    narrator = next((e.id for e in people if e.is_narrator), None)
    gone: dict[str, str] = {}
    for entity in called:
        words = {m.text.lower() for m in entity.mentions if m.kind == "PROP" and not INITIAL.fullmatch(m.text)}
        term = terms.get(words.pop()) if len(words) == 1 else None
        if term is None or term.predicate != "parent_of" or term.inverse or term.gender not in ("he", "she"):
            continue
        callers = {attributed[k].speaker for m in entity.mentions if (k := index.at(m.start)) is not None}
        callers -= {entity.id}
        if not callers or narrator in callers:
            continue
        # (callers whose parent no relation names say nothing; those whose parent it names must agree)
        parents = {n for n, person in named.items() for caller in callers if (n, "parent_of", caller) in facts
                   and person.gender == term.gender and not catholic_priest(person)}
        if len(parents) == 1:
            (parent,) = parents
            merge_into(named[parent], entity)
            gone[entity.id] = parent
    doc.replace_entities(gone)


def join_teknonyms(doc: Document) -> None:
    """A person known only by a teknonym ("Abu Hassan", "Mama Tunde") is the one named parent of that sex
    the relations find besides for that child: what the neighbours call Abd al-Rahman Mansour, the
    father of Hassan. Not the narrator, where the narration uses it: a memoir's "I" is not "Baba Sofija"
    in its own words (a Macedonian grandmother, where the name she shares is her great-granddaughter's)."""
    people = [e for e in doc.entities if e.type == "PER"]
    named = {e.id: e for e in people if any(m.kind == "PROP" and teknonym(m.text) is None for m in e.mentions)}
    # (not a name the text also writes the other way round: "Mai Xiong" and "Xiong Mai", a Hmong woman's own)
    folded = doc.text.lower()
    called = {e.id: e for e in people if e.id not in named and any(m.kind == "PROP" for m in e.mentions)
              and not any(m.kind == "PROP" and " ".join(reversed(teknonym(m.text))) in folded for m in e.mentions)}
    facts = kinship_facts(doc)
    narration = outside_quotes([(q.start, q.end) for q in doc.quotes])
    gone: dict[str, str] = {}
    for entity_id, entity in called.items():
        children = {b for a, predicate, b in facts if a == entity_id and predicate == "parent_of"}
        told = any(m.kind == "PROP" and narration(m.start) for m in entity.mentions)
        fits = {n for n in named for child in children if (n, "parent_of", child) in facts
                and named[n].gender == entity.gender != "unknown" and not (told and named[n].is_narrator)}
        if len(fits) == 1:
            (fit,) = fits
            merge_into(named[fit], entity)
            gone[entity_id] = fit
    doc.replace_entities(gone)


def pronoun_sex(person) -> str | None:
    """The sex two thirds or more of a person's third-person pronouns tell, if any."""
    said = Counter(PRONOUN_GENDER[m.text.lower()] for m in person.mentions
                   if m.kind == "PRON" and m.text.lower() in PRONOUN_GENDER)
    sex, n = said.most_common(1)[0] if said else (None, 0)
    return sex if n and n >= 2 * sum(said.values()) / 3 else None


def kin_of_the_other_sex(person: Entity, gender: str) -> bool:
    """Is the person described by a kin word of the other sex ("Beppe, Sjoerd's mother"): no one's "father", whatever
    gender the pronouns, misread, gave them?"""
    other = {"he": "she", "she": "he"}.get(gender)
    return other is not None and any(
        m.kind == "NOM" and (term := relation_terms().get(m.text.lower().split()[-1])) is not None
        and term.predicate in KIN_PREDICATES and term.gender == other for m in person.mentions)


def join_described_kin(doc: Document) -> None:
    """A person the text knows only by a kin description ("her father", "his sister") is the one
    named person who stands so to the same person by the relations found: "her father", where she
    is Aziza, is Abd al-Rahman Mansour when "their daughter Aziza" makes him her one named father.
    Their quotations, scenes, events and relations go to that person."""
    named = {e.id: e for e in doc.entities if e.type == "PER" and any(m.kind == "PROP" for m in e.mentions)}
    described = {e.id: e for e in doc.entities if e.type == "PER" and not e.is_narrator and e.id not in named}
    facts = kinship_facts(doc)
    roles: dict[str, set[tuple[str, str]]] = {}
    narrator = next((e.id for e in doc.entities if e.is_narrator), None)
    for a, predicate, b in facts:
        # (the narrator's own kin are coreference's to join: "my mother" and "Mama")
        if a in described and b not in described and b != narrator:
            roles.setdefault(a, set()).add((predicate, b))
    gone: dict[str, str] = {}
    surnames = {n: family_names(e) for n, e in named.items()}
    two = {n: pair for n, e in named.items() if n != narrator and (pair := two_surnames(e)) is not None} \
        if roles else {}
    mother_first = bool(two) and mothers_surname_first(doc)
    # (no wife or mother is a Miss: Juffrouw Van der Meer)
    misses = {n for n, e in named.items() if any(parse_name(m.text).standing == "unmarried"
                                                 for m in e.mentions if m.kind == "PROP")} if roles else set()
    # whom each person stands in kinship to by the facts (read both ways), and their parents and siblings, to
    # tell a wife from a daughter once parents are joined
    related: dict[str, set[str]] = {}
    kin_of: dict[str, set[str]] = {}
    for a, predicate, b in facts:
        related.setdefault(a, set()).add(b)
        if predicate in ("child_of", "sibling_of"):
            kin_of.setdefault(a, set()).add(b)
    parents: dict[tuple[str, str], str] = {}    # (child, gender) -> the one their described parent was joined to

    def order(item):
        # parents and children first, so that a wife is told from a daughter; of them the best known first, so
        # that "her father" known as Willem's brother is joined before one known only as her father; and in
        # text order, whatever order the facts' set gives
        entity_id, stands = item
        return (any(p == "spouse_of" for p, _ in stands), -len(stands),
                min(m.start for m in described[entity_id].mentions))
    for entity_id, stands in sorted(roles.items(), key=order):
        # (one parent, child or spouse of someone, maybe a sibling or in-law of others: "her father", the
        # brother of Willem; said of two people, nobody in particular)
        main = [stand for stand in stands if stand[0] in ("parent_of", "child_of", "spouse_of")]
        if len(stands) != 1 and len(main) != 1:
            continue
        ((predicate, whom),) = stands if len(stands) == 1 else main
        gender = described[entity_id].gender      # "her father" is a man: so must be the one named
        # (a Catholic priest, "Father Cirilo", is nobody's "her father": one wrong turn of speech, "Ignacio, my
        # son", may make him so in the family tree)
        fits = [n for n in named if n != whom and (n, predicate, whom) in facts and named[n].gender == gender
                and not (predicate == "parent_of" and catholic_priest(named[n]))
                and not kin_of_the_other_sex(named[n], gender)]
        spoken = any(m.text.lower().startswith(SPEAKERS_OWN) for m in described[entity_id].mentions)
        if not fits and predicate == "parent_of" and (whom, gender) in parents and not spoken:
            fits = [parents[whom, gender]]      # her one father, found by another "her father"
        # (a wife who bears her husband's surname has parents of another: Bunruean Srisuwan's mother is a
        # Phetrung, and the Srisuwan woman is her daughter)
        married = whom in named and named[whom].gender == "she" \
            and any(surnames.get(b if a == whom else a, set()) & surnames[whom]
                    for a, p, b in facts if p == "spouse_of" and whom in (a, b))
        if not fits and whom in named and surnames[whom] and gender in ("he", "she") \
                and not (predicate == "parent_of" and married) and not spoken:
            # no relation found: the one named person of that sex who bears their surname and stands in no
            # other kinship to them, nor any to the one described ("her father" of Johanna van der Meer is
            # Hendrik van der Meer, not Willem, who is "her father's younger brother")
            linked = set(related.get(entity_id, ()))
            if predicate in ("spouse_of", "parent_of"):
                linked |= misses
            if predicate == "spouse_of":
                # (nor is a wife her husband's daughter or sister by the joins made so far)
                linked |= {n for n in named if whom in {gone.get(x, x) for x in kin_of.get(n, ())}}
            # (nor one already their kin, as what a description joined so far was: "his daughter" made Nomsa
            # Makhaya Jacob Makhaya's daughter, so she is no "his mother" of his)
            kin_of_whom = {gone.get(a, a) for a, p, b in facts if b == whom and (p != predicate or a not in gone)}
            bearers = [n for n in named if n != whom and n != narrator and n not in linked
                       and surnames[n] & surnames[whom] and n not in kin_of_whom]
            # (a bearer of unknown sex whom the pronouns mostly make one of that sex counts too: "his wife" of
            # Siaosi Lolohea is not Sister Mele Lolohea where Lesieli Lolohea is mostly "she")
            fits = [n for n in bearers if named[n].gender == gender
                    or named[n].gender == "unknown" and pronoun_sex(named[n]) == gender]
            # (where two surnames tell it, they come first: Teresa Serra is the mother of Jaume Vidal i Serra,
            # no wife of his)
            told = [n for n in by_two_surnames(predicate, gender, whom, named, two, mother_first) if n not in linked]
            if len(told) == 1 or mother_first and predicate == "parent_of" and whom in two and two[whom][1]:
                fits = told     # (Portuguese names: the parents' surnames are told, and a shared one is no sign)
        if len(fits) == 1:
            merge_into(named[fits[0]], described[entity_id])
            gone[entity_id] = fits[0]
            if predicate == "parent_of":
                parents[whom, gender] = fits[0]
    doc.replace_entities(gone)
