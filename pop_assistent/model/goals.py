"""Goals (doelen) and their SMART judgement."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, translate
from pop_assistent.model.common import GoalStatus, PopModel, new_id

SMART_KEYS: tuple[str, ...] = ("specific", "measurable", "achievable", "relevant", "time_bound")
"""The five criteria in S-M-A(R)-R-T order; also the keys of `pop smart --json`."""
SMART_NAMES: dict[str, str] = {
    "specific": N_("Specifiek"),
    "measurable": N_("Meetbaar"),
    "achievable": N_("Realistisch"),
    "relevant": N_("Relevant"),
    "time_bound": N_("Tijdgebonden"),
}
"""The criteria's names (msgids)."""


def smart_name(key: str, lang: Language = SOURCE_LANGUAGE) -> str:
    """'Realistisch' / 'Achievable': a criterion's name in the reader's language."""
    return translate(lang, SMART_NAMES[key])


def smart_letter(key: str, lang: Language = SOURCE_LANGUAGE) -> str:
    """The criterion's letter in the acronym: S M A R T in every language (a Dutch badge
    read 'S M R R T' when the letters came from the names Realistisch and Relevant); the
    name itself (`smart_name`) says what the letter stands for in the reader's language."""
    del lang  # the acronym is the same in every language the product speaks
    return "SMART"[SMART_KEYS.index(key)]


class SmartCriterion(PopModel):
    """One SMART letter: met (True, False, or None when not judged yet), why, and how to fix."""

    met: bool | None = None
    reason: str = ""
    question: str = ""
    employee_only: bool = False
    """True when the reason is a remark to the employee ("Ik zie geen verband ..."): documents
    for the manager leave it out."""


class SmartResult(PopModel):
    """The judgement of a goal on the five SMART criteria."""

    specific: SmartCriterion = Field(default_factory=SmartCriterion)
    measurable: SmartCriterion = Field(default_factory=SmartCriterion)
    achievable: SmartCriterion = Field(default_factory=SmartCriterion)
    relevant: SmartCriterion = Field(default_factory=SmartCriterion)
    time_bound: SmartCriterion = Field(default_factory=SmartCriterion)
    deadline: date | None = None

    def criteria(self) -> list[tuple[str, SmartCriterion]]:
        """The five criteria in order, as (key, criterion)."""
        return [(key, getattr(self, key)) for key in SMART_KEYS]

    def missing(self) -> list[str]:
        """Keys of the criteria that are judged not met."""
        return [key for key, crit in self.criteria() if crit.met is False]

    @property
    def all_met(self) -> bool:
        """True when no criterion is judged as missing."""
        return not self.missing()


class Goal(PopModel):
    """A development goal, tied to a professional project, with its SMART judgement."""

    id: str = Field(default_factory=lambda: new_id("g"))
    text: str = Field(min_length=1, max_length=5000)
    skill_ids: list[str] = Field(default_factory=list)
    career_project: str = Field(default="", max_length=2000)
    """The professional project the goal serves."""
    relevance: str = Field(default="", max_length=2000)
    """Why the goal matters for the work (the answer to the Relevant question)."""
    measure: str = Field(default="", max_length=2000)
    """How achieving it will be seen (the answer to the Measurable question)."""
    deadline: date | None = None
    deadline_text: str = Field(default="", max_length=500)
    smart: SmartResult | None = None
    kept_with_warning: bool = False
    training_is_answer: bool | None = None
    alternative_solution: str = Field(default="", max_length=5000)
    status: GoalStatus = GoalStatus.open
