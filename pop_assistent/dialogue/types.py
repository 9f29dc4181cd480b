"""The walk-through's steps and the structured answers it takes.

The contract every front end reads (Reply, Choice, Widget, Where) is in
`pop_assistent.conversation.contract`; it is re-exported here for the walk-through's callers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from pop_assistent.conversation.contract import Choice, Reply, Where, Widget
from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, translate
from pop_assistent.model import SignerRole, SkillRating

__all__ = [
    "STEP_ORDER",
    "Choice",
    "Reply",
    "ResourcesAnswer",
    "SignOffAnswer",
    "SkillsAnswer",
    "Step",
    "StructuredAnswer",
    "Where",
    "Widget",
    "step_of",
    "step_title",
]


class Step(StrEnum):
    """The steps of the walk-through, in order."""

    occasion = "occasion"  # aanleiding: why now, role, hours per week
    self_assessment = "self_assessment"  # zelfevaluatie
    goals = "goals"  # doelen, SMART-checked
    training_check = "training_check"  # is opleiding het antwoord?
    resources = "resources"  # leermiddelen uit de catalogus
    planning = "planning"  # planning en werklast
    results = "results"  # resultaat borgen
    overview = "overview"  # het plan, klaar om te exporteren


STEP_ORDER: tuple[Step, ...] = tuple(Step)


def step_of(key: str) -> Step:
    """The step a stored key names; the first step for a key no version wrote."""
    try:
        return Step(key)
    except ValueError:
        return Step.occasion


STEP_TITLES: dict[Step, str] = {
    Step.occasion: N_("Aanleiding"),
    Step.self_assessment: N_("Zelfevaluatie"),
    Step.goals: N_("Doelen"),
    Step.training_check: N_("Is opleiding het antwoord?"),
    Step.resources: N_("Leermiddelen"),
    Step.planning: N_("Planning"),
    Step.results: N_("Resultaat borgen"),
    Step.overview: N_("Overzicht"),
}


def step_title(step: Step, lang: Language = SOURCE_LANGUAGE) -> str:
    """The step's name as the user reads it."""
    return translate(lang, STEP_TITLES[step])


@dataclass(frozen=True)
class SkillsAnswer:
    """The skill rater's result: the full self-assessment list replaces the plan's skills."""

    skills: list[SkillRating] = field(default_factory=list)


@dataclass(frozen=True)
class ResourcesAnswer:
    """The catalogue picker's result: catalogue ids chosen for one goal (None: current goal)."""

    catalogue_ids: list[str] = field(default_factory=list)
    goal_id: str | None = None


@dataclass(frozen=True)
class SignOffAnswer:
    """A signature by the employee and/or the co-signer (manager or coach), as typed."""

    employee_name: str = ""
    coach_name: str = ""
    """The co-signer's name."""
    co_signer: SignerRole = SignerRole.manager
    """Whether the co-signer signs as the manager (leidinggevende) or as a coach."""


StructuredAnswer = SkillsAnswer | ResourcesAnswer | SignOffAnswer
