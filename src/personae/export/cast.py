"""The cast as a readable text table: who is who, with every name they go by."""
from __future__ import annotations

import shutil
import textwrap

from personae.model import Document, Entity

PLACE_TYPES = ("GPE", "LOC", "FAC")


def is_character(entity: Entity) -> bool:
    """A person worth a row: named, or the narrator."""
    return entity.type == "PER" and (entity.is_narrator or any(m.kind == "PROP" for m in entity.mentions))


def alias_list(entity: Entity) -> str:
    return ", ".join(f"{a.text}{' (variant)' if a.variant else ''} ×{a.count}" for a in entity.aliases
                     if a.text.lower() not in ("i", "me", "my", "mine", "myself"))


def cast_table(doc: Document, width: int | None = None) -> str:
    width = width or min(shutil.get_terminal_size((110, 20)).columns, 140)
    people = sorted((e for e in doc.entities if is_character(e)), key=lambda e: (-len(e.mentions), e.id))
    title = doc.document.title or doc.document.source
    lines = [f"{title}  [{doc.id}]  {doc.document.n_tokens:,} tokens",
             f"{'id':<5} {'name':<26} {'ment.':>5} {'gender':<7} aliases", "-" * min(width, 110)]
    indent = " " * 46
    for e in people:
        name = e.name + (" (narrator)" if e.is_narrator else "")
        head = f"{e.id:<5} {name[:26]:<26} {len(e.mentions):>5} {e.gender:<7} "
        wrapped = textwrap.wrap(alias_list(e) or "-", max(20, width - len(head))) or ["-"]
        lines.append(head + wrapped[0])
        lines.extend(indent + w for w in wrapped[1:])
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
