import io
import zipfile

import pytest

from personae.errors import PersonaeError
from personae.read import read_bytes, read_path

STORY = "Chapter 1\n\nAnna walked to the station.\n\nChapter 2\n\nShe waited for Nikolai.\n"


@pytest.mark.parametrize("encoding,prefix", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"),
                                             ("utf-16", b""), ("cp1252", b"")])
def test_plain_text_encodings_decode_to_the_same_text(tmp_path, encoding, prefix):
    text = "Café “Astoria”, said Zoë.\r\nNext line."
    path = tmp_path / "story.txt"
    path.write_bytes(prefix + text.encode(encoding))
    assert read_path(path).text == "Café “Astoria”, said Zoë.\nNext line."


def test_a_word_processors_unicode_text_reads_its_no_break_spaces_as_spaces_one_for_one(tmp_path):
    # UTF-16 with its mark and CRLF, as "Save as Unicode Text" writes it; a no-break space before a dash and in a number
    text = "\t—Name?\u00a0—said the lieutenant.\r\n—Justino Mamani Quispe, 10\u202f000 men.\r\n"
    path = tmp_path / "chapter.txt"
    path.write_bytes(text.encode("utf-16"))
    assert read_path(path).text == "\t—Name? —said the lieutenant.\n—Justino Mamani Quispe, 10 000 men.\n"


def test_plain_text_chapters_and_markdown_title():
    source = read_bytes(("# The Lists\n\n" + STORY).encode(), "story.md")
    assert source.title == "The Lists"
    titles = [c.title for c in source.chapters]
    assert titles == ["The Lists", "Chapter 1", "Chapter 2"]
    second = source.chapters[2]
    assert source.text[second.start:second.end].startswith("Chapter 2")


@pytest.mark.parametrize("text, title", [
    ("Chapter Four: The Grünbaums of Lindenfeld, 1905–1949\n\nOf the roughly forty families few left a mark.\n",
     "Chapter Four: The Grünbaums of Lindenfeld, 1905–1949"),
    ("The Visit\n\nMaria came to Kazan.\n", "The Visit"),
    ("CHAPTER XII. The Return\n\nThey came back.\n", "CHAPTER XII. The Return"),
    ("\n\nThe Visit\n\nMaria came.\n", "The Visit"),                       # blank lines before it
    (STORY, None),                                                            # "Chapter 1" numbers a chapter
    ("Maria came to Kazan.\n\nShe left.\n", None),                            # a sentence
    ("“Come here,” she said\n\nHe came.\n", None),                             # a quotation
    ("The Visit\nMaria came to Kazan.\n\nShe left.\n", None),                  # no blank line under it
    ("It was late. Maria came\n\nShe left.\n", None),                         # a sentence break inside
    ("The Visit", None),                                                      # nothing after it
    ("the visit\n\nMaria came.\n", None),                                     # lower case
    ("A" + " very" * 20 + " long line\n\nMaria came.\n", None),               # too long
])
def test_regression_a_short_heading_line_is_the_title_of_a_plain_text(text, title):
    # regression: document.title was null under a clear heading line
    assert read_bytes(text.encode(), "story.txt").title == title


def test_the_title_line_stays_a_chapter_heading():
    text = "Chapter Four: The Grünbaums of Lindenfeld, 1905–1949\n\nOf the roughly forty families.\n"
    source = read_bytes(text.encode(), "story.txt")
    assert [c.title for c in source.chapters] == [source.title]


@pytest.mark.parametrize("data,message", [
    (b"", "no text"), (b"   \n\n  ", "no text"), (b"\x00\x01\x02binary\x00" * 50, "binary"),
    (bytes(range(256)) * 4, "binary"),
])
def test_unreadable_plain_input_is_a_personae_error(data, message):
    with pytest.raises(PersonaeError, match=message) as err:
        read_bytes(data, "bad.txt")
    assert err.value.hint


def test_wrong_explicit_encoding_gives_a_hint():
    with pytest.raises(PersonaeError) as err:
        read_bytes("Zoë".encode("utf-8"), "a.txt", encoding="ascii")
    assert "--encoding" in err.value.hint


def test_html_reader_keeps_blocks_title_and_chapters_and_drops_scripts():
    page = b"""<!doctype html><html><head><title>Lists</title><script>alert(1)</script></head>
    <body><h1>Chapter One</h1><p>Anna <b>walked</b> to
    the station.</p><p>Nikolai waited.</p><h2>Chapter Two</h2><p>Snow fell.</p></body></html>"""
    source = read_bytes(page, "lists.html")
    assert source.title == "Lists"
    assert "alert" not in source.text
    assert "Anna walked to the station.\n\nNikolai waited." in source.text
    assert [c.title for c in source.chapters] == ["Chapter One", "Chapter Two"]


TEI = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>A Memoir</title></titleStmt>
<publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>
<text><body><div><head>Part One</head><p>Anna walked.</p><note>an editor's note</note></div>
<div><head>Part Two</head><p>Nikolai <hi>waited</hi>.</p></div></body></text></TEI>"""


def test_tei_reader_reads_the_body_by_division():
    source = read_bytes(TEI.encode(), "memoir.xml")
    assert source.title == "A Memoir"
    assert "Anna walked." in source.text and "Nikolai waited." in source.text
    assert "editor's note" not in source.text and "x" not in source.text.split()
    assert [c.title for c in source.chapters] == ["Part One", "Part Two"]


@pytest.mark.parametrize("data", [TEI[:-30].encode(), b"<?xml version='1.0'?><root><p>hi</p></root>",
                                  b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a SYSTEM 'file:///etc/passwd'>]>"
                                  b"<TEI xmlns='http://www.tei-c.org/ns/1.0'><text><body><p>&a;</p></body></text></TEI>"])
def test_malformed_or_foreign_xml_is_a_personae_error(data):
    try:
        source = read_bytes(data, "bad.xml")
    except PersonaeError as err:
        assert err.hint
    else:  # an external entity must never be resolved
        assert "root:" not in source.text


def make_epub(chapters: list[tuple[str, str]], spine_order: list[int], title="The Book") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as book:
        book.writestr("mimetype", "application/epub+zip")
        book.writestr("META-INF/container.xml", """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>""")
        items = "".join(f'<item id="c{i}" href="c{i}.xhtml" media-type="application/xhtml+xml"/>' for i in range(len(chapters)))
        spine = "".join(f'<itemref idref="c{i}"/>' for i in spine_order)
        book.writestr("OEBPS/content.opf", f"""<?xml version="1.0"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:title>{title}</dc:title></metadata><manifest>{items}</manifest><spine>{spine}</spine></package>""")
        for i, (head, body) in enumerate(chapters):
            book.writestr(f"OEBPS/c{i}.xhtml", f"""<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">
<head><title>{head}</title></head><body><h1>{head}</h1><p>{body}</p></body></html>""")
    return buffer.getvalue()


def test_epub_chapters_follow_the_spine_not_the_manifest():
    data = make_epub([("One", "Anna walked."), ("Two", "Nikolai waited.")], spine_order=[1, 0])
    source = read_bytes(data, "book.epub")
    assert source.title == "The Book"
    assert source.text.index("Nikolai waited.") < source.text.index("Anna walked.")
    assert [c.title for c in source.chapters] == ["Two", "One"]
    for chapter in source.chapters:
        assert chapter.title in source.text[chapter.start:chapter.end]


@pytest.mark.parametrize("damage", ["truncate", "no_container", "not_zip"])
def test_malformed_epub_is_a_personae_error(damage):
    data = make_epub([("One", "Anna walked.")], [0])
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "not_zip":
        data = b"PK\x03\x04" + b"garbage" * 20
    else:
        buffer = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buffer, "w") as dst:
            for item in src.infolist():
                if item.filename != "META-INF/container.xml":
                    dst.writestr(item, src.read(item))
        data = buffer.getvalue()
    with pytest.raises(PersonaeError):
        read_bytes(data, "book.epub")


def test_missing_file_and_folder_are_personae_errors(tmp_path):
    with pytest.raises(PersonaeError, match="no such file"):
        read_path(tmp_path / "nope.txt")
    with pytest.raises(PersonaeError, match="folder"):
        read_path(tmp_path)


MARKDOWN = """# The Well

*For my mother, who waited.*

My brother **Berdi** sat on the rim,
his cap over his eyes. *He knows,* I thought.[^1]

* * *

> Dear Ogulgerek,
> we are well.

1. The first
2. The second

[^1]: He always knew.
"""


def test_markdown_is_read_as_the_rendered_page_with_its_italics():
    source = read_bytes(MARKDOWN.encode(), "well.md")
    assert source.title == "The Well"
    assert [c.title for c in source.chapters] == ["The Well"]
    # the marks are gone, a paragraph's lines joined, a block quotation set in, a note's reference a superscript
    assert source.text == ("The Well\n\nFor my mother, who waited.\n\nMy brother Berdi sat on the rim, his cap over "
                           "his eyes. He knows, I thought.¹\n\n* * *\n\n    Dear Ogulgerek, we are well.\n\n"
                           "1. The first\n\n2. The second\n\n1. He always knew.\n")
    assert [source.text[start:end] for start, end in source.italics] == ["For my mother, who waited.", "He knows,"]


def test_markdown_keeps_what_is_no_markup():
    source = read_bytes(b"Chapter 1\n\nA snake_case word, 2 * 3 = 6, and a \\*star\\*.\n", "plain.md")
    assert source.text == "Chapter 1\n\nA snake_case word, 2 * 3 = 6, and a *star*.\n"
    assert source.italics == [] and [c.title for c in source.chapters] == ["Chapter 1"]


def test_html_italics_block_quotes_lists_and_note_references_are_kept_as_printed():
    page = """<html><body><h1>The Steppe</h1><p>«Go,» said Dorzho.<sup><a href="#fn1">1</a></sup> He read
    <em>The Secret History</em> and thought, <i> She will not come back. </i></p>
    <blockquote><p>Dear brother,</p><p>We are   well.</p></blockquote>
    <h2>Notes</h2><ol><li id="fn1">Archive, f. 3.</li><li>Ibid.</li></ol></body></html>"""
    source = read_bytes(page.encode(), "steppe.html")
    assert source.text == ("The Steppe\n\n«Go,» said Dorzho.¹ He read The Secret History and thought, She will not "
                           "come back.\n\n    Dear brother,\n\n    We are well.\n\nNotes\n\n1. Archive, f. 3.\n\n2. Ibid.\n")
    assert [source.text[start:end] for start, end in source.italics] == ["The Secret History",
                                                                          "She will not come back."]
    assert [source.text[c.start:c.end].split("\n")[0] for c in source.chapters] == ["The Steppe", "Notes"]


def test_quotations_the_markup_marks_are_printed_in_quotation_marks():
    tei = TEI.replace("<p>Anna walked.</p>", '<p><said who="#anna">Go home,</said> said Anna. <q>“Already?”</q> '
                      'He <hi rend="italic">thought</hi>: <emph>Never again.</emph></p>')
    source = read_bytes(tei.encode(), "memoir.xml")
    assert "“Go home,” said Anna. “Already?” He thought: Never again." in source.text
    assert [source.text[start:end] for start, end in source.italics] == ["thought", "Never again."]
    page = read_bytes(b"<html><body><p>She said <q>no</q>.</p></body></html>", "q.html")
    assert page.text == "She said “no”.\n"
    # one inside another in single marks, a note and a page break left out
    nested = TEI.replace("<p>Anna walked.</p>", '<p><q>He told me, <q>Write Dmitry</q>, and<pb n="7"/> I wrote it.</q>'
                         '<note place="foot" n="1">Memoir, f. 300.</note> Anna laughed.</p>')
    assert "“He told me, ‘Write Dmitry’, and I wrote it.” Anna laughed." in read_bytes(nested.encode(), "n.xml").text


def test_a_markdown_file_quoting_with_backticks_keeps_them_as_quotation_marks():
    text = "``Come in,'' she said.\n\n``Where?'' he asked.\n\n``Here,'' she said. Run `make`.\n"
    assert read_bytes(text.encode(), "talk.md").text == text


def test_an_etexts_underscored_italics_are_read_as_its_page_shows_them():
    text = ("[Transcriber's note: italics are shown between underscores.]\n\nThey sailed on the _Westphalia_ in\n"
            "May. _He will not come back,_ she thought. The _Vogt_ said nothing.\n\nMr. ____ signed it, my_file too.\n")
    source = read_bytes(text.encode(), "in.txt")
    assert "They sailed on the Westphalia in\nMay. He will not come back, she thought." in source.text
    assert "Mr. ____ signed it, my_file too." in source.text
    assert [source.text[start:end] for start, end in source.italics] == ["Westphalia", "He will not come back,", "Vogt"]
    # (underscores twice are no style: they stay)
    assert read_bytes(b"The _one_ and the _other_ went.", "in.txt").text == "The _one_ and the _other_ went."


def test_a_google_docs_page_reads_its_styled_italics_set_in_paragraphs_and_notes_without_its_comments():
    """Google Docs styles by generated classes, brackets its notes' references and anchors its comments as "[a]"
    with the comments after the notes: italics and a left margin come from the classes (or a style of the
    element's own), a reference is a superscript number, a comment and its anchor no part of the text."""
    page = (
        '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">'
        '.c0{color:#000000;font-style:normal}.c1{font-style:italic}.c7{margin-left:36pt;margin-right:36pt}'
        '.c2{margin-left:0pt}</style></head><body class="c9 doc-content"><p class="c4 title"><span>The Exile</span>'
        '</p><h1 id="h.x1"><span class="c0">Chapter Four</span></h1><p class="c2"><span class="c0">Hajji Yusuf '
        'came to Amman in 1902.</span><sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup><span class="c0"> '
        '&quot;We walked,&quot; he said.</span><sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup><span class="c0"> '
        '</span><span class="c1">Allah</span><span class="c0">&nbsp;knows.</span></p><p class="c2 c5"><span '
        'class="c0"></span></p><p class="c2"><span class="c0">Umm Khalil told me:</span></p><p class="c2 c7">'
        '<span class="c0">We had nothing when we came.</span></p><p style="margin-left:0.5in">And the winter.</p>'
        '<p><span style="font-style:italic">Kismet</span>, he said.</p><hr><div><p class="c4"><a href="#ftnt_ref1"'
        ' id="ftnt1">[1]</a><span class="c3">&nbsp;The Hejaz railway.</span></p></div><div class="c6"><p class='
        '"c4"><a href="#cmnt_ref1" id="cmnt1">[a]</a><span class="c5">Check the year.</span></p></div></body></html>')
    source = read_bytes(page.encode(), "history.html")
    assert source.title == "The Exile"
    assert source.text == ("The Exile\n\nChapter Four\n\nHajji Yusuf came to Amman in 1902.¹ \"We walked,\" he said. "
                           "Allah knows.\n\nUmm Khalil told me:\n\n    We had nothing when we came.\n\n"
                           "    And the winter.\n\nKismet, he said.\n\n[1] The Hejaz railway.\n")
    assert [source.text[a:b] for a, b in source.italics] == ["Allah", "Kismet"]


def test_an_encoding_given_for_xml_overrides_its_declaration():
    # (a file converted to UTF-8 whose declaration still says windows-1252, read with --encoding utf-8)
    tei = ('<?xml version="1.0" encoding="windows-1252"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>'
           '<p>Señora Núñez came home.</p></body></text></TEI>').encode("utf-8")
    assert read_bytes(tei, "letter.xml", encoding="utf-8").text == "Señora Núñez came home.\n"


XML_KINDS = {
    "alto": ('<?xml version="1.0" encoding="UTF-8"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout>'
             '<Page ID="p1"><PrintSpace><TextBlock ID="b1"><TextLine><String CONTENT="Ayshe"/><SP/>'
             '<String CONTENT="came."/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>'),
    "docbook": ('<?xml version="1.0"?>\n<!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" '
                '"http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">\n<book><chapter><title>One</title>'
                '<para>Ayshe came&mdash;<quote>late</quote>.</para></chapter></book>'),
    "tei": TEI,
    "fb2": ('<?xml version="1.0" encoding="UTF-8"?><FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0">'
            '<body><section><p>Ayshe came.</p></section></body></FictionBook>'),
}


@pytest.mark.parametrize("kind", XML_KINDS)
def test_an_xml_file_is_read_by_the_reader_its_root_element_names(kind):
    """A .xml file may be TEI, DocBook, ALTO or a FictionBook: the root element tells which, with or without the
    extension."""
    data = XML_KINDS[kind].encode("utf-8")
    for name in ("book.xml", "book"):
        text = read_bytes(data, name).text
        assert ("Anna walked." if kind == "tei" else "Ayshe came") in text
    if kind == "docbook":
        assert read_bytes(data, "book.xml").text == "One\n\nAyshe came—“late”.\n"


def test_a_latex_source_is_read_by_its_extension_or_its_document_class():
    latex = (b"\\documentclass{book}\n\\title{The Plateau}\n\\begin{document}\n\\chapter{Exile}\n"
             b"\\enquote{We walked,} said Tom\\'as. % an editor's query\n\n\\end{document}\n")
    for name in ("history.tex", "history"):
        source = read_bytes(latex, name)
        assert source.text == "Exile\n\n“We walked,” said Tomás.\n"
        assert source.title == "The Plateau" and [c.title for c in source.chapters] == ["Exile"]


PAGE_2019 = "http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"


def page_xml(lines: list[str]) -> bytes:
    """One page of a PAGE transcription: a paragraph region of the given lines."""
    text_lines = "".join(f'<TextLine id="l{n}"><TextEquiv><Unicode>{line}</Unicode></TextEquiv></TextLine>'
                         for n, line in enumerate(lines))
    return (f'<?xml version="1.0" encoding="UTF-8"?><PcGts xmlns="{PAGE_2019}"><Metadata><Creator>Transkribus'
            f'</Creator></Metadata><Page imageFilename="p.jpg" imageWidth="2000" imageHeight="3000">'
            f'<TextRegion id="r1" type="paragraph">{text_lines}</TextRegion></Page></PcGts>').encode("utf-8")


def test_a_page_xml_file_and_a_transcription_export_are_read_as_page():
    """A PAGE file (.xml or none: its root element tells) is one page; a zip of them (.zip or none) is a
    transcription platform's export, its pages in their names' order where no METS file gives one."""
    one = page_xml(["Ayshe came home¬", "late."])
    for name in ("p1.xml", "p1"):
        assert read_bytes(one, name).text == "Ayshe came homelate.\n"
    export = io.BytesIO()
    with zipfile.ZipFile(export, "w") as archive:
        archive.writestr("1187/memoir/page/0010_p10.xml", page_xml(["The second page."]))
        archive.writestr("1187/memoir/page/0002_p2.xml", page_xml(["The first page."]))
    for name in ("memoir.zip", "memoir"):
        assert read_bytes(export.getvalue(), name).text == "The first page.\n\nThe second page.\n"


def test_a_zip_of_no_kind_read_is_refused_with_a_hint():
    other = io.BytesIO()
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("notes/one.txt", "Some notes.")
    with pytest.raises(PersonaeError) as err:
        read_bytes(other.getvalue(), "notes.zip")
    assert "no kind personae reads" in err.value.message and "unzip" in err.value.hint


def test_wikitext_and_asciidoc_are_read_by_their_extension_or_their_look():
    wiki = b"{{header\n | title = The Road\n | section = Chapter I\n}}\n'''Anna''' came to [[w:Kazan|Kazan]].\n"
    for name in ("road.wiki", "road.wikitext", "road"):
        source = read_bytes(wiki, name)
        assert source.text == "Anna came to Kazan.\n" and source.title == "The Road — Chapter I"
    adoc = b"= The Road\n:doctype: book\n:town: Kazan\n\n== One\n\n\"`Come,`\" said _Anna_ in {town}.\n"
    for name in ("road.adoc", "road.asciidoc", "road"):
        source = read_bytes(adoc, name)
        assert source.text == "One\n\n“Come,” said Anna in Kazan.\n" and source.title == "The Road"
    # (plain text with a few of their marks stays plain)
    assert read_bytes(b"Anna said ''no'' == and left.\n", "note").text == "Anna said ''no'' == and left.\n"


def test_italics_a_paragraph_break_parts_are_two_stretches():
    """An italic title and a paragraph that opens in italics are two stretches (runs only spaces part are one)."""
    html = b"<html><body><h2><i>The Road</i></h2><p><i>Come</i> <i>home,</i> she thought.</p></body></html>"
    source = read_bytes(html, "road.html")
    assert [source.text[a:b] for a, b in source.italics] == ["The Road", "Come home,"]
