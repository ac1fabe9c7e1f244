"""Coreference for people: third-person pronouns to the person they stand for.

Good enough for speech tags: each he/him/his/himself and she/her/hers/herself
goes to the most recent compatible person mention (same gender, or gender not
yet known) among the last few; a pronoun in the narration looks back over the
narration only (a name inside a quotation is seldom what the next "he" of the
narration means). The narrator's I/me/my are already mentions (narrator stage);
I and you inside quotations go to the speaker and addressee in the speakers
stage. Noun phrases ("the porter", "his secretary") stay entities of their own,
except a description in apposition to a person, on either side ("Anna Petrova, his
wife,", "my brother Tomáš", "Our mother, Ludmila,") or said of them with "to be"
("He was an engineer at the Kirov Works"): it joins them. So do roles only one person
has: the narrator's "my mother" and "our mother" outside quotations are one woman
(unique_kin.txt), and "the director" is Director Vlček when he alone bears that
office (role_titles.txt; not when he is also "Miss"/"Mrs." somebody, a sign of two
people merged by surname), and once the narrator has named one brother ("my brother
Tomáš"), every other "my brother" of the narration is him. These joins come before pronouns are resolved, so the
name learns the description's gender; a description said of a pronoun joins after.

Gender comes from a title (Mrs.), a common given name (Vera), a gendered head
noun ("the old man") or a plural head ("their daughters": they); then, for
people still unknown, from the pronouns resolved to them in a first pass; a
second pass resolves again with those genders. Among the two nearest people a
pronoun's own gender wins over unknown; a genderless noun phrase that is no
subject ranks below names. An object pronoun never goes to its own clause's
subject ("Anna looked at him"), nor a pronoun to a mention holding it ("her" of
"her mother"). (People the recogniser missed were added by the entities stage.) Each pronoun looks at a bounded window of earlier
mentions, so the stage is linear in text length.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter, deque

from spacy.tokens import Token

from personae.lang.en import (KIN_PREDICATES, RelationTerm, alternation, event_nouns, gendered_nouns, given_names,
                              group_words, honorifics, kin_terms, known_given_names, name_parts, person_nouns,
                              place_nouns, relation_modifiers, relation_terms, role_titles, speech_verbs,
                              title_synonyms, unique_kin, vessel_nouns)
from personae.model import Document, Entity, Mention
from personae.stages import stage
from personae.stages.aliases import (either_name_titles, father_stem, honorific_suffix, made_of_titles, parse_name,
                                     same_father, same_given)
from personae.stages.entities import SAINTS, canonical_text, count_aliases, head_phrase, name_key, who_set_off_after
from personae.stages.quotes import QUOTE_MARK, QUOTE_OPENERS, SALUTATION, letter_furniture, outside_quotes

PLACE_TYPES = ("GPE", "LOC", "FAC")
# Kinship words that lead a name as a title ("Uncle Wacek", "Aunt Zosia").
KIN_TITLES = {"uncle", "aunt", "auntie", "cousin", "grandfather", "grandmother", "grandpa", "grandma", "granny"}
# Marks that open a quotation and close none (not », ” or a dash: "« …, » Pietro said" is no call; nor ', as
# often an apostrophe)
OPENING_ONLY = tuple(QUOTE_OPENERS.replace("'", ""))
LEADING_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)     # "The Avvocato Ferdinando Bressan"
# Short and foreign forms of an office ("Dr. Bartoš", "Doktor Rosenthal" are who "the doctor" is).
TITLE_SYNONYMS = title_synonyms()
# The style of a clergyman before his name, and what the narration calls the one clergyman of a story
# so styled ("The Reverend Amos Thayer" is "the vicar", "Father Kálmán" "the priest").
PROTESTANT_CLERGY = frozenset({"minister", "vicar", "rector", "pastor", "parson", "clergyman", "chaplain", "curate"})
CATHOLIC_CLERGY = frozenset({"priest", "curé", "cure", "padre", "confessor"})
CLERGY_STYLES = {"reverend": PROTESTANT_CLERGY, "rev": PROTESTANT_CLERGY, "father": CATHOLIC_CLERGY,
                 "abbé": CATHOLIC_CLERGY, "abbe": CATHOLIC_CLERGY, "padre": CATHOLIC_CLERGY, "der": CATHOLIC_CLERGY}
PRONOUN_GENDER = {"he": "he", "him": "he", "his": "he", "himself": "he",
                  "she": "she", "her": "she", "hers": "she", "herself": "she"}
# Person mentions a pronoun looks back over, and how far back (characters).
WINDOW_MENTIONS = 12
WINDOW_CHARS = 1500
# A person of the pronoun's own gender wins over a nearer one of unknown gender among this many.
PREFER_KNOWN_AMONG = 2
# How far before its sentence a subject pronoun looks for the last subject of its gender (characters).
SUBJECT_REACH = 200
SUBJECT_DEPS = ("nsubj", "nsubjpass")
REPORTING_VERBS = {"say", "tell", "remark", "observe", "put", "write", "explain"}
EMBEDDED_DEPS = ("poss", "pobj")      # a person who only owns or follows a preposition
OBJECT_DEPS = ("dobj", "dative")     # a person something is done to or given
# Pronoun votes that set an unknown gender, and the share the winning gender needs.
MIN_GENDER_VOTES = 2
MIN_GENDER_SHARE = 0.75


def noun_gender(entity: Entity, parse) -> str:
    """The gender a person's mentions tell by a title ("Mrs."), a common given name ("Vera"), a kin
    word used as a name ("Dada"), a head noun ("the old man"), a plural head ("their daughters":
    they) or a people ("the British": they), or "unknown"."""
    nouns, titles, names, kin = gendered_nouns(), honorifics(), given_names(), relation_terms()
    seconds = name_parts()["gendered_second_names"]
    votes: Counter = Counter()
    titled: Counter = Counter()
    kin_said: Counter = Counter()       # "Sjoerd's mother": stated, where a given name's table gender is a guess
    # a name inside a longer one at the same place ("Mam" of "Mam Rauf") is the same word: it votes once
    longest: dict[int, int] = {}
    for m in entity.mentions:
        longest[m.start] = max(m.end, longest.get(m.start, m.end))
    name_ends = {m.end for m in entity.mentions if m.kind == "PROP"}
    for m in entity.mentions:
        if m.end < longest[m.start]:
            continue
        words = m.text.lower().replace("'s", "").replace("’s", "").replace(".", "").split()
        if not words:
            continue
        if titles.get(words[0]):
            votes[titles[words[0]]] += 1
            titled[titles[words[0]]] += 1
        elif m.kind == "PROP" and (given := honorific_suffix(words[0])[0]) in names:    # "Amir-khan": Amir
            votes[names[given]] += 1
        elif m.kind == "PROP" and (second := next((w for w in words[1:] if w in seconds), None)):
            votes[seconds[second]] += 1           # "Ratna Bahadur", "Dhan Maya"
        elif m.kind == "PROP" and len(words) == 1 and words[0] in kin and kin[words[0]].gender in ("he", "she"):
            votes[kin[words[0]].gender] += 1      # a kin word used as a name: "Dada", "Mam"
        elif m.kind == "PROP" and len(words) > 1 and words[0] not in titles and nouns.get(words[0]) in ("he", "she"):
            votes[nouns[words[0]]] += 1           # a register's "son Milan", "Wife Ilona"
        elif m.kind == "PROP" and words[0] == "the" and len(words) > 1 and names_a_people(parse, m):
            votes["they"] += 1                    # "the British", "the Hindus": a people, no one person
        elif m.kind == "PROP" and (said := named_of_pronoun(parse, m)):
            votes[said] += 1                      # "He was a young Russian named Gusev"
        elif m.kind == "NOM":
            head = head_noun(parse, m, words)
            if head in nouns:
                votes[nouns[head]] += 1
            elif head_is_plural(parse, m):
                votes["they"] += 1
            if head in kin and kin[head].gender in ("he", "she") and kin[head].predicate in KIN_PREDICATES \
                    and m.start - 2 in name_ends and set_off_by_comma(parse, m):
                kin_said[kin[head].gender] += 1
    # a kin word set off after the name says the sex ("Beppe, Sjoerd's mother": the Frisian grandmother, though the
    # table knows Beppe as an Italian man's pet name)
    if len(kin_said) == 1 and not titled.keys() - kin_said.keys():
        return next(iter(kin_said))
    return votes.most_common(1)[0][0] if votes else "unknown"


def named_of_pronoun(parse, mention: Mention) -> str:
    """The sex of a pronoun a name is given to through the noun it is said to be ("He was a young Russian
    from Cheboksary named Gusev": he), or ""."""
    span = parse.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("oprd", "dobj"):
        return ""
    verb = span.root.head
    noun = verb.head
    if verb.dep_ != "acl" or verb.lemma_ not in ("name", "call") or noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return ""
    subjects = [c.lower_ for c in noun.head.children if c.dep_ == "nsubj"]
    return PRONOUN_GENDER.get(subjects[0], "") if subjects and subjects[0] in ("he", "she") else ""


def set_off_by_comma(parse, mention: Mention) -> bool:
    span = parse.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.start > 0 and parse[span.start - 1].text == ","


def names_a_people(parse, mention: Mention) -> bool:
    span = parse.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.ent_type_ == "NORP"


def head_noun(parse, mention: Mention, words: list[str]) -> str:
    """The gendered noun heading a noun phrase: "woman" of "the young woman in the glass cage" and
    of "a woman servant" (a compound's gendered part, not a group's: "the company leader"), else its last word."""
    nouns = gendered_nouns()
    span = parse.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is not None:
        root = span.root
        for token in [root] + [c for c in root.children if c.dep_ == "compound" and nouns.get(c.lower_) != "they"]:
            if token.lower_ in nouns:
                return token.lower_
    return words[-1]


def head_is_plural(parse, mention: Mention) -> bool:
    span = parse.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.tag_ in ("NNS", "NNPS")


def named_as_place(entity: Entity, parse) -> bool:
    """A "person" whose every name the base recogniser calls a place ("Moscow"), and none a given name
    we know ("Kenji") nor a kin word ("Mamai"), nor one a "who" clause is set off after ("Bhagia, who was past
    seventy"), nor one that says something."""
    names = [m for m in entity.mentions if m.kind == "PROP"]
    if not names or len(names) < len(entity.mentions) \
            or any(m.text.split()[0].lower() in known_given_names() or m.text.lower() in relation_terms()
                   for m in names):
        return False
    for m in names:
        span = parse.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.root.ent_type_ not in PLACE_TYPES:
            return False
        if who_set_off_after(span[-1]):
            return False
        if span.root.dep_ == "nsubj" and span.root.head.lemma_ in speech_verbs():
            return False                # "Jarýi had said nothing": a place says nothing
    return True


def only_after_prepositions(entity: Entity, parse) -> bool:
    """A name of unknown sex and no given name we know, met only after a preposition ("the line from
    Shikoku", "the noise of Sakaisuji"; not "sat with Boris"), never acting, acted on or owning anything:
    more likely a place the recogniser did not know than a person a pronoun could mean."""
    names = [m for m in entity.mentions if m.kind != "PRON"]
    if entity.gender != "unknown" or not names or any(m.kind != "PROP" for m in names):
        return False
    given, titles = known_given_names(), honorifics()
    for m in names:
        span = parse.char_span(m.start, m.end, alignment_mode="expand")
        first = LEADING_ARTICLE.sub("", m.text).split()[0].lower().rstrip(".")
        if span is None or span.root.dep_ != "pobj" and not called_a_place(parse, span) \
                or first in given or first in titles and first not in SAINTS:
            return False      # (nor a name with a title: "lifted by the Reverend Septimus Ashby")
    return True


def called_a_place(parse, span) -> bool:
    """A name given to a place noun just before it: "a place called Sharpeville", "the village named Ndwedwe"."""
    before = parse[max(0, span.start - 2):span.start]
    return len(before) == 2 and before[1].lower_ in ("called", "named") \
        and (before[0].lemma_.lower() in place_nouns() | {"place", "spot"} or before[0].lower_ in place_nouns())


# Words opening a phrase that means no one person ("everybody else", "nobody", "anyone who knew"):
# no antecedent of he or she.
NO_ONE_IN_PARTICULAR = {"everybody", "everyone", "nobody", "no", "none", "anybody", "anyone", "every", "all"}


# the nouns of a state ("the republic", "the Reich"): what a description headed by one names is no person
STATE_NOUNS = frozenset(word for word, etype in group_words().items() if etype == "GPE" and " " not in word)


def no_one_in_particular(entity: Entity) -> bool:
    names = [m for m in entity.mentions if m.kind != "PRON"]
    return bool(names) and all(m.text.split()[0].lower() in NO_ONE_IN_PARTICULAR for m in names)


def names_a_happening(entity: Entity, parse) -> bool:
    """A "person" the mention model found only as descriptions headed by an event noun ("the lockout
    began the next day"), or named by a rite's ("after the first Mass"; not "Strike", a name too): a happening, no
    one a pronoun or a quotation could be given to."""
    names = [m for m in entity.mentions if m.kind != "PRON"]
    return bool(names) and all(m.kind == "NOM" and head_noun(parse, m, m.text.lower().split()) in event_nouns()
                               or m.kind == "PROP" and event_nouns().get(m.text.lower()) == "celebrate" for m in names)


def headed_only_by(entity: Entity, parse, nouns: frozenset[str], qualifying: bool = False) -> bool:
    """A "person" the mention model found only as descriptions headed by one of the nouns: a place noun ("The
    Infirmary was ruled by Sister Blackwell"), a building; a ship's ("the schooner"), a vessel; no one a pronoun
    or a quotation could be given to. With `qualifying`, also the words that qualify such a noun after them ("The
    Czech" of "The Czech republic")."""
    names = [m for m in entity.mentions if m.kind != "PRON"]
    return bool(names) and all(m.kind == "NOM" and (span := parse.char_span(m.start, m.end, alignment_mode="expand"))
                               is not None and described_head(span, qualifying).lower_ in nouns for m in names)


def described_head(span, qualifying: bool):
    """The head of a description, or with `qualifying`, the noun after it that its last word qualifies."""
    last = span[-1]
    return last.head if qualifying and last.dep_ in ("amod", "compound") and last.head.i >= span.end else span.root


LIKENESS_NOUNS = {"air", "manner", "look", "way", "likeness", "image", "picture"}


# the verbs that stand for another in a comparison: "as a sister does", "as a child would"
STAND_IN_VERBS = {"do", "would", "will", "must", "should", "can", "could", "might", "may"}


def standing_in_for(root) -> bool:
    """Is the noun the subject of a comparison's stand-in verb ("kissed him, as a sister does")?"""
    return root.dep_ == "nsubj" and root.head.lemma_ in STAND_IN_VERBS \
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in root.head.children)


def only_a_likeness(entity: Entity, parse) -> bool:
    """A "person" named only in a comparison ("rose with the air of a hostess whose guests have stayed",
    "fought like a man possessed", "as a child would"): no one present, whom a pronoun could mean."""
    names = [m for m in entity.mentions if m.kind != "PRON"]
    if not names or any(m.kind == "PROP" for m in names):
        return False
    for m in names:
        span = parse.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.text.lower().startswith(("a ", "an ")) and standing_in_for(span.root):
            continue
        if span is None or span.root.dep_ != "pobj":
            return False
        preposition = span.root.head
        likeness = preposition.lower_ == "like" \
            or preposition.lower_ == "of" and preposition.head.lemma_ in LIKENESS_NOUNS
        if not likeness:
            return False
    return True


def negated(verb) -> bool:
    """Does the verb say not ("was not a soldier")?"""
    return any(t.dep_ == "neg" for t in verb.children)


def only_denied(entity: Entity, parse, outside) -> bool:
    """A "person" the narration names only as what someone is not ("He was not a political man"): no one
    a pronoun could mean."""
    names = [m for m in entity.mentions if m.kind != "PRON"]
    if not names or any(m.kind == "PROP" or not outside(m.start) for m in names):
        return False
    for m in names:
        span = parse.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.root.dep_ != "attr" or span.root.head.lemma_ != "be" \
                or not negated(span.root.head):
            return False
    return True


def title_only(entity: Entity) -> bool:
    """A "person" that is only a title split off a name ("Mr." of "Mr. Bennet")."""
    titles = honorifics()
    return all(m.text.lower().rstrip(".") in titles for m in entity.mentions)


def named_as_kin(entity: Entity) -> bool:
    """Called only "Father" or "Mother" (a kin word as a name; pronouns aside)."""
    names = [m for m in entity.mentions if m.kind != "PRON"]
    return bool(names) and all(m.text.istitle() and m.text.lower() in unique_kin() for m in names)


# Kin words that name other kin in other languages: Dada (a father in Welsh and Uzbek; an elder brother in
# Marathi and Bengali, a grandfather in Hindi), Mama (a mother; a mother's brother in Marathi and Hindi; the
# father in Georgian), Opa (a grandfather in German and Dutch; an elder sister in Uzbek).
KIN_WORDS_OF_OTHER_KIN = frozenset(name_parts()["kin_words_of_other_kin"])
# A possessive before a kin word used as a name: “Your Amma is well”.
POSSESSIVE_KIN = re.compile(r"^(?:[Mm]y|[Yy]our|[Oo]ur)\s+")


def called_as_kin(entity: Entity, outside) -> bool:
    """Named as kin (`named_as_kin`), a quotation's possessive aside: "Amma" and “Your Amma is well”; a
    translation may keep the word in small letters as a name one is called by (“They fed me, äni.”; in the
    narration, "after mama died", it may be what a family calls another: "we called him mama")."""
    names = [m for m in entity.mentions if m.kind != "PRON"]
    return bool(names) and all(
        name.lower() in unique_kin() and (name.istitle() or m.kind == "PROP" and name.islower())
        for m in names if (name := POSSESSIVE_KIN.sub("", m.text)))


def pronoun_tokens(doc: Document) -> list[tuple[int, int, str, str, int | None]]:
    """(start, end, text, gender, end of its clause's subject if it is an object) of each he/she pronoun."""
    return [(t.idx, t.idx + len(t.text), t.text, PRONOUN_GENDER[t.lower_], clause_subject_end(t))
            for t in doc.parse if t.lower_ in PRONOUN_GENDER]


# Prepositions of place or direction: in a clause that moves or places an object, the pronoun after
# one may be its subject ("my grandfather called me to him", "she drew the shawl around her").
PLACING_PREPOSITIONS = {"to", "toward", "towards", "beside", "behind", "around", "round", "near", "against",
                        "over", "under", "beneath", "across", "onto"}
TOWARD = {"to", "toward", "towards"}
NAMING_VERBS = {"call", "name", "nickname", "christen", "dub"}
PERSONAL_OBJECTS = {"me", "him", "her", "us", "them", "you"}


def clause_subject_end(token) -> int | None:
    """For an object pronoun (him, her; not himself), where the subject of its verb ends; none where it
    places its clause's object by the subject ("called me to him", "put the bag beside her"). An object
    pronoun the parser made the subject of a bare infinitive ("Mary heard her say", "made him go") is
    the object of the verb above it, and so is a "her" it made the owner of the name she is called."""
    if (token.dep_ == "poss" and token.lower_ == "her" or token.dep_ == "compound" and token.lower_ in ("him", "her")) \
            and token.head.pos_ == "PROPN" \
            and token.head.dep_ in ("oprd", "dobj") and token.head.head.lemma_ in NAMING_VERBS:
        # "her grandmother called her Tendai": the parser owns the name by "her" (or makes "him" part of it), the
        # called one
        return subject_end(token.head.head)
    if token.dep_ == "nsubj" and token.lower_ in ("him", "her") and token.head.tag_ == "VB" \
            and token.head.dep_ in ("ccomp", "xcomp") and token.head.head.i != token.head.i:
        return subject_end(token.head.head)
    if token.dep_ not in ("dobj", "pobj", "dative", "iobj") or token.lower_.endswith("self"):
        return None
    verb = token.head
    while verb.dep_ == "prep" and verb.head.i != verb.i:
        verb = verb.head
    if token.dep_ == "pobj" and token.head.lower_ in PLACING_PREPOSITIONS:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        # "to him" moves a person ("called me to him"), not a thing told ("said it to him")
        if objects and (token.head.lower_ not in TOWARD or all(o.lower_ in PERSONAL_OBJECTS for o in objects)):
            return None
    return subject_end(verb)


# Words by which a subject leaves one out: "everyone but the priest", "all except his mother".
EXCEPTING = {"but", "except", "save", "besides"}


def subject_end(verb) -> int | None:
    """Where the verb's first subject word ends, if it has a subject; where the one it leaves out ends, for a
    subject that leaves one out ("everyone but the priest called him Keoni": not the priest)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    excepting = any(c.dep_ == "cc" and c.lower_ in EXCEPTING for c in subject.children)
    left_out = next((c for c in subject.children if c.dep_ == "conj" and excepting), None) \
        or next((g for c in subject.children if c.dep_ == "prep" and c.lower_ in EXCEPTING
                 for g in c.children if g.dep_ == "pobj"), None)
    word = left_out or subject
    return word.idx + len(word.text)


def clause_objects(subject) -> list:
    """The object tokens of a subject's verb: "him" of "he told him", "Oak" of "he said to Oak"."""
    verb = subject.head
    found = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return found + [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]


def root_dep(parse, mention: Mention) -> str:
    """The dependency of a mention's head: "nsubj" for a subject, "poss" or "pobj" for one that only
    owns or follows a preposition ("at his father's death")."""
    span = parse.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root.dep_ if span is not None else ""


def pronoun_owners(entities: list[Entity]) -> dict[tuple[int, int], Entity]:
    """(start, end) of each pronoun mention -> the person coreference gave it to."""
    return {(m.start, m.end): e for e in entities for m in e.mentions if m.kind == "PRON"}


# The dependencies of the words of a phrase that only sets the scene before a sentence's subject.
SCENE_SETTING_DEPS = frozenset({"advmod", "prep", "pobj", "det", "poss", "amod", "punct", "case", "npadvmod",
                                "compound", "nummod", "cc"})


def resolve(pronouns, people: list[Entity], genders: dict[str, str], outside, parse,
            beside_furniture) -> list[tuple[int, Entity]]:
    """Pair each pronoun (index into pronouns) with its antecedent person, one pass over the text.

    An object pronoun does not go to the subject of its own clause ("Anna looked at him"). A person whose
    gender no name or title tells takes the gender of the first his or her of the narration that goes to them
    as the nearest person and the subject of its clause ("Manizha was waiting at the gate in her white coat"),
    when a name stands for them: no pronoun of the other gender goes to them after, though one of theirs
    still goes first to one whose gender was known.
    """
    told = dict(genders)        # (with the genders learnt: whom a pronoun may go to, not whom it goes to first)
    proper = {e.id for e in people if any(m.kind == "PROP" for m in e.mentions)}
    # A pronoun comes before a mention starting with it ("her" of "her mother") and never goes to
    # a mention that holds it.
    # (the one a letter greets or is signed by, on a line of its own, is no one near it the pronouns are of:
    # `beside_furniture` tells a place outside those lines)
    events = sorted([(m.start, 1, e, m) for e in people for m in e.mentions
                     if not (e.is_narrator and m.kind == "PRON") and beside_furniture(m.start)] +
                    [(p[0], 0, k, p) for k, p in enumerate(pronouns)], key=lambda x: (x[0], x[1]))
    by_end = {m.end: e for e in people for m in e.mentions}
    # the subject is every mention holding its head word ("the clerk" and "the clerk there")
    subject_ends = sorted({p[4] for p in pronouns if p[4] is not None})
    subject_holders: dict[int, set[str]] = {}
    for e in people:
        for m in e.mentions:
            for k in range(bisect.bisect_right(subject_ends, m.start), bisect.bisect_right(subject_ends, m.end)):
                subject_holders.setdefault(subject_ends[k], set()).add(e.id)
    # A noun phrase of unknown gender ("some one of their daughters") is a weaker antecedent
    # than a name, a subject ("The porter brought tea.") or a person of the pronoun's gender.
    deps = {(m.start, m.end): root_dep(parse, m) for e in people for m in e.mentions}
    has_name = {e.id for e in people if any(m.kind == "PROP" or deps[(m.start, m.end)] in SUBJECT_DEPS
                                            for m in e.mentions)}
    narration: deque = deque(maxlen=WINDOW_MENTIONS)   # (start, end, entity) outside quotes
    anywhere: deque = deque(maxlen=WINDOW_MENTIONS)
    dep_at: dict[int, str] = {}         # start of a mention or resolved pronoun -> its dependency
    subject_pronoun = {t.idx: t for t in parse if t.lower_ in ("he", "she") and t.dep_ in SUBJECT_DEPS}
    owner_of_subject = {t.idx: t for t in parse if t.lower_ in ("his", "her") and t.dep_ == "poss"
                        and t.head.dep_ in SUBJECT_DEPS and t.i == t.sent.start}
    # "as my uncle had said the night before, he had taught me": the one an as-clause reports is not the
    # subject pronoun of the clause it is set in (start of the pronoun -> start of the reporter)
    reporters = {}
    for token in subject_pronoun.values():
        # the as-clause hangs on the pronoun's verb, or the parser hangs the verb on it
        clauses = [c for c in token.head.children if c.dep_ == "advcl"] + [token.head.head]
        for clause in clauses:
            if clause.idx < token.idx and clause.lemma_ in REPORTING_VERBS \
                    and any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children):
                reporter = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
                if reporter is not None:
                    reporters[token.idx] = reporter.left_edge.idx
    # whom a subject pronoun's own clause names as its object ("he said to Oak"): not the pronoun
    named_at = {m.start: e.id for e in people for m in e.mentions if m.kind != "PRON"}
    # "my father sent Yemane and me to his mother": the his of one something is sent or given to goes to its
    # clause's person subject over an object named nearer (start of the pronoun -> start of that subject)
    clause_owner = {}
    for t in parse:
        if t.lower_ in ("his", "her") and t.dep_ == "poss" and t.head.dep_ == "pobj" and t.head.head.lower_ == "to" \
                and t.head.head.dep_ in ("prep", "dative") and t.head.head.head.pos_ == "VERB":
            subject = next((c for c in reversed(list(t.head.head.head.children)) if c.dep_ in SUBJECT_DEPS
                            and c.i < t.i and c.pos_ != "PRON" and c.left_edge.idx in named_at), None)
            if subject is not None:
                clause_owner[t.idx] = subject.left_edge.idx
    # "Bhagia, who was past seventy and still slept by the gate as he had for fifty years": a subject pronoun
    # in a relative clause whose "who" is a named person goes to that person, when nobody is named between
    relative_owner = {}
    starts = sorted(named_at)
    for start, token in subject_pronoun.items():
        clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
        if clause is None or not any(c.dep_ in SUBJECT_DEPS and c.lower_ == "who" for c in clause.children):
            continue
        named = clause.head.left_edge.idx
        if named in named_at and bisect.bisect_left(starts, start) - bisect.bisect_right(starts, named) == 0:
            relative_owner[start] = named
    # "Manizha was waiting at the gate in her white coat": the his or her of the narration in a clause whose subject
    # is a name goes to that name's person (where the gender fits), over a nearer one of known gender
    subject_owner = {}
    for t in parse:
        if t.lower_ in ("his", "her") and t.dep_ == "poss" and outside(t.idx):
            verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb else None
            if subject is not None and subject.i < t.i and subject.pos_ == "PROPN" \
                    and subject.left_edge.idx in named_at:
                subject_owner[t.idx] = subject.left_edge.idx
    # "Nanaine Odile came over in the dark and put it over his head herself": a reflexive pronoun is the subject of
    # its verb, or of the verb that verb is joined to
    reflexive_owner = {}
    for t in parse:
        if t.lower_ in ("himself", "herself") and outside(t.idx):
            verb = t.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            while subject is None and verb.dep_ == "conj" and verb.head.i != verb.i:
                verb = verb.head
                subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None and subject.pos_ == "PROPN":
                reflexive_owner[t.idx] = next((i for i in (subject.left_edge.idx, subject.idx) if i in named_at), None)
    # "Dr. Fenwick came down to them. He was a brisk, red-faced man": a sentence of the narration opened
    # by a subject pronoun goes on with the subject of the sentence before, whose gender may not be known
    narrated = {start: token for start, token in subject_pronoun.items() if outside(start)}
    topic = {}
    strict = set()
    for start, token in narrated.items():
        sentence = token.sent
        # (also after a phrase that only sets the scene: "Then, to everybody's surprise, he laughed.")
        opening = sentence.start > 0 and (token.i - sentence.start <= 2 or all(
            t.dep_ in SCENE_SETTING_DEPS for t in parse[sentence.start:token.i]))
        # “That's a handsome maid,” he said: the tag of a quotation right after narration goes on
        # with that narration's subject ("The gatekeeper surveyed the retreating vehicle."), also where
        # the parser makes the tag a sentence of its own (“Where are the children?” | she asked.), and so
        # does a sentence of the narration right after a quote
        k = token.i - 1
        while k >= 0 and (not outside(parse[k].idx) or parse[k].is_punct or parse[k].is_space):
            k -= 1
        quoted = k < token.i - 1 and any(not outside(t.idx) for t in parse[k + 1:token.i])
        ended = k >= 0 and all(t.is_punct or t.is_space for t in parse[k + 1:parse[k].sent.end])
        if quoted and ended and (not opening or not QUOTE_MARK.search(parse[k + 1:token.i].text.partition("\n")[0])):
            before = parse[k].sent.root
            if opening:
                # (then only one known to be of the pronoun's gender: “Oh, don't take him away yet,” | she
                # moaned. is not the doctor's, who came forward before; and not after the narration's subject
                # has spoken: My grandfather looked at him. "You, Jalal?" / "I was not dancing." He took off
                # his hat.)
                strict.add(start)
        elif token.head.dep_ == "ROOT" and opening:
            before = parse[sentence.start - 1].sent.root
        else:
            before = None
        if before is not None and (opening or before is not token.head):
            subject = next((c for c in before.children if c.dep_ in SUBJECT_DEPS), None)
            # a name, or a subject pronoun resolved by then ("She was the eldest …" / — Neddy, she said.);
            # not two ("Miren and little Kattalin held hands … until their father turned round. | «…,» he said")
            if subject is not None and not any(c.dep_ == "conj" for c in subject.children) \
                    and (subject.left_edge.idx in named_at or subject.idx in subject_pronoun
                         and subject.lower_ == token.lower_):
                topic[start] = subject.left_edge.idx
    # "He was a brisk man …, and he had the air of one who …": the subject of a clause joined to the
    # sentence's main clause is the main clause's subject pronoun, when they are alike
    same_as = {}
    for start, token in narrated.items():
        if token.head.dep_ == "conj" and token.head.head.dep_ == "ROOT":
            main = next((c for c in token.head.head.children if c.dep_ in SUBJECT_DEPS), None)
            if main is not None and main.idx in subject_pronoun and main.lower_ == token.lower_:
                same_as[start] = main.idx
    resolved_at: dict[int, Entity] = {}
    objects = {start: {named_at[t.left_edge.idx] for t in clause_objects(token) if t.left_edge.idx in named_at}
               for start, token in subject_pronoun.items()}
    out = []
    for start, is_mention, item, mention in events:
        if is_mention:
            anywhere.append((start, mention.end, item))
            dep_at[start] = deps[(mention.start, mention.end)]
            if outside(start):
                narration.append((start, mention.end, item))
            continue
        gender = pronouns[item][3]
        pool = narration if outside(start) else anywhere
        reporter = reporters.get(start)
        near = [entity for mstart, mend, entity in reversed(pool)
                if start - mstart <= WINDOW_CHARS and mend <= start and mstart != reporter]
        subject_end = pronouns[item][4]
        subjects = {by_end[subject_end].id} if subject_end in by_end else set()
        subjects |= subject_holders.get(subject_end, set())
        near = list({e.id: e for e in near}.values())   # distinct, nearest first
        near = [e for e in near if e.id not in subjects and e.id not in objects.get(start, ())]
        if outside(start):
            # (the narration's "she" is never its "I", named in a quote just before: “Miss Zarghuna, …,” she said)
            near = [e for e in near if not e.is_narrator]
        compatible = [e for e in near if told[e.id] in (gender, "unknown")]
        named = [e for e in compatible if genders[e.id] == gender or e.id in has_name]
        entity = next((e for e in near[:PREFER_KNOWN_AMONG] if genders[e.id] == gender),
                      named[0] if named else compatible[0] if compatible else None)
        if start in topic:
            told_of = named_at.get(topic[start]) or getattr(resolved_at.get(topic[start]), "id", None)
            entity = next((e for e in compatible if e.id == told_of
                           and (start not in strict or genders[e.id] == gender)), entity)
        if same_as.get(start) in resolved_at:
            entity = next((e for e in compatible if e is resolved_at[same_as[start]]), entity)
        leading = subject_pronoun.get(start) or owner_of_subject.get(start)
        if entity is not None and leading is not None and outside(start):
            # "He had served … at his father's death; since then he lived …": a subject pronoun goes on
            # with the last subject of its gender, over a nearer person who was no subject; so does the
            # his of a subject opening its sentence ("he gave Mitko a sweet. His wife, Leli Penka, …")
            sentence = leading.sent
            prior = [(mstart, e) for mstart, mend, e in reversed(pool) if mend <= start
                     and mstart >= sentence.start_char - SUBJECT_REACH and genders[e.id] == gender]
            passed_over = EMBEDDED_DEPS + (OBJECT_DEPS if start in owner_of_subject else ())
            if prior and dep_at.get(prior[0][0]) in passed_over:
                entity = next((e for mstart, e in prior if dep_at.get(mstart) in SUBJECT_DEPS), entity)
        if reflexive_owner.get(start) is not None:
            entity = next((e for e in people if e.id == named_at[reflexive_owner[start]]
                           and genders[e.id] in (gender, "unknown")), entity)
        if start in subject_owner:
            entity = next((e for e in compatible if e.id == named_at[subject_owner[start]]), entity)
        if start in relative_owner and outside(start):
            entity = next((e for e in compatible if e.id == named_at[relative_owner[start]]), entity)
        if start in clause_owner and outside(start):
            entity = next((e for e in compatible if e.id == named_at.get(clause_owner[start])
                           and genders[e.id] == gender), entity)
        if entity is not None:
            if start in subject_owner and told[entity.id] == "unknown" and near[:1] == [entity] and entity.id in proper:
                told[entity.id] = gender
            by_end[pronouns[item][1]] = entity
            resolved_at[start] = entity
            out.append((item, entity))
            dep_at[start] = subject_pronoun[start].dep_ if start in subject_pronoun else ""
            anywhere.append((start, pronouns[item][1], entity))
            if outside(start):
                narration.append((start, pronouns[item][1], entity))
    return out


class People:
    """Finds or makes the person entity for a name (joined by name to one already known)."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.by_name: dict[str, Entity] = {}
        self.by_description: dict[str, Entity] = {}     # "the notary": one person, as the entities stage has it
        # the first or last word of a person's longer name ("Tolliver" of Ray Tolliver) -> those who have it
        self.by_word: dict[str, dict[str, Entity]] = {}
        for entity in doc.entities:
            if entity.type == "PER":
                for alias in entity.aliases:      # "Abbé Bonnefoy" is "the Abbé Bonnefoy"
                    self.by_name.setdefault(name_key(alias.text, "PROP"), entity)
                for m in entity.mentions:
                    if m.kind == "PROP" and len(words := m.text.split()) > 1 and entity.gender != "they":
                        for word in (words[0], words[-1]):
                            self.by_word.setdefault(word, {})[entity.id] = entity
                    elif m.kind == "NOM" and (key := name_key(m.text, "NOM")) is not None:
                        self.by_description.setdefault(key, entity)
        # "said the caretaker", where the narration made Antoni Kołodziej the caretaker, and only him
        titled, called_as = role_bearers(doc.parse, [e for e in doc.entities if e.type == "PER"],
                                         outside_quotes([(q.start, q.end) for q in doc.quotes]))
        for noun, bearers in [*called_as.items(), *titled.items()]:
            if len(bearers) == 1 and (noun not in titled or bearers == titled[noun]):
                self.by_description.setdefault(f"the {noun}", bearers[0])

    def add(self, start: int, end: int, kind: str = "PROP") -> tuple[Entity, Mention]:
        """A name joins the person of that name, a definite description ("the notary") the one so
        described; another noun phrase ("another", "a voice") is a person of its own."""
        text = self.doc.text[start:end]
        mention = Mention(start=start, end=end, text=text, kind=kind)
        entity = (self.by_name.get(name_key(text, "PROP")) if kind == "PROP"
                  else self.by_description.get(name_key(text, kind) or ""))
        if entity is None and kind == "PROP" and len(bearers := self.by_word.get(text, {})) == 1:
            entity = next(iter(bearers.values()))     # a word of one person's name, and of no one else's
        if entity is None:
            number = max((int(e.id[1:]) for e in self.doc.entities if e.id[1:].isdigit()), default=0) + 1
            entity = Entity(id=f"E{number}", type="PER", name=text)
            self.doc.entities.append(entity)
            self.by_name[name_key(text, "PROP")] = entity
            if kind == "NOM" and (key := name_key(text, kind)) is not None:
                self.by_description[key] = entity
        return entity, self.attach(entity, mention)

    @staticmethod
    def attach(entity: Entity, mention: Mention) -> Mention:
        """The mention as the entity holds it, given to it if it holds none at that span (its aliases
        counted again)."""
        # (a title standing alone, "Sardarji", is a person the speakers stage may name again where it stands)
        held = next((m for m in entity.mentions if (m.start, m.end) == (mention.start, mention.end)), None)
        if held is not None:
            return held
        entity.mentions.append(mention)
        entity.mentions.sort(key=lambda m: m.start)
        entity.aliases = count_aliases(entity.mentions, frozenset(a.text for a in entity.aliases if a.variant))
        return mention


@stage("coref", requires=("entities", "quotes", "narrator"), assigns=("entities",))
def resolve_pronouns(doc: Document) -> Document:
    told = any(e.is_narrator for e in doc.entities)     # "Father" of a narrator's story is a person, not a title
    outside = outside_quotes([(q.start, q.end) for q in doc.quotes])
    for entity in doc.entities:
        if entity.type == "PER" and names_a_happening(entity, doc.parse):
            entity.type = "OTHER"
        elif entity.type == "PER" and headed_only_by(entity, doc.parse, place_nouns()):
            entity.type = "FAC"
        elif entity.type == "PER" and headed_only_by(entity, doc.parse, vessel_nouns()):
            entity.type = "VEH"
        elif entity.type == "PER" and headed_only_by(entity, doc.parse, STATE_NOUNS, qualifying=True):
            entity.type = "GPE"     # "The Czech republic put a teacher into the village": no one a "he" goes to
    # (a kin word called as a name in a told story, "since Thatha died", is a person whatever the
    # base recogniser or the parser made of it)
    people = [e for e in doc.entities if e.type == "PER" and (not title_only(e) or told and named_as_kin(e))
              and (told and named_as_kin(e) or not named_as_place(e, doc.parse)
                   and not only_after_prepositions(e, doc.parse))
              and not only_a_likeness(e, doc.parse) and not no_one_in_particular(e)
              and not only_denied(e, doc.parse, outside)]
    if not people:
        return doc
    # descriptions join their person before pronouns are resolved, so that "Our mother, Ludmila,"
    # tells Ludmila's gender; those said of a pronoun ("He was an engineer") join after
    # a title alone in apposition ("Herr Otto Kühnel, the Blockleiter,") joins too, and then names
    # its bearer for the role join's second pass ("the Blockleiter" later on)
    titled = [e for e in doc.entities if e.type == "PER" and title_only(e)]
    for join in (lambda: join_roles(doc, people, outside), lambda: join_dashed_names(doc, people),
                 lambda: join_named_descriptions(doc, people),
                 lambda: join_descriptions(doc, people, titled),
                 lambda: join_named_kin(people, outside, doc.text), lambda: join_roles(doc, people, outside)):
        joined = join()
        doc.entities = [e for e in doc.entities if id(e) not in joined]
        people = [e for e in people if id(e) not in joined]
    for entity in people:
        if entity.gender == "unknown":
            entity.gender = noun_gender(entity, doc.parse)
    pronouns = pronoun_tokens(doc)
    furniture = letter_furniture(doc.text)
    beside_furniture = outside_quotes(furniture)
    genders = {e.id: e.gender for e in people}
    votes: dict[str, Counter] = {e.id: Counter() for e in people}
    for k, entity in resolve(pronouns, people, genders, outside, doc.parse, beside_furniture):
        votes[entity.id][pronouns[k][3]] += 1
    for entity in people:
        if entity.gender == "unknown" and not entity.is_narrator and votes[entity.id]:
            gender, n = votes[entity.id].most_common(1)[0]
            if n >= MIN_GENDER_VOTES and n >= MIN_GENDER_SHARE * sum(votes[entity.id].values()):
                entity.gender = gender
                genders[entity.id] = gender
    taken = {(m.start, m.end) for e in doc.entities for m in e.mentions}
    for k, entity in resolve(pronouns, people, genders, outside, doc.parse, beside_furniture):
        start, end, text = pronouns[k][:3]
        if (start, end) not in taken:
            entity.mentions.append(Mention(start=start, end=end, text=text, kind="PRON"))
    address_the_greeted(doc, people, outside, taken, furniture)
    for entity in people:
        entity.mentions.sort(key=lambda m: m.start)
    joined = join_descriptions(doc, people) | join_called_names(doc, people)
    joined |= join_family_roles(doc, [e for e in people if id(e) not in joined])
    joined |= join_owned_kin([e for e in people if id(e) not in joined])
    joined |= join_narrators_parents(doc, [e for e in people if id(e) not in joined], outside)
    joined |= join_narrators_sibling(doc, [e for e in people if id(e) not in joined], outside)
    joined |= join_the_old(doc, [e for e in people if id(e) not in joined])
    joined |= join_introduced(doc, [e for e in people if id(e) not in joined])
    if joined:
        doc.entities = [e for e in doc.entities if id(e) not in joined]
    unbind_objects(pronouns, [e for e in people if id(e) not in joined])
    return doc


SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.IGNORECASE)


def address_the_greeted(doc: Document, people: list[Entity], outside, taken: set[tuple[int, int]],
                        furniture: list[tuple[int, int]]) -> None:
    """In letters the narrator writes, the narration's "you" is the one the letter greets on a line of its own
    ("Dearest Jadzia," … "You wrote to me at Christmas"), up to the letter's signature (`furniture`: the
    paragraphs that greet or sign, `letter_furniture`)."""
    if not any(e.is_narrator for e in doc.entities):
        return
    named = sorted((m.start, m.end, e) for e in people for m in e.mentions if m.kind == "PROP")
    starts = [start for start, _, _ in named]
    for k, (start, end) in enumerate(furniture):
        greeting = SALUTATION.match(doc.text, start)
        if greeting is None or greeting.group("name") is None:
            continue
        at = bisect.bisect_right(starts, greeting.start("name")) - 1
        if at < 0 or named[at][1] <= greeting.start("name"):
            continue
        greeted = named[at][2]
        letter_end = furniture[k + 1][0] if k + 1 < len(furniture) else len(doc.text)
        for you in SECOND_PERSON.finditer(doc.text, end, letter_end):
            if outside(you.start()) and you.span() not in taken:
                greeted.mentions.append(Mention(start=you.start(), end=you.end(), text=you[0], kind="PRON"))
                taken.add(you.span())


def unbind_objects(pronouns, people: list[Entity]) -> None:
    """An object pronoun that the joins after resolution have made one person with its clause's subject ("his
    father told him", "his father" found to be the one "him" went to) is not that person: it loses the pronoun."""
    subject_at = {m.end: e for e in people for m in e.mentions}
    bound: dict[int, set[tuple[int, int]]] = {}      # id() of a subject's person -> its clauses' object pronouns
    for start, end, _, _, subject_end in pronouns:
        if subject_end is not None and (subject := subject_at.get(subject_end)) is not None:
            bound.setdefault(id(subject), set()).add((start, end))
    for entity in people:
        if id(entity) in bound:
            entity.mentions = [m for m in entity.mentions
                               if m.kind != "PRON" or (m.start, m.end) not in bound[id(entity)]]


INDEFINITE = re.compile(r"(?i)(?:a|an)\s+(?:[\w-]+\s+){0,2}?([\w-]+)")
INTRODUCTION_REACH = 2000     # characters after "a man" where "the man" may take him up


def join_introduced(doc: Document, people: list[Entity]) -> set[int]:
    """One the text brings in as "a man" (met once, with the pronouns after him) is "the man" it speaks
    of next, within a page, when no other "a man" comes between: "A man lay on the nets … he said …
    The man hissed". Returns the ids (id()) of the entities joined."""
    nouns = set(gendered_nouns()) | person_nouns()
    definite: list[tuple[int, str, Entity]] = []       # (start, head noun, entity) of each "the <noun>"
    brought: list[tuple[int, str, Entity]] = []        # the same of each one-off "a <...> <noun>"
    for entity in people:
        told = [m for m in entity.mentions if m.kind != "PRON"]
        for m in told:
            words = head_phrase(m.text).lower().split()
            if m.kind == "NOM" and len(words) == 2 and words[0] == "the" and words[1] in nouns:
                definite.append((m.start, words[1], entity))
        if len(told) == 1 and told[0].kind == "NOM" and (match := INDEFINITE.fullmatch(head_phrase(told[0].text))) \
                and match.group(1).lower() in nouns:
            brought.append((told[0].start, match.group(1).lower(), entity))
    # by noun, in text order, so that each look is a bisection (a novel has thousands of "the man")
    the_noun: dict[str, list[tuple[int, Entity]]] = {}
    for at, noun, entity in sorted(definite, key=lambda d: d[0]):
        the_noun.setdefault(noun, []).append((at, entity))
    a_noun: dict[str, list[int]] = {}
    for at, noun, _ in sorted(brought, key=lambda b: b[0]):
        a_noun.setdefault(noun, []).append(at)
    joined: set[int] = set()
    for start, noun, entity in brought:
        found = the_noun.get(noun, [])
        k = bisect.bisect_right(found, start, key=lambda d: d[0])
        if k == len(found):
            continue
        at, later = found[k]
        others = a_noun[noun]
        between = bisect.bisect_left(others, at) - bisect.bisect_right(others, start)
        if at - start > INTRODUCTION_REACH or later is entity or between:
            continue
        merge_into(later, entity)
        joined.add(id(entity))
    return joined


OLD_ONE = re.compile(r"(?i)the\s+old\s+(man|woman|gentleman|lady)")


def join_the_old(doc: Document, people: list[Entity]) -> set[int]:
    """"The old man" ("the old woman") of a text with one named elder of that sex, one the text calls by a
    grandparent's word ("Zeyde", "Bestemor", "my grandfather") or "Old X" and by a name of their own, is
    that elder. Returns the ids (id()) of the entities joined."""
    terms = relation_terms()
    elder_words = {w for w in unique_kin() if terms[w].predicate == "relative_of"}

    def elder(entity: Entity) -> bool:
        for m in entity.mentions:
            words = m.text.lower().replace("’", "'").split()
            if m.kind == "PROP" and words and (words[0] in elder_words or words[0] == "old") \
                    or m.kind == "NOM" and len(words) == 2 and words[0] in ("my", "his", "her", "our", "their") \
                    and words[1] in elder_words:
                return True
        return False
    # (named by more than a kin word: "Grandpa" alone may be long dead, "the old man" someone else)
    named = [e for e in people if any(m.kind == "PROP" and m.text.lower() not in terms for m in e.mentions)
             and not e.is_narrator]
    elders = {sex: [e for e in named if e.gender == sex and elder(e)] for sex in ("he", "she")}
    joined: set[int] = set()
    for entity in people:
        told = [m for m in entity.mentions if m.kind != "PRON"]
        if not told or not all(OLD_ONE.fullmatch(m.text) for m in told):
            continue
        sex = gendered_nouns().get(OLD_ONE.fullmatch(told[0].text).group(1).lower())
        if sex in elders and len(elders[sex]) == 1:
            merge_into(elders[sex][0], entity)
            joined.add(id(entity))
    return joined


# "the only daughter of Mendel and Sheyna Rosenblum", "the son of Anna Weber"
CHILD_OF = re.compile(r"\b(?:daughter|son|child)\s+of\s+(?P<one>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
                      r"(?:\s+and\s+(?P<two>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*))?")


def join_narrators_parents(doc: Document, people: list[Entity], outside) -> set[int]:
    """The narrator said to be "the only daughter of Mendel and Sheyna Rosenblum": the narrator's "my
    father" is Mendel Rosenblum, "my mother" Sheyna Rosenblum (a person, whatever the recogniser
    called the name). Returns the ids (id()) of the entities joined."""
    narrator = next((e for e in people if e.is_narrator), None)
    match = next((found for m in narrator.mentions if m.kind == "NOM" and (found := CHILD_OF.search(m.text))),
                 None) if narrator is not None else None
    if match is None:
        return set()
    names = [" ".join(match["one"].split())] + ([" ".join(match["two"].split())] if match["two"] else [])
    if len(names) == 2 and len(names[0].split()) == 1 and len(names[1].split()) > 1:
        names[0] += " " + names[1].split()[-1]          # "Mendel and Sheyna Rosenblum": both Rosenblums
    bearers = [next((e for e in doc.entities if any(a.text == name for a in e.aliases)), None) for name in names]
    genders = [b.gender if b is not None and b.gender in ("he", "she") else given_names().get(n.split()[0].lower(), "")
               for b, n in zip(bearers, names)]
    if len(genders) == 2 and sorted(genders) in (["", "he"], ["", "she"]):      # one known tells the other
        known = genders[0] or genders[1]
        genders = [g or ("she" if known == "he" else "he") for g in genders]
    parents: dict[str, Entity] = {}
    for bearer, gender in zip(bearers, genders):
        if bearer is None:
            continue
        bearer.type = "PER"
        if gender:
            bearer.gender = gender
            parents.setdefault(gender, bearer)
    joined: set[int] = set()
    kin = relation_terms()
    for entity in people:
        # the narrator's "my father" (with what the narration calls him besides, "a young man"; what a
        # quotation calls him is said from its speaker's side), and no other kinship of the narration
        # ("her father"): nobody coreference may have mixed into it
        phrases = {tuple(m.text.lower().split()) for m in entity.mentions if m.kind == "NOM" and outside(m.start)}
        kinship = {words[:2] for words in phrases if len(words) > 1 and words[1] in kin}
        terms = {term for whose, term in kinship if whose == "my"}
        if entity.is_narrator or len(terms) != 1 or len(kinship) != 1 \
                or any(m.kind == "PROP" and m.text.lower() not in unique_kin() for m in entity.mentions):
            continue
        term = kin[terms.pop()]
        parent = parents.get(term.gender) if term.predicate == "parent_of" else None
        if parent is not None and parent is not entity:
            merge_into(parent, entity)
            joined.add(id(entity))
    return joined


# "my brother", "my little brother": the narration's word for a sibling of the narrator (any words between)
MY_SIBLING = re.compile(r"(?i)my\s+(?:[a-z-]+\s+)?(?P<term>[a-z-]+)")


def join_narrators_sibling(doc: Document, people: list[Entity], outside) -> set[int]:
    """The narrator's "my brother" is the one named person the narration calls "my brother" or "my little
    brother" (Yemane), where the narrator speaks of no other ("my brothers", "my elder brother"): a
    description alone, with no name, joins them. Returns the ids (id()) of the entities joined."""
    if not any(e.is_narrator for e in people):
        return set()
    terms = {w for w, term in relation_terms().items() if term.predicate == "sibling_of" and term.gender}

    def siblings(entity: Entity) -> set[str]:
        return {match["term"].lower() for m in entity.mentions if m.kind == "NOM" and outside(m.start)
                and (match := MY_SIBLING.fullmatch(head_phrase(m.text).strip()))
                and match["term"].lower() in terms}
    named: dict[str, list[Entity]] = {}
    for entity in people:
        if any(m.kind == "PROP" for m in entity.mentions):
            for term in siblings(entity):
                named.setdefault(term, []).append(entity)
    joined: set[int] = set()
    for entity in people:
        said = siblings(entity)
        if entity.is_narrator or any(m.kind == "PROP" for m in entity.mentions) or len(said) != 1 \
                or any(m.kind == "NOM" and not MY_SIBLING.fullmatch(head_phrase(m.text).strip())
                       for m in entity.mentions):
            continue
        (term,) = said
        if len(named.get(term, ())) == 1 and not several_kin(doc.text, term):
            merge_into(named[term][0], entity)
            joined.add(id(entity))
    return joined


# "his wife", "her father": the description of a spouse or a parent, by whose pronoun.
FAMILY_ROLE = re.compile(r"(?i)(?P<whose>his|her)\s+(?P<term>wife|widow|husband|widower|mother|father|sister)")


class Families:
    """The named people of each surname, with gender and whether a title makes them married
    (Mrs., Madame) or unmarried (Miss, Mademoiselle; "Mademoiselle Émilie" of Émilie Delorme)."""

    def __init__(self, people: list[Entity]):
        self.members: dict[str, list[tuple[Entity, str]]] = {}     # surname -> (person, standing)
        self.surname: dict[int, str] = {}
        self.fathers_name: dict[int, str] = {}   # the father's given name a patronymic or nasab tells
        self.given: list[tuple[Entity, set[str]]] = []     # each man's given names, also of several words
        given = known_given_names()
        for person in people:
            forms = [parse_name(m.text) for m in person.mentions if m.kind == "PROP"]
            stems = sorted({father_stem(f.patronymic) for f in forms if f.patronymic}, key=len)
            if stems and all(same_father(stems[0], stem) for stem in stems):
                self.fathers_name[id(person)] = stems[0]
            if person.gender == "he":
                names = {" ".join(f.tokens[:n]) for f in forms for n in range(1, len(f.tokens) + 1)}
                self.given.append((person, names))
            # (a surname after Miss, Signora, which may lead a given name too: "Miss Moss", not "Miss Kitty"
            # nor "Mademoiselle Émilie" of Émilie Delorme)
            own_given = given | {f.first for f in forms if f.first}
            surnames = {f.last or f.tokens[0] for f in forms if f.tokens and (f.last or f.titles and (
                not f.given_only or f.titles[0] in either_name_titles() and f.tokens[0] not in own_given))}
            if len(surnames) == 1 and person.gender in ("he", "she"):
                (surname,) = surnames
                standing = next((f.standing for f in forms if f.standing), "")
                self.surname[id(person)] = surname
                # and of the first of two surnames: Anselmo Echeverría Ruiz is an Echeverría too
                firsts = {t for f in forms if len(f.tokens) > 2 and f.last == surname
                          for t in f.tokens[1:-1] if t not in own_given}
                for name in (surname, *sorted(firsts)):
                    self.members.setdefault(name, []).append((person, standing))

    def member(self, owner: Entity, term: str) -> Entity | None:
        """The one person a family word of the owner's names: Mr. Bennet's wife is the one married
        woman of his surname (Mrs. Bennet), hers the one man of it; the mother (father) of someone of
        the name who is neither is that woman (man), when the name has one couple, and the mother of one
        not married the one married woman of the name however many men it has, and the sister of
        someone unmarried the one unmarried woman of it; the daughter of one
        of the couple is the one unmarried woman of the name."""
        if term == "father" and id(owner) in self.fathers_name:
            # Mykola Stepanovych's father is the one Stepan, Mahmud son of Abd al-Rahman's the one Abd al-Rahman
            stem = self.fathers_name[id(owner)]
            fathers = [p for p, names in self.given if p is not owner and any(same_given(n, stem) for n in names)]
            if len(fathers) == 1:
                return fathers[0]
        everyone = self.members.get(self.surname.get(id(owner), ""), [])
        members = [(p, standing) for p, standing in everyone if p is not owner]
        wives = [p for p, standing in members if standing == "married" and p.gender == "she"]
        men = [p for p, _ in members if p.gender == "he"]
        daughters = [p for p, standing in members if standing == "unmarried" and p.gender == "she"]
        owner_married = any(p is owner and standing == "married" for p, standing in everyone)
        if term in ("wife", "widow") and owner.gender == "he" and len(wives) == 1:
            return wives[0]
        if term in ("husband", "widower") and owner_married and len(men) == 1:
            return men[0]
        if term in ("mother", "father") and not owner_married and len(wives) == 1 and len(men) == 1:
            return wives[0] if term == "mother" else men[0]     # one couple of the name, and not the owner
        if term == "sister" and not owner_married and len(daughters) == 1:
            return daughters[0]         # Robert Ashcombe's sister is the one Miss Ashcombe
        if term == "mother" and not owner_married and len(wives) == 1:
            return wives[0]             # Judith and Miss Ashcombe's mother is the one Mrs Ashcombe
        if term == "daughter" and (owner_married or owner.gender == "he" and len(wives) == 1) and len(daughters) == 1:
            return daughters[0]
        return None


def join_family_roles(doc: Document, people: list[Entity]) -> set[int]:
    """"His wife" (widow), "her husband", "her mother", "his father", where coreference says whose,
    are the one member of the family the names tell (`Families.member`). Returns the ids (id()) of
    the entities joined."""
    owner_of = pronoun_owners(people)
    families = Families(people)
    joined: set[int] = set()
    for entity in people:
        if entity.is_narrator or any(m.kind == "PROP" for m in entity.mentions):
            continue
        matches = [(m, FAMILY_ROLE.fullmatch(head_phrase(m.text).strip())) for m in entity.mentions if m.kind == "NOM"]
        owners = [owner_of.get((m.start, m.start + len(match["whose"]))) if match else None for m, match in matches]
        roles = {(id(owner), match["term"].lower()) if match else None for owner, (_, match) in zip(owners, matches)}
        if len(roles) != 1 or None in roles or owners[0] is None:
            continue
        target = families.member(owners[0], matches[0][1]["term"].lower())
        if target is not None and entity.gender in ("unknown", target.gender):
            merge_into(target, entity)
            joined.add(id(entity))
    return joined


# "his father", "Tashi's wife": a kin word of one owner, a pronoun or a name
OWNED_KIN = re.compile(r"(?P<whose>(?i:his|her|their)|[A-Z][\w’'-]*?(?=['’]s\s))(?:['’]s)?\s+(?P<term>[a-z-]+)")


def join_owned_kin(people: list[Entity]) -> set[int]:
    """A person's one father (mother, husband, wife) is one person: "his father", where coreference says
    whose, is the named person the text calls so of the same owner ("his father, Dorje Wangdu"; "Tashi's
    wife Dekyi"), or, when none is named so, the first such description of that owner; a father's "his
    father" is that father. Returns the ids (id()) of the entities joined."""
    owner_of = pronoun_owners(people)
    named_at = {(m.start, m.end): e for e in people for m in e.mentions if m.kind == "PROP"}
    kin = relation_terms()
    # (a role: father and Pala are ("parent_of", "he"))
    roles = {term: (kin[term].predicate, kin[term].gender) for term in unique_kin()
             if term in kin and kin[term].predicate in ("parent_of", "spouse_of") and kin[term].gender in ("he", "she")}
    keys: dict[int, set[tuple[int, tuple[str, str]]]] = {}      # id(entity) -> (id(owner), role) it is described by
    for entity in people:
        for m in entity.mentions:
            match = OWNED_KIN.fullmatch(m.text) if m.kind == "NOM" else None
            if match is None or match["term"] not in roles:
                continue
            at = (m.start, m.start + len(match["whose"]))
            owner = owner_of.get(at) if match["whose"].lower() in ("his", "her", "their") else named_at.get(at)
            if owner is not None and owner is not entity:
                keys.setdefault(id(entity), set()).add((id(owner), roles[match["term"]]))
    by_id = {id(e): e for e in people}
    joined: set[int] = set()
    where: dict[int, Entity] = {}

    def now(entity: Entity) -> Entity:          # the entity an earlier join of this pass took it into
        while id(entity) in joined:
            entity = where[id(entity)]
        return entity

    def holders(owner: Entity, role: tuple[str, str]) -> list[Entity]:
        return list({id(now(by_id[e])): now(by_id[e]) for e, owned in keys.items()
                     for o, r in owned if r == role and now(by_id[o]) is owner}.values())

    def join(entity: Entity, target: Entity | None) -> None:
        if target is not None and target is not entity and entity.gender in ("unknown", target.gender):
            merge_into(target, entity)
            joined.add(id(entity))
            where[id(entity)] = target

    def named(entity: Entity) -> bool:
        return entity.is_narrator or any(m.kind == "PROP" for m in entity.mentions)
    described = [e for e in people if len(keys.get(id(e), ())) == 1 and not named(e)]
    for entity in described:
        owner_id, role = next(iter(keys[id(entity)]))
        owner = now(by_id[owner_id])
        if role[0] == "parent_of" and any(r == role for _, r in keys.get(owner_id, ())):
            # "said his father", the "his" read as the one the text calls somebody's father: the father again
            # (a grandfather is "his grandfather")
            join(entity, owner)
            continue
        others = [e for e in holders(owner, role) if e is not entity]
        names = [e for e in others if named(e)]
        join(entity, names[0] if len(names) == 1 else None if names else next(iter(others), None))
    return joined


# A name given after another who bears it ("to call him Jozef after his grandfather"): the namesake's own, no
# name of the person it is given to. (aliases.named_after reads the same words after a naming verb, "named",
# "christened", to make the namesake a person of their own.)
AFTER_A_NAMESAKE = re.compile(r"\s+after\s+(?:(?:his|her|their|my|our|the)\s+(?:late\s+)?"
                         rf"(?:{alternation(name_parts()['namesake_kin'])})\b|[A-Z])")
CALLED_BEFORE = re.compile(r"\b(?:called|call|calls|nicknamed|named|christened|baptized|baptised)"
                           r"\s+(him|her|(?:my|our|his|her|their)\s+[a-z-]+)\s+$")
GIVING_NAMES = {"named", "christened", "baptized", "baptised"}
CALLED_NAME = re.compile(CALLED_BEFORE.pattern.rstrip("$") + r"([^\W\d_][\w’'-]+)\b")
# "The children called Avram Papú": a name, then the name they called that person by
CALLED_NAMED_BEFORE = re.compile(r"\b(?:called|call|calls|nicknamed)\s+([^\W\d_a-z][\w’'-]*)\s+$")
# "Her proper name was Jasbir Kaur": the name a pronoun's person has beside the one the text uses
NAME_WAS = re.compile(r"\b([Hh]is|[Hh]er)\s+(?:(?:proper|real|full|true|own|given|christian|baptismal)\s+)?"
                      r"name\s+(?:was|is)\s+$")
# "The recruiter's name was McLeod": the name of the one a description stands for
DESCRIBED_NAME_WAS = re.compile(r"\b([Tt]he\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)['’]s\s+(?:(?:proper|real|full|true|own|"
                                r"given|christian|baptismal)\s+)?name\s+(?:was|is)\s+$")
# "from that day he was Will Lodge.": a name the pronoun's person went by, closing its clause
HE_WAS = re.compile(r"\b([Hh]e|[Ss]he)\s+(?:was|became)\s+(?:known\s+as\s+)?$")
NAME_CLOSES_CLAUSE = re.compile(r"\s*(?:[.;!?]|,\s+(?:and|but)\b)")
# "his wife Ayantu Fayyisa was in the same way Haadha Tolaa,": a name said to be another's too, after it
NAMED_WAS_TOO = re.compile(r"\s+(?:was|became)\s+"
                           r"(?:also\s+|likewise\s+|in\s+the\s+same\s+way\s+|(?:also\s+)?known\s+as\s+)$")
# "my grandfather, whom we children called Medz-Hayrig": the one the relative clause hangs on
CALLED_WHOM = re.compile(r",?\s+whom\s+(?:[\w’'-]+\s+){0,10}?(?:called|call|nicknamed|addressed\s+as|knew\s+as)\s+$")
CALLED_WHOM_NAME = re.compile(CALLED_WHOM.pattern.rstrip("$") + r"([^\W\d_][\w’'-]+)\b")
# "Folake Adeyemi, who was Mama Tunde to the whole street", "Kanak, known as Mashi": a name a person goes by
# (not "who was Karel's sister")
POSSESSIVE = re.compile(r"['’]s\b")
WHO_WAS = re.compile(r",\s+(?:who\s+was\s+(?:known\s+as\s+|born\s+)?|known\s+as\s+|better\s+known\s+as\s+)$")


def join_called_names(doc: Document, people: list[Entity]) -> set[int]:
    """A name someone is called by ("the whole street called him Herr Apotheker", "my grandfather,
    whom we children called Medz-Hayrig", "her proper name was Jasbir Kaur", "the recruiter's name was McLeod",
    "the children called Avram Papú")
    is theirs: a person named only
    so joins the one the pronoun (the relative clause) stands for, with every other use of that name when it
    is made of titles. Returns the ids (id()) of the entities joined."""
    # "him", or a description as the one called ("we called our mother deda")
    owner = {(m.start, m.end): e for e in people for m in e.mentions if m.kind in ("PRON", "NOM")}
    named_at = {(m.start, m.end): e for e in people for m in e.mentions if m.kind == "PROP"}
    outside = outside_quotes([(q.start, q.end) for q in doc.quotes])
    ending = {m.end: (e, m.start) for e in people for m in e.mentions if m.kind != "PRON"}

    def antecedent(m: Mention, match: re.Match) -> Entity | None:
        """The one person the relative clause hangs on; none for two ("Wacław and Zofia Nowicki,
        whom I had called Uncle Wacek and Aunt Zosia")."""
        person, start = ending.get(match.start(), (None, 0))
        pair = re.search(r"\band\s+$", doc.text[max(0, start - 6):start]) \
            or re.match(r"\s+and\b(?!\s+whom\b)", doc.text[m.end:m.end + 12])    # (not "Apa and whom …")
        return None if pair else person

    def fullest(entity: Entity) -> tuple[int, int]:
        """A name of more than titles ("Wilhelm Hartmann", not "Herr Apotheker"), then its length."""
        names = [m.text for m in entity.mentions if m.kind == "PROP"]
        return (int(any(not made_of_titles(n) for n in names)),
                max((len(n.replace(".", "").split()) for n in names), default=0))
    # the recogniser may miss the name where it is given ("we called our mother deda") and find
    # it where it is used ("Deda, Ninuka, I am alive"): that person has a mention here too
    by_name: dict[str, list[Entity]] = {}
    for e in doc.entities:
        names = {m.text.lower() for m in e.mentions if m.kind == "PROP"}
        if e.type == "PER" and len(names) == 1 and " " not in (name := names.pop()):
            by_name.setdefault(name, []).append(e)
    taken = {m.start for e in doc.entities for m in e.mentions}
    for match in CALLED_NAME.finditer(doc.text):
        named = by_name.get(match.group(2).lower(), [])
        if len(named) == 1 and match.start(2) not in taken and (match.start(1), match.end(1)) in owner:
            named[0].mentions = sorted(named[0].mentions + [Mention(match.start(2), match.end(2), match.group(2))],
                                       key=lambda m: m.start)
    # and after "whom … called" ("Dhan Maya Shrestha, whom the whole house called hajurama")
    for match in CALLED_WHOM_NAME.finditer(doc.text):
        named = by_name.get(match.group(1).lower(), [])
        if len(named) == 1 and match.start(1) not in taken and match.start() in ending:
            named[0].mentions = sorted(named[0].mentions + [Mention(match.start(1), match.end(1), match.group(1))],
                                       key=lambda m: m.start)
    joined: set[int] = set()
    for entity in [e for e in doc.entities if e.type == "PER" and not e.is_narrator]:
        for m in entity.mentions:
            match = CALLED_BEFORE.search(doc.text, max(0, m.start - 30), m.start)
            target = owner.get((match.start(1), match.end(1))) if match and m.kind == "PROP" else None
            if target is not None and match.group(0).split()[0] in GIVING_NAMES \
                    and any(n.kind == "PROP" for n in target.mentions):
                target = None   # a name given is the first ("we named him John"): not for one named already
            if target is None and m.kind == "PROP" \
                    and (match := CALLED_NAMED_BEFORE.search(doc.text, max(0, m.start - 30), m.start)):
                target = named_at.get((match.start(1), match.end(1)))
            if target is None and m.kind == "PROP" and (match := NAME_WAS.search(doc.text, max(0, m.start - 40),
                                                                               m.start)):
                # a name first given here, for the pronoun's person only when no one else is mentioned
                # since and the sentence or the one before names or describes them: "My defence
                # counsel … His name was" is the counsel's, whoever else the pronoun was given to
                target = owner.get((match.start(1), match.end(1)))
                if target is not None and (last_mentioned(people, match.start(1)) is not target
                                           or entity.mentions[0] is not m
                                           or not told_lately(doc.parse, target, match.start(1))):
                    target = None
            if target is None and m.kind == "PROP" \
                    and (match := DESCRIBED_NAME_WAS.search(doc.text, max(0, m.start - 60), m.start)):
                target = owner.get((match.start(1), match.end(1)))
            if target is None and m.kind == "PROP" \
                    and (match := HE_WAS.search(doc.text, max(0, m.start - 30), m.start)) \
                    and NAME_CLOSES_CLAUSE.match(doc.text, m.end) and outside(m.start):
                # "from that day he was Will Lodge": a name the narration says the pronoun's person was
                target = owner.get((match.start(1), match.end(1)))
            if target is None and m.kind == "PROP" and outside(m.start) and not POSSESSIVE.match(doc.text, m.end) \
                    and (match := NAMED_WAS_TOO.search(doc.text, max(0, m.start - 40), m.start)):
                person, start = ending.get(match.start(), (None, 0))
                target = person if (start, match.start()) in named_at else None
            if target is None and m.kind == "PROP" \
                    and (match := CALLED_WHOM.search(doc.text, max(0, m.start - 100), m.start)
                         or not POSSESSIVE.match(doc.text, m.end)
                         and WHO_WAS.search(doc.text, max(0, m.start - 40), m.start)):
                target = antecedent(m, match)
            if target is None or target is entity or id(target) in joined or id(entity) in joined \
                    or target.is_narrator or another_given_name(m, target) or other_kin(target, entity) \
                    or two_full_names(target, entity, m) or AFTER_A_NAMESAKE.match(doc.text, m.end):
                continue
            # the one with the fuller name keeps it: Wilhelm Hartmann takes "Herr Apotheker"
            keep, gone = (target, entity) if fullest(target) >= fullest(entity) else (entity, target)
            merge_into(keep, gone)
            # what the names and nouns tell over the pronouns' votes of either ("my mother" is "deda")
            if (told := noun_gender(keep, doc.parse)) != "unknown":
                keep.gender = told
            joined.add(id(gone))
            called = m.text.lower()
            # a title used as a name makes an entity of each use ("the Major"): the others go too
            for other in doc.entities:
                names = {n.text.lower() for n in other.mentions if n.kind == "PROP"}
                if other.type == "PER" and other is not keep and id(other) not in joined and names == {called} \
                        and made_of_titles(called):
                    merge_into(keep, other)
                    joined.add(id(other))
            break
    return joined


def narrators_kin(entity: Entity) -> set[tuple[str, str]]:
    """How the narrator's kin words of one of a kind place a person ("my mother", "Moma": a parent, a
    grandparent), as (predicate, gender)."""
    terms, roles = relation_terms(), set()
    for m in entity.mentions:
        words = m.text.lower().split()
        kin_form = len(words) == 2 and words[0] in ("my", "our") or len(words) == 1 and m.text.istitle()
        if m.kind != "PRON" and kin_form \
                and words[-1] in unique_kin() and words[-1] in terms and words[-1] not in KIN_WORDS_OF_OTHER_KIN:
            roles.add((terms[words[-1]].predicate, terms[words[-1]].gender))
    return roles


def other_kin(a: Entity, b: Entity) -> bool:
    """Are the two the narrator's kin of different kinds ("my grandmother" and "my mother")?"""
    roles = narrators_kin(a)
    return bool(roles) and bool(theirs := narrators_kin(b)) and roles.isdisjoint(theirs)


def another_given_name(called: Mention, person: Entity) -> bool:
    """Is the name one is called a title with a given name ("Macallimad Hodan") while the person bears
    another ("Caasha Cali")? Then the pronoun was misread, not the person renamed."""
    form = parse_name(called.text)
    if not (form.titles and form.given_only and form.tokens[0] in known_given_names()):
        return False
    theirs = {f.tokens[0] for m in person.mentions if m.kind == "PROP" and (f := parse_name(m.text)).tokens
              and f.tokens[0] in known_given_names()}
    return bool(theirs) and form.tokens[0] not in theirs


def two_full_names(one: Entity, other: Entity, called: Mention) -> bool:
    """Do both bear a full name with no word in common, the other's besides the name it is called here
    ("Captain Ezra Howland" and "João Fontes Andrade", of whom "to his mother's people he was Djon")? Then
    the pronoun was misread, not the person renamed."""
    here = set(parse_name(called.text).tokens)

    def full_names(entity: Entity) -> list[set[str]]:
        return [words for m in entity.mentions if m.kind == "PROP"
                and len(words := set(parse_name(m.text).tokens)) > 1 and words != here]
    ones, others = full_names(one), full_names(other)
    return bool(ones) and bool(others) and not any(a & b for a in ones for b in others)


def last_mentioned(people: list[Entity], before: int) -> Entity | None:
    """The person mentioned last before an offset (the last to start: "she" inside "a pink one that she
    pretended not to see")."""
    starts = [(m.start, e) for e in people for m in e.mentions if m.end <= before]
    return max(starts, key=lambda pair: pair[0], default=(0, None))[1]


def told_lately(parse, person: Entity, at: int) -> bool:
    """Is the person named or described (not only a pronoun) in the sentence at an offset or the one before?"""
    span = parse.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return False
    sentence = span[0].sent
    start = parse[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
    return any(m.kind != "PRON" and start <= m.start < at for m in person.mentions)


# A description that runs on into a clause about its bearer: "my mother, who had come up behind me".
RELATIVE_CLAUSE = re.compile(r",|\s(?:who|whom|whose|which|that)\s")


def merge_into(target: Entity, entity: Entity) -> None:
    """Give a person the mentions of an entity found to be them (its aliases counted again)."""
    target.mentions = sorted(target.mentions + entity.mentions, key=lambda m: m.start)
    target.aliases = count_aliases(target.mentions, frozenset(a.text for a in target.aliases if a.variant))
    if not target.is_narrator and (not any(m.kind == "PROP" for m in target.mentions)
                                   or RELATIVE_CLAUSE.search(target.name)):
        # "my mother", not the one "my mother, who had come up behind me" (nor so once "Aai" joins her)
        target.name = canonical_text(target)


# Prepositions after a calling set off after a name without an article: "…, notary at Semur,".
CALLING_PLACE = {"at", "of", "in", "to", "for", "from"}
# A calling: "solicitor", "caretaker", not "everybody".
BARE_CALLING = re.compile(r"(?!\w*(?:body|one|thing)$)[a-zé]{4,}")


# A name called at the end of a sentence in a quotation, after a comma: «I am a priest, Hysen. I was …»
CALL_ENDS = re.compile(r"\s*(?:[.!?]|,\s*[”\"’'»›])")      # (or a comma closing the quote's part)


def called_at_end(text: str, mention: Mention, outside) -> bool:
    """Is the name one called at the end of a quoted sentence, no apposition of the noun before it?"""
    return not outside(mention.start) and text[max(0, mention.start - 4):mention.start].rstrip().endswith(",") \
        and CALL_ENDS.match(text, mention.end) is not None


def callings(parse, entity: Entity, text: str, outside) -> set[str]:
    """The callings the text gives a named person: the head noun of a description joined to them
    ("a big, slow, red-faced priest"), of one in apposition to their name ("Mr. Thomas Pemberton,
    solicitor,", "the notary, Maître Chabrier"), said of them with "to be" ("Antoni Kołodziej had
    been the caretaker of our building") or "as" ("who served as curate"); not a word that says only
    that someone is a person ("a nervous man", "the stranger") nor a kinship word."""
    nouns, after_names = [], []
    for m in entity.mentions:
        span = parse.char_span(m.start, m.end, alignment_mode="expand") if m.kind != "PRON" else None
        if span is None:
            continue
        root = span.root
        if m.kind == "NOM":
            nouns.append(root)
            continue
        # (no apposition across a semicolon: "… Anders Pedersen Sara and his wife; the priest who baptised him")
        nouns += [c for c in root.children if c.dep_ == "appos" and not any(t.text == ";" for t in parse[span.end:c.i])]
        if root.dep_ == "appos" and not called_at_end(text, m, outside):
            nouns.append(root.head)
        if (noun := noun_named(root)) is not None:
            nouns.append(noun)                  # "a lieutenant named Ruperto Arce"
        after = parse[span.end:span.end + 3]
        if len(after) == 3 and after[0].text == "," and after[2].lower_ in CALLING_PLACE and after[1].is_lower:
            after_names.append(after[1])      # "Maître Hippolyte Vernier, notary at Semur," (the parser may miss it)
        # "Dragan Marković, an engineer with the city waterworks,": the noun the article after the comma
        # opens (the parser may hang it elsewhere)
        if len(after) == 3 and after[0].text == "," and after[1].lower_ in ("a", "an"):
            for token in parse[span.end + 2:span.end + 6]:
                if token.tag_ in ("IN", ",", "CC", "WDT", "WP"):
                    break
                if token.tag_ == "NN" and not (token.i + 1 < len(parse) and parse[token.i + 1].tag_ == "NN"):
                    after_names.append(token)       # (not "city" of "a city engineer")
                    break
        verb = root.head
        if root.dep_ == "nsubj" and not negated(verb):
            if verb.lemma_ == "be":
                nouns += [c for c in verb.children if c.dep_ == "attr"]
            nouns += [c for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for c in p.children
                      if c.dep_ == "pobj"]
    found = [t for t in nouns if t.tag_ == "NN"] + after_names
    return {t.lower_ for t in found if BARE_CALLING.fullmatch(t.lower_)
            and t.lower_ not in person_nouns() and t.lower_ not in relation_terms()}


def role_bearers(parse, people: list[Entity], outside) -> tuple[dict[str, list[Entity]], dict[str, list[Entity]]]:
    """The named people each office or calling belongs to: by the title before their name
    ("Doktor Rosenthal", or one alone that joined a named person: "Blockleiter", in apposition to
    Otto Kühnel; a clergyman's style: "Father Kálmán" is a priest), and by what the text calls them
    (`callings`)."""
    roles, titles = role_titles(), honorifics()
    offices_after = frozenset(name_parts()["offices_after"])
    text = parse.text      # (rebuilt by spaCy on every access: once)
    titled: dict[str, list[Entity]] = {}
    called_as: dict[str, list[Entity]] = {}
    for entity in people:
        named = any(m.kind == "PROP" and not made_of_titles(m.text) for m in entity.mentions)   # not "Der Hayr"
        if not named:
            continue
        alias_words = [LEADING_ARTICLE.sub("", alias.text.lower().replace(".", "")).split() for alias in entity.aliases]
        # (a compound title is its last part: "Detective-Inspector Thomas Hallam" is the inspector)
        alias_words = [[words[0].rpartition("-")[2], *words[1:]] if words and words[0] not in titles
                       and words[0].rpartition("-")[2] in titles else words for words in alias_words]
        used = {TITLE_SYNONYMS.get(words[0], words[0]) for words in alias_words
                if words and words[0] in titles}
        # (or after the name, as a suffix: "Ratna Bahadur-sahuji" is the sahuji)
        used |= {suffix for words in alias_words if words and (suffix := honorific_suffix(words[-1])[1]) in titles}
        # one office only, and no "Miss" or "Mrs." beside it: such a person may be two people
        # merged by their surname (Dr. and Miss Marjoribanks); a calling may follow the name too
        # ("Kunhiraman Master" is the Master)
        offices = used & roles | {words[-1] for words in alias_words if len(words) > 1 and words[-1] in offices_after}
        if len(offices) == 1 and not any(titles[t] == "she" for t in used - roles):
            titled.setdefault(next(iter(offices)), []).append(entity)
        # "Abbé Bonnefoy" is "the abbé" and "the priest"; "Father" alone is the narrator's father
        styles = {words[0] for words in alias_words if len(words) > 1 and words[0] in CLERGY_STYLES}
        if not offices - CLERGY_STYLES.keys():
            for noun in {noun for style in styles for noun in CLERGY_STYLES[style]}:
                titled.setdefault(noun, []).append(entity)
        # a foreign style kept in small letters before the name, as translations keep it ("signorina Vittoria
        # Bellini"), is what "the signorina" calls her
        for style in {a.text.split()[0] for a in entity.aliases if len(a.text.split()) > 1} - roles:
            if style.islower() and style in titles:
                titled.setdefault(style, []).append(entity)
        for noun in callings(parse, entity, text, outside):
            called_as.setdefault(noun, []).append(entity)
    return titled, called_as


# Prepositions of where a role's bearer stands: "the pastor at the graveside" is the pastor.
PLACE_PREPOSITIONS = frozenset({"at", "in", "on", "by", "beside", "near"})


def without_place(words: list[str]) -> list[str]:
    """A description of one by a role without where they stand: "the pastor at the graveside"."""
    return words[:2] if len(words) > 3 and words[0] == "the" and words[2] in PLACE_PREPOSITIONS else words


def join_roles(doc: Document, people: list[Entity], outside) -> set[int]:
    """People named by a role that only one person has: the narrator's "my mother" and "our
    mother" (outside quotations, where "my" is the narrator's) are one woman, and "the director"
    is Director Vlček when he is the only one called so. Returns the ids (id()) of the entities
    joined into another."""
    kin = unique_kin()
    joined: set[int] = set()
    narrators_kin: dict[str, Entity] = {}
    several: set[RelationTerm] | None = None    # the kin the narrator speaks of two of (read once, if needed)
    titled, called_as = role_bearers(doc.parse, people, outside)
    told = any(e.is_narrator for e in people)
    # a parent the narration names ("My mother, Saule Zhakupova, was …") is the one "Mother" is too
    claims: dict[tuple[str, str], list[Entity]] = {}
    for entity in people if told else ():
        phrases = [m.text.lower().split() for m in entity.mentions if m.kind == "NOM" and outside(m.start)]
        terms = {words[1] for words in phrases if len(words) == 2 and words[0] == "my" and words[1] in kin}
        if not entity.is_narrator and len(terms) == 1 and any(m.kind == "PROP" for m in entity.mentions):
            term = relation_terms()[terms.pop()]
            claims.setdefault((term.predicate, term.gender), []).append(entity)
    narrators_kin.update({key: named[0] for key, named in claims.items() if len(named) == 1})
    # the kin words used as names, by what they say: "Dada" beside "Baba" is no second word for a father
    # (the Marathi or Bengali elder brother), where alone it is the Welsh or Uzbek father
    words_used: dict[tuple[str, str], set[str]] = {}
    for entity in people if told else ():
        for m in entity.mentions:
            word = POSSESSIVE_KIN.sub("", m.text)
            if m.kind == "PROP" and word.istitle() and word.lower() in kin:
                term = relation_terms()[word.lower()]
                words_used.setdefault((term.predicate, term.gender), set()).add(word.lower())
    for entity in people:
        # "Father" and "Mother" as names in the narration of one who says "I" (and so in the quotes
        # of that family) are "my father", "my mother"
        as_kin = told and called_as_kin(entity, outside)
        if entity.is_narrator or any(m.kind == "PROP" for m in entity.mentions) and not as_kin:
            continue
        # ("the Hauptmann" is the captain: Hauptmann Riedel)
        words = {("my", POSSESSIVE_KIN.sub("", m.text).lower()) if as_kin else
                 tuple(TITLE_SYNONYMS.get(w, w) for w in without_place(head_phrase(m.text).lower().split()))
                 for m in entity.mentions if m.kind in ("NOM", "PROP")}
        bare = {p[1:] if len(p) == 2 and p[0] == "the" else p for p in words}
        if len(words) == 2 and len(bare) == 1 and len(next(iter(bare))) == 1:
            words = {("the", *bare.pop())}      # "the Chief" and, in a call, "Chief"
        if len(words) != 1:
            continue
        (phrase,) = words
        target = None
        if len(phrase) == 2 and phrase[0] in ("my", "our") and phrase[1] in kin \
                and (as_kin or all(outside(m.start) for m in entity.mentions)):
            term = relation_terms()[phrase[1]]     # "Papá" is "my father": one parent of that gender
            # (not where the narrator has two: "Zeyde" beside "my other grandfather" may be either)
            if as_kin:
                if several is None:
                    several = {relation_terms()[w] for w in kin_spoken_of_as_several(doc.text, kin)}
                if term in several or phrase[1] in KIN_WORDS_OF_OTHER_KIN \
                        and words_used.get((term.predicate, term.gender), set()) - {phrase[1]}:
                    continue
            target = narrators_kin.setdefault((term.predicate, term.gender), entity)
        elif len(phrase) == 2 and phrase[0] == "the" and len(titled.get(phrase[1], [])) == 1:
            target = titled[phrase[1]][0]
        elif len(phrase) == 2 and phrase[0] == "the" and phrase[1] not in titled \
                and len(called_as.get(phrase[1], [])) == 1 \
                and entity.gender in ("unknown", called_as[phrase[1]][0].gender):
            target = called_as[phrase[1]][0]
        elif len(phrase) == 1 and len(titled.get(phrase[0], [])) == 1:      # “Colonel, you forget…”
            target = titled[phrase[0]][0]
        if target is not None and target is not entity:
            merge_into(target, entity)
            joined.add(id(entity))
    joined |= join_kin_phrases(people if told else [], joined, outside)
    return joined


def join_kin_phrases(people: list[Entity], joined: set[int], outside) -> set[int]:
    """A kin phrase used as a name ("Valiya Ammavan", and "Ammavan" with it) is the one person the
    narration calls "my Valiya Ammavan". Returns the ids (id()) of the entities joined."""
    called: dict[str, list[Entity]] = {}
    for entity in people:
        if id(entity) in joined:
            continue
        for m in entity.mentions:
            owner, _, phrase = m.text.partition(" ")
            if m.kind == "NOM" and owner.lower() == "my" and a_kin_phrase(phrase) and outside(m.start):
                called.setdefault(phrase.lower(), []).append(entity)
    newly: set[int] = set()
    for entity in people:
        names = [m for m in entity.mentions if m.kind != "PRON"]
        if id(entity) in joined or entity.is_narrator or not names or not all(
                m.kind == "PROP" and (a_kin_phrase(m.text) or m.text.lower() in kin_terms()) for m in names):
            continue
        bearers = {id(b): b for m in names for b in called.get(m.text.lower(), []) if b is not entity}
        if len(bearers) == 1:
            merge_into(next(iter(bearers.values())), entity)
            newly.add(id(entity))
    return newly


# "Abba — Mahmood Ali Hashmi, pleader at the District Courts —": a name set off by a dash after a kin
# word used as a name, going on with a comma or a dash
KIN_DASH = re.compile(r"\b([^\W\d_][\w’'-]*)\s*[—–]\s*$")
DASHED_ON = re.compile(r"\s*[,—–]")


# "an American named Ray Tolliver", "a clerk called Perera": a description that names its person at its end
NAMED_AT_THE_END = re.compile(r"\s(?:named|called)\s+$")
# the rest of a sentence up to a colon, and what closes a name after it: "…: Daudi Muwanga, whom"
COLON_AFTER = re.compile(r"[^.!?:;\n“”\"]{0,200}:\s+")
COLON_NAME_END = re.compile(r"[,;.]")


def join_named_descriptions(doc: Document, people: list[Entity]) -> set[int]:
    """A description ending in "named" or "called" and a name ("an American named Ray Tolliver") is the
    person of that name, and so is one brought in as "a …" whose sentence goes on to name them after a colon
    ("a young man in a constable's uniform whom I had taught: Daudi Muwanga, whom …"), when the description's
    entity has no name of its own and the name's person a known sex. Returns the ids (id()) of the entities
    joined."""
    ending: dict[int, dict[int, Entity]] = {}      # end -> start -> the person of a proper name there
    starting: dict[int, Entity] = {}               # start -> the person of a proper name a comma or stop closes
    for e in people:
        for m in e.mentions:
            if m.kind == "PROP":
                ending.setdefault(m.end, {})[m.start] = e
                if COLON_NAME_END.match(doc.text, m.end):
                    starting[m.start] = e
    joined: set[int] = set()
    for entity in people:
        if any(m.kind == "PROP" for m in entity.mentions):
            continue
        for m in (m for m in entity.mentions if m.kind == "NOM"):
            colon = COLON_AFTER.match(doc.text, m.end) if INDEFINITE.match(m.text) else None
            target = next((e for start, e in sorted(ending.get(m.end, {}).items())
                           if m.start <= start < m.end and NAMED_AT_THE_END.search(doc.text, m.start, start)),
                          starting.get(colon.end()) if colon else None)
            # (of a known sex, or one the description tells: one of none yet would take the description's
            # place as the nearest person for any pronoun)
            if target is None or target is entity or id(target) in joined:
                continue
            sex = target.gender if target.gender in ("he", "she") or not colon else noun_gender(entity, doc.parse)
            # (or, of none yet, a rank the description's own noun gives: "a lieutenant named Ruperto Arce", not "the
            # daughter of Ergash Usmonov, a carpenter whom we all called Bobo")
            if sex in ("he", "she") or not colon and names_its_noun(doc.parse, m):
                if sex in ("he", "she"):
                    target.gender = sex
                merge_into(target, entity)
                joined.add(id(entity))
                break
    return joined


def names_its_noun(parse, mention: Mention) -> bool:
    """Is the description's head noun a rank or office its "named" or "called" gives a name ("a lieutenant named
    Ruperto Arce"; not "a classmate named Stewart Snyder", whose pronouns are yet to tell)?"""
    span = parse.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.lower_ in role_titles() \
        and any(noun_named(name) is not None for name in names_given(span.root))


def noun_named(name: Token) -> Token | None:
    """The noun a name is given to by a "named" or "called" after it ("lieutenant" of "a lieutenant named Ruperto
    Arce"), not the subject of a relative clause the parser read so ("Jón, whom the family called Nonni")."""
    verb = name.head
    if name.dep_ not in ("oprd", "dobj") or verb.lemma_ not in ("name", "call") or verb.dep_ != "acl":
        return None
    edge = verb.head.left_edge
    return verb.head if edge.i == 0 or edge.nbor(-1).tag_ not in ("WP", "WDT") else None


def join_dashed_names(doc: Document, people: list[Entity]) -> set[int]:
    """A kin word used as a name with a person's name set off by a dash after it ("Abba — Mahmood Ali
    Hashmi, pleader at the District Courts —") is that person. Returns the ids (id()) of the entities joined."""
    def kin_named(entity: Entity) -> str | None:     # "Abba", maybe joined with "my father" already
        names = {m.text for m in entity.mentions if m.kind == "PROP"}
        name = names.pop() if len(names) == 1 else ""
        return name if name.istitle() and name.lower() in unique_kin() else None
    kin_names = {id(e): kin_named(e) for e in people}
    as_kin: dict[str, list[Entity]] = {}
    for entity in people:
        if kin_names[id(entity)] is not None:
            as_kin.setdefault(kin_names[id(entity)], []).append(entity)
    joined: set[int] = set()
    for entity in [e for e in people if kin_names[id(e)] is None]:
        for m in (m for m in entity.mentions if m.kind == "PROP"):
            before = KIN_DASH.search(doc.text, max(0, m.start - 20), m.start)
            kin = as_kin.get(before.group(1), []) if before else []
            if len(kin) == 1 and id(kin[0]) not in joined and DASHED_ON.match(doc.text, m.end):
                merge_into(entity, kin[0])
                joined.add(id(kin[0]))
                break
    return joined


def join_named_kin(people: list[Entity], outside, text: str) -> set[int]:
    """The narrator's kin once named ("my brother Tomáš", "Uncle Wacek"): another "my brother" or
    "my uncle" of the narration ("My brother, who was born in 1924,") is that person, when the
    narrator names only one brother (uncle); a kin never named is one person in all the narration's
    "my grandmother"s, unless the narrator speaks of more than one (`several_kin`); "his uncle", "her
    aunt" of the narration is the one person called Uncle (Aunt) by name ("Uncle Lionel"). Returns the ids
    (id()) of the entities joined."""
    kin = relation_terms()

    def key(mention: Mention) -> str | None:
        words = mention.text.lower().replace(",", " ").split()
        if mention.kind == "NOM" and len(words) > 1 and words[0] in ("my", "our") and words[1] in kin \
                and outside(mention.start):
            return words[1]
        return None

    def titled_key(mention: Mention) -> str | None:
        # "his uncle", "her aunt" of the narration: the one the family calls Uncle (Aunt) by name
        words = mention.text.lower().split()
        if mention.kind == "NOM" and len(words) == 2 and words[0] in ("his", "her") and words[1] in KIN_TITLES \
                and outside(mention.start):
            return words[1]
        return None

    def title(mention: Mention) -> str | None:       # "Uncle Wacek", "Aunt Zosia"
        first = mention.text.split()[0].lower()
        return first if mention.kind == "PROP" and first in KIN_TITLES and first in kin else None
    named: dict[str, list[Entity]] = {}
    titled: dict[str, list[Entity]] = {}        # those of them named with the title: "Uncle Lionel"
    for entity in people:
        if any(m.kind == "PROP" for m in entity.mentions):
            for term in {key(m) or title(m) for m in entity.mentions} - {None}:
                named.setdefault(term, []).append(entity)
            for term in {title(m) for m in entity.mentions} - {None}:
                titled.setdefault(term, []).append(entity)
    joined: set[int] = set()
    unnamed: dict[str, Entity] = {}     # a kin the narrator never names: the first "my grandmother"
    several: dict[str, bool] = {}       # term -> does the narrator speak of more than one (read once a term)
    for entity in people:
        if entity.is_narrator or any(m.kind == "PROP" for m in entity.mentions):
            continue
        by_title = {titled_key(m) for m in entity.mentions if m.kind != "PRON"}
        if len(by_title) == 1 and None not in by_title and len(titled.get(next(iter(by_title)), [])) == 1:
            merge_into(titled[next(iter(by_title))][0], entity)
            joined.add(id(entity))
            continue
        terms = {key(m) for m in entity.mentions if m.kind != "PRON"}
        if len(terms) != 1 or None in terms:
            continue
        term = next(iter(terms))
        owners = named.get(term, [])
        if not owners and not several.setdefault(term, several_kin(text, term)):
            owners = [unnamed.setdefault(term, entity)]
        if len(owners) == 1 and owners[0] is not entity:
            merge_into(owners[0], entity)
            joined.add(id(entity))
    return joined


def whose_name(head: Token, by_token: dict[int, Entity]) -> Entity | None:
    """The person a relative clause "whose name was …" names: "My mother, whose name was Fakhr-ol-Moluk"."""
    for clause in (c for c in head.children if c.dep_ == "relcl" and c.lemma_ == "be"):
        if any(c.dep_ == "nsubj" and c.lower_ == "name" and any(p.lower_ == "whose" for p in c.children)
               for c in clause.children):
            for token in (t for c in clause.children if c.dep_ == "attr" for t in c.subtree):
                if token.i in by_token:
                    return by_token[token.i]
    return None


def reflexive_bearer(noun: Token) -> Token | None:
    """The subject a description is said of through a reflexive object before it ("believed himself a
    man", "called herself a widow"): the verb's subject, or the person a relative "who" stands for."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "oprd", "ccomp") or not any(
            c.lower_ in ("himself", "herself") and c.i < noun.i for c in verb.children):
        return None
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ == "WP" and verb.dep_ == "relcl":
        return verb.head
    return subject


def names_given(noun: Token):
    """The heads of the names a noun is given by "named" or "called" after it ("Marchand" of "a lieutenant named
    Marchand", "Pennington" of "a young clerk named Arthur Pennington")."""
    return (c for verb in noun.children if verb.dep_ == "acl" and verb.lemma_ in ("name", "call")
            for c in verb.children if c.dep_ in ("oprd", "dobj"))


def introduced_name(noun: Token, by_token: dict[int, Entity]) -> Entity | None:
    """The person a noun introduces by name: "a lieutenant named Marchand", "a boy called Tomas"."""
    for token in (t for name in names_given(noun) for t in name.subtree):
        if token.i in by_token:
            return by_token[token.i]
    return None


def a_list(appositive: Token) -> bool:
    """An "apposition" set off by a comma that goes on with "and" is a list: "my mother, Naneh Kobra
    and me" (but "my mother Zabel and myself" is one woman and the narrator); so is one of two kin of one
    person: "This is my mother, my sister Youa, her husband"."""
    edge = appositive.left_edge
    return any(t.dep_ == "conj" for t in appositive.children) and edge.i > 0 and edge.nbor(-1).text == "," \
        or two_kin_of_one(appositive, appositive.head)


def described_sex(entity: Entity) -> str | None:
    """The sex the person's descriptions tell by their head nouns ("my brother": he), where they agree."""
    nouns = gendered_nouns()
    said = {nouns.get(m.text.split()[-1].lower()) for m in entity.mentions if m.kind == "NOM"} - {None, "they"}
    return said.pop() if len(said) == 1 else None


def opposite_sexes(a: Token, b: Token) -> bool:
    """Do two nouns name a man and a woman ("my brother" and "my father's sister": no apposition, a list)?"""
    nouns = gendered_nouns()
    return {nouns.get(a.lower_), nouns.get(b.lower_)} == {"he", "she"}


def two_kin_of_one(a: Token, b: Token) -> bool:
    """Are two nouns different kin words of one possessor ("my mother", "my sister")?"""
    kin = relation_terms()

    def owner(noun: Token) -> str | None:
        return next((c.lower_ for c in noun.children if c.dep_ == "poss"), None)
    return a.lemma_.lower() in kin and b.lemma_.lower() in kin and a.lemma_.lower() != b.lemma_.lower() \
        and owner(a) is not None and owner(a) == owner(b)


def conjoined(doc: Document, people: list[Entity]) -> set[tuple[int, str]]:
    """(id() of one, what the other is called) for two people once joined by "and" ("the colonel and my
    father took to talking"): two people, whatever a misread apposition elsewhere says, also of a longer
    description of one of them ("my father on an upturned washtub")."""
    heads: dict[int, Entity] = {}
    for entity in people:
        for m in entity.mentions:
            if m.kind != "PRON" and (span := doc.parse.char_span(m.start, m.end, alignment_mode="expand")) is not None:
                heads.setdefault(span.root.i, entity)
    pairs = set()
    for i, entity in heads.items():
        token = doc.parse[i]
        if token.dep_ == "conj" and not misread_apposition(token) \
                and (other := heads.get(token.head.i)) is not None and other is not entity:
            pairs |= {(id(entity), called(token.head)), (id(other), called(token))}
    return pairs


def called(head: Token) -> str:
    """A description by its head noun and possessor: "my father" of "my father on an upturned washtub"."""
    return " ".join([c.lower_ for c in head.children if c.dep_ == "poss"] + [head.lower_])


def kin_spoken_of_as_several(text: str, terms) -> set[str]:
    """The kin words of `terms` the narrator speaks of more than one of ("my brothers", "my other
    grandmother", "my elder sister"), in one pass over the text."""
    words = "|".join(sorted((re.escape(t) for t in terms), key=len, reverse=True))
    # (a word that is a kin word with an s is no plural: the Latvian "my tētis" is not "my tēti"s; "our
    # mothers" are each one's own)
    unique = unique_kin()
    return {(match[2] or match[3]).lower() for match in re.finditer(
        rf"(?i)\b(my|our)\s+(?:(?:other|elder|eldest|younger|youngest|older|oldest|two|three|four|first|second|"
        rf"third)\s+({words})|({words})s)\b", text)
        if match[2] or match[3].lower() + "s" not in terms
        and not (match[1].lower() == "our" and match[3].lower() in unique)}


def several_kin(text: str, term: str) -> bool:
    """Does the narrator speak of more than one of a kin ("my brothers", "my other grandmother", "my
    elder sister", "one of my aunts")? Then each "my aunt" may be another woman."""
    return bool(kin_spoken_of_as_several(text, [term]))


def opens_quote(text: str, start: int) -> bool:
    """Does a quotation mark come just before an offset (maybe with a space): “Comrade Director, …”?"""
    return text[max(0, start - 3):start].rstrip()[-1:] in OPENING_ONLY


def one_item(text: str, a, b) -> bool:
    """Are two tokens in one paragraph and one item of a list (no line break, no semicolon between them: "my
    mother Emine; my brother Server" are two people, whatever apposition the parser reads)?"""
    start, end = sorted((a.idx, b.idx))
    return "\n" not in text[start:end] and ";" not in text[start:end]


def name_said_of(pronoun, by_token: dict) -> Entity | None:
    """The named person a subject pronoun is said to be ("She was Margaret on her birth certificate"; not
    "she was not Margaret"), or None."""
    verb = pronoun.head
    if pronoun.lower_ not in ("he", "she") or pronoun.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_ != "be" \
            or negated(verb):
        return None
    attr = next((t for t in verb.children if t.dep_ == "attr" and t.pos_ == "PROPN"), None)
    return by_token.get(attr.i) if attr is not None else None


def misread_apposition(token: Token) -> bool:
    """A "conjunct" with no "and" or "or" anywhere, set off by commas, that the parser took for a list:
    "my Valiya Ammavan, Kesavan Menon, who sat" is one man."""
    return token.dep_ == "conj" and token.left_edge.i > 0 and token.left_edge.nbor(-1).text == "," \
        and not any(t.dep_ in ("cc", "conj") for t in token.subtree if t.i != token.i) \
        and not any(t.dep_ == "cc" for t in token.head.children)


def a_kin_phrase(text: str) -> bool:
    """A kin word, after words like "elder", written as a name ("Valiya Ammavan", the eldest maternal
    uncle): a relation, not a name, so a name in apposition to it is the relative's."""
    *modifiers, last = text.lower().split()
    return bool(modifiers) and last in kin_terms() and all(w in relation_modifiers() for w in modifiers)


# words that add one more to a sentence's people where an apposition would name one again ("even my father")
ADDING_WORDS = frozenset({"even", "also", "too", "and", "not", "nor", "then"})


# Links from a word inside a person's description up to the description's head ("woman in black").
INSIDE_A_DESCRIPTION = ("pobj", "prep", "amod")


def described_through(token, by_token: dict) -> Entity | None:
    """The person whose description holds the word, a word of its modifiers that is no mention itself
    (the "black" of "a small woman in black"); None where the word is none's."""
    while token.i not in by_token and token.dep_ in INSIDE_A_DESCRIPTION and token.head.i != token.i:
        token = token.head
    return by_token.get(token.i)


# How far back a quotation that gave a name is looked for (“Call him Kah-leong.” So he was Kah-leong …).
GIVEN_REACH = 1000


def given_in_a_quote_before(text: str, named: Entity, at: int, outside) -> bool:
    """Is a proper name of the person used inside a quotation in the GIVEN_REACH characters before `at`?"""
    return any(not outside(used.start()) for n in named.mentions if n.kind == "PROP"
               for used in re.compile(rf"\b{re.escape(n.text)}\b").finditer(text, max(0, at - GIVEN_REACH), at))


def join_descriptions(doc: Document, people: list[Entity], titles_alone: list[Entity] = ()) -> set[int]:
    """A person described by a noun phrase in apposition ("Mrs. Bennet, his lady,") or after "to
    be" ("He was a nervous man"), or a description that "is" a name ("My father was Wilhelm
    Hartmann"), is that person: the description's mentions join them. Returns
    the ids (id()) of the description entities joined."""
    by_token = {}      # the head token of each person mention -> that person
    outside = outside_quotes([(q.start, q.end) for q in doc.quotes])
    named_at: dict[int, Entity] = {}   # and of each proper name (the head of "their mother's brother Goduka")
    for entity in people:
        for m in entity.mentions:
            span = doc.parse.char_span(m.start, m.end, alignment_mode="expand")
            # a name opening a quotation, or called at the end of a quoted sentence, is the one spoken to,
            # whatever the parser hangs on it (“Comrade Director, my brother does not drink”, “I am a
            # priest, Hysen.”)
            if span is not None and not opens_quote(doc.text, m.start) and not called_at_end(doc.text, m, outside):
                by_token.setdefault(span.root.i, entity)
                if m.kind == "PROP":
                    named_at.setdefault(span.root.i, entity)
    joined: set[int] = set()
    # "Hannah, who had come in with more hot water": the person of the name the mention opens with
    opening = {(m.start, m.end): entity for entity in people for m in entity.mentions if m.kind != "PRON"}
    names: dict[str, dict[int, Entity]] = {}   # or of the name it opens with, used elsewhere (or its given name)
    for person in people:
        for m in (m for m in person.mentions if m.kind == "PROP"):
            words = m.text.split()
            names.setdefault(m.text, {}).setdefault(id(person), person)
            if len(words) > 1 and words[0].lower().rstrip(".") not in honorifics():
                names.setdefault(words[0], {}).setdefault(id(person), person)

    def a_title(m: Mention) -> bool:      # "the Blockleiter": a title the recogniser called a name
        return m.kind == "PROP" and (made_of_titles(LEADING_ARTICLE.sub("", m.text)) or a_kin_phrase(m.text))
    apart = conjoined(doc, [*people, *titles_alone])
    for entity in [*people, *titles_alone]:
        # (a kin word called as a name, "Pai" of "my father", "Ammavan", “Your Amma”, names nobody in particular)
        if entity.is_narrator or any(m.kind == "PROP" and not a_title(m) and POSSESSIVE_KIN.sub("", m.text).lower()
                                     not in kin_terms() for m in entity.mentions):
            continue
        target = None
        for m in entity.mentions:
            span = doc.parse.char_span(m.start, m.end, alignment_mode="expand")
            if m.kind == "PRON" and span is not None and outside(m.start) \
                    and (named := name_said_of(span.root, by_token)) is not None \
                    and not given_in_a_quote_before(doc.text, named, m.start, outside):
                # "His sister sat curled in the corner. She was Margaret on her birth certificate" (not in a
                # quote, where a pronoun is as often another's: “But he is only Didus,” I thought; nor a name a
                # quotation gave before, to the one it named: “Call him Kah-leong.” So he was Kah-leong …)
                target = named
                break
            if not (m.kind == "NOM" or a_title(m)) or span is None \
                    or any(t.dep_ == "conj" and span.root.i in (t.head.i, t.head.head.i) for t in span):
                continue        # "his elder son Nirmal and Nirmal's wife" is two people (not "the daughter of A and B")
            if opens_quote(doc.text, m.start) and doc.text[m.end:m.end + 1] == "," \
                    or called_at_end(doc.text, m, outside):
                continue        # a call opening a quote is no subject: “Auntie, your daughter's name is Asare now.”,
                                # nor one closing its sentence an apposition: “It stays in the family, Koro,”
            root = span.root
            if root.dep_ == "appos" and any(c.dep_ in ("advmod", "cc", "neg") and c.lower_ in ADDING_WORDS
                                            and (c.i < root.i or c.lower_ == "too") for c in root.children):
                continue        # "called him Masterji, even my father": one more who did, no apposition (an "and"
                                # after it is the list's: "my sister Lutfiye, who was four; and I")
            # (a pronoun is no apposition: "She kissed her father, then me"; nor is a word in another
            # paragraph: "—Captain.", "—Señora." are two people's calls)
            # (an apposition that is a description of one's own holding a name: "The children's uncle, their
            # mother's brother Goduka," is Goduka)
            named = [by_token[c.i] if by_token[c.i] is not entity else named_at.get(c.i, entity) for c in root.children
                     if (c.dep_ == "appos" and not a_list(c) or misread_apposition(c))
                     and c.i in by_token and c.pos_ != "PRON" and one_item(doc.text, root, c)
                     and not opposite_sexes(root, c)]
            named = [e for e in named if e is not entity]
            head = head_phrase(m.text)
            if m.kind == "NOM" and root.pos_ == "PROPN" and root.i > span.start \
                    and root.nbor(-1).lower_ in relation_terms() and named_at.get(root.i, entity) is not entity:
                target = named_at[root.i]       # a description headed by a name: "my brother Server, who was 14"
            elif len(head) < len(m.text) and opening.get((m.start, m.start + len(head)), entity) is not entity:
                target = opening[(m.start, m.start + len(head))]
            elif len(head) < len(m.text) and head[:1].isupper() and len(names.get(head, {})) == 1:
                (target,) = names[head].values()
            elif root.dep_ == "appos" and by_token.get(root.head.i, entity) is not entity and not a_list(root) \
                    and one_item(doc.text, root, root.head) and not opposite_sexes(root, root.head):
                target = by_token[root.head.i]
            elif root.dep_ == "appos" and not a_list(root) and one_item(doc.text, root, root.head) \
                    and not opposite_sexes(root, root.head) \
                    and (holder := described_through(root.head, by_token)) not in (None, entity):
                target = holder      # "a small woman in black, a widow since 1934": the woman, not the black
            elif named:                                  # "my brother Tomáš", "Our mother, Ludmila,"
                target = named[0]
            elif (kin := span[-1]).dep_ == "compound" and kin.head.pos_ == "PROPN" and kin.head.i in by_token \
                    and (kin is root or kin.head.i == span.end):
                target = by_token[kin.head.i]           # "Her aunt Ume", the kin word taken for part of the name
            elif (whose := whose_name(root, by_token)) is not None:     # "A man whose name was Jenkins"
                target = whose
            elif root.dep_ == "appos" and root.lemma_.lower() in relation_terms() \
                    and any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children) \
                    and root.left_edge.i > 0 and root.left_edge.nbor(-1).text == "," \
                    and root.right_edge.i + 1 < len(doc.parse) \
                    and doc.parse[root.right_edge.i + 1].text in (".", ";"):
                # closing a sentence, a kinship set off by a comma is its subject's: "Moritz Grünbaum was
                # born in 1868 in Obersdorf, the son of a travelling cattle dealer."
                subject = next((t for t in root.sent.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
                target = by_token.get(subject.i) if subject is not None else None
            elif root.dep_ == "attr" and root.head.lemma_ == "be" \
                    and not negated(root.head):     # "was not a soldier"
                subject = next((t for t in root.head.children if t.dep_ in ("nsubj", "nsubjpass")), None)
                target = by_token.get(subject.i) if subject is not None else None
            elif (bearer := reflexive_bearer(root)) is not None:
                # "who believed himself a man": a description said of oneself is the one who said it
                target = by_token.get(bearer.i)
            elif root.dep_ == "nsubj" and root.head.lemma_ == "be" \
                    and not negated(root.head):
                # "My father was Wilhelm Hartmann", "The officer … was a lieutenant named Marchand"
                named = next((t for t in root.head.children if t.dep_ == "attr"), None)
                target = (introduced_name(named, by_token) or by_token.get(named.i)) if named is not None else None
            if target is not None:
                break
        plural = any(head_is_plural(doc.parse, m) for m in entity.mentions if m.kind == "NOM")
        if target is None or target is entity or id(target) in joined \
                or any((id(target), called(span.root)) in apart for m in entity.mentions if m.kind != "PRON"
                       and (span := doc.parse.char_span(m.start, m.end, alignment_mode="expand")) is not None) \
                or target.gender not in (entity.gender, "unknown") and entity.gender != "unknown" \
                or plural and target.gender != "they" \
                or {described_sex(target), described_sex(entity)} == {"he", "she"}:
            continue        # ("their two small children" is no one person; nor are "my brother" and "my sister")
        merge_into(target, entity)
        joined.add(id(entity))
    return joined
