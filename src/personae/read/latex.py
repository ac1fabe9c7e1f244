"""LaTeX sources of books (.tex, .latex): the text the typeset book prints, read from its commands.

An editor's or a press's .tex of a memoir, a novel or a history is read by a small TeX-like reader of its
own: the characters become tokens (control words, braces, text, comments), and the tokens are read as TeX
reads them, group by group, with the book's own macros expanded. What is read: the body (a chapter file
with no \\begin{document} is all body; nothing after \\end{document}), its paragraphs, headings (each a
paragraph; \\chapter, or \\section in a book without chapters, marks a chapter), quotations set in
(quote, quotation, verse, epigraphs), lists (enumerate's items numbered), verbatim text, the characters
TeX makes of accents, ligatures (``...'' as “...”; babel's German "`...\"' too) and named symbols, and
the plain characters of inline math; a footnote leaves a superscript number where it stands and its text
follows the text, numbered, as a book prints its notes; italics (\\emph, \\textit, {\\itshape ...}) are
recorded. \\title gives the title. Left out: the preamble (its macro definitions are used), comments,
labels, references, citations, index entries, marginal notes, spacing and page commands, figures, tables,
pictures, display math, and the arguments of commands that set things rather than print them; a command
the reader does not know is left out and its braced argument read as text.
"""
from __future__ import annotations

import re
import unicodedata
from itertools import chain

from personae.errors import PersonaeError
from personae.read.markup import ITALIC_CLOSE, ITALIC_OPEN, LINE_BREAK, BlockText
from personae.read.plain import decode
from personae.read.source import Source, normalise_whitespace, superscript

# The tokens: a kind, a value, and what else the kind needs (a brace's offset in the file, for a message;
# whether spaces followed a control word, which TeX skips; an environment's offset). STOP ends a stretch read
# apart (a heading, a note), END_USER a book's own environment, VALUE stands for an xparse star or missing option
TEXT, COMMAND, SYMBOL, OPEN, CLOSE, PAR, BEGIN, END, PARAMETER, DISPLAY_MATH, VERBATIM, STOP, END_USER, VALUE = (
    "text", "command", "symbol", "open", "close", "par", "begin", "end", "parameter", "display math", "verbatim",
    "stop", "end user", "value")
TOKENS = (
    r"(?P<text>[^\\{}%$&~#^_\n]+)"
    # verbatim text, and what TeX never reads (a comment environment, \iffalse ... \fi), whole: they may hold anything
    r"|(?P<verbatim>\\begin\s*\{(?P<verbatim_name>verbatim\*?|Verbatim\*?|BVerbatim|lstlisting|alltt|minted)\}"
    r"(?P<verbatim_text>.*?)\\end\s*\{(?P=verbatim_name)\})"
    r"|(?P<unread>\\begin\s*\{(?P<unread_name>comment|filecontents\*?)\}.*?\\end\s*\{(?P=unread_name)\}"
    r"|\\iffalse(?![a-zA-Z]).*?\\fi(?![a-zA-Z]))"
    r"|(?P<verb>\\(?:verb|lstinline)\*?(?P<delimiter>[^a-zA-Z\s{*])(?P<verb_text>.*?)(?P=delimiter))"
    # a link's address may hold % and #: read whole (\href's address is left out, its text read after it)
    r"|(?P<url>\\(?:url|path|nolinkurl)\s*\{(?P<url_text>[^{}\n]*)\})"
    r"|(?P<href>\\href\s*\{[^{}\n]*\})"
    r"|(?P<environment>\\(?P<edge>begin|end)\s*\{(?P<environment_name>[^{}\\\n]*)\})"
    # a control word eats the spaces after it, and the line's end unless a blank line follows
    r"|(?P<command>\\(?P<command_name>{letters}+)"
    r"(?P<command_space>[ \t]*(?:\n(?![ \t]*\n)[ \t]*)?))"
    r"|(?P<symbol>\\(?P<symbol_char>[^a-zA-Z]))"
    # a comment takes its line's end too (and the next line's leading spaces): the lines join without a space
    r"|(?P<comment>%[^\n]*(?:\n[ \t]*(?P<comment_par>\n\s*)?)?)"
    r"|(?P<par>[ \t]*\n(?:[ \t]*\n)+[ \t]*)"
    r"|(?P<newline>[ \t]*\n[ \t]*)"
    r"|(?P<open>\{)|(?P<close>\})"
    r"|(?P<display_math>\$\$)|(?P<math>\$)"
    r"|(?P<parameter>#+[1-9]?)"
    r"|(?P<tie>~)|(?P<cell>&)|(?P<script>[\^_])")
# (@ is a letter in the preamble's names, \makeatletter's \@title; in the text, "Mr.\@ Smith", it is not)
TOKEN = re.compile(TOKENS.replace("{letters}", "[a-zA-Z]"), re.S)
PREAMBLE_TOKEN = re.compile(TOKENS.replace("{letters}", "[a-zA-Z@]"), re.S)
# TeX's ligatures (and T1's: ,, << >>), and babel's German shorthands where the book is set in German
LIGATURES = {"---": "—", "--": "–", "``": "“", "''": "”", "`": "‘", "'": "’", ",,": "„", "<<": "«", ">>": "»",
             "!`": "¡", "?`": "¿"}
SHORTHANDS = {'"a': "ä", '"o': "ö", '"u': "ü", '"A': "Ä", '"O': "Ö", '"U': "Ü", '"e': "ë", '"i': "ï", '"s': "ß",
              '"z': "ß", '"`': "„", "\"'": "“", '"<': "«", '">': "»", '"-': "", '""': "", '"|': "", '"~': "-",
              '"=': "-"}
LIGATURE = re.compile("|".join(map(re.escape, LIGATURES)))
LIGATURE_OR_SHORTHAND = re.compile("|".join(map(re.escape, [*SHORTHANDS, *LIGATURES])))
GERMAN_BABEL = re.compile(r"\\usepackage\s*\[[^\]]*\b(?:n?german|n?austrian|n?swissgerman)\b[^\]]*\]\s*\{babel\}")
# \begin{document} and \end{document}, unless a comment hides them
BEGIN_DOCUMENT = re.compile(r"\\begin\s*\{document\}")
END_DOCUMENT = re.compile(r"\\end\s*\{document\}")
COMMENT_SIGN = re.compile(r"(?<!\\)%")

# Control symbols: the character TeX prints, or a space, or nothing
SYMBOLS = {"&": "&", "%": "%", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}", " ": " ", "\n": " ", "\t": " ",
           ",": " ", ";": " ", ":": " ", ">": " "}
# Accents, as combining marks on the letter that follows (\t, the tie, joins two)
ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304", ".": "\u0307",
           "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "k": "\u0328", "r": "\u030a", "d": "\u0323",
           "b": "\u0331", "t": "\u0361"}
ACCENT_ALONE = {"\u0302": "^", "\u0303": "~", "\u0301": "´", "\u0300": "`", "\u0308": "¨", "\u0304": "¯"}
DOTLESS = {"ı": "i", "ȷ": "j"}
# Commands that print a character or a space
CHARACTERS = {
    "i": "ı", "j": "ȷ", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å", "AA": "Å",
    "ss": "ß", "SS": "SS", "l": "ł", "L": "Ł", "dh": "ð", "DH": "Ð", "th": "þ", "TH": "Þ", "dj": "đ", "DJ": "Đ",
    "ng": "ŋ", "NG": "Ŋ", "ij": "ĳ", "IJ": "Ĳ",
    "ldots": "…", "dots": "…", "textellipsis": "…", "textendash": "–", "textemdash": "—",
    "textquoteleft": "‘", "textquoteright": "’", "textquotedblleft": "“", "textquotedblright": "”",
    "quotesinglbase": "‚", "quotedblbase": "„", "textquotedbl": '"', "textquotesingle": "'",
    "guillemotleft": "«", "guillemotright": "»", "guillemetleft": "«", "guillemetright": "»",
    "guilsinglleft": "‹", "guilsinglright": "›", "flqq": "«", "frqq": "»", "flq": "‹", "frq": "›",
    "glqq": "„", "grqq": "“", "glq": "‚", "grq": "‘", "og": "«\u00a0", "fg": "\u00a0»",
    "textexclamdown": "¡", "textquestiondown": "¿", "S": "§", "P": "¶", "textsection": "§", "textparagraph": "¶",
    "pounds": "£", "textsterling": "£", "texteuro": "€", "euro": "€", "textdollar": "$", "textcent": "¢",
    "textyen": "¥", "textdegree": "°", "degree": "°", "copyright": "©", "textcopyright": "©",
    "textregistered": "®", "texttrademark": "™", "dag": "†", "ddag": "‡", "textdagger": "†",
    "textdaggerdbl": "‡", "textbullet": "•", "textperiodcentered": "·", "textasciitilde": "~",
    "textasciicircum": "^", "textbackslash": "\\", "textbar": "|", "textless": "<", "textgreater": ">",
    "textunderscore": "_", "textbraceleft": "{", "textbraceright": "}", "textonehalf": "½",
    "textonequarter": "¼", "textthreequarters": "¾", "textmu": "µ", "textnumero": "№", "slash": "/",
    "textasteriskcentered": "*", "textordfeminine": "ª", "textordmasculine": "º", "TeX": "TeX", "LaTeX": "LaTeX",
    "space": " ", "quad": " ", "qquad": " ", "enspace": " ", "enskip": " ", "thinspace": " ", "hfill": " ",
    "hfil": " ", "dotfill": " ", "nobreakspace": "\u00a0",
    "times": "×", "pm": "±", "cdot": "·", "circ": "°", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "neq": "≠",
    "ne": "≠", "approx": "≈", "sim": "∼", "infty": "∞", "to": "→", "rightarrow": "→", "leftarrow": "←",
    "Rightarrow": "⇒", "prime": "′", "div": "÷",
    **dict(zip("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi pi rho sigma tau upsilon "
               "phi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega".split(),
               "αβγδεζηθικλμνξπρστυφχψωΓΔΘΛΞΠΣΥΦΨΩ")),
}
# Commands left out with their first n arguments (a reference's label, a length, a colour; what follows is read)
LEFT_OUT = {
    "label": 1, "ref": 1, "pageref": 1, "eqref": 1, "autoref": 1, "cref": 1, "Cref": 1, "vref": 1, "nameref": 1,
    "index": 1, "glossary": 1, "nocite": 1, "cite": 1, "citep": 1, "citet": 1, "citealp": 1, "citealt": 1,
    "citeauthor": 1, "citeyear": 1, "parencite": 1, "textcite": 1, "autocite": 1, "footcite": 1, "fullcite": 1,
    "Cite": 1, "Textcite": 1, "Parencite": 1, "Autocite": 1, "citetitle": 1, "supercite": 1, "smartcite": 1,
    "marginpar": 1, "marginnote": 1, "todo": 1, "thanks": 1, "author": 1, "date": 1, "subtitle": 1,
    "vspace": 1, "addvspace": 1, "enlargethispage": 1, "noindent": 0, "indent": 0, "pagebreak": 0,
    "nopagebreak": 0, "linebreak": 0, "nolinebreak": 0, "maketitle": 0, "tableofcontents": 0, "listoffigures": 0,
    "listoftables": 0, "frontmatter": 0, "mainmatter": 0, "backmatter": 0, "appendix": 0, "printindex": 0,
    "printbibliography": 0, "bibliography": 1, "bibliographystyle": 1, "addcontentsline": 3, "addtocontents": 2,
    "markboth": 2, "markright": 1, "chaptermark": 1, "sectionmark": 1, "caption": 1, "captionof": 2,
    "pdfbookmark": 2, "phantomsection": 0, "setlength": 2, "addtolength": 2, "settowidth": 2, "setcounter": 2,
    "addtocounter": 2, "stepcounter": 1, "refstepcounter": 1, "newlength": 1, "newcounter": 1, "pagestyle": 1,
    "thispagestyle": 1, "pagenumbering": 1, "usepackage": 1, "RequirePackage": 1, "documentclass": 1,
    "hyphenation": 1, "selectlanguage": 1, "foreignlanguage": 1, "textlang": 1, "color": 1, "textcolor": 1,
    "colorbox": 1, "fcolorbox": 2, "definecolor": 3, "fontsize": 2, "linespread": 1, "geometry": 1,
    "newgeometry": 1, "hypersetup": 1, "includegraphics": 1, "rule": 2, "raisebox": 1, "parbox": 1,
    "scalebox": 1, "resizebox": 2, "rotatebox": 1, "makebox": 0, "framebox": 0, "hyperref": 0, "hyperlink": 1,
    "hypertarget": 1, "phantom": 1, "hphantom": 1, "vphantom": 1, "multicolumn": 2, "cline": 1, "arabic": 1,
    "roman": 1, "Roman": 1, "alph": 1, "Alph": 1, "fnsymbol": 1, "value": 1, "ding": 1, "epigraphhead": 0,
    "chapterstyle": 1, "settocdepth": 1, "setsecnumdepth": 1, "typeout": 1, "today": 0,
}
# Commands that end the paragraph (a skip between paragraphs ends the one before it, as in TeX)
PARAGRAPH_ENDS = {"par", "endgraf", "bigskip", "medskip", "smallskip", "newpage", "clearpage", "cleardoublepage"}
# Registers set by a number or a length that follows ("\looseness=-1", "\vskip 2em plus 1em")
ASSIGNED = {"vskip", "hskip", "kern", "parindent", "parskip", "baselineskip", "looseness", "tolerance",
            "emergencystretch", "hyphenpenalty", "exhyphenpenalty", "pretolerance", "linepenalty", "widowpenalty",
            "clubpenalty", "leftskip", "rightskip", "parfillskip", "hangindent", "hangafter", "penalty"}
ASSIGNMENT = re.compile(r"[ \t]*=?[ \t]*-?(?:\d+\.?\d*|\.\d+)[ \t]*(?:true)?(?:pt|em|ex|cm|mm|in|bp|pc|dd|cc|sp|mu)?"
                        r"(?:[ \t]*(?:plus|minus)[ \t]*-?[\d.]+[ \t]*(?:fil+|pt|em|ex|cm|mm|in))*")
# An option of \\ (the space under the line), not text that happens to open with a bracket
LINE_SPACE = re.compile(r"[ \t]*\[(?:[ \t]*-?[\d.]+[ \t]*[a-z]{2}[ \t]*\]|[ \t]*$)")
HEADINGS = {"part", "chapter", "section", "subsection", "subsubsection", "addpart", "addchap", "addsec", "minisec",
            "book"}
RUN_IN_HEADINGS = {"paragraph", "subparagraph"}
CHAPTERS, SECTIONS = {"chapter", "addchap"}, {"section", "addsec"}
NOTES = {"footnote", "endnote", "sidenote"}
# The shape a command or a declaration sets: italic, upright, or the other of the two (\emph, \em: None)
SHAPED = {"emph": None, "textit": True, "textsl": True, "textup": False, "textnormal": False}
SHAPES = {"em": None, "itshape": True, "it": True, "sl": True, "slshape": True, "upshape": False,
          "normalfont": False, "rm": False, "bf": False, "sf": False, "tt": False, "sc": False}
CASED = {"MakeUppercase": str.upper, "uppercase": str.upper, "MakeTextUppercase": str.upper,
         "MakeLowercase": str.lower, "lowercase": str.lower, "MakeTextLowercase": str.lower}
# csquotes' quotations: how many arguments come before the quoted text (a language)
QUOTATIONS = {"enquote": 0, "textquote": 0, "foreignquote": 1, "hyphenquote": 1, "foreigntextquote": 1,
              "hyphentextquote": 1}
BLOCK_QUOTATIONS = {"blockquote": 0, "foreignblockquote": 1, "hyphenblockquote": 1}
# csquotes sets a \blockquote this long (about three printed lines) apart; a shorter one runs in the text
BLOCK_QUOTE_CHARACTERS = 250
QUOTE_MARKS = (("“", "”"), ("‘", "’"))
INCLUDES = {"input": 1, "include": 1, "subfile": 1, "import": 2, "subimport": 2}

SET_IN_ENVIRONMENTS = {"quote", "quotation", "verse", "poem", "displayquote", "quoting", "epigraphs", "extract"}
LISTS = {"itemize": "itemize", "enumerate": "enumerate", "description": "description", "compactitem": "itemize",
         "compactenum": "enumerate", "compactdesc": "description", "asparaitem": "itemize",
         "asparaenum": "enumerate", "list": "itemize", "itemize*": "itemize", "enumerate*": "enumerate"}
LEFT_OUT_ENVIRONMENTS = {"figure", "figure*", "table", "table*", "wrapfigure", "wraptable", "sidewaysfigure",
                         "sidewaystable", "tikzpicture", "picture", "pspicture", "equation", "equation*", "align",
                         "align*", "gather", "gather*", "multline", "multline*", "eqnarray", "eqnarray*",
                         "displaymath", "thebibliography"}
# Environments inside a paragraph (the others, like center and quote, stand apart from the text around them)
INLINE_ENVIRONMENTS = {"math", "otherlanguage*", *SHAPES}
# An environment's arguments that are not text (a width, a table's columns, a language)
ENVIRONMENT_ARGUMENTS = {"minipage": 1, "tabular": 1, "tabular*": 2, "tabularx": 2, "tabulary": 2, "longtable": 1,
                         "array": 1, "multicols": 1, "multicols*": 1, "otherlanguage": 1, "otherlanguage*": 1,
                         "list": 2, "adjustwidth": 2, "adjustwidth*": 2, "changemargin": 2, "spacing": 1}
# Environments whose text may open with a bracket: no options are looked for after them
TEXT_ENVIRONMENTS = {"quote", "quotation", "verse", "center", "flushleft", "flushright"}
VERBATIM_OPTIONS = re.compile(r"^(?:\[[^\]\n]*\]|\{[^}\n]*\})*")
NOT_IN_A_TITLE = re.compile(f"[{ITALIC_OPEN}{ITALIC_CLOSE}⁰¹²³⁴⁵⁶⁷⁸⁹]")


def read_latex(data: bytes, name: str, encoding: str | None = None) -> Source:
    text = decode(data, name, encoding).replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    begin = _uncommented(BEGIN_DOCUMENT, text, 0)
    body_start = begin.end() if begin else 0
    end = _uncommented(END_DOCUMENT, text, body_start)
    german = begin is not None and GERMAN_BABEL.search(text, 0, begin.start()) is not None
    preamble = tokenize(PREAMBLE_TOKEN, text, 0, begin.start(), False) if begin else []
    body = tokenize(TOKEN, text, body_start, end.start() if end else len(text), german)
    # (a macro that calls itself would expand for ever: a book's macros expand to some times its length at most)
    reader = LatexText(name, text, expansion_limit=20 * (len(preamble) + len(body)) + 100_000)
    reader.read_preamble(preamble)
    reader.read_body(body)
    out_text, chapters, italics = reader.out.result()
    if not out_text.strip() and reader.includes:
        raise PersonaeError(f"{name}: the file holds no text of its own, only \\input or \\include of other files",
                            "read the chapter files themselves, or join the book into one file first (latexpand)")
    return Source(text=normalise_whitespace(out_text), source=name, title=reader.title, chapters=chapters,
                  italics=italics)


def _uncommented(pattern: re.Pattern, text: str, start: int) -> re.Match | None:
    """The first match that no comment on its line hides."""
    for match in pattern.finditer(text, start):
        if not COMMENT_SIGN.search(text, text.rfind("\n", 0, match.start()) + 1, match.start()):
            return match
    return None


def tokenize(pattern: re.Pattern, text: str, start: int, end: int, german: bool) -> list[tuple]:
    tokens = []
    append = tokens.append
    ligature = LIGATURE_OR_SHORTHAND if german else LIGATURE
    for match in pattern.finditer(text, start, end):
        kind = match.lastgroup
        if kind == "text":
            append((TEXT, ligature.sub(_ligature, match.group()), None))
        elif kind == "newline":
            append((TEXT, " ", None))
        elif kind == "command":
            append((COMMAND, match.group("command_name"), bool(match.group("command_space"))))
        elif kind == "open":
            append((OPEN, None, match.start()))
        elif kind == "close":
            append((CLOSE, None, None))
        elif kind == "symbol":
            append((SYMBOL, match.group("symbol_char"), None))
        elif kind == "par" or kind == "comment" and match.group("comment_par"):
            append((PAR, None, None))
        elif kind == "environment":
            append((BEGIN if match.group("edge") == "begin" else END, match.group("environment_name").strip(),
                    match.start()))
        elif kind == "tie":
            append((TEXT, "\u00a0", None))
        elif kind == "cell":
            append((TEXT, " ", None))
        elif kind == "parameter":
            append((PARAMETER, match.group(), None))
        elif kind == "display_math":
            append((DISPLAY_MATH, None, None))
        elif kind == "verbatim":
            append((VERBATIM, match.group("verbatim_text"), None))
        elif kind == "verb":
            append((TEXT, match.group("verb_text"), None))
        elif kind == "url":
            append((TEXT, match.group("url_text"), None))
    return tokens


def _ligature(match: re.Match) -> str:
    return LIGATURES.get(match.group()) or SHORTHANDS.get(match.group(), "")


class State:
    """What a TeX group sets for the text inside it, and what the group is (an environment, a brace)."""
    __slots__ = ("italic", "case", "quotes", "set_in", "items", "environment", "block", "opened_at")

    def __init__(self) -> None:
        self.italic = False
        self.case = None            # str.upper inside \MakeUppercase
        self.quotes = 0             # inside how many quotations (“outer ‘inner’”)
        self.set_in = 0
        self.items = None           # [kind, number of the last item] of the list the group is in
        self.environment = None     # the environment's name; None for a brace group
        self.block = False          # an environment that stands apart from the paragraph around it
        self.opened_at = None

    def inner(self, environment: str | None, block: bool, opened_at: int | None) -> State:
        state = State()
        state.italic, state.case, state.quotes = self.italic, self.case, self.quotes
        state.set_in, state.items = self.set_in, self.items
        state.environment, state.block, state.opened_at = environment, block, opened_at
        return state


class Macro:
    """A command or environment the book defines: its parameters ("m" read, ("o", default) optional, "s" a
    star) and the tokens it stands for (an environment's: at its begin and its end)."""

    def __init__(self, parameters: list, body: list, end: list | None = None) -> None:
        self.parameters, self.body, self.end = parameters, body, end


class LatexText:
    """Reads the tokens as TeX does, group by group, writing what the book prints into a `BlockText`."""

    def __init__(self, name: str, text: str, expansion_limit: int) -> None:
        self.name, self.text = name, text
        self.out = BlockText()
        self.stack: list[tuple] = []            # the tokens still to read, the next last
        self.groups = [State()]
        self.state = self.groups[0]
        self.captures: list[list[str]] = []     # text read into a string (a heading, a title) rather than out
        self.in_preamble = self.in_note = False
        self.macros: dict[str, Macro] = {}
        self.environments: dict[str, Macro] = {}
        self.notes: list[tuple[int, list]] = []
        self.note_count = 0
        self.last_note_mark = 0
        self.includes = 0
        self.title: str | None = None
        self.chapter_commands = CHAPTERS
        self.expanded, self.expansion_limit = 0, expansion_limit
        self.strict = True          # an argument's { never closed is an error (in the preamble, read leniently)
        self.handlers = {
            **dict.fromkeys(HEADINGS | RUN_IN_HEADINGS, self.heading), "title": self.read_title,
            **dict.fromkeys(NOTES, self.footnote), "footnotemark": self.footnote_mark,
            "footnotetext": self.footnote_text, **dict.fromkeys(SHAPED, self.shaped),
            **dict.fromkeys(SHAPES, self.shape), **dict.fromkeys(CASED, self.cased),
            **dict.fromkeys(QUOTATIONS, self.quotation),
            **dict.fromkeys(BLOCK_QUOTATIONS, self.block_quotation), "epigraph": self.epigraph, "qitem": self.epigraph,
            **{name: self.accent for name in ACCENTS if name.isalpha()}, "item": self.item,
            "newline": self.line_break, **dict.fromkeys(PARAGRAPH_ENDS, self.paragraph_end),
            "hspace": self.space, **dict.fromkeys(ASSIGNED, self.assignment), "xspace": self.xspace,
            "frac": self.fraction, **dict.fromkeys(INCLUDES, self.include),
            **dict.fromkeys(("newcommand", "renewcommand", "providecommand", "DeclareRobustCommand"), self.new_command),
            **dict.fromkeys(("def", "gdef", "edef", "xdef"), self.define), "let": self.let,
            **dict.fromkeys(("newenvironment", "renewenvironment"), self.new_environment),
            **dict.fromkeys(("NewDocumentCommand", "RenewDocumentCommand", "ProvideDocumentCommand",
                             "DeclareDocumentCommand"), self.document_command),
            **dict.fromkeys(("NewDocumentEnvironment", "RenewDocumentEnvironment"), self.document_environment),
            **dict.fromkeys(("IfBooleanTF", "IfBooleanT", "IfBooleanF", "IfNoValueTF", "IfNoValueT", "IfNoValueF",
                             "IfValueTF", "IfValueT", "IfValueF"), self.conditional),
        }
        # (a book's redefinition of a command or environment the reader knows leaves the reader's reading)
        self.known = set(self.handlers) | set(CHARACTERS) | set(LEFT_OUT)
        self.known_environments = (SET_IN_ENVIRONMENTS | set(LISTS) | LEFT_OUT_ENVIRONMENTS | INLINE_ENVIRONMENTS
                                   | set(ENVIRONMENT_ARGUMENTS) | {"document", "center", "flushleft", "flushright",
                                                                   "minipage"})

    # -- the parts of the file

    def read_preamble(self, tokens: list) -> None:
        """The preamble prints nothing: only its definitions and its title are kept."""
        self.in_preamble = True
        self.captures.append([])
        self.read(tokens, strict=False)
        self.captures.pop()
        self.in_preamble = False
        self.groups = [State()]
        self.state = self.groups[0]

    def read_body(self, tokens: list) -> None:
        defined = (token for macro in (*self.macros.values(), *self.environments.values())
                   for token in (*macro.body, *(macro.end or ())))
        if not any(kind == COMMAND and value in CHAPTERS for kind, value, _ in chain(tokens, defined)):
            self.chapter_commands = SECTIONS
        self.read(tokens)
        while len(self.groups) > 1:     # (TeX too ends a book with a group left open)
            self.close_group()
        for number, note in self.notes:
            self.out.add_note(number, [note], self.read_note)

    def read_note(self, tokens: list) -> None:
        """A note's text, read as the body is (its paragraphs run together)."""
        self.in_note = True
        self.open_group()
        self.read([*tokens, (CLOSE, None, None)])
        self.in_note = False

    def read(self, tokens: list, strict: bool = True) -> None:
        """Reads the tokens, and any pushed back before them, through to their end."""
        self.strict = strict
        self.stack.append((STOP, None, None))
        self.stack.extend(reversed(tokens))
        self.run()

    def capture(self, tokens: list) -> str:
        """What the tokens print, as a string (italics marked, paragraph ends as spaces)."""
        self.captures.append([])
        self.open_group()
        self.stack.append((STOP, None, None))
        self.stack.append((CLOSE, None, None))
        self.stack.extend(reversed(tokens))
        self.run()
        return "".join(self.captures.pop())

    # -- reading tokens

    def run(self) -> None:
        """Reads tokens up to the next STOP."""
        stack, handlers = self.stack, self.handlers
        while stack:
            kind, value, extra = stack.pop()
            if kind == TEXT:
                self.emit(value)
            elif kind == COMMAND:
                macro = self.macros.get(value)
                if macro is not None:
                    self.expand(value, macro)
                elif value in handlers:
                    handlers[value](value)
                else:
                    self.command(value, extra)
            elif kind == OPEN:
                self.open_group(opened_at=extra)
            elif kind == CLOSE:
                self.close_brace()
            elif kind == PAR:
                self.end_paragraph()
            elif kind == SYMBOL:
                self.symbol(value)
            elif kind == BEGIN:
                self.begin_environment(value, extra)
            elif kind == END:
                self.end_environment(value)
            elif kind == END_USER:
                self.close_environment(value)
            elif kind == STOP:
                return
            elif kind == VERBATIM:
                self.verbatim(value)
            elif kind == DISPLAY_MATH:
                self.skip_to(lambda token: token[0] == DISPLAY_MATH)

    def command(self, name: str, spaced: bool) -> None:
        text = CHARACTERS.get(name)
        if text is not None:
            self.emit(text)
        elif name in LEFT_OUT:
            self.leave_out(LEFT_OUT[name], spaced)
        elif not spaced:
            # (a command the reader does not know: left out, with a star or an option right after it; its
            # braced arguments follow as groups, read as text)
            self.read_star()
            self.read_adjacent_option()

    def symbol(self, char: str) -> None:
        if char in ACCENTS:
            self.accent(char)
        elif char == "\\":
            self.read_star()
            if self.stack and self.stack[-1][0] == TEXT and LINE_SPACE.match(self.stack[-1][1]):
                self.read_optional()
            # (the verse package ends a stanza with \\!)
            if self.stack and self.stack[-1][0] == TEXT and self.stack[-1][1].startswith("!"):
                self.stack[-1] = (TEXT, self.stack[-1][1][1:], None)
                self.end_paragraph()
            else:
                self.line_break()
        elif char == "[":       # display math: left out
            self.skip_to(lambda token: token[0] == SYMBOL and token[1] == "]")
        else:
            self.emit(SYMBOLS.get(char, ""))

    def emit(self, text: str) -> None:
        if self.state.case:
            text = self.state.case(text)
        if self.captures:
            self.captures[-1].append(text)
        else:
            self.out.add(text)

    def end_paragraph(self) -> None:
        if self.captures or self.in_note:
            self.emit(" ")
            return
        # (an italic stretch ends with its paragraph, and the next one opens italic)
        italic = self.state.italic
        self.out.add(ITALIC_CLOSE if italic else None)
        self.out.end_block()
        self.out.add(ITALIC_OPEN if italic else None)

    def line_break(self, name: str = "") -> None:
        if self.captures or self.in_note:
            self.emit(" ")
            return
        italic = self.state.italic
        self.out.add(ITALIC_CLOSE if italic else None)
        self.out.add(LINE_BREAK)
        self.out.add(ITALIC_OPEN if italic else None)

    def set_italic(self, italic: bool) -> None:
        if italic != self.state.italic:
            self.state.italic = italic
            # (a stretch closed as soon as it opened is none: its marks would hold the spaces after it)
            mark, undone = (ITALIC_OPEN, ITALIC_CLOSE) if italic else (ITALIC_CLOSE, ITALIC_OPEN)
            written = self.captures[-1] if self.captures else self.out.current
            if written and written[-1] == undone:
                written.pop()
            else:
                written.append(mark)

    # -- groups

    def open_group(self, environment: str | None = None, block: bool = False, opened_at: int | None = None) -> None:
        self.state = self.state.inner(environment, block, opened_at)
        self.groups.append(self.state)

    def close_group(self) -> None:
        inner, outer = self.state, self.groups[-2]
        if inner.block:
            self.end_paragraph()
        self.set_italic(outer.italic)
        self.groups.pop()
        self.state = outer
        self.out.set_in = outer.set_in

    def close_brace(self) -> None:
        """A } closes the innermost brace group (and environments left open inside it); with none open, TeX
        complains and goes on, and so does the reader."""
        for depth in range(len(self.groups) - 1, 0, -1):
            if self.groups[depth].environment is None:
                while len(self.groups) > depth:
                    self.close_group()
                return

    def open_block(self, set_in: bool = False, environment: str | None = None, opened_at: int | None = None) -> None:
        """A group that stands apart from the paragraph before it, set in or not."""
        self.end_paragraph()
        self.open_group(environment, True, opened_at)
        self.state.set_in += set_in
        self.out.set_in = self.state.set_in

    def group_of(self, tokens: list) -> None:
        """Reads the tokens next, in a group of their own (opened already: the caller sets what it holds)."""
        self.stack.append((CLOSE, None, None))
        self.stack.extend(reversed(tokens))

    # -- arguments

    def read_argument(self) -> list:
        """The next argument: a braced group's tokens, or one token (one character of a text)."""
        stack = self.stack
        while stack:
            kind, value, extra = stack[-1]
            if kind == TEXT:
                stack.pop()
                value = value.lstrip(" \t")
                if value:
                    if len(value) > 1:
                        stack.append((TEXT, value[1:], None))
                    return [(TEXT, value[0], None)]
            elif kind == OPEN:
                stack.pop()
                return self.read_group(extra)
            elif kind in (CLOSE, PAR, STOP, END):
                return []       # (an argument missing: TeX stops; the reader reads it as empty)
            else:
                return [stack.pop()]
        return []

    def read_group(self, opened_at: int | None) -> list:
        """The tokens up to the } that closes a { just read."""
        stack, tokens, depth = self.stack, [], 0
        while stack:
            token = stack.pop()
            kind = token[0]
            if kind == CLOSE:
                if not depth:
                    return tokens
                depth -= 1
            elif kind == OPEN:
                depth += 1
            elif kind == STOP:
                stack.append(token)
                break
            tokens.append(token)
        if self.strict:
            line = self.text.count("\n", 0, opened_at or 0) + 1
            where = "" if opened_at is None else f" on line {line}"
            raise PersonaeError(f"{self.name}: the {{{where} is never closed (the file may be cut short)",
                                "close the brace (TeX needs it closed too), or check that the file is whole")
        return tokens

    def read_optional(self) -> list | None:
        """An optional argument's tokens, if [...] comes next (spaces before it allowed)."""
        stack = self.stack
        if not stack or stack[-1][0] != TEXT:
            return None
        first = stack[-1][1]
        value = first.lstrip(" \t")
        if not value.startswith("["):
            return None
        stack.pop()
        if len(value) > 1:
            stack.append((TEXT, value[1:], None))
        tokens, depth = [], 0
        while stack:
            token = stack.pop()
            kind = token[0]
            if kind == TEXT and not depth and "]" in token[1]:
                inside, _, after = token[1].partition("]")
                if after:
                    stack.append((TEXT, after, None))
                tokens.append((TEXT, inside, None))
                return tokens
            depth += (kind == OPEN) - (kind == CLOSE)
            if kind in (PAR, STOP) or depth < 0:
                stack.append(token)
                break
            tokens.append(token)
        # (no ] closes it in the paragraph: a bracket of the text)
        stack.extend(reversed(tokens[1:] if len(value) > 1 else tokens))
        stack.append((TEXT, first, None))
        return None

    def read_adjacent_option(self) -> list | None:
        """An optional argument right after what came before, with no space between."""
        if self.stack and self.stack[-1][0] == TEXT and self.stack[-1][1].startswith("["):
            return self.read_optional()
        return None

    def read_star(self) -> bool:
        stack = self.stack
        if stack and stack[-1][0] == TEXT and stack[-1][1].lstrip(" \t").startswith("*"):
            rest = stack.pop()[1].lstrip(" \t")[1:]
            if rest:
                stack.append((TEXT, rest, None))
            return True
        return False

    def skip_options(self) -> None:
        while self.read_optional() is not None:
            pass

    def leave_out(self, arguments: int, spaced: bool = False) -> None:
        """Leaves out a command's star, options and first `arguments` arguments."""
        self.read_star()
        for _ in range(arguments):
            self.skip_options()
            self.read_argument()
        while (arguments or not spaced) and self.read_adjacent_option() is not None:
            pass

    def skip_to(self, found) -> None:
        stack = self.stack
        while stack:
            token = stack.pop()
            if found(token):
                return
            if token[0] == STOP:
                stack.append(token)
                return

    # -- macros

    def expand(self, name: str, macro: Macro) -> None:
        arguments = [self.read_parameter(parameter) for parameter in macro.parameters]
        body = substitute(macro.body, arguments)
        self.expanded += 1 + len(body)
        if self.expanded > self.expansion_limit:
            raise PersonaeError(f"{self.name}: the macro \\{name} expands without end",
                                "check its definition: a macro that calls itself never stops")
        self.stack.extend(reversed(body))

    def read_parameter(self, parameter) -> list:
        if parameter == "m":
            return self.read_argument()
        if parameter == "s":
            return [(VALUE, self.read_star(), None)]
        option = self.read_optional()
        if option is not None:
            return option
        return parameter[1] if parameter[1] is not None else [(VALUE, None, None)]

    def new_command(self, how: str) -> None:
        self.read_star()
        target = self.read_argument()
        count, default = self.read_optional(), self.read_optional()
        body = self.read_argument()
        if not target or target[0][0] != COMMAND:
            return
        name = target[0][1]
        if name in self.known or how == "providecommand" and name in self.macros:
            return
        self.macros[name] = Macro(_parameters(count, default), body)

    def define(self, how: str) -> None:
        """\\def\\name#1#2{...} (a \\def whose parameters are delimited by other text is read as undefined)."""
        target = self.read_argument()
        signature = []
        while self.stack and self.stack[-1][0] not in (OPEN, STOP, PAR):
            signature.append(self.stack.pop())
        body = self.read_argument()
        if len(target) != 1 or target[0][0] != COMMAND or target[0][1] in self.known:
            return
        if [value for _, value, _ in signature] == [f"#{n}" for n in range(1, len(signature) + 1)]:
            self.macros[target[0][1]] = Macro(["m"] * len(signature), body)

    def let(self, how: str) -> None:
        target = self.read_argument()
        if self.stack and self.stack[-1][0] == TEXT and self.stack[-1][1].lstrip(" \t").startswith("="):
            rest = self.stack.pop()[1].lstrip(" \t")[1:]
            if rest.strip(" \t"):
                self.stack.append((TEXT, rest, None))
        source = self.read_argument()
        if len(target) != 1 or target[0][0] != COMMAND or target[0][1] in self.known or len(source) != 1:
            return
        copied = self.macros.get(source[0][1]) if source[0][0] == COMMAND else None
        self.macros[target[0][1]] = copied or Macro([], source)

    def new_environment(self, how: str) -> None:
        self.read_star()
        name = _plain_text(self.read_argument())
        count, default = self.read_optional(), self.read_optional()
        begin, end = self.read_argument(), self.read_argument()
        if name not in self.known_environments:
            self.environments[name] = Macro(_parameters(count, default), begin, end)

    def document_command(self, how: str) -> None:
        target = self.read_argument()
        parameters = _document_parameters(self.read_argument())
        body = self.read_argument()
        if len(target) == 1 and target[0][0] == COMMAND and target[0][1] not in self.known:
            if how != "ProvideDocumentCommand" or target[0][1] not in self.macros:
                self.macros[target[0][1]] = Macro(parameters, body)

    def document_environment(self, how: str) -> None:
        name = _plain_text(self.read_argument())
        parameters = _document_parameters(self.read_argument())
        begin, end = self.read_argument(), self.read_argument()
        if name not in self.known_environments:
            self.environments[name] = Macro(parameters, begin, end)

    def conditional(self, name: str) -> None:
        """xparse's tests of a star (\\IfBooleanTF) and of an option given or not (\\IfNoValueTF)."""
        value = self.read_argument()
        branches = {letter: self.read_argument() for letter in ("TF" if name.endswith("TF") else name[-1])}
        given = value[:1] == [(VALUE, True, None)] if "Boolean" in name else value[:1] != [(VALUE, None, None)]
        if "NoValue" in name:
            given = not given
        self.stack.extend(reversed(branches.get("T" if given else "F", [])))

    # -- commands

    def heading(self, name: str) -> None:
        self.read_star()
        self.skip_options()
        title = self.capture(self.read_argument())
        if self.captures or self.in_note:
            self.emit(title + " ")
            return
        self.end_paragraph()
        if name in RUN_IN_HEADINGS:
            self.emit(title + " ")
            return
        if name in self.chapter_commands:
            self.out.mark_chapter(_title(title))
        self.emit(title)
        self.end_paragraph()

    def read_title(self, name: str) -> None:
        self.skip_options()
        title = _title(self.capture(self.read_argument()))
        self.title = self.title or title or None

    def footnote(self, name: str) -> None:
        option = self.read_optional()
        text = self.read_argument()
        if self.in_note or self.in_preamble:
            return      # (a note inside a note prints nothing of its own)
        number = self.note_number(option)
        self.emit(superscript(number))
        self.notes.append((number, text))

    def footnote_mark(self, name: str) -> None:
        option = self.read_optional()
        if not (self.in_note or self.in_preamble):
            self.last_note_mark = self.note_number(option)
            self.emit(superscript(self.last_note_mark))

    def footnote_text(self, name: str) -> None:
        option = self.read_optional()
        text = self.read_argument()
        if not (self.in_note or self.in_preamble):
            self.notes.append((_number(option) or self.last_note_mark or self.note_count, text))

    def note_number(self, option: list | None) -> int:
        """A note's number: the one given, else the next in order."""
        given = _number(option)
        if given is not None:
            return given
        self.note_count += 1
        return self.note_count

    def shaped(self, name: str) -> None:
        tokens = self.read_argument()
        self.open_group()
        self.shape(name)
        self.group_of(tokens)

    def shape(self, name: str) -> None:
        italic = SHAPED.get(name, SHAPES.get(name))
        self.set_italic(not self.state.italic if italic is None else italic)

    def cased(self, name: str) -> None:
        tokens = self.read_argument()
        self.open_group()
        self.state.case = CASED[name]
        self.group_of(tokens)

    def quotation(self, name: str, tokens: list | None = None) -> None:
        if tokens is None:
            self.read_star()
            for _ in range(QUOTATIONS[name]):
                self.read_argument()
            self.skip_options()
            tokens = self.read_argument()
            self.skip_options()
        opening, closing = QUOTE_MARKS[self.state.quotes % 2]
        self.open_group()
        self.state.quotes += 1
        self.emit(opening)
        self.group_of([*tokens, (TEXT, closing, None)])

    def block_quotation(self, name: str) -> None:
        """csquotes' \\blockquote: a long quotation set in, a short one in quotation marks in the text."""
        for _ in range(BLOCK_QUOTATIONS[name]):
            self.read_argument()
        self.skip_options()
        tokens = self.read_argument()
        self.skip_options()
        if any(kind == PAR for kind, _, _ in tokens) or \
                sum(len(value) for kind, value, _ in tokens if kind == TEXT) > BLOCK_QUOTE_CHARACTERS:
            self.open_block(set_in=True)
            self.group_of(tokens)
        else:
            self.quotation(name, tokens)

    def epigraph(self, name: str) -> None:
        """\\epigraph{text}{source}: both set in, a paragraph each."""
        text, source = self.read_argument(), self.read_argument()
        self.open_block(set_in=True)
        self.group_of([(OPEN, None, None), *text, (CLOSE, None, None), (PAR, None, None),
                       (OPEN, None, None), *source, (CLOSE, None, None)])

    def accent(self, name: str) -> None:
        argument = self.read_argument()
        mark = ACCENTS[name]
        if len(argument) == 1 and argument[0][0] == TEXT:
            base = argument[0][1]
        else:
            base = NOT_IN_A_TITLE.sub("", self.capture(argument)).strip()
        if not base:
            self.emit(ACCENT_ALONE.get(mark, ""))
            return
        letter = DOTLESS.get(base[0], base[0])
        self.emit(letter + mark + base[1:] if mark == ACCENTS["t"] else
                  unicodedata.normalize("NFC", letter + mark) + base[1:])

    def item(self, name: str) -> None:
        label = self.read_optional()
        self.end_paragraph()
        items = self.state.items
        if label is not None:
            self.stack.append((TEXT, " ", None))
            self.stack.extend(reversed(label))
        elif items is not None and items[0] == "enumerate":
            items[1] += 1
            self.emit(f"{items[1]}. ")

    def paragraph_end(self, name: str) -> None:
        self.end_paragraph()

    def space(self, name: str) -> None:
        self.leave_out(1)
        self.emit(" ")

    def assignment(self, name: str) -> None:
        """A register set by the number or length that follows: \\looseness=-1, \\vskip 2em."""
        if self.stack and self.stack[-1][0] == TEXT:
            value = self.stack[-1][1]
            found = ASSIGNMENT.match(value)
            if found and any(char.isdigit() for char in found.group()):
                self.stack[-1] = (TEXT, value[found.end():], None)
        if name == "vskip":
            self.end_paragraph()

    def xspace(self, name: str) -> None:
        """A space unless punctuation follows (as after a macro that ends a sentence's word)."""
        following = self.stack[-1] if self.stack else (STOP, None, None)
        if following[0] != TEXT or following[1][:1] not in ".,;:!?’”)]-/ \u00a0":
            self.emit(" ")

    def fraction(self, name: str) -> None:
        numerator, denominator = self.read_argument(), self.read_argument()
        self.stack.extend(reversed([*numerator, (TEXT, "/", None), *denominator]))

    def include(self, name: str) -> None:
        self.leave_out(INCLUDES[name])
        self.includes += 1

    # -- environments

    def begin_environment(self, name: str, at: int) -> None:
        user = self.environments.get(name)
        if user is not None:
            self.open_group(name, False, at)
            self.expand(name, user)
            return
        if name in LEFT_OUT_ENVIRONMENTS:
            self.skip_environment(name)
            return
        if name in INLINE_ENVIRONMENTS:
            self.open_group(name, False, at)
        else:
            self.open_block(name in SET_IN_ENVIRONMENTS, name, at)
        options = []
        while name not in TEXT_ENVIRONMENTS and (option := self.read_adjacent_option()) is not None:
            options.append(option)
        for _ in range(ENVIRONMENT_ARGUMENTS.get(name, 0)):
            self.skip_options()
            self.read_argument()
        if name in LISTS:
            start = re.search(r"start\s*=\s*(\d+)", _plain_text(token for option in options for token in option))
            self.state.items = [LISTS[name], int(start.group(1)) - 1 if start else 0]
        elif name in SHAPES:
            self.shape(name)

    def end_environment(self, name: str) -> None:
        user = self.environments.get(name)
        if user is not None and any(state.environment == name for state in self.groups):
            self.stack.append((END_USER, name, None))
            self.stack.extend(reversed(user.end))
        else:
            self.close_environment(name)

    def close_environment(self, name: str) -> None:
        """Closes the environment (and groups left open inside it); an \\end with no \\begin is left out."""
        for depth in range(len(self.groups) - 1, 0, -1):
            if self.groups[depth].environment == name:
                while len(self.groups) > depth:
                    self.close_group()
                return

    def skip_environment(self, name: str) -> None:
        depth = 0
        stack = self.stack
        while stack:
            kind, value, _ = token = stack.pop()
            if kind == BEGIN and value == name:
                depth += 1
            elif kind == END and value == name:
                if not depth:
                    return
                depth -= 1
            elif kind == STOP:
                stack.append(token)
                return

    def verbatim(self, text: str) -> None:
        """Verbatim text: its lines as they are, a paragraph where a blank line parts them."""
        self.end_paragraph()
        for line in VERBATIM_OPTIONS.sub("", text, count=1).strip("\n").split("\n"):
            if line.strip():
                self.emit(line)
                self.line_break()
            else:
                self.end_paragraph()
        self.end_paragraph()


def substitute(body: list, arguments: list[list]) -> list:
    """A macro's tokens with its arguments in place of #1, #2 ... (## becomes # for a definition inside it)."""
    if not arguments:
        return body
    tokens = []
    for token in body:
        if token[0] == PARAMETER:
            value = token[1]
            if len(value) == 2 and value[0] == "#" and value[1].isdigit():
                index = int(value[1]) - 1
                tokens.extend(arguments[index] if index < len(arguments) else ())
                continue
            if value.startswith("##"):
                token = (PARAMETER, value[1:], None)
        tokens.append(token)
    return tokens


def _parameters(count: list | None, default: list | None) -> list:
    """\\newcommand's parameters: [n] read, the first optional where a [default] is given."""
    parameters: list = ["m"] * (_number(count) or 0)
    if default is not None and parameters:
        parameters[0] = ("o", default)
    return parameters


def _document_parameters(tokens: list) -> list:
    """An xparse argument specification ("s o m", "O{default} m") as a macro's parameters."""
    parameters: list = []
    default_next = False
    depth, default = 0, []
    for token in tokens:
        kind, value, _ = token
        if depth:
            depth += (kind == OPEN) - (kind == CLOSE)
            if depth:
                default.append(token)
            elif default_next:
                parameters.append(("o", default))
                default_next = False
        elif kind == OPEN:
            depth, default = 1, []
        elif kind == TEXT:
            for char in value:
                if char in "ms":
                    parameters.append(char)
                elif char == "o":
                    parameters.append(("o", None))
                default_next = default_next or char == "O"
    return parameters


def _plain_text(tokens) -> str:
    return "".join(value for kind, value, _ in tokens if kind == TEXT).strip()


def _number(tokens: list | None) -> int | None:
    text = _plain_text(tokens) if tokens else ""
    return int(text) if text.isdigit() else None


def _title(text: str) -> str:
    """A heading or title as plain text: its words, without italics' marks and note references."""
    return " ".join(NOT_IN_A_TITLE.sub("", text).split())
