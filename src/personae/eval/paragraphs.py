"""Paragraph breaks for LitBank's tokenised texts, restored from the books they came from.

LitBank's *_brat.txt files hold one sentence a line, so a reader of them cannot tell where a
paragraph (in dialogue: a turn) ends. The full books in litbank/original/ still have their
blank lines. `Paragraphed` aligns the tokenised text to its book token by token and puts a
blank line before each token that begins a paragraph there (LitBank's sentence lines do not
always break where the book's paragraphs do: “Who?” said I. “Father Flynn.”), so the
analysed text has blank lines between paragraphs, as a user's file would. Gold offsets are
moved with `shift`. Only the book's layout is read; no annotation goes into the text.
"""
from __future__ import annotations

import bisect
import re
from pathlib import Path

from personae.model import BLANK_LINE

SEARCH_AHEAD = 200  # how far past the previous token a token may start in the book
# Curly and straight quotation marks differ between LitBank's text and some books: match them alike.
SAME_MARKS = str.maketrans("‘’“”", "''\"\"")


def paragraph_starts(text: str, book: str) -> list[int] | None:
    """Offsets in `text` (tokens separated by spaces, one sentence a line) of the tokens that
    begin a paragraph in `book`; None when the text's start is not found in the book."""
    where = [i for i, c in enumerate(book) if not c.isspace()]
    flat = "".join(book[i] for i in where).translate(SAME_MARKS)
    tokens = [(m.start(), m.group().translate(SAME_MARKS)) for m in re.finditer(r"\S+", text)]
    if not tokens:
        return None
    cursor = flat.find("".join(t for _, t in tokens[:8]))
    if cursor < 0:
        return None
    starts = []
    for k, (offset, token) in enumerate(tokens):
        found = flat.find(token, cursor, cursor + SEARCH_AHEAD)
        if found < 0:
            continue
        if k and found > 0 and BLANK_LINE.search(book[where[found - 1]:where[found]]):
            starts.append(offset)
        cursor = found + len(token)
    return starts


class Paragraphed:
    """A tokenised text with a blank line before each paragraph, and the offset map into it."""

    def __init__(self, text: str, starts: list[int]):
        self.source = text
        self.points, self.added, parts, last, total = [], [], [], 0, 0
        for start in sorted(starts):
            # a paragraph that starts a line needs one more newline; one inside a line two
            gap = "\n" if start > 0 and text[start - 1] == "\n" else "\n\n"
            parts.append(text[last:start])
            parts.append(gap)
            total += len(gap)
            self.points.append(start)
            self.added.append(total)
            last = start
        parts.append(text[last:])
        self.text = "".join(parts)

    def shift(self, offset: int) -> int:
        """An offset into the tokenised text -> the same place in `self.text` (a span's end
        never falls on a paragraph start, which is always a token's first character)."""
        k = bisect.bisect_right(self.points, offset)
        return offset + (self.added[k - 1] if k else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.shift(start), self.shift(end)


def paragraphed(name: str, text: str, root: Path) -> Paragraphed:
    """`text` (LitBank's tokenised NAME) with the paragraph breaks of original/NAME.txt; unchanged
    when the book is missing or does not align."""
    book = Path(root) / "original" / f"{name}.txt"
    starts = paragraph_starts(text, book.read_text(encoding="utf-8", errors="replace")) if book.exists() else None
    return Paragraphed(text, starts or [])
