"""What every reader returns."""
from __future__ import annotations

from dataclasses import dataclass, field

from personae.model import Chapter


@dataclass
class Source:
    text: str            # line endings normalised to \n
    source: str          # the path or name it was read from
    title: str | None = None
    chapters: list[Chapter] = field(default_factory=list)
    # (start, end) of each stretch the source sets in italics: a novel's unspoken thoughts, titles, foreign words
    italics: list[tuple[int, int]] = field(default_factory=list)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
