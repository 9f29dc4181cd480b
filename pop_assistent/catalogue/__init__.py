"""The organisation's catalogue: loading and validating `catalogus/`, and search.

Public interface (other packages code against it):
`load_catalogue(directory, today=...) -> Catalogue`, `load_skills(directory) -> list[Skill]`,
`Catalogue.search(query, ...)`. Advice over the catalogue lives in `pop_assistent.advice`.
"""

from __future__ import annotations

from pop_assistent.catalogue.catalogue import Catalogue
from pop_assistent.catalogue.loader import load_catalogue, load_skills
from pop_assistent.catalogue.problems import Problem

__all__ = [
    "Catalogue",
    "Problem",
    "load_catalogue",
    "load_skills",
]
