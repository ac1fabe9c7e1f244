"""Many documents into one store: analyse what is missing, in parallel, one transaction per document.

`ingest` first reads every file to learn its content hash and skips what the
store already holds, so an interrupted run (Ctrl-C, a killed process) is resumed
by running it again. The analyses run in a pool of worker processes, each loading
the spaCy pipeline once, or on a Dask cluster (`scheduler`); only the main
process writes to SQLite. At most a few documents are in flight at once, so
memory is bounded by the largest document, not by the corpus. After the
documents, the corpus cast (one person across documents) is recomputed.
"""
from __future__ import annotations

import os
import queue as queue_module
import signal
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from personae.errors import PersonaeError
from personae.model import Document, text_sha256
from personae.read import READERS, Source, read_path

SUFFIXES = set(READERS)
# Documents handed out per worker before their results are collected: enough to keep
# every worker busy, few enough that memory stays bounded by the largest documents.
IN_FLIGHT_PER_WORKER = 2


@dataclass
class IngestSummary:
    added: int = 0
    skipped: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    analysed: int = 0         # documents whose analysis ended in this run (stored, duplicate or failed)
    persons: int = 0          # corpus persons after the run


@dataclass(frozen=True)
class IngestEvent:
    """What `ingest` reports: a document entering a stage, or finishing.

    `stage` is a pipeline stage name ("parse", "entities", ...) while a document
    is analysed, then "stored", "skipped" (already in the store) or "failed".
    `done` counts finished documents out of `total` to analyse.
    """
    path: str
    stage: str
    done: int
    total: int
    message: str = ""


Progress = Callable[[IngestEvent], None]


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files as given; folders give their readable files, sorted."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES))
        else:
            out.append(path)
    return out


def default_jobs() -> int:
    """The cores this process may run on (respects taskset and cgroup affinity)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def ingest(paths: Iterable[Path], db: str | Path, encoding: str | None = None, jobs: int | None = None,
           scheduler: str | None = None, progress: Progress | None = None,
           options: dict | None = None) -> IngestSummary:
    """Analyse and store each file not already stored; a bad file is reported and skipped.

    jobs: worker processes (default: one per core; 1 analyses in this process).
    scheduler: the address of a Dask distributed scheduler to run the analyses on instead.
    options: analysis options for the pipeline (settings.SETTINGS), e.g. {"year": 1937}.
    """
    options = dict(options or {})
    from personae.store import Store
    from personae.store.corpus import cast_is_current

    files = expand(paths)
    if not files:
        raise PersonaeError("no readable files given",
                            "give .txt, .md, .html, .epub, .docx, .rtf, .odt, .fb2, .tex, .wiki, .adoc, .xml (TEI, "
                            "DocBook, ALTO, PAGE) or PAGE .zip files or folders")
    if jobs is not None and jobs < 1:
        raise PersonaeError(f"--jobs must be at least 1, not {jobs}", "leave it out to use every core")
    summary = IngestSummary()
    report = progress or (lambda event: None)
    with Store(db) as store:
        pending = _plan(files, store, encoding, summary, report)
        total = len(pending)
        jobs = min(jobs or default_jobs(), max(total, 1))
        if scheduler:
            results = _run_dask(scheduler, pending, encoding, options)
        elif jobs == 1:
            results = _run_here(pending, encoding, options, report, summary, total)
        else:
            results = _run_pool(jobs, pending, encoding, options, report, summary, total)
        try:
            for path, outcome in results:
                summary.analysed += 1
                done = summary.analysed
                if isinstance(outcome, Document):
                    stored = store.save(outcome)
                    summary.added += stored
                    summary.skipped += not stored
                    report(IngestEvent(str(path), "stored" if stored else "skipped", done, total))
                else:
                    summary.failed += 1
                    summary.errors.append(f"{path}: {outcome}")
                    report(IngestEvent(str(path), "failed", done, total, outcome))
        except KeyboardInterrupt:
            raise PersonaeError(f"interrupted after storing {summary.added} of {total} documents",
                                "run the same command again to analyse the rest") from None
        # Also after a run that added nothing: the run it resumes may have been killed before this.
        if not cast_is_current(store):
            # (imported only now: it loads spaCy, which would hold back the workers' start)
            from personae.corpus.cast import rebuild_corpus_cast
            rebuild_corpus_cast(store)
        summary.persons = store.conn.execute("SELECT count(*) FROM corpus_persons").fetchone()[0]
    return summary


def _plan(files: list[Path], store, encoding: str | None, summary: IngestSummary,
          report: Progress) -> list[Path]:
    """The files whose content is not stored yet (each content once); texts are not kept."""
    pending, seen = [], set()
    for path in files:
        try:
            doc_id = "d" + text_sha256(read_path(path, encoding=encoding).text)[:16]
        except PersonaeError as err:
            summary.failed += 1
            summary.errors.append(f"{path}: {err}")
            report(IngestEvent(str(path), "failed", 0, 0, str(err)))
            continue
        if doc_id in seen or store.has(doc_id):
            summary.skipped += 1
            report(IngestEvent(str(path), "skipped", 0, 0))
            continue
        seen.add(doc_id)
        pending.append(path)
    return pending


def analyse_file(path: Path, encoding: str | None = None, options: dict | None = None,
                 progress: Callable[[str], None] | None = None) -> Document | str:
    """One file's analysis without its parse (what travels back to the writer), or the error message."""
    from personae.pipeline import analyze_source

    try:
        return _without_parse(analyze_source(read_path(path, encoding=encoding), progress=progress,
                                             **(options or {})))
    except PersonaeError as err:
        return str(err)


def analyse_read_source(source: Source, options: dict | None = None) -> Document | str:
    """As `analyse_file`, for a text already read (a cluster worker may not see the files)."""
    from personae.pipeline import analyze_source

    try:
        return _without_parse(analyze_source(source, **(options or {})))
    except PersonaeError as err:
        return str(err)


def _without_parse(doc: Document) -> Document:
    doc.parse = None
    doc.options = {}
    return doc


Results = Iterator[tuple[Path, "Document | str"]]


def _run_here(pending: list[Path], encoding: str | None, options: dict, report: Progress,
              summary: IngestSummary, total: int) -> Results:
    for path in pending:
        done = summary.analysed
        yield path, analyse_file(path, encoding, options,
                                 lambda stage: report(IngestEvent(str(path), stage, done, total)))


# In a worker process: where stage names go, for the main process's progress bar.
_stage_queue = None


def _start_worker(stage_queue, parent: int) -> None:
    """Load the pipeline once per worker; exit when the main process is gone (even killed)."""
    global _stage_queue
    _stage_queue = stage_queue
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the main process's to handle
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    from personae.nlp.base import load_pipeline

    load_pipeline()


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _analyse_in_worker(path: Path, encoding: str | None, options: dict) -> Document | str:
    def progress(stage: str) -> None:
        _stage_queue.put((str(path), stage))
    return analyse_file(path, encoding, options, progress)


def _run_pool(jobs: int, pending: list[Path], encoding: str | None, options: dict, report: Progress,
              summary: IngestSummary, total: int) -> Results:
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    # spawn: the workers start clean (no copy of the writer's SQLite connection or threads).
    context = multiprocessing.get_context("spawn")
    stages = context.Queue()
    todo = iter(pending)
    executor = ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker,
                                   initargs=(stages, os.getpid()))
    try:
        running = {}
        while True:
            while len(running) < jobs * IN_FLIGHT_PER_WORKER:
                path = next(todo, None)
                if path is None:
                    break
                running[executor.submit(_analyse_in_worker, path, encoding, options)] = path
            if not running:
                break
            finished, _ = wait(running, timeout=0.2, return_when=FIRST_COMPLETED)
            _relay_stages(stages, report, summary, total)
            for future in finished:
                yield running.pop(future), future.result()
    except BaseException:
        # Interrupted: stop the analyses in progress rather than wait for them at exit.
        for process in list(executor._processes.values()):
            process.terminate()
        raise
    finally:
        executor.shutdown(wait=False, cancel_futures=True)


def _relay_stages(stages, report: Progress, summary: IngestSummary, total: int) -> None:
    while True:
        try:
            path, stage = stages.get_nowait()
        except queue_module.Empty:
            return
        report(IngestEvent(path, stage, summary.analysed, total))


def _run_dask(address: str, pending: list[Path], encoding: str | None, options: dict) -> Results:
    """One task per document on a Dask cluster; each worker loads the pipeline once."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise PersonaeError("--scheduler needs the `distributed` package", "pip install distributed") from None
    from personae.corpus.dask_worker import PipelinePlugin

    try:
        client = Client(address, timeout="20s")
    except (OSError, TimeoutError) as err:
        raise PersonaeError(f"cannot reach the Dask scheduler at {address} ({err})",
                            "start one with `dask scheduler` and workers with `dask worker ADDRESS`") from None
    with client:
        client.register_plugin(PipelinePlugin())
        workers = max(1, sum(client.nthreads().values()))
        todo = iter(pending)
        futures = as_completed()
        paths: dict[str, Path] = {}

        def submit_next() -> None:
            for path in todo:
                try:
                    source = read_path(path, encoding=encoding)
                except PersonaeError as err:  # changed since it was planned
                    failed.append((path, str(err)))
                    continue
                future = client.submit(analyse_read_source, source, options, pure=False)
                paths[future.key] = path
                futures.add(future)
                return

        failed: list[tuple[Path, str]] = []
        for _ in range(workers * IN_FLIGHT_PER_WORKER):
            submit_next()
        for future in futures:
            yield paths.pop(future.key), future.result()
            future.release()
            submit_next()
        yield from failed
