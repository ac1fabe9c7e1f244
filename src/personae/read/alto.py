"""ALTO XML (v2, v3, v4, or without a namespace): the OCR text national libraries deliver with a book's scans.

An ALTO file holds one page or many (a multi-page export), each page's text as blocks of lines of words, each
with its place on the scan. What is read: the text blocks of each page's print space (those in composed
blocks too), in the file's order, each a paragraph; a line's words joined by a space, the lines of a block too;
a word the line's end hyphenated written once, whole; a paragraph a page break splits read on as one (where
the next page's first block is not indented while the document indents its paragraphs, or where the page
before ends mid-sentence or mid-word); a short block in a type markedly larger than the body's, or a short
centred one, a heading that marks a chapter; italics (a word's style, or the text style it or its line or
block refers to) recorded. Left out: the margins (running heads, page numbers), a page number or running head
the OCR left at the top or foot of the print space, illustrations and graphical elements, the description
(the scan's file name is no title: the text read has none).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from statistics import median

from personae.errors import PersonaeError
from personae.read.markup import ITALIC_CLOSE, ITALIC_OPEN, BlockText, _local, parse_xml
from personae.read.pages import MIN_HEAD_REPEATS, NUMBERED_HEAD
from personae.read.source import Source, normalise_whitespace

HINT = "check that the file is ALTO XML, the OCR text of a scanned book"
# The parts of a page that hold no running text: its margins (running heads, page numbers), pictures and rules
UNREAD = {"TopMargin", "BottomMargin", "LeftMargin", "RightMargin", "Illustration", "GraphicalElement"}
ITALIC_STYLES = {"italics", "italic"}
# How a line's last word goes on into the next line's first: written whole already (SUBS_TYPE HypPart1 with its
# SUBS_CONTENT, the next line's HypPart2 left out), joined without its hyphen (a HYP element, a HypPart1 without
# SUBS_CONTENT, a part ending in "¬" or a soft hyphen), or joined as written ("well-" + "known")
WHOLE, JOIN, KEEP = "whole", "join", "keep"
BREAK_HYPHENS = "-\u2010¬\u00ad"
# A first line set in from the block's other lines by more than this share of the page's width is indented
INDENT_SHARE = 0.015
# A block set this much larger than the body's type, in a line or a few, is a heading
HEADING_SIZE = 1.2
MAX_HEADING_LINES = 4
MAX_CENTRED_HEADING_LINES = 2
# A page number alone, arabic or roman (to lxxxix), perhaps between dashes or brackets: "17", "- 17 -", "[xii]"
PAGE_NUMBER = re.compile(r"[\[(—–-]?\s*(?:\d{1,4}|(?=[ivxl])(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))\s*[\])—–-]?",
                         re.I)
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")


@dataclass
class Word:
    text: str
    italic: bool
    size: float | None          # its type's size, by the text style it refers to
    second_part: bool = False   # the part of a hyphenated word the next line begins with (SUBS_TYPE HypPart2)


@dataclass
class Block:
    """A TextBlock's words, where its lines start and how its last line ends; read on, a paragraph."""
    words: list[Word]
    line_starts: list[float | None]
    open_end: str | None
    centred: bool
    larger: bool = False        # set markedly larger than the body
    heading: bool = False
    indented: bool | None = None    # None where the file does not say where its lines start

    def text(self) -> str:
        return " ".join(word.text for word in self.words)


@dataclass
class Page:
    blocks: list[Block]


class Styles:
    """The document's text styles (their size, italic or not) and its centred paragraph styles, by ID."""

    def __init__(self, root) -> None:
        self.text: dict[str, tuple[float | None, bool]] = {}
        for style in root.iter("{*}TextStyle"):
            italic = bool(set((style.get("FONTSTYLE") or "").lower().split()) & ITALIC_STYLES)
            self.text[style.get("ID", "")] = (_number(style.get("FONTSIZE")), italic)
        self.centred = {style.get("ID", "") for style in root.iter("{*}ParagraphStyle")
                        if (style.get("ALIGN") or "").lower() in ("center", "centre")}

    def text_style(self, *elements) -> tuple[float | None, bool]:
        """The text style the nearest of the elements (a String, then its line and block) refers to."""
        for element in elements:
            for ref in (element.get("STYLEREFS") or "").split():
                if ref in self.text:
                    return self.text[ref]
        return None, False


def read_alto(data: bytes, name: str, encoding: str | None = None) -> Source:
    root = parse_xml(data, name, "ALTO XML", encoding)
    if _local(root.tag) != "alto":
        raise PersonaeError(f"{name}: an XML file but not ALTO (root element <{_local(root.tag)}>)", HINT)
    styles = Styles(root)
    pages = [_read_page(page, styles) for page in root.iter("{*}Page")]
    _find_headings(pages)
    heads = _running_heads(pages)
    for page in pages:
        page.blocks = _without_furniture(page.blocks, heads)
    paragraphs = _paragraphs(pages)
    if not paragraphs:
        raise PersonaeError(f"{name}: the ALTO file holds no text", "check that the OCR recognised text on its pages")
    out = BlockText()
    for i, paragraph in enumerate(paragraphs):
        if paragraph.heading and not (i and paragraphs[i - 1].heading):
            # (a heading's lines set as blocks of their own are one chapter's title: "CHAPTER VII. The Thaw")
            run = [paragraphs[i]]
            while i + len(run) < len(paragraphs) and paragraphs[i + len(run)].heading:
                run.append(paragraphs[i + len(run)])
            out.mark_chapter(". ".join(heading.text().rstrip(".") for heading in run))
        for word in paragraph.words:
            out.add(ITALIC_OPEN + word.text + ITALIC_CLOSE if word.italic else word.text)
            out.add(" ")
        out.end_block()
    text, chapters, italics = out.result()
    return Source(text=normalise_whitespace(text), source=name, title=None, chapters=chapters, italics=italics)


def _read_page(element, styles: Styles) -> Page:
    page = Page([block for text_block in _text_blocks(element) if (block := _read_block(text_block, styles)).words])
    _measure_indents(page, element)
    return page


def _text_blocks(element):
    """The TextBlocks of a page, in the file's order, its margins and pictures left out."""
    for child in element:
        kind = _local(child.tag)
        if kind == "TextBlock":
            yield child
        elif kind not in UNREAD:
            yield from _text_blocks(child)


def _read_block(element, styles: Styles) -> Block:
    words: list[Word] = []
    line_starts: list[float | None] = []
    open_end = None
    for line in element.iter("{*}TextLine"):
        line_words, ending = _line_words(line, element, styles)
        if not line_words:
            continue
        start = _number(line.get("HPOS"))
        line_starts.append(start if start is not None else _number(next(line.iter("{*}String")).get("HPOS")))
        _go_on(words, line_words[0], open_end)
        words.extend(line_words[1:])
        open_end = ending
    centred = bool(set((element.get("STYLEREFS") or "").split()) & styles.centred)
    return Block(words, line_starts, open_end, centred)


def _line_words(line, block, styles: Styles) -> tuple[list[Word], str | None]:
    """A line's words (SP and a String after a String alike part them) and how its last word goes on."""
    words: list[Word] = []
    ending = None
    for part in line:
        kind = _local(part.tag)
        content = (part.get("CONTENT") or "").strip()
        if kind == "String" and content:
            size, italic = styles.text_style(part, line, block)
            italic = italic or bool(set((part.get("STYLE") or "").lower().split()) & ITALIC_STYLES)
            whole = part.get("SUBS_CONTENT") if part.get("SUBS_TYPE") == "HypPart1" else None
            words.append(Word(whole or content, italic, size, part.get("SUBS_TYPE") == "HypPart2"))
            ending = WHOLE if whole else JOIN if part.get("SUBS_TYPE") == "HypPart1" else _hyphen_ending(content)
        elif kind == "HYP" and words and ending != WHOLE:
            ending = JOIN
    return words, ending


def _hyphen_ending(content: str) -> str | None:
    if content[-1] in "¬\u00ad":
        return JOIN
    # (a hyphen the OCR kept in the word, without a HYP, is the word's own: "well-" + "known")
    if content[-1] in "-\u2010" and len(content) > 1 and content[-2].isalpha():
        return KEEP
    return None


def _go_on(words: list[Word], word: Word, open_end: str | None) -> None:
    """Add a line's first word to the words before it, as the line before ended."""
    if not words or open_end is None:
        words.append(word)
    elif open_end == WHOLE:
        if word.second_part:
            words[-1].italic = words[-1].italic or word.italic
        else:
            words.append(word)
    else:
        before = words[-1]
        stem = before.text.rstrip(BREAK_HYPHENS) if open_end == JOIN else before.text
        words[-1] = Word(stem + word.text, before.italic or word.italic, before.size)


def _measure_indents(page: Page, element) -> None:
    """Whether each block's first line is indented: set in from its other lines, or (a block of one line) from
    the left edge of the page's text, by more than a small share of the page's width."""
    print_space = next(element.iter("{*}PrintSpace"), None)
    frames = ([print_space] if print_space is not None else []) + [element] + list(element.iter("{*}TextBlock"))
    width = next((width for frame in frames if (width := _number(frame.get("WIDTH")))), None)
    later_lines = [start for block in page.blocks for start in block.line_starts[1:] if start is not None]
    left = median(later_lines) if later_lines else _number(print_space.get("HPOS")) if print_space is not None else None
    for block in page.blocks:
        first, others = block.line_starts[0], [start for start in block.line_starts[1:] if start is not None]
        edge = median(others) if others else left
        if first is not None and edge is not None and width:
            block.indented = first - edge > INDENT_SHARE * width


def _find_headings(pages: list[Page]) -> None:
    blocks = [block for page in pages for block in page.blocks]
    sizes = Counter()
    for word in (word for block in blocks for word in block.words if word.size):
        sizes[word.size] += len(word.text)
    body = sizes.most_common(1)[0][0] if sizes else None
    for block in blocks:
        size = _block_size(block)
        lines = len(block.line_starts)
        block.larger = bool(body and size and size >= HEADING_SIZE * body and lines <= MAX_HEADING_LINES)
        block.heading = (block.larger or block.centred and lines <= MAX_CENTRED_HEADING_LINES) \
            and any(c.isalnum() for c in block.text())


def _block_size(block: Block) -> float | None:
    """The size of the type most of the block is set in."""
    sizes = Counter()
    for word in block.words:
        sizes[word.size] += len(word.text)
    return sizes.most_common(1)[0][0]


def _page_number(block: Block) -> bool:
    return len(block.line_starts) == 1 and not block.larger and PAGE_NUMBER.fullmatch(block.text()) is not None


def _head_words(block: Block) -> str | None:
    """A one-line block's words with a page number at either end left out (None for a block of more lines or one
    set large, a chapter's heading)."""
    if len(block.line_starts) != 1 or block.larger:
        return None
    return NUMBERED_HEAD.fullmatch(block.text()).group(1).casefold() or None


def _running_heads(pages: list[Page]) -> set[str]:
    """The words that open MIN_HEAD_REPEATS pages or more as a line of their own: a running head."""
    tops = Counter()
    for page in pages:
        top = next((block for block in page.blocks if not _page_number(block)), None)
        if top is not None and (words := _head_words(top)):
            tops[words] += 1
    return {words for words, count in tops.items() if count >= MIN_HEAD_REPEATS}


def _without_furniture(blocks: list[Block], heads: set[str]) -> list[Block]:
    """A page's blocks without the page number or running head the OCR left at its top or foot."""
    start, end = 0, len(blocks)
    while start < end and (_page_number(blocks[start]) or _head_words(blocks[start]) in heads):
        start += 1
    while end > start and _page_number(blocks[end - 1]):
        end -= 1
    return blocks[start:end]


def _paragraphs(pages: list[Page]) -> list[Block]:
    """The blocks, a page's first read on into the paragraph before it where the page break split that one."""
    # (whether the document indents its paragraphs: most blocks of several lines not at a page's top, which may
    # go on from the page before, have an indented first line)
    votes = [block.indented for page in pages for block in page.blocks[1:]
             if len(block.line_starts) > 1 and not block.heading and block.indented is not None]
    indents = sum(votes) * 2 > len(votes)
    paragraphs: list[Block] = []
    for page in pages:
        for position, block in enumerate(page.blocks):
            if paragraphs and _goes_on(paragraphs[-1], block, position == 0, indents):
                before = paragraphs[-1]
                _go_on(before.words, block.words[0], before.open_end)
                before.words.extend(block.words[1:])
                before.open_end = block.open_end
            else:
                paragraphs.append(block)
    return paragraphs


def _goes_on(before: Block, block: Block, page_top: bool, indents: bool) -> bool:
    if before.heading or block.heading:
        return False
    if before.open_end in (WHOLE, JOIN):
        return True         # (a word the line's end broke)
    if not page_top or block.indented:
        return False
    if block.indented is False and indents:
        return True
    return SENTENCE_END.search(before.words[-1].text) is None


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None
