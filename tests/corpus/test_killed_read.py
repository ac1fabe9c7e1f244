"""A `read` killed at random moments never corrupts the store, and a rerun completes it."""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import psutil

NAMES = ["Anna", "Boris", "Clara", "Dmitri", "Elena", "Fyodor", "Galina", "Hugo", "Irina", "Jonas"]
BOOKS = 20
KILLS = 10


def write_books(folder):
    folder.mkdir()
    for n in range(BOOKS):
        a, b = NAMES[n % len(NAMES)], NAMES[(n * 3 + 1) % len(NAMES)]
        # Long enough (a few tenths of a second each) for kills to land between and inside documents.
        text = f"Chapter {n + 1}\n\n" + "".join(
            f"{a} Volkov met {b} Orlova at the market on day {n + 1}, hour {h}. \"We leave tomorrow,\" "
            f"said {a}. {b} did not answer, and Volkov walked home alone.\n\n" for h in range(4))
        (folder / f"book_{n + 1:02d}.txt").write_text(text, "utf-8")


def read(folder, db, jobs):
    return subprocess.Popen([sys.executable, "-m", "personae.cli", "read", str(folder), "--db", str(db),
                             "--jobs", str(jobs)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def kill_after_stored(proc, stored, rng):
    """SIGKILL after `stored` more documents were stored (0: while starting), plus a random moment.

    Returns the worker processes that were left behind (they must exit by themselves).
    """
    if stored:
        for line in proc.stderr:
            stored -= "stored" in line
            if stored <= 0:
                break
    time.sleep(rng.uniform(0, 0.2))
    workers = psutil.Process(proc.pid).children(recursive=True)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return psutil.wait_procs(workers, timeout=10)[1]


def check(db):
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return [r[0] for r in conn.execute("SELECT source FROM documents")]


def test_killed_reads_leave_a_consistent_store_and_the_rerun_completes(tmp_path):
    folder, db = tmp_path / "books", tmp_path / "corpus.db"
    write_books(folder)
    rng = random.Random(int(os.environ.get("KILL_SEED", "7")))
    for attempt in range(KILLS):
        # Mostly one process (quick to start); now and then a worker pool, whose workers must go too.
        pool = attempt % 5 == 4
        left = kill_after_stored(read(folder, db, jobs=2 if pool else 1), rng.randint(int(pool), 2), rng)
        assert left == []
        if db.exists():
            check(db)
    proc = read(folder, db, jobs=1)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    sources = check(db)
    assert len(sources) == BOOKS and len(set(sources)) == BOOKS
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM corpus_documents").fetchone()[0] == BOOKS
        assert conn.execute("SELECT count(*) FROM corpus_persons WHERE name = 'Anna Volkov'").fetchone()[0] == 1
