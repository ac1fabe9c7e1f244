"""Many documents into one store: analyse what is missing, one transaction per document."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from personae.errors import PersonaeError
from personae.model import text_sha256
from personae.read import read_path

SUFFIXES = {".txt", ".md", ".markdown", ".text", ".html", ".htm", ".xhtml", ".xml", ".tei", ".epub"}


@dataclass
class IngestSummary:
    added: int = 0
    skipped: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files as given; folders give their readable files, sorted."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES))
        else:
            out.append(path)
    return out


def ingest(paths: Iterable[Path], db: str | Path, encoding: str | None = None,
           report: Callable[[str], None] | None = None) -> IngestSummary:
    """Analyse and store each file not already stored; a bad file is reported and skipped."""
    from personae.pipeline import analyze_source
    from personae.store import Store

    summary = IngestSummary()
    files = expand(paths)
    if not files:
        raise PersonaeError("no readable files given", "give .txt, .md, .html, .epub or TEI .xml files or folders")
    with Store(db) as store:
        for n, path in enumerate(files, 1):
            try:
                source = read_path(path, encoding=encoding)
                if store.has("d" + text_sha256(source.text)[:16]):
                    summary.skipped += 1
                    continue
                store.save(analyze_source(source))
                summary.added += 1
                if report:
                    report(f"[{n}/{len(files)}] {path}")
            except PersonaeError as err:
                summary.failed += 1
                summary.errors.append(str(err))
                if report:
                    report(f"[{n}/{len(files)}] {path}: error: {err.message}" + (f" ({err.hint})" if err.hint else ""))
    return summary
