"""Pretrain litbank_tok2vec on the raw text of the LitBank books (masked-character objective).

    .venv/bin/python -m training.pretrain               # annotate + pretrain -> training/pretrain/model<N>.bin
    .venv/bin/python -m training.train --pretrained training/pretrain/model<N>.bin ...

Text: the full books in `original/` of the 65 training texts outside both the test fold and the
dev texts, so that a --dev comparison scores on books the encoder never read. Each book is cut
to its first MAX_WORDS words, unwrapped into paragraphs and run through the small English model,
so that the TAG, DEP and ENT_TYPE features the encoder reads are there in pretraining as they are
in training and at run time (spaCy's own masking drops them; `_masked_with_annotations` keeps them).
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from personae.eval import litbank_data as lb  # noqa: E402

from training.train import BASE, CONFIG  # noqa: E402

OUT = ROOT / "training" / "pretrain"
ANNOTATED = OUT / "annotated.spacy"
MAX_WORDS = 25_000
DOC_WORDS = 300


def paragraphs(text: str) -> list[str]:
    """Hard-wrapped Gutenberg text -> paragraphs on one line each."""
    return [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def pieces(name: str) -> list[str]:
    """The book's first MAX_WORDS words as pieces of about DOC_WORDS words (whole paragraphs)."""
    text = (lb.DEFAULT_ROOT / "original" / f"{name}.txt").read_text(encoding="utf-8")
    out, cur, n, total = [], [], 0, 0
    for para in paragraphs(text):
        words = len(para.split())
        if total + words > MAX_WORDS:
            break
        cur.append(para)
        n += words
        total += words
        if n >= DOC_WORDS:
            out.append("\n\n".join(cur))
            cur, n = [], 0
    if cur:
        out.append("\n\n".join(cur))
    return out


def annotate(n_process: int) -> None:
    import spacy
    from spacy.tokens import DocBin

    names = [n for n in lb.fold("train-dev") if not lb.is_test(n) and n not in lb.DEV_FOLD]
    texts = [p for n in names for p in pieces(n)]
    nlp = spacy.load(BASE)
    db = DocBin(attrs=["ORTH", "NORM", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "SPACY"])
    for doc in nlp.pipe(texts, batch_size=32, n_process=n_process):
        db.add(doc)
    OUT.mkdir(parents=True, exist_ok=True)
    db.to_disk(ANNOTATED)
    print(f"annotated {len(names)} books, {len(texts)} pieces", flush=True)


def _masked_with_annotations(original):
    """spaCy's masking rebuilds each Doc from its words; copy the base model's annotation over."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, TAG
    from spacy.tokens import Doc

    def apply_mask(docs, random_words, mask_prob=0.15):
        mask, masked = original(docs, random_words, mask_prob=mask_prob)
        attrs = [TAG, HEAD, DEP, ENT_IOB, ENT_TYPE]
        out = []
        for doc, m in zip(docs, masked):
            new = Doc(m.vocab, words=[t.text for t in m], spaces=[bool(t.whitespace_) for t in m])
            new.from_array(attrs, doc.to_array(attrs))
            out.append(new)
        return mask, out

    return apply_mask


def pretrain(epochs: int) -> None:
    import spacy
    from spacy import registry
    from spacy.ml.models import multi_task
    from spacy.tokens import DocBin
    from spacy.training.pretrain import pretrain as spacy_pretrain
    from spacy.util import load_config

    @registry.readers("personae.annotated_docs.v1")
    def annotated_docs(path: str):
        def read(nlp):
            yield from DocBin().from_disk(path).get_docs(nlp.vocab)
        return read

    multi_task._apply_mask = _masked_with_annotations(multi_task._apply_mask)
    config = load_config(CONFIG, interpolate=True)
    config["corpora"]["pretrain"] = {"@readers": "personae.annotated_docs.v1", "path": str(ANNOTATED)}
    defaults = load_config(Path(spacy.__file__).parent / "default_config_pretraining.cfg")
    for key, value in defaults["pretraining"].items():
        config["pretraining"].setdefault(key, value)
    config["pretraining"]["component"] = "litbank_tok2vec"
    config["pretraining"]["max_epochs"] = epochs
    config["pretraining"]["corpus"] = "corpora.pretrain"
    spacy_pretrain(config, OUT, silent=False)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument("--skip-annotate", action="store_true")
    args = ap.parse_args(argv)
    if not (args.skip_annotate and ANNOTATED.exists()):
        annotate(args.processes)
    pretrain(args.epochs)


if __name__ == "__main__":
    main()
