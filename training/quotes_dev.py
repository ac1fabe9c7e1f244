"""Development measure for quotations and speakers on LitBank (train fold by default).

    .venv/bin/python -m training.quotes_dev [--fold train|test] [--model DIR] [--show NAME]

Parses are cached under /tmp/personae-quotes-cache (keyed by the text and the shipped
model's files; use --cache to keep one folder per --model) so that reruns only re-run the
stages. --model points at a LitBank mention model directory other than the shipped one.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path

from personae.eval.litbank_data import DEFAULT_ROOT, fold
from personae.eval.paragraphs import paragraphed
from personae.eval.quotes_scoring import (accuracy, add_counts, quote_outcomes, read_gold_quotations,
                                          restore_paragraphs, score_speakers)

CACHE = Path("/tmp/personae-quotes-cache")


def cached_parse(real_parse, cache: Path = CACHE):
    from spacy.tokens import DocBin

    from personae.nlp.base import load_pipeline

    model = model_fingerprint()

    def parse(text):
        cache.mkdir(exist_ok=True)
        path = cache / (hashlib.sha256((model + text).encode()).hexdigest()[:20] + ".spacy")
        if path.exists():
            return list(DocBin().from_disk(path).get_docs(load_pipeline().vocab))[0]
        doc = real_parse(text)
        bin_ = DocBin(store_user_data=True)
        bin_.add(doc)
        bin_.to_disk(path)
        return doc
    return parse


def model_fingerprint() -> str:
    """What the parse depends on besides the text: the shipped mention model's files (a parse cached
    with another model is not reused)."""
    from personae.nlp.litbank_model import MODEL_DIR

    files = sorted(p for p in MODEL_DIR.rglob("*") if p.is_file()) if MODEL_DIR.exists() else []
    return ";".join(f"{p.relative_to(MODEL_DIR)}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in files)


def use_model(model_dir: str) -> None:
    """Load a mention model from a directory (before the shipped one is in place)."""
    import spacy
    from spacy.language import Language

    import personae.nlp.litbank_model as lm

    @Language.component("dev_mentions_cleanup")
    def cleanup(doc):
        group = doc.spans.get("mentions", [])
        doc.spans["mentions"] = sorted(group, key=lambda s: (s.start, -s.end))
        doc.spans.setdefault("events", [])
        return doc

    def add(nlp, model_dir_=None):
        trained = spacy.load(model_dir)
        if "ner" in trained.pipe_names and "ner" not in nlp.pipe_names:
            nlp.add_pipe("ner", source=trained)
        for name in lm.COMPONENTS:
            if name in trained.pipe_names:
                nlp.add_pipe(name, source=trained)
        nlp.add_pipe("dev_mentions_cleanup")
        return nlp
    lm.add_litbank_components = add


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fold", default="train")
    ap.add_argument("--model")
    ap.add_argument("--show", help="print quotes of this text with gold and predicted speakers")
    ap.add_argument("--only", help="substring of the text names to run")
    ap.add_argument("--cache", default=str(CACHE), help="folder of cached parses (one per model)")
    ap.add_argument("--paragraphs", action="store_true", help="restore the books' paragraph breaks")
    args = ap.parse_args(argv)
    if args.model:
        use_model(args.model)
    import personae.pipeline as pipeline
    from personae import analyze_text

    pipeline.parse = cached_parse(pipeline.parse, Path(args.cache))
    total: dict[str, int] = {}
    narrator_total: dict[str, int] = {}
    by_attr: Counter = Counter()
    right_attr: Counter = Counter()
    names = [n for n in fold(args.fold) if not args.only or args.only in n]
    for name in names:
        gold = read_gold_quotations(name)
        if args.paragraphs:
            gold = restore_paragraphs(gold, paragraphed(gold.name, gold.text, DEFAULT_ROOT))
        doc = analyze_text(gold.text)
        counts = score_speakers(gold, doc)
        add_counts(total, counts)
        narrator = any(e.is_narrator for e in doc.entities)
        if narrator:
            add_counts(narrator_total, counts)
        per = accuracy(counts)
        print(f"{name[:40]:40s} n={counts['n']:3d} acc={fmt(per['speaker_accuracy'])} "
              f"found={fmt(per['quote_recall'])} pred={len(doc.quotes)}{' narr' if narrator else ''}")
        for attr, n, ok in attribution_outcomes(gold, doc):
            by_attr[attr] += n
            right_attr[attr] += ok
        if args.show and args.show in name:
            show(gold, doc)
    print("TOTAL", {k: fmt(v) for k, v in accuracy(total).items()}, total)
    for attr in sorted(by_attr, key=str):
        print(f"  {attr!s:18s} n={by_attr[attr]:4d} acc={right_attr[attr] / by_attr[attr]:.3f}")
    narrated = {k: v for k, v in narrator_total.items()}
    if narrated:
        print("first-person narrated texts:", {k: fmt(v) for k, v in accuracy(narrated).items()}, narrated)
    return 0


def attribution_outcomes(gold, doc):
    """(rule/kind, 1, right?) for each gold quote: the calibration table of the speakers stage."""
    from personae.stages.speakers import ATTRIBUTION_ACCURACY

    rules = {v: k for k, v in ATTRIBUTION_ACCURACY.items()}
    for _, pred, right in quote_outcomes(gold, doc):
        if pred is None:
            yield "missed", 1, right
        else:
            yield f"{rules.get(pred.confidence, pred.attribution)}/{pred.kind}", 1, right


def show(gold, doc):
    names = {e.id: e.name for e in doc.entities}
    for q, pred, right in quote_outcomes(gold, doc):
        who = f"{names.get(pred.speaker)} [{pred.attribution} {pred.confidence:.2f}]" if pred else "MISSED"
        print(f"  {'+' if right else '-'} {q.speaker!s:25s} -> {who:40s} {gold.text[q.start:q.end][:70]!r}")


def fmt(x):
    return "  -  " if x is None else f"{x:.3f}"


if __name__ == "__main__":
    sys.exit(main())
