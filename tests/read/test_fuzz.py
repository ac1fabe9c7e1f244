"""Fuzzing the readers and `analyze`: random and adversarial input raises nothing but PersonaeError."""
from __future__ import annotations

import io
import struct
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from personae import analyze_text
from personae.errors import PersonaeError
from personae.read import read_bytes

READER_RUNS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ANALYZE_RUNS = settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NAMES = ["in.txt", "in.md", "in.html", "in.xhtml", "in.xml", "in.tei", "in.epub", "in.docx", "in.rtf", "in.odt",
         "in.fodt", "in.fb2", "in.tex", "in.dbk", "in.zip", "in.wiki",
         "in.adoc", "in"]


def read_or_refuse(data: bytes, name: str) -> None:
    try:
        source = read_bytes(data, name)
    except PersonaeError as err:
        assert err.message
        return
    assert source.text.strip()
    for chapter in source.chapters:
        assert 0 <= chapter.start <= chapter.end <= len(source.text)


def make_epub(body: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as book:
        book.writestr("mimetype", "application/epub+zip")
        book.writestr("META-INF/container.xml",
                      '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:'
                      'xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type='
                      '"application/oebps-package+xml"/></rootfiles></container>')
        book.writestr("OEBPS/content.opf",
                      '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
                      '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>T</dc:title></metadata>'
                      '<manifest><item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/></manifest>'
                      '<spine><itemref idref="c1"/></spine></package>')
        book.writestr("OEBPS/c1.xhtml", f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html>')
    return out.getvalue()


TEI = ('<?xml version="1.0" encoding="UTF-8"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>'
       '<titleStmt><title>M</title></titleStmt></fileDesc></teiHeader><text><body><div><head>Part One</head>'
       '<p>Anna walked to the station.</p></div></body></text></TEI>')
TAGS = ["p", "div", "b", "i", "h1", "h2", "script", "style", "table", "td", "br", "html", "body", "head", "title",
        "section", "!--", "![CDATA[", "?xml"]
text_pieces = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40)
markup = st.lists(st.one_of(
    st.sampled_from(TAGS).map(lambda t: f"<{t}>"), st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
    st.sampled_from(["&amp;", "&#0;", "&#xD800;", "&bogus;", "<", ">", "\x00", "\ufeff"]), text_pieces),
    max_size=30).map("".join)


@READER_RUNS
@given(st.binary(max_size=3000), st.sampled_from(NAMES))
def test_random_bytes(data, name):
    read_or_refuse(data, name)


@READER_RUNS
@given(markup, st.sampled_from(["in.html", "in.xhtml", "in.xml", "in.tei", "in"]),
       st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "cp1252"]))
def test_odd_markup_in_any_encoding(page, name, encoding):
    read_or_refuse(page.encode(encoding, errors="replace"), name)


@READER_RUNS
@given(st.integers(0, len(TEI)), st.integers(0, len(TEI)), markup)
def test_malformed_tei(cut, insert_at, junk):
    read_or_refuse((TEI[:insert_at] + junk + TEI[insert_at:])[:cut + len(junk)].encode(), "in.xml")


def damage(data, archive: bytes) -> bytes:
    """The archive cut short or whole, and up to three of its bytes changed."""
    cut = data.draw(st.integers(0, len(archive)))
    flips = data.draw(st.lists(st.tuples(st.integers(0, max(len(archive) - 1, 0)), st.integers(0, 255)), max_size=3))
    damaged = bytearray(archive[:cut] if data.draw(st.booleans()) else archive)
    for at, value in flips:
        if at < len(damaged):
            damaged[at] = value
    return bytes(damaged)


@READER_RUNS
@given(st.data(), markup)
def test_truncated_and_damaged_epub(data, body):
    read_or_refuse(damage(data, make_epub(body)), data.draw(st.sampled_from(["in.epub", "in"])))


def make_docx(body: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", '<w:document xmlns:w="http://schemas.openxmlformats.org/'
                         f'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{body}</w:t></w:r></w:p></w:body></w:document>')
    return out.getvalue()


@READER_RUNS
@given(st.data(), markup)
def test_truncated_and_damaged_word_documents(data, body):
    read_or_refuse(damage(data, make_docx(body)), data.draw(st.sampled_from(["in.docx", "in"])))


def make_odt(body: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:'
                         'xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
                         f'<office:text><text:p>{body}</text:p></office:text></office:body></office:document-content>')
    return out.getvalue()


@READER_RUNS
@given(st.data(), markup)
def test_truncated_and_damaged_opendocuments(data, body):
    read_or_refuse(damage(data, make_odt(body)), data.draw(st.sampled_from(["in.odt", "in"])))


@READER_RUNS
@given(st.data(), markup)
def test_truncated_and_damaged_fictionbooks(data, body):
    book = ('<?xml version="1.0" encoding="windows-1251"?><FictionBook xmlns:l="http://www.w3.org/1999/xlink"><body>'
            f'<section><p>{body}<a l:href="#n1" type="note">1</a></p></section></body><body name="notes"><section '
            'id="n1"><p>A note.</p></section></body></FictionBook>').encode("cp1251", errors="replace")
    read_or_refuse(damage(data, book), data.draw(st.sampled_from(["in.fb2", "in"])))


rtf_pieces = st.lists(st.one_of(
    text_pieces, st.sampled_from(["{", "}", "\\", "\\par ", "\\'e1", "\\'9", "\\u8220\\'93", "\\u-4064?",
                                  "\\uc0 ", "\\i ", "\\i0 ", "{\\footnote ", "{\\*\\fldinst ", "\\chftn ",
                                  "{\\stylesheet{\\s1 heading 1;}", "\\s1 ", "\\li720 ", "\\v ", "\\~"])),
    max_size=40).map("".join)


@READER_RUNS
@given(rtf_pieces, st.sampled_from(["in.rtf", "in"]))
def test_odd_rtf(body, name):
    read_or_refuse(("{\\rtf1\\ansi " + body).encode("utf-8", errors="replace"), name)


@pytest.mark.parametrize("data", [
    "Anna walked to the station and waited for Nikolai.".encode("utf-16-le"),   # UTF-16 without BOM
    "Anna walked to the station and waited for Nikolai.".encode("utf-16-be"),
    b"word " * 200_000,                                                        # one huge line
    b"x" * 300_000,                                                            # one huge word
    b"Anna\x00walked\x00" * 100,
    b" \t\n\r\x0b\x0c" * 50, "\u2028\u3000\u00a0".encode() * 50,
])
@pytest.mark.parametrize("name", ["in.txt", "in.html", "in.xml", "in.epub", "in.docx", "in.rtf", "in.odt", "in.fb2",
                                  "in"])
def test_adversarial_inputs(data, name):
    read_or_refuse(data, name)


short_texts = st.lists(st.one_of(
    text_pieces, st.sampled_from(["Anna Petrova", "Mr. Petrov", "“", "”", '"', "'", "\n\n", "Chapter 1\n", "I",
                                  "said", " ", ".", "\x00", "\u200b", "Nigolai Betrov", "—", "She"])),
    min_size=1, max_size=40).map("".join)


@ANALYZE_RUNS
@given(short_texts)
def test_analyze_short_random_texts(text):
    from personae.schema import validation_errors

    try:
        doc = analyze_text(text)
    except PersonaeError:
        return
    assert validation_errors(doc.to_dict()) == []


def test_regression_html_tag_name_that_lxml_rejects():
    # Found by fuzzing: "<A<p>" and a tag holding a control character crashed the HTML reader (ValueError).
    read_or_refuse(b"<A<p>Anna walked.", "in.html")
    read_or_refuse(b"<p><div><A\x08<p>Anna walked.", "in.html")


def test_regression_epub_member_flagged_encrypted():
    # Found by fuzzing: a flipped flag bit marks a member encrypted; zipfile raised RuntimeError.
    book = bytearray(make_epub("<p>Anna walked.</p>"))
    entry = book.index(b"PK\x01\x02", book.index(b"PK\x01\x02") + 4)  # central entry 2: META-INF/container.xml
    book[entry + 8] |= 0x01                       # general purpose flag: encrypted
    with pytest.raises(PersonaeError):
        read_bytes(bytes(book), "in.epub")


def test_regression_epub_needing_an_unknown_zip_version():
    # Found by fuzzing: a damaged "version needed to extract" made zipfile.ZipFile raise NotImplementedError.
    book = bytearray(make_epub("<p>Anna walked.</p>"))
    book[book.index(b"PK\x01\x02") + 6] = 0xFF
    with pytest.raises(PersonaeError):
        read_bytes(bytes(book), "in.epub")


def test_regression_epub_central_directory_offset_past_its_start():
    # Found by fuzzing: a central directory said to start later than it does made zipfile
    # seek before the archive (ValueError: negative seek value).
    book = bytearray(make_epub("<p>Anna walked.</p>"))
    end = book.rindex(b"PK\x05\x06")                   # end of central directory record
    start = struct.unpack_from("<I", book, end + 16)[0]
    struct.pack_into("<I", book, end + 16, start + 200)
    with pytest.raises(PersonaeError):
        read_bytes(bytes(book), "in.epub")
