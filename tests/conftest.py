"""Shared fixtures: the spaCy pipeline is loaded once per test session."""
from __future__ import annotations

import pytest

from personae import analyze_text


@pytest.fixture(scope="session")
def analyse():
    """analyse(text) -> Document, cached by text so tests can share results."""
    cache = {}

    def run(text: str, **options):
        key = (text, tuple(sorted(options.items())))
        if key not in cache:
            cache[key] = analyze_text(text, **options)
        return cache[key]
    return run
