"""The people network drawn as SVG on the server: a small force layout, labels and weights.

Nodes start on a circle (so the drawing is the same every time) and settle under
Fruchterman-Reingold forces: edges pull, all pairs push apart, a weak pull to the
centre keeps loose nodes in view.
"""
from __future__ import annotations

import math
from html import escape
from typing import Any

WIDTH, HEIGHT, MARGIN_X, MARGIN_Y = 760, 480, 110, 40
MAX_NODES = 30
GRAVITY = 1.0


def layout(ids: list[str], edges: list[tuple[str, str, float]], steps: int = 300) -> dict[str, tuple[float, float]]:
    n = len(ids)
    if n == 0:
        return {}
    pos = {v: [math.cos(2 * math.pi * k / n), math.sin(2 * math.pi * k / n)] for k, v in enumerate(ids)}
    if n == 1:
        return {ids[0]: (0.0, 0.0)}
    ideal = 2.2 / math.sqrt(n)
    heaviest = max((w for _, _, w in edges), default=1.0)
    temperature = 0.2
    for _ in range(steps):
        force = {v: [0.0, 0.0] for v in ids}
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
                dist = max(math.hypot(dx, dy), 1e-3)
                push = ideal * ideal / dist
                force[a][0] += dx / dist * push
                force[a][1] += dy / dist * push
                force[b][0] -= dx / dist * push
                force[b][1] -= dy / dist * push
        for a, b, w in edges:
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            dist = max(math.hypot(dx, dy), 1e-3)
            pull = dist * dist / ideal * (0.5 + w / heaviest)
            force[a][0] -= dx / dist * pull
            force[a][1] -= dy / dist * pull
            force[b][0] += dx / dist * pull
            force[b][1] += dy / dist * pull
        for v in ids:
            fx, fy = force[v][0] - GRAVITY * pos[v][0], force[v][1] - GRAVITY * pos[v][1]
            size = max(math.hypot(fx, fy), 1e-9)
            step = min(size, temperature)
            pos[v][0] += fx / size * step
            pos[v][1] += fy / size * step
        temperature = max(temperature * 0.985, 0.002)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    return {v: (MARGIN_X + (p[0] - min(xs)) / span_x * (WIDTH - 2 * MARGIN_X),
                MARGIN_Y + (p[1] - min(ys)) / span_y * (HEIGHT - 2 * MARGIN_Y)) for v, p in pos.items()}


def network_svg(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], directed: bool, title: str,
                colours: dict[str, int], link: str) -> str:
    """An SVG of the nodes that have an edge (the best connected MAX_NODES), edge widths by weight.

    link: the URL of a person's page with "{id}" where the entity id goes.
    """
    degree: dict[str, float] = {}
    for e in edges:
        degree[e["source"]] = degree.get(e["source"], 0) + e["weight"]
        degree[e["target"]] = degree.get(e["target"], 0) + e["weight"]
    shown = sorted((n for n in nodes if n["id"] in degree), key=lambda n: (-degree[n["id"]], n["id"]))[:MAX_NODES]
    ids = [n["id"] for n in shown]
    keep = set(ids)
    drawn = [e for e in edges if e["source"] in keep and e["target"] in keep]
    if not shown:
        return ""
    pos = layout(ids, [(e["source"], e["target"], e["weight"]) for e in drawn])
    heaviest = max(e["weight"] for e in drawn) if drawn else 1
    most = max(n["mentions"] for n in shown) or 1
    radius = {n["id"]: 7 + 13 * math.sqrt(n["mentions"] / most) for n in shown}
    out = [f'<svg class="network" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{escape(title)}">',
           f"<title>{escape(title)}</title>",
           '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11"'
           ' orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrowhead"/></marker></defs>']
    pairs = {(e["source"], e["target"]) for e in drawn}
    for e in drawn:
        (x1, y1), (x2, y2) = pos[e["source"]], pos[e["target"]]
        dx, dy = x2 - x1, y2 - y1
        dist = max(math.hypot(dx, dy), 1e-3)
        ux, uy = dx / dist, dy / dist
        # both directions present: bend each a little so they do not overlap
        bend = 18 if directed and (e["target"], e["source"]) in pairs else 0
        sx, sy = x1 + ux * radius[e["source"]], y1 + uy * radius[e["source"]]
        tx, ty = x2 - ux * (radius[e["target"]] + 3), y2 - uy * (radius[e["target"]] + 3)
        mx, my = (sx + tx) / 2 - uy * bend, (sy + ty) / 2 + ux * bend
        width = 1.2 + 5 * e["weight"] / heaviest
        marker = ' marker-end="url(#arrow)"' if directed else ""
        names = f'{e.get("source_name", e["source"])} → {e.get("target_name", e["target"])}'
        out.append(f'<g class="edge"><title>{escape(names)}: {e["weight"]}</title>'
                   f'<path d="M{sx:.1f},{sy:.1f} Q{mx:.1f},{my:.1f} {tx:.1f},{ty:.1f}"'
                   f' stroke-width="{width:.1f}"{marker}/>'
                   f'<text x="{(sx + 2 * mx + tx) / 4:.1f}" y="{(sy + 2 * my + ty) / 4 - 4:.1f}"'
                   f' class="weight">{e["weight"]}</text></g>')
    for n in shown:
        x, y = pos[n["id"]]
        colour = f' c{colours[n["id"]]}' if n["id"] in colours else ""
        href = escape(link.replace("{id}", n["id"]))
        out.append(f'<a href="{href}" class="node{colour}" data-e="{escape(n["id"])}">'
                   f'<title>{escape(n["name"])}: {n["mentions"]} mentions, {n["quotes"]} quotations</title>'
                   f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius[n["id"]]:.1f}"/>'
                   f'<text x="{x:.1f}" y="{y + radius[n["id"]] + 15:.1f}" class="label">{escape(n["name"])}</text></a>')
    out.append("</svg>")
    return "\n".join(out)
