import io
import itertools
import zipfile
from xml.sax.saxutils import escape

import pytest

from personae.errors import PersonaeError
from personae.read.pagexml import _tags, is_page_archive, read_page_archive, read_page_xml

NS_2013 = "http://schema.primaresearch.org/PAGE/gts/pagecontent/2013-07-15"
NS_2019 = "http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"

# A page of a memoir as Transkribus exports it: its metadata, a reading order that puts the regions in another
# order than the file's, a running head and a page number, a chapter's heading, two paragraphs (the first's
# lines broken by ¬ and the region's own TextEquiv repeating its lines), tags in the lines' custom attributes
TRANSKRIBUS_PAGE = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<PcGts xmlns="{NS_2013}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
 xsi:schemaLocation="{NS_2013} {NS_2013}/pagecontent.xsd">
  <Metadata>
    <Creator>prov=READ-COOP:name=PyLaia@TranskribusPlatform:version=2.10.0:model_id=39995</Creator>
    <Created>2023-03-01T10:12:44.000+01:00</Created>
    <LastChange>2023-03-02T09:01:13.104+01:00</LastChange>
    <TranskribusMetadata docId="1234567" pageId="45678901" pageNr="17" tsid="98765432" status="GT"/>
  </Metadata>
  <Page imageFilename="memoir_0017.jpg" imageWidth="2480" imageHeight="3508">
    <ReadingOrder>
      <OrderedGroup id="ro_1677661964" caption="Regions reading order">
        <RegionRefIndexed index="0" regionRef="r_head"/>
        <RegionRefIndexed index="1" regionRef="r_title"/>
        <RegionRefIndexed index="2" regionRef="r_p1"/>
        <RegionRefIndexed index="3" regionRef="r_p2"/>
        <RegionRefIndexed index="4" regionRef="r_num"/>
      </OrderedGroup>
    </ReadingOrder>
    <TextRegion orientation="0.0" id="r_p2" custom="readingOrder {{index:3;}}">
      <Coords points="200,1400 2300,1400 2300,1600 200,1600"/>
      <TextLine id="r_p2l1" custom="readingOrder {{index:0;}} person {{offset:10; length:4;firstname:Ivan;}}">
        <Coords points="260,1400 2300,1400 2300,1460 260,1460"/>
        <Baseline points="260,1450 2300,1450"/>
        <TextEquiv><Unicode>At the mill Ivan waited.</Unicode></TextEquiv>
      </TextLine>
      <TextEquiv><Unicode>At the mill Ivan waited.</Unicode></TextEquiv>
    </TextRegion>
    <TextRegion orientation="0.0" type="header" id="r_head" custom="readingOrder {{index:0;}}">
      <Coords points="900,100 1600,100 1600,160 900,160"/>
      <TextLine id="r_headl1" custom="readingOrder {{index:0;}}">
        <Coords points="900,100 1600,100 1600,160 900,160"/>
        <Baseline points="900,150 1600,150"/>
        <TextEquiv><Unicode>THE MILL</Unicode></TextEquiv>
      </TextLine>
    </TextRegion>
    <TextRegion orientation="0.0" type="heading" id="r_title"
     custom="readingOrder {{index:1;}} structure {{type:heading;}}">
      <Coords points="800,300 1700,300 1700,400 800,400"/>
      <TextLine id="r_titlel1" custom="readingOrder {{index:0;}}">
        <Coords points="800,300 1700,300 1700,400 800,400"/>
        <Baseline points="800,380 1700,380"/>
        <TextEquiv><Unicode>Chapter Seven</Unicode></TextEquiv>
      </TextLine>
    </TextRegion>
    <TextRegion orientation="0.0" type="paragraph" id="r_p1" custom="readingOrder {{index:2;}}">
      <Coords points="200,500 2300,500 2300,1300 200,1300"/>
      <TextLine id="r_p1l1" custom="readingOrder {{index:0;}} textStyle {{offset:21; length:3;italic:true;}}">
        <Coords points="260,500 2300,500 2300,560 260,560"/>
        <Baseline points="260,550 2300,550"/>
        <TextEquiv><Unicode>It was cold when the Ka¬</Unicode></TextEquiv>
      </TextLine>
      <TextLine id="r_p1l2" custom="readingOrder {{index:1;}} textStyle {{offset:0; length:2;italic:true;}}
       abbrev {{offset:10; length:3;expansion:Saint;}}">
        <Coords points="200,600 2300,600 2300,660 200,660"/>
        <Baseline points="200,650 2300,650"/>
        <TextEquiv><Unicode>ma froze; St. Nicholas' day had</Unicode></TextEquiv>
      </TextLine>
      <TextLine id="r_p1l3" custom="readingOrder {{index:2;}} textStyle {{offset:5; length:4;strikethrough:true;}}">
        <Coords points="200,700 2300,700 2300,760 200,760"/>
        <Baseline points="200,750 2300,750"/>
        <TextEquiv><Unicode>come long ago.</Unicode></TextEquiv>
      </TextLine>
      <TextEquiv><Unicode>It was cold when the Ka¬
ma froze; St. Nicholas' day had
come long ago.</Unicode></TextEquiv>
    </TextRegion>
    <TextRegion orientation="0.0" type="page-number" id="r_num" custom="readingOrder {{index:4;}}">
      <Coords points="1200,3300 1300,3300 1300,3360 1200,3360"/>
      <TextLine id="r_numl1"><Coords points="1200,3300 1300,3300 1300,3360 1200,3360"/>
        <TextEquiv><Unicode>17</Unicode></TextEquiv></TextLine>
    </TextRegion>
  </Page>
</PcGts>"""


def test_a_transkribus_page_reads_its_regions_in_reading_order_without_its_furniture():
    source = read_page_xml(TRANSKRIBUS_PAGE.encode("utf-8"), "memoir_0017.xml")
    # (the region's TextEquiv, which repeats its lines', is not read again; the abbreviation is read as written,
    # the struck-through word left out)
    assert source.text == ("Chapter Seven\n\n"
                           "It was cold when the Kama froze; St. Nicholas' day had come ago.\n\n"
                           "At the mill Ivan waited.\n")
    assert [(c.title, source.text[c.start:c.end].split("\n")[0]) for c in source.chapters] == \
        [("Chapter Seven", "Chapter Seven")]
    assert [source.text[a:b] for a, b in source.italics] == ["Kama"]
    assert source.title is None     # (not the scan's file name)


IDS = itertools.count()


def line(text: str, x: int = 200, custom: str = "", y: int = 0) -> str:
    """A TextLine as transcription platforms write it: its outline, its baseline, its text."""
    return (f'<TextLine id="l{next(IDS)}" custom="{custom}">'
            f'<Coords points="{x},{y} 2300,{y} 2300,{y + 60} {x},{y + 60}"/>'
            f'<Baseline points="{x},{y + 50} 2300,{y + 50}"/>'
            f'<TextEquiv><Unicode>{escape(text)}</Unicode></TextEquiv></TextLine>')


def region(*lines: str, kind: str | None = None, custom: str = "", region_id: str | None = None) -> str:
    kind_attribute = f' type="{kind}"' if kind else ""
    region_id = region_id or f"r{next(IDS)}"
    return (f'<TextRegion id="{region_id}"{kind_attribute} custom="{custom}">'
            f'<Coords points="200,0 2300,0 2300,900 200,900"/>{"".join(lines)}</TextRegion>')


def paragraph(*texts: str, indent: int = 60, kind: str | None = None) -> str:
    """A paragraph of lines, its first set in by `indent`."""
    return region(*(line(text, 200 + (indent if i == 0 else 0), y=100 * i) for i, text in enumerate(texts)),
                  kind=kind)


def page(*regions: str, reading_order: str = "", namespace: str | None = NS_2013) -> bytes:
    xmlns = f' xmlns="{namespace}"' if namespace else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?><PcGts{xmlns}><Metadata><Creator>Transkribus</Creator>'
            f'<Created>2023-03-01T10:00:00</Created><LastChange>2023-03-01T10:00:00</LastChange></Metadata>'
            f'<Page imageFilename="p.jpg" imageWidth="2480" imageHeight="3508">{reading_order}{"".join(regions)}'
            f'</Page></PcGts>').encode("utf-8")


def text_of(*regions: str, **kwargs) -> str:
    return read_page_xml(page(*regions, **kwargs), "page.xml").text


@pytest.mark.parametrize("namespace", [
    "http://schema.primaresearch.org/PAGE/gts/pagecontent/2010-03-19",
    NS_2013, "http://schema.primaresearch.org/PAGE/gts/pagecontent/2016-07-15",
    "http://schema.primaresearch.org/PAGE/gts/pagecontent/2017-07-15", NS_2019, None])
def test_page_of_each_version_and_without_a_namespace_reads_alike(namespace):
    assert text_of(region(line("The river froze.")), namespace=namespace) == "The river froze.\n"


def test_page_2009_with_its_points_as_elements_reads_alike():
    data = (b'<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2009-03-16"><Metadata/>'
            b'<Page imageFilename="p.tif" imageWidth="2000" imageHeight="3000"><TextRegion id="r1">'
            b'<Coords><Point x="100" y="100"/><Point x="1900" y="100"/></Coords><TextLine id="l1">'
            b'<Coords><Point x="160" y="100"/><Point x="1900" y="160"/></Coords>'
            b'<TextEquiv><Unicode>The river froze.</Unicode></TextEquiv></TextLine></TextRegion></Page></PcGts>')
    assert read_page_xml(data, "page.xml").text == "The river froze.\n"


def test_a_reading_order_of_nested_groups_orders_the_regions_and_those_it_leaves_out_follow():
    reading_order = ('<ReadingOrder><OrderedGroup id="g0" caption="Regions reading order">'
                     '<RegionRefIndexed index="2" regionRef="r_c"/>'
                     '<UnorderedGroupIndexed index="1" id="g1"><RegionRef regionRef="r_b"/></UnorderedGroupIndexed>'
                     '<RegionRefIndexed index="0" regionRef="r_a"/>'
                     '<RegionRefIndexed index="3" regionRef="r_gone"/></OrderedGroup></ReadingOrder>')
    regions = [region(line("Third."), region_id="r_c"), region(line("Last, unordered."), region_id="r_x"),
               region(line("Second."), region_id="r_b"), region(line("First."), region_id="r_a")]
    assert text_of(*regions, reading_order=reading_order) == "First.\n\nSecond.\n\nThird.\n\nLast, unordered.\n"


def test_without_a_reading_order_regions_and_lines_follow_their_custom_index():
    regions = [region(line("two.", custom="readingOrder {index:1;}"),
                      line("Line one,", custom="readingOrder {index:0;}"), custom="readingOrder {index:1;}"),
               region(line("Region one."), custom="readingOrder {index:0;}")]
    assert text_of(*regions) == "Region one.\n\nLine one, two.\n"


def test_text_regions_inside_other_regions_are_read_where_their_parent_stands_in_the_reading_order():
    # (a Transkribus table's cells hold lines of their own; a PAGE TextRegion may stand inside a TableRegion)
    table = ('<TableRegion id="t1"><Coords points="0,0 1,1"/>'
             '<TableCell id="c1" row="0" col="0"><Coords points="0,0 1,1"/>' + line("Name") + '</TableCell>'
             '<TableCell id="c2" row="0" col="1"><Coords points="0,0 1,1"/>' + line("Born") + '</TableCell>'
             '</TableRegion>')
    figure = ('<ImageRegion id="i1"><Coords points="0,0 1,1"/>' + region(line("On the wall: PRAVDA."), region_id="t2")
              + '</ImageRegion>')
    reading_order = ('<ReadingOrder><OrderedGroup id="g"><RegionRefIndexed index="0" regionRef="p1"/>'
                     '<RegionRefIndexed index="1" regionRef="t1"/><RegionRefIndexed index="2" regionRef="i1"/>'
                     '<RegionRefIndexed index="3" regionRef="p2"/></OrderedGroup></ReadingOrder>')
    text = text_of(region(line("After."), region_id="p2"), figure, table, region(line("Before."), region_id="p1"),
                   reading_order=reading_order)
    assert text == "Before.\n\nName\n\nBorn\n\nOn the wall: PRAVDA.\n\nAfter.\n"


def test_page_furniture_marginalia_and_captions_are_left_out_and_a_structure_tag_overrides_the_type():
    regions = [region(line("THE MILL"), kind="header"), region(line("We lived at the mill.")),
               region(line("A note in pencil"), kind="marginalia"), region(line("Fig. 3. The mill"), kind="caption"),
               region(line("Photo: archive"), kind="credit"), region(line("B 2"), kind="signature-mark"),
               region(line("It"), kind="catch-word"), region(line("Printed in Izhevsk"), kind="footer"),
               region(line("17"), kind="paragraph", custom="structure {type:page-number;}"),
               region(line("Mother sang."), kind="header", custom="structure {type:paragraph;}"),
               region(line("18"), custom="structure {type:NumberingZone;}"),
               region(line("It was old."), custom="structure {type:MainZone:column#1;}")]
    assert text_of(*regions) == "We lived at the mill.\n\nMother sang.\n\nIt was old.\n"


def test_every_heading_marks_a_chapter_where_none_numbers_one():
    source = read_page_xml(page(region(line("Spring"), kind="heading"), region(line("The river rose.")),
                                region(line("Summer"), custom="structure {type:heading;}"),
                                region(line("The wheel turned."))), "page.xml")
    assert source.text == "Spring\n\nThe river rose.\n\nSummer\n\nThe wheel turned.\n"
    assert [(c.title, source.text[c.start:c.end]) for c in source.chapters] == [
        ("Spring", "Spring\n\nThe river rose.\n\n"), ("Summer", "Summer\n\nThe wheel turned.\n")]


def test_where_headings_number_chapters_only_they_mark_chapters_with_the_heading_under_them_as_title():
    source = read_page_xml(page(region(line("CHAPTER VII."), kind="heading"),
                                region(line("The Thaw"), kind="heading"), region(line("The river rose.")),
                                region(line("At the mill"), kind="heading"), region(line("The wheel turned.")),
                                region(line("VIII"), kind="heading"), region(line("Winter came."))), "page.xml")
    assert [c.title for c in source.chapters] == ["CHAPTER VII. The Thaw", "VIII"]
    assert source.text[source.chapters[0].start:source.chapters[0].end] == \
        "CHAPTER VII.\n\nThe Thaw\n\nThe river rose.\n\nAt the mill\n\nThe wheel turned.\n\n"


def test_a_drop_capitals_letter_and_a_lists_label_begin_the_paragraph_after_them():
    assert text_of(region(line("T"), kind="drop-capital"), region(line("HE river froze early.")),
                   region(line("1."), custom="structure {type:list-label;}"), region(line("the mill;")),
                   region(line("2."), kind="list-label"), region(line("the church."))) == \
        "THE river froze early.\n\n1. the mill;\n\n2. the church.\n"


def test_notes_follow_the_text_as_written_and_a_footnote_a_page_break_splits_reads_on():
    first = page(paragraph("Ivan came home from Glazov¹ in", "the winter of 1956."),
                 region(line("¹ A town in Udmurtia, east of"), kind="footnote"))
    second = page(paragraph("His mother met him at the door.²"),
                  region(line("Kazan."), kind="footnote-continued"),
                  region(line("² As she had every winter."), custom="structure {type:footnote;}"),
                  region(line("³ The family's letters are lost."), kind="endnote"))
    assert read_page_archive(export({"doc/page/1.xml": first, "doc/page/2.xml": second}), "doc.zip").text == (
        "Ivan came home from Glazov¹ in the winter of 1956.\n\n"
        "His mother met him at the door.²\n\n"
        "¹ A town in Udmurtia, east of Kazan.\n\n"
        "² As she had every winter.\n\n"
        "³ The family's letters are lost.\n")


def text_line(equivs: str = "", words: str = "") -> str:
    return f'<TextLine id="l"><Coords points="200,0 2300,0"/>{words}{equivs}</TextLine>'


def equiv(text: str, index: str | None = None) -> str:
    index_attribute = f' index="{index}"' if index is not None else ""
    return f"<TextEquiv{index_attribute}><Unicode>{text}</Unicode></TextEquiv>"


def word(text: str = "", glyphs: str = "", custom: str = "") -> str:
    return (f'<Word id="w{next(IDS)}" custom="{custom}"><Coords points="0,0 1,1"/>{glyphs}'
            f'{equiv(text) if text else ""}</Word>')


def test_a_lines_text_is_its_lowest_indexed_alternative_else_its_words_else_its_glyphs():
    glyphs = "".join(f'<Glyph id="g{c}"><Coords points="0,0 1,1"/>{equiv(c)}</Glyph>' for c in "came")
    regions = [region(text_line(equiv("Ivan cane", index="2") + equiv("Ivan came", index="1"))),
               region(text_line(equiv("Anna came") + equiv("Anna cane"))),
               region(text_line(equiv(""), words=word("Pyotr") + word("came") + word("home."))),
               region(text_line(words=word("Olga") + word(glyphs=glyphs)))]
    assert text_of(*regions) == "Ivan came\n\nAnna came\n\nPyotr came home.\n\nOlga came\n"


def test_where_no_line_has_text_the_regions_own_is_read_line_by_line():
    regions = [region(text_line(equiv("")), text_line(), equiv("We lived at the mill,\nwhich my father built.")),
               region(equiv("It was old."))]
    assert text_of(*regions) == "We lived at the mill, which my father built.\n\nIt was old.\n"


def test_a_word_broken_by_a_mark_at_a_lines_end_is_written_once_whole():
    assert text_of(region(line("the grand¬"), line("mother sang a sing⸗"), line("ing song in Kasa="),
                          line("nova's hall, the wa\u00ad"), line("ter shining."))) == \
        "the grandmother sang a singing song in Kasanova's hall, the water shining.\n"


def test_a_plain_hyphen_at_a_lines_end_joins_a_broken_word_and_keeps_a_compound():
    # (a printed book's hyphens kept as printed: "mo-ther" is a word broken, "well-known" one hyphened, the
    # document writing "well" and "known"; "grandmother" written whole elsewhere, though "grand" and "mother" are
    # words too; "Anglo-Saxon" before a capital)
    assert text_of(region(line("His mo-"), line("ther was well-"), line("known; her grand-"),
                          line("mother was Anglo-"), line("Saxon. She was well, as was known of her grandmother,"),
                          line("a grand old mother."))) \
        == ("His mother was well-known; her grandmother was Anglo-Saxon. "
            "She was well, as was known of her grandmother, a grand old mother.\n")


def test_a_transcription_that_marks_its_broken_words_keeps_a_plain_hyphen_as_the_writers_own():
    # (a typescript's transcription: ¬ where a word broke, "-" where the typist hyphened)
    assert text_of(region(line("We met to co-"), line("operate with the com¬"), line("mittee."))) == \
        "We met to co-operate with the committee.\n"
    assert text_of(region(line("We met to co-"), line("operate with the committee."))) == \
        "We met to cooperate with the committee.\n"


def test_lines_join_with_a_space_and_a_dash_set_close_stays_close():
    assert text_of(region(line("He stopped—"), line("then went on, and -"), line("slowly - came"),
                          line("home."))) == "He stopped—then went on, and - slowly - came home.\n"


def book(*pages: bytes) -> str:
    return read_page_archive(export({f"doc/page/{i:04d}.xml": data for i, data in enumerate(pages, 1)}),
                             "book.zip").text


def indented_page(last_line: str) -> bytes:
    return page(paragraph("We lived at the mill, which my", "father had built."),
                paragraph("In spring the river rose and", last_line))


def test_where_paragraphs_are_indented_an_unindented_page_top_goes_on_and_an_indented_one_does_not():
    goes_on = page(region(line("Day and night, until summer,", 200), line("it turned.", 200)))
    assert book(indented_page("the wheel turned."), goes_on) == (
        "We lived at the mill, which my father had built.\n\n"
        "In spring the river rose and the wheel turned. Day and night, until summer, it turned.\n")
    new = page(paragraph("Father died that year.", "We sold the mill."))
    assert book(indented_page("the wheel turned"), new).endswith(
        "the wheel turned\n\nFather died that year. We sold the mill.\n")


def test_where_paragraphs_are_not_indented_a_page_that_ends_mid_sentence_or_mid_word_goes_on():
    flush = [paragraph("We lived at the mill.", "My father built it.", indent=0)]
    top = page(paragraph("day and night.", "Then summer came.", indent=0))
    assert book(page(*flush, paragraph("In spring the river rose", "and the wheel turned", indent=0)), top) \
        .endswith("In spring the river rose and the wheel turned day and night. Then summer came.\n")
    assert book(page(*flush, paragraph("In spring the river rose.", "The wheel turned.", indent=0)), top) \
        .endswith("The wheel turned.\n\nday and night. Then summer came.\n")
    broken = page(paragraph("The wheel turned night and", "day, and the wa¬", indent=0))
    assert book(broken, page(paragraph("ter rose.", "Then summer came.", indent=0))) == \
        "The wheel turned night and day, and the water rose. Then summer came.\n"


def test_italic_and_underlined_tags_are_italics_and_struck_through_text_is_left_out():
    regions = [region(line("He read War and Peace twice.",
                           custom="readingOrder {index:0;} textStyle {offset:8; length:13;italic:true;}")),
               region(line("The word was nyet, she said.",
                           custom="textStyle {offset:13; length:4;underlined:true;} "
                                  "textStyle {offset:23; length:4;bold:true;italic:false;}")),
               region(line("I saw him not at all there.",
                           custom="textStyle {offset:10; length:10;strikethrough:true;} "
                                  "unclear {offset:21; length:5;} sic {offset:0; length:1;correction:We;}"))]
    source = read_page_xml(page(*regions), "page.xml")
    assert source.text == "He read War and Peace twice.\n\nThe word was nyet, she said.\n\nI saw him there.\n"
    assert [source.text[a:b] for a, b in source.italics] == ["War and Peace", "nyet"]


def test_escaped_characters_in_a_tags_values_are_decoded_and_do_not_end_the_tag():
    custom = r"comment {offset:0; length:3;comment:see\u0020p.\u007b4\u007d\u003b ask;} " \
             r"textStyle {offset:4; length:5;italic:true;}"
    assert _tags(type("Line", (), {"get": lambda self, key: custom})())[0] == \
        ("comment", {"offset": "0", "length": "3", "comment": "see p.{4}; ask"})
    source = read_page_xml(page(region(line("The Kazan road.", custom=custom))), "page.xml")
    assert [source.text[a:b] for a, b in source.italics] == ["Kazan"]


def test_a_superscript_number_is_written_in_superscript_digits():
    source = read_page_xml(page(region(line("Glazov12 was cold.",
                                            custom="textStyle {offset:6; length:2;superscript:true;}"))),
                           "page.xml")
    assert source.text == "Glazov¹² was cold.\n"


def test_tags_and_text_styles_of_words_apply_where_the_line_is_its_words():
    words = (word("He") + word("read") + word("Anna", custom="textStyle {offset:0; length:4;italic:true;}")
             + '<Word id="k"><Coords points="0,0 1,1"/><TextStyle italic="true"/>' + equiv("Karenina.") + "</Word>")
    styled_line = '<TextLine id="s"><Coords points="0,0 1,1"/><TextStyle strikethrough="true"/>' \
                  + equiv("Struck.") + "</TextLine>"
    source = read_page_xml(page(region(text_line(equiv("He read Anna Karenina."), words=words)),
                                region(text_line(words=words)), region(styled_line, line("Kept."))), "page.xml")
    assert source.text == "He read Anna Karenina.\n\nHe read Anna Karenina.\n\nKept.\n"
    assert [source.text[a:b] for a, b in source.italics] == ["Anna Karenina.", "Anna Karenina."]


MEMOIR_METS = """<?xml version="1.0" encoding="UTF-8"?>
<mets:mets xmlns:mets="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink">
  <mets:dmdSec ID="MD_ORIG"><mets:mdWrap MDTYPE="OTHER" OTHERMDTYPE="TRP_DOC_MD"><mets:xmlData>
    <trpDocMetadata><docId>1234567</docId><title>Memoirs of a Miller</title><author>I. Petrov</author>
    </trpDocMetadata></mets:xmlData></mets:mdWrap></mets:dmdSec>
  <mets:fileSec>
    <mets:fileGrp ID="MASTER">
      <mets:fileGrp ID="IMG">
        <mets:file ID="IMAGE_1" MIMETYPE="image/jpeg"><mets:FLocat LOCTYPE="OTHER" OTHERLOCTYPE="FILE"
         xlink:href="b_title.jpg"/></mets:file>
      </mets:fileGrp>
      <mets:fileGrp ID="PAGEXML">
        <mets:file ID="PAGEXML_2" MIMETYPE="application/xml"><mets:FLocat LOCTYPE="OTHER" OTHERLOCTYPE="FILE"
         xlink:href="page/a_second.xml"/></mets:file>
        <mets:file ID="PAGEXML_1" MIMETYPE="application/xml"><mets:FLocat LOCTYPE="OTHER" OTHERLOCTYPE="FILE"
         xlink:href="page/b_title.xml"/></mets:file>
        <mets:file ID="PAGEXML_3" MIMETYPE="application/xml"><mets:FLocat LOCTYPE="OTHER" OTHERLOCTYPE="FILE"
         xlink:href="page/c_third.xml"/></mets:file>
      </mets:fileGrp>
    </mets:fileGrp>
  </mets:fileSec>
  <mets:structMap ID="TRP_STRUCTMAP" TYPE="PHYSICAL">
    <mets:div ID="TRP_DOC_DIV" TYPE="document">
      <mets:div ID="PAGE_2" ORDER="2" TYPE="page"><mets:fptr><mets:area FILEID="PAGEXML_2"/></mets:fptr></mets:div>
      <mets:div ID="PAGE_1" ORDER="1" TYPE="page"><mets:fptr><mets:area FILEID="IMAGE_1"/></mets:fptr>
        <mets:fptr><mets:area FILEID="PAGEXML_1"/></mets:fptr></mets:div>
    </mets:div>
  </mets:structMap>
</mets:mets>"""


def export(members: dict[str, bytes | str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, data in members.items():
            archive.writestr(path, data)
    return out.getvalue()


def test_a_transkribus_export_reads_its_pages_in_the_mets_order_with_its_title():
    folder = "1234567/Memoirs of a Miller/"
    data = export({folder + "mets.xml": MEMOIR_METS, folder + "b_title.jpg": b"\xff\xd8\xff\xe0 not read",
                   folder + "metadata.xml": "<trpDocMetadata><title>Other</title></trpDocMetadata>",
                   folder + "page/c_third.xml": page(region(line("Third, not placed."))),
                   folder + "page/a_second.xml": page(region(line("Second page."))),
                   folder + "page/b_title.xml": page(region(line("First page."))),
                   folder + "page/d_not_listed.xml": page(region(line("Not in the METS."))),
                   folder + "alto/b_title.xml": '<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"/>'})
    source = read_page_archive(data, "export.zip")
    assert source.text == "First page.\n\nSecond page.\n\nThird, not placed.\n"
    assert source.title == "Memoirs of a Miller"


def test_an_export_without_a_mets_reads_its_page_files_in_natural_order():
    data = export({"doc/p10.xml": page(region(line("Tenth."))), "doc/p2.xml": page(region(line("Second."))),
                   "doc/p1.xml": page(region(line("First."))), "doc/notes.txt": "not a page",
                   "doc/doc.xml": "<trpDoc><md><title>Letters</title></md></trpDoc>"})
    source = read_page_archive(data, "export.zip")
    assert source.text == "First.\n\nSecond.\n\nTenth.\n"
    assert source.title == "Letters"


def test_an_ocr_d_mets_names_its_page_files_by_their_mimetype_and_orders_them_by_its_file_group():
    mets = ('<mets xmlns="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink"><fileSec>'
            '<fileGrp USE="OCR-D-OCR"><file ID="b" MIMETYPE="application/vnd.prima.page+xml">'
            '<FLocat LOCTYPE="URL" xlink:href="OCR-D-OCR/FILE_0010.xml"/></file>'
            '<file ID="a" MIMETYPE="application/vnd.prima.page+xml">'
            '<FLocat LOCTYPE="URL" xlink:href="file:///home/ocrd/ws/OCR-D-OCR/FILE_0009.xml"/></file>'
            '</fileGrp></fileSec></mets>')
    data = export({"ws/mets.xml": mets, "ws/OCR-D-OCR/FILE_0009.xml": page(region(line("Ninth."))),
                   "ws/OCR-D-OCR/FILE_0010.xml": page(region(line("Tenth.")))})
    assert read_page_archive(data, "ws.zip").text == "Tenth.\n\nNinth.\n"


def test_is_page_archive_tells_an_export_from_other_zips():
    assert is_page_archive(export({"doc/page/0001.xml": page(region(line("Text.")))}))
    assert not is_page_archive(export({"word/document.xml": "<w:document xmlns:w='urn:w'/>",
                                       "[Content_Types].xml": "<Types/>"}))
    assert not is_page_archive(export({"a.txt": "text"}))
    assert not is_page_archive(b"PK\x03\x04 not a zip at all")
    assert not is_page_archive(page(region(line("Text."))))


@pytest.mark.parametrize("data, message", [
    (b"", "malformed PAGE XML"),
    (b"<PcGts><Page><TextRegion>", "malformed PAGE XML"),
    (b"<alto><Layout/></alto>", "not PAGE"),
    (b'<PcGts xmlns="http://example.org/other"><Page/></PcGts>', "not PAGE"),
    (b"<PcGts><Metadata/></PcGts>", "without a <Page>"),
    (page(region(line("17"), kind="page-number"), '<ImageRegion id="i"><Coords points="0,0 1,1"/></ImageRegion>'),
     "holds no text"),
    (page(region(text_line(equiv("  ")))), "holds no text"),
])
def test_unreadable_page_xml_is_a_personae_error(data, message):
    with pytest.raises(PersonaeError, match=message) as raised:
        read_page_xml(data, "page.xml")
    assert raised.value.hint


def test_a_wrong_encoding_is_a_personae_error():
    with pytest.raises(PersonaeError, match="unknown encoding"):
        read_page_xml(page(region(line("Text."))), "page.xml", encoding="klingon")
    with pytest.raises(PersonaeError, match="not valid ascii"):
        read_page_xml(page(region(line("Tekst ë."))), "page.xml", encoding="ascii")
    latin = page(region(line("Müller"))).replace("Müller".encode("utf-8"), "Müller".encode("latin-1"))
    with pytest.raises(PersonaeError, match="malformed PAGE XML"):
        read_page_xml(latin, "page.xml")
    assert read_page_xml(latin.replace(b'encoding="UTF-8"', b""), "page.xml", encoding="latin-1").text == "Müller\n"


@pytest.mark.parametrize("data, message", [
    (b"not a zip", "not a valid PAGE archive"),
    (export({"doc/readme.txt": "no pages", "doc/mets.xml": "<mets/>"}), "no PAGE XML files"),
    (export({"doc/page/1.xml": page(region(line("One."))), "doc/page/2.xml": b"<PcGts><Page>"}),
     r"book.zip!doc/page/2.xml: malformed PAGE XML"),
])
def test_an_unreadable_export_is_a_personae_error(data, message):
    with pytest.raises(PersonaeError, match=message) as raised:
        read_page_archive(data, "book.zip")
    assert raised.value.hint
