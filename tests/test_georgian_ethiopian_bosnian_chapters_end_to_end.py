"""Three chapters written blind by separate sessions and held out for a whole round: scored on the
round's starting code when they arrived and once more on its final code, their errors not looked into
(tests/fixtures/memoir_gelashvili*: a first-person memoir in the manner of one translated from Georgian,
Tbilisi in the winter of 1991-92; tests/fixtures/novel_tesfaye*: a third-person novel chapter in the
manner of one translated from Amharic, Addis Ababa 1974, people named by a given name and the father's;
tests/fixtures/history_hadzic*: a chapter of a narrative history of one apartment building in Sarajevo
under siege, 1992-94, from testimonies, diaries and letters). These tests hold the final run's figures
(README) as a floor; a later round opens them."""
import pytest

from test_translated_chapters_end_to_end import assert_every_quotation_found, assert_garble_joined, load, speakers_right

NAMES = ("memoir_gelashvili", "novel_tesfaye", "history_hadzic")


@pytest.fixture(scope="module")
def chapters():
    return [load(name) for name in NAMES]


def test_every_quotation_is_found(chapters):
    for doc, key in chapters:
        assert_every_quotation_found(doc, key)


def test_speakers_at_least_as_after_the_round_that_opened_them(chapters):
    # held out: 45 of 100, 71 of 123 and 60 of 90, at arrival and on that round's final code alike;
    # opened: the Georgian mother is "deda" and Kalbatono Manana is Manana, the Ethiopian father's given
    # name is his, and Georgian, Amharic and Bosnian pet names (Dato, Almi, Fata) are known (63, 96, 61);
    # the seventeenth round: Batono before a surname, Papa Dato; a name taken for a noun (66, 96, 64)
    # the eighteenth round gave the other party of a talk to whoever else acts before it: the Ethiopian 96 -> 95
    # and the Georgian 67; the twentieth made "the engineer" Dragan Marković (“Dragan Marković, an engineer
    # with the city waterworks,”), so his own “Marković, Teta Mira. With a k” reads as a call of him: 64 -> 63
    for (doc, key), floor in zip(chapters, (67, 95, 63)):
        assert speakers_right(doc, key) >= floor


def test_the_garbled_names_are_joined(chapters):
    # the Georgian "Batono Peridze" since the seventeenth round: Batono leads a surname too
    assert_garble_joined(*chapters[0])
    assert_garble_joined(*chapters[1])
    # held out, "Mr Margović" was a person of its own beside Dragan Marković: a recognised
    # "Mr Marković about Leningrad" had made "Marković" someone's given name
    assert_garble_joined(*chapters[2])


def test_the_georgian_mother_is_one_woman_with_the_name_she_is_called(chapters):
    doc, _ = chapters[0]
    (mother,) = [e for e in doc.entities if any(a.text == "my mother" for a in e.aliases)]
    assert {"Deda", "deda"} <= {a.text for a in mother.aliases}
    assert mother.gender == "she"      # "deda" had taken "him" pronouns before it was known to be her


def test_georgian_styles_go_with_the_given_name(chapters):
    doc, _ = chapters[0]
    (manana,) = [e for e in doc.entities if any(a.text == "Manana Beridze" for a in e.aliases)]
    assert {"Kalbatono Manana", "Bebia Manana", "Manana"} <= {a.text for a in manana.aliases}


def test_the_ethiopian_father_and_son_keep_their_own_names(chapters):
    doc, _ = chapters[1]
    (father,) = [e for e in doc.entities if e.name == "Tesfaye Gebre-Medhin"]
    (son,) = [e for e in doc.entities if e.name == "Dawit Tesfaye"]
    assert {"Tesfaye", "Ato Tesfaye"} <= {a.text for a in father.aliases}
    assert "Tesfaye" not in {a.text for a in son.aliases}


def test_the_bosnian_register_names_go_to_their_own_people(chapters):
    # "Hadzic, Hasan." and "Margović, Dragan." as the flour list reads them
    doc, _ = chapters[2]
    (hasan,) = [e for e in doc.entities if any(a.text == "Hadzic" for a in e.aliases)]
    assert hasan.name == "Hasan Hadžić"


def test_the_bosnian_aunts_are_called_teta_with_their_given_names(chapters):
    doc, _ = chapters[2]
    (fatima,) = [e for e in doc.entities if any(a.text == "Teta Fata" for a in e.aliases)]
    assert "Fatima" in {a.text for a in fatima.aliases}
    (mirsada,) = [e for e in doc.entities if any(a.text == "Teta Mira" for a in e.aliases)]
    assert mirsada.name == "Mirsada Kovačević"
