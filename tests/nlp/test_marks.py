"""Marks the stages do not read (»…«, »…», ‹…›, ›…‹, ‚…‘, „…“, „…”, 「…」, ”…”) are read as marks they do, and mapped
back."""
import pytest

from personae.nlp.marks import inverse, mark_table, read_marks
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

# The same kind of scene in curly quotes, to be set in each of the other styles (’ stays the apostrophe).
CURLY = """The Ferry

The ferry was late, and Jakob Hartmann stood on the quay with his daughter Lene.

“It won’t come before dark,” he said. “The river is too high.”

“Then we walk, Papa?”

“We wait. Your grandmother’s legs won’t walk to Kehl.”

Lene sat on the trunk. “Grandmother said she’d rather swim.”

“She says a great many things,” said Jakob. “Sit still.”

A boatman came along the wall. “The ferry’s tied up at Auenheim,” he called. “Not tonight.”
"""

STYLES = {"single guillemets": "‹›", "single guillemets facing inward": "›‹", "low-high singles": "‚‘",
          "corner brackets": "「」", "one guillemet at both ends": "»»", "German low-high": "„“",
          "Polish low-high": "„”"}


def set_in(text: str, marks: str) -> str:
    return text.replace("“", marks[0]).replace("”", marks[1])


def test_inward_marks_are_told_from_outward_ones():
    table = mark_table(INWARD)
    assert table is not None
    assert mark_table(INWARD.translate(table)) is None
    assert mark_table("«Viens,» dit-elle. «Vite.»") is None
    # a stray mark or two in a text without guillemet dialogue is no style
    assert mark_table("The sign read »Kasse« and nothing else.") is None
    assert INWARD.translate(table).translate(inverse(table)) == INWARD


@pytest.mark.parametrize("style", STYLES)
def test_each_style_maps_onto_marks_read_and_back_exactly(style):
    text = set_in(CURLY, STYLES[style])
    table = mark_table(text)
    assert table is not None
    read = text.translate(table)
    assert len(read) == len(text) and read.translate(inverse(table)) == text
    assert "’" in read          # the apostrophes are left alone


def test_no_mapping_onto_marks_the_text_uses_itself():
    # a curly-quoted text with one low-high quotation inside: its ‘ may not become ” (nor ” be mapped back)
    assert mark_table(CURLY.replace("“Then we walk", "‚Then‘ “we walk").replace("The ferry was late,", "‚Late,‘ they said.")) is None
    assert mark_table(CURLY) is None


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
    inward, outward = analyse(INWARD), analyse(INWARD.translate(mark_table(INWARD)))
    names = {e.id: e.name for e in inward.entities}
    assert [(q.start, q.end) for q in inward.quotes] == [(q.start, q.end) for q in outward.quotes]
    assert [names.get(q.speaker) for q in inward.quotes] == \
        [{e.id: e.name for e in outward.entities}.get(q.speaker) for q in outward.quotes]
    assert [names.get(q.speaker) for q in inward.quotes][:4] == ["Karl", "Karl", "Anna Weber", "Karl"]


@pytest.mark.parametrize("style", STYLES)
def test_each_style_gets_the_quotations_and_speakers_curly_quotes_get(analyse, style):
    text = set_in(CURLY, STYLES[style])
    doc, curly = analyse(text), analyse(CURLY)
    assert doc.text == text
    assert validation_errors(doc.to_dict()) == []
    assert [(q.start, q.end) for q in doc.quotes] == [(q.start, q.end) for q in curly.quotes]
    assert all(doc.text[q.start:q.end] == q.text and q.text[0] == STYLES[style][0] for q in doc.quotes)
    names, curly_names = {e.id: e.name for e in doc.entities}, {e.id: e.name for e in curly.entities}
    speakers = [names.get(q.speaker) for q in doc.quotes]
    assert speakers == [curly_names.get(q.speaker) for q in curly.quotes]
    assert len(doc.quotes) == 9 and speakers[:2] == ["Jakob Hartmann", "Jakob Hartmann"]


# The e-text convention: two backticks open, two apostrophes close, a backtick and an apostrophe nest.
BACKTICKS = CURLY.replace("“", "``").replace("”", "''").replace("’", "'").replace(
    "``We wait.", "``We wait. She said `never again' last time.")


def test_backticks_are_read_two_for_two_and_mapped_back_exactly():
    reading = read_marks(BACKTICKS)
    assert reading is not None and len(reading.text) == len(BACKTICKS)
    assert "``" not in reading.text and "“It won't come" in reading.text and "‘never again'" in reading.text
    assert reading.restore(reading.text) == BACKTICKS
    assert read_marks(CURLY) is None
    # a text with curly marks of its own, or a backtick or two in code, is read as it is
    assert read_marks(BACKTICKS.replace("Lene sat", "“Lene” sat")) is None
    assert read_marks("Run ``make'' to build it.") is None


def test_backtick_quotations_span_their_marks_and_get_the_speakers_curly_ones_get(analyse):
    doc, curly = analyse(BACKTICKS), analyse(CURLY)
    assert doc.text == BACKTICKS
    assert validation_errors(doc.to_dict()) == []
    assert all(doc.text[q.start:q.end] == q.text and q.text.startswith("``") and q.text.endswith("''")
               for q in doc.quotes)
    assert doc.quotes[0].text == "``It won't come before dark,''"
    names, curly_names = {e.id: e.name for e in doc.entities}, {e.id: e.name for e in curly.entities}
    speakers = [names.get(q.speaker) for q in doc.quotes]
    assert speakers == [curly_names.get(q.speaker) for q in curly.quotes]
    assert len(doc.quotes) == 9 and speakers[:3] == ["Jakob Hartmann", "Jakob Hartmann", "Lene"]


# A Dutch typescript: two commas open, a straight double mark closes (or, on some machines, two apostrophes).
LOW_COMMAS = CURLY.replace("“", ",,").replace("”", '"')
LOW_COMMAS_APOSTROPHES = CURLY.replace("“", ",,").replace("”", "''")


@pytest.mark.parametrize("text", [LOW_COMMAS, LOW_COMMAS_APOSTROPHES], ids=["double mark", "two apostrophes"])
def test_low_commas_are_read_as_marks_and_mapped_back_exactly(text):
    reading = read_marks(text)
    assert reading is not None and len(reading.text) == len(text)
    assert ",," not in reading.text and "“It won’t come before dark,” he said" in reading.text.replace("  ", " ")
    assert reading.restore(reading.text) == text
    # commas doubled by a slip, in a text quoted the usual way, are no style
    assert read_marks(CURLY.replace("he said.", "he said,, and left.")) is None
    assert read_marks('"Come,,now," he said.') is None


@pytest.mark.parametrize("text", [LOW_COMMAS, LOW_COMMAS_APOSTROPHES], ids=["double mark", "two apostrophes"])
def test_low_comma_quotations_span_their_marks_and_get_the_speakers_curly_ones_get(analyse, text):
    doc, curly = analyse(text), analyse(CURLY)
    assert doc.text == text
    assert validation_errors(doc.to_dict()) == []
    assert all(doc.text[q.start:q.end] == q.text and q.text.startswith(",,") for q in doc.quotes)
    assert doc.quotes[0].text in (',,It won’t come before dark,"', ",,It won’t come before dark,''")
    names, curly_names = {e.id: e.name for e in doc.entities}, {e.id: e.name for e in curly.entities}
    speakers = [names.get(q.speaker) for q in doc.quotes]
    assert speakers == [curly_names.get(q.speaker) for q in curly.quotes]
    assert len(doc.quotes) == 9 and speakers[:3] == ["Jakob Hartmann", "Jakob Hartmann", "Lene"]


# The Swedish and Finnish book style: the closing marks at both ends, a single one nested, years and words
# elided with the apostrophe it shares.
BOTH_CLOSING = CURLY.replace("“", "”").replace(
    "”We wait.", "”We wait. She said ’never in my life’ in ’41, and ’tis no different now.")


def test_closing_marks_at_both_ends_are_read_as_opening_and_closing_and_mapped_back():
    reading = read_marks(BOTH_CLOSING)
    assert reading is not None and len(reading.text) == len(BOTH_CLOSING)
    assert "“It won’t come before dark,” he said." in reading.text
    assert "She said ‘never in my life’ in ’41, and ’tis" in reading.text
    assert reading.restore(reading.text) == BOTH_CLOSING
    assert read_marks(CURLY) is None


def test_quotations_set_with_closing_marks_get_the_speakers_curly_ones_get(analyse):
    doc, curly = analyse(CURLY.replace("“", "”")), analyse(CURLY)
    assert [(q.start, q.end) for q in doc.quotes] == [(q.start, q.end) for q in curly.quotes]
    assert all(doc.text[q.start:q.end] == q.text and q.text[0] == "”" for q in doc.quotes)
    names, curly_names = {e.id: e.name for e in doc.entities}, {e.id: e.name for e in curly.entities}
    assert [names.get(q.speaker) for q in doc.quotes] == [curly_names.get(q.speaker) for q in curly.quotes]
