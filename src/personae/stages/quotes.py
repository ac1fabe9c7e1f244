"""Quotations: find every quoted stretch of text and tell what kind it is.

Marks: curly and straight double quotes and guillemets, paired within a
paragraph; British single quotes (‘…’ or '…'), told apart from apostrophes
(don’t, the boys’, ’tis) by what stands on either side of the mark; and
dialogue paragraphs that open with a dash (—, – or --), or a dash after a colon
(He said: — Come up!), which run to the paragraph end or to a speech tag (",
he said", "! said Kitty", ", said her father"; a full stop before a capital
ends a sentence of the speech, not the speech). After the tag, a dash opening
a sentence opens the next part of the same speech (— Right, said her father.
— And you go.), and so do sentences without a dash in the present, the future
or the imperative after a tag in the past (…, he said. A man who … is worth
looking at.), where narration would keep the past. A dash that opens a line
inside a paragraph is no dialogue. In dash dialogue, a paragraph opening with a
thought and its tag ("Two of them, he thought.") is a thought quotation.

Without marks, a written thing the narration just before names is a quotation
too: a paragraph in capitals (a telegram, a notice; not a heading) and a
paragraph read out after narration ending in a colon ("… the letter … It said:").

An opening mark left unclosed at a paragraph end continues into the next
paragraph when that one opens with the same mark (the convention for long
speech and letters); otherwise it is no quotation. Long speech that has run on
into a later paragraph and is still open where the text stops (an excerpt, a
chapter cut short) is a quotation to the end.

A quotation interrupted by a speech tag (“Of course,” she said, “we leave at
once.”) stays two quote records; the speakers stage gives both parts the same
speaker. So is one whose tag stands inside its marks, set off by dashes, as
Russian prints it («We leave at dawn, — said Asel, — pack the bread.»). A
conversation set the French way opens with « at its first turn, opens each
later turn with a dash at a paragraph's start and closes with » only after the
last: each turn is a quotation, and a tag inside one set off by commas alone
(« You are early, said Armand. The tide has not turned.) interrupts it. A
speech tag has a speech verb (said, asked), or, after a quote ending in a
comma, any verb with a person as subject (…,” glowed Carol). A tag before
a quote that ends in a colon reaches it across a paragraph break (My uncle …
said to me: / “Well, …”).

A transcript (an interview, a hearing) gives each turn as a paragraph opening
with its speaker's label and a colon, without marks ("DOLAANA MONGUSH: We
moved in the autumn.", "Interviewer: And your father?"): where MIN_TURNS such
paragraphs or more follow one another, two speakers or more taking turns, each
turn after its label is a quotation, spoken by the one the label names.

Kinds: `thought` when a thinking verb tags it (I thought: “…”, …, she wondered),
`written` when it is shaped as a letter (see `letter_parts`: it ends in a
valediction, "Your affectionate aunt, / Augusta Bexley.", or opens with a
salutation, "My dear Eleanor,—" or "Dear Sir,", on a line of its own or under
a heading of place and date, "Brook Street, Wednesday night.") or a writing
verb or a written thing (a letter, a headline) introduces it, or, untagged and
opening its paragraph, it follows a sentence whose subject is a written thing
("His first letter, dated the ninth of June, lies in the box still."),
`mention` for a short scare-quote or a word in quotes inside a sentence (the word “liberal”: a
few words, no sentence punctuation, not at a sentence start, no speech verb
tags it), else `speech`.

A novel may set a character's unspoken thought in italics without marks (She has decided already, he
thought.): where the source's format records italics (Markdown, HTML, EPUB, TEI), an italic stretch outside
the quotations that reads as a sentence of its own (a capital to open it, a sentence's end or a tag's comma
to close it, a finite verb, not a title's capitals) is a quotation, a thought unless a tag says otherwise;
one that is a whole paragraph before the narration starts is an epigraph or a dedication, no thought.

Paragraphs are blocks between blank lines; a text without any blank line (one
paragraph, or one sentence, per line) has its lines as paragraphs.
"""
from __future__ import annotations

import bisect
import re
from itertools import islice
from dataclasses import dataclass
from functools import lru_cache

from personae.lang.en import (alternation, elisions, honorifics, name_parts, speech_verb_forms, speech_verbs,
                              time_words, written_nouns)
from personae.model import BLANK_LINE, Document, Quote, paragraph_spans
from personae.stages import stage

# (a low mark closes high: „…“ as German and Czech set it, „…” as Polish, Romanian and Hungarian do;
# Finnish and Swedish open with the closing mark, ”…”)
PAIRS = {"“": "”", "«": "»", '"': '"', "„": "“”", "”": "”"}
OPENERS = re.compile(r"[“«\"„]")
# ” where a quotation opens: at a line start or after a space or an opening bracket or dash, before a word
RIGHT_MARK_OPENING = re.compile(r"(?:^|(?<=[\s(\[—–-]))”(?=[^\s”.,;:!?])", re.MULTILINE)
RIGHT_MARK_OPENERS = re.compile(rf"[“«\"„]|{RIGHT_MARK_OPENING.pattern}", re.MULTILINE)
# Openings of ” a text needs, with hardly a “ (a fifth as many), to be set the Finnish way.
MIN_RIGHT_MARK_OPENINGS = 3
SINGLE_MARKS = re.compile(r"[‘’']")
# The dashes of dash dialogue (em, horizontal bar, en), and two hyphens typed for one.
DASHES = "—―–"
DASH = rf"(?:[{DASHES}]|--)"
DASH_LINE = re.compile(rf"(?:^[ \t]*|:[ \t]*)({DASH})(?=[ \t]*\S)", re.MULTILINE)
# Dash-line speeches that make a text's dialogue dash dialogue, where a dash after narration may open
# speech too.
MIN_DASH_LINES = 3
COLON_DASH = re.compile(rf":[ \t]*(?:[{DASHES}]|--?)$")     # a colon and a dash that lead into a quote
OPENING_PUNCT = "([{—–-“\"«"
SENTENCE_END = ".!?…"
EMPTY_QUOTE = re.compile(rf"[\s“”«»\"„‘’'{DASHES}-]+")
# Longest mention or scare-quote, in words.
MENTION_MAX_WORDS = 4
# Characters looked back over for the word before a quote.
LOOK_BEHIND = 200
# Words of a speech tag looked at on either side of a quotation.
TAG_WINDOW_AFTER = 8
TAG_WINDOW_BEFORE = 14
# Words after a comma-ended quote within which a tag's verb stands (…,” Mrs. Bennet observed).
COMMA_TAG_WINDOW = 5


# A recording's time at a line's start: "[00:14:32]", "(01:02:03.5)", "00:14:32"
CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
TIMESTAMP = rf"(?:\[{CLOCK}\]|\({CLOCK}\)|\d{{1,2}}:\d{{2}}:\d{{2}})"
TIMED_LINE = re.compile(r"\n[ \t]*" + TIMESTAMP + r"[ \t]+\S")


def paragraph_bounds(text: str) -> list[int]:
    """Start offsets of the paragraphs (see the module docstring); a transcript's timed turn is a paragraph of its
    own, though its lines follow one another with no blank line ("[00:14:32] INTERVIEWER: And your mother?")."""
    if BLANK_LINE.search(text):
        blank = [m.end() for m in BLANK_LINE.finditer(text)]
        timed = [m.start() + 1 for m in TIMED_LINE.finditer(text)]
        return [0] + (sorted(set(blank + timed)) if timed else blank)
    return [0] + [m.end() for m in re.finditer(r"\n", text)]


def paragraph_of(bounds: list[int], offset: int) -> int:
    """Index of the paragraph holding offset, given the paragraph starts after the first."""
    return bisect.bisect_right(bounds, offset)


def double_quote_spans(text: str, breaks: list[int]) -> list[tuple[int, int]]:
    """“…”, "…", «…», „…“, ”…”: (start, end) with the marks, across paragraphs only where each
    reopens."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    openers = RIGHT_MARK_OPENERS if right_mark_opens(text) else OPENERS
    while True:
        match = openers.search(text, i)
        if not match:
            return spans
        start, mark = match.start(), match.group()
        closers = PAIRS[mark]
        j = start + 1
        while True:
            end = min((at for close in closers if (at := text.find(close, j)) != -1), default=-1)
            k = bisect.bisect_right(breaks, j)
            para = breaks[k] if k < len(breaks) else -1
            if end != -1 and (para == -1 or end < para):
                spans.append((start, end + 1))
                i = end + 1
                break
            if para == -1:
                if j > start + 1:                   # long speech still open where the text stops
                    spans.append((start, len(text.rstrip())))
                i = n
                break
            nxt = para
            while nxt < n and text[nxt] in " \t\n":
                nxt += 1
            if nxt < n and text[nxt] == mark:   # speech running on into the next paragraph
                j = nxt + 1
                continue
            if mark == "«" and nxt < n and text[nxt] in DASHES:
                turns = exchange_turns(text, breaks, start, nxt)
                spans.extend(turns)
                i = turns[-1][1]
                break
            i = para                            # an unclosed mark: not a quotation
            break


def exchange_turns(text: str, breaks: list[int], start: int, dash: int) -> list[tuple[int, int]]:
    """The turns of a conversation set the French way: « opens its first turn, each later turn is a
    paragraph opening with a dash, and » closes only the last (« You are early. / — I could not
    sleep. / — Nor could I. »). `dash` opens the second turn."""
    turns = [(start, len(text[:dash].rstrip()))]
    while True:
        k = bisect.bisect_right(breaks, dash)
        end = breaks[k] if k < len(breaks) else len(text)
        close = text.find("»", dash, end)
        if close != -1:
            return turns + [(dash, close + 1)]
        turns.append((dash, len(text[:end].rstrip())))
        if end == len(text) or text[end] not in DASHES:
            return turns                    # an exchange its writer never closed
        dash = end


def right_mark_opens(text: str) -> bool:
    """Is the text set the Finnish and Swedish way, ” opening its quotations as well as closing them?"""
    openings = len(list(islice(RIGHT_MARK_OPENING.finditer(text), MIN_RIGHT_MARK_OPENINGS)))
    return openings >= MIN_RIGHT_MARK_OPENINGS and text.count("“") * 5 < text.count("”")


def single_mark_role(text: str, i: int) -> str | None:
    """What a single-quote mark at i can be: 'open', 'close', 'either' (a spaced-out mark) or None."""
    mark = text[i]
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    if prev.isalnum() and nxt.isalnum():
        return None                                   # don't, o'clock
    word = re.match(r"[^\W\d_]+", text[i + 1:i + 12])
    if word and word.group().lower() in elisions() and not prev.isalnum():
        return None                                   # ’tis, 'em, tokenised 's
    before = re.search(r"(?<![^\W\d_])[^\W\d_]+$", text[max(0, i - 12):i])
    if before and before.group().lower() in name_parts()["elided_titles"] \
            and re.match(r" [^\W\d_a-z]", text[i + 1:i + 3]):
        return None                                   # a style elided before a name: Zi’ Pawl
    opening_side = prev.isspace() or prev in OPENING_PUNCT
    if mark == "‘":
        return "open" if not prev.isalnum() else None
    if opening_side and nxt.isspace():
        # a mark standing alone (tokenised text); a right mark only closes (the Ladies ’ Team)
        return "close" if mark == "’" else "either"
    if opening_side and mark != "’":
        return "open"
    if opening_side and mark == "’" and (nxt.isalnum() or nxt in "‘“\""):
        return None                                   # a right mark opening a word: an elision
    if prev.isspace():
        return None
    if prev == "s" and re.match(r"\s+[a-z]", text[i + 1:i + 3]):
        return None                                   # the boys’ dinner
    return "close"


def single_quote_spans(text: str, breaks: list[int], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """‘…’ and '…' outside the double-quoted spans, paired paragraph by paragraph."""
    inside = outside_quotes(taken)
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    open_para = -1
    for match in SINGLE_MARKS.finditer(text):
        i = match.start()
        if not inside(i):
            continue
        role = single_mark_role(text, i)
        if role is None:
            continue
        para = paragraph_of(breaks, i)
        if open_at is not None and para != open_para:
            if role in ("open", "either") and first_in_paragraph(text, breaks, i):
                open_para = para                      # the quotation runs on into this paragraph
                continue
            open_at = None
        if open_at is None:
            if role in ("open", "either"):
                open_at, open_para = i, para
        elif role in ("close", "either") and text[open_at + 1:i].strip():
            spans.append((open_at, i + 1))
            open_at = None
    return spans


def first_in_paragraph(text: str, breaks: list[int], i: int) -> bool:
    k = paragraph_of(breaks, i)
    start = breaks[k - 1] if k else 0
    return not text[start:i].strip()


def dash_spans(text: str, breaks: list[int], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Dialogue lines opening with a dash: to the paragraph end, or to the speech tag; a dash that
    opens a sentence after the tag opens the next part of the same speech (— Right, Kitty, said
    her father. — And you will go tomorrow.)."""
    inside = outside_quotes(taken)
    spans: set[tuple[int, int]] = set()
    closing = closing_dash_tag().search(text) is not None
    asides = dashed_aside_tag().search(text) is not None
    for match in DASH_LINE.finditer(text):
        start: int | None = match.start(1)
        if not inside(start) or not (match.group().startswith(":") or first_in_paragraph(text, breaks, start)):
            continue                # a dash opening a line inside a paragraph goes on a sentence
        k = bisect.bisect_right(breaks, start)
        end = breaks[k] if k < len(breaks) else len(text)
        if closing:
            spans.update(toggled_spans(text, start, end))
            continue
        if asides:
            spans.update(aside_spans(text, start, end))
            continue
        spans.update(dash_speech(text, start, end))
    if not closing and not asides and len(spans) >= MIN_DASH_LINES:
        # in dash dialogue, a speech may open after narration in its paragraph: "Molly patted the
        # child's back. — Joe's right, she said." (with its tag, or it is a dash of the narration)
        for match in RESUMED_DASH.finditer(text):
            start = match.start(1)
            if not inside(start) or any(a <= start < b for a, b in spans):
                continue
            k = bisect.bisect_right(breaks, start)
            end = breaks[k] if k < len(breaks) else len(text)
            if speech_tag_in(text[start:end].rstrip()) is not None:
                spans.update(dash_speech(text, start, end))
        # and a thought is set off by its tag alone: "Two of them, he thought." opening a paragraph
        for match in UNMARKED_THOUGHT.finditer(text):
            start = match.start("thought")
            if inside(start) and first_in_paragraph(text, breaks, start) \
                    and not any(a <= start < b for a, b in spans):
                spans.add((start, match.end("thought")))
    return sorted(spans)


def dash_speech(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a dash line's speech from `start` to the paragraph's `end`: to the tag, and again
    from a dash opening a sentence after it."""
    spans = []
    while start is not None:
        body = text[start:end].rstrip()
        tag = speech_tag_in(body)
        if tag is None:
            spans.append((start, start + len(body)))
            break
        spans.append((start, start + tag))
        resumed = RESUMED_DASH.search(text, start + tag, end)
        start = resumed.start(1) if resumed else None
    return spans


def toggled_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A dialogue line of a text that closes speech with a dash (— Sit down, — said Vlček. — You
    know why.): each dash after a comma or a sentence end turns speech into narration or back; a
    tag without a dash of its own (…, said her father.) ends a part of speech as well. Spaced dashes
    may set a tag off with no comma before it (— We leave at dawn — said my mother —, as our
    grandmothers did.): a dash after a word closes the speech where a tag follows it, and closes the
    narration where a comma or a full stop does."""
    out, speech, at = [], True, start
    last = len(text[:end].rstrip())
    while True:
        cuts = [cut for cut in (DASH_TOGGLE.search(text, at + 1, end),
                                (spaced_tag_dash() if speech else DASH_BEFORE_STOP).search(text, at + 1, end)) if cut]
        cut = min(cuts, key=lambda c: c.start()) if cuts else None
        stop = cut.start() if cut else last
        if speech:
            tag = speech_tag_in(text[at:stop])
            out.append((at, at + tag if tag is not None else stop))
            speech = tag is not None    # after an undashed tag, the next dash resumes the speech
        else:
            speech = True
        if cut is None:
            return out
        at = cut.start(1)


def aside_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A dialogue line of a text that sets the narrator's words off with dashes inside the speech, as
    Spanish does (—Take it away —said my mother—. No, leave it.): a dash with a space before it and
    none after opens narration, one with none before it closes it, and the speech goes on after it;
    narration never closed runs to the paragraph's end (—Where? —she asked, and looked round.). A tag
    without dashes ends the speech as well (—To us, said Jaume. —And who is us?), as translators who
    keep the dashes but write the English tag do (in the past tense, for a present one is too often
    speech: "—Julián, the boy says you are to come."), and a dash opening a sentence after it resumes it."""
    out, at = [], start
    last = len(text[:end].rstrip())
    while at is not None:
        opened = ASIDE_OPEN.search(text, at + 1, last)
        tag = speech_tag_in(text[at:opened.start() if opened else last], past=True)
        if tag is not None:
            out.append((at, at + tag))
            resumed = RESUMED_DASH.search(text, at + tag, last)
            at = resumed.start(1) if resumed else None
            continue
        if opened is None:
            out.append((at, last))
            break
        out.append((at, opened.start()))
        closed = ASIDE_CLOSE.search(text, opened.end(), last)
        resumed = SPEECH_GOES_ON.search(text, closed.end(), last) if closed else None
        at = resumed.start() if resumed else None
    return out


# Dashes that set narration off inside a speech: " —said my mother" opens it, "mother—." closes it.
ASIDE_OPEN = re.compile(rf"(?<=\S)[ \t]+[{DASHES}](?=[^\s{DASHES}])")
ASIDE_CLOSE = re.compile(rf"(?<=[^\s{DASHES}])[{DASHES}](?=[\s.,;:!?…]|$)")
SPEECH_GOES_ON = re.compile(rf"[^\s.,;:{DASHES}]")

# Who a dash line's tag names: a pronoun, a name, or a noun phrase (said the Colonel, said her father);
# only a short word takes a full stop (Mr., Dr., an initial): "—It is his arm, Pilar. It says…" is no tag.
NAME_WORD = r"(?:[A-Z][\w’'-]{0,2}\.|[A-Z][\w’'-]*)"
TAG_SUBJECT = (rf"(?:he|she|I|they|we|{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}}"
               r"|(?:the|a|an|his|her|their|my|our|your)\s+\w+(?:-\w+)*(?:\s+\w+(?:-\w+)*)?)")
# What ends the speech before its tag: a comma, ! or ? (— No novels! said Kitty), or a full stop
# before a lower-case tag; a full stop before a capital is a sentence of the speech (— Yesterday.
# In the shrubbery. I told him…).
TAG_LEAD = rf"(?:[,!?…]|\.(?=\s+(?:[{DASHES}]\s+)?[a-z]))(?:\s+{DASH}(?=\s))?"
# A dash after a comma or a sentence end, in a text that closes speech with a dash.
DASH_TOGGLE = re.compile(rf"(?<=[.!?…,])[ \t]+({DASH})[ \t]+(?=\S)")
# A spaced dash after a tag's last word that a comma or full stop follows: the speech goes on after it.
DASH_BEFORE_STOP = re.compile(rf"(?<=\w)[ \t]+({DASH})(?=[,.;])")
# A dash opening a sentence after a dash line's tag: the speech goes on.
RESUMED_DASH = re.compile(rf"[.!?…][ \t]+({DASH})(?=[ \t]*\S)")
# In dash dialogue, a paragraph opening with a thought and its tag: "He'll not stop now, she thought."
UNMARKED_THOUGHT = re.compile(rf"(?m)^[ \t]*(?P<thought>[^\s{DASHES}\-][^\n.!?{DASHES}]{{1,200}}?,)"
                              rf"[ \t]+{TAG_SUBJECT}[ \t]+(?:thought|wondered)\b")


# What opens the clause of a saying reported, right after its verb: "he said he would", "she said that".
REPORTED_SUBJECT = r"(?:that\s+)?(?:he|she|they|we|I|it|you|there)\b"


def tag_words(past: bool = False) -> str:
    """A speech tag's words after what ends the speech: "he said", "said the Colonel"; a verb before
    its subject is never in its bare form ("…, thank God." is no tag). `past`: only past forms ("—You
    are a Red, I suppose." has none)."""
    verbs = speech_verb_forms()
    if past:
        verbs = {form: lemma for form, lemma in verbs.items() if form != lemma and not form.endswith("s")}
    inflected = alternation(form for form, lemma in verbs.items() if form != lemma)
    # (not a saying reported inside the speech: "Oh God, Mother, he said he would sleep on the site.")
    return (rf"(?:{TAG_SUBJECT}\s+(?:{alternation(verbs)})\b(?!\s+{REPORTED_SUBJECT})"
            rf"|(?:{inflected})\s+{TAG_SUBJECT}\b)")


@lru_cache(maxsize=1)
def closing_dash_tag() -> re.Pattern:
    """", — said Vlček", "dawn — said my mother": a text that closes speech with a dash before its tag."""
    return re.compile(rf"(?:[,!?…]|(?<=\w))[ \t]+{DASH}[ \t]+{tag_words()}")


@lru_cache(maxsize=1)
def spaced_tag_dash() -> re.Pattern:
    """"dawn — said my mother": a spaced dash after a word, before a tag."""
    return re.compile(rf"(?<=\w)[ \t]+({DASH})[ \t]+(?={tag_words()})")


@lru_cache(maxsize=1)
def dashed_aside_tag() -> re.Pattern:
    """"Take it away —said my mother—.": a text that sets its tags off with dashes inside the speech."""
    return re.compile(rf"\S[ \t]+[{DASHES}]{tag_words()}")


@lru_cache(maxsize=2)
def speech_tag_pattern(past: bool = False) -> re.Pattern:
    return re.compile(rf"{TAG_LEAD}\s+{tag_words(past)}")


def speech_tag_in(body: str, past: bool = False) -> int | None:
    """Offset of the punctuation that ends a dash-line's speech before its tag (", he said")."""
    match = speech_tag_pattern(past).search(body, 2)
    return match.start() + 1 if match else None


@lru_cache(maxsize=1)
def inner_tag() -> re.Pattern:
    """A tag set off by dashes inside the marks, as Russian prints it: «We leave at dawn, — said Asel, — pack
    the bread.» (from the dash after the speech's comma to the dash that resumes it)."""
    return re.compile(rf"(?<=[,!?…])[ \t]+{DASH}[ \t]+(?={tag_words()})[^«»“”„\"\n{DASHES}]{{1,120}}?"
                      rf"[,.:][ \t]+{DASH}[ \t]+(?=\S)")


@lru_cache(maxsize=1)
def incise() -> re.Pattern:
    """A tag inside guillemets or a dash turn set off by commas alone, as French prints it: « You are early,
    said Armand. The tide has not turned. », « Will he come? he asked at last. » (from the space after the
    speech's comma to where the speech resumes, or to the end of the turn)."""
    return re.compile(rf"(?<=[,!?…])[ \t]+(?={tag_words()})[^«»“”„\"\n{DASHES}]{{1,80}}?"
                      rf"(?:[,.;:][ \t]+(?=\S)|[.!?]?[ \t]*(?=»|$))", re.MULTILINE)


def interrupted(text: str, span: tuple[int, int], french: bool) -> list[tuple[int, int]]:
    """The parts of a quotation a tag inside its marks interrupts (see `inner_tag`, and `incise` in a text
    that sets its conversations the French way): [span] where none does."""
    start, end = span
    parts = []
    for match in inner_tag().finditer(text, start + 1, end - 1):
        parts.append((start, match.start()))
        start = match.end()
    if french and text[span[0]] in "«" + DASHES:
        for match in incise().finditer(text, start + 1, end):
            parts.append((start, match.start()))
            start = match.end()
    if EMPTY_QUOTE.fullmatch(text, start, end):
        return parts                        # the tag ran to the end of the turn
    return parts + [(start, end)]


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation, marks included, in text order."""
    blank = [m.end() for m in BLANK_LINE.finditer(text)]   # quotation marks pair across single newlines
    double = double_quote_spans(text, blank)
    single = single_quote_spans(text, blank, double)
    french = any(text[start] in DASHES for start, _ in double)     # (a turn of an exchange)
    taken = sorted([part for span in double for part in interrupted(text, span, french)] + single)
    dashes = dash_spans(text, paragraph_bounds(text)[1:], taken)
    turns = transcript_turns(text)
    labelled = [(label[0], turn[1]) for label, turn in turns]
    blocks = block_quote_spans(text, taken + dashes + labelled)
    written = unmarked_written_spans(text, taken + dashes + labelled + blocks)
    spans = taken + dashes + written + blocks + [turn for _, turn in turns]
    return sorted(span for span in spans if EMPTY_QUOTE.sub("", text[span[0]:span[1]]))


# A paragraph opening with a speaker's label and a colon: a name, in capitals or not, or a role ("Interviewer"),
# after the time a transcription program stamps a turn with ("[00:14:32] SEVERINA: No, no.")
TURN_LABEL = re.compile(r"[ \t]*(?:" + TIMESTAMP + r"[ \t]+)?"
                        r"(?P<label>[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|[a-z]{1,4}(?=[ \t]+[A-Z]))){0,3})"
                        r":[ \t]+(?=\S)")
MIN_TURNS = 3


def transcript_turns(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(label, turn) spans of each turn of the text's transcripts: runs of MIN_TURNS paragraphs or more
    in a row that open with a label, two speakers or more, one of them speaking twice."""
    bounds = paragraph_bounds(text) + [len(text)]
    runs: list[list[tuple[tuple[int, int], tuple[int, int]]]] = [[]]
    for start, end in zip(bounds, bounds[1:]):
        paragraph = text[start:end]
        if not paragraph.strip():
            continue
        match = TURN_LABEL.match(paragraph)
        if match is None:
            runs.append([])
            continue
        runs[-1].append(((start + match.start("label"), start + match.end("label")),
                         (start + match.end(), start + len(paragraph.rstrip()))))
    out = []
    for run in runs:
        labels = [text[a:b].upper() for (a, b), _ in run]
        if len(run) >= MIN_TURNS and len(set(labels)) >= 2 and len(set(labels)) < len(labels):
            out.extend(run)
    return out


# A line set in by two spaces or a tab: with all the lines of its paragraph so, a block quotation, as oral histories
# and memoirs print a witness's words after the narration brings them in ("His sister remembered it this way:")
BLOCK_LINE = re.compile(r"(?: {2,}|\t)\S")
# More of a text's paragraphs set in than this share is a text that sets in every paragraph
MAX_BLOCK_SHARE = 0.5


@lru_cache(maxsize=1)
def set_in_paragraphs(text: str) -> dict[int, int]:
    """Start -> end of the bodies of the paragraphs set in, all their lines, in a text of blank-line paragraphs
    most of which are not, that open with no mark of their own (a set-in “…” is a quotation already)."""
    if not BLANK_LINE.search(text):
        return {}       # (a text without blank lines may mark its paragraphs by setting them in)
    bounds = paragraph_bounds(text) + [len(text)]
    paragraphs = [(start, end) for start, end in zip(bounds, bounds[1:]) if text[start:end].strip()]
    blocks = [(start, end) for start, end in paragraphs
              if all(BLOCK_LINE.match(line) for line in text[start:end].rstrip().split("\n") if line.strip())]
    if len(blocks) > MAX_BLOCK_SHARE * len(paragraphs):
        return {}
    bodies = {}
    for start, end in blocks:
        body = text[start:end].strip()
        at = start + len(text[start:end]) - len(text[start:end].lstrip())
        if body[0] not in OPENING_PUNCT + "‘'":
            bodies[at] = at + len(body)
    return bodies


def block_quote_spans(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the block quotations (`set_in_paragraphs`) outside the marked quotations."""
    outside = outside_quotes(taken)
    return [(start, end) for start, end in set_in_paragraphs(text).items() if outside(start)]


def opens_block(text: str, start: int) -> bool:
    """Does a quotation open a paragraph set in (a block quotation)?"""
    return start in set_in_paragraphs(text)


# A paragraph in capitals, as a telegram is printed ("NED ALIVE NOT WOUNDED … MOLLY"): no heading
TELEGRAM = re.compile(r"(?m)^[ \t]*(?P<wire>[A-Z][A-Z0-9 ,.'’:;!?-]*[A-Z0-9.!?])[ \t]*$")
MIN_TELEGRAM_WORDS = 6
# A paragraph after one that ends in a colon, opening with neither a quotation mark nor a dash.
# (the paragraph's every line: a letter's close and its signature under it)
READ_OUT = re.compile(rf":[ \t]*\n[ \t]*\n[ \t]*(?P<body>[^\s“\"‘'«{DASHES}\-(][^\n]*(?:\n(?![ \t]*\n)[^\n]*)*[^\s])")
WRITTEN_REACH = 300     # characters before it in which the narration names the written thing


def unmarked_written_spans(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Written things given as they read without quotation marks, outside the quotations, where the
    narration just before names one ("The telegram came …", "… took the letter … It said:"): a
    paragraph in capitals of MIN_TELEGRAM_WORDS words or more (a telegram or a notice, not a heading),
    and a paragraph after narration that ends in a colon."""
    inside = outside_quotes(taken)
    nouns = written_nouns()
    out = []
    for match in TELEGRAM.finditer(text):
        start, end = match.span("wire")
        before = re.findall(r"[a-z]+", text[max(0, start - WRITTEN_REACH):start].lower())
        if inside(start) and len(match["wire"].split()) >= MIN_TELEGRAM_WORDS and nouns.intersection(before):
            out.append((start, end))
    for match in READ_OUT.finditer(text):
        start, end = match.span("body")
        before = re.findall(r"[a-z]+", text[max(0, match.start() - WRITTEN_REACH):match.start()].lower())
        if inside(start) and (start, end) not in out and nouns.intersection(before):
            out.append((start, end))
    return sorted(out)


class QuoteIndex:
    """The quotations by offset: which one holds a point of the text, and where it runs."""

    def __init__(self, quotes: list[Quote]):
        self.spans = sorted((q.start, q.end) for q in quotes)
        self.starts = [start for start, _ in self.spans]

    def at(self, offset: int) -> int | None:
        """The index (into `spans`) of the quotation holding `offset`, None in the narration."""
        k = bisect.bisect_right(self.starts, offset) - 1
        return k if k >= 0 and offset < self.spans[k][1] else None


def outside_quotes(spans: list[tuple[int, int]]):
    """A predicate: is a character offset outside every quotation?"""
    spans = sorted(spans)
    starts = [s for s, _ in spans]

    def test(offset: int) -> bool:
        k = bisect.bisect_right(starts, offset) - 1
        return k < 0 or offset >= spans[k][1]
    return test


@dataclass
class Tag:
    """The verb that tags a quotation, and whether it stands before or after it."""
    verb: object           # a spaCy Token
    side: str              # "before" | "after"
    kind: str              # speech | thought | written


def token_window(parse, start: int, end: int):
    """The parse's tokens wholly inside [start, end)."""
    span = parse.char_span(start, end, alignment_mode="contract")
    return list(span) if span is not None else []


def find_tag(doc: Document, quote: Quote, prev_end: int, next_start: int) -> Tag | None:
    """The speech verb tagging a quote: just after it (…,” said Petrov) or just before it (Petrov said, “…)."""
    forms = speech_verbs()
    inner = quote.text.rstrip("”»\"’' \n")
    follows = doc.text[quote.end:next_start].lstrip()
    ended = inner.endswith(".") and not follows[:1].islower()    # “… Miss.” said the waggoner
    after = token_window(doc.parse, quote.end, next_start) if not ended else []
    if not inner.endswith(",") and introduces_next(doc.text[quote.end:next_start]):
        after = []                      # “Oh!” / Miss Bartlett said, with restraint: “How do you do?”
    # narration that both follows a tagged quote and leads into the next is the next one's tag: "Tom said,
    # “Good morning,” and Maria said, “Good morning to you.”"
    leads_next = doc.text[quote.end:next_start].rstrip()[-1:] in (",", ":")
    before = tag_before(doc, quote, prev_end) if leads_next else None
    if before is not None:
        return before
    for i, token in enumerate(after[:TAG_WINDOW_AFTER]):
        if (token.text in SENTENCE_END or token.text == ":") and i > 0 or "\n\n" in token.text_with_ws:
            break
        if is_speech_verb(token):
            return Tag(token, "after", forms[speech_lemma(token)])
    if inner.endswith(","):
        verb = comma_tag_verb(after[:COMMA_TAG_WINDOW])
        if verb is not None:
            return Tag(verb, "after", "speech")
    return before if leads_next else tag_before(doc, quote, prev_end)


def tag_before(doc: Document, quote: Quote, prev_end: int) -> Tag | None:
    """The speech verb of a tag just before a quote (Petrov said, “…), in the narration since prev_end."""
    forms = speech_verbs()
    lead = COLON_DASH.sub(":", doc.text[prev_end:quote.start].rstrip())    # "said sternly:—"
    if lead and lead[-1] in ".:" and opens_block(doc.text, quote.start):
        # a block quotation's: the verb heading the sentence that brings it in ("Her brother, who was fourteen, put
        # it more shortly when the historian asked him." / the block), not one in a clause of it
        # (or of a main clause joined to it: "But she let the line stand, and … Chaltu read it twice and said:"; not
        # a verb in a clause of it: "The account is Ayantu's, as Hawi later wrote it down:")
        last = token_window(doc.parse, prev_end, prev_end + len(lead))
        main = [t for t in last[-1].sent if is_speech_verb(t) and main_clause(t)] if last else []
        return Tag(main[-1], "before", forms[speech_lemma(main[-1])]) if main else None
    if not lead or not (lead[-1] in ",:;—-" or lead[-1].isalnum()):
        return None
    # a colon leads into the quote even across a paragraph break ("and said to me:" / “Well, …”)
    before = token_window(doc.parse, prev_end, prev_end + len(lead) if lead[-1] == ":" else quote.start)
    for token in reversed(before[-TAG_WINDOW_BEFORE:]):
        if token.text in SENTENCE_END or "\n\n" in token.text_with_ws:
            break
        if is_speech_verb(token) and not words_given(token, lead[-1] == ":", quote.start):
            said = what_was_said(token)
            if said is not None:        # (the quote is the thing, and it is said by the verb it is object of)
                return Tag(said, "before", forms[speech_lemma(said)]) if is_speech_verb(said) else None
            return Tag(token, "before", forms[speech_lemma(token)])
    return None


def main_clause(verb) -> bool:
    """Is the verb its sentence's root, or joined to it by conjunctions only?"""
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.head.i == verb.i


def what_was_said(verb):
    """Of a speech verb in a relative clause whose object is a thing named before it, the verb of that thing, else
    None: "she said only one thing, which her son later repeated …:" is tagged by her "said", not by his
    "repeated" (but "a man who said:" is the man's)."""
    if verb.dep_ == "relcl" and any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in verb.children) \
            and verb.head.dep_ == "dobj":
        return verb.head.head
    return None


def words_given(verb, colon: bool, quote_start: int) -> bool:
    """A speech verb whose words the narration gives itself, before the quote, no tag of the quote after it: "when
    I had said my prayers in Breton", "without thinking" (not "said these words:", nor "told the archive", "called
    the baby", whose object is the one spoken to)."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "without" or not colon and verb.lemma_ == "say" and any(
        c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.idx < quote_start for c in verb.children)


def introduces_next(narration: str) -> bool:
    """Narration of one sentence that ends in a colon: it leads into the next quote."""
    body = COLON_DASH.sub(":", narration.strip())
    return body.endswith(":") and not re.search(r"[.!?…]", body)


def comma_tag_verb(tokens):
    """The verb of a tag of any verb after a quote ending in a comma, which must go on into its
    tag (…,” glowed Carol; …,” Pink observed with a sigh): a verb with a name or a pronoun of persons beside it."""
    words = [t for t in tokens if not t.is_space]
    for i, token in enumerate(words):
        if token.is_punct:
            return None
        if token.pos_ != "VERB":
            continue
        near = words[max(0, i - 2):i] + words[i + 1:i + 3]
        if any(t.pos_ == "PROPN" or t.lower_ in ("he", "she", "i", "they", "we") for t in near):
            return token
        return None
    return None


def speech_lemma(token) -> str | None:
    """The speech verb a token is, by its lemma: one the parser tagged a verb, or a past form it took for
    a noun and yet gave a subject ("“He is a man,” Mercè thought": a name it did not know), or made a name
    just before it a compound of (“Five dollars and my daughter,” Louis thought)."""
    if token.tag_.startswith("VB"):
        lemma = token.lemma_.lower()
        return lemma if lemma in speech_verbs() else None
    lemma = speech_verb_forms().get(token.lower_)
    if lemma is not None and lemma != token.lower_ and any(
            c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == token.i - 1
            for c in token.children):
        return lemma
    return None


def is_speech_verb(token) -> bool:
    return speech_lemma(token) is not None


def is_mention(text: str, quote: Quote) -> bool:
    """A short quoted word or phrase inside a sentence: the word “liberal”."""
    # (without its marks: a part after a tag has none of its own, "« Saadet, he said, where are you? »")
    inner = quote.text.strip(QUOTE_OPENERS + QUOTE_CLOSERS + DASHES + " \n")
    if not inner or len(inner.split()) > MENTION_MAX_WORDS:
        return False
    if any(c in inner for c in SENTENCE_END + ",;:"):
        return False
    before = text[max(0, quote.start - LOOK_BEHIND):quote.start]    # not the whole text before
    if "\n" in before[len(before.rstrip()):]:
        return False        # a line's first words (“— Alive, said Biddy.” after a telegram's last word)
    before = before.rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] in ",;")


# A quotation mark that is no apostrophe (’ and ' may be either).
QUOTE_MARK = re.compile(r"[“”\"«»„‘]")

# A quoted letter, told from speech by its shape, whether or not a writing word introduces it: a
# heading of place and date on a line of its own (Brook Street, Wednesday night.), a salutation
# (My dear Eleanor,— / Dear Sir, / Madam,) and a valediction with its signature (Your affectionate
# aunt, / Augusta Bexley.). Each paragraph of a long letter may reopen with a mark.
QUOTE_OPENERS = "‘“\"'«„"
QUOTE_CLOSERS = "’”\"'»“"
# Marks a quotation may open or close with in any of the styles read here, dashes and ”…” too (for what stands
# inside one: a name called at its start)
OPENING_MARKS = QUOTE_OPENERS + "”»‹—–―"
CLOSING_MARKS = QUOTE_CLOSERS + "«›—–―"
SALUTATION = re.compile(
    r"(?:(?i:my\s+)?(?i:dear(?:est)?|beloved|honou?red|respected)\s+(?P<name>[^\W\d_][\w’'.-]*(?:[ \t]+[^\W\d_][\w’'.-]*){0,3}?)"
    rf"|(?i:sir|madam|madame|gentlemen|ladies))[ \t]*[,:!][ \t]*{DASH}?")
LOVING = ("affectionate|loving|devoted|obedient|humble|faithful|sincere|dutiful|attached|grateful|"
          "true|obliged|fond|dear|own")
SINCERELY = ("ever|very|most|truly|sincerely|faithfully|affectionately|respectfully|lovingly|gratefully|"
             "cordially|obediently|always")
# "Your son, Levon.", "Your elder brother, Guoxian.", "Your servant, Gopal.": a kinship word (or a
# servant's, a friend's) signs a letter without a loving word before it
KIN_SIGNING = ("son|daughter|brother|sister|father|mother|husband|wife|cousin|nephew|niece|uncle|aunt|grandson|"
               "granddaughter|friend|servant")
KIN_SIGNING_AGE = "elder|younger|eldest|youngest|little|big|only|old"
# "Your brother who embraces you, Anselmo.": a closing as Spanish and Portuguese letters sign them
WHO_LOVES_YOU = (r"\s+who\s+(?:loves|embraces|kisses|blesses|misses|remembers|prays\s+for|thinks\s+of)\s+you"
                 r"(?:\s+(?:always|dearly|tenderly|so\s+much))?")
VALEDICTION = re.compile(
    rf"(?P<lead>^[{QUOTE_OPENERS}]?|\n[ \t]*[{QUOTE_OPENERS}]?|[.!?,;][ \t]+)[ \t]*"
    rf"(?P<close>(?i:(?:(?:{SINCERELY})\s+)*yours(?:\s+(?:{SINCERELY}))*"
    rf"|your\s+(?:(?:ever|very|most|truly)\s+)*(?:{LOVING})(?:\s+(?:and\s+)?(?:{LOVING}))*"
    rf"|your\s+(?:(?:{KIN_SIGNING_AGE})\s+)?(?:{KIN_SIGNING})(?:{WHO_LOVES_YOU})?|your(?=[ \t]+(?-i:[A-Z])))"
    rf"(?:\s+[a-z]+){{0,2}})"
    rf"(?:[ \t]*[,.]?\s*[{QUOTE_OPENERS}]?[ \t]*"
    rf"(?P<name>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){{0,3}}))?[ \t]*[.!]?[{QUOTE_CLOSERS}\s]*$")
# A heading's longest line, in words; the characters at the end of a quote looked at for a valediction.
HEADING_MAX_WORDS = 8
VALEDICTION_REACH = 200


@dataclass
class Letter:
    """Where, in a letter's quote text, the name it greets and its signature stand (start, end),
    and its valediction (Your affectionate aunt), where the letter has them."""
    greeted: tuple[int, int] | None
    signature: tuple[int, int] | None
    valediction: tuple[int, int] | None
    # a signature trusted only as the name of someone the text knows ("Your Palli."; not "Your Majesty.")
    known_only: bool = False


def letter_parts(text: str) -> Letter | None:
    """The parts of a quotation shaped as a letter, or None: it is one when it ends in a
    valediction, or opens with a salutation that stands on a line of its own or under a heading."""
    at = len(text) - len(text.lstrip(QUOTE_OPENERS + " \t\n"))
    heading = HEADING_LINE.match(text, at)
    if not (heading and is_heading(heading.group("line"))):
        # (or a heading run on into the salutation: ‘Kampala, 3rd March 1958. Respected Ma, dear Savita, …)
        heading = INLINE_HEADING.match(text, at)
        if not (heading and is_heading(heading.group("line")) and SALUTATION.match(text, heading.end())):
            heading = None
    if heading:
        at = heading.end()
    greeting = SALUTATION.match(text, at)
    ending = VALEDICTION.search(text, max(0, len(text) - VALEDICTION_REACH))
    if ending and not valediction_ok(ending):
        ending = None
    own_line = greeting is not None and text[greeting.end():greeting.end() + 1] in ("\n", "")
    if ending is None and not (greeting and (heading or own_line)):
        return telegram(text)
    greeted = greeting.span("name") if greeting and greeting.group("name") else None
    if greeted and text[slice(*greeted)].lower() in honorifics():
        greeted = None                                  # Dear Sir, / My dear Madam: nobody by name
    signature = name_only(text, ending.span("name")) if ending and ending.group("name") else None
    bare = ending is not None and ending.group("close").lower() == "your"
    return Letter(greeted, signature, ending.span("close") if ending and not bare else None, known_only=bare)


# A quotation in capitals of at least this many words is a telegram (or a sign, a headline).
TELEGRAM_MIN_WORDS = 4
# (an apostrophe only within a word: the closing single quote after a signature is no letter of it)
CAPITAL_WORD = re.compile(r"[^\W\d_](?:[\w-]|[’'](?=\w))*")


def telegram(text: str) -> Letter | None:
    """A telegram is written in capitals and signed with its last word, a title after the name aside,
    or its initials (ARRIVING MONDAY EVENING TRAIN STOP KISSES JUREK; … LETTER FOLLOWS SEIDEL
    OBERLEUTNANT.; … KEEP WARM. T. P.)."""
    words = list(CAPITAL_WORD.finditer(text))
    if len(words) < TELEGRAM_MIN_WORDS or text != text.upper():
        return None
    titles = honorifics()
    k = len(words) - 1          # a title after the name is passed over, not one that stands alone: … STUDY. FATHER.
    while k > 0 and words[k].group().lower() in titles and "." not in text[words[k - 1].end():words[k].start()]:
        k -= 1
    first = k
    while first > 0 and len(words[first].group()) == 1 and len(words[first - 1].group()) == 1:
        first -= 1                                     # initials: T. P.
    return Letter(None, (words[first].start(), words[k].end()), None)


# A written quote's last sentence that is only a name, with an office or an address after a comma at
# most: the note's signature ("… on medical grounds. E. Hughes, M.B.", "… The house is sealed. Levchenko.").
CLOSING_NAME = re.compile(rf"[.!?][{QUOTE_CLOSERS}]?[ \t]+(?P<name>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){{0,3}})"
                          rf"(?:,[ \t]+(?:[^.!?\n]|\.(?=\S)){{1,40}})?[.!]?[{QUOTE_CLOSERS}\s]*$")


# A note signed with an initial alone, after its last sentence: "… Kiss Ketewa. K."
SIGNED_INITIAL = re.compile(r"(?<![A-Z])[.!?][ \t]+([A-Z])\.[’”\"»']*\s*$")


def closing_name(text: str) -> tuple[int, int] | None:
    """Where a closing name stands in a written quote's text, or None; a full stop after a title or an
    initial ends no sentence (… Attending: Dr. Fujii.)."""
    titles, at = honorifics(), 0
    while found := CLOSING_NAME.search(text, at):
        before = text[:found.start()].split()
        word = before[-1].lower() if before else ""
        if word not in titles and not (len(word) == 1 and word.isalpha()):
            return name_only(text, found.span("name"))
        at = found.start() + 1
    return None


def name_only(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A signature without the marks and the full stop after it (an initial keeps its own: A. B.)."""
    start, end = span
    while end > start and text[end - 1] in QUOTE_CLOSERS:
        end -= 1
    last = text[start:end].split()[-1]
    if last.endswith(".") and len(last) > 2:
        end -= 1
    return start, end


HEADING_LINE = re.compile(rf"[ \t]*(?P<line>[^\n]{{3,80}})\n\s*[{QUOTE_OPENERS}]?[ \t]*")
INLINE_HEADING = re.compile(r"[ \t]*(?P<line>[^\n.!?]{3,80}\.)[ \t]+")
DATE_NUMBER = re.compile(r"\b1\d{3}\b|\b\d{1,2}(?:st|nd|rd|th)\b")     # 1847, the 3rd


def letter_furniture(text: str) -> list[tuple[int, int]]:
    """(start, end) of the paragraphs of a letter the narration is that only greet or sign it ("Dearest
    Jadzia," / "Your loving sister, / Werka"): the one greeted and the one signing are no one the story
    around them speaks of there."""
    spans = []
    for paragraph in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        lines = paragraph[0].strip()
        if len(lines) > VALEDICTION_REACH:
            continue
        ending = VALEDICTION.match(lines)
        if SALUTATION.fullmatch(lines) or ending and ending.end() == len(lines) and valediction_ok(ending):
            spans.append(paragraph.span())
    return spans


def is_heading(line: str) -> bool:
    """A letter's heading: a short line of place and date (Brook Street, Wednesday night.)."""
    words = line.split()
    if len(words) > HEADING_MAX_WORDS or re.search(r"[?!;:]|[.!?]\s+[A-Z]", line):
        return False
    times = time_words()
    dates = set(times["weekdays"]) | set(times["months"]) | set(times["parts_of_day"])
    return any(w.strip(".,") in dates for w in words) or bool(DATE_NUMBER.search(line))


# Verbs that make "Your mother …" a sentence, not a valediction.
FINITE_AFTER_SIGNING = frozenset({"is", "was", "has", "had", "will", "would", "can", "could", "must", "does", "did",
                                  "says", "said", "wants", "knows", "thinks"})
# Words that make an object of what follows the kin word: a sentence, no signature ("Your father built it")
OBJECTS_AFTER_SIGNING = frozenset({"it", "him", "her", "them", "me", "us", "you", "this", "that"})


def valediction_ok(ending: re.Match) -> bool:
    """A valediction, not speech that happens to end in "yours": a bare "Yours" must open a line
    and be signed; after a comma or a sentence inside a line, it must say more (Yours truly)."""
    close = re.sub(WHO_LOVES_YOU, "", ending.group("close")).split()
    lead = ending.group("lead").strip(QUOTE_OPENERS + " \t\n")
    if len(close) == 1 and close[0].lower() == "yours":
        return not lead and ending.group("name") is not None
    if len(close) == 1 and close[0].lower() == "your":    # "… Your Palli.": a sentence of its own
        return lead in ("", ".", "!", "?") and ending.group("name") is not None
    # (not a sentence about the one named: “Lower your voice. Your mother is sleeping.”, “There is a room here.
    # Your father built it.”)
    return not (FINITE_AFTER_SIGNING | OBJECTS_AFTER_SIGNING) & {word.lower() for word in close[2:]}


def written_context(doc: Document, quote: Quote, prev_end: int) -> bool:
    """A written thing named just before the quote (“the letter ran: “…”"), or in the paragraph a colon
    leads into it from ("My mother had received a letter. … It was from Aunt Elena, in the small
    slanting hand the nuns had taught her: «…»")."""
    before = [t for t in token_window(doc.parse, max(prev_end, quote.start - 120), quote.start) if not t.is_space][-8:]
    if not before or before[-1].text not in ":,":
        return False
    if before[-1].text == ":":
        lead = doc.text.rfind("\n", max(prev_end, quote.start - LEAD_REACH), before[-1].idx) + 1
        before = token_window(doc.parse, max(prev_end, quote.start - LEAD_REACH, lead), quote.start)
    nouns = written_nouns()
    return any(t.lemma_.lower() in nouns and t.pos_ == "NOUN" for t in before)


# How far back a colon's paragraph is read for the written thing it leads into.
LEAD_REACH = 600


def written_tag(verb, quote: Quote) -> bool:
    """A speech verb whose subject is a written thing ("The report said: …", "It said:" of the letter
    handed over) or that speaks "in writing" ("informed him in writing: …"); not a noun of the quote the parser
    took for the subject (“Your book, Diego,” said the finquero)."""
    nouns = written_nouns()
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and (child.lemma_.lower() in nouns or child.lower_ == "it") \
                and not quote.start <= child.idx < quote.end:
            return True
        if child.dep_ == "prep" and child.lower_ == "in" and any(g.lower_ == "writing" for g in child.children):
            return True
    return False


def quote_kind(doc: Document, quote: Quote, tag: Tag | None, prev_end: int) -> str:
    if is_mention(doc.text, quote):
        return "mention"
    if letter_parts(quote.text) is not None or SIGNED_INITIAL.search(quote.text):
        return "written"
    if tag is not None:
        return "written" if tag.kind == "speech" and written_tag(tag.verb, quote) else tag.kind
    if written_context(doc, quote, prev_end) or about_a_letter(doc, quote, prev_end):
        return "written"
    return "speech"


def about_a_letter(doc: Document, quote: Quote, prev_end: int) -> bool:
    """An untagged quote opening its paragraph after narration whose last sentence is about a written
    thing, its subject ("His first letter, dated the ninth of June, lies in the family's box still." / «…»;
    "One, dated 15 May 1940, was written two days after the riots."): the thing itself, read out."""
    start = doc.text.rfind("\n", 0, quote.start) + 1
    if doc.text[start:quote.start].strip() or start <= prev_end:
        return False
    before = [t for t in token_window(doc.parse, max(prev_end, start - LEAD_REACH), start) if not t.is_space]
    if not before or before[-1].text not in (".", ":"):
        return False
    nouns, sentence = written_nouns(), before[-1].sent
    if sentence.start_char < prev_end:      # (a sentence of narration alone, about the thing: its root's subject)
        return False
    root = sentence.root
    if root.lemma_ == "write" and any(c.dep_ == "auxpass" for c in root.children):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in nouns and c.pos_ == "NOUN"
               for c in root.children)


def neighbours(quotes: list[Quote], n_chars: int) -> list[tuple[int, int]]:
    """For each quote, the end of the quote before it and the start of the one after it; a quote
    inside another (‘…thing: “Fogs early.” He never…,’ said Tom) is passed over by the outer one's
    neighbours, so that the tag after the outer quote is found."""
    starts = [q.start for q in quotes]
    out, reach = [], 0
    for k, q in enumerate(quotes):
        prev_end = reach
        if reach > q.start:         # inside an earlier quote: the nearest one that ended before it
            prev_end = next((p.end for p in reversed(quotes[:k]) if p.end <= q.start), 0)
        after = bisect.bisect_left(starts, q.end, k + 1)
        out.append((prev_end, starts[after] if after < len(quotes) else n_chars))
        reach = max(reach, q.end)
    return out


# A sentence end inside a paragraph, followed by the next sentence.
NEXT_SENTENCE = re.compile(r"[.!?…][’”\"']?[ \t]+(?=[^\W\d_“‘\"'])")
# Part-of-speech tags of a main verb in the present or the future (is, go, will).
PRESENT_TAGS = ("VBZ", "VBP", "MD")


def speech_after_tags(doc: Document, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Speech that goes on without a dash of its own after a dash line's tag (— Then he had better
    come tomorrow, he said. A man who offers … is worth looking at.): the sentences after the tag's
    own, up to the next quotation or the paragraph end, as long as they are not narration. Narration
    keeps the tense of a past-tense tag (…, he said. He turned away.); speech after it is in the
    present, the future or the imperative. After a tag in the present (…, he says.) nothing goes on."""
    text, found = doc.text, []
    bounds = paragraph_bounds(text)[1:]
    starts = [s for s, _ in spans]
    for start, end in spans:
        if text[start] not in "—―-":
            continue
        k = bisect.bisect_right(bounds, start)
        limit = bounds[k] if k < len(bounds) else len(text)
        j = bisect.bisect_right(starts, start)
        limit = min(limit, starts[j] if j < len(starts) else limit)
        tag = speech_tag_pattern().match(text, end - 1, limit)
        if tag is None or not past_tense_tag(doc, end, tag.end()):
            continue
        cut = NEXT_SENTENCE.search(text, tag.end(), limit)
        first = cut.end() if cut else limit
        at, last = first, None
        while at < limit and text[at] not in "—―-":
            nxt = NEXT_SENTENCE.search(text, at, limit)
            stop = nxt.start() + len(nxt.group().rstrip()) if nxt else len(text[:limit].rstrip())
            if not spoken_sentence(doc, at, stop):
                break
            last = stop
            at = nxt.end() if nxt else limit
        if last is not None:
            found.append((first, last))
    return found


def past_tense_tag(doc: Document, start: int, end: int) -> bool:
    """Whether the speech verb of a tag between start and end is in the past (said, not says)."""
    return any(is_speech_verb(t) and t.tag_ in ("VBD", "VBN") for t in token_window(doc.parse, start, end + 1))


def spoken_sentence(doc: Document, start: int, end: int) -> bool:
    """A sentence whose main verb is in the present or the future, or an imperative (no subject)."""
    tokens = token_window(doc.parse, start, end)
    roots = [t for t in tokens if (t.head.i == t.i or not start <= t.head.idx < end) and t.pos_ in ("VERB", "AUX")]
    if not roots:
        return False
    root = roots[0]
    auxiliaries = [t for t in root.children if t.dep_ in ("aux", "auxpass")]
    tense = auxiliaries[0].tag_ if auxiliaries else root.tag_
    if tense in PRESENT_TAGS:
        return True
    return tense == "VB" and not any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in root.children)


def goes_on_after_tag(doc: Document, before: Quote, tag: Tag | None, quote: Quote) -> bool:
    """Is the quote the next part of a written or thought one whose tag after it is all that stands
    between them in the paragraph (“…,” Ševčík read. “…”)?"""
    between = doc.text[before.end:quote.start]
    if tag is None or tag.side != "after" or before.kind not in ("written", "thought") or "\n" in between \
            or len(re.findall(r"[.!?…]", between)) > 1 or not before.end <= tag.verb.idx < quote.start:
        return False
    # (not where the tag goes on to another doing: “Ilyaz Nigmatulin,” he read slowly, and laughed again.
    # “That is not me.” is his own)
    return not any(t.pos_ == "VERB" and t.i != tag.verb.i for t in token_window(doc.parse, before.end, quote.start))


# Finite verbs (and a modal) that make an italic stretch a sentence
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
# Share of an italic stretch's longer words in capitals above which it is a title ("The Secret History")
TITLE_CAPITALS = 0.6
ITALIC_CLOSE = re.compile(rf"[{SENTENCE_END}][”’\"')]*$")
# Characters between the two parts of an italic thought a tag interrupts (" I thought, ")
TAG_REACH = 40


def italic_thoughts(doc: Document, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the italic stretches (`Document.italics`) that read as sentences of their own, outside
    the quotations and the front matter (module docstring)."""
    if not doc.italics:
        return []
    outside = outside_quotes(taken)
    text, paragraphs = doc.text, paragraph_spans(doc.text)
    italic = set(doc.italics)
    # (the narration starts at the first paragraph not all in italics that holds a sentence's end)
    narration = next((start for start, end in paragraphs if (start, end) not in italic
                      and re.search(rf"[{SENTENCE_END}]", text[start:end])), len(text))
    out: list[tuple[int, int]] = []
    for start, end in doc.italics:
        body = text[start:end]
        after = text[end:end + 1]
        # (its second part after the tag may open in lower case: *He knows,* I thought, *and he will not say.*)
        goes_on = bool(out) and "\n" not in text[out[-1][1]:start] and start - out[-1][1] <= TAG_REACH
        if not (body[:1].isupper() or goes_on and body[:1].islower()) or not outside(start) \
                or any(s < end and start < e for s, e in taken):
            continue
        if not (ITALIC_CLOSE.search(body) or body.endswith(",") or after and after in SENTENCE_END + ","):
            continue
        if start < narration and (start, end) in paragraphs:
            continue
        long_words = [w for w in re.findall(r"[^\W\d_]+", body) if len(w) > 3]
        if len(long_words) > 1 and sum(w[0].isupper() for w in long_words) > TITLE_CAPITALS * len(long_words):
            continue
        tokens = token_window(doc.parse, start, end)
        if len([t for t in tokens if t.is_alpha]) < 2 or not any(t.tag_ in FINITE_TAGS for t in tokens):
            continue
        out.append((start, end))
    return out


@stage("quotes", assigns=("quotes",))
def find_quotes(doc: Document) -> Document:
    spans = quote_spans(doc.text)
    going_on = speech_after_tags(doc, spans)
    thoughts = italic_thoughts(doc, spans + going_on)
    spans = sorted(spans + going_on + thoughts)
    quotes = [Quote(id=f"Q{i}", start=s, end=e, text=doc.text[s:e]) for i, (s, e) in enumerate(spans, 1)]
    going_on, thoughts = set(going_on), set(thoughts)
    turns = {turn for _, turn in transcript_turns(doc.text)}
    previous_tag: Tag | None = None
    for k, (quote, (prev_end, next_start)) in enumerate(zip(quotes, neighbours(quotes, len(doc.text)))):
        if (quote.start, quote.end) in turns:
            previous_tag = None         # (a transcript's turn is speech, its label its tag)
            continue
        tag = find_tag(doc, quote, prev_end, next_start)
        quote.kind = quote_kind(doc, quote, tag, prev_end)
        if quote.kind == "thought" and opens_block(doc.text, quote.start):
            quote.kind = "speech"       # a witness's words set in, brought in by "she remembered it this way:"
        if (quote.start, quote.end) in thoughts and tag is None and quote.kind == "speech":
            quote.kind = "thought"
        if (quote.start, quote.end) in going_on and k and quotes[k - 1].kind == "thought":
            quote.kind = "thought"      # — She has decided it, Karin thought. She has decided the day.
        elif k and quote.kind == "speech" and tag is None \
                and goes_on_after_tag(doc, quotes[k - 1], previous_tag, quote):
            quote.kind = quotes[k - 1].kind     # „Lacko, Vincent,“ Ševčík read. „Horse dealer. Two horses.“
        previous_tag = tag
    doc.quotes = quotes
    return doc
