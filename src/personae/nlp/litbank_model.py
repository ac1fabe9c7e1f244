"""Adds the LitBank-trained layers to the runtime pipeline.

The shipped model (src/personae/models/litbank/, made by `python -m training.train`) holds:
  - "ner": the small English model's own OntoNotes recogniser, frozen; its entity types are
    an input feature of ours (so doc.ents holds OntoNotes entities);
  - "litbank_tok2vec": our own CNN token encoder (features NORM PREFIX SUFFIX SHAPE, plus the
    small model's TAG and the ner's ENT_TYPE, so the base tagger must run before it);
  - "litbank_mentions": a span categoriser over 1..10-token candidates writing
    doc.spans["mentions"] with labels KIND_TYPE (PROP_PER, NOM_FAC, ...), nested allowed;
  - "litbank_events": a one-token span categoriser writing doc.spans["events"] ("EVENT").
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import re

import numpy
import spacy
from spacy.language import Language
from spacy.util import registry
from thinc.types import Ragged

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "litbank"
COMPONENTS = ("litbank_tok2vec", "litbank_mentions", "litbank_events")
MENTIONS_KEY = "mentions"
EVENTS_KEY = "events"


# Penn tags that begin / end 99% of LitBank mentions (counted on the training texts with the
# small model's tagger); the suggester proposes only spans that begin and end on one of them.
FIRST_TAGS = ("CD", "DT", "JJ", "NN", "NNP", "NNPS", "NNS", "PDT", "PRP", "PRP$", "RB")
LAST_TAGS = ("''", "CD", "JJ", "NN", "NNP", "NNPS", "NNS", "PRP", "RB", "VB", "VBD", "VBN")


@registry.misc("personae.litbank_tag_suggester.v1")
def build_tag_suggester(max_size: int = 12, first_tags=FIRST_TAGS, last_tags=LAST_TAGS):
    """Candidate spans of 1..max_size tokens whose first and last tokens have a mention-like tag
    (all spans when the doc has no tags). Needs the tagger to run before the span categoriser."""
    # A tag with "$" (PRP$) comes back from a saved config as "PRP$$" or "PRP$$$$": undo that.
    first = {re.sub(r"\$+", "$", t) for t in first_tags}
    last = {re.sub(r"\$+", "$", t) for t in last_tags}

    def suggest(docs, *, ops=None):
        if ops is None:
            from thinc.api import get_current_ops
            ops = get_current_ops()
        out, lengths = [], []
        for doc in docs:
            n = len(doc)
            tags = [t.tag_ for t in doc]
            if n and not any(tags):
                f = l = numpy.ones(n, dtype=bool)
            else:
                f = numpy.fromiter((t in first for t in tags), dtype=bool, count=n)
                l = numpy.fromiter((t in last for t in tags), dtype=bool, count=n)
            spans = []
            for size in range(1, max_size + 1):
                if size > n:
                    break
                ok = f[: n - size + 1] & l[size - 1:]
                starts = numpy.nonzero(ok)[0]
                if len(starts):
                    spans.append(numpy.stack([starts, starts + size], axis=1))
            arr = numpy.concatenate(spans).astype("int32") if spans else numpy.zeros((0, 2), dtype="int32")
            out.append(arr)
            lengths.append(len(arr))
        lengths_array = ops.asarray1i(lengths)
        if len(out) > 0:
            output = Ragged(ops.xp.vstack([ops.asarray2i(a) for a in out]) if out else ops.xp.zeros((0, 2), dtype="i"), lengths_array)
        else:
            output = Ragged(ops.xp.zeros((0, 0), dtype="i"), lengths_array)
        assert output.dataXd.ndim == 2
        return output

    return suggest


@Language.component("litbank_mentions_cleanup")
def mentions_cleanup(doc):
    """Drops a predicted mention that crosses (overlaps without nesting) a better-scored one,
    and duplicates of a span with another label; nesting is kept."""
    group = doc.spans.get(MENTIONS_KEY)
    if group is None:
        doc.spans[MENTIONS_KEY] = []
        return doc
    spans = list(group)
    raw = group.attrs.get("scores")
    scores = None
    if raw is not None and len(spans):
        arr = numpy.asarray(raw, dtype="float32")
        scores = arr.reshape(len(spans), -1).max(axis=1) if arr.size >= len(spans) else None
    order = sorted(range(len(spans)), key=lambda i: -(float(scores[i]) if scores is not None else 1.0))
    kept, kept_scores, taken = [], [], set()
    for i in order:
        s = spans[i]
        if (s.start, s.end) in taken:
            continue
        if any(k.start < s.start < k.end < s.end or s.start < k.start < s.end < k.end for k in kept):
            continue
        kept.append(s)
        kept_scores.append(float(scores[i]) if scores is not None else 1.0)
        taken.add((s.start, s.end))
    pairs = sorted(zip(kept, kept_scores), key=lambda p: (p[0].start, -p[0].end))
    doc.spans[MENTIONS_KEY] = [p[0] for p in pairs]
    doc.spans[MENTIONS_KEY].attrs["scores"] = [p[1] for p in pairs]
    if EVENTS_KEY not in doc.spans:
        doc.spans[EVENTS_KEY] = []
    return doc


@lru_cache(maxsize=2)
def _load_trained(path: str):
    return spacy.load(path)


def add_litbank_components(nlp, model_dir: str | Path | None = None):
    """Add the trained LitBank components to `nlp` (the small model loaded without its ner).

    After the pipeline runs, doc.spans["mentions"] holds entity mentions labelled
    KIND_TYPE and doc.spans["events"] event triggers labelled "EVENT".
    """
    path = Path(model_dir) if model_dir else MODEL_DIR
    if not (path / "config.cfg").exists():
        raise FileNotFoundError(f"the LitBank model is missing at {path}: run `make train`")
    trained = _load_trained(str(path))
    if "tagger" not in nlp.pipe_names or "attribute_ruler" not in nlp.pipe_names:
        raise ValueError("the LitBank components need the small model's tagger before them")
    if "ner" in trained.pipe_names and "ner" not in nlp.pipe_names:
        nlp.add_pipe("ner", source=trained)
    for name in COMPONENTS:
        nlp.add_pipe(name, source=trained)
    nlp.add_pipe("litbank_mentions_cleanup")
    return nlp
