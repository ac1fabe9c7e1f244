"""Three chapters written blind by separate sessions and held out for a whole round: scored on the
round's starting code when they arrived and once more on its final code, their errors not looked into
(tests/fixtures/memoir_sarkissian*: a first-person memoir in the manner of one translated from
Armenian, Constantinople and Aleppo 1919-22, guillemets and a letter over two paragraphs;
tests/fixtures/novel_fitzmaurice*: an Irish novel chapter, Dublin and Galway 1913-16, dialogue opened by
a dash with no quotation marks; tests/fixtures/novel_banerjee*: an Indian English novel chapter,
Calcutta 1942-43, a joint family whose kin words are names). These tests hold the final run's figures
(README) as a floor; the round after opened them, and what it mended is held here too."""
import pytest

from test_translated_chapters_end_to_end import assert_garble_joined, load, speakers_right

NAMES = ("memoir_sarkissian", "novel_fitzmaurice", "novel_banerjee")


@pytest.fixture(scope="module")
def chapters():
    return [load(name) for name in NAMES]


def found(doc, key):
    pos, n = 0, 0
    for gold in key["quotes"]:
        at = doc.text.find(gold["starts_with"], pos)
        pos = at + 1
        n += any(q.start <= at < q.end for q in doc.quotes)
    return n


def test_quotations_found_at_least_as_at_the_held_out_run(chapters):
    # found at the held-out run: 108 of 108, 98 of 104 and 119 of 120; since, a dash after narration
    # opening speech is read (99 of 104)
    for (doc, key), floor in zip(chapters, (108, 99, 119)):
        assert found(doc, key) >= floor


def test_speakers_at_least_as_at_the_held_out_run(chapters):
    # the round's final code: 67 of 108, 79 of 104 and 78 of 120 (its starting code: 67, 78 and 76)
    for (doc, key), floor in zip(chapters, (64, 76, 75)):
        assert speakers_right(doc, key) >= floor


def test_the_garbled_names_are_joined(chapters):
    # the Indian chapter's "Harijaran" (ch/j) since the round that opened them
    for doc, key in chapters:
        assert_garble_joined(doc, key)


def test_speakers_at_least_as_after_the_round_that_opened_them(chapters):
    # 77 of 108, 83 of 104 and 78 of 120 when this round ended; the Indian one 88 after the thirteenth
    # (a name that speaks is a person: Bishu)
    # the eighteenth round: the Indian one 93 (one who only hears a talk leads no quote of it); the
    # nineteenth: the Armenian 80 (narration after a quote that leads into the next is the next one's tag)
    for (doc, key), floor in zip(chapters, (80, 83, 93)):
        assert speakers_right(doc, key) >= floor


def test_the_memoirs_grandfather_priest_and_narrator_are_one_person_each(chapters):
    doc, _ = chapters[0]
    owner = {m.text: e for e in doc.entities for m in e.mentions if m.kind != "PRON"}
    grandfather = owner["Hagop Sarkissian"]     # "My grandfather Hagop Sarkissian", "whom we children called Medz-Hayrig"
    assert owner["Medz-Hayrig"] is grandfather and owner["Hagop Agha"] is grandfather
    assert any(m.text.lower() == "my grandfather" for m in grandfather.mentions)
    assert owner["the priest"] is owner["Der Nerses"]
    narrator = next(e for e in doc.entities if e.is_narrator)
    assert not {"Der Hayr", "Six", "Hagop Agha", "Vartig"} & {a.text for a in narrator.aliases}
