"""Plain text and Markdown: decode, normalise line endings, find chapter headings."""
from __future__ import annotations

import codecs
import re

from personae.errors import PersonaeError
from personae.model import Chapter
from personae.read.source import Source, normalise_newlines

# A heading line: "Chapter 12", "CHAPTER XII. The Return", "Part Two", "# Title".
HEADING = re.compile(
    r"^(?:#{1,3}\s+\S.*|(?:chapter|part|book)\s+(?:\d+|[ivxlcdm]+|[a-z]+)\b[^\n]{0,80})$",
    re.IGNORECASE | re.MULTILINE)
# Bytes that cp1252 leaves undefined: their presence rules cp1252 out.
CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Decode bytes: an explicit encoding, a BOM, UTF-8, cp1252, then detection."""
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise PersonaeError(f"unknown encoding {encoding!r}", "try utf-8, utf-16, cp1252 or latin-1") from None
        except UnicodeDecodeError as err:
            raise PersonaeError(f"{name}: not valid {encoding} at byte {err.start}",
                                "try another --encoding, or leave it out to detect it") from None
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                       (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise PersonaeError(f"{name}: starts with a {codec} byte-order mark but is not valid {codec}",
                                    "the file is damaged; re-save it as UTF-8") from None
    if _looks_binary(data):
        raise PersonaeError(f"{name}: looks like binary data, not text",
                            "give a .txt, .md, .html, .epub or TEI .xml file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if not CP1252_UNDEFINED.intersection(data):
        return data.decode("cp1252")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise PersonaeError(f"{name}: cannot tell the text encoding", "give it with --encoding, e.g. --encoding latin-1")
    return str(best)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return bool(sample) and control / len(sample) > 0.05


def find_chapters(text: str) -> list[Chapter]:
    heads = [m for m in HEADING.finditer(text) if _stands_alone(text, m.start(), m.end())]
    chapters = []
    for i, match in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        chapters.append(Chapter(start=match.start(), end=end, title=match.group(0).lstrip("# ").strip()))
    return chapters


def _stands_alone(text: str, start: int, end: int) -> bool:
    """A heading is a line of its own, after a blank line or at the start."""
    return start == 0 or text[max(0, start - 2):start].endswith("\n\n") or text[:start].strip() == ""


def read_plain(data: bytes, name: str, encoding: str | None = None) -> Source:
    text = normalise_newlines(decode(data, name, encoding)).lstrip("\ufeff")
    chapters = find_chapters(text)
    title = None
    first = text.lstrip().split("\n", 1)[0]
    if first.startswith("# "):
        title = first[2:].strip()
    return Source(text=text, source=name, title=title, chapters=chapters)
