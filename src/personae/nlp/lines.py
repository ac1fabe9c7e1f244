"""Hard-wrapped text, printed pages and note references read as running text.

Old e-texts and typescripts break their lines at a fixed width inside paragraphs, which stand apart by blank
lines; a printed book read by OCR breaks them at a width its type fills unevenly, breaks words at a line's
end with a hyphen, and keeps each page's number and running head wherever the page fell (read.pages).
The parser takes a line break for the end of a sentence and the furniture for words of the text, so such
a text is analysed as running text: each break the width forced read as a space, a word broken at a line's
end read whole, the furniture between two pages left out, the paragraph it broke read on over it (or a
paragraph break read there, where a paragraph may have ended with the page). Every span of the document
it yields is then mapped back onto the original and given back its text there. A scholarly text's note
references ("in 1931.[4]", "he said.⁵") are left out of the reading the same way: set after a word or a
quotation's mark they stand between the parser and the sentence or quotation they close.

A break is forced by the width when the next line's first word would not have fitted on the line, near
enough: a line shorter than the width by more than the type's unevenness allows was ended by its writer
("Your loving son,"), and keeps its break.
"""
from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from collections import Counter

from personae.lang.en import time_words
from personae.model import BLANK_LINE
from personae.read.pages import page_furniture, page_note_references

# Wrapped lines are at most this long (a typescript's or e-text's width; a paragraph set on one line is longer).
MAX_WRAP_WIDTH = 100
# Paragraphs of two lines or more a text needs before it is read as wrapped.
MIN_WRAPPED_PARAGRAPHS = 3
# A note's number set after a word or mark ("in 1931.[4]", "he said.⁵"), and how many a text needs
NOTE_REFERENCE = re.compile(r"(?<=[^\s\d])(?:\[\d{1,3}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
MIN_NOTE_REFERENCES = 3
# The notes at a chapter's end: a heading of its own, then the first note's number
NOTES_HEADING = re.compile(r"^(?:notes|endnotes|notes to [^\n]{1,60}|sources and notes)[ \t]*\n\s*(?:\[1\]|1[.)\s])",
                           re.IGNORECASE | re.MULTILINE)
# A paragraph's first line set in, as a book typed without blank lines marks its paragraphs; how many such
# lines a text needs, and the most blank lines it may have for each, to be read so
SET_IN_LINE = re.compile(r"([ \t]+)\S")
SET_IN_LINE_ANYWHERE = re.compile(r"(?:^|(?<=[\n\f]))[ \t]+\S")
MIN_SET_IN_PARAGRAPHS = 3
MAX_BLANK_SHARE = 0.25
# Share of lines of sentence-per-line text that may still hold a sentence end inside.
SENTENCE_LINE_SHARE = 0.2
# A sentence end followed by another sentence, not after a title or an initial ("Mr. Bennet").
INNER_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\b[A-Z])"
                                r"[.!?][”\"’']?\s+[“\"‘']?[A-Z]")
# A line break and the indent of the line after it, which has words on it
NEXT_LINE = re.compile(r"\n[ \t]*(?=\S)")
# The part of the width a full line may leave empty: proportional type fills lines unevenly.
UNEVENNESS = 1 / 8
# A line break, with the line before it and the indent and first word of the line after
LINE_BREAK = re.compile(r"([^\n]*)\n(?=([ \t]*)(\S+))")
# A line ending in a word broken by a hyphen, and that word's head
BROKEN_HEAD = re.compile(r"([^\W\d_]+)-$")
# Words a hyphen joins in the text ("twenty-five", "Jean-Baptiste")
HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
WORD = re.compile(r"[^\W\d_]+")
FIRST_WORD = re.compile(r"\S+")
# A line that may end a paragraph: a sentence's end, a closing mark after it
SENTENCE_END = re.compile(r"[.!?…:;][”’\"'»)\]]*$")
# What opens a quotation or a line of dialogue, and a sentence after them
OPENING_MARKS = "“‘\"'«»„‚‹›「—–-"
OPENS_SENTENCE = re.compile(rf"[{re.escape(OPENING_MARKS)}(\[ ]*[A-Z]")


@dataclasses.dataclass(frozen=True)
class Reading:
    """A text as the stages read it, and where each of its positions stands in the original."""
    text: str
    at: tuple[int, ...]         # reading positions from which ...
    shift: tuple[int, ...]      # ... this many more characters of the original stand before them

    def original_start(self, position: int) -> int:
        i = bisect_right(self.at, position)
        return position + (self.shift[i - 1] if i else 0)

    def original_end(self, position: int) -> int:
        i = bisect_left(self.at, position)
        return position + (self.shift[i - 1] if i else 0)

    def position_of(self, original: int) -> int:
        """Where a position of the original stands in the reading (one cut out: where the cut was)."""
        i = bisect_right([at + shift for at, shift in zip(self.at, self.shift)], original)
        position = original - (self.shift[i - 1] if i else 0)
        return min(position, self.at[i]) if i < len(self.at) else position


def running_text(text: str) -> Reading | None:
    """The text read as running text; None when it reads as it stands."""
    edits = [(m.start(), m.end(), "") for m in NOTE_REFERENCE.finditer(text)]
    if len(edits) < MIN_NOTE_REFERENCES:
        edits = []
    edits = sorted(edits + [(start, end, "") for start, end in page_note_references(text)])
    edits += set_in_paragraph_edits(text, edits) or wrapped_line_edits(text, edits) or paragraph_line_edits(text)
    return edited(text, sorted(edits)) if edits else None


def sentence_per_line(text: str) -> bool:
    """Text set one sentence a line (as in tokenised corpora), where a line break is no new
    paragraph: few lines hold a sentence end followed by another sentence."""
    lines = [line for line in text.split("\n") if line.strip()]
    inner = sum(1 for line in lines if INNER_SENTENCE_END.search(line))
    return bool(lines) and inner <= SENTENCE_LINE_SHARE * len(lines)


def paragraph_line_edits(text: str) -> list[tuple[int, int, str]]:
    """A text set a paragraph a line with no blank line between, as a word processor saves one, is read with a blank
    line between its paragraphs, a typist's tab opening one cut (not one set a sentence a line, whose sentences run
    on into the next line)."""
    if BLANK_LINE.search(text) or sentence_per_line(text):
        return []
    return [(m.start(), m.end(), "\n\n") for m in NEXT_LINE.finditer(text)]


def notes_start(text: str) -> int:
    """Where the notes set at the text's end begin (the text's length, where it has none): a scholar's
    apparatus, which dates its sources (an interview of 1978), not the story."""
    found = list(NOTES_HEADING.finditer(text))
    return found[-1].start() if found else len(text)


def set_in_paragraph_edits(text: str, notes: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """What the line breaks of a text that marks its paragraphs by setting in their first lines, with hardly a
    blank line between, are read as: a paragraph break before each line set in by the paragraphs' indent (give
    or take a space; or less, or holding no word: an ornament between scenes), its indent cut; a block set in
    deeper (a letter, a witness's words) a paragraph of its own, set in still; and, where the lines are
    wrapped, each break the width forced and each word a line's end broke as in a wrapped text. [] for a text
    that marks its paragraphs otherwise."""
    # (too few lines set in, the page's furniture among them, and the text is read otherwise: most texts)
    if sum(1 for _ in SET_IN_LINE_ANYWHERE.finditer(text)) < MIN_SET_IN_PARAGRAPHS:
        return []
    furniture = page_furniture(text)
    # (the lines a page's furniture and the blank lines around it leave out; a form feed ends a page's last line)
    lines = re.split(r"[\n\f]", "\n".join(text[start:end] for start, end in uncut(text, runs(text, furniture))))
    indents = Counter(len(m.group(1).expandtabs(4)) for line in lines if (m := SET_IN_LINE.match(line)))
    if sum(indents.values()) < MIN_SET_IN_PARAGRAPHS \
            or sum(1 for line in lines if not line.strip()) > sum(indents.values()) * MAX_BLANK_SHARE:
        return []
    paragraph_indent = indents.most_common(1)[0][0]
    # (the width is the longest line a paragraph's next line goes on from, not set in: a line set alone, a heading or
    # an epigraph, may be longer)
    going_on = [len(line.rstrip()) for line, after in zip(lines, lines[1:])
                if line.strip() and after.strip() and not SET_IN_LINE.match(after)]
    width = max(going_on, default=0)
    # (lines longer than any wrap, most of them or several a next line goes on from: each line a paragraph, some
    # opening with a typist's tab, as a word processor saves its text)
    full = [len(line.rstrip()) for line in lines if line.strip()]
    if sum(n > MAX_WRAP_WIDTH for n in full) * 2 > len(full) \
            or sum(n > MAX_WRAP_WIDTH for n in going_on) >= MIN_SET_IN_PARAGRAPHS:
        return []
    broken = any(BROKEN_HEAD.search(line.rstrip()) for line in lines)
    reader = LineReader(text, least_full(width, broken or bool(furniture))) if 0 < width <= MAX_WRAP_WIDTH else None
    edits = reader.page_breaks(furniture, paragraph_indent) if reader is not None else []
    for match in line_breaks_outside(text, notes + edits):
        line, indent, word = match.group(1), match.group(2), match.group(3)
        after_text = bool(line.strip())
        deeper = len(indent.expandtabs(4)) > paragraph_indent + 1 and WORD.match(word.lstrip(OPENING_MARKS)) is not None
        if indent and not deeper:
            # a paragraph opens (after a blank line, the title's, its indent alone is cut)
            edits.append((match.end(1), match.end() + len(indent), "\n\n") if after_text
                         else (match.end(), match.end() + len(indent), ""))
        elif deeper and after_text and len(line) - len(line.lstrip()) != len(indent):
            edits.append((match.end(1), match.end(1) + 1, "\n\n"))        # a block set in opens
        elif after_text and reader is not None and (edit := reader.line_break(match, paragraph_set_in=not deeper)):
            edits.append(edit)
    return edits


def wrapped_line_edits(text: str, notes: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """What the line breaks and page furniture of a wrapped text are read as; [] for a text not wrapped."""
    paragraphs = [p for p in BLANK_LINE.split(text) if p.strip()]
    wrapped = [p for p in paragraphs if "\n" in p.strip("\n")]
    if len(wrapped) < MIN_WRAPPED_PARAGRAPHS:
        return []
    # (a line's width is measured as printed, its note references in it)
    lines = [line.rstrip() for p in wrapped for line in p.split("\n")]
    width = max(len(line) for line in lines)
    if width > MAX_WRAP_WIDTH:
        return []
    furniture = page_furniture(text)
    reader = LineReader(text, least_full(width, bool(furniture) or any(BROKEN_HEAD.search(line) for line in lines)))
    edits = reader.page_breaks(furniture)
    for match in line_breaks_outside(text, edits + notes):
        edit = reader.line_break(match)
        if edit:
            edits.append(edit)
    return edits


def least_full(width: int, uneven: bool) -> int:
    """The shortest line that counts as full: the width, or within the unevenness of type that fills its lines
    unevenly (a printed book's, where the furniture of pages or words broken at a line's end tell of print)."""
    return width - int(width * UNEVENNESS) if uneven else width


def line_breaks_outside(text: str, cuts: list[tuple[int, int, str]]):
    """The text's line breaks (LINE_BREAK matches) whose line does not end inside one of the cuts made already
    (a note's reference, a page's furniture)."""
    spans = sorted((start, end) for start, end, _ in cuts)
    starts = [start for start, _ in spans]
    for match in LINE_BREAK.finditer(text):
        i = bisect_right(starts, match.end(1)) - 1
        if i < 0 or match.end(1) >= spans[i][1]:
            yield match


class LineReader:
    """What each line break of a wrapped text is read as."""

    def __init__(self, text: str, least_width: int) -> None:
        self.text, self.least_width = text, least_width
        pairs = set()
        for compound in HYPHENATED.findall(text):
            parts = compound.lower().split("-")
            pairs |= set(zip(parts, parts[1:]))
        self.hyphenated = pairs
        self.words = Counter(word.lower() for word in WORD.findall(text))
        # (the tens of the number words, which a hyphen joins to the units: "twenty-" / "fourth")
        self.tens = {word for word, n in time_words()["numbers"].items() if n in range(20, 100, 10)}

    def forced(self, line: str, word: str) -> bool:
        return bool(line.strip()) and len(line) + 1 + len(word) > self.least_width

    def joined(self, head: str, tail: str, compound: bool = False) -> str:
        """What a hyphen a line ended with is read as: none where it broke a word, itself where it
        joins two (before a capital, after a number's tens, "twenty-fourth", between a word the text uses
        elsewhere and one a hyphen joins on, "father-" / "in-law", or where the text hyphenates the two and never
        writes them as one)."""
        whole = (head + tail).lower()
        if tail[:1].isupper() or head.lower() in self.tens or compound and self.words[head.lower()] > 1 \
                and not self.words[whole] or (
                (head.lower(), tail.lower()) in self.hyphenated and not self.words[whole]):
            return "-"
        return ""

    def line_break(self, match: re.Match, paragraph_set_in: bool = False) -> tuple[int, int, str] | None:
        """A line break's reading; in a text that sets in its paragraphs' first lines (`paragraph_set_in`)
        the line after a first line is not set in, and reads on from it all the same."""
        line, indent, word = match.group(1).rstrip(), match.group(2), match.group(3)
        head, tail = BROKEN_HEAD.search(line), WORD.match(word)
        if head and tail:
            return match.start(1) + len(line) - 1, match.end() + len(indent), \
                self.joined(head.group(1), tail.group(0), in_compound(line, head, word[tail.end():]))
        own_indent = line[:len(line) - len(line.lstrip())]
        if (indent == own_indent or paragraph_set_in) and self.forced(line, word):  # (a block set in reads on)
            return match.end(1), match.end() + len(indent), " "
        if paragraph_set_in and not indent and word[:1].islower() and not SENTENCE_END.search(line):
            return match.end(1), match.end(), " "      # a sentence a short line left unfinished reads on ("in the" /
            # "evenings"; not a letter's "Your son who thinks of you," / "Kagiso.")
        return None

    def page_breaks(self, furniture: list[tuple[int, int]], set_in: int | None = None) -> list[tuple[int, int, str]]:
        """The furniture between two pages cut out: the paragraph before read on over it, or ended there (where
        the next page's first line is set in as paragraphs are, `set_in`)."""
        text, edits = self.text, []
        for start, end in runs(text, furniture):
            before, after = start, end
            while before and text[before - 1].isspace():
                before -= 1
            while after < len(text) and text[after].isspace():
                after += 1
            if not before and "\f" in text:
                edits.append((start, after, ""))        # a printed first page's running head
                continue
            # (furniture stands apart by blank lines, or a form feed: a number heading a section of its own is read
            # as it is)
            fed = "\f" in text[before:end]
            if not before or not (fed or BLANK_LINE.search(text, before, start)) \
                    or after < len(text) and not (fed or BLANK_LINE.search(text, end, after + 1)):
                continue
            if after == len(text):
                edits.append((before, after, "\n"))
                continue
            line, first = text[text.rfind("\n", 0, before) + 1:before], FIRST_WORD.match(text, after).group()
            head, tail = BROKEN_HEAD.search(line), WORD.match(first)
            indent = len(text[text.rfind("\n", 0, after) + 1:after].expandtabs(4))
            if set_in is not None and indent and indent >= set_in - 1:
                # a paragraph opens the page, its indent cut, or a block set in deeper, set in still
                edits.append((before, after if indent <= set_in + 1 else text.rfind("\n", 0, after) + 1, "\n\n"))
                continue
            if set_in is not None and not indent and not head:
                edits.append((before, after, " "))      # the paragraph goes on from the page before
                continue
            if head and tail:
                edits.append((before - 1, after, self.joined(head.group(1), tail.group(0),
                                                             in_compound(line, head, first[tail.end():]))))
                continue
            # (a page may end with a paragraph; not inside a quotation, unless the next page opens another)
            paragraph = text[max(text.rfind("\n\n", 0, before), 0):before]
            ends = SENTENCE_END.search(line) and OPENS_SENTENCE.match(text, after) \
                and not (quotation_open(paragraph) and first[0] not in OPENING_MARKS)
            edits.append((before, after, " " if self.forced(line, first) and not ends else "\n\n"))
        return edits


def quotation_open(paragraph: str) -> bool:
    """Does a quotation the paragraph opened stand open at its end?"""
    if "„" in paragraph:
        return paragraph.count("„") > paragraph.count("“")
    if any(mark in paragraph for mark in "“”«»"):
        return paragraph.count("“") + paragraph.count("«") > paragraph.count("”") + paragraph.count("»")
    return paragraph.count('"') % 2 == 1


def in_compound(line: str, head: re.Match, after_tail: str) -> bool:
    """Is the broken word part of a compound a hyphen joins on: "sister-in-" / "law", "father-" / "in-law"?"""
    return line[:head.start()].endswith("-") or after_tail.startswith("-")


def runs(text: str, furniture: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The furniture's lines grouped into the page breaks they make (lines with only blank lines between)."""
    grouped: list[tuple[int, int]] = []
    for start, end in furniture:
        if grouped and not text[grouped[-1][1]:start].strip():
            grouped[-1] = (grouped[-1][0], end)
        else:
            grouped.append((start, end))
    return grouped


SPACE_RUN = re.compile(r"[ \t\n]*")


def uncut(text: str, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of the text between the cuts, each cut taken with the blank lines around it (not the
    indent of the line after them)."""
    out, done = [], 0
    for start, end in cuts:
        while start > done and text[start - 1].isspace():
            start -= 1
        if start > done:
            out.append((done, start))
        space = SPACE_RUN.match(text, end).group()
        done = end + space.rfind("\n") + 1
    return out + [(done, len(text))]


def edited(text: str, edits: list[tuple[int, int, str]]) -> Reading:
    """The text with each (start, end, replacement) made, and the shifts that map its positions back."""
    pieces, at, shift, done, total = [], [], [], 0, 0
    for start, end, replacement in edits:
        pieces.append(text[done:start])
        pieces.append(replacement)
        done = end
        if end - start != len(replacement):
            total += end - start - len(replacement)
            at.append(end - total)
            shift.append(total)
    pieces.append(text[done:])
    return Reading("".join(pieces), tuple(at), tuple(shift))


def onto_original(doc, text: str, reading: Reading, chapters: list):
    """The document with the original's text and chapters again, and every span of it mapped onto the
    original, each given back its text there."""
    doc.document.text, doc.document.chapters = text, chapters
    for span in [*doc.scenes, *(r.evidence for r in doc.relations), *(e for f in doc.findings for e in f.evidence)]:
        span.start, span.end = reading.original_start(span.start), reading.original_end(span.end)
    for span in [*doc.quotes, *doc.times, *(m for e in doc.entities for m in e.mentions),
                 *(event.trigger for event in doc.events)]:
        span.start, span.end = reading.original_start(span.start), reading.original_end(span.end)
        span.text = text[span.start:span.end]
    return doc
