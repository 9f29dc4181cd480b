"""Follow-up (opvolging): check-ins, coach notes and sign-offs."""

from __future__ import annotations

from datetime import date

from pydantic import Field, model_validator

from pop_assistent.model.common import ActionStatus, PopModel, SignerRole, new_id
from pop_assistent.model.rule_errors import rule_error


class ActionUpdate(PopModel):
    """What a check-in recorded about one action."""

    action_id: str
    title: str = Field(default="", max_length=500)
    """The action's title when this was recorded, so the history still reads after the action
    is removed from the plan (empty in plans saved before schema 2 whose action is gone)."""
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
    skipped_on: date | None = None
    """Set when the check-in was explicitly skipped (with `skipped_reason`): no longer due."""
    skipped_reason: str = Field(default="", max_length=2000)
    updates: list[ActionUpdate] = Field(default_factory=list)
    went_well: str = Field(default="", max_length=5000)
    obstacles: str = Field(default="", max_length=5000)
    feedback: str = Field(default="", max_length=5000)
    adjustments: str = Field(default="", max_length=5000)

    @model_validator(mode="after")
    def _skipped_has_a_reason(self) -> CheckIn:
        if self.skipped_on is not None and not self.skipped_reason.strip():
            raise rule_error("skipped_without_reason")
        return self

    @property
    def pending(self) -> bool:
        """Planned and neither held nor skipped: still to be done."""
        return self.held_on is None and self.skipped_on is None


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
