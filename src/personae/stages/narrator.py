"""The narrator: the first-person voice outside quotations, named when the text says who.

"My name is Anna Petrova", "call me Ishmael", "I was born Zubaida Hashmi", "I, Anna Petrova," or "at school I was
Petrova." name the narrator, and so does the signature of the letters a novel in letters is made of ("Your loving
sister, / Werka" closing two of them, or the text's one); otherwise the narrator is an unnamed person entity of its
own. Every I/me/my outside quotations becomes a PRON mention of the narrator.
"""
from __future__ import annotations

import re

from personae.model import Document, Entity, Mention
from personae.stages import stage
from personae.stages.aliases import cluster_aliases, made_of_titles
from personae.stages.entities import canonical_text, count_aliases, renumber
from personae.stages.quotes import (CLOSING_MARKS, OPENING_MARKS, VALEDICTION, VALEDICTION_REACH, QuoteIndex,
                                    outside_quotes, valediction_ok)

FIRST_PERSON = {"i", "me", "my", "mine", "myself"}
THIRD_PERSON = {"he", "him", "his", "she", "her", "hers", "they", "them"}
SELF_NAMING = re.compile(r"\b(?:my name (?:is|was)|call me|I am called|I was called|called me"
                         r"|I was (?:born|christened|bapti[sz]ed|named))\s+$|\bI,\s*$",
                         re.IGNORECASE)
# "At the faculty I was Figueiredo.": a name the narrator says they were, closing its clause (not "I was
# Tom's age", nor "I was Anna Karenina in the school play" told on)
SELF_NAMING_BY_BE = re.compile(r"\bI (?:was|am)\s+$")
# "‘What is your name?’ / ‘Kamal Vishnu Gokhale,’ I said": a name the narrator answers with when asked for one.
# (or who one is: ‘And you are?’, ‘Who are you?’)
WHO_ONE_IS = r"\b(?:and\s+)?(?:you\s+are|who\s+are\s+you)\s*\?\W*$"
ASKS_A_NAME = re.compile(r"(?i)\b(?:sur)?names?\b[^“”\"‘’]*\?\W*$|" + WHO_ONE_IS)
# How many quotes back, with no more narration between two of them than this, the question may be: a clerk's
# "Name?" answered for the husband first, then the wife's name.
ASKED_QUOTES_BACK = 6
ASKED_NARRATION_GAP = 200
THE_NARRATOR_SAYS = re.compile(r"\W*(?:I\s+(?:said|answered|replied|told\s+\w+)|said\s+I)\b")
# (or the clause going on with when or to whom: "and I was Annaig before I could walk", "I was Gulya to everyone")
CLAUSE_END = re.compile(r"\s*[.;,!?]|\s+(?:before|until|till|since|to)\b")
MY_SPOUSE = re.compile(r"\b[Mm]y\s+(husband|wife)\b")
SPOUSE_SEX = {"husband": "she", "wife": "he"}
# First-person pronouns per third-person pronoun, outside quotes, above which the text is narrated in the first person.
MIN_FIRST_PERSON = 3
MIN_RATIO = 0.15


@stage("narrator", requires=("entities", "quotes"), assigns=("entities",))
def find_narrator(doc: Document) -> Document:
    outside = outside_quotes([(q.start, q.end) for q in doc.quotes])
    first, third = [], 0
    for token in doc.parse:
        low = token.lower_
        if low in FIRST_PERSON and outside(token.idx) and (low != "i" or token.text == "I"):
            first.append(Mention(start=token.idx, end=token.idx + len(token.text), text=token.text, kind="PRON"))
        elif low in THIRD_PERSON and outside(token.idx):
            third += 1
    if len(first) < MIN_FIRST_PERSON or len(first) < MIN_RATIO * third:
        return doc
    narrator = named_narrator(doc, outside)
    if narrator is None:
        narrator = Entity(id="", type="PER", name="the narrator")
        doc.entities.append(narrator)
    narrator.is_narrator = True
    if narrator.gender not in ("he", "she"):
        narrator.gender = spouses_sex(doc.text, outside) or narrator.gender
    narrator.mentions = sorted(narrator.mentions + first, key=lambda m: m.start)
    narrator.aliases = count_aliases(narrator.mentions, frozenset(a.text for a in narrator.aliases if a.variant))
    renumber(doc)
    return doc


def spouses_sex(text: str, outside) -> str | None:
    """The narrator's sex as their spouse's word in the narration tells it, where it tells only one: "my
    husband's watch" is a wife's, "my wife" a husband's."""
    said = {SPOUSE_SEX[m.group(1).lower()] for m in MY_SPOUSE.finditer(text) if outside(m.start())}
    return said.pop() if len(said) == 1 else None


def named_narrator(doc: Document, outside) -> Entity | None:
    """The entity the narrator names themself as; a name so given is a person whatever its tag, but not one of
    titles alone ("He called me Senhor Doutor": what the narrator is called, not their name). The other people
    of names the narrator gives as theirs ("To my mother I was Gulya", "she called me Gulka") join it."""
    quotes = QuoteIndex(doc.quotes)
    signatures = letter_signatures(doc.text, outside)
    found = next((m for e in doc.entities for m in e.mentions if self_named(doc, outside, quotes, m, signatures)),
                 None)
    if found is None:
        return None
    narrator = next(e for e in doc.entities if found in e.mentions)
    if narrator.type != "PER":
        narrator.type = "PER"
        cluster_aliases(doc)  # the new person may have other names already seen
        narrator = next(e for e in doc.entities if found in e.mentions)
    others = [e for e in doc.entities if e is not narrator and e.type == "PER"
              and any(self_named(doc, outside, quotes, m, signatures) for m in e.mentions)]
    gone = set()
    for other in others:
        # "There were two Gölsems … The other was Gölsem Sabirova": a fuller name of another surname than
        # the narrator's stays someone else's, with what only it says
        words = name_words(narrator)
        keep, theirs = [], []
        for m in other.mentions:
            (keep if someone_elses(words, m) else theirs).append(m)
        narrator.mentions = sorted(narrator.mentions + theirs, key=lambda m: m.start)
        other.mentions = keep
        if keep:
            other.aliases = count_aliases(keep)
            other.name = canonical_text(other)
        else:
            gone.add(id(other))
    doc.entities = [e for e in doc.entities if id(e) not in gone]
    return narrator


def name_words(narrator: Entity) -> set[str]:
    """The words of the narrator's names of two words or more, in small letters."""
    return {w.lower() for m in narrator.mentions if m.kind == "PROP" and len(m.text.split()) > 1
            for w in m.text.split()}


def someone_elses(narrators_words: set[str], mention: Mention) -> bool:
    """A name of two words or more that ends in a surname none of the narrator's names (`name_words`) has."""
    words = mention.text.split()
    if mention.kind != "PROP" or len(words) < 2 or made_of_titles(mention.text):
        return False
    return bool(narrators_words) and words[-1].lower() not in narrators_words


def self_named(doc: Document, outside, quotes: QuoteIndex, mention: Mention, signatures: set[str]) -> bool:
    """Does the narrator give the name of the mention as theirs ("My name is …", "they called me …", "at
    school I was Petrova.", as the whole answer to one asking for a name, or signing the letters the narration
    is)?"""
    if mention.kind != "PROP" or made_of_titles(mention.text):
        return False
    if not outside(mention.start):
        return answers_a_name_question(doc, quotes, mention)
    if mention.text in signatures:
        return True
    before = doc.text[max(0, mention.start - 30):mention.start]
    return bool(SELF_NAMING.search(before) or SELF_NAMING_BY_BE.search(before)
                and CLAUSE_END.match(doc.text, mention.end))


# Letters of the narration a name must sign to be the narrator's, unless one letter closes the text
MIN_SIGNED_LETTERS = 2


def letter_signatures(text: str, outside) -> set[str]:
    """The names that sign letters of the narration, on the line of their valediction or the one under it
    ("Your loving sister, / Werka"), not set in as a letter the narration quotes: each signing two letters or
    more, or the one letter that closes the text."""
    signed: dict[str, int] = {}
    for line in re.finditer(r"^(?=\S)[^\n]+$", text, re.MULTILINE):
        start = max(text.rfind("\n\n", 0, line.start()) + 2, line.start() - VALEDICTION_REACH)
        ending = VALEDICTION.search(text[start:line.end()])
        if ending and ending.group("name") and valediction_ok(ending) and outside(line.start()) \
                and start + ending.start("name") >= line.start():
            name = ending.group("name").rstrip(".")
            closes_the_text = not text[line.end():].strip()
            signed[name] = signed.get(name, 0) + (MIN_SIGNED_LETTERS if closes_the_text else 1)
    return {name for name, letters in signed.items() if letters >= MIN_SIGNED_LETTERS}


def answers_a_name_question(doc: Document, quotes: QuoteIndex, mention: Mention) -> bool:
    """A quote the narrator says ("…,’ I said") that is the mention alone, in a talk where a quote just before
    asks for a name (right before it, or, for a full name, a few quotes back with little narration between)."""
    k = quotes.at(mention.start)
    if k is None or k == 0:
        return False        # (no quotation before it to ask)
    start, end = quotes.spans[k]
    before, after = doc.text[start:mention.start], doc.text[mention.end:end]
    if before.strip(OPENING_MARKS + " \n") or after.strip(",." + CLOSING_MARKS + " \n") \
            or THE_NARRATOR_SAYS.match(doc.text, end) is None:
        return False
    back = ASKED_QUOTES_BACK if len(mention.text.split()) > 1 else 1
    for j in range(k - 1, max(-1, k - 1 - back), -1):
        asked_start, asked_end = quotes.spans[j]
        if ASKS_A_NAME.search(doc.text, asked_start, asked_end) is not None:
            return True
        if len(doc.text[asked_end:quotes.spans[j + 1][0]].strip()) > ASKED_NARRATION_GAP:
            return False
    return False
