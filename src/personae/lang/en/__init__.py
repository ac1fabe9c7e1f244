"""English language data: honorifics, nicknames, how names get garbled."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


def _rows(name: str) -> list[list[str]]:
    text = resources.files(__package__).joinpath(name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def honorifics() -> dict[str, str]:
    """Lower-case honorific (no final dot) -> gender it implies: he, she or ''."""
    return {word: ("" if gender == "-" else gender) for word, gender in _rows("honorifics.tsv")}


@lru_cache(maxsize=1)
def nicknames() -> dict[str, frozenset[str]]:
    """Lower-case nickname -> the full first names it can stand for."""
    return {nick: frozenset(full.split(",")) for nick, full in _rows("nicknames.tsv")}


@lru_cache(maxsize=1)
def variant_rules() -> dict:
    return json.loads(resources.files(__package__).joinpath("variants.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def name_parts() -> dict:
    return json.loads(resources.files(__package__).joinpath("name_parts.json").read_text("utf-8"))
