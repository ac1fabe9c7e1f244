"""The SQLite store: analysed documents, each saved in one transaction.

The document JSON is kept whole (the one source of truth, read back by `load`)
and spread into tables (entities, aliases, mentions, quotes, ...) for queries,
the viewer and `datasette`. Documents are keyed by their content hash, so the
same text read twice is stored once.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any, Iterator

from personae.errors import PersonaeError
from personae.model import Document, paragraph_spans

STORE_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, sha256 TEXT UNIQUE NOT NULL, title TEXT, source TEXT NOT NULL,
    language TEXT, n_tokens INTEGER, n_sentences INTEGER, text TEXT NOT NULL,
    json TEXT NOT NULL, added TEXT DEFAULT (datetime('now')));
CREATE TABLE IF NOT EXISTS entities (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, id TEXT NOT NULL,
    type TEXT, name TEXT, is_narrator INTEGER, gender TEXT, n_mentions INTEGER,
    PRIMARY KEY (doc_id, id));
CREATE TABLE IF NOT EXISTS aliases (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, entity_id TEXT NOT NULL,
    text TEXT, count INTEGER, variant INTEGER);
CREATE TABLE IF NOT EXISTS mentions (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, entity_id TEXT NOT NULL,
    start INTEGER, "end" INTEGER, text TEXT, kind TEXT);
CREATE TABLE IF NOT EXISTS quotes (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, id TEXT NOT NULL,
    start INTEGER, "end" INTEGER, text TEXT, speaker TEXT, addressees TEXT, kind TEXT,
    attribution TEXT, confidence REAL, PRIMARY KEY (doc_id, id));
CREATE TABLE IF NOT EXISTS times (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, id TEXT NOT NULL,
    start INTEGER, "end" INTEGER, text TEXT, value TEXT, type TEXT, anchor TEXT, PRIMARY KEY (doc_id, id));
CREATE TABLE IF NOT EXISTS scenes (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, id TEXT NOT NULL,
    start INTEGER, "end" INTEGER, place TEXT, time TEXT, value TEXT, people TEXT, PRIMARY KEY (doc_id, id));
CREATE TABLE IF NOT EXISTS events (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, id TEXT NOT NULL,
    sentence INTEGER, start INTEGER, "end" INTEGER, trigger TEXT, participants TEXT,
    place TEXT, time TEXT, PRIMARY KEY (doc_id, id));
CREATE TABLE IF NOT EXISTS relations (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, subject TEXT, predicate TEXT,
    object TEXT, start INTEGER, "end" INTEGER, confidence REAL, time TEXT);
CREATE TABLE IF NOT EXISTS findings (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, kind TEXT, message TEXT,
    entities TEXT, evidence TEXT);
CREATE TABLE IF NOT EXISTS passages (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, n INTEGER,
    start INTEGER, "end" INTEGER, text TEXT);
CREATE VIRTUAL TABLE IF NOT EXISTS passages_fts USING fts5(text, content='passages');
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(text, content='quotes');
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions (doc_id, entity_id);
CREATE INDEX IF NOT EXISTS aliases_entity ON aliases (doc_id, entity_id);
"""

SNIPPET_MARKS = ("\x02", "\x03")

CHILD_TABLES = ("entities", "aliases", "mentions", "quotes", "times", "scenes", "events", "relations", "findings",
                "passages")
# Full-text indexes over a table's `text` column, kept in step by save(); the
# rowids are the content table's, so `datasette` can search the tables too.
FTS_TABLES = {"passages_fts": "passages", "quotes_fts": "quotes"}


class Store:
    """An open personae database. Use as a context manager, or call close()."""

    def __init__(self, path: str | Path, create: bool = True, read_only: bool = False):
        self.path = Path(path)
        if self.path.is_dir():
            raise PersonaeError(f"{self.path}: is a folder, not a database", "give a file path with --db")
        if (read_only or not create) and not self.path.exists():
            raise PersonaeError(f"no database at {self.path}", "run `personae read FILE --db PATH` first")
        try:
            # read_only: SQLite itself refuses writes (the web server opens the store so).
            target = f"{self.path.resolve().as_uri()}?mode=ro" if read_only else str(self.path)
            create = create and not read_only
            self.conn = sqlite3.connect(target, isolation_level=None, timeout=30, check_same_thread=False,
                                        uri=read_only)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            if create:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.executescript(SCHEMA)
                self.conn.execute("INSERT OR IGNORE INTO meta VALUES ('store_version', ?)", (str(STORE_VERSION),))
            else:
                self.conn.execute("SELECT count(*) FROM documents").fetchone()
        except sqlite3.DatabaseError as err:
            raise PersonaeError(f"{self.path}: not a personae database ({err})",
                                "give another --db path, or remove the file") from None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def has(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def save(self, doc: Document, replace: bool = False) -> bool:
        """Store a document in one transaction; False when it was already there."""
        data = doc.to_dict()
        info = data["document"]
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            if self.has(info["id"]):
                if not replace:
                    conn.execute("ROLLBACK")
                    return False
                for fts, table in FTS_TABLES.items():
                    conn.execute(f"INSERT INTO {fts} ({fts}, rowid, text) SELECT 'delete', rowid, text"
                                 f" FROM {table} WHERE doc_id = ?", (info["id"],))
                conn.execute("DELETE FROM documents WHERE id = ?", (info["id"],))
            conn.execute(
                "INSERT INTO documents (id, sha256, title, source, language, n_tokens, n_sentences, text, json)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (info["id"], info["sha256"], info["title"], info["source"], info["language"],
                 info["n_tokens"], info["n_sentences"], info["text"], json.dumps(data, ensure_ascii=False)))
            for table, rows in self._rows(data):
                if rows:
                    marks = ", ".join("?" * len(rows[0]))
                    conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
            for fts, table in FTS_TABLES.items():
                conn.execute(f"INSERT INTO {fts} (rowid, text) SELECT rowid, text FROM {table} WHERE doc_id = ?",
                             (info["id"],))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return True

    @staticmethod
    def _rows(data: dict[str, Any]) -> Iterator[tuple[str, list[tuple]]]:
        d = data["document"]["id"]
        ents = data["entities"]
        yield "entities", [(d, e["id"], e["type"], e["name"], int(e["is_narrator"]), e["gender"],
                            len(e["mentions"])) for e in ents]
        yield "aliases", [(d, e["id"], a["text"], a["count"], int(a["variant"])) for e in ents for a in e["aliases"]]
        yield "mentions", [(d, e["id"], m["start"], m["end"], m["text"], m["kind"])
                           for e in ents for m in e["mentions"]]
        yield "quotes", [(d, q["id"], q["start"], q["end"], q["text"], q["speaker"], json.dumps(q["addressees"]),
                          q["kind"], q["attribution"], q["confidence"]) for q in data["quotes"]]
        yield "times", [(d, t["id"], t["start"], t["end"], t["text"], t["value"], t["type"], t["anchor"])
                        for t in data["times"]]
        yield "scenes", [(d, s["id"], s["start"], s["end"], s["place"], s["time"], s["value"], json.dumps(s["people"]))
                         for s in data["scenes"]]
        yield "events", [(d, e["id"], e["sentence"], e["trigger"]["start"], e["trigger"]["end"], e["trigger"]["text"],
                          json.dumps(e["participants"]), e["place"], e["time"]) for e in data["events"]]
        yield "relations", [(d, r["subject"], r["predicate"], r["object"], r["evidence"]["start"],
                             r["evidence"]["end"], r["confidence"], r["time"]) for r in data["relations"]]
        yield "findings", [(d, f["kind"], f["message"], json.dumps(f["entities"]), json.dumps(f["evidence"]))
                           for f in data["findings"]]
        text = data["document"]["text"]
        yield "passages", [(d, n, start, end, text[start:end]) for n, (start, end) in enumerate(paragraph_spans(text))]

    def load(self, doc_id: str) -> Document:
        row = self.conn.execute("SELECT json FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise PersonaeError(f"no document {doc_id!r} in {self.path}", "`personae show` lists the documents",
                                status=404)
        return Document.from_dict(json.loads(row["json"]))

    def documents(self) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT id, title, source, n_tokens, n_sentences, added FROM documents"
                                 " ORDER BY added, source")
        return [dict(r) for r in rows]

    def document_ids(self) -> list[str]:
        return [d["id"] for d in self.documents()]

    def search(self, query: str, doc_id: str | None = None, limit: int = 50) -> dict[str, list[dict[str, Any]]]:
        """Passages and quotations that contain the phrase `query` (SQLite FTS5), best first.

        Each hit has doc_id, start, end and `snippet`: the matching stretch with the
        phrase between SNIPPET_MARKS (control characters, so no text can forge them).
        """
        words = query.strip()
        if not words:
            return {"passages": [], "quotes": []}
        phrase = '"' + words.replace('"', '""') + '"'
        open_mark, close_mark = SNIPPET_MARKS
        hits = {}
        for name, table, extra in (("passages", "passages", "t.n"), ("quotes", "quotes", "t.id, t.speaker")):
            sql = (f"SELECT t.doc_id, t.start, t.\"end\", {extra},"
                   f" snippet({table}_fts, 0, ?, ?, '…', 32) AS snippet"
                   f" FROM {table}_fts JOIN {table} t ON t.rowid = {table}_fts.rowid"
                   f" WHERE {table}_fts MATCH ? AND (? IS NULL OR t.doc_id = ?) ORDER BY rank LIMIT ?")
            try:
                rows = self.conn.execute(sql, (open_mark, close_mark, phrase, doc_id, doc_id, limit))
                hits[name] = [dict(r) for r in rows]
            except sqlite3.OperationalError as err:
                raise PersonaeError(f"{self.path}: cannot search ({err})",
                                    "stores made before search existed need their documents read again") from None
        return hits
