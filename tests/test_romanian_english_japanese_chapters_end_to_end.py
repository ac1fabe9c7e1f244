"""The whole pipeline on three more chapters written blind for the tests by separate sessions, each with
its key written before the tool was run on it: a first-person memoir chapter in the manner of one
translated from Romanian (tests/fixtures/memoir_constantinescu*: Bucharest and a Moldavian town
1946-48, speech in «guillemets», a narrator named only by others, a letter spanning paragraphs, a
telegram, a garbled surname), a third-person chapter in the manner of an English novel of 1953
(tests/fixtures/novel_ashcombe*: British single quotes, a boarding-house family sharing a surname, a
major and a vicar by title, backstory years) and a first-person present-tense chapter in the manner of
a Japanese novel in translation (tests/fixtures/novel_okamura*: honorific suffixes, family-name-first
forms, a teacher called Sensei). Their first-run scores are in the README; these tests hold what was
fixed after."""
import pytest

from test_translated_chapters_end_to_end import assert_every_quotation_found, assert_garble_joined, load, speakers_right


@pytest.fixture(scope="module")
def romanian():
    return load("memoir_constantinescu")


@pytest.fixture(scope="module")
def english():
    return load("novel_ashcombe")


@pytest.fixture(scope="module")
def japanese():
    return load("novel_okamura")


def test_every_quotation_is_found(romanian, japanese):
    # (not the English chapter's: two of its key's openings, "Judith." and "So it has come,", are found
    # earlier in the text, in narration, by the key's own locating)
    for doc, key in (romanian, japanese):
        assert_every_quotation_found(doc, key)


def test_speakers(romanian, english, japanese):
    # first run: 79 of 109, 67 of 121 and 78 of 121; after the fixes: 81, 87 and 88; the English one 99
    # after the thirteenth round (her mother is the one Mrs Ashcombe); the Romanian one 86 after the seventeenth,
    # 85 after the eighteenth (the secretary a title calls is no longer Bârzu's turn by chance)
    assert speakers_right(*romanian) >= 85
    assert speakers_right(*english) >= 110      # 110 after the eighteenth (the other party of a talk)
    assert speakers_right(*japanese) >= 84


def test_the_romanian_memoirs_letter_and_telegram_are_their_writers(romanian):
    doc, _ = romanian
    names = {e.id: e.name for e in doc.entities}
    letter = next(q for q in doc.quotes if q.text.lstrip("«").startswith("Dear Maria"))
    telegram = next(q for q in doc.quotes if "FATHER GRAVELY ILL" in q.text)
    assert (letter.kind, names[letter.speaker]) == ("written", "Aunt Elena")
    assert (telegram.kind, names[telegram.speaker]) == ("written", "Sorin")


def test_the_one_a_quote_calls_by_a_kin_word_alone_is_told_by_the_turns(romanian):
    # “I'm here, Tată.” calls the dying uncle by a kin word no name joins: the answer is his, by the turns
    doc, _ = romanian
    names = {e.id: e.name for e in doc.entities}
    answer = next(q for q in doc.quotes if q.text.lstrip("«").startswith("Good. Both of you."))
    assert names[answer.speaker] == "Grigore Constantinescu"


def test_the_english_chapters_dates_take_the_storys_year_not_the_backstorys(english):
    doc, _ = english
    values = {t.text: t.value for t in doc.times}
    assert values["at Whitsun"].startswith("1953")
    assert values["the second of June"] == "1953-06-02"
    (edith,) = [e for e in doc.entities if "Judith Ashcombe" in {a.text for a in e.aliases}]
    assert edith.gender == "she"


def test_the_japanese_chapters_suffixed_names_are_people_with_their_titles(japanese):
    doc, _ = japanese
    (narrator,) = [e for e in doc.entities if e.is_narrator]
    assert narrator.name == "Yoko"
    (yumi,) = [e for e in doc.entities if "Yumi-chan" in {a.text for a in e.aliases}]
    assert yumi.name == "Yumi" and "Yumi" in {a.text for a in yumi.aliases}
    assert not [e for e in doc.entities if e.type == "PER" and e.name == "san"]
    (shikoku,) = [e for e in doc.entities if e.name == "Shikoku"]       # "The line from Shikoku": a place
    assert not [m for m in shikoku.mentions if m.kind == "PRON"]


def test_each_chapters_garbled_name_joins_its_person_with_a_finding(romanian, english):
    for doc, key in (romanian, english):
        assert_garble_joined(doc, key)
