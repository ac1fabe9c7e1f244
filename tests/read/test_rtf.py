import pytest

from personae.errors import PersonaeError
from personae.pipeline import analyze
from personae.read import read_bytes

HEAD = (r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}}{\colortbl;\red0\green0\blue0;}"
        r"{\stylesheet{\s0 Normal;}{\s1\b heading 1;}{\*\cs10 Default Paragraph Font;}}"
        r"{\info{\title Milpa Alta, 1914}{\author Translator}}" "\n")


def rtf(body: str) -> bytes:
    return (HEAD + body + "}").encode("ascii")


def test_rtf_escapes_read_as_the_characters_they_stand_for():
    """cp1252 hex escapes, unicode escapes with their fallback, named quotes and dashes, and the source's own
    line breaks (which RTF ignores, inside a word too) give the text as the page shows it."""
    source = read_bytes(rtf(r"\pard\plain \'93Do\'f1a Luz,\'94 he said \endash  and wai" "\n"
                            r"ted.\par" "\n"
                            r"\pard\plain\uc1 \u8220\'93Ya voy,\u8221\'94 said Do\u241?a Luz \u8212\'97 and came.\par"
                            "\n" r"\pard \ldblquote Tlazohcamati,\rdblquote  she said.\par"),
                      "history.rtf")
    assert source.title == "Milpa Alta, 1914"
    assert source.text == ("“Doña Luz,” he said – and waited.\n\n“Ya voy,” said Doña Luz — and came.\n\n"
                           "“Tlazohcamati,” she said.\n")


def test_rtf_notes_headings_italics_set_in_paragraphs_and_hidden_text():
    source = read_bytes(rtf(
        r"\pard\s1\outlinelevel0 Chapter Three\par"
        r"\pard\plain The ejido was granted in 1929.{\super\chftn}{\footnote\pard\plain {\super\chftn} "
        r"Ejido: land held in common.}{\v  [check]} Then {\i nobody believed it} came.\par"
        r"\pard\li720\ri720 My father said the land was ours.\par"
        r"\pard\plain{\*\bkmkstart x}\i Where is the paper?\i0  I asked myself.{\*\bkmkend x}\par"
        r"\pard\s1 Chapter Four\par\pard Dear Luz,\line we are well.\line Your son, Andr\'e9s\par"), "in.rtf")
    assert "The ejido was granted in 1929.¹ Then nobody believed it came." in source.text
    assert "\n    My father said the land was ours.\n" in source.text
    assert source.text.rstrip().endswith("1. Ejido: land held in common.")
    assert [c.title for c in source.chapters] == ["Chapter Three", "Chapter Four"]
    assert "\n\nDear Luz,\nwe are well.\nYour son, Andrés\n" in source.text      # a letter's lines, one paragraph
    assert [source.text[start:end] for start, end in source.italics] == ["nobody believed it", "Where is the paper?"]


def test_an_rtf_file_is_told_by_its_content_and_its_speakers_read(tmp_path):
    path = tmp_path / "testimony"
    path.write_bytes(rtf(r"\pard Don Crisp\'edn Flores came to the door.\par"
                         r"\pard \'93The water is gone,\'94 said Don Crisp\'edn.\par"
                         r"\pard \'93Then we go to the city,\'94 his wife answered.\par"))
    doc = analyze(path)
    names = {entity.id: entity.name for entity in doc.entities}
    assert names[doc.quotes[0].speaker] == "Crispín Flores"
    assert doc.document.title == "Milpa Alta, 1914"


def test_a_character_escaped_as_two_surrogates_is_one_character():
    source = read_bytes(rtf(r"\pard Kala\u-10179?\u-8446? and a lone \u-10179? here.\par"), "in.rtf")
    assert source.text == "Kala\U0001f702 and a lone \ufffd here.\n"


@pytest.mark.parametrize("data", [rtf(r"\pard Cut short {\i here\par").rstrip(b"}"), b"{\\rtf1\\ansi {\\fonttbl;}}", b"\\rtf1 no group"])
def test_malformed_rtf_is_a_personae_error(data):
    with pytest.raises(PersonaeError) as raised:
        read_bytes(data, "in.rtf")
    assert raised.value.hint
