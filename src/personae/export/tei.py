"""TEI P5: the text with its people, places, organisations, speech and dates marked, and a standOff of facts.

`standOff` holds
- `listPerson`: one `person` per person. Only proper names are `persName`: the canonical
  name (the entity's `name`) comes first with type="main", the other names follow with
  type="alias" (type="variant" for a misspelling or transliteration variant). Descriptions
  the person goes by ("his widow", "a farmer") are `note type="description"`.
- `listPlace` (places, `placeName`) and `listOrg` (organisations, `orgName`), named the same way;
- `listEvent type="events"`: each event with its time (@when), place (@where), participants
  (@ana, each once) and a `desc` naming them with their roles (`rs` with @role);
- `listEvent type="scenes"`: each scene's time, place, people and opening words;
- `listRelation`: each relation with its category (@type: kinship, social, hierarchy,
  biographical), @cert, its date and the evidence as `desc`. Symmetric relations (sibling_of,
  spouse_of, friend_of, met, ...) are @mutual; the others @active (the subject) and @passive
  (the object), except that a patient-first one (arrested, dismissed, appointed,
  exiled_or_sent_away, under_surveillance_by) done by a person or organisation has that party
  as @active and the one it happened to as @passive ("the Gestapo" arrested "X"); a one-person
  event ("X died", object = subject) names its person in @active alone (TEI allows no lone @passive).
The body is the text, one `p` per paragraph, with `persName`/`placeName`/`orgName` (proper
names) or `rs` (other mentions) pointing at the entries by @ref, `said` with @who/@toWhom, and
`date` with @when where the value is a W3C date, @dur for a duration (@when-custom otherwise;
events and relations take a date, not a duration). Names and dates never
nest or overlap: of two that do, the outermost is marked; one that crosses a quotation's or a
paragraph's boundary is not marked. Valid against tei_all.rng.
"""
from __future__ import annotations

import re
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from personae.export.cast import PLACE_TYPES
from personae.export.facts import PATIENT_FIRST, category, is_self_event, is_symmetric
from personae.export.nesting import Span, outermost, render_paragraphs, within
from personae.model import Document, Entity, Scene, paragraph_spans

TEI_NS = "http://www.tei-c.org/ns/1.0"
# The W3C forms TEI's @when accepts: a year, year-month, date, or date and time.
W3C_DATE = re.compile(r"-?\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$")
W3C_DURATION = re.compile(r"P(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$")
SEX = {"he": "M", "she": "F"}
SCENE_OPENING_WORDS = 8   # words of a scene quoted in its standOff entry
# Entity type -> (name element in the standOff and the body, rs/@type for other mentions).
NAME_TAGS = {"PER": ("persName", "person"), "ORG": ("orgName", "org"),
             **{t: ("placeName", "place") for t in PLACE_TYPES}}
# First words that make a name with no recorded mention a description ("his widow", "a farmer").
DESCRIPTION_WORDS = {"a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our",
                     "their", "one", "some"}


def _ref(entity_id: str) -> str:
    return "#" + entity_id


def _date_attrs(value: str | None) -> str:
    """@when for a W3C date, @dur for a W3C duration (P26Y), @when-custom for other TIMEX3 values."""
    if not value:
        return ""
    if W3C_DATE.match(value):
        return f" when={quoteattr(value)}"
    if W3C_DURATION.match(value) and value not in ("P", "PT"):
        return f" dur={quoteattr(value)}"
    return f" when-custom={quoteattr(value)}"


def _datable(value: str | None) -> str:
    """@when or @when-custom, for elements that take a date but no duration (event, relation)."""
    attrs = _date_attrs(value)
    return "" if attrs.startswith(" dur=") else attrs


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def names_and_descriptions(entity: Entity) -> tuple[list[str], list[str]]:
    """(proper names, canonical first; descriptions) an entity goes by. A name is proper when a
    mention of that text is a proper-name mention (PROP); one with no mention of its text is
    proper unless it is lower-case or opens with an article or possessive."""
    kinds: dict[str, set[str]] = {}
    for m in entity.mentions:
        kinds.setdefault(_norm(m.text), set()).add(m.kind)

    def proper(text: str) -> bool:
        found = kinds.get(_norm(text))
        if found:
            return "PROP" in found
        words = text.split()
        return bool(words) and text[0].isupper() and words[0].lower() not in DESCRIPTION_WORDS

    has_proper = any(m.kind == "PROP" for m in entity.mentions) if entity.mentions else proper(entity.name)
    texts = list(dict.fromkeys(([entity.name] if has_proper else []) + [a.text for a in entity.aliases]))
    names = [t for t in texts if (t == entity.name and has_proper) or (t != entity.name and proper(t))]
    descriptions = [t for t in texts if t not in names and _norm(t) not in {_norm(n) for n in names}]
    if not has_proper and _norm(entity.name) not in {_norm(d) for d in descriptions}:
        descriptions.insert(0, entity.name)
    return names, descriptions


def _entry(entity: Entity, element: str, name_tag: str, extra: str = "") -> str:
    """A person, place or org entry: its proper names (the canonical one type="main"), then its descriptions."""
    names, descriptions = names_and_descriptions(entity)
    variants = {a.text for a in entity.aliases if a.variant}
    tagged = "".join(
        f'<{name_tag} type="{"main" if k == 0 and n == entity.name else "variant" if n in variants else "alias"}">'
        f"{escape(n)}</{name_tag}>" for k, n in enumerate(names))
    notes = "".join(f'<note type="description">{escape(d)}</note>' for d in descriptions)
    return f'      <{element} xml:id="{entity.id}"{extra}>{tagged}{notes}</{element}>'


def _person(entity: Entity) -> str:
    sex = f' sex="{SEX[entity.gender]}"' if entity.gender in SEX else ""
    role = ' role="narrator"' if entity.is_narrator else ""
    return _entry(entity, "person", "persName", sex + role)


def _place(entity: Entity) -> str:
    return _entry(entity, "place", "placeName", f' type="{entity.type}"')


def _org(entity: Entity) -> str:
    return _entry(entity, "org", "orgName")


def _rs(entity: Entity | None, entity_id: str, role: str) -> str:
    kind = NAME_TAGS.get(entity.type, (None, "other"))[1] if entity else "other"
    name = entity.name if entity else entity_id
    return f'<rs type="{kind}" ref="{_ref(entity_id)}" role={quoteattr("-".join(role.split()))}>{escape(name)}</rs>'


def _events(doc: Document, times: dict, entities: dict[str, Entity]) -> list[str]:
    out = ['    <listEvent type="events">']
    for ev in doc.events:
        when = _datable(times[ev.time].value) if ev.time in times else ""
        where = f" where={quoteattr(_ref(ev.place))}" if ev.place in entities else ""
        who = " ".join(dict.fromkeys(_ref(p.entity) for p in ev.participants if p.entity in entities))
        who_attr = f" ana={quoteattr(who)}" if who else ""
        roles = list(dict.fromkeys((p.entity, p.role) for p in ev.participants if p.entity in entities))
        desc = ("<desc>" + ", ".join(_rs(entities[e], e, role) for e, role in roles) + "</desc>") if roles else ""
        out.append(f'      <event xml:id="event-{ev.id}"{when}{where}{who_attr}>'
                   f"<label>{escape(ev.trigger.text)}</label>{desc}</event>")
    out.append("    </listEvent>")
    return out


def _relation(relation, doc: Document, times: dict, entities: dict[str, Entity]) -> str:
    subject, obj = _ref(relation.subject), _ref(relation.object)
    other = entities.get(relation.object)
    if is_self_event(relation):
        parties = f' active="{subject}"'
    elif is_symmetric(relation.predicate):
        parties = f' mutual="{subject} {obj}"'
    elif relation.predicate in PATIENT_FIRST and other is not None and other.type not in PLACE_TYPES:
        parties = f' active="{obj}" passive="{subject}"'        # the Gestapo (active) arrested X (passive)
    else:
        parties = f' active="{subject}" passive="{obj}"'
    when = _datable(times[relation.time].value) if relation.time in times else ""
    evidence = " ".join(doc.text[relation.evidence.start:relation.evidence.end].split())
    desc = f"<desc>{escape(evidence)}</desc>" if evidence else ""
    return (f'      <relation type="{category(relation.predicate)}" name={quoteattr(relation.predicate)}{parties}'
            f'{when} cert="{relation.confidence:.2f}">{desc}</relation>')


def _standoff(doc: Document) -> list[str]:
    people = [e for e in doc.entities if e.type == "PER"]
    places = [e for e in doc.entities if e.type in PLACE_TYPES]
    orgs = [e for e in doc.entities if e.type == "ORG"]
    times = {t.id: t for t in doc.times}
    entities = {e.id: e for e in doc.entities}
    out = ["  <standOff>"]
    if people:
        out += ["    <listPerson>"] + [_person(e) for e in people] + ["    </listPerson>"]
    if places:
        out += ["    <listPlace>"] + [_place(e) for e in places] + ["    </listPlace>"]
    if orgs:
        out += ["    <listOrg>"] + [_org(e) for e in orgs] + ["    </listOrg>"]
    if doc.events:
        out += _events(doc, times, entities)
    if doc.scenes:
        out.append('    <listEvent type="scenes">')
        out += [_scene(scene, doc, times, set(entities)) for scene in doc.scenes]
        out.append("    </listEvent>")
    relations = [r for r in doc.relations if r.subject in entities and r.object in entities]
    if relations:
        out.append("    <listRelation>")
        out += [_relation(r, doc, times, entities) for r in relations]
        out.append("    </listRelation>")
    out.append("  </standOff>")
    return out if len(out) > 2 else []


def _scene(scene: Scene, doc: Document, times: dict, known: set[str]) -> str:
    """A scene as an event of type "scene": its time, place and people, and where it begins."""
    value = times[scene.time].value if scene.time in times else scene.value
    where = f" where={quoteattr(_ref(scene.place))}" if scene.place in known else ""
    who = " ".join(dict.fromkeys(_ref(p) for p in scene.people if p in known))
    who_attr = f" ana={quoteattr(who)}" if who else ""
    opening = " ".join(doc.text[scene.start:scene.end].split()[:SCENE_OPENING_WORDS])
    return (f'      <event xml:id="scene-{scene.id}" type="scene"{_datable(value)}{where}{who_attr}>'
            f"<label>{escape(scene.id)}</label><desc>{escape(opening)} …</desc></event>")


def _spans(doc: Document) -> list[Span]:
    """The quotations, and the names and dates that neither nest in, overlap nor cross another
    name, date, quotation or paragraph."""
    quotes = [Span(q.start, q.end, ("said", q), rank=0) for q in doc.quotes]
    inline = [Span(t.start, t.end, ("date", t)) for t in doc.times]
    for e in doc.entities:
        if e.type in NAME_TAGS:
            inline += [Span(m.start, m.end, ("name", e, m.kind), rank=2) for m in e.mentions]
    inline = within(within(outermost(inline), [(q.start, q.end) for q in doc.quotes]), paragraph_spans(doc.text))
    return quotes + inline


def _wrap(payload: tuple[Any, ...], inner: str) -> str:
    kind, item = payload[0], payload[1]
    if kind == "said":
        who = f' who="{_ref(item.speaker)}"' if item.speaker else ""
        to = f" toWhom={quoteattr(' '.join(_ref(a) for a in item.addressees))}" if item.addressees else ""
        return f'<said{who}{to} ana="#quote-{item.kind}">{inner}</said>'
    if kind == "date":
        return f"<date{_date_attrs(item.value)}>{inner}</date>"
    entity, mention_kind = item, payload[2]
    tag, rs_type = NAME_TAGS[entity.type]
    if mention_kind == "PROP":
        return f'<{tag} ref="{_ref(entity.id)}">{inner}</{tag}>'
    return f'<rs type="{rs_type}" ref="{_ref(entity.id)}">{inner}</rs>'


def _kind_taxonomy(doc: Document) -> list[str]:
    kinds = sorted({q.kind for q in doc.quotes})
    if not kinds:
        return []
    cats = "".join(f'<category xml:id="quote-{k}"><catDesc>{k}</catDesc></category>' for k in kinds)
    return ["    <encodingDesc>", f'      <classDecl><taxonomy xml:id="quote-kinds">{cats}</taxonomy></classDecl>',
            "    </encodingDesc>"]


def to_tei(doc: Document) -> str:
    """The document as one TEI P5 XML string."""
    info = doc.document
    title = escape(info.title or info.source)
    header = ["  <teiHeader>", "    <fileDesc>",
              f"      <titleStmt><title>{title}</title></titleStmt>",
              "      <publicationStmt><p>Encoded by personae from the analysed text"
              f" (sha256 {info.sha256}).</p></publicationStmt>",
              f"      <sourceDesc><p>{escape(info.source)}</p></sourceDesc>", "    </fileDesc>",
              *_kind_taxonomy(doc), "  </teiHeader>"]
    paragraphs = render_paragraphs(doc.text, _spans(doc), _wrap, escape)
    body = [f"      <p>{markup}</p>" for _, _, markup in paragraphs] or ["      <p/>"]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f'<TEI xmlns="{TEI_NS}" xml:lang="{info.language}">',
             *header, *_standoff(doc), "  <text>", "    <body>", *body, "    </body>", "  </text>", "</TEI>", ""]
    return "\n".join(lines)
