"""Check-in adjustments: move dates, add or drop actions, close or rewrite goals.

Each adjustment is one or a few short questions; afterwards the menu comes back until the
employee says 'klaar'. Every change is also written, in words, into the check-in's
`adjustments` so the history reads like minutes.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from pop_assistent.errors import PopError
from pop_assistent.i18n import N_, say
from pop_assistent.model import (
    Action,
    ActionOrigin,
    ActionStatus,
    ActionType,
    GoalStatus,
    label,
)
from pop_assistent.text import answers, squash

from . import lang as language
from . import text as t
from .state import QUESTIONS, Invalid

if TYPE_CHECKING:
    from .checkin import CheckInSession

OPS: dict[str, tuple[str, ...]] = {
    "move": ("verschuiven", "verschuif", "datum", "datums", "move", "dates"),
    "add": ("toevoegen", "nieuwe actie", "voeg toe", "add", "new action"),
    "drop": ("schrappen", "schrap", "verwijderen", "drop", "remove"),
    "achieved": ("behaald", "doel behaald", "afsluiten", "achieved", "close"),
    "rewrite": ("herschrijven", "herschrijf", "doel herschrijven", "rewrite"),
    "done": ("klaar", "verder", "niets", "geen", "done", "nothing", "none", "ready"),
}
MENU = (N_("verschuiven"), N_("toevoegen"), N_("schrappen"), N_("behaald"), N_("herschrijven"))
MENU_DONE = N_("klaar")


def _menu(s: CheckInSession) -> list[tuple[str, str]]:
    labels = [say(s.lang, label) for label in (*MENU, MENU_DONE)]
    return [(label, label) for label in labels]


def ask_adjust(s: CheckInSession) -> tuple[str, list[tuple[str, str]]]:
    lines = [line for line in s.check_in.adjustments.split("\n") if line]
    return t.render("adjust", s.lang, done=lines), _menu(s)


def on_adjust(s: CheckInSession, text: str) -> str:
    value = squash(text)
    index = answers.index(value, len(OPS))
    op = list(OPS)[index] if index is not None else None
    if op is None:
        op = next((key for key, words in OPS.items() if value in words), None)
    if op is None and value == "":
        op = "done"
    if op is None:
        raise Invalid(
            say(
                s.lang,
                N_("Kies verschuiven, toevoegen, schrappen, behaald, herschrijven of klaar."),
            )
        )
    if op == "done":
        s.put(phase="next_check_in", op="", target="", draft="")
        return ""
    if op == "add":
        s.put(phase="add_title", op=op)
    elif op in ("move", "drop"):
        s.put(phase="pick_action", op=op)
    else:
        s.put(phase="pick_goal", op=op)
    return ""


# --- picking ----------------------------------------------------------------------------
def _movable(s: CheckInSession) -> list[Action]:
    if s.cursor.op == "drop":
        return [a for a in s.plan.actions if a.status is not ActionStatus.done]
    return s.open_actions()


def ask_pick_action(s: CheckInSession) -> tuple[str, list[tuple[str, str]]]:
    """Every action of the plan under its number there (the number in the app, the documents
    and 'wijzig actie 3', and of its button); one that is done is marked and cannot be moved."""
    movable = {a.id for a in _movable(s)}
    rows = [
        {
            "n": n,
            "title": a.title,
            "period": t.period_text(a.start, a.end, s.lang),
            "status": "" if a.id in movable else label(a.status, s.lang),
        }
        for n, a in enumerate(s.plan.actions, start=1)
    ]
    back = say(s.lang, N_("terug"))
    choices = [(a.title[:40], str(n)) for n, a in enumerate(s.plan.actions, start=1)]
    return t.render("pick_action", s.lang, op=s.cursor.op, rows=rows), [
        *choices,
        (back, back),
    ]


def on_pick_action(s: CheckInSession, text: str) -> str:
    if squash(text) in ("terug", "back"):
        s.put(phase="adjust", op="")
        return ""
    every = s.plan.actions
    index = answers.pick_by_name(text, [a.title for a in every])
    if index is None:
        raise Invalid(say(s.lang, N_("Welke actie? Geef het nummer.")))
    action = every[index]
    if action not in _movable(s):
        status = label(action.status, s.lang)
        raise Invalid(
            say(s.lang, N_("Actie {n} is {status}; kies een andere."), n=index + 1, status=status)
        )
    if s.cursor.op == "drop":
        s.plan.actions = [a for a in s.plan.actions if a.id != action.id]
        s.note_adjustment(say(s.lang, N_("Actie geschrapt: {title}"), title=action.title))
        s.put(phase="adjust", op="")
        return t.render("ack", s.lang, kind="dropped", title=action.title)
    s.put(phase="move_period", target=action.id)
    return ""


def ask_move_period(s: CheckInSession) -> tuple[str, list[tuple[str, str]]]:
    action = s.plan.action(s.cursor.target)
    title = action.title if action else ""
    period = t.period_text(action.start, action.end, s.lang) if action else ""
    return t.render("move_period", s.lang, title=title, period=period), []


def _period(s: CheckInSession, text: str) -> tuple[date | None, date | None]:
    try:
        start, end = language.period(text, s.today, s.lang)
    except PopError as error:
        raise Invalid(error.message(s.lang)) from error
    if end is not None and end < s.today:
        raise Invalid(say(s.lang, N_("Die periode ligt al in het verleden; kies een latere.")))
    return start, end


def on_move_period(s: CheckInSession, text: str) -> str:
    action = s.plan.action(s.cursor.target)
    if action is None:
        s.put(phase="adjust", op="", target="")
        return ""
    start, end = _period(s, text)
    before = t.period_text(action.start, action.end, s.lang)
    action.start, action.end = None, None  # assign one by one without tripping the order check
    action.end = end
    action.start = start if start is None or end is None or start <= end else end
    after = t.period_text(action.start, action.end, s.lang)
    s.note_adjustment(
        say(
            s.lang,
            N_("Verschoven: {title} ({before} → {after})"),
            title=action.title,
            before=before,
            after=after,
        )
    )
    s.put(phase="adjust", op="", target="")
    return t.render("ack", s.lang, kind="moved", title=action.title, period=after)


# --- adding an action ---------------------------------------------------------------------
def ask_add_title(s: CheckInSession) -> tuple[str, list[tuple[str, str]]]:
    return t.render("add_title", s.lang), []


def on_add_title(s: CheckInSession, text: str) -> str:
    title, _ = t.clip(text, 500)
    if not title or answers.is_skip(text):
        s.put(phase="adjust", op="")
        return ""
    goals = [g for g in s.plan.goals if g.status is GoalStatus.open]
    action = Action(title=title, type=ActionType.internal, origin=_origin(s))
    if len(goals) == 1:
        action.goal_id = goals[0].id
    s.plan.actions.append(action)
    s.put(target=action.id, phase="add_goal" if len(goals) > 1 else "add_period")
    return ""


def ask_add_goal(s: CheckInSession) -> tuple[str, list[tuple[str, str]]]:
    goals = [g for g in s.plan.goals if g.status is GoalStatus.open]
    none = say(s.lang, N_("geen doel"))
    choices = [(f"{i + 1}. {g.text[:40]}", str(i + 1)) for i, g in enumerate(goals)]
    return t.render("add_goal", s.lang, goals=[g.text for g in goals]), [
        *choices,
        (none, none),
    ]


def on_add_goal(s: CheckInSession, text: str) -> str:
    goals = [g for g in s.plan.goals if g.status is GoalStatus.open]
    action = s.plan.action(s.cursor.target)
    if action is not None and squash(text) not in ("geen doel", "no goal", "geen"):
        index = answers.pick_by_name(text, [g.text for g in goals])
        if index is None:
            raise Invalid(say(s.lang, N_("Welk doel? Geef het nummer.")))
        action.goal_id = goals[index].id
    s.put(phase="add_period")
    return ""


def ask_add_period(s: CheckInSession) -> tuple[str, list[tuple[str, str]]]:
    return t.render("add_period", s.lang), []


def on_add_period(s: CheckInSession, text: str) -> str:
    action = s.plan.action(s.cursor.target)
    if action is not None and not answers.is_skip(text):
        start, end = _period(s, text)
        action.end = end
        action.start = start if start is None or end is None or start <= end else end
    s.put(phase="add_hours")
    return ""


def ask_add_hours(s: CheckInSession) -> tuple[str, list[tuple[str, str]]]:
    return t.render("add_hours", s.lang), []


def on_add_hours(s: CheckInSession, text: str) -> str:
    action = s.plan.action(s.cursor.target)
    if action is None:
        s.put(phase="adjust", op="", target="")
        return ""
    said = ""
    if not answers.is_skip(text):
        hours = answers.hours(text, s.hours_per_day)
        if hours is None:
            raise Invalid(say(s.lang, N_("Geef een aantal uren, bv. 16.")))
        action.hours = hours
        said = text.strip()[:80] if answers.in_days(text) else ""  # said back with its hours
    when = t.period_text(action.start, action.end, s.lang)
    s.note_adjustment(
        say(s.lang, N_("Nieuwe actie: {title} ({when})"), title=action.title, when=when)
    )
    s.put(phase="adjust", op="", target="")
    hours_known = not answers.is_skip(text)
    return t.render(
        "ack", s.lang, kind="added", title=action.title, period=when,
        hours=action.hours if hours_known else None, said=said, day=s.hours_per_day,
    )  # fmt: skip


def _origin(session: CheckInSession) -> ActionOrigin:
    """Actions added at a check-in usually follow the feedback of the manager."""
    return ActionOrigin.manager_proposal if session.check_in.feedback else ActionOrigin.own_wish


QUESTIONS.add("adjust", on_adjust, prompt=ask_adjust)
QUESTIONS.add("pick_action", on_pick_action, prompt=ask_pick_action)
QUESTIONS.add("move_period", on_move_period, prompt=ask_move_period)
QUESTIONS.add("add_title", on_add_title, prompt=ask_add_title)
QUESTIONS.add("add_goal", on_add_goal, prompt=ask_add_goal)
QUESTIONS.add("add_period", on_add_period, prompt=ask_add_period)
QUESTIONS.add("add_hours", on_add_hours, prompt=ask_add_hours)
