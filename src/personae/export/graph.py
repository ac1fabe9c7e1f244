"""The people network: who talks to whom, who appears with whom, who is related to whom; GEXF 1.3 and GraphML.

Nodes are the characters (named people and the narrator). A conversation edge
runs from a quotation's speaker to each of its addressees, weighted by the number
of quotations; a co-occurrence edge joins two characters mentioned in the same
scene (or, when the document has no scenes, the same paragraph), weighted by the
number of such scenes or paragraphs.

The GEXF and GraphML files hold the conversation edges (kind "talks") and the
relations (kind "relation"): kinship, social, hierarchy and biographical relations
between two people or a person and an organisation, each with its predicate
(sibling_of, works_for, arrested, ...), category, confidence and the words it rests
on. A person or organisation that a relation names but who is no character is a
node too (its "type" says which). Symmetric relations (sibling_of, spouse_of, met,
...) are mutual edges in GEXF and carry mutual=true in GraphML; the others run from
subject to object ("X works_for Y"), except the patient-first ones (arrested, dismissed,
appointed, exiled_or_sent_away, under_surveillance_by), which run from the one who did it
to the one it happened to ("the Gestapo" -arrested-> "X"), as TEI's @active and @passive do.
One-person events ("X died") and relations to places are no edges.
"""
from __future__ import annotations

import bisect
from collections import Counter
from itertools import combinations
from typing import Any
from xml.sax.saxutils import escape as _text, quoteattr

from personae.export.cast import is_character
from personae.export.facts import PATIENT_FIRST, category, is_symmetric
from personae.model import Document, paragraph_spans


def characters(doc: Document) -> list[dict[str, Any]]:
    """One node per character, most mentioned first."""
    said = Counter(q.speaker for q in doc.quotes if q.speaker)
    people = sorted((e for e in doc.entities if is_character(e)), key=lambda e: (-len(e.mentions), e.id))
    return [_node(e, said[e.id]) for e in people]


def _node(entity, quotes: int) -> dict[str, Any]:
    return {"id": entity.id, "name": entity.name, "mentions": len(entity.mentions), "quotes": quotes,
            "gender": entity.gender, "narrator": entity.is_narrator, "type": entity.type}


# Entity types a relation edge may join.
RELATED_TYPES = ("PER", "ORG")


def relation_edges(doc: Document) -> list[dict[str, Any]]:
    """The relations between two people, or a person and an organisation, as edges (subject -> object;
    for a patient-first predicate, object -> subject), with predicate, category, confidence, whether
    the relation is mutual, and the evidence."""
    types = {e.id: e.type for e in doc.entities}
    edges = []
    for r in doc.relations:
        if r.subject == r.object or types.get(r.subject) not in RELATED_TYPES \
                or types.get(r.object) not in RELATED_TYPES:
            continue
        source, target = (r.object, r.subject) if r.predicate in PATIENT_FIRST else (r.subject, r.object)
        edges.append({"source": source, "target": target, "predicate": r.predicate,
                      "category": category(r.predicate), "confidence": round(r.confidence, 2),
                      "mutual": is_symmetric(r.predicate),
                      "evidence": " ".join(doc.text[r.evidence.start:r.evidence.end].split())})
    return edges


def conversations(doc: Document, people: set[str]) -> Counter:
    """(speaker, addressee) -> number of quotations."""
    return Counter((q.speaker, a) for q in doc.quotes if q.speaker in people
                   for a in q.addressees if a in people and a != q.speaker)


def settings(doc: Document) -> list[tuple[int, int]]:
    """The stretches in which appearing together counts: scenes when present, else paragraphs."""
    scenes = getattr(doc, "scenes", None) or []
    return [(s.start, s.end) for s in scenes] or paragraph_spans(doc.text)


def cooccurrences(doc: Document, people: set[str]) -> Counter:
    """(a, b) with a < b -> number of scenes or paragraphs that mention both."""
    stretches = settings(doc)
    starts = [s for s, _ in stretches]
    present: dict[int, set[str]] = {}
    for entity in doc.entities:
        if entity.id not in people:
            continue
        for m in entity.mentions:
            k = bisect.bisect_right(starts, m.start) - 1
            if k >= 0 and m.start < stretches[k][1]:
                present.setdefault(k, set()).add(entity.id)
    return Counter(pair for who in present.values() for pair in combinations(sorted(who), 2))


def people_network(doc: Document, relations: bool = False) -> dict[str, Any]:
    """{"nodes": [...], "talks": [{source, target, weight}], "cooccurs": [...]}; with relations=True
    also "relations" (see `relation_edges`), their people and organisations added to the nodes."""
    nodes = characters(doc)
    ids = {n["id"] for n in nodes}
    talks = [{"source": s, "target": t, "weight": w} for (s, t), w in sorted(conversations(doc, ids).items())]
    cooccurs = [{"source": a, "target": b, "weight": w} for (a, b), w in sorted(cooccurrences(doc, ids).items())]
    net = {"nodes": nodes, "talks": talks, "cooccurs": cooccurs}
    if relations:
        net["relations"] = relation_edges(doc)
        named = {e["source"] for e in net["relations"]} | {e["target"] for e in net["relations"]}
        said = Counter(q.speaker for q in doc.quotes if q.speaker)
        nodes += [_node(e, said[e.id]) for e in doc.entities if e.id in named and e.id not in ids]
    return net


NODE_ATTRIBUTES = (("mentions", "integer"), ("quotes", "integer"), ("gender", "string"), ("narrator", "boolean"),
                   ("type", "string"))
# Every edge: kind ("talks" or "relation"), predicate ("talks_to", "sibling_of", ...), category
# ("speech", "kinship", "social", "hierarchy", "biographical", "other"); relations only: confidence
# and evidence (the words the relation rests on).
EDGE_ATTRIBUTES = (("kind", "string"), ("predicate", "string"), ("category", "string"), ("confidence", "double"),
                   ("evidence", "string"))


def export_edges(net: dict[str, Any]) -> list[dict[str, Any]]:
    """The conversation edges, then the relation edges, with the EDGE_ATTRIBUTES each has."""
    edges = [dict(e, kind="talks", predicate="talks_to", category="speech", mutual=False, label="talks to")
             for e in net["talks"]]
    edges += [dict(e, kind="relation", weight=1, label=e["predicate"]) for e in net.get("relations", [])]
    return edges


def _value(value: Any) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def _attvalues(item: dict[str, Any], attributes) -> str:
    return "".join(f'<attvalue for="{name}" value={quoteattr(_value(item[name]))}/>'
                   for name, _ in attributes if item.get(name) is not None)


def to_gexf(doc: Document) -> str:
    """GEXF 1.3 (Gephi): characters (and the people and organisations relations name) as nodes;
    conversations as directed weighted edges and relations as edges of kind "relation"."""
    net = people_network(doc, relations=True)
    title = doc.document.title or doc.document.source
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
             ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
             f'  <meta><creator>personae</creator><description>{_text(title)}: who talks to whom, and how they'
             ' are related</description></meta>',
             '  <graph defaultedgetype="directed" mode="static">',
             '    <attributes class="node">']
    lines += [f'      <attribute id="{name}" title="{name}" type="{kind}"/>' for name, kind in NODE_ATTRIBUTES]
    lines += ['    </attributes>', '    <attributes class="edge">']
    lines += [f'      <attribute id="{name}" title="{name}" type="{kind}"/>' for name, kind in EDGE_ATTRIBUTES]
    lines += ['    </attributes>', '    <nodes>']
    for n in net["nodes"]:
        lines.append(f'      <node id={quoteattr(n["id"])} label={quoteattr(n["name"])}>'
                     f'<attvalues>{_attvalues(n, NODE_ATTRIBUTES)}</attvalues></node>')
    lines += ['    </nodes>', '    <edges>']
    for k, e in enumerate(export_edges(net)):
        mutual = ' type="mutual"' if e["mutual"] else ""
        lines.append(f'      <edge id="{k}" source={quoteattr(e["source"])} target={quoteattr(e["target"])}{mutual}'
                     f' weight="{float(e["weight"])}" label={quoteattr(e["label"])} kind={quoteattr(e["predicate"])}>'
                     f'<attvalues>{_attvalues(e, EDGE_ATTRIBUTES)}</attvalues></edge>')
    lines += ['    </edges>', '  </graph>', '</gexf>', '']
    return "\n".join(lines)


GRAPHML_TYPES = {"integer": "int", "string": "string", "boolean": "boolean", "double": "double"}


def to_graphml(doc: Document) -> str:
    """GraphML: the same graph as to_gexf, with typed keys; a symmetric relation has mutual=true."""
    net = people_network(doc, relations=True)
    edge_keys = (("weight", "double"), *EDGE_ATTRIBUTES, ("mutual", "boolean"))
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"'
             ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
             ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns'
             ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
             '  <key id="name" for="node" attr.name="name" attr.type="string"/>']
    lines += [f'  <key id="{name}" for="node" attr.name="{name}" attr.type="{GRAPHML_TYPES[kind]}"/>'
              for name, kind in NODE_ATTRIBUTES]
    lines += [f'  <key id="{name}" for="edge" attr.name="{name}" attr.type="{GRAPHML_TYPES[kind]}"/>'
              for name, kind in edge_keys]
    lines.append(f'  <graph id={quoteattr(doc.id)} edgedefault="directed">')
    for n in net["nodes"]:
        data = "".join(f'<data key="{name}">{_text(_value(n[name]))}</data>' for name, _ in NODE_ATTRIBUTES)
        lines.append(f'    <node id={quoteattr(n["id"])}><data key="name">{_text(n["name"])}</data>{data}</node>')
    for k, e in enumerate(export_edges(net)):
        data = "".join(f'<data key="{name}">{_text(_value(float(e[name]) if name == "weight" else e[name]))}</data>'
                       for name, _ in edge_keys if e.get(name) is not None)
        lines.append(f'    <edge id="e{k}" source={quoteattr(e["source"])} target={quoteattr(e["target"])}>'
                     f'{data}</edge>')
    lines += ['  </graph>', '</graphml>', '']
    return "\n".join(lines)
