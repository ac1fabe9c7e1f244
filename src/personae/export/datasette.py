"""Datasette metadata: titles, descriptions and column notes for every table of a store.

`datasette personae.db -m metadata.json` then shows a documented database whose
passages and quotations are searchable (the store keeps their FTS5 indexes).
"""
from __future__ import annotations

from typing import Any

from personae.export.csv import table_columns

TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "documents": ("One row per analysed text (keyed by a hash of its content).", {
        "id": "Stable id derived from the text's SHA-256", "title": "Title, when the input had one",
        "source": "The path or name it was read from", "text": "The plain text all offsets point into",
        "json": "The whole document JSON (personae/document@1)", "n_tokens": "Tokens in the text",
        "n_sentences": "Sentences in the text", "added": "When it was stored (UTC)"}),
    "entities": ("People, places, organisations and other named things, one row per entity.", {
        "id": "Entity id within its document (E1, E2, ...)", "type": "PER, LOC, GPE, FAC, ORG, VEH, WORK or OTHER",
        "name": "Canonical name: the fullest proper name used", "is_narrator": "1 for the first-person narrator",
        "gender": "Pronouns used for the entity: he, she, they or unknown",
        "n_mentions": "How often the entity is mentioned"}),
    "aliases": ("Every name an entity goes by.", {
        "text": "The name as written", "count": "How often it is used",
        "variant": "1 when it looks like a misspelling or transliteration of another alias"}),
    "mentions": ("Each place in the text where an entity is mentioned.", {
        "start": "Character offset into documents.text", "end": "End offset (exclusive)",
        "kind": "PROP (a name), NOM (a description) or PRON (a pronoun)"}),
    "quotes": ("Quotations, with who said them to whom.", {
        "speaker": "Entity id of the speaker (empty when unknown)", "addressees": "JSON list of entity ids",
        "kind": "speech, thought, written or mention", "attribution": "explicit, anaphoric or implicit",
        "confidence": "0 to 1"}),
    "times": ("Time expressions, normalised TIMEX3-style.", {
        "value": "Normalised value such as 1939, 1937-09 or XXXX-WXX-6"}),
    "events": ("Events, each with its trigger word and participants.", {
        "sentence": "Sentence number", "trigger": "The word that reports the event",
        "participants": "JSON list of {entity, role}", "place": "Entity id of the place",
        "time": "Id of the time expression"}),
    "relations": ("Relations between entities (sibling_of, spouse_of, works_for, ...).", {
        "subject": "Entity id", "predicate": "The relation", "object": "Entity id",
        "start": "Offset of the evidence", "end": "End of the evidence"}),
    "findings": ("Things for an editor to check: name variants, conflicting facts, ...", {
        "kind": "name_variant, conflicting_fact, ...", "entities": "JSON list of entity ids",
        "evidence": "JSON list of {start, end}"}),
    "passages": ("The text split into paragraphs, for reading and full-text search.", {
        "n": "Paragraph number", "text": "The paragraph"}),
    "meta": ("Facts about the store itself.", {}),
}
COMMON = {"doc_id": "The document (documents.id)", "entity_id": "The entity (entities.id)",
          "start": "Character offset into documents.text", "end": "End offset (exclusive)",
          "text": "The text of the span"}
SEARCHABLE = {"passages": "passages_fts", "quotes": "quotes_fts"}


def datasette_metadata(database: str = "personae") -> dict[str, Any]:
    """metadata.json for `datasette DATABASE.db -m metadata.json` (database: the file's stem)."""
    columns = table_columns()
    tables: dict[str, Any] = {}
    for table, names in columns.items():
        description, notes = TABLES.get(table, ("", {}))
        entry: dict[str, Any] = {"description": description,
                                 "columns": {c: notes.get(c) or COMMON.get(c, "") for c in names}}
        if table in SEARCHABLE:
            entry.update(fts_table=SEARCHABLE[table], fts_pk="rowid")
        tables[table] = entry
    for fts in SEARCHABLE.values():
        tables[fts] = {"hidden": True}        # reached through the search box of its table
    return {"title": "personae", "description": "People, speech, times and events read from narrative text, "
            "each fact pointing back into the text by character offsets.",
            "databases": {database: {"tables": tables}}}
