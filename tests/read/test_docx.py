import io
import zipfile

import pytest

from personae.errors import PersonaeError
from personae.pipeline import analyze
from personae.read import read_bytes

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"


def run(text: str, italic=False, hidden=False) -> str:
    properties = ("<w:i/>" if italic else "") + ("<w:vanish/>" if hidden else "")
    return f'<w:r><w:rPr>{properties}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def paragraph(*runs: str, style: str | None = None, indent: int | None = None) -> str:
    properties = (f'<w:pStyle w:val="{style}"/>' if style else "") + (f'<w:ind w:left="{indent}"/>' if indent else "")
    return f"<w:p><w:pPr>{properties}</w:pPr>{''.join(runs)}</w:p>"


def make_docx(paragraphs: list[str], footnotes: dict[int, str] | None = None, title: str | None = None,
              styles: dict[str, str] | None = None, main: str = "word/document.xml") -> bytes:
    styles = styles or {"Title": "Title", "Heading1": "heading 1", "Quote": "Quote"}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
        package.writestr("_rels/.rels", f'<?xml version="1.0"?><Relationships xmlns="{PACKAGE_RELS}"><Relationship '
                         f'Id="r1" Type="{RELS}/officeDocument" Target="{main}"/></Relationships>')
        folder, file = main.rsplit("/", 1)
        package.writestr(f"{folder}/_rels/{file}.rels", f'<?xml version="1.0"?><Relationships xmlns="{PACKAGE_RELS}">'
                         f'<Relationship Id="r1" Type="{RELS}/styles" Target="styles.xml"/>'
                         f'<Relationship Id="r2" Type="{RELS}/footnotes" Target="footnotes.xml"/></Relationships>')
        package.writestr(main, f'<?xml version="1.0"?><w:document {W}><w:body>{"".join(paragraphs)}</w:body></w:document>')
        package.writestr(f"{folder}/styles.xml", f'<?xml version="1.0"?><w:styles {W}>' + "".join(
            f'<w:style w:styleId="{sid}"><w:name w:val="{name}"/></w:style>' for sid, name in styles.items())
            + "</w:styles>")
        notes = "".join(f'<w:footnote w:id="{n}"><w:p><w:r><w:footnoteRef/></w:r>{run(" " + text)}</w:p></w:footnote>'
                        for n, text in (footnotes or {}).items())
        package.writestr(f"{folder}/footnotes.xml", f'<?xml version="1.0"?><w:footnotes {W}><w:footnote w:id="0">'
                         f'<w:p><w:r><w:separator/></w:r></w:p></w:footnote>{notes}</w:footnotes>')
        if title:
            package.writestr("docProps/core.xml", '<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.'
                             'openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/'
                             f'elements/1.1/"><dc:title>{title}</dc:title></cp:coreProperties>')
    return out.getvalue()


def test_a_word_manuscript_reads_as_its_accepted_text():
    """Runs split inside words join; a tracked deletion is left out and an insertion kept; a comment, its
    anchors and hidden text are no part of the text."""
    data = make_docx([
        paragraph(run("Pati"), run("mat came "), '<w:del w:id="1" w:author="Ed"><w:r><w:delText>“Not yet,” '
                  'she said, </w:delText></w:r></w:del>', '<w:ins w:id="2" w:author="Ed">', run("home late"),
                  "</w:ins>", '<w:commentRangeStart w:id="0"/>', run("."), '<w:commentRangeEnd w:id="0"/>',
                  '<w:r><w:commentReference w:id="0"/></w:r>', run(" (draft)", hidden=True)),
        paragraph(run("“"), run("Where were you?”"), run(" asked her father.")),
    ])
    source = read_bytes(data, "memoir.docx")
    assert source.text == "Patimat came home late.\n\n“Where were you?” asked her father.\n"


def test_word_headings_titles_notes_and_set_in_paragraphs_are_kept_as_printed():
    data = make_docx([
        paragraph(run("The Aul"), style="Title"),
        paragraph(run("Chapter One"), style="berschrift1"),
        paragraph(run("We left in 1944."), '<w:r><w:footnoteReference w:id="7"/></w:r>',
                  run(" The road was closed.")),
        paragraph(run("Dear brother, we are alive."), style="Zitat"),
        paragraph(run("Line one"), "<w:r><w:br/></w:r>", run("line two"), indent=1440),
        paragraph(run("Chapter Two"), style="berschrift1"),
        paragraph(run("Where is he now?", italic=True), run(" I wondered.")),
    ], footnotes={7: "Aul: a mountain village."},
        styles={"Title": "Title", "berschrift1": "heading 1", "Zitat": "Quote"})
    source = read_bytes(data, "in.docx")
    assert source.title == "The Aul"
    assert "We left in 1944.¹ The road was closed." in source.text
    assert "\n    Dear brother, we are alive.\n" in source.text
    assert "\n    Line one\n    line two\n" in source.text
    assert source.text.rstrip().endswith("1. Aul: a mountain village.")
    assert [c.title for c in source.chapters] == ["Chapter One", "Chapter Two"]
    assert source.text[source.chapters[1].start:].startswith("Chapter Two")
    [(start, end)] = source.italics
    assert source.text[start:end] == "Where is he now?"


def test_the_documents_properties_give_the_title_and_the_package_its_main_part():
    data = make_docx([paragraph(run("Anna walked."))], title="A Winter in Khunzakh", main="doc/main.xml")
    source = read_bytes(data, "whatever")       # no extension: told from its content
    assert (source.title, source.text) == ("A Winter in Khunzakh", "Anna walked.\n")


def test_quotations_across_runs_and_tracked_changes_keep_their_speakers(tmp_path):
    deleted_quote = '<w:del w:id="3" w:author="Ed"><w:r><w:delText>“No,” </w:delText></w:r></w:del>'
    path = tmp_path / "chapter.docx"
    path.write_bytes(make_docx([
        paragraph(run("Magomed Gadzhiev came in from the yard.")),
        paragraph(run("“"), run("The snow has"), run(" closed the pass,” "), deleted_quote, run("Magomed said.")),
        paragraph(run("“Then we wait,” said Aishat.")),
    ]))
    doc = analyze(path)
    names = {entity.id: entity.name for entity in doc.entities}
    assert [(quote.text, names[quote.speaker]) for quote in doc.quotes] == [
        ("“The snow has closed the pass,”", "Magomed Gadzhiev"), ("“Then we wait,”", "Aishat")]


@pytest.mark.parametrize("damage", ["not_zip", "no_document", "bad_xml", "no_body"])
def test_a_damaged_word_document_is_a_personae_error(damage):
    data = make_docx([paragraph(run("Anna walked."))])
    if damage == "not_zip":
        data = data[:40]
    else:
        buffer = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buffer, "w") as dst:
            for item in src.infolist():
                content = src.read(item)
                if item.filename == "word/document.xml":
                    if damage == "no_document":
                        continue
                    content = content[:-30] if damage == "bad_xml" else f"<w:document {W}/>".encode()
                dst.writestr(item, content)
        data = buffer.getvalue()
    with pytest.raises(PersonaeError) as raised:
        read_bytes(data, "in.docx")
    assert raised.value.hint


def test_an_italic_stretch_word_splits_over_runs_is_one_stretch():
    # (runs split inside a word, "hi" + "m", and runs with only a space between are one stretch; an upright word
    # between parts two)
    data = make_docx([paragraph(run("Missing means that somebody has lost hi", italic=True), run("m,", italic=True),
                                run(" I thought, "), run("and wha", italic=True), run("t is lost", italic=True),
                                run(" ", italic=False), run("can be found.", italic=True))])
    source = read_bytes(data, "memoir.docx")
    assert [source.text[a:b] for a, b in source.italics] == ["Missing means that somebody has lost him,",
                                                             "and what is lost can be found."]
