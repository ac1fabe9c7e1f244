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
    """(start, end) of each line of page furniture in the text, in text order; [] for a text without. A head
    and its page number may stand on two lines of their own together, or apart between blank lines."""
    blocks = paragraph_spans(text)
    # the lines of each block of one or two lines: a head and a number may stand together ("THE MILL\n117")
    lines: dict[int, list[tuple[int, int]]] = {}
    for i, (start, end) in enumerate(blocks):
        if text.count("\n", start, end) <= 1:
            cut = text.find("\n", start, end)
            head_end = cut
            while head_end > start and text[head_end - 1] in " \t":
                head_end -= 1
            lines[i] = [(start, end)] if cut < 0 else [(start, head_end), (cut + 1, end)]

    def said(span: tuple[int, int]) -> str:
        return " ".join(text[span[0]:span[1]].split())

    def words(span: tuple[int, int]) -> str:
        return " ".join(NUMBERED_HEAD.fullmatch(said(span)).group(1).split())
    numbers = {span for spans in lines.values() for span in spans if PAGE_NUMBER.fullmatch(said(span))}
    numbered_blocks = {i for i, spans in lines.items() if any(span in numbers for span in spans)}
    # a head and its page's number on one line ("118  THE OTHER SIDE"), the same words on every page
    numbered = [spans[0] for i, spans in lines.items() if len(spans) == 1 and spans[0] not in numbers
                and words(spans[0]) != said(spans[0])]
    repeated = Counter(words(span) for span in numbered)
    numbered = [span for span in numbered if repeated[words(span)] >= MIN_PAGES]
    if len(numbers) + len(numbered) < MIN_PAGES:
        return []
    alone = {i for i in numbered_blocks if len(lines[i]) == 1}     # a page number standing alone
    beside = [span for i, spans in lines.items() for span in spans if span not in numbers
              and (i in numbered_blocks or len(spans) == 1 and (i - 1 in alone or i + 1 in alone))]
    heads = Counter(words(span) for span in beside)
    running = {span for span in beside if words(span) and heads[words(span)] >= MIN_HEAD_REPEATS}
    return sorted(numbers | set(numbered) | running)


def running_heads(text: str) -> list[tuple[int, int]]:
    """The furniture lines that hold words (a page's running head), not a page number alone."""
    return [(start, end) for start, end in page_furniture(text) if not PAGE_NUMBER.fullmatch(text[start:end])]
