"""The organisation's catalogue: loading and validating `catalogus/`, search, recommendations.

Public interface (other packages code against it):
`load_catalogue(directory, today=...) -> Catalogue`, `load_skills(directory) -> list[Skill]`,
`recommend(catalogue, goal_text=..., skill_ids=..., plan=..., today=...) -> list[Recommendation]`.
"""

from __future__ import annotations

from pop_assistent.catalogue.advice import Recommendation, recommend
from pop_assistent.catalogue.catalogue import Catalogue
from pop_assistent.catalogue.loader import load_catalogue, load_skills
from pop_assistent.catalogue.problems import Problem

__all__ = ["Catalogue", "Problem", "Recommendation", "load_catalogue", "load_skills", "recommend"]
