"""The JSON Schema of a leermiddelen file, for editors that validate YAML while you type.

The file is a list of resources; the entries of vaardigheden.yaml and functieprofielen.yaml are
described under `$defs` (Vaardigheid, Functieprofiel) so that HR finds every field in one place.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from pop_assistent.catalogue.entries import SkillEntry
from pop_assistent.model.catalogue import CatalogueItem, RoleProfile


def _model_schema(model: type[BaseModel], defs: dict[str, Any]) -> dict[str, Any]:
    """A model's schema with Dutch keys; its nested definitions go into `defs`."""
    schema = model.model_json_schema(by_alias=True, mode="validation")
    defs.update(schema.pop("$defs", {}))
    return schema


def items_schema() -> dict[str, Any]:
    """A schema for a file holding a list of resources (Dutch keys)."""
    defs: dict[str, Any] = {}
    item = _model_schema(CatalogueItem, defs)
    skill = _model_schema(SkillEntry, defs)
    role = _model_schema(RoleProfile, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://pop-assistent.local/catalogus/leermiddelen.schema.json",
        "title": "Leermiddelen (POP-assistent)",
        "description": (
            "Een lijst van leermiddelen. Gebruik in je editor bv. de regel "
            "'# yaml-language-server: $schema=../schema.json' bovenaan het bestand. "
            "De velden van vaardigheden.yaml en functieprofielen.yaml staan onder $defs "
            "(Vaardigheid, Functieprofiel)."
        ),
        "type": "array",
        "items": {"$ref": "#/$defs/CatalogueItem"},
        "$defs": {**defs, "CatalogueItem": item, "Vaardigheid": skill, "Functieprofiel": role},
    }


def schema_text() -> str:
    """The schema as pretty JSON text."""
    return json.dumps(items_schema(), ensure_ascii=False, indent=2) + "\n"
