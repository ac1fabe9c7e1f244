"""How the exports word and classify relations."""
import pytest

from personae.export.facts import PATIENT_FIRST, category, confidence, sentence
from personae.model import Document, Entity, Evidence, Relation

PEOPLE = {"E1": ("PER", "Anna"), "E2": ("PER", "Kessler"), "E3": ("GPE", "Kotlas"), "E4": ("ORG", "the Ministry")}


def doc():
    d = Document.new("x", "x.txt")
    d.entities = [Entity(i, t, n) for i, (t, n) in PEOPLE.items()]
    return d


@pytest.mark.parametrize("subject, predicate, obj, wording", [
    ("E1", "died", "E1", "Anna died"), ("E1", "died", "E3", "Anna died in Kotlas"),
    ("E1", "arrested", "E1", "Anna was arrested"), ("E1", "arrested", "E2", "Anna was arrested by Kessler"),
    ("E1", "appointed", "E4", "Anna was appointed to the Ministry"),
    ("E1", "dismissed", "E4", "Anna was dismissed from the Ministry"),
    ("E1", "exiled_or_sent_away", "E3", "Anna was exiled or sent away (Kotlas)"),
    ("E1", "under_surveillance_by", "E2", "Anna was under surveillance by Kessler"),
    ("E1", "sibling_of", "E2", "Anna sibling_of Kessler"), ("E1", "met", "E2", "Anna met Kessler"),
])
def test_relations_read_as_clauses(subject, predicate, obj, wording):
    assert sentence(Relation(subject, predicate, obj, Evidence(0, 1)), doc()) == wording


def test_patient_first_predicates_and_categories_of_the_vocabulary():
    assert PATIENT_FIRST == {"arrested", "dismissed", "appointed", "exiled_or_sent_away", "under_surveillance_by"}
    assert [category(p) for p in ("spouse_of", "friend_of", "works_for", "died", "invented")] == [
        "kinship", "social", "hierarchy", "biographical", "other"]
    assert confidence(0.6000000000000001) == "0.60"
