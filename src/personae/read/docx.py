"""Word documents (.docx): the text as Word shows it with every tracked change accepted.

A translator's manuscript is rarely clean: Word splits a word over several runs (revision marks,
spell-checking), keeps deleted wording in the file as a tracked change, anchors an editor's comments in
the text and keeps its notes in a part of their own. What is read: each paragraph of the body (tables'
cells too) as a paragraph, its runs joined; a deletion left out and an insertion kept; comments and
hidden text left out; a note's reference as a superscript number where it stands and the notes
themselves after the text, numbered, as a book prints its notes; a paragraph styled as a heading marks
a chapter; one styled as a quotation, or set in from the left margin, is set in; italics are recorded.
"""
from __future__ import annotations

import posixpath
import zipfile

from personae.errors import PersonaeError
from personae.read.archive import member, open_archive
from personae.read.markup import ITALIC_CLOSE, ITALIC_OPEN, LINE_BREAK, BlockText, _local, parse_xml
from personae.read.source import Source, normalise_whitespace, superscript

MAIN_DOCUMENT = "word/document.xml"
RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
# What a run or a paragraph holds that is never read: deleted or moved-away wording, the text of a
# field's instruction, drawings and their text boxes (anchored anywhere), comment anchors.
UNREAD = {"del", "moveFrom", "delText", "instrText", "delInstrText", "drawing", "pict", "AlternateContent",
          "commentReference", "annotationRef", "pPr", "rPr", "sectPr", "tblPr", "trPr", "tcPr", "object"}
# Chapter headings: the styles Word names so (any language's style id maps to one of these names)
CHAPTER_STYLES = {"heading 1", "heading 2"}
QUOTATION_STYLES = {"quote", "intense quote", "block text"}
# A paragraph set in this far from the left margin (in twentieths of a point: half an inch) is set in
SET_IN_TWIPS = 567
TRUE_VALUES = {None, "1", "true", "on"}


def read_docx(data: bytes, name: str, encoding: str | None = None) -> Source:
    with open_archive(data, name, "Word document", "save it again from the word processor as .docx") as package:
        main = _main_part(package, name)
        parts = _related_parts(package, main, name)
        styles = _style_names(package, parts.get("styles"), name)
        body = parse_xml(_member(package, main, name), name, "Word document").find("{*}body")
        if body is None:
            raise PersonaeError(f"{name}: the Word document has no body", "save it again as .docx")
        reader = WordText(styles)
        reader.walk(body)
        for kind in ("footnotes", "endnotes"):
            if kind in parts and reader.notes[kind]:
                reader.read_notes(parse_xml(_member(package, parts[kind], name), name, f"Word {kind}"), kind)
        title = _core_title(package, name)
    text, chapters, italics = reader.out.result()
    return Source(text=normalise_whitespace(text), source=name, title=title or reader.title, chapters=chapters,
                  italics=italics)


class WordText:
    """Walks WordprocessingML, collecting what the page shows into a `BlockText`."""

    def __init__(self, styles: dict[str, str]) -> None:
        self.styles = styles
        self.out = BlockText()
        self.title: str | None = None
        # each kind of note: its id in the file -> the number the text prints
        self.notes: dict[str, dict[str, int]] = {"footnotes": {}, "endnotes": {}}

    def walk(self, element) -> None:
        for paragraph in _reached(element, "p"):    # (in tables' cells, content controls, insertions too)
            self.paragraph(paragraph)

    def paragraph(self, paragraph) -> None:
        style = self.styles.get(_value(paragraph.find("{*}pPr/{*}pStyle")) or "", "")
        set_in = style in QUOTATION_STYLES or _indent(paragraph.find("{*}pPr/{*}ind")) >= SET_IN_TWIPS
        if style == "title" and not self.title:
            self.title = _shown_text(paragraph)
        if style in CHAPTER_STYLES:
            self.out.mark_chapter(_shown_text(paragraph))
        self.out.end_block()
        self.out.set_in += set_in
        self.runs(paragraph)
        self.out.end_block()
        self.out.set_in -= set_in

    def runs(self, element) -> None:
        for run in _reached(element, "r"):          # (in insertions, hyperlinks, smart tags, fields too)
            self.run(run)

    def run(self, run) -> None:
        properties = run.find("{*}rPr")
        if properties is not None and _on(properties.find("{*}vanish")):
            return
        italic = properties is not None and _on(properties.find("{*}i"))
        self.out.add(ITALIC_OPEN if italic else None)
        for child in run:
            name = _local(child.tag)
            if name == "t":
                self.out.add(child.text)
            elif name in ("tab", "ptab"):
                self.out.add("\t")
            elif name in ("br", "cr") and child.get(_w(child, "type")) not in ("page", "column"):
                self.out.add(LINE_BREAK)    # a line break inside a paragraph (a letter's lines)
            elif name == "noBreakHyphen":
                self.out.add("-")
            elif name in ("footnoteReference", "endnoteReference"):
                kind = "footnotes" if name == "footnoteReference" else "endnotes"
                numbers = self.notes[kind]
                number = numbers.setdefault(child.get(_w(child, "id")) or "", len(numbers) + 1)
                self.out.add(superscript(number))
        self.out.add(ITALIC_CLOSE if italic else None)

    def read_notes(self, root, kind: str) -> None:
        """The notes the text refers to, in the order it numbers them, each a paragraph after the text."""
        numbers = self.notes[kind]
        by_id = {note.get(_w(note, "id")): note for note in root if _local(note.tag) in ("footnote", "endnote")}
        for note_id, number in sorted(numbers.items(), key=lambda item: item[1]):
            note = by_id.get(note_id)
            if note is None:
                continue
            self.out.add_note(number, note.iter("{*}p"), self.runs)


def _reached(element, name: str):
    """The descendants of that name reached without passing through anything unread (a deletion, a drawing,
    a field's instruction)."""
    for child in element:
        local = _local(child.tag)
        if local == name:
            yield child
        elif local not in UNREAD:
            yield from _reached(child, name)


def _shown_text(element) -> str:
    """A paragraph's text as the page shows it, spaces collapsed (a heading's)."""
    return " ".join("".join(t.text or "" for t in _reached(element, "t")).split())


def _w(element, attribute: str) -> str:
    """The attribute in the element's own namespace (Word's transitional or strict one)."""
    namespace = element.tag[:element.tag.index("}") + 1] if element.tag.startswith("{") else ""
    return namespace + attribute


def _value(element) -> str | None:
    return element.get(_w(element, "val")) if element is not None else None


def _on(element) -> bool:
    """A toggle property (w:i, w:vanish) that is present and not switched off."""
    return element is not None and (_value(element) or "").lower() in TRUE_VALUES | {""}


def _indent(element) -> int:
    if element is None:
        return 0
    for attribute in ("left", "start"):
        value = element.get(_w(element, attribute))
        if value and value.lstrip("-").isdigit():
            return int(value)
    return 0


def _main_part(package: zipfile.ZipFile, name: str) -> str:
    """The main document's path, from the package's relationships (word/document.xml by convention)."""
    try:
        rels = parse_xml(package.read("_rels/.rels"), name, "Word package relationships")
    except KeyError:
        return MAIN_DOCUMENT
    for relation in rels.iter(RELATIONSHIP):
        if relation.get("Type", "").endswith("/officeDocument"):
            return relation.get("Target", MAIN_DOCUMENT).lstrip("/")
    return MAIN_DOCUMENT


def _related_parts(package: zipfile.ZipFile, main: str, name: str) -> dict[str, str]:
    """The main document's parts by kind (styles, footnotes, endnotes): their paths in the package."""
    folder, file = posixpath.split(main)
    try:
        rels = parse_xml(package.read(posixpath.join(folder, "_rels", file + ".rels")), name, "Word relationships")
    except KeyError:
        return {}
    parts = {}
    for relation in rels.iter(RELATIONSHIP):
        kind = relation.get("Type", "").rsplit("/", 1)[-1]
        if kind in ("styles", "footnotes", "endnotes") and relation.get("TargetMode") != "External":
            target = relation.get("Target", "")
            parts[kind] = target.lstrip("/") if target.startswith("/") \
                else posixpath.normpath(posixpath.join(folder, target))
    return parts


def _style_names(package: zipfile.ZipFile, path: str | None, name: str) -> dict[str, str]:
    """Style id -> the style's name in lower case ("Heading1" and a German "berschrift1" -> "heading 1")."""
    if path is None or path not in package.namelist():
        return {}
    names = {}
    for style in parse_xml(_member(package, path, name), name, "Word styles").iter("{*}style"):
        style_id, style_name = style.get(_w(style, "styleId")), _value(style.find("{*}name"))
        if style_id:
            names[style_id] = (style_name or style_id).lower()
    return names


def _core_title(package: zipfile.ZipFile, name: str) -> str | None:
    if "docProps/core.xml" not in package.namelist():
        return None
    title = parse_xml(_member(package, "docProps/core.xml", name), name, "document properties").find(
        "{http://purl.org/dc/elements/1.1/}title")
    return (title.text or "").strip() or None if title is not None else None


def _member(package: zipfile.ZipFile, path: str, name: str) -> bytes:
    return member(package, path, name, "Word document", "save it again from the word processor as .docx")
