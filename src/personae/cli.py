"""The command line: a thin layer over the library.

Every command opens what it needs, calls one library function and prints. A
`PersonaeError` becomes one or two lines on stderr and exit status 2.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from personae.errors import PersonaeError
from personae.settings import SETTINGS

DB_OPTION = click.option("--db", "db", type=click.Path(dir_okay=False), default=SETTINGS["db"].default,
                         show_default=True, help=SETTINGS["db"].help)


class PersonaeGroup(click.Group):
    """Turns PersonaeError into a clean message."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except PersonaeError as err:
            click.echo(f"error: {err.message}", err=True)
            if err.hint:
                click.echo(f"hint: {err.hint}", err=True)
            ctx.exit(2)


@click.group(cls=PersonaeGroup)
@click.version_option(package_name="personae")
def main() -> None:
    """personae: who is who, who said what, where and when, in narrative text."""


@main.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True,
              help="json: the document JSON (personae/document@1); table: the cast.")
@click.option("--no-text", is_flag=True, help="Leave document.text out of the JSON.")
@click.option("--encoding", default=None, help=SETTINGS["encoding"].help)
@click.option("--year", type=int, default=SETTINGS["year"].default, help=SETTINGS["year"].help)
def analyze(file: str, fmt: str, no_text: bool, encoding: str | None, year: int | None) -> None:
    """Analyse FILE (.txt, .md, .html, .epub, TEI .xml, Word .docx, .rtf) and print the result."""
    from personae.pipeline import analyze as run

    doc = run(file, encoding=encoding, **({"year": year} if year is not None else {}))
    if fmt == "json":
        click.echo(json.dumps(doc.to_dict(include_text=not no_text), ensure_ascii=False, indent=1))
    else:
        from personae.export.cast import cast_table

        click.echo(cast_table(doc))


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@DB_OPTION
@click.option("--encoding", default=None, help=SETTINGS["encoding"].help)
@click.option("--jobs", "-j", type=int, default=None, help="Documents analysed at once, one process each "
              "(default: one per core).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Run the analyses on this Dask distributed scheduler (e.g. tcp://10.0.0.5:8786).")
@click.option("--year", type=int, default=SETTINGS["year"].default,
              help=SETTINGS["year"].help + " Applies to the documents this run analyses.")
def read(files: tuple[str, ...], db: str, encoding: str | None, jobs: int | None, scheduler: str | None,
         year: int | None) -> None:
    """Analyse FILES and folders and store them in the database (the same content is stored once).

    An interrupted run is resumed by running it again: only what is missing is analysed.
    """
    from personae.corpus import ingest
    from personae.corpus.progress import ProgressBar

    bar = ProgressBar(sys.stderr)
    try:
        summary = ingest([Path(f) for f in files], db, encoding=encoding, jobs=jobs, scheduler=scheduler,
                         progress=bar, options={"year": year} if year is not None else None)
    finally:
        bar.close()
    click.echo(f"{summary.added} added, {summary.skipped} already stored, {summary.failed} failed; "
               f"{summary.persons} persons in the corpus cast; database {db}")
    if summary.failed:
        sys.exit(2)


@main.command()
@DB_OPTION
@click.option("--doc", "doc_id", default=None, help="Only this document id.")
@click.option("--corpus", is_flag=True, help="Print the corpus cast: each person across all documents, "
              "in series order.")
def show(db: str, doc_id: str | None, corpus: bool) -> None:
    """Print the cast of each stored document (or, with --corpus, of the whole corpus)."""
    from personae.export.cast import cast_table
    from personae.store import Store

    with Store(db, create=False) as store:
        if corpus:
            from personae.corpus.cast import corpus_cast_table

            click.echo(corpus_cast_table(store))
            return
        ids = [doc_id] if doc_id else store.document_ids()
        if not ids:
            raise PersonaeError(f"{db} holds no documents", "add some with `personae read FILE`")
        click.echo("\n\n".join(cast_table(store.load(i)) for i in ids))


EXPORT_FORMATS = ("json", "tei", "gexf", "graphml", "csv", "brat", "datasette")


@main.command()
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="json", show_default=True,
              help="json: the document JSON; tei: TEI P5; gexf, graphml: who talks to whom and how they are "
                   "related; csv: one file per table; brat: .txt + .ann standoff; datasette: metadata.json for "
                   "`datasette DB -m`.")
@click.option("--doc", "doc_id", default=None, help="Only this document id.")
@click.option("-o", "--output", type=click.Path(file_okay=False), default=None,
              help="Write one file per document into this folder instead of printing.")
@click.option("--no-text", is_flag=True, help="Leave document.text out of the JSON.")
def export(db: str, fmt: str, doc_id: str | None, output: str | None, no_text: bool) -> None:
    """Export stored documents as JSON, TEI, GEXF, GraphML, CSV, brat or datasette metadata."""
    from personae.store import Store

    with Store(db, create=False) as store:
        ids = [doc_id] if doc_id else store.document_ids()
        if fmt != "json":
            from personae.export.formats import export_documents

            text, written = export_documents([store.load(i) for i in ids], fmt, output, database=Path(db).stem)
            click.echo(text if text is not None else f"wrote {len(written)} file(s) to {output}")
            return
        docs = [store.load(i).to_dict(include_text=not no_text) for i in ids]
    if output:
        out = Path(output)
        out.mkdir(parents=True, exist_ok=True)
        for data in docs:
            (out / f"{data['document']['id']}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")
        click.echo(f"wrote {len(docs)} file(s) to {out}")
    else:
        click.echo(json.dumps(docs[0] if len(docs) == 1 else docs, ensure_ascii=False, indent=1))


@main.command()
@DB_OPTION
@click.option("--host", default=SETTINGS["host"].default, show_default=True, help=SETTINGS["host"].help)
@click.option("--port", type=int, default=SETTINGS["port"].default, show_default=True, help=SETTINGS["port"].help)
def serve(db: str, host: str, port: int) -> None:
    """Serve the stored documents read-only in a web browser: text, cast, timeline, network, search."""
    from personae.web import serve as run

    run(db, host, port, ready=lambda url: click.echo(f"serving {db} at {url} (Ctrl-C stops)", err=True))


@main.command()
@click.argument("file", required=False, type=click.Path(dir_okay=False))
@DB_OPTION
@click.option("--doc", "doc_id", default=None, help="Only this stored document id.")
@click.option("--encoding", default=None, help=SETTINGS["encoding"].help)
@click.option("--year", type=int, default=SETTINGS["year"].default, help=SETTINGS["year"].help)
def timeline(file: str | None, db: str, doc_id: str | None, encoding: str | None, year: int | None) -> None:
    """Print the chronology (scenes and dated events, with dates and places) of FILE, or of the store."""
    from personae.export.timeline import timeline_text

    if file:
        from personae.pipeline import analyze as run

        docs = [run(file, encoding=encoding, **({"year": year} if year is not None else {}))]
    else:
        from personae.store import Store

        with Store(db, create=False) as store:
            ids = [doc_id] if doc_id else store.document_ids()
            if not ids:
                raise PersonaeError(f"{db} holds no documents", "add some with `personae read FILE`")
            docs = [store.load(i) for i in ids]
    click.echo(timeline_text(docs))


@main.group()
def eval() -> None:  # noqa: A001 - the command's name
    """Score the pipeline against annotated data."""


@eval.command("litbank")
@click.argument("path", type=click.Path(exists=True, file_okay=False))
@click.option("--fold", type=click.Choice(["test", "train"]), default="test", show_default=True,
              help="test: the 27 held-out texts; train: the 73 development texts.")
@click.option("--limit", type=int, default=None, help="Score only the first N texts of the fold.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--sentence-lines", is_flag=True,
              help="Analyse LitBank's one-sentence-a-line text as it is, without the paragraph breaks "
                   "restored from the original books.")
def eval_litbank(path: str, fold: str, limit: int | None, as_json: bool, sentence_lines: bool) -> None:
    """Score entity recognition (and the other layers) on LitBank at PATH."""
    from personae.eval.litbank import evaluate, format_report

    scores = evaluate(Path(path), fold=fold, limit=limit, paragraphs=not sentence_lines)
    click.echo(json.dumps(scores, indent=1) if as_json else format_report(scores))


if __name__ == "__main__":
    main()
