"""The organisation's catalogue: loading and validating `catalogus/`, search, recommendations.

Public interface (other packages code against it):
`load_catalogue(directory, today=...) -> Catalogue`, `load_skills(directory) -> list[Skill]`,
`recommend(catalogue, goal_text=..., skill_ids=..., plan=..., today=..., role=..., sector=...)
-> list[Recommendation]` (empty when nothing fits), `closest_skills(catalogue, goal_text=...,
plan=...) -> list[Skill]` (what to ask about then).
"""

from __future__ import annotations

from pop_assistent.catalogue.advice import Recommendation, closest_skills, recommend
from pop_assistent.catalogue.catalogue import Catalogue
from pop_assistent.catalogue.loader import load_catalogue, load_skills
from pop_assistent.catalogue.problems import Problem

__all__ = [
    "Catalogue",
    "Problem",
    "Recommendation",
    "closest_skills",
    "load_catalogue",
    "load_skills",
    "recommend",
]
