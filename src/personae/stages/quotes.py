"""Quotations: find every quoted stretch of text and tell what kind it is.

Marks: curly and straight double quotes and guillemets, paired within a
paragraph; British single quotes (‘…’ or '…'), told apart from apostrophes
(don’t, the boys’, ’tis) by what stands on either side of the mark; and
dialogue lines that open with a dash (— or --), or a dash after a colon (He
said: — Come up!), which run to the paragraph end or to the speech tag (", he
said"). An opening mark left unclosed at a
paragraph end continues into the next paragraph when that one opens with the
same mark (the convention for long speech); otherwise it is no quotation. Long
speech that has run on into a later paragraph and is still open where the text
stops (an excerpt, a chapter cut short) is a quotation to the end.

A quotation interrupted by a speech tag (“Of course,” she said, “we leave at
once.”) stays two quote records; the speakers stage gives both parts the same
speaker. A speech tag has a speech verb (said, asked), or, after a quote ending
in a comma, any verb with a person as subject (…,” glowed Carol). A tag before
a quote that ends in a colon reaches it across a paragraph break (My uncle …
said to me: / “Well, …”).

Kinds: `thought` when a thinking verb tags it (I thought: “…”, …, she wondered),
`written` when a writing verb or a written thing (a letter, a headline)
introduces it, `mention` for a short scare-quote or a word in quotes inside a
sentence (the word “liberal”: a few words, no sentence punctuation, not at a
sentence start, no speech verb tags it), else `speech`.

Paragraphs are blocks between blank lines; a text without any blank line (one
paragraph, or one sentence, per line) has its lines as paragraphs.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from personae.lang.en import elisions, speech_verb_forms, speech_verbs, written_nouns
from personae.model import Document, Quote
from personae.stages import stage

PAIRS = {"“": "”", "«": "»", '"': '"', "„": "“"}
OPENERS = re.compile(r"[“«\"„]")
SINGLE_MARKS = re.compile(r"[‘’']")
DASH_LINE = re.compile(r"(?:^[ \t]*|:[ \t]*)(—|―|--)(?=[ \t]*\S)", re.MULTILINE)
BLANK_LINE = re.compile(r"\n[ \t]*\n")
COLON_DASH = re.compile(r":[ \t]*(?:—|―|--?)$")     # a colon and a dash that lead into a quote
OPENING_PUNCT = "([{—–-“\"«"
SENTENCE_END = ".!?…"
EMPTY_QUOTE = re.compile(r"[\s“”«»\"„‘’'—―-]+")
# Longest mention or scare-quote, in words.
MENTION_MAX_WORDS = 4
# Characters looked back over for the word before a quote.
LOOK_BEHIND = 200
# Words of a speech tag looked at on either side of a quotation.
TAG_WINDOW_AFTER = 8
TAG_WINDOW_BEFORE = 14
# Words after a comma-ended quote within which a tag's verb stands (…,” Mrs. Bennet observed).
COMMA_TAG_WINDOW = 5


def paragraph_bounds(text: str) -> list[int]:
    """Start offsets of the paragraphs (see the module docstring)."""
    if BLANK_LINE.search(text):
        return [0] + [m.end() for m in BLANK_LINE.finditer(text)]
    return [0] + [m.end() for m in re.finditer(r"\n", text)]


def paragraph_of(bounds: list[int], offset: int) -> int:
    """Index of the paragraph holding offset, given the paragraph starts after the first."""
    return bisect.bisect_right(bounds, offset)


def double_quote_spans(text: str, breaks: list[int]) -> list[tuple[int, int]]:
    """“…”, "…", «…»: (start, end) with the marks, across paragraphs only where each reopens."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while True:
        match = OPENERS.search(text, i)
        if not match:
            return spans
        start, mark = match.start(), match.group()
        close = PAIRS[mark]
        j = start + 1
        while True:
            end = text.find(close, j)
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
            i = para                            # an unclosed mark: not a quotation
            break


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
    """Dialogue lines opening with a dash: to the paragraph end, or to the speech tag."""
    inside = outside_quotes(taken)
    spans = []
    for match in DASH_LINE.finditer(text):
        start = match.start(1)
        if not inside(start):
            continue
        k = bisect.bisect_right(breaks, start)
        end = breaks[k] if k < len(breaks) else len(text)
        body = text[start:end].rstrip()
        tag = speech_tag_in(body)
        spans.append((start, start + (tag if tag is not None else len(body))))
    return spans


TAG_SUBJECT = r"(?:he|she|I|they|we|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}|the\s+\w+(?:\s+\w+)?)"


@lru_cache(maxsize=1)
def speech_tag_pattern() -> re.Pattern:
    forms = "|".join(sorted((re.escape(f) for f in speech_verb_forms()), key=len, reverse=True))
    return re.compile(rf"[,.!?]\s+(?:{TAG_SUBJECT}\s+(?:{forms})\b|(?:{forms})\s+{TAG_SUBJECT}\b)")


def speech_tag_in(body: str) -> int | None:
    """Offset of the punctuation that ends a dash-line's speech before its tag (", he said")."""
    match = speech_tag_pattern().search(body, 2)
    return match.start() + 1 if match else None


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation, marks included, in text order."""
    blank = [m.end() for m in BLANK_LINE.finditer(text)]   # quotation marks pair across single newlines
    double = double_quote_spans(text, blank)
    single = single_quote_spans(text, blank, double)
    taken = sorted(double + single)
    dashes = dash_spans(text, paragraph_bounds(text)[1:], taken)
    return sorted(span for span in taken + dashes if EMPTY_QUOTE.sub("", text[span[0]:span[1]]))


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
    for i, token in enumerate(after[:TAG_WINDOW_AFTER]):
        if (token.text in SENTENCE_END or token.text == ":") and i > 0 or "\n\n" in token.text_with_ws:
            break
        if is_speech_verb(token):
            return Tag(token, "after", forms[token.lemma_.lower()])
    if inner.endswith(","):
        verb = comma_tag_verb(after[:COMMA_TAG_WINDOW])
        if verb is not None:
            return Tag(verb, "after", "speech")
    lead = COLON_DASH.sub(":", doc.text[prev_end:quote.start].rstrip())    # "said sternly:—"
    if not lead or not (lead[-1] in ",:;—-" or lead[-1].isalnum()):
        return None
    # a colon leads into the quote even across a paragraph break ("and said to me:" / “Well, …”)
    before = token_window(doc.parse, prev_end, prev_end + len(lead) if lead[-1] == ":" else quote.start)
    for token in reversed(before[-TAG_WINDOW_BEFORE:]):
        if token.text in SENTENCE_END or "\n\n" in token.text_with_ws:
            break
        if is_speech_verb(token):
            return Tag(token, "before", forms[token.lemma_.lower()])
    return None


def introduces_next(narration: str) -> bool:
    """Narration of one sentence that ends in a colon: it leads into the next quote."""
    body = COLON_DASH.sub(":", narration.strip())
    return body.endswith(":") and not re.search(r"[.!?…]", body)


def comma_tag_verb(tokens):
    """The verb of a tag of any verb after a quote ending in a comma, which must go on into its
    tag (…,” glowed Carol; …,” Pink observed with a sigh): a verb with a person as subject."""
    words = [t for t in tokens if not t.is_space]
    for i, token in enumerate(words):
        if token.is_punct:
            return None
        if token.pos_ != "VERB":
            continue
        near = words[max(0, i - 2):i] + words[i + 1:i + 3]
        if any(t.dep_ in ("nsubj", "nsubjpass") and t.head is token or
               t.pos_ == "PROPN" or t.lower_ in ("he", "she", "i", "they", "we") for t in near):
            return token
        return None
    return None


def is_speech_verb(token) -> bool:
    return token.lemma_.lower() in speech_verbs() and token.tag_.startswith("VB")


def is_mention(text: str, quote: Quote) -> bool:
    """A short quoted word or phrase inside a sentence: the word “liberal”."""
    inner = quote.text[1:-1].strip() if len(quote.text) > 1 else quote.text
    if not inner or len(inner.split()) > MENTION_MAX_WORDS:
        return False
    if any(c in inner for c in SENTENCE_END + ",;:"):
        return False
    before = text[max(0, quote.start - LOOK_BEHIND):quote.start].rstrip()    # not the whole text before
    return bool(before) and (before[-1].isalnum() or before[-1] in ",;")


def written_context(doc: Document, quote: Quote, prev_end: int) -> bool:
    """A written thing named just before the quote: “the letter ran: “…”"."""
    before = token_window(doc.parse, max(prev_end, quote.start - 120), quote.start)[-8:]
    nouns = written_nouns()
    return any(t.lemma_.lower() in nouns and t.pos_ == "NOUN" for t in before) and \
        bool(before) and before[-1].text in ":,"


def quote_kind(doc: Document, quote: Quote, tag: Tag | None, prev_end: int) -> str:
    if is_mention(doc.text, quote):
        return "mention"
    if tag is not None:
        return tag.kind
    if written_context(doc, quote, prev_end):
        return "written"
    return "speech"


def neighbours(quotes: list[Quote], n_chars: int) -> list[tuple[int, int]]:
    """For each quote, the end of the quote before it and the start of the one after it."""
    out = []
    for k, q in enumerate(quotes):
        prev_end = quotes[k - 1].end if k else 0
        next_start = quotes[k + 1].start if k + 1 < len(quotes) else n_chars
        out.append((prev_end, next_start))
    return out


@stage("quotes", assigns=("quotes",))
def find_quotes(doc: Document) -> Document:
    quotes = [Quote(id=f"Q{i}", start=s, end=e, text=doc.text[s:e])
              for i, (s, e) in enumerate(quote_spans(doc.text), 1)]
    for quote, (prev_end, next_start) in zip(quotes, neighbours(quotes, len(doc.text))):
        quote.kind = quote_kind(doc, quote, find_tag(doc, quote, prev_end, next_start), prev_end)
    doc.quotes = quotes
    return doc
