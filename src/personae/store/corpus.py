"""The corpus cast in the store: one person across documents, recomputed after each `read`.

Tables (read by the web viewer):
  corpus_documents(doc_id, position, number, label)
      series order: position 1.. ; number is the chapter/volume number found in the
      title or file name ("chapter_012.txt" -> 12), null when there is none.
  corpus_persons(id, name, gender, n_documents, n_mentions, aliases, variants, first_position)
      id "P1".. in order of first appearance; aliases: JSON [{"text", "count"}] (other
      spellings used, the name excluded); variants: JSON [str], garbled spellings.
  corpus_person_entities(person_id, doc_id, entity_id, name, n_mentions, variant, chapters)
      each document entity linked to its corpus person; variant: 1 when the entity's
      own name is a garbled spelling; chapters: JSON [int], the document's own chapters
      (1-based, from document.chapters) where it is mentioned, [] when it has none.
"""
from __future__ import annotations

from typing import Any

CORPUS_SCHEMA = """
CREATE TABLE IF NOT EXISTS corpus_documents (
    doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, number INTEGER, label TEXT);
CREATE TABLE IF NOT EXISTS corpus_persons (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, gender TEXT, n_documents INTEGER, n_mentions INTEGER,
    aliases TEXT, variants TEXT, first_position INTEGER);
CREATE TABLE IF NOT EXISTS corpus_person_entities (
    person_id TEXT NOT NULL REFERENCES corpus_persons(id) ON DELETE CASCADE,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, entity_id TEXT NOT NULL,
    name TEXT, n_mentions INTEGER, variant INTEGER, chapters TEXT, PRIMARY KEY (doc_id, entity_id));
CREATE INDEX IF NOT EXISTS corpus_person_entities_person ON corpus_person_entities (person_id);
"""
TABLES = ("corpus_person_entities", "corpus_persons", "corpus_documents")


def ensure_tables(store) -> None:
    store.conn.executescript(CORPUS_SCHEMA)


def cast_is_current(store) -> bool:
    """Whether the corpus cast was computed over exactly the stored documents."""
    ensure_tables(store)
    missing = store.conn.execute("SELECT (SELECT count(*) FROM documents WHERE id NOT IN"
                                 " (SELECT doc_id FROM corpus_documents)),"
                                 " (SELECT count(*) FROM corpus_documents)").fetchone()
    return missing[0] == 0 and missing[1] == len(store.document_ids())


def save_corpus_cast(store, documents: list[tuple], persons: list[tuple], links: list[tuple]) -> None:
    """Replace the corpus cast in one transaction (rows in the tables' column order)."""
    ensure_tables(store)
    conn = store.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        for table in TABLES:
            conn.execute(f"DELETE FROM {table}")
        for table, rows in (("corpus_documents", documents), ("corpus_persons", persons),
                            ("corpus_person_entities", links)):
            if rows:
                conn.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(rows[0]))})", rows)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def load_corpus_cast(store) -> dict[str, list[dict[str, Any]]]:
    """The three tables as lists of dicts, in series order."""
    ensure_tables(store)
    conn = store.conn
    return {
        "documents": [dict(r) for r in conn.execute("SELECT * FROM corpus_documents ORDER BY position")],
        "persons": [dict(r) for r in conn.execute(
            "SELECT * FROM corpus_persons ORDER BY first_position, n_mentions DESC, id")],
        "links": [dict(r) for r in conn.execute(
            "SELECT l.* FROM corpus_person_entities l JOIN corpus_documents d USING (doc_id)"
            " ORDER BY d.position, l.entity_id")],
    }
