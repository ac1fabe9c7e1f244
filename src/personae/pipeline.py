"""From input to document model: read, parse, run the stages in order."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any, Callable, Iterable

from personae.errors import PersonaeError
from personae.model import Document
from personae.nlp import parse
from personae.nlp.lines import onto_original, running_text
from personae.nlp.marks import read_marks, restored
from personae.read import Source, read_path
from personae.stages import load_stages

DEFAULT_ORDER = ("entities", "aliases", "quotes", "narrator", "coref", "speakers",
                 "times", "scenes", "events", "relations", "findings")

Progress = Callable[[str], None]


def analyze(path: str | Path, encoding: str | None = None, **options: Any) -> Document:
    """Read a file in any supported format and analyse it."""
    return analyze_source(read_path(path, encoding=encoding), **options)


def analyze_text(text: str, source: str = "<text>", title: str | None = None, **options: Any) -> Document:
    """Analyse a string (line endings are normalised as for files)."""
    from personae.read import check_source
    from personae.read.plain import find_chapters
    from personae.read.source import normalise_whitespace

    text = normalise_whitespace(text)
    return analyze_source(check_source(Source(text=text, source=source, title=title,
                                              chapters=find_chapters(text))), **options)


def analyze_source(source: Source, stages: Iterable[str] | None = None,
                   progress: Progress | None = None, **options: Any) -> Document:
    registry = load_stages()
    names = list(stages) if stages is not None else [n for n in DEFAULT_ORDER if n in registry]
    unknown = [n for n in names if n not in registry]
    if unknown:
        raise PersonaeError(f"unknown stage {unknown[0]!r}", "stages: " + ", ".join(sorted(registry)))
    doc = Document.new(source.text, source=source.source, title=source.title, chapters=source.chapters)
    doc.options = options
    doc.italics = list(source.italics)
    # (»…«, ‹…›, ‚…‘, 「…」, ``…'' are read as marks the stages know, and mapped back when they are done;
    # a hard-wrapped or printed text as running text, each span mapped back onto the original after)
    reading = read_marks(source.text)
    if reading:
        doc.document.text = reading.text
    running = running_text(doc.text)
    if running:
        doc.document.text = running.text
        doc.document.chapters = [replace(c, start=running.position_of(c.start), end=running.position_of(c.end))
                                 for c in source.chapters]
        doc.italics = [(running.position_of(start), running.position_of(end)) for start, end in doc.italics]
    if progress:
        progress("parse")
    doc.parse = parse(doc.text)
    doc.document.n_tokens = sum(1 for t in doc.parse if not t.is_space)
    doc.document.n_sentences = sum(1 for s in doc.parse.sents if s.text.strip())
    done: set[str] = set()
    for name in names:
        stage = registry[name]
        missing = [r for r in stage.requires if r not in done]
        if missing:
            raise PersonaeError(f"stage {name!r} needs {missing[0]!r} to run first", "add it to the stages")
        if progress:
            progress(name)
        doc = stage.func(doc)
        done.add(name)
    doc = restored(doc, reading) if reading else doc
    return onto_original(doc, source.text, running, source.chapters) if running else doc
