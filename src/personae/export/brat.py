"""brat standoff: the text (.txt) and its annotations (.ann), plus the annotation.conf they need.

Mentions are text-bound annotations typed by entity type; the mentions of one
entity are joined by an `Alias` equivalence; quotations are `Quote` spans with a
`SaidBy` relation to the speaker's nearest mention; times are `Time` spans; the
entity, speaker and time value are repeated as AnnotatorNotes. brat spans cannot
cross a line break, so a span over several lines becomes a discontinuous one.
"""
from __future__ import annotations

from itertools import count
from pathlib import Path

from personae.model import Document, Entity


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The non-empty stretches of [start, end) between line breaks."""
    pieces, at = [], start
    while at < end:
        stop = text.find("\n", at, end)
        stop = end if stop == -1 else stop
        if stop > at:
            pieces.append((at, stop))
        at = stop + 1
    return pieces


def _nearest(entity: Entity, offset: int, marks: dict[tuple[str, int, int], str]) -> str | None:
    options = [m for m in entity.mentions if (entity.id, m.start, m.end) in marks]
    if not options:
        return None
    best = min(options, key=lambda m: abs(m.start - offset))
    return marks[(entity.id, best.start, best.end)]


def to_brat(doc: Document) -> tuple[str, str]:
    """(txt, ann) for one document."""
    text = doc.text
    lines: list[str] = []
    notes: list[tuple[str, str]] = []
    marks: dict[tuple[str, int, int], str] = {}
    numbers = count(1)

    def textbound(label: str, start: int, end: int) -> str | None:
        pieces = _fragments(text, start, end)
        if not pieces:
            return None
        tid = f"T{next(numbers)}"
        where = ";".join(f"{a} {b}" for a, b in pieces)
        lines.append(f"{tid}\t{label} {where}\t{' '.join(text[a:b] for a, b in pieces)}")
        return tid

    for e in doc.entities:
        ids = []
        for m in e.mentions:
            tid = textbound(e.type, m.start, m.end)
            if tid:
                marks[(e.id, m.start, m.end)] = tid
                ids.append(tid)
                notes.append((tid, f"{e.id} {e.name} ({m.kind})"))
        if len(ids) > 1:
            lines.append(f"*\tAlias {' '.join(ids)}")
    relations = []
    for q in doc.quotes:
        tid = textbound("Quote", q.start, q.end)
        if not tid:
            continue
        speaker = doc.entity(q.speaker) if q.speaker else None
        notes.append((tid, f"{q.id} {q.kind}; speaker {speaker.name if speaker else 'unknown'}"))
        target = _nearest(speaker, q.start, marks) if speaker else None
        if target:
            relations.append(("SaidBy", tid, target))
    for t in doc.times:
        tid = textbound("Time", t.start, t.end)
        if tid and t.value:
            notes.append((tid, f"value {t.value}"))
    for r in doc.relations:
        subject, obj = doc.entity(r.subject), doc.entity(r.object)
        a = _nearest(subject, r.evidence.start, marks) if subject else None
        b = _nearest(obj, r.evidence.start, marks) if obj else None
        if a and b:
            relations.append((r.predicate, a, b))
    lines += [f"R{k}\t{name} Arg1:{a} Arg2:{b}" for k, (name, a, b) in enumerate(relations, 1)]
    lines += [f"#{k}\tAnnotatorNotes {tid}\t{note}" for k, (tid, note) in enumerate(notes, 1)]
    return text, "\n".join(lines) + "\n"


def annotation_conf(docs: list[Document]) -> str:
    """The annotation.conf that declares every type the .ann files use."""
    types = sorted({e.type for d in docs for e in d.entities})
    predicates = sorted({r.predicate for d in docs for r in d.relations})
    entity_types = " | ".join(types + ["Quote"]) if types else "Quote"
    lines = ["[entities]", *types, "Quote", "Time", "", "[relations]", "Alias\tArg1:<ENTITY>, Arg2:<ENTITY>,"
             " <REL-TYPE>:symmetric-transitive", f"SaidBy\tArg1:Quote, Arg2:{entity_types}"]
    lines += [f"{p}\tArg1:<ENTITY>, Arg2:<ENTITY>" for p in predicates]
    lines += ["", "[events]", "", "[attributes]", ""]
    return "\n".join(lines)


def write_brat(docs: list[Document], folder: str | Path) -> list[Path]:
    """One .txt and .ann per document, named by document id, and annotation.conf."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for doc in docs:
        txt, ann = to_brat(doc)
        for suffix, content in ((".txt", txt), (".ann", ann)):
            path = out / f"{doc.id}{suffix}"
            path.write_text(content, "utf-8")
            written.append(path)
    conf = out / "annotation.conf"
    conf.write_text(annotation_conf(docs), "utf-8")
    return written + [conf]
