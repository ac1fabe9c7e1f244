"""OpenDocument text (.odt, and the flat .fodt): the text as LibreOffice shows it, tracked changes accepted.

A manuscript saved by LibreOffice or OpenOffice keeps its deleted wording in a block of tracked changes at
the head of the text, anchors editors' comments (annotations) inside paragraphs and keeps each note inside
the paragraph that refers to it. What is read: each heading and paragraph (in lists, tables and sections
too) as a paragraph, its spans joined, runs of spaces (text:s) and tabs as the page has them; the tracked
changes' old wording, comments, drawings and text boxes left out; a note's reference as a superscript
number where it stands and the notes after the text, numbered; a heading of outline level 1 or 2 marks a
chapter; a paragraph in a quotation style, or set in from the left margin, is set in; italics (from the
automatic and the named styles, through their parents) are recorded.
"""
from __future__ import annotations

import re

from personae.errors import PersonaeError
from personae.read.archive import member, open_archive
from personae.read.markup import ITALIC_CLOSE, ITALIC_OPEN, LINE_BREAK, BlockText, _local, parse_xml
from personae.read.source import Source, normalise_whitespace, superscript

MIMETYPE = b"application/vnd.oasis.opendocument.text"
HINT = "save it again from the word processor as .odt"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
# What is never read as running text: the old wording of tracked changes, a deletion's point, comments, the
# forms, drawings and frames (text boxes, images), a table of contents' or an index's generated copy of headings
UNREAD = {"tracked-changes", "change", "annotation", "annotation-end", "forms", "frame", "custom-shape",
          "rect", "g", "table-of-content", "alphabetical-index", "illustration-index", "bibliography",
          "sequence-decls", "variable-decls", "user-field-decls", "soft-page-break", "bookmark-ref"}
CHAPTER_LEVELS = {"1", "2"}
QUOTATION_STYLES = {"quotations", "quote", "block quotation", "block text"}
# A paragraph set in this far from the left margin (in centimetres: about half an inch) is set in
SET_IN_CM = 1.0
LENGTH = re.compile(r"(-?\d+(?:\.\d+)?)\s*(cm|mm|in|pt|pc|px)?")
CM_PER = {"cm": 1.0, "mm": 0.1, "in": 2.54, "pt": 2.54 / 72, "pc": 2.54 / 6, "px": 2.54 / 96, None: 1.0}


def read_odt(data: bytes, name: str, encoding: str | None = None) -> Source:
    with open_archive(data, name, "OpenDocument text", HINT) as package:
        parts = {path: member(package, path, name, "OpenDocument text", HINT)
                 for path in ("content.xml", "styles.xml", "meta.xml") if path in package.namelist()}
    if "content.xml" not in parts:
        raise PersonaeError(f"{name}: the OpenDocument file lacks content.xml", HINT)
    content = parse_xml(parts["content.xml"], name, "OpenDocument content")
    styles = [parse_xml(parts["styles.xml"], name, "OpenDocument styles")] if "styles.xml" in parts else []
    meta = parse_xml(parts["meta.xml"], name, "OpenDocument metadata") if "meta.xml" in parts else None
    return _read(content, styles + [content], meta, name)


def read_fodt(data: bytes, name: str, encoding: str | None = None) -> Source:
    """A flat OpenDocument text: one XML file holding the styles, the metadata and the text."""
    root = parse_xml(data, name, "OpenDocument text", encoding)
    return _read(root, [root], root, name)


def _read(content, style_roots: list, meta, name: str) -> Source:
    text_root = content.find("{*}body/{*}text")
    if text_root is None:
        raise PersonaeError(f"{name}: the OpenDocument file holds no text document", "give a text document (.odt)")
    reader = OdtText(StyleSheet(style_roots))
    reader.walk(text_root)
    reader.read_notes()
    text, chapters, italics = reader.out.result()
    title = meta.find(f".//{DC_TITLE}") if meta is not None else None
    title_text = " ".join((title.text or "").split()) if title is not None else ""
    return Source(text=normalise_whitespace(text), source=name, title=title_text or reader.title, chapters=chapters,
                  italics=italics)


class StyleSheet:
    """What the document's styles say of a paragraph or a span: italic, set in, a quotation, a title."""

    def __init__(self, roots: list) -> None:
        self.styles: dict[tuple[str, str], object] = {}
        for root in roots:
            for style in root.iter(f"{{{STYLE}}}style"):
                self.styles[(style.get(f"{{{STYLE}}}family", ""), style.get(f"{{{STYLE}}}name", ""))] = style

    def chain(self, family: str, name: str | None):
        """The style and its parents, nearest first (a loop in the file's parents ends the chain)."""
        seen = set()
        while name and (family, name) in self.styles and name not in seen:
            seen.add(name)
            style = self.styles[(family, name)]
            yield style
            name = style.get(f"{{{STYLE}}}parent-style-name")

    def italic(self, family: str, name: str | None) -> bool:
        for style in self.chain(family, name):
            properties = style.find(f"{{{STYLE}}}text-properties")
            value = properties.get(f"{{{FO}}}font-style") if properties is not None else None
            if value:
                return value in ("italic", "oblique")
        return False

    def named(self, family: str, name: str | None) -> set[str]:
        """The names of the style and its parents, in lower case (a style's display name too)."""
        names = (style.get(f"{{{STYLE}}}display-name") or style.get(f"{{{STYLE}}}name") or ""
                 for style in self.chain(family, name))
        return {name.lower().replace("_20_", " ") for name in names}     # (a space is "_20_" in a style's name)

    def set_in(self, name: str | None) -> bool:
        if self.named("paragraph", name) & QUOTATION_STYLES:
            return True
        for style in self.chain("paragraph", name):
            properties = style.find(f"{{{STYLE}}}paragraph-properties")
            margin = properties.get(f"{{{FO}}}margin-left") if properties is not None else None
            if margin:
                return _centimetres(margin) >= SET_IN_CM
        return False


class OdtText:
    """Walks the text of an OpenDocument, collecting what the page shows into a `BlockText`."""

    def __init__(self, styles: StyleSheet) -> None:
        self.styles = styles
        self.out = BlockText()
        self.title: str | None = None
        self.notes: list[object] = []       # each note's body, in the order the text numbers them
        self.in_note = False                # reading the notes after the text

    def walk(self, element) -> None:
        for child in element:
            name = _local(child.tag)
            if name in UNREAD:
                continue
            if name in ("p", "h"):
                self.paragraph(child, name)
            else:
                self.walk(child)

    def paragraph(self, paragraph, name: str) -> None:
        style = paragraph.get(f"{{{TEXT}}}style-name")
        if name == "h" and paragraph.get(f"{{{TEXT}}}outline-level", "1") in CHAPTER_LEVELS:
            self.out.mark_chapter(" ".join(_shown_text(paragraph).split()))
        if "title" in self.styles.named("paragraph", style) and not self.title:
            self.title = " ".join(_shown_text(paragraph).split()) or None
        set_in = self.styles.set_in(style)
        italic = self.styles.italic("paragraph", style)
        self.out.end_block()
        self.out.set_in += set_in
        self.out.add(ITALIC_OPEN if italic else None)
        self.inline(paragraph)
        self.out.add(ITALIC_CLOSE if italic else None)
        self.out.end_block()
        self.out.set_in -= set_in

    def inline(self, element) -> None:
        self.out.add(element.text)
        for child in element:
            name = _local(child.tag)
            if name == "s":
                self.out.add(" " * _count(child.get(f"{{{TEXT}}}c")))
            elif name == "tab":
                self.out.add("\t")
            elif name == "line-break":
                self.out.add(LINE_BREAK)    # a line inside a paragraph (a letter's lines)
            elif name == "note":
                self.note(child)
            elif name not in UNREAD:
                italic = name == "span" and self.styles.italic("text", child.get(f"{{{TEXT}}}style-name"))
                self.out.add(ITALIC_OPEN if italic else None)
                self.inline(child)
                self.out.add(ITALIC_CLOSE if italic else None)
            self.out.add(child.tail)

    def note(self, note) -> None:
        """A note's reference where it stands; its body is read after the text."""
        body = note.find(f"{{{TEXT}}}note-body")
        if body is None or self.in_note:
            return          # (a note inside a note is not numbered again)
        self.notes.append(body)
        self.out.add(superscript(len(self.notes)))

    def read_notes(self) -> None:
        self.in_note = True
        for number, body in enumerate(self.notes, 1):
            self.out.add_note(number, body.iter(f"{{{TEXT}}}p"), self.inline)


def _shown_text(element) -> str:
    """A heading's text as the page shows it (notes, comments, old wording left out)."""
    parts = [element.text or ""]
    for child in element:
        if _local(child.tag) not in UNREAD | {"note"}:
            parts.append(_shown_text(child) if _local(child.tag) not in ("s", "tab", "line-break") else " ")
        parts.append(child.tail or "")
    return "".join(parts)


def _count(value: str | None) -> int:
    return int(value) if value and value.isdigit() and int(value) < 1000 else 1


def _centimetres(length: str) -> float:
    match = LENGTH.match(length.strip())
    return float(match.group(1)) * CM_PER[match.group(2)] if match else 0.0
