"""Rich Text Format (.rtf): the text a word processor shows, read from its groups and control words.

What is read: the body's paragraphs (\\par), their characters (escaped as \\'e1 in the document's code page
or as \\u225 with a fallback, typographic quotes and dashes by name), line breaks as HTML's br, tabs; left
out: the font, colour and style tables, the document's information (its title is kept), pictures, objects,
fields' instructions (their shown result is read), hidden text, comments, headers and footers. A note's
reference (\\chftn) is a superscript number where it stands, and the notes follow the text, numbered, as a
book prints them; a paragraph of a heading style or outline level marks a chapter, one set in from the
left margin is set in, and italics are recorded.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, replace

from personae.errors import PersonaeError
from personae.read.markup import ITALIC_CLOSE, ITALIC_MARKS, ITALIC_OPEN, LINE_BREAK, BlockText
from personae.read.plain import find_title
from personae.read.source import Source, normalise_whitespace, superscript

# a control word and its number, a hex escape, a control symbol, a brace, the source's line breaks, text
TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([\r\n]+)"
                   rb"|([^\\{}\r\n]+)")
# Destinations whose text is not the document's
SKIPPED = {"fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "headerl", "headerr",
           "headerf", "footer", "footerl", "footerr", "footerf", "fldinst", "xmlnstbl", "listtable",
           "listoverridetable", "rsidtbl", "generator", "themedata", "colorschememapping", "latentstyles",
           "datastore", "annotation", "atnid", "atnauthor", "atndate", "atrfstart", "atrfend", "bkmkstart",
           "bkmkend", "shppict", "nonshppict", "mmathPr", "pgdsctbl", "revtbl", "filetbl", "userprops",
           "docvar", "template", "wgrffmtfilter", "pnseclvl", "pntext", "pntxtb", "pntxta", "listtext"}
# Characters named by a control word
NAMED = {"line": LINE_BREAK, "emdash": "—", "endash": "–", "lquote": "‘", "rquote": "’", "ldblquote": "“",
         "rdblquote": "”", "bullet": "•", "emspace": " ", "enspace": " ", "qmspace": " ", "tab": "\t"}
SYMBOLS = {"~": "\u00a0", "_": "‑", "-": "", "\\": "\\", "{": "{", "}": "}", "\n": None, "\r": None}
BREAKS = {"par", "sect", "row", "cell"}
# A paragraph set in this far from the left margin (twentieths of a point: a little under half an inch)
SET_IN_TWIPS = 567
CHAPTER_STYLES = {"heading 1", "heading 2"}


@dataclass(frozen=True)
class GroupState:
    skip: bool = False          # inside a destination that is not text
    italic: bool = False
    hidden: bool = False
    note: bool = False          # inside a footnote's or endnote's text
    unicode_fallback: int = 1   # characters after a \u escape that stand in for it (\uc)
    destination: str = ""       # the destination this group holds ("title", "stylesheet", "footnote" ...)


class RtfText:
    """Turns the token stream into blocks, notes, a title and style names."""

    def __init__(self, codepage: str) -> None:
        self.codepage = codepage
        self.out = BlockText()
        self.notes: list[list[str]] = []
        self.notes_numbered = 0
        self.title: list[str] = []
        self.styles: dict[int, str] = {}
        self.style_text: list[str] = []
        self.style_number: int | None = None
        self.paragraph_style: int | None = None
        self.outline_level: int | None = None
        self.left_indent = 0
        self.pending = bytearray()      # \'xx bytes not yet decoded (a double-byte code page needs them paired)
        self.skip_fallback = 0

    def mark(self, state: GroupState, mark: str) -> None:
        """An italic stretch's edge, in the text or a note (the \\u fallback count passes over it)."""
        if not state.skip:
            self.write(state, mark)

    def text(self, state: GroupState, piece: str) -> None:
        if self.skip_fallback:
            cut = min(self.skip_fallback, len(piece))
            piece, self.skip_fallback = piece[cut:], self.skip_fallback - cut
        if piece and not state.hidden:
            self.write(state, piece)

    def write(self, state: GroupState, piece: str) -> None:
        if state.destination == "title":
            self.title.append(piece)
        elif state.destination == "stylesheet-entry":
            self.style_text.append(piece)
        elif state.skip:
            return
        elif state.note:
            self.notes[-1].append(piece)
        else:
            self.out.add(piece)

    def flush(self, state: GroupState) -> None:
        if self.pending:
            data, self.pending = bytes(self.pending), bytearray()
            self.text(state, data.decode(self.codepage, errors="replace"))

    def end_paragraph(self, state: GroupState) -> None:
        if state.skip:
            return
        if state.note:
            self.notes[-1].append(" ")
            return
        self.out.set_in = int(self.left_indent >= SET_IN_TWIPS)
        blocks = len(self.out.blocks)
        self.out.end_block()
        self.out.set_in = 0
        style = self.styles.get(self.paragraph_style, "") if self.paragraph_style is not None else ""
        if len(self.out.blocks) > blocks and (style in CHAPTER_STYLES or self.outline_level in (0, 1)):
            self.out.chapters.append((blocks, ITALIC_MARKS.sub("", self.out.blocks[-1]).strip()))

    def end_style(self) -> None:
        if self.style_number is not None:
            self.styles[self.style_number] = "".join(self.style_text).strip().rstrip(";").strip().lower()
        self.style_number, self.style_text = None, []


def read_rtf(data: bytes, name: str, encoding: str | None = None) -> Source:
    if not data.lstrip().startswith(b"{\\rtf"):
        raise PersonaeError(f"{name}: not an RTF document (it does not open with {{\\rtf)",
                            "save it again as Rich Text Format, or give it another extension")
    codepage = _codepage(data, encoding, name)
    reader = RtfText(codepage)
    stack: list[GroupState] = []
    state = GroupState()
    for match in TOKEN.finditer(data):
        word, parameter, hex_byte, symbol, brace, newline, chars = match.groups()
        if hex_byte is not None:
            if reader.skip_fallback:
                reader.skip_fallback -= 1
            else:
                reader.pending.append(int(hex_byte, 16))
            continue
        reader.flush(state)
        if chars is not None:
            reader.text(state, chars.decode(codepage, errors="replace"))
        elif brace == b"{":
            stack.append(state)
            reader.skip_fallback = 0
        elif brace == b"}":
            if state.destination == "stylesheet-entry":
                reader.end_style()
            if state.italic and not stack[-1].italic:
                reader.mark(state, ITALIC_CLOSE)
            reader.skip_fallback = 0
            state = stack.pop()
            if not stack:
                break           # the document's group has closed: what follows is not the document
        elif symbol is not None:
            if symbol == b"*":
                state = replace(state, skip=True, destination=state.destination or "unknown")
            elif symbol in (b"\n", b"\r"):
                reader.end_paragraph(state)
            else:
                shown = SYMBOLS.get(symbol.decode("latin-1"))
                if shown:
                    reader.text(state, shown)
        elif word is not None:
            state = _control(reader, state, word.decode("ascii"), int(parameter) if parameter else None)
    else:
        if stack:
            raise PersonaeError(f"{name}: malformed RTF ({len(stack)} group(s) never closed: the file may be cut "
                                "short)",
                                "save the document again as RTF")
    reader.flush(state)
    _notes(reader)
    text, chapters, italics = reader.out.result()
    # (a character beyond the 16-bit plane comes as two \\u escapes, its surrogates: joined; a lone one replaced)
    text = normalise_whitespace(text).encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    title = " ".join("".join(reader.title).split()) or find_title(text)
    return Source(text=text, source=name, title=title or None, chapters=chapters, italics=italics)


def _control(reader: RtfText, state: GroupState, word: str, parameter: int | None) -> GroupState:
    """The group's state after a control word, writing what the word shows."""
    if word in SKIPPED:
        if word == "stylesheet":
            return replace(state, skip=True, destination="stylesheet")
        return replace(state, skip=True, destination=word)
    if word == "title" and state.destination == "info":
        return replace(state, destination="title")
    if state.destination == "stylesheet" or state.destination == "stylesheet-entry":
        if word in ("s", "cs", "ds", "ts"):
            reader.end_style()
            reader.style_number = parameter if word == "s" else None
            return replace(state, destination="stylesheet-entry")
        return state
    if word in ("footnote", "endnote"):
        reader.notes.append([])
        return replace(state, note=True, italic=False)
    if word == "chftn":
        if not state.note and not state.skip:
            reader.notes_numbered += 1
            reader.text(state, superscript(reader.notes_numbered))
        return state
    if word == "u" and parameter is not None:
        reader.text(state, chr(parameter % 65536))
        reader.skip_fallback = state.unicode_fallback
        return state
    if word == "uc":
        return replace(state, unicode_fallback=parameter or 0)
    if word in BREAKS:
        reader.end_paragraph(state)
        return state
    if word == "pard":
        reader.paragraph_style, reader.outline_level, reader.left_indent = None, None, 0
    elif word == "s" and not state.skip:
        reader.paragraph_style = parameter
    elif word == "outlinelevel":
        reader.outline_level = parameter
    elif word in ("li", "lin"):
        reader.left_indent = parameter or 0
    elif word in NAMED:
        reader.text(state, NAMED[word])
    elif word == "i" or word == "plain":
        italic = word == "i" and parameter != 0
        if italic != state.italic:
            reader.mark(state, ITALIC_OPEN if italic else ITALIC_CLOSE)
        return replace(state, italic=italic, hidden=False if word == "plain" else state.hidden)
    elif word == "v":
        return replace(state, hidden=parameter != 0)
    return state


def _notes(reader: RtfText) -> None:
    """The notes after the text, numbered as their references are."""
    for number, note in enumerate(reader.notes, start=1):
        body = " ".join(ITALIC_MARKS.sub("", "".join(note)).split())
        if body:
            reader.out.end_block()
            reader.out.add(f"{number}. {body}")
            reader.out.end_block()


def _codepage(data: bytes, encoding: str | None, name: str) -> str:
    """The codec of the document's 8-bit characters and \\'xx escapes: --encoding, \\ansicpgN, else cp1252."""
    found = re.search(rb"\\ansicpg(\d+)", data[:4096])
    codec = encoding or (f"cp{int(found[1])}" if found else "cp1252")
    try:
        codecs.lookup(codec)
    except LookupError:
        if encoding:
            raise PersonaeError(f"unknown encoding {encoding!r}", "try cp1252, cp1251 or latin-1") from None
        return "cp1252"
    return codec
