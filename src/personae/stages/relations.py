"""Relations between people, each with its evidence span and a confidence.

The vocabulary (lang/en/relation_terms.tsv and relation_verbs.tsv):
  kinship   parent_of, child_of, sibling_of, spouse_of, relative_of, in_law_of
  social    friend_of, colleague_of
  hierarchy works_for, subordinate_of, member_of (an organisation)
  events    met, died, arrested, dismissed, appointed, exiled_or_sent_away,
            under_surveillance_by
"X parent_of Y": X is Y's parent. sibling_of, spouse_of, relative_of, in_law_of,
friend_of, colleague_of and met are symmetric and stored once, as stated. For the
biographical events the subject is the person it happened to, the object the
other party ("arrested by Kessler"), else the place or organisation named with
it ("died in Kotlas"), else the subject itself.

Relation nouns are read from the text around person mentions: "X's sister Y",
"Y, X's sister", "my/his/her/our sister Y", "Y is X's sister", "Y, the sister of
X", "Y, one of X's men". "My" is the narrator outside quotations and the
speaker inside one (once quotes have speakers). "His"/"her" is the one person of
that gender named in the sentence or the one before; when two fit, no relation
is drawn and an `unresolved_reference` finding says so. A name set off by commas
is no apposition when a list goes on after it ("my mother, Tomáš on his stick, Hana
and I"), nor when its gender is not the noun's, nor a name that opens a quotation
(“Comrade Director, my brother…” addresses him). Verbs are read from the
dependency parse ("X married Y", "X was arrested", "X and Y were married", "X was
married to Y"); a negated verb states nothing.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from personae.lang.en import RelationTerm, relation_modifiers, relation_terms, relation_verbs
from personae.model import Document, Evidence, Finding, Relation
from personae.stages import stage
from personae.stages.events import Chronology, EntityIndex, subject_of
from personae.stages.quotes import outside_quotes
from personae.stages.scenes import LOCATIVE, PLACE_TYPES

# Events that befall one person: with no other party or place named, the object is the subject.
ONE_PERSON_EVENTS = {"died", "arrested", "dismissed", "appointed", "exiled_or_sent_away"}
SYMMETRIC = {"sibling_of", "spouse_of", "relative_of", "in_law_of", "friend_of", "colleague_of", "met"}
FIRST_PERSON = {"my", "our"}
# After a name set off by a comma, a list going on ("my mother, Tomáš on his stick, Hana and I"):
# the name is one of several, not the relation noun's apposition.
ENUMERATION = re.compile(r"(?:\s+[a-z]+){0,4}\s*,\s*(?:and\s+)?(?:I\b|[A-Z][\w-]*\b(?!['’]s))")
ADDRESS_WORDS = {"sir", "madam", "madame", "ma'am", "miss", "mister", "sire", "dear", "darling", "my dear",
                 "my lord", "my lady", "your honour", "your honor", "your majesty", "your excellency"}
# Verbs under a modal or "to" state what might, should or was meant to happen, not what did.
IRREALIS = {"should", "would", "could", "might", "may", "must", "can", "shall", "will", "'d", "to"}
PRONOUN_GENDER = {"his": "he", "her": "she", "their": ""}
LOOKBACK_SENTENCES = 1
PRONOUN_DISCOUNT = 0.6
FIRST_PERSON_PRONOUNS = {"i", "me", "we", "us"}


@dataclass
class Phrase:
    """A relation noun with its possessor: "Vera's husband", "my elder sister", "the father of X"."""
    start: int
    end: int
    term: RelationTerm
    possessor: str | None        # entity id, once resolved
    pronoun: str | None          # my/his/her/our/their, when the possessor is a pronoun
    pronoun_start: int = -1
    possessor_span: tuple[int, int] | None = None


@dataclass(order=True)
class PersonMention:
    start: int
    end: int
    entity: str
    kind: str = "PROP"


def term_pattern() -> str:
    terms = "|".join(re.escape(t) for t in sorted(relation_terms(), key=len, reverse=True))
    modifiers = "|".join(re.escape(m) for m in sorted(relation_modifiers(), key=len, reverse=True))
    # Not "my wife's brother": there the noun owns the relation instead of naming it.
    return rf"(?:(?:{modifiers})\s+)*(?P<term>{terms})\b(?!['’]s\b)"


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
        self.genders = {e.id: ("" if e.gender == "unknown" else e.gender) for e in doc.entities}
        self.persons = sorted(PersonMention(m.start, m.end, e.id, m.kind) for e in doc.entities
                              if e.type == "PER" for m in e.mentions if m.kind != "PRON")
        self.person_starts = [p.start for p in self.persons]
        self.person_ends = sorted((p.end, i) for i, p in enumerate(self.persons))
        self.sentences = [(s.start_char, s.end_char) for s in doc.parse.sents]
        self.sentence_starts = [s for s, _ in self.sentences]
        self.relations: list[Relation] = []
        self.findings: list[Finding] = []
        self.seen: set[tuple] = set()
        # (predicate, object) -> subjects: who is already known as the narrator's father, ...
        self.holders: dict[tuple[str, str], set[str]] = {}

    # -- helpers ---------------------------------------------------------------------------------
    def add(self, subject: str, predicate: str, obj: str, start: int, end: int, confidence: float,
            time: str | None = None) -> None:
        key = (subject, predicate, obj, time)
        if subject == obj and predicate in SYMMETRIC or key in self.seen:
            return
        if predicate in SYMMETRIC and (obj, predicate, subject, time) in self.seen:
            return
        self.seen.add(key)
        self.holders.setdefault((predicate, obj), set()).add(subject)
        self.relations.append(Relation(subject=subject, predicate=predicate, object=obj,
                                       evidence=Evidence(start, end), confidence=confidence, time=time))

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

    # -- relation nouns --------------------------------------------------------------------------
    def phrases(self) -> list[Phrase]:
        """Every relation noun with a possessor, named or pronominal, in text order."""
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
                                  possessor_span=(person.start, person.end)))
        for m in re.finditer(rf"\b(?P<pron>my|our|his|her|their)\s+{body}", self.text, re.IGNORECASE):
            out.append(Phrase(m.start(), m.end(), terms[m.group("term").lower()], None, m.group("pron").lower(),
                              pronoun_start=m.start()))
        for m in re.finditer(rf"\bthe\s+{body}\s+of\s+", self.text, re.IGNORECASE):
            person = self.person_starting(m.end())
            if person:
                out.append(Phrase(m.start(), person.end, terms[m.group("term").lower()], person.entity, None,
                                  possessor_span=(person.start, person.end)))
        out.sort(key=lambda p: p.start)
        return out

    def named_person(self, phrase: Phrase) -> tuple[PersonMention | None, float]:
        """The person the relation noun names: after it, before it, or the copula's subject."""
        for whole in self.persons_starting(phrase.start):   # one mention "my sister Olga Lenz"
            rest = self.text[phrase.end:whole.end].lstrip(" ,")
            if whole.end > phrase.end and rest[:1].isupper() and whole.entity != phrase.possessor:
                return whole, 0.85
        after = re.compile(r"(,)?\s+").match(self.text, phrase.end)
        if after:
            person = self.person_starting(after.end())
            # Without a comma only a name can follow: "my sister Vera", not "her uncle everybody".
            named = person is not None and (after.group(1) or person.kind == "PROP")
            if named and person.entity != phrase.possessor and not self.is_vocative(person) \
                    and not (after.group(1) and ENUMERATION.match(self.text, person.end)) \
                    and self.genders.get(person.entity, "") in ("", phrase.term.gender or self.genders[person.entity]):
                return person, 0.9
        before = re.compile(r"(?:,\s+(?:one\s+of\s+|who\s+(?:is|was)\s+)?"
                            r"|\s+(?:is|was|had\s+been|became|were|are)\s+(?:one\s+of\s+)?)$")
        window = self.text[max(0, phrase.start - 30):phrase.start]
        m = before.search(window)
        if m:
            person = self.person_ending(phrase.start - len(window) + m.start())
            if person and person.entity != phrase.possessor and not self.is_vocative(person):
                return person, 0.8
        return None, 0.0

    def is_vocative(self, person: PersonMention) -> bool:
        """A form of address ("My aunt, sir, ...", “Comrade Director, my brother…”) rather than a
        person being named."""
        opens_quote = not self.outside(person.start) and \
            not self.text[max(0, person.start - 3):person.start].strip(" “\"‘'«\n")
        return opens_quote or self.text[person.start:person.end].lower().strip(".") in ADDRESS_WORDS

    def resolve_pronoun(self, phrase: Phrase, named: str | None) -> str | None:
        """The possessor of my/our/his/her/their, or None (with a finding when ambiguous)."""
        start = phrase.pronoun_start
        if phrase.pronoun in FIRST_PERSON:
            return self.narrator if self.outside(start) else self.speaker_at(start)
        coref = self.index.at(start)
        if coref is not None and self.index.types.get(coref) == "PER" and coref in self.index.named:
            return coref
        want = PRONOUN_GENDER[phrase.pronoun]
        first = self.sentence_starts[max(self.sentence_of(start) - LOOKBACK_SENTENCES, 0)]
        lo = bisect.bisect_left(self.person_starts, first)
        hi = bisect.bisect_left(self.person_starts, start)
        candidates: dict[str, tuple[int, int]] = {}
        for person in self.persons[lo:hi]:
            if person.entity not in (named, self.narrator) and person.entity in self.index.named:
                candidates[person.entity] = (person.start, person.end)
        matching = [e for e in candidates if want and self.genders.get(e) == want]
        open_ = [e for e in candidates if not self.genders.get(e) or not want]
        if len(matching) == 1:
            return matching[0]
        pool = matching or open_
        if len(pool) == 1:
            return pool[0]
        if len(pool) > 1:
            self.findings.append(Finding(
                kind="unresolved_reference",
                message=f"'{self.text[start:phrase.end]}' could be that of "
                        + " or ".join(self.doc.entity(e).name for e in pool),
                entities=list(pool),
                evidence=[Evidence(start, phrase.end)] + [Evidence(*candidates[e]) for e in pool]))
        return None

    def find_noun_relations(self) -> None:
        phrases = self.phrases()
        pending: list[tuple[Phrase, PersonMention, float]] = []
        for phrase in phrases:
            person, confidence = self.named_person(phrase)
            if person is None:
                continue
            if phrase.term.gender:       # "Vera's husband, Mikhail": surer than a pronoun count
                self.genders[person.entity] = phrase.term.gender
            if phrase.pronoun in PRONOUN_GENDER:
                pending.append((phrase, person, confidence))
                continue
            if phrase.pronoun:
                phrase.possessor = self.resolve_pronoun(phrase, person.entity)
                confidence -= 0.05
            self.add_noun_relation(phrase, person, confidence)
        # Third-person possessors last, once the first pass has told who is "he" and who "she".
        for phrase, person, confidence in pending:
            phrase.possessor = self.resolve_pronoun(phrase, person.entity)
            self.add_noun_relation(phrase, person, confidence - 0.3)

    def add_noun_relation(self, phrase: Phrase, person: PersonMention, confidence: float) -> None:
        if phrase.possessor is None or phrase.possessor == person.entity:
            return
        start, end = min(phrase.start, person.start), max(phrase.end, person.end)
        if phrase.term.inverse:
            self.add(phrase.possessor, phrase.term.predicate, person.entity, start, end, confidence)
        else:
            self.add(person.entity, phrase.term.predicate, phrase.possessor, start, end, confidence)

    # -- verbs -----------------------------------------------------------------------------------
    def entity_of(self, token) -> str | None:
        """The entity a token names; "my father" is the person already known as the narrator's father."""
        entity = self.index.of_token(token)
        if entity is not None:
            return entity
        term = relation_terms().get(token.lower_)
        possessive = next((c for c in token.children if c.dep_ == "poss"), None)
        if term is None or possessive is None or term.inverse:
            return None
        if possessive.lower_ in FIRST_PERSON:
            owner = self.narrator if self.outside(possessive.idx) else self.speaker_at(possessive.idx)
        else:
            owner = self.index.of_token(possessive)
        known = {s for s in self.holders.get((term.predicate, owner), ())
                 if not term.gender or self.genders.get(s) in (term.gender, "")}
        return known.pop() if len(known) == 1 else None

    def sentence_time(self, token) -> str | None:
        """A date stated in the token's own sentence, nearest first."""
        start, end = self.sentences[self.sentence_of(token.idx)]
        starts = self.chronology.dated_starts
        dated = self.chronology.dated[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
        return min(dated, key=lambda t: abs(t.start - token.idx)).id if dated else None

    def find_verb_relations(self) -> None:
        table = relation_verbs()
        for verb in self.doc.parse:
            state = verb.pos_ == "ADJ"                 # "Vera was married to Mikhail"
            if verb.pos_ not in ("VERB", "AUX") and not state or verb.lemma_.lower() not in table:
                continue
            if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in IRREALIS)
                   for c in [*verb.children, *(verb.head.children if verb.dep_ == "acomp" else ())]):
                continue
            particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
            sense = next((s for s in table[verb.lemma_.lower()] if not s.particle or s.particle in particles),
                         None)
            if sense is not None:
                self.verb_relation(verb, sense)

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
        places = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in LOCATIVE | {"from"}
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
            named_places = [(t, e) for t in places if (e := self.index.of_token(t))
                            and self.index.types.get(e) in PLACE_TYPES + ("ORG",)]
            other = [e for _, e in named_places]
            tokens += [t for t, _ in named_places[:1]]
        time = self.sentence_time(verb)
        # A pronoun's person comes from coreference, which may be wrong.
        guessed = any(t.pos_ == "PRON" and t.lower_ not in FIRST_PERSON_PRONOUNS for t in whom)
        confidence = sense.confidence * (PRONOUN_DISCOUNT if guessed else 1.0)
        start = min(t.left_edge.idx if t in whom else t.idx for t in tokens)     # whole names: "Anna Petrova"
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


@stage("relations", requires=("entities", "times", "scenes"), assigns=("relations", "findings"))
def find_relations(doc: Document) -> Document:
    finder = RelationFinder(doc)
    finder.find_noun_relations()
    finder.find_verb_relations()
    doc.relations = finder.relations
    doc.findings = [f for f in doc.findings if f.kind != "unresolved_reference"] + finder.findings
    return doc
