"""Check-in adjustments of goals: close a goal as achieved, or rewrite it (SMART runs again)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pop_assistent.i18n import N_, say
from pop_assistent.model import SMART_KEYS, GoalStatus, smart_name
from pop_assistent.text import answers, squash

from . import lang as language
from . import text as t
from .state import QUESTIONS, Invalid

if TYPE_CHECKING:
    from .checkin import CheckInSession


# --- goals ------------------------------------------------------------------------------
def ask_pick_goal(s: CheckInSession) -> tuple[str, list[tuple[str, str]]]:
    goals = [g for g in s.plan.goals if g.status is GoalStatus.open]
    back = say(s.lang, N_("terug"))
    choices = [(f"{i + 1}. {g.text[:40]}", str(i + 1)) for i, g in enumerate(goals)]
    texts = [g.text for g in goals]
    return t.render("pick_goal", s.lang, op=s.cursor.op, goals=texts), [
        *choices,
        (back, back),
    ]


def on_pick_goal(s: CheckInSession, text: str) -> str:
    if squash(text) in ("terug", "back"):
        s.put(phase="adjust", op="")
        return ""
    goals = [g for g in s.plan.goals if g.status is GoalStatus.open]
    index = answers.pick_by_name(text, [g.text for g in goals])
    if index is None:
        raise Invalid(say(s.lang, N_("Welk doel? Geef het nummer.")))
    goal = goals[index]
    if s.cursor.op == "achieved":
        goal.status = GoalStatus.achieved
        s.note_adjustment(say(s.lang, N_("Doel behaald: {goal}"), goal=goal.text[:120]))
        s.put(phase="adjust", op="")
        return t.render("ack", s.lang, kind="achieved", text=goal.text)
    s.put(phase="goal_text", target=goal.id)
    return ""


def ask_goal_text(s: CheckInSession) -> tuple[str, list[tuple[str, str]]]:
    goal = s.plan.goal(s.cursor.target)
    missing = _missing_labels(s, goal.smart.missing() if goal and goal.smart else [])
    questions = []
    if goal is not None and goal.smart is not None and s.cursor.draft:
        questions = [c.question for _, c in goal.smart.criteria() if c.met is False and c.question]
    keep = say(s.lang, N_("behouden"))
    choices = [(keep, keep)] if s.cursor.draft else []
    text = goal.text if goal else ""
    return t.render(
        "goal_text", s.lang, text=text, retry=bool(s.cursor.draft), missing=missing,
        questions=questions,
    ), choices  # fmt: skip


def on_goal_text(s: CheckInSession, text: str) -> str:
    goal = s.plan.goal(s.cursor.target)
    if goal is None:
        s.put(phase="adjust", op="", target="", draft="")
        return ""
    original = s.cursor.draft
    if original and squash(text) in ("behouden", "keep", "ja", "yes", ""):
        goal.kept_with_warning = True
        _rewritten(s, original, goal.text)
        return t.render("ack", s.lang, kind="kept")
    new_text, _ = t.clip(text)
    if not new_text:
        raise Invalid(say(s.lang, N_("Typ de nieuwe tekst van het doel.")))
    original = original or goal.text
    goal.text = new_text
    result = language.check_goal(goal, s.plan, s.today, s.lang)
    goal.smart = result
    if result.deadline is not None:
        goal.deadline = result.deadline
    goal.kept_with_warning = False
    if result.missing():
        s.put(phase="goal_text", draft=original)
        return t.render(
            "ack",
            s.lang,
            kind="smart_missing",
            missing=_missing_labels(s, result.missing()),
        )
    _rewritten(s, original, new_text)
    return t.render("ack", s.lang, kind="smart_ok")


def _rewritten(s: CheckInSession, old: str, new: str) -> None:
    s.note_adjustment(
        say(
            s.lang,
            N_("Doel herschreven: {old} → {new}"),
            old=t.clean(old)[:80],
            new=t.clean(new)[:160],
        )
    )
    s.put(phase="adjust", op="", target="", draft="")


def _missing_labels(s: CheckInSession, keys: list[str]) -> list[str]:
    return [smart_name(k, s.lang) for k in keys if k in SMART_KEYS]


QUESTIONS.add("pick_goal", on_pick_goal, prompt=ask_pick_goal)
QUESTIONS.add("goal_text", on_goal_text, prompt=ask_goal_text)
