"""The whole pipeline on a chapter of family history written for the tests with its answers before
the tool was run on it (tests/fixtures/history_gruenbaum.txt: a German-Jewish family, 1905–1949,
three generations, letters, an interview, officials with German titles, a name in two spellings and
a planted chronological contradiction)."""
from pathlib import Path

import pytest

from personae import analyze

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "history_gruenbaum.txt"


@pytest.fixture(scope="module")
def history():
    return analyze(FIXTURE)


def person(doc, alias):
    (entity,) = [e for e in doc.entities if e.type == "PER" and any(a.text == alias for a in e.aliases)]
    return entity


def found(doc):
    names = {e.id: e.name for e in doc.entities}
    return {(names[r.subject], r.predicate, names[r.object]) for r in doc.relations}


def test_the_two_spellings_of_the_surname_are_one_person_and_a_variant(history):
    siegfried = person(history, "Siegfried Grünbaum")
    assert person(history, "Siegfried Gruenbaum") is siegfried
    assert any(a.text == "Siegfried Gruenbaum" and a.variant for a in siegfried.aliases)


def test_officials_with_german_titles_are_one_person_each(history):
    assert person(history, "Kessler") is person(history, "Bürgermeister Georg Kessler")
    assert person(history, "Alois Brandl") is person(history, "Kriminalsekretär Alois Brandl")


def test_organisations_are_no_people(history):
    types = {e.name.lower(): e.type for e in history.entities}
    assert types["gestapo"] == "ORG" and types["the university of würzburg"] == "ORG"
    assert types["the reich"] == "GPE"


def test_absolute_dates_are_normalised(history):
    values = {t.text: t.value for t in history.times}
    assert values["9 November 1938"] == "1938-11-09" and values["2 December 1938"] == "1938-12-02"
    assert values["three years later"] == "1898"


def test_parents_and_children_are_related_with_their_direction(history):
    facts = found(history)
    assert ("Siegfried Grünbaum", "child_of", "Moritz Grünbaum") in facts \
        or ("Moritz Grünbaum", "parent_of", "Siegfried Grünbaum") in facts


def test_the_letter_dated_before_the_release_it_follows_is_flagged(history):
    flagged = [f.message for f in history.findings if f.kind == "timeline_inconsistency"]
    assert any("release from Dachau" in m and "1938-11-24" in m and "1938-12-02" in m for m in flagged)
