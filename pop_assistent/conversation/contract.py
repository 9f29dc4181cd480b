"""The front-end contract: what every flow (the walk-through, the check-in, later ones) hands a
front end (the app, `pop opvolging`, tests, a future web page), and nothing more.

A flow takes free text (or a structured answer it knows) and returns a `Reply`: the assistant's
next message (Markdown), quick answers, the widget that fits, and `where`: the flow, step and
question a front end shows ("Stap 3/8: Doelen", "Opvolging: actie 1 van 2").
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


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
    """A quick answer the user can pick instead of typing; `value` is sent back as text.
    `chosen` marks an item that is already part of the plan (shown with a mark)."""

    label: str
    value: str
    chosen: bool = False


@dataclass(frozen=True)
class Where:
    """The place in a flow a front end shows: flow name, step key and its title, its number
    among `count` steps (0 when the flow has no numbered steps), and the pending question."""

    flow: str
    step: str
    title: str
    number: int = 0
    count: int = 0
    question: str = ""


@dataclass(frozen=True)
class Reply:
    """What the assistant says after an input."""

    message: str
    where: Where
    widget: Widget = Widget.text
    choices: tuple[Choice, ...] = ()
    warnings: tuple[str, ...] = ()
    saved_version: int | None = None
    finished: bool = False
    instruction: str = ""
    """A short line a front end keeps in view under a long message ('Typ de nummers ...')."""

    @property
    def step(self) -> str:
        """The step's key (a flow's steps are StrEnums, so `reply.step == Step.goals` works)."""
        return self.where.step
