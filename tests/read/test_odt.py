import io
import zipfile

import pytest

from personae.errors import PersonaeError
from personae.read import read_bytes

OFFICE = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')
AUTOMATIC = ('<office:automatic-styles><style:style style:name="T1" style:family="text"><style:text-properties '
             'fo:font-style="italic"/></style:style><style:style style:name="P1" style:family="paragraph" '
             'style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="0.5in"/></style:style>'
             '</office:automatic-styles>')
NAMED = ('<office:styles><style:style style:name="Standard" style:family="paragraph"/><style:style '
         'style:name="Quotations" style:family="paragraph" style:parent-style-name="Standard"/><style:style '
         'style:name="Emphasis" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>'
         '<style:style style:name="T2" style:family="text" style:parent-style-name="Emphasis"/></office:styles>')


def make_odt(body: str, title: str | None = None, mimetype: bool = True) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        if mimetype:
            package.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        package.writestr("META-INF/manifest.xml", "<manifest/>")
        package.writestr("content.xml", f'<?xml version="1.0"?><office:document-content {OFFICE}>{AUTOMATIC}'
                         f'<office:body><office:text>{body}</office:text></office:body></office:document-content>')
        package.writestr("styles.xml", f'<?xml version="1.0"?><office:document-styles {OFFICE}>{NAMED}'
                         '</office:document-styles>')
        if title:
            package.writestr("meta.xml", f'<?xml version="1.0"?><office:document-meta {OFFICE}><office:meta>'
                             f'<dc:title>{title}</dc:title></office:meta></office:document-meta>')
    return out.getvalue()


def test_an_opendocument_manuscript_reads_as_its_accepted_text():
    """Spans split inside words join; the old wording of a tracked deletion (kept at the text's head) is left
    out and an insertion kept; a comment is no part of the text; runs of spaces, as the page shows them."""
    data = make_odt(
        '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>Habyarimana</text:p>'
        '</text:deletion></text:changed-region><text:changed-region text:id="c2"><text:insertion/>'
        '</text:changed-region></text:tracked-changes>'
        '<text:p text:style-name="Standard">My father <text:change text:change-id="c1"/><text:change-start '
        'text:change-id="c2"/>Habi<text:span text:style-name="T9">mana</text:span><text:change-end '
        'text:change-id="c2"/> came home<office:annotation><dc:creator>Ed</dc:creator><text:p>Which year?</text:p>'
        '</office:annotation> late.<text:s text:c="3"/>«<text:s/>Come,<text:s/>» he said.</text:p>'
        '<text:soft-page-break/><text:p text:style-name="Standard">We went.</text:p>')
    source = read_bytes(data, "memoir.odt")
    assert source.text == "My father Habimana came home late. « Come, » he said.\n\nWe went.\n"


def test_opendocument_headings_notes_italics_and_set_in_paragraphs_are_kept_as_printed():
    data = make_odt(
        '<text:p text:style-name="Standard">The Hill</text:p>'
        '<text:h text:outline-level="1">Chapter One</text:h>'
        '<text:p text:style-name="Standard">We left Nyanza in 1959.<text:note text:id="n1" text:note-class="footnote">'
        '<text:note-citation>1</text:note-citation><text:note-body><text:p>The royal seat.</text:p></text:note-body>'
        '</text:note> <text:span text:style-name="T1">He is tired,</text:span> I thought.</text:p>'
        '<text:p text:style-name="Quotations">Dear brother,<text:line-break/>we are alive.</text:p>'
        '<text:list><text:list-item><text:p text:style-name="P1">Set in by its margin.</text:p></text:list-item>'
        '</text:list>'
        '<text:h text:outline-level="1">Chapter Two</text:h>'
        '<text:p text:style-name="Standard"><text:span text:style-name="T2">Where is he?</text:span> I asked.</text:p>',
        title="The Hill of Butare")
    source = read_bytes(data, "in.odt")
    assert source.title == "The Hill of Butare"
    assert source.text == ("The Hill\n\nChapter One\n\nWe left Nyanza in 1959.¹ He is tired, I thought.\n\n"
                           "    Dear brother,\n    we are alive.\n\n    Set in by its margin.\n\nChapter Two\n\n"
                           "Where is he? I asked.\n\n1. The royal seat.\n")
    assert [c.title for c in source.chapters] == ["Chapter One", "Chapter Two"]
    assert [source.text[a:b] for a, b in source.italics] == ["He is tired,", "Where is he?"]


def test_an_opendocument_is_known_by_its_mimetype_without_its_extension():
    source = read_bytes(make_odt('<text:p>Anna came home.</text:p>'), "manuscript")
    assert source.text == "Anna came home.\n"


def test_a_flat_opendocument_reads_like_a_packaged_one():
    flat = (f'<?xml version="1.0"?><office:document {OFFICE}>{NAMED}{AUTOMATIC}<office:meta><dc:title>Flat'
            '</dc:title></office:meta><office:body><office:text><text:p><text:span text:style-name="T1">So</text:span>'
            ' it was.</text:p></office:text></office:body></office:document>').encode()
    for name in ("in.fodt", "in"):
        source = read_bytes(flat, name)
        assert (source.text, source.title, source.italics) == ("So it was.\n", "Flat", [(0, 2)])


@pytest.mark.parametrize("data", [b"PK\x03\x04broken", make_odt("<text:p>cut")])
def test_a_damaged_opendocument_is_refused_with_a_hint(data):
    with pytest.raises(PersonaeError) as err:
        read_bytes(data, "in.odt")
    assert err.value.hint
