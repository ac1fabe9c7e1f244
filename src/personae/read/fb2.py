"""FictionBook 2 (.fb2, and a .fb2.zip holding one): the e-book format of Russian-language libraries.

An FB2 book is one XML file, often encoded as windows-1251 (its declaration says so), with the book's
description (title, author, translator), one main body of nested sections, a second body of notes, and
its images as base64 binaries. What is read: the main body's titles, epigraphs, paragraphs, subtitles,
verse lines (a stanza's lines together) and cited passages (set in, as a letter a book quotes), each a
paragraph; a top-level section marks a chapter, its title the chapter's; a note's reference as a
superscript number where it stands and the notes after the text, numbered; emphasis is recorded as
italics; the description and the binaries are left out.
"""
from __future__ import annotations

from personae.errors import PersonaeError
from personae.read.archive import member, open_archive
from personae.read.markup import ITALIC_CLOSE, ITALIC_OPEN, LINE_BREAK, BlockText, _local, parse_xml
from personae.read.source import Source, normalise_whitespace, superscript

HINT = "check that the file is a FictionBook 2 book, or convert it to EPUB"
BLOCKS = {"p", "subtitle", "text-author", "v", "td", "th"}
# Bodies that hold no running text: notes and comments (read after the text, by reference)
NOTE_BODIES = {"notes", "comments", "footnotes"}
SET_IN_ELEMENTS = {"cite", "epigraph", "poem"}


def read_fb2(data: bytes, name: str, encoding: str | None = None) -> Source:
    if data[:4] == b"PK\x03\x04":
        data = _zipped_book(data, name)
    # (without an encoding given, as the XML declaration says: windows-1251 as often as UTF-8)
    root = parse_xml(data, name, "FictionBook", encoding)
    if _local(root.tag) != "FictionBook":
        raise PersonaeError(f"{name}: an XML file but not a FictionBook (root element <{_local(root.tag)}>)", HINT)
    bodies = [b for b in root if _local(b.tag) == "body"]
    main = [b for b in bodies if (b.get("name") or "").lower() not in NOTE_BODIES]
    if not main:
        raise PersonaeError(f"{name}: the FictionBook has no main body", HINT)
    notes = {section.get("id"): section for body in bodies if body not in main
             for section in body.iter("{*}section") if section.get("id")}
    reader = Fb2Text(notes)
    for body in main:
        reader.body(body)
    reader.read_notes()
    text, chapters, italics = reader.out.result()
    title = root.find("{*}description/{*}title-info/{*}book-title")
    title_text = " ".join("".join(title.itertext()).split()) if title is not None else ""
    return Source(text=normalise_whitespace(text), source=name, title=title_text or None, chapters=chapters,
                  italics=italics)


def _zipped_book(data: bytes, name: str) -> bytes:
    """The one .fb2 book a .fb2.zip holds."""
    with open_archive(data, name, "zipped FictionBook", HINT) as archive:
        books = [info.filename for info in archive.infolist() if info.filename.lower().endswith(".fb2")]
        if len(books) != 1:
            raise PersonaeError(f"{name}: the archive holds {len(books)} FictionBook files, not one",
                                "unzip it and read the books one by one")
        return member(archive, books[0], name, "zipped FictionBook", HINT)


class Fb2Text:
    """Walks a FictionBook body, collecting what the page shows into a `BlockText`."""

    def __init__(self, notes: dict[str, object]) -> None:
        self.out = BlockText()
        self.notes = notes
        self.numbers: dict[str, int] = {}   # a note's id -> the number the text prints
        self.in_note = False

    def body(self, body) -> None:
        for child in body:
            name = _local(child.tag)
            if name == "section":
                self.section(child, top=True)
            elif name != "image":
                self.block(child)

    def section(self, section, top: bool = False) -> None:
        title = next((c for c in section if _local(c.tag) == "title"), None)
        if top:     # (a title's lines joined as sentences: "Chapter Seven. The Thaw")
            lines = [" ".join("".join(p.itertext()).split()) for p in title] if title is not None else []
            self.out.mark_chapter(". ".join(line.rstrip(".") for line in lines if line))
        for child in section:
            if _local(child.tag) == "section":
                self.section(child)
            else:
                self.block(child)

    def block(self, element) -> None:
        name = _local(element.tag)
        if name in ("image", "empty-line"):
            self.out.end_block()
            return
        if name == "stanza":
            # (a stanza's lines are one paragraph, a line each)
            self.out.end_block()
            for line in element:
                if _local(line.tag) == "v":
                    self.inline(line)
                    self.out.add(LINE_BREAK)
                else:
                    self.block(line)
            self.out.end_block()
            return
        if name in BLOCKS:
            self.out.end_block()
            self.inline(element)
            self.out.end_block()
            return
        set_in = name in SET_IN_ELEMENTS
        self.out.set_in += set_in
        for child in element:
            self.block(child)
        self.out.set_in -= set_in

    def inline(self, element) -> None:
        self.out.add(element.text)
        for child in element:
            name = _local(child.tag)
            if name == "a" and (child.get("type") == "note" or self._note_id(child) in self.notes):
                self.reference(child)
            elif name != "image":
                italic = name == "emphasis"
                self.out.add(ITALIC_OPEN if italic else None)
                self.inline(child)
                self.out.add(ITALIC_CLOSE if italic else None)
            self.out.add(child.tail)

    def reference(self, link) -> None:
        note_id = self._note_id(link)
        if self.in_note or note_id not in self.notes:
            return          # (a reference to nothing, or a note's reference inside a note, prints nothing)
        number = self.numbers.setdefault(note_id, len(self.numbers) + 1)
        self.out.add(superscript(number))

    @staticmethod
    def _note_id(link) -> str:
        href = next((value for attribute, value in link.attrib.items() if _local(attribute) == "href"), "")
        return href[1:] if href.startswith("#") else ""

    def read_notes(self) -> None:
        """The notes the text refers to, in the order it numbers them, each a paragraph after the text
        (the note's own title, its number, left out)."""
        self.in_note = True
        for note_id, number in sorted(self.numbers.items(), key=lambda item: item[1]):
            paragraphs = (paragraph for child in self.notes[note_id] if _local(child.tag) != "title"
                          for paragraph in child.iter("{*}p", "{*}v"))
            self.out.add_note(number, paragraphs, self.inline)

