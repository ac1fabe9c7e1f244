"""Relations as the exports present them: their category, direction and wording.

The vocabulary is the relations stage's (see `personae.stages.relations`):
  kinship      parent_of, child_of, sibling_of, spouse_of, relative_of, in_law_of
  social       friend_of, colleague_of
  hierarchy    works_for, subordinate_of, member_of
  biographical met, died, arrested, dismissed, appointed, exiled_or_sent_away,
               under_surveillance_by
A predicate outside it is of category "other". Symmetric relations (sibling_of, spouse_of,
relative_of, in_law_of, friend_of, colleague_of, met) have no direction.

For a biographical event the subject is the person it happened to and the object the
other party, else the place or organisation named with it, else the subject itself. The
patient-first ones (the verb's object is the subject: arrested, dismissed, appointed,
exiled_or_sent_away, under_surveillance_by) read in the passive: "X was arrested by the
Gestapo"; an event with no other party reads "X died", "X was arrested".
"""
from __future__ import annotations

from personae.model import Document, Relation
from personae.stages.relations import SYMMETRIC

CATEGORIES = {
    "kinship": ("parent_of", "child_of", "sibling_of", "spouse_of", "relative_of", "in_law_of"),
    "social": ("friend_of", "colleague_of"),
    "hierarchy": ("works_for", "subordinate_of", "member_of"),
    "biographical": ("met", "died", "arrested", "dismissed", "appointed", "exiled_or_sent_away",
                     "under_surveillance_by"),
}
CATEGORY = {predicate: category for category, predicates in CATEGORIES.items() for predicate in predicates}
# The patient-first predicates, named by a past participle whose subject is the one it happened
# to ("Kessler arrested him": he is the subject), and how each reads in the passive.
PASSIVE = {"arrested": "was arrested", "dismissed": "was dismissed", "appointed": "was appointed",
           "exiled_or_sent_away": "was exiled or sent away", "under_surveillance_by": "was under surveillance"}
PATIENT_FIRST = frozenset(PASSIVE)
PLACE_TYPES = ("GPE", "LOC", "FAC")
# The word before the object, by the object's type: a place, an organisation, else a person.
# None: the object in parentheses (the text does not say whether it is "from" or "to").
PREPOSITIONS = {
    "died": {"place": "in", "ORG": "at", "PER": "with"},
    "arrested": {"place": "in", "ORG": "by", "PER": "by"},
    "dismissed": {"place": "in", "ORG": "from", "PER": "by"},
    "appointed": {"place": "in", "ORG": "to", "PER": "by"},
    "exiled_or_sent_away": {"place": None, "ORG": "by", "PER": "by"},
    "under_surveillance_by": {"place": "in", "ORG": "by", "PER": "by"},
}


def category(predicate: str) -> str:
    """kinship, social, hierarchy, biographical, or other."""
    return CATEGORY.get(predicate, "other")


def is_symmetric(predicate: str) -> bool:
    return predicate in SYMMETRIC


def is_self_event(relation: Relation) -> bool:
    """A one-person event: "X died" is stored with X as both subject and object."""
    return relation.subject == relation.object


def sentence(relation: Relation, doc: Document) -> str:
    """The relation as a short clause: "Anna sibling_of Nikolai", "X died in Kotlas",
    "X was arrested by the Gestapo", "X was dismissed"."""
    entities = {e.id: e for e in doc.entities}
    subject = entities[relation.subject].name if relation.subject in entities else relation.subject
    predicate = relation.predicate
    verb = PASSIVE.get(predicate, predicate)
    if is_self_event(relation):
        return f"{subject} {verb}"
    other = entities.get(relation.object)
    name = other.name if other else relation.object
    if predicate not in PREPOSITIONS:
        return f"{subject} {verb} {name}"
    kind = "place" if other and other.type in PLACE_TYPES else ("ORG" if other and other.type == "ORG" else "PER")
    preposition = PREPOSITIONS[predicate][kind]
    return f"{subject} {verb} {preposition} {name}" if preposition else f"{subject} {verb} ({name})"


def confidence(value: float) -> str:
    """A confidence as people read it: two decimals."""
    return f"{value:.2f}"
