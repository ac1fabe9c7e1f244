"""Overlapping standoff spans turned into well-nested markup (for TEI and the reading view).

Mentions sit inside quotations, quotations run across paragraphs, a mention may
cross a quotation mark: markup must nest, so a span that crosses the end of the
span around it is cut in two there, and both pieces keep its payload.

Where a tag must not be cut (a name, a date), `outermost` and `within` choose the
spans to mark beforehand: of spans that nest or overlap the outermost is kept, and
a span that crosses a container's boundary (a quotation's, a paragraph's) is left out.
"""
from __future__ import annotations

import bisect
import heapq
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from personae.model import paragraph_spans


@dataclass
class Span:
    start: int
    end: int
    payload: Any
    rank: int = 1          # of two spans with the same extent, the lower rank goes outside


@dataclass
class Node:
    start: int
    end: int
    payload: Any
    children: list["Node"] = field(default_factory=list)


def outermost(spans: Iterable[Span]) -> list[Span]:
    """The spans that lie in no other and cross no other: of two that nest or overlap, the one
    that starts first (of equal starts, the longer; of equal extents, the lower rank) is kept."""
    kept: list[Span] = []
    reach = -1
    for span in sorted(spans, key=lambda s: (s.start, -s.end, s.rank)):
        if span.start < span.end and span.start >= reach:
            kept.append(span)
            reach = span.end
    return kept


def within(spans: Iterable[Span], containers: Iterable[tuple[int, int]]) -> list[Span]:
    """The spans that overlap no container (non-overlapping (start, end) stretches) or lie
    inside the one they overlap: none crosses a container's start or end."""
    boxes = sorted(containers)
    starts, ends = [s for s, _ in boxes], [e for _, e in boxes]
    kept = []
    for span in spans:
        first, last = bisect.bisect_right(ends, span.start), bisect.bisect_left(starts, span.end)
        if last - first == 0 or (last - first == 1 and starts[first] <= span.start and span.end <= ends[first]):
            kept.append(span)
    return kept


def nest(spans: Iterable[Span], start: int, end: int) -> list[Node]:
    """The spans clipped to [start, end) as a forest of properly nested nodes."""
    heap = []
    for order, span in enumerate(spans):
        s, e = max(span.start, start), min(span.end, end)
        if s < e:
            heapq.heappush(heap, (s, -e, span.rank, order, span.payload))
    root = Node(start, end, None)
    stack = [root]
    while heap:
        s, neg_e, rank, order, payload = heapq.heappop(heap)
        e = -neg_e
        while len(stack) > 1 and s >= stack[-1].end:
            stack.pop()
        parent = stack[-1]
        if e > parent.end:                       # crosses the parent's end: the rest comes later
            heapq.heappush(heap, (parent.end, -e, rank, order, payload))
            e = parent.end
        node = Node(s, e, payload)
        parent.children.append(node)
        stack.append(node)
    return root.children


def render(text: str, nodes: list[Node], start: int, end: int,
           wrap: Callable[[Any, str], str], escape: Callable[[str], str]) -> str:
    """text[start:end] escaped, each node's stretch passed through wrap(payload, inner)."""
    out, at = [], start
    for node in nodes:
        out.append(escape(text[at:node.start]))
        out.append(wrap(node.payload, render(text, node.children, node.start, node.end, wrap, escape)))
        at = node.end
    out.append(escape(text[at:end]))
    return "".join(out)


def render_paragraphs(text: str, spans: list[Span], wrap: Callable[[Any, str], str],
                      escape: Callable[[str], str]) -> list[tuple[int, int, str]]:
    """(start, end, markup) for each paragraph of text, the spans nested inside it."""
    ordered = sorted(spans, key=lambda s: s.start)
    out, first = [], 0
    for start, end in paragraph_spans(text):
        while first < len(ordered) and ordered[first].end <= start:
            first += 1
        inside = []
        for span in ordered[first:]:
            if span.start >= end:
                break
            if span.end > start:
                inside.append(span)
        out.append((start, end, render(text, nest(inside, start, end), start, end, wrap, escape)))
    return out
