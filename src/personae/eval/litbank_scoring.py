"""Exact-span scoring of entity mentions and event triggers against LitBank gold.

Pure functions over character-offset triples. A document's annotations are an iterable
of (start, end, label); entity labels are "KIND_TYPE" ("PROP_PER", "NOM_GPE", ...), a
bare TYPE ("PER") being a mention of unknown kind (it counts for "all" only).

`gold_docs` and `predicted_docs` are either dicts keyed by document name (a name missing
from the predictions counts as a document with no predictions) or equal-length sequences.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

ENTITY_TYPES = ("PER", "LOC", "GPE", "FAC", "ORG", "VEH")


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f": f, "tp": tp, "fp": fp, "fn": fn}


def _pairs(gold_docs, predicted_docs) -> list[tuple[list, list]]:
    if isinstance(gold_docs, Mapping):
        pred = predicted_docs if isinstance(predicted_docs, Mapping) else {}
        if not isinstance(predicted_docs, Mapping):
            raise TypeError("gold_docs is a mapping, so predicted_docs must be one too")
        return [(list(gold_docs[k]), list(pred.get(k, ()))) for k in gold_docs]
    gold_docs, predicted_docs = list(gold_docs), list(predicted_docs)
    if len(gold_docs) != len(predicted_docs):
        raise ValueError("gold_docs and predicted_docs differ in length")
    return [(list(g), list(p)) for g, p in zip(gold_docs, predicted_docs)]


def split_label(label: str) -> tuple[str | None, str]:
    """'PROP_PER' -> ('PROP', 'PER'); 'PER' -> (None, 'PER')."""
    if "_" in label:
        kind, typ = label.split("_", 1)
        return kind, typ
    return None, label


def _score_sets(pairs: list[tuple[set, set]], types: Iterable[str]) -> dict:
    counts = {t: [0, 0, 0] for t in types}
    for gold, pred in pairs:
        for t in set(counts) | {x[2] for x in gold | pred}:
            c = counts.setdefault(t, [0, 0, 0])
            g = {x for x in gold if x[2] == t}
            p = {x for x in pred if x[2] == t}
            c[0] += len(g & p)
            c[1] += len(p - g)
            c[2] += len(g - p)
    out = {t: prf(*c) for t, c in counts.items()}
    out["micro"] = prf(*(sum(c[i] for c in counts.values()) for i in range(3)))
    return out


def score_entities(gold_docs, predicted_docs) -> dict:
    """Exact-span P/R/F1 per type and micro, for (a) proper names only and (b) all mentions.

    "proper": gold PROP mentions against predicted PROP mentions, (start, end, TYPE) compared.
    "all": every mention (PROP and NOM, nested), (start, end, TYPE) compared, kind ignored.
    """
    proper, every = [], []
    for gold, pred in _pairs(gold_docs, predicted_docs):
        gp, pp, ga, pa = set(), set(), set(), set()
        for triples, prop_set, all_set in ((gold, gp, ga), (pred, pp, pa)):
            for s, e, label in triples:
                kind, typ = split_label(label)
                all_set.add((s, e, typ))
                if kind == "PROP":
                    prop_set.add((s, e, typ))
        proper.append((gp, pp))
        every.append((ga, pa))
    return {"proper": _score_sets(proper, ENTITY_TYPES), "all": _score_sets(every, ENTITY_TYPES),
            "documents": len(every)}


def score_events(gold_docs, predicted_docs) -> dict:
    """Exact-span P/R/F1 of event triggers; items are (start, end) or (start, end, label)."""
    tp = fp = fn = 0
    for gold, pred in _pairs(gold_docs, predicted_docs):
        g = {(x[0], x[1]) for x in gold}
        p = {(x[0], x[1]) for x in pred}
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    return prf(tp, fp, fn)


def format_scores(entities: dict | None = None, events: dict | None = None) -> str:
    """A short plain-text table of the scores."""
    lines = []
    if entities:
        for part in ("proper", "all"):
            lines.append(f"entities ({part}):")
            for t in (*ENTITY_TYPES, "micro"):
                s = entities[part].get(t)
                if s and (s["tp"] + s["fp"] + s["fn"]):
                    lines.append(f"  {t:6s} P={s['p']:.3f} R={s['r']:.3f} F1={s['f']:.3f}"
                                 f"  (tp={s['tp']} fp={s['fp']} fn={s['fn']})")
    if events:
        lines.append(f"events: P={events['p']:.3f} R={events['r']:.3f} F1={events['f']:.3f}"
                     f"  (tp={events['tp']} fp={events['fp']} fn={events['fn']})")
    return "\n".join(lines)
