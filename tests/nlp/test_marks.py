"""Guillemets facing inward (»…«, German and Danish style) are read as those facing outward."""
from personae.nlp.marks import faces_inward, turned
from personae.schema import validation_errors

# A visit told with German-style marks, a single ›…‹ quotation nested in one of them.
INWARD = """The Visit

It was raining when Anna Weber came up the hill to her brother's house. Karl was splitting wood in the yard.

»You came after all,« he said, and set down the axe. »I thought the bus would not run.«

»It ran late. Is Mother awake?«

»She is waiting for you. She has said ›Anna will come‹ every day since Sunday.«

Anna took off her wet scarf. »Then I had better go in. Karl, will you bring my bag?«

He nodded. »Go on. I'll bring it.«

Inside, their mother sat by the stove. »Anna,« she said. »My girl. You are thin.«

»I am the same as always, Mama.«
"""


def test_inward_marks_are_told_from_outward_ones():
    assert faces_inward(INWARD)
    assert not faces_inward(turned(INWARD))
    assert not faces_inward("«Viens,» dit-elle. «Vite.»")
    # a stray mark or two in a text without guillemet dialogue is no style
    assert not faces_inward("The sign read »Kasse« and nothing else.")
    assert turned(turned(INWARD)) == INWARD and len(turned(INWARD)) == len(INWARD)


def test_inward_quotations_are_found_and_given_as_the_text_has_them(analyse):
    doc = analyse(INWARD)
    assert doc.text == INWARD
    assert validation_errors(doc.to_dict()) == []
    quotes = [q.text for q in doc.quotes]
    assert quotes[:3] == ["»You came after all,«", "»I thought the bus would not run.«",
                          "»It ran late. Is Mother awake?«"]
    assert all(doc.text[q.start:q.end] == q.text for q in doc.quotes)
    assert len(doc.quotes) == 9


def test_inward_quotations_get_the_speakers_outward_ones_would(analyse):
    inward, outward = analyse(INWARD), analyse(turned(INWARD))
    names = {e.id: e.name for e in inward.entities}
    assert [(q.start, q.end) for q in inward.quotes] == [(q.start, q.end) for q in outward.quotes]
    assert [names.get(q.speaker) for q in inward.quotes] == \
        [{e.id: e.name for e in outward.entities}.get(q.speaker) for q in outward.quotes]
    assert [names.get(q.speaker) for q in inward.quotes][:4] == ["Karl", "Karl", "Anna Weber", "Karl"]
