"""The HTML pages. Every piece of document text passes through `esc` before it is written."""
from __future__ import annotations

from html import escape
from importlib.resources import files
from string import Template
from typing import Any
from pathlib import PurePath
from urllib.parse import quote

from personae.export.nesting import Span, render_paragraphs
from personae.model import Document
from personae.store import SNIPPET_MARKS
from personae.web import drawing

BASE = Template(files("personae.web").joinpath("templates/base.html").read_text("utf-8"))
TABS = (("read", "Read", ""), ("cast", "Cast", "/cast"), ("timeline", "Timeline", "/timeline"),
        ("network", "Network", "/network"), ("findings", "Findings", "/findings"))
GENDER = {"he": "he/him", "she": "she/her", "they": "they/them", "unknown": "—"}


def esc(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def doc_title(doc: Document) -> str:
    """The title, else the first chapter's, else the file name without its folder."""
    chapters = [c.title for c in doc.document.chapters if c.title]
    return doc.document.title or (chapters[0] if chapters else PurePath(doc.document.source).name)


def doc_url(doc_id: str, tail: str = "") -> str:
    return f"/doc/{quote(doc_id, safe='')}{tail}"


def person_url(doc_id: str, entity_id: str) -> str:
    return doc_url(doc_id, f"/person/{quote(entity_id, safe='')}")


def page(title: str, body: str, store: str, doc: Document | None = None, active: str = "", query: str = "") -> str:
    nav = ""
    scope = ""
    if doc is not None:
        tabs = "".join(f'<a href="{doc_url(doc.id, tail)}"{" class=active aria-current=page" if key == active else ""}>'
                       f"{label}</a>" for key, label, tail in TABS)
        nav = f'<span class="doc-title">{esc(doc_title(doc))}</span><nav>{tabs}</nav>'
        scope = f'<input type="hidden" name="doc" value="{esc(doc.id)}">'
    return BASE.substitute(title=esc(title), page=esc(active or "home"), nav=nav, scope=scope, query=esc(query),
                           body=body, store=esc(store))


def colour_class(colours: dict[str, int], entity_id: str | None) -> str:
    return f"c{colours[entity_id]}" if entity_id in colours else "c-none"


def documents_page(docs: list[dict[str, Any]], store: str) -> str:
    if not docs:
        body = ('<h1>No documents yet</h1><p class="empty">This store holds no documents. Add some with '
                '<code>personae read FILE --db PATH</code>.</p>')
        return page("Documents", body, store)
    rows = "".join(f'<tr><td><a href="{doc_url(d["id"])}">{esc(d["title"] or PurePath(d["source"]).name)}</a></td>'
                   f'<td class="src">{esc(d["source"])}</td><td class="num">{d["n_tokens"] or 0:,}</td>'
                   f'<td class="num">{d["n_people"]}</td><td class="num">{d["n_quotes"]}</td>'
                   f'<td><a href="{doc_url(d["id"], "/cast")}">cast</a> · <a href="{doc_url(d["id"], "/timeline")}">'
                   f'timeline</a> · <a href="{doc_url(d["id"], "/network")}">network</a></td></tr>' for d in docs)
    body = (f"<h1>Documents</h1><table class=grid><thead><tr><th>Title</th><th>Source</th><th class=num>Tokens</th><th class=num>People</th><th class=num>Quotations</th>"
            f"<th>Views</th></tr></thead><tbody>{rows}</tbody></table>")
    return page("Documents", body, store)


def _reading_spans(doc: Document, colours: dict[str, int]) -> list[Span]:
    spans = [Span(q.start, q.end, ("quote", q), rank=0) for q in doc.quotes]
    spans += [Span(t.start, t.end, ("time", t)) for t in doc.times]
    for e in doc.entities:
        spans += [Span(m.start, m.end, ("mention", e, m.kind), rank=2) for m in e.mentions]
    return spans


def reading_page(doc: Document, colours: dict[str, int], cast: dict[str, Any], store: str) -> str:
    names = {e.id: e.name for e in doc.entities}

    def wrap(payload: tuple, inner: str) -> str:
        kind, item = payload[0], payload[1]
        if kind == "quote":
            speaker = names.get(item.speaker) if item.speaker else None
            heard = ", ".join(names.get(a, a) for a in item.addressees)
            who = (speaker or "speaker unknown") + (f" to {heard}" if heard else "")
            return (f'<span class="q {colour_class(colours, item.speaker)}" id="q-{esc(item.id)}"'
                    f' data-speaker="{esc(item.speaker or "")}" title="{esc(who)}">{inner}</span>')
        if kind == "time":
            return f'<span class="t" title="{esc("date: " + (item.value or "unresolved"))}">{inner}</span>'
        entity, mention_kind = item, payload[2]
        label = f"{entity.name} ({entity.type.lower()})" if entity.type != "PER" else entity.name
        group = "person" if entity.type == "PER" else "thing"
        return (f'<span class="m {group} {colour_class(colours, entity.id)} k-{mention_kind}"'
                f' data-e="{esc(entity.id)}" title="{esc(label)}">{inner}</span>')

    headings = {c.title for c in doc.document.chapters if c.title}
    scenes = sorted(getattr(doc, "scenes", None) or [], key=lambda scene: scene.start)
    times = {t.id: t.value for t in doc.times}
    blocks = []
    for n, (start, end, markup) in enumerate(render_paragraphs(doc.text, _reading_spans(doc, colours), wrap, esc)):
        while scenes and scenes[0].start < end:          # a scene begins in this paragraph: mark it above
            scene = scenes.pop(0)
            facts = [f"Scene {esc(scene.id)}", esc(scene.value or times.get(scene.time) or ""),
                     f"at {esc(names[scene.place])}" if scene.place in names else ""]
            blocks.append(f'<div class="scene-mark" id="scene-{esc(scene.id)}">'
                          f'{" · ".join(f for f in facts if f)}</div>')
        tag = "h2" if doc.text[start:end] in headings else "p"
        blocks.append(f'<{tag} id="p-{n}" data-start="{start}" data-end="{end}">{markup}</{tag}>')
    legend = "".join(
        f'<li><button type="button" class="who {colour_class(colours, p["id"])}" data-e="{esc(p["id"])}"'
        f' data-href="{person_url(doc.id, p["id"])}" data-name="{esc(p["name"])}"><span class="swatch"></span>{esc(p["name"])}'
        f'<span class="n">{p["mentions"]}</span></button></li>' for p in cast["people"])
    body = f"""
<div class="reading">
  <article class="text" id="text" lang="{esc(doc.document.language)}">{''.join(blocks) or '<p class="empty">This document has no text.</p>'}</article>
  <aside class="panel">
    <section id="selection" class="selection" hidden>
      <h2 id="sel-name"></h2>
      <p><span id="sel-count"></span> · <a id="sel-link" href="#">all they said</a></p>
      <p class="buttons"><button type="button" id="sel-prev">◀ previous</button>
        <button type="button" id="sel-next">next ▶</button> <button type="button" id="sel-clear">clear</button></p>
    </section>
    <h2>People</h2>
    <p class="hint">Click a name, here or in the text, to highlight every mention.</p>
    <ul class="legend">{legend or '<li class="empty">No people found.</li>'}</ul>
    <h2>Key</h2>
    <ul class="key">
      <li><span class="m person c0 k-PROP">Name</span> a named mention</li>
      <li><span class="m person c0 k-NOM">the porter</span> a description</li>
      <li><span class="m person c0 k-PRON">she</span> a pronoun</li>
      <li><span class="q c0">“quotation”</span> speech, coloured by speaker</li>
      <li><span class="q c-none">“quotation”</span> speaker unknown</li>
      <li><span class="m thing c-none k-PROP">Leningrad</span> a place or other thing</li>
      <li><span class="t">the autumn of 1937</span> a date</li>
    </ul>
  </aside>
</div>"""
    return page(doc_title(doc), body, store, doc, "read")


def _alias_list(aliases: list[dict[str, Any]]) -> str:
    out = []
    for a in aliases:
        mark = ' <span class="tag variant" title="looks like a misspelt or transliterated form">variant</span>' \
            if a["variant"] else ""
        out.append(f'<span class="alias{" is-variant" if a["variant"] else ""}">{esc(a["text"])}'
                   f'<span class="n">×{a["count"]}</span>{mark}</span>')
    return " ".join(out) or '<span class="none">—</span>'


def _relation_list(doc_id: str, name: str, relations: list[dict[str, Any]]) -> str:
    """Each relation as a short sentence: "sibling of Vera", or "Anna works for Nikolai" when it points in."""
    items = []
    for r in relations:
        verb = esc(r["predicate"].replace("_", " "))
        other = (f'<a href="{person_url(doc_id, r["other"])}">{esc(r["other_name"])}</a>' if r["other"]
                 else '<span class="none">?</span>')
        items.append(f"<li>{verb} {other}</li>" if r["direction"] == "out"
                     else f"<li>{other} {verb} {esc(name)}</li>")
    return f'<ul class="plain">{"".join(items)}</ul>' if items else '<span class="none">—</span>'


def _appearance(doc_id: str, person: dict[str, Any]) -> str:
    if person["first"] is None:
        return '<span class="none">—</span>'
    bar = ""
    if person.get("span"):
        left, right = person["span"]
        bar = (f'<span class="spanbar" title="where in the text they appear"><span style="left:{left * 100:.1f}%;'
               f'width:{max(right - left, 0.005) * 100:.1f}%"></span></span>')
    return (f'{bar}<a href="{doc_url(doc_id)}#at-{person["first"]}">first</a> · '
            f'<a href="{doc_url(doc_id)}#at-{person["last"]}">last</a>')


def cast_page(doc: Document, colours: dict[str, int], cast: dict[str, Any], store: str) -> str:
    rows = []
    for p in cast["people"]:
        narrator = ' <span class="tag">narrator</span>' if p["narrator"] else ""
        rows.append(
            f'<tr id="person-{esc(p["id"])}"><td class="name"><span class="swatch {colour_class(colours, p["id"])}">'
            f'</span><a href="{person_url(doc.id, p["id"])}">{esc(p["name"])}</a>{narrator}</td>'
            f'<td>{_alias_list(p["aliases"])}</td><td class="num">{p["mentions"]}</td><td class="num">{p["quotes"]}</td>'
            f'<td>{GENDER.get(p["gender"], esc(p["gender"]))}</td><td>{_relation_list(doc.id, p["name"], p["relations"])}</td>'
            f'<td class="appear">{_appearance(doc.id, p)}</td></tr>')
    people = (f'<table class="grid cast"><thead><tr><th>Person</th><th>Also called</th><th class=num>Mentions</th>'
              f'<th class=num>Quotations</th><th>Pronouns</th><th>Relations</th><th>Appears</th></tr></thead>'
              f'<tbody>{"".join(rows)}</tbody></table>') if rows else '<p class="empty">No people were found.</p>'
    places = ", ".join(f'{esc(p["name"])} <span class="n">{esc(p["type"])} ×{p["mentions"]}</span>'
                       for p in cast["places"])
    body = (f'<h1>Cast <span class="count">{len(cast["people"])} people</span></h1>{people}'
            f'<h2>Places</h2><p class="places">{places or "<span class=none>No places were found.</span>"}</p>')
    return page("Cast", body, store, doc, "cast")


def _quote_list(doc_id: str, quotes: list[dict[str, Any]], colours: dict[str, int], show_speaker: bool) -> str:
    if not quotes:
        return '<p class="empty">None.</p>'
    items = []
    for q in quotes:
        to = ", ".join(f'<a href="{person_url(doc_id, a["id"])}">{esc(a["name"])}</a>' for a in q["addressees"])
        speaker = ""
        if show_speaker:
            speaker = (f'<a href="{person_url(doc_id, q["speaker"])}">{esc(q["speaker_name"])}</a>' if q["speaker"]
                       else "someone")
        meta = " ".join(x for x in (speaker and f"{speaker}", to and f"to {to}") if x)
        items.append(f'<li><blockquote class="q {colour_class(colours, q["speaker"])}">{esc(q["text"])}</blockquote>'
                     f'<p class="meta">{meta} <span class="kind">{esc(q["kind"])}</span> · '
                     f'<a href="{doc_url(doc_id)}#q-{esc(q["id"])}">in context</a></p></li>')
    return f'<ol class="quotes">{"".join(items)}</ol>'


def person_page(doc: Document, colours: dict[str, int], person: dict[str, Any], store: str) -> str:
    narrator = ' <span class="tag">narrator</span>' if person["narrator"] else ""
    mentions = "".join(f'<li><a href="{doc_url(doc.id)}#at-{m["start"]}">{esc(m["text"])}</a>'
                       f' <span class="n">{esc(m["kind"])}</span></li>' for m in person["mention_list"])
    body = f"""
<p class="crumbs"><a href="{doc_url(doc.id, '/cast')}">Cast</a> ›</p>
<h1><span class="swatch {colour_class(colours, person['id'])}"></span>{esc(person['name'])}{narrator}</h1>
<dl class="facts">
  <dt>Also called</dt><dd>{_alias_list(person['aliases'])}</dd>
  <dt>Pronouns</dt><dd>{GENDER.get(person['gender'], esc(person['gender']))}</dd>
  <dt>Mentions</dt><dd>{person['mentions']}</dd>
  <dt>Quotations</dt><dd>{person['quotes']} said · {person['addressed']} addressed to them</dd>
  <dt>Appears</dt><dd>{_appearance(doc.id, person)}</dd>
  <dt>Relations</dt><dd>{_relation_list(doc.id, person['name'], person['relations'])}</dd>
</dl>
<h2>Everything {esc(person['name'])} said</h2>
{_quote_list(doc.id, person['said'], colours, False)}
<h2>Said to {esc(person['name'])}</h2>
{_quote_list(doc.id, person['heard'], colours, True)}
<details><summary>All {person['mentions']} mentions</summary><ol class="mentions">{mentions}</ol></details>"""
    return page(person["name"], body, store, doc, "cast")


def _context(doc_id: str, ctx: dict[str, Any]) -> str:
    return (f'<a class="ctx" href="{doc_url(doc_id)}#at-{ctx["start"]}">{esc(ctx["before"])}'
            f'<mark>{esc(ctx["text"])}</mark>{esc(ctx["after"])}</a>')


def _people_links(doc_id: str, people: list[dict[str, Any]]) -> str:
    return ", ".join(f'<a href="{person_url(doc_id, p["id"])}">{esc(p["name"])}</a>'
                     + (f' <span class="n">{esc(p["role"])}</span>' if p.get("role") else "") for p in people)


def timeline_page(doc: Document, items: list[dict[str, Any]], store: str) -> str:
    if not items:
        body = ('<h1>Timeline</h1><p class="empty">No scenes, dates or events were found in this document '
                '(or the stages that find them have not run on it).</p>')
        return page("Timeline", body, store, doc, "timeline")
    rows = []
    for i in items:
        date = f'<span class="date">{esc(i["date"])}</span>' if i.get("date") else '<span class="date none">undated</span>'
        details = []
        if i["kind"] == "scene":
            title = f'Scene {esc(i["id"])}' + (f' at {esc(i["place_name"])}' if i.get("place_name") else "")
        elif i["kind"] == "event":
            title = esc(i["label"]) + (f' <span class="n">at {esc(i["place_name"])}</span>' if i.get("place_name") else "")
        else:
            title = esc(i["label"])
        if i.get("people"):
            details.append(_people_links(doc.id, i["people"]))
        if i["kind"] == "scene":
            text = (f'<p><a class="ctx excerpt" href="{doc_url(doc.id)}#at-{i["excerpt"]["start"]}">'
                    f'{esc(i["excerpt"]["text"])}</a></p>')
        else:
            text = f'<p>{_context(doc.id, i["context"])}</p>'
        rows.append(f'<li class="item {i["kind"]}"><div class="when">{date}</div><div class="what">'
                    f'<span class="kind">{i["kind"]}</span> <strong>{title}</strong>'
                    f'{"<p class=people>" + " ".join(details) + "</p>" if details else ""}{text}</div></li>')
    counts = {k: sum(1 for i in items if i["kind"] == k) for k in ("scene", "time", "event")}
    summary = " · ".join(f"{n} {k}{'s' if n != 1 else ''}" for k, n in counts.items())
    body = f'<h1>Timeline <span class="count">{summary}</span></h1><ol class="timeline">{"".join(rows)}</ol>'
    return page("Timeline", body, store, doc, "timeline")


def _edge_table(edges: list[dict[str, Any]], names: dict[str, str], arrow: str, doc_id: str) -> str:
    if not edges:
        return ""
    rows = "".join(f'<tr><td><a href="{person_url(doc_id, e["source"])}">{esc(names.get(e["source"]))}</a></td>'
                   f'<td class=arrow>{arrow}</td><td><a href="{person_url(doc_id, e["target"])}">'
                   f'{esc(names.get(e["target"]))}</a></td><td class=num>{e["weight"]}</td></tr>'
                   for e in sorted(edges, key=lambda e: -e["weight"]))
    return f'<table class="grid edges"><tbody>{rows}</tbody></table>'


def network_page(doc: Document, colours: dict[str, int], net: dict[str, Any], store: str) -> str:
    names = {n["id"]: n["name"] for n in net["nodes"]}
    link = doc_url(doc.id, "/person/{id}")
    sections = []
    for key, title, directed, arrow, empty in (
            ("talks", "Who talks to whom", True, "→",
             "No quotation has both a known speaker and a known addressee."),
            ("cooccurs", "Who appears with whom", False, "—",
             "No two people are mentioned in the same scene or paragraph.")):
        edges = [dict(e, source_name=names.get(e["source"]), target_name=names.get(e["target"])) for e in net[key]]
        svg = drawing.network_svg(net["nodes"], edges, directed, title, colours, link)
        note = ("Arrows run from speaker to addressee; width and number: quotations."
                if directed else "Width and number: scenes (or paragraphs) in which both are mentioned.")
        sections.append(f'<section class="graph" id="{key}"><h2>{title}</h2>'
                        + (f'<p class="hint">{note}</p><figure>{svg}</figure>'
                           f'<details><summary>As a table</summary>{_edge_table(net[key], names, arrow, doc.id)}'
                           f'</details>' if svg else f'<p class="empty">{empty}</p>') + "</section>")
    return page("Network", "<h1>Network</h1>" + "".join(sections), store, doc, "network")


def findings_page(doc: Document, items: list[dict[str, Any]], store: str) -> str:
    if not items:
        body = '<h1>Findings</h1><p class="empty">Nothing to review: no findings for this document.</p>'
        return page("Findings", body, store, doc, "findings")
    cards = []
    for f in items:
        evidence = "".join(f"<li>{_context(doc.id, ctx)}</li>" for ctx in f["evidence"])
        cards.append(f'<li class="finding"><p><span class="tag">{esc(f["kind"].replace("_", " "))}</span> '
                     f'{esc(f["message"])}</p>'
                     f'{"<p class=people>" + _people_links(doc.id, f["entities"]) + "</p>" if f["entities"] else ""}'
                     f'<ul class="evidence">{evidence}</ul></li>')
    body = (f'<h1>Findings <span class="count">{len(items)} to review</span></h1>'
            f'<p class="hint">Things an editor should check against the text.</p><ol class="findings">{"".join(cards)}</ol>')
    return page("Findings", body, store, doc, "findings")


def snippet_html(snippet: str) -> str:
    """A search snippet escaped, its match marks turned into <mark>."""
    opening, closing = SNIPPET_MARKS
    return esc(snippet).replace(opening, "<mark>").replace(closing, "</mark>")


def search_page(query: str, hits: dict[str, list[dict[str, Any]]], titles: dict[str, str],
                speakers: dict[tuple[str, str], str], doc: Document | None, store: str) -> str:
    def where(hit: dict[str, Any]) -> str:
        title = "" if doc else f' · <span class="n">{esc(titles.get(hit["doc_id"], hit["doc_id"]))}</span>'
        return f'<a href="{doc_url(hit["doc_id"])}#at-{hit["start"]}">in context</a>{title}'

    passages = "".join(f'<li><p>{snippet_html(h["snippet"])}</p><p class="meta">{where(h)}</p></li>'
                       for h in hits["passages"])
    quotes = "".join(
        f'<li><blockquote>{snippet_html(h["snippet"])}</blockquote><p class="meta">'
        f'{esc(speakers.get((h["doc_id"], h["speaker"] or ""), "speaker unknown"))} · {where(h)}</p></li>'
        for h in hits["quotes"])
    if not query.strip():
        body = '<h1>Search</h1><p class="empty">Type a word or phrase in the search box.</p>'
    else:
        body = (f'<h1>Search: “{esc(query)}”</h1>'
                f'<h2>Quotations <span class="count">{len(hits["quotes"])}</span></h2>'
                f'<ol class="hits">{quotes or "<li class=empty>No quotation contains it.</li>"}</ol>'
                f'<h2>Passages <span class="count">{len(hits["passages"])}</span></h2>'
                f'<ol class="hits">{passages or "<li class=empty>No passage contains it.</li>"}</ol>')
    return page(f"Search: {query}", body, store, doc, "search", query)


def error_page(status: int, message: str, hint: str, store: str) -> str:
    body = f'<h1>{status}</h1><p class="error">{esc(message)}</p>' + (f'<p class="hint">{esc(hint)}</p>' if hint else "")
    return page(f"Error {status}", body, store)
