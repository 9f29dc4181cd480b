"""Turn a session into the assistant's message: queued notes, then the pending question."""

from __future__ import annotations

from typing import Any

from pop_assistent.dialogue.prompts import render
from pop_assistent.dialogue.session import Session
from pop_assistent.dialogue.steps import module
from pop_assistent.dialogue.types import STEP_ORDER, step_title


def base_context(s: Session) -> dict[str, Any]:
    """Variables every template may use."""
    emp = s.plan.employee
    return {
        "name": s.first_name,
        "full_name": s.plan.employee.name if s.first_name else "",
        "coach_mode": s.coach_mode,
        "step": s.step.value,
        "step_title": step_title(s.step, s.lang),
        "step_number": STEP_ORDER.index(s.step) + 1,
        "step_count": len(STEP_ORDER),
        "today": s.today,
        "role": emp.role,
        "hours_per_week": emp.hours_per_week,
        "q": s.q,
    }


def note_text(s: Session, template: str, key: str, values: dict[str, Any]) -> str:
    """One feedback note rendered from `<template>.md.j2`."""
    return render(s.lang, template, **base_context(s), note=key, v=values)


def question_text(s: Session) -> str:
    """The pending question of the current step."""
    context = {**base_context(s), **module(s.step).context(s)}
    return render(s.lang, s.step.value, **context)


def message(s: Session, extra_notes: list[str] | None = None) -> str:
    """Notes first (in the order queued), then the question."""
    parts = list(extra_notes or [])
    parts += [note_text(s, n.template, n.key, n.values) for n in s.notes]
    parts.append(question_text(s))
    return "\n\n".join(p for p in parts if p)


COMMON_NOTE_SAMPLES: dict[str, dict[str, Any]] = {
    "hello": {},
    "welcome_back": {},
    "empty": {},
    "help": {},
    "went_to": {},
    "undone": {},
    "nothing_to_undo": {},
    "not_here": {},
    "invalid": {"reason": "Het aantal uren mag hoogstens 40 zijn."},
    "too_long": {"limit": 5000},
    "conflict": {},
    "coach_on": {},
    "coach_off": {},
    "note_added": {"private": True},
    "unknown_goal": {},
    "language_set": {},
}
"""Every note of prompts/<lang>/common_notes.md.j2 with sample values (for the prompt tests)."""
