import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from personae.errors import PersonaeError
from personae.read.wikitext import looks_like_wikitext, read_wikitext


def read(wikitext: str):
    return read_wikitext(wikitext.encode("utf-8"), "page.wiki")


def text_of(wikitext: str) -> str:
    return read(wikitext).text


def italics(source) -> list[str]:
    return [source.text[start:end] for start, end in source.italics]


CHAPTER_PAGE = """{{header
 | title      = [[../|The Red Room]]
 | author     = H. G. Wells
 | translator =
 | section    = Chapter VII
 | previous   = [[../Chapter 6|Chapter 6]]
 | next       = [[../Chapter 8|Chapter 8]]
 | notes      = First printed in ''The Idler'', March 1896.<ref>A note of the notes, never printed.</ref>
}}
{{c|{{larger|'''CHAPTER VII.'''}}}}
{{c|THE {{sc|Red}} ROOM.}}

"I can assure you," said I, "that it will take a very tangible ghost to
frighten me." And I stood up before the fire with my glass in my hand.<ref>The glass was sherry.</ref>

[[Category:Ghost stories]]
"""


def test_a_wikisource_chapter_reads_its_text_and_its_header_gives_the_title_and_the_chapter():
    source = read(CHAPTER_PAGE)
    assert source.title == "The Red Room — Chapter VII"
    assert source.text == (
        "CHAPTER VII.\n\nTHE Red ROOM.\n\n\"I can assure you,\" said I, \"that it will take a very tangible ghost "
        "to frighten me.\" And I stood up before the fire with my glass in my hand.¹\n\n1. The glass was sherry.\n")
    assert [(c.title, c.start, c.end) for c in source.chapters] == [("Chapter VII", 0, len(source.text))]


def test_a_header_without_a_section_gives_the_title_and_its_pages_headings_mark_chapters():
    source = read("{{process header\n|title=Letters from Egypt\n|section=\n}}\n== I ==\nDear mother.\n== II ==\n"
                  "Dear father.")
    assert source.title == "Letters from Egypt"
    assert [c.title for c in source.chapters] == ["I", "II"]


def test_templates_nest_to_any_depth_across_lines_with_named_and_positional_parameters():
    assert text_of("{{center\n|1={{larger\n  |{{sc|{{uc|The}} Lodge}}\n  }}\n}}\nIt stood {{nowrap|on the hill}}.") \
        == "THE Lodge\n\nIt stood on the hill.\n"
    # (a bar inside a link or a note inside a template parts nothing)
    assert text_of("{{sc|[[Author:Jane Austen|Miss Austen]] wrote<ref>Her words|not ours.</ref>}} so.") == \
        "Miss Austen wrote¹ so.\n\n1. Her words|not ours.\n"


@pytest.mark.parametrize("wikitext, shown", [
    ("{{sc|Mr. Darcy}}", "Mr. Darcy"),
    ("{{smallcaps|Mr. Darcy}}", "Mr. Darcy"),
    ("{{uc|Mr. Darcy}}", "MR. DARCY"),
    ("{{uc:Mr. Darcy}}", "MR. DARCY"),
    ("{{x-larger|Mr. Darcy}}", "Mr. Darcy"),
    ("{{smaller|Mr. Darcy}}", "Mr. Darcy"),
    ("{{lang|fr|Mr. Darcy}}", "Mr. Darcy"),
    ("{{tooltip|Mr. Darcy|Fitzwilliam}}", "Mr. Darcy"),
    ("{{sic|Mr. Darcey}}", "Mr. Darcey"),
    ("{{SIC|Mr. Darcey|Mr. Darcy}}", "Mr. Darcey"),
    ("{{u|Mr. Darcy}}", "Mr. Darcy"),
    ("{{Small caps|Mr. Darcy}}", "Mr. Darcy"),      # (a name in any case, spaces for underscores)
    ("{{small_caps|Mr. Darcy}}", "Mr. Darcy"),
    ("{{Template:sc|Mr. Darcy}}", "Mr. Darcy"),
    ("{{sfrac|1|2}} mile", "1/2 mile"),
    ("{{sfrac|3|1|4}} miles", "3 1/4 miles"),
    ("{{lang-fr|Mr. Darcy}}", "Mr. Darcy"),
    ("{{convert|5|mi|km}} away", "5 mi away"),
])
def test_a_formatting_template_shows_its_text(wikitext, shown):
    assert text_of(f"Then {wikitext} came.") == f"Then {shown} came.\n"


def test_block_templates_part_paragraphs_and_block_center_sets_in():
    assert text_of("and they lived.\n{{c|THE END}}\n{{right|J. S.}}\n{{block center|Dear Sir,\n\nI write.}}\n"
                   "{{fine block|Printed 1851.}}") == \
        "and they lived.\n\nTHE END\n\nJ. S.\n\n    Dear Sir,\n\n    I write.\n\nPrinted 1851.\n"


def test_templates_of_no_text_show_nothing_and_gap_a_space():
    page = ("{{DEFAULTSORT:Room, The}}__NOTOC__\n{{anchor|ch7}}The door{{gap}}opened{{pagenum|12}}\n"
            "{{anchor|p12}}\nslowly.{{nop}}\nIt was dark.\n{{dhr}}\nThen light.\n{{rule|4em}}\nAnd dark.\n\n"
            "{{PD-old-70}}\n{{authority control}}\n{{smallrefs}}\n{{Wikipedia|The Red Room}}\n{{clear}}"
            "{{textinfo|edition=yes}}{{versions|The Red Room}}")
    # (one that stands as a block, a space or a rule, parts paragraphs; one in the line does not)
    assert text_of(page) == "The door opened slowly.\n\nIt was dark.\n\nThen light.\n\nAnd dark.\n"
    # (on Wikisource {{em}} is an em space; elsewhere it sets its text in italics)
    source = read("Sir,{{em}}I write{{em|2}}to {{em|you}}.")
    assert (source.text, italics(source)) == ("Sir, I write to you.\n", ["you"])


def test_a_template_in_neither_table_shows_its_first_positional_parameter_that_is_text():
    assert text_of("{{dropinitial|T}}he {{font-size|120%|night}} came{{cite book|title=A Book|year=1890}}.") == \
        "The night came.\n"
    assert text_of("{{Infobox person|name=Ann}}\nAnn came.") == "Ann came.\n"


def test_dashes_and_an_ellipsis_by_template():
    assert text_of("Wait{{--}}no{{—}}yes{{...}} and {{mdash}} so{{ndash}}on.") == "Wait—no—yes… and — so–on.\n"


@pytest.mark.parametrize("rule", ["{{***}}", "{{asterism}}", "{{***|3|2em}}", "----", "<hr />"])
def test_a_scene_break_is_a_paragraph_of_its_own(rule):
    assert text_of(f"They parted.\n{rule}\nYears later.") == "They parted.\n\n* * *\n\nYears later.\n"


@pytest.mark.parametrize("start, end", [("hws", "hwe"), ("hyphenated word start", "hyphenated word end")])
def test_a_word_hyphenated_over_a_page_break_reads_once_whole(start, end):
    assert text_of(f"the long {{{{{start}|corri|corridor}}}}\n{{{{{end}|dor|corridor}}}} was dark.") == \
        "the long corridor was dark.\n"
    # (a page read alone, with only the end of the word on it)
    assert text_of(f"{{{{{end}|dor|corridor}}}} was dark.") == "corridor was dark.\n"


def test_parser_functions_show_their_branch():
    assert text_of("{{#if: yes | Ann | Bob}} {{#if: | Ann | Bob}} {{#ifeq: 3 | 3.0 | same | other}} "
                   "{{#switch: b | a = one | b | c = two | #default = none}} {{#switch: z | a = one | none}} "
                   "{{lc:LOUD}} {{ucfirst:quiet}} {{#invoke:Foo|bar}}came{{#tag:ref|By {{sc|tag}}.}}.") == \
        "Ann Bob same two none loud Quiet came¹.\n\n1. By tag.\n"


def test_links_show_their_words():
    page = ("[[Hastings|The battle]] at [[Hastings]], [[dog]]s, [[w:pt:Monte Santo|Monte Santo]], [[w:Paris]], "
            "[[Author:H. G. Wells|Wells]], [[Author:Jane Austen]], [[Pride and Prejudice#Chapter 1]], "
            "[[Help:Pipe (computing)|]], [[:Category:Novels]], [[/Chapter 2/]], [[../]]"
            "[[File:Map.jpg|thumb|A map of [[Kent]] and [[Sussex]]]][[Image:Seal.png]]"
            "[[Category:Battles]][[fr:Bataille d'Hastings]] [http://example.org the site], [http://example.org/x] "
            "and http://example.org/y.")
    assert text_of(page) == (
        "The battle at Hastings, dogs, Monte Santo, Paris, Wells, Jane Austen, Pride and Prejudice, Pipe, Novels, "
        "Chapter 2, the site, http://example.org/x and http://example.org/y.\n")


def test_a_link_that_is_no_link_is_text():
    assert text_of("[[a [[Kent]] b]], [[x{y]] and [[unclosed") == "[[a Kent b]], [[x{y]] and [[unclosed\n"


def test_italics_and_bold_as_mediawiki_reads_them_and_the_italics_recorded():
    source = read("''The Times'' said '''nothing'''. '''''Both''''' here; ''an '''emphatic''' word'' and "
                  "'''a ''slanted'' word'''.\nl'''amour'' and\n''left open\nnext line <i>tagged</i> "
                  "<em>em</em> <span style=\"font-style: italic\">styled</span> <span>plain</span>.")
    assert source.text == ("The Times said nothing. Both here; an emphatic word and a slanted word. l'amour and "
                           "left open next line tagged em styled plain.\n")
    assert italics(source) == ["The Times", "Both", "an emphatic word", "slanted", "amour", "left open",
                               "tagged em styled"]


def test_headings_mark_chapters_at_the_pages_top_level():
    source = read("Before.\n\n== Chapter I ==\nOne.\n=== A part ===\nTwo.\n==''Chapter'' II<ref>Note.</ref>==  \n"
                  "Three.")
    assert source.text == ("Before.\n\nChapter I\n\nOne.\n\nA part\n\nTwo.\n\nChapter II¹\n\nThree.\n\n"
                           "1. Note.\n")
    assert [c.title for c in source.chapters] == ["Chapter I", "Chapter II"]
    assert source.text[source.chapters[1].start:].startswith("Chapter II¹\n\nThree.")
    assert source.title is None


def test_a_single_top_heading_opening_the_page_is_its_title():
    source = read("= The Red Room =\n== I ==\nOne.\n== II ==\nTwo.")
    assert source.title == "The Red Room"
    assert source.text == "The Red Room\n\nI\n\nOne.\n\nII\n\nTwo.\n"
    assert [c.title for c in source.chapters] == ["I", "II"]


def test_list_items_are_paragraphs_numbered_and_set_in_as_marked():
    assert text_of("Items:\n* bread\n* ''salt''\n# first\n# second\n## inner\n# third\n\n# again\n"
                   ":Dear John,\n::I write.\n; Term : its definition\n; Term alone") == (
        "Items:\n\nbread\n\nsalt\n\n1. first\n\n2. second\n\n1. inner\n\n3. third\n\n1. again\n\n"
        "    Dear John,\n\n    I write.\n\nTerm\n\n    its definition\n\nTerm alone\n")


def test_a_tables_rows_are_paragraphs_of_their_cells_text():
    page = ('{| class="wikitable"\n|+ The crew\n|-\n! Name !! Age\n|-\n| style="width:50%" | [[Ishmael|Ish]] || 23'
            '\n|-\n| Queequeg\n| unknown\n|}\nThey sailed.')
    assert text_of(page) == "The crew\n\nName Age\n\nIsh 23\n\nQueequeg unknown\n\nThey sailed.\n"


def test_html_tags_show_their_text_and_blocks_part_paragraphs():
    source = read('M<sup>r</sup> <b>Smith</b> <small>and</small> <u>his</u> <font color="red">wife</font>.'
                  '<br />Next line.<center>Centred</center><div class="x">A div</div><p>A p</p>'
                  '<i>Slanted</i> <bogus> stays.')
    assert source.text == "Mr Smith and his wife.\nNext line.\n\nCentred\n\nA div\n\nA p\n\nSlanted <bogus> stays.\n"
    assert italics(source) == ["Slanted"]


def test_struck_text_is_left_out():
    assert text_of("I <s>hated</s> loved her, <strike>truly</strike> <del>madly</del>deeply.") == \
        "I loved her, deeply.\n"


def test_a_block_quotation_is_set_in():
    assert text_of("He read:\n<blockquote>My dear Sir,\n\nI beg you.</blockquote>\nThen he wept.") == \
        "He read:\n\n    My dear Sir,\n\n    I beg you.\n\nThen he wept.\n"


def test_a_poem_keeps_its_lines_and_stanzas():
    source = read("She sang:\n<poem>\nThe woods are ''lovely'', dark and deep,\n  But I have promises to keep,\n"
                  ":And miles to go.\n\nA second stanza.\n</poem>\nShe stopped.")
    assert source.text == ("She sang:\n\nThe woods are lovely, dark and deep,\nBut I have promises to keep,\n"
                           "And miles to go.\n\nA second stanza.\n\nShe stopped.\n")
    assert italics(source) == ["lovely"]


def test_nowiki_and_pre_are_read_verbatim():
    assert text_of("Type <nowiki>[[not a link]] ''or italics'' {{or a template}}</nowiki> &amp; go.\n"
                   "<pre>\nline one\n  [[line two]]\n</pre>") == \
        "Type [[not a link]] ''or italics'' {{or a template}} & go.\n\nline one\n[[line two]]\n"


def test_noinclude_is_left_out_and_includeonly_kept():
    assert text_of("<noinclude>{{rh|12|THE ROOM.|}}</noinclude>The room was "
                   "<includeonly>very </includeonly>cold.<noinclude>\n{{smallrefs}}</noinclude>") == \
        "The room was very cold.\n"
    assert text_of("Not this.<onlyinclude>Only this.</onlyinclude> Nor this. <ONLYINCLUDE>And this.</onlyinclude>")\
        == "Only this.And this.\n"
    # (one left open runs to the page's end)
    assert text_of("The end.<noinclude>\nPage 12 of the scan.") == "The end.\n"


def test_section_tags_show_nothing():
    assert text_of('<section begin="ch1" />The room.<section end="ch1" />') == "The room.\n"


def test_a_page_that_only_transcludes_the_page_namespace_is_refused():
    page = '{{header|title=The Room|section=I}}\n<pages index="Room.djvu" from=3 to=9 />\n'
    with pytest.raises(PersonaeError, match="Page: namespace"):
        read(page)
    assert text_of('<pages index="Room.djvu" from=3 to=9 />\nA note of our own.') == "A note of our own.\n"


def test_footnotes_are_numbered_where_they_stand_and_follow_the_text():
    page = ('He came<ref>On foot.</ref> at night.<ref name="time">Past nine.</ref> She left at night'
            '<ref name="time" />, and<ref name=later /> again.\n\n'
            '== Notes ==\n<references>\n<ref name="later">Much later.</ref>\n</references>')
    source = read(page)
    assert source.text == ("He came¹ at night.² She left at night², and³ again.\n\nNotes\n\n1. On foot.\n\n"
                           "2. Past nine.\n\n3. Much later.\n")


def test_a_note_a_list_defines_before_its_use_keeps_its_text():
    assert text_of("{{reflist|refs=<ref name=b>Defined first.</ref>}}\nText.<ref name=b/>") == \
        "Text.¹\n\n1. Defined first.\n"


def test_a_notes_text_going_on_in_a_later_note_is_one_note():
    assert text_of('A.<ref name="p1">The note begins</ref> B.<ref follow="p1">and ends.</ref>') == \
        "A.¹ B.\n\n1. The note begins and ends.\n"


def test_wikipedias_templates_of_notes_and_lists_of_notes():
    assert text_of("Rome fell.{{efn|In the West.}} It rose.{{efn|name=e|In the East.}}\n"
                   "{{notelist}}\n{{reflist}}") == "Rome fell.¹ It rose.²\n\n1. In the West.\n\n2. In the East.\n"


def test_comments_are_left_out_across_lines():
    assert text_of("The door <!-- a scan's\nnote --> opened.\n<!-- a comment alone on its line -->\n"
                   "It creaked.\n\nNext.<!-- left open") == "The door opened. It creaked.\n\nNext.\n"


def test_entities_are_decoded():
    assert text_of("Wait&nbsp;&mdash; no&hellip; &#8212; &#x2014; caf&eacute; AT&T &bogus; &#0; &lt;i&gt;") == \
        "Wait — no… — — café AT&T &bogus; &#0; <i>\n"


def test_a_paragraphs_lines_join_and_blank_lines_part_paragraphs():
    assert text_of("The first line\nand the second.\n\n\n\nA second\nparagraph.") == \
        "The first line and the second.\n\nA second paragraph.\n"


def test_a_parameter_shows_its_default_and_magic_words_nothing():
    assert text_of("{{{1|Ann}}} met {{{2}}}Bob on {{PAGENAME}}the {{DISPLAYTITLE:''Road''}}road.") == \
        "Ann met Bob on the road.\n"
    assert read("{{DISPLAYTITLE:The ''Road''}}\nText.").title == "The Road"


def test_braces_left_open_are_text_and_do_not_swallow_the_page():
    assert text_of("{{c|CHAPTER I.\n\nIt was {{sc|cold}}.") == "{{c|CHAPTER I.\n\nIt was cold.\n"
    assert text_of("A stray }} and {{ brace.") == "A stray }} and {{ brace.\n"
    assert text_of("{{sc|I.}}}} and {{{{sc|two}}") == "I.}} and {{two\n"


@pytest.mark.parametrize("page", [
    "{" * 100_000, "{{" * 50_000 + "text", "{{a|" * 100_000, "{{a|" * 50_000 + "}}" * 50_000,
    "{" * 100_000 + "x" + "}" * 100_000, "}" * 100_000, "[[" * 100_000 + "x", "[[a " * 50_000 + "]]" * 50_000,
    "<ref>" * 100_000 + "x", "<!--" * 100_000, "<div" * 100_000 + " x", "[http://x " * 50_000, "''a" * 100_000,
    "{{a" + "|b=c" * 100_000 + "}}", "=" * 100_000 + "x", "<i>" * 100_000 + "x", "<noinclude>" * 100_000,
    "{|\n" * 50_000 + "x", "{{[[{{[[<ref>|" * 30_000,
])
def test_a_pathological_page_reads_or_is_refused(page):
    # (its time is the bench's to measure: a reader that backtracked on these would stall the suite)
    try:
        source = read(page)
    except PersonaeError as err:
        assert err.message
    else:
        assert source.text.strip()


def test_templates_nested_past_mediawikis_limit_are_refused():
    with pytest.raises(PersonaeError, match="nest more than"):
        read("{{sc|" * 200 + "deep" + "}}" * 200)
    assert text_of("{{sc|" * 90 + "deep" + "}}" * 90) == "deep\n"


def test_a_page_not_in_utf8_is_refused_unless_its_encoding_is_given():
    data = "Zoë said “no”.".encode("cp1252")
    with pytest.raises(PersonaeError, match="not UTF-8"):
        read_wikitext(data, "page.wiki")
    assert read_wikitext(data, "page.wiki", encoding="cp1252").text == "Zoë said “no”.\n"
    assert read_wikitext("\ufeffZoë.\r\nYes.".encode("utf-8"), "page.wiki").text == "Zoë. Yes.\n"
    assert read_wikitext("Zoë.".encode("utf-16"), "page.wiki").text == "Zoë.\n"


@pytest.mark.parametrize("page, message", [
    ("", "no text"),
    ("  \n\n", "no text"),
    ("{{header|title=The Room|notes=A story.}}\n{{PD-old}}\n[[Category:Stories]]\n", "no text"),
    ("#REDIRECT [[The Red Room]]", "redirects to \\[\\[The Red Room\\]\\]"),
])
def test_a_page_without_text_is_refused(page, message):
    with pytest.raises(PersonaeError, match=message):
        read(page)


def test_binary_data_is_refused():
    with pytest.raises(PersonaeError, match="binary"):
        read_wikitext(b"\x00\x01\x02{{c|x}}", "page.wiki")


@pytest.mark.parametrize("data, wikitext", [
    (b"{{header\n | title = The Room\n}}\nText.", True),
    (b"<!-- from Wikisource -->\n{{c|THE ROOM}}\nText.", True),
    (b"__NOTOC__\nText.", True),
    (b"The '''Battle of Hastings''' was fought in [[1066]].\n\n== Background ==\nText.", True),
    (b"It was cold.\n\nChapter 2\n\nShe said ''no'' and left.\n", False),
    (b"# Title\n\nSome *text* and [a link](http://x.org).\n\n## Part\n\nMore.\n", False),
    (b"\\documentclass{book}\n\\begin{document}Text.\\end{document}", False),
    (b"<html><body><p>Text.</p></body></html>", False),
])
def test_wikitext_is_told_from_plain_text_by_its_content(data, wikitext):
    assert looks_like_wikitext(data) is wikitext


PIECES = ["{{", "}}", "{{{", "}}}", "|", "=", "[[", "]]", "[", "]", "''", "'''", "\n", "\n\n", "<ref>", "</ref>",
          "<ref name=a/>", "<poem>", "</poem>", "<nowiki>", "</nowiki>", "<!--", "-->", "== ", " ==", "* ", "# ",
          ":", "{|", "|}", "|-", "<i>", "</i>", "<s>", "</s>", "&amp;", "&#x0;", "{{c|", "{{hws|a|", "{{hwe|b|",
          "{{header|title=", "File:", "Category:", "<noinclude>", "<blockquote>", "----", "<br>", "http://x"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=40).map("".join))
def test_any_page_reads_with_offsets_in_its_text_or_is_refused(page):
    try:
        source = read(page)
    except PersonaeError as err:
        assert err.message
        return
    assert source.text.strip()
    for chapter in source.chapters:
        assert 0 <= chapter.start <= chapter.end <= len(source.text)
    for start, end in source.italics:
        assert 0 <= start < end <= len(source.text)
