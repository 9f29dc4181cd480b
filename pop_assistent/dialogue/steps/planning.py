"""Step 6, planning: when each action happens (Dutch time expressions), hours, workload.

Dates are moved off weekends and public holidays (planning/calendar). After every action the
workload per month is compared with the hours available; the review shows the timeline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from pop_assistent.dialogue import parsing
from pop_assistent.dialogue.prompts import nl_date
from pop_assistent.dialogue.resources import attr
from pop_assistent.dialogue.session import Session
from pop_assistent.dialogue.steps.common import action_of, next_after
from pop_assistent.dialogue.steps.goals import check
from pop_assistent.dialogue.types import Choice, Widget
from pop_assistent.errors import PopError
from pop_assistent.model import Action, label
from pop_assistent.planning import workload

QUESTIONS = ("when", "hours", "review")
MAX_ACTION_HOURS = 2000
NOTE_SAMPLES: dict[str, dict[str, Any]] = {
    "planned": {"title": "MOOC", "start": date(2027, 2, 1), "end": date(2027, 4, 30)},
    "moved": {"holiday": date(2027, 1, 1), "start": date(2027, 1, 4)},
    "date_unclear": {"reason": "'ooit' is geen datum."},
    "date_past": {"date": date(2020, 1, 1)},
    "hours_unclear": {},
    "hours_range": {"value": 5000},
    "over": {"months": ["maart 2027"], "planned": 30, "available": 8.7},
    "after_deadline": {"title": "MOOC", "deadline": date(2027, 6, 30)},
    "no_actions": {},
    "pick_action": {"count": 2},
    "done_here": {"title": "MOOC Digitaal samenwerken"},
}
DONE_WORDS = {"klaar", "volgende", "verder", "genoeg", "done", "next", "dat is het"}


def _next(s: Session, after: str | None) -> None:
    ids = [a.id for a in s.plan.actions if a.start is None]
    action_id = next_after(ids, None)
    if action_id is None:
        for goal in s.plan.goals:
            check(s, goal)
        s.ask("review")
    else:
        s.ask("when", action_id=action_id)


def enter(s: Session) -> None:
    if not s.plan.actions:
        s.say("no_actions")
    _next(s, None)


def _workday(s: Session, day: date) -> date:
    from pop_assistent.planning.calendar import next_workday

    try:
        return next_workday(day, s.country)
    except PopError:
        return day


@dataclass(frozen=True)
class Span:
    """A period from a range such as 'van februari tot april 2027'."""

    start: date
    end: date
    deadline: date
    in_past: bool


RANGE = re.compile(
    r"^\s*(?:van|vanaf|tussen|from|between)?\s*(.+?)\s*"
    r"(?:\btot en met\b|\btot\b|\bt/m\b|\ben\b|\buntil\b|\bto\b|\band\b|[-–])\s*(.+?)\s*$",
    re.I,
)
YEAR = re.compile(r"\b(19|20)\d\d\b")


def _range(s: Session, text: str) -> Span | None:
    """Two time expressions joined by 'tot', 'en', '-': from the first's start to the second's end.
    The language core reads one expression; the range is the conversation's job."""
    match = RANGE.match(text[:200])
    if not match:
        return None
    first, second = match.group(1), match.group(2)
    year = YEAR.search(second)
    if year and not YEAR.search(first):
        first = f"{first} {year.group()}"
    try:
        a, b = s.language.parse_period(first), s.language.parse_period(second)
    except PopError:
        return None
    if b.end < a.start:
        return None
    return Span(a.start, b.end, b.deadline, bool(a.in_past))


def _session_end(s: Session, action: Action, start: date) -> date | None:
    """The end of the catalogue session that starts on `start`, if there is one."""
    item = s.resources.item(action.catalogue_id)
    for session in attr(item, "sessions", default=[]) or []:
        if attr(session, "start") == start and attr(session, "end"):
            return attr(session, "end")
    return None


def _plan(s: Session, action: Action, text: str) -> bool:
    item = s.resources.item(action.catalogue_id)
    sessions = s.resources.item_sessions(item) if item is not None else []
    chosen = parsing.picks(text, len(sessions))
    if len(chosen) == 1:
        text = sessions[chosen[0]].isoformat()  # "2": the second session shown
    try:
        period = _range(s, text) or s.language.parse_period(text)
    except PopError as error:
        s.say("date_unclear", reason=error.message(s.lang))
        return False
    if getattr(period, "in_past", False):
        s.say("date_past", date=period.deadline or period.end or period.start)
        return False
    end = period.end or period.deadline
    start = period.start or (end - timedelta(days=27) if end else s.today)
    start = max(start, s.today)
    if start == end:
        end = _session_end(s, action, start) or end
    moved = _workday(s, start)
    if moved != start:
        s.say("moved", holiday=start, start=moved)
    end = max(end or moved, moved)
    action.start, action.end = None, None
    action.start, action.end = moved, end
    s.say("planned", title=action.title, start=action.start, end=action.end)
    goal = s.plan.goal(action.goal_id) if action.goal_id else None
    if goal and goal.deadline and end > goal.deadline:
        s.say("after_deadline", title=action.title, deadline=goal.deadline)
    return True


def _warn_load(s: Session, action: Action) -> None:
    load = workload.compute(s.plan, s.today)
    over = [
        m
        for m in load.over_months
        if action.start and m.end >= action.start and m.start <= (action.end or action.start)
    ]
    if over:
        s.say(
            "over",
            months=[nl_date(m.start, s.lang).split(" ", 1)[1] for m in over],
            planned=max(m.planned for m in over),
            available=over[0].available,
        )


def handle(s: Session, text: str) -> None:
    action = action_of(s)
    if s.q in {"when", "hours"} and action is not None and parsing.clean(text) in DONE_WORDS:
        s.say("done_here", title=action.title)  # "klaar" from the step before: no date error
        return
    if s.q == "when" and action is not None:
        if _plan(s, action, text):
            if action.hours == 0:
                s.ask("hours", action_id=action.id)
            else:
                _warn_load(s, action)
                _next(s, action.id)
    elif s.q == "hours" and action is not None:
        value = parsing.number(text)
        if value is None:
            s.say("hours_unclear")
        elif value > MAX_ACTION_HOURS:
            s.say("hours_range", value=value)
        else:
            action.hours = value
            _warn_load(s, action)
            _next(s, action.id)
    elif s.q == "review":
        answer = parsing.yes_no(text)
        match = re.fullmatch(r"\s*(?:verzet|verplaats|wijzig|move)?\s*(\d+)\s*", text[:50])
        if match and 1 <= int(match.group(1)) <= len(s.plan.actions):
            s.ask("when", action_id=_timeline(s)[int(match.group(1)) - 1].id)
        elif answer is not False and (answer or parsing.clean(text) in {"klaar", "verder", "goed"}):
            s.advance()
        else:
            s.say("pick_action", count=len(s.plan.actions))
    else:
        _next(s, None)


def skip(s: Session) -> None:
    action = action_of(s)
    if s.q in {"when", "hours"} and action is not None:
        ids = [a.id for a in s.plan.actions if a.start is None and a.id != action.id]
        s.ask("when", action_id=ids[0]) if ids else s.ask("review")
    else:
        s.advance()


def _timeline(s: Session) -> list[Action]:
    return sorted(s.plan.actions, key=lambda a: (a.start or date.max, a.title))


def context(s: Session) -> dict[str, Any]:
    action = action_of(s)
    sessions: list[date] = []
    if s.q == "when" and action is not None:
        s.widget = Widget.date
        item = s.resources.item(action.catalogue_id)
        sessions = s.resources.item_sessions(item) if item is not None else []
        s.choices = tuple(Choice(nl_date(d, s.lang), d.isoformat()) for d in sessions)
        if s.choices:
            s.widget = Widget.choices
    elif s.q == "review":
        s.widget = Widget.timeline
    load = workload.compute(s.plan, s.today)
    goal = s.plan.goal(action.goal_id) if action and action.goal_id else None
    return {
        "action": {
            "title": action.title,
            "hours": action.hours,
            "type": label(action.type, s.lang),
            "goal": goal.text if goal else "",
        }
        if action
        else None,
        "sessions": sessions,
        "timeline": [
            {
                "n": i,
                "title": a.title,
                "start": a.start,
                "end": a.end,
                "hours": a.hours,
                "cost": a.cost_eur,
            }
            for i, a in enumerate(_timeline(s), start=1)
        ],
        "over": [nl_date(m.start, s.lang).split(" ", 1)[1] for m in load.over_months],
        "total_planned": load.total_planned,
        "hours_per_week": s.plan.employee.hours_per_week,
        "cost_total": sum(a.cost_eur for a in s.plan.actions),
        "not_realistic": [
            {
                "n": n,
                "text": g.text,
                "reason": g.smart.achievable.reason,
                "question": g.smart.achievable.question,
            }
            for n, g in enumerate(s.plan.goals, start=1)
            if g.smart and g.smart.achievable.met is False
        ],
    }
