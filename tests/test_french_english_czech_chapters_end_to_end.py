"""The whole pipeline on three more chapters written blind for the tests by separate sessions, each with
its key written before the tool was run on it: a third-person chapter in the manner of a translated
French novel (tests/fixtures/novel_delorme*: Lyon and Mâcon 1846, «guillemets», Madame and Mademoiselle
of one family, a count with a particle in his name, a garbled notary), an English Victorian chapter
(tests/fixtures/novel_pemberton*: British single quotes, two brothers Pemberton, a widow and her
daughters, a Polish émigré's name misspelt, years written short) and a first-person memoir chapter in
the manner of one translated from Czech (tests/fixtures/memoir_dvorak*: Brno and Prague 1948-53, dash
dialogue that closes speech with a dash before its tag, a narrator named only in dialogue). Their
first-run scores are in the README; these tests hold what was fixed after."""
import pytest

from test_translated_chapters_end_to_end import (assert_every_quotation_found, assert_garble_joined, entities_of, load,
                                                speakers_right)


@pytest.fixture(scope="module")
def french():
    return load("novel_delorme")


@pytest.fixture(scope="module")
def english():
    return load("novel_pemberton")


@pytest.fixture(scope="module")
def czech():
    return load("memoir_dvorak")


def test_every_quotation_is_found(french, english, czech):
    for doc, key in (french, english, czech):
        assert_every_quotation_found(doc, key)


def test_speakers(french, english, czech):
    # first run: 55 of 102, 68 of 109 and 50 of 102; after the fixes: 75, 73 and 69; the Czech one 88
    # after the seventeenth round ("the man from the car" and Vlček one party of my interrogation); 87 after
    # the twentieth, whose calls found at the end to be the narrator's are answered by the narrator (five
    # quotations more over the chapters, one fewer here: the lieutenant's "We have a great deal of time, Dvořák")
    assert speakers_right(*french) >= 72
    assert speakers_right(*english) >= 70
    assert speakers_right(*czech) >= 87


def test_madame_and_mademoiselle_of_one_family_are_two_women_and_the_count_one_man(french):
    doc, key = french
    (mother,) = [e for e in entities_of(doc, key, "Adélaïde Delorme") if len(e.mentions) > 1]
    (daughter,) = [e for e in entities_of(doc, key, "Émilie Delorme") if len(e.mentions) > 1]
    assert "Madame Delorme" in {a.text for a in mother.aliases}
    assert "Mademoiselle Émilie" in {a.text for a in daughter.aliases}
    assert "her husband" in {a.text for a in entities_of(doc, key, "Étienne Delorme")[0].aliases}
    (father,) = [e for e in entities_of(doc, key, "Étienne Delorme") if len(e.mentions) > 1]
    assert {"Monsieur Delorme", "Monsieur Étienne Delorme"} <= {a.text for a in father.aliases}
    assert any({"Hector de Saint-Sorlin", "Monsieur de Saint-Sorlin"} <= {a.text for a in e.aliases}
               for e in doc.entities)


def test_a_village_is_no_person(french):
    doc, _ = french
    assert {e.type for e in doc.entities if e.name == "Prissé"} == {"GPE"}


def test_the_english_chapters_years_written_short_and_its_planted_contradiction(english):
    doc, _ = english
    values = {t.text: t.value for t in doc.times}
    assert values["the autumn of ’forty-nine"] == "1849-FA"
    found = [f.message for f in doc.findings if f.kind == "conflicting_fact"]
    assert any("death" in m and "1861" in m and "1863" in m for m in found)


def test_the_solicitor_and_the_servant_with_a_clause_are_the_named_people(english):
    doc, key = english
    (thomas,) = [e for e in entities_of(doc, key, "Thomas Pemberton") if len(e.mentions) > 1]
    assert "the solicitor" in {a.text for a in thomas.aliases}
    (hannah,) = [e for e in entities_of(doc, key, "Hannah Pring") if len(e.mentions) > 1]
    assert any(m.text.startswith("Hannah, who") for m in hannah.mentions)


def test_the_czech_memoirs_dash_dialogue_father_and_dates(czech):
    doc, key = czech
    tagged = next(q for q in doc.quotes if q.text.startswith("— Sit down, Dvořák"))
    assert tagged.text == "— Sit down, Dvořák,"
    (father,) = [e for e in doc.entities if {"Father", "my father"} <= {a.text for a in e.aliases}]
    assert father.gender == "he"
    values = {t.text: t.value for t in doc.times}
    assert values["the evening of the twenty-fifth of February 1948"] == "1948-02-25TEV"
    found = [f.message for f in doc.findings if f.kind == "conflicting_fact"]
    assert any("1951" in m and "1952" in m for m in found)


def test_each_chapters_garbled_name_joins_its_person_with_a_finding(french, english, czech):
    for doc, key in (french, english, czech):
        assert_garble_joined(doc, key)
