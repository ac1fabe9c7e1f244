"""The linguistic base: the runtime pipeline's tokenizer."""
from __future__ import annotations

from personae.nlp.base import load_pipeline, parse


def test_a_dash_closing_a_word_is_a_token_of_its_own():
    tokens = [t.text for t in load_pipeline().tokenizer("—Take it away —said my mother—. No, leave it.")]
    assert tokens[4:10] == ["—", "said", "my", "mother", "—", "."]
    assert [t.text for t in load_pipeline().tokenizer("I was going to—")][-2:] == ["to", "—"]


def test_a_paragraph_of_narration_opens_a_sentence_of_its_own():
    doc = parse("“Eleven children, four women, and one old man who pretends he cannot.”\n\n"
                "Cali Warsame, from under his acacia, said without opening his eyes, “The old man can read the "
                "word for maize. Leave the sack.”\n")
    said = next(t for t in doc if t.text == "said")
    assert said.sent.text.startswith("Cali Warsame")
    assert {t.text for t in said.children if t.dep_ == "nsubj"} == {"Warsame"}


def test_a_dash_run_on_to_a_quotation_mark_is_a_token_of_its_own():
    tokens = [t.text for t in load_pipeline().tokenizer('"We leave at dawn"—said Zuan—"pack the bread."')]
    assert tokens == ['"', "We", "leave", "at", "dawn", '"', "—", "said", "Zuan", "—", '"', "pack", "the", "bread",
                      ".", '"']
    assert [t.text for t in load_pipeline().tokenizer('"And the cow?"—asked Mariute.')][4:8] == ["?", '"', "—", "asked"]
