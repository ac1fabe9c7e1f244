"""The document model: one analysed document, as fixed by personae/document@1.

Every stage reads and fills a `Document`; the store saves it, the exports and the
viewer read it. `Document.to_dict()` is the public JSON; `Document.from_dict()`
reads it back. Spans are Unicode code-point offsets into `Document.text`.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA = "personae/document@1"
ENTITY_TYPES = ("PER", "LOC", "GPE", "FAC", "ORG", "VEH", "WORK", "OTHER")
MENTION_KINDS = ("PROP", "NOM", "PRON")
GENDERS = ("he", "she", "they", "unknown")


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str = "PROP"


@dataclass
class Alias:
    text: str
    count: int
    variant: bool = False


@dataclass
class Entity:
    id: str
    type: str
    name: str
    aliases: list[Alias] = field(default_factory=list)
    is_narrator: bool = False
    gender: str = "unknown"
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Quote:
    id: str
    start: int
    end: int
    text: str
    speaker: str | None = None
    addressees: list[str] = field(default_factory=list)
    kind: str = "speech"
    attribution: str | None = None
    confidence: float = 0.0


@dataclass
class TimeExpr:
    id: str
    start: int
    end: int
    text: str
    value: str | None = None
    type: str = "DATE"            # DATE, TIME, DURATION, SET or AGE
    anchor: str | None = None     # the id of the time a relative expression was resolved from


@dataclass
class Scene:
    """A stretch of narrative in one place and time, with the people present."""
    id: str
    start: int
    end: int
    place: str | None = None      # entity id
    time: str | None = None       # time id
    value: str | None = None      # that time's normalised value, or one carried from an earlier scene
    people: list[str] = field(default_factory=list)


@dataclass
class Trigger:
    start: int
    end: int
    text: str


@dataclass
class Participant:
    entity: str
    role: str


@dataclass
class Event:
    id: str
    sentence: int
    trigger: Trigger
    participants: list[Participant] = field(default_factory=list)
    place: str | None = None
    time: str | None = None


@dataclass
class Evidence:
    start: int
    end: int


@dataclass
class Relation:
    subject: str
    predicate: str
    object: str
    evidence: Evidence
    confidence: float = 0.5
    time: str | None = None       # the time id the relation or event is dated by


@dataclass
class Finding:
    kind: str
    message: str
    entities: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Chapter:
    """A chapter boundary from the input format (EPUB spine item, TEI div, heading)."""
    start: int
    end: int
    title: str | None = None


@dataclass
class DocumentInfo:
    id: str
    title: str | None
    source: str
    sha256: str
    text: str
    language: str = "en"
    n_tokens: int = 0
    n_sentences: int = 0
    chapters: list[Chapter] = field(default_factory=list)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# A blank line: two line breaks with nothing but spaces or tabs between, where paragraphs part
BLANK_LINE = re.compile(r"\n[ \t]*\n")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: text between blank lines, outer whitespace left out."""
    spans = []
    for match in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text):
        end = match.end()
        while text[end - 1].isspace():
            end -= 1
        spans.append((match.start(), end))
    return spans


@dataclass
class Document:
    document: DocumentInfo
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    scenes: list[Scene] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    # The linguistic base (a spaCy Doc over the whole text); never serialised.
    parse: Any = field(default=None, repr=False, compare=False)
    # Run-time options for the stages (e.g. the reference year); never serialised.
    options: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    # (start, end) of what the source set in italics (read.Source.italics); never serialised.
    italics: list[tuple[int, int]] = field(default_factory=list, repr=False, compare=False)

    @classmethod
    def new(cls, text: str, source: str, title: str | None = None,
            chapters: list[Chapter] | None = None) -> "Document":
        digest = text_sha256(text)
        info = DocumentInfo(id="d" + digest[:16], title=title, source=source,
                            sha256=digest, text=text, chapters=chapters or [])
        return cls(document=info)

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def id(self) -> str:
        return self.document.id

    def entity(self, entity_id: str) -> Entity | None:
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        return None

    def replace_entities(self, gone: dict[str, str]) -> None:
        """Entities found to be another (id -> the id of the one they are) leave the document, and
        everything that pointed at them points at that one: quotations, scenes, events, relations
        and findings."""
        if not gone:
            return

        def to(entity_id: str | None) -> str | None:
            return gone.get(entity_id, entity_id) if entity_id is not None else None
        self.entities = [e for e in self.entities if e.id not in gone]
        for quote in self.quotes:
            quote.speaker = to(quote.speaker)
            # (no one speaks to themself: the name a speaker gave was taken for the one spoken to)
            quote.addressees = [a for a in dict.fromkeys(to(a) for a in quote.addressees) if a != quote.speaker]
        for scene in self.scenes:
            scene.place = to(scene.place)
            scene.people = list(dict.fromkeys(to(p) for p in scene.people))
        for event in self.events:
            event.place = to(event.place)
            for participant in event.participants:
                participant.entity = to(participant.entity)
        # each keeps its own evidence (and time: a death told twice may be dated twice); one that now
        # relates a person to themself goes (a one-person event, "died", is told so already)
        kept = []
        for relation in self.relations:
            own = relation.subject == relation.object
            relation.subject, relation.object = to(relation.subject), to(relation.object)
            if own or relation.subject != relation.object:
                kept.append(relation)
        self.relations = kept
        for finding in self.findings:
            finding.entities = list(dict.fromkeys(to(e) for e in finding.entities))

    def to_dict(self, include_text: bool = True) -> dict[str, Any]:
        info = asdict(self.document)
        if not include_text:
            del info["text"]
        out: dict[str, Any] = {"schema": SCHEMA, "document": info}
        for name in ("entities", "quotes", "times", "scenes", "events", "relations", "findings"):
            out[name] = [asdict(item) for item in getattr(self, name)]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        info = dict(data["document"])
        info["chapters"] = [Chapter(**c) for c in info.get("chapters", [])]
        info.setdefault("text", "")
        known = DocumentInfo.__dataclass_fields__
        doc = cls(document=DocumentInfo(**{k: v for k, v in info.items() if k in known}))
        for e in data.get("entities", []):
            doc.entities.append(Entity(
                id=e["id"], type=e["type"], name=e["name"],
                aliases=[Alias(**a) for a in e.get("aliases", [])],
                is_narrator=e.get("is_narrator", False), gender=e.get("gender", "unknown"),
                mentions=[Mention(**m) for m in e.get("mentions", [])]))
        doc.quotes = [Quote(**q) for q in data.get("quotes", [])]
        doc.times = [TimeExpr(**t) for t in data.get("times", [])]
        doc.scenes = [Scene(**s) for s in data.get("scenes", [])]
        for ev in data.get("events", []):
            doc.events.append(Event(
                id=ev["id"], sentence=ev["sentence"], trigger=Trigger(**ev["trigger"]),
                participants=[Participant(**p) for p in ev.get("participants", [])],
                place=ev.get("place"), time=ev.get("time")))
        doc.relations = [Relation(subject=r["subject"], predicate=r["predicate"],
                                  object=r["object"], evidence=Evidence(**r["evidence"]),
                                  confidence=r.get("confidence", 0.5), time=r.get("time"))
                         for r in data.get("relations", [])]
        doc.findings = [Finding(kind=f["kind"], message=f["message"],
                                entities=f.get("entities", []),
                                evidence=[Evidence(**x) for x in f.get("evidence", [])])
                        for f in data.get("findings", [])]
        return doc
