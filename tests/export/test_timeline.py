"""The chronology as text, from a file or from the store, and the `timeline` command."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from personae.cli import main
from personae.export.timeline import date_key, timeline_text
from personae.store import Store

FIXTURE = Path(__file__).parent.parent / "fixtures" / "memoir_orlov.txt"


def test_date_keys_sort_days_months_seasons_and_years():
    values = ["1939", "1938-11-02TNI", "1938-SU", "1938-03", "1938-03-12", "1938-03-13TMO"]
    assert sorted(values, key=date_key) == ["1938-03", "1938-03-12", "1938-03-13TMO", "1938-SU",
                                            "1938-11-02TNI", "1939"]
    assert date_key("XXXX-WXX-6") is None and date_key(None) is None


def test_regression_a_season_sorts_at_its_middle_not_its_first_month(analyse):
    # regression: a 1952-SU scene printed before the July 1952 entries
    values = ["1952-07-20", "1952-SU", "1952-07-01", "1952-07", "1952-08-01", "1952-06-30", "1952-WI",
              "1952-12-31", "1953-01", "1952-FA", "1952-10-16", "1952-SP", "1952-04-15"]
    assert sorted(values, key=date_key) == ["1952-04-15", "1952-SP", "1952-06-30", "1952-07", "1952-07-01",
                                            "1952-SU", "1952-07-20", "1952-08-01", "1952-FA", "1952-10-16",
                                            "1952-12-31", "1952-WI", "1953-01"]
    doc = analyse("In the summer of 1952 we lived in Brno.\n\nOn 3 July 1952 Karel left for Ostrava.")
    lines = timeline_text([doc]).splitlines()
    assert [line.split()[0] for line in lines if "scene" in line] == ["1952-07-03", "1952-SU"]


def test_the_chronology_is_in_date_order_with_places(analyse):
    doc = analyse(FIXTURE.read_text("utf-8"))
    lines = timeline_text([doc]).splitlines()
    keys = [date_key(line.split()[0]) for line in lines]
    dated = [k for k in keys if k is not None]
    assert dated == sorted(dated)
    assert any(line.startswith("1935 ") and "scene at Leningrad" in line for line in lines)
    assert any(line.startswith("1939-06-14TEV") and "met Andrei Orlov" in line for line in lines)
    assert any("arrested" in line and line.startswith("1938-11-02TNI") for line in lines)


def test_timeline_command_from_a_file_and_from_the_store(analyse, tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["timeline", str(FIXTURE), "--year", "1937"])
    assert result.exit_code == 0, result.output
    assert "1937-WI" in result.output                  # "that winter", in the given reference year
    db = tmp_path / "t.db"
    with Store(db) as store:
        store.save(analyse(FIXTURE.read_text("utf-8")))
    result = runner.invoke(main, ["timeline", "--db", str(db)])
    assert result.exit_code == 0 and "1938-03-12" in result.output


def test_timeline_of_an_empty_store_is_a_clean_error(tmp_path):
    db = tmp_path / "empty.db"
    Store(db).close()
    result = CliRunner().invoke(main, ["timeline", "--db", str(db)])
    assert result.exit_code == 2 and "holds no documents" in result.output
