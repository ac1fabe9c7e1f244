"""The corpus cast: the entities of one person in many documents linked into one corpus person.

Each document's aliases stage has already joined a person's name forms within
that document. Here the documents' persons are joined across documents with the
same name logic (`personae.stages.aliases`): name parsing, nicknames ("Kolya" is
Nikolai), surnames, title genders, and transliteration skeletons for garbled
spellings ("Nigolai Betrov" in one chapter is Nikolai Petrov of the others).
When several corpus persons fit a name, the one sharing more of its aliases and
relations (a sibling, a spouse of the same name) wins, then the better attested.
Documents keep series order: chapter numbers in titles or file names
("chapter_012.txt", "Chapter 109") sort them, then the order they were given.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from personae.stages.aliases import NameForm, Person, VariantMap, build_persons, parse_name, skeleton

# "chapter_012", "Chapter 109", "ch. 7", "Book III", "vol-2", or a bare leading/trailing number.
NUMBERED = re.compile(r"(?:chapter|chap|ch|book|part|volume|vol|episode|letter)[\s_.\-]*(\d+|[ivxlcdm]+)\b",
                      re.IGNORECASE)
BARE_NUMBER = re.compile(r"(?:^|[\s_\-])(\d{1,5})(?:$|[\s_\-.])")
ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
MAX_ALIASES_SHOWN = 6


def series_number(*names: str | None) -> int | None:
    """The chapter or volume number in a title or file name, if any."""
    for name in names:
        if not name:
            continue
        match = NUMBERED.search(name)
        if match:
            return _number(match.group(1))
    for name in names:
        match = BARE_NUMBER.search(name or "")
        if match:
            return int(match.group(1))
    return None


def _number(text: str) -> int:
    if text.isdigit():
        return int(text)
    values = [ROMAN[c] for c in text.lower()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


@dataclass
class CorpusEntity:
    """A person entity of one document, as the linker sees it."""
    doc_id: str
    entity_id: str
    name: str
    gender: str = "unknown"
    n_mentions: int = 0
    aliases: list[tuple[str, int, bool]] = field(default_factory=list)   # text, count, variant
    partners: set[tuple[str, str]] = field(default_factory=set)            # (predicate, partner name token)
    chapters: list[int] = field(default_factory=list)


@dataclass
class CorpusPerson:
    entities: list[CorpusEntity] = field(default_factory=list)
    variant_entities: set[tuple[str, str]] = field(default_factory=set)   # (doc_id, entity_id)
    genders: Counter = field(default_factory=Counter)
    partners: set[tuple[str, str]] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)

    @property
    def name(self) -> str:
        def score(e: CorpusEntity):
            return ((e.doc_id, e.entity_id) not in self.variant_entities, len(parse_name(e.name).tokens),
                    e.n_mentions)
        return max(self.entities, key=score).name

    @property
    def gender(self) -> str:
        known = [(n, g) for g, n in self.genders.items() if g in ("he", "she", "they")]
        return max(known)[1] if known else "unknown"

    def spellings(self) -> tuple[Counter, set[str]]:
        """Other spellings used (text -> count) and the garbled ones among them."""
        name = self.name
        counts: Counter = Counter()
        variants = set()
        for entity in self.entities:
            garbled_entity = (entity.doc_id, entity.entity_id) in self.variant_entities
            for text, count, variant in entity.aliases or [(entity.name, entity.n_mentions, False)]:
                counts[text] += count
                if variant or (garbled_entity and text == entity.name):
                    variants.add(text)
        counts.pop(name, None)
        variants.discard(name)
        return counts, variants


def corpus_variants(token_counts: Counter) -> VariantMap:
    """Garbled name tokens across the corpus: a rare token with the skeleton of a frequent one.

    Tokens are compared only within a skeleton, so the cost grows with the corpus, not its square.
    """
    by_skeleton: dict[str, list[str]] = defaultdict(list)
    for token in token_counts:
        by_skeleton[skeleton(token)].append(token)
    variants = VariantMap([])
    for tokens in by_skeleton.values():
        if len(tokens) > 1:
            forms = [(None, NameForm(t, [], "", [t])) for t in tokens for _ in range(token_counts[t])]
            variants.canonical.update(VariantMap(forms).canonical)
    return variants


def link_entities(entities: list[CorpusEntity]) -> list[CorpusPerson]:
    """Group the documents' person entities into corpus persons."""
    raw = {id(e): [f for f in (parse_name(t) for t in _name_texts(e)) if f.tokens] for e in entities}
    entities = [e for e in entities if raw[id(e)]]
    token_counts: Counter = Counter()
    for entity in entities:
        for text, count, _ in entity.aliases or [(entity.name, entity.n_mentions, False)]:
            token_counts.update({t: max(count, 1) for t in set(parse_name(text).tokens)})
    variants = corpus_variants(token_counts)
    forms = {id(e): [variants.normalise(f) for f in raw[id(e)]] for e in entities}
    registry = build_persons([(None, f) for e in entities for f in forms[id(e)]])
    chosen: dict[int, CorpusPerson] = {}
    by_last: dict[str | None, list[int]] = defaultdict(list)
    for i, person in enumerate(registry):
        by_last[person.last].append(i)
    # Fullest, best-attested names first, so that bare surnames and nicknames find their person.
    for entity in sorted(entities, key=lambda e: (-len(forms[id(e)][0].tokens), -e.n_mentions, e.doc_id)):
        main = forms[id(entity)][0]
        # A multi-word name must share its surname; only bare names are checked against everyone.
        pool = by_last.get(main.last, []) if main.last else range(len(registry))
        candidates = [i for i in pool if registry[i].accepts(main) and _fits(chosen.get(i), entity)]
        if not candidates:
            registry.append(Person())
            registry[-1].absorb(main)
            candidates = [len(registry) - 1]
            by_last[main.last].append(candidates[0])

        def support(i: int):
            person = chosen.get(i)
            agreeing = sum(registry[i].accepts(f) for f in forms[id(entity)])
            shared = len(entity.partners & person.partners) if person else 0
            return agreeing, shared, sum(e.n_mentions for e in person.entities) if person else 0, -i

        index = max(candidates, key=support)
        person = chosen.setdefault(index, CorpusPerson())
        person.entities.append(entity)
        person.documents.add(entity.doc_id)
        person.genders[entity.gender] += entity.n_mentions
        person.partners |= entity.partners
        if variants.garbled(raw[id(entity)][0]):
            person.variant_entities.add((entity.doc_id, entity.entity_id))
    return list(chosen.values())


def _name_texts(entity: CorpusEntity) -> list[str]:
    """The entity's name first, then its other non-garbled spellings."""
    return [entity.name] + [t for t, _, variant in entity.aliases if not variant and t != entity.name]


def _fits(person: CorpusPerson | None, entity: CorpusEntity) -> bool:
    """Not a second entity of the same document (its aliases stage kept them apart), nor another gender."""
    if person is None:
        return True
    if entity.doc_id in person.documents:
        return False
    if entity.gender not in ("he", "she"):
        return True
    return person.gender not in ("he", "she") or person.gender == entity.gender


def rebuild_corpus_cast(store) -> int:
    """Recompute the corpus cast from the stored documents; returns the number of persons."""
    from personae.store.corpus import save_corpus_cast

    documents = _series(store)
    position = {d["doc_id"]: d["position"] for d in documents}
    persons = link_entities(_stored_entities(store))
    persons.sort(key=lambda p: (min(position[e.doc_id] for e in p.entities),
                                -sum(e.n_mentions for e in p.entities), p.name))
    person_rows, link_rows = [], []
    for n, person in enumerate(persons, 1):
        pid = f"P{n}"
        spellings, variants = person.spellings()
        aliases = [{"text": t, "count": c} for t, c in spellings.most_common() if t not in variants]
        person_rows.append((pid, person.name, person.gender, len({e.doc_id for e in person.entities}),
                            sum(e.n_mentions for e in person.entities), json.dumps(aliases, ensure_ascii=False),
                            json.dumps(sorted(variants), ensure_ascii=False),
                            min(position[e.doc_id] for e in person.entities)))
        for e in person.entities:
            link_rows.append((pid, e.doc_id, e.entity_id, e.name, e.n_mentions,
                              int((e.doc_id, e.entity_id) in person.variant_entities), json.dumps(e.chapters)))
    save_corpus_cast(store, [(d["doc_id"], d["position"], d["number"], d["label"]) for d in documents],
                     person_rows, link_rows)
    return len(persons)


def _series(store) -> list[dict]:
    """The stored documents in series order."""
    rows = store.conn.execute("SELECT id, title, source, added FROM documents ORDER BY added, source").fetchall()
    docs = []
    for given, row in enumerate(rows):
        stem = Path(row["source"]).stem
        number = series_number(row["title"], stem)
        docs.append({"doc_id": row["id"], "number": number, "label": row["title"] or stem,
                     "key": (number is None, number or 0, given)})
    docs.sort(key=lambda d: d["key"])
    for position, doc in enumerate(docs, 1):
        doc["position"] = position
        del doc["key"]
    return docs


def _stored_entities(store) -> list[CorpusEntity]:
    conn = store.conn
    entities: dict[tuple[str, str], CorpusEntity] = {}
    for row in conn.execute(
            "SELECT e.doc_id, e.id, e.name, e.gender, e.n_mentions FROM entities e WHERE e.type = 'PER'"
            " AND EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = e.doc_id AND m.entity_id = e.id"
            " AND m.kind = 'PROP')"):
        entities[(row[0], row[1])] = CorpusEntity(row[0], row[1], row[2] or "", row[3] or "unknown", row[4] or 0)
    for doc_id, entity_id, text, count, variant in conn.execute(
            "SELECT doc_id, entity_id, text, count, variant FROM aliases"):
        entity = entities.get((doc_id, entity_id))
        if entity is not None:
            entity.aliases.append((text, count, bool(variant)))
    for doc_id, subject, predicate, obj in conn.execute("SELECT doc_id, subject, predicate, object FROM relations"):
        for me, other in ((subject, obj), (obj, subject)):
            entity, partner = entities.get((doc_id, me)), entities.get((doc_id, other))
            if entity is not None and partner is not None:
                entity.partners |= {(predicate, t) for t in parse_name(partner.name).tokens}
    _add_chapters(conn, entities)
    return list(entities.values())


def _add_chapters(conn, entities: dict[tuple[str, str], CorpusEntity]) -> None:
    """Each entity's chapters within its document (one document at a time, to bound memory)."""
    for doc_id, chapters in conn.execute(
            "SELECT id, json_extract(json, '$.document.chapters') FROM documents").fetchall():
        starts = [c["start"] for c in json.loads(chapters or "[]")]
        if not starts:
            continue
        seen: dict[str, set[int]] = defaultdict(set)
        for entity_id, start in conn.execute("SELECT entity_id, start FROM mentions WHERE doc_id = ?", (doc_id,)):
            if (doc_id, entity_id) in entities:
                index = _chapter_index(starts, start)
                if index:
                    seen[entity_id].add(index)
        for entity_id, indices in seen.items():
            entities[(doc_id, entity_id)].chapters = sorted(indices)


def _chapter_index(starts: list[int], offset: int) -> int:
    """1-based index of the chapter holding `offset`; 0 before the first chapter."""
    from bisect import bisect_right

    return bisect_right(starts, offset)


def corpus_cast_table(store) -> str:
    """The corpus cast as text: a person, where they appear in series order, how else they are written."""
    from personae.errors import PersonaeError
    from personae.store.corpus import cast_is_current, load_corpus_cast

    if not cast_is_current(store):  # a store written before the corpus cast existed
        rebuild_corpus_cast(store)
    cast = load_corpus_cast(store)
    if not cast["persons"]:
        raise PersonaeError(f"{store.path} holds no persons", "add documents with `personae read FILES`")
    docs = {d["doc_id"]: d for d in cast["documents"]}
    appearances: dict[str, list[dict]] = defaultdict(list)
    for link in cast["links"]:
        appearances[link["person_id"]].append(link)
    lines = [f"{len(cast['persons'])} persons in {len(docs)} documents"]
    for person in cast["persons"]:
        where = _where(appearances[person["id"]], docs)
        also = [a["text"] for a in json.loads(person["aliases"])[:MAX_ALIASES_SHOWN]]
        also += [f"{v} (variant)" for v in json.loads(person["variants"])]
        line = f"{person['name']} — {where}"
        if also:
            line += "; also written " + ", ".join(also)
        lines.append(line)
    return "\n".join(lines)


def _where(links: list[dict], docs: dict[str, dict]) -> str:
    """'ch. 12, 13, 109' for numbered documents; 'Title (ch. 2, 5)' for others."""
    numbered, named = [], []
    for link in sorted(links, key=lambda l: docs[l["doc_id"]]["position"]):
        doc = docs[link["doc_id"]]
        if doc["number"] is not None:
            if doc["number"] not in numbered:
                numbered.append(doc["number"])
        else:
            inner = json.loads(link["chapters"] or "[]")
            label = doc["label"] + (f" (ch. {', '.join(map(str, inner))})" if inner else "")
            if label not in named:
                named.append(label)
    parts = ([f"ch. {', '.join(map(str, numbered))}"] if numbered else []) + named
    return "; ".join(parts)
