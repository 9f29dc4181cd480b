"""The JSON Schema of a leermiddelen file, for editors that validate YAML while you type."""

from __future__ import annotations

import json
from typing import Any

from pop_assistent.model.catalogue import CatalogueItem


def items_schema() -> dict[str, Any]:
    """A schema for a file holding a list of resources (Dutch keys)."""
    item = CatalogueItem.model_json_schema(by_alias=True, mode="validation")
    defs = item.pop("$defs", {})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://pop-assistent.local/catalogus/leermiddelen.schema.json",
        "title": "Leermiddelen (POP-assistent)",
        "description": (
            "Een lijst van leermiddelen. Gebruik in je editor bv. de regel "
            "'# yaml-language-server: $schema=../schema.json' bovenaan het bestand."
        ),
        "type": "array",
        "items": {"$ref": "#/$defs/CatalogueItem"},
        "$defs": {**defs, "CatalogueItem": item},
    }


def schema_text() -> str:
    """The schema as pretty JSON text."""
    return json.dumps(items_schema(), ensure_ascii=False, indent=2) + "\n"
