"""The project's JSON Schema of the document JSON, and a validator for it."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def document_schema() -> dict[str, Any]:
    return json.loads(resources.files(__package__).joinpath("document-1.schema.json").read_text("utf-8"))


def validation_errors(data: dict[str, Any]) -> list[str]:
    """Schema errors, then span errors: every span's text must equal text[start:end]."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(document_schema())
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)]
    text = data.get("document", {}).get("text")
    if text is None:
        return errors

    def check(where: str, span: dict[str, Any]) -> None:
        if not 0 <= span["start"] <= span["end"] <= len(text):
            errors.append(f"{where}: span {span['start']}-{span['end']} outside the text")
        elif "text" in span and text[span["start"]:span["end"]] != span["text"]:
            errors.append(f"{where}: span text {span['text']!r} differs from the document text")

    for entity in data.get("entities", []):
        for mention in entity["mentions"]:
            check(f"entities/{entity['id']}", mention)
    for name in ("quotes", "times"):
        for item in data.get(name, []):
            check(f"{name}/{item['id']}", item)
    for event in data.get("events", []):
        check(f"events/{event['id']}", event["trigger"])
    for scene in data.get("scenes", []):
        check(f"scenes/{scene['id']}", scene)
    for relation in data.get("relations", []):
        check("relations", relation["evidence"])
    for finding in data.get("findings", []):
        for evidence in finding["evidence"]:
            check(f"findings/{finding['kind']}", evidence)
    return errors
