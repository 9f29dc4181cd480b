"""Shared base model and the small enumerations every part of the plan uses."""

from __future__ import annotations

import secrets
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationInfo, field_validator

from pop_assistent.i18n import Language
from pop_assistent.model import clean


class StrictModel(BaseModel):
    """Unknown keys are refused, assignments are validated."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class PopModel(StrictModel):
    """Base for every model of a plan: strict, and every text on its way in is cleaned
    (model/clean.py), so no exporter meets a lone surrogate, a non-character or a control
    character. (The catalogue's models are StrictModels: their text is cleaned where it is
    shown, by export/sanitize.py, which keeps loading 50,000 items fast.)"""

    @field_validator("*", mode="before")
    @classmethod
    def _clean_text(cls, value: Any, info: ValidationInfo) -> Any:
        # A field validator, not a model one: pydantic runs it on assignment too. Plain
        # printable text, numbers, dates and nested models' data return at once; a copy of a
        # plan that was already clean (INTERNAL_COPY) is not cleaned again.
        kind = value.__class__
        if kind is str:
            return value if value.isprintable() else clean.clean_text(value)
        if (kind is list or kind is dict) and info.context is not INTERNAL_COPY:
            return clean.clean_field(value)
        return clean.clean_text(value) if isinstance(value, str) else value  # a str subclass


INTERNAL_COPY: dict[str, bool] = {"internal_copy": True}
"""Validation context for data dumped from a plan in memory (undo snapshots, the rule check
before a save): its text was cleaned on the way in, so only the rules run again."""


def new_id(prefix: str) -> str:
    """A short random id such as `g-3f9a1c`; unique enough within one plan."""
    return f"{prefix}-{secrets.token_hex(3)}"


class SkillKind(StrEnum):
    """Technical (vakinhoudelijk) or behavioural (gedragsmatig) skill."""

    technical = "technical"
    behavioural = "behavioural"


class SkillCategory(StrEnum):
    """How the employee sees a skill in the self-assessment (zelfevaluatie)."""

    strength = "strength"  # sterkte
    to_improve = "to_improve"  # te verbeteren
    obsolete = "obsolete"  # niet meer nodig
    transferable = "transferable"  # overdraagbaar


class ActionType(StrEnum):
    """The five kinds of learning means of the source document."""

    internal = "internal"  # interne opleiding
    external_certified = "external_certified"  # externe opleiding met certificaat
    online = "online"  # MOOC / online zelfstudie
    event = "event"  # workshop / seminarie / conferentie
    coaching = "coaching"  # coaching / mentorschap / on-the-job


class ActionStatus(StrEnum):
    """Where an action stands."""

    not_started = "not_started"  # niet gestart
    in_progress = "in_progress"  # bezig
    done = "done"  # afgerond
    cancelled = "cancelled"  # geannuleerd


class ActionOrigin(StrEnum):
    """Why an action is in the plan; drives the training plan's priority clusters."""

    own_wish = "own_wish"  # eigen wens -> cluster d (werkvloer)
    manager_proposal = "manager_proposal"  # voorgesteld door leidinggevende -> cluster c
    organisation_goal = "organisation_goal"  # organisatiedoel -> cluster a (strategisch)
    legal_duty = "legal_duty"  # wettelijke plicht -> cluster b


class GoalStatus(StrEnum):
    """Life cycle of a goal."""

    open = "open"
    achieved = "achieved"  # behaald
    dropped = "dropped"  # geschrapt


class SignerRole(StrEnum):
    """Who signs the plan."""

    employee = "employee"  # medewerker
    coach = "coach"
    manager = "manager"  # leidinggevende


LABELS_NL: dict[str, str] = {
    "technical": "technisch",
    "behavioural": "gedragsmatig",
    "strength": "sterkte",
    "to_improve": "te verbeteren",
    "obsolete": "niet meer nodig",
    "transferable": "overdraagbaar",
    "internal": "interne opleiding",
    "external_certified": "externe opleiding met certificaat",
    "online": "MOOC / online zelfstudie",
    "event": "workshop / seminarie / conferentie",
    "coaching": "coaching / mentorschap / on-the-job",
    "not_started": "niet gestart",
    "in_progress": "bezig",
    "done": "afgerond",
    "cancelled": "geannuleerd",
    "own_wish": "eigen wens",
    "manager_proposal": "voorgesteld door leidinggevende",
    "manager": "leidinggevende",
    "organisation_goal": "organisatiedoel",
    "legal_duty": "wettelijke verplichting",
    "open": "lopend",
    "achieved": "behaald",
    "dropped": "geschrapt",
    "employee": "medewerker",
    "coach": "coach",
}

LABELS_EN: dict[str, str] = {
    "technical": "technical",
    "behavioural": "behavioural",
    "strength": "strength",
    "to_improve": "to improve",
    "obsolete": "no longer needed",
    "transferable": "transferable",
    "internal": "internal training",
    "external_certified": "external certified course",
    "online": "MOOC / online self-study",
    "event": "workshop / seminar / conference",
    "coaching": "coaching / mentoring / on the job",
    "not_started": "not started",
    "in_progress": "in progress",
    "done": "done",
    "cancelled": "cancelled",
    "own_wish": "own wish",
    "manager_proposal": "proposed by manager",
    "manager": "manager",
    "organisation_goal": "organisation goal",
    "legal_duty": "legal duty",
    "open": "open",
    "achieved": "achieved",
    "dropped": "dropped",
    "employee": "employee",
    "coach": "coach",
}


def label(value: StrEnum | str, lang: Language = "nl") -> str:
    """The human label of an enumeration value in the user's language."""
    key = str(value)
    table = LABELS_EN if lang == "en" else LABELS_NL
    return table.get(key, key)
