"""Learning actions (leeracties): what the employee will do, when, at what cost, and why."""

from __future__ import annotations

from datetime import date

from pydantic import Field, model_validator

from pop_assistent.model.common import ActionOrigin, ActionStatus, ActionType, PopModel, new_id
from pop_assistent.model.rule_errors import rule_error


class Action(PopModel):
    """A planned learning action, from the catalogue or free."""

    id: str = Field(default_factory=lambda: new_id("a"))
    goal_id: str | None = None
    catalogue_id: str | None = None
    title: str = Field(min_length=1, max_length=500)
    type: ActionType = ActionType.internal
    provider: str = Field(default="", max_length=300)
    start: date | None = None
    end: date | None = None
    hours: float = Field(default=0.0, ge=0, le=10000)
    cost_eur: float | None = Field(default=0.0, ge=0, le=1_000_000)
    """Cost in euro excl. VAT; None when it is not known (shown as 'onbekend', never € 0)."""
    status: ActionStatus = ActionStatus.not_started
    progress: int = Field(default=0, ge=0, le=100)
    completed_on: date | None = None
    expected_return: str = Field(default="", max_length=5000)
    visible_on_floor: str = Field(default="", max_length=5000)
    origin: ActionOrigin = ActionOrigin.own_wish
    formal: bool = True
    legally_required: bool = False
    in_working_time: bool = False
    """Done in working time by agreement (learning on the job, a course day the employer
    gives): its hours are not taken from the person's own learning time."""
    certificate_valid_years: int | None = Field(default=None, ge=1, le=50)

    @model_validator(mode="after")
    def _dates_in_order(self) -> Action:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise rule_error("end_before_start")
        return self
