"""A short story with every layer filled by hand, for tests of the exports and the viewer.

Hand-made (not analysed) so the tests know exactly which speaker, addressee,
date, event and relation to expect, whatever the pipeline does today.
"""
from __future__ import annotations

import re

from personae.model import (Alias, Chapter, Document, Entity, Event, Evidence, Finding, Mention, Participant,
                            Quote, Relation, TimeExpr, Trigger)

STORY = """Chapter One: The Letter

Anna Petrova lived in Leningrad with her brother Nikolai Petrov. In March 1937 a letter came.

"Nikolai, the porter has been asking about you," Anna said.

"Let him ask," Nikolai told her. "I have nothing to hide.

"Nothing at all."

Later that spring Nigolai Betrov was seen at the Finland Station, and Anna wrote <script>alert('boo')</script> & more in her diary.
"""


def at(phrase: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of phrase as whole words."""
    found = list(re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", STORY))[nth]
    return found.start(), found.end()


def mention(phrase: str, nth: int = 0, kind: str = "PROP") -> Mention:
    start, end = at(phrase, nth)
    return Mention(start, end, phrase, kind)


def quote(qid: str, phrase: str, speaker: str, to: list[str]) -> Quote:
    start, end = at(phrase)
    return Quote(qid, start, end, phrase, speaker, to, "speech", "explicit", 0.9)


def story_document() -> Document:
    doc = Document.new(STORY, "story.txt", chapters=[Chapter(0, len(STORY), "Chapter One: The Letter")])
    doc.document.n_tokens = 70
    doc.document.n_sentences = 7
    anna = Entity("E1", "PER", "Anna Petrova", [Alias("Anna Petrova", 1), Alias("Anna", 2)], gender="she",
                  mentions=[mention("Anna Petrova"), mention("her", 0, "PRON"), mention("Anna", 1),
                            mention("her", 1, "PRON"), mention("Anna", 2)])
    nikolai = Entity("E2", "PER", "Nikolai Petrov",
                     [Alias("Nikolai Petrov", 1), Alias("Nikolai", 2), Alias("Nigolai Betrov", 1, variant=True)],
                     gender="he", mentions=[mention("Nikolai Petrov"), mention("Nikolai", 1), mention("Nikolai", 2),
                                            mention("Nigolai Betrov")])
    leningrad = Entity("E3", "GPE", "Leningrad", [Alias("Leningrad", 1)], mentions=[mention("Leningrad")])
    station = Entity("E4", "FAC", "the Finland Station", [Alias("the Finland Station", 1)],
                     mentions=[mention("the Finland Station")])
    porter = Entity("E5", "PER", "the porter", [], mentions=[mention("the porter", 0, "NOM")])
    doc.entities = [anna, nikolai, leningrad, station, porter]
    doc.quotes = [quote("Q1", '"Nikolai, the porter has been asking about you,"', "E1", ["E2"]),
                  quote("Q2", '"Let him ask,"', "E2", ["E1"]),
                  quote("Q3", '"I have nothing to hide.\n\n"Nothing at all."', "E2", ["E1"])]
    march, spring = at("March 1937"), at("Later that spring")
    doc.times = [TimeExpr("T1", *march, "March 1937", "1937-03"), TimeExpr("T2", *spring, "Later that spring", "1937-SP")]
    came, seen = at("came"), at("seen")
    doc.events = [Event("V1", 1, Trigger(*came, "came"), time="T1"),
                  Event("V2", 5, Trigger(*seen, "seen"), [Participant("E2", "patient")], place="E4", time="T2")]
    doc.relations = [Relation("E1", "sibling_of", "E2", Evidence(*at("her brother Nikolai Petrov")), 0.8)]
    doc.findings = [Finding("name_variant", "“Nigolai Betrov” looks like a misspelt form of “Nikolai Petrov”",
                            ["E2"], [Evidence(*at("Nigolai Betrov")), Evidence(*at("Nikolai Petrov"))])]
    return doc
