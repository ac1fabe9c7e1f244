"""Readers for the LitBank corpus (entities, PROP/NOM kinds, event triggers) and its folds.

LitBank (Bamman, Popat and Shen 2019; Sims, Park and Bamman 2019; Bamman, Lewke and
Mansoor 2020), CC BY 4.0. The annotated texts are pre-tokenised: one sentence a line,
tokens separated by single spaces; .ann offsets are character offsets into that text.

The test fold is the 27 texts whose file name starts with a number ending in 0 or 5.
Nothing in training or tuning may read them.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

ENTITY_TYPES = ("PER", "LOC", "GPE", "FAC", "ORG", "VEH")
KINDS = ("PROP", "NOM")


def _default_root() -> Path:
    """$PERSONAE_LITBANK, else shared/data/litbank beside the repository, else /work/shared/..."""
    if os.environ.get("PERSONAE_LITBANK"):
        return Path(os.environ["PERSONAE_LITBANK"])
    here = Path(__file__).resolve()
    for cand in (here.parents[3].parent / "shared" / "data" / "litbank",
                 Path.cwd().parent / "shared" / "data" / "litbank",
                 Path("/work/shared/data/litbank")):
        if (cand / "entities").is_dir():
            return cand
    return Path("/work/shared/data/litbank")


DEFAULT_ROOT = _default_root()

# Held-out dev texts (taken from the 73 non-test texts) used to choose settings.
DEV_FOLD = (
    "1023_bleak_house",
    "113_the_secret_garden",
    "1342_pride_and_prejudice",
    "2084_the_way_of_all_flesh",
    "32_herland",
    "4217_a_portrait_of_the_artist_as_a_young_man",
    "76_adventures_of_huckleberry_finn",
    "8867_the_magnificent_ambersons",
)


def is_test(name: str) -> bool:
    """True for a test-fold text: its file name starts with a number ending in 0 or 5."""
    m = re.match(r"(\d+)", Path(name).name)
    return bool(m) and m.group(1)[-1] in "05"


@dataclass
class Mention:
    start: int
    end: int
    type: str  # PER LOC GPE FAC ORG VEH
    kind: str  # PROP or NOM

    @property
    def label(self) -> str:
        return f"{self.kind}_{self.type}"


@dataclass
class LitBankDoc:
    name: str
    text: str
    mentions: list[Mention] = field(default_factory=list)
    events: list[tuple[int, int]] = field(default_factory=list)

    def tokens(self) -> list[list[tuple[int, int, str]]]:
        """Sentences as lists of (start, end, word) with char offsets into `text`."""
        out, pos = [], 0
        for line in self.text.split("\n"):
            sent, p = [], pos
            for w in line.split(" "):
                if w:
                    sent.append((p, p + len(w), w))
                p += len(w) + 1
            if sent:
                out.append(sent)
            pos += len(line) + 1
        return out


def _read_ann(path: Path) -> list[tuple[str, int, int, str]]:
    """The text-bound annotations of a brat .ann file: (label, start, end, surface)."""
    out = []
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("T"):
            continue
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        head = parts[1].split(" ")
        if ";" in parts[1]:  # discontinuous: keep first fragment only
            head = parts[1].split(";")[0].split(" ")
        out.append((head[0], int(head[1]), int(head[2]), parts[2]))
    return out


def doc_names(root: Path | str = DEFAULT_ROOT) -> list[str]:
    root = Path(root)
    return sorted(p.name[: -len("_brat.txt")] for p in (root / "entities" / "brat").glob("*_brat.txt"))


def fold(split: str, root: Path | str = DEFAULT_ROOT) -> list[str]:
    """Names in a fold: 'test' (27), 'train' (73 non-test), 'dev' (DEV_FOLD), 'train-dev' (train minus dev)."""
    names = doc_names(root)
    if split == "test":
        return [n for n in names if is_test(n)]
    train = [n for n in names if not is_test(n)]
    if split == "train":
        return train
    if split == "dev":
        return [n for n in train if n in DEV_FOLD]
    if split == "train-dev":
        return [n for n in train if n not in DEV_FOLD]
    raise ValueError(split)


def read_doc(name: str, root: Path | str = DEFAULT_ROOT) -> LitBankDoc:
    """One LitBank text with its gold entity mentions (PROP/NOM from coref) and event triggers."""
    root = Path(root)
    text = (root / "entities" / "brat" / f"{name}_brat.txt").read_text(encoding="utf-8")
    kinds: dict[tuple[int, int], str] = {}
    for label, s, e, _ in _read_ann(root / "coref" / "brat" / f"{name}_brat.ann"):
        kind = label.split("_", 1)[0]
        if kind in KINDS:
            kinds.setdefault((s, e), kind)
    mentions, seen = [], set()
    for label, s, e, surface in _read_ann(root / "entities" / "brat" / f"{name}_brat.ann"):
        if label not in ENTITY_TYPES or (s, e, label) in seen:
            continue
        seen.add((s, e, label))
        kind = kinds.get((s, e))
        if kind is None:  # no coref record: a capitalised head is a name
            kind = "PROP" if surface[:1].isupper() and not surface.lower().startswith(("the ", "a ", "an ")) else "NOM"
        mentions.append(Mention(s, e, label, kind))
    ev_path = root / "events" / "brat" / f"{name}_brat.txt"
    events = []
    if ev_path.exists() and ev_path.read_text(encoding="utf-8") == text:
        events = sorted({(s, e) for label, s, e, _ in _read_ann(root / "events" / "brat" / f"{name}_brat.ann")
                         if label == "EVENT"})
    mentions.sort(key=lambda m: (m.start, -m.end))
    return LitBankDoc(name, text, mentions, events)


def read_fold(split: str, root: Path | str = DEFAULT_ROOT) -> list[LitBankDoc]:
    return [read_doc(n, root) for n in fold(split, root)]


def gold_entity_sets(doc: LitBankDoc) -> set[tuple[int, int, str]]:
    """(start, end, KIND_TYPE) for the scorer."""
    return {(m.start, m.end, m.label) for m in doc.mentions}


def gold_event_sets(doc: LitBankDoc) -> set[tuple[int, int, str]]:
    return {(s, e, "EVENT") for s, e in doc.events}
