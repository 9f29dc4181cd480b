"""The personal development plan (POP): the single source of truth for every front end."""

from __future__ import annotations

from datetime import date

from pydantic import Field, model_validator

from pop_assistent.model.actions import Action
from pop_assistent.model.common import PopModel
from pop_assistent.model.conversation import Conversation
from pop_assistent.model.followup import CheckIn, CoachNote, SignOff
from pop_assistent.model.goals import Goal
from pop_assistent.model.profile import Employee, Occasion
from pop_assistent.model.rule_errors import rule_error
from pop_assistent.model.skills import SkillRating

SCHEMA_VERSION = 4
"""Version of the plan's JSON shape; storage migrates older documents up to this one.
2: a check-in's update keeps the action's title; a check-in can be skipped with a reason.
3: the conversation state is typed (`Pending`, `CheckInCursor`) instead of a dict of strings;
sign-offs record the plan version they signed; an action's cost may be unknown (None)."""

PLAN_ID_PATTERN = r"^[a-z0-9][a-z0-9-]{0,63}$"


class Plan(PopModel):
    """An employee's development plan with everything the conversation and follow-up gathered."""

    schema_version: int = SCHEMA_VERSION
    id: str = Field(pattern=PLAN_ID_PATTERN)
    created_on: date
    employee: Employee
    occasion: Occasion = Field(default_factory=Occasion)
    skills: list[SkillRating] = Field(default_factory=list)
    goals: list[Goal] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    check_ins: list[CheckIn] = Field(default_factory=list)
    check_in_every_months: int = Field(default=3, ge=1, le=24)
    coach_notes: list[CoachNote] = Field(default_factory=list)
    sign_offs: list[SignOff] = Field(default_factory=list)
    shared: bool = False
    conversation: Conversation = Field(default_factory=Conversation)

    @model_validator(mode="after")
    def _references_exist(self) -> Plan:
        goal_ids = {goal.id for goal in self.goals}
        if len(goal_ids) != len(self.goals):
            raise rule_error("duplicate_goal_id")
        action_ids = {action.id for action in self.actions}
        if len(action_ids) != len(self.actions):
            raise rule_error("duplicate_action_id")
        for action in self.actions:
            if action.goal_id is not None and action.goal_id not in goal_ids:
                raise rule_error("unknown_goal", title=action.title)
        return self

    def goal(self, goal_id: str) -> Goal | None:
        """The goal with this id, if any."""
        return next((g for g in self.goals if g.id == goal_id), None)

    def action(self, action_id: str) -> Action | None:
        """The action with this id, if any."""
        return next((a for a in self.actions if a.id == action_id), None)

    def action_numbers(self) -> dict[str, int]:
        """The number each action has everywhere (the app, 'wijzig actie 3', the PDF, the
        Markdown, the timeline): its place in the plan, counted from 1."""
        return {a.id: n for n, a in enumerate(self.actions, start=1)}

    def actions_for(self, goal_id: str) -> list[Action]:
        """The actions that serve one goal."""
        return [a for a in self.actions if a.goal_id == goal_id]

    def content_fingerprint(self) -> str:
        """A hash of what a signature vouches for: everything but the conversation, the
        signatures, the check-ins' records, notes and sharing (so talking changes nothing)."""
        import hashlib

        content = self.model_dump_json(
            exclude={
                "conversation": True,
                "sign_offs": True,
                "shared": True,
                "check_ins": True,
                "coach_notes": True,
                "employee": {"manager", "coach"},  # filled in by the signing itself
            }
        )
        return hashlib.sha256(content.encode("utf-8")).hexdigest()[:16]

    def changed_since(self, sign: SignOff) -> bool:
        """True when the plan's content is no longer what `sign` signed."""
        return bool(sign.fingerprint) and sign.fingerprint != self.content_fingerprint()

    def to_json(self) -> str:
        """The plan as JSON text (the export and storage format)."""
        return self.model_dump_json(indent=2)

    @classmethod
    def from_json(cls, text: str | bytes) -> Plan:
        """Read a plan from JSON text; raises pydantic's ValidationError on bad data."""
        return cls.model_validate_json(text)
