"""What every reader returns."""
from __future__ import annotations

from dataclasses import dataclass, field

from personae.model import Chapter


@dataclass
class Source:
    text: str            # line endings normalised to \n, no-break spaces to spaces
    source: str          # the path or name it was read from
    title: str | None = None
    chapters: list[Chapter] = field(default_factory=list)
    # (start, end) of each stretch the source sets in italics: a novel's unspoken thoughts, titles, foreign words
    italics: list[tuple[int, int]] = field(default_factory=list)


# A block quotation is set in, as a plain text sets in a letter it quotes; the readers of markup give it so
SET_IN = "    "
# A note's reference is printed as a superscript number; the readers of markup give it so, as a plain text has it
SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def superscript(number: int | str) -> str:
    return str(number).translate(SUPERSCRIPT_DIGITS)


# No-break spaces, which a word processor sets before a dash, a colon or a guillemet and inside a number: read as spaces
NO_BREAK_SPACES = ("\u00a0", "\u202f", "\u2007")


def normalise_whitespace(text: str) -> str:
    """Line endings as \n, and no-break spaces as spaces (one for one: a span's offsets stay the file's)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for space in NO_BREAK_SPACES:       # (a replace a character, not a translate table: a book's text in a blink)
        text = text.replace(space, " ")
    return text
