"""HTML and TEI XML: the running text of the body, block by block.

Block elements (paragraphs, headings, verse lines, list items) become paragraphs
separated by a blank line; headings of HTML h1/h2 and TEI div/head mark chapters.
What the page shows by type is kept as a plain text shows it: a block quotation set
in by four spaces, an ordered list's items numbered, a note's reference (a number
set as a superscript) in superscript digits, a quotation the markup marks (q, TEI's
said) in quotation marks; what is set in italics is recorded.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from lxml import etree, html as lxml_html

from personae.errors import PersonaeError
from personae.model import Chapter
from personae.read.plain import decode
from personae.read.source import SET_IN, Source, normalise_whitespace, superscript

HTML_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
               "section", "article", "br", "tr", "dd", "dt", "figcaption"}
HTML_SKIP = {"script", "style", "head", "noscript", "template", "svg", "nav"}
HTML_CHAPTER_HEADS = {"h1", "h2"}
TEI_NS = "http://www.tei-c.org/ns/1.0"
TEI_BLOCKS = {"p", "head", "l", "lg", "sp", "speaker", "item", "div", "quote", "ab", "closer", "opener",
              "salute", "signed", "dateline", "trailer", "byline", "note", "cell"}
TEI_SKIP = {"note", "fw", "pb", "lb", "teiHeader", "figDesc"}
SPACES = re.compile(r"[ \t\u00a0]+")
# Italics (HTML em, i; TEI emph, hi rend="italic"), marked in the blocks while they are collected
ITALIC_TAGS = {"em", "i", "emph"}
ITALIC_OPEN, ITALIC_CLOSE = "\x0e", "\x0f"
ITALIC_MARKS = re.compile(f"[{ITALIC_OPEN}{ITALIC_CLOSE}]")
# A line break inside a block (Word's and RTF's, in a quoted letter's lines): the block's lines part there
LINE_BREAK = "\x0b"
BLOCK_QUOTE_TAGS = {"blockquote"}
MARKED_QUOTATIONS = {"q", "said"}
QUOTATION_MARKS = "“”\"'‘’«»„‚‹›—–"
# A note's reference: a superscript holding only a number
NOTE_NUMBER = re.compile(r"\d{1,3}")


class BlockText:
    """Collects text by blocks and records chapter starts as it goes."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.chapters: list[tuple[int, str]] = []   # (block index, heading)
        self.set_in = 0         # inside how many block quotations
        self.quoting = 0        # inside how many quotations the markup marks

    def add(self, text: str | None) -> None:
        if text:
            self.current.append(text)

    def end_block(self) -> None:
        block = "".join(self.current).replace("\n", " ")
        # (the spaces at an italic stretch's edges belong outside it)
        block = re.sub(rf"{ITALIC_OPEN}\s+", " " + ITALIC_OPEN, block)
        block = re.sub(rf"\s+{ITALIC_CLOSE}", ITALIC_CLOSE + " ", block)
        lines = [SPACES.sub(" ", line).strip() for line in block.split(LINE_BREAK)]
        block = "\n".join(line for line in lines if ITALIC_MARKS.sub("", line).strip())
        if block:
            self.blocks.append(SET_IN + block.replace("\n", "\n" + SET_IN) if self.set_in else block)
        self.current = []

    def mark_chapter(self, heading: str) -> None:
        self.end_block()
        self.chapters.append((len(self.blocks), heading))

    def result(self) -> tuple[str, list[Chapter], list[tuple[int, int]]]:
        self.end_block()
        starts, offset = [], 0
        for block in self.blocks:
            starts.append(offset)
            offset += len(block) + 2
        text = "\n\n".join(self.blocks) + ("\n" if self.blocks else "")
        text, italics, starts = without_italic_marks(text, starts)
        chapters = []
        marks = [(starts[i] if i < len(starts) else len(text), h) for i, h in self.chapters]
        for i, (start, heading) in enumerate(marks):
            end = marks[i + 1][0] if i + 1 < len(marks) else len(text)
            if end > start:
                chapters.append(Chapter(start=start, end=end, title=heading or None))
        return text, chapters, italics


def without_italic_marks(text: str, starts: list[int]) -> tuple[str, list[tuple[int, int]], list[int]]:
    """The text without the italic marks, the (start, end) of each italic stretch, and the block starts moved
    as the marks left."""
    pieces, italics, opened, removed = [], [], None, []
    last = 0
    for match in ITALIC_MARKS.finditer(text):
        pieces.append(text[last:match.start()])
        at = match.start() - len(removed)
        removed.append(match.start())
        if match[0] == ITALIC_OPEN:
            opened = at if opened is None else opened       # (nested italics are one stretch)
        elif opened is not None:
            if at > opened:
                italics.append((opened, at))
            opened = None
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces), italics, [start - bisect_left(removed, start) for start in starts]


def _local(tag) -> str:
    # Split by hand: the HTML parser keeps tag names ("a<p", control characters) that QName rejects.
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _walk(element, out: BlockText, blocks: set[str], skip: set[str], chapter_of) -> None:
    name = _local(element.tag)
    if name in skip:
        out.add(element.tail)
        return
    heading = chapter_of(element, name)
    if heading is not None:
        out.mark_chapter(heading)
    if name == "sup" and NOTE_NUMBER.fullmatch("".join(element.itertext()).strip()):
        out.add(superscript("".join(element.itertext()).strip()))
        out.add(element.tail)
        return
    is_block = name in blocks
    italic = name in ITALIC_TAGS or name == "hi" and "italic" in (element.get("rend") or "")
    if is_block:
        out.end_block()
    out.set_in += name in BLOCK_QUOTE_TAGS
    if name == "li" and _local(element.getparent().tag) == "ol":
        out.add(f"{list_number(element)}. ")
    # (a quotation the markup marks, HTML's q, TEI's q and said, is printed in quotation marks, unless it holds them)
    # (one inside another in single marks: <q>He said <q>no</q>.</q> prints “He said ‘no’.”)
    marked = name in MARKED_QUOTATIONS and not "".join(element.itertext()).lstrip()[:1] in QUOTATION_MARKS
    opening, closing = ("‘", "’") if out.quoting % 2 else ("“", "”")
    out.quoting += marked
    out.add(ITALIC_OPEN if italic else None)
    out.add(opening if marked else None)
    out.add(element.text)
    for child in element:
        _walk(child, out, blocks, skip, chapter_of)
    out.add(closing if marked else None)
    out.quoting -= marked
    out.add(ITALIC_CLOSE if italic else None)
    if is_block:
        out.end_block()
    out.set_in -= name in BLOCK_QUOTE_TAGS
    out.add(element.tail)


def list_number(item) -> int:
    """An ordered list's item's number, as a browser shows it."""
    ordered = item.getparent()
    try:
        first = int(ordered.get("start") or 1)
    except ValueError:
        first = 1
    return first + sum(1 for sibling in item.itersiblings(preceding=True) if _local(sibling.tag) == "li")


def _heading_text(element) -> str:
    return SPACES.sub(" ", " ".join(element.itertext())).strip()


def read_html(data: bytes, name: str, encoding: str | None = None) -> Source:
    text = decode(data, name, encoding)
    try:
        root = lxml_html.document_fromstring(text.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError) as err:
        raise PersonaeError(f"{name}: cannot parse the HTML ({err})", "check that the file is HTML") from None
    title_el = root.find(".//title")
    title = _heading_text(title_el) if title_el is not None else None
    body = root.find(".//body")
    out = BlockText()

    def chapter_of(element, tag):
        return _heading_text(element) if tag in HTML_CHAPTER_HEADS else None

    _walk(body if body is not None else root, out, HTML_BLOCKS, HTML_SKIP, chapter_of)
    body_text, chapters, italics = out.result()
    if not title:
        h1 = root.find(".//h1")
        title = _heading_text(h1) if h1 is not None else None
    return Source(text=normalise_whitespace(body_text), source=name, title=title or None, chapters=chapters,
                  italics=italics)


def parse_xml(data: bytes, name: str, what: str):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
    try:
        return etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as err:
        raise PersonaeError(f"{name}: malformed {what} ({err.msg}, line {err.lineno})",
                            f"repair the XML or export the {what} again") from None


def read_tei(data: bytes, name: str, encoding: str | None = None) -> Source:
    if encoding:
        data = decode(data, name, encoding).encode("utf-8")
    root = parse_xml(data, name, "TEI XML")
    if _local(root.tag) not in ("TEI", "teiCorpus"):
        raise PersonaeError(f"{name}: an XML file but not TEI (root element <{_local(root.tag)}>)",
                            "give a TEI document whose root is <TEI>")
    ns = {"t": TEI_NS}
    body = root.find(".//t:text/t:body", ns)
    if body is None:
        body = root.find(".//{*}body")
    if body is None:
        raise PersonaeError(f"{name}: TEI without a <text><body>", "the running text must be inside <body>")
    title_el = root.find(".//t:teiHeader//t:titleStmt/t:title", ns)
    title = _heading_text(title_el) if title_el is not None else None
    out = BlockText()

    def chapter_of(element, tag):
        if tag == "div" and _local(element.getparent().tag) in ("body", "text", "front", "back"):
            head = next((c for c in element if _local(c.tag) == "head"), None)
            return _heading_text(head) if head is not None else (element.get("n") or "")
        return None

    _walk(body, out, TEI_BLOCKS, TEI_SKIP, chapter_of)
    text, chapters, italics = out.result()
    return Source(text=normalise_whitespace(text), source=name, title=title or None, chapters=chapters, italics=italics)
