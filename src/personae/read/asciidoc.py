"""AsciiDoc (.adoc, .asciidoc, .asc), as Asciidoctor reads it: the text its HTML page shows, block by block.

Authors and presses keep books in AsciiDoc: a header, then the chapters as sections. The file is read as
Asciidoctor reads it (UTF-8, unless an encoding is given or a byte-order mark names one): line by line through
its preprocessor, block by block, then each paragraph's inline markup by Asciidoctor's substitutions in its
order (passthroughs set aside, quotes, attribute references, replacements, macros, line breaks).

What is read. The header: "= Title" (or a title underlined with "=") is the Source's title, not text; the
author and revision lines and the attribute entries are no text either, their values kept for the attribute
references {name} ({author}, {revnumber}...). Built-in references such as {nbsp}, {startsb} or {two-colons}
give their characters; an undefined one stays as written, as Asciidoctor leaves it; \\{name} is kept as
written; {counter:name} counts. Attribute entries in the body too (":name: value", ":name!:", a value going on
after a " \\" at a line's end). ifdef and ifndef keep or skip their lines by the attributes defined above them
(Asciidoctor's own, backend-html5 and the like, count as defined); ifeval by its comparison (one it cannot
read keeps its lines). Sections: each title is a paragraph of its own (Markdown's "#" and underlined titles
too); "==" sections mark chapters, in a book as in an article (a book's "=" parts do not, nor dedications,
colophons, abstracts, glossaries, bibliographies, indexes; a [discrete] heading marks none). Paragraphs: their
lines joined by a space; a line ending in " +" (every line, with [%hardbreaks]) ends a line. Quotations are
set in, their attribution after them, set in too, as "— attribution, citetitle" (the cited title in italics):
____ blocks, [quote] paragraphs, "..." paragraphs followed by "-- attribution", Markdown's "> " lines; a
verse keeps its lines. Example, sidebar and open blocks are read in place. An admonition is read with its
label: "NOTE: text" and a [NOTE] block read "Note: text" (the label as :note-caption: names it). Lists: each
item (a description list's term, and its description) is a paragraph without its mark, an ordered list's
numbered as Asciidoctor's page shows it (1., a., i. by depth or style, from 1 or its start attribute, whatever
the numbers written), a checklist's boxes as ✓ and ❏; what a "+" attaches to an item follows it. Tables: each
cell's text is a paragraph (an "a" cell read as AsciiDoc; CSV and DSV tables too). Literal and listing blocks,
literal (indented) paragraphs and fenced code are kept verbatim, set in, a listing's callouts left out;
passthrough blocks are HTML, read without their tags (<em>, <i> and <cite> as italics).

Inline: _emphasis_ and __this__ are recorded as italics, by Asciidoctor's rules (a constrained mark opens and
closes at a word's edge: snake_case_names stay as written); bold, monospace, highlight, superscript and
subscript keep their text; "`curved`" and '`single`' quotes become “ ” and ‘ ’, an apostrophe between letters
’; " -- " and "--" between words an em dash (Asciidoctor's thin spaces around it read as plain spaces, one for
one), "..." an ellipsis, (C) (R) (TM) -> => <- <= their signs, character references their characters.
+text+, ++text++ and $$text$$ are kept as written, +++html+++ and pass:[html] without their tags; a backslash
escapes markup as in Asciidoctor. A footnote (footnote:[...], footnote:id[...], the older footnoteref:[id,text])
is a superscript number where it stands, its text after the text, numbered; footnote:id[] takes the number of
the note it names. ((term)) and indexterm2:[term] keep their term. A cross reference (<<id>>, <<id,text>>,
xref:id[text]) reads as its text, else as the title or reftext of the section or anchor it names, else as the
id; a link as its text, else as its address; kbd:[...], btn:[...] and menu:...[...] as their keys, button and
menu path (even without :experimental:); inline stem:[...] as its source.

Left out: comments (// lines and //// blocks), include:: lines (the bytes of one file hold nothing of the
files it includes), block titles (".Title"), anchors and block attribute lines, images (block and inline, and
their alt text), video, audio, tables of contents, page breaks, index terms that show nothing ((((hidden))),
indexterm:[...]), stem blocks, [comment] blocks, the section numbers and captions Asciidoctor would add. A
scene break (''' and Markdown's *** or ---) reads "* * *", as the Markdown reader writes it. A block never
closed reads to the end of the file, as Asciidoctor reads it.
"""
from __future__ import annotations

import codecs
import csv
import operator
import re
from dataclasses import dataclass, field
from html import unescape
from html.entities import html5
from typing import Callable, NamedTuple

from personae.errors import PersonaeError
from personae.model import Chapter
from personae.read.markup import ITALIC_CLOSE, ITALIC_OPEN, without_italic_marks
from personae.read.plain import decode
from personae.read.source import SET_IN, Source, normalise_whitespace, superscript

# -- attributes

# The attributes Asciidoctor defines for every document it converts to HTML (an ifdef on them reads as there),
# and the captions of its admonitions
DEFAULT_ATTRIBUTES = {
    "asciidoctor": "", "asciidoctor-version": "2.0.23", "backend": "html5", "backend-html5": "",
    "basebackend": "html", "basebackend-html": "", "filetype": "html", "filetype-html": "", "outfilesuffix": ".html",
    "doctype": "article", "doctype-article": "", "idprefix": "_", "idseparator": "_", "sectids": "",
    "attribute-missing": "skip", "note-caption": "Note", "tip-caption": "Tip", "important-caption": "Important",
    "warning-caption": "Warning", "caution-caption": "Caution",
}
# Built-in attributes that stand for a character (written so where the character would read as markup); their
# values are set aside like passthroughs, as Asciidoctor's character references are no markup
CHARACTER_ATTRIBUTES = {
    "empty": "", "blank": "", "sp": " ", "nbsp": "\u00a0", "zwsp": "\u200b", "wj": "\u2060", "amp": "&", "lt": "<",
    "gt": ">", "startsb": "[", "endsb": "]", "vbar": "|", "caret": "^", "asterisk": "*", "tilde": "~", "plus": "+",
    "backslash": "\\", "backtick": "`", "two-colons": "::", "two-semicolons": ";;", "apos": "'", "quot": '"',
    "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "deg": "°", "brvbar": "¦", "pp": "++", "cpp": "C++",
}
ATTRIBUTE_ENTRY = re.compile(r"^:(!?\w[^:]*):(?:[ \t]+(.*))?$")
# A value going on on the next line: " \" (and the older " +")
VALUE_CONTINUATIONS = (" \\", " +")
ATTRIBUTE_REFERENCE = re.compile(r"\{(\w[\w-]*|(?:set|counter2?):[^}\n]{1,200})(\\)?\}")
# Attribute references grow the text by at most this many characters (attributes that each hold two of the one
# before must not fill the memory)
EXPANSION_LIMIT = 10_000_000

# -- the preprocessor

# Asciidoctor reads these control characters as no text; the reader marks italics and placeholders with them
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
CONDITIONAL = re.compile(r"^(\\)?(ifdef|ifndef|ifeval|endif)::(\S*?(?:([,+])\S*?)?)\[(.*)\]$")
INCLUDE = re.compile(r"^(\\)?include::[^\s\[](?:[^\[]*[^\s\[])?\[.*\]$")
EXPRESSION = re.compile(r"^(.+?)\s*(==|!=|<=|>=|<|>)\s*(.+)$")
COMPARISONS = {"==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le, ">": operator.gt,
               ">=": operator.ge}

# -- blocks

DOCUMENT_TITLE = re.compile(r"^([=#])[ \t]+(.+?)(?:[ \t]+\1)?$")
SECTION_TITLE = re.compile(r"^(={1,6}|#{1,6})[ \t]+(.+?)(?:[ \t]+\1)?$")
# A title underlined: the level each underline gives
SETEXT_LEVELS = {"=": 0, "-": 1, "~": 2, "^": 3, "+": 4}
SETEXT_TITLE = re.compile(r"^(?!\.)(?=.*\w).+$")
CHAPTER_LEVEL = 1
# Sections of a book that are no chapter of its story
NOT_CHAPTERS = {"dedication", "colophon", "abstract", "glossary", "bibliography", "index"}
DISCRETE = {"discrete", "float"}
TITLE_ANCHOR = re.compile(r"\[\[([A-Za-z_:][\w:.-]*)(?:,[^\]\n]*)?\]\]$")
BLOCK_ANCHOR = re.compile(r"^\[\[(?:|([A-Za-z_:][\w:.-]*)(?:, *(.+))?)\]\]$")
BLOCK_ATTRIBUTES = re.compile(r"^\[(|[\w.#%{,\"'].*)\]$")
BLOCK_TITLE = re.compile(r"^\.(\.?[^ \t.].*)$")
# What the lines before a block (comments, anchors, attribute lists, titles, attribute entries) begin with
METADATA_STARTS = "/[.:"
# One attribute of a list: name=value or a value, either perhaps quoted
ATTRIBUTE = re.compile(r"""\s*(?:([\w-]+)\s*=\s*)?(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^,]*))\s*(?:,|$)""")
SHORTHAND = re.compile(r"([#.%])")
# Delimited blocks: a line of four or more of one character, or "--"; "```" fences code as Markdown does; a
# table's |=== is ,=== :=== or !=== for other separators
DELIMITERS = {"=": "example", "*": "sidebar", "_": "quote", "-": "listing", ".": "literal", "+": "pass",
              "/": "comment"}
FENCE = re.compile(r"^```[\w+#.-]*$")
TABLE_DELIMITER = re.compile(r"^[|,:!]={3,}$")
TABLE_FORMATS = {",": "csv", ":": "dsv"}
TABLE_SEPARATORS = {"csv": ",", "dsv": ":", "tsv": "\t"}
VERBATIM_STYLES = {"source", "listing", "literal"}
UNREAD_STYLES = {"comment", "stem", "latexmath", "asciimath"}
# A listing's callouts: "<1>" at a line's end (behind a comment sign)
CALLOUTS = re.compile(r"[ \t]*(?:(?://|#|;;|--)[ \t]*)?(?:<(?:\d+|\.|!--\d+--)>[ \t]*)+$")
LAYOUT_BREAK = re.compile(r"^(?:'{3,}|<{3,}|([-*_])( *)\1\2\1)$")
SCENE_BREAK = "* * *"
BLOCK_MACRO = re.compile(r"^(?:image|video|audio|toc)::[^\[]*\[.*\]$")
UNORDERED_ITEM = re.compile(r"^[ \t]*(-|\*{1,5}|\u2022{1,5})[ \t]+(.*)$")
ORDERED_ITEM = re.compile(r"^[ \t]*(\.{1,5}|\d+\.|[a-zA-Z]\.|[IVXivx]+\))[ \t]+(.*)$")
CALLOUT_ITEM = re.compile(r"^<(\d+|\.)>[ \t]+(.*)$")
DESCRIPTION_ITEM = re.compile(r"^(?!//[^/])[ \t]*([^ \t].*?)(:::{0,2}|;;)(?:$|[ \t]+(.*)$)")
# A checklist's box, as Asciidoctor's page shows it: ✓ checked, ❏ not
CHECKBOX = re.compile(r"\[([ x*])\][ \t]+")
LIST_ITEMS = (UNORDERED_ITEM, ORDERED_ITEM, CALLOUT_ITEM, DESCRIPTION_ITEM)
# An ordered list's numbering: by its style, else by its marks ("." by their depth, "a." alphabetic, "i)" roman)
NUMBERINGS = ("arabic", "loweralpha", "lowerroman", "upperalpha", "upperroman")
ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
         (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
ADMONITIONS = {"NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"}
ADMONITION_PARAGRAPH = re.compile(r"^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]+")
# A table's cell specification, before the separator that opens the cell: span, alignment, style
CELL_SPECIFICATION = re.compile(r"(?:(?:\d+(?:\.\d*)?|(?:\d*\.)?\d+)[*+])?(?:[<^>](?:\.[<^>]?)?|(?:[<^>]?\.)?[<^>])?"
                                r"[adehlmsv]?")
# Quotations given as lines (Markdown's "> ") and AsciiDoc table cells are read as documents inside the
# document, at most this deep (deeper, as plain paragraphs)
MAX_NESTING = 32

# -- inline

# Marks in the text while it is read: italics (markup's), a tag of Asciidoctor's HTML that is no italics (a
# word or character beside it is no word boundary), a passthrough set aside and a cross reference resolved
# at the end (each holding its number)
TAG = "\x10"
PASSTHROUGH_OPEN, PASSTHROUGH_CLOSE = "\x11", "\x12"
XREF_OPEN, XREF_CLOSE = "\x13", "\x14"
PASSTHROUGH = re.compile("\x11(\\d+)\x12")
XREF = re.compile("\x13(\\d+)\x14")
MARKS = re.compile("[\x0e\x0f\x10]")


class Pair(NamedTuple):
    """Inline markup that opens and closes: where a constrained pair may open (not after a word's character,
    nor one of `not_before`) and close (after no space, before no word's character); no pair closes before
    one of `not_after`."""
    opener: str
    closer: str
    constrained: bool
    kind: str
    not_before: str = ";:}"
    not_after: str = ""


# Asciidoctor's quotes, in the order it applies them
QUOTES = (
    Pair("**", "**", False, "strong"), Pair("*", "*", True, "strong"),
    Pair('"`', '`"', True, "double"), Pair("'`", "`'", True, "single", ";:`}"),
    Pair("``", "``", False, "monospace"), Pair("`", "`", True, "monospace", ";:\"'`}", "\"'`"),
    Pair("__", "__", False, "emphasis"), Pair("_", "_", True, "emphasis"),
    Pair("##", "##", False, "mark"), Pair("#", "#", True, "mark", "&;:}"),
)
QUOTED = {"double": "“{}”", "single": "‘{}’", "emphasis": ITALIC_OPEN + "{}" + ITALIC_CLOSE,
          "strong": TAG + "{}" + TAG, "monospace": TAG + "{}" + TAG, "mark": TAG + "{}" + TAG}
# Passthroughs: +++raw+++ is HTML; the others are text as written
PASSTHROUGHS = (
    Pair("+++", "+++", False, "html", not_after="+"), Pair("$$", "$$", False, "text"),
    Pair("++", "++", False, "text", not_after="+"), Pair("+", "+", True, "text", ";:", "+"),
)
PASS_MACRO = re.compile(r"(?:pass:[a-z,]*|(?P<math>stem|latexmath|asciimath):)\[")
SUPERSCRIPT = re.compile(r"\^(\S+?)\^")
SUBSCRIPT = re.compile(r"~(\S+?)~")
# A [role] or [attributes] before a quote's opener is at most this long
MAX_ROLE = 100


def _word_character(character: str) -> bool:
    return character.isalnum() or character == "_"


class Replacement(NamedTuple):
    """One of Asciidoctor's replacements: what it finds (where a character `before` accepts stands before it,
    if it says), what it leaves."""
    trigger: str
    pattern: re.Pattern
    replacement: Callable[[re.Match], str]
    before: Callable[[str], bool] | None = None


def _leaves(text: str) -> Callable[[re.Match], str]:
    return lambda match: text


REPLACEMENTS = (
    Replacement("(C)", re.compile(r"\(C\)"), _leaves("©")), Replacement("(R)", re.compile(r"\(R\)"), _leaves("®")),
    Replacement("(TM)", re.compile(r"\(TM\)"), _leaves("™")),
    # (an em dash between spaces, or at a line's edge, takes the space after it; "\--" is two hyphens)
    Replacement("--", re.compile(r"(?m)--(?: |\n|$)"), _leaves("— "), lambda before: before in ("", " ", "\n", "\\")),
    Replacement("--", re.compile(r"--(?=\w)"), _leaves("—"), _word_character),
    Replacement("...", re.compile(r"\.\.\."), _leaves("…")), Replacement("`'", re.compile("`'"), _leaves("’")),
    Replacement("'", re.compile(r"'(?=[^\W\d_])"), _leaves("’"), str.isalnum),
    Replacement("->", re.compile("->"), _leaves("→")), Replacement("=>", re.compile("=>"), _leaves("⇒")),
    Replacement("<-", re.compile("<-"), _leaves("←")), Replacement("<=", re.compile("<="), _leaves("⇐")),
)
CHARACTER_REFERENCE = re.compile(r"&(#\d{2,6}|#x[\da-fA-F]{2,5}|[a-zA-Z][a-zA-Z]+\d{0,2});")
UI_MACRO = re.compile(r"(?:(?P<kind>kbd|btn):|menu:(?P<menu>[\w&][^\n\[]{0,200}?))\[")
INLINE_IMAGE = re.compile(r"i(?:mage|con):[^:\s\[](?:[^\n\[]{0,500}[^\s\[])?\[")
INDEX_MACRO = re.compile(r"indexterm(?P<shown>2)?:\[")
URL_SCHEME = re.compile(r"(?:https?|file|ftp|irc)://")
URL_TARGET = re.compile(r"[^\s\[\]\x0e-\x14]{1,500}")
# What may stand before a bare address (Asciidoctor's: a space, punctuation, a tag's end)
URL_PREFIXES = set("<>()[];\"'\x0e\x0f\x10")
URL_TRAILING = ",.?!)"
LINK_MACRO = re.compile(r"(?:link|mailto):(?P<target>[^\s\[]{1,500})\[")
FOOTNOTE_MACRO = re.compile(r"footnote(?:(?P<ref>ref):|:(?P<id>[\w-]+)?)\[")
XREF_MACRO = re.compile(r"xref:(?P<target>[\w#/.:{][^\[\n]{0,500}?)\[")
XREF_START = set("_#/.:{")
INLINE_ANCHOR = re.compile(
    r"(?:\[\[\[(?P<bibliography>[\w:][\w:.-]*)(?:,(?P<label>[^\]\n]{0,200}))?\]\]\]"
    r"|\[\[(?P<id>[A-Za-z_:][\w:.-]*)(?:,\s*(?P<reftext>[^\]\n]{0,200}))?\]\]"
    r"|anchor:(?P<anchor>[A-Za-z_:][\w:.-]*)\[(?P<anchor_text>[^\]\n]{0,200})\])")
HARD_BREAK = " +"
# HTML in passthroughs: what it shows, its tags left out (a block's tags part paragraphs, <br> a line)
HTML_UNSHOWN = re.compile(r"<!--.*?(?:-->|\Z)|<(script|style)\b.*?(?:</\1\s*>|\Z)", re.S | re.I)
HTML_LINE_BREAK = re.compile(r"<br\b[^<>]*>", re.I)
HTML_BLOCK_TAG = re.compile(r"</?(?:p|div|h[1-6]|li|ul|ol|dl|dd|dt|blockquote|pre|table|tr|section|hr)\b[^<>]*>",
                            re.I)
HTML_ITALIC = re.compile(r"<(/?)(?:em|i|cite)\b[^<>]*>", re.I)
HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>|<[!?][^<>]*>")
# Titles of chapters without their marks and note numbers
NOT_IN_A_TITLE = re.compile("[\x0e\x0f⁰¹²³⁴⁵⁶⁷⁸⁹]")
SPACES = re.compile(r"[ \t\u00a0]+")
RUN_OF_SPACES = re.compile(r"[ \t\u00a0]{2,}|[\t\u00a0]")
# What a line's edges may hold that is no text: spaces (left out), italics marks (kept)
LINE_EDGE = " \t\x0e\x0f"

# -- telling AsciiDoc by its content

SNIFF_BYTES = 8192
STRONG_SIGNS = tuple(re.compile(pattern, re.M) for pattern in (
    r"^:!?\w[\w-]*!?:(?:[ \t]|$)",                                          # an attribute entry
    r"^={2,6}[ \t]+\S",                                                     # a section
    r"^\[\[[A-Za-z_][\w.-]*(?:,[^\]\n]*)?\]\]$",                            # a block anchor
    r"^\[(?:quote|verse|NOTE|TIP|IMPORTANT|WARNING|CAUTION|source|listing|literal|sidebar|example|discrete|"
    r"float|partintro|preface|appendix|dedication|colophon|abstract|%hardbreaks|[.#%][\w-]+)(?:[,#.%][^\n]*)?\]$",
    r"^(?:ifdef|ifndef|ifeval|endif|include)::[^\n]*\]$",                   # a preprocessor directive
    r"(?:footnote|xref|link|kbd|pass|indexterm2?):[^\s\[]*\[|^image::\S",  # a macro
    r"<<[\w#/.:][^<>\n]*>>",                                                # a cross reference
    r"^\|={3,}$",                                                           # a table
))
WEAK_SIGNS = tuple(re.compile(pattern, re.M) for pattern in (
    r"^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION): ",
    r"^(?:={4,}|\*{4,}|_{4,}|-{4,}|\.{4,}|\+{4,}|/{4,})$",
))
OPENING_TITLE = re.compile(r"\A(?:[ \t]*(?:$|//[^\n]*$|:!?\w[^:\n]*:.*$)\n)*= \S", re.M)

BYTE_ORDER_MARKS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def read_asciidoc(data: bytes, name: str, encoding: str | None = None) -> Source:
    text = _decoded(data, name, encoding)
    text = CONTROL_CHARACTERS.sub("", text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))
    document = Document(name)
    reader = LineReader([line.rstrip(" \t") for line in text.split("\n")], document)
    title = document.read_header(reader)
    BlockParser(reader, document).parse()
    body, chapters, italics = document.assemble()
    if not body.strip():
        hint = "the file holds only include:: lines: read the files it includes" if document.includes else \
            "the file is empty, or holds only a header, attributes, comments or markup that shows no text"
        raise PersonaeError(f"{name}: no text to read", hint)
    return Source(text=normalise_whitespace(body), source=name, title=title, chapters=chapters, italics=italics)


def looks_like_asciidoc(data: bytes) -> bool:
    """Whether a file without an extension is AsciiDoc: a "= Title" opening it with some AsciiDoc markup, or
    two kinds of AsciiDoc markup (attribute entries, sections, anchors, block attributes, directives, macros,
    cross references, tables)."""
    head = data[:SNIFF_BYTES].decode("utf-8", errors="replace").lstrip("\ufeff").replace("\r\n", "\n")
    strong = sum(1 for sign in STRONG_SIGNS if sign.search(head))
    if OPENING_TITLE.match(head):
        return strong + sum(1 for sign in WEAK_SIGNS if sign.search(head)) >= 1
    return strong >= 2


def _decoded(data: bytes, name: str, encoding: str | None) -> str:
    """The file as text: in the encoding given, by its byte-order mark, else UTF-8 (Asciidoctor reads no other)."""
    if not encoding and not data.startswith(BYTE_ORDER_MARKS):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as err:
            raise PersonaeError(f"{name}: not valid UTF-8 at byte {err.start} (AsciiDoc is read as UTF-8)",
                                "save the file as UTF-8, or give its encoding, e.g. --encoding cp1252") from None
    return decode(data, name, encoding)


class LineReader:
    """A document's lines as Asciidoctor's preprocessor gives them, line by line: a conditional's lines kept or
    skipped by the attributes defined above it, include:: lines left out, an escaped directive read as text."""

    def __init__(self, lines: list[str], document: Document, preprocess: bool = True) -> None:
        self.lines = lines
        self.document = document
        self.preprocess = preprocess
        self.index = 0
        self.conditionals: list[tuple[str, bool]] = []     # each open conditional: its target, whether it skips
        self.checked = -1       # the line last found to be no directive (or made text by one)

    def peek(self) -> str | None:
        while self.index < len(self.lines):
            line = self.lines[self.index]
            if self.preprocess and self.index != self.checked and line.endswith("]") and "::" in line:
                if self._directive(line):
                    self.index += 1
                    continue
                self.checked = self.index
            if self.conditionals and self.conditionals[-1][1]:
                self.index += 1
                continue
            return self.lines[self.index]
        return None

    def peek_after(self) -> str | None:
        """The line after the next, as written."""
        return self.lines[self.index + 1] if self.index + 1 < len(self.lines) else None

    def advance(self) -> None:
        self.index += 1

    def skip_blank_lines(self) -> None:
        while self.peek() == "":
            self.advance()

    def _directive(self, line: str) -> bool:
        """Applies a preprocessor directive; True where it takes its line."""
        skipping = bool(self.conditionals) and self.conditionals[-1][1]
        conditional = CONDITIONAL.match(line)
        if conditional is None:
            included = INCLUDE.match(line)
            if included and not skipping:
                if included[1]:
                    self.lines[self.index] = line[1:]
                    return False
                self.document.includes += 1
                return True
            return False
        escaped, keyword, target, delimiter, text = conditional.groups()
        if escaped:
            self.lines[self.index] = line[1:]
            return False
        if keyword == "endif":
            # (an endif that closes nothing, or closes another's target, is dropped, as Asciidoctor drops it)
            if self.conditionals and (not target or target == self.conditionals[-1][0]):
                self.conditionals.pop()
            return True
        if skipping:
            if not text or keyword == "ifeval":
                self.conditionals.append((target, True))
            return True
        if keyword == "ifeval":
            keep = None if target else self._evaluate(text)
            if keep is not None:    # (an expression it cannot read: dropped, its lines kept, as Asciidoctor has it)
                self.conditionals.append(("", not keep))
            return True
        if not target:
            return False
        defined = [name.lower() in self.document.attributes for name in re.split("[,+]", target)]
        if delimiter == "+":
            keep = all(defined) if keyword == "ifdef" else not all(defined)
        else:
            keep = any(defined) if keyword == "ifdef" else not any(defined)
        if text:        # (the one-line form: its text is the line)
            if keep:
                self.lines[self.index] = text
            return not keep
        self.conditionals.append((target, not keep))
        return True

    def _evaluate(self, expression: str) -> bool | None:
        """An ifeval's comparison, its attribute references replaced; None where it is no comparison."""
        parts = EXPRESSION.match(Inline(self.document).attributes(expression).strip())
        if parts is None:
            return None
        left, right = _expression_value(parts[1]), _expression_value(parts[3])
        try:
            return bool(COMPARISONS[parts[2]](left, right))
        except TypeError:       # (a number against a string: only "!=" holds)
            return parts[2] == "!="


def _expression_value(text: str):
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1]
    if text in ("true", "false"):
        return text == "true"
    for number in (int, float):
        try:
            return number(text)
        except ValueError:
            pass
    return text or None


@dataclass
class Meta:
    """What the lines before a block say of it: its style and other attributes, its id."""
    style: str | None = None
    positional: list[str] = field(default_factory=list)
    named: dict[str, str] = field(default_factory=dict)
    options: set[str] = field(default_factory=set)
    id: str | None = None
    reftext: str | None = None
    lines: int = 0      # how many lines said it (a comment line counts: it parts two lists)

    def read(self, attribute_list: str) -> None:
        positional, named = parse_attributes(attribute_list)
        if positional:
            self.positional = positional
            style = positional[0]
            if style and " " not in style and SHORTHAND.search(style):
                parts = SHORTHAND.split(style)
                style = parts[0]
                for sign, value in zip(parts[1::2], parts[2::2]):
                    if sign == "#":
                        self.id = value
                    elif sign == "%":
                        self.options.add(value)
            self.style = style or self.style
        self.named.update(named)
        self.id = named.get("id", self.id)
        self.reftext = named.get("reftext", self.reftext)
        self.options |= {option.strip() for option in named.get("options", named.get("opts", "")).split(",")
                         if option.strip()}

    def attribution(self) -> tuple[str | None, str | None]:
        """A quotation's attribution and cited title."""
        def given(index: int, name: str) -> str | None:
            return self.named.get(name) or (self.positional[index] if len(self.positional) > index else None)
        return given(1, "attribution"), given(2, "citetitle")


def parse_attributes(text: str) -> tuple[list[str], dict[str, str]]:
    """An attribute list's positional values and named ones ("quote, Tacitus, 'Annals'", "start=4")."""
    positional, named = [], {}
    at = 0
    while at < len(text):
        match = ATTRIBUTE.match(text, at)
        if match.end() == at:
            break
        at = match.end()
        name, double, single, bare = match.groups()
        value = double.replace('\\"', '"') if double is not None else \
            single.replace("\\'", "'") if single is not None else bare.strip()
        if name:
            named[name.lower()] = value
        else:
            positional.append(value)
    return positional, named


@dataclass
class Context:
    """A block open around what is read: the document, or a delimited block that holds others."""
    delimiter: str | None
    set_in: bool
    attribution: tuple[str | None, str | None] = (None, None)
    lists: list[list] = field(default_factory=list)     # the lists open here: [marker, numbering, last number]


class Document:
    """What reading the whole document keeps: its attributes, the text read, its notes, anchors and cross
    references."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.attributes = {**DEFAULT_ATTRIBUTES, **CHARACTER_ATTRIBUTES}
        self.paragraphs: list[tuple[str, bool, bool]] = []     # (text with its marks, set in, verbatim)
        self.chapters: list[tuple[int, str]] = []              # (the index of its title's paragraph, its title)
        self.notes: list[str] = []
        self.note_numbers: dict[str, int] = {}
        self.anchors: dict[str, str] = {}       # an id -> what a cross reference to it reads
        self.xrefs: list[tuple[str, str | None]] = []    # each cross reference: the id, its own text
        self.includes = 0
        self.expanded = 0

    # -- the header and attributes

    def read_header(self, reader: LineReader) -> str | None:
        """Reads the header (attribute entries above the title, the title, the author and revision lines and the
        attribute entries below them, up to a blank line); the document's title."""
        self.read_attribute_lines(reader, blank_lines=True)
        title_line = reader.peek()
        header = DOCUMENT_TITLE.match(title_line) if title_line else None
        if header:
            title = header[2]
        elif title_line and _setext_level(title_line, reader.peek_after()) == 0:
            title = title_line
            reader.advance()
        else:
            return None
        reader.advance()
        self.attributes["doctitle"] = title
        # (the author line comes right after the title, the revision line after it, comments aside)
        for set_values in (self.set_authors, self.set_revision):
            self.read_attribute_lines(reader, entries=False)
            line = reader.peek()
            if not line or ATTRIBUTE_ENTRY.match(line) or BLOCK_ATTRIBUTES.match(line) or BLOCK_ANCHOR.match(line):
                break
            reader.advance()
            set_values(line)
        self.read_attribute_lines(reader)
        return _plain(Inline(self, quiet=True).render(title)) or None

    def read_attribute_lines(self, reader: LineReader, blank_lines: bool = False, entries: bool = True) -> None:
        """Attribute entries and comments (and blank lines, above the title)."""
        while (line := reader.peek()) is not None:
            if blank_lines and not line or _comment_line(line):
                reader.advance()
            elif _delimiter_kind(line) == "comment":
                reader.advance()
                _verbatim_lines(reader, line, {})
            elif entries and ATTRIBUTE_ENTRY.match(line):
                self.attribute_entry(reader, line)
            else:
                return

    def attribute_entry(self, reader: LineReader, line: str) -> None:
        """An attribute entry (its value going on over lines ending in " \\"), set or unset."""
        entry = ATTRIBUTE_ENTRY.match(line)
        name, value = entry[1], entry[2] or ""
        reader.advance()
        if value.endswith(VALUE_CONTINUATIONS):
            continuation, value = value[-2:], value[:-2].rstrip()
            while next_line := reader.peek():
                reader.advance()
                next_line = next_line.lstrip()
                going_on = next_line.endswith(continuation)
                value += " " + (next_line[:-2].rstrip() if going_on else next_line)
                if not going_on:
                    break
        unset = name.startswith("!") or name.endswith("!")
        name = re.sub(r"[^\w-]", "", name.lower())
        if unset:
            self.attributes.pop(name, None)
            return
        if value.startswith("pass:[") and value.endswith("]"):
            value = value[6:-1]
        else:
            value = Inline(self).attributes(value)
        self.set_attribute(name, value)

    def set_attribute(self, name: str, value: str) -> None:
        self.grow(len(value))
        if name == "doctype":
            self.attributes.pop(f"doctype-{self.attributes.get('doctype')}", None)
            self.attributes[f"doctype-{value}"] = ""
        self.attributes["hardbreaks-option" if name == "hardbreaks" else name] = value

    def grow(self, characters: int) -> None:
        self.expanded += characters
        if self.expanded > EXPANSION_LIMIT:
            raise PersonaeError(f"{self.name}: its attribute references grow the text past {EXPANSION_LIMIT:,} "
                                "characters", "check the attribute entries: values that repeat others grow fast")

    def set_authors(self, line: str) -> None:
        """The author line: "First Middle Last <email>; Another Author"."""
        names = []
        for number, author in enumerate(line.split(";"), 1):
            name, _, email = author.partition("<")
            words = [word.replace("_", " ") for word in name.split()]
            if not words:
                continue
            suffix = "" if number == 1 else f"_{number}"
            full = " ".join(words)
            names.append(full)
            values = {"author": full, "firstname": words[0], "lastname": words[-1] if len(words) > 1 else "",
                      "middlename": " ".join(words[1:-1]), "authorinitials": "".join(w[0] for w in words),
                      "email": email.rstrip("> ").strip()}
            for key, value in values.items():
                if value:
                    self.attributes[key + suffix] = value
        self.attributes["authors"] = ", ".join(names)

    def set_revision(self, line: str) -> None:
        """The revision line: "v1.2, 2021-03-04: a remark", or a date alone."""
        number, comma, rest = line.partition(",")
        if not comma:
            number, rest = ("", number) if not number.lstrip().startswith("v") else (number, "")
        date, _, remark = rest.partition(":")
        for key, value in (("revnumber", re.sub(r"^[^\d{]*", "", number).strip()), ("revdate", date.strip()),
                           ("revremark", remark.strip())):
            if value:
                self.attributes[key] = value

    # -- what the inline markup records

    def footnote(self, note_id: str | None, text: str) -> str:
        """A footnote's number as printed where it stands; a note given again by its id takes its number."""
        if not text:
            number = self.note_numbers.get(note_id or "")
            return superscript(number) if number else ""
        self.notes.append(text)
        if note_id:
            self.note_numbers.setdefault(note_id, len(self.notes))
        return superscript(len(self.notes))

    def xref(self, target: str, text: str | None) -> str:
        """A cross reference, resolved once every anchor is known."""
        self.xrefs.append((target, text))
        return f"{XREF_OPEN}{len(self.xrefs) - 1}{XREF_CLOSE}"

    def resolve(self, text: str, depth: int = 0) -> str:
        """The text with each cross reference as it reads: its own text, else what its anchor gives, else its id."""
        def reads(match: re.Match) -> str:
            target, own = self.xrefs[int(match[1])]
            shown = own or self.anchors.get(target) or target
            # (a title that refers to another refers once more at most)
            return self.resolve(shown, depth + 1) if depth < 2 else XREF.sub("", shown)
        return XREF.sub(reads, text)

    # -- the text

    def add(self, text: str, set_in: bool = False, verbatim: bool = False) -> None:
        self.paragraphs.append((text, set_in, verbatim))

    def mark_chapter(self, title: str) -> None:
        self.chapters.append((len(self.paragraphs), title))

    def assemble(self) -> tuple[str, list[Chapter], list[tuple[int, int]]]:
        """The text (the notes after it, numbered), its chapters and its italics."""
        paragraphs = self.paragraphs + [(f"{n}. {note}", False, False) for n, note in enumerate(self.notes, 1)]
        blocks: list[str] = []
        first_block: list[int] = []     # each paragraph's first block
        for text, set_in, verbatim in paragraphs:
            first_block.append(len(blocks))
            if XREF_OPEN in text:
                text = self.resolve(text)
            for block in (_verbatim_blocks(text) if verbatim else [_prose_block(text)]):
                if MARKS.sub("", block).strip():
                    blocks.append(SET_IN + block.replace("\n", "\n" + SET_IN) if set_in else block)
        starts, offset = [], 0
        for block in blocks:
            starts.append(offset)
            offset += len(block) + 2
        text = "\n\n".join(blocks) + ("\n" if blocks else "")
        text, italics, starts = without_italic_marks(text, starts)
        marks = [(starts[first_block[index]] if first_block[index] < len(starts) else len(text), title)
                 for index, title in self.chapters]
        chapters = [Chapter(start=start, end=marks[n + 1][0] if n + 1 < len(marks) else len(text),
                            title=_plain(self.resolve(title)) or None)
                    for n, (start, title) in enumerate(marks)]
        return text, [chapter for chapter in chapters if chapter.end > chapter.start], italics


class BlockParser:
    """Reads the blocks of a document (or of a quotation given as lines, or a table's cell), as Asciidoctor's
    parser reads them, writing what they show into the document."""

    def __init__(self, reader: LineReader, document: Document, set_in: bool = False, depth: int = 0) -> None:
        self.reader = reader
        self.document = document
        self.depth = depth
        self.stack = [Context(None, set_in)]
        self.open_delimiters: dict[str, int] = {}   # the delimiter of each block open -> its place in the stack
        self.attached = False       # the next block belongs to the list item before it ("+")
        self.label: str | None = None   # an admonition's label, for the first paragraph of its block

    def parse(self) -> None:
        reader = self.reader
        while (line := reader.peek()) is not None:
            if line in self.open_delimiters:
                reader.advance()
                self.close(self.open_delimiters[line])
            elif not line:
                reader.advance()
            else:
                self.block()
        self.close(1)       # (a block left open reads to the end, as Asciidoctor reads it)

    def close(self, depth: int) -> None:
        while len(self.stack) > depth:
            context = self.stack.pop()
            del self.open_delimiters[context.delimiter]
            self.label = None
            self.attribution(*context.attribution)

    # -- a block

    def block(self) -> None:
        meta = self.metadata()
        reader = self.reader
        line = reader.peek()
        if line is None or line in self.open_delimiters:
            return
        context = self.stack[-1]
        attached, self.attached = self.attached, False
        if meta.id and meta.reftext:
            self.document.anchors.setdefault(meta.id, self.reftext(meta))
        if line == "+" and context.lists:
            reader.advance()
            self.attached = True
            return
        kind = _delimiter_kind(line)
        item = None if kind or LAYOUT_BREAK.match(line) else next(
            ((pattern, found) for pattern in LIST_ITEMS if (found := pattern.match(line))), None)
        literal = line[0] in " \t" and meta.style in (None, "normal")
        # (a list goes on past blank lines and takes a literal paragraph after one; what stands before a block, a
        # comment line too, parts two lists)
        if not attached and (meta.lines or not (item or literal)):
            context.lists.clear()
        if item:
            self.list_item(*item, meta)
            return
        if kind:
            reader.advance()
            self.delimited(kind, line, meta)
        elif heading := self.heading(line, meta):
            self.section(*heading, meta)
        elif LAYOUT_BREAK.match(line):
            reader.advance()
            if line[0] != "<":
                self.emit(SCENE_BREAK)
        elif BLOCK_MACRO.match(line):
            reader.advance()
        else:
            self.paragraph(meta, literal, attached)

    def metadata(self) -> Meta:
        """The lines before a block that say what it is (anchors, attribute lists, titles), with the comments
        and attribute entries among them."""
        meta = Meta()
        reader = self.reader
        while (line := reader.peek()) and line[0] in METADATA_STARTS and line not in self.open_delimiters:
            if _comment_line(line):
                reader.advance()
            elif _delimiter_kind(line) == "comment":
                reader.advance()
                _verbatim_lines(reader, line, self.open_delimiters)
            elif anchor := BLOCK_ANCHOR.match(line):
                meta.id, meta.reftext = anchor[1] or meta.id, anchor[2] or meta.reftext
                reader.advance()
            elif line[0] == "[" and (attribute_list := BLOCK_ATTRIBUTES.match(line)):
                meta.read(Inline(self.document).attributes(attribute_list[1], hold=False))
                reader.advance()
            elif BLOCK_TITLE.match(line):       # (a block's title is no prose: left out)
                reader.advance()
            elif ATTRIBUTE_ENTRY.match(line):
                self.document.attribute_entry(reader, line)
            else:
                break
            meta.lines += 1
            reader.skip_blank_lines()
        return meta

    def heading(self, line: str, meta: Meta) -> tuple[int, str, bool] | None:
        """A section's or discrete heading's level and title, and whether it is a section."""
        discrete = meta.style in DISCRETE
        if not discrete and (len(self.stack) > 1 or self.depth):
            return None     # (sections stand only at the top of the document)
        title = SECTION_TITLE.match(line)
        if title:
            self.reader.advance()
            return len(title[1]) - 1, title[2], not discrete
        level = _setext_level(line, self.reader.peek_after())
        if level is not None:
            self.reader.advance()
            self.reader.advance()
            return level, line, not discrete
        return None

    def section(self, level: int, source: str, is_section: bool, meta: Meta) -> None:
        title = self.render(source).strip()
        if is_section and level == CHAPTER_LEVEL and meta.style not in NOT_CHAPTERS:
            self.document.mark_chapter(title)
        # (its id: given before it, or by an anchor ending its title, else made from the title)
        anchor = TITLE_ANCHOR.search(source)
        section_id = meta.id or (anchor[1] if anchor else self.section_id(source))
        self.document.anchors.setdefault(section_id, self.reftext(meta) or title)
        self.emit(title)

    def section_id(self, title: str) -> str:
        """The id Asciidoctor gives a section from its title ("_the_salt_road")."""
        attributes = self.document.attributes
        separator = attributes.get("idseparator", "_")
        words = re.sub(r"[^\w \-.]", "", Inline(self.document).attributes(title, hold=False).lower())
        generated = attributes.get("idprefix", "_") + re.sub(r"[ .\-_]+" if separator else " +", separator, words)
        return generated.rstrip(separator) if separator else generated

    def reftext(self, meta: Meta) -> str | None:
        return Inline(self.document, quiet=True).render(meta.reftext) if meta.reftext else None

    def delimited(self, kind: str, delimiter: str, meta: Meta) -> None:
        style = meta.style
        if kind == "comment" or style in UNREAD_STYLES:
            self.verbatim_lines(delimiter)
        elif kind in ("listing", "literal", "fenced") or style in VERBATIM_STYLES:
            lines = self.verbatim_lines("```" if kind == "fenced" else delimiter)
            if kind != "literal" and style != "literal":
                lines = [CALLOUTS.sub("", line) for line in lines]
            self.emit("\n".join(lines), set_in=True, verbatim=True)
        elif kind == "pass" or style == "pass":
            for paragraph in _html_paragraphs("\n".join(self.verbatim_lines(delimiter))):
                self.emit(paragraph)
        elif kind == "table":
            self.table(delimiter, self.verbatim_lines(delimiter), meta)
        elif style == "verse" and kind in ("quote", "open"):
            self.verse(self.verbatim_lines(delimiter), meta)
        else:
            quotation = style == "quote" or kind == "quote" and style is None
            parent = self.stack[-1]
            context = Context(delimiter, parent.set_in or quotation, meta.attribution() if quotation else (None, None))
            self.open_delimiters[delimiter] = len(self.stack)
            self.stack.append(context)
            if style in ADMONITIONS and kind in ("example", "open"):
                self.label = self.caption(style)

    def verbatim_lines(self, closing: str) -> list[str]:
        return _verbatim_lines(self.reader, closing, self.open_delimiters)

    def paragraph(self, meta: Meta, literal: bool, attached: bool) -> None:
        style = meta.style
        first = self.reader.peek()
        admonition = ADMONITION_PARAGRAPH.match(first) if not literal else None
        lines = self.paragraph_lines(attached)
        if literal:
            indent = min(len(line) - len(line.lstrip(" \t")) for line in lines)
            self.emit("\n".join(line[indent:] for line in lines), set_in=True, verbatim=True)
        elif admonition and style in (None, "normal"):
            lines[0] = lines[0][admonition.end():]
            self.prose(lines, prefix=self.caption(admonition[1]))
        elif first.startswith("> ") or first == ">":
            self.markdown_quotation(lines)
        elif style in (None, "normal") and len(lines) > 1 and lines[0].startswith('"') and \
                lines[-1].startswith("-- ") and lines[-2].endswith('"'):
            attribution, _, cited = lines.pop()[3:].partition(", ")
            lines[0], lines[-1] = lines[0][1:], lines[-1][:-1]
            self.prose(lines, set_in=True)
            self.attribution(attribution, cited)
        elif style == "quote":
            self.prose(lines, set_in=True)
            self.attribution(*meta.attribution())
        elif style == "verse":
            self.verse(lines, meta)
        elif style in VERBATIM_STYLES:
            self.emit("\n".join(lines), set_in=True, verbatim=True)
        elif style == "pass":
            for paragraph in _html_paragraphs("\n".join(lines)):
                self.emit(paragraph)
        elif style in UNREAD_STYLES:
            return
        else:
            hardbreaks = "hardbreaks" in meta.options or "hardbreaks-option" in self.document.attributes
            self.prose(lines, keep_lines=hardbreaks, prefix=self.caption(style) if style in ADMONITIONS else "")

    def paragraph_lines(self, in_list: bool) -> list[str]:
        """A paragraph's lines: up to a blank line, a block's attributes or delimiter (in a list, an item or a
        "+"); its comment lines left out."""
        reader = self.reader
        lines = [reader.peek()]
        reader.advance()
        while line := reader.peek():
            if line[0] == "[" and BLOCK_ATTRIBUTES.match(line) or _delimiter_kind(line) or \
                    line in self.open_delimiters or in_list and (line == "+" or _list_item(line)):
                break
            reader.advance()
            if not _comment_line(line):
                lines.append(line)
        return lines

    def markdown_quotation(self, lines: list[str]) -> None:
        """Markdown's "> " lines: a quotation read as a document of its own, an attribution ("-- ") after it."""
        lines = [line[2:] if line.startswith("> ") else line[1:] if line.startswith(">") else line for line in lines]
        attribution = lines.pop()[3:].partition(", ") if lines[-1].startswith("-- ") else None
        if self.depth < MAX_NESTING:
            BlockParser(LineReader(lines, self.document, preprocess=False), self.document, True, self.depth + 1).parse()
        else:
            self.prose(lines, set_in=True)
        if attribution:
            self.attribution(attribution[0], attribution[2])

    def verse(self, lines: list[str], meta: Meta) -> None:
        """A verse's lines as lines, its stanzas as paragraphs, set in, its attribution after it."""
        stanza: list[str] = []
        for line in [*lines, ""]:
            if line.strip():
                stanza.append(line)
            elif stanza:
                self.prose(stanza, keep_lines=True, set_in=True)
                stanza = []
        self.attribution(*meta.attribution())

    def attribution(self, attribution: str | None, cited: str | None) -> None:
        parts = [self.render(attribution)] if attribution else []
        if cited:
            parts.append(ITALIC_OPEN + self.render(cited) + ITALIC_CLOSE)
        if parts:
            self.emit("— " + ", ".join(parts), set_in=True)

    def caption(self, admonition: str) -> str:
        return self.document.attributes.get(f"{admonition.lower()}-caption", admonition.title()) + ": "

    # -- lists

    def list_item(self, pattern: re.Pattern, item: re.Match, meta: Meta) -> None:
        reader = self.reader
        reader.advance()
        marker = item[2] if pattern is DESCRIPTION_ITEM else item[1]
        text = [item[3] or ""] if pattern is DESCRIPTION_ITEM else [item[2]]
        while (line := reader.peek()) and not (line == "+" or line[0] == "[" and BLOCK_ATTRIBUTES.match(line)
                                               or _delimiter_kind(line) or line in self.open_delimiters
                                               or _list_item(line)):
            reader.advance()
            if not _comment_line(line):
                text.append(line)
        if pattern is UNORDERED_ITEM and (box := CHECKBOX.match(text[0])):
            text[0] = ("✓ " if box[1] != " " else "❏ ") + text[0][box.end():]
        number = self.item_number(pattern, marker, meta)
        if pattern is DESCRIPTION_ITEM:
            self.prose([item[1]])
        if any(line.strip() for line in text):
            self.prose(text, prefix=number)
        if reader.peek() == "+":
            reader.advance()
            self.attached = True

    def item_number(self, pattern: re.Pattern, marker: str, meta: Meta) -> str:
        """The number an ordered list's item is printed with ("" in other lists), as Asciidoctor numbers it: on
        from the list's first item."""
        key = _marker_key(pattern, marker)
        lists = self.stack[-1].lists
        for depth, opened in enumerate(lists):
            if opened[0] == key:
                del lists[depth + 1:]
                break
        else:
            opened = [key, *_numbering(pattern, marker, meta)]
            lists.append(opened)
        opened[2] += 1
        return f"{_number(opened[2], opened[1])}. " if opened[1] else ""

    # -- tables

    def table(self, delimiter: str, lines: list[str], meta: Meta) -> None:
        """Each cell's text a paragraph (an AsciiDoc cell read as a document, a literal one verbatim)."""
        form = meta.named.get("format") or TABLE_FORMATS.get(delimiter[0], "psv")
        separator = meta.named.get("separator") or (delimiter[0] if form == "psv" else TABLE_SEPARATORS.get(form, ","))
        cells = None
        if form == "csv":
            try:
                cells = [("", cell) for row in csv.reader(lines, delimiter=separator[0]) for cell in row]
            except csv.Error:       # (a field past the csv module's limit: read as separated values)
                form = "dsv"
        if form in ("dsv", "tsv"):
            cells = [("", cell.replace("\\" + separator, separator))
                     for line in lines for cell in re.split(rf"(?<!\\){re.escape(separator)}", line)]
        elif cells is None:
            cells = _psv_cells("\n".join(lines), separator)
        for style, cell in cells:
            if not cell.strip():
                continue
            if style == "a" and self.depth < MAX_NESTING:
                cell_reader = LineReader(cell.strip("\n").split("\n"), self.document, preprocess=False)
                BlockParser(cell_reader, self.document, self.stack[-1].set_in, self.depth + 1).parse()
            elif style == "l":
                self.emit(cell.strip("\n"), set_in=True, verbatim=True)
            else:
                for paragraph in re.split(r"\n[ \t]*\n", cell.strip()):
                    self.prose(paragraph.split("\n"))

    # -- writing

    def render(self, source: str, keep_lines: bool = False) -> str:
        return Inline(self.document).render(source, keep_lines)

    def prose(self, lines: list[str], keep_lines: bool = False, set_in: bool | None = None, prefix: str = "") -> None:
        self.emit(prefix + self.render("\n".join(line.strip() for line in lines), keep_lines), set_in)

    def emit(self, text: str, set_in: bool | None = None, verbatim: bool = False) -> None:
        set_in = self.stack[-1].set_in if set_in is None else set_in
        if self.label:      # (an admonition's label opens its first paragraph)
            if verbatim:
                self.document.add(self.label.rstrip(), set_in)
            else:
                text = self.label + text
            self.label = None
        self.document.add(text, set_in, verbatim)


def _setext_level(line: str, underline: str | None) -> int | None:
    """The level of a title underlined (by = - ~ ^ + for levels 0 to 4) to within a character of its length."""
    if underline and underline[0] in SETEXT_LEVELS and len(underline) >= 2 and \
            underline.count(underline[0]) == len(underline) and abs(len(line) - len(underline)) < 2 and \
            SETEXT_TITLE.match(line):
        return SETEXT_LEVELS[underline[0]]
    return None


def _comment_line(line: str) -> bool:
    return line.startswith("//") and not line.startswith("///")


def _delimiter_kind(line: str) -> str | None:
    if line == "--":
        return "open"
    first = line[:1]
    kind = DELIMITERS.get(first)
    if kind and len(line) >= 4 and line.count(first) == len(line):
        return kind
    if first == "`" and FENCE.match(line):
        return "fenced"
    if first in "|,:!" and TABLE_DELIMITER.match(line):
        return "table"
    return None


def _verbatim_lines(reader: LineReader, closing: str, open_delimiters: dict[str, int]) -> list[str]:
    """A delimited block's lines as written, up to its closing delimiter (or one that closes a block around it)."""
    lines = []
    while (line := reader.peek()) is not None:
        if line == closing:
            reader.advance()
            break
        if line in open_delimiters:
            break
        lines.append(line)
        reader.advance()
    return lines


def _list_item(line: str) -> bool:
    return any(pattern.match(line) for pattern in LIST_ITEMS)


def _marker_key(pattern: re.Pattern, marker: str) -> str:
    """What tells one list from another: its marker's kind ("*", "**", "1.", "a.", "::")."""
    if pattern is ORDERED_ITEM and marker[0] != ".":
        return "1." if marker[0].isdigit() else "i)" if marker.endswith(")") else "a." if marker[0].islower() else "A."
    return "<>" if pattern is CALLOUT_ITEM else marker


def _numbering(pattern: re.Pattern, marker: str, meta: Meta) -> tuple[str | None, int]:
    """An ordered list's numbering and the number before its first item's (as Asciidoctor numbers a list: from
    its start attribute, else from 1, whatever number its first item is written with)."""
    if pattern is CALLOUT_ITEM:
        return "arabic", 0
    if pattern is not ORDERED_ITEM:
        return None, 0
    if meta.style in NUMBERINGS:
        numbering = meta.style
    elif marker[0] == ".":
        numbering = NUMBERINGS[len(marker) - 1]
    elif marker[0].isdigit():
        numbering = "arabic"
    elif marker.endswith(")"):
        numbering = "lowerroman" if marker[0].islower() else "upperroman"
    else:
        numbering = "loweralpha" if marker[0].islower() else "upperalpha"
    start = meta.named.get("start", "")
    return numbering, int(start) - 1 if start.lstrip("-").isdigit() else 0


def _number(number: int, numbering: str) -> str:
    if numbering.endswith("alpha") and number > 0:
        letters = ""
        while number > 0:
            number, letter = divmod(number - 1, 26)
            letters = chr(97 + letter) + letters
        return letters.upper() if numbering == "upperalpha" else letters
    if numbering.endswith("roman") and 0 < number < 4000:
        numeral = ""
        for value, letters in ROMAN:
            while number >= value:
                numeral, number = numeral + letters, number - value
        return numeral.upper() if numbering == "upperroman" else numeral
    return str(number)


def _psv_cells(text: str, separator: str) -> list[tuple[str, str]]:
    """A table's cells (each with its style) as separated by "|": a cell's specification ("2+", "a", "^.^h")
    stands before its separator, after a space or at a line's start ("|a|b" is two cells)."""
    chunks = [chunk.replace("\\" + separator, separator) for chunk in
              re.split(rf"(?<!\\){re.escape(separator)}", text)]
    cells, style = [], ""
    for n, chunk in enumerate(chunks):
        next_style = ""
        if n + 1 < len(chunks) and chunk and not chunk[-1].isspace():
            specification = chunk.rsplit(None, 1)[-1]
            if CELL_SPECIFICATION.fullmatch(specification) and (len(specification) < len(chunk) or not n):
                chunk, next_style = chunk[:-len(specification)], specification[-1:]
        if n:
            cells.append((style, chunk))
        style = next_style if next_style.isalpha() else ""
    return cells


def _html_paragraphs(html: str) -> list[str]:
    """A passthrough's HTML as the page shows it: paragraphs parted by its blocks' tags, lines by <br>, italics
    marked."""
    html = HTML_BLOCK_TAG.sub("\n\n", HTML_UNSHOWN.sub("", html))
    paragraphs = []
    for block in re.split(r"\n[ \t]*\n", html):
        lines = (SPACES.sub(" ", _html_text(line).replace("\n", " ")).strip() for line in HTML_LINE_BREAK.split(block))
        text = "\n".join(line for line in lines if line)
        if MARKS.sub("", text).strip():
            paragraphs.append(text)
    return paragraphs


def _html_text(html: str) -> str:
    """HTML's text without its tags, its entities read; <em>, <i> and <cite> marked as italics."""
    pieces = HTML_ITALIC.split(HTML_UNSHOWN.sub("", html))
    return "".join(CONTROL_CHARACTERS.sub("", unescape(HTML_TAG.sub("", piece))) if n % 2 == 0 else
                   ITALIC_CLOSE if piece else ITALIC_OPEN for n, piece in enumerate(pieces))


def _prose_block(text: str) -> str:
    """A paragraph's lines as printed: spaces run together, none at a line's edges, italics balanced."""
    lines = []
    for line in text.replace(TAG, "").split("\n"):
        if RUN_OF_SPACES.search(line):
            line = SPACES.sub(" ", line)
        left, right = len(line) - len(line.lstrip(LINE_EDGE)), len(line.rstrip(LINE_EDGE))
        if right > left:
            lines.append(_marks(line[:left]) + line[left:right] + _marks(line[right:]))
    return _balanced_italics("\n".join(lines))


def _marks(edge: str) -> str:
    return edge.replace(" ", "").replace("\t", "")


def _verbatim_blocks(text: str) -> list[str]:
    """Verbatim lines as written, a blank line parting paragraphs."""
    return [block for block in re.split(r"\n(?:[ \t]*\n)+", "\n".join(
        line.rstrip() for line in text.replace(TAG, "").split("\n")).strip("\n")) if block.strip()]


def _balanced_italics(text: str) -> str:
    """Italics marks as one stretch each: an inner stretch's marks dropped, one left open closed."""
    if ITALIC_OPEN not in text and ITALIC_CLOSE not in text:
        return text
    out, depth = [], 0
    for piece in re.split(f"([{ITALIC_OPEN}{ITALIC_CLOSE}])", text):
        if piece == ITALIC_OPEN:
            depth += 1
            out.append(piece if depth == 1 else "")
        elif piece == ITALIC_CLOSE:
            out.append(piece if depth == 1 else "")
            depth = max(depth - 1, 0)
        else:
            out.append(piece)
    return "".join(out) + (ITALIC_CLOSE if depth else "")


def _plain(text: str) -> str:
    """A title as plain text: without its marks and note numbers."""
    return " ".join(NOT_IN_A_TITLE.sub("", text.replace(TAG, "")).split())


class Inline:
    """Asciidoctor's substitutions on a paragraph's text, in its order: the passthroughs set aside, quotes,
    attribute references, replacements, macros, line breaks, the passthroughs put back."""

    def __init__(self, document: Document, quiet: bool = False) -> None:
        self.document = document
        self.quiet = quiet      # (a reftext read for cross references: its notes are not numbered)
        self.passthroughs: list[str] = []

    def render(self, text: str, keep_lines: bool = False) -> str:
        if "+" in text or "$$" in text or ":[" in text:
            text = self.set_aside(text)
        for pair in QUOTES:
            if pair.opener in text:
                text = replace_pairs(text, pair, self.quoted)
        for mark, pattern in (("^", SUPERSCRIPT), ("~", SUBSCRIPT)):
            if mark in text:
                text = substitute(text, pattern, lambda match: match[1])
        text = self.attributes(text, hold=True)
        for replacement in REPLACEMENTS:
            if replacement.trigger in text:
                text = substitute(text, replacement.pattern, replacement.replacement, replacement.before)
        if "&" in text:
            text = substitute(text, CHARACTER_REFERENCE, _character)
        text = self.macros(text)
        return self.put_back(_line_breaks(text, keep_lines), keep_lines)

    # -- passthroughs

    def set_aside(self, text: str) -> str:
        for pair in PASSTHROUGHS[:2]:
            text = replace_pairs(text, pair, self.passthrough)
        if ":[" in text:
            text = replace_macros(text, PASS_MACRO, lambda m, content: self.hold(
                content.replace("\\]", "]") if m["math"] else _html_text(content).replace("\\]", "]")))
        for pair in PASSTHROUGHS[2:]:
            text = replace_pairs(text, pair, self.passthrough)
        return text

    def passthrough(self, pair: Pair, content: str) -> str:
        return self.hold(_html_text(content) if pair.kind == "html" else content)

    def hold(self, text: str) -> str:
        """A placeholder for text no later substitution touches."""
        self.passthroughs.append(self.put_back(text))
        return f"{PASSTHROUGH_OPEN}{len(self.passthroughs) - 1}{PASSTHROUGH_CLOSE}"

    def put_back(self, text: str, keep_lines: bool = True) -> str:
        def held(match: re.Match) -> str:
            value = self.passthroughs[int(match[1])]
            return value if keep_lines else value.replace("\n", " ")
        return PASSTHROUGH.sub(held, text) if PASSTHROUGH_OPEN in text else text

    # -- quotes and attributes

    @staticmethod
    def quoted(pair: Pair, content: str) -> str:
        return QUOTED[pair.kind].format(content)

    def attributes(self, text: str, hold: bool = False) -> str:
        """The text with its attribute references replaced (a character's set aside, where `hold`)."""
        if "{" not in text:
            return text
        return substitute(text, ATTRIBUTE_REFERENCE, lambda match: self.attribute(match, hold))

    def attribute(self, match: re.Match, hold: bool) -> str:
        reference, escaped = match.groups()
        if escaped:
            return "{" + reference + "}"
        attributes = self.document.attributes
        if reference.startswith(("set:", "counter")):
            return self.counter_or_set(reference)
        name = reference.lower()
        value = attributes.get(name)
        if value is None:
            return "" if attributes.get("attribute-missing", "").startswith("drop") else match[0]
        self.document.grow(len(value))
        return self.hold(value) if hold and CHARACTER_ATTRIBUTES.get(name) == value else value

    def counter_or_set(self, reference: str) -> str:
        """{counter:name} (its next value, shown), {counter2:name} (not shown), {set:name:value}, {set:name!}."""
        kind, _, rest = reference.partition(":")
        name, _, value = rest.partition(":")
        attributes = self.document.attributes
        if kind == "set":
            if name.endswith("!"):
                attributes.pop(name[:-1].lower(), None)
            else:
                self.document.set_attribute(name.lower(), value)
            return ""
        current = attributes.get(name.lower())
        if current is None:
            value = value or "1"
        elif current.isdigit():
            value = str(int(current) + 1)
        elif len(current) == 1 and current.isalpha():
            value = chr(ord(current) + 1)
        else:
            value = "1"
        attributes[name.lower()] = value
        return value if kind == "counter" else ""

    # -- macros

    def macros(self, text: str) -> str:
        if "kbd:" in text or "btn:" in text or "menu:" in text:
            text = replace_macros(text, UI_MACRO, self.ui)
        if "image:" in text or "icon:" in text:
            text = replace_macros(text, INLINE_IMAGE, lambda match, content: "")
        if "indexterm" in text:
            text = replace_macros(text, INDEX_MACRO, lambda match, content: content if match["shown"] else "")
        if "((" in text:
            text = self.index_terms(text)
        if "://" in text:
            text = self.urls(text)
        if "link:" in text or "mailto:" in text:
            text = replace_macros(text, LINK_MACRO, lambda match, content: _link_text(content) or match["target"])
        if "footnote" in text:
            text = replace_macros(text, FOOTNOTE_MACRO, self.footnote)
        if "<<" in text:
            text = self.cross_references(text)
        if "xref:" in text:
            text = replace_macros(text, XREF_MACRO, lambda match, content: self.xref(match["target"], content))
        if "[[" in text or "anchor:" in text:
            text = substitute(text, INLINE_ANCHOR, self.anchor)
        return text

    @staticmethod
    def ui(match: re.Match, content: str) -> str:
        """kbd:[Ctrl+T] and btn:[Save] as their keys and button; menu:File[Save > As] as "File › Save › As"."""
        if match["kind"]:
            return content.replace("\\]", "]").strip()
        return " › ".join([match["menu"], *(item.strip() for item in content.split(">") if item.strip())])

    def index_terms(self, text: str) -> str:
        """((term)) keeps its term; (((hidden, terms))) shows nothing."""
        out, done, at = [], 0, 0
        while (start := text.find("((", at)) >= 0:
            end = text.find("))", start + 3)
            while end >= 0 and text.startswith(")", end + 2):
                end += 1
            if end < 0:
                break
            escaped = start > done and text[start - 1] == "\\"
            content = text[start + 2:end]
            out.append(text[done:start - escaped])
            out.append(text[start:end + 2] if escaped else "" if content[:1] == "(" and content[-1:] == ")"
                       else content)
            done = at = end + 2
        out.append(text[done:])
        return "".join(out)

    def urls(self, text: str) -> str:
        """An address as its text in brackets, else as itself ("<https://...>" without its angle brackets); after
        "link:" too."""
        out, done, at = [], 0, 0
        while scheme := URL_SCHEME.search(text, at):
            at = scheme.end()
            start = scheme.start()
            escaped = start > done and text[start - 1] == "\\"
            linked = not escaped and text.endswith("link:", done, start)
            begin = start - 5 if linked else start - escaped
            if not linked and begin > done and not (text[begin - 1] in URL_PREFIXES or text[begin - 1].isspace()):
                continue
            target = URL_TARGET.match(text, scheme.end())
            if target is None:
                continue
            address = text[start:target.end()]
            if escaped:
                out += [text[done:begin], address]
                done = at = target.end()
            elif text.startswith("[", target.end()) and (end := _bracket_end(text, target.end() + 1)) >= 0:
                out += [text[done:begin], _link_text(text[target.end() + 1:end]) or address]
                done = at = end + 1
            else:
                bare = address.split("<", 1)[0].rstrip(URL_TRAILING)
                if len(bare) <= len(scheme[0]):
                    continue
                angled = not linked and begin > 0 and text[begin - 1] == "<" and bare.endswith(">")
                out += [text[done:begin - angled], bare[:-1] if angled else bare]
                done = at = start + len(bare)
        out.append(text[done:])
        return "".join(out)

    def footnote(self, match: re.Match, content: str) -> str:
        if self.quiet:
            return ""
        content = content.replace("\\]", "]")
        if match["ref"]:
            note_id, _, text = content.partition(",")
        else:
            note_id, text = match["id"], content
        return self.document.footnote(note_id and note_id.strip(), self.put_back(_line_breaks(text.strip(), False)))

    def cross_references(self, text: str) -> str:
        """<<id>> and <<id,text>>."""
        out, done, at = [], 0, 0
        while (start := text.find("<<", at)) >= 0:
            at = start + 1
            if start + 2 >= len(text) or not (text[start + 2].isalnum() or text[start + 2] in XREF_START):
                continue
            end = text.find(">>", start + 3)
            if end < 0:
                break
            escaped = start > done and text[start - 1] == "\\"
            target, _, label = text[start + 2:end].partition(",")
            out += [text[done:start - escaped], text[start:end + 2] if escaped else self.xref(target, label)]
            done = at = end + 2
        out.append(text[done:])
        return "".join(out)

    def xref(self, target: str, label: str) -> str:
        target, label = self.put_back(target.strip()), self.put_back(label.strip())
        document, _, fragment = target.partition("#")
        target = fragment or document
        if self.quiet:
            return label or target
        return self.document.xref(target, label or None)

    def anchor(self, match: re.Match) -> str:
        if match["bibliography"]:
            return f"[{match['label'] or match['bibliography']}]"
        reftext = match["reftext"] or match["anchor_text"]
        if reftext:
            self.document.anchors.setdefault(match["id"] or match["anchor"], self.put_back(reftext))
        return ""


def replace_pairs(text: str, pair: Pair, render: Callable[[Pair, str], str]) -> str:
    """Replaces each stretch `pair` opens and closes, as Asciidoctor's regular expression for it would (the
    first closer that may close it; a backslash before it escapes it), in time linear in the text's length."""
    opener, closer = pair.opener, pair.closer
    out, done, at = [], 0, 0
    while (i := text.find(opener, at)) >= 0:
        at = i + 1
        content = i + len(opener)
        if pair.constrained and (content >= len(text) or text[content].isspace()):
            continue
        role = _role_before(text, i, done) if i and text[i - 1] == "]" else None
        for begin in ((role, i) if role is not None else (i,)):
            escaped = begin > done and text[begin - 1] == "\\"
            if escaped or not pair.constrained or _may_open(text, begin, done, pair.not_before):
                break
        else:
            continue
        end = _closer(text, content + 1, pair)
        if end < 0:
            break       # (nor can any opener after it be closed)
        out.append(text[done:begin - escaped])
        out.append(text[begin:end + len(closer)] if escaped else render(pair, text[content:end]))
        done = at = end + len(closer)
    out.append(text[done:])
    return "".join(out)


def _role_before(text: str, i: int, done: int) -> int | None:
    """Where a [role] just before an opener starts ("[.underline]#text#")."""
    if i < 3:
        return None
    start = text.rfind("[", max(done, i - 1 - MAX_ROLE), i - 2)
    return start if start >= 0 and "]" not in text[start + 1:i - 1] else None


def _may_open(text: str, begin: int, done: int, not_before: str) -> bool:
    if begin == 0 or text[begin - 1] == "\n":
        return True
    before = text[begin - 1]
    return begin - 1 >= done and not _word_character(before) and before not in not_before


def _closer(text: str, start: int, pair: Pair) -> int:
    """Where the first closer from `start` on that may close the pair stands; -1 where none may."""
    closer = pair.closer
    end = text.find(closer, start)
    while end >= 0:
        after = text[end + len(closer):end + len(closer) + 1]
        closes = not (after and after in pair.not_after)
        if pair.constrained:
            closes = closes and not text[end - 1].isspace() and not _word_character(after)
        if closes:
            return end
        end = text.find(closer, end + 1)
    return -1


def replace_macros(text: str, head: re.Pattern, render: Callable[[re.Match, str], str]) -> str:
    """Replaces each macro `head` finds ("footnote:[", "link:url[") with what `render` makes of its match and
    the text in its brackets (up to the first "]" no backslash escapes); an escaped one is kept as written, less
    its backslash."""
    out, done, at = [], 0, 0
    while head_match := head.search(text, at):
        end = _bracket_end(text, head_match.end())
        if end < 0:
            break       # (nor can any macro after it be closed)
        start = head_match.start()
        if start > done and text[start - 1] == "\\":
            out += [text[done:start - 1], text[start:end + 1]]
        else:
            out += [text[done:start], render(head_match, text[head_match.end():end])]
        done = at = end + 1
    out.append(text[done:])
    return "".join(out)


def _bracket_end(text: str, start: int) -> int:
    end = text.find("]", start)
    while end > start and text[end - 1] == "\\":
        end = text.find("]", end + 1)
    return end


def _link_text(content: str) -> str:
    """A link's text: the first of its attributes where it gives others ("text, window=_blank"), without the
    caret that opens it in a new window."""
    if "=" in content:
        positional, _ = parse_attributes(content)
        content = positional[0] if positional else ""
    content = content.strip()
    return content[:-1] if content.endswith("^") else content


def substitute(text: str, pattern: re.Pattern, render: Callable[[re.Match], str],
               before: Callable[[str], bool] | None = None) -> str:
    """Replaces each match of `pattern` (where a character `before` accepts stands before it, if given) with
    what `render` makes of it; one a backslash escapes stays as written, less the backslash."""
    out, done = [], 0
    for match in pattern.finditer(text):
        start = match.start()
        previous = text[start - 1] if start else ""
        if previous == "\\" and start - 1 >= done:
            if before is None or before(previous) or start > 1 and before(text[start - 2]):
                out += [text[done:start - 1], match[0]]
                done = match.end()
            continue
        if before is None or before(previous):
            out += [text[done:start], render(match)]
            done = match.end()
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def _character(match: re.Match) -> str:
    """A character reference's character (a control character's reference, or one unknown, stays as written)."""
    name = match[1]
    if name[0] == "#":
        code = int(name[2:], 16) if name[1] in "xX" else int(name[1:])
        character = chr(code) if 32 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF and code != 127 else None
    else:
        character = html5.get(name + ";")
    return character if character is not None else match[0]


def _line_breaks(text: str, keep_lines: bool) -> str:
    """A paragraph's lines joined by spaces, but where a line ends in " +" (every line, for a verse)."""
    if "\n" not in text:
        return text[:-2] if text.endswith(HARD_BREAK) else text
    pieces = []
    for line in text.split("\n"):
        broken = line.endswith(HARD_BREAK)
        pieces += [line[:-2] if broken else line, "\n" if broken or keep_lines else " "]
    return "".join(pieces[:-1])
