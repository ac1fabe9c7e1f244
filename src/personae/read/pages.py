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
# The rule a page's footnotes stand under, and a note's number opening its first line
FOOT_RULE = re.compile(r"^[ \t]*[_—–-]{5,}[ \t]*$", re.MULTILINE)
NOTE_NUMBER = re.compile(r"[ \t]*(\d{1,3})[ \t.)]")


def page_furniture(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of page furniture in the text, in text order; [] for a text without. A head
    and its page number may stand on two lines of their own together, or apart between blank lines; a text
    whose pages end in form feeds (`pdftotext`'s) has its own: `fed_pages`."""
    if text.count("\f") >= MIN_PAGES:
        return fed_pages(text)
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


def fed_pages(text: str) -> list[tuple[int, int]]:
    """The furniture of pages that end in a form feed, as `pdftotext` prints a book: at each page's foot the
    rule and the footnotes under it, the feed, and the next page's running head or number (a line that opens
    or ends with a number, or the same words at the top of MIN_PAGES pages), with the blank lines after it."""
    pages = fed_page_feet(text)
    tops = Counter(" ".join(NUMBERED_HEAD.fullmatch(top_line(text, feed).strip()).group(1).split())
                   for _, feed, _ in pages)
    out = []
    first = top_line(text, -1)      # (the first page's head: a number beside words that head another page)
    words = " ".join(NUMBERED_HEAD.fullmatch(first.strip()).group(1).split())
    if first.strip() and words != " ".join(first.split()) and tops[words]:
        out.append((0, len(first)))
    for _, feed, rule in pages:
        if rule is not None and NOTE_NUMBER.match(text, rule.end() + 1):
            out.append((rule.start(), feed))          # the page's notes
        line = top_line(text, feed)
        words = " ".join(NUMBERED_HEAD.fullmatch(line.strip()).group(1).split())
        end = feed + 1 + len(line)
        out.append((feed, end if line.strip() and (words != " ".join(line.split()) or tops[words] >= MIN_PAGES)
                    else feed + 1))
    return out


def fed_page_feet(text: str) -> list[tuple[int, int, re.Match | None]]:
    """Each page of a text whose pages end in form feeds: where it starts, its feed, and the last rule at its foot
    that footnotes may stand under (None where there is none)."""
    feeds = [m.start() for m in re.finditer("\f", text)]
    out = []
    for k, feed in enumerate(feeds):
        page_start = feeds[k - 1] + 1 if k else 0
        rules = list(FOOT_RULE.finditer(text, page_start, feed))
        out.append((page_start, feed, rules[-1] if rules else None))
    return out


def top_line(text: str, feed: int) -> str:
    """The line a form feed opens (the next page's first)."""
    end = text.find("\n", feed + 1)
    return text[feed + 1:end if end >= 0 else len(text)]


def page_note_references(text: str) -> list[tuple[int, int]]:
    """Where a fed page's text refers to a footnote at its foot by the note's number glued to a word, as
    `pdftotext` prints a superscript ("the ayllu1 of his mother"): the first such use of the number on the
    page."""
    if text.count("\f") < MIN_PAGES:
        return []
    out = []
    for page_start, feed, rule in fed_page_feet(text):
        if rule is None:
            continue
        for line in text[rule.end():feed].split("\n"):
            number = NOTE_NUMBER.match(line)
            if number:
                glued = re.compile(rf"(?<=[^\W\d_]){number.group(1)}(?![\w])")
                found = glued.search(text, page_start, rule.start())
                if found:
                    out.append(found.span())
    return sorted(out)
