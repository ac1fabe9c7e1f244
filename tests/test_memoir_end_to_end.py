"""The whole pipeline on a second memoir chapter, written for the tests with its answers before the
tool was run on it (tests/fixtures/memoir_hajek*): a Czech family in Brno, 1952–53, with a garbled
surname, a narrator named only by a diminutive, and a three-way conversation."""
import json
from pathlib import Path

import pytest

from personae import analyze

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="module")
def memoir():
    return analyze(FIXTURES / "memoir_hajek.txt")


def person(doc, alias):
    (entity,) = [e for e in doc.entities if e.type == "PER" and any(a.text == alias for a in e.aliases)]
    return entity


def test_most_speakers_are_the_right_person(memoir):
    key = json.loads((FIXTURES / "memoir_hajek_speakers.json").read_text("utf-8"))["speakers"]
    narrator = next(e for e in memoir.entities if e.is_narrator)
    quotes = {(q.start, q.end): q for q in memoir.quotes}
    right = 0
    for gold in key:
        want = narrator if gold["speaker"] == "narrator" else person(memoir, gold["speaker"])
        got = quotes.get((gold["start"], gold["end"]))
        right += got is not None and got.speaker == want.id
    assert right / len(key) >= 0.85, f"{right} of {len(key)} speakers right"


def test_the_garbled_surname_joins_its_person_as_a_variant(memoir):
    karel = person(memoir, "Karel Procházka")
    assert person(memoir, "Karel Prochaska") is karel and person(memoir, "Karel") is karel
    assert {a.text for a in karel.aliases if a.variant} >= {"Karel Prochaska"}
    assert any(f.kind == "name_variant" and karel.id in f.entities for f in memoir.findings)


def test_roles_and_descriptions_join_the_named_person(memoir):
    assert person(memoir, "the doctor") is person(memoir, "Doctor Bartoš")
    assert person(memoir, "the director") is person(memoir, "Director Vlček")
    assert person(memoir, "our mother") is person(memoir, "Ludmila")
    assert person(memoir, "Ludmila").gender == "she"


def test_the_narrator_is_named_by_the_diminutive_others_call_him(memoir):
    narrator = next(e for e in memoir.entities if e.is_narrator)
    assert "Jirka" in [a.text for a in narrator.aliases]


def test_kinship_stated_in_the_text_is_found_with_its_direction(memoir):
    names = {e.id: e.name for e in memoir.entities}
    narrator = next(e.name for e in memoir.entities if e.is_narrator)
    found = {(names[r.subject], r.predicate, names[r.object]) for r in memoir.relations}
    assert {("Tomáš", "sibling_of", narrator), ("František Hájek", "parent_of", narrator),
            ("Ludmila", "parent_of", narrator), ("Hana Kubátová", "sibling_of", "Irena")} <= found
    assert ("Tomáš", "spouse_of", "Hana Kubátová") in found or ("Hana Kubátová", "spouse_of", "Tomáš") in found


def test_the_planted_birth_year_contradiction_is_reported(memoir):
    tomas = person(memoir, "Tomáš")
    births = [f for f in memoir.findings if f.kind == "conflicting_fact" and tomas.id in f.entities]
    assert births and "1924" in births[0].message and "1926" in births[0].message
    assert len(births[0].evidence) == 2
