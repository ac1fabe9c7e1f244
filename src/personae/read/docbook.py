"""DocBook XML: publishers' production files, DocBook 4.x (a DOCTYPE naming the DTD) and DocBook 5.

A DocBook 4 file uses the named character entities its DTD declares (&mdash;, &eacute;, &hellip; and the
other ISO sets), and the DTD is never loaded (it is not at hand offline, and loading it could reach the
network): before the file is parsed, each named entity but XML's own five is replaced by its character, and
each one the document declares in its DOCTYPE by the value it declares; an entity known to neither, or one
that stands for another file, is refused. The file is read in the encoding its XML declaration names, or
in the one given.

What is read: the running text of the book (its parts, chapters, prefaces, appendixes, dedication, colophon
and sections), block by block. Each title and subtitle, paragraph, list item (an ordered list's numbered),
term, table cell, bridgehead, and the titles and paragraphs of sidebars, admonitions and abstracts is a
paragraph; epigraphs and block quotations are set in, their attribution after them; the lines of a literal
layout, an address or a program listing are kept as lines of one paragraph. Each chapter, preface or
appendix marks a chapter (an article's top sections do, where it has no chapters). Emphasis, and what a
printed book sets in italics (foreign phrases, cited titles, first terms, words as words, glossary terms), is
recorded as italics; a quotation the markup marks (quote) is printed in quotation marks; a footnote is a
superscript number where it stands, its text after the running text, numbered. The book's title is the one
its metadata gives, else the book's own.

Left out: the metadata (bookinfo, info, chapterinfo and the like: authors, copyright, legal notice, revision
history, their abstract and title, though a chapter's title kept there still names the chapter), index terms,
remarks and comments, anchors, cross-references (an xref has no text of its own), page breaks, figures and
media objects.
"""
from __future__ import annotations

import re
from html.entities import html5

from lxml import etree

from personae.errors import PersonaeError
from personae.read.markup import ITALIC_CLOSE, ITALIC_OPEN, LINE_BREAK, BlockText, _local, parse_xml
from personae.read.plain import decode
from personae.read.source import Source, normalise_whitespace, superscript

DOCBOOK_NS = "http://docbook.org/ns/docbook"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
HINT = "give a DocBook 4.x or 5 document whose root is <book>, <article> or <chapter>"
ROOTS = {"set", "book", "article", "part", "chapter", "preface", "appendix", "sect1", "section"}

# The encoding an XML declaration names
DECLARED_ENCODING = re.compile(rb"(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?\bencoding\s*=\s*[\"']([A-Za-z][\w.:-]*)[\"']")
# What may come before a DOCTYPE: a byte-order mark, the XML declaration, comments, processing instructions
PROLOG = re.compile(r"(?:[\s\ufeff]+|<\?.*?\?>|<!--.*?-->)*", re.S)
# A DOCTYPE and its internal subset (whose quoted values and comments may hold a "]")
DOCTYPE = re.compile(r"<!DOCTYPE\s[^\[>]*(?:\[((?>\"[^\"]*\"|'[^']*'|<!--(?:.*?-->|.*)|[^\]\"'<]+|<)*)\]\s*)?>",
                     re.S)
COMMENT = re.compile(r"<!--.*?-->", re.S)
# An entity the internal subset declares: by its value, or as another file (SYSTEM or PUBLIC)
ENTITY_DECLARATION = re.compile(
    r"<!ENTITY\s+([A-Za-z_:][\w.:-]*)\s+(?:\"([^\"]*)\"|'([^']*)'|((?:SYSTEM|PUBLIC)\s[^>]*))\s*>")
# A named entity's reference, or a stretch no reference is read in: a CDATA section, a comment, a
# processing instruction (one left open runs to the end, as the parser reads it; a character reference,
# &#8212;, is the parser's)
REFERENCE = re.compile(r"(<!\[CDATA\[(?:.*?\]\]>|.*)|<!--(?:.*?-->|.*)|<\?(?:.*?\?>|.*))|&([A-Za-z_:][\w.:-]*);",
                       re.S)
XML_ENTITIES = {"amp", "lt", "gt", "quot", "apos"}
# Characters an entity may stand for that would read as markup if written bare: written as references
MARKUP_CHARACTERS = set("<>&\"'")
# Declared entities nest at most this deep and grow the file by at most this many characters
# (a "billion laughs" of entities that each hold ten of the one before must not fill the memory)
NESTING_LIMIT = 16
EXPANSION_LIMIT = 10_000_000

# Left out of the text (and DocBook 4 names each division's metadata after it, bookinfo, sect1info, all
# ending in "info", as DocBook 5's is <info>)
UNREAD = {"indexterm", "remark", "comment", "anchor", "xref", "beginpage", "figure", "informalfigure",
          "mediaobject", "inlinemediaobject", "imageobject", "graphic", "inlinegraphic", "screenshot",
          "titleabbrev", "toc", "lot", "index", "setindex"}
CHAPTERS = {"chapter", "preface", "appendix"}
TOP_SECTIONS = {"sect1", "section"}
# Elements whose text is a paragraph
PARAGRAPHS = {"para", "simpara", "title", "subtitle", "bridgehead", "attribution", "term", "member", "entry",
              "td", "th", "literallayout", "address", "programlisting", "screen", "synopsis"}
# Elements that hold paragraphs: what comes before and after them is a paragraph of its own
CONTAINERS = {"set", "book", "part", "partintro", "article", "chapter", "preface", "appendix", "dedication",
              "colophon", "acknowledgements", "sect1", "sect2", "sect3", "sect4", "sect5", "section",
              "simplesect", "formalpara", "epigraph", "blockquote", "sidebar", "note", "tip", "important",
              "warning", "caution", "itemizedlist", "orderedlist", "variablelist", "simplelist", "listitem",
              "varlistentry", "highlights", "abstract", "table", "informaltable", "entrytbl", "row", "tr",
              "example", "informalexample", "glossary", "glossentry", "glossdef"}
SET_IN = {"epigraph", "blockquote"}
# Paragraphs whose source lines are lines (a poem's, a letter's address, a program's)
LINES = {"literallayout", "address", "programlisting", "screen", "synopsis"}
ITALIC = {"emphasis", "foreignphrase", "citetitle", "firstterm", "wordasword", "glossterm"}
# (an emphasis a book sets in bold is no italic)
BOLD_ROLES = {"bold", "strong"}
LINKS = {"link", "ulink"}


def read_docbook(data: bytes, name: str, encoding: str | None = None) -> Source:
    text = _with_entities_replaced(_decoded(data, name, encoding), name)
    root = parse_xml(text.encode("utf-8"), name, "DocBook XML", "utf-8")
    qualified = etree.QName(root)
    if qualified.localname not in ROOTS or qualified.namespace not in (None, DOCBOOK_NS):
        raise PersonaeError(f"{name}: an XML file but not DocBook (root element <{qualified.localname}>)", HINT)
    reader = DocBookText()
    reader.walk(root)
    reader.read_notes()
    body, chapters, italics = reader.out.result()
    title = _title(_metadata(root)) or _title(root)
    return Source(text=normalise_whitespace(body), source=name, title=title or None, chapters=chapters,
                  italics=italics)


def _decoded(data: bytes, name: str, encoding: str | None) -> str:
    """The file as text: in the encoding given, else the one its XML declaration names."""
    if not encoding:
        declared = DECLARED_ENCODING.match(data)
        encoding = declared.group(1).decode("ascii") if declared else None
    return decode(data, name, encoding)


def _with_entities_replaced(text: str, name: str) -> str:
    """The document without its DOCTYPE, each named entity replaced: by the value the DOCTYPE declares for it,
    else by its character."""
    start = PROLOG.match(text).end()
    doctype = DOCTYPE.match(text, start)
    if doctype is None:
        return Entities({}, {}, name).expand(text)
    values: dict[str, str] = {}
    files: dict[str, str] = {}
    for match in ENTITY_DECLARATION.finditer(COMMENT.sub("", doctype.group(1) or "")):
        entity, double_quoted, single_quoted, file = match.groups()
        if entity not in values and entity not in files:    # (the first declaration binds)
            if file:
                files[entity] = " ".join(file.split())
            else:
                values[entity] = double_quoted if double_quoted is not None else single_quoted
    return Entities(values, files, name).expand(text[:start] + text[doctype.end():])


class Entities:
    """Replaces named entities in a document's text, as a parser that read the DTD would."""

    def __init__(self, values: dict[str, str], files: dict[str, str], name: str) -> None:
        self.values = values            # the entities the document declares, by their value
        self.files = files              # the entities that stand for another file, by their declaration
        self.name = name
        self.expanded: dict[str, str] = {}
        self.expanding: list[str] = []  # the declared entities being expanded, outermost first
        self.grown = 0                  # characters the declared entities have added

    def expand(self, text: str) -> str:
        return REFERENCE.sub(self._replace, text)

    def _replace(self, match: re.Match) -> str:
        unread, entity = match.groups()
        if unread or entity in XML_ENTITIES:
            return match.group(0)
        if entity in self.values:
            return self._declared(entity)
        if entity in self.files:
            raise PersonaeError(f"{self.name}: the entity &{entity}; stands for another file ({self.files[entity]})",
                                "put the parts together into one file first (xmllint --noent)")
        character = html5.get(entity + ";")
        if character is None:
            raise PersonaeError(f"{self.name}: unknown entity &{entity}; (neither XML's nor a DocBook character "
                                f"entity)", f"declare it in the DOCTYPE (<!ENTITY {entity} \"...\">) "
                                "or write its character instead")
        return "".join(f"&#{ord(c)};" if c in MARKUP_CHARACTERS else c for c in character)

    def _declared(self, entity: str) -> str:
        if entity not in self.expanded:
            if entity in self.expanding or len(self.expanding) >= NESTING_LIMIT:
                raise PersonaeError(f"{self.name}: the entity &{entity}; refers to itself, or entities nest "
                                    f"too deep ({' > '.join(self.expanding)})", "repair the DOCTYPE's declarations")
            self.expanding.append(entity)
            self.expanded[entity] = self.expand(self.values[entity])
            self.expanding.pop()
        self.grown += len(self.expanded[entity])
        if self.grown > EXPANSION_LIMIT:
            raise PersonaeError(f"{self.name}: the declared entities grow the file past "
                                f"{EXPANSION_LIMIT:,} characters", "repair the DOCTYPE's declarations")
        return self.expanded[entity]


class DocBookText:
    """Walks a DocBook document, collecting what the printed book shows into a `BlockText`."""

    def __init__(self) -> None:
        self.out = BlockText()
        self.notes: list[object] = []           # each footnote, in the order the text numbers them
        self.numbers: dict[str, int] = {}       # a footnote's id -> its number (for a footnoteref)
        self.in_notes = False                   # reading the footnotes after the text
        self.lines = 0                          # inside how many elements whose source lines are lines
        self.item_number: str | None = None     # an ordered list item's number, for its first paragraph

    def walk(self, element) -> None:
        name = _local(element.tag)
        if name == "footnote":
            self.footnote(element)
        elif name == "footnoteref":
            number = self.numbers.get(element.get("linkend"))
            self.out.add(superscript(number) if number else None)
        elif not _unread(name):
            self.element(element, name)
        self.add(element.tail)

    def element(self, element, name: str) -> None:
        if name in CHAPTERS or name in TOP_SECTIONS and not any(
                _local(a.tag) in CHAPTERS | TOP_SECTIONS for a in element.iterancestors()):
            self.out.mark_chapter(_title(element) or _title(_metadata(element)))
        block = name in PARAGRAPHS or name in CONTAINERS
        italic = name in ITALIC and not (name == "emphasis" and (element.get("role") or "").lower() in BOLD_ROLES)
        quoted = name == "quote"
        # (one inside another in single marks: <quote>He said <quote>no</quote>.</quote> prints “He said ‘no’.”)
        opening, closing = ("‘", "’") if self.out.quoting % 2 else ("“", "”")
        if block:
            self.out.end_block()
        if name in PARAGRAPHS and self.item_number:
            self.out.add(self.item_number)
            self.item_number = None
        if name == "listitem" and _local(element.getparent().tag) == "orderedlist":
            self.item_number = f"{_item_number(element)}. "
        self.out.set_in += name in SET_IN
        self.lines += name in LINES
        self.out.quoting += quoted
        self.out.add(ITALIC_OPEN if italic else None)
        self.out.add(opening if quoted else None)
        self.contents(element, name)
        if name in LINKS and not "".join(element.itertext()).strip():
            self.add(element.get("url") or element.get(XLINK_HREF))    # (a link without text shows its address)
        self.out.add(closing if quoted else None)
        self.out.add(ITALIC_CLOSE if italic else None)
        self.out.quoting -= quoted
        self.lines -= name in LINES
        if block:
            self.out.end_block()
        self.out.set_in -= name in SET_IN
        if name == "listitem":
            self.item_number = None     # (an item without paragraphs does not pass its number on)

    def contents(self, element, name: str = "") -> None:
        self.add(element.text)
        children = list(element)
        if name in SET_IN:      # (an epigraph's or a quotation's attribution is printed after it)
            children.sort(key=lambda child: _local(child.tag) == "attribution")
        for child in children:
            self.walk(child)

    def add(self, text: str | None) -> None:
        if text and self.lines:
            text = text.replace("\n", LINE_BREAK)
        self.out.add(text)

    def footnote(self, note) -> None:
        """A footnote's number where it stands; its text is read after the running text."""
        if self.in_notes:
            return          # (a footnote inside a footnote is not numbered again)
        self.notes.append(note)
        note_id = note.get("id") or note.get(XML_ID)
        if note_id:
            self.numbers[note_id] = len(self.notes)
        self.out.add(superscript(len(self.notes)))

    def read_notes(self) -> None:
        self.in_notes = True
        for number, note in enumerate(self.notes, 1):
            self.out.add_note(number, [child for child in note if not _unread(_local(child.tag))], self.contents)


def _unread(name: str) -> bool:
    """Comments and processing instructions (which have no name), the metadata and what the book leaves out."""
    return not name or name in UNREAD or name.endswith("info")


def _metadata(element):
    return next((child for child in element if _local(child.tag).endswith("info")), None)


def _title(element) -> str:
    """The title an element holds, as printed (its notes and index terms left out); "" where it holds none."""
    title = next((child for child in element if _local(child.tag) == "title"), None) \
        if element is not None else None
    return " ".join(_shown_text(title).split()) if title is not None else ""


def _shown_text(element) -> str:
    parts = [element.text or ""]
    for child in element:
        name = _local(child.tag)
        if not _unread(name) and name not in ("footnote", "footnoteref"):
            parts.append(_shown_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _item_number(item) -> int:
    """An ordered list's item's number (DocBook 5 may start the list elsewhere than 1)."""
    try:
        first = int(item.getparent().get("startingnumber") or 1)
    except ValueError:
        first = 1
    return first + sum(1 for sibling in item.itersiblings(preceding=True) if _local(sibling.tag) == "listitem")
