"""Relations between people: kinship, social, hierarchy and biographical events, with direction."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from personae.lang.en import relation_terms, relation_verbs
from personae.schema import validation_errors
from personae.model import Document, Entity, Evidence, Mention, Relation
from personae.stages.relations import RelationFinder, by_two_surnames, find_relations, join_described_kin

MEMOIR = (Path(__file__).parent.parent / "fixtures" / "memoir_orlov.txt").read_text("utf-8")
VOCABULARY = {"parent_of", "child_of", "sibling_of", "spouse_of", "relative_of", "in_law_of", "friend_of",
              "colleague_of", "works_for", "subordinate_of", "member_of", "met", "died", "arrested",
              "dismissed", "appointed", "exiled_or_sent_away", "under_surveillance_by"}


def triples(doc) -> set[tuple[str, str, str]]:
    return {(doc.entity(r.subject).name, r.predicate, doc.entity(r.object).name) for r in doc.relations}


def linked(doc, a: str, predicate: str, b: str) -> bool:
    """a predicate b, either way round (for the symmetric predicates)."""
    found = triples(doc)
    return (a, predicate, b) in found or (b, predicate, a) in found


def narrator_name(doc) -> str:
    return next(e.name for e in doc.entities if e.is_narrator)


def test_the_vocabulary_is_the_documented_one():
    used = {t.predicate for t in relation_terms().values()}
    used |= {v.predicate for senses in relation_verbs().values() for v in senses}
    assert used <= VOCABULARY


def test_memoir_kinship_is_found_with_its_direction(analyse):
    doc = analyse(MEMOIR)
    found = triples(doc)
    me = narrator_name(doc)
    assert ("Vera", "sibling_of", me) in found                       # "My sister Vera"
    assert ("Grigory Demin", "parent_of", me) in found              # "Our father, Grigory Demin"
    assert ("Elena Demina", "parent_of", me) in found               # "Our mother, Elena Demina"
    assert ("Anna Orlova", "parent_of", "Mikhail Orlov") in found   # "Mikhail's mother, Anna Orlova"
    assert ("Mikhail Orlov", "parent_of", "Anna Orlova") not in found
    assert linked(doc, "Mikhail Orlov", "spouse_of", "Vera")        # "Vera's husband, Mikhail Orlov"
    assert linked(doc, "Andrei Orlov", "sibling_of", "Mikhail Orlov")  # "His brother, Andrei Orlov"
    assert linked(doc, "Boris Lenz", "colleague_of", "Mikhail Orlov")
    assert validation_errors(doc.to_dict()) == []


def test_memoir_biographical_events_are_dated(analyse):
    doc = analyse(MEMOIR)
    values = {t.id: t.value for t in doc.times}
    arrests = [r for r in doc.relations if r.predicate == "arrested" and doc.entity(r.subject).name == "Mikhail Orlov"]
    assert arrests and values[arrests[0].time] == "1938-11-02TNI"
    deaths = {values[r.time] for r in doc.relations if r.predicate == "died"
              and doc.entity(r.subject).name == "Grigory Demin"}
    assert deaths == {"1940", "1942"}


def test_direction_of_a_copula_statement(analyse):
    doc = analyse("Nikolai Petrov is Anna Petrova's father. Boris Orlov was Ivan Orlov's son.")
    found = triples(doc)
    assert ("Nikolai Petrov", "parent_of", "Anna Petrova") in found
    assert ("Boris Orlov", "child_of", "Ivan Orlov") in found


def test_named_before_the_relation_noun(analyse):
    doc = analyse("Ivan Brandt, one of Sergei Kessler's men, waited at the door. "
                  "Olga Lenz, Boris Lenz's wife, let him in.")
    found = triples(doc)
    assert ("Ivan Brandt", "subordinate_of", "Sergei Kessler") in found
    assert ("Olga Lenz", "spouse_of", "Boris Lenz") in found


def test_marriage_verb_and_negation(analyse):
    doc = analyse("Anna Petrova married Boris Lenz in 1936. Olga Lenz never married Ivan Brandt.")
    assert linked(doc, "Anna Petrova", "spouse_of", "Boris Lenz")
    assert not linked(doc, "Olga Lenz", "spouse_of", "Ivan Brandt")


def test_passive_event_takes_the_by_phrase_as_object(analyse):
    doc = analyse("In 1938 Mikhail Orlov was arrested by Sergei Kessler.")
    assert ("Mikhail Orlov", "arrested", "Sergei Kessler") in triples(doc)


def test_my_inside_a_quotation_is_the_speakers(analyse):
    doc = analyse('Anna Petrova looked up. "This is my sister Olga Lenz," she said to Boris Lenz.')
    anna = next(e for e in doc.entities if e.name == "Anna Petrova")
    for quote in doc.quotes:
        quote.speaker = anna.id
    find_relations(doc)
    assert [(r.predicate, doc.entity(r.object).name) for r in doc.relations
            if "Olga Lenz" in doc.entity(r.subject).name] == [("sibling_of", "Anna Petrova")]
    for quote in doc.quotes:
        quote.speaker = None
    find_relations(doc)
    assert not any(r.predicate == "sibling_of" for r in doc.relations)


def test_an_ambiguous_his_is_reported_not_guessed(analyse):
    doc = analyse("Ivan Brandt and Boris Orlov came in from the snow. His brother Pavel Kogan followed.")
    for entity in doc.entities:      # no coreference and no gender to tell them apart
        entity.gender = "unknown"
        entity.mentions = [m for m in entity.mentions if m.kind != "PRON"]
    find_relations(doc)
    assert not any(r.predicate == "sibling_of" for r in doc.relations)
    unresolved = [f for f in doc.findings if f.kind == "unresolved_reference"]
    assert unresolved and len(unresolved[0].entities) == 2
    assert doc.text[unresolved[0].evidence[0].start:unresolved[0].evidence[0].end] == "His brother"


def test_a_couple_who_were_married_are_spouses(analyse):
    doc = analyse("Tomáš Hájek and Hana Kubátová were married in the spring of 1953, in the town hall on "
                  "Dominikánské Square. Anna Petrova was married to Mikhail Sokolov. Olga Lenz was not "
                  "married to Boris Lenz.\n")
    assert linked(doc, "Tomáš Hájek", "spouse_of", "Hana Kubátová")
    assert linked(doc, "Anna Petrova", "spouse_of", "Mikhail Sokolov")
    assert not linked(doc, "Olga Lenz", "spouse_of", "Boris Lenz")
    couple = next(r for r in doc.relations if r.predicate == "spouse_of")
    assert doc.text[couple.evidence.start:couple.evidence.end] == "Tomáš Hájek and Hana Kubátová were married"


def test_a_name_in_a_list_is_no_apposition_of_a_relation_noun(analyse):
    doc = analyse("I was born in Brno. Tomáš Hájek was my brother and he walked with a stick.\n\n"
                  "On the platform stood my mother, Tomáš on his stick, Hana and I.\n")
    assert ("Tomáš Hájek", "parent_of", narrator_name(doc)) not in triples(doc)


def test_a_name_opening_a_quote_is_the_one_addressed_not_a_relative(analyse):
    doc = analyse("In the morning I went to see Director Vlček in his office. I waited for an hour, and "
                  "then I knocked.\n\n“Comrade Director, my brother cannot work with one leg,” I said.\n")
    assert not linked(doc, "Director Vlček", "sibling_of", narrator_name(doc))
    # also where the quote opens after the last one's tag sentence
    doc = analyse("Keshav Raj Adhikari, a Brahmin from Gorkha, rented the upper room. The Brahmin had a son at the "
                  "college. Her daughter-in-law Laxmi Maya Shrestha was in the kitchen.\n\n"
                  "“Laxmi!” she called back into the room. “Laxmi Maya, the Brahmin's son is running in the street.”\n")
    assert not [r for r in doc.relations if r.predicate == "child_of"
                and doc.entity(r.subject).name == "Laxmi Maya Shrestha"]


def test_their_son_after_a_couple_is_the_son_of_both(analyse):
    # regression (gruenbaum review): "Their son" gave an unresolved_reference "could be that of X or Y"
    doc = analyse("Siegfried Gruenbaum worked as a bookkeeper; Else Gruenbaum gave piano lessons. "
                  "Their son Morris was drafted in 1943.")
    found = triples(doc)
    assert ("Morris", "child_of", "Siegfried Gruenbaum") in found
    assert ("Morris", "child_of", "Else Gruenbaum") in found
    assert not [f for f in doc.findings if f.kind == "unresolved_reference"]


def test_a_daughter_named_after_their_son_has_the_same_parents(analyse):
    doc = analyse("Karl Weber married Anna Lenz in 1920. Their only child, Paul, was born in 1922; "
                  "a daughter, Greta, followed in 1925.")
    found = triples(doc)
    for child in ("Paul", "Greta"):
        assert (child, "child_of", "Karl Weber") in found and (child, "child_of", "Anna Lenz") in found


def test_x_and_y_had_a_son(analyse):
    doc = analyse("Karl Weber and Anna Weber had a son, Paul Weber, in 1925.")
    assert {("Paul Weber", "child_of", "Karl Weber"), ("Paul Weber", "child_of", "Anna Weber")} <= triples(doc)


def test_their_after_a_family_name_is_the_couple_of_that_name(analyse):
    doc = analyse("Rosa Brenner married Julius Brenner in 1920. The Brenners lived in Kassel, and their only "
                  "child, Hanna, was born there in 1922.")
    found = triples(doc)
    assert ("Hanna", "child_of", "Rosa Brenner") in found and ("Hanna", "child_of", "Julius Brenner") in found


def test_a_plural_relation_noun_takes_its_list(analyse):
    doc = analyse("In 1905 Moritz Weil and Johanna Weil settled in Fulda with their two small children, "
                  "Siegfried, born in 1895, and Rosa, born three years later.")
    found = triples(doc)
    assert {(child, "child_of", parent) for child in ("Siegfried", "Rosa")
            for parent in ("Moritz Weil", "Johanna Weil")} <= found


def test_their_is_the_couple_just_named_not_everyone_in_the_window(analyse):
    # regression (Emma): "Isabella and her husband, and their little children" are not Mr. Woodhouse's
    doc = analyse("Mr. Woodhouse sat by the fire. Christmas brought the next visit from Isabella and her "
                  "husband, and their little children.")
    assert not any(o == "Mr. Woodhouse" for _, p, o in triples(doc) if p == "child_of")


def test_my_father_with_no_name_is_the_speakers_father(analyse):
    doc = analyse('Interviewed in 1996, Morris Gruenbaum remembered that night. "I was thirteen. My father '
                  'put on his jacket, and my mother went to the town hall."')
    found = triples(doc)
    assert ("my father", "parent_of", "Morris Gruenbaum") in found
    assert ("my mother", "parent_of", "Morris Gruenbaum") in found


def test_the_brother_of_someones_husband_is_not_their_brother(analyse):
    doc = analyse("Knightley was the elder brother of Isabella's husband.")
    assert not any(p == "sibling_of" and "Isabella" in (s, o) for s, p, o in triples(doc))


def test_dismissal_surveillance_and_emigration(analyse):
    doc = analyse("Ernst Vogt dismissed Julius Feldmann in 1936. Georg Kessler was removed from office in "
                  "May 1945. From 1940 the Feldmanns were watched by Alois Brandl. Rosa Lenz was kept under "
                  "observation. Paul Weber emigrated to New York in 1938. Julius Feldmann lost his post.")
    found = triples(doc)
    assert ("Julius Feldmann", "dismissed", "Ernst Vogt") in found
    assert ("Georg Kessler", "dismissed", "Georg Kessler") in found          # "office" is no party
    assert ("the Feldmanns", "under_surveillance_by", "Alois Brandl") in found
    assert ("Rosa Lenz", "under_surveillance_by", "Rosa Lenz") in found
    assert ("Paul Weber", "exiled_or_sent_away", "New York") in found
    assert ("Julius Feldmann", "dismissed", "Julius Feldmann") in found


def test_watching_someone_is_no_surveillance(analyse):
    doc = analyse("Elizabeth Bennet watched Mr. Darcy across the room.")
    assert not any(r.predicate == "under_surveillance_by" for r in doc.relations)


def test_a_deportation_goes_to_its_destination_not_from_its_start(analyse):
    # regression (gruenbaum review): "from Würzburg to Riga" gave both Würzburg and Riga
    doc = analyse("On 27 November 1941 Hanna Lenz was deported from Würzburg to Riga.")
    assert [o for s, p, o in triples(doc) if p == "exiled_or_sent_away"] == ["Riga"]


def test_a_death_stated_by_a_noun(analyse):
    doc = analyse("Karl Weber lived in Fulda. Since the death of Karl Weber in 1937, Anna Weber had lived "
                  "alone. Olga Lenz feared her death.")
    values = {t.id: t.value for t in doc.times}
    deaths = [(doc.entity(r.subject).name, values.get(r.time)) for r in doc.relations if r.predicate == "died"]
    assert deaths == [("Karl Weber", "1937")]


def test_two_dates_in_one_sentence_each_date_their_own_verb(analyse):
    doc = analyse("Dr. Friedrich Adler was dismissed from the school service in 1945 but reinstated as a "
                  "teacher in 1949.")
    values = {t.id: t.value for t in doc.times}
    assert {(r.predicate, values.get(r.time)) for r in doc.relations} == {("dismissed", "1945"),
                                                                           ("appointed", "1949")}


def test_no_self_loop_between_two_people_and_confidences_are_rounded(analyse):
    doc = analyse("Anna Petrova met Boris Lenz in 1936.")
    finder = RelationFinder(doc)
    anna = next(e.id for e in doc.entities if e.name == "Anna Petrova")
    for predicate in ("sibling_of", "parent_of", "works_for"):
        finder.add(anna, predicate, anna, 0, 5, 0.9)
    finder.add(anna, "died", anna, 0, 5, 0.9 - 0.3)                      # 0.6000000000000001
    assert [(r.predicate, r.confidence) for r in finder.relations] == [("died", 0.6)]
    assert all(round(r.confidence, 2) == r.confidence for r in analyse(MEMOIR).relations)


def test_their_son_with_one_parent_in_sight_is_also_the_son_of_her_husband(analyse):
    doc = analyse("On 12 June 1922 Siegfried Weil married Else Kahn, a music teacher. Else Kahn was happy. "
                  "Their son was born on 3 March 1925; a daughter, Lotte, followed in 1928.")
    parents = {o for s, p, o in triples(doc) if p == "child_of" and s == "Lotte"}
    spouses = {(s, o) for s, p, o in triples(doc) if p == "spouse_of"}
    assert len(spouses) == 1 and parents == set(next(iter(spouses)))


def test_a_bare_relation_noun_after_a_comma_and_one_of_a_plural(analyse):
    doc = analyse("The contract named Caterina Marchetti, born in Trieste in 1859, daughter of Giuseppe Marchetti, "
                  "merchant. Lucia Marchetti, the younger of Giuseppe Marchetti's two daughters, said nothing.")
    assert linked(doc, "Caterina Marchetti", "child_of", "Giuseppe Marchetti")
    assert linked(doc, "Lucia Marchetti", "child_of", "Giuseppe Marchetti")


def test_his_widow_is_the_wife_and_the_elder_daughter_is_one_of_her_daughters(analyse):
    doc = analyse("Since the spring of 1861, when Captain Richard Hartwell died at Malta, his widow had lived with "
                  "her two daughters. Mrs. Hartwell was a handsome woman still. Margaret, the elder daughter, was "
                  "two-and-twenty.")
    assert linked(doc, "Mrs. Hartwell", "spouse_of", "Richard Hartwell")
    assert linked(doc, "Margaret", "child_of", "Mrs. Hartwell")


def test_a_list_after_a_plural_kin_noun_that_holds_the_teller_names_no_kin(analyse):
    doc = analyse("I remember that spring well; I was nineteen, and I had never seen my grandmother's village.\n\n"
                  "We travelled down on the twenty-fifth of April, 1946: my parents, Éva, Miklós, I, and Mr. and "
                  "Mrs. Fehér, who had declared themselves family by right of the cellar.\n")
    names = {e.id: e.name for e in doc.entities}
    assert not [r for r in doc.relations if r.predicate == "parent_of"
                and {names.get(r.subject), names.get(r.object)} & {"Éva", "Miklós", "Mr. Fehér"}]


def test_what_the_stated_kinship_implies_is_added_less_sure_than_what_it_comes_from(analyse):
    doc = analyse("Erik Lindqvist was a farmer at Lövnäs. His wife, Johanna Lindqvist, kept the house. Karin "
                  "Lindqvist was their elder daughter. Nils Lindqvist, her brother, was fourteen. Augusta Berg, "
                  "Johanna's sister, lived in Stockholm. Brita Lindqvist, Erik's mother, was dying.\n")
    assert linked(doc, "Erik Lindqvist", "parent_of", "Nils Lindqvist")       # his sister's parents
    assert linked(doc, "Augusta Berg", "relative_of", "Karin Lindqvist")      # her mother's sister
    assert linked(doc, "Brita Lindqvist", "relative_of", "Karin Lindqvist")   # her father's mother
    assert linked(doc, "Johanna Lindqvist", "in_law_of", "Brita Lindqvist")   # her husband's mother
    assert linked(doc, "Erik Lindqvist", "in_law_of", "Augusta Berg")         # his wife's sister
    names = {e.id: e.name for e in doc.entities}
    stated = next(r for r in doc.relations if (names[r.subject], r.predicate) == ("Nils Lindqvist", "sibling_of"))
    implied = next(r for r in doc.relations if (names[r.subject], r.predicate, names[r.object])
                   == ("Erik Lindqvist", "parent_of", "Nils Lindqvist"))
    assert implied.confidence < stated.confidence


def test_a_sister_in_law_is_no_sister_and_a_marriage_wished_for_is_none(analyse):
    doc = analyse("Lionel Ashcombe kissed his sister-in-law’s cheek in the hall.\n\n"
                  "“And you?” said Robert.\n\n“I’d marry Major Pellew,” said Judith Ashcombe.\n")
    assert not [r for r in doc.relations if r.predicate in ("sibling_of", "spouse_of")]


def test_a_wife_named_after_a_coordination_is_the_wife_and_the_son_before_it_is_no_one_else(analyse):
    doc = analyse("By the winter of 1942 the house held more Banerjees than it had rooms for: the old man on the ground "
                  "floor; his elder son Nirmal and Nirmal’s wife Sudha on the first floor with their two children.\n")
    assert linked(doc, "Sudha", "spouse_of", "Nirmal")
    assert not any(t[0] == "Sudha" and t[1] == "child_of" for t in triples(doc))


def test_a_teknonym_names_the_parent_of_the_child_named_alone(analyse):
    doc = analyse("Mama Tunde came out of the kitchen, drying her hands. Her son Tunde was reading the newspaper on "
                  "the veranda, and Baba Tunde was asleep in his chair.\n\n"
                  "“Go and greet your uncle, Tunde,” said Mama Tunde.\n\n"
                  "“Yes, Mama,” said Tunde.\n")
    tunde = next(e for e in doc.entities if any(m.text == "Tunde" for m in e.mentions))
    assert not any(m.text.endswith("Mama Tunde") or m.text == "Baba Tunde" for m in tunde.mentions)
    assert linked(doc, "Mama Tunde", "parent_of", tunde.name) and linked(doc, "Baba Tunde", "parent_of", tunde.name)
    assert linked(doc, "Mama Tunde", "spouse_of", "Baba Tunde")


def test_a_patronymic_names_the_father_and_one_patronymic_and_surname_make_siblings(analyse):
    doc = analyse("Stepan Hrytsenko came in from the yard with a bucket of water. Mykola Stepanovych Hrytsenko was "
                  "asleep on the stove, and Ivan Mykolaiovych Hrytsenko was reading by the window. Mykola "
                  "Ivanovych Hrytsenko sat at the table.\n\n"
                  "In the next house Anastasia Lvovna Gurieva and Sofya Lvovna Gurieva were playing cards.\n")
    found = triples(doc)
    assert ("Mykola Stepanovych Hrytsenko", "child_of", "Stepan Hrytsenko") in found
    assert linked(doc, "Anastasia Lvovna Gurieva", "sibling_of", "Sofya Lvovna Gurieva")
    # Mykola Ivanovych and Ivan Mykolaiovych: either may be the other's son, so neither is told
    assert not any(t[1] in ("child_of", "parent_of") and {t[0], t[2]} == {"Mykola Ivanovych Hrytsenko",
                                                                        "Ivan Mykolaiovych Hrytsenko"} for t in found)


def test_of_two_whose_patronymics_name_each_other_the_one_called_old_is_the_father(analyse):
    doc = analyse("Old Egor Vasilyevich Popov came down to the landing with his stick. Vasily Egorovich Popov "
                  "carried the nets behind him.\n")
    assert ("Vasily Egorovich Popov", "child_of", "Egor Vasilyevich Popov") in triples(doc)


def test_a_mongolian_genitive_patronymic_names_the_father_only_where_he_is_in_the_text(analyse):
    doc = analyse("Batbayar rode in from the river at dusk. Batbayaryn Ganbold was mending a saddle by the door, and "
                  "Batbayaryn Tsetseg was milking the mares. Tsendiin Oyuun watched them. Kathryn Hale, the "
                  "visitor, had come with Kathr Evans from the mission.\n")
    found = triples(doc)
    assert linked(doc, "Batbayaryn Ganbold", "child_of", "Batbayar")
    assert linked(doc, "Batbayaryn Tsetseg", "child_of", "Batbayar")
    assert linked(doc, "Batbayaryn Ganbold", "sibling_of", "Batbayaryn Tsetseg")
    # ("Tsendiin": no Tsend in the text; "Kathryn" is no genitive, whatever the text holds)
    assert not any(t[1] in ("child_of", "parent_of") and "Tsendiin Oyuun" in (t[0], t[2]) for t in found)
    assert not any(t[1] in ("child_of", "parent_of") and "Kathryn Hale" in (t[0], t[2]) for t in found)


def test_a_chained_name_names_the_father(analyse):
    # Somali: one's own name, the father's, the grandfather's
    doc = analyse("The shop on the Via Roma was kept by Xasan Nuur Cilmi. Hodan Xasan Nuur was his eldest, and Cawil Xasan "
                  "Nuur came two years after her. Their mother, Faadumo Cali Warsame, had grown up in the camp of "
                  "Cali Warsame Guuleed near Beledweyne. Anna Maria Schmidt, the nurse, lodged with Maria Schmidt "
                  "Lutz.\n")
    assert linked(doc, "Hodan Xasan Nuur", "child_of", "Xasan Nuur Cilmi")
    assert linked(doc, "Cawil Xasan Nuur", "child_of", "Xasan Nuur Cilmi")
    assert linked(doc, "Faadumo Cali Warsame", "child_of", "Cali Warsame Guuleed")
    assert not linked(doc, "Anna Maria Schmidt", "child_of", "Maria Schmidt Lutz")    # she is a woman


def test_children_sharing_a_chained_name_are_the_children_of_the_man_of_its_first_name(analyse):
    doc = analyse("Xasan Dheere kept a shop on the Via Roma. Hodan Xasan Nuur was his eldest, and Cawil Xasan Nuur "
                  "came two years after her. Xasan liked to say that he had named them both after the rain. Mary "
                  "Henry Smith, the nurse, lodged with Henry Adams.\n")
    assert linked(doc, "Hodan Xasan Nuur", "child_of", "Xasan Dheere")
    assert linked(doc, "Cawil Xasan Nuur", "child_of", "Xasan Dheere")
    # one of a middle name and a surname is no chain: Henry Adams is nobody's father here
    assert not linked(doc, "Mary Henry Smith", "child_of", "Henry Adams")


def test_a_nasab_names_the_father(analyse):
    doc = analyse("Hajj Abd al-Rahman Mansour sat in his shop. A letter came from Alexandria.\n\n"
                  "The letter ended as his letters always ended: “Your son who kisses your hands, Hassan son of "
                  "Abd al-Rahman.”\n")
    hassan = next(e for e in doc.entities if any(m.text == "Hassan son of Abd al-Rahman" for m in e.mentions))
    assert linked(doc, hassan.name, "child_of", "Abd al-Rahman Mansour")


def test_a_kin_description_is_the_one_named_person_who_stands_so(analyse):
    doc = analyse("Hajj Abd al-Rahman Mansour climbed the stairs slowly. He sat down beside his daughter Aziza, "
                  "who was picking stones out of the lentils. Umm Hassan was asleep.\n\n"
                  "The letter came on Thursday. Aziza read it aloud, with her mother on one side of her and her "
                  "father on the other.\n\n“Read it again,” her father said.\n")
    (father,) = [e for e in doc.entities if e.name == "Abd al-Rahman Mansour"]
    assert "her father" in {a.text for a in father.aliases}
    assert doc.quotes[0].speaker == father.id
    # "her mother" stays a description: nobody named is Aziza's mother by the text
    assert any(e.name == "her mother" for e in doc.entities)
    assert all(r.subject != r.object for r in doc.relations)
    assert validation_errors(doc.to_dict()) == []


def test_a_kin_description_no_relation_explains_is_the_one_of_that_sex_bearing_the_surname(analyse):
    doc = analyse("Margaretha van der Meer came home late from the school. Hendrik van der Meer was reading in the "
                  "front room, and Anna Smit sat by the stove.\n\n"
                  "Margaretha hung up her coat. Her father put his paper down.\n\n“You are late,” her father said.\n")
    (father,) = [e for e in doc.entities if e.name == "Hendrik van der Meer"]
    assert "her father" in {a.text for a in father.aliases}
    assert doc.quotes[0].speaker == father.id
    assert not any(e.name == "Anna Smit" and "her father" in {a.text for a in e.aliases} for e in doc.entities)


def test_the_one_of_the_surname_is_chosen_past_the_fathers_brother_the_daughter_and_a_miss(analyse):
    # Willem is "her father's younger brother", so no father of hers; her one father found, every "her father"
    # is he; his wife is no daughter of his; and a Miss of the name is no one's mother or wife
    doc = analyse("Hendrik van der Meer kept a bookshop on the Keizersgracht. Margaretha van der Meer kept its "
                  "accounts. Johanna van der Meer was sixteen that winter. Willem van der Meer, her father's younger "
                  "brother, farmed near Leeuwarden. Juffrouw Van der Meer taught at the school.\n\n"
                  "In January Johanna came home late. Her father was waiting in the shop with the lamp. Johanna "
                  "went up to the kitchen, where her mother sat.\n\n"
                  "Hendrik van der Meer locked the shop at six. His wife came down the stairs in her coat.\n")
    aliases = {e.name: {a.text for a in e.aliases} for e in doc.entities}
    assert {"her father", "Her father"} & aliases["Hendrik van der Meer"]
    assert not any(e.name in ("her father", "his wife", "her mother") for e in doc.entities)
    assert {"his wife", "His wife"} & aliases["Margaretha van der Meer"]
    assert "her mother" in aliases["Margaretha van der Meer"]


def test_a_bearer_of_the_surname_the_pronouns_make_a_woman_keeps_his_wife_from_his_sister():
    # Lesieli's name tells no sex, and one pronoun of hers is wrong, but most are "she": "his wife" of Siaosi
    # Lolohea is then no one in particular, not the one Lolohea woman a title tells (his sister)
    text = ("Siaosi Lolohea preached. Sister Mele Lolohea taught. Lesieli Lolohea baked; she sang, she laughed, "
            "she sewed, his hat on. His wife kept the lamp lit.")

    def mentions(*said):
        found, at = [], 0
        for word, kind in said:
            at = text.index(word, at)
            found.append(Mention(at, at + len(word), word, kind))
            at += len(word)
        return found
    siaosi = Entity("E1", "PER", "Siaosi Lolohea", gender="he", mentions=mentions(("Siaosi Lolohea", "PROP")))
    mele = Entity("E2", "PER", "Sister Mele Lolohea", gender="she", mentions=mentions(("Sister Mele Lolohea", "PROP")))
    lesieli = Entity("E3", "PER", "Lesieli Lolohea", gender="unknown", mentions=mentions(
        ("Lesieli Lolohea", "PROP"), ("she", "PRON"), ("she", "PRON"), ("she", "PRON"), ("his", "PRON")))
    wife = Entity("E4", "PER", "His wife", gender="she", mentions=mentions(("His wife", "NOM")))
    doc = Document.new(text, source="test")
    doc.entities = [siaosi, mele, lesieli, wife]
    at = text.index("His wife")
    doc.relations = [Relation("E4", "spouse_of", "E1", Evidence(at, at + 8))]
    join_described_kin(doc)
    assert [e.name for e in doc.entities] == ["Siaosi Lolohea", "Sister Mele Lolohea", "Lesieli Lolohea", "His wife"]


def test_two_surnames_tell_a_mother_and_a_wife(analyse):
    # the child of Jaume Vidal i Serra and Mercè Roca i Pujol is a Vidal i Roca; Teresa Serra, whose surname is
    # Jaume's second, is his mother, no wife of his
    doc = analyse("Jaume Vidal i Serra kept a print shop in Gràcia. Mercè Roca i Pujol sold bread in the market. "
                  "Joaquim Vidal i Roca was twenty-one that summer. Teresa Serra i Coll lived at Bordils.\n\n"
                  "Jaume came down the stairs at six. His wife was waiting in the kitchen.\n\n"
                  "Joaquim went out at dawn. His mother watched him from the door.\n")
    aliases = {e.name: {a.text.lower() for a in e.aliases} for e in doc.entities}
    assert {"his wife", "his mother"} <= aliases["Mercè Roca i Pujol"]
    assert "his wife" not in aliases["Teresa Serra i Coll"]


def test_a_parents_kin_word_as_a_name_in_a_story_of_others_is_the_parent_of_those_who_say_it(analyse):
    doc = analyse("Giuseppe Marchetti kept the mill at Borgo. His daughter Lucia Marchetti was nineteen that "
                  "spring.\n\n“Papà, the cart is here,” Lucia said.\n\nPapà did not look up from the ledger. "
                  "“Tell them to wait.”\n")
    (father,) = [e for e in doc.entities if e.name == "Giuseppe Marchetti"]
    assert "Papà" in {a.text for a in father.aliases}
    # where no relation names the caller's parent, the word stays a person of its own
    doc = analyse("Giuseppe Marchetti kept the mill at Borgo. Lucia Marchetti was nineteen that spring.\n\n"
                  "“Papà, the cart is here,” Lucia said.\n\nPapà did not look up from the ledger.\n")
    assert any(e.name == "Papà" for e in doc.entities)


def test_a_shona_teknonym_names_the_mother_of_the_child(analyse):
    doc = analyse("Mai Tendai killed two hens in the afternoon. Tendai carried them to the kitchen hut, and Baba "
                  "Tendai laughed.\n")
    tendai = next(e for e in doc.entities if any(m.text == "Tendai" for m in e.mentions))
    assert linked(doc, "Mai Tendai", "parent_of", tendai.name)
    assert linked(doc, "Mai Tendai", "spouse_of", "Baba Tendai")


def test_a_hyphened_teknonym_names_the_parent_of_the_child_of_either_sex(analyse):
    doc = analyse("Mma-Kagiso was scraping the pot. Kagiso looked at her, and Rra-Kagiso lit his pipe.\n")
    kagiso = next(e for e in doc.entities if any(m.text == "Kagiso" for m in e.mentions))
    assert linked(doc, "Mma-Kagiso", "parent_of", kagiso.name) and linked(doc, "Rra-Kagiso", "parent_of", kagiso.name)
    assert linked(doc, "Mma-Kagiso", "spouse_of", "Rra-Kagiso")
    assert {e.name: e.gender for e in doc.entities}["Mma-Kagiso"] == "she"


def test_a_teknonym_is_the_one_named_parent_of_that_sex_of_the_child(analyse):
    doc = analyse("Hajj Abd al-Rahman Mansour sat in his shop with his son Hassan. Hassan read the newspaper aloud.\n\n"
                  "“Abu Hassan, the tea is ready,” called the boy from the café.\n\n"
                  "Abu Hassan did not answer. His daughter Aziza came in with the bread, and the old man put down "
                  "his cup.\n\n“Sit down, Aziza,” her father said.\n")
    (father,) = [e for e in doc.entities if e.name == "Abd al-Rahman Mansour"]
    assert {"Abu Hassan", "her father"} <= {a.text for a in father.aliases}
    assert doc.quotes[-1].speaker == father.id


def test_a_name_the_narration_uses_is_no_teknonym_of_the_narrator(analyse):
    # a Macedonian grandmother, Baba Sofija, and the narrator's daughter named Sofija after her
    doc = analyse("Baba Sofija was small and square, in a black kerchief. She kept hens in the yard, and she was "
                  "my father's mother.\n\n“Lenče, bring the eggs,” Baba Sofija said to me every morning.\n\n"
                  "Many years later my daughter Sofija was born. Baba Sofija was dead by then.\n\n"
                  "“Lenče, the child is crying,” my husband called.\n\n“I am coming,” I said.\n")
    (narrator,) = [e for e in doc.entities if e.is_narrator]
    assert narrator.name == "Lenče" and "Baba Sofija" not in {a.text for a in narrator.aliases}
    assert any(a.text == "Baba Sofija" for e in doc.entities if not e.is_narrator for a in e.aliases)


def test_implied_relations_do_not_depend_on_the_hash_seed():
    # siblings by two shared parents cite the first-stated parent, whatever order a set would give
    script = ("import json, sys; from personae import analyze; d = analyze(sys.argv[1]); "
              "print(json.dumps([(r.subject, r.predicate, r.object, r.confidence) for r in d.relations]))")
    chapter = str(Path(__file__).resolve().parent.parent / "fixtures" / "novel_mansour.txt")
    runs = {subprocess.run([sys.executable, "-c", script, chapter], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(runs) == 1


def test_a_name_left_inside_a_description_owns_it_and_their_children_are_the_couples(analyse):
    doc = analyse("Einar Jónsson spent the afternoon mending nets. Einar's wife, Guðrún Guðmundsdóttir, had been born "
                  "on the island. Their son Jón Einarsson was twelve; their daughter Sigríður Einarsdóttir was eight.\n")
    assert linked(doc, "Guðrún Guðmundsdóttir", "spouse_of", "Einar Jónsson")
    for child in ("Jón Einarsson", "Sigríður Einarsdóttir"):
        assert linked(doc, child, "child_of", "Einar Jónsson") and linked(doc, child, "child_of", "Guðrún Guðmundsdóttir")
    assert not linked(doc, "Sigríður Einarsdóttir", "child_of", "Jón Einarsson")


def test_a_title_written_small_after_the_owns_a_description_of_the_one_called_by_it(analyse):
    doc = analyse("Ratna Bahadur Shrestha sold cloth in Asan.\n\n“Ratna Bahadur-sahuji, have you heard?” the boy "
                  "cried.\n\n“Sahuji!”\n\nHira Lal Shrestha, the sahuji's younger brother, put down his pen.\n")
    assert linked(doc, "Hira Lal Shrestha", "sibling_of", "Ratna Bahadur Shrestha")


def test_a_father_and_a_mother_are_a_couple_and_the_family_tree_is_read_twice(analyse):
    doc = analyse("I was born in Istanbul in 1946. My father, Hüsnü Demirtaş, worked at the Land Registry. "
                  "My mother, Saadet Demirtaş, kept the house.\n")
    assert linked(doc, "Hüsnü Demirtaş", "spouse_of", "Saadet Demirtaş")
    # the grandmother of Paul, whose father is known only as his sister's
    doc = analyse("Anna Berg's son was Karl Berg. Karl's daughter was Lisa Berg. Lisa's brother was Paul Berg.\n")
    assert linked(doc, "Anna Berg", "relative_of", "Paul Berg")
    assert not linked(doc, "Anna Berg", "in_law_of", "Karl Berg")


def test_the_family_tree_is_read_again_once_described_kin_are_joined(analyse):
    # "her mother" becomes Célimène only when the descriptions are joined: her daughter's husband is her in-law
    doc = analyse("Célimène Décius sold coffee in the Jacmel market for forty years.\n\n"
                  "In 1931 Rose-Aimée Décius married Lucien Pierre-Louis, a tailor of Port-au-Prince. Rose-Aimée wore "
                  "her mother's veil, and her mother wept at the church door.\n")
    assert linked(doc, "Célimène Décius", "parent_of", "Rose-Aimée Décius")
    assert linked(doc, "Lucien Pierre-Louis", "in_law_of", "Célimène Décius")


def test_a_kin_noun_that_owns_something_still_names_the_narrators_kin(analyse):
    doc = analyse("I was born Zubaida Hashmi in 1934, in a rented house in Lahore. I grew up on a lane where a wall "
                  "no higher than my father’s shoulder stood between us and the Singhs. I loved that wall.\n\n"
                  "My father liked to say it was the only thing in Lahore never sued over. I believed him.\n")
    assert linked(doc, "my father", "parent_of", "Zubaida Hashmi")
    evidence = {doc.text[r.evidence.start:r.evidence.end] for r in doc.relations if r.predicate == "parent_of"}
    assert "my father" in evidence     # the first, owning "my father’s shoulder", is read too


def test_a_kin_word_used_as_a_name_with_a_name_set_off_by_dashes_is_that_person(analyse):
    doc = analyse("I was born in 1934, and I was the youngest of three. I remember the house well.\n\n"
                  "Abba — Mahmood Ali Hashmi, pleader at the District Courts — liked to say that our wall was the only "
                  "thing in Lahore never sued over. Abba laughed at his own jokes. I laughed with him.\n\n"
                  "“Abba, will you come up to the roof?” I asked.\n\n“Later,” said Abba.\n")
    (abba,) = [e for e in doc.entities if any(m.text == "Mahmood Ali Hashmi" for m in e.mentions)]
    assert "Abba" in {a.text for a in abba.aliases}
    assert linked(doc, abba.name, "parent_of", next(e.name for e in doc.entities if e.is_narrator))


def test_a_kin_word_the_narration_calls_someone_by_is_the_narrators_kin_but_not_a_priests_style(analyse):
    doc = analyse("I was nine that winter, and I remember it better than I remember last year.\n\n"
                  "Mama came in with the bread. Father Kálmán came after her, stamping the snow off his boots. "
                  "Father blessed the table, and Mama cut the loaf. I watched them both.\n")
    narrator = next(e.name for e in doc.entities if e.is_narrator)
    assert linked(doc, "Mama", "parent_of", narrator)
    assert not any(r.predicate == "parent_of" and "Kálmán" in doc.entity(r.subject).name for r in doc.relations)
    # nor one it follows as a title: the Tamil "Thurairajah Mama" is a mother's brother
    doc = analyse("I was nine that winter, and I remember it better than I remember last year.\n\n"
                  "Thurairajah Mama came in with the bread. Mama laughed at my questions. I watched him.\n")
    narrator = next(e.name for e in doc.entities if e.is_narrator)
    assert not any(r.predicate == "parent_of" and doc.entity(r.object).name == narrator for r in doc.relations)


def test_a_described_father_never_joins_a_catholic_priest():
    from personae.model import Document, Entity, Evidence, Mention, Relation
    from personae.stages.relations import join_described_kin

    def family(father_name: str) -> Document:
        text = f"{father_name} came in. Soledad Echeverría looked up at her father."
        doc = Document.new(text, source="test")
        father_at, soledad_at, described_at = 0, text.index("Soledad"), text.index("her father")
        doc.entities = [
            Entity(id="E1", type="PER", name=father_name, gender="he",
                   mentions=[Mention(father_at, len(father_name), father_name, "PROP")]),
            Entity(id="E2", type="PER", name="Soledad Echeverría", gender="she",
                   mentions=[Mention(soledad_at, soledad_at + 18, "Soledad Echeverría", "PROP")]),
            Entity(id="E3", type="PER", name="her father", gender="he",
                   mentions=[Mention(described_at, described_at + 10, "her father", "NOM")])]
        doc.relations = [Relation(subject="E1", predicate="parent_of", object="E2", evidence=Evidence(0, 5),
                                  confidence=0.1),
                         Relation(subject="E3", predicate="parent_of", object="E2",
                                  evidence=Evidence(described_at, described_at + 10), confidence=0.45)]
        join_described_kin(doc)
        return doc

    assert len(family("Anselmo Echeverría").entities) == 2          # the father of the house takes "her father"
    assert len(family("Father Cirilo Mendoza").entities) == 3       # the priest does not


def test_her_mother_of_a_wife_who_took_her_husbands_surname_is_no_woman_of_that_surname(analyse):
    doc = analyse("Somchai Srisuwan had worked the ferry for twenty-three years. His wife, Bunruean Srisuwan, had "
                  "kept the noodle shop since she was a girl tying bundles of noodles for her own mother. Wannee "
                  "Srisuwan sat at the counter. Wannee Srisuwan read a book.\n")
    owner = {m.text: e for e in doc.entities for m in e.mentions if m.kind != "PRON"}
    assert owner["her own mother"] is not owner["Wannee Srisuwan"]
    # a daughter's "her father" is still the one man of her surname
    doc = analyse("Margaretha van der Meer sat at the window. Hendrik van der Meer came in. Margaretha van der Meer "
                  "looked up at her father and smiled.\n")
    owner = {m.text: e for e in doc.entities for m in e.mentions if m.kind != "PRON"}
    assert owner["her father"] is owner["Hendrik van der Meer"]


def test_a_second_name_that_opens_anothers_name_of_the_family_names_the_father(analyse):
    doc = analyse("Kamal Rashid Baban taught history at the boys' school in Sulaymaniyah. Galawezh Kamal Baban wrote "
                  "her name on the form. Vishnu Ganesh Gokhale and Ganesh Hari Gokhale lived in Pune. "
                  "Caridad Montero Iglesias and Rafael Montero Iglesias sold tobacco.\n")
    assert linked(doc, "Galawezh Kamal Baban", "child_of", "Kamal Rashid Baban")
    assert linked(doc, "Vishnu Ganesh Gokhale", "child_of", "Ganesh Hari Gokhale")
    # two Spanish surnames shared are no father's name
    assert not linked(doc, "Caridad Montero Iglesias", "child_of", "Rafael Montero Iglesias")


def test_the_child_of_two_named_parents_is_the_child_of_both(analyse):
    doc = analyse("John was the son of Peter Smith and Mary Jones.\n")
    found = triples(doc)
    assert ("John", "child_of", "Peter Smith") in found and ("John", "child_of", "Mary Jones") in found


def test_portuguese_names_put_the_mothers_surname_first():
    named = {"joao": Entity("joao", "PER", "João Fontes Andrade", gender="he"),
             "maria": Entity("maria", "PER", "Maria Gomes Fontes", gender="she"),
             "mary": Entity("mary", "PER", "Mary Andrade", gender="she"),
             "pedro": Entity("pedro", "PER", "Pedro Lima Andrade", gender="he")}
    two = {"joao": ("fontes", "andrade"), "maria": ("gomes", "fontes"), "mary": ("andrade", None),
           "pedro": ("lima", "andrade")}
    assert by_two_surnames("parent_of", "she", "joao", named, two, mother_first=True) == ["maria"]
    assert by_two_surnames("parent_of", "he", "joao", named, two, mother_first=True) == ["pedro"]
    # read the Spanish way, the mother would be one whose first surname is Andrade
    assert by_two_surnames("parent_of", "she", "joao", named, two) == ["mary"]


def test_her_father_is_the_one_named_father_whoever_the_pronoun_went_to(analyse):
    text = ("Jo van der Meer was twelve that winter. Her father, Hendrik van der Meer, had been a clerk at the "
            "gasworks. They walked north to Friesland, and Jo pushed the handcart while her father pulled.\n\n"
            "At the farm Trijn took them in. She set bowls on the table.\n\n"
            "“And the street?” said Trijn. “The houses?”\n\n"
            "“Four houses without floors,” her father said. “The old people went first.”\n\n"
            "“Eat,” said Trijn.\n")
    doc = analyse(text)
    (hendrik,) = [e for e in doc.entities if e.name == "Hendrik van der Meer"]
    said = text.index("her father said")
    assert any(m.start == said for m in hendrik.mentions)
    (four,) = [q for q in doc.quotes if q.text.startswith("“Four")]
    assert four.speaker == hendrik.id


def test_a_daughter_a_description_made_so_is_no_his_mother_of_her_father(analyse):
    doc = analyse("Jacob Makhaya was the evangelist at Ncerha. Elizabeth Makhaya went to the school at Lovedale in "
                  "1892.\n\nThat winter Jacob wrote to his daughter every week, and the letters were read aloud in "
                  "the dormitory.\n\nTwo years later his son asked to go to Kimberley.\n\n"
                  "‘Kimberley eats men,’ Jacob said. ‘It eats them and spits out the bones.’\n\n"
                  "‘Then I will be a bone, Tata.’\n\n‘Your uncle,’ said Jacob, ‘has never been further than Komga.’\n\n"
                  "His mother said nothing at all that night. The next morning she packed him bread and a blanket.\n")
    (elizabeth,) = [e for e in doc.entities if any(m.text == "Elizabeth Makhaya" for m in e.mentions)]
    assert "his daughter" in {m.text for m in elizabeth.mentions}
    assert "His mother" not in {m.text for m in elizabeth.mentions}


def test_one_described_as_a_mother_is_no_ones_father_whatever_the_name_table_says(analyse):
    # the Frisian Beppe (grandmother) is an Italian man's pet name in the name table; "Sjoerd's mother" says otherwise
    text = ("Sjoerd Hoekstra came in from the yard. Beppe, Sjoerd's mother, sat at the window with her knitting.\n\n"
            "\"A hand will not carry a man two hundred kilometres,\" said the old man, Sjoerd's father, from his chair "
            "by the stove. Beppe laughed at him, and he laughed at Beppe.\n")
    doc = analyse(text)
    (beppe,) = [e for e in doc.entities if any(m.text == "Beppe" for m in e.mentions)]
    assert "Sjoerd's father" not in {m.text for m in beppe.mentions}


def test_a_possessive_after_a_name_and_and_is_that_names(analyse):
    # the sentence is about Georgi, but "his wife" is his father's: "Tembolat Gagloev and his wife"
    doc = analyse("Georgi Gagloev was born in the spring of 1896 in Khidikus. He was the elder of the two sons of "
                  "Tembolat Gagloev and his wife; his brother Aslanbek followed in 1899.")
    names = {e.id: e.name for e in doc.entities}
    spouses = {(names[r.subject], names[r.object]) for r in doc.relations if r.predicate == "spouse_of"}
    assert spouses == {("his wife", "Tembolat Gagloev")}


def test_a_name_also_written_the_other_way_round_is_no_teknonym_to_join():
    """"Mai Xiong" of a Hmong woman, whom a register writes "Xiong Mai", is her name: not the teknonym of the mother
    of her grandson Kou, whom a wrong fact makes her child too (a Shona "Mai Tendai" would be joined)."""
    from personae.stages.relations import join_teknonyms

    def family(written: str) -> Document:
        text = f"The register wrote {written}. Mai Xiong held Kou. Youa, the mother of Kou, laughed."
        doc = Document.new(text, source="test")
        mai, kou, youa = text.index("Mai Xiong"), text.index("Kou"), text.index("Youa")
        doc.entities = [
            Entity(id="E1", type="PER", name="Mai Xiong", gender="she", mentions=[Mention(mai, mai + 9, "Mai Xiong",
                                                                                          "PROP")]),
            Entity(id="E2", type="PER", name="Kou", gender="he", mentions=[Mention(kou, kou + 3, "Kou", "PROP")]),
            Entity(id="E3", type="PER", name="Youa", gender="she", mentions=[Mention(youa, youa + 4, "Youa", "PROP")])]
        doc.relations = [Relation("E1", "parent_of", "E2", Evidence(mai, mai + 9)),
                         Relation("E3", "parent_of", "E2", Evidence(youa, youa + 4))]
        join_teknonyms(doc)
        return doc

    assert len(family("Xiong Mai, Vang Youa").entities) == 3
    assert len(family("the names").entities) == 2
