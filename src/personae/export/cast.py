"""The cast as a readable text table: who is who, with every name they go by."""
from __future__ import annotations

import shutil
import textwrap

from personae.model import Document, Entity

PLACE_TYPES = ("GPE", "LOC", "FAC")
# The name column fits the longest name up to NAME_WIDTH characters; a longer one ends in "…".
NAME_WIDTH = 34


def is_character(entity: Entity) -> bool:
    """A person worth a row: named, or the narrator."""
    return entity.type == "PER" and (entity.is_narrator or any(m.kind == "PROP" for m in entity.mentions))


def alias_items(entity: Entity) -> list[str]:
    return [f"{a.text}{' (variant)' if a.variant else ''} ×{a.count}" for a in entity.aliases
            if a.text.lower() not in ("i", "me", "my", "mine", "myself")]


def alias_list(entity: Entity) -> str:
    return ", ".join(alias_items(entity))


def wrap_items(items: list[str], width: int) -> list[str]:
    """Items joined by ", " in lines of at most width characters, an item kept whole on its line
    (one longer than a line is wrapped on its own)."""
    lines: list[str] = []
    for k, item in enumerate(items):
        piece = item + ("," if k < len(items) - 1 else "")
        if lines and len(lines[-1]) + 1 + len(piece) <= width:
            lines[-1] += " " + piece
        else:
            lines.extend(textwrap.wrap(piece, width) or [piece])
    return lines


def fit(text: str, width: int) -> str:
    """text in at most width characters, cut with "…" when it is longer."""
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def cast_table(doc: Document, width: int | None = None) -> str:
    width = width or min(shutil.get_terminal_size((110, 20)).columns, 140)
    people = sorted((e for e in doc.entities if is_character(e)), key=lambda e: (-len(e.mentions), e.id))
    names = {e.id: e.name + (" (narrator)" if e.is_narrator else "") for e in people}
    name_width = min(NAME_WIDTH, max([len("name"), *map(len, names.values())]))
    id_width = max([4, *(len(e.id) for e in people)])
    title = doc.document.title or doc.document.source
    lines = [f"{title}  [{doc.id}]  {doc.document.n_tokens:,} tokens",
             f"{'id':<{id_width}} {'name':<{name_width}} {'ment.':>5} {'gender':<7} aliases", "-" * min(width, 110)]
    for e in people:
        head = f"{e.id:<{id_width}} {fit(names[e.id], name_width):<{name_width}} {len(e.mentions):>5} {e.gender:<7} "
        wrapped = wrap_items(alias_items(e), max(20, width - len(head))) or ["-"]
        lines.append(head + wrapped[0])
        lines.extend(" " * len(head) + w for w in wrapped[1:])
    places = sorted((e for e in doc.entities if e.type in PLACE_TYPES and any(m.kind == "PROP" for m in e.mentions)),
                    key=lambda e: (-len(e.mentions), e.name))
    if places:
        lines.append("")
        lines.append("places: " + ", ".join(f"{e.name} ({e.type}) ×{len(e.mentions)}" for e in places))
    variants = [f for f in doc.findings if f.kind == "name_variant"]
    if variants:
        lines.append("")
        lines.extend(f"finding: {f.message}" for f in variants)
    return "\n".join(lines)
