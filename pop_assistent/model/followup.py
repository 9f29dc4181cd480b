"""Follow-up (opvolging): check-ins, coach notes and sign-offs."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from pop_assistent.model.common import ActionStatus, PopModel, SignerRole, new_id


class ActionUpdate(PopModel):
    """What a check-in recorded about one action."""

    action_id: str
    status: ActionStatus
    progress: int = Field(default=0, ge=0, le=100)
    went_well: str = Field(default="", max_length=5000)
    obstacles: str = Field(default="", max_length=5000)
    return_visible: str = Field(default="", max_length=5000)


class CheckIn(PopModel):
    """A follow-up moment: planned for a date, and what was said when it was held."""

    id: str = Field(default_factory=lambda: new_id("c"))
    planned_for: date
    held_on: date | None = None
    updates: list[ActionUpdate] = Field(default_factory=list)
    went_well: str = Field(default="", max_length=5000)
    obstacles: str = Field(default="", max_length=5000)
    feedback: str = Field(default="", max_length=5000)
    adjustments: str = Field(default="", max_length=5000)


class CoachNote(PopModel):
    """A note by the coach or the employee; private notes never leave the employee's copy."""

    id: str = Field(default_factory=lambda: new_id("n"))
    goal_id: str | None = None
    author: str = Field(default="", max_length=200)
    text: str = Field(min_length=1, max_length=10000)
    private: bool = False
    written_on: date | None = None


class SignOff(PopModel):
    """A signature on the plan by the employee, the coach or the manager."""

    role: SignerRole
    name: str = Field(min_length=1, max_length=200)
    signed_on: date
    plan_version: int | None = Field(default=None, ge=1)
    """The stored version of the plan that was signed (None: signed before versions were
    recorded, or before the plan was first saved)."""
    fingerprint: str = Field(default="", max_length=64)
    """`Plan.content_fingerprint()` when it was signed ('' for older signatures)."""
