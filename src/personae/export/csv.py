"""CSV: one file per store table (documents, entities, aliases, mentions, quotes, ...) in a folder.

The columns are the store's, so a spreadsheet and a SQL query see the same facts.
Lists inside a cell (a quotation's addressees, an event's participants) are JSON.
Confidences are written with two decimals (0.60, not 0.6000000000000001).
"""
from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from personae.export.facts import confidence
from personae.model import Document
from personae.store import SCHEMA, Store

DOCUMENT_COLUMNS = ("id", "sha256", "title", "source", "language", "n_tokens", "n_sentences")


def table_columns() -> dict[str, list[str]]:
    """The columns of each child table of the store, in order."""
    conn = sqlite3.connect(":memory:")
    conn.executescript(SCHEMA)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE"
                                         " 'CREATE VIRTUAL%' AND name NOT LIKE '%fts%' ORDER BY rowid")]
    columns = {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in tables}
    conn.close()
    return columns


def write_csv(docs: list[Document], folder: str | Path) -> list[Path]:
    """Write documents.csv and one CSV per table for all `docs`; returns the files written."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    rows: dict[str, list[tuple]] = {"documents": []}
    for doc in docs:
        data = doc.to_dict()
        rows["documents"].append(tuple(data["document"][c] for c in DOCUMENT_COLUMNS))
        for table, table_rows in Store._rows(data):
            rows.setdefault(table, []).extend(table_rows)
    columns = table_columns()
    columns["documents"] = list(DOCUMENT_COLUMNS)
    written = []
    for table, table_rows in rows.items():
        path = out / f"{table}.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns[table])
            rounded = [k for k, name in enumerate(columns[table]) if name == "confidence"]
            for row in table_rows:
                writer.writerow([confidence(v) if k in rounded and isinstance(v, float) else v
                                 for k, v in enumerate(row)])
        written.append(path)
    return written
