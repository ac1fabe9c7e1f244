"""TEI P5: the text with its people, places, speech and dates marked, and a standOff of facts.

`standOff` holds `listPerson` (every alias a `persName`), `listPlace`, `listEvent`,
the scenes (a `listEvent` of type "scenes": each scene's time, place, people and opening
words) and `listRelation`; the body is the text, one `p` per paragraph, with
`persName`/`placeName` (proper names) or `rs` (other mentions) pointing at them
by @ref, `said` with @who/@toWhom, and `date` with @when where the value is a
W3C date (@when-custom otherwise). Valid against tei_all.rng.
"""
from __future__ import annotations

import re
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from personae.export.cast import PLACE_TYPES
from personae.export.nesting import Span, render_paragraphs
from personae.model import Document, Entity, Scene

TEI_NS = "http://www.tei-c.org/ns/1.0"
# The W3C forms TEI's @when accepts: a year, year-month, date, or date and time.
W3C_DATE = re.compile(r"-?\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$")
W3C_DURATION = re.compile(r"P(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$")
SEX = {"he": "M", "she": "F"}
SCENE_OPENING_WORDS = 8   # words of a scene quoted in its standOff entry


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


def _person(entity: Entity) -> str:
    names = [entity.name] + [a.text for a in entity.aliases if a.text != entity.name]
    variants = {a.text for a in entity.aliases if a.variant}
    pers = "".join(f'<persName type="{"variant" if n in variants else "alias"}">{escape(n)}</persName>'
                   for n in dict.fromkeys(names))
    sex = f' sex="{SEX[entity.gender]}"' if entity.gender in SEX else ""
    role = ' role="narrator"' if entity.is_narrator else ""
    return f'      <person xml:id="{entity.id}"{sex}{role}>{pers}</person>'


def _place(entity: Entity) -> str:
    names = dict.fromkeys([entity.name] + [a.text for a in entity.aliases])
    return (f'      <place xml:id="{entity.id}" type="{entity.type}">'
            + "".join(f"<placeName>{escape(n)}</placeName>" for n in names) + "</place>")


def _standoff(doc: Document) -> list[str]:
    people = [e for e in doc.entities if e.type == "PER"]
    places = [e for e in doc.entities if e.type in PLACE_TYPES]
    times = {t.id: t for t in doc.times}
    out = ["  <standOff>"]
    if people:
        out += ["    <listPerson>"] + [_person(e) for e in people] + ["    </listPerson>"]
    if places:
        out += ["    <listPlace>"] + [_place(e) for e in places] + ["    </listPlace>"]
    known = {e.id for e in doc.entities}
    if doc.events:
        out.append("    <listEvent>")
        for ev in doc.events:
            when = _date_attrs(times[ev.time].value) if ev.time in times else ""
            where = f" where={quoteattr(_ref(ev.place))}" if ev.place in known else ""
            who = " ".join(_ref(p.entity) for p in ev.participants if p.entity in known)
            who_attr = f" ana={quoteattr(who)}" if who else ""
            out.append(f'      <event xml:id="event-{ev.id}"{when}{where}{who_attr}>'
                       f"<label>{escape(ev.trigger.text)}</label></event>")
        out.append("    </listEvent>")
    if doc.scenes:
        out.append('    <listEvent type="scenes">')
        out += [_scene(scene, doc, times, known) for scene in doc.scenes]
        out.append("    </listEvent>")
    relations = [r for r in doc.relations if r.subject in known and r.object in known]
    if relations:
        out.append("    <listRelation>")
        out += [f'      <relation name={quoteattr(r.predicate)} active="{_ref(r.subject)}"'
                f' passive="{_ref(r.object)}" cert="{r.confidence:.2f}"/>' for r in relations]
        out.append("    </listRelation>")
    out.append("  </standOff>")
    return out if len(out) > 2 else []


def _scene(scene: Scene, doc: Document, times: dict, known: set[str]) -> str:
    """A scene as an event of type "scene": its time, place and people, and where it begins."""
    value = times[scene.time].value if scene.time in times else scene.value
    where = f" where={quoteattr(_ref(scene.place))}" if scene.place in known else ""
    who = " ".join(_ref(p) for p in scene.people if p in known)
    who_attr = f" ana={quoteattr(who)}" if who else ""
    opening = " ".join(doc.text[scene.start:scene.end].split()[:SCENE_OPENING_WORDS])
    return (f'      <event xml:id="scene-{scene.id}" type="scene"{_date_attrs(value)}{where}{who_attr}>'
            f"<label>{escape(scene.id)}</label><desc>{escape(opening)} …</desc></event>")


def _spans(doc: Document) -> list[Span]:
    spans = [Span(q.start, q.end, ("said", q), rank=0) for q in doc.quotes]
    spans += [Span(t.start, t.end, ("date", t)) for t in doc.times]
    for e in doc.entities:
        if e.type == "PER" or e.type in PLACE_TYPES:
            spans += [Span(m.start, m.end, ("name", e, m.kind), rank=2) for m in e.mentions]
    return spans


def _wrap(payload: tuple[Any, ...], inner: str) -> str:
    kind, item = payload[0], payload[1]
    if kind == "said":
        who = f' who="{_ref(item.speaker)}"' if item.speaker else ""
        to = f" toWhom={quoteattr(' '.join(_ref(a) for a in item.addressees))}" if item.addressees else ""
        return f'<said{who}{to} ana="#quote-{item.kind}">{inner}</said>'
    if kind == "date":
        return f"<date{_date_attrs(item.value)}>{inner}</date>"
    entity, mention_kind = item, payload[2]
    if mention_kind == "PROP":
        tag = "persName" if entity.type == "PER" else "placeName"
        return f'<{tag} ref="{_ref(entity.id)}">{inner}</{tag}>'
    return f'<rs type="{"person" if entity.type == "PER" else "place"}" ref="{_ref(entity.id)}">{inner}</rs>'


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
