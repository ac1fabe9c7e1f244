import sqlite3

import pytest

from personae.errors import PersonaeError
from personae.model import Alias, Document, Entity, Evidence, Finding, Mention, Quote
from personae.store import Store


def small_document(text="Anna met Nikolai in Leningrad.") -> Document:
    doc = Document.new(text, source="small.txt", title="Small")
    doc.entities = [Entity(id="E1", type="PER", name="Anna", gender="she",
                           aliases=[Alias("Anna", 1)], mentions=[Mention(0, 4, "Anna", "PROP")])]
    doc.quotes = [Quote(id="Q1", start=0, end=4, text="Anna", speaker="E1", kind="mention")]
    doc.findings = [Finding(kind="name_variant", message="m", entities=["E1"], evidence=[Evidence(0, 4)])]
    return doc


def test_save_then_load_gives_back_the_same_document(tmp_path):
    doc = small_document()
    with Store(tmp_path / "p.db") as store:
        assert store.save(doc) is True
        loaded = store.load(doc.id)
    assert loaded.to_dict() == doc.to_dict()


def test_the_same_content_twice_is_one_document(tmp_path):
    with Store(tmp_path / "p.db") as store:
        assert store.save(small_document()) is True
        assert store.save(small_document()) is False
        assert len(store.documents()) == 1
        assert store.conn.execute("SELECT count(*) FROM entities").fetchone()[0] == 1


def test_a_failed_save_leaves_the_store_as_it_was(tmp_path):
    good, bad = small_document(), small_document("Another text entirely.")
    bad.quotes[0].addressees = [object()]  # cannot be written: the save must roll back whole
    with Store(tmp_path / "p.db") as store:
        store.save(good)
        with pytest.raises(TypeError):
            store.save(bad)
        assert store.document_ids() == [good.id]
        for table in ("entities", "mentions", "aliases", "quotes", "findings"):
            assert store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 1


def test_unknown_document_and_missing_database_are_personae_errors(tmp_path):
    with Store(tmp_path / "p.db") as store:
        with pytest.raises(PersonaeError) as err:
            store.load("dnope")
        assert err.value.status == 404
    with pytest.raises(PersonaeError, match="no database"):
        Store(tmp_path / "absent.db", create=False)


def test_a_file_that_is_not_sqlite_is_a_personae_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database " * 50)
    with pytest.raises(PersonaeError, match="not a personae database"):
        Store(path)
    assert path.read_text().startswith("these are my notes")


def test_store_passes_integrity_check(tmp_path):
    with Store(tmp_path / "p.db") as store:
        store.save(small_document())
    conn = sqlite3.connect(tmp_path / "p.db")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
