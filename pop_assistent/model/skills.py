"""The self-assessment (zelfevaluatie): skills with their levels and how the employee sees them."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field, field_validator

from pop_assistent.i18n import N_, available_languages, translate
from pop_assistent.model.common import PopModel, SkillCategory, SkillKind

NOT_RATED_NOTE = N_("Niveau nog niet opgegeven.")
"""The note of a skill whose level the employee has not given (stored in the plan's language):
its levels are placeholders, never shown as a rating."""


@lru_cache(maxsize=1)
def not_rated_notes() -> frozenset[str]:
    """NOT_RATED_NOTE in every language there is (a plan may have been written in any)."""
    return frozenset(translate(lang, NOT_RATED_NOTE) for lang in available_languages())


class SkillRating(PopModel):
    """One skill as the employee rates it: current and wanted level on a 1-5 scale."""

    skill_id: str | None = None
    label: str = Field(min_length=1, max_length=300)
    kind: SkillKind = SkillKind.technical
    current_level: int = Field(default=1, ge=1, le=5)
    wanted_level: int = Field(default=1, ge=1, le=5)
    categories: list[SkillCategory] = Field(default_factory=list)
    note: str = Field(default="", max_length=5000)

    @field_validator("categories")
    @classmethod
    def _unique_categories(cls, value: list[SkillCategory]) -> list[SkillCategory]:
        return list(dict.fromkeys(value))

    @property
    def rated(self) -> bool:
        """False while the employee has not given a level (see NOT_RATED_NOTE)."""
        return self.note not in not_rated_notes()

    @property
    def gap(self) -> int:
        """How many levels the employee wants to grow (never negative)."""
        return max(0, self.wanted_level - self.current_level)
