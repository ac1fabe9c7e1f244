"""Reading inputs: every format becomes a `Source` (plain text, title, chapters).

`read_path` picks the reader by file extension, then by content. Every problem a
user can cause (binary data, an unknown encoding, an empty or malformed file)
raises `PersonaeError` with a hint.
"""
from __future__ import annotations

import re
import struct
from pathlib import Path

from personae.errors import PersonaeError
from personae.read.markup import root_element
from personae.read.source import Source
from personae.read import (alto, asciidoc, docbook, docx, epub, fb2, latex, markdown, markup, odt, pagexml, plain, rtf,
                          wikitext)

# Anything longer is almost certainly not one narrative document.
MAX_CHARS = 20_000_000

# An XML file's kind by its root element: "office:document" is a flat OpenDocument; DocBook's books, articles and
# chapters are each a root; "PcGts" is one page of a PAGE transcription
XML_READERS = {
    "TEI": markup.read_tei, "teiCorpus": markup.read_tei, "alto": alto.read_alto, "FictionBook": fb2.read_fb2,
    "office:document": odt.read_fodt, "html": markup.read_html, "book": docbook.read_docbook,
    "article": docbook.read_docbook, "chapter": docbook.read_docbook, "part": docbook.read_docbook,
    "set": docbook.read_docbook, "preface": docbook.read_docbook, "appendix": docbook.read_docbook,
    "PcGts": pagexml.read_page_xml,
}
# What opens a LaTeX source: its class, or a chapter file's first command
LATEX_START = re.compile(rb"\s*(?:%[^\n]*\n\s*)*\\(?:documentclass|chapter|section|input|include)\b")


def read_xml(data: bytes, name: str, encoding: str | None = None) -> Source:
    """An XML file read by the reader of its kind, told by its root element."""
    tag = root_element(data)
    reader = XML_READERS.get(tag) or XML_READERS.get(tag.rpartition(":")[2])     # (or a prefixed root: "db:book")
    if reader is None:
        raise PersonaeError(f"{name}: an XML file of no kind personae reads (root element <{tag or '?'}>)",
                            "give TEI, DocBook, ALTO, PAGE, FictionBook or flat OpenDocument XML, or the text as .txt")
    return reader(data, name, encoding=encoding)


def read_zip(data: bytes, name: str, encoding: str | None = None) -> Source:
    """A zip archive read by what it holds: a transcription platform's export of PAGE files, one FictionBook, or a
    package of another kind renamed (an EPUB, a Word or OpenDocument file)."""
    reader = _sniff_zip(data)
    if reader is epub.read_epub and b"META-INF/container.xml" not in data:
        raise PersonaeError(f"{name}: a zip archive of no kind personae reads",
                            "give a Transkribus or eScriptorium export (PAGE XML) or a zipped FictionBook, "
                            "or unzip it and read its files")
    return reader(data, name, encoding=encoding)


READERS = {
    ".txt": plain.read_plain, ".text": plain.read_plain, ".md": markdown.read_markdown,
    ".markdown": markdown.read_markdown, ".html": markup.read_html, ".htm": markup.read_html,
    ".xhtml": markup.read_html, ".xml": read_xml, ".tei": markup.read_tei, ".epub": epub.read_epub,
    ".docx": docx.read_docx, ".rtf": rtf.read_rtf, ".odt": odt.read_odt, ".fodt": odt.read_fodt,
    ".fb2": fb2.read_fb2, ".tex": latex.read_latex, ".latex": latex.read_latex, ".ltx": latex.read_latex,
    ".dbk": docbook.read_docbook, ".zip": read_zip, ".wiki": wikitext.read_wikitext,
    ".wikitext": wikitext.read_wikitext, ".mediawiki": wikitext.read_wikitext, ".adoc": asciidoc.read_asciidoc,
    ".asciidoc": asciidoc.read_asciidoc, ".asc": asciidoc.read_asciidoc,
}


def read_path(path: str | Path, encoding: str | None = None) -> Source:
    path = Path(path)
    if not path.exists():
        raise PersonaeError(f"{path}: no such file", "check the path")
    if path.is_dir():
        raise PersonaeError(f"{path}: is a folder, not a file", "give one file, or use `personae read` for a folder")
    data = path.read_bytes()
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        reader = _sniff(data)
    source = reader(data, str(path), encoding=encoding)
    return check_source(source)


def read_bytes(data: bytes, name: str, encoding: str | None = None) -> Source:
    """Read in-memory data, the format guessed from `name`'s extension or the content."""
    reader = READERS.get(Path(name).suffix.lower()) or _sniff(data)
    return check_source(reader(data, name, encoding=encoding))


def check_source(source: Source) -> Source:
    if not source.text.strip():
        raise PersonaeError(f"{source.source}: no text to analyse", "the file is empty or holds only markup")
    if len(source.text) > MAX_CHARS:
        raise PersonaeError(f"{source.source}: {len(source.text):,} characters is more than the limit of {MAX_CHARS:,}",
                            "split the work into chapters and read them as a corpus")
    return source


def _sniff(data: bytes):
    head = data[:2048].lstrip().lower()
    if data[:4] == b"PK\x03\x04":
        return _sniff_zip(data)
    if data.startswith(b"{\\rtf"):
        return rtf.read_rtf
    if head.startswith((b"<!doctype html", b"<html")):
        return markup.read_html
    if head.startswith(b"<?xml"):
        return read_xml
    if LATEX_START.match(data):
        return latex.read_latex
    if wikitext.looks_like_wikitext(data):
        return wikitext.read_wikitext
    if asciidoc.looks_like_asciidoc(data):
        return asciidoc.read_asciidoc
    return plain.read_plain


def _sniff_zip(data: bytes):
    # (an OpenDocument's first member is its stored mimetype, a zipped FictionBook's the book; an Office
    # package lists its content types; an EPUB names its container; a transcription export holds PAGE files)
    first = _first_member(data)
    if first == b"mimetype" and odt.MIMETYPE in data[:200]:
        return odt.read_odt
    if first.lower().endswith(b".fb2"):
        return fb2.read_fb2
    office = b"[Content_Types].xml" in data and b"META-INF/container.xml" not in data
    if office:
        return docx.read_docx
    if b"META-INF/container.xml" not in data and pagexml.is_page_archive(data):
        return pagexml.read_page_archive
    return epub.read_epub


def _first_member(data: bytes) -> bytes:
    """The name of a zip archive's first member, from its local header."""
    (length,) = struct.unpack_from("<H", data, 26) if len(data) >= 30 else (0,)
    return data[30:30 + length]


__all__ = ["Source", "read_path", "read_bytes"]
