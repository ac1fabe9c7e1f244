"""`personae eval litbank`: run the real pipeline on LitBank texts and score every layer.

Each text of the fold (the tokenised *_brat.txt, with its book's paragraph breaks restored
by eval.paragraphs unless `paragraphs=False`) is analysed end to end, exactly as a user's
file would be; nothing gold goes in. Entity mentions are read from the
document's entities (kinds PROP and NOM), event triggers from its events, quotations
and speakers from its quotes.
"""
from __future__ import annotations

from pathlib import Path

from personae.errors import PersonaeError
from personae.eval import litbank_data
from personae.eval.litbank_scoring import format_scores, score_entities, score_events
from personae.eval.paragraphs import Paragraphed, paragraphed
from personae.eval.quotes_scoring import (accuracy, add_counts, calibration, read_gold_quotations,
                                         restore_paragraphs, score_speakers)

FOLDS = {"test": "the 27-text held-out test fold", "train": "the 73 development texts"}


def evaluate(root: Path, fold: str = "test", limit: int | None = None, paragraphs: bool = True) -> dict:
    from personae.pipeline import analyze_text

    root = Path(root)
    if not (root / "entities" / "brat").is_dir():
        raise PersonaeError(f"{root}: not a LitBank folder (no entities/brat)",
                            "give the path of the litbank folder, e.g. ../shared/data/litbank")
    names = litbank_data.fold(fold, root)[:limit]
    gold_entities, pred_entities, gold_events, pred_events = {}, {}, {}, {}
    quote_counts: dict[str, int] = {}
    narrated_counts: dict[str, int] = {}   # the texts told in the first person
    for name in names:
        gold = litbank_data.read_doc(name, root)
        para = paragraphed(name, gold.text, root) if paragraphs else Paragraphed(gold.text, [])
        doc = analyze_text(para.text, source=name)
        gold_entities[name] = shifted(para, litbank_data.gold_entity_sets(gold))
        pred_entities[name] = {(m.start, m.end, f"{m.kind}_{e.type}")
                               for e in doc.entities for m in e.mentions if m.kind in ("PROP", "NOM")}
        if gold.events:
            gold_events[name] = shifted(para, litbank_data.gold_event_sets(gold))
            pred_events[name] = {(ev.trigger.start, ev.trigger.end, "EVENT") for ev in doc.events}
        quotations = restore_paragraphs(read_gold_quotations(name, root), para)
        if quotations.quotes:
            counts = score_speakers(quotations, doc)
            add_counts(quote_counts, counts)
            if any(e.is_narrator for e in doc.entities):
                add_counts(narrated_counts, counts)
    return {"fold": fold, "fold_description": FOLDS[fold], "documents": names, "paragraphs": paragraphs,
            "entities": score_entities(gold_entities, pred_entities),
            "events": score_events(gold_events, pred_events) if gold_events else None,
            "quotes": {**accuracy(quote_counts), "counts": quote_counts} if quote_counts else None,
            "quotes_first_person": ({**accuracy(narrated_counts), "counts": narrated_counts}
                                    if narrated_counts else None)}


def shifted(para: Paragraphed, spans: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    return {(*para.span(start, end), label) for start, end, label in spans}


def format_report(scores: dict) -> str:
    lines = [f"LitBank {scores['fold']} fold ({scores['fold_description']}): {len(scores['documents'])} texts",
             "exact-span precision, recall and F1; "
             + ("paragraph breaks restored from the original books" if scores.get("paragraphs")
                else "text one sentence a line, as LitBank ships it"),
             format_scores(scores["entities"], scores["events"])]
    quotes = scores.get("quotes")
    if quotes:
        c = quotes["counts"]
        fmt = lambda v: "n/a" if v is None else f"{v:.3f}"  # noqa: E731
        lines.append(f"quotes: speaker accuracy {fmt(quotes['speaker_accuracy'])} over {c['n']} gold quotations"
                     f" (explicit {fmt(quotes['explicit_accuracy'])} of {c['n_explicit']},"
                     f" other {fmt(quotes['other_accuracy'])} of {c['n_other']});"
                     f" quotations found {fmt(quotes['quote_recall'])}")
    if quotes:
        levels = calibration(quotes["counts"])
        lines.append("quotes: calibration (stated confidence: share of right speakers over n) "
                     + "; ".join(f"{level:.2f}: {share:.3f} over {n}" for level, n, share in levels))
    narrated = scores.get("quotes_first_person")
    if narrated:
        lines.append(f"quotes in first-person narratives: speaker accuracy {fmt(narrated['speaker_accuracy'])}"
                     f" over {narrated['counts']['n']} gold quotations")
    return "\n".join(lines)
