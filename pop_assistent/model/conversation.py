"""Where a conversation stands, typed, so that it resumes exactly where the person left.

`Conversation.step` and `Conversation.pending` belong to the walk-through; `check_in` is the
cursor of a check-in in progress (None when none is); `back` remembers earlier questions so
that "terug" returns to the previous question. Every turn said is kept in `turns`.
"""

from __future__ import annotations

from datetime import date
from typing import TypedDict

from pydantic import Field

from pop_assistent.model.common import PopModel

MAX_BACK = 40
"""How many earlier questions "terug" can walk back through."""


class Turn(PopModel):
    """One message of the conversation, kept so that nothing the employee typed is lost."""

    speaker: str = Field(pattern="^(assistant|employee|coach)$")
    text: str = Field(max_length=1_000_000)
    step: str = ""


class GoalDraft(PopModel):
    """The parts of a goal gathered by the SMART follow-up questions, from which one clean
    sentence is proposed (never the answers glued together)."""

    what: str = Field(default="", max_length=5000)
    measure: str = Field(default="", max_length=2000)
    deadline: date | None = None
    deadline_text: str = Field(default="", max_length=500)
    sentence: str = Field(default="", max_length=5000)
    """The sentence proposed for the person to accept or edit."""


class Pending(PopModel):
    """The walk-through's pending question and what it is about."""

    question: str = ""
    """The key of the question asked (registered by the step's module)."""
    goal_id: str | None = None
    action_id: str | None = None
    criterion: str = ""
    """The SMART letter being asked about (goals step)."""
    listing: list[str] = Field(default_factory=list)
    """Catalogue ids in the order shown, so '1 en 3' means the same after a resume."""
    mode: str = ""
    """How the listing was made: 'rec' (advice), 'search', 'offer' (one clear hit)."""
    query: str = Field(default="", max_length=200)
    warned: str | None = None
    """The goal already warned about having no action (resources step)."""
    todo: list[str] = Field(default_factory=list)
    """Skill levels still to ask: plan indexes, '+' when the current level is known."""
    hours_taken: bool = False
    """The hours for learning came with an earlier answer (occasion step)."""
    described: bool = False
    """The occasion's description came with an earlier answer."""
    draft: GoalDraft | None = None
    """The goal sentence being put together (goals step)."""
    revisit: bool = False
    """The question shows a stored answer and offers to keep it."""
    field: str = ""
    """Which field an edit question changes ('hours', 'cost', 'type', ...)."""
    name: str = Field(default="", max_length=200)
    """A co-signer's name typed before saying whether they are the manager or a coach."""


class Position(PopModel):
    """A question asked earlier (for "terug")."""

    step: str
    pending: Pending


class CheckInCursor(PopModel):
    """Where a check-in in progress stands."""

    phase: str = ""
    check_in_id: str = ""
    queue: list[str] = Field(default_factory=list)
    """Actions still to ask about."""
    total: int = 0
    base_version: int | None = None
    """The stored version the check-in started from (for 'what changed' and discarding)."""
    action_id: str = ""
    op: str = ""
    target: str = ""
    draft: str = Field(default="", max_length=5000)
    next: date | None = None
    answered: bool = False
    """At least one answer was given: only then is the check-in recorded as held."""


class CursorChanges(TypedDict, total=False):
    """The fields of CheckInCursor a step may change, typed for mypy (`CheckInSession.put`)."""

    phase: str
    check_in_id: str
    queue: list[str]
    total: int
    base_version: int | None
    action_id: str
    op: str
    target: str
    draft: str
    next: date | None
    answered: bool


class Conversation(PopModel):
    """Where the walk-through (and a check-in in progress) stands."""

    step: str = ""
    pending: Pending = Field(default_factory=Pending)
    back: list[Position] = Field(default_factory=list)
    resume: Position | None = None
    """Where the person was before an edit command ('wijzig doel 2'); they return there."""
    check_in: CheckInCursor | None = None
    undo_version: int | None = None
    """The stored version before the last change (undo after a restart)."""
    turns: list[Turn] = Field(default_factory=list)
    coach_mode: bool = False
    set_aside: str = Field(default="", max_length=2000)
    """A goal typed at a level question: kept, and offered when the goals step asks for one."""
