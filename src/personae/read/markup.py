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
# An XML declaration (which names an encoding a given one overrides)
XML_DECLARATION = re.compile(r"^\ufeff?\s*<\?xml[^>]*\?>")
# A note's reference: a superscript holding only a number (Google Docs brackets it: "[1]")
NOTE_NUMBER = re.compile(r"\[?(\d{1,3})\]?")
# A comment's anchor as Google Docs exports it: a superscript link "[a]" to the comment after the text
COMMENT_ANCHOR = re.compile(r"\[[a-z]{1,3}\]")
# A stylesheet's rules (Google Docs and word processors style by generated classes: .c3{font-style:italic})
CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
CSS_CLASS = re.compile(r"^[a-z0-9]*\.([\w-]+)$", re.I)
ITALIC_STYLE = re.compile(r"font-style\s*:\s*(?:italic|oblique)", re.I)
MARGIN_LEFT = re.compile(r"margin-left\s*:\s*(\d+(?:\.\d+)?)\s*(pt|px|in|cm|mm|em)", re.I)
# A paragraph set in this far from the left margin (in points: 28 is a centimetre, Word's and Google's indent is 36)
# is set in
SET_IN_POINTS = 28
POINTS_PER = {"pt": 1.0, "px": 0.75, "in": 72.0, "cm": 28.35, "mm": 2.835, "em": 12.0}


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

    def add_note(self, number: int, paragraphs, read) -> None:
        """A note after the text, as a book prints its notes: its number, then its paragraphs (each written by
        `read`) run together in one block."""
        self.end_block()
        self.add(f"{number}. ")
        for paragraph in paragraphs:
            read(paragraph)
            self.add(" ")
        self.end_block()

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
    text = "".join(pieces)
    # (a word processor splits a stretch into runs, inside words too: "lost hi" + "m": stretches that touch, or
    # that only spaces part, are one; not two a paragraph break parts, an italic title and a paragraph opening so)
    joined: list[tuple[int, int]] = []
    for start, end in italics:
        if joined and not (gap := text[joined[-1][1]:start]).strip() and "\n\n" not in gap:
            start = joined.pop()[0]
        joined.append((start, end))
    return text, joined, [start - bisect_left(removed, start) for start in starts]


def _local(tag) -> str:
    # Split by hand: the HTML parser keeps tag names ("a<p", control characters) that QName rejects.
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


class PageStyle:
    """What an HTML page's styles say of an element: italic, set in from the left margin (by its classes in the
    page's stylesheet or its own style attribute); and the comments Google Docs anchors in the text."""

    def __init__(self, root) -> None:
        self.italic_classes: set[str] = set()
        self.set_in_classes: set[str] = set()
        for style in root.iter("style"):
            for selectors, declarations in CSS_RULE.findall("".join(style.itertext())):
                classes = {m.group(1) for s in selectors.split(",") if (m := CSS_CLASS.match(s.strip()))}
                if ITALIC_STYLE.search(declarations):
                    self.italic_classes |= classes
                if _set_in(declarations):
                    self.set_in_classes |= classes
        # the ids of the comments the text anchors: their anchors and the comments themselves are not the text's
        self.comments = {link.get("href")[1:] for link in root.iter("a")
                         if (link.get("href") or "").startswith("#")
                         and COMMENT_ANCHOR.fullmatch("".join(link.itertext()).strip())}

    def italic(self, element) -> bool:
        return bool(set((element.get("class") or "").split()) & self.italic_classes) \
            or ITALIC_STYLE.search(element.get("style") or "") is not None

    def set_in(self, element) -> bool:
        return bool(set((element.get("class") or "").split()) & self.set_in_classes) \
            or _set_in(element.get("style") or "")

    def comment(self, element, name: str) -> bool:
        """A comment's anchor ("[a]" in a superscript) or the comment itself (a block that opens with its target)."""
        if not self.comments or name not in ("sup", "div", "p"):
            return False
        if name == "sup":
            return COMMENT_ANCHOR.fullmatch("".join(element.itertext()).strip()) is not None
        link = next(element.iter("a"), None)
        return link is not None and link.get("id") in self.comments \
            and "".join(element.itertext()).lstrip().startswith("".join(link.itertext()).strip())


def _set_in(declarations: str) -> bool:
    margin = MARGIN_LEFT.search(declarations)
    return margin is not None and float(margin.group(1)) * POINTS_PER[margin.group(2).lower()] >= SET_IN_POINTS


def _walk(element, out: BlockText, blocks: set[str], skip: set[str], chapter_of, page: PageStyle | None = None) -> None:
    name = _local(element.tag)
    if name in skip or page is not None and page.comment(element, name):
        out.add(element.tail)
        return
    heading = chapter_of(element, name)
    if heading is not None:
        out.mark_chapter(heading)
    if name == "sup" and (number := NOTE_NUMBER.fullmatch("".join(element.itertext()).strip())):
        out.add(superscript(number.group(1)))
        out.add(element.tail)
        return
    is_block = name in blocks
    italic = name in ITALIC_TAGS or name == "hi" and "italic" in (element.get("rend") or "") \
        or page is not None and page.italic(element)
    # (a paragraph set in by its style; not a block that holds others, a page's frame)
    set_in = name in BLOCK_QUOTE_TAGS or name == "p" and page is not None and page.set_in(element)
    if is_block:
        out.end_block()
    out.set_in += set_in
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
        _walk(child, out, blocks, skip, chapter_of, page)
    out.add(closing if marked else None)
    out.quoting -= marked
    out.add(ITALIC_CLOSE if italic else None)
    if is_block:
        out.end_block()
    out.set_in -= set_in
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

    _walk(body if body is not None else root, out, HTML_BLOCKS, HTML_SKIP, chapter_of, PageStyle(root))
    body_text, chapters, italics = out.result()
    if not title:       # (Google Docs sets the document's title as a paragraph of the class "title")
        shown = root.xpath("//p[contains(concat(' ', normalize-space(@class), ' '), ' title ')]")
        title = _heading_text(shown[0]) if shown else None
    if not title:
        h1 = root.find(".//h1")
        title = _heading_text(h1) if h1 is not None else None
    return Source(text=normalise_whitespace(body_text), source=name, title=title or None, chapters=chapters,
                  italics=italics)


# The first element of an XML file (past its declaration, comments, processing instructions and DOCTYPE)
ROOT_ELEMENT = re.compile(rb"<(?![?!])([A-Za-z_][\w.:-]*)")


def root_element(data: bytes) -> str:
    """The name of an XML file's root element, as written ("db:book"), from its first 16 KB; "" if none is seen."""
    root = ROOT_ELEMENT.search(data.lstrip(b"\xef\xbb\xbf")[:16384])
    return root[1].decode("ascii") if root else ""


def parse_xml(data: bytes, name: str, what: str, encoding: str | None = None):
    """The XML's root; with `encoding`, the file read in it whatever its declaration names."""
    if encoding:
        data = XML_DECLARATION.sub("", decode(data, name, encoding)).encode("utf-8")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
    try:
        return etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as err:
        raise PersonaeError(f"{name}: malformed {what} ({err.msg}, line {err.lineno})",
                            f"repair the XML or export the {what} again") from None


def read_tei(data: bytes, name: str, encoding: str | None = None) -> Source:
    root = parse_xml(data, name, "TEI XML", encoding)
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
