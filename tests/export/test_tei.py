from lxml import etree

from personae.export.tei import names_and_descriptions, to_tei
from personae.model import (Alias, Document, Entity, Event, Evidence, Mention, Participant, Quote, Relation, TimeExpr,
                            Trigger, paragraph_spans)
from personae.store import Store

NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_NS = "http://www.w3.org/XML/1998/namespace"


def parse(doc):
    return etree.fromstring(to_tei(doc).encode("utf-8"))


def test_tei_is_valid_against_tei_all(story, tei_all):
    root = parse(story)
    assert tei_all.validate(root), tei_all.error_log.filter_from_errors()


def test_every_proper_name_is_a_persname_the_canonical_one_main_and_variants_are_marked(story):
    root = parse(story)
    person = root.find(".//t:standOff/t:listPerson/t:person[@xml:id='E2']", {**NS, "xml": XML_NS})
    names = [(p.text, p.get("type")) for p in person.findall("t:persName", NS)]
    assert names == [("Nikolai Petrov", "main"), ("Nikolai", "alias"), ("Nigolai Betrov", "variant")]
    assert person.get("sex") == "M"
    assert [p.findtext("t:placeName", namespaces=NS) for p in root.iterfind(".//t:listPlace/t:place", NS)] == [
        "Leningrad", "the Finland Station"]
    relation = root.find(".//t:listRelation/t:relation", NS)
    assert (relation.get("name"), relation.get("mutual"), relation.get("active")) == ("sibling_of", "#E1 #E2", None)
    event = root.find(".//t:listEvent/t:event[2]", NS)
    assert event.get("where") == "#E4" and event.get("when-custom") == "1937-SP"


def test_regression_descriptions_are_notes_not_persnames(story, tei_all):
    # regression: "his widow", "my grandmother", "a farmer" were persName type="alias"
    nikolai = story.entities[1]
    start = story.text.index("her brother")
    nikolai.mentions.append(Mention(start, start + len("her brother"), "her brother", "NOM"))
    nikolai.aliases.append(Alias("her brother", 1))
    root = parse(story)
    assert tei_all.validate(root), tei_all.error_log.filter_from_errors()
    person = root.find(".//t:listPerson/t:person[@xml:id='E2']", {**NS, "xml": XML_NS})
    assert "her brother" not in [p.text for p in person.findall("t:persName", NS)]
    assert [n.text for n in person.findall("t:note[@type='description']", NS)] == ["her brother"]
    porter = root.find(".//t:listPerson/t:person[@xml:id='E5']", {**NS, "xml": XML_NS})
    assert porter.findall("t:persName", NS) == []
    assert porter.findtext("t:note[@type='description']", namespaces=NS) == "the porter"


def test_names_without_mentions_are_told_from_descriptions_by_their_form():
    entity = Entity("E1", "PER", "Johanna Strauss", [Alias("Johanna", 2), Alias("his widow", 1), Alias("a farmer", 1)])
    assert names_and_descriptions(entity) == (["Johanna Strauss", "Johanna"], ["his widow", "a farmer"])
    only = Entity("E2", "PER", "the son of a dealer", [Alias("the son of a dealer", 1)])
    assert names_and_descriptions(only) == ([], ["the son of a dealer"])


def test_body_marks_names_speech_and_dates_and_keeps_the_text(story):
    root = parse(story)
    body = root.find(".//t:body", NS)
    said = body.findall(".//t:said", NS)
    assert [(s.get("who"), s.get("toWhom")) for s in said][:2] == [("#E1", "#E2"), ("#E2", "#E1")]
    # Q3 runs over two paragraphs: one said element in each, both for the same speaker
    assert len(said) == 4 and said[2].get("who") == said[3].get("who") == "#E2"
    refs = [(p.text, p.get("ref")) for p in body.iterfind(".//t:persName", NS)]
    assert ("Nigolai Betrov", "#E2") in refs and ("Anna Petrova", "#E1") in refs
    assert [r.get("ref") for r in body.iterfind(".//t:rs", NS)].count("#E1") == 2      # the pronouns
    assert body.find(".//t:date", NS).get("when") == "1937-03"
    assert body.find(".//t:placeName", NS).get("ref") == "#E3"
    paragraphs = ["".join(p.itertext()) for p in body.findall("t:p", NS)]
    assert paragraphs == [story.text[s:e] for s, e in paragraph_spans(story.text)]


def test_markup_in_the_text_stays_text(story):
    xml = to_tei(story)
    assert "<script>" not in xml and "&lt;script&gt;" in xml and "&amp; more" in xml


def test_time_values_become_the_right_tei_attribute():
    from personae.export.tei import _date_attrs

    assert _date_attrs("1937-03") == ' when="1937-03"'
    assert _date_attrs("P26Y") == ' dur="P26Y"'
    assert _date_attrs("XXXX-WXX-6") == ' when-custom="XXXX-WXX-6"'
    assert _date_attrs(None) == ""


def test_scenes_are_events_of_their_own_with_time_place_and_people(story, tei_all):
    from personae.model import Scene

    split = story.text.index("Later that spring")
    story.scenes = [Scene("S1", 0, split, place="E3", time="T1", value="1937-03", people=["E1", "E2"]),
                    Scene("S2", split, len(story.text), place="E4", time="T2", value="1937-SP", people=["E2"])]
    root = parse(story)
    assert tei_all.validate(root), tei_all.error_log.filter_from_errors()
    scenes = root.findall(".//t:standOff/t:listEvent[@type='scenes']/t:event", NS)
    assert [(s.get("type"), s.get("when"), s.get("when-custom"), s.get("where"), s.get("ana")) for s in scenes] == [
        ("scene", "1937-03", None, "#E3", "#E1 #E2"), ("scene", None, "1937-SP", "#E4", "#E2")]
    assert scenes[1].findtext("t:desc", namespaces=NS).startswith("Later that spring Nigolai Betrov")


ADLER = ("On 30 December 1935 Dr. Adler told Rosa Feldmann that the Realschule Lindenfeld would close.\n\n"
         "“Rosa, the Gestapo came,” said Dr. Adler.\n")


def span_of(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def mention(text: str, phrase: str, kind: str = "PROP", nth: int = 0) -> Mention:
    return Mention(*span_of(text, phrase, nth), phrase, kind)


def adler_document() -> Document:
    """Mentions that nest (a date inside a name, a name inside a name), a name that runs out of a
    quotation, an organisation, a relation of each kind and an event that names a participant twice."""
    text = ADLER
    doc = Document.new(text, "adler.txt")
    date_name = mention(text, "30 December 1935 Dr. Adler")          # the recogniser's runaway span
    adler = Entity("E1", "PER", "Dr. Adler", [Alias("Dr. Adler", 2)], gender="he",
                   mentions=[date_name, mention(text, "Dr. Adler", nth=1)])
    inner = Entity("E2", "PER", "Adler", [Alias("Adler", 1)], mentions=[mention(text, "Adler")])  # inside E1's
    crossing = Mention(span_of(text, "came,”")[0], span_of(text, "came,” said")[1], "came,” said", "NOM")
    rosa = Entity("E3", "PER", "Rosa Feldmann", [Alias("Rosa Feldmann", 1), Alias("Rosa", 1)], gender="she",
                  mentions=[mention(text, "Rosa Feldmann"), mention(text, "Rosa", nth=1), crossing])
    school = Entity("E4", "ORG", "the Realschule Lindenfeld", [Alias("the Realschule Lindenfeld", 1)],
                    mentions=[mention(text, "the Realschule Lindenfeld")])
    gestapo = Entity("E5", "ORG", "the Gestapo", [Alias("the Gestapo", 1)], mentions=[mention(text, "the Gestapo")])
    doc.entities = [adler, inner, rosa, school, gestapo]
    doc.times = [TimeExpr("T1", *span_of(text, "30 December 1935"), "30 December 1935", "1935-12-30")]
    doc.quotes = [Quote("Q1", *span_of(text, "“Rosa, the Gestapo came,”"), "“Rosa, the Gestapo came,”", "E1", ["E3"],
                        "speech", "explicit", 0.9)]
    told = span_of(text, "told")
    doc.events = [Event("V1", 0, Trigger(*told, "told"),
                        [Participant("E1", "agent"), Participant("E1", "agent"), Participant("E3", "recipient")],
                        time="T1")]
    evidence = Evidence(*span_of(text, "Dr. Adler told Rosa Feldmann"))
    doc.relations = [Relation("E1", "colleague_of", "E3", evidence, 0.6000000000000001, time="T1"),
                     Relation("E3", "arrested", "E5", evidence, 0.7),
                     Relation("E1", "dismissed", "E1", evidence, 0.42),
                     Relation("E1", "member_of", "E4", evidence, 0.5)]
    return doc


def test_organisations_have_a_list_and_orgname_in_the_body(tei_all):
    root = parse(adler_document())
    assert tei_all.validate(root), tei_all.error_log.filter_from_errors()
    orgs = root.findall(".//t:standOff/t:listOrg/t:org", NS)
    assert [(o.get(f"{{{XML_NS}}}id"), o.findtext("t:orgName", namespaces=NS)) for o in orgs] == [
        ("E4", "the Realschule Lindenfeld"), ("E5", "the Gestapo")]
    assert orgs[0].find("t:orgName", NS).get("type") == "main"
    body = root.find(".//t:body", NS)
    assert [(o.text, o.get("ref")) for o in body.iterfind(".//t:orgName", NS)] == [
        ("the Realschule Lindenfeld", "#E4"), ("the Gestapo", "#E5")]


def test_regression_nested_and_crossing_mentions_keep_the_outermost_and_never_cross(tei_all):
    # regression: persName inside persName with another id, and a date inside a persName
    doc = adler_document()
    root = parse(doc)
    assert tei_all.validate(root), tei_all.error_log.filter_from_errors()
    body = root.find(".//t:body", NS)
    marked = {"persName", "placeName", "orgName", "rs", "date"}
    for element in body.iter():
        if etree.QName(element).localname in marked:
            assert not [d for d in element.iterdescendants() if etree.QName(d).localname in marked], \
                etree.tostring(element, encoding="unicode")
    names = [(p.text, p.get("ref")) for p in body.iterfind(".//t:persName", NS)]
    assert names == [("30 December 1935 Dr. Adler", "#E1"), ("Rosa Feldmann", "#E3"), ("Rosa", "#E3"),
                     ("Dr. Adler", "#E1")]
    assert body.find(".//t:date", NS) is None                       # inside the (outer) name: not marked
    assert [r.text for r in body.iterfind(".//t:rs", NS)] == []     # "came,” said" crosses the quotation's end
    assert len(body.findall(".//t:said", NS)) == 1
    paragraphs = ["".join(p.itertext()) for p in body.findall("t:p", NS)]
    assert paragraphs == [doc.text[s:e] for s, e in paragraph_spans(doc.text)]


def test_regression_event_participants_are_named_once_with_their_roles(tei_all):
    # regression: ana="#E5 #E5"
    root = parse(adler_document())
    event = root.find(".//t:standOff/t:listEvent[@type='events']/t:event", NS)
    assert event.get("ana") == "#E1 #E3" and event.get("when") == "1935-12-30"
    assert [(r.get("ref"), r.get("role"), r.text) for r in event.iterfind("t:desc/t:rs", NS)] == [
        ("#E1", "agent", "Dr. Adler"), ("#E3", "recipient", "Rosa Feldmann")]


def test_symmetric_relations_are_mutual_others_active_and_passive(tei_all):
    root = parse(adler_document())
    assert tei_all.validate(root), tei_all.error_log.filter_from_errors()
    relations = [(r.get("name"), r.get("type"), r.get("mutual"), r.get("active"), r.get("passive"), r.get("cert"),
                  r.get("when")) for r in root.iterfind(".//t:listRelation/t:relation", NS)]
    assert relations == [
        ("colleague_of", "social", "#E1 #E3", None, None, "0.60", "1935-12-30"),
        ("arrested", "biographical", None, "#E5", "#E3", "0.70", None),    # the Gestapo arrested Rosa
        ("dismissed", "biographical", None, "#E1", None, "0.42", None),      # a one-person event: no passive
        ("member_of", "hierarchy", None, "#E1", "#E4", "0.50", None)]
    assert root.find(".//t:listRelation/t:relation", NS).findtext("t:desc", namespaces=NS) == \
        "Dr. Adler told Rosa Feldmann"


def test_durations_on_events_and_relations_stay_valid(tei_all, story):
    # @dur is valid on a date in the text, not on an event or relation: those leave it out
    doc = adler_document()
    doc.times[0].value = "P26Y"
    root = parse(doc)
    assert tei_all.validate(root), tei_all.error_log.filter_from_errors()
    assert root.find(".//t:listEvent/t:event", NS).get("dur") is None
    story.times[0].value = "P26Y"
    root = parse(story)
    assert tei_all.validate(root), tei_all.error_log.filter_from_errors()
    assert root.find(".//t:body//t:date", NS).get("dur") == "P26Y"


def test_scenes_of_a_stored_analysis_are_listed(analyse, tei_all, tmp_path):
    # the review saw an empty scenes list: the scenes of a stored document reach the TEI
    text = ("In May 1941 Maria Ivanova came to Kazan.\n\nMaria met Pyotr at the station.\n\n"
            "In 1950 Maria lived in Moscow.\n")
    with Store(tmp_path / "p.db") as store:
        store.save(analyse(text))
        doc = store.load(store.document_ids()[0])
    assert doc.scenes
    root = parse(doc)
    assert tei_all.validate(root), tei_all.error_log.filter_from_errors()
    scenes = root.findall(".//t:standOff/t:listEvent[@type='scenes']/t:event", NS)
    assert [s.get(f"{{{XML_NS}}}id") for s in scenes] == [f"scene-{s.id}" for s in doc.scenes]
