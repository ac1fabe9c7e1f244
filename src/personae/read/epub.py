"""EPUB: the XHTML documents of the spine, in reading order, one chapter each."""
from __future__ import annotations

import posixpath
import zipfile

from personae.errors import PersonaeError
from personae.model import Chapter
from personae.read.archive import member, open_archive
from personae.read.markup import parse_xml, read_html
from personae.read.source import Source

OPF_NS = {"opf": "http://www.idpf.org/2007/opf", "dc": "http://purl.org/dc/elements/1.1/"}
CONTAINER_NS = {"c": "urn:oasis:names:tc:opendocument:xmlns:container"}


def read_epub(data: bytes, name: str, encoding: str | None = None) -> Source:
    with open_archive(data, name, "EPUB", "export the book as EPUB again") as book:
        opf_path = _opf_path(book, name)
        opf = parse_xml(_member(book, opf_path, name), name, "EPUB package")
        base = posixpath.dirname(opf_path)
        manifest = {item.get("id"): item.get("href") for item in opf.iterfind(".//opf:manifest/opf:item", OPF_NS)}
        spine = [ref.get("idref") for ref in opf.iterfind(".//opf:spine/opf:itemref", OPF_NS)
                 if ref.get("linear", "yes") != "no"]
        if not spine:
            raise PersonaeError(f"{name}: the EPUB has an empty spine", "the book lists no chapters to read")
        title_el = opf.find(".//dc:title", OPF_NS)
        title = (title_el.text or "").strip() if title_el is not None else None
        parts, chapters, italics, offset = [], [], [], 0
        for idref in spine:
            href = manifest.get(idref)
            if href is None:
                raise PersonaeError(f"{name}: the spine names {idref!r}, which the manifest lacks",
                                    "the EPUB is malformed; export it again")
            path = posixpath.normpath(posixpath.join(base, href.split("#")[0]))
            chapter = read_html(_member(book, path, name), f"{name}!{path}", encoding=encoding)
            if not chapter.text.strip():
                continue
            parts.append(chapter.text)
            italics += [(offset + start, offset + end) for start, end in chapter.italics]
            chapters.append(Chapter(start=offset, end=offset + len(chapter.text),
                                    title=chapter.chapters[0].title if chapter.chapters else chapter.title))
            offset += len(chapter.text) + 1
    return Source(text="\n".join(parts), source=name, title=title or None, chapters=chapters, italics=italics)


def _opf_path(book: zipfile.ZipFile, name: str) -> str:
    container = parse_xml(_member(book, "META-INF/container.xml", name), name, "EPUB container")
    rootfile = container.find(".//c:rootfile", CONTAINER_NS)
    if rootfile is None or not rootfile.get("full-path"):
        raise PersonaeError(f"{name}: the EPUB container names no package file", "the EPUB is malformed")
    return rootfile.get("full-path")


def _member(book: zipfile.ZipFile, path: str, name: str) -> bytes:
    return member(book, path, name, "EPUB", "export it again")
