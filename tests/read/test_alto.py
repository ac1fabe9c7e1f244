import pytest

from personae.errors import PersonaeError
from personae.read.alto import read_alto

V4 = "http://www.loc.gov/standards/alto/ns-v4#"

# Two pages of a library's export: the running heads and page numbers in the margins, a chapter's heading set
# large, a paragraph the page break splits (its first line on the page before indented, its part on the next
# page not) with a word hyphenated at a line's end, a picture, a ComposedBlock, italics by a text style
BOOK = f"""<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#">
<Description><MeasurementUnit>pixel</MeasurementUnit>
<sourceImageInformation><fileName>mill_0017.tif</fileName></sourceImageInformation></Description>
<Styles>
<TextStyle ID="BODY" FONTFAMILY="Times" FONTSIZE="10"/>
<TextStyle ID="BODY_I" FONTFAMILY="Times" FONTSIZE="10" FONTSTYLE="italics"/>
<TextStyle ID="HEAD" FONTFAMILY="Times" FONTSIZE="16" FONTSTYLE="bold"/>
<ParagraphStyle ID="LEFT" ALIGN="Left"/>
</Styles>
<Layout>
<Page ID="P17" PHYSICAL_IMG_NR="17" WIDTH="2000" HEIGHT="3000">
<TopMargin HPOS="0" VPOS="0" WIDTH="2000" HEIGHT="100"><TextBlock ID="TB0"><TextLine HPOS="800">
<String CONTENT="THE"/><SP/><String CONTENT="MILL"/><SP/><String CONTENT="17"/></TextLine></TextBlock></TopMargin>
<PrintSpace HPOS="100" VPOS="100" WIDTH="1800" HEIGHT="2800">
<TextBlock ID="TB1" STYLEREFS="HEAD"><TextLine HPOS="700"><String CONTENT="CHAPTER"/><SP/>
<String CONTENT="VII"/></TextLine></TextBlock>
<TextBlock ID="TB2" STYLEREFS="BODY LEFT" HPOS="100" WIDTH="1800">
<TextLine HPOS="160"><String CONTENT="It"/><SP/><String CONTENT="was"/><SP/><String CONTENT="cold"/><SP/>
<String CONTENT="when"/><SP/><String CONTENT="Ivan"/><SP/><String CONTENT="came"/><SP/><String CONTENT="home"/>
<SP/><String CONTENT="from"/><SP/><String CONTENT="Gla" SUBS_TYPE="HypPart1" SUBS_CONTENT="Glazov"/>
<HYP CONTENT="-"/></TextLine>
<TextLine HPOS="100"><String CONTENT="zov" SUBS_TYPE="HypPart2" SUBS_CONTENT="Glazov"/><SP/>
<String CONTENT="in"/><SP/><String CONTENT="the"/><SP/><String CONTENT="winter"/><SP/><String CONTENT="of"/><SP/>
<String CONTENT="1956,"/><SP/><String CONTENT="and"/><SP/><String CONTENT="his"/></TextLine>
<TextLine HPOS="102"><String CONTENT="mother"/><SP/><String CONTENT="met"/><SP/><String CONTENT="him"/></TextLine>
</TextBlock>
<Illustration ID="IL1" HPOS="100" VPOS="2000" WIDTH="1800" HEIGHT="700"/>
</PrintSpace>
<BottomMargin><TextBlock ID="TB3"><TextLine><String CONTENT="Printed"/><SP/><String CONTENT="in"/><SP/>
<String CONTENT="Izhevsk"/></TextLine></TextBlock></BottomMargin>
</Page>
<Page ID="P18" PHYSICAL_IMG_NR="18" WIDTH="2000" HEIGHT="3000">
<TopMargin><TextBlock ID="TB4"><TextLine><String CONTENT="18"/><SP/><String CONTENT="THE"/><SP/>
<String CONTENT="MILL"/></TextLine></TextBlock></TopMargin>
<PrintSpace HPOS="100" VPOS="100" WIDTH="1800" HEIGHT="2800">
<ComposedBlock ID="CB1"><TextBlock ID="TB5" STYLEREFS="BODY">
<TextLine HPOS="101"><String CONTENT="at"/><SP/><String CONTENT="the"/><SP/><String CONTENT="door."/><SP/>
<String CONTENT="She"/><SP/><String CONTENT="said"/></TextLine>
<TextLine HPOS="100"><String CONTENT="nothing."/></TextLine></TextBlock></ComposedBlock>
<GraphicalElement ID="GE1" HPOS="100" VPOS="700" WIDTH="1800" HEIGHT="5"/>
<TextBlock ID="TB6" STYLEREFS="BODY">
<TextLine HPOS="160"><String CONTENT="&quot;Where"/><SP/><String CONTENT="is"/><SP/>
<String CONTENT="Vanya?&quot;" STYLEREFS="BODY_I"/><SP/><String CONTENT="he"/></TextLine>
<TextLine HPOS="100"><String CONTENT="asked."/></TextLine></TextBlock>
</PrintSpace>
<BottomMargin><TextBlock ID="TB7"><TextLine><String CONTENT="2*"/></TextLine></TextBlock></BottomMargin>
</Page>
</Layout>
</alto>"""


def test_a_multi_page_export_reads_each_print_space_as_paragraphs_in_order():
    source = read_alto(BOOK.encode("utf-8"), "book.xml")
    assert source.text == (
        "CHAPTER VII\n\n"
        "It was cold when Ivan came home from Glazov in the winter of 1956, and his mother met him at the door. "
        "She said nothing.\n\n"
        '"Where is Vanya?" he asked.\n')
    assert [source.text[c.start:c.end].split("\n")[0] for c in source.chapters] == ["CHAPTER VII"]
    assert [c.title for c in source.chapters] == ["CHAPTER VII"]
    assert [source.text[a:b] for a, b in source.italics] == ['Vanya?"']
    assert source.title is None     # (not the scan's file name, nor the chapter's heading)


def words(text: str, attributes: str = "") -> str:
    return "<SP/>".join(f'<String CONTENT="{word}"{attributes}/>' for word in text.split())


def line(text: str, hpos: int = 100, attributes: str = "") -> str:
    return f'<TextLine HPOS="{hpos}" WIDTH="1600"{attributes}>{words(text)}</TextLine>'


def block(*lines: str, attributes: str = "") -> str:
    return f'<TextBlock HPOS="100" WIDTH="1800"{attributes}>{"".join(lines)}</TextBlock>'


def page(*blocks: str) -> str:
    return (f'<Page WIDTH="2000" HEIGHT="3000"><PrintSpace HPOS="100" VPOS="100" WIDTH="1800" HEIGHT="2800">'
            f'{"".join(blocks)}</PrintSpace></Page>')


def alto(*pages: str, styles: str = "", namespace: str | None = V4) -> bytes:
    xmlns = f' xmlns="{namespace}"' if namespace else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?><alto{xmlns}><Styles>{styles}</Styles>'
            f'<Layout>{"".join(pages)}</Layout></alto>').encode("utf-8")


@pytest.mark.parametrize("namespace", ["http://www.loc.gov/standards/alto/ns-v2#",
                                       "http://www.loc.gov/standards/alto/ns-v3#", V4, None])
def test_alto_of_each_version_and_without_a_namespace_reads_alike(namespace):
    data = alto(page(block(line("The river froze."))), namespace=namespace)
    assert read_alto(data, "book.xml").text == "The river froze.\n"


def test_words_part_by_spaces_or_by_standing_apart_and_lines_join_with_a_space():
    data = alto(page(
        '<TextBlock><TextLine><String CONTENT="Tom"/><String CONTENT="&amp;"/><SP/>'
        '<String CONTENT="&quot;Huck&apos;s&quot;"/></TextLine><TextLine><String CONTENT="raft."/></TextLine>'
        '</TextBlock>', block(line("Night came."))))
    assert read_alto(data, "book.xml").text == "Tom & \"Huck's\" raft.\n\nNight came.\n"


def test_a_word_hyphenated_at_a_line_end_is_written_once_whole():
    with_subs = ('<TextLine><String CONTENT="the"/><SP/><String CONTENT="grand" SUBS_TYPE="HypPart1" '
                 'SUBS_CONTENT="grandmother"/><HYP CONTENT="-"/></TextLine>'
                 '<TextLine><String CONTENT="mother" SUBS_TYPE="HypPart2" SUBS_CONTENT="grandmother"/><SP/>'
                 '<String CONTENT="sang."/></TextLine>')
    with_hyp_only = ('<TextLine><String CONTENT="a"/><SP/><String CONTENT="sing"/><HYP CONTENT="-"/></TextLine>'
                     '<TextLine><String CONTENT="ing"/><SP/><String CONTENT="voice."/></TextLine>')
    # (a hyphen the OCR kept in the word, with no HYP, is the word's own)
    kept = ('<TextLine><String CONTENT="a"/><SP/><String CONTENT="well-"/></TextLine>'
            '<TextLine><String CONTENT="known"/><SP/><String CONTENT="song."/></TextLine>')
    data = alto(page(f"<TextBlock>{with_subs}</TextBlock>", f"<TextBlock>{with_hyp_only}</TextBlock>",
                     f"<TextBlock>{kept}</TextBlock>"))
    assert read_alto(data, "book.xml").text == "the grandmother sang.\n\na singing voice.\n\na well-known song.\n"


def test_a_word_hyphenated_at_a_page_end_goes_on_over_the_page_break():
    first = block(line("The house stood by", 160), '<TextLine HPOS="100"><String CONTENT="the"/><SP/>'
                  '<String CONTENT="wa" SUBS_TYPE="HypPart1" SUBS_CONTENT="water"/><HYP CONTENT="-"/></TextLine>')
    second = block('<TextLine HPOS="160"><String CONTENT="ter" SUBS_TYPE="HypPart2" SUBS_CONTENT="water"/>'
                   '<SP/><String CONTENT="mill."/></TextLine>', line("It was old.", 100))
    assert read_alto(alto(page(first), page(second)), "book.xml").text == \
        "The house stood by the water mill. It was old.\n"


def indented_page(last_line: str) -> str:
    return page(block(line("We lived at the mill, which my", 160), line("father had built.", 100)),
                block(line("In spring the river rose and", 160), line(last_line, 100)))


def test_where_paragraphs_are_indented_an_unindented_page_top_goes_on_and_an_indented_one_does_not():
    # (the page before ends a sentence, yet the paragraph goes on: the page's top is not indented)
    goes_on = page(block(line("Day and night, until summer,", 100), line("it turned.", 100)))
    assert read_alto(alto(indented_page("the wheel turned."), goes_on), "book.xml").text == (
        "We lived at the mill, which my father had built.\n\n"
        "In spring the river rose and the wheel turned. Day and night, until summer, it turned.\n")
    # (the page before ends mid-sentence, yet the indented top is a paragraph of its own)
    new = page(block(line("Father died that year.", 160), line("We sold the mill.", 100)))
    assert read_alto(alto(indented_page("the wheel turned"), new), "book.xml").text.endswith(
        "the wheel turned\n\nFather died that year. We sold the mill.\n")


def test_a_one_line_block_at_a_page_top_is_judged_by_the_left_edge_of_the_page():
    one_line = page(block(line("Then it froze.", 100)), block(line("Father died.", 160), line("We sold it.", 100)))
    assert read_alto(alto(indented_page("the wheel turned."), one_line), "book.xml").text.endswith(
        "the wheel turned. Then it froze.\n\nFather died. We sold it.\n")
    indented = page(block(line("Winter came.", 160)), block(line("Father died.", 160), line("We sold it.", 100)))
    assert read_alto(alto(indented_page("the wheel turned"), indented), "book.xml").text.endswith(
        "the wheel turned\n\nWinter came.\n\nFather died. We sold it.\n")


def test_where_paragraphs_are_not_indented_only_a_page_that_ends_mid_sentence_goes_on():
    flush = page(block(line("We lived at the mill."), line("My father built it.")),
                 block(line("In spring the river rose"), line("and the wheel turned")))
    ends = page(block(line("We lived at the mill."), line("My father built it.")),
                block(line("In spring the river rose."), line("The wheel turned.")))
    top = page(block(line("day and night."), line("Then summer came.")))
    assert read_alto(alto(flush, top), "book.xml").text.endswith(
        "In spring the river rose and the wheel turned day and night. Then summer came.\n")
    assert read_alto(alto(ends, top), "book.xml").text.endswith(
        "The wheel turned.\n\nday and night. Then summer came.\n")


def test_page_numbers_and_running_heads_the_ocr_left_in_the_print_space_are_left_out():
    pages = [page(block(line("THE MILL 17")), block(line("We lived at the mill."), line("It was old."))),
             page(block(line("18 THE MILL")), block(line("xviii")),
                  block(line("Father built it."), line("It stood by the river.")), block(line("- 18 -"))),
             page(block(line("Spring")), block(line("The river rose."), line("The wheel turned.")),
                  block(line("19")))]
    assert read_alto(alto(*pages), "book.xml").text == (
        "We lived at the mill. It was old.\n\nFather built it. It stood by the river.\n\n"
        "Spring\n\nThe river rose. The wheel turned.\n")


def test_italics_by_a_words_style_or_the_text_style_it_its_line_or_its_block_refers_to():
    styles = '<TextStyle ID="R" FONTSIZE="10"/><TextStyle ID="I" FONTSIZE="10" FONTSTYLE="bold italics"/>'
    data = alto(page(
        block("<TextLine>" + words("He read") + "<SP/>" + words("War and Peace", ' STYLE="bold italics"')
              + "<SP/>" + words("twice.") + "</TextLine>"),
        block("<TextLine>" + words("She said") + "<SP/>" + words("nyet", ' STYLEREFS="I"') + "<SP/>"
              + words("again.") + "</TextLine>"),
        block(line("A letter came.", attributes=' STYLEREFS="I"'), line("It was short.")),
        block(line("Dear son,"), line("we are well."), attributes=' STYLEREFS="I"'),
        block('<TextLine STYLEREFS="I">' + words("not this", ' STYLEREFS="R"') + "</TextLine>")),
        styles=styles)
    source = read_alto(data, "book.xml")
    assert [source.text[a:b] for a, b in source.italics] == [
        "War and Peace", "nyet", "A letter came.", "Dear son, we are well."]


def test_headings_set_large_or_centred_and_short_mark_chapters():
    styles = ('<TextStyle ID="BODY" FONTSIZE="10"/><TextStyle ID="BIG" FONTSIZE="14"/>'
              '<ParagraphStyle ID="CENTRE" ALIGN="Center"/><ParagraphStyle ID="LEFT" ALIGN="Left"/>')
    body = ' STYLEREFS="BODY LEFT"'
    data = alto(page(
        block(line("PART ONE"), attributes=' STYLEREFS="BIG"'),
        block(line("The Thaw"), attributes=' STYLEREFS="BODY CENTRE"'),
        block(line("Snow lay on the fields."), line("Nobody came."), attributes=body),
        block(line("Who would come in such weather,"), line("over the river, through the woods,"),
              line("to a mill that had long stood still?"), attributes=' STYLEREFS="BODY CENTRE"'),
        block(line("II", 900), attributes=' STYLEREFS="BODY CENTRE"'),
        block("<TextLine>" + words("In", ' STYLEREFS="BIG"') + "<SP/>" + words("April the ice broke.") + "</TextLine>",
              line("We heard it at night."), attributes=body)),
        styles=styles)
    source = read_alto(data, "book.xml")
    assert [(c.title, source.text[c.start:c.end].split("\n")[0]) for c in source.chapters] == [
        ("PART ONE. The Thaw", "PART ONE"), ("II", "II")]
    assert source.text.startswith("PART ONE\n\nThe Thaw\n\nSnow lay on the fields. Nobody came.\n\nWho would")
    assert source.title is None


def test_a_document_without_styles_finds_no_chapters():
    data = alto(page(block(line("CHAPTER ONE", 800)), block(line("Snow lay on the fields."), line("Nobody came."))))
    source = read_alto(data, "book.xml")
    assert source.text == "CHAPTER ONE\n\nSnow lay on the fields. Nobody came.\n"
    assert source.chapters == []


def test_the_declared_encoding_is_read_and_a_given_one_overrides_it():
    data = alto(page(block(line("Gapaӧ и Ваня.")))).decode("utf-8").replace('"UTF-8"', '"windows-1251"')
    assert read_alto(data.replace("ӧ", "").encode("cp1251"), "book.xml").text == "Gapa и Ваня.\n"
    assert read_alto(data.encode("utf-8"), "book.xml", encoding="utf-8").text == "Gapaӧ и Ваня.\n"


@pytest.mark.parametrize("data", [
    BOOK[:900].encode("utf-8"),
    b'<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text/></TEI>',
    alto(page(block()), page()),
    alto(page(block(line("17")))),
])
def test_a_malformed_foreign_or_empty_file_is_refused_with_a_hint(data):
    with pytest.raises(PersonaeError) as err:
        read_alto(data, "book.xml")
    assert err.value.hint
