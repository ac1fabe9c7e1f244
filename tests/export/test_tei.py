from lxml import etree

from personae.export.tei import to_tei
from personae.model import paragraph_spans

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def parse(doc):
    return etree.fromstring(to_tei(doc).encode("utf-8"))


def test_tei_is_valid_against_tei_all(story, tei_all):
    root = parse(story)
    assert tei_all.validate(root), tei_all.error_log.filter_from_errors()


def test_every_alias_is_a_persname_and_variants_are_marked(story):
    root = parse(story)
    person = root.find(".//t:standOff/t:listPerson/t:person[@xml:id='E2']", {**NS, "xml": "http://www.w3.org/XML/1998/namespace"})
    names = {p.text: p.get("type") for p in person.findall("t:persName", NS)}
    assert names == {"Nikolai Petrov": "alias", "Nikolai": "alias", "Nigolai Betrov": "variant"}
    assert person.get("sex") == "M"
    assert [p.findtext("t:placeName", namespaces=NS) for p in root.iterfind(".//t:listPlace/t:place", NS)] == [
        "Leningrad", "the Finland Station"]
    relation = root.find(".//t:listRelation/t:relation", NS)
    assert (relation.get("name"), relation.get("active"), relation.get("passive")) == ("sibling_of", "#E1", "#E2")
    event = root.find(".//t:listEvent/t:event[2]", NS)
    assert event.get("where") == "#E4" and event.get("when-custom") == "1937-SP"


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
