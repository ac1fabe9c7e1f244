"""HTML and TEI XML: the running text of the body, block by block.

Block elements (paragraphs, headings, verse lines, list items) become paragraphs
separated by a blank line; headings of HTML h1/h2 and TEI div/head mark chapters.
"""
from __future__ import annotations

import re

from lxml import etree, html as lxml_html

from personae.errors import PersonaeError
from personae.model import Chapter
from personae.read.plain import decode
from personae.read.source import Source, normalise_newlines

HTML_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
               "section", "article", "br", "tr", "dd", "dt", "figcaption"}
HTML_SKIP = {"script", "style", "head", "noscript", "template", "svg", "nav"}
HTML_CHAPTER_HEADS = {"h1", "h2"}
TEI_NS = "http://www.tei-c.org/ns/1.0"
TEI_BLOCKS = {"p", "head", "l", "lg", "sp", "speaker", "item", "div", "quote", "ab", "closer", "opener",
              "salute", "signed", "dateline", "trailer", "byline", "note", "cell"}
TEI_SKIP = {"note", "fw", "pb", "lb", "teiHeader", "figDesc"}
SPACES = re.compile(r"[ \t\u00a0]+")


class BlockText:
    """Collects text by blocks and records chapter starts as it goes."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.chapters: list[tuple[int, str]] = []   # (block index, heading)

    def add(self, text: str | None) -> None:
        if text:
            self.current.append(text)

    def end_block(self) -> None:
        block = SPACES.sub(" ", "".join(self.current).replace("\n", " ")).strip()
        if block:
            self.blocks.append(block)
        self.current = []

    def mark_chapter(self, heading: str) -> None:
        self.end_block()
        self.chapters.append((len(self.blocks), heading))

    def result(self) -> tuple[str, list[Chapter]]:
        self.end_block()
        starts, offset = [], 0
        for block in self.blocks:
            starts.append(offset)
            offset += len(block) + 2
        text = "\n\n".join(self.blocks) + ("\n" if self.blocks else "")
        chapters = []
        marks = [(starts[i] if i < len(starts) else len(text), h) for i, h in self.chapters]
        for i, (start, heading) in enumerate(marks):
            end = marks[i + 1][0] if i + 1 < len(marks) else len(text)
            if end > start:
                chapters.append(Chapter(start=start, end=end, title=heading or None))
        return text, chapters


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
    is_block = name in blocks
    if is_block:
        out.end_block()
    out.add(element.text)
    for child in element:
        _walk(child, out, blocks, skip, chapter_of)
    if is_block:
        out.end_block()
    out.add(element.tail)


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
    body_text, chapters = out.result()
    if not title:
        h1 = root.find(".//h1")
        title = _heading_text(h1) if h1 is not None else None
    return Source(text=normalise_newlines(body_text), source=name, title=title or None, chapters=chapters)


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
    text, chapters = out.result()
    return Source(text=normalise_newlines(text), source=name, title=title or None, chapters=chapters)
