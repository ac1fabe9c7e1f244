"""Markdown: the text a reader of the rendered page sees, block by block.

A Markdown file keeps its paragraphs' lines short and marks up what a printed page shows by type: the
reader gives the text without the marks (headings without their "#", block quotes set in instead of ">",
emphasis without its asterisks, links as their words), a paragraph's lines joined as the page joins them,
each block apart from the next by a blank line. The stretches set in italics are recorded (`Source.italics`:
a novel's unspoken thoughts are often set so); a footnote's reference becomes a superscript number, as
printed; "#" and "##" headings, and "Chapter 3" lines the plain reader knows, mark chapters.
"""
from __future__ import annotations

import re

from personae.model import Chapter
from personae.read.plain import HEADING, decode, find_title
from personae.read.source import SET_IN, Source, normalise_whitespace, superscript

ATX_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
SETEXT_UNDERLINE = re.compile(r"^(?:=+|-+)[ \t]*$")
# A thematic break, a scene break in a narrative: "* * *", "***", "---", "___"
THEMATIC_BREAK = re.compile(r"^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
BLOCK_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?")
LIST_ITEM = re.compile(r"^[ \t]{0,3}(?:[-*+]|(\d{1,9})[.)])[ \t]+")
FOOTNOTE_DEFINITION = re.compile(r"^\[\^([^\]\s]+)\]:[ \t]*")
FENCE = re.compile(r"^[ \t]{0,3}(```|~~~)")
# A line a writer ended on purpose: two spaces or a backslash at its end
HARD_BREAK = re.compile(r"(?: {2,}|\\)$")
# Levels of heading that mark chapters (as HTML's h1 and h2)
CHAPTER_LEVELS = (1, 2)
INLINE = re.compile(
    r"\\(?P<escaped>[\\`*_{}\[\]()#+\-.!>~|])"
    r"|(?P<ticks>`+)(?P<code>.+?)(?P=ticks)"
    r"|!\[(?P<alt>[^\]]*)\]\([^)]*\)"
    r"|\[\^(?P<note>[^\]\s]+)\]"
    r"|\[(?P<link>[^\]]+)\]\([^)]*\)"
    r"|<(?P<autolink>(?:https?|mailto):[^>\s]+)>"
    r"|(?P<strong>\*\*|__)(?=\S)(?P<strong_text>.+?)(?<=\S)(?P=strong)"
    r"|(?P<star>\*)(?=[^\s*])(?P<star_text>.+?)(?<=[^\s*])\*"
    r"|(?<![^\W_])_(?=[^\s_])(?P<under_text>.+?)(?<=[^\s_])_(?![^\W_])")
# Quotations set ``like this'', and how many make a text's backticks quotation marks, no code
BACKTICK_QUOTES = re.compile(r"``[^`\n]+''")
MIN_BACKTICK_QUOTES = 3


class Inline:
    """Renders a block's inline marks, recording where italics fall in the rendered text."""

    def __init__(self, notes: dict[str, int], code_spans: bool = True) -> None:
        self.notes = notes
        self.code_spans = code_spans
        self.italics: list[tuple[int, int]] = []

    def render(self, text: str, at: int = 0) -> str:
        """The words of `text` without their marks; `at` is where they will start in the document."""
        out: list[str] = []
        length = 0
        last = 0
        for match in INLINE.finditer(text):
            out.append(text[last:match.start()])
            length += match.start() - last
            piece = self.piece(match, at + length)
            out.append(piece)
            length += len(piece)
            last = match.end()
        out.append(text[last:])
        return "".join(out)

    def piece(self, match: re.Match, at: int) -> str:
        if match["escaped"] is not None:
            return match["escaped"]
        if match["code"] is not None:
            return match["code"].strip() if self.code_spans else match[0]
        if match["alt"] is not None:
            return ""
        if match["note"] is not None:
            number = self.notes.setdefault(match["note"], len(self.notes) + 1)
            return superscript(number)
        if match["link"] is not None:
            return self.render(match["link"], at)
        if match["autolink"] is not None:
            return match["autolink"]
        if match["strong_text"] is not None:
            return self.render(match["strong_text"], at)
        words = self.render(match["star_text"] if match["star_text"] is not None else match["under_text"], at)
        self.italics.append((at, at + len(words)))
        return words


def blocks_of(lines: list[str]) -> list[tuple[str, str]]:
    """The file's blocks in order, each (kind, source text): "heading1".."heading6", "break", "quote",
    "item", "note" (a footnote's definition, its number first), "code" or "para"."""
    blocks: list[tuple[str, str]] = []
    para: list[str] = []

    def end_para() -> None:
        if para:
            blocks.append(("para", joined(para)))
            para.clear()
    i = 0
    while i < len(lines):
        line = lines[i]
        if FENCE.match(line):
            end_para()
            fence, code = FENCE.match(line)[1], []
            i += 1
            while i < len(lines) and not lines[i].lstrip().startswith(fence):
                code.append(lines[i])
                i += 1
            blocks.append(("code", "\n".join(code)))
        elif not line.strip():
            end_para()
        elif heading := ATX_HEADING.match(line):
            end_para()
            blocks.append((f"heading{len(heading[1])}", heading[2]))
        elif para and SETEXT_UNDERLINE.match(line) and len(para) == 1:
            blocks.append(("heading1" if line.lstrip()[0] == "=" else "heading2", para.pop().strip()))
        elif THEMATIC_BREAK.match(line):
            end_para()
            blocks.append(("break", "* * *"))
        elif BLOCK_QUOTE.match(line):
            end_para()
            quoted = []
            while i < len(lines) and BLOCK_QUOTE.match(lines[i]):
                quoted.append(BLOCK_QUOTE.sub("", lines[i], count=1))
                i += 1
            # (inside, each block is a paragraph of the quotation: a list's item without its number)
            blocks.extend(("quote", text.partition("\t")[2] if kind in ("item", "note") else text)
                          for kind, text in blocks_of(quoted) if text.strip())
            continue
        elif (note := FOOTNOTE_DEFINITION.match(line)) or (not para and LIST_ITEM.match(line)):
            end_para()
            mark = note or LIST_ITEM.match(line)
            item = [line[mark.end():]]
            i += 1
            while i < len(lines) and lines[i].strip() and lines[i][:1] in " \t":
                item.append(lines[i])
                i += 1
            number = mark[1] if note is None else "^" + mark[1]
            blocks.append(("note" if note else "item", (number or "") + "\t" + joined(item)))
            continue
        else:
            para.append(line)
        i += 1
    end_para()
    return blocks


def joined(lines: list[str]) -> str:
    """A paragraph's lines as the page shows them: one line, but where a line was ended on purpose."""
    text = ""
    for n, line in enumerate(lines):
        hard = HARD_BREAK.search(line) is not None
        text += HARD_BREAK.sub("", line.strip()) if hard else line.strip()
        if n + 1 < len(lines):
            text += "\n" if hard else " "
    return text


def read_markdown(data: bytes, name: str, encoding: str | None = None) -> Source:
    source = normalise_whitespace(decode(data, name, encoding)).lstrip("\ufeff")
    notes: dict[str, int] = {}
    # (a text that quotes ``like this'' uses its backticks as quotation marks, no code)
    inline = Inline(notes, code_spans=len(BACKTICK_QUOTES.findall(source)) < MIN_BACKTICK_QUOTES)
    parts: list[str] = []
    chapter_starts: list[tuple[int, str]] = []
    title = None
    at = 0
    for kind, block in blocks_of(source.split("\n")):
        if kind == "code":
            text = block
        elif kind in ("item", "note"):
            number, _, item = block.partition("\t")
            if kind == "note":
                number = str(notes.setdefault(number[1:], len(notes) + 1))
            lead = f"{number}. " if number else ""
            text = lead + inline.render(item, at + len(lead))
        elif kind == "quote":
            text = SET_IN + inline.render(block, at + len(SET_IN))
        else:
            text = inline.render(block, at)
        if not text.strip():
            continue
        if kind.startswith("heading"):
            title = title or (text if kind == "heading1" else None)
            if int(kind[-1]) in CHAPTER_LEVELS:
                chapter_starts.append((at, text))
        elif kind == "para" and HEADING.fullmatch(text):
            chapter_starts.append((at, text))
        parts.append(text)
        at += len(text) + 2
    text = "\n\n".join(parts) + "\n"
    chapters = [Chapter(start=start, end=chapter_starts[n + 1][0] if n + 1 < len(chapter_starts) else len(text),
                        title=heading) for n, (start, heading) in enumerate(chapter_starts)]
    return Source(text=text, source=name, title=title or find_title(text), chapters=chapters,
                  italics=inline.italics)
