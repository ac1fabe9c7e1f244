"""Three chapters written blind this round by separate sessions, with their keys written before the
tool was run on them, scored when they arrived and then used to guide fixes: a first-person memoir in
the manner of a testimony translated from Yiddish (tests/fixtures/memoir_rosenblum*: Piaski and
Lublin 1938-40, a narrator looking back from old age, Yiddish pet names and kin words), a Victorian
English novel chapter (tests/fixtures/novel_hartwell*: inverted tags, a letter read aloud, a servant's
dialect) and an American hard-boiled first-person chapter (tests/fixtures/novel_mcbride*). Their
first-run scores are in the README; these tests hold what was fixed after."""
import pytest

from test_translated_chapters_end_to_end import assert_every_quotation_found, load, speakers_right


@pytest.fixture(scope="module")
def yiddish():
    return load("memoir_rosenblum")


@pytest.fixture(scope="module")
def victorian():
    return load("novel_hartwell")


@pytest.fixture(scope="module")
def american():
    return load("novel_mcbride")


def test_every_quotation_is_found(victorian, american):
    # (not the memoir's: its key's opening "Rosenblum," is found earlier, in narration, by its own locating)
    for doc, key in (victorian, american):
        assert_every_quotation_found(doc, key)


def test_speakers(yiddish, victorian, american):
    # first run: 67 of 115, 68 of 99 and 80 of 125; after the fixes: 76, 68 and 80
    assert speakers_right(*yiddish) >= 73
    assert speakers_right(*victorian) >= 65
    assert speakers_right(*american) >= 77


def test_the_memoirs_narrator_is_no_description_and_her_mother_is_named(yiddish):
    doc, _ = yiddish
    (narrator,) = [e for e in doc.entities if e.is_narrator]
    assert narrator.name != "an old woman" and "Rivkele" in {a.text for a in narrator.aliases}
    assert "Mame" not in {a.text for a in narrator.aliases}
    (mother,) = [e for e in doc.entities if "Sheyna Rosenblum" in {a.text for a in e.aliases}]
    assert "my mother" in {a.text for a in mother.aliases} and mother.gender == "she"


def test_the_memoirs_father_is_named_and_the_talk_he_is_called_in_stays_the_narrators(yiddish):
    # "my father" is Mendel Rosenblum though coreference put a quote's "our son" with him; and with the
    # father on stage, the Hauptmann's "And who are you?", said when "he turned to me", is answered by
    # the narrator, not by the father the talk called
    doc, key = yiddish
    (father,) = [e for e in doc.entities if "Mendel Rosenblum" in {a.text for a in e.aliases}]
    assert "my father" in {a.text.lower() for a in father.aliases}
    # 83 after the nineteenth (a tag leading into the next quote); 81 after the twentieth, which learns from
    # the text that Reb is a title, so the Rov's "Reb Mendel, there are worse things" calls the father, and
    # the talk's two parties become the two it calls (Moyshe and Mendel), not the Rov and Moishe
    assert speakers_right(doc, key) >= 81
