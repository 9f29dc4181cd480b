"""The vocabulary between the dialogue engine and any front end (TUI, tests, a future web page).

The engine takes free text or one of the structured answers below and returns a `Reply`:
the assistant's next message (Markdown rendered from prompts/) plus hints on which widget fits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from pop_assistent.model import SkillRating


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

STEP_TITLES: dict[Step, tuple[str, str]] = {
    Step.occasion: ("Aanleiding", "Occasion"),
    Step.self_assessment: ("Zelfevaluatie", "Self-assessment"),
    Step.goals: ("Doelen", "Goals"),
    Step.training_check: ("Is opleiding het antwoord?", "Is training the answer?"),
    Step.resources: ("Leermiddelen", "Learning resources"),
    Step.planning: ("Planning", "Planning"),
    Step.results: ("Resultaat borgen", "Securing results"),
    Step.overview: ("Overzicht", "Overview"),
}


def step_title(step: Step, lang: str = "nl") -> str:
    """The step's name as the user reads it."""
    nl, en = STEP_TITLES[step]
    return en if lang == "en" else nl


class Widget(StrEnum):
    """Which structured input fits the current question best (the front end may ignore it)."""

    text = "text"
    choices = "choices"
    skill_rater = "skill_rater"
    catalogue_picker = "catalogue_picker"
    timeline = "timeline"
    date = "date"
    sign_off = "sign_off"


@dataclass(frozen=True)
class Choice:
    """A quick answer the user can pick instead of typing; `value` is sent back as text."""

    label: str
    value: str


@dataclass(frozen=True)
class Reply:
    """What the assistant says after an input."""

    message: str
    step: Step
    widget: Widget = Widget.text
    choices: tuple[Choice, ...] = ()
    warnings: tuple[str, ...] = ()
    saved_version: int | None = None
    finished: bool = False


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
    """A signature by the employee and/or coach, with the names as typed."""

    employee_name: str = ""
    coach_name: str = ""


StructuredAnswer = SkillsAnswer | ResourcesAnswer | SignOffAnswer
