"""Three chapters written blind by separate sessions and held out for a whole round: scored on the
round's starting code when they arrived and once more on its final code, their errors not looked into
(tests/fixtures/novel_echeverria*: a third-person novel chapter in the manner of one translated from
Mexican Spanish, Oaxaca and Mexico City 1913-15, two surnames, Don and Doña, dialogue opened by a dash
with the narrator's words set off by dashes inside it; tests/fixtures/novel_vandermeer*: a third-person
novel chapter in the manner of one translated from Dutch, Amsterdam and Friesland in the winter of
1944-45, surnames with particles, Mevrouw, Oom and Tante; tests/fixtures/memoir_tavakoli*: a first-person
memoir in the manner of one translated from Persian, Tehran and a town near Isfahan 1951-53, Khanom,
Agha and Haj). Opened the round after: its fixes came from their errors, and these tests hold what
they reached as a floor."""
import pytest

from test_translated_chapters_end_to_end import assert_every_quotation_found, assert_garble_joined, load, speakers_right

NAMES = ("novel_echeverria", "novel_vandermeer", "memoir_tavakoli")


@pytest.fixture(scope="module")
def chapters():
    return [load(name) for name in NAMES]


def test_every_quotation_is_found(chapters):
    for doc, key in chapters:
        assert_every_quotation_found(doc, key)


def test_speakers_at_least_as_the_round_that_opened_them_left_them(chapters):
    # at arrival 77 of 125, 82 of 123 and 64 of 111; held out, on that round's final code 77, 82 and 60;
    # opened: Persian styles, Dutch and Spanish pet forms and titles, "the colonel and my father"
    # the eighteenth round: 90, 87 and 74; the twenty-first: the Dutch 93 (a Miss is no mother or wife,
    # and "her father" known as Willem's brother is Hendrik), the Mexican 91 (two surnames tell a wife); the
    # twenty-third: the Mexican 90 (after a question, Licenciado Cándara acting before the quote answers it
    # and the beat of the talk after him shifts by one); the twenty-fourth: the Persian 73 ("letters as tall as
    # my thumb" now puts the narrator in the scene, and she is taken for the other party of her mother's talk);
    # the twenty-fifth: the Mexican 89 (a quoted note ends the talk before it, so the brother who pinned the
    # note up is no longer the other party of his sister's talk after it; nine more right across the chapters)
    for (doc, key), floor in zip(chapters, (89, 93, 73)):
        assert speakers_right(doc, key) >= floor


def test_the_mexican_and_persian_garbled_names_are_joined(chapters):
    assert_garble_joined(*chapters[0])      # "Licenciado Cándara" of Gándara, the right spelling once a "place"
    assert_garble_joined(*chapters[2])


def test_the_persian_mother_is_one_woman_and_not_the_narrators_name(chapters):
    doc, _ = chapters[2]
    (mother,) = [e for e in doc.entities if any(m.text == "Fakhr-ol-Moluk" for m in e.mentions)]
    assert {"Fakhri", "Fakhri Khanom"} <= {m.text for m in mother.mentions} and not mother.is_narrator
