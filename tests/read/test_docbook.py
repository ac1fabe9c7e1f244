import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from personae.errors import PersonaeError
from personae.read.docbook import read_docbook

DOCTYPE = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN"\n'
           '  "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">\n')


def book(body: str, doctype: str = DOCTYPE, info: str = "<bookinfo><title>The Salt Road</title></bookinfo>") -> bytes:
    return f"{doctype}<book>{info}{body}</book>".encode("utf-8")


def chapter(content: str) -> bytes:
    return book(f"<chapter><title>One</title>{content}</chapter>")


def paragraphs(content: str) -> list[str]:
    """The paragraphs a chapter titled One shows, its title left out."""
    return read_docbook(chapter(content), "book.xml").text.rstrip("\n").split("\n\n")[1:]


BOOK = DOCTYPE + """<book lang="en">
<bookinfo>
  <title>The Salt Road</title>
  <author><firstname>Ruth</firstname><surname>Begay</surname></author>
  <copyright><year>1998</year><holder>Ruth Begay</holder></copyright>
  <legalnotice><para>All rights reserved.</para></legalnotice>
  <revhistory><revision><revnumber>2</revnumber></revision></revhistory>
  <abstract><para>A memoir of the trading post.</para></abstract>
</bookinfo>
<dedication><para>For my mother.</para></dedication>
<preface><title>A Note on Names</title><para>Names are as the family used them.</para></preface>
<part><title>Part One</title>
<chapter><chapterinfo><author><surname>Begay</surname></author></chapterinfo>
  <title>The Post</title><subtitle>Ganado, 1931</subtitle>
  <para>Lorenzo Hubbell&rsquo;s store stood by the wash &mdash; adobe and
    stone &ndash; and Jos&eacute; kept its books&hellip;</para>
  <sect1><title>Winter</title><para>Snow came in&nbsp;November. &copy; the weather.</para></sect1>
</chapter>
</part>
<appendix><title>Sources</title><para>Letters.</para></appendix>
<colophon><para>Set in Caslon.</para></colophon>
</book>"""


def test_a_docbook_4_book_reads_its_running_text_with_the_dtds_entities_and_without_its_metadata():
    source = read_docbook(BOOK.encode("utf-8"), "book.xml")
    assert source.title == "The Salt Road"
    assert source.text == (
        "For my mother.\n\nA Note on Names\n\nNames are as the family used them.\n\nPart One\n\nThe Post\n\n"
        "Ganado, 1931\n\nLorenzo Hubbell’s store stood by the wash — adobe and stone – and José kept its "
        "books…\n\n"
        "Winter\n\nSnow came in November. © the weather.\n\nSources\n\nLetters.\n\nSet in Caslon.\n")
    assert [c.title for c in source.chapters] == ["A Note on Names", "The Post", "Sources"]
    assert source.text[source.chapters[1].start:].startswith("The Post\n\n")


def test_the_books_own_title_is_its_title_where_its_metadata_gives_none():
    source = read_docbook(book("<chapter><title>One</title><para>Text.</para></chapter>", info="<title>Salt</title>"),
                          "book.xml")
    assert source.title == "Salt"
    assert source.text == "Salt\n\nOne\n\nText.\n"


def test_entities_the_document_declares_are_expanded_with_the_entities_they_hold():
    doctype = ('<!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "docbookx.dtd" [\n'
               '  <!-- the author\'s name, kept in one place ] <!ENTITY author "R. B."> -->\n'
               '  <!ENTITY author "Ruth Begay">\n  <!ENTITY place \'Ganado &mdash; &post;\'>\n'
               '  <!ENTITY post "the <emphasis>post</emphasis>">\n  <!ENTITY author "Someone Else">\n'
               '  <!ENTITY % local.notes "INCLUDE">\n]>\n')
    source = read_docbook(book("<chapter><title>&author;</title><para>&author; came to &place;.</para></chapter>",
                               doctype=doctype, info=""), "book.xml")
    assert source.text == "Ruth Begay\n\nRuth Begay came to Ganado — the post.\n"
    assert [source.text[a:b] for a, b in source.italics] == ["post"]


def test_entities_in_cdata_and_comments_stay_as_written_and_character_references_are_the_parsers():
    assert paragraphs("<para><![CDATA[Tom & Jerry &bogus; <b>]]> &#8212; &amp;<!-- &bogus; --> &lt;end&gt;</para>"
                      "<?dbfo &bogus;?>") == ["Tom & Jerry &bogus; <b> — & <end>"]


def test_an_entity_standing_for_markup_characters_stays_text():
    # (HTML's upper-case &AMP; and &LT; stand for the characters XML's &amp; and &lt; do)
    assert paragraphs('<para>R&AMP;D &LT;x&GT; <ulink url="a&QUOT;b"/></para>') == ['R&D <x> a"b']


@pytest.mark.parametrize("doctype, body, named", [
    (DOCTYPE, "<para>The &frobnicate; came.</para>", "&frobnicate;"),
    ("<!DOCTYPE book [" + "".join(f'<!ENTITY e{i} "&e{i + 1};">' for i in range(30)) + "]>", "<para>&e0;</para>",
     "&e16;"),
    ('<!DOCTYPE book [<!ENTITY chap2 SYSTEM "chapter2.xml">]>', "&chap2;", "&chap2;"),
    ('<!DOCTYPE book [<!ENTITY a "&b;"><!ENTITY b "&a;">]>', "<para>&a;</para>", "&a;"),
    ('<!DOCTYPE book [<!ENTITY a "xxxxxxxxxx">' + "".join(
        f'<!ENTITY {n} "{f"&{p};" * 10}">' for p, n in zip("abcdefgh", "bcdefghi")) + "]>",
     "<para>&i;</para>", "entities grow the file")])
def test_an_entity_that_cannot_be_read_is_refused_by_name_with_a_hint(doctype, body, named):
    with pytest.raises(PersonaeError) as err:
        read_docbook(book(body, doctype=doctype, info=""), "book.xml")
    assert named in err.value.message and err.value.hint


@pytest.mark.parametrize("data", [BOOK[:300].encode(), b"", b"<html><body><p>Hi</p></body></html>",
                                  b'<book xmlns="http://www.tei-c.org/ns/1.0"><chapter/></book>',
                                  b'<book><para>&unknown;</para></book>'])
def test_malformed_or_foreign_xml_is_refused_with_a_hint(data):
    with pytest.raises(PersonaeError) as err:
        read_docbook(data, "book.xml")
    assert err.value.hint


ARTICLE = """<?xml version="1.0" encoding="utf-8"?>
<article xmlns="http://docbook.org/ns/docbook" xmlns:xlink="http://www.w3.org/1999/xlink" version="5.0">
  <info><title>Letters Home</title><author><personname>Ana Ruiz</personname></author>
    <abstract><para>Not the text.</para></abstract></info>
  <para>An opening.</para>
  <section><title>Madrid</title><para>We arrived.</para>
    <section><title>The Flat</title><para>Small.</para></section></section>
  <section><info><title>Toledo</title></info><para>Hot.</para></section>
</article>"""


def test_a_docbook_5_articles_top_sections_mark_its_chapters():
    source = read_docbook(ARTICLE.encode(), "article.xml")
    assert source.title == "Letters Home"
    assert source.text == "An opening.\n\nMadrid\n\nWe arrived.\n\nThe Flat\n\nSmall.\n\nHot.\n"
    assert [c.title for c in source.chapters] == ["Madrid", "Toledo"]


def test_a_books_sections_mark_no_chapters_of_their_own():
    source = read_docbook(book("<chapter><title>One</title><sect1><title>A</title><para>x</para></sect1></chapter>"),
                          "book.xml")
    assert [c.title for c in source.chapters] == ["One"]


def test_titles_formal_paragraphs_sidebars_admonitions_and_bridgeheads_are_paragraphs():
    assert paragraphs("<formalpara><title>Weather</title><para>Cold.</para></formalpara>"
                      "<sidebar><title>Aside</title><para>An aside.</para></sidebar>"
                      "<note><title>Note</title><para>Mind.</para></note><warning><para>Careful.</para></warning>"
                      "<bridgehead>Later</bridgehead><highlights><para>High.</para></highlights>"
                      "<abstract><title>In Brief</title><para>Short.</para></abstract><simpara>Simple.</simpara>") == [
        "Weather", "Cold.", "Aside", "An aside.", "Note", "Mind.", "Careful.", "Later", "High.", "In Brief", "Short.",
        "Simple."]


def test_an_epigraph_and_a_block_quotation_are_set_in_their_attribution_after_them():
    assert paragraphs("<epigraph><attribution>A saying</attribution><para>Water finds its road.</para></epigraph>"
                      "<para>He wrote: <blockquote><attribution>Ma</attribution><para>We are well.</para>"
                      "<para>Come home.</para></blockquote> and left.</para>") == [
        "    Water finds its road.", "    A saying", "He wrote:", "    We are well.", "    Come home.", "    Ma",
        "and left."]


def test_literal_layouts_addresses_and_listings_keep_their_lines():
    assert paragraphs("<literallayout>\n   Fly, little bird,\n     over the <emphasis>river</emphasis>.\n"
                      "</literallayout><address>12 Main St.\n  Gallup, NM</address>"
                      "<programlisting>x = 1\ny = 2</programlisting>") == [
        "Fly, little bird,\nover the river.", "12 Main St.\nGallup, NM", "x = 1\ny = 2"]


def test_lists_give_each_items_paragraphs_an_ordered_lists_numbered():
    assert paragraphs("<itemizedlist><listitem><para>flour</para></listitem><listitem><para>salt</para>"
                      "</listitem></itemizedlist><orderedlist><listitem><para><emphasis>Knead</emphasis>.</para>"
                      "<para>Then rest.</para></listitem><listitem><para>Bake.</para></listitem></orderedlist>"
                      '<orderedlist startingnumber="4"><listitem><para>Eat.</para></listitem><listitem/>'
                      "</orderedlist>"
                      "<variablelist><varlistentry><term>hogan</term><listitem><para>a house</para></listitem>"
                      "</varlistentry></variablelist>") == [
        "flour", "salt", "1. Knead.", "Then rest.", "2. Bake.", "4. Eat.", "hogan", "a house"]


def test_a_tables_cells_are_paragraphs():
    assert paragraphs("<informaltable><tgroup cols='2'><tbody><row><entry>1931</entry><entry><para>Ganado</para>"
                      "</entry></row><row><entry><entrytbl cols='1'><tbody><row><entry>inner</entry></row></tbody>"
                      "</entrytbl></entry></row></tbody></tgroup></informaltable>") == ["1931", "Ganado", "inner"]


def test_what_a_book_prints_in_italics_is_recorded_but_bold_emphasis_is_not():
    source = read_docbook(chapter(
        "<para><emphasis>Yá'át'ééh</emphasis>, she said, <emphasis role='bold'>loud</emphasis>, reading "
        "<citetitle>The Trader</citetitle> in <foreignphrase>Diné</foreignphrase>: a <firstterm>hogan</firstterm>, "
        "the word <wordasword>sheep</wordasword>, a <glossterm>wash</glossterm>.</para>"), "book.xml")
    assert [source.text[a:b] for a, b in source.italics] == [
        "Yá'át'ééh", "The Trader", "Diné", "hogan", "sheep", "wash"]


def test_inline_markup_keeps_its_text_and_a_link_without_text_shows_its_address():
    assert paragraphs(
        '<para><personname><honorific>Mrs</honorific> <firstname>Ana</firstname> <surname>Ruiz</surname>'
        '</personname> of <acronym>NASA</acronym>, <trademark>Kodak</trademark>, <date>1931</date>, '
        '<citation>Begay 1998</citation>, <link linkend="c2">the next chapter</link>, '
        '<ulink url="http://example.org/"/>, <ulink url="http://example.org/">the site</ulink>, '
        '<email>ana@example.org</email>, <literal>x</literal>.</para>') == [
        "Mrs Ana Ruiz of NASA, Kodak, 1931, Begay 1998, the next chapter, http://example.org/, the site, "
        "ana@example.org, x."]


def test_a_docbook_5_link_without_text_shows_its_address():
    article = ('<article xmlns="http://docbook.org/ns/docbook" xmlns:xlink="http://www.w3.org/1999/xlink">'
               '<para>See <link xlink:href="http://example.org/"/>.</para></article>')
    assert read_docbook(article.encode(), "a.xml").text == "See http://example.org/.\n"


def test_a_quotation_the_markup_marks_is_printed_in_quotation_marks_single_inside_double():
    assert paragraphs("<para><quote>He said <quote>no <quote>never</quote></quote>.</quote></para>") == [
        "“He said ‘no “never”’.”"]


def test_footnotes_leave_their_number_and_are_printed_after_the_text():
    source = read_docbook(book(
        "<chapter><title>One<footnote><para>A title's note.</para></footnote></title>"
        "<para>He came home<footnote id='fn-year'><para>In 1956.</para><para>Or 1957.<footnote><para>A note's "
        "note.</para></footnote></para></footnote> at last, "
        "as before<footnoteref linkend='fn-year'/>.</para></chapter>"), "book.xml")
    assert source.text == ("One¹\n\nHe came home² at last, as before².\n\n1. A title's note.\n\n"
                           "2. In 1956. Or 1957.\n")
    assert [c.title for c in source.chapters] == ["One"]


def test_what_the_book_leaves_out_leaves_its_tail_with_one_space():
    assert paragraphs(
        "<para>The trading<indexterm><primary>trade</primary></indexterm> post <remark>check</remark>stood "
        "<anchor id='x'/>by the <xref linkend='c2'/>wash<beginpage/> <comment>sic</comment>and "
        "the<!-- a comment --> river.<inlinemediaobject><imageobject><imagedata fileref='a.png'/></imageobject>"
        "</inlinemediaobject></para><figure><title>The Post</title><mediaobject><imageobject>"
        "<imagedata fileref='post.png'/></imageobject></mediaobject></figure><para>Next.</para>") == [
        "The trading post stood by the wash and the river.", "Next."]


def test_the_encoding_is_the_declarations_unless_one_is_given():
    data = ('<?xml version="1.0" encoding="ISO-8859-1"?><book><chapter><title>Un</title>'
            '<para>Señora Núñez.</para></chapter></book>')
    assert read_docbook(data.encode("latin-1"), "book.xml").text == "Un\n\nSeñora Núñez.\n"
    assert read_docbook(data.encode("utf-8"), "book.xml", encoding="utf-8").text == "Un\n\nSeñora Núñez.\n"
    utf16 = data.replace("ISO-8859-1", "UTF-16").encode("utf-16")
    assert read_docbook(utf16, "book.xml").text == "Un\n\nSeñora Núñez.\n"


TAGS = ["book", "chapter", "title", "para", "footnote", "quote", "blockquote", "attribution", "orderedlist",
        "listitem", "literallayout", "emphasis", "indexterm", "!--", "![CDATA[", "?xml", "!DOCTYPE book ["]
markup = st.lists(st.one_of(
    st.sampled_from(TAGS).map(lambda t: f"<{t}>"), st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
    st.sampled_from(["&amp;", "&mdash;", "&#0;", "&bogus;", '<!ENTITY a "&a;">', "]>", "<", ">", "\x00"]),
    st.text(max_size=20)), max_size=30).map("".join)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markup, st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_odd_docbook_raises_nothing_but_personae_error(page, encoding):
    try:
        read_docbook(page.encode(encoding, errors="replace"), "book.xml")
    except PersonaeError as err:
        assert err.message
