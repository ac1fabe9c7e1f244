"""Events: participants, place and time of the event triggers the tagger marks.

The triggers are set by hand on a parsed document, as the LitBank tagger would set them.
"""
from __future__ import annotations

from spacy.tokens import Span

from personae.schema import validation_errors
from personae.stages.events import find_events


def with_triggers(doc, *words):
    """Mark the first token of each word as an EVENT trigger, then run the stage."""
    tokens = {t.text: t.i for t in reversed(list(doc.parse))}
    doc.parse.spans["events"] = [Span(doc.parse, tokens[w], tokens[w] + 1, label="EVENT") for w in words]
    return find_events(doc)


def names(doc, event):
    return {(doc.entity(p.entity).name, p.role) for p in event.participants}


def test_agent_patient_and_recipient_come_from_the_parse(analyse):
    doc = with_triggers(analyse("In Moscow, on 3 May 1937, Nikolai Petrov gave Anna Sergeyeva a letter. "
                                "Later Boris Kuznetsov arrested Nikolai Petrov."), "gave", "arrested")
    gave, arrested = doc.events
    assert ("Nikolai Petrov", "agent") in names(doc, gave)
    assert ("Anna Sergeyeva", "recipient") in names(doc, gave)
    assert names(doc, arrested) == {("Boris Kuznetsov", "agent"), ("Nikolai Petrov", "patient")}
    assert gave.sentence == 0 and arrested.sentence == 1
    assert doc.entity(gave.place).name == "Moscow"
    assert {t.id: t.value for t in doc.times}[gave.time] == "1937-05-03"
    assert arrested.time == gave.time            # no date in its sentence: the latest one before it
    assert validation_errors(doc.to_dict()) == []


def test_a_to_object_naming_a_person_is_the_recipient(analyse):
    doc = with_triggers(analyse("Nikolai Petrov gave a letter to Anna Sergeyeva at the station."), "gave")
    assert names(doc, doc.events[0]) == {("Nikolai Petrov", "agent"), ("Anna Sergeyeva", "recipient")}


def test_the_passive_subject_is_the_patient_and_the_by_phrase_the_agent(analyse):
    doc = with_triggers(analyse("In 1938 Mikhail Orlov was arrested by Sergei Kessler."), "arrested")
    assert names(doc, doc.events[0]) == {("Mikhail Orlov", "patient"), ("Sergei Kessler", "agent")}


def test_a_place_named_with_the_trigger_wins_over_the_scenes(analyse):
    doc = with_triggers(analyse("We lived in Leningrad. Mikhail Orlov died near Kotlas in 1941."), "died")
    assert doc.entity(doc.events[0].place).name == "Kotlas"


def test_no_triggers_no_events(analyse):
    doc = analyse("Nikolai Petrov walked to the station in 1937.")
    doc.parse.spans["events"] = []
    assert find_events(doc).events == []


def time_of(doc, event):
    return {t.id: t.value for t in doc.times}.get(event.time)


def test_a_birth_year_dates_only_its_own_clause(analyse):
    # regression: the events after "Tomáš was born in 1926" and "who was born in 1924" took those years
    doc = with_triggers(analyse("In 1952 Tomáš Hájek lived in Brno. Tomáš Hájek was born in 1926. He worked "
                                "at the works. My brother, who was born in 1924, laughed."),
                        "born", "worked", "laughed")
    born, worked, laughed = doc.events
    assert (time_of(doc, born), time_of(doc, worked), time_of(doc, laughed)) == ("1926", "1952", "1952")


def test_a_date_in_a_quotation_dates_only_events_in_that_quotation(analyse):
    # regression: "stole a sack of coal in 1948" dated the hospital scene after it
    doc = with_triggers(analyse("On 17 March 1952 Irena sat by the bed. “They will find that you stole a sack "
                                "of coal in 1948,” she said. Karel laughed."), "sat", "stole", "laughed")
    sat, stole, laughed = doc.events
    assert (time_of(doc, sat), time_of(doc, stole), time_of(doc, laughed)) == ("1952-03-17", "1948",
                                                                                "1952-03-17")


def test_backstory_in_passing_does_not_date_the_events_after_it(analyse):
    doc = with_triggers(analyse("In 1952 we lived in Brno. Our father died of pneumonia in the winter of 1947. "
                                "We walked to work together."), "died", "walked")
    died, walked = doc.events
    assert (time_of(doc, died), time_of(doc, walked)) == ("1947-WI", "1952")


def place_of(doc, event):
    return doc.entity(event.place).name if event.place else None


def test_regression_a_place_named_on_the_trigger_wins_over_a_carried_scene_place(analyse):
    # regression: Stuttgart, the scene's place, was the place of a release from a camp and of a death there
    doc = with_triggers(analyse("In 1940 we lived in Stuttgart. Siegfried Grünbaum was released from Buchenwald "
                                "on 2 December 1938."), "released")
    assert place_of(doc, doc.events[0]) == "Buchenwald"
    doc = with_triggers(analyse("In 1940 we lived in Stuttgart. Johanna Grünbaum was deported from Würzburg to "
                                "Theresienstadt on 23 September 1942. She died there on 8 January 1943."),
                        "deported", "died")
    assert [place_of(doc, e) for e in doc.events] == ["Theresienstadt", "Theresienstadt"]


def test_a_place_is_no_patient_of_a_verb_of_motion_but_its_place(analyse):
    # regression: "left Frankfurt" had Frankfurt as its patient
    doc = with_triggers(analyse("In 1938 we lived in Stuttgart. In July 1939 Lotte Grünbaum left Frankfurt for "
                                "England."), "left")
    assert names(doc, doc.events[0]) == {("Lotte Grünbaum", "agent")}
    assert place_of(doc, doc.events[0]) == "Frankfurt"


def test_the_agent_is_not_its_own_patient_unless_reflexive(analyse):
    doc = with_triggers(analyse("Nikolai Petrov praised Nikolai Petrov. Nikolai Petrov washed himself."),
                        "praised", "washed")
    praised, washed = doc.events
    assert names(doc, praised) == {("Nikolai Petrov", "agent")}
    assert names(doc, washed) == {("Nikolai Petrov", "agent"), ("Nikolai Petrov", "patient")}


def test_regression_a_name_marked_as_a_trigger_is_no_event(analyse):
    # regression: the tagger read "Siegfried" as a participle and the LitBank model made it an event
    doc = with_triggers(analyse("Siegfried Grünbaum, as a front-line veteran, was exempted from the law."),
                        "Siegfried", "exempted")
    assert [e.trigger.text for e in doc.events] == ["exempted"]


def test_the_telling_takes_the_telling_date_and_the_memory_the_narrative_time(analyse):
    # regression: the events of a 1938 memory told in a 1996 interview were dated 1996
    doc = with_triggers(analyse("On 9 November 1938 the synagogue in Lindenfeld burned.\n\nInterviewed in New York "
                                "in 1996, Morris Gruenbaum remembered that night. \"They came at four. My mother "
                                "went to the town hall.\""), "remembered", "came", "went")
    remembered, came, went = doc.events
    assert time_of(doc, remembered) == "1996"
    assert time_of(doc, came) == time_of(doc, went) == "1938-11-09T04:00"      # "at four" that night


def test_an_event_in_a_quotation_takes_the_last_date_the_quotation_told(analyse):
    doc = with_triggers(analyse("On 2 March 1938 we were at home.\n\nIn an interview recorded in 1996, he said: "
                                "\"On 10 November 1938 they came for my father. My mother cried.\""), "cried")
    assert time_of(doc, doc.events[0]) == "1938-11-10"
