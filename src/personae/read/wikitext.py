"""MediaWiki wikitext (.wiki, .wikitext, .mediawiki): the raw source of a Wikisource or Wikipedia page, as its edit
box or action=raw gives it, read as the rendered page shows it. It is UTF-8, as MediaWiki keeps it (another
encoding must be given, or marked by a byte-order mark).

The page is read as MediaWiki reads it, in three steps. First the braces: templates {{name|1|key=value}} and
parameters {{{1|default}}}, matched by a stack (nested to any depth, across lines; a brace left open is text,
as on the page), with comments, extension tags (<ref>, <poem>, <nowiki>, <pre>) and <noinclude> found on the way.
Then each template is replaced by what it shows: Wikisource's formatting templates by their text (centred, set
in, upper-cased: see the tables below), the symbol ones by their character ({{gap}} a space), {{***}} by a scene
break, a word hyphenated over a page break ({{hws}} ... {{hwe}}) once and whole, the parser functions #if, #ifeq,
#switch and #tag by their branch; a template known to show no text shows nothing (an anchor, a page number) or
only a block's edge, which parts paragraphs ({{nop}}, {{dhr}}, {{rule}}, licences, boxes, hatnotes); one in
neither table shows its first positional parameter that is more than a number or a size (on Wikisource most
templates in running text format their first parameter, and losing a transcribed word is worse than letting a
stray one in), one with no positional parameter nothing. Wikisource's {{header}} is no text: its title (with its
section: "Title — Chapter VII") is the title, its section a chapter holding the whole page, its notes are left
out. Last the lines: headings (the page's top level of heading marks chapters; a single top heading opening the
page is its title and the next level marks them), paragraphs (parted by blank lines, a paragraph's lines joined
by a space), list items (each a paragraph, "#" items numbered, ":" lines set in), table rows (each a paragraph,
its cells' text joined), "----" and <hr> as a scene break, <poem> lines kept as lines (a blank line parts
stanzas), <blockquote> and centred blocks of text ({{block center}}, {{quote}}) set in; then in each paragraph
'' and <i> italics (recorded), links as the words they show ([[Target|shown]], [[Target]] without its namespace
or anchor, [[dog]]s as "dogs", [http://... shown]), HTML entities decoded, <br> a line break. A <ref> leaves a
superscript number where it stands (a named one used again keeps its number) and its text follows the text,
numbered, as a book prints its notes.

Left out: comments, <noinclude> content (the transcluded text is the page's text), magic words (__NOTOC__),
files and images (with their captions), categories, interlanguage links, struck text (<s>, <strike>, <del>:
what the writer took back), notes whose text shows nothing (a citation template's), <math> and the other
extension tags that show no prose (<gallery>, <score>, <section/>), and <pages/>: a page that only transcludes
its text from the Page: namespace holds none of its own and is refused, as is a redirect.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import lru_cache
from html.entities import html5

from personae.errors import PersonaeError
from personae.model import Chapter
from personae.read.markup import ITALIC_CLOSE, ITALIC_OPEN, LINE_BREAK, BlockText
from personae.read.plain import decode
from personae.read.source import Source, normalise_whitespace, superscript

# The reader's own marks in the text it builds (Unicode noncharacters, which no text holds; any in the file are
# dropped as it is read)
NOTHING = "\ufdd0"          # a template or tag that shows nothing: keeps its line from reading as blank
BREAK = "\ufdd1"            # the edge of a block (a <div>, a centred template): it parts paragraphs
SET_IN_OPEN, SET_IN_CLOSE = "\ufdd2", "\ufdd3"
SCENE_BREAK = "\ufdd4"
VERBATIM_OPEN, VERBATIM_CLOSE = "\ufdd5", "\ufdd6"      # around the number of a stretch kept as written (nowiki)
UPPER_OPEN, UPPER_CLOSE = "\ufdd7", "\ufdd8"
NOTE_OPEN, NOTE_CLOSE = "\ufdd9", "\ufdda"      # around a note's number as read (one without text is shown nowhere)
BLOCK_MARKS = re.compile(f"[{BREAK}{SET_IN_OPEN}{SET_IN_CLOSE}{SCENE_BREAK}]")
VERBATIM = re.compile(f"{VERBATIM_OPEN}(\\d+){VERBATIM_CLOSE}")
UPPER_MARKS = re.compile(f"([{UPPER_OPEN}{UPPER_CLOSE}])")
NOTE_MARK = re.compile(f"{NOTE_OPEN}(\\d+){NOTE_CLOSE}")
# What a file may hold that no page shows: control characters (the italic and line-break marks among them) and
# the reader's own marks
UNREADABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f\ufdd0-\ufdef]")
SCENE_BREAK_TEXT = "* * *"

# -- the braces
# Extension tags: their content is not read as the page's own (a bar inside a <ref> parts no template's parameters)
EXTENSION_TAGS = {"nowiki", "pre", "poem", "ref", "references", "math", "chem", "ce", "hiero", "score", "timeline",
                  "graph", "gallery", "imagemap", "inputbox", "categorytree", "templatedata", "templatestyles",
                  "indicator", "mapframe", "maplink", "syntaxhighlight", "source", "charinsert", "section", "pages",
                  "pagequality", "quiz", "dynamicpagelist", "phonos", "langconvert"}
VERBATIM_TAGS = {"pre", "syntaxhighlight", "source"}      # shown as written, line by line
INCLUSION_TAGS = {"noinclude", "includeonly", "onlyinclude"}
# What the first step looks for: a comment, an extension tag, a run of braces, a link's brackets, a parameter's bar
# or equals sign (each branch opens with a character of its own, which lets the search skip the text between them
# quickly; another HTML tag is read with the paragraphs)
SPECIAL = re.compile(rf"<!--|<(/?)((?i:{'|'.join(sorted(EXTENSION_TAGS | INCLUSION_TAGS, key=len, reverse=True))}))"
                     r"(?=[\s/>])([^<>]*)>|\{\{+|\}\}+|\[\[|\]\]|\||=")
ONLYINCLUDE_OPEN, ONLYINCLUDE_CLOSE = re.compile(r"<onlyinclude\s*>", re.I), re.compile(r"</onlyinclude\s*>", re.I)
ATTRIBUTE = re.compile(r"([\w:-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'>/]+))")
# A template nested deeper than this (MediaWiki's own limit) is a broken page, not a book
MAX_DEPTH = 100

# -- the templates, by their name as MediaWiki matches it (spaces for underscores, any case)
INLINE, BLOCK, SET_IN, UPPER, ITALIC = "inline", "block", "set in", "upper", "italic"
# Templates whose text is one of their parameters (the first of those named that is given), by how it is shown:
# in the line, as a block of its own (centred, right-aligned, hanging), set in (a block centred narrower than the
# text, a quotation), upper-cased
TEXT_TEMPLATES = {
    **dict.fromkeys(["sc", "smallcaps", "small caps", "small-caps", "larger", "large", "x-larger", "xx-larger",
                     "xxx-larger", "big", "bigger", "smaller", "small", "x-smaller", "xx-smaller", "fine", "nowrap",
                     "nobr", "nobreak", "u", "underline", "sic", "tooltip", "abbr", "dropinitial", "drop initial",
                     "di", "largeinitial", "strong", "blackletter", "letter spacing", "sperrschrift",
                     "petites capitales"], (INLINE, ("1", "text"))),
    **dict.fromkeys(["lang", "transl", "transliteration", "color", "colour"], (INLINE, ("2", "text"))),
    **dict.fromkeys(["c", "center", "centre", "centered", "right", "float right", "flush right", "float left",
                     "left", "block right", "fine block", "hanging indent", "hi", "justify", "larger block",
                     "smaller block", "small block", "big block"], (BLOCK, ("1", "text"))),
    **dict.fromkeys(["block center", "block centre", "bc", "center block", "centre block", "quote", "blockquote",
                     "quotation", "bq", "epigraph"], (SET_IN, ("1", "text", "quote"))),
    **dict.fromkeys(["uc", "upper", "allcaps", "all caps"], (UPPER, ("1", "text"))),
    **dict.fromkeys(["italic", "itals"], (ITALIC, ("1", "text"))),
}
# Wikipedia's {{lang-fr|text}} and the like: the text, in the line
LANGUAGE_TEMPLATE_PREFIX, LANGUAGE_TEMPLATE = "lang-", (INLINE, ("1", "text"))
# Templates that stand for a character
SYMBOL_TEMPLATES = {"--": "—", "—": "—", "mdash": "—", "em dash": "—", "ndash": "–", "–": "–", "en dash": "–",
                    "...": "…", "…": "…", "ellipsis": "…", "!": "|", "=": "=", "nbsp": " ", "gap": " ",
                    "spaces": " ", "space": " ", "thinsp": " "}
SCENE_BREAK_TEMPLATES = {"***", "asterism", "* * *", "scene break", "section break"}
# Templates that show no text in the line: anchors, page numbers, citations, marginal notes, table styles
NO_TEXT_TEMPLATES = {"anchor", "anchors", "anchor2", "pagenum", "page number", "pn", "sfn", "citation needed", "cn",
                     "fact", "defaultsort", "ts", "table style", "sidenote", "left sidenote", "right sidenote",
                     "outside l", "outside r"}
NO_TEXT_PREFIXES = ("cite ", "citation")
# Templates that show no text but a block, which parts paragraphs as the page shows them parted: space and rules,
# the notes' place (the notes follow the text), boxes about the page (licences, sister projects, versions,
# hatnotes, infoboxes), running heads
NO_TEXT_BLOCK_TEMPLATES = {
    "nop", "dhr", "rule", "clear", "clear left", "clear right", "clear both", "smallrefs", "reflist", "references",
    "notelist", "authority control", "textinfo", "versions", "translations", "similar", "disambiguation",
    "wikipedia", "wikisource", "commons", "commonscat", "commons category", "wikiquote", "wiktionary", "wikidata",
    "plain sister", "sister", "portal", "author", "rh", "running header", "div col", "div col end", "col-begin",
    "col-end", "col-break", "multicol", "multicol-break", "multicol-end", "incomplete", "featured text", "validated",
    "proofread", "toc", "auxtoc", "short description", "italic title", "main", "see also", "further", "for",
    "about", "redirect", "distinguish", "hatnote", "other uses", "details", "coord", "pd",
}
NO_TEXT_BLOCK_PREFIXES = ("pd-", "pd/", "cc-", "cc ", "gfdl", "license", "licence", "copyright", "infobox",
                          "navbox", "translation license")
# Wikisource's header: the work's title and the page's section, not text
HEADER_TEMPLATES = {"header", "header2", "process header", "portal header", "translation header"}
NOTE_TEMPLATES = {"efn", "refn"}        # Wikipedia's notes written as templates (efn-ua, efn-lr ... too)
# A word hyphenated over a page break: {{hws|hyphen|hyphenated}} at one page's end, {{hwe|ated|hyphenated}} at
# the next one's start
HYPHENATED_STARTS = {"hws", "hyphenated word start", "hyphenated-word-start"}
HYPHENATED_ENDS = {"hwe", "hyphenated word end", "hyphenated-word-end"}
FRACTIONS = {"sfrac", "frac", "fraction"}
# A parameter that is only a number or a size ("120%", "2em") is no text
MEASURE = re.compile(r"[\d.,\s]*(?:%|em|ex|px|pt|rem)?\s*", re.I)
# Magic words: the ones with a colon ({{lc:...}}) are functions of what follows it; the bare ones show nothing
CASE_FUNCTIONS = {"lc", "uc", "lcfirst", "ucfirst"}
SHOWN_FUNCTIONS = {"formatnum", "padleft", "padright", "urlencode", "anchorencode", "plural", "grammar", "#language"}
MAGIC_FUNCTIONS = CASE_FUNCTIONS | SHOWN_FUNCTIONS | {
    "defaultsort", "defaultsortkey", "defaultcategorysort", "displaytitle", "int", "ns", "localurl", "fullurl",
    "canonicalurl", "filepath", "pagesincategory", "gender", "special"}
MAGIC_VARIABLES = {"PAGENAME", "FULLPAGENAME", "BASEPAGENAME", "ROOTPAGENAME", "SUBPAGENAME", "TALKPAGENAME",
                   "NAMESPACE", "SITENAME", "SERVER", "CURRENTYEAR", "CURRENTMONTH", "CURRENTDAY", "CURRENTTIME",
                   "PAGEID", "REVISIONID", "REVISIONUSER", "NUMBEROFARTICLES"}
# What a template's name may open with that is not its name
NAME_PREFIXES = ("subst:", "safesubst:", "msgnw:", "msg:", "raw:", "template:")
MAGIC_WORDS = re.compile(r"__(?:NOTOC|TOC|FORCETOC|NOEDITSECTION|NEWSECTIONLINK|NONEWSECTIONLINK|NOGALLERY|"
                         r"HIDDENCAT|EXPECTUNUSEDCATEGORY|NOCONTENTCONVERT|NOCC|NOTITLECONVERT|NOTC|INDEX|NOINDEX|"
                         r"STATICREDIRECT|DISAMBIG|NOGLOBAL|EXPECTED_UNCONNECTED_PAGE|ARCHIVEDTALK)__")
# Parser functions whose text lives on other pages (labelled sections)
TRANSCLUDING_FUNCTIONS = {"#lst", "#lsth", "#lstx", "#section", "#section-h", "#section-x"}
REDIRECT = re.compile(r"\s*#(?:redirect|weiterleitung|redirection|redirección|rinvio|doorverwijzing|przekieruj|"
                      r"перенаправление)\s*:?\s*\[\[([^\[\]|]*)", re.I)

# -- the links
# Namespaces whose links show no text (files with their captions, categories), in the languages of the wikis
# most read (a link with a colon before the namespace, [[:Category:X]], shows its text)
FILE_NAMESPACES = {"file", "image", "fichier", "datei", "bild", "archivo", "imagen", "immagine", "ficheiro",
                   "imagem", "bestand", "afbeelding", "plik", "grafika", "файл", "изображение", "fil", "soubor",
                   "tiedosto", "dosya", "kép", "fitxer"}
CATEGORY_NAMESPACES = {"category", "catégorie", "kategorie", "categoría", "categoria", "categorie", "kategoria",
                       "категория", "категорія", "kategori", "luokka", "kategória", "kategorija", "catagóir"}
# Prefixes a link's shown text leaves out: namespaces and the other wikis' names ([[w:pt:Monte Santo]])
NAMESPACES = {"author", "auteur", "autor", "autore", "page", "index", "portal", "wikisource", "wikipedia", "help",
              "template", "user", "talk", "special", "translation", "module", "draft", "project", "media",
              "user talk", "template talk", "category talk", "file talk", "help talk", "page talk", "index talk",
              "author talk", "portal talk"} | FILE_NAMESPACES | CATEGORY_NAMESPACES
INTERWIKI_PREFIXES = {"w", "wikipedia", "wikt", "wiktionary", "s", "wikisource", "q", "wikiquote", "b", "wikibooks",
                      "n", "wikinews", "v", "wikiversity", "voy", "wikivoyage", "c", "commons", "d", "wikidata",
                      "m", "meta", "mw", "species", "wikispecies", "oldwikisource", "mul", "iarchive", "gutenberg"}
# A language's code: a link prefixed by one alone is an interlanguage link, shown nowhere in the text
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:-[a-z]{2,8})*|simple")
LINK_BRACKETS = re.compile(r"\[\[|\]\]")
# A page title holds none of these and is at most this long: a link whose target does is text
INVALID_TARGET = re.compile(r"[<>\[\]{}\n]")
MAX_TARGET = 255
URL = (r"(?:(?:https?|ftps?|sftp|irc|ircs|news|nntp|gopher|telnet|git|svn|mms|ssh|worldwind):)?//[^\s\[\]<>\"]+"
       r"|(?:mailto|tel|sms|urn|geo|magnet|xmpp|bitcoin):[^\s\[\]<>\"]+")
EXTERNAL_LINK = re.compile(rf"\[({URL})(?:[ \t]+([^\[\]\n]*))?\]", re.I)

# -- the lines and the paragraphs
# HTML blocks: each parts paragraphs; a quotation is set in; a rule is a scene break, as "----"
HTML_BLOCK = re.compile(r"<(/?)(div|p|center|blockquote|h[1-6]|ul|ol|li|dl|dt|dd|table|caption|thead|tbody|tfoot|"
                        r"tr|td|th|hr)(?=[\s/>])[^<>]*>", re.I)
TABLE_START = re.compile(r"[ \t]*:*[ \t]*\{\|")
LIST_PREFIX = re.compile(r"[*#:;]+")
QUOTE_RUN = re.compile(r"('{2,})")
STARS = re.compile(r"(?:\*\s*){3,}")
# Inline HTML: what MediaWiki allows (any other tag is shown as written); italics and struck text among them
INLINE_TAGS = {"b", "bdi", "bdo", "i", "u", "font", "big", "small", "sub", "sup", "cite", "code", "em", "s",
               "strike", "del", "ins", "strong", "tt", "var", "span", "abbr", "dfn", "kbd", "samp", "data", "time",
               "mark", "ruby", "rb", "rp", "rt", "rtc", "br", "wbr", "q", "meta", "link"}
ITALIC_TAGS = {"i", "em", "cite", "var", "dfn"}
STRUCK_TAGS = {"s", "strike", "del"}
ITALIC_STYLE = re.compile(r"font-style\s*:\s*(?:italic|oblique)", re.I)
TAG_OR_ENTITY = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)(\s[^<>]*)?>"
                           r"|&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
ENTITY = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
NOT_IN_A_TITLE = re.compile(f"[{ITALIC_OPEN}{ITALIC_CLOSE}⁰¹²³⁴⁵⁶⁷⁸⁹]")

# -- telling wikitext by its content: what opens a page (a template, a redirect, a magic word), and its marks
SNIFF_CHARS = 65536
WIKITEXT_OPENING = re.compile(r"(?:<!--.*?-->\s*)*(?:\{\{[^{}|\n]{1,80}(?:\||\}\}|\n)|#redirect\b|__[A-Z]+__)",
                              re.I | re.S)
WIKITEXT_MARKS = [
    re.compile(r"^(={2,6})[^=\n][^\n]*?\1[ \t]*$", re.M),                          # == a heading ==
    re.compile(r"\[\[[^\[\]\n|]{1,255}(?:\|[^\[\]\n]*)?\]\]"),                      # [[a link]]
    re.compile(r"\{\{[^{}\n]{1,200}\}\}|\{\{[A-Za-z#][^{}|\n]{0,80}\|"),           # {{a template}}
    re.compile(r"'''[^'\n]+'''|(?<!')''[^'\n]+''(?!')"),                            # '''bold''', ''italic''
    re.compile(r"<ref[\s>/]|<references\s*/>"),                                     # a note
    re.compile(r"^\{\|", re.M),                                                     # a table
]
MIN_MARK_KINDS, MIN_MARKS = 2, 3


def read_wikitext(data: bytes, name: str, encoding: str | None = None) -> Source:
    text = _decoded(data, name, encoding)
    redirect = REDIRECT.match(text)
    if redirect:
        raise PersonaeError(f"{name}: the page only redirects to [[{redirect.group(1).strip()}]]",
                            "read the page it redirects to")
    expander = Expander(name)
    expanded = expander.expand(expander.preprocess(MAGIC_WORDS.sub(NOTHING, _only_included(text))))
    blocks = blocks_of(expanded)
    # (the notes are numbered as printed: a note whose text shows nothing, a citation template's, is left out)
    notes = [(number, note_blocks) for number, note_blocks in enumerate(map(blocks_of, expander.notes), 1)
             if note_blocks]
    inline = Inline(expander.verbatim, {number: shown for shown, (number, _) in enumerate(notes, 1)})
    chapter_level, opening_heading = (None, None) if expander.section else _chapter_level(blocks)
    out = BlockText()
    title = expander.title
    for block in blocks:
        shown = inline.render(block.text)
        if block.kind == "heading" and block.level == chapter_level:
            out.mark_chapter(plain_title(shown))
        if block is opening_heading:
            title = title or plain_title(shown)
        out.set_in = block.set_in
        out.add(shown)
        out.end_block()
    out.set_in = 0
    for shown, (_, note_blocks) in enumerate(notes, 1):
        out.add_note(shown, note_blocks, lambda block: out.add(inline.render(block.text)))
    body, chapters, italics = out.result()
    body = normalise_whitespace(body)
    if not body.strip():
        raise _no_text(name, expander.transcludes)
    if expander.section:
        chapters = [Chapter(start=0, end=len(body), title=expander.section)]
    return Source(text=body, source=name, title=title or expander.display_title, chapters=chapters, italics=italics)


def looks_like_wikitext(data: bytes) -> bool:
    """Whether a file without an extension is wikitext: it opens with a template ({{header ...}}), a redirect or
    a magic word, or holds several of wikitext's marks of two kinds or more (== headings ==, [[links]],
    {{templates}}, ''italics'', <ref> notes, {| tables)."""
    head = data[:SNIFF_CHARS].decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    if WIKITEXT_OPENING.match(head):
        return True
    counts = [len(mark.findall(head)) for mark in WIKITEXT_MARKS]
    return sum(1 for count in counts if count) >= MIN_MARK_KINDS and sum(counts) >= MIN_MARKS


def _decoded(data: bytes, name: str, encoding: str | None) -> str:
    """The page's text: MediaWiki's pages are UTF-8, so another encoding must be given (or marked by a BOM)."""
    if encoding or data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = decode(data, name, encoding)
    elif b"\x00" in data[:8192]:
        raise PersonaeError(f"{name}: looks like binary data, not wikitext", "give the page's source as text")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as err:
            raise PersonaeError(f"{name}: not UTF-8 (byte {err.start}), as a MediaWiki page's source is",
                                "give the file's encoding, e.g. --encoding cp1252") from None
    return UNREADABLE.sub("", text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n"))


def _only_included(text: str) -> str:
    """Where a page marks what it transcludes (<onlyinclude>), only that is its text (one left open runs on to
    the end, as MediaWiki reads it)."""
    opening = ONLYINCLUDE_OPEN.search(text)
    if opening is None:
        return text
    parts = []
    while opening is not None:
        closing = ONLYINCLUDE_CLOSE.search(text, opening.end())
        parts.append(text[opening.end():closing.start() if closing else len(text)])
        opening = ONLYINCLUDE_OPEN.search(text, closing.end()) if closing else None
    return "".join(parts)


def _no_text(name: str, transcludes: bool) -> PersonaeError:
    if transcludes:
        return PersonaeError(f"{name}: the page holds no text of its own: it transcludes it from the Page: "
                             "namespace (<pages .../>)", "give the Page: pages' wikitext, or the rendered page "
                             "(HTML or an EPUB export)")
    return PersonaeError(f"{name}: no text to analyse (the page holds only templates and markup)",
                         "check that this is the page's source, not its header or a template")


# -- step one: the braces


class Separator:
    """A parameter's bar or equals sign, as it belongs to the template it was read in (a bar inside a link
    inside a template parts nothing)."""
    __slots__ = ("kind", "owner")

    def __init__(self, kind: str, owner) -> None:
        self.kind = kind
        self.owner = owner


class Opening:
    """A run of open braces (or a link's brackets) waiting for its close, and where it stands in the tokens."""
    __slots__ = ("kind", "count", "index")

    def __init__(self, kind: str, count: int, index: int) -> None:
        self.kind = kind
        self.count = count
        self.index = index


@dataclass
class Template:
    """{{name|...}} or, as `argument`, {{{name|default}}}: each part (name tokens or None, value tokens); the first
    part is the name."""
    parts: list
    argument: bool = False


@dataclass
class Tag:
    """An extension tag: its name, attributes, and content (None where it closes itself)."""
    name: str
    attributes: str
    content: str | None


def _reduce(tokens: list, opening: Opening, argument: bool) -> Template:
    """The template the tokens after `opening` make, taken out of the tokens."""
    content = tokens[opening.index + 1:]
    del tokens[opening.index + 1:]
    parts: list = []
    name, current = None, []
    for token in content:
        if type(token) is Separator and token.owner is opening:
            if token.kind == "|":
                parts.append((name, current))
                name, current = None, []
            elif name is None and parts:        # (the first equals sign of a parameter names it)
                name, current = current, []
            else:
                current.append("=")
        else:
            current.append(token)
    parts.append((name, current))
    return Template(parts, argument)


class Call:
    """A template's parameters, numbered and named as MediaWiki numbers them, expanded when asked for."""

    def __init__(self, expander: Expander, parts: list) -> None:
        self.expander = expander
        self.arguments: dict[str, tuple[list, bool]] = {}
        self.positional = 0
        for name, value in parts:
            if name is None:
                self.positional += 1
                self.arguments[str(self.positional)] = (value, False)
            else:
                self.arguments[expander.expand(name).strip()] = (value, True)

    def get(self, *keys: str) -> str | None:
        """The first of the parameters given (a named one without its edges' spaces, as MediaWiki gives it)."""
        for key in keys:
            if key in self.arguments:
                value, named = self.arguments[key]
                text = self.expander.expand(value)
                return text.strip() if named else text
        return None


class Expander:
    """Reads a page's braces and tags into tokens, and replaces each template and tag by what it shows."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.depth = 0
        self.title: str | None = None
        self.section: str | None = None
        self.display_title: str | None = None
        self.notes: list[str] = []                  # each note's expanded text, by its number
        self.note_numbers: dict[tuple[str, str], int] = {}     # a named note's (group, name) -> its number
        self.defined_notes: dict[tuple[str, str], str] = {}    # notes defined in <references> before their use
        self.in_note = 0
        self.verbatim: list[tuple[str, bool]] = []  # nowiki and pre text, and whether its lines are kept
        self.hyphenated = False                     # an {{hws}} read whole, waiting for its {{hwe}}
        self.transcludes = False                    # the page takes text from other pages (<pages/>, #lst)
        self.closing_tags: dict[str, re.Pattern] = {}
        self.special = {
            **dict.fromkeys(HEADER_TEMPLATES, self.header), **dict.fromkeys(NOTE_TEMPLATES, self.note_template),
            **dict.fromkeys(HYPHENATED_STARTS, self.hyphenated_start),
            **dict.fromkeys(HYPHENATED_ENDS, self.hyphenated_end), **dict.fromkeys(FRACTIONS, self.fraction),
            "em": self.em, "convert": self.convert, "reflist": self.reflist}

    def preprocess(self, text: str) -> list:
        """The text as tokens: strings, templates and tags; braces left open stay text."""
        tokens: list = []
        stack: list[Opening] = []
        braces_open = 0
        unclosed: set[str] = set()      # tags found open with no close after them: not looked for again
        position = 0
        while True:
            match = SPECIAL.search(text, position)
            if match is None:
                tokens.append(text[position:])
                return tokens
            start, end = match.span()
            piece = match.group(0)
            if piece == "<!--":
                end = self.comment_end(text, end)
                line_start = _line_start_if_alone(text, position, start, end)
                if line_start is not None:      # (a comment alone on its line takes the line with it)
                    start, end = line_start, end + 1
            if start > position:
                tokens.append(text[position:start])
            position = end
            first = piece[0]
            if piece == "<!--":
                continue
            if first == "<":
                position = self.read_tag(match, text, tokens, unclosed)
            elif first == "{":
                stack.append(Opening("{", len(piece), len(tokens)))
                braces_open += 1
                tokens.append(piece)
            elif first == "}":
                remaining = len(piece)
                while remaining >= 2 and braces_open:
                    while stack[-1].kind == "[":        # (a link left open inside a template is text)
                        stack.pop()
                    opening = stack.pop()
                    braces_open -= 1
                    matched = min(remaining, opening.count, 3)
                    node = _reduce(tokens, opening, argument=matched == 3)
                    remaining -= matched
                    left = opening.count - matched
                    if left:
                        tokens[opening.index] = "{" * left
                        tokens.append(node)
                        if left >= 2:
                            stack.append(Opening("{", left, opening.index))
                            braces_open += 1
                    else:
                        tokens[opening.index] = node
                if remaining:
                    tokens.append("}" * remaining)
            elif piece == "[[":
                stack.append(Opening("[", 2, len(tokens)))
                tokens.append(piece)
            elif piece == "]]":
                if stack and stack[-1].kind == "[":
                    stack.pop()
                tokens.append(piece)
            elif stack and stack[-1].kind == "{":
                tokens.append(Separator(piece, stack[-1]))
            else:
                tokens.append(piece)

    @staticmethod
    def comment_end(text: str, after: int) -> int:
        close = text.find("-->", after)
        return len(text) if close < 0 else close + 3      # (a comment left open hides the rest, as on the page)

    def read_tag(self, match: re.Match, text: str, tokens: list, unclosed: set[str]) -> int:
        """Reads a tag: an extension tag as one token, <noinclude> left out; returns where reading goes on."""
        closing, tag_name, attributes = match.group(1), match.group(2).lower(), match.group(3)
        end = match.end()
        if closing or tag_name in ("includeonly", "onlyinclude") or tag_name in unclosed:
            return end
        if attributes.rstrip().endswith("/"):
            if tag_name != "noinclude":
                tokens.append(Tag(tag_name, attributes.rstrip()[:-1], None))
            return end
        close = self.closing_tag(tag_name).search(text, end)
        if tag_name == "noinclude":
            return len(text) if close is None else close.end()      # (left open, it runs to the end)
        if close is None:
            unclosed.add(tag_name)      # (a tag never closed is left out, and what follows it read)
            return end
        tokens.append(Tag(tag_name, attributes, text[end:close.start()]))
        return close.end()

    def closing_tag(self, tag_name: str) -> re.Pattern:
        if tag_name not in self.closing_tags:
            self.closing_tags[tag_name] = re.compile(rf"</{tag_name}\s*>", re.I)
        return self.closing_tags[tag_name]

    # -- step two: what the templates and tags show

    def expand(self, tokens: list) -> str:
        out = []
        for token in tokens:
            if type(token) is str:
                out.append(token)
            elif type(token) is Separator:
                out.append(token.kind)
            else:
                self.depth += 1
                if self.depth > MAX_DEPTH:
                    raise PersonaeError(f"{self.name}: templates or tags nest more than {MAX_DEPTH} deep",
                                        "check the page's braces: a run of {{ or {{{ left unbalanced")
                try:
                    out.append(self.template(token) if type(token) is Template else self.extension(token))
                finally:
                    self.depth -= 1
        return "".join(out)

    def template(self, node: Template) -> str:
        if node.argument:       # (a parameter of a page read on its own: its default, if it has one)
            return self.raw(node.parts[1]) if len(node.parts) > 1 else NOTHING
        name = self.expand(node.parts[0][1]).strip()
        head, colon, rest = name.partition(":")
        function = head.strip().casefold()
        if colon and (function.startswith("#") or function in MAGIC_FUNCTIONS):
            return self.parser_function(function, rest.strip(), node.parts[1:])
        if name in MAGIC_VARIABLES:
            return NOTHING
        key, page = _template_key(name)
        if key is None:         # (another page transcluded: {{Page:Book.djvu/12}}, {{:Main Page}})
            self.transcludes = self.transcludes or page
            return NOTHING
        call = Call(self, node.parts[1:])
        if key in self.special:
            return self.special[key](call)
        if key in TEXT_TEMPLATES or key.startswith(LANGUAGE_TEMPLATE_PREFIX):
            how, keys = TEXT_TEMPLATES.get(key, LANGUAGE_TEMPLATE)
            return _shown(how, call.get(*keys) or "")
        if key in SYMBOL_TEMPLATES:
            return SYMBOL_TEMPLATES[key]
        if key in SCENE_BREAK_TEMPLATES:
            return SCENE_BREAK
        if key in NO_TEXT_TEMPLATES or key.startswith(NO_TEXT_PREFIXES):
            return NOTHING
        if key in NO_TEXT_BLOCK_TEMPLATES or key.startswith(NO_TEXT_BLOCK_PREFIXES):
            return BREAK
        for number in range(1, call.positional + 1):
            value = call.get(str(number))
            if value and not MEASURE.fullmatch(value):
                return value
        return NOTHING

    def parser_function(self, function: str, first: str, parts: list) -> str:
        def branch(index: int) -> str:
            return self.raw(parts[index]).strip() if index < len(parts) else ""

        if function == "#if":
            return branch(0 if first else 1)
        if function == "#ifeq":
            return branch(1 if _same(first, branch(0)) else 2)
        if function == "#iferror":
            return branch(1) if len(parts) > 1 else first
        if function == "#switch":
            return self.switch(first, parts)
        if function in ("#tag", "tag"):
            tag_name, content = first.lower(), branch(0)
            attributes = " ".join(f'{self.expand(key).strip()}="{self.expand(value).strip()}"'
                                  for key, value in parts[1:] if key is not None)
            return self.extension(Tag(tag_name, attributes, content)) if tag_name in EXTENSION_TAGS else content
        if function in CASE_FUNCTIONS:
            return {"lc": first.lower(), "uc": _shown(UPPER, first), "lcfirst": first[:1].lower() + first[1:],
                    "ucfirst": first[:1].upper() + first[1:]}[function]
        if function in SHOWN_FUNCTIONS:
            return first
        if function == "displaytitle":
            self.display_title = self.display_title or self.plain(first) or None
        self.transcludes = self.transcludes or function in TRANSCLUDING_FUNCTIONS
        return NOTHING

    def switch(self, value: str, parts: list) -> str:
        """{{#switch: value | case = result | case2 | case3 = result | #default = result}}."""
        cases: list[str] = []       # cases that fall through to the next result
        default = None
        for index, (name, result) in enumerate(parts):
            if name is None:
                case = self.expand(result).strip()
                if index == len(parts) - 1:
                    return case             # (a last case without a result is the default)
                cases.append(case)
                continue
            cases.append(self.expand(name).strip())
            if any(_same(value, case) for case in cases):
                return self.expand(result).strip()
            if "#default" in cases:
                default = result
            cases = []
        return self.expand(default).strip() if default is not None else ""

    def raw(self, part: tuple) -> str:
        """A part as written, an equals sign in it no parameter's name (a parser function's branch, a default)."""
        name, value = part
        return self.expand(value) if name is None else self.expand(name) + "=" + self.expand(value)

    def plain(self, text: str) -> str:
        """Expanded wikitext as one line of plain text (a header's title)."""
        inline = Inline(self.verbatim, {})
        return " ".join(plain_title(inline.render(block.text)) for block in blocks_of(text)).strip()

    # -- the templates that do more than show a parameter

    def header(self, call: Call) -> str:
        title, section = self.plain(call.get("title") or ""), self.plain(call.get("section") or "")
        if self.title is None:
            self.title = " — ".join(part for part in (title, section) if part) or None
            self.section = section or None
        return NOTHING

    def hyphenated_start(self, call: Call) -> str:
        self.hyphenated = True
        return call.get("2") or call.get("1") or ""

    def hyphenated_end(self, call: Call) -> str:
        if self.hyphenated:             # (the word was read whole at its start)
            self.hyphenated = False
            return NOTHING
        return call.get("2") or call.get("1") or ""

    @staticmethod
    def fraction(call: Call) -> str:
        numbers = [value.strip() for value in (call.get("1"), call.get("2"), call.get("3")) if value is not None]
        if len(numbers) == 3:
            return f"{numbers[0]} {numbers[1]}/{numbers[2]}"
        return "/".join(numbers) if len(numbers) == 2 else f"1/{numbers[0]}" if numbers else ""

    @staticmethod
    def em(call: Call) -> str:
        """{{em}}: on Wikisource an em space (its parameter a width); elsewhere emphasis of its text."""
        text = call.get("1")
        return " " if text is None or MEASURE.fullmatch(text) else f"<i>{text}</i>"

    @staticmethod
    def convert(call: Call) -> str:
        """{{convert|5|km|mi}}: the measure as the text gives it."""
        return " ".join(value.strip() for value in (call.get("1"), call.get("2")) if value)

    def note_template(self, call: Call) -> str:
        return self.note(call.get("name"), call.get("group") or "", None, lambda: call.get("1", "text"))

    def reflist(self, call: Call) -> str:
        if "refs" in call.arguments:
            self.define_notes(call.arguments["refs"][0])
        return BREAK

    # -- tags

    def extension(self, tag: Tag) -> str:
        name, content = tag.name, tag.content
        if name == "nowiki":
            return self.keep_verbatim(content, lines=False) if content else NOTHING
        if name in VERBATIM_TAGS:
            return BREAK + self.keep_verbatim((content or "").strip("\n"), lines=True) + BREAK
        if name == "poem":
            return BREAK + self.poem(content or "") + BREAK
        attributes = _attributes(tag.attributes)
        if name == "ref":
            def text() -> str | None:
                return self.expand(self.preprocess(content)) if content and content.strip() else None
            return self.note(attributes.get("name"), attributes.get("group", ""), attributes.get("follow"), text)
        if name == "references" and content:
            self.define_notes(self.preprocess(content))
        self.transcludes = self.transcludes or name == "pages"
        return NOTHING

    def keep_verbatim(self, text: str, lines: bool) -> str:
        self.verbatim.append((text, lines))
        return f"{VERBATIM_OPEN}{len(self.verbatim) - 1}{VERBATIM_CLOSE}"

    def poem(self, content: str) -> str:
        """A poem's lines, each kept as a line (indented ones too), a blank line between stanzas."""
        lines = []
        for line in self.expand(self.preprocess(content)).strip("\n").split("\n"):
            verse = line.strip().lstrip(":").strip()
            if not verse:
                lines.append("")
            elif STARS.fullmatch(verse):
                lines.append(SCENE_BREAK)
            else:
                lines.append(verse + LINE_BREAK)
        return "\n".join(lines)

    def note(self, name: str | None, group: str, follow: str | None, text) -> str:
        """A note's mark where it stands (its number, printed in superscript); `text` gives its text."""
        if self.in_note:
            return NOTHING      # (a note inside a note has no number of its own)
        self.in_note += 1
        try:
            content = text()
        finally:
            self.in_note -= 1
        if follow:              # (a note's text going on from an earlier note's, on a later page)
            number = self.note_numbers.get((group, follow))
            if number and content:
                self.notes[number - 1] += " " + content
            return NOTHING
        key = (group, name) if name else None
        if key in self.note_numbers:
            number = self.note_numbers[key]
            if content and not self.notes[number - 1].strip():
                self.notes[number - 1] = content
            return f"{NOTE_OPEN}{number}{NOTE_CLOSE}"
        if content is None and key is None:
            return NOTHING
        self.notes.append(content if content is not None else self.defined_notes.get(key, ""))
        if key:
            self.note_numbers[key] = len(self.notes)
        return f"{NOTE_OPEN}{len(self.notes)}{NOTE_CLOSE}"

    def define_notes(self, tokens: list) -> None:
        """The notes a <references> list defines for the <ref name=.../> uses before (or after) it."""
        for token in tokens:
            if type(token) is Tag and token.name == "ref" and token.content:
                attributes = _attributes(token.attributes)
                name, group = attributes.get("name"), attributes.get("group", "")
                if name:
                    self.in_note += 1
                    try:
                        content = self.expand(self.preprocess(token.content))
                    finally:
                        self.in_note -= 1
                    number = self.note_numbers.get((group, name))
                    if number and not self.notes[number - 1].strip():
                        self.notes[number - 1] = content
                    self.defined_notes.setdefault((group, name), content)


@lru_cache(maxsize=4096)
def _template_key(name: str) -> tuple[str | None, bool]:
    """A template's name as the tables hold it (any case, spaces for underscores); None for another page
    transcluded, with whether that page is in the Page: namespace."""
    key = " ".join(name.replace("_", " ").split()).casefold()
    if ":" not in key:
        return key, False
    for prefix in NAME_PREFIXES:
        if key.startswith(prefix):
            key = key[len(prefix):].strip()
    namespace, colon, _ = key.partition(":")
    if key.startswith(":") or colon and namespace.strip() in NAMESPACES:
        return None, namespace.strip() == "page"
    return key, False


def _line_start_if_alone(text: str, position: int, start: int, end: int) -> int | None:
    """Where a comment's line starts, if the comment stands alone on it and a line break follows it."""
    line_start = start
    while line_start > position and text[line_start - 1] in " \t":
        line_start -= 1
    if line_start and text[line_start - 1] != "\n" or text[end:end + 1] != "\n":
        return None
    return line_start


def _attributes(text: str) -> dict[str, str]:
    return {match.group(1).lower(): next(value for value in match.groups()[1:] if value is not None)
            for match in ATTRIBUTE.finditer(text)}


def _shown(how: str, text: str) -> str:
    if how == BLOCK:
        return BREAK + text + BREAK
    if how == SET_IN:
        return SET_IN_OPEN + text + SET_IN_CLOSE
    if how == UPPER:        # (line by line: a paragraph is upper-cased by what it holds)
        return "\n".join(UPPER_OPEN + line + UPPER_CLOSE for line in text.split("\n"))
    if how == ITALIC:
        return f"<i>{text}</i>"
    return text


def _same(first: str, second: str) -> bool:
    """Equal as #ifeq and #switch compare: as numbers where both are numbers, else as text."""
    try:
        return float(first) == float(second)
    except ValueError:
        return first.strip() == second.strip()


# -- step three: the lines


@dataclass
class Block:
    kind: str           # "paragraph", "heading", "lines" (each kept), "scene break"
    text: str
    set_in: int = 0
    level: int = 0      # a heading's


class Blocks:
    """Reads the expanded page line by line into blocks, as MediaWiki parts paragraphs."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.lines: list[str] = []
        self.kind = "paragraph"
        self.set_in = 0
        self.tables = 0             # inside how many tables
        self.list_prefix = ""
        self.numbers: list[int] = []

    def flush(self) -> None:
        if any(line.replace(NOTHING, "").strip() for line in self.lines):   # (not a line of templates showing none)
            joiner = LINE_BREAK if self.kind == "lines" else "\n"
            self.blocks.append(Block(self.kind, joiner.join(self.lines), min(self.set_in, 1)))
        self.lines = []
        self.kind = "paragraph"

    def add(self, line: str, kind: str = "paragraph") -> None:
        if self.kind != kind:
            self.flush()
            self.kind = kind
        self.lines.append(do_quotes(line))

    def line(self, line: str) -> None:
        if len(line) == 1 and BLOCK_MARKS.match(line):
            self.mark(line)
            return
        if (self.tables or TABLE_START.match(line)) and self.table_line(line.strip()):
            return
        stripped = line.strip()
        if not stripped:
            self.flush()
            self.list_prefix = ""
            return
        visible = stripped.strip(NOTHING + " \t")
        if visible.startswith("=") and visible.endswith("=") and self.heading(visible):
            return
        if line.startswith("----"):
            self.flush()
            self.blocks.append(Block("scene break", SCENE_BREAK_TEXT))
            rest = line.lstrip("-")
            if rest.strip():
                self.add(rest)
            return
        prefix = LIST_PREFIX.match(line)
        if prefix:
            self.item(prefix.group(0), line[prefix.end():])
            return
        self.list_prefix = ""
        self.add(line, "lines" if line[0] in " \t" else "paragraph")

    def mark(self, mark: str) -> None:
        self.flush()
        self.list_prefix = ""
        if mark == SET_IN_OPEN:
            self.set_in += 1
        elif mark == SET_IN_CLOSE:
            self.set_in = max(self.set_in - 1, 0)
        elif mark == SCENE_BREAK:
            self.blocks.append(Block("scene break", SCENE_BREAK_TEXT))

    def heading(self, visible: str) -> bool:
        left = len(visible) - len(visible.lstrip("="))
        right = len(visible) - len(visible.rstrip("="))
        level = min(left, right, 6)
        text = visible[level:-level].strip() if len(visible) > 2 * level else ""
        if not text:
            return False
        self.flush()
        self.list_prefix = ""
        self.blocks.append(Block("heading", do_quotes(text), level=level))
        return True

    def item(self, prefix: str, text: str) -> None:
        """A list item, its own paragraph: a "#" item numbered, a ":" line set in, a "; term : definition" two."""
        self.flush()
        if self.list_prefix.startswith(prefix) and len(self.numbers) >= len(prefix):
            self.numbers = self.numbers[:len(prefix)]
            self.numbers[-1] += 1
        else:
            self.numbers = (self.numbers + [0] * len(prefix))[:len(prefix) - 1] + [1]
        self.list_prefix = prefix
        set_in = self.set_in + (set(prefix) == {":"})
        if prefix[-1] == "#":
            text = f"{self.numbers[-1]}. {text.lstrip()}"
        elif prefix[-1] == ";":
            term, definition = _term_and_definition(text)
            if definition is not None:
                self.blocks.append(Block("paragraph", do_quotes(term), min(self.set_in, 1)))
                text, set_in = definition, self.set_in + 1
        self.blocks.append(Block("paragraph", do_quotes(text), min(set_in, 1)))

    def table_line(self, line: str) -> bool:
        """A table's line: rows become paragraphs of their cells' text. False for a line that goes on a cell."""
        if TABLE_START.match(line):
            self.flush()
            self.tables += 1
            return True
        if line.startswith("|}"):
            self.flush()
            self.tables -= 1
            return True
        if line.startswith("|-"):
            self.flush()
            return True
        if line.startswith("|+"):
            self.flush()
            self.add(_cell_text(line[2:]))
            self.flush()
            return True
        if line[:1] in ("|", "!"):
            cells = line[1:].replace("!!", "||").split("||") if line[0] == "!" else line[1:].split("||")
            for cell in cells:
                self.add(_cell_text(cell))
            return True
        return False


def _cell_text(cell: str) -> str:
    """A cell's text without its attributes (style="..." | text)."""
    attributes, bar, text = cell.partition("|")
    return text if bar and "[[" not in attributes else cell


def _term_and_definition(text: str) -> tuple[str, str | None]:
    """A "; term : definition" line parted at its first colon outside links and tags."""
    depth = 0
    for index, char in enumerate(text):
        if char in "[<":
            depth += 1
        elif char in "]>":
            depth = max(depth - 1, 0)
        elif char == ":" and not depth and text[index + 1:index + 3] != "//":
            return text[:index], text[index + 1:]
    return text, None


def blocks_of(text: str) -> list[Block]:
    text = HTML_BLOCK.sub(_html_block_mark, text)
    text = BLOCK_MARKS.sub(lambda mark: f"\n{mark.group(0)}\n", text)
    reader = Blocks()
    for line in text.split("\n"):
        reader.line(line)
    reader.flush()
    return reader.blocks


def _html_block_mark(match: re.Match) -> str:
    tag = match.group(2).lower()
    if tag == "blockquote":
        return SET_IN_CLOSE if match.group(1) else SET_IN_OPEN
    return SCENE_BREAK if tag == "hr" else BREAK


def do_quotes(line: str) -> str:
    """A line's '' and ''' marks as MediaWiki reads them, its italics as <i> tags (bold is not recorded); an
    italic left open closes at the line's end."""
    if "''" not in line:
        return line
    pieces = QUOTE_RUN.split(line)
    for i in range(1, len(pieces), 2):
        length = len(pieces[i])
        if length == 4:             # (an apostrophe, then bold)
            pieces[i - 1] += "'"
            pieces[i] = "'''"
        elif length > 5:            # (apostrophes, then bold italics)
            pieces[i - 1] += "'" * (length - 5)
            pieces[i] = "'''''"
    italics = sum(1 for run in pieces[1::2] if len(run) in (2, 5))
    bolds = sum(1 for run in pieces[1::2] if len(run) in (3, 5))
    if italics % 2 and bolds % 2:
        # (an odd count of each: one ''' is an apostrophe and italics, the one after a one-letter word first,
        # "l'''amour''", else after a longer word, else after a space)
        after_letter = after_word = after_space = None
        for i in range(1, len(pieces), 2):
            if len(pieces[i]) == 3:
                last, before_last = pieces[i - 1][-1:], pieces[i - 1][-2:-1]
                if last == " ":
                    after_space = after_space or i
                elif before_last == " ":
                    after_letter = i
                    break
                else:
                    after_word = after_word or i
        chosen = after_letter or after_word or after_space
        if chosen:
            pieces[chosen - 1] += "'"
            pieces[chosen] = "''"
    out, italic = [], False
    for i, piece in enumerate(pieces):
        if i % 2 == 0:
            out.append(piece)
        elif len(piece) in (2, 5):
            out.append("</i>" if italic else "<i>")
            italic = not italic
    if italic:
        out.append("</i>")
    return "".join(out)


def _chapter_level(blocks: list[Block]) -> tuple[int | None, Block | None]:
    """The level of heading that marks chapters, and the heading that is the page's title: a single top-level
    heading opening the page (the next level down then marks the chapters)."""
    headings = [block for block in blocks if block.kind == "heading"]
    if not headings:
        return None, None
    top = min(heading.level for heading in headings)
    tops = [heading for heading in headings if heading.level == top]
    if len(tops) == 1 and blocks[0] is tops[0] and len(headings) > 1:
        return min(heading.level for heading in headings[1:]), tops[0]
    return top, None


def plain_title(shown: str) -> str:
    """A rendered heading as a title: without italics' marks and note numbers, on one line."""
    return " ".join(NOT_IN_A_TITLE.sub("", shown).replace(LINE_BREAK, " ").split())


# -- in the paragraphs: links, tags, entities


class Inline:
    """Renders a paragraph's wikitext as the text the page shows, italics marked for BlockText."""

    def __init__(self, verbatim: list[tuple[str, bool]], note_numbers: dict[int, int]) -> None:
        self.verbatim = verbatim
        self.note_numbers = note_numbers    # a note's number as read -> as printed

    def render(self, text: str) -> str:
        text = internal_links(text)
        if "[" in text:
            text = EXTERNAL_LINK.sub(lambda link: link.group(2) if link.group(2) and link.group(2).strip()
                                     else link.group(1), text)
        text = tags_and_entities(text)
        if VERBATIM_OPEN in text:
            text = VERBATIM.sub(self.restore, text)
        if NOTE_OPEN in text:
            text = NOTE_MARK.sub(self.note_number, text)
        if UPPER_OPEN in text:
            text = upper_cased(text)
        return text.replace(NOTHING, "")

    def note_number(self, match: re.Match) -> str:
        number = self.note_numbers.get(int(match.group(1)))
        return superscript(number) if number else ""

    def restore(self, match: re.Match) -> str:
        text, lines = self.verbatim[int(match.group(1))]
        text = ENTITY.sub(_entity, text)
        return text.replace("\n", LINE_BREAK) if lines else text


def upper_cased(text: str) -> str:
    """The stretches an upper-casing template marks, upper-cased."""
    out, upper = [], 0
    for piece in UPPER_MARKS.split(text):
        if piece == UPPER_OPEN:
            upper += 1
        elif piece == UPPER_CLOSE:
            upper = max(upper - 1, 0)
        else:
            out.append(piece.upper() if upper else piece)
    return "".join(out)


def internal_links(text: str) -> str:
    """[[links]] as the words they show; files (with links in their captions), categories and interlanguage links
    left out. Read by a stack in one pass: a link holding another that is no file's is text, as on the page."""
    if "[[" not in text:
        return text
    pieces: list[str] = []
    opens: list[list] = []          # [where its "[[" is among the pieces, whether a link was closed inside it]
    position = 0
    for bracket in LINK_BRACKETS.finditer(text):
        pieces.append(text[position:bracket.start()])
        position = bracket.end()
        if bracket.group(0) == "[[":
            opens.append([len(pieces), False])
            pieces.append("[[")
        elif opens:
            index, nested = opens.pop()
            shown = _link_text(pieces, index, nested)
            if shown is None:
                pieces.append("]]")
            else:
                del pieces[index:]
                pieces.append(shown)
            if opens:
                opens[-1][1] = True
        else:
            pieces.append("]]")
    pieces.append(text[position:])
    return "".join(pieces)


def _link_text(pieces: list[str], index: int, nested: bool) -> str | None:
    """What a link shows ("" for one shown nowhere); None where it is no link but text."""
    target = pieces[index + 1].partition("|")[0] if index + 1 < len(pieces) else ""
    if _shown_nowhere(target):
        return ""
    if nested:
        return None
    target, bar, shown = "".join(pieces[index + 1:]).partition("|")
    if len(target) > MAX_TARGET or INVALID_TARGET.search(target) or not target.strip():
        return None
    if bar and shown.strip():
        return shown
    page = _page_name(target)
    if bar:     # (the "pipe trick": [[Boston, Massachusetts|]] shows "Boston")
        page = re.sub(r"\s*\([^()]*\)$", "", page).partition(",")[0]
    return page


def _shown_nowhere(target: str) -> bool:
    """A file, a category or an interlanguage link ([[fr:...]]), which the text does not show."""
    target = target.strip().replace("_", " ")
    prefix, colon, _ = target.partition(":")
    prefix = prefix.strip().casefold()
    if target.startswith(":") or not colon:
        return False
    return prefix in FILE_NAMESPACES or prefix in CATEGORY_NAMESPACES or (
        prefix not in NAMESPACES and prefix not in INTERWIKI_PREFIXES and LANGUAGE_CODE.fullmatch(prefix) is not None)


def _page_name(target: str) -> str:
    """The words a link to a page shows: its name, without namespace, other wiki's prefix or anchor."""
    name = target.strip().replace("_", " ")
    other_wiki = name.startswith(":")
    name = name.lstrip(":").strip()
    if name.startswith("../"):     # (a subpage's link to its parent: its last part, if it names one)
        name = name.replace("../", "").strip("/").rpartition("/")[2]
    elif name.startswith("/"):
        name = name.strip("/")
    page, _, anchor = name.partition("#")
    name = page.strip() or anchor.strip()
    while ":" in name:
        prefix, _, rest = name.partition(":")
        prefix = prefix.strip().casefold()
        if prefix in INTERWIKI_PREFIXES:
            other_wiki = True
        elif not (prefix in NAMESPACES or other_wiki and LANGUAGE_CODE.fullmatch(prefix)):
            break
        name = rest.strip()
    return " ".join(name.split())


def tags_and_entities(text: str) -> str:
    """Inline HTML as the page shows it: italic tags marked, struck text left out, <br> a line break, <q> in
    quotation marks, another tag left out (an unknown one shown as written); entities decoded."""
    if "<" not in text and "&" not in text:
        return text
    out: list[str] = []
    italic = struck = quoted = 0
    spans: list[bool] = []      # whether each open <span> sets italics
    position = 0
    for match in TAG_OR_ENTITY.finditer(text):
        if not struck:
            out.append(text[position:match.start()])
        position = match.end()
        if match.group(4):
            if not struck:
                out.append(_entity(match, 4))
            continue
        closing, tag = bool(match.group(1)), match.group(2).lower()
        if tag not in INLINE_TAGS:
            if not struck:
                out.append(match.group(0))
            continue
        italic_tag = tag in ITALIC_TAGS
        if tag == "span":
            if closing:
                italic_tag = spans.pop() if spans else False
            else:
                italic_tag = ITALIC_STYLE.search(match.group(3) or "") is not None
                spans.append(italic_tag)
        if italic_tag:
            if not closing:
                italic += 1
                if italic == 1:
                    out.append(ITALIC_OPEN)
            elif italic:
                italic -= 1
                if not italic:
                    out.append(ITALIC_CLOSE)
        elif tag in STRUCK_TAGS:
            struck = max(struck + (-1 if closing else 1), 0)
        elif tag == "br" and not struck:
            out.append(LINE_BREAK)
        elif tag == "q" and not struck:     # (one inside another in single marks)
            if not closing:
                out.append("‘" if quoted % 2 else "“")
                quoted += 1
            elif quoted:
                quoted -= 1
                out.append("’" if quoted % 2 else "”")
    if not struck:
        out.append(text[position:])
    if italic:
        out.append(ITALIC_CLOSE)
    return "".join(out)


def _entity(match: re.Match, group: int = 1) -> str:
    """An entity's character; one that names none, or a character no text holds, as written."""
    reference = match.group(group)
    if reference[0] != "#":
        return html5.get(reference + ";", match.group(0))
    code = int(reference[2:], 16) if reference[1] in "xX" else int(reference[1:])
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF or 0xFDD0 <= code <= 0xFDEF or code < 32 and code not in (9, 10) \
            or code == 0x7F:
        return match.group(0)
    return chr(code)
