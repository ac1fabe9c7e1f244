"""`personae export --format ...` and `personae serve --help` through the real CLI."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from lxml import etree

from personae.cli import main
from personae.store import Store


@pytest.fixture
def db(tmp_path, story):
    path = tmp_path / "personae.db"
    with Store(path) as store:
        store.save(story)
    return path


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.mark.parametrize("fmt, root", [("tei", "{http://www.tei-c.org/ns/1.0}TEI"), ("gexf", "{http://gexf.net/1.3}gexf"),
                                       ("graphml", "{http://graphml.graphdrawing.org/xmlns}graphml")])
def test_xml_formats_print_one_document(db, fmt, root):
    result = run("export", "--db", db, "--format", fmt)
    assert result.exit_code == 0
    assert etree.fromstring(result.output.encode("utf-8")).tag == root


@pytest.mark.parametrize("fmt, names", [("csv", {"quotes.csv", "entities.csv"}), ("brat", {"annotation.conf"}),
                                        ("tei", None), ("datasette", {"metadata.json"})])
def test_folder_output(db, tmp_path, story, fmt, names):
    out = tmp_path / "out"
    result = run("export", "--db", db, "--format", fmt, "-o", out)
    assert result.exit_code == 0 and "wrote" in result.output
    written = {p.name for p in out.iterdir()}
    assert names <= written if names else written == {f"{story.id}.xml"}


def test_datasette_metadata_names_the_database_after_the_file(db):
    result = run("export", "--db", db, "--format", "datasette")
    assert list(json.loads(result.output)["databases"]) == ["personae"]


def test_csv_without_a_folder_is_a_clean_error(db):
    result = run("export", "--db", db, "--format", "csv")
    assert result.exit_code == 2 and result.output.startswith("error: --format csv writes several files")


def test_serve_has_help():
    result = run("serve", "--help")
    assert result.exit_code == 0 and "--host" in result.output and "127.0.0.1" in result.output
