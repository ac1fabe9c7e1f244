"""The whole pipeline on three more chapters written blind for the tests by separate sessions, each with
its key written before the tool was run on it: a first-person memoir chapter in the manner of one
translated from Hungarian (tests/fixtures/memoir_szabo*: Budapest and a village near Szeged 1944-46,
straight double quotes, a narrator named only in dialogue and by pet names, a Soviet captain named by
rank, a garbled transliteration), a third-person chapter in the manner of an American novel of the
1870s (tests/fixtures/novel_whitcombe*: a widower, his daughters and son, a cousin, talks of three and
four around a table, people named by description) and a first-person novel chapter in the manner of one
translated from Spanish (tests/fixtures/novel_alcaraz*: Madrid and Valencia 1936-37, dialogue opened by
a dash with the narrator's words set off by dashes inside it, no year in the text before January 1937).
Their first-run scores are in the README; these tests hold what was fixed after."""
import pytest

from test_translated_chapters_end_to_end import assert_every_quotation_found, assert_garble_joined, load, speakers_right


@pytest.fixture(scope="module")
def hungarian():
    return load("memoir_szabo")


@pytest.fixture(scope="module")
def american():
    return load("novel_whitcombe")


@pytest.fixture(scope="module")
def spanish():
    return load("novel_alcaraz")


def test_every_quotation_is_found(hungarian, american, spanish):
    for doc, key in (hungarian, american, spanish):
        assert_every_quotation_found(doc, key)


def test_speakers(hungarian, american, spanish):
    # first run: 81 of 117, 84 of 111 and 41 of 118; after the fixes: 87, 86 and 73; the Spanish one 85
    # after the seventeenth round (the aunt's "Señora" is no apposition to the captain's title)
    assert speakers_right(*hungarian) >= 84
    assert speakers_right(*american) >= 83
    # 86 after the eighteenth round, 87 after the nineteenth; 85 after the twenty-eighth's sentence opened by a
    # paragraph of narration (+12 over the chapters; here a "she said" the parse now gives coreference otherwise)
    assert speakers_right(*spanish) >= 85


def test_the_spanish_chapters_dashes_tags_narrator_and_year(spanish):
    doc, _ = spanish
    names = {e.id: e.name for e in doc.entities}
    first = next(q for q in doc.quotes if q.text.startswith("—Take it away"))
    mother = next(e for e in doc.entities if e.id == first.speaker)
    assert first.text == "—Take it away" and {"my mother", "Doña Pilar"} <= {a.text for a in mother.aliases}
    assert next(q for q in doc.quotes if q.text.startswith("No, leave it")).speaker == first.speaker
    (narrator,) = [e for e in doc.entities if e.is_narrator]
    assert narrator.name == "Mercedes Alcaraz" and "Merche" in {a.text for a in narrator.aliases}
    (father,) = [e for e in doc.entities if "Papá" in {a.text for a in e.aliases}]
    assert "my father" in {a.text for a in father.aliases}
    values = {t.text: t.value for t in doc.times}
    assert values["the nineteenth of July"] == "1936-07-19"
    assert values["the fourteenth of April of 1931"] == "1931-04-14"
    found = [f.message for f in doc.findings if f.kind == "conflicting_fact"]
    assert any("1914" in m for m in found)


def test_the_hungarian_memoirs_narrator_and_the_years_it_turns(hungarian):
    doc, _ = hungarian
    (narrator,) = [e for e in doc.entities if e.is_narrator]
    assert {"Peti", "Petike", "Péter"} <= {a.text for a in narrator.aliases}
    values = {t.text: t.value for t in doc.times}
    assert values["the twenty-ninth of December"] == "1944-12-29"
    assert values["the eighteenth of January"] == "1945-01-18"
    assert values["the thirteenth of February"] == "1945-02-13"


def test_the_american_chapters_dates(american):
    doc, _ = american
    values = {t.text: t.value for t in doc.times}
    assert values["the last Tuesday of September, 1874"] == "1874-09-29"
    assert values["at Easter"] == "1874-04-05"
    assert values["the first of October"] == values["Thursday morning"][:10] == "1874-10-01"
    minister = next(e for e in doc.entities if any(m.text.startswith("The minister, who") for m in e.mentions))
    assert "the minister" in {a.text.lower() for a in minister.aliases}


def test_each_chapters_garbled_name_joins_its_person_with_a_finding(hungarian, american, spanish):
    for doc, key in (hungarian, american, spanish):
        assert_garble_joined(doc, key)
