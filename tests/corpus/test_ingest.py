"""Reading a corpus: parallel or not, resumable, with a corpus cast across chapters."""
from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from personae.cli import main
from personae.corpus import ingest
from personae.store import Store
from personae.store.corpus import load_corpus_cast

CHAPTERS = {
    "chapter_012.txt": "Chapter 12\n\nNikolai Petrov came to the village in the spring. Petrov was a tall man. "
                       "His sister Anna Petrova met him at the station. \"You are late,\" Anna said.\n",
    "chapter_013.txt": "Chapter 13\n\nIn the autumn Nigolai Betrov wrote a letter to the committee. Ivan Sidorov "
                       "read it aloud in the hall. \"He is a dangerous man,\" Ivan Sidorov said.\n",
    "chapter_109.txt": "Chapter 109\n\nYears later Nikolai Petrov returned. Petrov found the house empty. "
                       "Anna Petrova had gone to Moscow with Ivan Sidorov.\n",
}


@pytest.fixture
def series(tmp_path):
    folder = tmp_path / "series"
    folder.mkdir()
    # Written out of order: the series order comes from the chapter numbers.
    for name in sorted(CHAPTERS, reverse=True):
        (folder / name).write_text(CHAPTERS[name], "utf-8")
    return folder


def test_ingest_stores_each_document_once_and_resumes(series, tmp_path):
    db = tmp_path / "corpus.db"
    events = []
    summary = ingest([series], db, jobs=1, progress=events.append)
    assert (summary.added, summary.skipped, summary.failed) == (3, 0, 0)
    stages = [e.stage for e in events if e.path.endswith("chapter_013.txt")]
    assert stages[0] == "parse" and "entities" in stages and stages[-1] == "stored"
    (series / "chapter_110.txt").write_text("Chapter 110\n\nIvan Sidorov left the city at night.\n", "utf-8")
    again = ingest([series], db, jobs=1)
    assert (again.added, again.skipped) == (1, 3)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 4


def test_corpus_cast_links_a_person_across_chapters_in_series_order(series, tmp_path):
    db = tmp_path / "corpus.db"
    ingest([series], db, jobs=1)
    with Store(db) as store:
        cast = load_corpus_cast(store)
    assert [d["number"] for d in cast["documents"]] == [12, 13, 109]
    petrov = next(p for p in cast["persons"] if p["name"] == "Nikolai Petrov")
    assert petrov["n_documents"] == 3
    assert "Nigolai Betrov" in petrov["variants"]
    result = CliRunner().invoke(main, ["show", "--corpus", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Nikolai Petrov — ch. 12, 13, 109; also written" in result.output
    assert "Nigolai Betrov (variant)" in result.output


def test_a_bad_file_is_reported_and_the_rest_stored(series, tmp_path):
    (series / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    result = CliRunner().invoke(main, ["read", str(series), "--db", str(tmp_path / "c.db"), "--jobs", "1"])
    assert result.exit_code == 2
    assert "3 added, 0 already stored, 1 failed" in result.output


def test_two_worker_processes_store_the_same_as_one(series, tmp_path):
    summary = ingest([series], tmp_path / "pool.db", jobs=2)
    assert (summary.added, summary.failed) == (3, 0)
    ingest([series], tmp_path / "here.db", jobs=1)
    queries = "SELECT id, json FROM documents ORDER BY id"
    with sqlite3.connect(tmp_path / "pool.db") as a, sqlite3.connect(tmp_path / "here.db") as b:
        assert a.execute(queries).fetchall() == b.execute(queries).fetchall()


def test_jobs_below_one_is_a_user_error(series, tmp_path):
    result = CliRunner().invoke(main, ["read", str(series), "--db", str(tmp_path / "c.db"), "--jobs", "0"])
    assert result.exit_code == 2 and "--jobs must be at least 1" in result.output


def test_dask_scheduler_runs_one_task_per_document(series, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        summary = ingest([series], tmp_path / "dask.db", scheduler=cluster.scheduler_address)
    assert (summary.added, summary.failed) == (3, 0)
    with Store(tmp_path / "dask.db") as store:
        assert any(p["name"] == "Nikolai Petrov" for p in load_corpus_cast(store)["persons"])
