"""Linking document persons into corpus persons, and series order, without spaCy."""
from __future__ import annotations

import pytest

from personae.corpus.cast import CorpusEntity, link_entities, series_number


def person(doc, eid, name, gender="unknown", n=3, aliases=None, partners=()):
    return CorpusEntity(doc, eid, name, gender, n, aliases or [(name, n, False)], set(partners))


def groups(entities):
    return sorted(sorted(f"{e.doc_id}:{e.name}" for e in p.entities) for p in link_entities(entities))


def test_full_name_surname_and_nickname_are_one_person():
    found = groups([person("d1", "E1", "Nikolai Petrov", aliases=[("Nikolai Petrov", 3, False), ("Kolya", 1, False)]),
                    person("d2", "E1", "Petrov"), person("d3", "E1", "Kolya")])
    assert found == [["d1:Nikolai Petrov", "d2:Petrov", "d3:Kolya"]]


def test_garbled_spelling_in_another_chapter_is_a_variant():
    persons = link_entities([person("d1", "E1", "Nikolai Petrov", n=9), person("d2", "E1", "Nikolai Petrov", n=5),
                             person("d3", "E4", "Nigolai Betrov", n=1)])
    assert len(persons) == 1
    _, variants = persons[0].spellings()
    assert persons[0].name == "Nikolai Petrov"
    assert variants == {"Nigolai Betrov"}


def test_different_first_names_stay_apart():
    assert len(groups([person("d1", "E1", "Nikolai Petrov"), person("d2", "E1", "Boris Petrov")])) == 2


def test_two_entities_of_one_document_stay_apart():
    # The document's aliases stage kept them apart (a father and son, say); the corpus keeps that.
    assert len(groups([person("d1", "E1", "John Smith"), person("d1", "E2", "Smith")])) == 2


def test_gender_conflict_keeps_persons_apart():
    assert len(groups([person("d1", "E1", "Sasha Ivanov", "he"), person("d2", "E1", "Sasha Ivanov", "she")])) == 2


def test_shared_relation_decides_between_two_fitting_persons():
    entities = [person("d1", "E1", "John Smith", n=9), person("d1", "E2", "Jane Smith", n=9),
                person("d2", "E1", "Smith", n=1, partners={("spouse_of", "mary")}),
                person("d3", "E1", "Jane Smith", n=2, partners={("spouse_of", "mary")})]
    found = groups(entities)
    assert ["d1:Jane Smith", "d2:Smith", "d3:Jane Smith"] in found


@pytest.mark.parametrize("names, number", [
    (("Chapter 109", "x"), 109), ((None, "chapter_012"), 12), (("Book XII", None), 12),
    ((None, "ch-7"), 7), ((None, "003_the_return"), 3), (("The Idiot", "idiot"), None)])
def test_series_number(names, number):
    assert series_number(*names) == number


def test_the_corpus_cast_reads_names_without_loading_spacy():
    # `personae read --jobs 2` builds the cast in the main process once the workers are done: loading spaCy
    # there only for that would be half a second more of the run that no second core shortens
    import subprocess
    import sys
    probe = "import sys, personae.corpus, personae.corpus.cast; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
