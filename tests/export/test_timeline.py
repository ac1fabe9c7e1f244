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


FAMILY = ("In 1920 Rosa married Julius Feldmann. On 14 February 1936 he died. "
          "On 12 November 1938 Siegfried was arrested by the Gestapo. In 1945 Adler was dismissed.")


def family_document():
    """Relations with the events found in the same words: each fact must print once."""
    from personae.model import Document, Entity, Event, Evidence, Participant, Relation, TimeExpr, Trigger

    doc = Document.new(FAMILY, "family.txt")
    names = ["Rosa", "Julius Feldmann", "Siegfried", "the Gestapo", "Adler"]
    doc.entities = [Entity(f"E{k}", "ORG" if n == "the Gestapo" else "PER", n) for k, n in enumerate(names, 1)]

    def at(phrase):
        start = FAMILY.index(phrase)
        return start, start + len(phrase)

    doc.times = [TimeExpr(f"T{k}", *at(t), t, v) for k, (t, v) in enumerate(
        [("1920", "1920"), ("14 February 1936", "1936-02-14"), ("12 November 1938", "1938-11-12"), ("1945", "1945")], 1)]
    doc.events = [Event(f"EV{k}", k, Trigger(*at(verb), verb), [Participant(who, role)], time=f"T{k}")
                  for k, (verb, who, role) in enumerate([("married", "E1", "agent"), ("died", "E2", "agent"),
                                                         ("arrested", "E3", "patient"), ("dismissed", "E5", "patient")], 1)]
    doc.relations = [Relation("E1", "spouse_of", "E2", Evidence(*at("Rosa married Julius Feldmann")), 0.7, "T1"),
                     Relation("E2", "died", "E2", Evidence(*at("he died")), 0.6000000000000001, "T2"),
                     Relation("E3", "arrested", "E4", Evidence(*at("Siegfried was arrested by the Gestapo")), 0.7, "T3"),
                     Relation("E5", "dismissed", "E5", Evidence(*at("Adler was dismissed")), 0.7, "T4")]
    return doc


def test_regression_each_fact_prints_once_with_two_decimal_confidences():
    # regression: every relation printed twice (a relation line and an event line), and 0.6000000000000001
    lines = timeline_text([family_document()]).splitlines()
    assert len(lines) == 4
    assert not any(" EV" in line for line in lines)
    assert "0.6000000000000001" not in "\n".join(lines) and "confidence 0.60" in lines[1]


def test_regression_one_person_events_and_patient_first_predicates_read_right():
    # regression: "Julius Feldmann died Julius Feldmann", "Siegfried arrested the Gestapo"
    lines = timeline_text([family_document()]).splitlines()
    assert lines[0].startswith("1920") and "Rosa spouse_of Julius Feldmann" in lines[0]
    assert "Julius Feldmann died," in lines[1] and "died Julius" not in lines[1]
    assert "Siegfried was arrested by the Gestapo," in lines[2]
    assert "Adler was dismissed," in lines[3]


def test_an_event_the_relations_do_not_state_keeps_its_line():
    from personae.model import Event, Trigger

    doc = family_document()
    start = FAMILY.index("he died")
    doc.events.append(Event("EV9", 9, Trigger(start, start + 2, "he"), time="T3"))   # another date: another fact
    assert sum(" EV9 " in line for line in timeline_text([doc]).splitlines()) == 1
