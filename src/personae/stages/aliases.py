"""Aliases: join the name forms of one person into one entity.

"Nikolai Petrov", "Nikolai", "Petrov", "Comrade Petrov", "Kolya" and the garbled
"Nigolai Betrov" become one person; "Anna Petrova" and "Mrs. Petrov" stay apart
from him. Persons are first built from the fullest forms, then every mention is
resolved to the compatible person, ties going to the one last mentioned nearby.

A spelling that reduces to the same transliteration skeleton as another (diacritics
folded first: Procházka, Prochazka and Prochaska are one name), used near that
person, is joined as a variant (`variant: true` on its alias) and reported as a
`name_variant` finding. The more frequent spelling is the right one; a garble used
as often as the right form joins when both share the rest of the name ("Karel
Procházka" and "Karel Prochaska", twice each), the spelling with diacritics winning
the tie. A spelling that differs only by its missing diacritics ("Wisniewski" of
"Wiśniewski") or by its umlauts spelt out as German writes them without ("Gruenbaum" of
"Grünbaum", "Mueller" of "Müller") is a variant wherever and however often it is used; two
names both written without ("Michael", "Michal") are never variants for their "ae".

Titles in any language stand apart from the name ("Bürgermeister Georg Kessler" and "Kessler",
"Kriminalsekretär Alois Brandl" and "Alois Brandl" are one man each): honorifics.tsv, with the
gender they imply.

A woman's birth name after her married name ("Lotte Hartley, née Grünbaum"; geb. X; born X
where X is a surname the text uses) joins her given name with either surname: "Lotte
Grünbaum" and "Lotte Hartley" are one woman. Two women of one name born with different
surnames ("Maria Schmidt, née Bauer" and "Maria Schmidt, geb. Klein") stay two.

A name given after a relative ("their son, named Moritz after his grandfather") names a new
person, not the grandfather; later bare "Moritz" goes to whichever of the two was mentioned
last, "old Moritz" (Moritz senior) to the grandfather and "the younger Moritz" to the grandson.

"Lady" and "Miss" go with a given name or a surname ("Miss Kitty", "Lady Bexley"): with a surname
that one woman bears they name her; that several bear (two sisters), a person of their own.

Masculine and feminine surnames of one family (Kowalski and Kowalska, Hájek and
Hájková, Petrov and Petrova: name_parts.json's gender endings) are never variants
of each other, and a plural surname ("the Procházkas") names a family: it stays an
entity of its own (gender "they"), apart from the persons who bear the name.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

from personae.lang.en import (alternation, gendered_nouns, given_names, honorifics, kin_terms, known_given_names,
                              name_equivalents, name_parts, nicknames, relation_terms, role_titles, unaccented,
                              unique_kin, variant_rules)
from personae.model import Document, Entity, Evidence, Finding, Mention
from personae.stages import stage
from personae.stages.entities import (ELIDED_STYLE, SAINTS, abbreviated_title, calendar_words, capitalised_by_position,
                                      count_aliases, coverage, is_patronymic, renumber, written_in_lower_case)

WORD = re.compile(r"[^\W\d_][\w'’.-]*")


@lru_cache(maxsize=1)
def either_name_titles() -> frozenset[str]:
    """Titles before a given name or a surname ("Miss Kitty", "Miss Ashford"; name_parts.json)."""
    return frozenset(name_parts()["either_name_titles"])


@lru_cache(maxsize=1)
def given_name_titles() -> frozenset[str]:
    """Titles before a given name ("Aunt Vera", "Don Anselmo"), the either-name ones among them."""
    return frozenset(name_parts()["given_name_titles"])


@lru_cache(maxsize=1)
def given_only_titles() -> frozenset[str]:
    """Titles before a given name only ("Ato Tesfaye", "Aunt Vera"), not before a surname too ("Miss")."""
    return given_name_titles() - either_name_titles()


@dataclass
class NameForm:
    """A person's name as written: titles apart, then given name(s) and surname."""
    text: str
    titles: list[str]
    gender: str           # implied by a title: he, she or ""
    tokens: list[str]     # lower-case name words, titles and patronymics removed
    patronymic: str | None = None
    maiden: str | None = None   # the surname she was born with: "née Grünbaum" after the name
    age: str = ""               # "old" or "young": "Old Moritz", "the younger Moritz", "Moritz Jr."
    standing: str = ""          # "married" (Mrs., Madame) or "unmarried" (Miss, Mademoiselle) by a title
    title_only: bool = False    # a title used as a name: "the Major", "Comrade Major", "Aunt", "the Sardar-ji"

    @property
    def first(self) -> str | None:
        return self.tokens[0] if len(self.tokens) > 1 else None

    @property
    def last(self) -> str | None:
        return self.tokens[-1] if len(self.tokens) > 1 else None

    @property
    def written_on(self) -> list[str]:
        """The honorifics written on to the name without a hyphen ("bhai" of "Maganbhai", "mma" of "Sharadamma")."""
        return [t for t in self.titles if t in name_parts()["attached_suffixes"]]

    @property
    def given_only(self) -> bool:
        """One word that must be a given name: "Aunt Vera", "Lidia Sergeyevna", a name an honorific is
        written on to ("Maganbhai", "Sharadamma"), and a known given name with an honorific suffix
        ("Ravi-chettan"; "Okamura-san" may be a surname)."""
        return len(self.tokens) == 1 and (self.patronymic is not None or
                                          bool(self.titles and self.titles[0] in given_name_titles()
                                               and not self.surname_titled_after()) or
                                          any(t not in name_parts()["attached_to_any_name"] for t in self.written_on) or
                                          self.tokens[0] in known_given_names()
                                          and honorific_suffix(self.text)[1] is not None)

    def surname_titled_after(self) -> bool:
        """A title of given names before a name that follows a surname ("Sahu Sir", the schoolmaster Dinabandhu
        Sahu, as Indian English calls a teacher; not "Fakhri Khanom")."""
        return self.titles[0] in name_parts()["titles_after_a_surname"] \
            and self.text.lower().endswith(" " + self.titles[0])


# A word's possessive ending: "Hajj's" of "the Hajj's God".
OWNS = re.compile(r"['’]s$")


def family_after_father(father: list[str]) -> bool:
    """Are the two words after a nasab's marker the father's name and the family's, not one name of two words
    ("Abd al-Rahman", "Abdul Wahid", "Abu Bakr", "Zia ul-Haq")?"""
    first, second = (w.lower() for w in father)
    parts = name_parts()
    if first in parts["bound_prefixes"] or first in parts["teknonyms"]:
        return False
    return second.startswith(("al-", "el-")) or second.split("-")[0] not in parts["compound_name_links"]


def parse_name(text: str, titles: Mapping[str, str] | None = None) -> NameForm:
    """The parts of a name; `titles`, the honorifics with the gender each tells, defaults to the table's
    (a text may add titles of its own: see `titles_of_the_text`)."""
    words = [w.rstrip(".").rstrip("'’") for w in WORD.findall(text)]
    compound = " ".join(words).lower()
    if " " in compound and compound in unique_kin():     # a kin name of two words: "Stara mama"
        return NameForm(text=text, titles=[], gender=gendered_nouns().get(compound, ""), tokens=[compound])
    owners = [i for i, w in enumerate(words[:-1]) if OWNS.search(w)]
    if owners and words[owners[-1] + 1][:1].isupper():
        words = words[owners[-1] + 1:]      # "the Hajj's God" names God, not the Hajj
    words = [OWNS.sub("", w) for w in words if w]
    # an article elided onto a title: "L'avi Pere" and "l'avi Pere" are Avi Pere
    words = [w[2:] if ELIDED_STYLE.match(w) and w[2:].lower() in honorifics() else w for w in words]
    parts = name_parts()
    patronymic, nasab_gender = None, ""
    markers = parts["nasab_markers"]
    for i in range(1, len(words) - 1):      # "Hassan son of Abd al-Rahman", "Yusuf ibn Ayyub": a nasab
        said = next((m.split() for m in markers if words[i:i + len(m.split())] == m.split()), None)
        if said and i + len(said) < len(words) and words[i + len(said)][:1].isupper():
            father = words[i + len(said):]
            # of "Ali son of Hassan son of Abd al-Rahman", the father is Hassan
            ends = [j for j in range(len(father)) if any(father[j:j + len(m.split())] == m.split() for m in markers)]
            father = father[:ends[0] if ends else None]
            family = []
            if not ends and len(father) == 2 and family_after_father(father):
                # "Ali bin Nassor Marhubi", "Salim bin Khamis al-Kindy": the father's one name, then the
                # family's (not "son of Abd al-Rahman", one name of two words)
                father, family = father[:1], father[1:]
            patronymic = " ".join(father).lower()
            nasab_gender = markers[" ".join(said)]
            words = words[:i] + family
            break
    after = parts["patronymic_markers_after"]
    if patronymic is None and len(words) >= 3 and words[-1].lower() in after and words[-2][:1].isupper():
        # "Gulnara Jumabek kyzy": Jumabek's daughter
        patronymic, nasab_gender, words = words[-2].lower(), after[words[-1].lower()], words[:-2]
    words = words[:place_after_name(words)]
    if len(words) >= 3 and words[-2] == "the" and words[-1][:1].isupper():
        words = words[:-2]          # "Murdo the Post", "Evans the Milk": a trade or a byname after the name
    maiden, marker = None, ""
    for i in range(2, len(words) - 1):      # "Johanna Grünbaum née Strauss" as one span
        if words[i].lower() in parts["maiden_markers"] and words[i + 1][:1].isupper():
            words, maiden, marker = words[:i], words[i + 1].lower(), words[i].lower()
            break
    wed = False
    if maiden is None and len(words) >= 4 and words[-2] == "de" \
            and all(w[:1].isupper() for w in words[-4:-2] + words[-1:]) \
            and (given_names().get(words[-4].lower()) == "she" or honorifics().get(words[-4].lower()) == "she"):
        # "Remedios Lascurain de Echeverría": a Spanish wife's own surname, then "de" and her husband's
        words, maiden, wed = words[:-3] + words[-1:], words[-3].lower(), True
    table = honorifics() if titles is None else titles
    aside = []   # words beside the name: leading words and suffixes
    # "The mild Mr. Chillip": a name starts at its first capital or at a title written lower-case, as
    # Estonian and Latvian write them ("proua Tamm")
    while len(words) > 1 and (words[0].lower() in parts["leading_words"]
                              or words[0][:1].islower() and words[0] not in table):
        aside.append(words.pop(0).lower())
    if len(words) > 2 and words[0].lower() in parts["surname_particles"] and words[1] in parts["surname_particles"]:
        words.pop(0)        # "Van der Velde": without a given name Dutch writes the first particle upper-case
    # "Maxim de Winter" and "Mr. de Winter", "Monsieur le Comte": a lower-case particle inside a
    # name is no name of its own
    words = [w for i, w in enumerate(words) if i == len(words) - 1 or w not in parts["surname_particles"]]
    # "Okamura-san", "Takeuchi-sensei": the suffix is a title of the one named
    suffixed = []
    if words:
        words[-1], suffix = honorific_suffix(words[-1])
        # (a Korean call particle, "Dong-gil-a", "Yeon-hee-ya", is no title: it only calls)
        suffixed += [suffix] if suffix and suffix not in parts["call_particles"] else []
    # "Maganbhai", "Savitaben": the Gujarati brother and sister written on to a given name
    attached = [attached_suffix(w) for w in words]
    words = [stem for stem, _ in attached]
    suffixed += [suffix for _, suffix in attached if suffix]
    # (the suffix's sex where it tells one: Jamila-jenge, Qallibek-ata)
    suffix_gender = next((parts["attached_suffixes"][suffix] for _, suffix in attached if suffix), "") \
        or next((parts["honorific_suffix_sexes"][suffix] for suffix in suffixed
                 if suffix in parts["honorific_suffix_sexes"]), "")
    words = hyphened_style(words, table)
    titles, gender = [], ""
    while len(words) > 1 and words[0].lower() in table:
        title = words.pop(0).lower()
        titles.append(title)
        gender = gender or table[title]
        words = hyphened_style(words, table)    # "Tonton Ti-Jean"
    while titles and len(words) > 1 and words[0].lower() in parts["surname_particles"]:
        words.pop(0)      # "Juffrouw Van der Meer": without a given name Dutch writes the particle upper-case
    while len(words) > 1 and words[-1].lower() in parts["suffixes"]:
        aside.append(words.pop().lower())
    # (one that is also a given name, the Tamil Anna of "Bala Anna", is a title only there, and not after
    # another given name we know: "Aunt Anna" and "Maria Anna" are Annas)
    while len(words) > 1 and words[-1].lower() in parts["titles_after"] \
            and not (words[-1].lower() in known_given_names() and words[-2].lower() in known_given_names()):
        title = words.pop().lower()
        titles.append(title)
        gender = gender or table.get(title, "")
    if len(words) == 1 and words[0].lower() in parts["titles_after"] and titles \
            and titles[-1] not in parts["titles_after"] and words[0].lower() not in known_given_names():
        # "Haj Agha", "Doctor Sahib": a courtesy after a title alone; the bearer is the one of the title
        words, titles = [titles[-1]], titles[:-1] + [words[0].lower()]
    age = ("old" if any(w in parts["elder_words"] for w in aside) else
           "young" if any(w in parts["younger_words"] for w in aside) else "")
    if titles and titles[-1] in parts["titles_after_a_genitive"] and words[-1][-2:] in ("as", "es"):
        words[-1] = words[-1][:-1]      # the Latvian "Ozoliņas kundze": Mrs Ozoliņa, her surname a genitive
    tokens = bound_names([w.lower() for w in words])
    family_first = len(tokens) in (2, 3) and unaccented(tokens[0]) in parts["surname_first"]
    if family_first and (len(tokens) == 2 and tokens[1] not in known_given_names()
                         or len(tokens) == 3 and unaccented(tokens[1]) in parts["surname_first_middles"]):
        # "Chen Suying", "Baek Man-sik", "Đặng Văn Toàn": the family name first, as Chinese, Korean and
        # Vietnamese write it
        tokens.reverse()
    elif len(tokens) == 2 and all(w.isupper() for w in words) and tokens[1] in known_given_names() \
            and tokens[0] not in known_given_names():
        tokens.reverse()    # a register's or telegram's "HARTMANN JOHANNES": the surname first
    gender = gender or nasab_gender or suffix_gender
    if not gender and len(tokens) > 1:
        # a given name before a surname tells the gender as a title does: "Charlotte Temple"
        # is not "Mr. Temple"
        gender = given_names().get(tokens[0], "")
    if not gender and tokens and " " in tokens[0]:
        gender = "he"       # a servant-of name is a man's
    if patronymic is None:      # (a nasab named the father already)
        at = next((i for i in range(1, len(tokens)) if is_patronymic(tokens[i])), None)
        if at is not None:
            patronymic = tokens.pop(at)
            # the patronymic tells the gender: Lvovna, Arkadyevich
            gender = gender or ("she" if patronymic.endswith(tuple(parts["feminine_patronymic_endings"])) else "he")
            slavic = tuple(e for pair in parts["gender_endings"] for e in pair if len(e) > 1)
            if at == 2 == len(tokens) and tokens[0].endswith(slavic) and not tokens[1].endswith(slavic):
                tokens.reverse()    # "Yussupov Jamshit Akramovich": a Soviet register's order, the surname first
    if maiden:
        gender = gender or parts["maiden_markers"][marker]
    titles += suffixed
    standing = next(("married" if t in parts["married_titles"] else "unmarried" for t in titles
                     if t in parts["married_titles"] or t in parts["unmarried_titles"]), "married" if wed else "")
    return NameForm(text=text, titles=titles, gender=gender, tokens=tokens, patronymic=patronymic,
                    maiden=maiden, age=age, standing=standing,
                    # (after a title a given name follows, "Auntie Pasha" is Pasha, not a pasha)
                    title_only=len(tokens) == 1 and tokens[0] in table
                    and not (titles and titles[-1] in given_name_titles() and words[-1][:1].isupper()))


def hyphened_style(words: list[str], table: Mapping[str, str]) -> list[str]:
    """The name's words with a style joined to its given name by a hyphen set apart: a Greek style of a gender
    ("Kyra-Despina"; not "Saint-Simon"), a pet prefix ("Ti-Jean" of Jean), or the word of a teknonym
    ("Mma-Kagiso", Kagiso's mother)."""
    style, dash, name = words[0].partition("-") if words else ("", "", "")
    if dash and (style.lower() in given_name_titles() and table.get(style.lower())
                 or style.lower() in name_parts()["pet_prefixes"]) and name.lower() in known_given_names():
        return [style, name] + words[1:]
    if dash and style.lower() in name_parts()["teknonyms"] and name[:1].isupper() and len(words) == 1:
        return [style, name]
    return words


def place_after_name(words: list[str]) -> int | None:
    """Where a name's place begins ("H. Narasimha Shastri of Kesavapura", "Tars Tarkas of Thark": at "of"),
    after two words of name at least (not "Prince Andrew of Greece", "the Duke of Wellington")."""
    return next((i for i in range(2, len(words) - 1) if words[i] == "of" and words[i + 1][:1].isupper()
                 and sum(w.lower() not in honorifics() and w.lower() not in name_parts()["leading_words"]
                         for w in words[:i]) >= 2), None)


def bound_names(tokens: list[str]) -> list[str]:
    """Name words with a servant-of prefix bound to the word after it: "Abdul Wahid" is one given name
    (his brother Abdul Karim shares no name with him), called "Wahid" for short."""
    bound = name_parts()["bound_prefixes"]
    out: list[str] = []
    for token in tokens:
        if out and out[-1] in bound:
            out[-1] += " " + token
        else:
            out.append(token)
    return out


def made_of_titles(text: str) -> bool:
    """A name that is titles and nothing else ("Herr Apotheker", "Blockleiter", "Sardarni-ji"; not
    "Herr Kühnel")."""
    words = [honorific_suffix(w)[0] for w in text.replace(".", "").lower().split()]
    return bool(words) and all(w in honorifics() for w in words) and not ranked_name(words)


def ranked_name(words: list[str]) -> bool:
    """Is the last of these lower-case words a name a rank leads, though the tables list it as a style too
    ("Lieutenant Mori"; an office or a style after a name is still a title: "Comrade Director", "Doctor Sahib")?"""
    return len(words) > 1 and words[-2] in role_titles() \
        and words[-1] not in role_titles() | set(name_parts()["titles_after"])


TITLE_BEFORE = re.compile(r"([^\W\d_]+)(\.?)\s+$")


def honorific_suffix(word: str) -> tuple[str, str | None]:
    """A name word and the honorific suffix after its hyphen, if it has one: "Yumi-chan" -> ("Yumi",
    "chan"); "Shin-Osaka" -> ("Shin-Osaka", None)."""
    head, dash, tail = word.rpartition("-")
    if dash and head and tail.lower() in name_parts()["honorific_suffixes"]:
        return head, tail.lower()
    return word, None


def attached_suffix(word: str) -> tuple[str, str | None]:
    """A given name and the honorific written on to it without a hyphen, if it has one ("Maganbhai" ->
    ("Magan", "bhai"), "Savitaben" -> ("Savita", "ben"); not "Reuben", a name of its own)."""
    low = word.lower()
    for suffix in name_parts()["attached_suffixes"]:
        stem = low[:-len(suffix)]
        # (the Kannada amma and akka lose their first vowel to the name's last a: Sharada-mma, Kamala-kka)
        after_a = suffix not in name_parts()["attached_after_a"] or stem.endswith("a")
        if low.endswith(suffix) and len(stem) >= MIN_ATTACHED_STEM and after_a \
                and low not in known_given_names() and low not in kin_terms() and low not in honorifics():
            return word[:-len(suffix)], suffix
    return word, None


# The shortest given name an honorific is written on to ("Kamlaben"; "Reuben" is no Reu-ben).
MIN_ATTACHED_STEM = 4


def title_before(text: str, start: int) -> str:
    """A title just before a mention that the span left out ("Mrs. | Petrov"), with its space; a
    whole title word with a full stop ends a sentence ("“Avvocato. Signor Tagliapietra.”")."""
    match = TITLE_BEFORE.search(text[max(0, start - 20):start])
    if not match or match.group(1).lower() not in honorifics() or not match.group(1)[0].isupper():
        return ""
    if match.group(2) and not abbreviated_title(match.group(1).lower()):
        return ""
    return match.group(0)


LITTLE_BEFORE = re.compile(r"(?<![\w'’-])[Ll]ittle $")


def little_before(text: str, start: int) -> str:
    """"little " just before a mention that the span left out ("asked little | Said"): the younger of a name
    (LitBank's spans take "old" and "young", not always "little")."""
    match = LITTLE_BEFORE.search(text, max(0, start - 8), start)
    return match.group(0) if match else ""


@lru_cache(maxsize=65536)
def spelled_out(name: str) -> str:
    """The name folded with its umlauts spelt out as German writes them without: Grünbaum and
    Gruenbaum both give 'gruenbaum', Müller and Mueller 'mueller'."""
    umlauts = variant_rules()["umlauts"]
    return unaccented("".join(umlauts.get(c, c) for c in name.lower()))


def same_letters(a: str, b: str) -> bool:
    """One name written with or without its diacritics (Wiśniewski, Wisniewski), or with its umlauts
    spelt out (Grünbaum, Gruenbaum); never two names both written without (Michael, Michal)."""
    return unaccented(a) == unaccented(b) or spelled_out(a) == spelled_out(b)


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """The transliteration skeleton: Petrov, Petroff and Betrov all give 'petrof'; Procházka and
    Prochaska both 'prokhaska'."""
    rules = variant_rules()
    s = re.sub(r"[^a-z]", "", unaccented(name))
    for start, repl in rules["initials"].items():
        if s.startswith(start):
            s = repl + s[len(start):]
            break
    for digraph in sorted(rules["digraphs"], key=len, reverse=True):
        s = s.replace(digraph, rules["digraphs"][digraph])
    s = "".join(rules["letters"].get(c, c) for c in s)
    s = re.sub(r"(.)\1+", r"\1", s)
    for ending in sorted(rules["endings"], key=len, reverse=True):
        if s.endswith(ending) and len(s) > len(ending) + 2:
            s = s[: -len(ending)] + rules["endings"][ending]
            break
    return re.sub(r"(.)\1+", r"\1", s)


def same_stem(a: str, b: str) -> bool:
    return len(a) >= 3 and len(b) >= 3 and (a == b or skeleton(a) == skeleton(b))


@lru_cache(maxsize=65536)
def gender_counterparts(a: str, b: str) -> bool:
    """The masculine and feminine surname of one family: Kowalski and Kowalska, Hájek and Hájková,
    Petrov and Petrova (name_parts.json's gender endings)."""
    a, b = unaccented(a), unaccented(b)
    for masc, fem in name_parts()["gender_endings"]:
        for x, y in ((a, b), (b, a)):
            if x.endswith(masc) and y.endswith(fem) and same_stem(x[:len(x) - len(masc)], y[:len(y) - len(fem)]):
                return True
    return False


def plural_of(plural: str, name: str) -> bool:
    """The plural that names a family: 'the Procházkas' of Procházka, 'the Joneses' of Jones."""
    return any(plural.endswith(ending) and len(plural) > len(ending) and
               skeleton(plural[: -len(ending)]) == skeleton(name)
               for ending in name_parts()["plural_endings"])


def rare_letters_folded(name: str) -> str:
    """The skeleton with the letters only a clerk confuses made one (Rubega and Lubega: 'rupeka')."""
    return "".join(variant_rules()["rare_letters"].get(c, c) for c in skeleton(name))


@lru_cache(maxsize=65536)
def lookup_keys(skel: str) -> frozenset[str]:
    """A skeleton and, from the shortest that may be one letter off another (min_partner_length),
    each of its forms less one letter."""
    if len(skel) < variant_rules()["min_partner_length"]:
        return frozenset({skel})
    return frozenset({skel} | {skel[:i] + skel[i + 1:] for i in range(len(skel))})


VOWELS = re.compile(r"[aeiou]")


def consonants(skeleton_: str) -> str | None:
    """The consonants of a long skeleton, where there are enough of them to tell a name: a transliteration may
    write every vowel otherwise ("Gabramadin" of Gebremedhin)."""
    found = VOWELS.sub("", skeleton_)
    return found if len(found) >= variant_rules()["min_consonants"] else None


def same_consonants(sa: str, sb: str) -> bool:
    """Two skeletons of the same many consonants and as many vowels."""
    return consonants(sa) is not None and consonants(sa) == consonants(sb) \
        and len(VOWELS.findall(sa)) == len(VOWELS.findall(sb))


def related_spellings(a: str, b: str) -> bool:
    """Two spellings of one name: the same skeleton, or long ones one edit apart, or with the same many
    consonants and as many vowels; but never the masculine and feminine name of a family, nor a name and its
    plural."""
    sa, sb = skeleton(a), skeleton(b)
    if not (sa == sb or (min(len(sa), len(sb)) >= 7 and within_one_edit(sa, sb))
            or same_consonants(sa, sb) or vowel_apart(sa, sb)):
        return False
    return not (gender_counterparts(a, b) or plural_of(a, b) or plural_of(b, a))


def last_vowel_apart(sa: str, sb: str) -> bool:
    """Two skeletons that differ only in their last letter, a vowel each."""
    return len(sa) == len(sb) > 1 and sa[:-1] == sb[:-1] and sa[-1] != sb[-1] \
        and sa[-1] in "aeiou" and sb[-1] in "aeiou"


def vowel_apart(sa: str, sb: str) -> bool:
    """Two skeletons of min_partner_length letters or more, one vowel apart ("Westin" of Wistin)."""
    if not len(sa) == len(sb) >= variant_rules()["min_partner_length"]:
        return False
    apart = [(x, y) for x, y in zip(sa, sb) if x != y]
    return len(apart) == 1 and apart[0][0] in "aeiou" and apart[0][1] in "aeiou"


def within_one_edit(a: str, b: str) -> bool:
    """One letter put in, left out or changed, or two letters side by side swapped (a typist's "Barrerio" of
    Barreiro)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        apart = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(apart) == 1 or len(apart) == 2 and apart[1] == apart[0] + 1 \
            and a[apart[0]] == b[apart[1]] and a[apart[1]] == b[apart[0]]
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def same_name_abroad(a: str, b: str) -> bool:
    """Two given names that are one name in two languages (name_equivalents.tsv: János and Ivan, Jiří and
    Yurii); not two a letter apart, which the spelling rules tell apart ("Michael Novak" and "Michal Novak" may
    be two men)."""
    a, b = unaccented(a), unaccented(b)
    abroad = name_equivalents().get(a)
    return abroad is not None and abroad == name_equivalents().get(b) and not within_one_edit(a, b)


@lru_cache(maxsize=65536)
def first_names_match(a: str, b: str) -> bool:
    """One given name in two forms: an initial ("J." and "James"), two transliterations
    ("Sofya", "Sofia"; "Dmitri", "Dmitry"), a nickname or diminutive of the table ("Mitya" of
    Dmitri), a pet form made from one ("Nastenka" from Nastya, of Anastasia; "Sonechka" from
    Sonya, of Sofya), or two pet forms of one stem ("Lida", "Lidochka")."""
    if a == b:
        return True
    if {a.lower(), b.lower()} & unique_kin():
        return False      # a kin word used as a name is no form of a name: "P." is no "Papá", "Baba" no "Bab"
    if any(w.capitalize() in calendar_words() and w not in known_given_names() for w in (a, b)):
        return False      # nor is a month the recogniser took for a person: "March" is no Mary (but August is a name)
    if len(a) == 1 or len(b) == 1:     # an initial, written without the name's diacritic ("G." of Ġużeppi)
        return unaccented(a[0]) == unaccented(b[0])
    bound = name_parts()["bound_prefixes"]
    if " " in a or " " in b:            # a bound name ("Abdul Wahid") and its second word ("Wahid")
        bound_name, word = (a, b) if " " in a else (b, a)
        return " " not in word and bound_name.partition(" ")[0] in bound and bound_name.partition(" ")[2] == word
    key_a, key_b = given_key(a), given_key(b)
    if key_a == key_b and (a in known_given_names() or b in known_given_names()):
        return True
    full_a, full_b = full_names(a), full_names(b)
    if key_b in full_a or key_a in full_b or full_a & full_b:
        return True
    stem_a, stem_b = name_stem(unaccented(a)), name_stem(unaccented(b))     # Sakinochka of Səkinə
    if len(stem_a) >= name_parts()["min_stem"] and stem_a == stem_b:
        return True
    if any(base == y or first_names_match(base, y) for x, y in ((a, b), (b, a)) for base in vowel_diminutive_bases(x)):
        return True
    if ending_diminutive(a, b) or ending_diminutive(b, a) or stem_pet(a, b) or stem_pet(b, a):
        return True
    if clipped(a, b):
        return True
    if any(short in (head, head + "i") for short, head in ((a, compound_head(b)), (b, compound_head(a))) if head):
        return True
    return a == hyphened_head(b) or b == hyphened_head(a)


def hyphened_head(name: str) -> str | None:
    """The first of two given names joined by a hyphen, which is also called by it (Jean of Jean-Baptiste,
    the Ti-Rose of Rose-Aimée); None for any other name, and where the second is a given name we know: the
    Sámi Ovllá-Ánde is Ánde, Ovllá's son."""
    head, dash, rest = name.partition("-")
    if dash and "-" not in rest and head in known_given_names() and rest[:1].isalpha() \
            and rest not in known_given_names():
        return head
    return None


def ending_diminutive(pet: str, name: str) -> bool:
    """Is `pet` the Latvian pet form (or its vocative) of `name`: its diminutive ending in place of the
    name's own (Jānītis and Jānīt of Jānis, Ilzīte of Ilze, Austriņa of Austra)?"""
    parts = name_parts()
    stem = next((pet[:-len(e)] for e in parts["ending_diminutive_endings"] if pet.endswith(e)), None)
    return stem is not None and len(stem) >= parts["min_stem"] \
        and any(name == stem + ending for ending in parts["ending_diminutive_bases"])


def stem_pet(pet: str, name: str) -> bool:
    """Is `pet` the Yiddish pet form of `name`: the name less its closing vowel, and -ele or -ale (Rivkele of
    Rivka, Yossele of Yossi, Hankale of Hanka)?"""
    parts = name_parts()
    stem = next((pet[:-len(e)] for e in parts["stem_pet_endings"] if pet.endswith(e)), None)
    return stem is not None and len(stem) >= parts["min_stem"] and name[:-1] == stem and name[-1] in "aeiouy"


def clipped(a: str, b: str) -> bool:
    """Is one given name the other clipped to its end or its start (Tarni of Sutarni, Beth of
    Elizabeth, Wulan of Wulandari; with the last consonant doubled and -i, Jassi of Jaswant; with a vowel
    put to the start in place of another, the South Slavic -o and -a and the Indian -u, Kiro of Kiril, Vanga of
    Vangelija, Gopu of Gopal (Dale is no Dalia), but no kin word or title: Chachi is no Chachaji, nor Sara Sargon), and
    no name of the other sex ("Paul" is no Paulina)? What a
    start leaves off is no surname's ending: Horák is not Horáková, Constantin not Constantinescu."""
    short, long_ = sorted((unaccented(a), unaccented(b)), key=len)
    if not (short.isalpha() and long_.isalpha()) or len(short) < name_parts()["min_clipped"]:
        return False
    doubled = re.fullmatch(r"([a-z]*[aeiou])([b-df-hj-np-tv-z])\2(?:i|ie|y)", short)
    if doubled and long_.startswith(doubled[1] + doubled[2]) and len(long_) - len(doubled[1]) > 3 \
            and short not in nicknames():     # (the table says whose a known one is: Paddy is no Pádraig's)
        return True      # a start with its last consonant doubled and -i: Jassi of Jaswant, Sammy of Samuel
    stem = short[:-1]    # a start with a vowel put to it: Kiro of Kiril, Vanga of Vangelija
    if short[-1] in "aou" and len(stem) >= 3 and long_.startswith(stem) and len(long_) - len(stem) >= 2 \
            and long_[len(stem)] in "aeiouy" and long_[len(stem)] != short[-1] \
            and long_[len(stem):] not in surname_endings() \
            and not {short.lower(), long_.lower()} & (given_name_titles() | set(honorifics()) | kin_terms()):
        return len({given_names().get(short.lower()), given_names().get(long_.lower())} - {None}) < 2
    if len(long_) - len(short) < 2:
        return False
    if not long_.endswith(short) and not (long_.startswith(short) and long_[len(short):] not in surname_endings()):
        return False
    if not long_.startswith(short) and short in known_given_names() and long_ not in known_given_names():
        return False        # (a name we know is no end of one we do not: Anne of the Chuvash Asanne, a grandmother)
    genders = {given_names().get(short), given_names().get(long_)} - {None}
    return len(genders) < 2


@lru_cache(maxsize=1)
def surname_endings() -> frozenset[str]:
    """Endings that make a surname of a name: the patronymic and gender endings, and the surname suffixes."""
    parts = name_parts()
    return frozenset(parts["patronymic_endings"]) | {e for pair in parts["gender_endings"] for e in pair} \
        | frozenset(parts["surname_suffixes"])


def compound_head(name: str) -> str | None:
    """The first element of a Persian or Arabic compound given name, which is also called by it (with
    -i): Fakhr of Fakhr-ol-Moluk (Fakhri), Zia of Zia-ul-Haq; None for any other name."""
    parts = name.split("-")
    if len(parts) >= 3 and parts[1] in name_parts()["compound_name_links"] \
            and len(parts[0]) >= name_parts()["min_stem"]:
        return parts[0]
    return None


def vowel_diminutive_bases(name: str) -> list[str]:
    """The names a Spanish (or Portuguese, Italian) diminutive may be made from: Cholita of Chole (or
    Chola), Nachito of Nacho, Juanito of Juan; none for a name without such an ending."""
    if name in honorifics():
        return []       # "señorita" is a title, not a little Señora
    ending = next((e for e in name_parts()["vowel_diminutive_endings"] if name.endswith(e)), None)
    base = name[: -len(ending)] if ending else ""
    if len(base) < name_parts()["min_stem"]:
        # (a stem of two letters only where it makes a name we know: Anita of Ana, Evita of Eva)
        return [base + vowel for vowel in "oae" if len(base) == 2 and base + vowel in known_given_names()]
    return [base] + [base + vowel for vowel in "oae"]


def father_stem(patronymic: str) -> str:
    """The father's given name a patronymic is made from: arkadyevich, arkady; mykolaivna, mykola."""
    ending = max((e for e in name_parts()["patronymic_endings"] if patronymic.endswith(e)), key=len, default="")
    return patronymic[: len(patronymic) - len(ending)]


def same_given(name: str, stem: str) -> bool:
    """Is a given name the one a patronymic's stem spells, give or take its last letter (Petro, petr;
    Nikolai, nikola)?"""
    short, long_ = sorted((name, stem), key=len)
    return len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 1


def same_father(a: str, b: str) -> bool:
    """Do two patronymics name one father: the same word, or a nasab with and without the family's name
    ("son of Abd al-Rahman", "son of Abd al-Rahman Mansour")?"""
    short, long_ = sorted((a.split(), b.split()), key=len)
    return long_[:len(short)] == short


def given_key(name: str) -> str:
    """A given name compared across transliterations: its skeleton, from four letters (shorter
    names are compared as written, and never with a longer one's skeleton: "Dan" is not "Tan", and "Ane"
    is not "Janne", whose skeleton is 'ane')."""
    return skeleton(name) if len(name) >= 4 else "=" + name


@lru_cache(maxsize=1)
def nickname_index() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """The nickname table by each nickname's key and by its stem, full names as keys."""
    by_key: dict[str, set[str]] = {}
    by_stem: dict[str, set[str]] = {}
    for nick, fulls in nicknames().items():
        keys = {given_key(f) for f in fulls}
        by_key.setdefault(given_key(nick), set()).update(keys)
        stem = name_stem(nick)
        if stem != nick and len(stem) >= name_parts()["min_stem"]:
            by_stem.setdefault(stem, set()).update(keys)
    return ({k: frozenset(v) for k, v in by_key.items()}, {k: frozenset(v) for k, v in by_stem.items()})


@lru_cache(maxsize=65536)
def full_names(name: str) -> frozenset[str]:
    """The keys of the full names a nickname stands for, also through a pet form of it
    ("Nastenka": Nastya's stem, so Anastasia; "Pietje": Piet, so Pieter) or a clipped one ("Mol" of
    Molly, so Mary)."""
    if name.lower() in unique_kin():
        return frozenset()          # "Mam" is a mother, not Mamie
    by_key, by_stem = nickname_index()
    stem = name_stem(name)
    return by_key.get(given_key(name), frozenset()) | by_stem.get(stem, frozenset()) \
        | (by_key.get(given_key(stem), frozenset()) if stem != name else frozenset())


@lru_cache(maxsize=65536)
def name_stem(name: str) -> str:
    """The stem under a diminutive or feminine ending: Lida, Lidia, Lidochka all give 'lid'; a
    doubled letter closing it is one (Neddy and Ned give 'ned', Molly and Mol 'mol')."""
    shortest = name_parts()["min_stem"]
    stem = next((name[: -len(ending)] for ending in name_parts()["diminutive_endings"]
                 if name.endswith(ending) and len(name) - len(ending) >= shortest), name)
    if name.endswith("tje") and name[:-2] in known_given_names():
        return name[:-2]      # Dutch "-je" after a name ending in t: Pietje of Piet (but Trijntje of Trijn)
    if len(stem) > shortest and stem[-1] == stem[-2] and stem[-1].isalpha():
        return stem[:-1]
    return stem


def middle_part(tokens: list[str], name: tuple[str, ...]) -> bool:
    """Are the two words the given name (in any of its forms) with the first of two surnames ("Rui Baptista" of
    Rui Baptista Gomes, "Miren Arrieta" of María Arrieta Egaña; not a second given name: "José Maria" of José
    Maria Carvalho Pinto)?"""
    return first_names_match(tokens[0], name[0]) and tokens[1] in name[1:-1] and tokens[1] not in known_given_names() \
        and name[-1] not in relation_terms()     # not a name the recogniser ran on: "Boris Lenz's wife"


# A saint's titles before a name (not the Japanese -san after one: Rose-san)
SAINT_TITLES = SAINTS - {"san"}
# A knight or a peer, his lady or a peer's daughter, is never plain Mr., Mrs. or Miss of the surname.
RANK_TITLES = {"sir", "lord", "dame", "lady"}
PLAIN_TITLES = {"mr", "mister", "mrs", "miss"}


@dataclass
class Person:
    firsts: set[str] = field(default_factory=set)
    last: str | None = None
    gender: str = ""
    mentions: list[tuple[Mention, NameForm]] = field(default_factory=list)
    variant_texts: set[str] = field(default_factory=set)
    garbled_texts: set[str] = field(default_factory=set)   # those not only without diacritics or umlauts
    keys: set[tuple] = field(default_factory=set)    # the name forms this person was built from
    titles: set[str] = field(default_factory=set)    # titles used with their name ("Major Sokolov")
    maiden: str | None = None                         # her surname at birth ("née Grünbaum")
    elders: set[int] = field(default_factory=set)     # the persons this one was named after
    named_in_full: bool = False   # given at birth a name of more words than one: its words alone are others'
    age: str = ""       # "old" or "young" where a name said so: old Marchetti is not young Marchetti
    standing: str = ""  # "married" or "unmarried": Madame Delorme is not Mademoiselle Émilie Delorme
    patronymic: str | None = None   # Mykola Ivanovych is not his nephew Mykola Stepanovych
    surnames: set[str] = field(default_factory=set)   # the first of two surnames, once called by it
    home_names: set[str] = field(default_factory=set)  # a middle name used alone (see `home_name`)

    def sex(self) -> str:
        """The sex a title told, else the one the given names tell where they agree."""
        told = {given_names().get(first) for first in self.firsts} - {None}
        return self.gender or (told.pop() if len(told) == 1 else "")

    def accepts(self, form: NameForm) -> bool:
        if form.gender and self.gender and form.gender != self.gender:
            return False
        if form.age and self.age and form.age != self.age:
            return False
        if form.standing and self.standing and form.standing != self.standing:
            return False
        if form.maiden and self.maiden and form.maiden != self.maiden:
            return False      # two women of one name, born with different surnames
        if form.patronymic and self.patronymic and not same_father(form.patronymic, self.patronymic):
            return False      # two men of one given name, sons of different fathers
        if {*form.titles} & PLAIN_TITLES and self.titles & RANK_TITLES \
                or {*form.titles} & RANK_TITLES and self.titles & PLAIN_TITLES:
            return False      # Sir Gerald Ravensworth is nobody's "Mr. Ravensworth": that is his son
        if form.title_only and self.titles:
            return form.tokens[0] in self.titles
        if self.other_middle_name(form):
            return False      # Anders Olsen Sara, the grandson, is no Anders Pedersen Sara
        if bool({*form.titles} & SAINT_TITLES) != bool(self.titles & SAINT_TITLES) \
                and (len(form.tokens) == 1 and not self.titles & SAINT_TITLES or self.a_saint()):
            return False      # "Saint Joseph" is the saint, not the Joseph of the story (St. John Rivers is "St. John")
        if len(form.tokens) == 1 and form.standing == "married" and form.gender == "she" and not form.given_only \
                and not self.gender and self.firsts:
            return False      # "Madame Vernier" is Maître Hippolyte Vernier's wife, not his name: a gender must say so
        if len(form.tokens) > 1 and form.first not in known_given_names() \
                and any(len(name) > len(form.tokens) and name[-len(form.tokens):] == tuple(form.tokens)
                        for name, *_ in self.keys):
            return True       # a compound surname alone: "Senhor Carvalho Pinto" of José Maria Carvalho Pinto
        if self.called_by_first_surname(form) or self.called_by_first_words(form):
            return True       # the first of two surnames: "Rui Baptista" of Rui Baptista Gomes
        if len(form.tokens) > 1:
            # her married name, or her given name with the surname she was born with; or her given
            # name with the family's other form of the surname ("Wacław and Zofia Nowicki" of
            # Zofia Nowicka): a given name of known gender is never borne by the other sex
            # (and a woman's given name and patronymic with her other surname: "Dzerassa Kharlampievna Tsomaeva",
            # married "Dzerassa Kharlampievna Gagloeva")
            surname = (form.last == self.last or form.last == self.maiden or
                       form.maiden is not None and form.maiden == self.last or
                       bool(form.patronymic and self.patronymic and "she" in (form.gender, self.gender)
                            and same_father(form.patronymic, self.patronymic)) or
                       bool(self.last and self.gender and given_names().get(form.first) == self.gender
                            and gender_counterparts(form.last, self.last)))
            # (an initial of theirs matches another given name only while they have no full one: "C. Okafor"
            # of Chinwe Okafor is no Chukwuemeka Okafor)
            firsts = [f for f in self.firsts if len(f) > 1] or self.firsts
            # (with the surname, the given name may be written as another language writes it: "Hvozda János",
            # as a Hungarian notary wrote Ivan Hvozda; alone, "John" is not taken for Seán)
            return (surname and
                    (not self.firsts or any(first_names_match(form.first, f) or same_name_abroad(form.first, f)
                                            for f in firsts)
                     or self.called_by_middle_name(form)))
        token = form.tokens[0]
        if form.titles and self.first_of_two_surnames(token):
            return True       # (a style that may lead a given name too: "Padre Anguiano")
        if form.titles and form.gender and self.last and form.gender == self.sex() \
                and gender_counterparts(token, self.last) and surname_fits(token, form.gender):
            return True       # "Paní Hvozdová" of Maria Hvozda, the surname in her sex's form
        if token == self.last or token in self.surnames:
            # (an initial is no given name: "Vasanthi-kutti" is K. Vasanthi, named the Tamil way)
            return not (form.given_only and any(len(f) > 1 for f in self.firsts)) \
                or bool(form.titles) and form.titles[0] in either_name_titles()
        return any(first_names_match(token, f) for f in self.firsts if len(f) > 1) \
            or not form.titles and token in self.home_names

    def a_saint(self) -> bool:
        """Is this a saint, known by a saint's title and one name only ("Saint Joseph", "St. Anne")?"""
        return bool(self.titles & SAINT_TITLES) and all(len(name) == 1 for name, *_ in self.keys)

    def other_middle_name(self, form: NameForm) -> bool:
        """A name of three words whose first and last are theirs and whose middle word is another than theirs
        (a father's name between: "Anders Olsen Sara" and "Anders Pedersen Sara", grandson and grandfather)."""
        return len(form.tokens) == 3 and any(
            len(name) == 3 and name[0] == form.tokens[0] and name[2] == form.tokens[2]
            and not first_names_match(name[1], form.tokens[1]) for name, *_ in self.keys)

    def home_name(self, token: str) -> bool:
        """Is the word the name between a known given name and their surname, one no table knows
        ("Tafirenyika" of Samuel Tafirenyika Moyo: a Christian name first, the name used at home after)?"""
        return token not in known_given_names() and any(
            len(name) == 3 and name[1] == token and name[0] in known_given_names() for name, *_ in self.keys)

    def called_by_middle_name(self, form: NameForm) -> bool:
        """Is the form the given name between their first and their surname, with the surname ("Sipho Mkhize"
        of Samuel Sipho Mkhize, known at home by his second name)?"""
        return len(form.tokens) == 2 and any(len(name) > 2 and form.tokens[0] in name[1:-1]
                                             and name[-1] == form.tokens[1] for name, *_ in self.keys)

    def called_by_first_surname(self, form: NameForm) -> bool:
        """Is the form a given name of theirs with the first of their two surnames ("Rui Baptista")?"""
        return len(form.tokens) == 2 and any(len(name) > 2 and middle_part(form.tokens, name)
                                             for name, *_ in self.keys)

    def first_of_two_surnames(self, token: str) -> bool:
        """Is the word the first of their two surnames, a father's, by which Spanish speakers call a man
        with a title ("Captain Ibarra" of Francisco Ibarra Solís; not a second given name; the bare
        "Villaseñor" may be any of the family)?"""
        return token not in known_given_names() and any(
            len(name) == 3 and name[1] == token and name[0] in known_given_names() and name[-1] not in relation_terms()
            for name, *_ in self.keys)

    def called_by_first_words(self, form: NameForm) -> bool:
        """Is the form the first two words of a longer name of theirs, the second a given name too ("Said
        Omar" of Said Omar Basheikh, his father's name between; "José Maria" of José Maria Carvalho Pinto)?"""
        return len(form.tokens) == 2 and any(len(name) > 2 and name[:2] == tuple(form.tokens)
                                             and name[-1] not in relation_terms() for name, *_ in self.keys)

    def called(self, form: NameForm) -> bool:
        """Does the form name this person in a text of their own: as `accepts`, but a bare surname
        ("Marchetti", "old Marchetti") is the man called so, not Caterina Marchetti ("Orlova", in
        the woman's form, is hers). Across documents (corpus.cast) a bare surname may be anyone's."""
        if bare_surname(form) and form.tokens[0] == self.last and self.gender == "she" and self.firsts \
                and surname_fits(form.tokens[0], "he"):
            return False
        return self.accepts(form)

    def absorb(self, form: NameForm) -> None:
        self.keys.add(form_key(form))
        self.titles.update(form.titles)
        self.gender = self.gender or form.gender
        self.age = self.age or form.age
        self.standing = self.standing or form.standing
        self.patronymic = self.patronymic or form.patronymic
        if form.maiden:
            self.maiden = form.maiden
            if self.last == form.maiden and form.last:
                self.last = form.last     # built from her maiden name: her married name is her surname now
        if len(form.tokens) > 1:
            if self.last and self.called_by_first_surname(form):
                self.surnames.add(form.last)      # called by it: "Inspector Baptista" is his too
            self.firsts.add(form.first)
            self.last = self.last or form.last
        elif form.titles and not form.given_only:
            self.last = self.last or form.tokens[0]
        elif form.tokens[0] != self.last:
            self.firsts.add(form.tokens[0])


class VariantMap:
    """Garbled spellings of a name token, each mapped to the spelling taken as the right one.

    A spelling is a variant of another when both reduce to one skeleton (related_spellings).
    The right one is the more frequent (counting its capitalised uses the recogniser took for no
    person, "a letter from Gándara", too); a garble used as often as the right form (twice
    "Karel Procházka", twice "Karel Prochaska"; not three times each) is a variant too when the two share the
    rest of the name ("Karel"), when it lacks the other's diacritics and one letter besides
    ("Visniewski" of "Wiśniewski"), or when it never comes with a given name and the other does
    ("Doctor Sýgora" of Doctor Bohumil Sýkora), the tie going to the spelling with diacritics, then to the
    fuller name, then to the first used. A rare name of two words each a letter from those of a name used more
    ("Samwell Moya" of Samuel Tafirenyika Moyo; "Mamet Niyasov" of Memet Niyaz, its surname given a Russian
    ending) has both garbled. A spelling that differs only in diacritics
    ("Wisniewski" of "Wiśniewski") or in umlauts spelt out ("Gruenbaum" of "Grünbaum") is a
    variant of the one written with them however often it is used, and joins at any distance
    (`certain`); other variants join a person only where that person is mentioned nearby.
    """

    def __init__(self, forms: list[tuple[Mention, NameForm]], capitalised: list[re.Match] = ()):
        rules = variant_rules()
        counts = Counter(t for _, f in forms for t in set(f.tokens) | set((f.patronymic or "").split()))
        # a spelling's uses are also those the recogniser took for no person ("a letter from Gándara"):
        # `capitalised` holds the text's capitalised words (CAPITALISED)
        written = Counter(match.group().lower() for match in capitalised)
        for token in counts:
            counts[token] = max(counts[token], written[token])
        first_used: dict[str, int] = {}
        fullest: Counter = Counter()
        partners: dict[str, set[tuple[str, str]]] = {}   # token -> (its place, the other name word)
        for i, (_, form) in enumerate(forms):
            for token in (form.patronymic or "").split():      # (a father's name, "bin Yoosof", may be garbled too)
                first_used.setdefault(token, i)
            for token in form.tokens:
                first_used.setdefault(token, i)
                fullest[token] = max(fullest[token], len(form.tokens))
            if len(form.tokens) > 1:
                partners.setdefault(form.tokens[-1], set()).add(("last", form.tokens[0]))
                partners.setdefault(form.tokens[0], set()).add(("first", form.tokens[-1]))

        def accents(token: str) -> int:
            return sum(not c.isascii() for c in token)

        def partnered(token: str) -> int:
            """How often the word used most with it is used ("Orazov" with Atajan, seven times, over "Arazov" with
            Atadzhan, twice: a tie of the two surnames goes to the first)."""
            return max((counts[word] for _, word in partners.get(token, ())), default=0)

        def rank(token: str, by_accents: bool) -> tuple:
            seen = (counts[token], accents(token), fullest[token], partnered(token), -first_used[token])
            return (seen[1],) + seen if by_accents else seen

        def garbled_unaccented(a: str, b: str) -> bool:
            """b keeps the diacritics that a lost, and a letter of a is garbled besides
            ("Visniewski" of "Wiśniewski"): a is the garble, however often each is used."""
            return accents(b) > 0 == accents(a) and within_one_edit(unaccented(a), unaccented(b))

        def share_partner(a: str, b: str) -> bool:
            return any(place_a == place_b and (skeleton(x) == skeleton(y) or same_consonants(skeleton(x), skeleton(y))
                                               or place_a == "last" and first_names_match(x, y))
                       for place_a, x in partners.get(a, ()) for place_b, y in partners.get(b, ()))

        def partner_spelling(a: str, b: str) -> bool:
            """One letter apart from six, with the rest of the name the same: "Zhang Honwei" of Zhang Hongwei."""
            sa, sb = skeleton(a), skeleton(b)
            return min(len(sa), len(sb)) >= rules["min_partner_length"] and within_one_edit(sa, sb) \
                and share_partner(a, b) and not (gender_counterparts(a, b) or plural_of(a, b) or plural_of(b, a))

        # a kin word used as a name ("Baba") is no spelling of a name ("Bab al-Hadid"), nor one of it; nor
        # is a title ("Sardarni-ji" is no "Sardarji")
        titles = honorifics()
        tokens = [t for t in counts if len(t) >= rules["min_length"] and t not in unique_kin()
                  and honorific_suffix(t)[0] not in titles]
        # spellings that may be related, found through their skeleton or, for long ones, the
        # skeleton less one letter (two skeletons one edit apart share one of those), and
        # through their letters with umlauts spelt out (Jäger, Jaeger)
        folded = {t: rare_letters_folded(t) for t in tokens}
        near_keys = {t: lookup_keys(skeleton(t)) | {"=" + spelled_out(t), "~" + folded[t]}
                     | ({"#" + found} if (found := consonants(skeleton(t))) else set()) for t in tokens}
        by_key: dict[str, set[str]] = {}
        for token in tokens:
            for key in near_keys[token]:
                by_key.setdefault(key, set()).add(token)
        # a middle name written only within a full name is no garble of a name its last vowel apart (Samuel
        # Kealoha Akana's Kealoha, of his daughter Keʻalohi), where a clerk's "Batista" of Batiste may be
        middles = {t for _, f in forms for t in f.tokens[1:-1]} \
            - {t for _, f in forms if f.tokens for t in (f.tokens[0], f.tokens[-1])}
        best: dict[str, tuple[tuple, str]] = {}
        self.certain: set[str] = set()
        for token in tokens:
            n = counts[token]
            for other in set().union(*(by_key[k] for k in near_keys[token])):
                accent_only = same_letters(token, other)
                if other == token or not (accent_only or counts[other] >= n <= rules["max_occurrences"] and
                                          (related_spellings(token, other) or partner_spelling(token, other)
                                           or folded[token] == folded[other])):
                    continue
                if rank(other, accent_only) <= rank(token, accent_only):
                    continue   # the other spelling is the variant, if either is
                if (token in middles or other in middles) and last_vowel_apart(skeleton(token), skeleton(other)):
                    continue
                # a tie: the garble shares the rest of the name, lost diacritics, or is never written
                # with a given name while the other is ("Doctor Sýgora" of Doctor Bohumil Sýkora)
                if not accent_only and counts[other] == n and (n > rules["max_tied_occurrences"] or
                                                               not share_partner(token, other)
                                                               and not garbled_unaccented(token, other)
                                                               and (token in partners or other not in partners)):
                    continue
                choice = ((accent_only, rank(other, accent_only)), other)
                if token not in best or choice > best[token]:
                    best[token] = choice
        # a given name written more often with a garbled surname than with the right one is the garble, however
        # often it is used: "Dinabandu Sahoo" (twice, as a clerk wrote it) of Dinabandhu Sahu, Sahoo being Sahu's
        for token, (_, other) in list(best.items()):
            mine = {word for place, word in partners.get(token, ()) if place == "first"}
            theirs = {word for place, word in partners.get(other, ()) if place == "first"}
            if mine and theirs and not mine & best.keys() and all(w in best and best[w][1] in mine for w in theirs) \
                    and other not in best:
                del best[token]
                best[other] = ((False, rank(token, False)), token)
        # a rare two-word name whose two words are each one letter from those of a name of two or more words
        # used more often ("Samwell Moya" of Samuel Tafirenyika Moyo, as a clerk wrote it): both are garbled
        skeletons = {t: skeleton(t) for t in tokens}
        pairs = {(f.tokens[0], f.tokens[-1]) for _, f in forms if len(f.tokens) > 1
                 and f.tokens[0] in skeletons and f.tokens[-1] in skeletons}

        def letter_apart(a: str, b: str) -> bool:
            """One letter off, or the other with a Russian surname's ending put on it ("Niyasov" of Niyaz), or a
            Greek one on it or for its last vowel ("Benvenistis" of Benveniste)."""
            sa, sb = skeletons[a], skeletons[b]
            russified = any(sa.endswith(e) and sa[:-len(e)] == sb for e in RUSSIAN_ENDINGS)
            stem = sb[:-1] if sb[-1:] in "aeiou" else sb
            hellenised = any(sa.endswith(e) and sa[:-len(e)] in (sb, stem) for e in GREEK_ENDINGS)
            return a != b and (within_one_edit(sa, sb) or russified or hellenised) \
                and not (gender_counterparts(a, b) or plural_of(a, b) or plural_of(b, a))
        for first, last in pairs:
            if first in best and last in best or max(counts[first], counts[last]) > rules["max_occurrences"]:
                continue
            for other_first, other_last in pairs:
                # (either name may be a garble of the other's already: "Niklas Pulljo" of Niillas Buljo,
                # "Avraam Benvenistis" of Avram Benveniste)
                surname = best[last][1] == other_last if last in best else letter_apart(last, other_last)
                given = best[first][1] == other_first if first in best else letter_apart(first, other_first)
                if given and surname \
                        and counts[other_first] > counts[first] and counts[other_last] > counts[last]:
                    best[first] = ((False, rank(other_first, False)), other_first)
                    best[last] = ((False, rank(other_last, False)), other_last)
                    break
        self.canonical: dict[str, str] = {}
        for token in best:
            target, seen = token, {token}
            while target in best and best[target][1] not in seen:   # Prochazka -> Prochaska -> Procházka
                target = best[target][1]
                seen.add(target)
            self.canonical[token] = target
            if all(same_letters(t, token) for t in seen):
                self.certain.add(token)
        self.nearby = rules["nearby_chars"]

    def normalise(self, form: NameForm, certain_only: bool = False) -> NameForm:
        def right(t: str) -> str:
            return self.canonical.get(t, t) if not certain_only or t in self.certain else t
        return replace(form, tokens=[right(t) for t in form.tokens], maiden=form.maiden and right(form.maiden),
                       patronymic=form.patronymic and " ".join(right(t) for t in form.patronymic.split()))

    def garbled(self, form: NameForm) -> bool:
        """A spelling to join only near its person (not one that differs only in diacritics)."""
        return any(t in self.canonical and t not in self.certain for t in form.tokens)


# A Russian surname's endings as a skeleton writes them (-ov, -ev, -ova, -eva, -in, -ina): a clerk's Russian
# form of a name of another language ("Mamet Niyasov" of Memet Niyaz).
RUSSIAN_ENDINGS = ("ofa", "of", "efa", "ef", "ina", "in")
# A Greek name's endings, put on a name or for its last vowel by a Greek clerk ("Benvenistis" of Benveniste).
GREEK_ENDINGS = ("is", "os", "as")
# A possessive after a nested name: "the Hajj" of "the Hajj's God" is the owner, not the one named.
OWNER = re.compile(r"['’]s?\b")


def split_nested(forms: list[tuple[Mention, NameForm]]):
    """Name mentions apart from titles nested in another ("Mr." of "Mr. Murdstone"), which follow
    their outer mention: (other forms, [(mention, form, outer mention)]). A name nested in a
    longer one ("Boris Lenz" of "Boris Lenz's wife") stays a name of its own."""
    outer, nested = [], []
    for mention, form in sorted(forms, key=lambda mf: (mf[0].start, -mf[0].end)):
        owner = outer and OWNER.match(outer[-1][0].text, mention.end - outer[-1][0].start)
        if outer and form.title_only and mention.end <= outer[-1][0].end and not owner:
            nested.append((mention, form, outer[-1][0]))
        else:
            outer.append((mention, form))
    return outer, nested


def split_families(forms: list[tuple[Mention, NameForm]]):
    """Plural surnames apart ("the Procházkas" where Karel Procházka is named): a family is a
    group, neither one of its members nor a garble of his name. (other forms, [one person per family])."""
    surnames = {f.last for _, f in forms if f.last}
    surnames |= {f.tokens[0] for _, f in forms if len(f.tokens) == 1 and f.titles and not f.given_only}
    singular = {skeleton(s) for s in surnames}
    endings = name_parts()["plural_endings"]
    people, families = [], {}
    for mention, form in forms:
        token = form.tokens[0]
        stems = [skeleton(token[: -len(e)]) for e in endings if token.endswith(e) and len(token) > len(e) + 2]
        name = next((stem for stem in stems if stem in singular), None)
        if len(form.tokens) == 1 and not form.titles and token not in surnames and name:
            family = families.setdefault(name, Person(gender="they"))
            family.keys.add(form_key(form))
            family.mentions.append((mention, form))
        else:
            people.append((mention, form))
    return people, list(families.values())


def with_teknonyms(forms: list[tuple[Mention, NameForm]]) -> list[tuple[Mention, NameForm]]:
    """A parent named by a child ("Mama Tunde", "Abu Hassan") as one name of their own, where the child
    is named alone in the text, or the two are joined by a hyphen ("Mma-Dineo"): the teknonym never joins
    the child (name_parts' "teknonyms")."""
    parts = name_parts()
    alone = {f.tokens[0] for _, f in forms if len(f.tokens) == 1 and not f.titles}
    # a name also written the other way round is one name ("Mai Xiong" and "Xiong Mai", Hmong)
    reversed_pairs = {tuple(f.tokens) for _, f in forms if len(f.tokens) == 2}

    def teknonym(word: str, child: str, hyphened: bool) -> bool:
        if (child, word) in reversed_pairs:
            return False
        if word not in parts["teknonyms_also_titles"] or hyphened:
            return True
        sex, childs_sex = parts["teknonyms"][word], given_names().get(child)
        return childs_sex != sex if sex else childs_sex is None     # "Mama Rose" is Rose
    out = []
    for mention, form in forms:
        # (joined by a hyphen, "Mma-Dineo", the two words are a teknonym whether the child is named or not)
        hyphened = len(form.tokens) == 2 and form.text.lower().startswith(form.tokens[0] + "-")
        if len(form.tokens) == 2 and not form.titles and form.tokens[0] in parts["teknonyms"] \
                and (form.tokens[1] in alone or hyphened) and teknonym(*form.tokens, hyphened):
            word, child = form.tokens
            form = replace(form, tokens=[f"{word} {child}"], gender=parts["teknonyms"][word] or form.gender,
                           title_only=False)
        out.append((mention, form))
    return out


# A name in the position of a call: after a quotation mark, a dash, a comma or a letter's "Dear", before a stop,
# a comma or a colon.
CALL_BEFORE = re.compile(r"(?:[\"“‘'«»„‚‹›—]|,|\b[Dd]ear(?:est)?)\s*$")
CALL_AFTER = re.compile(r"\s*[,.!?…;:]")


def with_vocatives(text: str, forms: list[tuple[Mention, NameForm]]) -> list[tuple[Mention, NameForm]]:
    """A given name in the vocative case of Ukrainian, Polish or Czech translations, used to call someone
    ("Stepane," of Stepan; "…, Mykolo." of Mykola; "Oksanko" of Oksanka; "Motre" of Motria; "Jadziu" of Jadzia;
    "Józku" of Józek, of Józef), and of Bulgarian ones ("Angele" of Angel, "Leli Penke" of Penka), as the name
    itself: a word that is no given name of its own, in a call's position, after no title or a given-name title,
    and a name of the text (or a pet form of one) plus -e, or less its -a plus -o or -e (less -ia plus -e or -iu,
    less -ek plus -ku). Not a garble: no finding."""
    names = {f.tokens[0] for _, f in forms if f.tokens}
    known = known_given_names()
    # (a pet form the table gives of a name of the text: Józek of Józef)
    pet_forms = {pet for pet, fulls in nicknames().items() if fulls & names}

    def nominative(word: str) -> str | None:
        bases = {word[:-1]} if word.endswith("e") else set()
        bases |= {word[:-1] + "a"} if word.endswith(("o", "e")) else set()
        bases |= {word[:-1] + "ia", word[:-1] + "ya"} if word.endswith("e") else set()
        bases |= {word[:-2] + "ia"} if word.endswith("iu") else set()       # Polish Jadziu of Jadzia
        bases |= {word[:-2] + "ek"} if word.endswith("ku") else set()       # Polish Józku of Józek, Czech Tatínku
        found = [base for base in bases if (base in names or base in pet_forms) and base != word]
        return found[0] if len(found) == 1 else None
    out = []
    for mention, form in forms:
        word = form.tokens[0] if len(form.tokens) == 1 else None
        if word and (not form.titles or form.given_only) and word not in known and len(word) > 3 \
                and CALL_BEFORE.search(text, max(0, mention.start - 8), mention.start) \
                and CALL_AFTER.match(text, mention.end) and (base := nominative(word)) is not None:
            form = replace(form, tokens=[base])
        out.append((mention, form))
    return out


MAIDEN_AFTER = re.compile(r"\s*,?\s*\(?\s*([^\W\d_]+)\.?\s+([^\W\d_][\w'’-]*)")


# Given names a family name is written before, each used alone too, that make a text one of family names first.
MIN_FAMILY_FIRST = 2


def with_surname_first(forms: list[tuple[Mention, NameForm]]) -> list[tuple[Mention, NameForm]]:
    """Names of two words written family name first, as Hungarian and the clerks of Hungary write them: "Szabó
    Géza" where the text also writes "Géza Szabó", and "Hvozda János" where János is never a surname in the text
    and it names a Hvozda whose given name is János in another language, "Joannes Hvozda" (so "Kwame Thomas" stays
    Kwame, a Thomas)."""
    same = Counter(tuple(f.tokens) for _, f in forms if len(f.tokens) == 2 and f.patronymic is None)
    lasts_of_titles = {f.tokens[-1] for _, f in forms if f.titles}      # (Mr. Mensah: a surname after all)
    # (a family name the text gives a surname's title: "Miss Tamashiro", "Tamashiro-sensei"; not Uncle Dorje)
    titled = {f.tokens[0] for _, f in forms if len(f.tokens) == 1 and f.titles
              and not set(f.titles) & given_only_titles()}
    lasts = Counter()
    firsts_of: dict[str, set[str]] = {}     # a surname -> the given names written before it
    for (first, last), n in same.items():
        lasts[last] += n
        firsts_of.setdefault(last, set()).add(first)

    # a text that writes its family names first ("Tamashiro Seitoku", "Tamashiro Seiryō", and "Seitoku",
    # "Seiryō" alone): a first word no given name we know, titled as a surname, before two or more words the
    # text uses alone
    alone = {f.tokens[0] for _, f in forms if len(f.tokens) == 1}
    seconds_of: dict[str, set[str]] = {}
    for first, last in same:
        if last in alone and first in titled and first not in known_given_names() and last not in lasts_of_titles:
            seconds_of.setdefault(first, set()).add(last)
    families = {first for first, seconds in seconds_of.items() if len(seconds) >= MIN_FAMILY_FIRST}

    @lru_cache(maxsize=None)
    def reversed_order(family: str, given: str) -> bool:
        if family in families and given in seconds_of[family]:
            return True
        if (given, family) in same:
            # (a given name we know, or one written before no other surname, before a surname the text gives two
            # people or more and never writes first of another name: "Diallo Abdourahmane" beside Abdourahmane,
            # Boubacar and Kadiatou Diallo; not the Tigrinya "Gebremedhin Tesfay" beside his father Tesfay
            # Gebremedhin and grandfather Gebremedhin Woldu)
            return (given in known_given_names() or len(firsts_of[family]) > 1
                    and all(last == family for first, last in same if first == given)
                    and all(last == given for first, last in same if first == family)) \
                and family not in known_given_names()
        # (and only where it names one the text names so in its own order: a list's "Marković Jovan" beside
        # Dragan and Vesna Marković is left as written)
        return unaccented(family) not in name_parts()["surname_first"] and lasts[given] == same[(family, given)] \
            and family not in known_given_names() \
            and any(first_names_match(given, first) or same_name_abroad(given, first)
                    for first in firsts_of.get(family, ()))
    triples = {tuple(f.tokens) for _, f in forms if len(f.tokens) == 3 and f.patronymic is None}

    def reversed_three(family: str, given: str, second: str) -> bool:
        """"Corrias Giovanni Maria", as an electoral roll writes Giovanni Maria Corrias: a surname of the text
        before two given names the text writes in its own order."""
        return family not in known_given_names() and given in known_given_names() \
            and ((given, second, family) in triples or (given, second) in same and lasts[family] > 0)
    out = []
    for mention, form in forms:
        if len(form.tokens) == 2 and form.patronymic is None and reversed_order(*form.tokens):
            given = form.tokens[1]
            form = replace(form, tokens=[given, form.tokens[0]], gender=form.gender or given_names().get(given, ""))
        elif len(form.tokens) == 3 and form.patronymic is None and reversed_three(*form.tokens):
            given = form.tokens[1]
            form = replace(form, tokens=[*form.tokens[1:], form.tokens[0]],
                           gender=form.gender or given_names().get(given, ""))
        out.append((mention, form))
    return out


def with_maiden_names(text: str, forms: list[tuple[Mention, NameForm]]):
    """Forms with the surname a woman was born with where "née X" (geb. X; born X, X being a
    surname the text gives someone) follows her name: "Lotte Hartley, née Grünbaum". A mention
    of that surname itself follows its woman's name, as a title nested in a name does:
    (forms, [(mention, form, outer mention)])."""
    parts = name_parts()
    markers = parts["maiden_markers"]
    surnames = {f.last for _, f in forms if f.last}
    out, nested, maiden_at = [], [], {}
    for mention, form in forms:
        if mention.start in maiden_at and len(form.tokens) == 1:
            nested.append((mention, form, maiden_at[mention.start]))
            continue
        match = MAIDEN_AFTER.match(text, mention.end)
        if match and form.maiden is None and len(form.tokens) > 1 and match.group(1).lower() in markers \
                and match.group(2)[0].isupper():
            marker, maiden = match.group(1).lower(), re.sub(r"['’]s$", "", match.group(2)).lower()
            if marker not in parts["maiden_markers_known_surname_only"] or maiden in surnames:
                form = replace(form, maiden=maiden, gender=form.gender or markers[marker])
                maiden_at[match.start(2)] = mention
        out.append((mention, form))
    return out, nested


NAMED_BEFORE = re.compile(r"\b([a-z]+)\s+(?:(him|her)\s+)?(?:as\s+)?$")
NAMED_AFTER = re.compile(r",?\s+(?:after|for)\s+(his|her|their|the|my|our)\s+"
                         r"(?:late\s+|maternal\s+|paternal\s+|old\s+)?([\w-]+)"
                         r"(?=\s*[,.;:)—–]|\s+(?:who|and|on|in|of|at|from|[A-Z])\b|\s*$)")
# "Little Rożina was born on the second of February, and she was named for her grandmother"
BORN_NAMED_AFTER = re.compile(r"\s+was\s+born\b[^.;!?]*?\b(he|she)\s+was\s+([a-z]+)\s+(?:after|for)\s+"
                              r"(?:his|her|their|the|my|our)\s+(?:late\s+|maternal\s+|paternal\s+|old\s+)?([\w-]+)")
# "Little Said, who had been named for his uncle"
WHO_WAS_NAMED_AFTER = re.compile(r",\s+who\s+(?:had\s+been|has\s+been|was)\s+([a-z]+)\s+(?:after|for)\s+"
                                 r"(his|her|their|the|my|our)\s+(?:late\s+|maternal\s+|paternal\s+|old\s+)?([\w-]+)")
NAMING_GENDER = {"his": "he", "her": "she", "him": "he", "their": "", "the": "", "my": "", "our": ""}


def named_after(text: str, mention: Mention) -> str | None:
    """For a name given after a relative or another ("named Moritz after his grandfather", "christened Anna
    for her late aunt", "named her Kalolaine after the old woman on Hunga", "registered him as Tursun
    Abdurehim, for my father"; "Little Rożina was born in February, and she was named for her grandmother";
    "Little Said, who had been named for his uncle"),
    the gender of the one so named ("he", "she" or ""); else None."""
    parts = name_parts()
    born = BORN_NAMED_AFTER.match(text, mention.end)
    if born and born.group(2) in parts["naming_verbs"] and born.group(3).lower() in parts["namesake_kin"]:
        return born.group(1)
    who = WHO_WAS_NAMED_AFTER.match(text, mention.end)
    if who and who.group(1) in parts["naming_verbs"] and who.group(3).lower() in parts["namesake_kin"]:
        return NAMING_GENDER[who.group(2)]
    before = NAMED_BEFORE.search(text[max(0, mention.start - 20):mention.start])
    after = NAMED_AFTER.match(text, mention.end)
    if not (before and after and before.group(1) in parts["naming_verbs"]):
        return None
    noun = after.group(2).lower()
    if noun in parts["namesake_kin"] and after.group(1) != "the" \
            or after.group(1) == "the" and gendered_nouns().get(noun) in ("he", "she"):
        return NAMING_GENDER[before.group(2) or after.group(1)]
    return None


@lru_cache(maxsize=1)
def given_at_birth_pattern() -> re.Pattern:
    """A naming verb, then "him"/"her" or, within the clause, "with the names", just before a name: "was baptized
    the next Sunday with the names Joseph Onésime", "named him Karl Heinz"."""
    verbs = alternation(name_parts()["naming_verbs"])
    return re.compile(rf"\b(?:{verbs})\s+(?:(him|her)\s+(?:as\s+)?|[^.;!?]{{0,40}}?\b(?:with|under)\s+the\s+"
                      r"names?\s+)$")


def given_at_birth(text: str, mention: Mention) -> str | None:
    """For a name of two words or more a naming verb gives someone, the gender of the one so named ("he",
    "she" or ""); else None."""
    before = given_at_birth_pattern().search(text, max(0, mention.start - 60), mention.start)
    if before is None or len(mention.text.split()) < 2:
        return None
    return NAMING_GENDER[before.group(1) or "the"]


def bare_surname(form: NameForm) -> bool:
    """One name word with no title and no given name: "Marchetti", "old Marchetti"."""
    return len(form.tokens) == 1 and not form.titles and not form.given_only and not form.gender


def office(form: NameForm) -> str | None:
    """The title of an office or rank a name is led by (Doktor, Pastor, Major: one that tells no
    gender), which names its bearer among others of the surname; "Miss" and "Mrs." do not, nor does a pet
    prefix (the "Ti" of Ti-Jo)."""
    return form.titles[0] if form.titles and not honorifics().get(form.titles[0]) \
        and form.titles[0] not in name_parts()["pet_prefixes"] else None


# A surname, then a comma and a given name, as a list or register writes a name ("Hadzic, Hasan.").
# "his" or "himself", or "herself", later in the sentence a name opens
OWN_PRONOUN_AFTER = re.compile(r"[^.!?;:\n“”\"]{0,80}?\b(his|himself|herself)\b", re.IGNORECASE)
LISTED_GIVEN = re.compile(r",\s+([^\W\d_a-z][\w’'-]*)(?=[.;:!?,”\"]|\s+[a-z]|$)")


def titled_surname(form: NameForm) -> bool:
    """A surname after a title that does not take given names: "Mr Marković", "Doktor Rosenthal"."""
    return len(form.tokens) == 1 and bool(form.titles) and not form.given_only


def surnamed(person: Person, form: NameForm) -> bool:
    """Is the one word of the form this person's surname (not a given name: "Mr Marković" is not the
    Marković Jovan of a list that writes the surname first)?"""
    return form.tokens[0] == person.last or form.tokens[0] in person.surnames


def form_key(form: NameForm) -> tuple:
    return (tuple(form.tokens), form.gender, form.given_only, form.maiden, form.age, form.standing, form.patronymic)


def build_persons(forms: list[tuple[Mention, NameForm]], namesakes: frozenset[tuple] = frozenset()) -> list[Person]:
    """Persons from the distinct name forms, fullest first.

    A form that fits no person starts one; so does a titled surname that fits
    several ("Mr. Bennet" among Elizabeth and Jane Bennet is their father), and a younger
    form the text says was named after another (`namesakes`: "Little Said, who had been
    named for his uncle" is not Said Khasanovich, the uncle).
    """
    distinct: dict[tuple, NameForm] = {}
    freq: Counter = Counter()
    for _, form in forms:
        key = form_key(form)
        distinct.setdefault(key, form)
        freq[key] += 1
    # a title alone ("the Major", however often) comes after the names it is a title of ("Major Pellew")
    order = sorted(distinct, key=lambda k: (-len(k[0]), distinct[k].title_only, k[3] is None, not k[1], -freq[k]))
    # "Mademoiselle Émilie": Émilie Delorme is unmarried, so "Madame Delorme" is another woman
    given_standing = {f.tokens[0]: f.standing for f in distinct.values()
                      if f.given_only and f.standing and len(f.tokens) == 1}
    # and "Mademoiselle Émilie", "Aunt Vera" tell the gender of Émilie Delorme, Vera Orlova
    given_gender = {f.tokens[0]: f.gender for f in distinct.values() if f.given_only and f.gender and len(f.tokens) == 1}
    # a middle name in one name only (not the first of two surnames of a family: "Villaseñor" of Refugio
    # Villaseñor Loza and of Jesús Villaseñor Macías)
    middles = Counter(k[0][1] for k in distinct if len(k[0]) == 3)
    persons: list[Person] = []
    for key in order:
        form = distinct[key]
        matches = [p for p in persons if p.called(form)]
        if not matches and len(form.tokens) == 1 and not form.titles and middles[form.tokens[0]] == 1 \
                and len(homes := [p for p in persons if p.home_name(form.tokens[0])]) == 1:
            homes[0].home_names.add(form.tokens[0])
            continue
        # a title and one name: a surname, or a name a title of either name leads ("Miss Moss"; not a
        # given name it leads: "Batono Dato" is Davit Beridze's, however many a Davit)
        one_titled_name = len(form.tokens) == 1 and form.titles and (
            not form.given_only or form.titles[0] in either_name_titles() and form.tokens[0] not in known_given_names())
        if len(matches) == 1 and not form.title_only:
            matches[0].titles.update(form.titles)
            # "Mr Banerjee" of Haricharan Banerjee tells he is a man: "Miss Banerjee" is someone else
            matches[0].gender = matches[0].gender or (form.gender if form.titles else "")
            matches[0].age = matches[0].age or form.age
            matches[0].standing = matches[0].standing or form.standing
        if form.title_only and any(form.tokens[0] in p.titles for p in persons):
            continue  # "the Major" is whoever bears that title, resolved per mention
        bearers = [p for p in matches if office(form) in p.titles]
        if one_titled_name and len(matches) > 1 and len(bearers) == 1:
            matches = bearers             # "Doktor Rosenthal" is Doktor Max Rosenthal, not his daughter
        if titled_surname(form) and len(matches) > 1:
            matches = [p for p in matches if surnamed(p, form)] or matches
        if key in namesakes and matches:
            person = Person(elders={persons.index(p) for p in matches})
            person.absorb(form)
            persons.append(person)
        elif not matches or (one_titled_name and len(matches) > 1):
            person = Person()
            person.absorb(form)
            persons.append(person)
        elif len(matches) == 1 and len(form.tokens) > 1:
            person = matches[0]
            person.absorb(form)
        elif len(matches) == 1 and not form.titles and form.tokens[0] not in matches[0].firsts \
                and form.tokens[0] != matches[0].last and form.tokens[0] in known_given_names():
            # another form of the one person's given name ("Ngāreta" of Margaret Tawhiri) is theirs too, and
            # so are the forms of that ("Reta" of Ngāreta)
            matches[0].firsts.add(form.tokens[0])
            continue
        else:
            continue
        person.standing = person.standing or given_standing.get(form.first or "", "")
        person.gender = person.gender or given_gender.get(form.first or "", "")
    return persons


CAPITALISED = re.compile(r"(?<![\w'’-])[^\W\d_a-z][^\W\d_]{3,}(?![\w'’-])")
MID_SENTENCE = re.compile(r"[\w,;]\s+$")


def garbled_mentions(text: str, capitalised: list[re.Match], people: list[Entity],
                     taken: list[tuple[int, int]]) -> list[Entity]:
    """Capitalised words the recogniser passed over or called no person that are spelt like the name of
    a person it found but for a garble ("He glanced at Pârzu" where Bârzu is named; "Betrov" beside
    Petrov): one person entity for each such spelling, for the clustering to join or keep apart. The
    word must stand inside a sentence somewhere and never be written in lower case (no common word
    capitalised by position). `capitalised` holds the text's capitalised words (CAPITALISED)."""
    by_key: dict[str, set[str]] = {}
    for entity in people:
        for m in entity.mentions:
            if m.kind == "PROP":
                for word in CAPITALISED.findall(m.text):
                    for key in lookup_keys(skeleton(word.lower())):
                        by_key.setdefault(key, set()).add(word.lower())
    if not by_key:
        return []
    covered = coverage(len(text), taken)
    found = []
    for match in capitalised:
        word = match.group().lower()
        names = set().union(*(by_key.get(key, ()) for key in lookup_keys(skeleton(word))))
        if names and word not in names and not any(covered[match.start():match.end()]) \
                and any(related_spellings(word, name) for name in names):
            found.append(match)
    # two such words side by side are one garbled name ("Pawia Hejlmand" of Pavia Heilmann), where the
    # sentence may begin: a ledger's entry
    runs: list[list[re.Match]] = []
    for match in found:
        if runs and text[runs[-1][-1].end():match.start()] == " ":
            runs[-1].append(match)
        else:
            runs.append([match])
    uses: dict[str, list[tuple[int, int]]] = {}
    inside: set[str] = set()
    for run in runs:
        name = " ".join(m.group().lower() for m in run)
        uses.setdefault(name, []).append((run[0].start(), run[-1].end()))
        if len(run) > 1 or MID_SENTENCE.search(text, max(0, run[0].start() - 3), run[0].start()):
            inside.add(name)
    lower = {name for name in uses if any(written_in_lower_case(text, w) for w in name.split())}
    alone = {name for name in uses if " " not in name} & (known_given_names() | honorifics().keys())
    return [Entity(id="", type="PER", name=text[slice(*uses[name][0])],
                   mentions=[Mention(start=s, end=e, text=text[s:e], kind="PROP") for s, e in uses[name]])
            for name in sorted(inside - lower - alone)]


def titles_of_the_text(names: list[str]) -> frozenset[str]:
    """Words a text uses as titles that no table lists: a capitalised word, neither a given name we know
    nor ever a name alone, that opens the names of two or more people, one of whom the text also names
    without it or after another such word ("U Tin" and "Ko Tin", "Daw Khin" and "Ma Khin": U, Ko, Daw
    and Ma). A family name that may come first (Ko, Chen) counts only where a name after it also
    follows another such word that is no such family name ("Maung Tin" and "Ko Tin"; not "Chen Suying"
    beside "Suying", nor "Chea Sophal" beside "Keo Sophal")."""
    parts = name_parts()
    known = honorifics().keys() | known_given_names() | set(parts["leading_words"]) \
        | set(parts["teknonyms"]) | {w for marker in parts["nasab_markers"] for w in marker.split()}
    split = [[w.rstrip(".") for w in WORD.findall(name)] for name in names]
    alone = {w[0].lower() for w in split if len(w) == 1}
    # (nor one that closes a name after a title, as a name does: "Alhaji Abdullahi" beside "Abdullahi Garba")
    alone |= {w[-1].lower() for w in split if len(w) > 1 and w[-2].lower() in honorifics()}
    initials = {w.lower() for name in names for w in re.findall(r"\b(\w)\.", name)}      # "K. Vasanthi"
    rests: dict[str, set[tuple[str, ...]]] = {}
    for words in split:
        if len(words) > 1 and words[0][:1].isupper() and words[0].isalpha() and words[0].lower() not in initials:
            rests.setdefault(words[0].lower(), set()).add(tuple(w.lower() for w in words[1:]))
    said = {tuple(w.lower() for w in words) for words in split}
    # (no word English writes in lower case either: "my Jianguo")
    # (imported here, not with the module: the corpus cast reads names with this module and no spaCy)
    from spacy.lang.en.stop_words import STOP_WORDS
    rests = {word: after for word, after in rests.items() if word not in known and word not in STOP_WORDS}
    after_styles = set(parts["titles_after"])
    found = set()
    for word, after in rests.items():
        # (nor one only ever followed by a style after a name: "Khäyrulla babay", "Khäyrulla hazrät")
        if word in alone or len(after) < 2 or all(len(rest) == 1 and rest[0] in after_styles for rest in after):
            continue
        # (shared with a word that is a name alone, it is a given name: "Purna Bahadur" and "Ratna Bahadur",
        # where "Ratna" is said alone)
        family_first = unaccented(word) in parts["surname_first"]
        # (two families written first share given names: "Chea Sophal" and "Keo Sophal" are two Sophals)
        shared = any(rest in others for other, others in rests.items() if other != word and other not in alone
                     and not (family_first and unaccented(other) in parts["surname_first"]) for rest in after)
        if shared or not family_first and after & said:
            found.add(word)
    return frozenset(found)


def titles_used_as_names(names: list[str], titles: Mapping[str, str]) -> frozenset[str]:
    """Words the tables list as styles that a text uses only as a name after a rank: "Lieutenant Mori" is a
    Japanese officer where no name follows "Mori" (the Yemenite teacher's style in "Mori Shalom")."""
    split = [[w.rstrip(".").lower() for w in WORD.findall(name)] for name in names]
    leading = {w for words in split for w in words[:-1]}
    return frozenset(words[-1] for words in split if ranked_name(words) and words[-1] in titles
                     and words[-1] not in leading and all(w in titles for w in words[:-1]))


# "our daughter Saba": a kin noun, then a capitalised word
KIN_THEN_NAME = re.compile(r"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Yy]our)\s+([a-z]+)\s+([A-Z][\w'’-]*)\b")


def titles_against_a_kin_word(text: str, titles: Mapping[str, str]) -> frozenset[str]:
    """Words the tables list as styles of one sex that a text names a kin of the other sex by: "our daughter
    Saba" is the Tigrinya given name, not the Hebrew grandfather's style."""
    terms, found = relation_terms(), set()
    for match in KIN_THEN_NAME.finditer(text):
        noun, word = match.group(1), match.group(2).lower()
        said = terms[noun].gender if noun in kin_terms() else ""
        if said and titles.get(word) in ("he", "she") and titles[word] != said:
            found.add(word)
    return frozenset(found)


@stage("aliases", requires=("entities",), assigns=("entities", "findings"))
def cluster_aliases(doc: Document) -> Document:
    doc.findings = [f for f in doc.findings if f.kind != "name_variant"]  # rerunnable
    people = [e for e in doc.entities if e.type == "PER" and any(m.kind == "PROP" for m in e.mentions)]
    # (the recogniser may have called a garbled name a place: "glanced at Pârzu"; the person's it is)
    capitalised = list(CAPITALISED.finditer(doc.text))
    garbled = garbled_mentions(doc.text, capitalised, people, [(m.start, m.end) for e in people for m in e.mentions])
    spans = {(m.start, m.end) for e in garbled for m in e.mentions}
    for entity in doc.entities:
        entity.mentions = [m for m in entity.mentions if (m.start, m.end) not in spans]
    doc.entities = [e for e in doc.entities if e.mentions]
    people = [e for e in people if e.mentions] + garbled
    chosen = {id(e) for e in people}
    others = [e for e in doc.entities if id(e) not in chosen]
    named = [(m, (title_before(doc.text, m.start) or little_before(doc.text, m.start)) + m.text)
             for e in people for m in e.mentions if m.kind == "PROP"]
    titles = {**honorifics(), **dict.fromkeys(titles_of_the_text([text for _, text in named]), "")}
    names_not_titles = titles_used_as_names([text for _, text in named], titles)
    for word in names_not_titles | titles_against_a_kin_word(doc.text, titles):
        del titles[word]
    forms = sorted(((m, parse_name(text, titles)) for m, text in named), key=lambda mf: mf[0].start)
    forms = [(m, f) for m, f in forms if f.tokens]
    forms, nested = split_nested(forms)
    forms, maidens = with_maiden_names(doc.text, forms)
    nested += maidens
    forms, families = split_families(forms)
    forms = with_surname_first(with_vocatives(doc.text, with_teknonyms(forms)))
    namings = {m.start: gender for m, _ in forms if (gender := named_after(doc.text, m)) is not None}
    variants = VariantMap(forms, capitalised)
    written: dict[str, str] = {}      # each name word as the text writes it ("grünbaum": "Grünbaum")
    for mention, _ in forms:
        for word in WORD.findall(mention.text):
            written.setdefault(word.lower(), word)
    normalised = [(m, variants.normalise(f)) for m, f in forms]
    first_said: dict[tuple, int] = {}       # where each form is first written
    for m, f in normalised:
        first_said.setdefault(form_key(f), m.start)
    # a child given at birth a name first written then ("baptized with the names Joseph Onésime"): a new person
    # there, whose name is no name of those called by its words before (the father's Joseph, the grandfather's
    # Onésime), and is nobody's before
    births = {m.start: gender for m, f in normalised if first_said[form_key(f)] == m.start and m.start not in namings
              and (gender := given_at_birth(doc.text, m)) is not None}
    persons = build_persons([(m, f) for m, f in normalised if m.start not in births],
                            frozenset(form_key(f) for m, f in normalised if f.age == "young" and m.start in namings))
    starts: list[list[int]] = [[] for _ in persons]
    # where each person's own name is first written: a form said before anyone it fits was named ("Bring
    # Vanya", two Ivans still to come) is of the one named next
    first_named = [min((first_said[k] for k in person.keys if k in first_said), default=len(doc.text))
                   for person in persons]

    def assign(mention: Mention, form: NameForm, raw: NameForm, candidates: list[int]) -> None:
        if not candidates:
            persons.append(Person())
            persons[-1].absorb(form)
            starts.append([])
            candidates = [len(persons) - 1]
        if form.age and len(candidates) > 1:
            # "Old Moritz" is the one his grandson was named after, "the younger Moritz" the grandson
            elders = set().union(*(persons[i].elders for i in candidates)) & set(candidates)
            if elders:
                candidates = [i for i in candidates if (i in elders) == (form.age == "old")] or candidates
        if len(form.tokens) == 1 and not form.age and any(persons[i].named_in_full for i in candidates):
            # "Joseph" is the father, "Onésime" the grandfather, not the son baptized Joseph Onésime after them
            # while he is not called so himself (he may be "Ti-Jo", a form of neither)
            said = " ".join(mention.text.split())
            candidates = [i for i in candidates if not persons[i].named_in_full or form.titles
                          or any(" ".join(m.text.split()) == said for m, _ in persons[i].mentions)] or candidates
        exact = [i for i in candidates if form_key(form) in persons[i].keys]
        candidates = exact or candidates
        if len(form.tokens) == 1 and not form.titles:
            # a word that is one person's given name, called so with a title only given names take
            # ("Ato Tesfaye"; not "Miss"), and another's second name is the first's own: "Tesfaye" is
            # Tesfaye Gebre-Medhin, not his son Dawit Tesfaye (named by his father)
            candidates = [i for i in candidates if form.tokens[0] in persons[i].firsts
                          and persons[i].titles & given_only_titles()] or candidates
            # nor, where two or more bear it second, their father's name as Tigrinya names children: "Tesfay"
            # is Tesfay Gebremedhin, not his son Gebremedhin Tesfay nor his daughter Saba Tesfay
            # (whose own second name is a father's given name: one the text gives another as theirs)
            # (one bearer and two others: three candidates at least, before looking at every person's names)
            if len(candidates) > 2 and not form.age:
                given = [i for i in candidates if form.tokens[0] in persons[i].firsts
                         and persons[i].last not in (None, form.tokens[0])
                         and any(persons[i].last in p.firsts and p.last for p in persons)]
                if len(given) == 1 and len(candidates) - len(given) > 1:
                    candidates = given
        if office(form) and len(candidates) > 1:
            candidates = [i for i in candidates if office(form) in persons[i].titles] or candidates
        if titled_surname(form):
            candidates = [i for i in candidates if surnamed(persons[i], form)] or candidates
        listed = LISTED_GIVEN.match(doc.text, mention.end) if len(form.tokens) == 1 else None
        if listed:      # a list's "Hadzic, Hasan": the Hadžić whose given name follows
            given = listed.group(1).lower()
            candidates = [i for i in candidates if any(first_names_match(given, f) for f in persons[i].firsts)] \
                or candidates

        def last_before(i: int) -> int:
            k = bisect.bisect_left(starts[i], mention.start)
            return starts[i][k - 1] if k else -1
        if len(form.tokens) == 1 and len(candidates) > 1 and not form.title_only \
                and not set(form.titles) - set(name_parts()["pet_prefixes"]) \
                and not any(form.tokens[0] in persons[i].firsts for i in candidates):
            # a word two people's names share that is no given name of either (a pet form, "Mykolka" of two
            # Mykolas, "Ti-Jo" of two Josephs; a surname) names whom it named before
            text = " ".join(mention.text.split())
            candidates = [i for i in candidates if any(" ".join(m.text.split()) == text
                                                       for m, _ in persons[i].mentions)] or candidates

        if len(candidates) > 1 and not form.titles \
                and not any(form.tokens[0] in persons[i].firsts for i in candidates) \
                and (own := OWN_PRONOUN_AFTER.match(doc.text, mention.end)) is not None:
            # a surname two of a family bear, the sentence going on with "his" or "herself": the one of that sex
            # ("Montero Iglesias watched his clients leave", not his sister Caridad Montero Iglesias)
            sex = "she" if own.group(1).lower() == "herself" else "he"
            candidates = [i for i in candidates if persons[i].sex() == sex] or candidates

        def named_next(i: int) -> int:
            return -first_named[i] if i < len(first_named) and first_named[i] > mention.start else -len(doc.text)
        chosen = max(candidates, key=lambda i: (last_before(i), named_next(i), len(persons[i].mentions)))
        persons[chosen].mentions.append((mention, form))
        if form.tokens != raw.tokens:
            persons[chosen].variant_texts.add(" ".join(mention.text.split()))
            if variants.garbled(raw):
                persons[chosen].garbled_texts.add(" ".join(mention.text.split()))
        bisect.insort(starts[chosen], mention.start)

    # Which persons accept a name form, per distinct form: a person's name never changes
    # once built, so only persons added since the last look need checking (not every
    # person for every mention, which grew with the square of the text).
    accepting: dict[tuple, list[int]] = {}
    checked: dict[tuple, int] = {}

    def accepting_persons(form: NameForm) -> list[int]:
        key = form_key(form)
        found = accepting.setdefault(key, [])
        found.extend(i for i in range(checked.get(key, 0), len(persons)) if persons[i].called(form))
        checked[key] = len(persons)
        return list(found)

    garbled = []
    for mention, raw in forms:
        if variants.garbled(raw):
            garbled.append((mention, raw))
        else:
            form = variants.normalise(raw)   # only spellings without diacritics are normalised here
            candidates = accepting_persons(form)
            elders = {i for i in candidates if starts[i]}
            if mention.start in births:
                person = Person(gender=births[mention.start], named_in_full=True)
                person.absorb(form)
                persons.append(person)
                starts.append([])
                candidates = [len(persons) - 1]
            elif mention.start in namings and elders:
                # "named Moritz after his grandfather": not the grandfather, a new person named like him
                # (the one "the younger Moritz" already stands for, if the text says so later)
                younger = [i for i in candidates if persons[i].age == "young" and (not starts[i] or persons[i].elders)]
                if younger:
                    person = persons[younger[0]]
                    person.gender, person.elders = person.gender or namings[mention.start], elders
                    candidates = younger[:1]
                else:
                    person = Person(gender=namings[mention.start], elders=elders)
                    person.absorb(form)
                    if not any(form_key(form) in persons[i].keys for i in elders):
                        person.keys.clear()      # the same standing as the elder for the bare name
                    persons.append(person)
                    starts.append([])
                    candidates = [len(persons) - 1]
            assign(mention, form, raw, candidates)
    # Garbled spellings last, once every regular mention is placed: a variant joins
    # a person mentioned within reach before or after it, else it names someone else.
    for mention, raw in garbled:
        form = variants.normalise(raw)
        near = [i for i, p in enumerate(persons) if p.called(form) and starts[i] and
                min(abs(x - mention.start) for x in starts[i]) <= variants.nearby]
        if near:
            assign(mention, form, raw, near)
        else:
            form = variants.normalise(raw, certain_only=True)
            assign(mention, form, raw, accepting_persons(form))
    persons.extend(families)
    owner = {id(m): person for person in persons for m, _ in person.mentions}
    for mention, form, outer in nested:   # "Mr." inside "Mr. Murdstone" is Mr. Murdstone
        if id(outer) in owner:
            owner[id(mention)] = owner[id(outer)]
            owner[id(outer)].mentions.append((mention, form))
    entities = []
    for person in persons:
        if not person.mentions:
            continue
        entity = Entity(id="", type="PER", name="", gender=person.gender or "unknown",
                        mentions=sorted((m for m, _ in person.mentions), key=lambda m: m.start))
        entity.aliases = count_aliases(entity.mentions, frozenset(person.variant_texts))
        entity.name = fullest_name(person)
        entities.append((entity, person))
    # after joining, so that “Verochka,” at a quotation's start has found Vera first
    common = {id(e) for e in capitalised_by_position(doc.parse, [e for e, _ in entities])}
    entities = [(e, p) for e, p in entities if id(e) not in common]
    doc.entities = [e for e, _ in entities] + others
    renumber(doc)
    for entity, person in entities:
        if person.variant_texts:
            right_name = spelt_right(entity.name, variants, written) if entity.name in person.variant_texts else None
            doc.findings.append(variant_finding(entity, person, right_name))
    return doc


def fullest_name(person: Person) -> str:
    """The fullest proper name used: "Mr. Murdstone" over "Murdstone", and "Grigory Sokolov" for
    "Major Grigory Sokolov" (titles go where a given name and a surname remain); a given name
    over a pet name of it ("Anastasia Gurieva" over "Nastenka Gurieva"), then a name with its
    patronymic ("Anastasia Lvovna Gurieva"), then a surname in the form of the bearer's sex ("Zofia
    Nowicka" over "Zofia Nowicki"), then one written in its own order ("Géza Szabó" over a clerk's "Szabó
    Géza"); never a garble, but "Morris Gruenbaum" over
    "Morris" (a spelling without umlauts is no garble); without an honorific suffix ("Yumi-chan") or one
    written on to it ("Kamala" over "Kamalakka"); in lower case over capitals ("MARGARET WALSH" labelling her
    turns in a transcript)."""
    counts = Counter(" ".join(m.text.split()) for m, _ in person.mentions)

    def score(item):
        mention, form = item
        plain = " ".join(mention.text.split())
        return (plain not in person.garbled_texts, not form.title_only,
                len(form.tokens), not plain.isupper(), not full_names(form.tokens[0]), form.patronymic is not None,
                surname_fits(form.last, person.gender), plain not in person.variant_texts,
                len(form.tokens) < 2 or unaccented(plain.split()[-1]) != unaccented(form.tokens[0]),
                not form.written_on, bool(form.titles), counts[plain])

    mention, _ = max(person.mentions, key=score)
    words = re.sub(r"['’]s$", "", " ".join(mention.text.split())).split(" ")
    words = words[:place_after_name(words)]
    while len(words) > 2 and (words[0].rstrip(".").lower() in honorifics() or words[0][:1].islower()
                              or words[0].lower() in name_parts()["leading_words"]) \
            or len(words) == 2 and words[0].lower() in name_parts()["greeting_words"] and words[1][:1].isupper() \
            and words[1].lower() not in name_parts()["styles_of_address"]:
        words.pop(0)        # (and a greeting or a possessive: "Dearest Jadzia", "Your Orasbay"; not "Your Majesty")
    words[-1] = honorific_suffix(words[-1])[0]      # "Yumi-chan" is Yumi
    return " ".join(words)


def surname_fits(surname: str | None, gender: str) -> bool:
    """A surname in the form of its bearer's sex, where the name has two: Zofia Nowicka, not the
    Nowicki of her husband's family."""
    if not surname or gender not in ("he", "she"):
        return True
    folded = unaccented(surname)

    def longest(endings) -> int:      # the longest ending of the list the surname has
        return max((len(e) for e in endings if e and folded.endswith(e)), default=0)
    pairs = name_parts()["gender_endings"]
    masculine, feminine = longest(m for m, _ in pairs), longest(f for _, f in pairs)
    return masculine >= feminine if gender == "he" else feminine >= masculine


def spelt_right(name: str, variants: VariantMap, written: dict[str, str]) -> str:
    """The name with each variant word in its right spelling, as the text writes it: "Morris
    Gruenbaum" gives "Morris Grünbaum"."""
    def right(word: str) -> str:
        canonical = variants.canonical.get(word.lower())
        return written.get(canonical, word) if canonical else word
    return re.sub(r"[^\W\d_][\w'’-]*", lambda m: right(m.group(0)), name)


def variant_finding(entity: Entity, person: Person, right_name: str | None = None) -> Finding:
    garbled = [m for m, _ in person.mentions if " ".join(m.text.split()) in person.variant_texts]
    proper = next((m for m, _ in person.mentions if " ".join(m.text.split()) not in person.variant_texts), None)
    spellings = ", ".join(f"“{t}”" for t in sorted(person.variant_texts))
    evidence = [Evidence(m.start, m.end) for m in garbled]
    if proper:
        evidence.append(Evidence(proper.start, proper.end))
    right_name = right_name or entity.name
    return Finding(kind="name_variant",
                   message=f"{spellings} looks like a misspelt or transliterated form of “{right_name}”",
                   entities=[entity.id], evidence=evidence)
