"""Scenes: cut where the chapter, the time or the place changes; each with place, time and people."""
from __future__ import annotations

import json
from pathlib import Path

from personae.schema import validation_errors
from personae.store import Store

MEMOIR = (Path(__file__).parent.parent / "fixtures" / "memoir_orlov.txt").read_text("utf-8")


def scene_at(doc, phrase: str):
    offset = doc.text.index(phrase)
    return next(s for s in doc.scenes if s.start <= offset < s.end)


def entity_named(doc, name: str):
    return next(e for e in doc.entities if e.name == name)


def test_a_paragraph_opening_with_a_new_time_starts_a_scene(analyse):
    doc = analyse(MEMOIR)
    wedding = scene_at(doc, "Vera married Mikhail Orlov")
    assert wedding.start == doc.text.index("Vera married Mikhail Orlov")
    assert wedding.value == "1938-03-12"
    assert {t.id: t.text for t in doc.times}[wedding.time] == "12 March 1938"
    later = scene_at(doc, "Two weeks later Vera came")
    assert later is not wedding and later.value == "1938-03-27"


def test_a_paragraph_without_a_new_time_or_place_continues_the_scene(analyse):
    doc = analyse(MEMOIR)
    assert scene_at(doc, "Lidia Kuznetsova, Vera's friend") is scene_at(doc, "Vera married Mikhail Orlov")


def test_a_move_to_a_new_place_starts_a_scene_there(analyse):
    doc = analyse("I lived in Kiev with my mother.\n\nWe moved to Leningrad and found two rooms.\n\n"
                  "Nobody spoke to us there.")
    assert len(doc.scenes) == 2
    assert doc.entity(doc.scenes[1].place).name == "Leningrad"


def test_scene_place_time_and_people(analyse):
    doc = analyse(MEMOIR)
    assert doc.entity(scene_at(doc, "We moved to Leningrad").place).name == "Leningrad"
    meeting = scene_at(doc, "On the evening of 14 June 1939")
    assert meeting.value == "1939-06-14TEV"
    narrator = next(e for e in doc.entities if e.is_narrator)
    assert narrator.id in meeting.people
    assert entity_named(doc, "Andrei Orlov").id in meeting.people


def test_a_scene_naming_no_place_keeps_the_last_one(analyse):
    doc = analyse("In 1936 we lived in Kiev with my mother.\n\nIn 1937 nothing happened to us at all.")
    assert len(doc.scenes) == 2 and doc.scenes[1].value == "1937"
    assert doc.entity(doc.scenes[1].place).name == "Kiev"
    memoir = analyse(MEMOIR)
    assert scene_at(memoir, "Two weeks later Vera came").place == scene_at(memoir, "Vera married Mikhail").place


def test_scenes_tile_the_text_and_validate(analyse):
    doc = analyse(MEMOIR)
    assert doc.scenes[0].start == 0
    for before, after in zip(doc.scenes, doc.scenes[1:]):
        assert before.end <= after.start and doc.text[before.end:after.start].strip() == ""
    assert validation_errors(doc.to_dict()) == []


def test_scenes_and_typed_times_reach_the_store(analyse, tmp_path):
    doc = analyse(MEMOIR)
    with Store(tmp_path / "s.db") as store:
        store.save(doc)
        rows = store.conn.execute("SELECT id, place, value, people FROM scenes ORDER BY start").fetchall()
        assert [r["id"] for r in rows] == [s.id for s in doc.scenes]
        assert json.loads(rows[0]["people"]) == doc.scenes[0].people
        types = {r["type"] for r in store.conn.execute("SELECT type FROM times")}
        assert {"DATE", "TIME", "DURATION", "AGE"} <= types
        back = store.load(doc.id)
    assert back.scenes == doc.scenes and back.times == doc.times and back.relations == doc.relations


def test_a_place_in_a_quotation_or_as_a_destination_is_not_the_scenes_place(analyse):
    doc = analyse("In 1950 we lived in Brno with our mother.\n\n"
                  "In 1952 Karel was transferred to the ironworks in Ostrava. “A man can weld in Ostrava,” "
                  "he said. There was a flat in Ostrava to be found.\n\n"
                  "In 1953 we went to the station to see him off. Irena said she would settle in Ostrava.")
    assert [doc.entity(s.place).name for s in doc.scenes] == ["Brno", "Brno", "Brno"]


def test_a_place_is_not_carried_into_a_new_chapter(analyse):
    doc = analyse("Chapter One\n\nIn 1950 we lived in Brno with our mother.\n\n"
                  "Chapter Two\n\nIn 1960 nothing happened to us at all.")
    assert len(doc.scenes) == 2 and doc.scenes[1].place is None


def test_a_sentence_opening_with_a_full_date_starts_a_scene(analyse):
    # regression: the 3 November scene was dated by the summer its paragraph opens with
    doc = analyse("In 1952 we lived in Brno.\n\nIn the summer the shop got a new crane, and in the autumn "
                  "a new foreman. On 3 November 1952 Karel was told to go. “At least it is not a prison,” "
                  "Karel said.")
    assert [s.value for s in doc.scenes] == ["1952", "1952-SU", "1952-11-03"]
    assert scene_at(doc, "At least").start == doc.text.index("On 3 November")


def test_a_birth_year_does_not_start_or_date_a_scene(analyse):
    doc = analyse("In the spring of 1953 Tomáš married Hana in Brno.\n\n"
                  "My brother, who was born in 1924, was the oldest bridegroom on our street.")
    assert len(doc.scenes) == 1 and doc.scenes[0].value == "1953-SP"


def test_regression_a_school_named_in_passing_is_not_the_setting(analyse):
    # regression: every scene of a chapter was placed at Winchester, where two men went to school
    doc = analyse("The Ashfords of Hollins Cross sat in the drawing-room that evening. Colonel Fairbairn had "
                  "been their father’s friend since the two men were boys together at Winchester.\n\n"
                  "The next day Kitty wept.")
    assert [doc.entity(s.place).name for s in doc.scenes] == ["Hollins Cross"]
    doc = analyse("On 2 May 1850 Kitty and Eleanor sat at Hollins Cross with their father. They had been at "
                  "school together at Winchester.\n\nOn 3 May 1850 Kitty wept.")
    assert [doc.entity(s.place).name for s in doc.scenes] == ["Hollins Cross", "Hollins Cross"]


def test_a_house_the_recogniser_calls_an_organisation_can_be_the_setting(analyse):
    doc = analyse("On 2 May 1850 the sisters returned to Hollins Cross. Nothing was changed.\n\n"
                  "The next day Kitty wept.")
    assert entity_named(doc, "Hollins Cross").type == "ORG"
    assert [doc.entity(s.place).name for s in doc.scenes] == ["Hollins Cross", "Hollins Cross"]


def place_names(doc):
    return [doc.entity(s.place).name if s.place else None for s in doc.scenes]


def test_regression_a_title_range_does_not_date_the_first_scene(analyse):
    # regression: the chapter's first scene was dated 1905 from "The Grünbaums of Lindenfeld, 1905–1949"
    doc = analyse("Chapter Four: The Grünbaums of Lindenfeld, 1905–1949\n\nMoritz was a dealer. In 1894 Moritz "
                  "married Johanna in Lindenfeld.")
    assert [s.value for s in doc.scenes] == ["1894"]


def test_regression_a_memory_told_in_an_interview_is_a_scene_of_its_own_time_not_the_interviews(analyse):
    # regression: the pogrom night told in a 1996 interview in New York was a scene at "1996, New York"
    doc = analyse("On 9 November 1938 the synagogue burned in Lindenfeld.\n\nInterviewed in New York in 1996, "
                  "Morris Gruenbaum remembered that night differently. \"I was thirteen. They came at four.\"")
    memory = scene_at(doc, "Interviewed")
    assert memory.value == "1938-11-09TNI"
    assert doc.entity(memory.place).name == "Lindenfeld"


def test_a_sentence_opening_with_a_date_starts_a_scene_once_the_scene_is_dated(analyse):
    doc = analyse("In 1938 we lived in Lindenfeld. The shop was closed. In July 1939 Lotte left for England.\n\n"
                  "The house was quiet. In 1946 she came back.")
    assert [s.value for s in doc.scenes] == ["1938", "1939-07", "1946"]
    assert [s.start for s in doc.scenes] == [0, doc.text.index("In July"), doc.text.index("In 1946")]


def test_a_paragraph_set_in_a_new_named_place_starts_a_scene(analyse):
    doc = analyse("In 1941 the family lived in Lindenfeld.\n\nIn New York the family rebuilt a modest life.")
    assert place_names(doc) == ["Lindenfeld", "New York"]


def test_regression_a_place_named_after_the_narration_moves_on_is_not_the_scenes_place(analyse):
    # regression: "issued in Stuttgart in January 1940" made Stuttgart the place of a July 1939 scene and of
    # the scenes of 1940-1942 after it
    doc = analyse("In 1938 we lived in Lindenfeld.\n\nIn July 1939 the children were frightened. The visas were "
                  "issued in Stuttgart in January 1940.\n\nIn 1941 the Feldmanns were watched.")
    assert place_names(doc) == ["Lindenfeld", "Lindenfeld", "Lindenfeld"]


def test_regression_where_someone_is_interned_is_not_the_scenes_place(analyse):
    # regression: the scene of the mayor's removal was placed at Hammelburg, where he was interned
    doc = analyse("In 1938 we lived in Lindenfeld.\n\nIn May 1945 Georg Kessler was removed from office and "
                  "interned at Hammelburg.")
    assert place_names(doc) == ["Lindenfeld", "Lindenfeld"]
