"""Quotation marks the stages do not read, read as marks they do.

The stages read curly and straight quotes, «…» and „…“. German, Danish and Czech books set speech in
guillemets that point at the words (»Komm,« sagte sie) where French and Russian point them away
(«Viens,» dit-elle), and Finnish and Swedish ones set one at both ends (»Tule,» hän sanoi); Swiss and
some translated books set it in single guillemets (‹Komm,› sagte sie);
German in low-high single marks as well (‚Komm,‘ sagte sie); Japanese in corner brackets (「来て」).
A text set one of those ways is analysed with its marks mapped to ones the stages read — one character
for one, so every offset stays where it was — and the document it yields is mapped back: every string
in it that came from the text holds the marks as the text has them. A mapping is only made onto marks
the text does not use itself, so that mapping back restores the text exactly.
"""
from __future__ import annotations

import dataclasses
import re

# a mark that opens: at a line's start or after a space or an opening bracket or dash, before a word
OPENING = re.compile(r"(?:^|(?<=[\s(\[—–-]))([»«›‹‚「])(?=[^\W_]|[.…])", re.MULTILINE)
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
    if not any(mark in text for mark in "“”„"):
        if opened.count("‚") >= MIN_OPENINGS:
            return str.maketrans("‚‘", "“”")         # low-high single marks (’ stays the apostrophe)
        if opened.count("「") >= MIN_OPENINGS:
            return str.maketrans("「」", "“”")         # corner brackets
    return None


def mapped_back(value, table: dict[int, int]):
    """Map the marks back in every string a document holds (its text, quotations, names); `table` is the
    inverse of the one the text was read with."""
    if isinstance(value, str):
        return value.translate(table)
    if isinstance(value, list):
        for i, item in enumerate(value):
            value[i] = mapped_back(item, table)
        return value
    if isinstance(value, dict):
        for key, item in value.items():
            value[key] = mapped_back(item, table)
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            if f.compare:           # (not the parse, nor the run's options)
                setattr(value, f.name, mapped_back(getattr(value, f.name), table))
    return value


def inverse(table: dict[int, int]) -> dict[int, int]:
    return {to: from_ for from_, to in table.items()}
