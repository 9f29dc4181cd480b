"""The mutable state one turn works on, shared by the step modules.

A step module reads and changes `session.plan` (a working copy), moves the pending sub-question
with `ask()`, queues short feedback with `say()`, and hands over to another step with `go()`.
The engine saves the plan after the turn and renders the notes plus the pending question.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pop_assistent.dialogue.language_bridge import LanguageBridge
from pop_assistent.dialogue.resources import Resources
from pop_assistent.dialogue.types import STEP_ORDER, Choice, Step, Widget
from pop_assistent.model import Plan

PLACEHOLDER_NAME = "?"
"""Employee name of a session that has not asked for the name yet."""

KEEP_KEYS = ("undo_version",)
"""Pending keys that survive a change of question (bookkeeping, not the question itself)."""
KEEP_PREFIXES = ("opvolging.",)
"""Pending keys owned by others (the follow-up check-in's cursor): never touched here."""


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
    lang: str
    coach_mode: bool
    country: str
    resources: Resources
    language: LanguageBridge
    notes: list[Note] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    choices: tuple[Choice, ...] = ()
    widget: Widget = Widget.text

    @property
    def step(self) -> Step:
        try:
            return Step(self.plan.conversation.step)
        except ValueError:
            return Step.occasion

    @property
    def pending(self) -> dict[str, str]:
        return self.plan.conversation.pending

    @property
    def q(self) -> str:
        return self.pending.get("q", "")

    def ask(self, q: str, **ids: str) -> None:
        """Make `q` the pending sub-question (with the ids it is about)."""
        kept = {
            k: v for k, v in self.pending.items() if k in KEEP_KEYS or k.startswith(KEEP_PREFIXES)
        }
        self.plan.conversation.pending = {**kept, "q": q, **ids}

    def say(self, key: str, template: str | None = None, **values: Any) -> None:
        """Queue a feedback line from the current step's notes template (or `template`)."""
        self.notes.append(Note(template or f"{self.step.value}_notes", key, values))

    def go(self, step: Step) -> None:
        """Enter `step` at its first question."""
        from pop_assistent.dialogue.steps import module

        self.plan.conversation.step = step.value
        self.ask("")
        module(step).enter(self)

    def advance(self) -> None:
        """Go to the step after the current one."""
        index = STEP_ORDER.index(self.step)
        self.go(STEP_ORDER[min(index + 1, len(STEP_ORDER) - 1)])

    @property
    def first_name(self) -> str:
        name = self.plan.employee.name.strip()
        return "" if name == PLACEHOLDER_NAME else name.split()[0]
