"""The whole pipeline on the sample memoir chapter: the cast a historian would expect."""
from pathlib import Path

import pytest

from personae import analyze
from personae.schema import validation_errors

SAMPLE = Path(__file__).resolve().parents[1] / "src/personae/samples/the_winter_of_the_lists.txt"


@pytest.fixture(scope="module")
def sample():
    return analyze(SAMPLE)


def owners(doc, alias):
    return [e for e in doc.entities if e.type == "PER" and any(a.text == alias for a in e.aliases)]


def test_sample_json_is_valid(sample):
    assert validation_errors(sample.to_dict()) == []


@pytest.mark.parametrize("person,aliases", [
    ("Nikolai Petrov", ["Nikolai", "Nikolai Petrov", "Comrade Petrov"]),
    ("Anna Petrova", ["Anna", "Anna Petrova"]),
    ("Grigory Sokolov", ["Major Grigory Sokolov", "Sokolov", "Major Sokolov", "Comrade Major"]),
])
def test_each_named_person_is_one_entity_with_all_their_names(sample, person, aliases):
    (entity,) = [e for e in sample.entities if e.name == person]
    for alias in aliases:
        assert owners(sample, alias) == [entity], f"{alias!r} should belong to {person} alone"


def test_people_sharing_a_surname_are_not_merged(sample):
    (nikolai,) = owners(sample, "Nikolai Petrov")
    (anna,) = owners(sample, "Anna Petrova")
    assert nikolai is not anna
    for person in ("Vera", "Misha", "Fyodor", "Pavel Ilyich Gromov", "Hartmann"):
        assert len(owners(sample, person)) == 1, person


def test_garbled_names_join_the_right_person_with_findings(sample):
    (nikolai,) = owners(sample, "Nikolai Petrov")
    assert owners(sample, "Nigolai Betrov") == [nikolai]
    assert any(a.text == "Nigolai Betrov" and a.variant for a in nikolai.aliases)
    variant_findings = [f for f in sample.findings if f.kind == "name_variant"]
    assert any(nikolai.id in f.entities for f in variant_findings)
    (sokolov,) = [e for e in sample.entities if e.name == "Grigory Sokolov"]
    assert any(a.variant and "Sokolow" in a.text for a in sokolov.aliases)


def test_the_narrator_is_named_and_first_person(sample):
    (narrator,) = [e for e in sample.entities if e.is_narrator]
    assert narrator.name == "Lidia Orlova"
    assert sum(m.kind == "PRON" for m in narrator.mentions) > 30


def test_places_are_found(sample):
    places = {e.name for e in sample.entities if e.type in ("GPE", "LOC", "FAC")}
    assert {"Leningrad", "Kazan", "Moscow", "Berlin"} <= places
