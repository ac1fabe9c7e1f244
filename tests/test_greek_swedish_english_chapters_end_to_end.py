"""The whole pipeline on three more chapters written blind for the tests by separate sessions, each with
its key written before the tool was run on it: a first-person memoir chapter in the manner of one
translated from Greek (tests/fixtures/memoir_kazantzis*: Thessaloniki and a Chalkidiki village 1941-44,
a narrator named only in others' speech and a document, a priest by title, a German officer by rank, a
garbled surname), a third-person chapter in the manner of a translated Swedish novel of 1893
(tests/fixtures/novel_lindqvist*: speech opened by a dash with no closing mark, tags after a comma,
pet names, a telegram) and a third-person chapter in the manner of an English detective novel of 1926
(tests/fixtures/novel_ravensworth*: an inspector's interviews, a household sharing a surname, clock
times, a note). Their first-run scores are in the README; these tests hold what was fixed after."""
import pytest

from test_translated_chapters_end_to_end import assert_every_quotation_found, assert_garble_joined, load, speakers_right


@pytest.fixture(scope="module")
def greek():
    return load("memoir_kazantzis")


@pytest.fixture(scope="module")
def swedish():
    return load("novel_lindqvist")


@pytest.fixture(scope="module")
def english():
    return load("novel_ravensworth")


def test_every_quotation_is_found(greek, swedish, english):
    for doc, key in (greek, swedish, english):
        assert_every_quotation_found(doc, key)


def test_speakers(greek, swedish, english):
    # first run: 67 of 117, 87 of 128 and 75 of 120; after the fixes: 77, 100 and 79; the sixteenth
    # round: the grandfather's own talk (84) and the Inspector, called so, asking his questions (89); the
    # seventeenth: "a thin man in spectacles" and Isaac Saltiel one party of a talk with me (87)
    # the eighteenth: the Greek Kyra-Despina (91), the other party of a talk (the Swedish 105, the English 93);
    # the nineteenth: a paragraph opening with a move in time ends a talk (the Greek 93); the twentieth: a call
    # found at the end to be the narrator's is answered by the narrator (one fewer here, "Better company than
    # you, papa": the Greek 92); the twenty-third: a name the narrator calls another by is not hers, and
    # "Kostaras", which had been, calls the priest again in the Hauptmann's questions, whose beat of two then
    # runs between him and the priest (89)
    assert speakers_right(*greek) >= 89
    # (the twenty-eighth: a paragraph of narration opens a sentence, +12 over the chapters, the Swedish 104)
    assert speakers_right(*swedish) >= 104
    assert speakers_right(*english) >= 93


def test_the_greek_memoirs_narrator_and_the_years_its_months_fall_in(greek):
    doc, _ = greek
    (narrator,) = [e for e in doc.entities if e.is_narrator]
    assert {"Eleni", "Lenio"} <= {a.text for a in narrator.aliases}
    assert not {"Kyra-Despina", "Kostaras"} & {a.text for a in narrator.aliases}
    values = {t.text: t.value for t in doc.times}
    assert values["In February"] == "1943-02"
    assert values["the twenty-fifth of February"] == "1943-02-25"


def test_the_swedish_chapters_aunt_is_one_woman_and_a_thought_goes_on_after_its_tag(swedish):
    doc, _ = swedish
    (aunt,) = [e for e in doc.entities if "Augusta Berg" in {a.text for a in e.aliases}]
    assert {"Mrs. Berg", "Aunt Gusta", "Augusta"} <= {a.text for a in aunt.aliases}
    after = next(q for q in doc.quotes if q.text.startswith("She has decided the day"))
    assert after.kind == "thought"
    values = {t.text: t.value for t in doc.times}
    assert values["at a quarter past nine"] == "1893-10-11T21:15"


def test_the_english_chapters_clock_times_and_the_son_called_mr(english):
    doc, _ = english
    values = {t.text: t.value for t in doc.times}
    assert values["two o'clock on the afternoon"] == "1926-10-12T14:00"
    assert values["at half-past eleven last night"] == "1926-10-11T23:30"
    (hugh,) = [e for e in doc.entities if "Hugh Ravensworth" in {a.text for a in e.aliases}]
    assert "Mr. Ravensworth" in {a.text for a in hugh.aliases}


def test_each_chapters_garbled_name_joins_its_person_with_a_finding(greek, swedish, english):
    for doc, key in (greek, swedish, english):
        assert_garble_joined(doc, key)
