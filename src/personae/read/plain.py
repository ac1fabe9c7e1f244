"""Plain text and Markdown: decode, normalise line endings, find chapter headings and the title.

The title is a Markdown "# Title" on the first line, else a heading line that opens the text:
a short first line (at most TITLE_WORDS words and TITLE_CHARS characters) followed by a blank
line, with no sentence punctuation (it ends in no . ! ? , ; and holds no sentence break), not
a quotation, and not a bare numbered heading ("Chapter 3", "Part II" name a chapter, not the
work). "Chapter Four: The Grünbaums of Lindenfeld, 1905–1949" is a title.
"""
from __future__ import annotations

import codecs
import re

from personae.errors import PersonaeError
from personae.model import Chapter
from personae.read.pages import running_heads
from personae.read.source import Source, normalise_whitespace

# A heading line: "Chapter 12", "CHAPTER XII. The Return", "Part Two", "# Title".
HEADING = re.compile(
    r"^(?:#{1,3}\s+\S.*|(?:chapter|part|book)\s+(?:\d+|[ivxlcdm]+|[a-z]+)\b[^\n]{0,80})$",
    re.IGNORECASE | re.MULTILINE)
# A heading that only numbers a chapter: "Chapter 3", "PART II.", "Book One".
BARE_HEADING = re.compile(r"^(?:chapter|part|book)\s+(?:\d+|[ivxlcdm]+|[a-z]+)\.?$", re.IGNORECASE)
TITLE_WORDS = 16
TITLE_CHARS = 120
# A title ends in none of these, and has no sentence break (". Then") inside.
TITLE_END_PUNCTUATION = ".!?,;…"
SENTENCE_BREAK = re.compile(r"[.!?…][\"”’']?\s+[A-Z]")
QUOTE_MARKS = "\"“‘'«„—"
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
                            "give a .txt, .md, .html, .epub, .docx, .rtf, .odt, .fb2, .tex, .wiki, .adoc, .xml (TEI, "
                            "DocBook, ALTO, PAGE) or a PAGE .zip file")
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
    if len(heads) > 1:
        # (a printed page's running head repeats the chapter's title: it heads a page, not a chapter)
        running = {start for start, _ in running_heads(text)}
        heads = [m for m in heads if m.start() not in running]
    chapters = []
    for i, match in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        chapters.append(Chapter(start=match.start(), end=end, title=match.group(0).lstrip("# ").strip()))
    return chapters


def _stands_alone(text: str, start: int, end: int) -> bool:
    """A heading is a line of its own, after a blank line or at the start."""
    return start == 0 or text[max(0, start - 2):start].endswith("\n\n") or text[:start].strip() == ""


def find_title(text: str) -> str | None:
    """The title a plain text opens with: a Markdown "# Title", or a short heading line on its own."""
    body = text.lstrip()
    first, _, rest = body.partition("\n")
    first = first.strip()
    if first.startswith("# "):
        return first[2:].strip() or None
    if not rest.strip() or rest.split("\n", 1)[0].strip():     # nothing after it, or no blank line under it
        return None
    if not first or len(first) > TITLE_CHARS or len(first.split()) > TITLE_WORDS:
        return None
    heading = HEADING.match(first) is not None            # "CHAPTER XII. The Return" may hold a full stop
    if first[-1] in TITLE_END_PUNCTUATION or (SENTENCE_BREAK.search(first) and not heading) or first[0] in QUOTE_MARKS:
        return None
    if BARE_HEADING.match(first) or not (first[0].isupper() or first[0].isdigit()):
        return None
    return first.lstrip("#").strip() or None


def read_plain(data: bytes, name: str, encoding: str | None = None) -> Source:
    text = normalise_whitespace(decode(data, name, encoding)).lstrip("\ufeff")
    text, italics = underscored_italics(text)
    return Source(text=text, source=name, title=find_title(text), chapters=find_chapters(text), italics=italics)


# An e-text's italics: _words between underscores_ inside a paragraph (not a blank "Mr. ____", nor snake_case)
UNDERSCORED = re.compile(r"(?<![\w_])_(?=[^\s_])((?:[^_\n]|\n(?![ \t]*\n))+?)(?<=[^\s_])_(?![\w_])")
# Stretches a text must set so before its underscores are read as italics
MIN_UNDERSCORED = 3


def underscored_italics(text: str) -> tuple[str, list[tuple[int, int]]]:
    """A text that sets its italics between underscores, as e-texts of printed books do (_the Elbe_, a
    thought: _He will not come back._), read as its page shows them: the underscores left out and the
    stretches recorded as italics, as Markdown's are."""
    found = list(UNDERSCORED.finditer(text))
    if len(found) < MIN_UNDERSCORED:
        return text, []
    pieces, italics, last, removed = [], [], 0, 0
    for match in found:
        pieces += [text[last:match.start()], match[1]]
        start = match.start() - removed
        italics.append((start, start + len(match[1])))
        removed += 2
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces), italics
