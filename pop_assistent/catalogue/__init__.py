"""The organisation's catalogue: loading and validating `catalogus/`, search, recommendations.

Public interface (other packages code against it):
`load_catalogue(directory, today=...) -> Catalogue`, `load_skills(directory) -> list[Skill]`,
`recommend(catalogue, goal_text=..., skill_ids=..., plan=..., today=...) -> list[Recommendation]`.

The names are imported on first use, so that a light module of this package (the YAML reader
that a helper process runs) does not pull in pydantic and the models.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pop_assistent.catalogue.advice import Recommendation, recommend
    from pop_assistent.catalogue.catalogue import Catalogue
    from pop_assistent.catalogue.loader import load_catalogue, load_skills
    from pop_assistent.catalogue.problems import Problem

_WHERE = {
    "Catalogue": "catalogue",
    "Problem": "problems",
    "Recommendation": "advice",
    "load_catalogue": "loader",
    "load_skills": "loader",
    "recommend": "advice",
}

__all__ = [
    "Catalogue",
    "Problem",
    "Recommendation",
    "load_catalogue",
    "load_skills",
    "recommend",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value
    return value
