"""English language data: honorifics, nicknames, how names get garbled, time words, relation words."""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


def alternation(words) -> str:
    """A regular-expression alternation of the words, escaped, the longest first (a word is tried
    before any shorter one it starts with: "Sept" after "September")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _word_set(name: str) -> frozenset[str]:
    """A one-word-a-line list (the first column of a table)."""
    return frozenset(row[0] for row in _rows(name))


def _rows(name: str) -> list[list[str]]:
    text = resources.files(__package__).joinpath(name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def honorifics() -> dict[str, str]:
    """Lower-case honorific (no final dot) -> gender it implies: he, she or ''."""
    return {word: ("" if gender == "-" else gender) for word, gender in _rows("honorifics.tsv")}


@lru_cache(maxsize=1)
def title_synonyms() -> dict[str, str]:
    """Lower-case title as written -> the office it names ("dr" -> doctor, "sargento" -> sergeant)."""
    return {word: office for word, office in _rows("title_synonyms.tsv")}


@lru_cache(maxsize=1)
def nicknames() -> dict[str, frozenset[str]]:
    """Lower-case nickname -> the full first names it can stand for."""
    return {nick: frozenset(full.split(",")) for nick, full in _rows("nicknames.tsv")}


@lru_cache(maxsize=1)
def known_given_names() -> frozenset[str]:
    """Given names the language data knows: the common given names, the nicknames and the full names
    they stand for."""
    return frozenset(given_names()) | frozenset(nicknames()) | frozenset().union(*nicknames().values())


@lru_cache(maxsize=1)
def variant_rules() -> dict:
    return json.loads(resources.files(__package__).joinpath("variants.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def name_parts() -> dict:
    return json.loads(resources.files(__package__).joinpath("name_parts.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def time_words() -> dict:
    """Month, season, weekday, number and unit words of time expressions (times.json)."""
    return json.loads(resources.files(__package__).joinpath("times.json").read_text("utf-8"))


@dataclass(frozen=True)
class RelationTerm:
    predicate: str
    inverse: bool          # True: "X's TERM Y" means X predicate Y, not Y predicate X
    gender: str            # implied for Y: he, she or ''


@lru_cache(maxsize=1)
def relation_terms() -> dict[str, RelationTerm]:
    """Lower-case kinship, social and hierarchy nouns -> the relation they state."""
    return {term: RelationTerm(pred, direction == "inverse", "" if gender == "-" else gender)
            for term, pred, direction, gender in _rows("relation_terms.tsv")}


# The predicates of kinship among the relation terms (not "friend", "colleague", "chief").
KIN_PREDICATES = frozenset({"parent_of", "child_of", "sibling_of", "spouse_of", "relative_of", "in_law_of"})


@lru_cache(maxsize=1)
def kin_terms() -> frozenset[str]:
    """The relation terms of kinship ("mother", "Chachaji", "brothers")."""
    return frozenset(w for w, term in relation_terms().items() if term.predicate in KIN_PREDICATES)


@dataclass(frozen=True)
class RelationVerb:
    predicate: str
    particle: str          # "" or the particle the verb needs ("send away")
    patient_first: bool    # the relation's subject is the verb's object (arrested, dismissed, ...)
    confidence: float


@lru_cache(maxsize=1)
def relation_verbs() -> dict[str, list[RelationVerb]]:
    """Verb lemma -> the relations or biographical events it states."""
    table: dict[str, list[RelationVerb]] = {}
    for lemma, pred, subject, confidence in _rows("relation_verbs.tsv"):
        verb, _, particle = lemma.partition(" ")
        table.setdefault(verb, []).append(RelationVerb(pred, particle, subject == "patient", float(confidence)))
    return table


@lru_cache(maxsize=1)
def relation_modifiers() -> frozenset[str]:
    """Adjectives allowed between a possessive and a relation term ("my elder sister")."""
    return _word_set("relation_modifiers.txt")


@lru_cache(maxsize=1)
def event_nouns() -> dict[str, str]:
    """Event nouns -> the verb lemma of the same event (meeting -> meet)."""
    return {noun: verb for noun, verb in _rows("event_nouns.tsv")}


@lru_cache(maxsize=1)
def speech_verbs() -> dict[str, str]:
    """Lemma of a verb that tags a quotation -> the kind it makes: speech, thought or written."""
    return {lemma: kind for lemma, kind, _ in _rows("speech_verbs.tsv")}


@lru_cache(maxsize=1)
def speech_verb_forms() -> dict[str, str]:
    """Every word form of a speech verb (said, asks) -> its lemma."""
    return {form: lemma for lemma, _, forms in _rows("speech_verbs.tsv") for form in forms.split(",")}


@lru_cache(maxsize=1)
def written_nouns() -> frozenset[str]:
    """Nouns for written texts (letter, headline): what they introduce is written, not spoken."""
    return _word_set("written_nouns.tsv")


@lru_cache(maxsize=1)
def sent_nouns() -> frozenset[str]:
    """The written texts one person sends another (letter, telegram): whose it is, wrote it."""
    return frozenset(row[0] for row in _rows("written_nouns.tsv") if row[1:] == ["sent"])


@lru_cache(maxsize=1)
def authored_nouns() -> frozenset[str]:
    """The written texts whose owner wrote them: those one sends (letter) and those one keeps or files (diary,
    report): "Pemberton's diary", "Harold Bramwell's own report"."""
    return frozenset(row[0] for row in _rows("written_nouns.tsv") if row[1:] in (["sent"], ["kept"]))


@lru_cache(maxsize=1)
def gendered_nouns() -> dict[str, str]:
    """Person noun -> the gender it tells: he, she or they."""
    return {noun: gender for noun, gender in _rows("gendered_nouns.tsv")}


@lru_cache(maxsize=1)
def elisions() -> frozenset[str]:
    """Words written with a leading apostrophe (’tis, ’em) that open no quotation."""
    return _word_set("elisions.tsv")


@lru_cache(maxsize=1)
def motion_verbs() -> frozenset[str]:
    """Verb lemmas of moving to another place (a new scene when a paragraph opens with one)."""
    return _word_set("motion_verbs.txt")


@lru_cache(maxsize=1)
def overhearing_verbs() -> frozenset[str]:
    """Verb lemmas of taking in a talk from outside it (hear, overhear): the hearer leads no quote."""
    return _word_set("overhearing_verbs.txt")


@lru_cache(maxsize=1)
def reply_verbs() -> frozenset[str]:
    """Speech-verb lemmas of answering (reply, retort): the one who answers spoke not just before."""
    return _word_set("reply_verbs.txt")


@lru_cache(maxsize=1)
def not_speakers() -> frozenset[str]:
    """Nouns a speech verb can have as subject that are no person ("said a voice")."""
    return _word_set("not_speakers.txt")


@lru_cache(maxsize=1)
def unique_kin() -> frozenset[str]:
    """Kinship nouns one has only one of at a time ("my mother", not "my brother")."""
    return _word_set("unique_kin.txt")


@lru_cache(maxsize=1)
def role_titles() -> frozenset[str]:
    """Titles of an office or rank that "the TITLE" names when one person bears it ("the director")."""
    return _word_set("role_titles.txt")


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Nouns that say only that someone is a person ("man", "stranger"), not their calling."""
    return _word_set("person_nouns.txt")


@lru_cache(maxsize=1)
def group_words() -> dict[str, str]:
    """Lower-case words that make a name an organisation or a state -> that type (group_words.tsv)."""
    return {word: etype for word, etype in _rows("group_words.tsv")}


@lru_cache(maxsize=1)
def place_of_nouns() -> frozenset[str]:
    """Nouns whose "of X", "to X", "from X" names a place ("the curé of Prissé", "the road to Mâcon")."""
    return _word_set("place_of_nouns.txt")


@lru_cache(maxsize=1)
def place_nouns() -> frozenset[str]:
    """Nouns of places where something happens ("at the theatre")."""
    return _word_set("place_nouns.txt")


@lru_cache(maxsize=1)
def vessel_nouns() -> frozenset[str]:
    """Words for a ship ("the schooner", "the whaler"), whose name follows them (name_parts.json)."""
    return frozenset(name_parts()["vessel_nouns"])


@lru_cache(maxsize=1)
def name_equivalents() -> dict[str, int]:
    """A given name without diacritics -> the number of the name it is a form of in another language
    (name_equivalents.tsv: John, Ivan, János and Jan are one name)."""
    return {unaccented(form): k for k, (forms, *_) in enumerate(_rows("name_equivalents.tsv"))
            for form in forms.split(",")}


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Lower-case common given name -> the gender it tells: he or she. A pet name of the nickname
    table tells the gender of the full names it stands for, where they agree ("Paco": Francisco)."""
    names = {name: gender for name, gender in _rows("given_names.tsv")}
    for nick, fulls in nicknames().items():
        genders = {names.get(full) for full in fulls}
        if nick not in names and len(genders) == 1 and None not in genders:
            names[nick] = genders.pop()
    for name, gender in list(names.items()):
        names.setdefault(unaccented(name), gender)     # translations often drop the accents: "Ramon", "Asuncion"
    return names


def unaccented(word: str) -> str:
    """The word in lower case without diacritics: Procházka gives 'prochazka', Łukasz 'lukasz'."""
    folds = variant_rules()["folds"]
    folded = "".join(folds.get(c, c) for c in word.lower())
    return "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
