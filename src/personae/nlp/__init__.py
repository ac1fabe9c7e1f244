"""The linguistic base: spaCy tokens, sentences, parse, and the trained LitBank layers."""
from personae.nlp.base import load_pipeline, parse

__all__ = ["load_pipeline", "parse"]
