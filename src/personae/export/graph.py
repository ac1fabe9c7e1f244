"""The people network: who talks to whom, who appears with whom; GEXF 1.3 and GraphML.

Nodes are the characters (named people and the narrator). A conversation edge
runs from a quotation's speaker to each of its addressees, weighted by the number
of quotations; a co-occurrence edge joins two characters mentioned in the same
scene (or, when the document has no scenes, the same paragraph), weighted by the
number of such scenes or paragraphs.
"""
from __future__ import annotations

import bisect
from collections import Counter
from itertools import combinations
from typing import Any
from xml.sax.saxutils import escape as _text, quoteattr

from personae.export.cast import is_character
from personae.model import Document, paragraph_spans


def characters(doc: Document) -> list[dict[str, Any]]:
    """One node per character, most mentioned first."""
    said = Counter(q.speaker for q in doc.quotes if q.speaker)
    people = sorted((e for e in doc.entities if is_character(e)), key=lambda e: (-len(e.mentions), e.id))
    return [{"id": e.id, "name": e.name, "mentions": len(e.mentions), "quotes": said[e.id],
             "gender": e.gender, "narrator": e.is_narrator} for e in people]


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


def people_network(doc: Document) -> dict[str, Any]:
    """{"nodes": [...], "talks": [{source, target, weight}], "cooccurs": [...]}."""
    nodes = characters(doc)
    ids = {n["id"] for n in nodes}
    talks = [{"source": s, "target": t, "weight": w} for (s, t), w in sorted(conversations(doc, ids).items())]
    cooccurs = [{"source": a, "target": b, "weight": w} for (a, b), w in sorted(cooccurrences(doc, ids).items())]
    return {"nodes": nodes, "talks": talks, "cooccurs": cooccurs}


NODE_ATTRIBUTES = (("mentions", "integer"), ("quotes", "integer"), ("gender", "string"), ("narrator", "boolean"))


def _value(value: Any) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def to_gexf(doc: Document) -> str:
    """GEXF 1.3 (Gephi): characters as nodes, conversations as directed weighted edges."""
    net = people_network(doc)
    title = doc.document.title or doc.document.source
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
             ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
             f'  <meta><creator>personae</creator><description>{_text(title)}: who talks to whom'
             '</description></meta>',
             '  <graph defaultedgetype="directed" mode="static">',
             '    <attributes class="node">']
    lines += [f'      <attribute id="{name}" title="{name}" type="{kind}"/>' for name, kind in NODE_ATTRIBUTES]
    lines += ['    </attributes>', '    <nodes>']
    for n in net["nodes"]:
        values = "".join(f'<attvalue for="{name}" value="{_value(n[name])}"/>' for name, _ in NODE_ATTRIBUTES)
        lines.append(f'      <node id={quoteattr(n["id"])} label={quoteattr(n["name"])}>'
                     f'<attvalues>{values}</attvalues></node>')
    lines += ['    </nodes>', '    <edges>']
    for k, e in enumerate(net["talks"]):
        lines.append(f'      <edge id="{k}" source={quoteattr(e["source"])} target={quoteattr(e["target"])}'
                     f' weight="{float(e["weight"])}" label="talks to"/>')
    lines += ['    </edges>', '  </graph>', '</gexf>', '']
    return "\n".join(lines)


def to_graphml(doc: Document) -> str:
    """GraphML: the same graph as to_gexf, with typed keys."""
    net = people_network(doc)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"'
             ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
             ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns'
             ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
             '  <key id="name" for="node" attr.name="name" attr.type="string"/>']
    lines += [f'  <key id="{name}" for="node" attr.name="{name}" attr.type="{"int" if kind == "integer" else kind}"/>'
              for name, kind in NODE_ATTRIBUTES]
    lines += ['  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
              f'  <graph id={quoteattr(doc.id)} edgedefault="directed">']
    for n in net["nodes"]:
        data = "".join(f'<data key="{name}">{_value(n[name])}</data>' for name, _ in NODE_ATTRIBUTES)
        lines.append(f'    <node id={quoteattr(n["id"])}><data key="name">{_text(n["name"])}</data>{data}</node>')
    for e in net["talks"]:
        lines.append(f'    <edge source={quoteattr(e["source"])} target={quoteattr(e["target"])}>'
                     f'<data key="weight">{float(e["weight"])}</data></edge>')
    lines += ['  </graph>', '</graphml>', '']
    return "\n".join(lines)
