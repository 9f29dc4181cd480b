"""Advice: which resources of the catalogue serve a goal, for this person, or honestly none.

Public interface (other packages code against it):
`recommend(catalogue, goal_text=..., skill_ids=..., plan=..., today=..., role=..., sector=...)
-> list[Recommendation]` (empty when nothing fits), `closest_skills(catalogue, goal_text=...,
plan=...) -> list[Skill]` (what to ask about then), `warm(catalogue)` (load what the first
advice needs, in a background worker).
"""

from __future__ import annotations

from pop_assistent.advice.advice import Recommendation, closest_skills, recommend
from pop_assistent.advice.relevance import warm

__all__ = ["Recommendation", "closest_skills", "recommend", "warm"]
