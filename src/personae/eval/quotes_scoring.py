"""Scoring quotation speakers against LitBank's gold quotations.

LitBank's quotations/tsv/NAME_brat.ann holds QUOTE lines (sentence and token
offsets, end token inclusive, into the tokenised NAME_brat.txt) and ATTRIB
lines naming each quote's speaker by a coreference entity id; coref/tsv/NAME_brat.ann
gives that entity's mentions (MENTION lines, same offsets) and COREF lines
(mention id -> entity id).

The measure, speaker accuracy, is over all gold quotations:

- each predicted entity is aligned to one gold coreference cluster: the one with
  the most mentions that *agree* with the entity's mentions outside every
  predicted quote (two spans agree when they overlap and end at the same
  character, so "Mr. Bennet" agrees with "Bennet" and "his" does not agree with
  "his wife"). Mentions inside predicted quotes are left out because the
  speakers stage derives them (the I inside a quote) from its own attribution;
  counting them would make any attribution look right;
- a gold quote is matched to the predicted quote (any kind) that overlaps it by
  the most characters; a gold quote no predicted quote overlaps is wrong;
- it is right when the matched quote's speaker entity is aligned to the gold
  speaker's cluster.

It is also reported apart for the gold quotes whose matched predicted quote was
attributed `explicit` and for all the others (other attributions, no speaker,
no matching quote). Only predicted quotes and entities are read from the
Document: nothing gold goes into the analysis.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from personae.eval.litbank_data import DEFAULT_ROOT
from personae.eval.paragraphs import Paragraphed
from personae.model import Document


@dataclass
class GoldQuote:
    id: str
    start: int
    end: int
    speaker: str | None


@dataclass
class GoldQuotations:
    """One LitBank text's tokenised text, its gold quotes and the speakers' coreference clusters."""
    name: str
    text: str
    quotes: list[GoldQuote]
    clusters: dict[str, list[tuple[int, int]]]


def token_offsets(text: str) -> list[list[tuple[int, int]]]:
    """Per sentence line, the (start, end) char offsets of each space-separated token."""
    rows, pos = [], 0
    for line in text.split("\n"):
        row, p = [], pos
        for word in line.split(" "):
            row.append((p, p + len(word)))
            p += len(word) + 1
        rows.append(row)
        pos += len(line) + 1
    return rows


def _span(rows, s1: str, t1: str, s2: str, t2: str) -> tuple[int, int]:
    return rows[int(s1)][int(t1)][0], rows[int(s2)][int(t2)][1]


def read_gold_quotations(name: str, root: Path | str = DEFAULT_ROOT) -> GoldQuotations:
    root = Path(root)
    text = (root / "quotations" / "tsv" / f"{name}_brat.txt").read_text(encoding="utf-8")
    rows = token_offsets(text)
    spans, speakers = {}, {}
    for line in (root / "quotations" / "tsv" / f"{name}_brat.ann").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0] == "QUOTE":
            spans[parts[1]] = _span(rows, *parts[2:6])
        elif parts[0] == "ATTRIB":
            speakers[parts[1]] = parts[2]
    quotes = sorted((GoldQuote(qid, s, e, speakers.get(qid)) for qid, (s, e) in spans.items()),
                    key=lambda q: q.start)
    mentions, clusters = {}, {}
    for line in (root / "coref" / "tsv" / f"{name}_brat.ann").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0] == "MENTION":
            mentions[parts[1]] = _span(rows, *parts[2:6])
        elif parts[0] == "COREF" and parts[1] in mentions:
            clusters.setdefault(parts[2], []).append(mentions[parts[1]])
    return GoldQuotations(name, text, quotes, clusters)


def restore_paragraphs(gold: GoldQuotations, para: Paragraphed) -> GoldQuotations:
    """The same gold on the text with its book's paragraph breaks (`para`, eval.paragraphs, made
    from the same tokenised text)."""
    if para.source != gold.text:
        raise ValueError(f"{gold.name}: the paragraphs were restored on another text")
    quotes = [GoldQuote(q.id, *para.span(q.start, q.end), q.speaker) for q in gold.quotes]
    clusters = {c: [para.span(s, e) for s, e in spans] for c, spans in gold.clusters.items()}
    return GoldQuotations(gold.name, para.text, quotes, clusters)


def _agree(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1] and a[1] == b[1]


def align_entities(gold: GoldQuotations, doc: Document) -> dict[str, str]:
    """Predicted entity id -> the gold cluster sharing most agreeing mentions (outside quotes)."""
    import bisect

    by_end: dict[int, list[tuple[int, str]]] = {}
    for cluster, spans in gold.clusters.items():
        for start, end in spans:
            by_end.setdefault(end, []).append((start, cluster))
    quotes = sorted((q.start, q.end) for q in doc.quotes)
    starts = [s for s, _ in quotes]

    def inside_quote(offset: int) -> bool:
        k = bisect.bisect_right(starts, offset) - 1
        return k >= 0 and offset < quotes[k][1]

    aligned = {}
    for entity in doc.entities:
        votes: dict[str, int] = {}
        for m in entity.mentions:
            if inside_quote(m.start):
                continue
            for start, cluster in set(by_end.get(m.end, ())):
                if _agree((m.start, m.end), (start, m.end)):
                    votes[cluster] = votes.get(cluster, 0) + 1
        if votes:
            aligned[entity.id] = max(sorted(votes), key=lambda c: votes[c])
    return aligned


def quote_outcomes(gold: GoldQuotations, doc: Document) -> list[tuple[GoldQuote, object, bool]]:
    """For each gold quote: the matched predicted quote (or None) and whether its speaker is right."""
    if doc.text != gold.text:
        raise ValueError(f"{gold.name}: the document was not analysed from the gold tokenised text")
    aligned = align_entities(gold, doc)
    out = []
    for q in gold.quotes:
        pred = matched_quote(q, doc)
        right = bool(pred is not None and pred.speaker and q.speaker
                     and aligned.get(pred.speaker) == q.speaker)
        out.append((q, pred, right))
    return out


def score_speakers(gold: GoldQuotations, doc: Document) -> dict[str, int]:
    """Counts: n, correct, found, and n/correct again for explicit (n_explicit, ...) and other quotes,
    and per stated confidence of the matched quote's speaker (n@0.90, correct@0.90, ...)."""
    counts = dict(n=0, correct=0, n_explicit=0, correct_explicit=0, n_other=0, correct_other=0,
                  found=0)
    for _, pred, right in quote_outcomes(gold, doc):
        counts["found"] += pred is not None
        group = "explicit" if pred is not None and pred.attribution == "explicit" else "other"
        counts["n"] += 1
        counts["correct"] += right
        counts["n_" + group] += 1
        counts["correct_" + group] += right
        if pred is not None and pred.speaker:
            level = f"{pred.confidence:.2f}"
            counts["n@" + level] = counts.get("n@" + level, 0) + 1
            counts["correct@" + level] = counts.get("correct@" + level, 0) + right
    return counts


def calibration(counts: dict[str, int]) -> list[tuple[float, int, float]]:
    """(stated confidence, quotes given it, share right), most confident first."""
    levels = sorted((float(key[2:]) for key in counts if key.startswith("n@")), reverse=True)
    return [(level, counts[f"n@{level:.2f}"], counts[f"correct@{level:.2f}"] / counts[f"n@{level:.2f}"])
            for level in levels]


def matched_quote(q: GoldQuote, doc: Document):
    """The predicted quote overlapping a gold quote by the most characters, or None."""
    best, best_overlap = None, 0
    for p in doc.quotes:
        overlap = min(q.end, p.end) - max(q.start, p.start)
        if overlap > best_overlap:
            best, best_overlap = p, overlap
    return best


def accuracy(counts: dict[str, int]) -> dict[str, float | None]:
    """Speaker accuracy overall, on explicit and on other quotes (None where there are none)."""
    def ratio(c, n):
        return counts[c] / counts[n] if counts[n] else None
    return {"speaker_accuracy": ratio("correct", "n"),
            "explicit_accuracy": ratio("correct_explicit", "n_explicit"),
            "other_accuracy": ratio("correct_other", "n_other"),
            "quote_recall": ratio("found", "n")}


def add_counts(total: dict[str, int], counts: dict[str, int]) -> dict[str, int]:
    for key, value in counts.items():
        total[key] = total.get(key, 0) + value
    return total
