"""Shared base model and the small enumerations every part of the plan uses."""

from __future__ import annotations

import secrets
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationInfo, field_validator

from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, translate
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


LABELS: dict[str, str] = {
    "technical": N_("technisch"),
    "behavioural": N_("gedragsmatig"),
    "strength": N_("sterkte"),
    "to_improve": N_("te verbeteren"),
    "obsolete": N_("niet meer nodig"),
    "transferable": N_("overdraagbaar"),
    "internal": N_("interne opleiding"),
    "external_certified": N_("externe opleiding met certificaat"),
    "online": N_("MOOC / online zelfstudie"),
    "event": N_("workshop / seminarie / conferentie"),
    "coaching": N_("coaching / mentorschap / on-the-job"),
    "not_started": N_("niet gestart"),
    "in_progress": N_("bezig"),
    "done": N_("afgerond"),
    "cancelled": N_("geannuleerd"),
    "own_wish": N_("eigen wens"),
    "manager_proposal": N_("voorgesteld door leidinggevende"),
    "manager": N_("leidinggevende"),
    "organisation_goal": N_("organisatiedoel"),
    "legal_duty": N_("wettelijke verplichting"),
    "open": N_("lopend"),
    "achieved": N_("behaald"),
    "dropped": N_("geschrapt"),
    "employee": N_("medewerker"),
    "coach": N_("coach"),
    # the occasion (aanleiding) and its career project
    "performance_review": N_("functioneringsgesprek"),
    "career_project": N_("loopbaanproject"),
    "organisational_change": N_("organisatieverandering of nieuwe technologie"),
    "continuous_development": N_("continue ontwikkeling"),
    "promotion": N_("promotie"),
    "internal_mobility": N_("interne mobiliteit"),
    "external_mobility": N_("externe mobiliteit"),
    "reskilling": N_("omscholing"),
}
"""The label of every enumeration value (a msgid; `label()` says it in a language)."""


def label(value: StrEnum | str, lang: Language = SOURCE_LANGUAGE) -> str:
    """The human label of an enumeration value in the user's language."""
    key = str(value)
    return translate(lang, LABELS[key]) if key in LABELS else key
