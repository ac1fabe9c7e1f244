import csv
import json
import sqlite3

from personae.export.brat import to_brat, write_brat
from personae.export.csv import write_csv
from personae.export.datasette import datasette_metadata
from personae.store import Store


def test_csv_writes_one_file_per_table_with_the_store_columns(story, tmp_path):
    files = {p.name for p in write_csv([story], tmp_path)}
    assert {"documents.csv", "entities.csv", "aliases.csv", "mentions.csv", "quotes.csv", "passages.csv"} <= files
    with (tmp_path / "quotes.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["speaker"] for r in rows] == ["E1", "E2", "E2"]
    assert json.loads(rows[0]["addressees"]) == ["E2"]
    assert rows[2]["text"] == story.quotes[2].text            # a line break inside a cell survives


def test_regression_csv_confidences_have_two_decimals(story, tmp_path):
    # regression: relations.csv held 0.6000000000000001
    story.relations[0].confidence = 0.6000000000000001
    write_csv([story], tmp_path)
    with (tmp_path / "relations.csv").open(encoding="utf-8") as handle:
        assert [r["confidence"] for r in csv.DictReader(handle)] == ["0.60"]
    with (tmp_path / "quotes.csv").open(encoding="utf-8") as handle:
        assert [r["confidence"] for r in csv.DictReader(handle)] == ["0.90", "0.90", "0.90"]


def test_brat_spans_point_into_the_text(story):
    txt, ann = to_brat(story)
    assert txt == story.text
    bound = [line.split("\t") for line in ann.splitlines() if line.startswith("T")]
    for _, where, covered in bound:
        label, fragments = where.split(" ", 1)
        pieces = [txt[int(a):int(b)] for a, b in (f.split() for f in fragments.split(";"))]
        assert " ".join(pieces) == covered
    assert any(w.startswith("Quote ") and ";" in w for _, w, _ in bound)         # Q3 crosses lines
    assert any(line.startswith("R") and "SaidBy" in line for line in ann.splitlines())
    assert any(line.startswith("*\tAlias") for line in ann.splitlines())


def test_brat_writes_annotation_conf(story, tmp_path):
    names = {p.name for p in write_brat([story], tmp_path)}
    assert names == {f"{story.id}.txt", f"{story.id}.ann", "annotation.conf"}
    conf = (tmp_path / "annotation.conf").read_text("utf-8")
    assert "sibling_of" in conf and "[entities]" in conf


def test_datasette_metadata_documents_every_column_and_search(story, tmp_path):
    db = tmp_path / "personae.db"
    with Store(db) as store:
        store.save(story)
    meta = datasette_metadata("personae")
    tables = meta["databases"]["personae"]["tables"]
    conn = sqlite3.connect(db)
    for table in ("entities", "quotes", "passages"):
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        assert set(tables[table]["columns"]) == set(columns)
        assert tables[table]["description"]
    for table in ("quotes", "passages"):
        fts = tables[table]["fts_table"]
        # the search datasette runs for ?_search=
        hits = conn.execute(f"SELECT count(*) FROM {table} WHERE rowid IN (SELECT rowid FROM {fts}"
                            f" WHERE {fts} MATCH ?)", ('"nothing to hide"',)).fetchone()[0]
        assert hits == 1
