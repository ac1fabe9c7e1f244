"""PAGE XML: the layout and text of transcribed scans, as Transkribus, eScriptorium, OCR-D and Aletheia write it.

A PAGE file (root <PcGts>, in any of the schema's namespaces from 2009 to 2019, or none) holds one scanned page:
its regions, each with its outline on the scan, the text regions' lines and the lines' text. A transcription
platform exports a document as a zip of such files, one a page, with a METS file that lists them in order.

What is read: each text region of the page (a table's cells, and regions inside other regions, too), in the
reading order the page gives (its ReadingOrder's groups, nested or not, else the regions' Transkribus
"readingOrder {index:N;}", else the file's order), each region a paragraph. A line's text is its TextEquiv's
(of several, the lowest index), else its words' (their glyphs' where a word has none) joined by spaces; where
no line has text, the region's own TextEquiv (which otherwise repeats its lines', so is not read as well).
A word the line's end breaks is written once, whole: one marked by "¬", "⸗", "=" or a soft hyphen always; one
ending in a plain "-" by the words the document writes elsewhere (see `Vocabulary.hyphen`). A paragraph a page
break splits is read on as one (where the next page's first paragraph is not indented while the document
indents its paragraphs, or where the page before ends mid-sentence or mid-word). A heading (a region of the type
"heading", or Transkribus' "structure {type:heading;}", which overrides the type) is a paragraph, and marks a
chapter: every heading, or, where some headings number chapters ("Chapter 3", "VII"), only those, the headings
set right after each (its title) with them. A drop capital's letter, and a list's label, begins the paragraph
that follows it. Footnotes and endnotes are read after the text, each a paragraph as written (its own mark
kept, none made up), a footnote a page break splits ("footnote-continued") read on as one. Transkribus'
tags in a line's or word's custom attribute: a textStyle that is italic or underlined (a typescript's
underlining stands for italics) is recorded as italics, a struck-through one is deleted text and left out, a
superscript number (a note's reference) is written in superscript digits; abbreviations, sic, unclear readings,
names and the like are read as written. PAGE's own TextStyle elements are read alike.

Left out: the metadata; the page's furniture (regions of the types header, footer, page-number, catch-word,
signature-mark) and marginalia; captions and credits, which stand in the text wherever a picture falls and would
part a paragraph a picture interrupts; regions without text (images, graphics, separators). The image's file name
is no title: a PAGE file read alone has none; an export's title is its Transkribus or METS metadata's.
"""
from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass
from statistics import median
from urllib.parse import unquote

from lxml import etree

from personae.errors import PersonaeError
from personae.read.alto import INDENT_SHARE, SENTENCE_END
from personae.read.archive import UNREADABLE_MEMBER, member, open_archive
from personae.read.markup import ITALIC_CLOSE, ITALIC_OPEN, BlockText, _local, parse_xml, root_element
from personae.read.plain import HEADING
from personae.read.source import Source, normalise_whitespace, superscript

PAGE_NAMESPACE = "http://schema.primaresearch.org/PAGE/gts/pagecontent/"
PAGE_MIMETYPE = "application/vnd.prima.page+xml"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
HINT = "check that the file is PAGE XML (root <PcGts>), a page's transcription exported from Transkribus, " \
       "eScriptorium or OCR-D"
ARCHIVE = "PAGE archive"
ARCHIVE_HINT = "export the document as PAGE XML (Transkribus: Export > Transkribus Document; eScriptorium: " \
               "Export > PAGE) and give the zip"
NO_TEXT_HINT = "check that the pages were transcribed (their lines hold text), not only segmented"

# How a line's end goes on into the next line: a broken word joined without its mark, a hyphened word or a dash
# set close kept as written without a space, else a space
JOIN, KEEP, SPACE = "join", "keep", "space"
BREAK_MARKS = "¬⸗\u00ad"
HYPHENS = "-\u2010"
EM_DASH = "—"
# What stands around a word in a line (not its inner hyphen or apostrophe)
WORD_EDGES = "\"'“”‘’«»„‚‹›()[]{}<>.,;:!?…*_/\\—–-¬⸗\u00ad=|"

# What a region is, by its type (its "structure" tag in Transkribus, its SegmOnto zone in eScriptorium): names
# written in lower case without "-", "_" or spaces; a type not here is a paragraph
PARAGRAPH, HEADING_REGION, NOTE, NOTE_GOES_ON, DROP_CAPITAL, LIST_LABEL, LEFT_OUT = (
    "paragraph", "heading", "note", "note-goes-on", "drop-capital", "list-label", "left-out")
REGION_KINDS = {
    "heading": HEADING_REGION, "title": HEADING_REGION,
    "footnote": NOTE, "endnote": NOTE, "footnotecontinued": NOTE_GOES_ON,
    "dropcapital": DROP_CAPITAL, "dropcapitalzone": DROP_CAPITAL, "listlabel": LIST_LABEL,
    "header": LEFT_OUT, "footer": LEFT_OUT, "pagenumber": LEFT_OUT, "catchword": LEFT_OUT, "signaturemark": LEFT_OUT,
    "marginalia": LEFT_OUT, "caption": LEFT_OUT, "credit": LEFT_OUT,
    "runningtitlezone": LEFT_OUT, "numberingzone": LEFT_OUT, "quiremarkszone": LEFT_OUT, "margintextzone": LEFT_OUT,
    "digitizationartefactzone": LEFT_OUT, "stampzone": LEFT_OUT, "sealzone": LEFT_OUT,
}
# How a region that only labels the next one goes on into it: a drop capital into its word, a label before its item
LABELS = {DROP_CAPITAL: KEEP, LIST_LABEL: SPACE}
# The elements whose lines are a paragraph (Transkribus sets a table's cells as TableCell, with lines of their own)
TEXT_REGIONS = {"TextRegion", "TableCell"}
TEXT_REGION_TAGS = [f"{{*}}{name}" for name in TEXT_REGIONS]
# Every region a reading order may name (a text region inside one is read where the reading order names it)
REGION_TAGS = [f"{{*}}{name}" for name in (
    "TextRegion", "TableCell", "TableRegion", "ImageRegion", "GraphicRegion", "LineDrawingRegion", "ChartRegion",
    "SeparatorRegion", "MathsRegion", "ChemRegion", "MusicRegion", "AdvertRegion", "NoiseRegion", "UnknownRegion",
    "CustomRegion", "MapRegion")]
READING_GROUPS = {"OrderedGroup", "UnorderedGroup", "OrderedGroupIndexed", "UnorderedGroupIndexed"}
REGION_REFS = {"RegionRef", "RegionRefIndexed"}

# A Transkribus tag in a custom attribute, "name {key:value; key:value;}" (several in one attribute), its values'
# special characters escaped as \uXXXX; a textStyle's properties that make its span italic, deleted, raised
CUSTOM_TAG = re.compile(r"(?<![\w-])([\w-]+)\s*\{([^{}]*)\}")
ESCAPED = re.compile(r"\\u([0-9a-fA-F]{4})")
ITALIC_PROPERTIES = ("italic", "underlined")

# A heading that numbers a chapter: "Chapter 3", "PART II. The Return" (the plain reader's), a bare "VII" or "12."
BARE_NUMBER = re.compile(r"(?:(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})|\d{1,3})\.?", re.I)

# An export's size: more page files, or more bytes of them, than a document of some thousands of pages has
MAX_PAGE_FILES = 5_000
MAX_PAGE_BYTES = 400_000_000
MAX_MEMBERS = 50_000
# How many of a zip's XML files, and how much of each, are looked at to tell whether it holds PAGE
SNIFF_MEMBERS = 200
SNIFF_BYTES = 4096
NATURAL_PARTS = re.compile(r"(\d+)")


@dataclass
class Line:
    text: str                           # stripped, never empty
    italics: list[tuple[int, int]]      # (start, end) in the text, in order, apart
    left: float | None                  # where it starts on the scan: its baseline's, else its outline's, left end


@dataclass
class Region:
    kind: str
    lines: list[Line]
    indented: bool | None = None        # None where the lines' places are not known


class Passage:
    """Lines read on into one paragraph or note; its italics by offsets into the text its pieces join into."""

    def __init__(self, line: Line, heading: bool = False) -> None:
        self.pieces = [line.text]
        self.length = len(line.text)
        self.italics = list(line.italics)
        self.heading = heading

    @property
    def text(self) -> str:
        return "".join(self.pieces)

    @property
    def start(self) -> str:
        return self.pieces[0]

    @property
    def end(self) -> str:
        return self.pieces[-1]

    def go_on(self, more: Line | Passage, how: str) -> None:
        if how == JOIN:         # (the mark that broke the word left out)
            self.pieces[-1] = self.pieces[-1][:-1]
            self.length -= 1
            if self.italics and self.italics[-1][1] > self.length:
                start, _ = self.italics.pop()
                if start < self.length:
                    self.italics.append((start, self.length))
        separator = " " if how == SPACE else ""
        offset = self.length + len(separator)
        text = more.text
        self.pieces += [separator, text]
        self.italics += [(start + offset, end + offset) for start, end in more.italics]
        self.length = offset + len(text)

    def marked(self) -> str:
        """The text with its italic stretches between BlockText's marks."""
        text, out, last = self.text, [], 0
        for start, end in self.italics:
            out += [text[last:start], ITALIC_OPEN, text[start:end], ITALIC_CLOSE]
            last = end
        out.append(text[last:])
        return "".join(out)


def read_page_xml(data: bytes, name: str, encoding: str | None = None) -> Source:
    """One PAGE file: one page's text."""
    return _source([_read_page(data, name, encoding)], name, title=None)


def read_page_archive(data: bytes, name: str, encoding: str | None = None) -> Source:
    """A zip of PAGE files (a Transkribus or eScriptorium export): its pages in the order its METS gives, else in
    their names' order, read as one document."""
    with open_archive(data, name, ARCHIVE, ARCHIVE_HINT) as archive:
        paths, title = _page_files(archive, name)
        if not paths:
            raise PersonaeError(f"{name}: the zip holds no PAGE XML files", ARCHIVE_HINT)
        if len(paths) > MAX_PAGE_FILES or sum(archive.getinfo(path).file_size for path in paths) > MAX_PAGE_BYTES:
            raise PersonaeError(f"{name}: {len(paths):,} PAGE files, more than one document of {MAX_PAGE_FILES:,} "
                                f"pages or {MAX_PAGE_BYTES // 1_000_000:,} MB", "export the document in parts")
        pages = [_read_page(member(archive, path, name, ARCHIVE, ARCHIVE_HINT), f"{name}!{path}", encoding)
                 for path in paths]
    return _source(pages, name, title)


def is_page_archive(data: bytes) -> bool:
    """Whether zip bytes hold PAGE files (a document exported from a transcription platform)."""
    if data[:4] != b"PK\x03\x04":
        return False
    try:
        archive = open_archive(data, "", ARCHIVE, "")
    except PersonaeError:
        return False
    with archive:
        xml = [info for info in archive.infolist() if info.filename.lower().endswith(".xml")]
        # (the pages stand in a folder "page" in Transkribus' exports: looked at first)
        xml.sort(key=lambda info: "page" not in info.filename.lower())
        return any(_holds_page(archive, info) for info in xml[:SNIFF_MEMBERS])


# One page

def _read_page(data: bytes, name: str, encoding: str | None) -> list[Region]:
    """A PAGE file's text regions that hold running text or notes, in reading order."""
    root = parse_xml(data, name, "PAGE XML", encoding)
    namespace = etree.QName(root).namespace or ""
    if _local(root.tag) != "PcGts" or namespace and not namespace.startswith(PAGE_NAMESPACE):
        raise PersonaeError(f"{name}: an XML file but not PAGE (root element <{_local(root.tag)}>)", HINT)
    page = root.find("{*}Page")
    if page is None:
        raise PersonaeError(f"{name}: a PAGE file without a <Page>", HINT)
    regions = []
    for element in _text_regions(page):
        kind = _kind(element)
        if kind != LEFT_OUT and (lines := _region_lines(element)):
            regions.append(Region(kind, lines))
    _measure_indents(regions, _number(page.get("imageWidth")))
    return regions


def _text_regions(page) -> list:
    """The page's text regions (wherever they stand) in reading order: its ReadingOrder's, where that names
    any of them (a region it names brings those inside it that it does not name; those it leaves out follow),
    else each level's regions in their custom readingOrder."""
    elements = list(page.iter(*REGION_TAGS))
    regions = [element for element in elements if _local(element.tag) in TEXT_REGIONS]
    by_id = {element.get("id"): element for element in elements}
    reading_order = page.find("{*}ReadingOrder")
    named = [by_id[ref] for ref in (_group_refs(reading_order) if reading_order is not None else []) if ref in by_id]
    if not named:
        return list(_in_custom_order_within(page))
    named_ids = {id(element) for element in named}
    out, seen = [], set()
    for element in named:
        for region in element.iter(*TEXT_REGION_TAGS):
            if id(region) not in seen and (region is element or id(region) not in named_ids):
                out.append(region)
                seen.add(id(region))
    return out + [region for region in regions if id(region) not in seen]


def _group_refs(group):
    """The region ids a reading-order group names, in order: an ordered group's by their index, an unordered
    group's as they stand; a group that names a region gives it before its members."""
    if group.get("regionRef"):
        yield group.get("regionRef")
    members = [child for child in group if _local(child.tag) in READING_GROUPS | REGION_REFS]
    if _local(group.tag).startswith("OrderedGroup"):
        members.sort(key=lambda child: _integer(child.get("index"), default=len(members)))
    for child in members:
        if _local(child.tag) in REGION_REFS:
            yield child.get("regionRef")
        else:
            yield from _group_refs(child)


def _in_custom_order_within(element):
    """The text regions within an element, each level's in their custom readingOrder, each before those inside it."""
    children = [child for child in element if _local(child.tag).endswith("Region") or _local(child.tag) in TEXT_REGIONS]
    for child in _in_custom_order(children):
        if _local(child.tag) in TEXT_REGIONS:
            yield child
        yield from _in_custom_order_within(child)


def _in_custom_order(elements: list) -> list:
    """Elements in the order their Transkribus "readingOrder {index:N;}" gives, where each has one; else as they
    stand."""
    indexes = [_integer(_tag(element, "readingOrder").get("index")) for element in elements]
    if None in indexes:
        return elements
    return [element for _, element in sorted(zip(indexes, elements), key=lambda pair: pair[0])]


def _kind(region) -> str:
    named = _tag(region, "structure").get("type") or region.get("type") or ""
    # (eScriptorium's SegmOnto zones may carry a subtype: "MainZone:column#1")
    return REGION_KINDS.get(re.sub(r"[^a-z]", "", re.split("[:#]", named)[0].lower()), PARAGRAPH)


def _region_lines(region) -> list[Line]:
    style = _style_element(region)
    lines = [line for element in _in_custom_order(region.findall("{*}TextLine"))
             if (line := _read_line(element, style)) is not None]
    if lines:
        return lines
    # (lines without text: the region's own, its lines parted by line ends)
    return [Line(text.strip(), [], None) for text in _text_equiv(region).split("\n") if text.strip()]


def _read_line(line, region_style: dict) -> Line | None:
    """A line's text, its struck-through stretches left out and its italics recorded."""
    text = _text_equiv(line)
    # (the elements whose styles apply to the line's text: where, how long, whose tags; a word's tags count its own
    # text, and apply where the line's text is its words' joined)
    styled = [(0, len(text), line)]
    words = line.findall("{*}Word")
    if words and (not text.strip() or _styles_words(line, words)):
        word_texts, at = [], 0
        for word in _in_custom_order(words):
            word_text = _text_equiv(word) or "".join(_text_equiv(glyph) for glyph in word.findall("{*}Glyph"))
            if word_text:
                styled.append((at, len(word_text), word))
                word_texts.append(word_text)
                at += len(word_text) + 1
        if not text.strip():
            text = " ".join(word_texts)
            styled[0] = (0, len(text), line)
        elif text != " ".join(word_texts):
            styled = styled[:1]
    if not text.strip():
        return None
    spans = _styled_spans(styled, region_style, len(text))
    left = _left_end(line)
    if not any(spans.values()):
        return Line(text.strip(), [], left)
    return _line_with_styles(text, spans, left)


def _styles_words(line, words: list) -> bool:
    """Whether a line's words carry styles of their own (looked at apart from the line's text only then)."""
    return any("textStyle" in (word.get("custom") or "") for word in words) \
        or line.find("{*}Word/{*}TextStyle") is not None


def _styled_spans(styled: list, region_style: dict, length: int) -> dict[str, list[tuple[int, int]]]:
    """The stretches of a line's text set in italics, struck through, raised."""
    spans: dict[str, list[tuple[int, int]]] = {"italic": [], "struck": [], "raised": []}
    _add_style(spans, region_style, 0, length)
    for start, span_length, element in styled:
        _add_style(spans, _style_element(element), start, start + span_length)
        for name, properties in _tags(element) if "textStyle" in (element.get("custom") or "") else []:
            if name == "textStyle":
                end = min(start + span_length, length)
                offset = min(start + max(_integer(properties.get("offset")) or 0, 0), end)
                _add_style(spans, properties, offset, min(offset + (_integer(properties.get("length")) or 0), end))
    return spans


def _add_style(spans: dict, properties: dict, start: int, end: int) -> None:
    if start >= end:
        return
    if any(properties.get(key) == "true" for key in ITALIC_PROPERTIES):
        spans["italic"].append((start, end))
    if properties.get("strikethrough") == "true":
        spans["struck"].append((start, end))
    if properties.get("superscript") == "true":
        spans["raised"].append((start, end))


def _line_with_styles(text: str, spans: dict, left: float | None) -> Line | None:
    italic, struck = [False] * len(text), [False] * len(text)
    characters = list(text)
    for start, end in spans["italic"]:
        italic[start:end] = [True] * (end - start)
    for start, end in spans["struck"]:
        struck[start:end] = [True] * (end - start)
    for start, end in spans["raised"]:
        characters[start:end] = [superscript(c) if "0" <= c <= "9" else c for c in characters[start:end]]
    # (struck-through text is deleted: left out, the spaces around it later run together into one)
    kept = [(character, italic[i]) for i, character in enumerate(characters) if not struck[i]]
    start, end = 0, len(kept)
    while start < end and kept[start][0].isspace():
        start += 1
    while end > start and kept[end - 1][0].isspace():
        end -= 1
    kept = kept[start:end]
    italics, opened = [], None
    for i, (_, is_italic) in enumerate([*kept, ("", False)]):
        if is_italic and opened is None:
            opened = i
        elif not is_italic and opened is not None:
            italics.append((opened, i))
            opened = None
    text = "".join(character for character, _ in kept)
    return Line(text, italics, left) if text else None


def _text_equiv(element) -> str:
    """An element's own text: its TextEquiv's Unicode (of several alternatives, the lowest index, else the first)."""
    alternatives = element.findall("{*}TextEquiv")
    if not alternatives:
        return ""
    chosen = min(enumerate(alternatives), key=lambda pair: (_integer(pair[1].get("index"), default=1 << 30), pair[0]))
    unicode = chosen[1].find("{*}Unicode")
    return (unicode.text or "") if unicode is not None else ""


def _style_element(element) -> dict:
    """PAGE's own TextStyle of a region, line or word (italic="true", strikethrough="true" ...)."""
    style = element.find("{*}TextStyle")
    return dict(style.attrib) if style is not None else {}


def _tags(element) -> list[tuple[str, dict[str, str]]]:
    """The Transkribus tags in an element's custom attribute: each tag's name and its properties, unescaped."""
    tags = []
    for match in CUSTOM_TAG.finditer(element.get("custom") or ""):
        properties = {}
        for pair in match[2].split(";"):
            key, colon, value = pair.partition(":")
            if colon:
                properties[key.strip()] = ESCAPED.sub(lambda escape: chr(int(escape[1], 16)), value.strip())
        tags.append((match[1], properties))
    return tags


def _tag(element, name: str) -> dict[str, str]:
    return next((properties for tag, properties in _tags(element) if tag == name), {})


def _left_end(line) -> float | None:
    for part in ("Baseline", "Coords"):
        outline = line.find("{*}" + part)
        if outline is not None:
            # (PAGE 2009 wrote the points as elements: <Point x="" y=""/>)
            points = outline.get("points")
            xs = [_number(point.split(",")[0]) for point in points.split()] if points \
                else [_number(point.get("x")) for point in outline.findall("{*}Point")]
            xs = [x for x in xs if x is not None]
            if xs:
                return min(xs)
    return None


def _measure_indents(regions: list[Region], width: float | None) -> None:
    """Whether each paragraph's first line is set in from its other lines (a paragraph of one line: from the
    page's lines) by more than a small share of the page's width."""
    paragraphs = [region for region in regions if region.kind == PARAGRAPH]
    later = [line.left for region in paragraphs for line in region.lines[1:] if line.left is not None]
    page_edge = median(later) if later else None
    for region in paragraphs:
        first = region.lines[0].left
        others = [line.left for line in region.lines[1:] if line.left is not None]
        edge = median(others) if others else page_edge
        if first is not None and edge is not None and width:
            region.indented = first - edge > INDENT_SHARE * width


# The document

class Vocabulary:
    """The words the document writes inside its lines, to tell a word the line's end broke at a hyphen
    ("mo-" + "ther") from one hyphened anyway ("well-" + "known")."""

    def __init__(self, regions: list[Region]) -> None:
        self.words: set[str] = set()
        self.marks_breaks = False       # whether the transcription marks a broken word (¬, ⸗, =) apart from "-"
        for region in regions:
            broken = False
            for line in region.lines:
                tokens = line.text.split()
                marked = _line_end(line.text, "", None) == JOIN
                ends_open = marked or line.text[-1] in HYPHENS
                self.marks_breaks = self.marks_breaks or marked
                for token in tokens[int(broken):len(tokens) - int(ends_open)]:
                    word = token.strip(WORD_EDGES).lower()
                    self.words.update([word, *word.split("-")] if "-" in word else [word])
                broken = ends_open

    def hyphen(self, before: str, after: str) -> str:
        """Whether a line ending in a hyphen after a letter joins the next without the hyphen or keeps it.

        Kept before a capital or a number ("Anglo-" + "Saxon", "pre-" + "1914"); else joined where the document
        writes the word whole elsewhere, kept where it writes it hyphened; else, in a transcription that marks
        its broken words with "¬" (as transcriptions of typescripts do), a plain hyphen is the writer's own and
        kept; else (a printed book's hyphen kept as printed) kept where both halves are words the document uses,
        and joined where they are fragments of one."""
        stem = before[:-1].split()[-1].strip(WORD_EDGES).lower().rpartition("-")[2] if before[:-1].split() else ""
        rest = after.split()[0].strip(WORD_EDGES).partition("-")[0] if after.split() else ""
        if not rest[:1].isalpha() or rest[:1].isupper():
            return KEEP
        rest = rest.lower()
        if stem + rest in self.words:
            return JOIN
        if f"{stem}-{rest}" in self.words or self.marks_breaks or stem in self.words and rest in self.words:
            return KEEP
        return JOIN


def _line_end(before: str, after: str, vocabulary: Vocabulary | None) -> str:
    """How text ending in `before` goes on into `after`: JOIN (the word broken, its mark left out), KEEP (no space
    between: a hyphened word, a dash set close), or SPACE. Without a vocabulary, a plain hyphen reads as a space."""
    mark, letter_before = before[-1:], before[-2:-1]
    if mark in BREAK_MARKS or mark == "=" and letter_before.isalpha():
        return JOIN
    if mark in HYPHENS and letter_before.isalnum() and vocabulary is not None:
        return vocabulary.hyphen(before, after)
    if mark == EM_DASH and letter_before.isalpha() and after[:1].isalpha():
        return KEEP
    return SPACE


def _passage(region: Region, vocabulary: Vocabulary) -> Passage:
    passage = Passage(region.lines[0], heading=region.kind == HEADING_REGION)
    for line in region.lines[1:]:
        passage.go_on(line, _line_end(passage.end, line.text, vocabulary))
    return passage


def _source(pages: list[list[Region]], name: str, title: str | None) -> Source:
    regions = [region for page in pages for region in page]
    vocabulary = Vocabulary(regions)
    # (whether the document indents its paragraphs: most of those of several lines not at a page's top, which may
    # go on from the page before, have an indented first line)
    votes = [region.indented for page in pages for region in [r for r in page if r.kind == PARAGRAPH][1:]
             if len(region.lines) > 1 and region.indented is not None]
    indents = sum(votes) * 2 > len(votes)
    body: list[Passage] = []
    notes: list[Passage] = []
    for page in pages:
        label: tuple[Passage, str] | None = None    # a drop capital or a list's label, for the region after it
        page_top = True
        for region in page:
            passage = _passage(region, vocabulary)
            if region.kind in LABELS:
                label = (passage, LABELS[region.kind])
                continue
            labelled, label = label, None
            if labelled is not None:
                lead, how = labelled
                lead.go_on(passage, how)
                lead.heading, passage = passage.heading, lead
            if region.kind == NOTE or region.kind == NOTE_GOES_ON and not notes:
                notes.append(passage)
            elif region.kind == NOTE_GOES_ON:
                notes[-1].go_on(passage, _line_end(notes[-1].end, passage.start, vocabulary))
            else:
                if page_top and body and labelled is None and _goes_on(body[-1], passage, region, indents, vocabulary):
                    body[-1].go_on(passage, _line_end(body[-1].end, passage.start, vocabulary))
                else:
                    body.append(passage)
                page_top = False
    if not body and not notes:
        raise PersonaeError(f"{name}: the PAGE XML holds no text", NO_TEXT_HINT)
    out = BlockText()
    chapter_titles = _chapter_titles(body)
    for i, passage in enumerate(body):
        if i in chapter_titles:
            out.mark_chapter(chapter_titles[i])
        out.add(passage.marked())
        out.end_block()
    for note in notes:
        out.add(note.marked())
        out.end_block()
    text, chapters, italics = out.result()
    return Source(text=normalise_whitespace(text), source=name, title=title, chapters=chapters, italics=italics)


def _goes_on(before: Passage, passage: Passage, region: Region, indents: bool, vocabulary: Vocabulary) -> bool:
    """Whether a page's first paragraph goes on with the last of the page before (as the ALTO reader tells)."""
    if before.heading or passage.heading:
        return False
    if _line_end(before.end, passage.start, vocabulary) == JOIN:
        return True         # (a word the page's end broke)
    if region.indented:
        return False
    if region.indented is False and indents:
        return True
    return SENTENCE_END.search(before.end) is None


def _chapter_titles(body: list[Passage]) -> dict[int, str]:
    """Where chapters start (the index of their first heading) and their titles: each run of headings, or where
    some number chapters, only the runs that hold one ("CHAPTER VII" and "The Thaw" below it: "CHAPTER VII. The
    Thaw")."""
    runs: list[tuple[int, list[str]]] = []
    for i, passage in enumerate(body):
        if passage.heading:
            if not (i and body[i - 1].heading):
                runs.append((i, []))
            runs[-1][1].append(" ".join(passage.text.split()))
    numbered = [run for run in runs if any(HEADING.match(heading) or BARE_NUMBER.fullmatch(heading)
                                           for heading in run[1])]
    return {i: ". ".join(heading.rstrip(".") for heading in headings) for i, headings in numbered or runs}


# An export

def _page_files(archive: zipfile.ZipFile, name: str) -> tuple[list[str], str | None]:
    """The PAGE files of an export in reading order (the METS files' order, else their names'), and the title its
    metadata gives."""
    files = [info.filename for info in archive.infolist() if not info.is_dir()]
    if len(files) > MAX_MEMBERS:
        raise PersonaeError(f"{name}: {len(files):,} files in the zip", "export the document in parts")
    present = set(files)
    by_base: dict[str, list[str]] = {}
    for path in files:
        by_base.setdefault(posixpath.basename(path), []).append(path)
    ordered: list[str] = []
    titles: list[str] = []
    for mets_path in sorted((path for path in files if path.lower().endswith("mets.xml")), key=_natural):
        try:
            mets = parse_xml(member(archive, mets_path, name, ARCHIVE, ARCHIVE_HINT), f"{name}!{mets_path}", "METS")
        except PersonaeError:
            continue        # (a damaged METS only orders the pages: they are read in their names' order)
        ordered += [path for path in _mets_pages(mets, posixpath.dirname(mets_path), present, by_base)
                    if path not in ordered]
        titles += _document_titles(mets)
    if not titles:
        for path in files:
            if posixpath.basename(path).lower() in ("metadata.xml", "doc.xml"):
                try:
                    titles += _document_titles(parse_xml(member(archive, path, name, ARCHIVE, ARCHIVE_HINT),
                                                         f"{name}!{path}", "metadata"))
                except PersonaeError:
                    continue
    if not ordered:
        ordered = sorted((info.filename for info in archive.infolist()
                          if info.filename.lower().endswith(".xml") and _holds_page(archive, info)), key=_natural)
    # (a title is the document's only where the zip holds one document)
    return ordered, titles[0] if len(set(titles)) == 1 else None


def _mets_pages(mets, folder: str, present: set[str], by_base: dict[str, list[str]]) -> list[str]:
    """The PAGE files a METS lists (in its file group of PAGE, "PAGEXML" in Transkribus', else the last whose name
    or files say PAGE: an OCR-D workspace's latest step), in its physical structure map's order of the pages, then
    any it lists but does not place."""
    groups = [group for group in mets.iter("{*}fileGrp") if group.find("{*}file") is not None
              and ("PAGE" in f"{group.get('ID', '')} {group.get('USE', '')}".upper()
                   or any(file.get("MIMETYPE") == PAGE_MIMETYPE for file in group.findall("{*}file")))]
    if not groups:
        return []
    group = next((group for group in groups if "PAGEXML" in (group.get("ID"), group.get("USE"))), groups[-1])
    paths: dict[str, str] = {}
    for file in group.findall("{*}file"):
        location = file.find("{*}FLocat")
        path = _member_path(location.get(XLINK_HREF) if location is not None else None, folder, present, by_base)
        if path is not None:
            paths[file.get("ID") or path] = path
    maps = mets.findall("{*}structMap")
    structure = next((m for m in maps if (m.get("TYPE") or "").upper() == "PHYSICAL"), maps[0] if maps else None)
    pages = [div for div in structure.iter("{*}div") if div.find("{*}fptr") is not None] \
        if structure is not None else []
    orders = [_integer(div.get("ORDER")) for div in pages]
    if None not in orders:
        pages = [div for _, div in sorted(zip(orders, pages), key=lambda pair: pair[0])]
    ordered = []
    for div in pages:
        for pointer in div.findall("{*}fptr"):
            for file_id in [pointer.get("FILEID"), *(area.get("FILEID") for area in pointer.iter("{*}area"))]:
                if file_id in paths and paths[file_id] not in ordered:
                    ordered.append(paths[file_id])
    return ordered + [path for path in paths.values() if path not in ordered]


def _member_path(href: str | None, folder: str, present: set[str], by_base: dict[str, list[str]]) -> str | None:
    """The zip member a METS location names: relative to the METS's folder, else the one file of its name there."""
    if not href:
        return None
    href = href.removeprefix("file://")
    for candidate in (href, unquote(href)):
        path = posixpath.normpath(posixpath.join(folder, candidate))
        if path in present:
            return path
    prefix = f"{folder}/" if folder else ""
    same_name = [path for path in by_base.get(posixpath.basename(unquote(href)), []) if path.startswith(prefix)]
    return same_name[0] if len(same_name) == 1 else None


def _document_titles(root) -> list[str]:
    """The title Transkribus' metadata (trpDocMetadata, a doc's md) or a METS's MODS gives."""
    for element in root.iter("{*}trpDocMetadata", "{*}md", "{*}titleInfo"):
        title = element.find("{*}title")
        if title is not None and " ".join("".join(title.itertext()).split()):
            return [" ".join("".join(title.itertext()).split())]
    return []


def _holds_page(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Whether a zip member is a PAGE file, by its root element."""
    try:
        with archive.open(info) as stream:
            head = stream.read(SNIFF_BYTES)
    except UNREADABLE_MEMBER:
        return False
    return root_element(head).rpartition(":")[2] == "PcGts"


def _natural(path: str) -> list:
    """A path's sort key in natural order: "p2" before "p10"."""
    return [int(part) if part.isdigit() else part.lower() for part in NATURAL_PARTS.split(path)]


def _integer(value: str | None, default: int | None = None) -> int | None:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None
