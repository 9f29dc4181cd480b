"""The state one turn of the walk-through works on, shared by the step modules.

A step module reads and changes `session.plan` (the engine's plan itself: the engine keeps a
light snapshot to undo or refuse a change), moves the pending question with `ask()`, queues
short feedback with `say()`, and hands over to another step with `go()`. The engine saves the
plan after the turn and renders the notes plus the pending question.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from pop_assistent.conversation.contract import Choice, Widget
from pop_assistent.dialogue.language_bridge import LanguageBridge
from pop_assistent.dialogue.resources import Resources
from pop_assistent.dialogue.types import STEP_ORDER, Step, step_of
from pop_assistent.i18n import Language
from pop_assistent.model import Pending, Plan, Position
from pop_assistent.model.conversation import MAX_BACK

if TYPE_CHECKING:
    from pop_assistent.conversation.questions import Question

PLACEHOLDER_NAME = "?"
"""Employee name of a session that has not asked for the name yet."""


# Lower-case particles that begin a surname (Dutch, Flemish, French, Arabic, English articles).
NAME_PARTICLES = frozenset(
    "de den der des di du het la le les t 't ten ter van von vanden vander el al a an the".split()
)


@dataclass
class Note:
    """Feedback rendered before the pending question: template `<template>.md.j2`, block `key`."""

    template: str
    key: str
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class Session:
    """One turn's view of the conversation."""

    plan: Plan
    today: date
    lang: Language
    coach_mode: bool
    country: str
    resources: Resources
    language: LanguageBridge
    hours_per_day: float = 7.6
    legal_in_working_time: bool = True
    next_version: int | None = None
    """The version this turn will be saved as (a signature records it)."""
    notes: list[Note] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    choices: tuple[Choice, ...] = ()
    widget: Widget = Widget.text
    instruction: str = ""

    @property
    def step(self) -> Step:
        return step_of(self.plan.conversation.step)

    @property
    def pending(self) -> Pending:
        return self.plan.conversation.pending

    @property
    def q(self) -> str:
        """The key of the pending question."""
        return self.pending.question

    def ask(self, question: Question[Session], **about: Any) -> None:
        """Make `question` the pending question (with what it is about); the question asked
        before is remembered for "terug"."""
        revisiting = self.pending.revisit  # come back with "terug": the answers after it too
        self.remember()
        self.plan.conversation.pending = Pending(question=question.key, **about)
        if revisiting and question.stored is not None and question.stored(self):
            self.again(revisit=True)  # show the stored answer and let 'ok' keep it

    def remember(self) -> None:
        """Put the pending question on the "terug" stack (when there is one)."""
        conversation = self.plan.conversation
        if conversation.pending.question:
            conversation.back = [
                *conversation.back[-(MAX_BACK - 1) :],
                Position(step=conversation.step, pending=conversation.pending),
            ]

    def switch(self, step: Step, question: Question[Session], **about: Any) -> None:
        """Ask a question of another step without entering that step from its start."""
        self.remember()
        self.plan.conversation.step = step.value
        self.plan.conversation.pending = Pending(question=question.key, **about)

    def resume(self) -> bool:
        """Back to where the person was before an edit command; False when there is none."""
        conversation = self.plan.conversation
        if conversation.resume is None:
            return False
        position, conversation.resume = conversation.resume, None
        conversation.step = position.step
        conversation.pending = position.pending
        self.say("back_to_work", template="common_notes")
        from pop_assistent.dialogue.steps import spec

        hook = spec(self.step).resumed
        if hook is not None:
            hook(self)
        return True

    def again(self, **changes: Any) -> None:
        """Ask the pending question again with some of what it is about changed."""
        self.plan.conversation.pending = self.pending.model_copy(update=changes)

    def say(self, key: str, template: str | None = None, **values: Any) -> None:
        """Queue a feedback line from the current step's notes template (or `template`)."""
        self.notes.append(Note(template or f"{self.step.value}_notes", key, values))

    def go(self, step: Step) -> None:
        """Enter `step` at its first question."""
        from pop_assistent.dialogue.steps import spec

        self.remember()
        conversation = self.plan.conversation
        conversation.step = step.value
        conversation.pending = Pending()
        spec(step).enter(self)
        question = spec(self.step).question(self.q)
        if question is not None and question.stored is not None and question.stored(self):
            self.again(revisit=True)  # an answer is there already: show it, offer to keep it

    def advance(self) -> None:
        """Go to the step after the current one."""
        index = STEP_ORDER.index(self.step)
        self.go(STEP_ORDER[min(index + 1, len(STEP_ORDER) - 1)])

    @property
    def first_name(self) -> str:
        """The first word of the name, or the whole name when that word is a lower-case particle
        ('de Vries', 'van den Broeck'): 'Aangenaam, de!' greets nobody."""
        name = self.plan.employee.name.strip()
        if name == PLACEHOLDER_NAME or not name:
            return ""
        first = name.split()[0]
        return name if first in NAME_PARTICLES else first
