"""Entities: turn the recognised mention spans into entities.

Reads doc.parse.spans["mentions"] (labels KIND_TYPE, e.g. PROP_PER, NOM_GPE) and
makes one entity per distinct name: proper names by their normalised form,
definite common nouns ("the porter") by their text, every other common-noun
mention ("a man", "his sister") an entity of its own. People's name forms are
joined into persons by the aliases stage.
"""
from __future__ import annotations

import math
import re

from collections import Counter, defaultdict
from functools import lru_cache

from personae.lang.en import (alternation, given_names, group_words, honorifics, kin_terms, known_given_names,
                              motion_verbs, name_parts, person_nouns, place_nouns, place_of_nouns, relation_terms,
                              role_titles, speech_verbs, time_words, unique_kin, vessel_nouns)
from personae.model import Alias, Document, Entity, Mention
from personae.stages import stage
from personae.stages.quotes import outside_quotes, quote_spans, token_window

MAX_ALIAS_WORDS = 5     # a longer description is a passing one, no alias
DETERMINERS = {"the", "a", "an", "this", "that", "my", "our", "your", "his", "her", "their"}
LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
POSSESSIVE = re.compile(r"['’]s?$")
DEFINITE = re.compile(r"^(the|this|that)\s+", re.IGNORECASE)
OPENING_MARKS = re.compile(r"^[\s“\"«„]+")
CLOSING_MARKS = re.compile(r"(?:[\s.,;:!?]*[”\"»]+)?\s*$")
# "all" before one person's description ("all my mother", not "all my brothers")
ALL_OF_ONE = re.compile(r"(?i)(all\s+)(?:my|his|her|our|their|your)\s+\w*[^s\W]$")
# a time before a name the recogniser ran into one description: "For | the rest of that season | Iain called her"
TIME_BEFORE_NAME = re.compile(r"(?:.*\s)?(?:season|summer|winter|spring|autumn|morning|evening|night|day|week|month|"
                              r"year|time)s?\s+(?=[^\W\d_a-z][^\W\d_]*(?:\s+[^\W\d_a-z][^\W\d_]*)*$)")
# (a closing mark never opens a mention, nor an opening one ends it: "» Aminat said")
LEADING_SPACE, TRAILING_SPACE = re.compile(r"^[\s”»]+"), re.compile(r"[\s“«„]+$")


# A clause set off after a mention: "my mother, who kept the soup warm", "the Signora, sitting down".
SET_OFF_CLAUSE = re.compile(r",\s+(?:who|whom|whose|which|that|\w+ing|\w+ed)\b")


def head_phrase(text: str) -> str:
    """A mention without the clause set off after it: "my mother, who kept the soup warm" -> "my mother"."""
    clause = SET_OFF_CLAUSE.search(text)
    return text[:clause.start()] if clause else text


def name_key(text: str, kind: str) -> str | None:
    """The key two mentions share when they name the same entity, or None for one-offs: a proper
    name by its form, a definite description ("the porter", also with a clause set off after it:
    "the minister, who had been cracking a walnut") or a kinship word used as a name ("Papa") by
    its text."""
    norm = " ".join((text if kind == "PROP" else head_phrase(text)).split()).lower()
    if kind == "PROP":
        return LEADING_ARTICLE.sub("", POSSESSIVE.sub("", norm))
    if DEFINITE.match(norm) and len(norm.split()) <= 4:
        return "the " + DEFINITE.sub("", norm)
    if text[:1].isupper() and norm in relation_terms():      # "Papa", "Mother" used as a name
        return "the " + norm
    words = head_phrase(text).split()
    if 1 < len(words) <= 3 and all(w[:1].isupper() for w in words) and words[0].lower() not in DETERMINERS \
            and norm.split()[-1] in relation_terms():       # "Big Uncle", "Second Brother" used as a name
        return "the " + norm
    return None


def mention_spans(parse) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, type) of every recognised mention, in text order, no duplicates."""
    seen, out = set(), []
    for span in parse.spans.get("mentions", []):
        kind, _, etype = span.label_.partition("_")
        text = span.text
        lead, trail = unpaired_marks(text)
        start, end = span.start_char + lead, span.end_char - trail
        if end <= start or (start, end, etype) in seen:
            continue
        seen.add((start, end, etype))
        out.append((start, end, kind, etype))
    out.sort()
    return out


def lower_case_names(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Without the people's names the recogniser found written all in lower case: "kerosene", "lorry",
    "mosquito" are things; a kinship word, a form of address or a person noun ("baba", "señora",
    "dominie") stays."""
    words = set(relation_terms()) | set(honorifics()) | person_nouns() | role_titles()
    return [(s, e, k, t) for s, e, k, t in spans
            if not (k == "PROP" and t == "PER" and text[s:e].islower() and text[s:e] not in words)]


def shouted_names(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A person's name in capitals (a telegram's "VERY ILL COME QUICKLY SONA", a notice's "SATURDAY
    TRAIN") is the longest run of its words that are names: names the text uses in ordinary writing
    ("SONA" of Sona bibi), given names of the language data, titles, initials; with none, no name: in
    capitals the recogniser cannot tell a name from the words around it. A letter's heading ("MR.
    VILLARS", "BARBARA PINKERTON") so stays whole, and a place in capitals (a house's "HOWARDS END")
    stays. Two names the text only ever writes apart ("SEENU MAHADEVA ARRESTED", of Seenu and of
    Mahadeva) are two people's names, not one."""
    def shouted(s: int, e: int) -> bool:
        return any(c.isalpha() for c in text[s:e]) and text[s:e].isupper() \
            and any(len(w) > 1 for w in re.findall(r"\w+", text[s:e]))
    ordinary = [re.findall(r"\w+", text[s:e].lower()) for s, e, k, _ in spans if k == "PROP" and not shouted(s, e)]
    named = {w for words in ordinary for w in words}
    written_together = {frozenset(pair) for words in ordinary for pair in zip(words, words[1:])}
    known = named | set(honorifics()) | set(given_names())

    def two_names(first: str, second: str) -> bool:
        first, second = first.lower().rstrip("."), second.lower().rstrip(".")
        return first in named and second in named and first not in honorifics() \
            and frozenset((first, second)) not in written_together

    def a_name(word: str) -> bool:
        return all(len(part) == 1 or part.lower() in known for part in re.findall(r"\w+", word))
    out = []
    for start, end, kind, etype in spans:
        if kind != "PROP" or etype != "PER" or not shouted(start, end):
            out.append((start, end, kind, etype))
            continue
        runs, run = [], []
        for word in re.finditer(r"[\w'’.-]+", text[start:end]):
            if a_name(word[0]):
                run.append(word)
            elif run:
                runs, run = runs + [run], []
        runs += [run] if run else []
        if runs:
            best = max(runs, key=len)
            cuts = [i for i in range(1, len(best)) if two_names(best[i - 1][0], best[i][0])]
            for begin, stop in zip([0] + cuts, cuts + [len(best)]):
                out.append((start + best[begin].start(), start + best[stop - 1].end(), kind, etype))
    return out


SENTENCE_BREAK = re.compile(r"(\w+)[.!?]\s+(?=[A-Z])")


@lru_cache(maxsize=256)
def abbreviated_title(word: str) -> bool:
    """A title written short, that takes a full stop: no vowel in it (Mr, Mrs, Dr, St) or the start
    of a longer title (Col of Colonel, Capt of Captain, Prof of Professor; not Haji of Hajiya)."""
    return not re.search(r"[aeiouy]", word) or any(len(t) - len(word) > 2 and t.startswith(word) for t in honorifics())


# The word before a name, set off by spaces only; a word
WORD_BEFORE, A_WORD = re.compile(r"(\w+) +$"), re.compile(r"\w+")


def closes_a_name(text: str, start: int, at: int) -> bool:
    """Is the title written in full at `at` the end of a name before it ("Hari Raya Haji. Aminah"), not the
    start of one ("Mr. Berg")?"""
    word = A_WORD.match(text, at)[0]
    before = WORD_BEFORE.search(text, max(0, at - 30), at)
    return not abbreviated_title(word.lower()) and before is not None and before[1][:1].isupper() \
        and before[1].lower() not in honorifics()


def split_at_sentence_breaks(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A proper name never runs over a sentence's end: "Good night, Mrs. Berg. Miss Karin." holds
    two names, where the recogniser may see one. A full stop after a title ("Mrs.", "Lt. Col.") or an
    initial ("J.") is no sentence's end, but after a title that closes a name it is ("Hari Raya Haji. Aminah")."""
    titles = honorifics()
    out = []
    for start, end, kind, etype in spans:
        pieces, at = [], start
        if kind == "PROP":
            for match in SENTENCE_BREAK.finditer(text, start, end):
                word = match.group(1)
                if len(word) > 1 and (word.lower() not in titles or closes_a_name(text, at, match.start(1))):
                    pieces.append((at, match.start(1) + len(word)))
                    at = match.end()
        pieces.append((at, end))
        out += [(a, b, kind, etype) for a, b in pieces if text[a:b].strip()]
    return out


# a name's last word and the full stop the tokeniser kept with it
STOP_AFTER_WORD = re.compile(r"(\w+)\.$")


def name_end(text: str, start: int, end: int) -> int:
    """Where the name text[start:end] ends: before a full stop that is the sentence's, not the name's. The
    tokeniser keeps "Jan." (January) or "Del." (Delaware) whole, so "said Jan." would name someone "Jan."; a
    title or an initial keeps its stop."""
    last = STOP_AFTER_WORD.search(text, start, end)
    sentences = last is not None and len(last[1]) > 1 and not abbreviated_title(last[1].lower()) \
        and last[1].lower() not in honorifics()
    return end - 1 if sentences else end


def stops_after_names(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A person's name that ends a sentence ends before its full stop."""
    return [(s, name_end(text, s, e) if kind == "PROP" and etype == "PER" else e, kind, etype)
            for s, e, kind, etype in spans]


# The rest of a hyphenated name after the part the recogniser stopped at: "-Baptiste" of "Jean-Baptiste".
HYPHENED_REST = re.compile(r"(?:-[^\W\d_][^\W\d_]*)+")


def hyphened_names(parse, text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A person's name the recogniser cut at a hyphen takes the rest of its word: "Their son Jean-Baptiste"
    names Jean-Baptiste, not a Jean; so does "asked Kah-leong", a syllable in lower case that the parser
    reads as a name (not "Paris-bound", nor "God-fearing")."""
    out = []
    for s, e, kind, etype in spans:
        rest = HYPHENED_REST.match(text, e) if (kind, etype) == ("PROP", "PER") else None
        if rest and not text[e + 1].isupper():
            words = token_window(parse, e + 1, rest.end())
            rest = rest if words and all(w.pos_ == "PROPN" or not w.is_alpha for w in words) else None
        out.append((s, rest.end() if rest else e, kind, etype))
    return sorted(set(out))


def kin_of_names(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A kin word and "of" before a name ("Widow of Anselme Décius", as a register writes her) describe
    someone else than the one named: the span is a description, the name inside it a name of its own."""
    terms = kin_terms()
    out = []
    for s, e, kind, etype in spans:
        words = text[s:e].split(maxsplit=2)
        if (kind, etype) == ("PROP", "PER") and len(words) == 3 and words[0].lower() in terms \
                and words[1] == "of" and words[2][:1].isupper():
            out.append((s, e, "NOM", etype))
            start = e - len(words[2])
            if not any(a == start and b == e for a, b, _, _ in spans):
                out.append((start, e, "PROP", etype))
        else:
            out.append((s, e, kind, etype))
    return sorted(set(out))


LOWER_WORD = re.compile(r"\s+([a-z]+)\b")


def overrun_names(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A person's name that the recogniser ran on past the name it found on its own, into a
    preposition and the words after it ("Mr Marković about Leningrad" beside "Mr Marković"), is that
    shorter name only. A name's own small words ("Joan of Arc", "Hassan son of Abd al-Rahman") are kept."""
    prepositions = set(name_parts()["prepositions_after_names"])
    by_start = defaultdict(list)
    for s, e, k, t in spans:
        if (k, t) == ("PROP", "PER"):
            by_start[s].append(e)

    def overrun(start: int, end: int) -> bool:
        return any((word := LOWER_WORD.match(text, inner, end)) and word.group(1) in prepositions
                   for inner in by_start[start] if inner < end)
    return [span for span in spans if not (span[2:] == ("PROP", "PER") and overrun(span[0], span[1]))]


def unpaired_marks(text: str) -> tuple[int, int]:
    """How many characters to cut from each end of a span: white space, and a quotation mark it
    ran into without its pair ('the one who was drinking.”'; not 'the “library”')."""
    opening, closing = sum(text.count(c) for c in "“«„"), sum(text.count(c) for c in "”»")
    straight = text.count('"') % 2 == 1
    head = OPENING_MARKS if opening > closing or straight else LEADING_SPACE
    tail = CLOSING_MARKS if closing > opening or straight else TRAILING_SPACE
    return len(text) - len(head.sub("", text, count=1)), len(text) - len(tail.sub("", text, count=1))


@lru_cache(maxsize=1)
def day_names() -> frozenset[str]:
    """Names of feast days and of months of other calendars, which the recogniser may take for a
    person ("Michaelmas", "Yekatit"); not weekdays or months, which are also names (Man Friday, April)."""
    words = time_words()
    return frozenset(list(words["feast_days"]) + list(words["movable_feasts"]) + list(words["hebrew_feasts"])
                     + list(words["islamic_feasts"]) + words["other_calendar_months"])


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    words = time_words()
    return frozenset(list(words["months"]) + list(words["weekdays"]))


AGE_WORDS = re.compile(r"\s(old|young)\s+$")
FAMILY_THE = re.compile(r"(?<!\w)[Tt]he $")


def date_start(text: str, start: int, end: int) -> int:
    """Where a name starts after the date the recogniser ran into it: "In January Sokolov", "on 30
    December 1935 Dr. Adler", "On Sundays Irena"."""
    words, skipped = text[start:end].split(" "), 0
    calendar = calendar_words()
    while len(words) > skipped + 1 and (words[skipped] in calendar or words[skipped].rstrip(",").isdigit()
                                        or words[skipped].endswith("s") and words[skipped][:-1] in calendar):
        skipped += 1
    return start + sum(len(w) + 1 for w in words[:skipped])


# An adverb after a capitalised word, inside what the recogniser took for one name, before the name itself
# ("Georgians simply Mama Kharlampi"; not "the lovely Charlotte Temple").
ADVERB_IN_A_NAME = re.compile(r"^(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+[a-z]+ly\s+(?=[A-Z])")
# A capitalised word and a lower-case one before a name: "Eight with Babu Ali", "Two for Mr. Pike".
COUNT_BEFORE_A_NAME = re.compile(r"([A-Z][a-z]+)\s+(?:with|for|to|and|from|at|by)\s+(?=[A-Z])")


@lru_cache(maxsize=1)
def number_words() -> frozenset[str]:
    """Counts in words: the numbers of the time words ("one", "eight", "twenty")."""
    return frozenset(w.lower() for w in time_words()["numbers"])


def name_start(text: str, start: int, end: int) -> int:
    """Where a person's name mention starts: not at a date ("In January Sokolov called", "on 30
    December 1935 Dr. Adler wrote"), but at "old" or "young" just before it ("old Pontifex", "young Linwood", as
    LitBank marks them: 20 of 23 times in its training texts), and at the "the" of a family
    ("the Vances")."""
    after_date = date_start(text, start, end)
    if after_date != start:
        return after_date
    name = text[start:end]
    counted = COUNT_BEFORE_A_NAME.match(name)
    if counted and counted.group(1).lower() in number_words():
        return start + counted.end()    # "Eight with Babu Ali": a count, opening a sentence, is no name
    if name.rstrip(".").lower() in honorifics():
        return start                    # the "Mr" nested in "old Mr Pontifex" stays "Mr"
    first, _, rest = name.partition(" ")
    if rest[:1].isupper() and (first.lower() in name_parts()["adverbs_before_names"]
                               or first.lower() in name_parts()["prepositions_after_names"]):
        return start + len(first) + 1   # "Upstairs Teresa opened the door", "Like Dada?": no name's first word
    words = list(re.finditer(r"\S+", name))
    titled = next((i for i, word in enumerate(words) if 0 < i < len(words) - 1
                   and word[0].rstrip(".").lower() in honorifics() and words[i + 1][0][:1].isupper()
                   and word[0].lower() not in name_parts()["titles_after"]), None)     # (Hagop Agha Manukian)
    # (only capitalised words within a sentence, no adjective a sentence's start capitalises: "Poor Miss Taylor")
    within = re.search(r"[^\W\d_][,;]?\s+$", text[max(0, start - 30):start]) is not None
    if titled is not None and within and not any(w[0].rstrip(".").lower() in honorifics()
                                                 or w[0].lower() in known_given_names() or not w[0][:1].isupper()
                                                 for w in words[:titled]):
        return start + words[titled].start()    # "Mass Father Antoni Wiśniewski" (After Mass): from its title
    adverb = ADVERB_IN_A_NAME.search(name)
    if adverb:
        return start + adverb.end()     # the name after the adverb
    if " " not in name and len(name) > 3 and name.endswith("s") and FAMILY_THE.search(text, max(0, start - 4), start):
        return start - 4      # a family, "the Vances": LitBank's spans take "the" (39 of 39 in its training texts)
    before = (" " if start < 20 else "") + text[max(0, start - 20):start]   # a space stands for the text's start
    age = AGE_WORDS.search(before)
    return start - (len(before) - age.start(1)) if age else start


# Commands said to or of a person, which open a sentence before a name: "Greet Baba Mkhize", "Tell Anna".
COMMANDS_TO_PEOPLE = frozenset({"tell", "ask", "greet", "thank", "kiss", "call", "fetch", "bring", "give", "let",
                                "help", "show", "meet", "wake", "send", "forgive"})


def after_imperative(parse, start: int, end: int) -> int:
    """Where a name starts that the recogniser ran together with the command before it, capitalised
    as the first word of a sentence: "Tell Catherine", "Ask Maybury" are "Catherine", "Maybury"."""
    span = parse.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return start
    verb = span[0]
    # (a command the parser took for a name's first word too: "Greet Baba Mkhize, Thandeka.")
    if (verb.tag_ == "VB" and verb.pos_ == "VERB" and verb.lower_ not in given_names()
            or verb.lower_ in COMMANDS_TO_PEOPLE) and (verb.is_sent_start or verb.i > 0 and verb.nbor(-1).is_quote):
        return span[1].idx
    return start


BASE_PLACE_TYPES = {"GPE": "GPE", "LOC": "LOC", "FAC": "FAC"}
# The types of places, whose votes on a name's type count together against a person's.
PLACE_TYPES = frozenset(BASE_PLACE_TYPES)
# The end of a quotation right after a word: “Madras,” said babai.
WHOLE_QUOTE = re.compile(r"[,.!?]?[”\"’»]")
# Verbs of setting out whose "for" names where to ("left for Madras", "sailed for Lisbon").
SETTING_OUT = frozenset({"leave", "set", "sail", "depart", "start", "head", "embark", "board"})
LANGUAGE_VERBS = {"speak", "know", "learn", "understand", "write", "read", "teach", "study", "translate"}


def retype_places(parse, spans: list[tuple[int, int, str, str]], text: str) -> list[tuple[int, int, str, str]]:
    """A "person" after a preposition that the base model calls a place is that place ("came from Moscow"),
    and so is a one-word "person" that is no given name and that someone travels to or from or
    lives in ("went to Kraków", "in Brno");
    a one-word given name or pet name that is called or acts is a person ("you, Nina."; "Nina asked"), and so
    is a kin word used as a name ("Chachaji has gone");
    a name led by a person's title or by a common given name (or by another honorific, not a saint's, and the
    first word of a person's name in the text, or ending in the last word of one: "Sardar Gurbachan Singh
    Grewal", "Ssenga Teopista Namatovu" beside Ssenga Namatovu), or holding a patronymic or
    a nasab, is a person
    ("Comrade Petrov", "Grigory Sokolov", "Ignaty Markovich" are no facilities; "the Signorina
    Caterina Marchetti" is a proper name, article or not) unless a place word is in it ("George
    Street"); a "person" whose name ends in a place word is a facility ("the
    Kirov Works"), one with a word of an organisation or a state is that ("the Gestapo", "the
    Reich": group_words.tsv), and a language spoken or written in is no person ("spoke German")."""
    titles = frozenset(name_parts()["person_titles"])
    given_name_styles = frozenset(name_parts()["given_name_titles"])     # "the tia Dolors", written small
    # (not the English ones: "the Latin master" is a description)
    titles_after = frozenset(name_parts()["titles_after"]) - {"master", "sir"}
    place_words = frozenset(name_parts()["place_words"])
    given = given_names()
    out = []
    places = set()      # names set off as a place noun's apposition
    known = known_given_names()
    said_bare = bare_uses(text)
    nasab = re.compile(rf"(?:{'|'.join(name_parts()['nasab_markers'])})\s+(\w)")
    # an honorific that is no saint's ("St. Paul" is a city) before the first word of a person's name
    styles = honorifics().keys() - SAINTS
    kin_words = kin_terms()
    person_firsts = {text[s:e].split()[0] for s, e, k, t in spans if k == "PROP" and t == "PER"}
    # (the given name of one full name: "Séraphine" of Séraphine Nyiraneza, not "Dakar" that a person once was, nor
    # the title of "Fröken Sundblom" or of both "Ustod Sharif" and "Ustod Nazarov")
    full_names = {text[s:e] for s, e, k, t in spans if k == "PROP" and t == "PER" and " " in text[s:e]}
    openers = Counter(name.split()[0] for name in full_names)
    given_of_full = frozenset(first for first, n in openers.items()
                              if n == 1 and first.lower().rstrip(".") not in titles | styles)
    person_lasts = {text[s:e].split()[-1] for s, e, k, t in spans if k == "PROP" and t == "PER" and " " in text[s:e]}
    for start, end, kind, etype in spans:
        first, _, rest = text[start:end].partition(" ")
        led_by = first.rstrip(".").lower()
        if kind == "NOM" and not rest and first[:1].isupper() and led_by in known:
            kind = "PROP"                                     # "Péter", "Petike": a name, not a description
        if kind == "NOM" and first[:1].isupper() and (marker := nasab.match(rest)) and marker[1].isupper():
            kind = "PROP"                                     # "Mahmud son of Abd al-Rahman": a name
        if kind == "PROP" and first.islower() and led_by in kin_words and rest.startswith("of "):
            kind = "NOM"                    # "Daniel Sizwe, son of Jacob Makhaya": a kinship, not the father's name
        words = rest.split()
        named = words[1:] if words and words[0] in given_name_styles else words    # (a style written small)
        if kind == "NOM" and led_by == "the" and len(words) > 1 \
                and words[0].rstrip(".").lower() in titles | given_name_styles and all(w[:1].isupper() for w in named):
            kind = "PROP"                       # "the Signorina Caterina Marchetti", "the tia Dolors"
            first, _, rest = rest.partition(" ")
            led_by = first.rstrip(".").lower()
        if kind == "NOM" and len(called := text[start:end].split()[1 if led_by == "the" else 0:]) > 1 \
                and called[-1] in titles_after and all(w[:1].isupper() for w in called[:-1]):
            kind, etype = "PROP", "PER"         # "the Memon sahib", "Hagop agha": a name with its title after it
        if kind == "NOM" and ELIDED_STYLE.match(first) and first[2:].lower() in given_name_styles \
                and rest[:1].isupper() and all(w[:1].isupper() for w in rest.split()):
            kind, etype = "PROP", "PER"         # "l'avi Pere": a style with its article elided onto it
        named_by_father = first[:1].isupper() and (marker := nasab.match(rest)) is not None and marker[1].isupper()
        if kind == "PROP" and etype != "PER" and (rest[:1].isupper() or named_by_father) and (
                led_by in titles or (led_by in given or has_patronymic(rest) or named_by_father
                                     or led_by in styles and (rest.split()[0] in person_firsts
                                                              or rest.split()[-1] in person_lasts))
                and not place_words & set(rest.lower().split())):
            etype = "PER"                                     # also "Kamau wa Njoroge": named by his father
        elif kind == "PROP" and etype != "PER" and not rest and is_called_or_acting(parse, start, end, given_of_full):
            etype = "PER"                                     # “Nobody needs to tell you, Nina.”; Nina asked
        elif kind == "PROP" and etype != "PER" and not rest and first[:1].isupper() and led_by in kin_words:
            etype = "PER"                                     # "Chachaji has gone to buy the sacks"
        elif kind == "PROP" and etype == "PER" and named_like_a_place(text[start:end], titles, given, place_words):
            etype = "FAC"
        elif etype == "PER" and is_language(parse, start, end):
            etype = "OTHER"                                   # "he spoke German", "wrote in Yiddish"
        elif etype == "PER" and text[start:end].split()[-1][:1].isupper() and (group := group_type(text[start:end])):
            etype = group                                    # "the Gestapo", "the University of Würzburg"
        elif kind == "PROP" and etype == "PER" and set_off_by_a_place_noun(parse, start, end):
            etype = "GPE"                                     # "Our village, Ak Chishma, stood"
            places.add(text[start:end])
        elif kind == "PROP" and etype == "PER" and names_a_building(parse, start, end, said_bare):
            etype = "FAC"                                     # "the Montaña barracks", "the Montaña fell"
        elif kind == "PROP" and etype == "PER":
            span = parse.char_span(start, end, alignment_mode="expand")
            if after_a_preposition(parse, start, end) and span.root.ent_type_ in BASE_PLACE_TYPES:
                etype = BASE_PLACE_TYPES[span.root.ent_type_]
            elif span is not None and len(span) == 1 and led_by not in given and is_destination(span):
                etype = "GPE"                                   # we went to Kraków
        out.append((start, end, kind, etype))
    # a name the text once sets off as a place is that place after a preposition ("came to Ak Chishma")
    return [(s, e, k, "GPE") if k == "PROP" and t == "PER" and text[s:e] in places and after_a_preposition(parse, s, e)
            else (s, e, k, t) for s, e, k, t in out]


# An office with its article right before a name: "the sub-chief Bisangwa", "The captain Zuev"
ROLE_BEFORE = re.compile(r"\b(?:the|The)[ \t]+([a-z]+(?:-[a-z]+)?)[ \t]+\Z")
# One's kin word right before a name, no comma between: "my mother Emine", "his elder brother Server"
ONES_KIN_BEFORE = re.compile(r"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:(?:elder|eldest|younger|youngest|"
                             r"older|oldest|little|big|late|dear)[ \t]+)?([a-z]+(?:-[a-z]+)?)[ \t]+\Z")


def after_a_preposition(parse, start: int, end: int) -> bool:
    span = parse.char_span(start, end, alignment_mode="expand")
    return span is not None and span.start > 0 and parse[span.start - 1].pos_ == "ADP"


def set_off_by_a_place_noun(parse, start: int, end: int) -> bool:
    """A name in apposition to a place noun, set off by commas on both sides ("Our village, Ak Chishma,
    stood"; not one called: “Will you go to the station, Hela?”), and no given name we know."""
    span = parse.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(parse) or parse[span.end].text != "," or span[0].lower_ in known_given_names():
        return False
    root = span.root
    return root.dep_ == "appos" and root.head.i < span.start and parse[span.start - 1].text == "," \
        and bool({root.head.lemma_.lower(), root.head.lower_} & place_nouns())


def names_a_building(parse, start: int, end: int, said_bare) -> bool:
    """One capitalised word that names a place noun it stands before ("the Montaña barracks"), or
    that "the" always leads without its being a title, a kin word or a family ("the Montaña"; not
    "the Colonel", "the Vances", nor "the Beasley mentioned" of a Beasley named elsewhere: `said_bare`)."""
    span = parse.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) > 2:
        return False
    word = span[-1]
    name = word.lower_.rstrip(".")
    if name in honorifics() or name in relation_terms() or word.text.endswith("s") or name in known_given_names():
        return False
    if len(span) == 1:
        return word.dep_ == "compound" and bool({word.head.lemma_.lower(), word.head.lower_} & place_nouns())
    return span[0].lower_ == "the" and word.pos_ == "PROPN" and not said_bare(word.text)


def bare_uses(text: str):
    """A predicate, read once a word: is the word written somewhere without "the" before it and no place
    noun after it ("Beasley was out", not "the Montaña", "Montaña barracks")?"""
    nouns = "|".join(place_nouns())
    seen: dict[str, bool] = {}

    def said_bare(word: str) -> bool:
        if word not in seen:
            bare = re.compile(rf"(?<!\bthe )(?<!\bThe )\b{re.escape(word)}\b(?!\s+(?:{nouns})\b)")
            seen[word] = bare.search(text) is not None
        return seen[word]
    return said_bare


def is_called_or_acting(parse, start: int, end: int, firsts: frozenset[str] = frozenset()) -> bool:
    """A one-word given name or pet name of the language data, or a kin word used as a name ("Papá"), or
    a word opening a person's name in the text (`firsts`), set off by commas as one spoken to, the subject of
    a verb or in apposition to a kin word, and not after a preposition ("Nina asked", "you, Nina.",
    "—Papá, they are", "my brother Ravi", "« Séraphine, take the jar" beside Séraphine Nyiraneza, not
    "in Florence")."""
    span = parse.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or span.text.lower() not in known_given_names() \
            and span.text.lower() not in unique_kin() and span.text not in firsts:
        return False
    token = span[0]
    if token.i > 0 and parse[token.i - 1].pos_ == "ADP":
        return False
    before = parse[token.i - 1].text if token.i > 0 else ""
    after = parse[token.i + 1].text if token.i + 1 < len(parse) else ""
    called = before in (",", "“", '"', "‘", "«", "—") and after in (",", ".", "!", "?", "”", '"', ";")
    return called or token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX") \
        or token.dep_ == "appos" and token.head.lower_ in kin_terms()


def is_patronymic(word: str) -> bool:
    """A Russian patronymic: Markovich, Lvovna (and not a short word that ends like one, "Rich")."""
    return len(word) > 5 and word.lower().endswith(tuple(name_parts()["patronymic_endings"]))


def has_patronymic(words: str) -> bool:
    """A Russian patronymic among the words of a name ("Ignaty Markovich", "Anna Lvovna"): a person's name."""
    return any(is_patronymic(w) for w in words.split())


def is_destination(span) -> bool:
    """A name that a verb of motion goes to or from, or that something happens in: "went to
    Kraków", "returned from Tarnów", "lived in Brno" (not "wrote to Anna", "in Anna's room")."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.i != span.start - 1 or \
            any(c.dep_ == "case" for c in span.root.children):
        return False
    if prep.lower_ in ("in", "near", "outside", "across", "through", "towards", "toward", "above", "below", "beyond"):
        return True
    if prep.lower_ in ("of", "to", "from") and prep.head.pos_ == "NOUN" and prep.head.lower_ in place_of_nouns():
        return True                 # "the curé of Prissé", "the road to Prissé"
    if prep.lower_ == "at" and prep.head.lemma_ in ("be", "arrive", "stay", "live", "fight", "fall"):
        return True                 # "were at Plevna", "arrived at Vyazma" (not "looked at Anna")
    if prep.lower_ == "for" and prep.head.lemma_.lower() in SETTING_OUT:
        return True                 # "we left for Madras", "sailed for Lisbon"
    return prep.lower_ in ("to", "from") and prep.head.lemma_.lower() in motion_verbs()


def is_language(parse, start: int, end: int) -> bool:
    """A language spoken, written or learnt ("spoke German", "in Yiddish"), which the recogniser may
    take for a person."""
    span = parse.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or span.root.ent_type_ not in ("NORP", "LANGUAGE") or not span.text[0].isupper():
        return False
    head = span.root.head
    return head.lemma_.lower() in LANGUAGE_VERBS or head.lower_ == "in" and span.root.dep_ == "pobj"


def group_type(name: str) -> str | None:
    """ORG or GPE when a word of the name says it is an organisation or a state ("the US Army",
    "Israelitische Kultusgemeinde", "the Reich"), else None."""
    words, table = name.lower().replace(".", "").split(), group_words()
    found = [table[w] for w in words if w in table] + [table[" ".join(p)] for p in zip(words, words[1:])
                                                       if " ".join(p) in table]
    return found[0] if found else None


def named_like_a_place(name: str, titles, given, place_words) -> bool:
    """"the Works", "Kirov Works", "the Hall": a name of more than one word ending in a place word (or led by
    a word for a farm: "the Mas Vidal"),
    not led by a person's title or given name ("Mr. Hall", "Albert Hall" stay people) unless the place
    word is no surname ("Victoria Terminus")."""
    words = name.replace(".", "").lower().split()
    named = words[1:] if words[:1] == ["the"] else words
    if len(named) > 1 and named[0] in name_parts()["place_words_leading"]:
        return True                     # "the Mas Vidal", a farmhouse
    return (len(words) > 1 and words[-1] in place_words and words[0] not in titles
            and (words[0] not in given or words[-1] in name_parts()["place_words_no_surnames"]))


# A name found after "in", "into" or "out of" this often, and in this share of its uses (a note's "Ulan-Ude, tape
# two" aside), is a place however often the recogniser made it a person.
MIN_PLACE_USES = 2
PLACED_SHARE = 0.75
MIN_ONLY_PLACED_USES = 3
PREPOSITION_BEFORE = re.compile(r"(?i:\b(?:in|into|at|from|to|for|toward|towards|near|of|on|past|beyond|across|through|"
                                r"around|outside|inside|onto|via))\s+$")
PLACED_NAME = re.compile(r"(?i:\b(?:in|into|out\s+of))\s+([^\W\d_][\w-]*)\b(?!['’])")


def one_type_per_name(spans: list[tuple[int, int, str, str]], text: str) -> list[tuple[int, int, str, str]]:
    """One sense per discourse: every proper mention of a name takes the name's majority type.

    The recogniser sometimes tags "Vera" a place in one sentence and a person in the
    next; within one document a name almost always names one thing.
    """
    votes: dict[str, Counter] = defaultdict(Counter)
    unplaced: Counter = Counter()     # uses of a name after no preposition
    for start, end, kind, etype in spans:
        if kind == "PROP":
            key = name_key(text[start:end], kind)
            votes[key][etype] += 1
            unplaced[key] += not PREPOSITION_BEFORE.search(text, max(0, start - 12), start)
    majority = {}
    placed = Counter(m.group(1).lower() for m in PLACED_NAME.finditer(text))
    for key, counts in votes.items():
        (best, n), *rest = counts.most_common()
        places = Counter({t: c for t, c in counts.items() if t in PLACE_TYPES})
        if best == "PER" and places.total() > n:     # "in Madras" (GPE), "to Madras" (LOC): one place
            majority[key] = places.most_common(1)[0][0]
        elif best == "PER" and " " not in key and key not in known_given_names() \
                and placed[key] >= max(MIN_PLACE_USES, math.ceil(n * PLACED_SHARE)):
            # "in Enugu", "into Enugu station", "out of Enugu", as often as the recogniser made it a person
            # ("Enugu has given you any flesh"): a place, whatever the recogniser made of those
            majority[key] = "GPE"
        elif best == "PER" and " " not in key and key not in known_given_names() \
                and counts.total() >= MIN_ONLY_PLACED_USES and not unplaced[key]:
            # "at Kangeq", "from Kangeq", "no one in Kangeq", "hunter of Kangeq", and never otherwise: a place
            majority[key] = "GPE"
        elif not rest or n > rest[0][1]:  # a tie decides nothing
            majority[key] = best
    out, seen = [], set()
    for start, end, kind, etype in spans:
        if kind == "PROP":
            etype = majority.get(name_key(text[start:end], kind), etype)
        if (start, end, etype) not in seen:
            seen.add((start, end, etype))
            out.append((start, end, kind, etype))
    return out


# A place is where things happen ("in Kyakhta"), and a caravan leaves or reaches it: a person seldom is.
PLACE_PREPOSITIONS = frozenset({"in", "into", "at", "near", "through", "across", "inside", "outside"})
LEFT_OR_REACHED = frozenset({"leave", "reach", "enter"})
# (a person's name is a subject, owns something, is called or set beside a title)
ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent", "npadvmod", "appos"})
CALL_OPENERS, CALL_ENDS = frozenset("“\"‘«—"), frozenset("!?”\"’»")


def names_never_acting(parse, spans: list[tuple[int, int, str, str]], text: str) -> list[tuple[int, int, str, str]]:
    """A one-word "person", no given name nor title we know, that the text names at least MIN_ONLY_PLACED_USES
    times and never as one who does, owns or is called anything, and at least once as somewhere things happen or
    that is left or reached ("The caravan left Kyakhta", "the Kyakhta archive", "the smell of Kyakhta"): a place."""
    uses: dict[str, list[tuple[int, int]]] = defaultdict(list)
    given, titles, kin = known_given_names(), honorifics(), kin_terms()
    for start, end, kind, etype in spans:
        word = text[start:end]
        if kind == "PROP" and etype == "PER" and not any(c.isspace() for c in word) and word[:1].isupper() \
                and word.lower() not in given and word.lower() not in titles and word.lower() not in kin:
            uses[word].append((start, end))
    places = set()
    for word, where in uses.items():
        if len(where) < MIN_ONLY_PLACED_USES:
            continue
        roots = [span.root for s, e in where if (span := parse.char_span(s, e, alignment_mode="expand")) is not None]
        acting = any(r.dep_ in ACTING_DEPS or r.i + 1 < len(parse) and parse[r.i + 1].tag_ == "POS"
                     or r.i > 0 and (parse[r.i - 1].text in CALL_OPENERS or parse[r.i - 1].text == ","
                                     and r.i + 1 < len(parse) and parse[r.i + 1].text in CALL_ENDS) for r in roots)
        placed = any(r.dep_ == "pobj" and r.head.lower_ in PLACE_PREPOSITIONS
                     or r.dep_ == "dobj" and r.head.lemma_.lower() in LEFT_OR_REACHED for r in roots)
        if placed and not acting:
            places.add(word)
    return [(s, e, k, "GPE") if k == "PROP" and t == "PER" and text[s:e] in places else (s, e, k, t)
            for s, e, k, t in spans]


@lru_cache(maxsize=1)
def vessel_before() -> re.Pattern:
    """A word for a ship just before a name ("the packet schooner | Nossa Senhora da Luz")."""
    return re.compile(rf"(?i:\b(?:{alternation(vessel_nouns())}))\s+$")


def vessels(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A name just after a word for a ship ("The packet schooner Nossa Senhora da Luz left Furna") names a vessel,
    at every use: the recogniser may take a ship's saint's name for a person, and English calls a ship "she"."""
    named = {name_key(text[s:e], k) for s, e, k, _ in spans
             if k == "PROP" and vessel_before().search(text, max(0, s - 20), s)}
    return [(s, e, k, "VEH" if k == "PROP" and name_key(text[s:e], k) in named else t) for s, e, k, t in spans]


def speakers_are_people(parse, spans: list[tuple[int, int, str, str]], text: str) -> list[tuple[int, int, str, str]]:
    """A one-word name that is once the subject of a speech verb ("Bishu asked", "said Bishu") names a
    person at every use, whatever the recogniser typed the others (a place never speaks)."""
    speaking = set()
    for start, end, kind, _ in spans:
        span = parse.char_span(start, end, alignment_mode="expand") if kind == "PROP" else None
        before = text[max(0, start - 3):start].rstrip()
        if span is not None and before and before[-1] in "“\"‘«" and WHOLE_QUOTE.match(text, end):
            continue                # “Madras,” said babai: the word said, which the parser took for a subject
        # (not "Madras began to burn": a verb with a verb after it says no words)
        if span is not None and len(span) == 1 and span[0].dep_ == "nsubj" \
                and span[0].head.lemma_.lower() in speech_verbs() and span[0].head.tag_.startswith("VB") \
                and not any(c.dep_ == "xcomp" for c in span[0].head.children):
            speaking.add(name_key(text[start:end], kind))
    return [(start, end, kind, "PER" if kind == "PROP" and name_key(text[start:end], kind) in speaking else etype)
            for start, end, kind, etype in spans]


def name_span(token) -> tuple[int, int]:
    """A proper name around its head token: "Major G. Sokolow" for "Sokolow", "Ti-Noir" for "Noir"."""
    doc, left = token.doc, token
    while True:
        if left.i > 0 and doc[left.i - 1].pos_ == "PROPN" and doc[left.i - 1].dep_ == "compound" \
                and doc[left.i - 1].text[0].isalpha():      # (the parser may take a "»" for a name's word)
            left = doc[left.i - 1]
        elif left.i > 1 and doc[left.i - 1].text == "-" and not doc[left.i - 1].whitespace_ \
                and not doc[left.i - 2].whitespace_ and doc[left.i - 2].text[:1].isupper():
            left = doc[left.i - 2]          # (a name's word joined on by a hyphen)
        else:
            return left.idx, token.idx + len(token.text)


# The article elided onto a style: "l'avi Pere" (Catalan, French, Italian).
ELIDED_STYLE = re.compile(r"[Ll]['’]\w")
# A saint's title leads the name of a church, a town or a feast ("at St Leonard's", "sant Martí"), not only a
# person's.
SAINTS = frozenset({"st", "saint", "ste", "san", "sant", "santa", "santo", "sankt"})


# What makes a saint's name a day: "Saint Joseph's day", "St. Agnes' Eve".
SAINTS_DAY = re.compile(r"[’']s?\s+(?i:day|eve|feast)\b")
SAINT_BEFORE = re.compile(rf"\b(?i:{alternation(SAINTS)})\.?\s+$")


def saints_days_aside(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A saint's name that names the saint's day ("the evening before Saint Joseph's day") is a date, no
    person of the story (who may bear the saint's name: Bepi, Giuseppe)."""
    return [(s, e, k, t) for s, e, k, t in spans
            if not (t == "PER" and SAINTS_DAY.match(text, e)
                    and (text[s:e].split()[0].lower().rstrip(".") in SAINTS or SAINT_BEFORE.search(text, 0, s)))]


def who_set_off_after(token) -> bool:
    """Does ", who" follow the token (a clause set off after a name, which only a person's takes)?"""
    return token.i + 2 < len(token.doc) and token.nbor().text == "," and token.nbor(2).lower_ == "who"


def missed_names(parse, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """People the LitBank recogniser missed: the base model's PERSON names and proper-noun subjects
    that overlap no recognised mention."""
    covered = set()
    for start, end, _, _ in spans:
        covered.update(range(start, end))
    # a name closing a description right after its noun ("the trader Toma Amituana'i") is a mention
    # of its own
    closing = []
    for start, end, kind, etype in spans:
        last = parse.char_span(start, end, alignment_mode="expand")[-1] if kind == "NOM" and etype == "PER" else None
        if last is not None and last.pos_ == "PROPN" and last.text[:1].isupper():
            name = name_span(last)
            words = parse.char_span(*name)
            if name[0] > start and words.start > 0 and parse[words.start - 1].pos_ == "NOUN" \
                    and any(t.ent_type_ == "PERSON" for t in words):
                closing.append(name)
                covered.difference_update(range(*name))
    # (not a verb opening a sentence, "Marry a man with a roof", that the base model took for a name)
    found = [(e.start_char, e.end_char) for e in parse.ents if e.label_ == "PERSON" and e.text[:1].isupper()
             and not (len(e) == 1 and e[0].pos_ == "VERB" and (e[0].dep_ == "ROOT"
                                                                 or any(c.dep_ == "dobj" for c in e[0].children)))]
    found += [name_span(t) for t in parse if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN"
              and t.text[:1].isupper() and t.ent_type_ in ("", "PERSON")]
    # and one the narration sets a "who" clause off after, whatever place the base model took it for ("Bhagia,
    # who was past seventy"; not "the merchant near the Bab al-Faraj who sells cloth", "an Ayah, who", nor a call:
    # ‘Tai, who is dead?’)
    found += [name_span(t) for t in parse[1:] if t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha
              and t.ent_type_ not in ("ORG", "NORP") and who_set_off_after(t)
              and t.nbor(2).dep_ in ("nsubj", "nsubjpass") and t.nbor(2).head.dep_ == "relcl"
              and t.nbor(2).head.head.i == t.i and not t.nbor(-1).is_quote and not t.nbor(-1).text.endswith("-")
              and not any(c.dep_ == "det" for c in t.children)]
    # a given or pet name of the language data that acts or is acted upon, whatever the base model
    # took it for ("Paco had a rifle", "caught Paco by the sleeve")
    given = known_given_names()
    found += [(t.idx, t.idx + len(t.text)) for t in parse if t.dep_ in ("nsubj", "nsubjpass", "dobj")
              and t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ in given]
    # and a one-word name the recogniser found elsewhere, never a word in lower case, that acts or is acted
    # upon where the parser took it for a number or a noun ("Farai carried it in", a Shona name read as CD)
    text = parse.text
    named = {text[s:e] for s, e, k, t in spans if k == "PROP" and t == "PER" and text[s:e].isalpha()
             and text[s:e][:1].isupper() and text[s:e].lower() not in honorifics()}
    named = {word for word in named if not written_in_lower_case(text, word)}
    found += [(t.idx, t.idx + len(t.text)) for t in parse if t.dep_ in ("nsubj", "nsubjpass", "dobj")
              and t.text in named and t.pos_ != "PROPN" and not (t.i and parse[t.i - 1].text[:1].isupper())]
    # and one right after an office and its article, whatever the base model took it for ("The sub-chief
    # Bisangwa came to our yard", an organisation to it)
    offices = role_titles()
    found += [name_span(t) for t in parse if t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha
              and (role := ROLE_BEFORE.search(text, max(0, t.idx - 40), t.idx)) is not None
              and role[1].split("-")[-1] in offices]
    # and one right after one's kin word ("my mother Emine sat down", a product to the base model)
    kin = relation_terms()
    found += [name for t in parse if t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha
              and not (t.i + 1 < len(parse) and parse[t.i + 1].pos_ == "PROPN")      # (the name's last word)
              and (one := ONES_KIN_BEFORE.search(text, max(0, (name := name_span(t))[0] - 40), name[0])) is not None
              and one[1] in kin]
    # a name with a style after it in small letters ("Khäyrulla babay", "Memet tagham"), however the base
    # model read the name
    after = frozenset(name_parts()["titles_after"])
    found += [(t.idx, t.nbor().idx + len(t.nbor().text)) for t in parse[:-1]
              if t.text.istitle() and t.is_alpha and t.nbor().lower_ in after and t.nbor().text.islower()
              and t.lower_ not in honorifics() and t.pos_ in ("PROPN", "NOUN", "ADJ", "X")]
    # and one after a style that takes a given name, written small as translations keep it ("the iaia Rosa";
    # not one's kin named, "my brother Sunil")
    styles = frozenset(name_parts()["given_name_titles"]) - SAINTS
    found += [(t.idx, t.nbor().idx + len(t.nbor().text)) for t in parse[:-1]
              if t.text.islower() and t.lower_ in styles and t.nbor().text.istitle() and t.nbor().is_alpha
              and t.nbor().pos_ == "PROPN" and not (t.i and parse[t.i - 1].tag_ in ("PRP$", "POS"))]
    out = []
    for start, end in closing + sorted(set(found)):
        if not covered.intersection(range(start, end)):
            out.append((start, end, "PROP", "PER"))
            covered.update(range(start, end))
    return sorted(out)


def kin_written_as_names(text: str, spans: list[tuple[int, int, str, str]]) -> set[str]:
    """The kinship words one has only one of that the text writes capitalised as a person's name ("Baba")."""
    named = {text[s:e].lower() for s, e, k, t in spans if k == "PROP" and t == "PER" and text[s:e][:1].isupper()}
    # or as a style after a name ("Khäyrulla babay"; "said babay" is he)
    styles = {text[s:e].split()[-1] for s, e, k, t in spans if k == "PROP" and t == "PER" and " " in text[s:e]}
    return unique_kin() & (named | {w for w in styles if w.islower()})


def kin_words_as_names(parse, text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A kinship word one has only one of, written in lower case and used as a name ("baba came
    home at noon", "Take them where, baba?"), where the text also uses it capitalised as a person's
    name ("Baba counted us"): translations keep the source's kin words so, and the recogniser, which
    learnt English, misses them. No "my", "the" or plural before it and no name after it ("gjyshe
    Hajrie" is a title)."""
    kin = kin_written_as_names(text, spans)
    if not kin:
        return []
    covered = coverage(len(text), [(s, e) for s, e, _, _ in spans])
    out = []
    for token in parse:
        if token.text in kin and token.pos_ in ("NOUN", "PROPN") \
                and not any(covered[token.idx:token.idx + len(token)]) \
                and not any(c.dep_ in ("det", "poss") for c in token.children) \
                and not (token.i + 1 < len(parse) and parse[token.i + 1].text[:1].isupper()
                         and parse[token.i + 1].is_alpha):
            out.append((token.idx, token.idx + len(token), "PROP", "PER"))
    return out


@lru_cache(maxsize=1)
def kin_compound_pattern() -> re.Pattern | None:
    """A kin name of two words one has only one of ("stara mama", a Slovene grandmother), its first letter in
    either case, not after a possessive or an article."""
    compounds = [w for w in unique_kin() if " " in w]
    if not compounds:
        return None
    either = "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in sorted(compounds, key=len, reverse=True))
    return re.compile(rf"(?<![\w’'])(?<!\b[Mm]y )(?<!\b[Yy]our )(?<!\b[Hh]er )(?<!\b[Hh]is )(?<!\b[Tt]he )"
                      rf"(?:{either})(?![\w’'-])")


def kin_compound_names(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A kin name of two words ("Stara mama took the paper", "said stara mama") is one person's name: the
    recogniser's pieces of it ("Stara", and a "mama" that is the mother's name) give way to it."""
    pattern = kin_compound_pattern()
    found = [(m.start(), m.end()) for m in pattern.finditer(text)] if pattern else []
    if not found:
        return spans
    inside = coverage(len(text), found)
    kept = [(s, e, k, t) for s, e, k, t in spans if not all(inside[s:e])]
    return sorted(kept + [(s, e, "PROP", "PER") for s, e in found])


def trailing_adverbs(parse, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A description the recogniser ran on into the manner adverb after it ("said the Newar mildly",
    which the parser may even take for a lower-case proper noun): the description alone."""
    out = []
    for start, end, kind, etype in spans:
        words = parse.char_span(start, end, alignment_mode="expand") if kind == "NOM" else None
        if words is not None and len(words) > 1 and words[-1].text.islower() and words[-1].text.endswith("ly") \
                and (words[-1].tag_ == "RB" or words[-1].pos_ == "PROPN") and words[-2].pos_ in ("NOUN", "PROPN"):
            end = words[-2].idx + len(words[-2].text)
        out.append((start, end, kind, etype))
    return out


def names_after_times(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A description the recogniser ran from a time into the name after it is that name: "For | the rest of
    that season Iain | called her nothing else" names Iain."""
    return [(m.end(), e, "PROP", t) if k == "NOM" and t == "PER" and (m := TIME_BEFORE_NAME.match(text, s, e))
            else (s, e, k, t) for s, e, k, t in spans]


def names_before_a_clause(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The name that leads a description with a clause set off after it ("Ramu, who was thirteen and knew
    everything"), where the recogniser found no name inside: a mention of its own, where the text names
    someone so elsewhere."""
    found = {(s, e) for s, e, k, t in spans if k == "PROP"}
    names = {text[s:e] for s, e, k, t in spans if k == "PROP" and t == "PER"}
    out = []
    for s, e, k, t in spans:
        head = head_phrase(text[s:e]).rstrip()
        if k == "NOM" and t == "PER" and len(head) < e - s and head in names and (s, s + len(head)) not in found:
            out.append((s, s + len(head), "PROP", "PER"))
    return sorted(spans + out)


# "I am Manuel, Tio Pedro": a name, a comma, a title and a name; "Rosa's younger brother Luís": a name, its
# possessive, words in small letters and a name
COMMA_THEN_TITLE = re.compile(r"([^,]+),\s+([^\W\d_]+)\s+\S.*")
OWNER_NAME = r"([^\W\d_a-z][\w-]*(?:\s+[^\W\d_a-z][\w-]*)*)['’]s"
POSSESSIVE_THEN_NAME = re.compile(OWNER_NAME + r"\s+(?:[a-z-]+\s+)+([^\W\d_a-z].*)")
POSSESSIVE_THEN_THING = re.compile(OWNER_NAME + r"(?:\s+[a-z-]+)+")
# "Hari married Rukmini": a name, a verb in the past and a name
NAME_VERB_NAME = re.compile(r"([^\W\d_a-z][\w’'-]*(?:\s+[^\W\d_a-z][\w’'-]*)*)\s+[a-z]+ed\s+([^\W\d_a-z].*)")


def joined_names(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Two people's names the recogniser took for one: split where a comma stands before a title ("I am
    Manuel, Tio Pedro": the speaker and the one called) and around a possessive and the small words after it
    ("Rosa's younger brother Luís": Rosa, and Luís) and a verb ("Hari married Rukmini"); a name and a thing of
    theirs is the name."""
    titles = honorifics()
    out = []
    for s, e, k, t in spans:
        name = text[s:e]
        if (k, t) != ("PROP", "PER"):
            out.append((s, e, k, t))
        elif (comma := COMMA_THEN_TITLE.fullmatch(name)) and comma.group(2).lower() in titles:
            out += [(s, s + comma.end(1), k, t), (s + comma.start(2), e, k, t)]
        elif owner := POSSESSIVE_THEN_NAME.fullmatch(name):
            out += [(s, s + owner.end(1), k, t), (s + owner.start(2), e, k, t)]
        elif thing := POSSESSIVE_THEN_THING.fullmatch(name):
            out.append((s, s + thing.end(1), k, t))         # "Vakha's kerosene lamp": Vakha
        elif did := NAME_VERB_NAME.fullmatch(name):         # "Hari married Rukmini": Hari, and Rukmini
            out += [(s, s + did.end(1), k, t), (s + did.start(2), e, k, t)]
        else:
            out.append((s, e, k, t))
    return out


CALLED_JUST_BEFORE = re.compile(r"\b(?:called|call|calls|nicknamed)\s+$")


def names_called_by(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Two names after "called" that the recogniser took for one: the one called and the name they were called
    by ("The children called Avram Papú": Avram, of Avram Benveniste, and Papú), where the first begins one other
    of the text's full names (not several: "called Jaalle Yuusuf", a title) and the second is no one's surname
    but a name the text uses alone."""
    names = [text[s:e].split() for s, e, k, t in spans if (k, t) == ("PROP", "PER")]
    alone = {words[0] for words in names if len(words) == 1}
    out = []
    for s, e, k, t in spans:
        words = text[s:e].split()
        if (k, t) == ("PROP", "PER") and len(words) == 2 and words[1] in alone \
                and CALLED_JUST_BEFORE.search(text, max(0, s - 12), s) \
                and not any(len(other) > 1 and other[-1] == words[1] and other != words for other in names) \
                and len({" ".join(other) for other in names if len(other) > 1 and other[0] == words[0]
                         and other[1] != words[1] and other[1][:1].isupper()}) == 1:
            out += [(s, s + len(words[0]), k, t), (e - len(words[1]), e, k, t)]
        else:
            out.append((s, e, k, t))
    return out


@lru_cache(maxsize=1)
def kin_phrase_pattern() -> re.Pattern:
    kin = sorted((w for w in relation_terms() if " " not in w and w.isalpha()), key=len, reverse=True)
    return re.compile(r"(?<![\w’'])(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Yy]our)\s+(?:" + "|".join(kin)
                      + r")(?![\w’'-])(?!\s+[A-Z])")


def missed_titles(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """"The" and a title in small letters ("the signorina looked straight at me") that the text also writes before
    a name ("signorina Vittoria Bellini", "Maresciallo Esposito") and that no recognised mention touches: the
    recogniser, which learnt English, knows "the teacher" but not the signorina; nor "the sub-chief"."""
    titles = honorifics()
    before_names = {text[s:e].split()[0].lower() for s, e, k, t in spans
                    if k == "PROP" and len(text[s:e].split()) > 1}
    used = sorted((w for w in before_names if w in titles and w.isalpha()), key=len, reverse=True)
    found = untouched_descriptions(hyphened_office_pattern(), text, spans)
    if not used:
        return found
    pattern = re.compile(r"(?<![\w’'])[Tt]he\s+(?:" + "|".join(used) + r")(?![\w’'-])(?!\s+[A-Z])")
    return sorted(found + untouched_descriptions(pattern, text, spans))


@lru_cache(maxsize=1)
def hyphened_office_pattern() -> re.Pattern:
    """"The" and an office with a prefix the recogniser does not know ("the sub-chief", "the vice-consul")."""
    offices = sorted((w for w in role_titles() if w.isalpha()), key=len, reverse=True)
    return re.compile(r"(?<![\w’'])[Tt]he\s+[a-z]+-(?:" + "|".join(offices) + r")(?![\w’'-])")


def missed_kin(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A possessive and a kinship word in lower case ("said my grandfather, who was leaning on the gate")
    that no recognised mention touches: the recogniser drops one now and then before a long clause. (Not
    "your Abba", a kin word used as a name, nor "Their son Jón Einarsson", which the name after it is.)"""
    return untouched_descriptions(kin_phrase_pattern(), text, spans)


def untouched_descriptions(pattern: re.Pattern, text: str,
                           spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The pattern's matches that no span touches, as descriptions of people."""
    covered = coverage(len(text), [(s, e) for s, e, _, _ in spans])
    return [(m.start(), m.end(), "NOM", "PER") for m in pattern.finditer(text) if not any(covered[m.start():m.end()])]


def bare_kin_words(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A description that is nothing but a kinship word one has only one of, in lower case ("nanna read
    from the paper", "said nanna"), is a name where the text also writes it capitalised as a person's name
    ("Nanna did not bargain"), as `kin_words_as_names` finds the ones the recogniser left out."""
    kin = kin_written_as_names(text, spans)
    words = time_words()
    when = {w.lower() for w in (*words["parts_of_day"], *words["seasons"], *words["units"], *words["weekdays"])}
    out = []
    for s, e, k, t in spans:
        *before, last = text[s:e].split()
        if k == "NOM" and t == "PER" and last in kin and (not before or before[-1].lower() in when):
            s, k = e - len(last), "PROP"          # also "That night nanna read": the time is no part of him
        out.append((s, e, k, t))
    return out


def whole_names(parse, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A person's name the recogniser cut short takes the given names and patronymics compounded
    before it: "Dr. Ignaty Markovich | Shchukin" gives "Ignaty Markovich Shchukin" (a title or
    another capitalised word before a name stays out: "Uncle William", "Poor Miss Taylor"), and a name
    cut after a given name the surname it is compounded with ("Pastor Friedrich | Scholz")."""
    given = given_names()
    out = []
    for start, end, kind, etype in spans:
        span = parse.char_span(start, end, alignment_mode="expand") if kind == "PROP" and etype == "PER" else None
        if span is not None:
            k = span.start
            # a given name, a patronymic, or any name before a patronymic ("Ignaty Markovich")
            while k > 0 and parse[k - 1].pos_ == "PROPN" and parse[k - 1].dep_ == "compound" and (
                    parse[k - 1].lower_ in given or is_patronymic(parse[k - 1].text)
                    or is_patronymic(parse[k].text) and k < span.end - 1):
                k -= 1
            start = min(start, parse[k].idx)
            # a name that stops at a given name takes the surname it is compounded with: "Pastor
            # Friedrich | Scholz"
            last, after = span[-1], parse[span.end] if span.end < len(parse) else None
            if after is not None and last.lower_ in given and after.pos_ == "PROPN" and after.text[:1].isupper() \
                    and after.lower_ not in honorifics() \
                    and (last.dep_ == "compound" and last.head.i == after.i
                         or after.dep_ in ("appos", "flat", "compound") and after.head.i == last.i):
                end = after.idx + len(after.text)
        out.append((start, end, kind, etype))
    return sorted(set(out))


def titles_with_their_names(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A title the recogniser set apart from the name right after it ("The Reverend" | "Arthur Thursby",
    "Zi" | "Pawl" of "Zi’ Pawl") is part of that name."""
    titles = honorifics()
    out: list[tuple[int, int, str, str]] = []
    elided_to = 0       # the end of the name an elided style took in
    for span in spans:
        start, end, kind, etype = span
        if start < elided_to:
            continue
        if out and kind == "PROP" and etype == "PER":
            before = out[-1]
            words = text[before[0]:before[1]].lower().split()
            if before[2] == "NOM" and before[3] == "PER" and text[before[1]:start] == " " and end - start > 1 \
                    and words and words[-1].rstrip(".") in titles and words[-1] not in relation_terms() and all(
                        w == "the" or w.rstrip(".") in titles for w in words):
                out[-1] = (before[0], end, "PROP", "PER")
                continue
        if text[start:end].lower() in name_parts()["elided_titles"] and (name := ELIDED_BEFORE_NAME.match(text, end)):
            span = (start, name.end(), "PROP", "PER")       # "Zi’ Pawl": a style elided before the name
            elided_to = name.end()
        out.append(span)
    return out


# The name after a style with its end elided: "Zi’ Pawl"
ELIDED_BEFORE_NAME = re.compile(r"['’] [^\W\d_a-z][^\W\d_]+(?: [^\W\d_a-z][^\W\d_]+)*")


def styles_after_names(parse, text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A style written small after a name as a word of its own (the Azerbaijani "Tofiq dayı", "Firəngiz
    xanım", "Sona bibi"), which the recogniser left out, is part of the name: “Again, Tofiq dayı!” calls
    Tofiq; and a person's one-word name so styled is a mention where the narration has it and the recogniser
    found none ("Sona bibi, my father's sister, came out"). (A style the rules already made a name of its own
    stays apart.)"""
    after, styles = set(name_parts()["titles_after"]), set(honorifics())

    def a_style(match) -> bool:
        # (a style before a name too only where the parser reads no verb: not "Ruth ate at our table")
        word = parse.char_span(match.start(1), match.end(1))
        return match.group(1) in after or match.group(1) in styles and word is not None \
            and word[0].pos_ in ("NOUN", "PROPN", "ADJ", "X")
    out = []
    for start, end, kind, etype in spans:
        style = STYLE_AFTER.match(text, end) if kind == "PROP" and etype == "PER" else None
        if style and a_style(style) and not any(s == style.start(1) for s, *_ in spans):
            end = style.end(1)
        out.append((start, end, kind, etype))
    names = {text[s:e] for s, e, k, t in spans if k == "PROP" and t == "PER" and " " not in text[s:e]
             and text[s:s + 1].isupper()}
    covered = coverage(len(text), [(s, e) for s, e, _, _ in out])
    words = list(WORD.finditer(text))
    candidates = [(name, style) for name, style in zip(words, words[1:]) if name[0] in names
                  and text[name.end():style.start()] == " " and (style[0] in after or style[0] in styles)]
    # (a style the text writes nowhere but after a name: not "na" of a pidgin "Chief na big man", nor the
    # "ate" of "we ate")
    wanted = {style[0] for _, style in candidates}
    only_after_names = wanted - {style[0] for before, style in zip(words, words[1:])
                                 if style[0] in wanted and before[0] not in names}
    found = []
    for name, style in candidates:
        styled = STYLE_AFTER.match(text, name.end())
        if style[0] in only_after_names and styled and a_style(styled) and not any(covered[name.start():style.end()]):
            found.append((name.start(), style.end(), "PROP", "PER"))
    if found:       # (in the narration only: the quotes stage's own reading of the quotation marks)
        outside = outside_quotes(quote_spans(text))
        found = [span for span in found if outside(span[0])]
    return sorted(out + found, key=lambda span: span[:2])       # (a name before a description of its extent)


# A byname after a name: "Murdo | the Post", "Evans | the Milk"
BYNAME_AFTER = re.compile(r" the ([^\W\d_a-z][^\W\d_]+)(?![\w’'-])")
# ... used this often with the name, it is part of it (not "gave Murdo the Bible" once)
MIN_BYNAME_USES = 2


def bynames(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A person's name of one or two words with a byname after it that the text uses with it at least
    MIN_BYNAME_USES times ("Murdo the Post came up the croft road", "Jones the Post"): the byname is part of
    the name (no day, month or name of a person: "Hughes the Friday", "told Ann the Mary she knew")."""
    given, calendar = known_given_names(), calendar_words()
    starts = {s for s, e, k, t in spans}
    uses: dict[str, int] = {}       # (each name with its byname counted once)
    out = []
    for start, end, kind, etype in spans:
        byname = BYNAME_AFTER.match(text, end) if kind == "PROP" and etype == "PER" \
            and len(text[start:end].split()) <= 2 else None
        if byname and byname[1] not in calendar and byname[1].lower() not in given and byname.start(1) not in starts:
            named = f"{text[start:end]} the {byname[1]}"
            if named not in uses:
                uses[named] = len(re.findall(rf"(?<![\w’'-]){re.escape(named)}(?![\w’'-])", text))
            if uses[named] >= MIN_BYNAME_USES:
                end = byname.end()
        out.append((start, end, kind, etype))
    return out


STYLE_AFTER = re.compile(r" ([^\W\d_]+)(?![\w’'-])(?! [A-Z])")
WORD = re.compile(r"(?<![\w’'-])[^\W\d_]+(?![\w’'-])")


@lru_cache(maxsize=1)
def suffixed_name_pattern() -> re.Pattern:
    suffixes = "|".join(sorted(name_parts()["honorific_suffixes"], key=len, reverse=True))
    return re.compile(r"\b[A-Z][^\W\d_]*(?:-[A-Z][^\W\d_]*)?-(?:" + suffixes + r")\b(?!-)", re.IGNORECASE)


def suffixed_names(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A name with an honorific suffix ("Nakagawa-san", "Yumi-chan", "Takeuchi-sensei") names a person,
    whole, whatever part of it the recogniser found, and with the name's words before it that it found too
    ("Ratna Bahadur-sahuji")."""
    found = [(m.start(), m.end()) for m in suffixed_name_pattern().finditer(text) if m.group()[0].isupper()]
    if not found:
        return spans
    # (with the words of the name before it that the recogniser took in: "Ratna Bahadur-sahuji")
    found = [(min([start] + [s for s, e, k, _ in spans if k == "PROP" and s < start < e
                             and not re.search(r"[^\w\s.'’-]", text[s:start])]), end) for start, end in found]
    out = [s for s in spans if not any(s[0] < end and start < s[1] for start, end in found)]
    return sorted(out + [(start, end, "PROP", "PER") for start, end in found])


def patronymic_markers(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A person's name the recogniser ended before the Turkic word for son or daughter of that follows the
    father's name ("Gulnara Jumabek | kyzy"): the name goes on to it."""
    markers = name_parts()["patronymic_markers_after"]
    out = []
    for start, end, kind, etype in spans:
        after = re.match(r"[ \t]+(\w+)\b", text[end:end + 12])
        if kind == "PROP" and etype == "PER" and after and after[1] in markers and " " in text[start:end]:
            end += after.end()
        out.append((start, end, kind, etype))
    return out


# A second surname after "i" (Catalan) or "y" (Spanish): "Jaume Vidal i Serra", "José Ortega y Gasset".
SECOND_SURNAME = re.compile(r"[ \t]+[iy][ \t]+([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)\b")
# and both surnames after a given name the recogniser ended at: "L'avi Pere | Vidal i | Pagès"
BOTH_SURNAMES = re.compile(r"[ \t]+[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?(?=[ \t]+[iy][ \t]+[A-Z])")


def second_surnames(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A person's name the recogniser ended before "i" or "y" and a second surname goes on to it ("Jaume Vidal
    | i | Serra" is one name, and so is "L'avi Pere | Vidal i | Pagès"); a given name after the word is another
    person ("Pere i Joan" is two)."""
    out, swallowed = [], set()
    for start, end, kind, etype in spans:
        first = BOTH_SURNAMES.match(text, end) if kind == "PROP" and etype == "PER" \
            and text[start:end].split()[-1].lower() in known_given_names() else None
        end = first.end() if first else end
        match = SECOND_SURNAME.match(text, end) if kind == "PROP" and etype == "PER" \
            and " " in text[start:end].strip() else None
        if match and match[1].lower() not in known_given_names() and match[1].lower() not in honorifics():
            swallowed.add(match.start(1))
            end = match.end()
        out.append((start, end, kind, etype))
    return [span for span in out if span[0] not in swallowed]


def coverage(length: int, spans: list[tuple[int, int]]) -> bytearray:
    """One byte per character of the text, set where one of the spans covers it."""
    covered = bytearray(length)
    for start, end in spans:
        covered[start:end] = b"\x01" * (end - start)
    return covered


def repeated_names(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Other uses of a person's name of two or more words that the recogniser found once and missed
    elsewhere (“Arkady Semyonovich, there was…” after "Arkady Semyonovich" in the narration, "the daughter of
    Qasha Yaqub"), or took a word of for a place ("Ma | Than | Than" with "Than" a place): the caller drops what
    lies inside them."""
    names = {" ".join(text[s:e].split()) for s, e, k, t in spans if k == "PROP" and t == "PER"}
    styles = honorifics()       # a style may be written lower case: "Seshamma garu", "proua Tamm"
    names = sorted((n for n in names if len(n.split()) > 1 and all(w[:1].isupper() or w.lower() in styles
                                                                  for w in n.split())
                    and any(w[:1].isupper() for w in n.split())), key=len, reverse=True)
    covered = coverage(len(text), [(s, e) for s, e, _, _ in spans])  # a name inside a mention ("a Miss Taylor")
    if not names:
        return opening_calls(text, spans, covered)
    # (but a word the recogniser made a place, inside the name and no further, not the whole of it: "Chiswick
    # Mall" a place stays one)
    placed = coverage(len(text), [(s, e) for s, e, k, t in spans if k == "PROP" and t != "PER"])
    pattern = re.compile(r"(?<![\w'’])(?:" + "|".join(r"\s+".join(map(re.escape, n.split())) for n in names)
                         + r")(?![\w'’-])")
    # (and a name after "of" in a description: "Sara, the daughter of Qasha Yaqub")
    named = coverage(len(text), [(s, e) for s, e, k, _ in spans if k != "NOM"])
    persons = coverage(len(text), [(s, e) for s, e, k, t in spans if k == "PROP" and t == "PER"])
    whole = {(s, e) for s, e, k, t in spans if k == "PROP" and t == "PER"}
    found = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if text[max(0, start - 3):start] == "of " and not any(named[start:end]):
            found.append((start, end, "PROP", "PER"))
        elif cut_short(text, start, end, covered, persons, whole, styles):
            found.append((start, end, "PROP", "PER"))
        elif not any(covered[start:end]) or covered[start:end] == placed[start:end] \
                and not (covered[start] and covered[end - 1]) \
                and not (start and covered[start - 1]) and not (end < len(text) and covered[end]):
            found.append((start, end, "PROP", "PER"))
    return found + opening_calls(text, spans, covered)


CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])[^\W\d_a-z][\w'’-]*\s+$")


def cut_short(text: str, start: int, end: int, covered: bytearray, persons: bytearray, whole: set[tuple[int, int]],
              styles) -> bool:
    """Is the name at start:end one the recogniser found whole elsewhere and here cut to its last words, a person's
    ("Dulmazhab | Tsyrenovna"), with nothing else around it, and no title before them ("the | Sayadaw")?"""
    if (start, end) in whole or not covered[end - 1] or covered[start] or covered[start:end] != persons[start:end]:
        return False
    if (start and covered[start - 1]) or (end < len(text) and covered[end]) \
            or CAPITALISED_BEFORE.search(text, max(0, start - 40), start):
        return False                # (nor the end of a longer one: "Khwaja | Abdul Rahim Dar")
    lead = text[start:end][:covered.index(1, start, end) - start].split()
    return not any(word.lower().rstrip(".") in styles or word.lower() == "the" or written_in_lower_case(text, word)
                   for word in lead)     # (nor a word the text also writes small: "Little | Said", "little Said")


# A quotation opening with a name set off by a comma or a sentence of its own, or that is the whole of it: “Saadet,”
# he said / “Saadet, the flag.” / “Saadet. Welcome.” / ‘Ninos.’
OPENING_CALL = re.compile(r"[“\"‘«„]\s*(?P<name>[^\W\d_][\w’'-]*)(?=,|[.!]\s+\w|[.!?]\s*[”’\"»“])")
# ... or set off by commas inside it: “Poetry requires suffering, Abdurehim, but not this much.”
INNER_CALL = re.compile(r",\s+(?P<name>[^\W\d_a-z][\w’'-]*)(?=,\s+[a-z]|[.!?]\s*[”’\"»])")


def opening_calls(text: str, spans: list[tuple[int, int, str, str]],
                  covered: bytearray) -> list[tuple[int, int, str, str]]:
    """A person's one-word name or a word of their longer name ("Saadet" of "Saadet Hanım"), not a
    title nor a kin word ("Uncle" of "Uncle Guoqiang"), missed where it opens a quotation as a call, or
    where commas set it off as one before the speech goes on or ends."""
    titles, kin = honorifics(), relation_terms()
    names = {word for s, e, k, t in spans if k == "PROP" and t == "PER" for word in text[s:e].split()
             if word[:1].isupper() and word.lower().rstrip(".") not in titles and word.lower() not in kin}
    calls = [*OPENING_CALL.finditer(text), *INNER_CALL.finditer(text)]
    return sorted((m.start("name"), m.end("name"), "PROP", "PER") for m in calls
                  if m["name"] in names and not any(covered[m.start("name"):m.end("name")]))


MIN_NAME_USES = 3      # a one-word name the recogniser found this often is a person's wherever else it stands
# a word in small letters before it, no article ("a Tamil name") and no comma (a call: “There is no time, Merche.”)
MID_SENTENCE_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:a|an|the)\s)[a-z][\w'’-]*\s+$")
# ... or the end of a sentence before it: "… across the whole parade ground. Ninos taught at a school"
SENTENCE_OPENING_BEFORE = re.compile(r"[a-z] ?[.!?][’”\"'»]*\s+$")


def missed_one_word_names(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Uses that the recogniser passed over of a one-word name it found a person's at least MIN_NAME_USES times
    and never anything else's, one the text never writes in lower case ("my brother Kato married Saala", Saala
    found a person elsewhere): after a word in small letters, not after an article ("a Tamil name") nor a comma
    (a call, which the speakers stage reads from the quotation); or opening a sentence, unless it is a title or
    a day."""
    uses: Counter = Counter()
    other: set[str] = set()
    for start, end, kind, etype in spans:
        word = text[start:end]
        if kind == "PROP" and " " not in word and word.isalpha() and word[:1].isupper():
            if etype == "PER":
                uses[word] += 1
            else:
                other.add(word)
    # (the text's words read once, not the whole text once a name: a novel has hundreds of names)
    written = set(WRITTEN_WORD.findall(text))
    names = sorted(w for w, n in uses.items() if n >= MIN_NAME_USES and w not in other and w.lower() not in written)
    if not names:
        return []
    covered = coverage(len(text), [(s, e) for s, e, _, _ in spans])
    # (a title or a day opens a sentence as a word: "Chief na big man", "Sunday came")
    openers = honorifics().keys() | {word.lower() for word in calendar_words()}
    # (not a word of a longer name: "Pilar Ruiz")
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-]|['’](?![st]\b))"
                         r"(?!\s+[^\W\d_a-z])")
    return [(m.start(), m.end(), "PROP", "PER") for m in pattern.finditer(text) if not any(covered[m.start():m.end()])
            and (MID_SENTENCE_BEFORE.search(text, max(0, m.start() - 24), m.start())
                 or m[0].lower() not in openers
                 and SENTENCE_OPENING_BEFORE.search(text, max(0, m.start() - 24), m.start()))]


# A word as written_in_lower_case reads one: a run of letters, digits, apostrophes and hyphens.
WRITTEN_WORD = re.compile(r"[\w'’-]+")


def written_in_lower_case(text: str, word: str) -> bool:
    """Does the text write the word (or words) in lower case somewhere, as a word of its own?"""
    return re.search(rf"(?<![\w'’-]){re.escape(word.lower())}(?![\w'’-])", text) is not None


def names_taken_for_nouns(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A person's mention the recogniser took for a common noun that is, word for word, a person's
    name elsewhere in the text and never written there in lower case ("Páll" once a name, once not)
    is that name: "Mother", a name in one place, is a noun where the text also writes "mother", and a
    title alone ("Inspector") or a kin word is never taken so."""
    taken = {text[s:e] for s, e, k, t in spans if k == "NOM" and t == "PER"}
    names = taken & {text[s:e] for s, e, k, t in spans if k == "PROP" and t == "PER"}
    words = honorifics().keys() | relation_terms().keys()
    names = {n for n in names if all(w[:1].isupper() for w in n.split()) and n.lower().rstrip(".") not in words
             and not written_in_lower_case(text, n)}
    return [(s, e, "PROP", t) if k == "NOM" and t == "PER" and text[s:e] in names else (s, e, k, t)
            for s, e, k, t in spans]


INTRODUCED_BY = re.compile(r"\b(?:named|called)\s+$")
# "My grandfather Hagop Sarkissian", "her cousin Vartan", "their mother's brother Goduka": a kinship word and the
# name of the kin
KIN_BEFORE = re.compile(r"^(?:my|our|his|her|their|your)\s+(?:[a-z-]+[’']s\s+)?(?:[a-z-]+\s+)?(?P<kin>[a-z-]+)\s+$",
                        re.IGNORECASE)


def introduced_names(parse, spans: list[tuple[int, int, str, str]], text: str) -> list[tuple[int, int, str, str]]:
    """The name that ends a person's common-noun mention after "named"/"called" ("a decent man named
    Pavel Ilyich Gromov") or after a kinship word ("my grandfather Hagop Sarkissian"), when the
    recogniser gave the whole phrase but not the name in it."""
    proper = {(start, end) for start, end, kind, _ in spans if kind == "PROP"}
    kin = relation_terms()
    out = []
    for start, end, kind, etype in spans:
        if kind != "NOM" or etype != "PER":
            continue
        phrase = parse.char_span(start, end, alignment_mode="expand")
        if phrase is None:
            continue
        names = [t for t in phrase if t.pos_ == "PROPN" and t.text[:1].isupper() and (
            INTRODUCED_BY.search(text[start:t.idx])
            or (before := KIN_BEFORE.match(text[start:t.idx])) and before["kin"].lower() in kin)]
        if names:
            first = names[0]
            last = first
            while last.i + 1 < phrase.end and parse[last.i + 1].pos_ == "PROPN":
                last = parse[last.i + 1]
            span = (first.idx, last.idx + len(last.text))
            if span not in proper:
                out.append((*span, "PROP", "PER"))
    return out


def names_made_of_names(spans: list[tuple[int, int, str, str]], text: str) -> list[tuple[int, int, str, str]]:
    """A name of several words the recogniser made a place or a body whose first word names a person alone in the
    text and another word is in people's names there ("—Justino Mamani Quispe." answering "Name?", beside Justino
    and Fermín Mamani Condori): a person, unless a place word is in it."""
    alone, words = set(), set()
    for start, end, kind, etype in spans:
        if kind == "PROP" and etype == "PER":
            name = text[start:end].split()
            words |= {w.lower() for w in name}
            if len(name) == 1:
                alone.add(name[0].lower())
    place_words = frozenset(name_parts()["place_words"])
    out = []
    for start, end, kind, etype in spans:
        name = text[start:end].lower().split()
        if kind == "PROP" and etype in ("GPE", "LOC", "FAC", "ORG") and len(name) > 1 and name[0] in alone \
                and any(w in words for w in name[1:]) and not place_words.intersection(name):
            etype = "PER"
        out.append((start, end, kind, etype))
    return out


@stage("entities", assigns=("entities",))
def find_entities(doc: Document) -> Document:
    by_key: dict[tuple[str, str], Entity] = {}
    entities: list[Entity] = []
    spans = lower_case_names(doc.text, mention_spans(doc.parse))
    spans = overrun_names(doc.text, split_at_sentence_breaks(doc.text, spans))
    # the rules read doc.text, the parse's own text (spaCy rebuilds Doc.text on every access)
    spans = sorted(spans + missed_names(doc.parse, spans) + introduced_names(doc.parse, spans, doc.text))
    spans = sorted(spans + missed_kin(doc.text, spans))
    spans = sorted(spans + missed_titles(doc.text, spans))
    spans = shouted_names(doc.text, spans)
    spans = bare_kin_words(doc.text, sorted(spans + kin_words_as_names(doc.parse, doc.text, spans)))
    spans = joined_names(doc.text, names_before_a_clause(doc.text, trailing_adverbs(doc.parse, spans)))
    spans = names_called_by(doc.text, spans)
    # "was all my mother said": the one who said it, not "all my mother"
    spans = [(s + len(m[1]), e, k, t) if k == "NOM" and (m := ALL_OF_ONE.match(doc.text, s, e)) else (s, e, k, t)
             for s, e, k, t in spans]
    spans = names_after_times(doc.text, spans)
    spans = second_surnames(doc.text, whole_names(doc.parse, spans))
    repeated = repeated_names(doc.text, spans)
    named = coverage(len(doc.text), [(s, e) for s, e, _, _ in repeated])
    # (a place word inside a name goes, and so does a piece of the name the recogniser cut it to)
    spans = sorted([(s, e, k, t) for s, e, k, t in spans
                    if not all(named[s:e]) or t == "PER" and k != "PROP"]
                   + repeated)
    spans = patronymic_markers(doc.text, suffixed_names(doc.text, spans))
    spans = styles_after_names(doc.parse, doc.text, bynames(doc.text, titles_with_their_names(doc.text, spans)))
    spans = second_surnames(doc.text, spans)        # (again: a title may have begun a name just now)
    spans = [(name_start(doc.text, s, e) if t == "PER" else date_start(doc.text, s, e), e, k, t) if k == "PROP"
             else (s, e, k, t) for s, e, k, t in spans]
    spans = [(after_imperative(doc.parse, s, e) if k == "PROP" else s, e, k, t) for s, e, k, t in spans]
    spans = names_never_acting(doc.parse, one_type_per_name(retype_places(doc.parse, spans, doc.text), doc.text),
                               doc.text)
    spans = names_made_of_names(spans, doc.text)
    spans = names_taken_for_nouns(doc.text, spans)
    spans = sorted(spans + missed_one_word_names(doc.text, spans))
    spans = stops_after_names(doc.text, speakers_are_people(doc.parse, vessels(doc.text, spans), doc.text))
    spans = kin_compound_names(doc.text, kin_of_names(doc.text, hyphened_names(doc.parse, doc.text, spans)))
    spans = saints_days_aside(doc.text, spans)
    for start, end, kind, etype in spans:
        text = doc.text[start:end]
        mention = Mention(start=start, end=end, text=text, kind=kind)
        key = name_key(text, kind)
        entity = by_key.get((etype, key)) if key else None
        if entity is None:
            entity = Entity(id=f"E{len(entities) + 1}", type=etype, name=text)
            entities.append(entity)
            if key:
                by_key[(etype, key)] = entity
        entity.mentions.append(mention)
    for entity in entities:
        entity.aliases = count_aliases(entity.mentions)
        entity.name = canonical_text(entity)
    headings = heading_lines(doc)
    days, numbers = day_names(), number_words()
    # "at Michaelmas" is a date, and “Six,” said my uncle a number: no one
    doc.entities = [e for e in entities if not (e.type in ("PER", "ORG") and len(e.mentions) == 1 and
                                                any(a <= e.mentions[0].start < b for a, b in headings))
                    and not all(m.text in days or m.text.lower() in numbers for m in e.mentions)]
    return doc


# Words of a chapter's title line at most.
TITLE_WORDS = 8
# Tokens after which a word is capitalised by position, not because it is a name.
OPENERS = frozenset({"“", '"', "‘", "'", "«", "--", "—", "(", ":"})


def capitalised_by_position(parse, entities: list[Entity]) -> list[Entity]:
    """"People" named once, by one word standing where any word takes a capital (first of a
    sentence, a line or a quotation), never written with a capital elsewhere, and no given name
    or title: common words ("Gas looming through the fog", "Nay, but…", "Michaelmas"), not persons."""
    if parse is None:   # a document built without the linguistic base: nothing to tell by
        return []
    known = given_names().keys() | honorifics().keys()
    suspects = []
    for entity in entities:
        if entity.type != "PER" or len(entity.mentions) != 1:
            continue
        span = parse.char_span(entity.mentions[0].start, entity.mentions[0].end)
        if (span is not None and len(span) == 1 and at_capital_position(span[0])
                and span[0].lower_.rstrip(".") not in known):
            suspects.append((entity, span[0]))
    if not suspects:
        return []
    elsewhere = {t.text for t in parse if t.text[:1].isupper() and not at_capital_position(t)}
    return [entity for entity, token in suspects if token.text not in elsewhere]


def at_capital_position(token) -> bool:
    """The token stands where any word takes a capital: first of a sentence, a line or a quotation."""
    if token.i == 0 or token.is_sent_start:
        return True
    before = token.doc[token.i - 1]
    return before.is_space or before.text in OPENERS or "\n" in before.whitespace_


def heading_lines(doc: Document) -> list[tuple[int, int]]:
    """The chapter heading lines, with the title line under a bare "CHAPTER 1." if there is one:
    a "person" or "organisation" named once, only there, is a word of the title ("The Winter of the
    Lists", "A Not Unnatural Enterprise", "Chapter Five: The Boiler Shop"), not a character."""
    text, out = doc.text, []
    for chapter in doc.document.chapters:
        end = text.find("\n", chapter.start)
        end = end if end != -1 else chapter.end
        title_end = text.find("\n", end + 1)
        title_end = title_end if title_end != -1 else len(text)
        title = text[end + 1:title_end].strip()
        if title and len(title.split()) <= TITLE_WORDS and title[-1] not in ".!?,;:\"”’" \
                and text[title_end:title_end + 2].strip() == "":
            end = title_end           # a short line without sentence punctuation, then a blank line
        out.append((chapter.start, end))
    return out


def count_aliases(mentions: list[Mention], variants: frozenset[str] = frozenset()) -> list[Alias]:
    """The names and descriptions a person goes by, with their counts: not pronouns, not a mention
    nested in another name ("Mr." of "Mr. Bennet"; a name inside a description, "the trader Toma Amituana'i",
    is an alias all the same), and not a passing description ("a junior draughtsman in the design office") when the person
    has a name or a short description."""
    counts: dict[str, int] = {}
    passing: dict[str, int] = {}
    reach = named_reach = -1  # end of the longest mention so far, and of the longest name
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        nested = m.end <= (named_reach if m.kind == "PROP" else reach)
        reach = max(reach, m.end)
        named_reach = max(named_reach, m.end) if m.kind == "PROP" else named_reach
        if m.kind == "PRON" or nested:
            continue
        text = " ".join(m.text.split())
        if m.kind == "NOM" and text.split()[0].lower() in DETERMINERS:   # "Our mother" heading a sentence
            text = text[0].lower() + text[1:]
        words = text.lower().split()
        table = passing if m.kind == "NOM" and (words[0] in ("a", "an") or len(words) > MAX_ALIAS_WORDS) else counts
        table[text] = table.get(text, 0) + 1
    return [Alias(text=t, count=c, variant=t in variants)
            for t, c in sorted((counts or passing).items(), key=lambda kv: (-kv[1], kv[0]))]


def canonical_text(entity: Entity) -> str:
    """The most frequent proper name, else the most frequent mention text."""
    props = [a for a in entity.aliases if not a.variant and any(
        m.kind == "PROP" and " ".join(m.text.split()) == a.text for m in entity.mentions)]
    pool = props or entity.aliases
    return POSSESSIVE.sub("", pool[0].text) if pool else entity.name


def renumber(doc: Document) -> None:
    """Give entities ids E1.. in order of first mention, and carry every reference to them along."""
    doc.entities.sort(key=lambda e: (min((m.start for m in e.mentions), default=-1), e.id))
    new_ids = {}
    for i, entity in enumerate(doc.entities, 1):
        new_ids[id(entity)] = f"E{i}"
    old_to_new = {entity.id: new_ids[id(entity)] for entity in doc.entities}
    for entity in doc.entities:
        entity.id = new_ids[id(entity)]

    def remap(entity_id):
        return old_to_new.get(entity_id, entity_id)
    for finding in doc.findings:
        finding.entities = [remap(e) for e in finding.entities]
    for quote in doc.quotes:
        quote.speaker = remap(quote.speaker) if quote.speaker else None
        quote.addressees = [remap(a) for a in quote.addressees]
    for relation in doc.relations:
        relation.subject, relation.object = remap(relation.subject), remap(relation.object)
    for event in doc.events:
        event.place = remap(event.place) if event.place else None
        for participant in event.participants:
            participant.entity = remap(participant.entity)
