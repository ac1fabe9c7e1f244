import io
import zipfile

import pytest

from personae.errors import PersonaeError
from personae.read import read_bytes

BOOK = """<?xml version="1.0" encoding="windows-1251"?>
<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0" xmlns:l="http://www.w3.org/1999/xlink">
<description><title-info><author><last-name>Korepanova</last-name></author><book-title>The Mill</book-title>
<annotation><p>Not part of the text.</p></annotation></title-info></description>
<body><title><p>The Mill</p></title>
<section><title><p>Chapter Seven</p><p>The Thaw</p></title>
<epigraph><p>Water finds its road.</p><text-author>A saying</text-author></epigraph>
<p>Ivan Petrovich came home in 1956.<a l:href="#n_1" type="note">1</a></p>
<p>&#8212; Where to? &#8212; asked Vanya. &#8212; To Glazov.</p>
<empty-line/>
<p><emphasis>She will not wait,</emphasis> he thought. Gapa&#1255;.</p>
<poem><stanza><v>Fly, little bird,</v><v>over the river.</v></stanza></poem>
<cite><p>Dear Vanya, we are well.</p><text-author>Your mother</text-author></cite>
</section>
<section><title><p>Chapter Eight</p></title><p>Winter came.</p></section></body>
<body name="notes"><section id="n_1"><title><p>1</p></title><p>The year of the congress.</p></section></body>
<binary id="cover.jpg" content-type="image/jpeg">AAAA</binary>
</FictionBook>"""


def test_a_fictionbook_in_windows_1251_reads_its_main_body_with_notes_after_it():
    source = read_bytes(BOOK.encode("cp1251"), "novel.fb2")
    assert source.title == "The Mill"
    assert source.text == (
        "The Mill\n\nChapter Seven\n\nThe Thaw\n\n    Water finds its road.\n\n    A saying\n\n"
        "Ivan Petrovich came home in 1956.¹\n\n— Where to? — asked Vanya. — To Glazov.\n\n"
        "She will not wait, he thought. Gapaӧ.\n\n    Fly, little bird,\n    over the river.\n\n"
        "    Dear Vanya, we are well.\n\n    Your mother\n\nChapter Eight\n\nWinter came.\n\n"
        "1. The year of the congress.\n")
    assert [c.title for c in source.chapters] == ["Chapter Seven. The Thaw", "Chapter Eight"]
    assert [source.text[a:b] for a, b in source.italics] == ["She will not wait,"]


@pytest.mark.parametrize("name", ["novel.fb2.zip", "novel"])
def test_a_zipped_or_unnamed_fictionbook_is_known_by_its_content(name):
    data = BOOK.encode("cp1251")
    if name.endswith(".zip"):
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("novel.fb2", data)
        data = out.getvalue()
    assert read_bytes(data, name).text.startswith("The Mill\n\nChapter Seven")


def test_an_encoding_given_overrides_the_declaration():
    source = read_bytes(BOOK.replace("&#1255;", "").encode("utf-8"), "novel.fb2", encoding="utf-8")
    assert "— Where to? — asked Vanya." in source.text


@pytest.mark.parametrize("data", [BOOK[:400].encode("cp1251"), b'<?xml version="1.0"?><TEI/>',
                                  b'<FictionBook><body name="notes"/></FictionBook>'])
def test_a_broken_fictionbook_is_refused_with_a_hint(data):
    with pytest.raises(PersonaeError) as err:
        read_bytes(data, "in.fb2")
    assert err.value.hint
