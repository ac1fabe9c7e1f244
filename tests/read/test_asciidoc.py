import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from personae.errors import PersonaeError
from personae.read.asciidoc import looks_like_asciidoc, read_asciidoc


def read(adoc: str):
    return read_asciidoc(adoc.encode("utf-8"), "book.adoc")


def text_of(adoc: str) -> str:
    return read(adoc).text


def italics(source) -> list[str]:
    return [source.text[start:end] for start, end in source.italics]


# A press's book file: the header (title, author and revision lines, attributes), a preamble, parts and chapters
BOOK = """:doctype: book
= The Salt Road: A Memoir
Ruth Begay <ruth@example.com>
v2.1, 2021-03-04: Second printing
:place: Ganado
:description: A memoir of the trading post, \\
  written in the winter of 1998.
// the press's note: keep the old spelling

This is {description}

= Part One: The Post

[[post]]
== The Post at {place}

Lorenzo Hubbell's store stood by the wash.
Its walls were adobe,
its floor packed earth.

=== Winter

Snow came in November.

[dedication]
== For My Mother

She kept the books.

== The Wash

See <<post>>.
"""


def test_the_header_gives_the_title_and_its_attributes_and_the_book_reads_by_parts_and_chapters():
    source = read(BOOK)
    assert source.title == "The Salt Road: A Memoir"
    assert source.text == (
        "This is A memoir of the trading post, written in the winter of 1998.\n\n"
        "Part One: The Post\n\nThe Post at Ganado\n\n"
        "Lorenzo Hubbell’s store stood by the wash. Its walls were adobe, its floor packed earth.\n\n"
        "Winter\n\nSnow came in November.\n\nFor My Mother\n\nShe kept the books.\n\n"
        "The Wash\n\nSee The Post at Ganado.\n")
    assert [(c.title, source.text[c.start:c.end]) for c in source.chapters] == [
        ("The Post at Ganado", "The Post at Ganado\n\nLorenzo Hubbell’s store stood by the wash. Its walls were "
                               "adobe, its floor packed earth.\n\nWinter\n\nSnow came in November.\n\nFor My "
                               "Mother\n\nShe kept the books.\n\n"),
        ("The Wash", "The Wash\n\nSee The Post at Ganado.\n")]


def test_the_author_and_revision_lines_are_attributes():
    assert text_of("= Letters\nAna María_José Ruiz <ana@example.org>; Luis Ruiz\nv1.2, 2020-05-06: Draft\n\n"
                   "{firstname} {middlename} {lastname} ({authorinitials}, {email}) with {author_2}, "
                   "version {revnumber} of {revdate} ({revremark}).") == \
        "Ana María José Ruiz (AMR, ana@example.org) with Luis Ruiz, version 1.2 of 2020-05-06 (Draft).\n"


def test_attribute_references_built_in_undefined_and_escaped():
    assert text_of(":ship: Kaiser Wilhelm\n:Ship-Class: liner\n\n"
                   "On the {ship}, a {ship-class}.{nbsp}{empty}Sent{sp}from {startsb}Hamburg{endsb} {plus}1{plus} "
                   "a{two-colons}b {lt}-- {apos}s {amp}mdash; {undefined} \\{ship} {ship\\}") == \
        "On the Kaiser Wilhelm, a liner. Sent from [Hamburg] +1+ a::b <-- 's &mdash; {undefined} {ship} {ship}\n"


def test_attribute_entries_in_the_body_set_and_unset_values_from_there_on():
    assert text_of(":name: Olha\n\nDear {name},\n\n:name: Ivan\n:!missing:\n\nDear {name},\n\n:name!:\n\n"
                   "Dear {name}.") == "Dear Olha,\n\nDear Ivan,\n\nDear {name}.\n"


def test_counters_and_set_references():
    assert text_of("Letter {counter:letter}, letter {counter:letter}, {counter:part:A}, {counter:part}."
                   "{set:seen:yes} Seen: {seen}.") == "Letter 1, letter 2, A, B. Seen: yes.\n"


def test_ifdef_ifndef_and_ifeval_keep_or_skip_their_lines_and_include_lines_are_left_out():
    adoc = """:ebook:

ifdef::ebook[]
For the ebook.
endif::ebook[]

ifndef::ebook[]
For print.
endif::[]

ifdef::print,ebook[One of them.]

ifdef::print+ebook[Both.]

ifdef::backend-html5[]
The web page.
ifdef::print[]
Nested, skipped.
endif::print[]
endif::backend-html5[]

ifeval::["{backend}" == "html5"]
Compared.
endif::[]

ifeval::[the edition is late]
Not a comparison it can read: kept.
endif::[]

ifeval::[{edition} > 2]
A name against a number: no.
endif::[]

:edition: 3

ifeval::[{edition} < 2]
Early edition.
endif::[]

include::chapter-02.adoc[]

\\include::written-as-text.adoc[]
"""
    assert text_of(adoc) == ("For the ebook.\n\nOne of them.\n\nThe web page.\n\nCompared.\n\n"
                             "Not a comparison it can read: kept.\n\ninclude::written-as-text.adoc[]\n")


def test_comments_are_left_out():
    assert text_of("// a line comment\nThe mill\n// inside a paragraph\nburned.\n\n////\nA comment block.\n\n"
                   "With paragraphs.\n////\n\nThe end. // not a comment\n\n/// three slashes are text") == \
        "The mill burned.\n\nThe end. // not a comment\n\n/// three slashes are text\n"


def test_headings_of_every_kind_are_paragraphs_and_only_level_one_sections_mark_chapters():
    source = read("## Chapter One\n\nA.\n\n[discrete]\n== A Heading Only\n\nB.\n\nChapter Two\n-----------\n\n"
                  "C.\n\n==== Deep Section ====\n\nD.\n")
    assert source.text == "Chapter One\n\nA.\n\nA Heading Only\n\nB.\n\nChapter Two\n\nC.\n\nDeep Section\n\nD.\n"
    assert [c.title for c in source.chapters] == ["Chapter One", "Chapter Two"]
    assert source.title is None


def test_block_anchors_attribute_lines_and_block_titles_are_not_text():
    assert text_of("[[first]]\n[#second.lead%hardbreaks]\n.A Block Title\n[role=aside]\nThe text.\n\n"
                   "[[x,Reftext]]\n\n.Another title\nMore.") == "The text.\n\nMore.\n"


def test_a_quote_block_is_set_in_with_its_attribution_after_it():
    source = read('[quote, Abraham Lincoln, "Address at Gettysburg"]\n____\nFour score and seven years ago\n'
                  "our fathers brought forth...\n\nNow we are engaged.\n____\n\nAfter.")
    assert source.text == ("    Four score and seven years ago our fathers brought forth…\n\n"
                           "    Now we are engaged.\n\n    — Abraham Lincoln, Address at Gettysburg\n\nAfter.\n")
    assert italics(source) == ["Address at Gettysburg"]


def test_a_verse_keeps_its_lines_and_stanzas():
    assert text_of("[verse, Carl Sandburg, Fog]\n____\nThe fog comes\non little cat feet.\n\nIt sits looking\n"
                   "____\n\n[verse]\nOne line\nanother line") == (
        "    The fog comes\n    on little cat feet.\n\n    It sits looking\n\n    — Carl Sandburg, Fog\n\n"
        "    One line\n    another line\n")


def test_quotations_written_short_are_set_in():
    adoc = ('[quote, Tacitus]\nThey make a desert and call it peace.\n\n'
            '"I hold it that a little rebellion now and then is a good thing,\n'
            'and as necessary as storms."\n-- Thomas Jefferson, Papers of Thomas Jefferson\n\n'
            "> Markdown's quotation\n> on two lines.\n>\n> > And one inside it.\n> -- Anon\n\nAfter.")
    source = read(adoc)
    assert source.text == (
        "    They make a desert and call it peace.\n\n    — Tacitus\n\n"
        "    I hold it that a little rebellion now and then is a good thing, and as necessary as storms.\n\n"
        "    — Thomas Jefferson, Papers of Thomas Jefferson\n\n"
        "    Markdown’s quotation on two lines.\n\n    And one inside it.\n\n    — Anon\n\nAfter.\n")
    assert italics(source) == ["Papers of Thomas Jefferson"]


def test_example_sidebar_and_open_blocks_are_read_in_place_and_nest():
    adoc = ("====\nAn example.\n\n******\nA sidebar inside.\n\n____\nA quote inside that.\n____\n******\n====\n\n"
            "--\nAn open block.\n--\n\n[quote]\n--\nAn open block as a quote.\n--\n\n[comment]\n--\nNot read.\n--")
    assert text_of(adoc) == ("An example.\n\nA sidebar inside.\n\n    A quote inside that.\n\nAn open block.\n\n"
                             "    An open block as a quote.\n")


def test_a_delimiter_closes_only_the_block_its_length_opened():
    assert text_of("======\nOuter.\n====\nInner.\n====\nOuter again.\n======\n\nAfter.") == \
        "Outer.\n\nInner.\n\nOuter again.\n\nAfter.\n"


def test_an_unterminated_block_reads_to_the_end():
    assert text_of("Before.\n\n____\nA quotation never closed\n\nruns to the end.") == \
        "Before.\n\n    A quotation never closed\n\n    runs to the end.\n"


def test_literal_and_listing_blocks_are_kept_verbatim_and_set_in():
    adoc = ("....\nDear   Sir,\n    I remain.\n....\n\n[source,python]\n----\ndef greet():\n    return 1  # <1>\n"
            "\nprint(greet())\n----\n<1> Says hello.\n\n```\nfenced code\n```\n\n [quote]  an indented line\n"
            "   and its neighbour\n\n[literal]\nA literal paragraph.")
    assert text_of(adoc) == (
        "    Dear   Sir,\n        I remain.\n\n    def greet():\n        return 1\n\n    print(greet())\n\n"
        "1. Says hello.\n\n    fenced code\n\n    [quote]  an indented line\n      and its neighbour\n\n"
        "    A literal paragraph.\n")


def test_a_passthrough_block_is_html_read_without_its_tags():
    source = read("++++\n<p>A <em>raw</em> &amp; <b>bold</b> page.</p><p>Two<br>lines<!-- a comment --></p>\n"
                  "<script>var x = 1;</script>\n++++")
    assert source.text == "A raw & bold page.\n\nTwo\nlines\n"
    assert italics(source) == ["raw"]


def test_table_cells_are_paragraphs():
    adoc = ("[cols=\"1,3\"]\n|===\n| Year | Event\n\n| 1901\n| Born in _Ganado_.\n\n2+^| Both columns\n"
            "a|\n* A list in a cell\n|===\n\n,===\nName,Place\n\"Begay, Ruth\",Ganado\n,===\n\n:===\nx:y\\:z\n:===")
    source = read(adoc)
    assert source.text == ("Year\n\nEvent\n\n1901\n\nBorn in Ganado.\n\nBoth columns\n\nA list in a cell\n\n"
                           "Name\n\nPlace\n\nBegay, Ruth\n\nGanado\n\nx\n\ny:z\n")
    assert italics(source) == ["Ganado"]


def test_admonitions_are_read_with_their_label():
    adoc = ("NOTE: Keep the receipts.\n\n[WARNING]\nThe wash floods.\n\n[TIP]\n====\nTrade in the spring.\n\n"
            "And in the fall.\n====\n\n:caution-caption: Cuidado\n\nCAUTION: El río.")
    assert text_of(adoc) == ("Note: Keep the receipts.\n\nWarning: The wash floods.\n\nTip: Trade in the spring.\n\n"
                             "And in the fall.\n\nCuidado: El río.\n")


def test_list_items_are_paragraphs_without_their_marks_and_ordered_ones_are_numbered():
    adoc = ("* Flour\nsold by the sack\n** White\n* Coffee\n+\nAttached to coffee.\n\n  A literal line after it.\n\n"
            ". Saddle the horse\n. Ride out\n.. Cross the wash\n.. Climb\n... Rest\n. Return\n\n[start=4]\n. Four\n\n"
            "[upperroman]\n. First\n. Second\n\n5. Five\n6. Six\n\n// a new list\n\nb. Bee\nc. Sea\n\n"
            "Loom:: A frame for weaving.\nDye::\n"
            "Made from plants.\n\n* [x] Wool sold\n* [ ] Rugs sold\n\nAfter the lists.")
    assert text_of(adoc) == (
        "Flour sold by the sack\n\nWhite\n\nCoffee\n\nAttached to coffee.\n\n    A literal line after it.\n\n"
        "1. Saddle the horse\n\n2. Ride out\n\na. Cross the wash\n\nb. Climb\n\ni. Rest\n\n3. Return\n\n4. Four\n\n"
        "I. First\n\nII. Second\n\n1. Five\n\n2. Six\n\na. Bee\n\nb. Sea\n\nLoom\n\nA frame for weaving.\n\nDye\n\n"
        "Made from plants.\n\n✓ Wool sold\n\n❏ Rugs sold\n\nAfter the lists.\n")


def test_paragraph_lines_join_but_where_a_line_break_is_asked_for():
    adoc = ("One sentence per line.\nAnother sentence.\n\nRoses are red, +\nviolets are blue.\n\n"
            "[%hardbreaks]\nRuth Begay\nGanado, Arizona\n\n  An indented line\n    is a literal paragraph.")
    assert text_of(adoc) == ("One sentence per line. Another sentence.\n\nRoses are red,\nviolets are blue.\n\n"
                             "Ruth Begay\nGanado, Arizona\n\n    An indented line\n      is a literal paragraph.\n")


def test_inline_quotes_and_italics_by_asciidoctors_rules():
    source = read('"`Hello,`" she said. \'`Yes,`\' he thought: _Go now_. An __un__stressed *bold* **b**old '
                  "`mono` #marked# [.underline]#roled# E=mc^2^ H~2~O, and snake_case_names stay, as do _x_y and "
                  "2 * 3 * 4.")
    assert source.text == ("“Hello,” she said. ‘Yes,’ he thought: Go now. An unstressed bold bold mono marked roled "
                           "E=mc2 H2O, and snake_case_names stay, as do _x_y and 2 * 3 * 4.\n")
    assert italics(source) == ["Go now", "un"]


def test_an_italic_stretch_over_lines_is_one_and_nested_marks_are_one_stretch():
    source = read("_He will not\ncome back, not __ever__._ She knew.")
    assert source.text == "He will not come back, not ever. She knew.\n"
    assert italics(source) == ["He will not come back, not ever."]


def test_apostrophes_dashes_and_other_replacements():
    assert text_of("Hubbell's store -- adobe and stone -- stood there, the wash--dry--beside it... "
                   "The '90s and James' book. It`'s (C) (R) (TM) -> => <- <= &#8212; &mdash; &#x2014; &amp; "
                   "&bogus; &#14;\nA line ending --\nand one beginning\n-- with a dash.") == (
        "Hubbell’s store — adobe and stone — stood there, the wash—dry—beside it… The '90s and James' book. "
        "It’s © ® ™ → ⇒ ← ⇐ — — — & &bogus; &#14; A line ending — and one beginning — with a dash.\n")


def test_a_backslash_escapes_markup():
    assert text_of("\\*not bold* \\_not italic_ \\`not mono` \\#not marked# \\{name} \\(C) \\... wait\\--no "
                   "it \\-- is don\\'t \\footnote:[not a note] \\<<not-a-reference>> \\https://example.com "
                   "\\((not indexed))") == (
        "*not bold* _not italic_ `not mono` #not marked# {name} (C) ... wait--no it -- is don't "
        "footnote:[not a note] <<not-a-reference>> https://example.com ((not indexed))\n")


def test_passthroughs_are_kept_as_written():
    # (as in Asciidoctor, "C++ and C++" holds a passthrough: {cpp} writes C++)
    source = read("+*stars*+ and ++_under_++ and +++<em>raw</em> html+++ and pass:[<b>x</b> *y*] and "
                  "$$*legacy*$$ and stem:[sqrt(4)] and x+y+z, x +y+z, C++ and C++, {cpp} and {cpp}.")
    assert source.text == ("*stars* and _under_ and raw html and x *y* and *legacy* and sqrt(4) and x+y+z, x +y+z, "
                           "C and C, C++ and C++.\n")
    assert italics(source) == ["raw"]


def test_footnotes_are_numbered_where_they_stand_and_follow_the_text():
    source = read("== One\n\nThe post.footnote:[Built in 1878, https://example.com[see] _Hubbell_.] The wash."
                  "footnote:wash[It floods in\nspring.] Again.footnote:wash[]\n\n== Two\n\nOld style."
                  "footnoteref:[old,An old note.] Again.footnoteref:[old]")
    assert source.text == ("One\n\nThe post.¹ The wash.² Again.²\n\nTwo\n\nOld style.³ Again.³\n\n"
                           "1. Built in 1878, see Hubbell.\n\n2. It floods in spring.\n\n3. An old note.\n")
    assert italics(source) == ["Hubbell"]
    assert [c.title for c in source.chapters] == ["One", "Two"]


def test_index_terms_show_only_their_visible_term():
    assert text_of("The ((trading post)) sold (((wool, Navajo))) wool.indexterm:[rugs] It sold "
                   "indexterm2:[coffee].") == "The trading post sold wool. It sold coffee.\n"


def test_cross_references_read_as_their_text_or_their_targets_title():
    adoc = ("== The Return [[return]]\n\n[[arrival,The Arrival]]\n== Arriving\n\n[#home]\n== Home\n\n"
            "== Leaving _Home_\n\n"
            "[[letter,Olha's Letter]]\nA letter.\n\nSee <<return>>, <<arrival>>, <<home>>, <<_leaving_home>>, "
            "<<letter>>, <<missing>>, <<home,the house>>, xref:arrival[its arrival], "
            "<<other.adoc#leaving,Leaving>>, and the anchor[[inline,Inline Spot]] at <<inline>>.")
    assert text_of(adoc).endswith(
        "See The Return, The Arrival, Home, Leaving Home, Olha’s Letter, missing, the house, its arrival, Leaving, "
        "and the anchor at Inline Spot.\n")


def test_links_images_and_ui_macros():
    assert text_of("Read https://example.com, https://example.com/a[the site], link:notes.html[the notes], "
                   "link:https://x.org[X^], mailto:ruth@example.com[write], <https://angle.org>, link:map.pdf[] "
                   "and https://x.org[Ex, window=_blank]. image:rug.png[A rug] Press kbd:[Ctrl+S] then "
                   "btn:[Save] from menu:File[Save > Save As].\n\nimage::rug.png[A Two Grey Hills rug]") == (
        "Read https://example.com, the site, the notes, X, write, https://angle.org, map.pdf and Ex. Press "
        "Ctrl+S then Save from File › Save › Save As.\n")


def test_scene_breaks_and_page_breaks():
    assert text_of("End of a scene.\n\n'''\n\nThe next.\n\n<<<\n\nA new page.\n\n* * *\n\nLast.") == \
        "End of a scene.\n\n* * *\n\nThe next.\n\nA new page.\n\n* * *\n\nLast.\n"


def test_offsets_point_into_the_text():
    source = read("= T\n\n== Ch _One_\n\nA _thought_ and *bold*.footnote:[A _note_.]\n")
    assert source.text == "Ch One\n\nA thought and bold.¹\n\n1. A note.\n"
    assert italics(source) == ["One", "thought", "note"]
    assert [(c.title, c.start, c.end) for c in source.chapters] == [("Ch One", 0, len(source.text))]


def test_an_encoding_given_or_a_byte_order_mark_is_read():
    assert read_asciidoc("Café au lait.".encode("cp1252"), "b.adoc", encoding="cp1252").text == "Café au lait.\n"
    assert read_asciidoc("Ça va.".encode("utf-16"), "b.adoc").text == "Ça va.\n"
    assert read_asciidoc(b"\xef\xbb\xbf= T\n\nText.", "b.adoc").title == "T"


@pytest.mark.parametrize("data, encoding, message", [
    ("Café".encode("cp1252"), None, "not valid UTF-8"),
    (b"", None, "no text"),
    (b"= Only a Title\n:toc:\n// and a comment\n", None, "no text"),
    (b"include::chapter-01.adoc[]\ninclude::chapter-02.adoc[]\n", None, "no text"),
    (b"\x00\x01\x02\x03binary", None, "binary"),
    (b"Text", "no-such-encoding", "unknown encoding"),
    ("".join(f":a{n}: {{a{n - 1}}}{{a{n - 1}}}\n" for n in range(1, 40)).encode() + b":a0: x\n\n{a39}", None,
     "grow the text"),
])
def test_what_cannot_be_read_is_refused_with_a_hint(data, encoding, message):
    with pytest.raises(PersonaeError) as err:
        read_asciidoc(data, "book.adoc", encoding=encoding)
    assert message in err.value.message and err.value.hint


@pytest.mark.parametrize("adoc", [
    "_" * 100_000, "{" * 100_000, "a _b " * 30_000, "a *b " * 30_000, "footnote:[" * 10_000, "<<a " * 30_000,
    "((a " * 30_000, "[[a," * 30_000, "[x]#" * 30_000, "+a " * 30_000, "link:" * 20_000, "(https://x" * 10_000,
    "https://a[" * 10_000, "pass:[" * 10_000, '"`' * 50_000, ">" * 100_000 + " deep",
    "\n".join("=" * (4 + n % 300) for n in range(30_000)), "====\n" * 100_000, "ifdef::x[]\n" * 100_000,
    "|===\n" + "|" * 100_000, "[quote, " + "a," * 50_000 + "]\nText", "\\" * 100_000, "&#" * 50_000,
])
def test_pathological_input_reads_or_is_refused(adoc):
    # (its time is the bench's to measure: a reader that backtracked on these would stall the suite)
    try:
        source = read(adoc)
    except PersonaeError as err:
        assert err.message
    else:
        assert source.text.strip()


def test_a_book_of_a_megabyte_reads_whole():
    chapter = "== Chapter\n\n" + ("She said, \"`Come _now_,`\" and he didn't -- he *stayed*.\nThe end...\n\n" * 800)
    source = read(chapter * 20)
    assert len(source.chapters) == 20 and len(source.italics) == 16_000


@pytest.mark.parametrize("adoc, asciidoc", [
    ("= The Salt Road\n:doctype: book\n\n== One\n\nText.", True),
    ("// a comment\n:toc:\n= Letters\nAna Ruiz\n\nText.", True),
    ("Preface.\n\n[[one]]\n== One\n\nText.", True),
    ("== One\n\n[quote, Tacitus]\nThey make a desert.", True),
    ("ifdef::ebook[]\nText.\nendif::[]\n\n== One\n", True),
    ("# Title\n\n## Section\n\nText with a [link](https://x.org).", False),
    ("THE SALT ROAD\n\nChapter One\n\nIt was a cold night. NOTE: the wash.\n\n----\n\nMore.", False),
    ("== Section ==\n\nWiki text [[Link]] more.\n[[Category:Books]]", False),
    ("Title\n=====\n\n.. note:: reStructuredText\n", False),
])
def test_looks_like_asciidoc_tells_asciidoc_from_plain_text_and_other_markup(adoc, asciidoc):
    assert looks_like_asciidoc(adoc.encode()) is asciidoc


PIECES = ["= T\n", "== S\n", "\n", "____\n", "====\n", "----\n", "--\n", "|===\n", "////\n", "++++\n", "....\n",
          "[quote, A, B]\n", "[verse]\n", "[NOTE]\n", "[[id]]\n", ".Title\n", ":a: b\n", "{a}", "ifdef::a[]\n",
          "endif::[]\n", "* ", ". ", "a:: ", "+\n", "> ", "_", "*", "`", "#", "+", "^", "~", '"`', "`\"", "'",
          "--", "...", "footnote:[", "footnote:x[]", "]", "<<", ">>", "((", "))", "[[", "https://x.org",
          "link:", "[", "\\", "&#8212;", " +\n", "a|", "NOTE: ", "'''\n", "word ", "Anna "]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join))
def test_any_mix_of_markup_reads_or_is_refused_and_offsets_stay_in_the_text(adoc):
    try:
        source = read(adoc)
    except PersonaeError as err:
        assert err.message and err.hint
        return
    assert source.text.strip() and source.text.endswith("\n")
    assert not any(mark in source.text for mark in "\x0e\x0f\x10\x11\x12\x13\x14")
    for start, end in source.italics:
        assert 0 <= start < end <= len(source.text)
    for chapter in source.chapters:
        assert 0 <= chapter.start < chapter.end <= len(source.text)
