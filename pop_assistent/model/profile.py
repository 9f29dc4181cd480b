"""The employee and the occasion (aanleiding) that starts a plan."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field, field_validator
from pydantic_core import PydanticCustomError

from pop_assistent.i18n import SOURCE_LANGUAGE, Language, available_languages, language
from pop_assistent.model.common import ActionType, PopModel


class OccasionKind(StrEnum):
    """The four situations of the source document that prompt a plan."""

    performance_review = "performance_review"  # functioneringsgesprek
    career_project = "career_project"  # loopbaanproject
    organisational_change = "organisational_change"  # organisatieverandering / nieuwe technologie
    continuous_development = "continuous_development"  # continue ontwikkeling


class CareerProject(StrEnum):
    """The kind of career project, when the occasion is one."""

    promotion = "promotion"  # promotie
    internal_mobility = "internal_mobility"  # interne mobiliteit
    external_mobility = "external_mobility"  # externe mobiliteit
    reskilling = "reskilling"  # omscholing


class Employee(PopModel):
    """Who the plan belongs to, and the time they have for learning."""

    name: str = Field(min_length=1, max_length=200)
    role: str = Field(default="", max_length=200)
    role_profile_id: str | None = None
    department: str = Field(default="", max_length=200)
    manager: str = Field(default="", max_length=200)
    coach: str = Field(default="", max_length=200)
    hours_per_week: float = Field(default=0.0, ge=0, le=40)
    fte: float = Field(default=1.0, gt=0, le=1)
    language: Language = SOURCE_LANGUAGE
    """The plan's language: Dutch or any language with a catalogue here."""
    preferred_types: list[ActionType] = Field(default_factory=list)
    budget_eur: float | None = Field(default=None, ge=0)

    @field_validator("language", mode="before")
    @classmethod
    def _known_language(cls, value: object) -> Language:
        try:
            return language(str(value))
        except ValueError:  # said as "moet een van deze waarden zijn: nl, en"
            expected = ", ".join(available_languages())
            raise PydanticCustomError("enum", "not a language", {"expected": expected}) from None

    @field_validator("name")
    @classmethod
    def _name_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise PydanticCustomError("string_too_short", "mag niet leeg zijn")
        return value


class Occasion(PopModel):
    """Why the plan is made now (aanleiding)."""

    kind: OccasionKind = OccasionKind.continuous_development
    career_project: CareerProject | None = None
    description: str = Field(default="", max_length=5000)
