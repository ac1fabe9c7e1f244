"""The linguistic base: the runtime pipeline's tokenizer."""
from __future__ import annotations

from personae.nlp.base import load_pipeline


def test_a_dash_closing_a_word_is_a_token_of_its_own():
    tokens = [t.text for t in load_pipeline().tokenizer("—Take it away —said my mother—. No, leave it.")]
    assert tokens[4:10] == ["—", "said", "my", "mother", "—", "."]
    assert [t.text for t in load_pipeline().tokenizer("I was going to—")][-2:] == ["to", "—"]
