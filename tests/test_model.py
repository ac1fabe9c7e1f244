"""The document model's own operations, on documents built by hand."""
from personae.model import (Document, Entity, Event, Evidence, Finding, Mention, Participant, Quote, Relation, Scene,
                            Trigger)


def test_replacing_an_entity_points_everything_at_the_one_it_is():
    doc = Document.new("Aziza read it. Her father listened.", source="test")
    doc.entities = [Entity("E1", "PER", "Abd al-Rahman", mentions=[Mention(0, 5, "Aziza")]),
                    Entity("E2", "PER", "her father", mentions=[Mention(15, 25, "Her father", "NOM")]),
                    Entity("E3", "PER", "Aziza", mentions=[Mention(0, 5, "Aziza")])]
    doc.quotes = [Quote("Q1", 0, 5, "Aziza", speaker="E2", addressees=["E3", "E2"])]
    doc.scenes = [Scene("S1", 0, 35, people=["E1", "E2", "E3"])]
    doc.events = [Event("V1", 0, Trigger(6, 10, "read"), participants=[Participant("E2", "agent")])]
    doc.relations = [Relation("E2", "parent_of", "E3", Evidence(15, 25), 0.45),
                     Relation("E1", "parent_of", "E3", Evidence(0, 5), 0.6),
                     Relation("E1", "spouse_of", "E2", Evidence(0, 5), 0.4),
                     Relation("E2", "died", "E2", Evidence(15, 25), 0.7)]
    doc.findings = [Finding("unresolved_reference", "who?", entities=["E1", "E2"])]
    doc.replace_entities({"E2": "E1"})
    assert [e.id for e in doc.entities] == ["E1", "E3"]
    # (no one is their own addressee: the E2 spoken to is now the speaker)
    assert doc.quotes[0].speaker == "E1" and doc.quotes[0].addressees == ["E3"]
    assert doc.scenes[0].people == ["E1", "E3"] and doc.events[0].participants[0].entity == "E1"
    # each relation with its own evidence; none made a relation of a person to themself ("died" is one)
    assert [(r.subject, r.predicate, r.object, r.confidence) for r in doc.relations] == [
        ("E1", "parent_of", "E3", 0.45), ("E1", "parent_of", "E3", 0.6), ("E1", "died", "E1", 0.7)]
    assert doc.findings[0].entities == ["E1"]
