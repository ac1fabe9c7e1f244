"""The whole pipeline on two more chapters written blind for the tests by separate sessions, each with
its key written before the tool was run on it: a first-person memoir chapter in the manner of one
translated from German (tests/fixtures/memoir_hartmann*: Breslau and Dresden 1938-1946, a narrator
named only in dialogue, German pet names and titles, a garbled umlaut, a planted contradiction of
place) and a third-person chapter in the manner of a translated Italian novel
(tests/fixtures/novel_marchetti*: Trieste 1882, old and young Marchetti, Italian forms of address and
pet names, a garbled surname, a planted age/birth contradiction). Their first-run scores are in the
README; these tests hold what was fixed after."""
import pytest

from test_translated_chapters_end_to_end import entities_of, load, speakers_right


@pytest.fixture(scope="module")
def memoir():
    return load("memoir_hartmann")


@pytest.fixture(scope="module")
def novel():
    return load("novel_marchetti")


def test_speakers(memoir, novel):
    # first run: 85 of 110 and 82 of 118; after the fixes: 90 and 90
    assert speakers_right(*memoir) >= 87
    assert speakers_right(*novel) >= 87


@pytest.mark.parametrize("canonical", ["Wilhelm Hartmann", "Margarete Hartmann", "Johannes Hartmann",
                                       "Friedrich Scholz", "Max Rosenthal", "Otto Kühnel"])
def test_each_person_of_the_memoir_is_one_named_entity(memoir, canonical):
    doc, key = memoir
    names = [e.name for e in entities_of(doc, key, canonical) if len(e.mentions) > 1]
    assert len(names) == 1, names


def test_the_memoirs_narrator_titles_and_pet_names(memoir):
    doc, key = memoir
    (narrator,) = [e for e in doc.entities if e.is_narrator]
    assert narrator.name == "Katharina" and {"Käthe", "Käthchen"} <= {a.text for a in narrator.aliases}
    (father,) = [e for e in entities_of(doc, key, "Wilhelm Hartmann") if len(e.mentions) > 1]
    assert {"Willi", "Herr Apotheker", "my father"} <= {a.text for a in father.aliases}
    (doctor,) = [e for e in entities_of(doc, key, "Max Rosenthal") if len(e.mentions) > 1]
    assert {"Doktor Rosenthal", "the doctor"} <= {a.text for a in doctor.aliases}
    (kuehnel,) = [e for e in entities_of(doc, key, "Otto Kühnel") if e.name == "Otto Kühnel"]
    assert any(a.variant and "Kuhnnel" in a.text for a in kuehnel.aliases)


def test_the_memoirs_planted_contradiction_of_place_is_reported(memoir):
    doc, _ = memoir
    found = [f for f in doc.findings if f.kind == "conflicting_fact" and "sacristy" in f.message]
    assert found and "waiting room" in found[0].message


def test_old_and_young_marchetti_are_two_men_and_the_daughter_keeps_her_pet_name(novel):
    doc, key = novel
    (father,) = [e for e in entities_of(doc, key, "Giuseppe Marchetti") if len(e.mentions) > 1]
    assert {"Beppe", "old Marchetti", "Signor Giuseppe"} <= {a.text for a in father.aliases}
    assert "young Marchetti" not in {a.text for a in father.aliases}
    (caterina,) = [e for e in entities_of(doc, key, "Caterina Marchetti") if len(e.mentions) > 1]
    assert "Nina" in {a.text for a in caterina.aliases}
    assert not {"old Marchetti", "young Marchetti"} & {a.text for a in caterina.aliases}
    (antonio,) = [e for e in entities_of(doc, key, "Antonio") if len(e.mentions) > 1] or \
        [e for e in doc.entities if {"Antonio", "Tonio"} <= {a.text for a in e.aliases}]
    assert "Signor Antonio" in {a.text for a in antonio.aliases}


def test_the_novels_planted_age_and_birth_contradiction_is_reported(novel):
    doc, key = novel
    (caterina,) = [e for e in entities_of(doc, key, "Caterina Marchetti") if len(e.mentions) > 1]
    found = [f for f in doc.findings if f.kind == "conflicting_fact" and caterina.id in f.entities]
    assert found and "1859" in found[0].message and "1862" in found[0].message
