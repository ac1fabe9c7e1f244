"""The CLI, driven as a user drives it."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from personae.cli import main
from personae.schema import validation_errors

STORY = ("My name is Anna Petrova. I lived in Leningrad with my sister. Nikolai Petrov lived across the landing.\n\n"
         "“Good evening, Anna,” said Nikolai. I did not answer him. Comrade Petrov went down the stairs.\n")
README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.fixture
def story(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def all_commands(group=main, prefix=()):
    for name, command in group.commands.items():
        yield prefix + (name,), command
        if hasattr(command, "commands"):
            yield from all_commands(command, prefix + (name,))


def test_every_command_has_help_and_is_in_the_readme():
    readme = README.read_text("utf-8")
    for path, command in all_commands():
        assert command.help, f"{' '.join(path)} has no help text"
        result = run(*path, "--help")
        assert result.exit_code == 0 and "Usage" in result.output
        assert f"personae {' '.join(path)}" in readme, f"`personae {' '.join(path)}` is not in the README"


def test_analyze_json_is_valid_and_points_into_the_text(story):
    result = run("analyze", story, "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert validation_errors(data) == []
    assert data["document"]["source"] == str(story)
    assert any(e["is_narrator"] for e in data["entities"])


def test_analyze_no_text_leaves_the_text_out(story):
    data = json.loads(run("analyze", story, "--format", "json", "--no-text").output)
    assert "text" not in data["document"]
    assert validation_errors(data) == []


def test_read_is_idempotent_and_show_and_export_read_the_store(story, tmp_path):
    db = tmp_path / "p.db"
    first = run("read", story, "--db", db)
    assert first.exit_code == 0 and "1 added" in first.output
    copy = tmp_path / "copy.txt"
    copy.write_bytes(story.read_bytes())
    second = run("read", story, copy, "--db", db)
    assert "0 added, 2 already stored" in second.output
    shown = run("show", "--db", db)
    assert shown.exit_code == 0 and "Nikolai Petrov" in shown.output
    exported = json.loads(run("export", "--format", "json", "--db", db).output)
    assert validation_errors(exported) == []
    assert exported["document"]["text"] == STORY


def test_read_takes_the_reference_year_for_the_documents_it_analyses(tmp_path):
    path = tmp_path / "autumn.txt"
    path.write_text("That autumn the lists began. Anna Petrova left the city.\n", encoding="utf-8")
    db = tmp_path / "p.db"
    assert run("read", path, "--db", db, "--jobs", 1, "--year", 1937).exit_code == 0
    exported = json.loads(run("export", "--format", "json", "--db", db).output)
    assert [t["value"] for t in exported["times"]] == ["1937-FA"]


def test_show_without_a_database_is_a_clean_error(tmp_path):
    result = run("show", "--db", tmp_path / "absent.db")
    assert result.exit_code == 2
    assert result.output.startswith("error: no database")


@pytest.mark.parametrize("content,suffix", [(b"", ".txt"), (b"\x00\x01\x02\x03" * 100, ".txt"),
                                            (b"PK\x03\x04broken", ".epub"), (b"PK\x03\x04broken", ".docx"),
                                            (b"PK\x03\x04broken", ".odt"), (b"<FictionBook><body>", ".fb2"),
                                            (b"{\\rtf1\\ansi {\\i cut short", ".rtf")])
def test_bad_input_gives_one_clean_line_and_leaves_the_store_untouched(tmp_path, story, content, suffix):
    db = tmp_path / "p.db"
    run("read", story, "--db", db)
    before = db.read_bytes()
    bad = tmp_path / ("bad" + suffix)
    bad.write_bytes(content)
    proc = subprocess.run([sys.executable, "-m", "personae.cli", "read", str(bad), "--db", str(db)],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "error:" in proc.stderr
    assert db.read_bytes() == before
    proc = subprocess.run([sys.executable, "-m", "personae.cli", "analyze", str(bad)], capture_output=True, text=True)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) <= 2


def test_export_json_is_the_analyze_json(story, tmp_path):
    analysed = json.loads(run("analyze", story, "--format", "json").output)
    db = tmp_path / "p.db"
    run("read", story, "--db", db)
    exported = json.loads(run("export", "--format", "json", "--db", db).output)
    analysed["document"].pop("source"), exported["document"].pop("source")     # the path as given, or its name
    assert exported == analysed


def long_names_db(tmp_path):
    from personae.model import Alias, Document, Entity, Mention
    from personae.store import Store

    text = "Kriminalsekretär Alois Brandl of the Würzburg Gestapo watched Bürgermeister Georg Kessler.\n"
    doc = Document.new(text, "long.txt")
    long = "Kriminalsekretär Alois Brandl of the Würzburg Gestapo"
    kessler = "Bürgermeister Georg Kessler"
    doc.entities = [Entity("E1", "PER", long, [Alias(long, 1)], mentions=[Mention(0, len(long), long, "PROP")]),
                    Entity("E2", "PER", kessler, [Alias(kessler, 1)],
                           mentions=[Mention(text.index(kessler), text.index(kessler) + len(kessler), kessler, "PROP")])]
    db = tmp_path / "long.db"
    with Store(db) as store:
        store.save(doc)
    return db


def test_regression_show_never_cuts_a_name_without_an_ellipsis(tmp_path):
    # regression: "Bürgermeister Georg Kessle" printed with its last letter cut and no mark
    output = run("show", "--db", long_names_db(tmp_path)).output
    rows = {line.split()[0]: line for line in output.splitlines() if line.startswith("E")}
    assert " Bürgermeister Georg Kessler " in rows["E2"]
    assert rows["E1"].startswith("E1   Kriminalsekretär Alois Brandl of…  ")            # cut, and marked
    assert "Kriminalsekretär Alois Brandl of the Würzburg Gestapo ×1" in rows["E1"]     # the alias, whole
