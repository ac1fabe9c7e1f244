"""Quotations: find every quoted stretch of text.

Curly and straight double quotes and guillemets, paired within a paragraph; an
opening mark left unclosed at a paragraph end continues into the next
paragraph when that one opens with a mark too (the convention for long speech).
"""
from __future__ import annotations

import re

from personae.model import Document, Quote
from personae.stages import stage

PAIRS = {"“": "”", "«": "»", '"': '"'}
OPENERS = re.compile(r"[“«\"]")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation, marks included."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while True:
        match = OPENERS.search(text, i)
        if not match:
            return spans
        start, close = match.start(), PAIRS[match.group()]
        j = start + 1
        while True:
            end = text.find(close, j)
            para = text.find("\n\n", j)
            if end != -1 and (para == -1 or end < para):
                spans.append((start, end + 1))
                i = end + 1
                break
            if para == -1:
                i = n
                break
            nxt = para + 2
            while nxt < n and text[nxt] in " \t\n":
                nxt += 1
            if nxt < n and text[nxt] == match.group():   # speech running on into the next paragraph
                j = nxt + 1
                continue
            i = para                                     # an unclosed mark: not a quotation
            break


def outside_quotes(spans: list[tuple[int, int]]):
    """A predicate: is a character offset outside every quotation?"""
    import bisect

    starts = [s for s, _ in spans]

    def test(offset: int) -> bool:
        k = bisect.bisect_right(starts, offset) - 1
        return k < 0 or offset >= spans[k][1]
    return test


@stage("quotes", assigns=("quotes",))
def find_quotes(doc: Document) -> Document:
    doc.quotes = [Quote(id=f"Q{i}", start=s, end=e, text=doc.text[s:e])
                  for i, (s, e) in enumerate(quote_spans(doc.text), 1)]
    return doc
