"""Quotation marks the stages do not read, read as marks they do.

The stages read curly and straight quotes and «…». German and Czech books open speech with a low mark and
close it with a high one („Komm,“ sagte sie), Polish, Romanian and Hungarian ones with another („Chodź,”
powiedziała), a single ‚…‘ or ‚…’ inside; German, Danish and Czech books also set speech in guillemets that
point at the words (»Komm,« sagte sie) where French and Russian point them away («Viens,» dit-elle), and
Finnish and Swedish ones set one at both ends (»Tule,» hän sanoi), or the closing quotation mark at both ends
(”Tule,” hän sanoi); Swiss and some translated books set it in single guillemets (‹Komm,› sagte sie); German
in low-high single marks as well (‚Komm,‘ sagte sie); Japanese in corner brackets (「来て」); old e-texts in
two backticks and two apostrophes (``Come,'' she said); Dutch typescripts in two commas and a straight double
mark or two apostrophes (,,Kom," zei ze; ,,Kom,'' zei ze), the typewriter's low and high marks.
A text set one of those ways is analysed with its marks mapped to ones the stages read — one character
for one, or two for two, so every offset stays where it was — and the document it yields is mapped
back: every string in it that came from the text holds the marks as the text has them. A mapping is
only made onto marks the text does not use itself (or maps away itself: „…“ read as “…”), so that mapping
back restores the text exactly.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Callable

# a mark that opens: at a line's start or after a space or an opening bracket or dash, before a word
OPENING = re.compile(r"(?:^|(?<=[\s(\[—–-]))([»«›‹‚「])(?=[^\W_]|[.…])", re.MULTILINE)
# the low double mark opening, as German, Czech, Polish and Romanian books set it („Komm,“ / „Chodź,”)
LOW_OPENING = re.compile(r"(?:^|(?<=[\s(\[—–-]))„(?=[^\W_]|[.…‚])", re.MULTILINE)
# Openings a style needs before a text is read as set in it.
MIN_OPENINGS = 2


def mark_table(text: str) -> dict[int, int] | None:
    """The one-for-one mapping of the text's marks onto those the stages read; None when it needs none."""
    opened = [m.group(1) for m in OPENING.finditer(text)]
    if opened.count("»") > opened.count("«") and opened.count("»") >= MIN_OPENINGS and "«" in text:
        return str.maketrans("»«›‹", "«»‹›")         # inward guillemets, and their single ones: turned round
    if "«" not in text and opened.count("»") >= MIN_OPENINGS and "”" not in text:
        return str.maketrans("»", "”")              # one mark at both ends, as Finnish and Swedish set it
    if "«" not in text and "»" not in text:
        if opened.count("‹") > opened.count("›") and opened.count("‹") >= MIN_OPENINGS:
            return str.maketrans("‹›", "«»")         # single guillemets as the only marks
        if opened.count("›") > opened.count("‹") and opened.count("›") >= MIN_OPENINGS and "‹" in text:
            return str.maketrans("›‹", "«»")         # single guillemets facing inward
    if len(LOW_OPENING.findall(text)) >= MIN_OPENINGS and "«" not in text and "»" not in text:
        if "”" not in text:
            # „…“ as German and Czech set it: the low mark read as the opening one, the high as the closing
            return str.maketrans("„“‚", "“”‘") if "‘" not in text else str.maketrans("„“", "“”")
        if "“" not in text:
            # „…” as Polish, Romanian and Hungarian set it, ‚…’ inside
            return str.maketrans("„‚", "“‘") if "‘" not in text else str.maketrans("„", "“")
    if not any(mark in text for mark in "“”„"):
        if opened.count("‚") >= MIN_OPENINGS:
            return str.maketrans("‚‘", "“”")         # low-high single marks (’ stays the apostrophe)
        if opened.count("「") >= MIN_OPENINGS:
            return str.maketrans("「」", "“”")         # corner brackets
    return None


# The closing marks opening a quotation, as Swedish and Finnish books set them (”Kom,” sa hon; ’Kom,’ sa hon):
# read as the opening ones where the text has none of its own. An apostrophe eliding the start of a year
# or a word (’41, ’em, ’tis) stands where a single mark would open, and stays.
CLOSING_AS_OPENING = re.compile(r"(?:^|(?<=[\s(\[—–-]))”(?=[^\W_]|[.…’])", re.MULTILINE)
SINGLE_CLOSING_AS_OPENING = re.compile(r"(?:^|(?<=[\s(\[—–-]|“))’(?!(?:em|tis|twas|til|cause|n|round)\b)(?=[^\W\d_]|[.…])",
                                       re.MULTILINE | re.IGNORECASE)


# Two backticks opening before a word: the e-text style, read when the text has no curly marks of its own.
BACKTICKS = re.compile(r"``(?=[^\W_]|[.…])")
# The backtick style read as curly marks: each pair becomes a space and a mark, the mark beside its words.
FROM_BACKTICKS = (("``", " “"), ("''", "” "), ("`", "‘"))
BACK_TO_BACKTICKS = str.maketrans("“”‘", "`'`")


# Two commas opening before a word: the typewriter's low mark, read when the text has no curly double marks.
LOW_COMMAS = re.compile(r"(?:^|(?<=[\s(\[—–-])),,(?=[^\W_]|[.…])", re.MULTILINE)
COMMAS_BACK = str.maketrans("“", ",")


@dataclasses.dataclass(frozen=True)
class MarkReading:
    """A text with its marks as the stages read them, and how a string of it is mapped back."""
    text: str
    restore: Callable[[str], str]


def read_marks(text: str) -> MarkReading | None:
    """The text as the stages read it; None when its marks are read as they are."""
    table = mark_table(text)
    if table:
        back = inverse(table)
        return MarkReading(text.translate(table), lambda string: string.translate(back))
    if "“" not in text and len(CLOSING_AS_OPENING.findall(text)) >= MIN_OPENINGS:
        if "‘" in text:
            return MarkReading(CLOSING_AS_OPENING.sub("“", text), lambda string: string.replace("“", "”"))
        read = SINGLE_CLOSING_AS_OPENING.sub("‘", CLOSING_AS_OPENING.sub("“", text))
        return MarkReading(read, lambda string: string.replace("“", "”").replace("‘", "’"))
    if len(BACKTICKS.findall(text)) >= MIN_OPENINGS and "''" in text and not any(m in text for m in "“”‘"):
        for marks, read_as in FROM_BACKTICKS:
            text = text.replace(marks, read_as)
        return MarkReading(line_start_marks(text), from_curly_to_backticks)
    if len(LOW_COMMAS.findall(text)) >= MIN_OPENINGS and not any(m in text for m in "“”"):
        # the two commas become a space and an opening mark; the closing mark, the straight double one where
        # the text has it, else two apostrophes, a closing mark (and a space after it)
        read = line_start_marks(LOW_COMMAS.sub(" “", text))
        if '"' in text:
            return MarkReading(read.replace('"', "”"), from_curly_to_low_commas)
        return MarkReading(read.replace("''", "” "), from_curly_to_low_commas_and_apostrophes)
    return None


# A space and a mark read for two characters at a line's start, the line breaks before; and as read.
SPACED_LINE_START = re.compile(r"((?:[ \t]*\n)+) “")
LINE_START_SPACED = re.compile(r" ((?:[ \t]*\n)+)“")


def line_start_marks(text: str) -> str:
    """A two-character mark read as a space and a mark opens its line with the mark, the space before the
    line breaks: a paragraph is not set in by a space its mark made, nor its blank line made another."""
    return SPACED_LINE_START.sub(r" \1“", text)


def spaced_line_starts(string: str) -> str:
    return LINE_START_SPACED.sub(r"\1 “", string)


def low_commas_back(string: str) -> str:
    """The opening marks read as curly ones back to the two commas they were."""
    return spaced_line_starts(string).replace(" “", ",,").translate(COMMAS_BACK)


def from_curly_to_low_commas(string: str) -> str:
    return low_commas_back(string).replace("”", '"')


def from_curly_to_low_commas_and_apostrophes(string: str) -> str:
    return low_commas_back(string).replace("” ", "''").replace("”", "'")


def from_curly_to_backticks(string: str) -> str:
    # (a string cut between a mark and its space keeps the space: only whole quotations are widened to it)
    return spaced_line_starts(string).replace(" “", "``").replace("” ", "''").translate(BACK_TO_BACKTICKS)


def restored(doc, reading: MarkReading):
    """The document with every string from the text as the text has it, and each quotation spanning its
    marks whole (a two-character mark was read as one beside a space)."""
    doc = mapped_back(doc, reading.restore)
    text = doc.text
    for quote in doc.quotes:
        if quote.start > 0 and text[quote.start - 1:quote.start + 1] in ("``", ",,"):
            quote.start -= 1
        if text[quote.end - 1:quote.end + 1] == "''":
            quote.end += 1
        quote.text = text[quote.start:quote.end]
    return doc


def mapped_back(value, restore: Callable[[str], str]):
    """Map the marks back in every string a document holds (its text, quotations, names)."""
    if isinstance(value, str):
        return restore(value)
    if isinstance(value, list):
        for i, item in enumerate(value):
            value[i] = mapped_back(item, restore)
        return value
    if isinstance(value, dict):
        for key, item in value.items():
            value[key] = mapped_back(item, restore)
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            if f.compare:           # (not the parse, nor the run's options)
                setattr(value, f.name, mapped_back(getattr(value, f.name), restore))
    return value


def inverse(table: dict[int, int]) -> dict[int, int]:
    return {to: from_ for from_, to in table.items()}
