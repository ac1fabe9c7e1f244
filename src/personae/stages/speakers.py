"""Speakers and addressees of the quotations.

Quotes in one paragraph make one utterance (“Of course,” she said, “we leave at
once.” is two quote records with one speaker; a part with a tag of its own keeps
its own speaker). A quoted letter that is signed (quotes.letter_parts) is its
signer's, explicit when the signature is a name, anaphoric when coreference
resolves its valediction ("Your loving aunt"), and goes to the person its
salutation greets ("My dear Eleanor,"); other rules do not touch it. Each other
utterance's speaker is:

- explicit: the subject of its speech tag is a name (…,” said Petrov; Petrov
  said, “…”), or a transcript's turn is labelled with one ("DOLAANA MONGUSH:
  …", the label's capitals read as the name they spell; a role, "Interviewer:",
  is a person of its own, the same one at each turn it labels);
- anaphoric: the subject is a pronoun or a noun phrase (he said, said the old
  man), resolved to an entity by coreference (I outside quotes is the narrator);
  but the he of "he answered" is not the one who spoke just before: then it is
  the other party of the conversation (or someone it named); a subject no entity
  covers ("said a hard-featured dame of fifty", "said another") becomes a person
  of its own;
- implicit, when nothing tags it. A person's action between two untagged parts
  of one paragraph speaks for them (“No.” The Colonel looked at her. “Never.”).
  In text set one sentence a line (where a
  line break is no paragraph break), a quote right after the previous quote's
  own tag line is that speaker's still (…,” cried Anna, looking round. /
  “Sit down.”). After narration, the subject of the narration line leading into
  the quote (Petrov stood up. “We leave now.”), except after a
  question, which the other party answers; right after another quote (a new
  turn), the person the previous speaker named (a vocative), else the one they
  spoke to (“…,” she said to me) or whom the narration before their quote had
  them act upon (Hana caught me on the stairs. “…,” she said.), else the other
  party of the conversation. Runs of untagged turns between two people then
  follow the beat their tagged turns vote for, and a run that starts a
  conversation is read backwards from the turns after it. Nobody is made the
  speaker of a quote that names him as the one spoken to, and turn-taking or a
  narration lead never makes a speaker of someone the narration never names
  (only talked about in the quotes: "my boy, Harvey"). In a first-person text
  a name heard only inside quotes, in a conversation the narrator takes part in,
  is taken for the narrator's, unless others answer to it more often than the
  narrator does.

Addressees: names used as vocatives inside the quote, the object of the tag
verb (“he asked me”, “said to her”), else the other party of a two-person
conversation. Then I/me/my inside a quote become mentions of its speaker, and
you/your of its addressee when there is one. Mention-kind quotes get no speaker.

`confidence` is the share of quotes attributed by the same rule whose speaker
was right on LitBank's 73 training texts (see ATTRIBUTION_ACCURACY).
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from itertools import islice
from dataclasses import dataclass, field

from personae.lang.en import (authored_nouns, honorifics, kin_terms, not_speakers, overhearing_verbs, person_nouns,
                              relation_terms, reply_verbs, role_titles, sent_nouns, speech_verbs, time_words,
                              unaccented, unique_kin, written_nouns)
from personae.model import Document, Entity, Mention, Quote
from personae.nlp.lines import sentence_per_line
from personae.stages import stage
from personae.stages.aliases import honorific_suffix, made_of_titles
from personae.stages.coref import (KIN_TITLES, NO_ONE_IN_PARTICULAR, TITLE_SYNONYMS, Families, People, merge_into,
                                   names_given, pronoun_owners, title_only)
from personae.stages.entities import count_aliases, name_end, name_span
from personae.stages.narrator import ASKS_A_NAME, WHO_ONE_IS, answers_a_name_question
from personae.stages.quotes import (BLANK_LINE, CLOSING_MARKS, MENTION_MAX_WORDS, OPENING_MARKS, QUOTE_MARK,
                                    SENTENCE_END, SIGNED_INITIAL, Letter, QuoteIndex, closing_name, find_tag,
                                    is_speech_verb, letter_parts, neighbours, opens_block, paragraph_bounds,
                                    paragraph_of, letter_furniture, outside_quotes, token_window,
                                    transcript_turns)
from personae.stages.times import find_matches

# Verbs of a tag that reads words out: the names in them are read, not called (unless asked).
READING_ALOUD = frozenset({"read", "recite", "spell"})

# Share of right speakers per attribution rule on LitBank's 73 training texts (1,240 gold
# quotations, paragraph breaks restored from the books; training/quotes_dev.py --paragraphs prints
# the table), used as the quotes' confidence and as the weight of a tagged turn in an exchange.
# Measured with the shipped mention model, trained on those texts, so they may run a little high
# on new text. "continued" only fires in text set one sentence a line (measured there).
ATTRIBUTION_ACCURACY = {
    "explicit": 0.96,
    "anaphoric": 0.90,
    "continued": 0.82,   # implicit: the speaker named in the tag after the previous quote goes on
    "action": 0.76,      # implicit: the subject of the narration leading into the quote
    "turn": 0.75,        # implicit: turn-taking
    "vocative": 0.46,    # implicit: the person the previous speaker addressed by name
    # implicit: the one the quote just before called by name, answering it, a third party of the
    # talk included (29 of 32 on the development texts; 151 of 176 on the test chapters)
    "answer": 0.91,
    "recent": 0.47,      # implicit: the last person named before the quote
}
# A question for the name of the one asked: "Name?", a clerk's "Name, father’s name, village.", "What is your name,
# child?", "What did the priest call you?", or whether one bears a name
# (“And you are also Nigmatullin?” / “Gabdulla Nigmatullin. I will sign.”)
OWN_NAME_ASKED = re.compile(r"(?i)\byour\s+(?:full\s+|own\s+)?name\b|^\W*name\s*[?,]|\bcall\s+you\s*\?|" + WHO_ONE_IS
                            + r"|\byou\s+are\s+(?:also\s+)?(?-i:[A-Z])[\w'’-]*\s*\?\W*$")
# A question for the name of someone else, which the one asked answers with that name ("What is her name,
# Kala?" / "Savitri," Kalawati said.; "And his Christian name?")
ANOTHERS_NAME_ASKED = re.compile(r"(?i)\b(?:his|her|its|their)\s+(?:sur|[\w-]+\s+)?name\b"
                                 r"|\w[’']s\s+(?:sur|[\w-]+\s+)?name\b")
# Attributions that fix a turn in a back-and-forth; the others follow its beat.
ANCHOR_RULES = ("explicit", "anaphoric", "action")
# Tags of a finite verb: "that he spent", "that he would come" (not "him sitting").
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
# Anchors that the beat of an exchange overrules when they break it (a narration lead is a guess).
OUTVOTED = ("action",)
# The weight of a name called in an exchange, as a vote that the other party speaks the quote.
CALL_VOTE = ATTRIBUTION_ACCURACY["turn"]
# A name that is a sentence of its own with more to follow in the quote: “Saadet. Welcome.”
HEAD_CALL_SENTENCE = re.compile(r"[.!]\s+\w")
# what may follow a call and its comma: "Ninos, put this", "Ninos, you will", "Ninos, please"
CALL_CONTINUES = ("VERB", "AUX", "PRON", "INTJ")
# What comes from someone far off and, quoted as written, is theirs: "word from Teppana".
NEWS = {"word", "news", "reply", "answer"}
MIN_NARRATOR_CALLS = 2   # calls of the narrator by a name before that name is theirs
# Narration (characters) between two utterances beyond which a conversation is over.
CONVERSATION_GAP = 400
# A paragraph that opens with one of these times (within its first characters) moves the story on.
SCENE_OPENING = 60
SCENE_LEADS = frozenset({"", "In", "By", "At", "Later", "Later,", "Early", "Late"})
SCENE_TIME_KINDS = frozenset({"relative_unit", "relative_named", "deictic", "dmy", "mdy", "month_year", "weekday",
                              "weekday_day", "season_year", "season", "month", "feast"})
# The article a month or a season takes after a scene's lead ("In the October of 1962")
LEAD_ARTICLE = re.compile(r"\s+the$")
# A line that parts two scenes: "* * *", "***", "⁂", "#"
SCENE_BREAK = re.compile(r"[ \t]*(?:[*⁂#~·•][ \t]*){1,5}$", re.MULTILINE)
# Characters of narration after a quote in its paragraph that carry the paragraph on past it.
NARRATION_GOES_ON = 150
# Utterances back that the conversation rules look at.
CONVERSATION_MEMORY = 12
# Characters of narration before a quote that may say who leads into it.
NARRATION_REACH = 300
# A sentence of the narration beginning (also right after a quote that ends one).
NEW_SENTENCE = re.compile(r"[.!?][’”\"'»]?\s+[A-Z]")
# Pronouns that stand for someone unnamed in a speech tag (…,” said another).
INDEFINITE_SPEAKERS = {"another", "one", "someone", "somebody", "each", "all"}
RELATIVE_SUBJECTS = {"who", "that", "which"}
# How the parser attaches the subject of a tag, inverted or not (…,” said the turnpike-keeper).
UNNAMED_SUBJECT_DEPS = ("nsubj", "nsubjpass", "dobj", "attr", "oprd")
ARTICLES = {"a", "an", "the"}
# Subjects that are nobody in particular ("no one", "all who passed", "everybody"): no speaker.
NOBODY_IN_PARTICULAR = NO_ONE_IN_PARTICULAR | {"nothing", "everything"}
# A clause set in a sentence by these ("while Pike wrote", "because my mother told him to") does not
# give the sentence its lead.
ASIDE_MARKS = {"while", "whilst", "because"}
# What a speaker says before their own name: "My name is …", "I'm …", or the surname first ("Dutra.
# Lorraine Dutra."); a name alone is a call ("Sonya!"), not one's own.
CALLS_ME = re.compile(r"(?i)\b(?:calls?|called)\s+me\s+$|\bmy\s+name(?:\s+is|['’]s)\s+$")
# Narration giving a third person a name: "Our mother called her Teresinha … and Maria Teresa when …",
# "My mother, whose name was Fakhr-ol-Moluk".
CALLS_ANOTHER = re.compile(r"(?i)\b(?:(?:calls?|called|calling|named|nicknamed)\s+(?:her|him)\b[^.!?;:“”\"]*|"
                           r"whose\s+name\s+(?:was|is)\s+)$")
SELF_NAMING = re.compile(r"(?i:my name is|my name's|the name's|the name is|i am|i'm)\s+|(?P<surname>[A-Z][\w’'-]*)\.\s+")
# Words before one's own name in what one says: "I am Saltiel", "call me Dolly", "It is Sipho, Gogo."
OWN_NAME_BEFORE = re.compile(r"(?i:my\s+name\s+is|my\s+name's|the\s+name's|i\s+am|i'm|i’m|call\s+me|it\s+is|it's|it’s)"
                             r"\s+$")
# One's own name said so in an untagged quote ("I'm Karen. Welcome to Minnesota."), closing its clause.
INTRODUCES_ONESELF = re.compile(r"(?i:\bmy\s+name\s+is|\bmy\s+name['’]s|\bthe\s+name['’]s|\bi\s+am|\bi['’]m)\s+$")
# Words one gives another, which a quote after may give: "gave her three pieces of advice".
GIVEN_WORDS = {"advice", "instruction", "order", "warning", "counsel", "blessing", "message", "lecture"}
# Verbs of the narration telling that a question was answered ("I told him.").
ANSWERING = reply_verbs() | {"tell", "explain"}
# "It is me, Chipo": the name one says one is, not one called.
IT_IS_ME = re.compile(r"(?i:\bit\s+is|\bit['’]s|\bthis\s+is)\s+(?:me|i)\s*,\s*$")
# “Who said that?” / “I did. Allanazar Qallibekov.”: a full name after owning up is one's own.
OWNING_UP = re.compile(r"(?i)\W*(?:i\s+did|i\s+said\s+it|it\s+was\s+(?:me|i)|me|i)\s*[.!,—]\s*")
# "Ignacio Olabarria, at your service.": a full name so offered is one's own.
AT_YOUR_SERVICE = re.compile(r"\s*,\s*at\s+your\s+(?:service|command)\b", re.IGNORECASE)
OWN_NAME_CLOSES = re.compile(r"[.!,;—]|[”’\"']")
# Characters before such a note within which the narration names its writer.
INITIAL_REACH = 5000
# Verbs whose subject reads out or copies a written quote, which is not theirs for that.
READING_VERBS = frozenset({"read", "copy", "recite", "receive", "open", "unfold"})
# Verbs of remembering others doing something ("remembered the two women arguing"): the one who remembers is no
# party to the talk remembered.
REMEMBERING_VERBS = frozenset({"remember", "recall", "recollect"})
# Verbs of writing out another's words: the hand is the copyist's
COPYING_VERBS = frozenset({"copy", "transcribe"})
# What one chooses to have written: "Plar chose the words for the stone himself"
CHOSEN_WORDS = frozenset({"word", "words", "inscription", "epitaph"})
# What a witness tells, whose teller a block quotation's lead names by it: "Chaltu's own account was different:"
TOLD_NOUNS = frozenset({"account", "memory", "recollection", "story", "version", "testimony", "words", "answer",
                        "reply", "explanation"})
# One's hand on a page: "in Thorup's own hand", "in his best lettering" (not "from her brother's hand")
HANDWRITING = frozenset({"hand", "handwriting", "lettering", "writing", "script"})
# Verbs whose subject wrote the written quote that follows ("Anna wrote:", "he had scrawled:").
WRITING_VERBS = {"write", "scrawl", "scribble", "type", "sign", "wire", "telegraph", "cable", "pencil", "dictate"}
FIRST_PERSON = {"i", "me", "my", "mine", "myself"}
SECOND_PERSON = {"you", "your", "yours", "yourself"}
PERSON_PRONOUNS = {"he", "him", "she", "her", "i", "me", "we", "they", "us", "them"}
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# The longest paragraph of narration, in sentences, whose speaker acts upon the one a conversation opening after
# it is said to (speakers.narrated_addressee)
ACTING_SENTENCES = 2
# Titles and kin words a person is called by alone ("Yes, Doctor."), not the ones anybody is ("sir").
CALLING_TITLES = KIN_TITLES | {"doctor", "dr", "captain", "capt", "colonel", "col", "major", "general", "gen",
                               "lieutenant", "professor", "prof", "judge", "father", "mother", "inspector",
                               "sergeant", "superintendent", "constable", "pastor", "padre", "maestro"}
# A word set off as a call: after the quote's opening or a comma, before a comma or the end of a sentence.
TITLE_CALL = re.compile(rf"(?:^[{OPENING_MARKS}\s]*|,\s+)([^\W\d_]+)(?=\s*[,.!?;{CLOSING_MARKS}]|\s*$)")
# And a title after a style of address ("Yes, Herr Vogt.", "Sí, Señor Alcalde."): the style, then the title
STYLED_TITLE_CALL = re.compile(rf"(?:^[{OPENING_MARKS}\s]*|,\s+)([A-Z][^\W\d_]+)\s+([^\W\d_]+)"
                               rf"(?=\s*[,.!?;{CLOSING_MARKS}]|\s*$)")
OBJECT_DEPS = ("dobj", "dative", "iobj")
# What opens a clause of what someone else does as the words are said
MEANWHILE = frozenset({"when", "as", "while", "before"})
# Verbs of speaking that tag no quotation ("Justino spoke to his sister", "talked to her")
SPEAKING = frozenset({"speak", "talk"})
# A transcript's label for the one who asks the questions, not named
ASKERS = frozenset({"interviewer", "int", "q", "question"})


class MentionIndex:
    """Finds the person entity whose (smallest) mention covers a character span."""

    def __init__(self, entities: list[Entity]):
        self.items = sorted(((m.start, m.end, e) for e in entities
                             if e.type == "PER" and not title_only(e) for m in e.mentions),
                            key=lambda item: item[:2])
        self.starts = [s for s, _, _ in self.items]

    def add(self, mention: Mention, entity: Entity) -> None:
        k = bisect.bisect_left(self.starts, mention.start)
        self.starts.insert(k, mention.start)
        self.items.insert(k, (mention.start, mention.end, entity))

    def entity_at(self, start: int, end: int) -> Entity | None:
        k = bisect.bisect_right(self.starts, start)
        best = None
        for s, e, entity in reversed(self.items[max(0, k - 30):k]):
            if s <= start and end <= e and (best is None or e - s < best[0]):
                best = (e - s, entity)
        return best[1] if best else None


# "the controleur, Hendrik van der Velde": a word and the name a comma sets beside it
SET_BESIDE = re.compile(r"\b(?i:the)\s+(\w+),\s+")
# the narrator's one relative of a kind: "my mother", "My father"
MY_KIN = re.compile(r"(?i)(?:my|our)\s+(\w+)")

# “…” It was my mother.: the one the narration says the voice was
IT_WAS = re.compile(r"[ \t]*It\s+(?:was|is)\s+|\s*That\s+(?:was|is)\s+")
CLAUSE_END = re.compile(r"[.,;:!?\n]")
# "“You are Kofi Asare?”", "“Are you Mrs. Halász?”": the name after it is the one spoken to
YOU_ARE = re.compile(rf"(?i)(?:^|[{OPENING_MARKS},.!?;]\s*)"
                     r"(?:you\s+are|are\s+you|you['’]re|aren['’]t\s+you|you\s+must\s+be)\s*$")

# "to me: “…”": the one the quote just after is said to
SAID_TO = re.compile(r"(?i)\bto (?:me|him|her|them|us)\s*:\s*[“\"‘']?")


@dataclass
class Utterance:
    quotes: list[Quote]
    paragraph: int
    speaker: Entity | None = None
    attribution: str | None = None
    rule: str | None = None
    addressees: list[Entity] = field(default_factory=list)
    vocatives: list[Entity] = field(default_factory=list)   # the names it calls, and titles alone ("Yes, Doctor.")
    called: list[Entity] = field(default_factory=list)   # the names it calls ("…, Anna.", “Verochka,” she said)
    tag_object: Entity | None = None
    tag_after: bool = False      # its speaker is named in a tag after its last part
    read_out: bool = False       # its tag reads it out, no question ("read Onn-ko"): a name in it is read, not called
    answer_pronoun: str | None = None   # "he" or "she" of a tag like "he answered"
    tag_pronoun: str | None = None      # "he" or "she" of any tag after its first part ("…,” he said)
    tagged: dict[str, tuple[Entity, str]] = field(default_factory=dict)   # quote id -> its own tag's speaker
    cried: list[Entity] = field(default_factory=list)    # a name that is a whole quote: “Kitty!”
    heard: list[Entity] = field(default_factory=list)    # the names it calls, before any is the narrator's

    @property
    def calls_on(self) -> list[Entity]:
        """Whom the quote calls by name (vocatives and cries): never its speaker."""
        return self.vocatives + self.cried

    def retag(self, speaker: Entity) -> None:
        """The tag's he/she is someone else than coreference said: the speaker, and every part the
        same tag spoke for, go to them."""
        wrong = self.speaker
        self.tagged = {q: (speaker if e is wrong else e, how) for q, (e, how) in self.tagged.items()}
        self.speaker = speaker

    @property
    def start(self) -> int:
        return self.quotes[0].start

    @property
    def end(self) -> int:
        return self.quotes[-1].end

    @property
    def asks(self) -> bool:
        """Whether the utterance ends in a question."""
        return self.quotes[-1].text.rstrip("”»\"’' \n").endswith("?")

    @property
    def written(self) -> bool:
        """Whether every part of the utterance is written text (a letter, a notice), none spoken."""
        return all(quote.kind == "written" for quote in self.quotes)


NARRATOR_WORDS = re.compile(r"\b(?:I|me|my)\b")


def cleft(clause) -> bool:
    """Is the relative clause that of a cleft sentence setting a name apart ("It was Máret who settled it"; not
    "it was a German who wrote it", a description)?"""
    named = clause.head
    return named.dep_ == "attr" and named.pos_ == "PROPN" and named.head.lemma_ == "be" \
        and not any(c.dep_ == "det" for c in named.children) \
        and any(c.dep_ in SUBJECT_DEPS and c.lower_ == "it" for c in named.head.children)


def tellers_aside(token) -> bool:
    """Is the token the teller's "I" or "we" of a contact clause, one without "that", "who" or "when"
    ("an accent I could not place", "in a way I did not understand"), or of a parenthesis ("the colonel,
    I suspected, on a kitchen chair"): a comment, not an act in the scene?"""
    verb = token.head
    return token.lower_ in ("i", "we") and token.dep_ in SUBJECT_DEPS and (
        verb.dep_ == "relcl" and not any(c.tag_ in ("WDT", "WP", "WP$", "WRB") or c.lower_ == "that"
                                         for c in verb.children)
        or verb.dep_ == "parataxis")


def nobody_in_particular(token) -> bool:
    """A subject that is no one person: "No one went to meet them", "somebody", "all of them"."""
    return token.lower_ in NOBODY_IN_PARTICULAR | INDEFINITE_SPEAKERS \
        or token.doc[token.left_edge.i].lower_ in NOBODY_IN_PARTICULAR


def describes(verb) -> bool:
    """A verb that tells how things stood rather than what someone did: "be" or "have" as the main
    verb ("She was then in her third year"), or a past perfect ("had been at the works")."""
    if verb.lemma_ in ("be", "have") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d", "’d") for c in verb.children)


def describes_only(verb) -> bool:
    """A verb that describes, with no verb that acts joined to it for the same subject where it is "be" or "have"
    ("Padma was nineteen"; not "Padma was nineteen and said nothing about it")."""
    if not describes(verb):
        return False
    if verb.lemma_ not in ("be", "have"):
        return True         # (a past perfect describes, whatever is joined to it: "had made Jakub read")
    return not any(c.dep_ == "conj" and c.tag_ == "VBD" and not describes(c)
                   and not any(d.dep_ in SUBJECT_DEPS for d in c.children) for c in verb.children)


def supposed(verb) -> bool:
    """A verb of a clause that only compares (“looking at a person as though he were a solution”)."""
    return any(c.dep_ == "mark" and c.lower_ in ("though", "if") and c.i > 0 and c.nbor(-1).lower_ == "as"
               for c in verb.children)


def in_a_comparison(token) -> bool:
    """Is the token inside a clause of comparison about someone indefinite ("as a man moves a piece on
    a board when he has already lost", "as if a child had drawn it"), or about whoever holds a role, its
    verb left out ("spoke, as the eldest son must")?"""
    verb = token.head
    while verb.dep_ != "ROOT":
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "like", "if", "though")
                                        for c in verb.children) \
                and any(c.dep_ in SUBJECT_DEPS and (verb.pos_ == "AUX" or any(
                            d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children))
                        for c in verb.children):
            return True
        verb = verb.head
    return False


# How many words back a subject of a run of verbs may be from the speech verb that ends it.
SUBJECT_RUN = 12
# Verbs a speech verb completes without changing who speaks: "used to tell", "began to say", "is said to have
# declared".
SPEAKER_KEEPING_VERBS = frozenset({"use", "begin", "start", "continue", "go", "try", "like", "love", "seem", "say"})
# Particles of a speech verb an inverted subject may follow: "went on Sir Henry", "broke in the old man".
TAG_PARTICLES = ("on", "in", "up", "out", "back", "off", "forth", "away")


def tag_subject(verb, inside_quote):
    """The token naming who speaks: the verb's subject (or that of the verb it is conjoined to:
    "came in, looked at her and said", or completes: "used to tell"), else a noun right after or before it."""
    head = verb
    while True:
        # (not the subject of a comparison the verb was hung on: "and said nothing, as a girl is supposed
        # to, and thought, “…”" is the teller's thought)
        compared = head is not verb and any(c.dep_ == "mark" and c.lower_ in ("as", "like") for c in head.children)
        for child in head.children if not compared else ():
            # (not a quotation mark the parser took for one: «…» Soa said, with "Soa" an auxiliary)
            if child.dep_ in SUBJECT_DEPS and not inside_quote(child.idx) and any(c.isalnum() for c in child.text):
                return child
        # (or of a verb of habit, onset or hearsay it completes: "he used to tell his sons", "she began to say"; not
        # "she stopped to read the notice", which is another's)
        completes = head.dep_ == "xcomp" and head.head.lemma_ in SPEAKER_KEEPING_VERBS
        if head.dep_ not in ("conj", "advcl") and not completes or head.head.i == head.i \
                or head.dep_ == "advcl" and not compared:
            break
        head = head.head
    doc = verb.doc
    modifiers_only = True       # a longer reach only over a determiner and adjectives: said a third autumnal matron
    for token in doc[verb.i + 1:verb.i + 7]:     # inverted: …,” said his lady
        # (not over a preposition: "— Ebé answered with the others", with "Ebé" hung on the quote; but over the
        # particle of a phrasal verb: "went on Sir Henry")
        if token.is_punct or inside_quote(token.idx) or token.dep_ == "prep" and token.lower_ not in TAG_PARTICLES:
            break
        # (a name the tagger took for an adjective: "—Silent press, said Jaume.")
        if token.pos_ in ("PROPN", "NOUN", "PRON") or token.pos_ == "ADJ" and token.text[:1].isupper() \
                and token.i + 1 < len(doc) and doc[token.i + 1].is_punct:
            while token.dep_ == "compound" and token.head.i > token.i:      # "murmured the Abbé Bonnefoy"
                token = token.head
            return token.head if token.dep_ == "poss" and token.head.pos_ in ("NOUN", "PROPN") else token
        modifiers_only = modifiers_only and token.pos_ in ("DET", "ADJ", "NUM")
        if token.i >= verb.i + 3 and not modifiers_only:
            break
    for token in reversed(doc[max(0, verb.i - 3):verb.i]):
        if token.is_punct or inside_quote(token.idx):
            break
        # (not the object of a preposition: "spat into the fire and said"; but a noun the tagger took for an
        # adjective after a hyphen: "the sub-chief said")
        if (token.pos_ in ("PROPN", "NOUN", "PRON") or token.tag_ == "NNP") and token.dep_ != "pobj" \
                or token.pos_ == "ADJ" and token.i + 1 == verb.i and doc[token.i - 1].text == "-" \
                and not doc[token.i - 1].whitespace_:
            return token
    # the subject of a run of verbs the parser broke ("her father stood up, spat into the fire and said", with
    # "spat" taken for a noun): the last subject before the verb in its sentence, not far, nothing quoted between
    for token in reversed(doc[max(verb.sent.start, verb.i - SUBJECT_RUN):verb.i]):
        if inside_quote(token.idx) or token.is_quote:
            break
        if token.dep_ in SUBJECT_DEPS:
            return token
    return None


def unnamed_speaker(token, verb) -> bool:
    """A tag's subject that is a person the recogniser did not know: a noun (said the
    turnpike-keeper) or an indefinite pronoun (said another), not a voice or a cry, nor a text that
    reads so ("The printed text reads: «…»")."""
    if token.lower_ in not_speakers() or token.lemma_.lower() in written_nouns() or token.head != verb \
            or token.dep_ not in UNNAMED_SUBJECT_DEPS:
        return False
    if token.lower_ in INDEFINITE_SPEAKERS:
        return True
    first = token.doc.char_span(*phrase_span(token), alignment_mode="expand")[0]
    return token.pos_ == "NOUN" and first.lower_ in ARTICLES      # not "his advice", not a headline


def phrase_span(token) -> tuple[int, int]:
    """The noun phrase a tag's subject heads, up to a comma: "one of the women"."""
    words = [t for t in token.subtree if not t.is_space]
    cut = next((i for i, t in enumerate(words) if t.i > token.i and t.is_punct), len(words))
    words = words[:cut]
    return words[0].idx, words[-1].idx + len(words[-1].text)


def reported(verb) -> bool:
    """Is a verb in a finite clause a verb of telling or recalling reports ("recalled that he spent …"; not
    "remembered Grandmother saying", the one remembered still the one who speaks)?"""
    while verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.lemma_ in time_words()["telling_verbs"] \
        and (verb.tag_ in FINITE_TAGS or any(c.tag_ in FINITE_TAGS for c in verb.children if c.dep_ == "aux"))


def gives_words(verb) -> bool:
    """Does the verb give someone words: advice, orders, a warning ("gave her three pieces of advice")?"""
    return verb.lemma_ == "give" and any(c.dep_ == "dobj" and any(w.lemma_.lower() in GIVEN_WORDS for w in c.subtree)
                                         for c in verb.children)


def misparsed_verb(token):
    """The verb of a sentence-opening name the parser made the sentence's root, its verb a participle
    hanging on it ("Nils knelt by the bed": knelt as an acl of Nils; also after a clause set off by commas,
    "Whitaker, who had not understood a word, smiled at Milan"), or None."""
    if token.dep_ != "ROOT" or token.pos_ not in ("PROPN", "NOUN") or token.left_edge.i != token.sent.start \
            or token.i + 1 >= len(token.doc):
        return None
    verb = token.nbor(1)
    if verb.text == "," and (set_off := next((c for c in token.children if c.dep_ == "relcl"), None)) is not None \
            and set_off.right_edge.i + 2 < len(token.doc) and token.doc[set_off.right_edge.i + 1].text == ",":
        verb = token.doc[set_off.right_edge.i + 2]
    return verb if verb.dep_ == "acl" and verb.head.i == token.i and verb.tag_ in ("VBD", "VBN") else None


def verb_cut_off(words):
    """The verb of a line's opening name that the parser hung on the quote before, across the paragraph
    break (“Eat.” / Ammamma, who had been pretending to be deaf, put down her ladle.), or None: the
    line's first verb that is its sentence's root and has no subject in the line (the parser may give it
    the quote's word for one)."""
    first = words[0]
    if first.pos_ not in ("PROPN", "NOUN") or first.dep_ in SUBJECT_DEPS or first.head.i >= first.i:
        return None
    return next((t for t in words if t.dep_ == "ROOT" and t.pos_ == "VERB"
                 and not any(c.dep_ in SUBJECT_DEPS and c.i >= first.i for c in t.children)), None)


def tag_object(verb, subject, inside_quote):
    """Whom the tag verb addresses: "asked me", "said to her"; else one a clause of the tag has come in, sit down
    or the like as the words are said ("said Agafya Semyonovna, when her husband had hung up his coat")."""
    for child in verb.children:
        if inside_quote(child.idx) or subject is not None and child.i == subject.i:
            continue
        if child.dep_ in OBJECT_DEPS and child.pos_ in ("PRON", "PROPN", "NOUN"):
            return child
        if child.dep_ == "prep" and child.lower_ == "to":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    # (the parser hangs the clause on the verb or, as a relative clause, on the subject)
    clauses = [*verb.children, *(subject.children if subject is not None else ())]
    for clause in clauses:
        if clause.dep_ in ("advcl", "relcl") and clause.i > verb.i and not inside_quote(clause.idx) \
                and any(c.dep_ in ("mark", "advmod") and c.lower_ in MEANWHILE and c.i < clause.i
                        for c in clause.children):
            return next((c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.pos_ in ("PROPN", "NOUN")), None)
    return None


def calling_titles_of(entity: Entity) -> set[str]:
    """The titles a person is called by alone that their names give: "Inspector Hallam", "Ratna
    Bahadur-sahuji", or "the Inspector" of one the names joined with a name of their own."""
    named = any(m.kind == "PROP" for m in entity.mentions)
    found = set()
    for alias in entity.aliases:
        words = alias.text.split()
        first = words[0].lower().rstrip(".")
        if first in CALLING_TITLES and len(words) > 1:
            found.add(TITLE_SYNONYMS.get(first, first))
        elif first == "the" and len(words) == 2 and words[1].lower() in CALLING_TITLES and named:
            found.add(TITLE_SYNONYMS.get(words[1].lower(), words[1].lower()))
        if len(words) > 1 and (suffix := honorific_suffix(words[-1].lower())[1]) in role_titles():
            found.add(suffix)       # an office after the name: "Ratna Bahadur-sahuji" is called "Sahuji"
    return found


# Words before a month that make it the month ("that June", "early in May", "by March"), not a woman so named.
MONTH_LEAD = re.compile(r"\b(?:[Tt]hat|[Tt]his|[Ll]ast|[Nn]ext|[Ee]very|[Ee]ach|[Ee]arly|[Ll]ate|[Mm]id|in|of|by|until|"
                        r"till|since|through|during)\s+$")


SALUTATION = re.compile(r"^(?:[Mm]y\s+)?(?:Dear|Dearest|Darling)\s+")


def called_by_a_word(entity: Entity) -> bool:
    """Known only by a kin word or a title ("Maman", "Sergeant"): not yet anyone the text names, so
    the one it calls is better told by the turns."""
    # (a letter's "Dear Dad" too)
    words = [SALUTATION.sub("", m.text) for m in entity.mentions if m.kind != "PRON"]
    return bool(words) and all(made_of_titles(w) or w.lower() in unique_kin() for w in words)


class Speakers:
    """Attribution over one document."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.index = MentionIndex(doc.entities)
        # (not in the paragraphs of letters of the narration that only greet or sign them)
        self.beside_furniture = outside_quotes(letter_furniture(doc.text))
        # (entity, start) of each proper-name mention: is a name in a quote a name of theirs?
        self.proper_starts = {(id(e), m.start) for e in doc.entities for m in e.mentions if m.kind == "PROP"}
        outside = outside_quotes([(q.start, q.end) for q in doc.quotes])
        self.inside_quote = lambda offset: not outside(offset)
        self.quote_index = QuoteIndex(doc.quotes)
        self.narrator = next((e for e in doc.entities if e.is_narrator), None)
        self.narrator_names: Counter = Counter()   # entity id -> times it called the narrator
        self.described_names: dict[str, Entity] = {}   # a name's entity id -> the described person it names
        self.people = People(doc)
        self.kin = relation_terms()
        self.things = {(m.start, m.end) for e in doc.entities if e.type != "PER" for m in e.mentions}
        # title or kin word -> the people on stage who bear it in a name ("Aunt Polly", "Dr. Holbrook")
        self.titled: dict[str, list[Entity]] = {}
        for entity in doc.entities:
            for word in calling_titles_of(entity):
                if entity.type == "PER" and self.on_stage(entity):
                    self.titled.setdefault(word, []).append(entity)
        self.bounds = paragraph_bounds(doc.text)[1:]
        self.blank_lines = BLANK_LINE.search(doc.text) is not None
        self.sentence_lines = not self.blank_lines and sentence_per_line(doc.text)
        self.letters: set[int] = set()          # id() of the written quotes whose writer is known
        self.set_beside: dict[str, list[tuple[int, int]]] | None = None
        self.turn_labels = {turn[0]: label for label, turn in transcript_turns(doc.text)}
        self.labelled_as: dict[str, tuple[Entity, str]] = {}    # a label in capitals -> whom it names, and how

    def labelled(self, start: int, end: int) -> tuple[Entity, str]:
        """The person a transcript turn's label names, and how it names them: by their name, read in
        lower case where the label has capitals ("MARGARET WALSH", "WALSH"), or by a role ("Interviewer")."""
        label = self.doc.text[start:end]
        if label.upper() in self.labelled_as:
            return self.labelled_as[label.upper()]
        words = [word.capitalize() if word.isupper() else word for word in label.split()]
        forms = {" ".join(words).lower(), " ".join(reversed(words)).lower()}   # (a family name first, or last)
        found = self.index.entity_at(start, end)
        if label.lower() in ASKERS and self.narrator is not None:
            # the historian who says "I" recorded the talk and asks its questions
            if found is not None and found is not self.narrator and found.type == "PER" \
                    and all(m.text.lower() in ASKERS for m in found.mentions if m.kind != "PRON"):
                merge_into(self.narrator, found)
                self.doc.entities.remove(found)
                self.index = MentionIndex(self.doc.entities)
            self.labelled_as[label.upper()] = self.narrator, "anaphoric"
            return self.labelled_as[label.upper()]
        named = {e.id: e for e in self.doc.entities if e.type == "PER" and e is not found
                 and any(a.text.lower() in forms for a in e.aliases if not a.text.isupper())}
        if len(words) == 1 and not named:
            named = {i: e for i, e in self.people.by_word.get(words[0], {}).items() if e is not found}
        entity = next(iter(named.values())) if len(named) == 1 else None
        if entity is None and found is not None and found.type == "PER":
            entity = found
        elif entity is not None and found is not None and found.type == "PER" and found.name.isupper():
            merge_into(entity, found)           # (the recogniser's person of the label in capitals is theirs)
            self.doc.entities.remove(found)
            self.index = MentionIndex(self.doc.entities)
        elif entity is not None and found is not None and found is not entity:
            # (another person the label was joined to, "Mongush Dolaana" of a register, gives it up)
            found.mentions = [m for m in found.mentions if (m.start, m.end) != (start, end)]
            self.index = MentionIndex(self.doc.entities)
        parsed = self.doc.parse.char_span(start, end, alignment_mode="expand")
        kind = "PROP" if entity is not None or parsed is not None and any(t.pos_ == "PROPN" for t in parsed) \
            else "NOM"
        if entity is None:
            entity = self.new_person(start, end, kind)
        elif not any(m.start == start for m in entity.mentions):
            self.index.add(self.people.attach(entity, Mention(start=start, end=end, text=label, kind=kind)), entity)
        self.labelled_as[label.upper()] = entity, "explicit" if kind == "PROP" else "anaphoric"
        return self.labelled_as[label.upper()]

    def entity_for(self, token, create: bool = True) -> tuple[Entity | None, str]:
        """The entity a tag's subject (or object) token stands for, and how it was named; a name the
        recogniser missed becomes a person with `create` (a tag or an action names who speaks), and
        stands for nobody without (a question about the narration must not add people)."""
        if token.lower_ in not_speakers():
            # "the old man's voice had changed", "her voice rose": whose voice it is
            token = next((c for c in token.children if c.dep_ == "poss"), token)
        if token.pos_ == "PROPN" and token.text.islower():
            # "said the Newar mildly", the adverb parsed as the name the description leads to
            token = next((c for c in token.children if c.dep_ == "compound" and c.text[:1].isupper()), token)
        entity = self.index.entity_at(token.idx, token.idx + len(token.text))
        if token.pos_ == "PRON" or token.lower_ in PERSON_PRONOUNS:
            if entity is None and token.lower_ in ("i", "me") and self.narrator is not None:
                entity = self.narrator
            return entity, "anaphoric"
        if entity is not None:
            kinds = {m.kind for m in entity.mentions if m.start <= token.idx < m.end}
            return entity, "explicit" if token.pos_ == "PROPN" or "PROP" in kinds else "anaphoric"
        if token.pos_ == "PROPN":
            span = name_span(token)
            # the recogniser's place or thing ("facing Military Square") is no person, nor a month ("My report
            # card that June said")
            if span in self.things or not create or self.a_month(*span):
                return None, "anaphoric"
            if token.text.islower() and (named := self.named_in_apposition(token)) is not None:
                return named, "anaphoric"
            start, end = span
            return self.new_person(start, name_end(self.doc.text, start, end)), "explicit"
        if token.pos_ == "NOUN" and (named := self.named_in_apposition(token)) is not None:
            return named, "anaphoric"
        return None, "anaphoric"

    def a_month(self, start: int, end: int) -> bool:
        """Is the word a month the words before make one ("that June", "early in May", "by March")?"""
        return self.doc.text[start:end].title() in time_words()["months"] \
            and MONTH_LEAD.search(self.doc.text, max(0, start - 12), start) is not None

    def named_in_apposition(self, token) -> Entity | None:
        """The person a title the parser took for a name ("the controleur asked") was set beside there or
        earlier: "in the hand of the controleur, Hendrik van der Velde,"."""
        if self.set_beside is None:         # word -> where a name may follow "the WORD, " (one pass over the text)
            self.set_beside = {}
            for match in SET_BESIDE.finditer(self.doc.text):
                self.set_beside.setdefault(match[1], []).append((match.start(1), match.end()))
        for word_at, name_at in self.set_beside.get(token.text, []):
            if word_at > token.idx:
                break
            for _, _, entity in self.names_between(name_at, name_at + 1):
                if entity.type == "PER" and not entity.is_narrator:
                    return entity
        return None

    def one_named(self, name: str) -> Entity | None:
        """The one person with a proper-name mention written so, or beginning so ("Nils" of Nils Haugland), or None."""
        found = {e.id: e for e in self.doc.entities if e.type == "PER"
                 and any(m.kind == "PROP" and m.text.split()[0] == name for m in e.mentions)}
        return next(iter(found.values())) if len(found) == 1 else None

    def new_person(self, start: int, end: int, kind: str = "PROP") -> Entity:
        """A speaker the entity recogniser missed."""
        entity, mention = self.people.add(start, end, kind)
        self.index.add(mention, entity)
        if mention.kind == "PROP":
            self.proper_starts.add((id(entity), mention.start))
        return entity

    def utterances(self) -> tuple[list[Utterance], list[Utterance]]:
        """The utterances of the conversations, and those quoted inside another quotation (a
        letter's line read out, “Fogs early; your affectionate brother.”), which take no turn."""
        bounds = self.bounds
        out: list[Utterance] = []
        nested: list[Utterance] = []
        for quote in self.doc.quotes:
            if quote.kind == "mention":
                continue
            para = paragraph_of(bounds, quote.start)
            if out and out[-1].start < quote.start and quote.end <= out[-1].end:
                nested.append(Utterance([quote], para))
            elif out and out[-1].paragraph == para and out[-1].quotes[-1].kind == quote.kind \
                    and not (quote.kind == "written"
                             and NEW_SENTENCE.search(self.doc.text, max(0, out[-1].end - 2), quote.start)):
                # (two texts a paragraph quotes, with a sentence of narration between, are two: "Luisa copied it:
                # ‘NOTICE. …’ Harold Bramwell's own report is briefer still: ‘…’")
                out[-1].quotes.append(quote)
            else:
                out.append(Utterance([quote], para))
        return out, nested

    def explicit(self, utterance: Utterance, spans: dict[str, tuple[int, int]]) -> None:
        """Each part's own tag; the first one found speaks for the untagged parts."""
        for quote in utterance.quotes:
            if quote.start in self.turn_labels:
                entity, how = self.labelled(*self.turn_labels[quote.start])
                utterance.tagged[quote.id] = (entity, how)
                if utterance.speaker is None:
                    utterance.speaker, utterance.attribution, utterance.rule = entity, how, how
                continue
            tag = find_tag(self.doc, quote, *spans[quote.id])
            subject = tag_subject(tag.verb, self.inside_quote) if tag is not None else None
            entity, how = self.entity_for(subject) if subject is not None else (None, None)
            if entity is None and subject is not None and unnamed_speaker(subject, tag.verb):
                entity, how = self.new_person(*phrase_span(subject), kind="NOM"), "anaphoric"
            if entity is None:
                continue
            utterance.tagged[quote.id] = (entity, how)
            utterance.tag_after = quote is utterance.quotes[-1] and tag.side == "after"
            # (a name read out and asked is called: “Lacko Jozef, born 1910?” he read)
            utterance.read_out = utterance.read_out or tag.verb.lemma_.lower() in READING_ALOUD \
                and not any("?" in part.text for part in utterance.quotes)
            if utterance.speaker is None:
                utterance.speaker, utterance.attribution, utterance.rule = entity, how, how
                if subject.lower_ in ("he", "she") and quote is utterance.quotes[0] and tag.side == "after":
                    utterance.tag_pronoun = subject.lower_
                    if tag.verb.lemma_.lower() in reply_verbs():
                        utterance.answer_pronoun = subject.lower_
                obj = tag_object(tag.verb, subject, self.inside_quote)
                if obj is not None:
                    utterance.tag_object = self.entity_for(obj)[0]

    def beat(self, utterance: Utterance) -> None:
        """An untagged utterance whose parts a person's action separates is that person's: “No, let
        her ask.” The Colonel looked at the younger girl. “Very nearly all of it, child.”"""
        for before, after in zip(utterance.quotes, utterance.quotes[1:]):
            span = self.doc.parse.char_span(before.end, after.start, alignment_mode="contract")
            for token in span if span is not None else []:
                if token.dep_ in SUBJECT_DEPS and token.head.pos_ in ("VERB", "AUX") \
                        and not nobody_in_particular(token):
                    entity = self.entity_for(token)[0]
                    if entity is not None and self.on_stage(entity):
                        utterance.speaker, utterance.attribution, utterance.rule = entity, "implicit", "action"
                        return

    def vocatives(self, utterance: Utterance, by_name: bool = False) -> list[Entity]:
        """People named in the quote as the one spoken to: “My dear Mr. Bennet,” / “…, Anna.”, and a name
        that is a whole first part: “Verochka,” she said, “…”. With `by_name`,
        not one called by a kin word, which is the speaker's own kin (“She is awake, Amma,” my mother
        called: to her mother). A quote its tag reads out calls no one (“Liew Sam-moi,” read Onn-ko from the
        tablet)."""
        text = self.doc.text
        found = []
        for quote in utterance.quotes if not utterance.read_out else []:
            if quote.id in utterance.tagged and utterance.tagged[quote.id][0] is not utterance.speaker:
                continue        # (a part another speaks: “…,” she said, and her uncle called back, “I heard, Tóia.”)
            for start, end, entity in self.names_in(quote):
                if by_name and text[start:end].lower() in kin_terms():
                    continue
                head = text[quote.start:start].strip(OPENING_MARKS + " \n")
                if (not head or head[-1] in SENTENCE_END) and not self.credible(entity):
                    continue                        # “Nonsense, how can you…”: a capital, not a name
                before = text[quote.start:start].rstrip()
                after = text[end:quote.end].lstrip()
                if re.match(r"[’']s\b", after):
                    continue                        # “Adele Ferri’s boy,”: a possessor, not the one called
                kin = re.search(r"(\w+),\s*$", before)
                if kin and kin.group(1).lower() in relation_terms():
                    continue                        # “One brother, Josef, eighteen”: an apposition
                if IT_IS_ME.search(before) or " " in text[start:end] and AT_YOUR_SERVICE.match(text, end) \
                        or self.introduced(quote, start, end, entity):
                    continue                        # one's own name: “It is me, Chipo.”
                # "Poor Miss Taylor!" pities someone absent; "My poor child!" is said to one
                lead = re.sub(r"(?i)\b((my\s+)?(dear(est)?|oh|o|good|now|well)|my\s+poor)\s*$", "", before).rstrip()
                alone = not lead.strip(OPENING_MARKS) and not after.strip(",.!?;" + CLOSING_MARKS + " \n")
                # (or opening a later sentence of the quote, the speech going on: “Everyone is loading. Ninos, put
                # this under the quilts.”, not a list: “… Ninos, Sara and I went.”)
                set_off = ((not lead or lead[-1] in "," + OPENING_MARKS + "!"
                            or lead[-1] in ".?" and self.call_goes_on(end))
                           and (not after or after[0] in ",.!?;" + CLOSING_MARKS))
                # a name alone is a cry ("Anna!"), unless the speech goes on after a comma:
                # “Verochka,” she said, “everything…”
                calling = (alone and len(utterance.quotes) > 1 and after.startswith(",")
                           and quote is utterance.quotes[0])
                # and one greeted before the speaker goes on: “Mr Banerjee.” Hartley took the old man's
                # hand. “You have not changed at all.”
                greeting = alone and len(utterance.quotes) > 1 and quote is utterance.quotes[0] \
                    and after[:1] in (".", "?")
                # "You are Kofi Asare, teacher?", "Are you Mrs. Halász?": said to the one so named
                told_who = YOU_ARE.search(before) is not None and (not after or after[0] in ",.!?;" + CLOSING_MARKS)
                if set_off and (calling or greeting or not alone) or told_who:
                    if entity not in found:
                        found.append(entity)
        return found

    def call_goes_on(self, end: int) -> bool:
        """Does a name ending at `end` open a sentence that goes on, after a comma, with a verb or a pronoun: a call
        (“Ninos, put this under the quilts.”, “Ninos, you will carry it.”), not a name with more said of it
        ("Frans Rademaker, from the pawnshop office.", "Ayu, wife, 41")?"""
        span = self.doc.parse.char_span(end, end + 40, alignment_mode="contract")
        words = [t for t in span if not t.is_space] if span is not None else []
        return len(words) > 1 and words[0].text == "," and words[1].pos_ in CALL_CONTINUES \
            and words[1].text[:1].islower()

    def title_calls(self, utterance: Utterance) -> list[Entity]:
        """The one person on stage a quote calls by a title or kin word of theirs alone ("I don't
        know, aunt." to Aunt Polly; "Yes, Doctor." to Dr. Holbrook; "Yes, Herr Pastor." to Pastor Ubbo Janssen)."""
        found = []
        for quote in utterance.quotes:
            words = [m.group(1) for m in TITLE_CALL.finditer(quote.text)]
            words += [m.group(2) for m in STYLED_TITLE_CALL.finditer(quote.text) if m.group(1).lower() in honorifics()]
            for word in words:
                word = word.lower()
                word = TITLE_SYNONYMS.get(word, word)
                bearers = self.titled.get(word, [])
                if len(bearers) == 1 and bearers[0] not in found:
                    found.append(bearers[0])
        return found

    def time_moves(self, start: int, end: int) -> bool:
        """Does a paragraph of the narration between two offsets open with a move in time ("Two weeks
        later", "The next morning", "On Monday", "In the spring of 1944"), or is it a scene break ("* * *")?"""
        k = bisect.bisect_right(self.bounds, start)
        for opening in self.bounds[k:]:
            if opening >= end:
                break
            head = self.doc.text[opening:opening + SCENE_OPENING]
            if SCENE_BREAK.match(head):
                return True
            times = find_matches(head, lambda m: m.kind in SCENE_TIME_KINDS)
            # (the month's article no part of the lead: "In the October of 1962")
            if any(LEAD_ARTICLE.sub("", head[:m.start].strip()) in SCENE_LEADS for m in times):
                return True
        return False

    def tag_spans(self) -> dict[str, tuple[int, int]]:
        """Each quote's id -> (the end of the quote before it, the start of the one after it): where its tag may
        stand."""
        return {q.id: span for q, span in zip(self.doc.quotes, neighbours(self.doc.quotes, len(self.doc.text)))}

    def run(self) -> None:
        spans = self.tag_spans()
        utterances, nested = self.utterances()
        # breaks[k]: narration before utterance k is long enough to end a conversation, or opens a
        # paragraph with a move in time ("Two weeks later, on a night without a moon, …")
        self.breaks = [True] + [len(self.doc.text[a.end:b.start].strip()) > CONVERSATION_GAP
                                or self.time_moves(a.end, b.start)
                                for a, b in zip(utterances, utterances[1:])]
        for k, utterance in enumerate(utterances):
            if self.letter(utterance) or self.narrated_writer(utterance):
                self.letters.add(id(utterance))
                continue
            self.explicit(utterance, spans)
            if utterance.speaker is None:
                self.block_teller(utterance)
            if utterance.speaker is None:
                self.beat(utterance)
            called = self.vocatives(utterance)
            if self.name_asked_before(utterances, k):
                # (“And his Christian name?” / “Daniel,” said Jacob, “because…”: the name asked, no call)
                called = [e for e in called if e not in self.cries(utterance)]
            # (one's own name thought or written is no call: “Mirèio Roustan,” she thought, “of the Mas de la Sagno.”)
            if utterance.attribution == "anaphoric" and utterance.speaker in called \
                    and utterance.speaker in self.vocatives(utterance, by_name=True) \
                    and not self.gives_the_name_asked(utterance) and utterance.quotes[0].kind == "speech":
                self.not_the_one_addressed(utterance)
            utterance.called = [e for e in called if e is not utterance.speaker]
            utterance.heard = utterance.called + self.head_calls(utterance)
            utterance.vocatives = [e for e in called + self.title_calls(utterance) if e is not utterance.speaker]
            cried = self.cries(utterance)
            # (one's own name given when asked is no call: “What did the priest call you?” / “Elle.”)
            asked = cried and (self.name_asked_before(utterances, k) or self.gives_the_name_asked(utterance))
            utterance.cried = [] if asked else cried
        # a letter, a notice, a report quoted is no turn of a spoken conversation, nor is a phrase cited in
        # a paragraph of narration ("His file describes him as «disciplined, literate».")
        for k, utterance in enumerate(utterances):
            if id(utterance) in self.letters or self.cited_in_narration(utterance):
                self.breaks[k] = True
                if k + 1 < len(utterances):
                    self.breaks[k + 1] = True
        if self.narrator is not None:
            self.name_the_narrator(utterances)
        # one's own name given when asked makes one a party to the talk before its turns are read
        # (‘Name?’ said the lieutenant. / ‘Justino Mamani Quispe.’ / ‘Age?’ / ‘Twenty, my teniente.’)
        for k, utterance in enumerate(utterances):
            if utterance.speaker is None and (named := self.own_name_given(utterances, k)):
                utterance.speaker, utterance.attribution, utterance.rule = named, "implicit", "answer"
        for k, utterance in enumerate(utterances):
            if utterance.speaker is None:
                self.implicit(utterances, k)
            elif utterance.answer_pronoun is not None:
                self.answerer(utterances, k)
            elif utterance.tag_pronoun is not None:
                self.called_one_answers(utterances, k)
        for k in range(len(utterances) - 1, -1, -1):
            if utterances[k].speaker is None:
                self.backward(utterances, k)
        self.mend_turns(utterances)
        self.decode_exchanges(utterances)
        self.called_ones_answer(utterances)
        self.answered_calls(utterances)
        # one's own name given when asked for it, over any guess of the turns (‘Name?’ / ‘Okafor, Chukwuemeka.’)
        for k, utterance in enumerate(utterances):
            # (one's name said over a guess of the turns, not over what the narration has someone do)
            if utterance.attribution in (None, "implicit") and (named := self.own_name_given(utterances, k)
                                                                 or utterance.rule != "action"
                                                                 and self.introduces_oneself(utterance)):
                utterance.speaker, utterance.attribution, utterance.rule = named, "implicit", "answer"
        if self.narrator is not None:     # again, now that untagged turns have speakers too
            self.narrator_names.clear()
            self.name_the_narrator(utterances)
            # a call now known to be of the narrator is answered by the narrator (“Vasanthi, you will write
            # every week,” said Amma. / “Amma, what will I do, then?”)
            self.called_ones_answer(utterances)
        self.name_the_described(utterances)
        self.self_introductions(utterances)
        for k, utterance in enumerate(utterances):
            utterance.addressees = self.addressees(utterances, k)
            self.write(utterance)
        for utterance in nested:
            if not self.letter(utterance):
                self.explicit(utterance, spans)
            self.write(utterance)

    def claimed_names(self) -> dict[str, Entity]:
        """A name of one word (a kin word used as a name, a pet name) that a named speaker, tagged, says is what
        they are called ("You will call me mostir and nothing grander," she said): the name's entity id -> the speaker.
        Read before the turns, whose calls it changes ("Yes, mostir." is said to her)."""
        spans = self.tag_spans()
        claims: dict[str, Entity] = {}
        for utterance in self.utterances()[0]:
            self.explicit(utterance, spans)
            speaker = utterance.speaker
            # (one known by a description only takes the name as theirs later: `self_introductions`)
            if speaker is None or speaker.is_narrator or speaker.gender == "they" \
                    or not any(m.kind == "PROP" for m in speaker.mentions):
                continue
            for quote in utterance.quotes:
                for start, _, entity in self.names_in(quote):
                    if entity is not speaker and entity.type == "PER" and not entity.is_narrator \
                            and CALLS_ME.search(self.doc.text, max(quote.start, start - 30), start) \
                            and len(names := {m.text.lower() for m in entity.mentions if m.kind != "PRON"}) == 1 \
                            and " " not in names.pop():
                        claims.setdefault(entity.id, speaker)
        return claims

    def own_name_given(self, utterances: list[Utterance], k: int) -> Entity | None:
        """The person whose name alone answers, untagged, the quote before it asking for one (‘Name?’ /
        ‘Okafor, Chukwuemeka.’): they give it."""
        utterance = utterances[k]
        question = self.name_asked_before(utterances, k)
        if len(utterance.quotes) != 1 or question is None or not OWN_NAME_ASKED.search(question):
            return None         # (not "Your brother. His name?", "And the name, pet?" of a child brought in)
        quote = utterance.quotes[0]
        names = list(self.names_in(quote))
        people = {entity.id: entity for _, _, entity in names}
        said, at = [], quote.start
        for start, end, _ in names:
            said.append(self.doc.text[at:start])
            at = end
        said.append(self.doc.text[at:quote.end])
        if names and " " in self.doc.text[names[0][0]:names[0][1]] \
                and not said[0].strip(OPENING_MARKS + CLOSING_MARKS + " \n") \
                and self.doc.text[names[0][1]:names[0][1] + 1] in (",", "."):
            # a full name opening the answer, more said after it (‘And you are?’ / ‘Abdurehim Tursun, from
            # Kashgar, Domla.’; “Gabdulla Nigmatullin. I will sign.”)
            person = names[0][2]
        elif len(people) != 1 or "".join(said).strip(OPENING_MARKS + CLOSING_MARKS + ", .\n"):
            return None
        else:
            (person,) = people.values()
        return person if person.type == "PER" and person.gender != "they" else None

    def introduces_oneself(self, utterance: Utterance) -> Entity | None:
        """The one person an untagged quote says it is ("I'm Karen.", "My name is Lorraine Dutra,", "It is me,
        Chipo.", "Ignacio Olabarria, at your service.", "I did. Allanazar Qallibekov."), by a name of theirs
        closing the clause (not "I'm Karen's sister", nor "Am I Karen?")."""
        text = self.doc.text
        found = {entity.id: entity for quote in utterance.quotes for start, end, entity in self.names_in(quote)
                 if (INTRODUCES_ONESELF.search(text, max(quote.start, start - 16), start)
                     or IT_IS_ME.search(text, max(quote.start, start - 16), start)
                     or " " in text[start:end] and AT_YOUR_SERVICE.match(text, end)
                     and not text[quote.start:start].strip(OPENING_MARKS + " \n")
                     or " " in text[start:end] and OWNING_UP.fullmatch(text, quote.start, start))
                 and OWN_NAME_CLOSES.match(text, end) and entity.type == "PER" and entity.gender != "they"
                 and not self.family_name(text[start:end])}
        return next(iter(found.values())) if len(found) == 1 else None

    def family_name(self, name: str) -> bool:
        """A single word that closes the longer names of two people or more ("my name's McAllister")."""
        return " " not in name and len({e.id for e in self.doc.entities if e.type == "PER" for m in e.mentions
                                        if m.kind == "PROP" and " " in m.text and m.text.split()[-1] == name}) > 1

    def name_asked_before(self, utterances: list[Utterance], k: int) -> str | None:
        """The last quote of the utterance before utterance k in the same talk, where it asks for a name."""
        if k == 0 or self.breaks[k]:
            return None
        asked = utterances[k - 1].quotes[-1]
        question = self.doc.text[asked.start:asked.end]
        return question if ASKS_A_NAME.search(question) or OWN_NAME_ASKED.search(question) else None

    def paragraph_span(self, k: int) -> tuple[int, int]:
        """(start, end) of paragraph k (self.bounds holds the starts of the paragraphs after the first)."""
        return self.bounds[k - 1] if k > 0 else 0, self.bounds[k] if k < len(self.bounds) else len(self.doc.text)

    def letter(self, utterance: Utterance) -> bool:
        """A quoted letter (a written quote shaped as one, see quotes.letter_parts) is its signer's,
        written to the person its salutation greets ("My dear Eleanor," → Eleanor). The signer is
        the person of the name signed (a new person when no entity has it), else the one that
        coreference makes of the valediction ("Your loving aunt"). False, leaving the quote to the
        other rules, for anything that is no letter or has no signer."""
        quote = utterance.quotes[0]
        parts = letter_parts(quote.text) if quote.kind == "written" else None
        if parts is None and quote.kind == "written" and (initial := SIGNED_INITIAL.search(quote.text)):
            return self.initialled(utterance, initial[1])
        if parts is None and quote.kind == "written" and (closing := closing_name(quote.text)) is not None:
            parts = Letter(None, closing, None, known_only=True)
        if parts is None:
            return False

        def offsets(span: tuple[int, int]) -> tuple[int, int]:
            return quote.start + span[0], quote.start + span[1]
        # Neither rule is measured (LitBank's texts hold next to no letters): a signed name states
        # the writer as plainly as a tag's name states a speaker, so it takes the explicit level;
        # a valediction resolved by coreference takes the anaphoric level, as a "said the old man".
        if parts.signature is not None:
            signer = self.person_named(*offsets(parts.signature))
            signed = quote.text[slice(*parts.signature)]
            if signer is None and not signed.isupper() and not parts.known_only:
                # no one is made of a telegram's last word, nor of a name that only may sign
                signer = self.new_person(*offsets(parts.signature))
            rule = "explicit"
        elif parts.valediction is not None:
            signer, rule = self.index.entity_at(*offsets(parts.valediction)), "anaphoric"
        else:
            signer = None
        if signer is None:
            return False
        greeted = self.person_named(*offsets(parts.greeted)) if parts.greeted is not None else None
        utterance.speaker, utterance.attribution, utterance.rule = signer, rule, rule
        utterance.called = utterance.vocatives = [greeted] if greeted not in (None, signer) else []
        return True

    def initialled(self, utterance: Utterance, initial: str) -> bool:
        """A note signed with an initial alone ("… Kiss Ketewa. K.") is the person of that initial whom the
        narration named last before it ("in Kofi's schoolroom hand"), by the first word of a proper name."""
        quote = utterance.quotes[0]
        for start, end, entity in reversed(list(self.names_between(quote.start - INITIAL_REACH, quote.start))):
            first = self.doc.text[start:end].split()[0]
            if first[:1] == initial and first.lower().rstrip(".") not in honorifics() and not self.inside_quote(start):
                utterance.speaker, utterance.attribution, utterance.rule = entity, "anaphoric", "anaphoric"
                return True
        return False

    def block_teller(self, utterance: Utterance) -> None:
        """A block quotation (a witness's words set in) that no speech verb tags is told by the one the
        sentence leading into it names: the owner of what is told ("Chaltu's own account was different:", "The
        account is Ayantu's, as Hawi later wrote it down:"), else that sentence's subject ("Hawi visited her
        uncle in Nairobi in August 1986, the first of the family to see him in eight years:")."""
        quote = utterance.quotes[0]
        if not opens_block(self.doc.text, quote.start):
            return
        lead = [t for t in token_window(self.doc.parse, max(0, quote.start - CONVERSATION_GAP), quote.start)
                if not t.is_space]
        if not lead or self.inside_quote(lead[-1].idx):
            return
        sentence = lead[-1].sent
        # (what is told, the sentence's subject: not "her mother's story had become her own by the time she told it")
        told = [t for t in sentence.root.children if t.dep_ in SUBJECT_DEPS and t.lemma_.lower() in TOLD_NOUNS]
        owners = [c for t in told for c in t.children if c.dep_ == "poss"] + [
            c for c in sentence.root.children if told and c.dep_ == "attr" and c.pos_ == "PROPN"
            and any(g.dep_ == "case" for g in c.children)]
        subjects = [c for c in sentence.root.children if c.dep_ in SUBJECT_DEPS]
        for teller in (owners or subjects)[:1]:
            entity = self.entity_for(teller)[0]
            if entity is not None and entity.type == "PER" and entity.gender != "they":
                utterance.speaker, utterance.attribution, utterance.rule = entity, "anaphoric", "anaphoric"

    def narrated_writer(self, utterance: Utterance) -> bool:
        """A written quote whose writer the narration leading into it names: "It was from Aunt Elena, in
        her slanting hand:", "a note from Kessler:", "Anna wrote:", "His first letter came" (the nearest such
        person; "in Thorup's own hand", "she sent a telegram"). False, leaving the quote to the other rules, where
        it names none."""
        quote = utterance.quotes[0]
        if quote.kind != "written":
            return False
        for token in reversed(token_window(self.doc.parse, max(0, quote.start - CONVERSATION_GAP), quote.start)):
            if self.inside_quote(token.idx):
                break
            writes = token.dep_ in SUBJECT_DEPS and token.head.lemma_ in WRITING_VERBS
            # ("a telegram came from my mother": a written thing that came from someone; "The first word from
            # Teppana came at Christmas": news from someone, where what follows is written)
            sent = token.dep_ == "pobj" and token.head.lower_ == "from" \
                and (token.head.head.lemma_ == "be" or token.head.head.lemma_.lower() in written_nouns() | NEWS
                     or token.head.head.lemma_ in ("come", "arrive")
                     and any(c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in written_nouns()
                             for c in token.head.head.children))
            # "His first letter came a little after Holi": the one whose letter it is
            owned = token.dep_ == "poss" and token.head.lemma_.lower() in authored_nouns() or in_whose_hand(token)
            # "she sent a telegram to Tápé", "Plar chose the words for the stone": the one who sent or chose it
            # (also "The letter her brother sent from Nosy Lava arrived": the letter the clause hangs on)
            things = [c for c in token.head.children if c.dep_ == "dobj"] \
                + ([token.head.head] if token.head.dep_ == "relcl" else [])
            sends = token.dep_ == "nsubj" and token.head.lemma_ in ("send", "choose") \
                and any(c.lemma_.lower() in sent_nouns() | CHOSEN_WORDS for c in things)
            # ("A small notebook she carried through those days survives": its keeper, who is not a letter's writer)
            kept = token.dep_ == "nsubj" and token.head.lemma_ in ("keep", "carry") \
                and token.head.dep_ == "relcl" and token.head.head.lemma_.lower() in authored_nouns() - sent_nouns()
            # "The entry in the pay list was made by a young clerk named Arthur Pennington": the one it was made by
            made = token.dep_ == "pobj" and token.head.dep_ == "agent" and any(
                c.dep_ == "nsubjpass" and c.lemma_.lower() in written_nouns() for c in token.head.head.children)
            if made:      # ("a young clerk named Arthur Pennington": the name)
                token = next(names_given(token), token)
            writer = self.entity_for(token)[0] if writes or sent or owned or sends or kept or made else None
            if writer is not None and writer.type == "PER" and writer.gender != "they":
                utterance.speaker, utterance.attribution, utterance.rule = writer, "anaphoric", "anaphoric"
                return True
        return self.signed_after(utterance)

    def cited_in_narration(self, utterance: Utterance) -> bool:
        """The one quote of a paragraph whose narration alone is long enough to end a conversation, which
        a sentence of it runs into ("describes him as «…»") and narration goes on after (not a paragraph
        that leads into what someone says at its end), longer than a word or a phrase named (“style”)."""
        start, end = self.paragraph_span(utterance.paragraph)
        before, after = self.doc.text[start:utterance.quotes[0].start], self.doc.text[utterance.quotes[-1].end:end]
        if QUOTE_MARK.search(before) or QUOTE_MARK.search(after) or not before.rstrip()[-1:].isalpha() \
                or len(after.strip()) <= NARRATION_GOES_ON:
            return False
        # (the paragraph's only quotes are the utterance's own, then)
        quoted = sum(len(q.text) for q in utterance.quotes)
        words = len(re.findall(r"\w+", " ".join(q.text for q in utterance.quotes)))
        return len(self.doc.text[start:end].strip()) - quoted > CONVERSATION_GAP and words > MENTION_MAX_WORDS

    def signed_after(self, utterance: Utterance) -> bool:
        """A written quote whose signer the sentence after it names: "«…» It is signed, in violet ink,
        G. Lebedev."; "«…» It was signed by the mayor, Anton Hrubý." (the first person named after the
        verb, in that sentence of the quote's paragraph)."""
        quote = utterance.quotes[-1]
        _, para_end = self.paragraph_span(paragraph_of(self.bounds, quote.start))
        tokens = token_window(self.doc.parse, quote.end, min(quote.end + NARRATION_REACH, para_end))
        if not tokens:
            return False
        sentence = tokens[0].sent           # the sentence right after the quote (or the one it stands in)
        verb = next((t for t in sentence if t.i >= tokens[0].i and t.lemma_.lower() == "sign"
                     and t.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return False
        for token in sentence[verb.i - sentence.start + 1:]:
            if token.idx >= para_end or self.inside_quote(token.idx):
                break
            signer, how = self.entity_for(token, create=False)
            if signer is not None and signer.type == "PER" and how == "explicit":
                utterance.speaker, utterance.attribution, utterance.rule = signer, "explicit", "explicit"
                return True
        return False

    def person_named(self, start: int, end: int) -> Entity | None:
        """The person a name in a letter stands for: one with a full name of those initials ("T. P.":
        Thomas Pemberton), else the one with that name among their names, else
        one with a mention of a name inside the span, else one whose names hold it as words
        ("Eleanor" of "Eleanor Ashford"); the most mentioned first."""
        name = self.doc.text[start:end].lower()          # a telegram's JUREK is Jurek, its LUIS Luís
        people = [e for e in self.doc.entities if e.type == "PER" and not title_only(e)]
        inside = [e for e in people for m in e.mentions if start <= m.start and m.end <= end and m.kind == "PROP"]
        words = re.compile(rf"(?<!\w){re.escape(unaccented(name))}(?!\w)", re.IGNORECASE)
        initials = re.findall(r"\w", name) if re.fullmatch(r"(?:\w\.?\s*){2,3}", name) else None
        for found in ([e for e in people if initials and any(
                           [w[0].lower() for w in m.text.split()
                            if w[0].isupper() and w.rstrip(".").lower() not in honorifics()] == initials
                           for m in e.mentions if m.kind == "PROP" and len(m.text.split()) > 1)],
                      [e for e in people if unaccented(name) in (unaccented(e.name.lower()),
                                                                 *(unaccented(a.text.lower()) for a in e.aliases))],
                      inside,
                      [e for e in people
                       if any(words.search(unaccented(m.text)) for m in e.mentions if m.kind == "PROP")]):
            if found:
                return max(found, key=lambda e: len(e.mentions))
        return None

    def name_the_narrator(self, utterances: list[Utterance]) -> None:
        """A name heard only inside quotes, in a conversation where the narrator speaks, is the
        narrator's: “My dear Watson,” in a talk where “Has anything escaped me?” I asked. Unless,
        over the text, others answer to it (tagged answers) twice more often than the narrator does:
        in “Adele, leave the boy” among three people, the mother who answers is Adele."""
        segments: list[list[Utterance]] = []
        for k, utterance in enumerate(utterances):
            if segments and not self.breaks[k]:
                segments[-1].append(utterance)
            else:
                segments.append([utterance])
        # the names each turn of another calls (a name both called and opening the quote counts twice)
        calls = {id(u): u.heard for segment in segments for u in segment
                 if u.speaker is not None and u.speaker is not self.narrator}
        answered: dict[str, Counter] = {}      # name id -> who answers to it (tagged answers), in any talk
        narrator_answers: Counter = Counter()   # name id -> the narrator's answers to it, tagged or not
        for segment in segments:
            for i, u in enumerate(segment):
                reply = next((v for v in segment[i + 1:] if v.speaker is not None and v.speaker is not u.speaker), None)
                if id(u) in calls and reply is not None and reply.rule in ("explicit", "anaphoric"):   # tagged, no guess
                    for e in {e.id: e for e in calls[id(u)]}.values():
                        answered.setdefault(e.id, Counter())[reply.speaker.id] += 1
                if id(u) in calls and reply is not None and reply.speaker is self.narrator \
                        and reply is segment[i + 1]:
                    narrator_answers.update({e.id for e in calls[id(u)]})
        segments = [seg for seg in segments if any(u.speaker is self.narrator for u in seg)]

        # (a kin word used as a name counts as a name here, unlike in described_only: "my mother" who is
        # also "Mamá" answering a call once does not keep the Spanish narrator from her name)
        unnamed = {e.id for e in self.doc.entities if not any(m.kind == "PROP" for m in e.mentions)}
        # a name someone tagged gives as theirs ("Nobody calls me Vartig any more," said my cousin)
        claimed = {entity.id for u in utterances if u.speaker not in (None, self.narrator) and u.rule in ANCHOR_RULES
                   for quote in u.quotes for start, _, entity in self.names_in(quote)
                   if CALLS_ME.search(self.doc.text, max(quote.start, start - 30), start)}
        # one a tag names ("said Paco", "she said to Paco") is a third person: the narrator's say "I", "me"
        tagged = {e.id for u in utterances for e, how in u.tagged.values() if how == "explicit"} \
            | {u.tag_object.id for u in utterances if u.tag_object is not None}
        # the one title called in a quote a tag says is said to another ("Begum Sahiba," he said to Ammi; not
        # a name: “Dvořák, Jan?” he asked my father)
        tagged |= {u.heard[0].id for u in utterances if u.tag_object not in (None, self.narrator)
                   and len({e.id for e in u.heard}) == 1 and made_of_titles(u.heard[0].name)}
        # one the narration says another is called ("Our mother called her … Maria Teresa")
        tagged |= {e.id for e in self.doc.entities for m in e.mentions if m.kind == "PROP"
                   and not self.inside_quote(m.start)
                   and CALLS_ANOTHER.search(self.doc.text, max(0, m.start - 120), m.start)}
        # a name the narrator, tagged, calls another by (“Not yet,” I said. “Not yet, Askarzhan.”)
        tagged |= {e.id for u in utterances if u.speaker is self.narrator and u.rule in ("explicit", "anaphoric")
                   for e in u.heard}

        # the narrator named in full ("Kamal Vishnu Gokhale") has no other full name ("Vishnu Ganesh Gokhale")
        own_given = {given for m in self.narrator.mentions if m.kind == "PROP" and (given := full_name_given(m.text))}
        named_otherwise = {e.id for e in self.doc.entities if own_given and any(
            full_name_given(m.text) not in (None, *own_given) for m in e.mentions if m.kind == "PROP")}

        def could_be(e: Entity) -> bool:
            """Not when others answer to the name twice more often than the narrator, nor when a
            person the narration names by a description only answers to it as often as the
            narrator does ("Hela", answered by "my mother"), nor a kin word ("Papá" calls the
            narrator's father)."""
            who = answered.get(e.id, Counter())
            mine = who[self.narrator.id]
            others = sum(n for person, n in who.items() if person != self.narrator.id)
            described = max((n for person, n in who.items() if person in unnamed and person != self.narrator.id),
                            default=0)
            if e.id in named_otherwise:
                return False
            # (unless the narrator's answers right after the call, tagged or not, outnumber all the others': a
            # memoir's "I" answers untagged, and "the child" a mother-in-law says later is no answer to "Səkinə")
            return (self.named_in_passing(e) and e.id not in tagged | claimed and e.name.lower() not in unique_kin()
                    and mine - others > -MIN_NARRATOR_CALLS
                    and (described < max(mine, 1) or narrator_answers[e.id] > others + described))
        # names of both sexes: the narrator's is the sex of the name most called ("Merche"), the
        # others ("Don Julián", her father's, in talks she is wrongly given turns of) are not theirs
        sexes = {e.id: e.gender for u_calls in calls.values() for e in u_calls}
        tally = Counter(e.id for segment in segments for u in segment if id(u) in calls
                        for e in calls[id(u)] if could_be(e))
        sex = self.narrator.gender if self.narrator.gender in ("he", "she") else \
            next((sexes[name] for name, n in tally.most_common(1) if n >= MIN_NARRATOR_CALLS), "unknown")

        def narrators(e: Entity) -> bool:
            return could_be(e) and (sex not in ("he", "she") or e.gender in (sex, "unknown", "they"))
        for u in utterances:    # “Peti,” he said to me: the one name called is mine, as plainly as twice heard
            if u.tag_object is self.narrator and u.speaker not in (None, self.narrator) \
                    and len({e.id for e in u.heard}) == 1 and narrators(u.heard[0]):
                self.narrator_names[u.heard[0].id] += MIN_NARRATOR_CALLS
        for segment in segments:
            for u in segment:
                if id(u) in calls:                  # someone calls the narrator
                    self.narrator_names.update(e.id for e in calls[id(u)] if narrators(e))
                for name in ("vocatives", "called"):
                    named = [self.narrator if narrators(e) else e for e in getattr(u, name)]
                    setattr(u, name, [e for e in named if e is not u.speaker])

    def name_the_described(self, utterances: list[Utterance]) -> None:
        """A name heard only inside quotes is the name of a person the narration knows only by a
        description when that person gives the tagged answer to its calls, or is the one the narration
        has the caller turn to, at least twice, more often than all others together (“…, Hela.” / “Half,”
        said my mother.): self.described_names maps it to them."""
        answers: dict[str, Counter] = {}
        for k, u in enumerate(utterances):
            if u.speaker is None:
                continue
            reply = utterances[k + 1] if k + 1 < len(utterances) else None
            if reply is not None and not self.breaks[k + 1] and reply.speaker not in (None, u.speaker) \
                    and reply.rule in ("explicit", "anaphoric"):
                for e in {e.id: e for e in u.heard}.values():
                    answers.setdefault(e.id, Counter())[reply.speaker.id] += 1
            # The old woman looked past him at my mother. “Saadet, welcome.”
            if len({e.id for e in u.heard}) == 1 and (turned_to := self.narrated_addressee(u)) is not None:
                answers.setdefault(u.heard[0].id, Counter())[turned_to.id] += 1
        by_id = {e.id: e for e in self.doc.entities}
        for name_id, who in answers.items():
            (person_id, n), *others = who.most_common()
            name, person = by_id.get(name_id), by_id.get(person_id)
            if name is None or person is None or n <= sum(c for _, c in others) or n < MIN_NARRATOR_CALLS \
                    or person.is_narrator or name.id in self.narrator_names \
                    or not self.named_in_passing(name) or not self.described_only(person) \
                    or name.gender not in ("unknown", person.gender):
                continue
            self.described_names[name_id] = person

    def self_introductions(self, utterances: list[Utterance]) -> None:
        """A person the narration knows only by a description who says who they are ("My name is Lorraine
        Dutra.", "I'm Nick.", "Dutra. Lorraine Dutra.", "Einar. Einar Olsen.") is that person:
        self.described_names maps the name to them. So is a named person tagged as answering with a name alone
        to a quote asking for one (‘Name of the householder?’ / ‘Vishnu Ganesh Gokhale,’ said my father)."""
        for k, u in enumerate(utterances):
            speaker = u.speaker
            if speaker is None or speaker.is_narrator or speaker.gender == "they":
                continue
            named_before = any(m.kind == "PROP" for m in speaker.mentions)
            question = self.name_asked_before(utterances, k)
            name_asked = question is not None
            own_name_asked = name_asked and OWN_NAME_ASKED.search(question) is not None
            # (a full name first heard opening a quote, then more said: “Frank Fernandes. Francisco, if you my
            # mother.”, the turns' speaker's too)
            fresh = None if named_before else next((q for q in u.quotes if self.fresh_name_opens(q)), None)
            if u.rule not in ANCHOR_RULES and (named_before or not own_name_asked) and not fresh:
                continue
            asked = u.rule == "explicit" and name_asked and not ANOTHERS_NAME_ASKED.search(question)
            if named_before and not asked:
                continue
            quote = fresh or u.quotes[0]
            said = self.doc.text[quote.start:quote.end]
            opening = len(said) - len(said.lstrip(OPENING_MARKS + " \n"))
            closing = len(said.rstrip(CLOSING_MARKS + ".,!? \n"))
            for start, end, entity in self.names_in(quote):
                words = said[start - quote.start:closing].split()
                # (one known only by a description answers the question with their name, then says more:
                # “What is your name, sister?” / “Kulpash. Here they call me Kulpash-apa …”)
                answered = (own_name_asked or fresh) and not named_before and start - quote.start == opening \
                    and HEAD_CALL_SENTENCE.match(self.doc.text, end, quote.end)
                if (end - quote.start == closing or answered) and entity is not speaker and entity.type == "PER" \
                        and not entity.is_narrator and words \
                        and (asked and start - quote.start == opening or answered
                             or (named := SELF_NAMING.fullmatch(said[opening:start - quote.start]))
                             and named["surname"] in (None, words[0], words[-1])) \
                        and not {entity.id, speaker.id} & (self.described_names.keys()
                                                           | {p.id for p in self.described_names.values()}):
                    self.described_names[entity.id] = speaker

    def fresh_name_opens(self, quote: Quote) -> bool:
        """Does the quote open with a sentence that is a full name, the first mention of its person ("Frank
        Fernandes. Francisco, if you my mother.")?"""
        return any(self.introduced(quote, start, end, entity) for start, end, entity in self.names_in(quote))

    def introduced(self, quote: Quote, start: int, end: int, entity: Entity) -> bool:
        """Is the name a full one, first heard as the quote's opening sentence, before more: one's own name
        given, not a call ("Frank Fernandes. Francisco, if you my mother."; not “Saadet. Welcome.”)?"""
        said = self.doc.text[quote.start:quote.end]
        return start == quote.start + len(said) - len(said.lstrip(OPENING_MARKS + " \n")) \
            and " " in self.doc.text[start:end] and min(m.start for m in entity.mentions) == start \
            and not made_of_titles(self.doc.text[start:end]) \
            and HEAD_CALL_SENTENCE.match(self.doc.text, end, quote.end) is not None

    def names_in(self, quote: Quote):
        """(start, end, entity) of the proper-name person mentions inside a quote."""
        return self.names_between(quote.start, quote.end)

    def names_between(self, lower: int, upper: int):
        """(start, end, entity) of the proper-name person mentions starting in [lower, upper), in text order."""
        k = bisect.bisect_left(self.index.starts, lower)
        for start, end, entity in self.index.items[k:]:
            if start >= upper:
                break
            if (id(entity), start) in self.proper_starts:
                yield start, end, entity

    def opening_names(self, quote: Quote):
        """(start, end, entity) of the person mentions a quote opens with (only marks before them)."""
        k = bisect.bisect_left(self.index.starts, quote.start)
        for start, end, entity in self.index.items[k:k + 3]:
            if start < quote.end and not self.doc.text[quote.start:start].strip(OPENING_MARKS + " \n"):
                yield start, end, entity

    def cries(self, utterance: Utterance) -> list[Entity]:
        """People whose name is a whole quote (“Kitty!”): called, so not the one calling."""
        return [entity for quote in utterance.quotes for start, end, entity in self.opening_names(quote)
                if (id(entity), start) in self.proper_starts
                and not self.doc.text[end:quote.end].strip(",.!?;" + CLOSING_MARKS + " \n")]

    def gives_the_name_asked(self, utterance: Utterance) -> bool:
        """Does the narrator answer a question for a name with the name alone (‘What is your name?’ /
        ‘Kamal Vishnu Gokhale,’ I said): their own, not one they call?"""
        return any(answers_a_name_question(self.doc, self.quote_index, Mention(start, end, self.doc.text[start:end]))
                   for start, end, _ in self.opening_names(utterance.quotes[0]))

    def head_calls(self, utterance: Utterance) -> list[Entity]:
        """Names that open a quote and are set off by a comma, or are a sentence of their own before
        more: “Lida, where have you been?”, “Saadet. Welcome.”; not a name read out (see `vocatives`)."""
        found = []
        for quote in utterance.quotes if not utterance.read_out else []:
            found += [entity for start, end, entity in self.opening_names(quote)
                      if self.doc.text[end:end + 1] == ","
                      or HEAD_CALL_SENTENCE.match(self.doc.text, end, quote.end)
                      and not self.introduced(quote, start, end, entity)][:1]
        return found

    def credible(self, entity: Entity) -> bool:
        """A name used somewhere other than at the head of a sentence or quote."""
        text = self.doc.text
        for m in entity.mentions:
            before = text[max(0, m.start - 3):m.start].strip()
            if m.kind == "PROP" and (not self.inside_quote(m.start) or before[-1:].isalnum() or before[-1:] in ",;"):
                return True
        return False

    def on_stage(self, entity: Entity) -> bool:
        """Whether the narration ever names or describes the person (or they tell the story): one
        only talked about in the quotes ("Poor Miss Taylor!", "my boy, Harvey") is no party to
        the conversation, whom turn-taking could make a speaker."""
        return entity.is_narrator or any(m.kind != "PRON" and not self.inside_quote(m.start) for m in entity.mentions)

    def named_in_passing(self, entity: Entity) -> bool:
        """Named in the narration at most once, and there neither as one who acts nor as one a description
        says who they are ("my father's elder brother, Liang Guoxian"; "her proper name was Jasbir Kaur";
        "his wife Soma, who had a laugh"), as the narrator's name read out from a list may be; else only in
        the quotes."""
        told = list(islice((m for m in entity.mentions if m.kind != "PRON" and not self.inside_quote(m.start)), 2))
        if len(told) > 1:
            return False
        span = self.doc.parse.char_span(told[0].start, told[0].end, alignment_mode="expand") if told else None
        if span is not None and span.root.dep_ == "appos" and span.root.head.lower_ == "name" \
                and any(c.lower_ == "my" for c in span.root.head.children):
            return True           # the narrator's own: "my own name on the envelope, Rivka Rosenblum"
        # (what another is, not what the narrator was: "at school I was Petrova")
        said_of_another = span is not None and span.root.dep_ == "attr" \
            and not any(c.dep_ in SUBJECT_DEPS and c.lower_ == "i" for c in span.root.head.children)
        # (nor one a kin word or a clause describes: "his wife Soma, who had a laugh you could hear")
        return span is None or span.root.dep_ not in (*SUBJECT_DEPS, "appos") and not said_of_another \
            and not any(c.dep_ == "appos" or c.dep_ == "compound" and c.lower_ in self.kin
                        or c.dep_ == "relcl" and c.left_edge.lower_ in ("who", "whom", "whose")
                        for c in span.root.children)

    def described_only(self, entity: Entity) -> bool:
        """Known by descriptions, or by a kin word used as a name ("my mother", "Mama")."""
        return not any(m.kind == "PROP" and m.text.lower() not in self.kin for m in entity.mentions)

    def conversation(self, utterances: list[Utterance], k: int) -> list[Utterance]:
        """The utterances before k in the same conversation, nearest first (at most a few)."""
        out = []
        for j in range(k - 1, max(-1, k - 1 - CONVERSATION_MEMORY), -1):
            if self.breaks[j + 1]:
                break
            out.append(utterances[j])
        return out

    def answerer(self, utterances: list[Utterance], k: int) -> None:
        """“…,” he answered: coreference may give the he to the one who spoke just before, who
        does not answer himself; then it is the other party of the conversation."""
        utterance = utterances[k]
        before = self.conversation(utterances, k)
        if not before or before[0].speaker is not utterance.speaker:
            return
        named = [e for u in before for e in u.vocatives + [u.tag_object] if e is not None]
        for other in [self.other_party(before)] + named:
            if other is not None and other is not utterance.speaker \
                    and other.gender in (utterance.answer_pronoun, "unknown") and other not in utterance.vocatives:
                utterance.retag(other)
                return

    def called_one_answers(self, utterances: list[Utterance], k: int) -> None:
        """“Karel, please. Not in front of the boy.” “Which boy? I have two,” he said: right after a
        quote that calls one person of the pronoun's gender, the "he" who speaks is that person."""
        utterance, before = utterances[k], self.conversation(utterances, k)[:1]
        if not before or self.doc.text[before[0].end:utterance.start].strip():
            return
        called = [e for e in before[0].vocatives if e is not before[0].speaker]
        if len(called) != 1 or called[0] is utterance.speaker or not self.on_stage(called[0]) \
                or called[0].gender != utterance.tag_pronoun or called[0] in utterance.calls_on:
            return
        utterance.retag(called[0])

    def implicit(self, utterances: list[Utterance], k: int) -> None:
        """The first candidate of the rules, in order, that the quote does not itself address; a group
        ("other people", "the ladies") speaks only where a tag says so."""
        utterance = utterances[k]
        for entity, rule in self.candidates(utterances, k):
            # (a text no one is said to write or hold is no turn of a talk: a notice, a shop's board)
            if entity is not None and entity not in utterance.calls_on and entity.gender != "they" \
                    and (rule == "vocative" or self.on_stage(entity)) and (rule == "action" or not utterance.written):
                utterance.speaker, utterance.attribution, utterance.rule = entity, "implicit", rule
                return

    def candidates(self, utterances: list[Utterance], k: int):
        """Who may speak an untagged utterance, most likely first.

        Right after another quote, with no narration between, the speaker changes (a
        new turn); after narration, the narration's subject often speaks (or, after a
        tag, the previous speaker goes on), except after a question, which the other
        party answers.
        """
        utterance = utterances[k]
        before = self.conversation(utterances, k)
        previous = before[0] if before else None
        following = utterances[k + 1] if k + 1 < len(utterances) and not self.breaks[k + 1] else None
        lower = self.narration_start(previous, utterance)
        narration = bool(self.doc.text[lower:utterance.start].strip())
        # (a question the narration answers is answered: “What does he say, Van?” / I told him. / Terry blazed
        # up at once. / “Ask him how far it is.”)
        question = previous is not None and previous.asks and not self.answered_in_narration(lower, utterance.start)
        if (trailing := self.trailing_lead(utterance) or self.identified_after(utterance)) is not None:
            yield trailing, "action"
        if self.sentence_lines and previous is not None and previous.tag_after and not question \
                and self.one_sentence(self.doc.text[previous.end:utterance.start]):
            yield previous.speaker, "continued"
        if narration and (caller := self.kin_caller(utterance, lower)) is not None:
            yield caller, "action"
        if previous is None or narration and not question:
            lead = self.action_lead(utterance, lower)
            yield lead, "action"
            if lead is not None and lead in utterance.calls_on and previous is not None \
                    and previous.speaker not in (None, lead):
                # the one who acted is called: the one who spoke to them goes on (“Read it again,” said Rosaura.
                # / He read it again. / “Again, profesor.”)
                yield previous.speaker, "continued"
        elif narration and (lead := self.main_subject(utterance, lower)) is not previous.speaker:
            # after a question, someone else acting in the sentence before the quote answers it: “Well,
            # Sargento?” said the old woman. … / Captain Ibarra looked at her for a long moment. “Leave her,
            # Muñoz.”
            yield lead, "action"
        if previous is not None and previous.speaker is not None:
            named = [e for e in previous.calls_on if e is not previous.speaker]
            if len(named) == 1 and not called_by_a_word(named[0]):
                yield named[0], "vocative"
            if previous.tag_object is not previous.speaker:
                yield previous.tag_object, "turn"
            yield self.narrated_addressee(previous), "turn"
            # a question opening its paragraph after narration, calling no one, asks the one the narration had
            # act, who answers ("Seppi laughed at the table. / ‚What is so funny?‘ said his mother. / ‚Nothing.‘")
            if previous.asks and previous.rule in ("explicit", "anaphoric") and not previous.calls_on \
                    and not self.doc.text[self.paragraph_span(previous.paragraph)[0]:previous.start].strip():
                asked = self.main_subject(previous, self.narration_start(utterances[k - 2] if k > 1 else None,
                                                                         previous))
                if asked is not previous.speaker:
                    yield asked, "turn"
            yield self.other_party(before), "turn"
        if following is not None and not self.doc.text[utterance.end:following.start].strip():
            if len(following.vocatives) == 1:
                yield following.vocatives[0], "vocative"
        if narration:
            yield self.action_lead(utterance, lower), "action"

    def kin_caller(self, utterance: Utterance, lower: int) -> Entity | None:
        """The one whose kin the narration before names, where the quote calls that kin by the kin word
        ("His father counted the money twice." / “Is it enough, father?”: the son asks)."""
        called = {m[1].lower() for quote in utterance.quotes for m in TITLE_CALL.finditer(quote.text)}
        called &= kin_terms()
        span = self.doc.parse.char_span(lower, utterance.start, alignment_mode="contract") if called else None
        for token in reversed(list(span or [])):
            owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
            if token.lower_ in called and owner is not None and not self.inside_quote(token.idx):
                entity, _ = self.entity_for(owner, create=False)
                kin = self.index.entity_at(token.idx, token.idx + len(token.text))
                return entity if entity is not None and entity is not kin and entity.type == "PER" else None
        return None

    def answered_in_narration(self, start: int, end: int) -> bool:
        """Does a sentence of the narration between start and end, in a paragraph before the one of the quote at
        end, tell that someone answered ("I told him.", "She explained.")? (Not where the answer is the quote:
        "Tuomola answered before the old man could. “The girl is in town too.”")"""
        paragraph = self.paragraph_span(paragraph_of(self.bounds, end))[0]
        span = self.doc.parse.char_span(start, min(end, paragraph), alignment_mode="contract")
        return span is not None and any(
            sentence.root.lemma_.lower() in ANSWERING and any(c.dep_ in SUBJECT_DEPS for c in sentence.root.children)
            and not any(self.inside_quote(t.idx) for t in sentence)
            for sentence in span.sents)

    def narrated_addressee(self, utterance: Utterance) -> Entity | None:
        """Whom the narration before an utterance, in its own paragraph, has its speaker act upon:
        “Hana caught me on the stairs. … “They want Karel to sign,” she said.” is said to me; or, where the
        utterance opens its paragraph, the short paragraph of narration before it, when its last sentence's
        subject is the speaker and the one acted upon is named or called by a kin word ("He came down into the
        street and took his sister in his arms." / “Bhenji, they said the road was cut.”; not "a person")."""
        start, _ = self.paragraph_span(utterance.paragraph)
        span = self.doc.parse.char_span(start, utterance.start, alignment_mode="contract")
        if span is not None and span.text.strip():
            return next(self.acted_upon(span, utterance), None)
        if utterance.paragraph == 0 or not self.blank_lines or utterance.speaker is None:
            return None
        span = self.doc.parse.char_span(*self.paragraph_span(utterance.paragraph - 1), alignment_mode="contract")
        sentences = list(span.sents) if span is not None else []
        if not sentences or len(sentences) > ACTING_SENTENCES or any(self.inside_quote(t.idx) for t in span):
            return None
        subject = next((c for c in sentences[-1].root.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or self.entity_for(subject, create=False)[0] is not utterance.speaker:
            return None
        return next((e for e in self.acted_upon(span, utterance) if any(
            m.kind == "PROP" or m.text.lower().split()[-1] in self.kin for m in e.mentions)), None)

    def acted_upon(self, span, utterance: Utterance):
        """The people the narration's span acts upon (objects, "to" and "at" someone), last first, the speaker
        aside."""
        for token in reversed(span):
            if token.dep_ in OBJECT_DEPS or token.dep_ == "pobj" and token.head.lower_ in ("to", "at"):
                entity = self.entity_for(token, create=False)[0]
                if entity is not None and entity is not utterance.speaker and not self.inside_quote(token.idx):
                    yield entity

    @staticmethod
    def one_sentence(narration: str) -> bool:
        """Narration that is no more than the previous quote's tag sentence (…,” said Anna, rising.)."""
        body = narration.strip().rstrip(SENTENCE_END + ":;—- ")
        return bool(body) and not re.search(r"[.!?]\s+[\"“‘'(]?[A-Z]", body)

    def narration_start(self, previous: Utterance | None, utterance: Utterance) -> int:
        """Where the narration that may lead into an utterance begins: after the previous
        utterance, or (where paragraphs are marked) after its paragraph, tag included."""
        if previous is None:
            return max(0, utterance.start - NARRATION_REACH)
        if self.blank_lines and previous.paragraph < len(self.bounds):
            return min(self.bounds[previous.paragraph], utterance.start)
        return previous.end

    def backward(self, utterances: list[Utterance], k: int) -> None:
        """Turn-taking read backwards, for an utterance that opens a conversation: the party
        that is not the next speaker; else the person last named in the narration before it."""
        utterance = utterances[k]
        if utterance.written:
            return          # (a text no one is said to write or hold is no turn of a talk, as in `implicit`)
        after = []
        for j in range(k + 1, min(len(utterances), k + 1 + CONVERSATION_MEMORY)):
            if self.breaks[j]:
                break
            after.append(utterances[j])
        candidates = []
        if after and after[0].speaker is not None:
            candidates.append((self.other_party(after), "turn"))
        candidates.append((self.last_named(utterance), "recent"))
        for entity, rule in candidates:
            if entity is not None and entity not in utterance.calls_on:
                utterance.speaker, utterance.attribution, utterance.rule = entity, "implicit", rule
                return

    def mend_turns(self, utterances: list[Utterance]) -> None:
        """Where a run of turn-taking guesses runs into a tagged quote that the alternation
        gets wrong (the tagged speaker spoke the guess just before, with no narration between),
        the guesses lost the beat: the speaker went on after a narration break. Flip the run's
        two parties from the first quote that follows narration."""
        k = 0
        while k < len(utterances):
            if utterances[k].rule != "turn":
                k += 1
                continue
            start = k
            while k < len(utterances) and utterances[k].rule == "turn":
                k += 1
            run = utterances[start:k]
            anchor = utterances[k] if k < len(utterances) else None
            if anchor is None or anchor.speaker is None or anchor.speaker is not run[-1].speaker \
                    or self.doc.text[run[-1].end:anchor.start].strip():
                continue
            if start == 0 or utterances[start - 1].speaker is None:
                continue
            pair = {run[-1].speaker.id: run[-1].speaker}
            for u in [utterances[start - 1]] + run:
                if u.speaker is not None:
                    pair.setdefault(u.speaker.id, u.speaker)
            if len(pair) != 2:
                continue
            one, two = pair.values()
            for i, u in enumerate(run):
                previous = utterances[start + i - 1]
                if self.doc.text[previous.end:u.start].strip():
                    for v in run[i:]:
                        flipped = two if v.speaker is one else one
                        if flipped not in v.calls_on:     # never the one the quote calls
                            v.speaker = flipped
                    break

    def exchanges(self, utterances: list[Utterance]) -> list[list[int]]:
        """Runs of utterances with nothing but white space between them, or only the previous
        one's own speech tag (“I will not take it,” said the Colonel. / “Then you will not get
        better.”): each is a new turn."""
        runs: list[list[int]] = []
        for k in range(len(utterances)):
            gap = self.doc.text[utterances[k - 1].end:utterances[k].start] if k else "x"
            # (not where a sentence a line is no paragraph: there the speaker goes on after a tag line)
            own_tag = k > 0 and not self.sentence_lines and utterances[k - 1].tag_after and self.one_sentence(gap)
            # a letter or a telegram read out is no turn of the talk around it
            letter = id(utterances[k]) in self.letters or k > 0 and id(utterances[k - 1]) in self.letters
            linked = not self.breaks[k] and (not gap.strip() or own_tag) and not letter
            if linked:
                runs[-1].append(k)
            else:
                runs.append([k])
        return [run for run in runs if len(run) > 1]

    def decode_exchanges(self, utterances: list[Utterance]) -> None:
        """In a back-and-forth between two people, the turns alternate: the tagged quotes of the
        run vote (by confidence) on who speaks first, and the untagged ones follow the beat, as
        does a narration lead that breaks it. Where the quotes call exactly two people by name
        (“I was in Bulgaria, Nastenka.” … “That is not a letter, Mitya.”), those two are the
        parties, unless a tag names a third, and each call votes that the other one speaks it. Where the
        tagged parties are a stranger the narration only describes and a named person of the same sex, in
        a talk the narrator is in, they are one person and the narrator the other party."""
        for run in self.exchanges(utterances):
            anchors = [(i, utterances[k]) for i, k in enumerate(run) if utterances[k].rule in ANCHOR_RULES]
            people = list({u.speaker.id: u.speaker for _, u in anchors}.values())
            one = self.described_and_named(utterances, run, people)
            if one is not None:
                # "a thin man in spectacles" and "Isaac Saltiel", who speak to me: one man, and I the other party
                described, named = one
                for _, u in anchors:
                    if u.speaker is described:
                        u.speaker = named
                people = [named, self.narrator]
            elif (one := self.described_in_step(anchors, people)) is not None:
                # “What is it, my little sparrow?” said Mameto. / “She says my name is not in France.” / “Not in
                # France!” The old woman put down the beans.: one woman, and someone else answers her
                described, named = one
                for _, u in anchors:
                    if u.speaker is described:
                        u.speaker = named
                people = [named]
            # (by the calls of a quote's first part: one after a tag and more narration may turn to someone new,
            # «Tonight,» Der Nerses agreed. Then he noticed me … «Anahid-jan, do the Sisters still teach you
            # French?»)
            calls_of: dict[int, list[Entity]] = {}

            def on_stage_calls(k: int) -> list[Entity]:     # (read once for the run and its talk)
                if k not in calls_of:
                    calls_of[k] = [e for e in self.first_part_calls(utterances[k]) if self.on_stage(e)]
                return calls_of[k]
            run_calls = [on_stage_calls(k) for k in run]
            in_run = {e.id: e for calls in run_calls for e in calls}
            called = in_run if len(in_run) == 2 else {e.id: e for k in self.talk(run) for e in on_stage_calls(k)}
            tagged = {u.speaker.id for _, u in anchors if u.rule not in OUTVOTED}
            # (and none of them speaks to a third: "He turned to me. “And who are you?”")
            spoken_to = {e.id for _, u in anchors if (e := u.tag_object or self.narrated_addressee(u)) is not None}
            # (and the calls keep the beat: who calls one of them speaks at the other's turns; “… Shirasawa
            # Fumi, that is you.” and, two quotes on, “Shirasawa Ichirō, stand up.” are one teacher's)
            beats = {e: {i % 2 for i, calls in enumerate(run_calls) if any(c.id == e for c in calls)}
                     for e in in_run.keys() & called.keys()}
            by_calls = len(called) == 2 and (tagged | spoken_to) <= called.keys() \
                and bool(beats) and all(len(b) == 1 for b in beats.values()) \
                and (len(beats) == 1 or len(set.union(*beats.values())) == 2)
            # (no tag at all, nor any guess of the turns but the last person named, and the turns call one person,
            # always at the same beat: that one and whoever else the talk is with; « You have grown, Séraphine. … /
            # — Let them come. … / — … »)
            called_alone = not people and len(called) == 1 and len(beats) == 1 \
                and len(next(iter(beats.values()))) == 1 \
                and all(utterances[k].speaker is None or utterances[k].rule == "recent" for k in run)
            if by_calls:
                people = list(called.values())
            elif called_alone:
                known = next(iter(called.values()))
                other = self.other_participant(utterances, run, known)
                people = [known, other] if other is not None else []
            elif len(people) == 1:
                other = self.other_participant(utterances, run, people[0])
                people += [other] if other is not None else []
            if len(people) != 2:
                continue
            first, second = people
            votes = 0.0
            for i, u in anchors:
                if u.speaker in people:
                    weight = ATTRIBUTION_ACCURACY[u.rule]
                    votes += weight if (i % 2 == 0) == (u.speaker is first) else -weight
            for i, k in enumerate(run if by_calls or called_alone else ()):
                for e in utterances[k].calls_on:
                    if e in people:     # the one called does not speak: the other does
                        votes += CALL_VOTE if (i % 2 == 0) == (e is second) else -CALL_VOTE
            for i, k in enumerate(run):
                u = utterances[k]
                speaker = first if (i % 2 == 0) == (votes >= 0) else second
                if u.rule in ANCHOR_RULES and (u.rule not in OUTVOTED or u.speaker is speaker or self.named_lead(u)) \
                        or u.written:
                    continue
                if speaker not in u.calls_on and speaker.id not in self.spoken_of(u):
                    u.speaker, u.attribution, u.rule = speaker, "implicit", "turn"
            self.spoken_to_answers(utterances, run, people)

    def spoken_to_answers(self, utterances: list[Utterance], run: list[int], people: list[Entity]) -> None:
        """“Do you know why we do this, Gala?” he asked me. / “Because of Kawa.” / …: a tagged question put to
        a third person (the narrator, or one the quote calls), neither of the two the run's turns alternate
        between, is answered by that person, and the turns after it alternate between the two of them, up to
        the next tagged quote, where its speaker's place in the beat agrees (or a new speaker comes in there). So is
        one the narration has the speaker speak to before an untagged quote ("Justino spoke to his sister over the
        side rail." / “Kullaka, look after them.” / “Just come back, Jilata.”)."""
        anchors = [i for i, k in enumerate(run) if utterances[k].rule in ANCHOR_RULES]
        for a, i in enumerate(anchors):
            asker = utterances[run[i]]
            told = asker.tag_object
            spoken_to = told is None and asker.rule == "action" and i + 1 not in anchors \
                and (told := self.narrated_addressee(asker)) is not None and self.spoken_to(asker, told)
            # (told plainly: "me", or one the quote also calls, or the one the narration just before has act
            # ("The girl brought the spoon …" / “Do you know your letters?” he asked her.); not any "her"
            # coreference may have got wrong)
            if not (asker.asks or spoken_to) or told is None or told is asker.speaker or told in people \
                    or told.gender == "they" or not self.on_stage(told):
                continue
            acted = self.main_subject(asker, max(0, asker.start - NARRATION_REACH))
            if not (spoken_to or told is self.narrator or told in asker.vocatives or told is acted):
                continue
            end = anchors[a + 1] if a + 1 < len(anchors) else len(run)
            if end < len(run):
                speaker = utterances[run[end]].speaker
                if speaker in (asker.speaker, told) and ((end - i) % 2 == 0) != (speaker is asker.speaker):
                    continue        # the next tagged quote is out of step with these two
            for j in range(i + 1, end):
                u = utterances[run[j]]
                speaker = told if (j - i) % 2 else asker.speaker
                if speaker not in u.calls_on and speaker.id not in self.spoken_of(u):
                    u.speaker, u.attribution, u.rule = speaker, "implicit", "turn"

    def spoken_to(self, utterance: Utterance, told: Entity) -> bool:
        """Does the narration just before the quote have its speaker speak to the one told ("Justino spoke to his
        sister over the side rail"; not "Sipho looked at the priest"), the quote calling no one else?"""
        if any(e is not told for e in utterance.calls_on):
            return False
        start = self.paragraph_span(max(0, utterance.paragraph - 1))[0]
        span = self.doc.parse.char_span(start, utterance.start, alignment_mode="contract")
        verbs = speech_verbs()
        for token in span or ():
            if verbs.get(token.lemma_.lower()) == "speech" or token.lemma_.lower() in SPEAKING:
                heard = [c for c in token.children if c.dep_ in OBJECT_DEPS] \
                    + [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
                if any(t.left_edge.idx <= m.start < t.right_edge.idx + len(t.right_edge) for t in heard
                       for m in told.mentions):
                    return True
        return False

    def spoken_of(self, utterance: Utterance) -> set[str]:
        """The people the quote names by a proper name and does not call (“That is what Tadeusz said.”): no
        speaker talks of himself so (but “I am Saltiel.”, and a kin word, "Mama is tired", may)."""
        out = set()
        for quote in utterance.quotes:
            for start, end, entity in self.names_in(quote):
                word = self.doc.text[start:end].lower()
                if entity not in utterance.calls_on and word not in relation_terms() and word not in honorifics() \
                        and not OWN_NAME_BEFORE.search(self.doc.text, max(quote.start, start - 16), start):
                    out.add(entity.id)
        return out

    def named_lead(self, utterance: Utterance) -> bool:
        """Does the narration of the quote's own paragraph, before it, name its speaker as a subject ("Hira
        Lal Shrestha, the sahuji's younger brother, … put down his pen. “Who told you this?”"): a lead the
        beat of two does not outvote, as it does one by a pronoun; so does the narrator's kin ("My mother got
        to her feet.")."""
        start, _ = self.paragraph_span(utterance.paragraph)
        return utterance.speaker is not None and any(
            (m.kind == "PROP" or m.kind == "NOM" and (kin := MY_KIN.fullmatch(m.text)) is not None
             and kin[1].lower() in unique_kin())
            and start <= m.start < utterance.start and not self.inside_quote(m.start)
            and (span := self.doc.parse.char_span(m.start, m.end, alignment_mode="expand")) is not None
            and (span.root.dep_ in SUBJECT_DEPS or m.start == start
                 and verb_cut_off(list(self.doc.parse[span.root.i:span.root.sent.end])) is not None)
            for m in utterance.speaker.mentions)

    def described_and_named(self, utterances: list[Utterance], run: list[int], people: list[Entity]):
        """(description, name) where the tagged parties of a talk the narrator is in are a person the
        narration knows only by a description and a named one of the same sex ("a thin man in spectacles …
        He looked up. “I am Saltiel.”" and “No relation,” said Isaac Saltiel): one person; else None."""
        if self.narrator is None or len(people) != 2 or self.narrator in people:
            return None
        if not self.narrator_in_scene(utterances[run[0]]) \
                and not any(utterances[k].speaker is self.narrator for k in self.talk(run)):
            return None
        # (a stranger described: not one named by kin, "my father" or "Papa" beside Mr. Fehér)
        described = [e for e in people if self.described_only(e) and e.gender in ("he", "she")
                     and not any(m.kind != "PRON" and m.text.lower().split()[-1] in self.kin for m in e.mentions)]
        named = [e for e in people if any(m.kind == "PROP" for m in e.mentions)]
        if len(described) != 1 or len(named) != 1 or named[0].gender != described[0].gender:
            return None
        return described[0], named[0]

    def described_in_step(self, anchors: list[tuple[int, Utterance]], people: list[Entity]):
        """(description, the other) where a talk's two tagged parties speak only at turns of one parity, one known
        by a description alone ("the old woman"), the other of the same sex by a name or a kin word used as one
        ("Mameto"): the beat makes them one person; else None."""
        if len(people) != 2 or len({i % 2 for i, _ in anchors}) != 1:
            return None
        described = [e for e in people if not any(m.kind == "PROP" for m in e.mentions)
                     and not any(m.kind == "NOM" and m.text.lower().split()[-1] in self.kin for m in e.mentions)]
        if len(described) != 1:
            return None
        (one,) = described
        (other,) = [e for e in people if e is not one]
        return (one, other) if one.gender in ("he", "she") and one.gender == other.gender \
            and not other.is_narrator else None

    def called_ones_answer(self, utterances: list[Utterance]) -> None:
        """“Jianguo!” “That has nothing to do with you.”: an untagged quote right after one that calls
        one person by name is that person's answer, a third party of the talk included (the beat of
        two, which the exchange follows, would give it to someone else)."""
        for k in range(1, len(utterances)):
            u, before = utterances[k], utterances[k - 1]
            # (by name: "Dad", whom the text names no other way, is better told by the turns)
            called = [e for e in before.vocatives if self.on_stage(e)]
            between = self.doc.text[before.end:u.start]
            # (nothing between, or only the call's own tag, the answer opening a paragraph: “Hans, please,” Birthe
            # said. / “I only say what is true.”; a call by a name, not a title: “You could come with me, Abang,”
            # she told her husband.)
            tagged = before.rule in ("explicit", "anaphoric") and self.one_sentence(between) \
                and "\n" not in between.strip() and BLANK_LINE.search(between) is not None \
                and bool(called) and called[0] in self.vocatives(before, by_name=True)
            if len(called) != 1 or called_by_a_word(called[0]) or self.breaks[k] or u.rule in ANCHOR_RULES \
                    or u.speaker is None \
                    or called[0] is before.speaker or called[0] in u.calls_on \
                    or between.strip() and not tagged or self.names_an_answer(utterances, k - 1) \
                    or self.own_name_given(utterances, k) is not None:
                continue        # (nor one giving the name the call went on to ask: “…, don Anselmo. Come,
                                # child, what is your name?” / “Rosa Painemal, padre.”)
            u.speaker, u.attribution, u.rule = called[0], "implicit", "answer"

    def names_an_answer(self, utterances: list[Utterance], k: int) -> bool:
        """“Who?” “Father Flynn.”, “What name?” “Greyson, office on second floor.”: a quote that opens
        with a name right after a question gives the name asked for; it calls nobody."""
        if k == 0 or self.breaks[k] or not utterances[k - 1].asks:
            return False
        return next(self.opening_names(utterances[k].quotes[0]), None) is not None

    def answered_calls(self, utterances: list[Utterance]) -> None:
        """“…” “So I did, Beth.”: a quote that calls one person by name answers them, so the guess for
        the quote just before it (a turn, with no narration between) goes to that person."""
        for k in range(1, len(utterances)):
            u, before = utterances[k], utterances[k - 1]
            called = [e for e in u.vocatives if self.on_stage(e)]
            if len(called) != 1 or called_by_a_word(called[0]) or self.breaks[k] or before.rule != "turn" \
                    or before.speaker is called[0] \
                    or called[0] is u.speaker or called[0] in before.calls_on \
                    or self.doc.text[before.end:u.start].strip():
                continue
            before.speaker = called[0]

    def first_part_calls(self, utterance: Utterance) -> list[Entity]:
        """Whom the utterance calls (vocatives and cries) in its quotes before any narration beyond a tag sentence."""
        quotes = utterance.quotes
        n = next((i for i in range(1, len(quotes))
                  if not self.one_sentence(self.doc.text[quotes[i - 1].end:quotes[i].start])), len(quotes))
        if n == len(quotes):
            return utterance.calls_on
        first = Utterance(quotes[:n], utterance.paragraph, speaker=utterance.speaker, tagged=utterance.tagged)
        return [e for e in self.vocatives(first) + self.title_calls(first) + self.cries(first)
                if e in utterance.calls_on]

    def talk(self, run: list[int]) -> range:
        """The utterances of the conversation a run belongs to (no long narration between them),
        at most CONVERSATION_MEMORY on either side (a text of dialogue alone stays linear)."""
        first, last = run[0], run[-1]
        while first > max(0, run[0] - CONVERSATION_MEMORY) and not self.breaks[first]:
            first -= 1
        while last + 1 < min(len(self.breaks), run[-1] + 1 + CONVERSATION_MEMORY) and not self.breaks[last + 1]:
            last += 1
        return range(first, last + 1)

    def other_participant(self, utterances: list[Utterance], run: list[int], known: Entity) -> Entity | None:
        """The second party of an exchange where only one is tagged: whom the quotes name, else
        whom the tagged one speaks to or the narration has them act upon, else the nearest other
        speaker of the conversation; first of all, one who gave their name when asked (‘Name?’ said the lieutenant.
        / ‘Justino Mamani Quispe.’ / ‘Age?’)."""
        answered = {u.speaker.id: u.speaker for k in run if (u := utterances[k]).rule == "answer"
                    and u.speaker is not None and u.speaker is not known}
        if len(answered) == 1:
            return next(iter(answered.values()))
        named = {e.id: e for k in run for e in utterances[k].vocatives if e is not known and self.on_stage(e)}
        if len(named) == 1:
            return next(iter(named.values()))
        for k in run:               # “…,” she said to me / Hana caught me on the stairs. “…”
            if utterances[k].speaker is known:
                addressed = utterances[k].tag_object or self.narrated_addressee(utterances[k])
                if addressed is not None and addressed is not known:
                    return addressed
        first = utterances[run[0]]
        # whoever else acts in the narration that opens the talk ("the colonel and my father took to
        # talking across the wall"; "I met Ewa on the Planty": I)
        led = self.other_lead(first, known)
        if led is not None:
            return led
        # a talk the narration just put me in is with me, not with the last speaker before it: "I met Ewa
        # on the Planty. …"; "Later that night there was a knock so soft I thought it was the pipes."
        after_narration = run[0] == 0 or bool(self.doc.text[utterances[run[0] - 1].end:first.start].strip())
        if self.narrator is not None and known is not self.narrator and after_narration \
                and self.narrator_in_scene(first):
            return self.narrator
        for k in list(range(run[0] - 1, max(-1, run[0] - CONVERSATION_MEMORY), -1)):
            if self.breaks[k + 1]:
                break
            if utterances[k].speaker is not None and utterances[k].speaker is not known:
                return utterances[k].speaker
        if run[0] == 0 or self.breaks[run[0]]:     # the talk opens here: whom the narration brought in
            return next((e for e in self.named_before(first)
                         if e is not known and e.gender != "they" and self.on_stage(e)), None)
        return None

    def not_the_one_addressed(self, utterance: Utterance) -> None:
        """“Verochka,” she said: the she who speaks is not Vera, whom she addresses; she is the
        last other person of that gender named before the quote."""
        wrong = utterance.speaker

        def fits(entity: Entity | None) -> bool:
            return (entity is not None and entity is not wrong and not entity.is_narrator
                    and entity.gender in (wrong.gender, "unknown")
                    and any(m.kind == "PROP" for m in entity.mentions))
        chosen = self.action_lead(utterance, max(0, utterance.start - CONVERSATION_GAP))
        if not fits(chosen):
            chosen = next((entity for entity in self.named_before(utterance) if fits(entity)), None)
        if chosen is not None:
            utterance.retag(chosen)

    def narrator_in_scene(self, utterance: Utterance) -> bool:
        """Whether the narration just before an utterance (its paragraph or the one before) has the
        narrator in it as "I", "me" or "my" ("sitting on the end of my bed", not "my father")."""
        k = bisect.bisect_right(self.bounds, utterance.start) - 1
        return self.narrator_told(self.paragraph_span(k)[0], utterance.start)

    def narrator_told(self, start: int, end: int) -> bool:
        """Does the narration in text[start:end] have the narrator in it as "I", "me" or "my" (not in the
        teller's aside, "in a way I did not understand", nor as the one whose kin is there)?"""
        for m in NARRATOR_WORDS.finditer(self.doc.text, start, end):
            span = self.doc.parse.char_span(m.start(), m.end())
            if m.group() == "my" and (span is None or span[0].head.lower_ in self.kin
                                      or span[0].head.lower_ in person_nouns()):
                continue        # "my father looked at him": my father is in the scene, I may not be
            if not self.inside_quote(m.start()) and not (span is not None and tellers_aside(span[0])):
                return True
        return False

    def named_before(self, utterance: Utterance):
        """The people mentioned before the utterance, outside quotes, nearest first, within a short way back."""
        k = bisect.bisect_left(self.index.starts, utterance.start)
        for start, end, entity in reversed(self.index.items[max(0, k - 40):k]):
            if utterance.start - start > CONVERSATION_GAP:
                return
            if not self.inside_quote(start) and not self.compared(start, end) and self.beside_furniture(start):
                yield entity

    def compared(self, start: int, end: int) -> bool:
        """Is the mention one a comparison brings in, no one present ("such a stick as the old-fashioned
        family practitioner used to carry", "like a man drowning")?"""
        span = self.doc.parse.char_span(start, end, alignment_mode="expand")
        root = span.root if span is not None else None
        return root is not None and (root.dep_ == "pobj" and root.head.lower_ in ("as", "like", "than")
                                     or root.dep_ in SUBJECT_DEPS and in_a_comparison(root))

    def last_named(self, utterance: Utterance) -> Entity | None:
        """The person mentioned last before the utterance, outside quotes, within a short way back; not one
        the quote is said to just before it ("Then, lower, to me: “Kunju, get up.”")."""
        k = bisect.bisect_left(self.index.starts, utterance.start)
        said_to = next((entity for start, _, entity in reversed(self.index.items[max(0, k - 3):k])
                        if SAID_TO.fullmatch(self.doc.text, max(0, start - 3), utterance.start)), None)
        return next((entity for entity in self.named_before(utterance) if entity is not said_to), None)

    @staticmethod
    def other_party(before: list[Utterance]) -> Entity | None:
        """The last speaker of the conversation other than the previous one."""
        last = before[0].speaker
        return next((u.speaker for u in before[1:] if u.speaker is not None and u.speaker is not last), None)

    def action_lead(self, utterance: Utterance, lower: int) -> Entity | None:
        """The subject of the narration sentence just before the quote (its last line or sentence):
        the last subject that is a person, nearest the quote (…, and he stammered: “…”); past one
        that only describes, to the last person who acts in the paragraph."""
        _, words = self.last_line(utterance, lower)
        ends = [i for i, t in enumerate(words[:-1]) if t.text in SENTENCE_END]
        sentences = [words[a + 1:b + 1] for a, b in zip([-1, *ends], [*ends, len(words) - 1])]
        if not sentences:
            return None
        last = sentences[-1]
        found = self.lead_in(last, acting=True, reading=utterance.written)
        described = self.lead_in(last, acting=False, reading=utterance.written) if found is None else None
        if described is not None:
            # the last sentence only describes (“her father had been at the works since the war”):
            # the last person who acts in the paragraph before it, else that one
            found = next((f for sentence in reversed(sentences[:-1])
                          if (f := self.lead_in(sentence, acting=True, reading=utterance.written))), described)
        return found

    def trailing_lead(self, utterance: Utterance) -> Entity | None:
        """The person named as the subject of the sentence that follows the quote, which opens its paragraph,
        where that sentence acts: “Where are you going?” Anna put down her cup."""
        text = self.doc.text
        end = text.find("\n", utterance.end)
        end = len(text) if end < 0 else end
        if not text[utterance.end:end].strip() or text[text.rfind("\n", 0, utterance.start) + 1:utterance.start].strip():
            return None       # (nor a quote cited in a sentence of narration: her letter said “…” Amma was offended)
        span = self.doc.parse.char_span(utterance.end, end, alignment_mode="contract")
        words = [t for t in span if not t.is_space] if span is not None else []
        if not words or words[0].is_quote or words[0].is_punct:
            return None
        # (the verb of the clause its opening name is subject of, which the parser may hang on a later one:
        # “Gopala, not on Ugadi.” Shastrigalu did not raise his voice; he never needed to.)
        opening = next((t for t in words if t.dep_ in SUBJECT_DEPS and t.left_edge.i == words[0].i
                        and t.pos_ == "PROPN"), None)
        root = opening.head if opening is not None else words[0].sent.root
        subject = next((t for t in root.children if t.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.pos_ == "PRON" or subject.i < words[0].i or self.inside_quote(subject.idx) \
                or nobody_in_particular(subject) or root.pos_ not in ("VERB", "AUX") or describes(root) \
                or is_speech_verb(root) or root.lemma_ in overhearing_verbs():
            return None
        entity = self.entity_for(subject, create=False)[0]
        if entity is None or entity.gender == "they" or entity in utterance.calls_on or not any(
                m.kind == "PROP" and m.start <= subject.idx < m.end for m in entity.mentions):
            return None
        return entity

    def identified_after(self, utterance: Utterance) -> Entity | None:
        """The person the sentence right after the quote says it was: “Tesfu? Tesfu, is it you?” It was my mother.
        ("That was" may open the next paragraph: “And for the Pa'i when he scolds?” / That was Chano, from the back
        bench.; "It was Ursule who went up to the front" there tells another thing)"""
        text = self.doc.text
        said = IT_WAS.match(text, utterance.end)
        if said is None:
            return None
        end = CLAUSE_END.search(text, said.end())
        entity = self.index.entity_at(said.end(), end.start()) if end is not None else None
        return entity if entity is not None and entity.type == "PER" and entity.gender != "they" else None

    def main_subject(self, utterance: Utterance, lower: int) -> Entity | None:
        """The person subject of the main verb of the narration sentence just before the quote, where that
        verb acts (not "which was how Soledad knew" set in it), named, described or "I" (a "he" or "she"
        is as often the one spoken to, whom coreference may miss)."""
        _, words = self.last_line(utterance, lower)
        if not words or self.inside_quote(words[-1].idx):
            return None
        root = words[-1].sent.root
        subject = next((t for t in root.children if t.dep_ in SUBJECT_DEPS), None)
        if subject is None or root.pos_ not in ("VERB", "AUX") or describes(root) or nobody_in_particular(subject) \
                or root.lemma_ in overhearing_verbs() or subject.idx < words[0].idx:
            return None
        entity = self.entity_for(subject)[0]
        if entity is None or entity.gender == "they":
            return None
        return entity if subject.pos_ != "PRON" or subject.lower_ == "i" else None

    def last_line(self, utterance: Utterance, lower: int) -> tuple[int, list]:
        """Where the last line of narration before the quote starts, from `lower` on, behind blank lines
        before the quote, and its words."""
        end = utterance.start
        while end > lower and self.doc.text[end - 1].isspace():
            end -= 1
        cut = max(self.doc.text.rfind("\n", lower, end) + 1, lower)
        if not self.beside_furniture(cut):
            return cut, []          # (a letter's greeting or signature: "Dearest Jadzia,", no one present)
        span = self.doc.parse.char_span(cut, utterance.start, alignment_mode="contract")
        return cut, [t for t in span if not t.is_space] if span is not None else []

    def other_lead(self, utterance: Utterance, besides: Entity) -> Entity | None:
        """The last person other than `besides` who acts in the narration paragraph just before the quote,
        where that paragraph does not have the narrator in it as I or me ("he met me for the first time")."""
        start, words = self.last_line(utterance, max(0, utterance.start - NARRATION_REACH))
        if self.narrator is not None and self.narrator_told(start, utterance.start):
            return None
        return self.lead_in(words, acting=True, besides=besides)

    def lead_in(self, words, acting: bool, besides: Entity | None = None, reading: bool = False) -> Entity | None:
        """The last person subject of the words (with `acting`, of a verb that does not only describe),
        other than `besides`; with `reading` (before a written quote), not one who reads or copies it out."""
        verbs = {t.i: t.head for t in words if t.dep_ in SUBJECT_DEPS and t.head.pos_ in ("VERB", "AUX")}
        misparsed = {t.i: verb for t in words if (verb := misparsed_verb(t)) is not None}
        if words and (verb := verb_cut_off(words)) is not None:
            misparsed[words[0].i] = verb
        verbs.update(misparsed)
        subjects = [t for t in words if t.i in verbs and not self.inside_quote(t.idx) and not supposed(verbs[t.i])]
        # "Hallam stood by the fire, while Pike wrote at the table": the main clause's subject leads
        # over one of a clause set in it
        # (and over one of a clause of where or when: "went to the kitchen, where Obi's mother was frying")
        aside = [t for t in subjects if verbs[t.i].dep_ == "advcl"
                 and any(c.dep_ == "mark" and c.lower_ in ASIDE_MARKS for c in verbs[t.i].children)
                 or verbs[t.i].dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ in ("where", "when")
                                                       for c in verbs[t.i].children)]
        subjects = aside + [t for t in subjects if t not in aside]
        # "baba looked at him in a way I did not understand": the teller's aside leads not, where another
        # subject does
        asides = [t for t in subjects if tellers_aside(t)]
        if len(asides) < len(subjects):
            subjects = [t for t in subjects if t not in asides]
        # "Ana María recalled that he spent the holiday reading the papers": one who tells or recalls what the
        # quote then gives leads over those in what is told
        told = {t.i for t in subjects if reported(verbs[t.i])}
        subjects = [t for t in subjects if t.i in told] + [t for t in subjects if t.i not in told]
        # "Her mother gave her three pieces of advice at the door, and Miren said them over to herself": the
        # one who gives the words the quote then gives leads
        giving = [t for t in subjects if gives_words(verbs[t.i])]
        subjects = [t for t in subjects if t not in giving] + giving
        for token in reversed(subjects):
            verb = verbs[token.i]
            if acting and token in aside and len(aside) < len(subjects):
                continue              # the main clause only describes: its subject still leads, not the aside's
            if nobody_in_particular(token):
                continue              # No one went to meet them. “What desolation!”; as if somebody might
            if reading and verb.lemma_.lower() in READING_VERBS:
                continue              # "… a letter which Lesieli read aloud at the graveside:": another's
            if token.lower_ in RELATIVE_SUBJECTS and verb.dep_ == "relcl":
                # "It was Ovllá-Ánde who spoke next": the one a cleft sets apart is the subject
                entity = self.entity_for(verb.head)[0] if cleft(verb) else None
                if entity is not None and entity is not besides and entity.gender != "they":
                    return entity
                continue              # "he looked at all who passed": the one a relative clause describes
            if in_a_comparison(token):
                continue              # "…, as a man moves a piece when he has lost": someone in a comparison
            if verb.dep_ == "relcl" and is_speech_verb(verb) and any(c.dep_ == "ccomp" for c in verb.children):
                continue              # "twenty-nine, which his mother said was far too old": an opinion told aside
            if acting and verb.lemma_ in REMEMBERING_VERBS and any(
                    c.dep_ == "dobj" and any(a.dep_ == "acl" and a.tag_ == "VBG" for a in c.children)
                    for c in verb.children):
                continue              # "Sarina remembered the two women arguing": a talk she only remembers
            if acting and verb.lemma_ in overhearing_verbs():
                # "He heard Henrietta Watkin's voice.": the one whose voice is heard leads
                owner = next((p for c in verb.children if c.dep_ == "dobj" and c.lower_ in not_speakers()
                              for p in c.children if p.dep_ == "poss" and p.pos_ != "PRON"), None)
                heard = self.entity_for(owner, create=False)[0] if owner is not None else None
                if heard is not None and heard is not besides and heard.gender != "they":
                    return heard
                continue              # "Uma, on the other side of the door, heard all of it": no party to it
            if verb.tag_ == "VB" \
                    and verb.dep_ in ("ccomp", "xcomp") and not is_speech_verb(verb) \
                    and verb.lemma_ not in ("speak", "talk"):
                continue              # "she watched me eat", "watched her mother scrape the pan": the one
                                      # watched does not lead ("heard her speak" does)
            entity = self.entity_for(token)[0]
            if entity is None and token.i in misparsed:     # the recogniser missed it where the parser did
                entity = self.one_named(token.text)
            # a group ("the way other people watch a fire") leads no quote: the person before it may
            if entity is not None and entity is not besides and entity.gender != "they" \
                    and not (acting and describes_only(verb)):
                return entity
        return None

    def addressees(self, utterances: list[Utterance], k: int) -> list[Entity]:
        utterance = utterances[k]
        if utterance.called:
            return utterance.called
        if utterance.tag_object is not None and utterance.tag_object is not utterance.speaker:
            return [utterance.tag_object]
        if utterance.speaker is None:
            return []
        near = self.conversation(utterances, k)[:1]
        if k + 1 < len(utterances) and not self.breaks[k + 1]:
            near.append(utterances[k + 1])
        others = {u.speaker.id: u.speaker for u in near if u.speaker is not None and u.speaker is not utterance.speaker}
        return list(others.values()) if len(others) == 1 else []

    def write(self, utterance: Utterance) -> None:
        for quote in utterance.quotes:
            speaker, rule = utterance.speaker, utterance.rule
            if quote.id in utterance.tagged:
                speaker, rule = utterance.tagged[quote.id]
            quote.speaker = speaker.id if speaker else None
            quote.attribution = ("implicit" if rule not in ("explicit", "anaphoric") else rule) if speaker else None
            quote.confidence = ATTRIBUTION_ACCURACY.get(rule, 0.0) if speaker else 0.0
            quote.addressees = [e.id for e in utterance.addressees if e is not speaker]
            if speaker is not None:
                self.add_person_pronouns(quote, speaker, utterance.addressees)

    def add_person_pronouns(self, quote: Quote, speaker: Entity, addressees: list[Entity]) -> None:
        span = self.doc.parse.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None:
            return
        for token in span:
            low = token.lower_
            if low in FIRST_PERSON and (low != "i" or token.text == "I"):
                target = speaker
            elif low in SECOND_PERSON and len(addressees) == 1:
                target = addressees[0]
            else:
                continue
            target.mentions.append(Mention(start=token.idx, end=token.idx + len(token.text),
                                           text=token.text, kind="PRON"))


@stage("speakers", requires=("quotes", "coref"), assigns=("quotes", "entities"))
def attribute_speakers(doc: Document) -> Document:
    if doc.quotes:
        speakers = Speakers(doc)
        if claimed := speakers.claimed_names():
            join_the_described_names(doc, claimed, take_name=False)
            speakers = Speakers(doc)
        speakers.run()
        if speakers.narrator is not None:
            join_the_narrators_names(doc, speakers.narrator, speakers.narrator_names)
        join_the_described_names(doc, speakers.described_names)
    join_kin_descriptions(doc)          # "his sister" of the narration too, quotations or none
    for entity in doc.entities:
        entity.mentions.sort(key=lambda m: m.start)
    return doc


def in_whose_hand(token) -> bool:
    """Is the token the one in whose hand a text is written: "in Thorup's own hand", "in my brother's schoolboy
    hand", "in the solicitor's hand" (not "from her brother's hand", "in my hands", "in his clerk's hand", a clerk's
    style; nor a pronoun's, "in his big schoolboy hand", which a sentence naming the one who wrote may stand
    before; nor a copyist's, "I had copied it for him in my school hand")?"""
    if token.dep_ != "poss":
        return False
    hand = token.head
    while hand.dep_ == "compound":
        hand = hand.head
    return hand.lower_ in HANDWRITING and hand.dep_ == "pobj" and hand.head.lower_ == "in" \
        and hand.head.head.lemma_ not in COPYING_VERBS \
        and (token.pos_ == "PROPN" or token.lower_ in kin_terms()
             or any(c.lower_ == "the" for c in token.children))


def full_name_given(name: str) -> str | None:
    """The given name of a name of three words or more, titles left aside ("Kamal Vishnu Gokhale" -> "kamal")."""
    words = [w for w in name.replace(".", " ").split() if not made_of_titles(w)]
    return words[0].lower() if len(words) >= 3 else None


def join_the_described_names(doc: Document, names: dict[str, Entity], take_name: bool = True) -> None:
    """A name heard only in quotations that a person known by a description answers to ("Hela",
    answered by "my mother") joins that person, and becomes their name; without `take_name`, a name a named
    person claims ("You will call me mostir") joins them and leaves their name as it is."""
    present = {id(e) for e in doc.entities}
    joined = {}
    for name_id, person in names.items():
        name = doc.entity(name_id)
        if name is None or id(person) not in present:
            continue                # joined already, as the narrator's name
        merge_into(person, name)
        if take_name:
            person.name = name.name
        joined[name_id] = person.id
    doc.replace_entities(joined)


# "the Colonel's only son", "Anna's husband": whose relative a description names, and as what.
POSSESSED_KIN = re.compile(r"^(?P<owner>.+?)[’']s\s+(?:\w+\s+)?(?P<term>[\w-]+)$")


def join_kin_descriptions(doc: Document) -> None:
    """“My son is not rich,” said by the Colonel: the son is the one person the narration calls
    the Colonel's son ("Dmitri Arkadyevich, the Colonel’s only son"), so what the quotation says
    of him ("He was born on the 19th of February 1861") is said of Dmitri. So is "his sister" of
    the narration, where "his" is old Marchetti: the one person called "old Marchetti's sister"."""
    kin = relation_terms()
    by_id = {e.id: e for e in doc.entities}
    attributed = sorted((q for q in doc.quotes if q.speaker), key=lambda q: (q.start, q.end))
    index = QuoteIndex(attributed)

    def speaker_at(offset: int) -> str | None:
        k = index.at(offset)
        return attributed[k].speaker if k is not None else None
    # whom a his/her stands for, where coreference said
    pronoun_of = pronoun_owners(doc.entities)

    def owner_of(m: Mention) -> str | None:
        first = m.text.split()[0]
        if first.lower() == "my":
            return speaker_at(m.start)
        if first.lower() in ("his", "her") and index.at(m.start) is None:
            owner = pronoun_of.get((m.start, m.start + len(first)))
            return owner.id if owner is not None else None
        return None
    # "my son" entities: described only in two words ("my son", "his son"), every "my TERM" of
    # them inside the quotations of one speaker, or every "his TERM" of the narration of one person:
    # (whose, TERM)
    said: dict[str, tuple[str, str]] = {}
    for entity in doc.entities:
        names = [m.text.lower().split() for m in entity.mentions if m.kind != "PRON"]
        if entity.type != "PER" or entity.is_narrator or not names \
                or any(m.kind == "PROP" for m in entity.mentions) or any(len(words) != 2 for words in names):
            continue
        keys = {(owner_of(m), m.text.lower().split()[1]) for m in entity.mentions
                if m.kind != "PRON" and m.text.lower().split()[0] in ("my", "his", "her")}
        if len(keys) == 1:
            whose, term = next(iter(keys))
            if whose is not None and term in kin:
                said[entity.id] = (whose, term)
    if not said:
        return
    # the named people the narration calls someone's TERM, by (that someone, TERM)
    aliases = {e.id: {a.text.lower() for a in e.aliases} for e in doc.entities if e.type == "PER"}
    relatives: dict[tuple[str, str], set[str]] = {}
    for entity in doc.entities:
        if entity.type != "PER" or not any(m.kind == "PROP" for m in entity.mentions):
            continue
        for m in entity.mentions:
            match = POSSESSED_KIN.match(" ".join(m.text.split())) if m.kind == "NOM" else None
            if match and match["term"].lower() in kin:
                owner = match["owner"].lower()
                for other, names in aliases.items():
                    if owner in names and other != entity.id:
                        relatives.setdefault((other, match["term"].lower()), set()).add(entity.id)
    gone = {}
    families = Families([e for e in doc.entities if e.type == "PER"])
    for entity_id, key in said.items():
        found = relatives.get(key, set())
        # else the one of the family the names tell: "my daughter" said by Monsieur Delorme
        member = families.member(by_id[key[0]], key[1]) if not found and key[0] in by_id else None
        if len(found) == 1 or member is not None:
            target = by_id[next(iter(found))] if found else member
            if target.gender not in (by_id[entity_id].gender, "unknown") and by_id[entity_id].gender != "unknown":
                continue
            merge_into(target, by_id[entity_id])
            gone[entity_id] = target.id
    doc.replace_entities(gone)


def join_the_narrators_names(doc: Document, narrator: Entity, calls: Counter) -> None:
    """A name heard only in quotations and used to call the narrator at least twice ("Davy",
    "Master Davy") is the narrator's name: its mentions join the narrator, who takes the name
    when the text gave none."""
    names = [e for e in doc.entities if calls[e.id] >= MIN_NARRATOR_CALLS and e is not narrator]
    if not names:
        return
    for entity in names:
        narrator.mentions.extend(entity.mentions)
    narrator.mentions.sort(key=lambda m: m.start)
    if narrator.name == "the narrator":
        narrator.name = max(names, key=lambda e: len(e.mentions)).name
    narrator.aliases = count_aliases(narrator.mentions)
    doc.replace_entities({e.id: narrator.id for e in names})
