"""A printed book's page furniture, as a scan read by OCR keeps it.

Between one page and the next such a text holds the page's number and a running head (the book's title,
the chapter's), each a line standing between blank lines, wherever the page fell — between paragraphs,
inside one, inside a sentence. A line of a page number alone is furniture where the text has at least
MIN_PAGES of them; a running head is a line set beside one whose words stand so at least twice, or a line
holding its page's number at either end whose words (the number left out) stand so on MIN_PAGES lines.
The furniture is no part of the text: a running head is no chapter heading, and the paragraph a page broke
is read on over it.
"""
from __future__ import annotations

import re
from collections import Counter

from personae.model import paragraph_spans

# Page-number lines a text needs before its numbered lines are read as page numbers.
MIN_PAGES = 3
# Times a head's words stand beside page numbers before they are read as a running head.
MIN_HEAD_REPEATS = 2
PAGE_NUMBER = re.compile(r"[\[(—–-]?[ \t]*\d{1,4}[ \t]*[\])—–-]?")
# A line's words with a page number at either end left out: "118  THE OTHER SIDE", "THE OTHER SIDE  119"
NUMBERED_HEAD = re.compile(r"(?:\d{1,4}[ \t]+)?(.*?)(?:[ \t]+\d{1,4})?")


def page_furniture(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of page furniture in the text, in text order; [] for a text without."""
    blocks = paragraph_spans(text)
    lines = [i for i, (start, end) in enumerate(blocks) if "\n" not in text[start:end]]

    def words(i: int) -> str:
        return " ".join(NUMBERED_HEAD.fullmatch(text[blocks[i][0]:blocks[i][1]]).group(1).split())
    numbers = {i for i in lines if PAGE_NUMBER.fullmatch(text[blocks[i][0]:blocks[i][1]])}
    # a head and its page's number on one line ("118  THE OTHER SIDE"), the same words on every page
    numbered = [i for i in lines if i not in numbers and words(i) != " ".join(text[blocks[i][0]:blocks[i][1]].split())]
    said = Counter(words(i) for i in numbered)
    numbered = [i for i in numbered if said[words(i)] >= MIN_PAGES]
    if len(numbers) + len(numbered) < MIN_PAGES:
        return []
    beside = [i for i in lines if i not in numbers and (i - 1 in numbers or i + 1 in numbers)]
    heads = Counter(words(i) for i in beside)
    furniture = numbers | set(numbered) | {i for i in beside if words(i) and heads[words(i)] >= MIN_HEAD_REPEATS}
    return [blocks[i] for i in sorted(furniture)]


def running_heads(text: str) -> list[tuple[int, int]]:
    """The furniture lines that hold words (a page's running head), not a page number alone."""
    return [(start, end) for start, end in page_furniture(text) if not PAGE_NUMBER.fullmatch(text[start:end])]
