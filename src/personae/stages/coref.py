"""Coreference for people: third-person pronouns to the person they stand for.

Good enough for speech tags: each he/him/his/himself and she/her/hers/herself
goes to the most recent compatible person mention (same gender, or gender not
yet known) among the last few; a pronoun in the narration looks back over the
narration only (a name inside a quotation is seldom what the next "he" of the
narration means). The narrator's I/me/my are already mentions (narrator stage);
I and you inside quotations go to the speaker and addressee in the speakers
stage. Noun phrases ("the porter", "his secretary") stay entities of their own.

Gender comes from a title (aliases stage) or a gendered head noun ("the old
man"); then, for people still unknown, from the pronouns resolved to them in a
first pass; a second pass resolves again with those genders. Each pronoun looks
at a bounded window of earlier mentions, so the stage is linear in text length.
"""
from __future__ import annotations

from collections import Counter, deque

from personae.lang.en import gendered_nouns
from personae.model import Document, Entity, Mention
from personae.stages import stage
from personae.stages.quotes import outside_quotes

PRONOUN_GENDER = {"he": "he", "him": "he", "his": "he", "himself": "he",
                  "she": "she", "her": "she", "hers": "she", "herself": "she"}
# Person mentions a pronoun looks back over, and how far back (characters).
WINDOW_MENTIONS = 12
WINDOW_CHARS = 1500
# Pronoun votes that set an unknown gender, and the share the winning gender needs.
MIN_GENDER_VOTES = 2
MIN_GENDER_SHARE = 0.75


def noun_gender(entity: Entity) -> str:
    """The gender a person's common-noun mentions tell ("the old man" -> he), or "unknown"."""
    nouns = gendered_nouns()
    votes = Counter()
    for m in entity.mentions:
        if m.kind == "NOM":
            words = m.text.lower().replace("'s", "").replace("’s", "").split()
            if words and words[-1] in nouns:
                votes[nouns[words[-1]]] += 1
    return votes.most_common(1)[0][0] if votes else "unknown"


def pronoun_tokens(doc: Document) -> list[tuple[int, int, str, str]]:
    """(start, end, text, gender) of each third-person singular pronoun."""
    return [(t.idx, t.idx + len(t.text), t.text, PRONOUN_GENDER[t.lower_])
            for t in doc.parse if t.lower_ in PRONOUN_GENDER]


def resolve(pronouns, people: list[Entity], genders: dict[str, str], outside) -> list[tuple[int, Entity]]:
    """Pair each pronoun (index into pronouns) with its antecedent person, one pass over the text."""
    events = sorted([(m.start, 0, e, m) for e in people for m in e.mentions
                     if not (e.is_narrator and m.kind == "PRON")] +
                    [(p[0], 1, k, p) for k, p in enumerate(pronouns)], key=lambda x: (x[0], x[1]))
    narration: deque = deque(maxlen=WINDOW_MENTIONS)   # (start, entity) outside quotes
    anywhere: deque = deque(maxlen=WINDOW_MENTIONS)
    out = []
    for start, is_pronoun, item, _ in events:
        if not is_pronoun:
            anywhere.append((start, item))
            if outside(start):
                narration.append((start, item))
            continue
        gender = pronouns[item][3]
        pool = narration if outside(start) else anywhere
        for mstart, entity in reversed(pool):
            if start - mstart > WINDOW_CHARS:
                break
            if genders[entity.id] in (gender, "unknown"):
                out.append((item, entity))
                pool_entry = (start, entity)
                anywhere.append(pool_entry)
                if outside(start):
                    narration.append(pool_entry)
                break
    return out


@stage("coref", requires=("entities", "quotes", "narrator"), assigns=("entities",))
def resolve_pronouns(doc: Document) -> Document:
    people = [e for e in doc.entities if e.type == "PER"]
    if not people:
        return doc
    for entity in people:
        if entity.gender == "unknown":
            entity.gender = noun_gender(entity)
    outside = outside_quotes([(q.start, q.end) for q in doc.quotes])
    pronouns = pronoun_tokens(doc)
    genders = {e.id: e.gender for e in people}
    votes: dict[str, Counter] = {e.id: Counter() for e in people}
    for k, entity in resolve(pronouns, people, genders, outside):
        votes[entity.id][pronouns[k][3]] += 1
    for entity in people:
        if entity.gender == "unknown" and not entity.is_narrator and votes[entity.id]:
            gender, n = votes[entity.id].most_common(1)[0]
            if n >= MIN_GENDER_VOTES and n >= MIN_GENDER_SHARE * sum(votes[entity.id].values()):
                entity.gender = gender
                genders[entity.id] = gender
    taken = {(m.start, m.end) for e in doc.entities for m in e.mentions}
    for k, entity in resolve(pronouns, people, genders, outside):
        start, end, text, _ = pronouns[k]
        if (start, end) not in taken:
            entity.mentions.append(Mention(start=start, end=end, text=text, kind="PRON"))
    for entity in people:
        entity.mentions.sort(key=lambda m: m.start)
    return doc
