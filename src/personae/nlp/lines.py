"""Hard-wrapped text read as running text.

Old e-texts and typescripts break their lines at a fixed width inside paragraphs, which stand apart by blank
lines. The parser takes such a break for the end of a sentence and the stages for the end of a line of
their own (a signature, a heading), so a wrapped text is analysed with each break the width forced read as
the space it stands for — one character for one, so every offset stays where it was — and every span of
the document it yields is given back its text as the original has it. A break is forced by the width
when the next line's first word would not have fitted on the line; a shorter line ("Your loving son,")
ends where its writer ended it, and keeps its break.
"""
from __future__ import annotations

import re

# Wrapped lines are at most this long (a typescript's or e-text's width; a paragraph set on one line is longer).
MAX_WRAP_WIDTH = 100
# Paragraphs of two lines or more a text needs before it is read as wrapped.
MIN_WRAPPED_PARAGRAPHS = 3
BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A line break, with the line before it and the indent and first word of the line after
LINE_BREAK = re.compile(r"([^\n]*)\n(?=([ \t]*)(\S+))")


def joined_lines(text: str) -> str | None:
    """The text with the line breaks its wrapping forced read as spaces; None when it is not wrapped."""
    paragraphs = [p for p in BLANK_LINE.split(text) if p.strip()]
    wrapped = [p for p in paragraphs if "\n" in p.strip("\n")]
    if len(wrapped) < MIN_WRAPPED_PARAGRAPHS:
        return None
    width = max(len(line.rstrip()) for p in wrapped for line in p.split("\n"))
    if width > MAX_WRAP_WIDTH:
        return None
    out = list(text)
    for match in LINE_BREAK.finditer(text):
        line, indent, word = match.group(1).rstrip(), match.group(2), match.group(3)
        if line.strip() and not indent and len(line) + 1 + len(word) > width:
            out[match.end(1)] = " "
    joined = "".join(out)
    return joined if joined != text else None


def with_text_of(doc, text: str):
    """The document with its text the original's again, and each span's text as the original has it."""
    doc.document.text = text
    for spans in (doc.quotes, doc.times, [m for e in doc.entities for m in e.mentions],
                  [event.trigger for event in doc.events]):
        for span in spans:
            span.text = text[span.start:span.end]
    return doc
