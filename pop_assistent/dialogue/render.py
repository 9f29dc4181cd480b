"""Turn a session into the assistant's message: queued notes, then the pending question."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from pop_assistent.conversation.prompts import render
from pop_assistent.dialogue.session import PLACEHOLDER_NAME, Session
from pop_assistent.dialogue.steps import spec
from pop_assistent.dialogue.steps.common import skill_label
from pop_assistent.dialogue.types import STEP_ORDER, step_title
from pop_assistent.i18n import N_, translate, translations
from pop_assistent.model import CoachNote, Plan, SkillCategory


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
        "search_word": search_word(s),
    }


def note_text(s: Session, template: str, key: str, values: dict[str, Any]) -> str:
    """One feedback note rendered from `<template>.md.j2`."""
    return render(s.lang, template, **base_context(s), note=key, v=values)


def question_text(s: Session) -> str:
    """The pending question of the current step (after a note with the stored answer when the
    question is revisited)."""
    context = {**base_context(s), **spec(s.step).context(s)}
    text = render(s.lang, s.step.value, **context)
    question = spec(s.step).question(s.q)
    if s.pending.revisit and question is not None and question.stored is not None:
        stored = question.stored(s)
        if stored:
            kept = render(
                s.lang, "common_notes", **base_context(s), note="stored", v={"value": stored}
            )
            text = f"{kept}\n\n{text}"
    return text


def message(s: Session, extra_notes: list[str] | None = None, question: bool = True) -> str:
    """Notes first (in the order queued), then the question (left out when `question` is
    False; it is still rendered, so the reply keeps its quick answers and widget)."""
    parts = list(extra_notes or [])
    parts += [note_text(s, n.template, n.key, n.values) for n in s.notes]
    pending = question_text(s)
    if question:
        parts.append(pending)
    return "\n\n".join(p for p in parts if p)


def search_word(s: Session) -> str:
    """A word from the employee's own goal or skills for a search example ('zoek excel')."""
    goal_id = s.pending.goal_id
    goal = s.plan.goal(goal_id) if goal_id else None
    labels = [skill_label(s, sid) for sid in goal.skill_ids] if goal else []
    labels += [r.label for r in s.plan.skills if SkillCategory.to_improve in r.categories]
    from pop_assistent.language.skillmatch import LIGHT_WORDS, STOP

    plain = STOP | LIGHT_WORDS | {"nieuwe", "nieuw", "new"}  # 'werken met de schrobmachine'
    for label in labels:
        inner = re.search(r"\(([^)]+)\)", label)  # 'Rekenbladen (Excel)' -> 'excel'
        for word in (inner.group(1) if inner else label).lower().split():
            word = word.strip(",.;:")
            if len(word) > 2 and word not in plain:
                return word
    for word in re.findall(r"[A-Za-zÀ-ÿ]{5,}", goal.text if goal else ""):
        if word.lower() not in plain:
            return word.lower()
    return translations(s.lang).pgettext("voorbeeldwoord", "plannen")


def note_author(plan: Plan, coach_mode: bool) -> str:
    """Who wrote a note when nobody says: the coach (or manager) in coach mode, else the
    employee."""
    emp = plan.employee
    name = "" if emp.name == PLACEHOLDER_NAME else emp.name
    if coach_mode:
        return emp.coach or emp.manager or name
    return name


def add_coach_note(
    s: Session, text: str, goal_id: str | None, private: bool, author: str | None, today: date
) -> None:
    """Add a note to the plan and queue its short acknowledgement (goal number, privacy)."""
    note = CoachNote(
        goal_id=goal_id,
        author=(author or note_author(s.plan, s.coach_mode))[:200],
        text=text[:10000],
        private=private,
        written_on=today,
    )
    s.plan.coach_notes = [*s.plan.coach_notes, note]
    goal = s.plan.goal(goal_id) if goal_id else None
    number = s.plan.goals.index(goal) + 1 if goal is not None else 0
    s.say("note_added", template="common_notes", private=private, goal=number)


HISTORY_WORDS = {
    "answer": N_("gesprek"),
    "skip": N_("overgeslagen"),
    "goto": N_("naar stap"),
    "refused": N_("antwoord niet bruikbaar"),
    "note": N_("notitie"),
    "note_changed": N_("notitie gewijzigd"),
    "note_removed": N_("notitie verwijderd"),
    "undo": N_("ongedaan gemaakt"),
    "coach": N_("coachmodus"),
    "language": N_("taal"),
    "edit": N_("gewijzigd"),
    "back": N_("terug"),
}
"""What a version's note says happened (msgids, translated in the session's language)."""


def history_note(s: Session, kind: str) -> str:
    """The note stored with a version, in the session's language: 'gesprek: aanleiding, functie'
    (what was answered), so `pop geschiedenis` reads as a story."""
    what = translate(s.lang, HISTORY_WORDS.get(kind, HISTORY_WORDS["answer"]))
    if kind in ("note", "note_changed", "note_removed", "undo", "coach", "language"):
        return what
    where = step_title(s.step, s.lang).lower()
    question = spec(s.step).question(s.q)
    name = question.name(s.lang) if question is not None and kind != "goto" else ""
    return f"{what}: {where}" + (f", {name}" if name else "")


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
    "conflict": {"plan": "sophie-peeters"},
    "unsaved": {},
    "coach_on": {},
    "coach_off": {},
    "note_added": {"private": True, "goal": 2},
    "note_changed": {"number": 2},
    "note_removed": {"number": 2},
    "note_refused": {"reason": "Deze notitie is van Inge: je kunt ze niet herschrijven."},
    "unknown_goal": {},
    "language_set": {},
    "stored": {"value": "2 uur per week"},
    "back_nothing": {},
    "plain": {"sentence": "Keuze 3 bestaat hier niet: er zijn 2 keuzes."},
    "no_such": {"what": "goal", "number": 9, "count": 2},
    "which": {"what": "goal", "count": 2, "verb": "edit"},
    "what_to_edit": {"verb": "drop"},
    "back_to_work": {},
    "action_removed": {"number": 1, "title": "MOOC"},
    "skill_removed": {"label": "Excel"},
    "skill_renamed": {"old": "Rekenbladen", "label": "Excel"},
}
"""Every note of prompts/<lang>/common_notes.md.j2 with sample values (for the prompt tests)."""
