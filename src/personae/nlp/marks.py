"""Guillemets that face inward.

German, Danish and Czech books set speech in guillemets that point at the words (»Komm,« sagte
sie); French, Russian and most others point them away («Viens,» dit-elle). The stages read the
second way, so a text set the first way is analysed with each guillemet turned round — one
character for one, so every offset stays where it was — and the document it yields is turned
back: every string in it that came from the text holds the marks as the text has them.
"""
from __future__ import annotations

import dataclasses
import re

TURNED = str.maketrans("»«›‹", "«»‹›")
# a guillemet that opens: at a line's start or after a space or an opening bracket or dash, before a word
OPENING = re.compile(r"(?:^|(?<=[\s(\[—–-]))([»«])(?=[^\W_]|[.…])", re.MULTILINE)


def faces_inward(text: str) -> bool:
    """Does the text open its quotations with » and close them with «?"""
    opened = [m.group(1) for m in OPENING.finditer(text)]
    inward = opened.count("»")
    return inward > opened.count("«") and inward >= 2 and "«" in text


def turned(text: str) -> str:
    """The text with its guillemets turned round (the same length, the same offsets)."""
    return text.translate(TURNED)


def turn_back(value):
    """Turn every guillemet back in the strings a document holds (its text, quotations, names)."""
    if isinstance(value, str):
        return value.translate(TURNED)
    if isinstance(value, list):
        for i, item in enumerate(value):
            value[i] = turn_back(item)
        return value
    if isinstance(value, dict):
        for key, item in value.items():
            value[key] = turn_back(item)
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            if f.compare:           # (not the parse, nor the run's options)
                setattr(value, f.name, turn_back(getattr(value, f.name)))
    return value
