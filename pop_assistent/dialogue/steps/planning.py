"""Step 6, planning: when each action happens (Dutch time expressions), hours, workload.

Dates are moved off weekends and public holidays (planning/calendar). After every action the
workload per month is compared with the hours available; the review shows the timeline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from pop_assistent.conversation.questions import Questions
from pop_assistent.dialogue.resources import attr
from pop_assistent.dialogue.session import Session
from pop_assistent.dialogue.steps import StepSpec
from pop_assistent.dialogue.steps.common import (
    action_of,
    date_unclear,
    next_after,
    read_hours,
    reckoned,
)
from pop_assistent.dialogue.steps.goals import check
from pop_assistent.dialogue.types import Choice, Step, Widget
from pop_assistent.errors import PopError
from pop_assistent.i18n import N_, translate, translations
from pop_assistent.model import Action, label
from pop_assistent.planning import workload
from pop_assistent.text import answers, formats

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
    "hours_saved": {"title": "MOOC", "hours": 7.5, "said": "twee namiddagen", "day": 7.6},
    "field_unclear": {},
    "changed": {"title": "MOOC", "field": "hours", "value": "7,5 uur"},
    "type_unclear": {},
    "cost_unclear": {},
    "no_session_then": {"title": "Heftruck", "next": date(2027, 3, 8), "later": True},
    "session_taken": {"title": "Heftruck", "start": date(2027, 3, 8), "end": date(2027, 3, 9)},
    "working_time": {"title": "Meedraaien", "n": 1, "hours": 40, "on": True, "legal": False},
}
FIELDS: list[tuple[str, str, str]] = [
    ("hours", r"uur|uren|hours?|tijd|time", N_("uren")),
    ("period", r"periode|datum|data|wanneer|period|dates?|when|planning", N_("periode")),
    ("type", r"soort|type|vorm|kind", N_("soort")),
    ("provider", r"aanbieder|provider|wie geeft|organisator", N_("aanbieder")),
    ("cost", r"kost|prijs|euro|€|cost|price", N_("kosten")),
    ("title", r"titel|naam|title|name", N_("titel")),
]
"""The fields of an action the person can change, the words that name them (in every language
the conversation speaks) and the name its button shows (a msgid)."""
DONE_WORDS = answers.DONE


def _next(s: Session, after: str | None) -> None:
    ids = [a.id for a in s.plan.actions if a.start is None]
    action_id = next_after(ids, None)
    if action_id is None:
        for goal in s.plan.goals:
            check(s, goal)
        s.ask(REVIEW)
    else:
        s.ask(WHEN, action_id=action_id)


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


def _session_within(s: Session, action: Action, start: date, end: date) -> tuple[date, date] | None:
    """The first session of a course on fixed dates that starts in the period typed, with its
    own first and last day: the action takes those, not the period typed."""
    item = s.resources.item(action.catalogue_id)
    runs = []
    for session in attr(item, "sessions", default=[]) or []:
        first = attr(session, "start", default=None)
        if isinstance(first, date) and start <= first <= end and first >= s.today:
            last = attr(session, "end", default=None)
            runs.append((first, last if isinstance(last, date) and last >= first else first))
    return min(runs) if runs else None


def _no_session_then(s: Session, action: Action, start: date, end: date) -> bool:
    """A course given on fixed dates planned when it is not given: say so and name the next
    session (the sessions are offered as buttons)."""
    item = s.resources.item(action.catalogue_id)
    sessions = s.resources.item_sessions(item, limit=None) if item is not None else []
    if not sessions or any(start <= day <= end for day in sessions):
        return False
    after = [day for day in sessions if day >= start]
    s.say("no_session_then", title=action.title, next=after[0] if after else sessions[-1],
          later=bool(after))  # fmt: skip
    return True


def _plan(s: Session, action: Action, text: str) -> bool:
    item = s.resources.item(action.catalogue_id)
    sessions = s.resources.item_sessions(item) if item is not None else []
    chosen = answers.picks(text, len(sessions))
    if len(chosen) == 1:
        text = sessions[chosen[0]].isoformat()  # "2": the second session shown
    try:
        period = _range(s, text) or s.language.parse_period(text)
    except PopError as error:
        date_unclear(s, error)
        return False
    if getattr(period, "in_past", False):
        s.say("date_past", date=period.deadline or period.end or period.start)
        return False
    end = period.end or period.deadline
    start = period.start or (end - timedelta(days=27) if end else s.today)
    start = max(start, s.today)
    if start == end:
        end = _session_end(s, action, start) or end
    if _no_session_then(s, action, start, end or start):
        return False
    session = _session_within(s, action, start, end or start)
    taken = session is not None and session != (start, end)
    if session is not None and taken:
        s.say("session_taken", title=action.title, start=session[0], end=session[1])
        start, end = session  # a course on fixed dates: its session, not the period typed
    given = s.resources.item_sessions(item, limit=None) if item is not None else []
    moved = start if start in given else _workday(s, start)  # a Saturday course is on Saturday
    if moved != start:
        s.say("moved", holiday=start, start=moved)
    end = max(end or moved, moved)
    action.start, action.end = None, None
    action.start, action.end = moved, end
    if not taken:  # the session's note named the dates already
        s.say("planned", title=action.title, start=action.start, end=action.end)
    goal = s.plan.goal(action.goal_id) if action.goal_id else None
    if goal and goal.deadline and end > goal.deadline:
        s.say("after_deadline", title=action.title, deadline=goal.deadline)
    return True


def _load(s: Session) -> workload.Workload:
    return workload.compute(s.plan, s.today, legal_in_working_time=s.legal_in_working_time)


def _warn_load(s: Session, action: Action) -> None:
    if all(a.start is not None for a in s.plan.actions):
        return  # the last one: the overview that follows names the busy months once
    load = _load(s)
    over = [
        m
        for m in load.over_months
        if action.start and m.end >= action.start and m.start <= (action.end or action.start)
    ]
    if over:
        s.say(
            "over",
            months=[formats.month_year(m.start, s.lang) for m in over],
            planned=max(m.planned for m in over),
            available=over[0].available,
        )


def _done_word(s: Session, action: Action | None, text: str) -> bool:
    if action is not None and answers.key(text) in DONE_WORDS:
        s.say("done_here", title=action.title)  # "klaar" from the step before: no date error
        return True
    return False


def _when(s: Session, text: str) -> None:
    action = action_of(s)
    if action is None:
        _next(s, None)
        return
    if _done_word(s, action, text) or not _plan(s, action, text):
        return
    if action.hours == 0:
        s.ask(HOURS, action_id=action.id)
    else:
        _warn_load(s, action)
        _next(s, action.id)


def _hours(s: Session, text: str) -> None:
    action = action_of(s)
    if action is None:
        _next(s, None)
        return
    if _done_word(s, action, text):
        return
    value = read_hours(s, text, answers.hours, MAX_ACTION_HOURS)
    if value is not None:
        action.hours = value
        said = reckoned(s, text)
        s.say("hours_saved", title=action.title, hours=value, said=said, day=s.hours_per_day)
        _warn_load(s, action)
        _next(s, action.id)


_WORKING_TIME = re.compile(
    r"\s*(?:(?P<own>eigen tijd|eigen leertijd|niet in werktijd|geen werktijd|own time|not in "
    r"working time)|(?:in\s+)?(?:werktijd|werkuren|de werkuren|working time|work time|working "
    r"hours))\s*(?:voor\s+|for\s+)?(?:acties?\s+|actions?\s+)?"
    r"(?P<n>\d+(?:\s*(?:,|&|\+|\ben\b|\band\b)\s*\d+)*)\s*(?:[,.;:!]\s*.*)?",
    re.I | re.S,
)
"""'werktijd 2': action 2 is done in working time; 'eigen tijd 2' takes that back; 'werktijd 1
en 2, code 95 doe ik in diensttijd': both, and the remark after the numbers is no number (the
reply names each action it set, so a remark that asked more is seen not to be done)."""


def _working_time(s: Session, text: str) -> bool:
    """'werktijd N' or 'eigen tijd N' at the review: says whether the action's hours are
    working time by agreement (learning on the job, a course day the employer gives)."""
    match = _WORKING_TIME.fullmatch(text[:80])
    if match is None:
        return False
    numbers = [int(n) for n in re.findall(r"\d+", match.group("n"))]
    if not all(1 <= number <= len(s.plan.actions) for number in numbers):
        s.say("pick_action", count=len(s.plan.actions))
        return True
    for number in dict.fromkeys(numbers):
        action = s.plan.actions[number - 1]
        action.in_working_time = match.group("own") is None
        s.say("working_time", title=action.title, n=number, hours=action.hours,
              on=action.in_working_time, legal=action.legally_required)  # fmt: skip
        _recheck(s, action)
    return True


def _recheck(s: Session, action: Action) -> None:
    """Judge the action's goal again (its hours or period changed, or where they come from)."""
    goal = s.plan.goal(action.goal_id) if action.goal_id else None
    if goal is not None:
        check(s, goal)


def _review(s: Session, text: str) -> None:
    if _working_time(s, text):
        return
    answer = answers.yes_no(text)
    match = re.fullmatch(r"\s*(?:verzet|verplaats|wijzig|move)?\s*(\d+)\s*", text[:50])
    if match and 1 <= int(match.group(1)) <= len(s.plan.actions):
        s.ask(WHEN, action_id=s.plan.actions[int(match.group(1)) - 1].id)
    elif answer is not False and (answer or answers.key(text) in {"klaar", "verder", "goed"}):
        s.advance()
    else:
        s.say("pick_action", count=len(s.plan.actions))


def _field(text: str) -> str | None:
    n = answers.index(text, len(FIELDS))
    if n is not None:
        return FIELDS[n][0]
    t = answers.key(text)
    return next((name for name, pattern, _ in FIELDS if re.search(pattern, t)), None)


def start_edit(s: Session, action: Action, rest: str) -> None:
    """'wijzig actie 2' (asks which field) or 'wijzig actie 2: 6 uur' (changes it at once)."""
    s.switch(Step.planning, EDIT_FIELD, action_id=action.id)
    if rest:
        field = "hours" if answers.mentions_time(rest) else _field(rest)
        if field is not None:
            s.again(question=EDIT_VALUE.key, field=field)
            value = re.sub(
                r"(?i)^\s*(uren|uur|kosten|kost|prijs|periode|soort|aanbieder|titel)\s*[:=]?\s*",
                "",
                rest,
            )
            _edit_value(s, value or rest)


def _edit_field(s: Session, text: str) -> None:
    action = action_of(s)
    if action is None:
        if not s.resume():
            _next(s, None)
        return
    field = _field(text)
    if field is None:
        s.say("field_unclear")
        return
    s.again(question=EDIT_VALUE.key, field=field)


def _edit_value(s: Session, text: str) -> None:
    from pop_assistent.dialogue.steps.resources import read_cost, type_named

    action = action_of(s)
    field = s.pending.field
    if action is None or not field:
        if not s.resume():
            _next(s, None)
        return
    shown = ""
    if field == "hours":
        value = read_hours(s, text, answers.hours, MAX_ACTION_HOURS)
        if value is None:
            return
        action.hours = value
        shown = (
            translations(s.lang).gettext("{hours} uur").format(hours=formats.hours(value, s.lang))
        )
        if said := reckoned(s, text):
            shown += f" ({said})"
    elif field == "period":
        if not _plan(s, action, text):
            return
    elif field == "type":
        kind = type_named(text, numbered=True)
        if kind is None:
            s.say("type_unclear")
            return
        action.type = kind
        shown = label(kind, s.lang)
    elif field == "cost":
        price = read_cost(text)
        if isinstance(price, str):
            s.say("cost_unclear")
            return
        action.cost_eur = price
        shown = formats.money(price, s.lang)
    else:
        typed = " ".join(text.split())[: 500 if field == "title" else 300]
        if not typed:
            return
        setattr(action, field, typed)
        shown = typed
    if shown:
        s.say("changed", title=action.title, field=field, value=shown)
    _recheck(s, action)
    if not s.resume():
        _next(s, None)


def skip(s: Session) -> None:
    action = action_of(s)
    if s.q in {"when", "hours"} and action is not None:
        ids = [a.id for a in s.plan.actions if a.start is None and a.id != action.id]
        if ids:
            s.ask(WHEN, action_id=ids[0])
        else:
            s.ask(REVIEW)
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
        s.choices = (  # the readings of an ambiguous date typed just now come first
            *s.choices,
            *(Choice(formats.long_date(d, s.lang), d.isoformat()) for d in sessions),
        )
        if s.choices:
            s.widget = Widget.choices
    elif s.q == "review":
        s.widget = Widget.timeline
    elif s.q == "edit_field":
        s.widget = Widget.choices
        s.choices = tuple(Choice(translate(s.lang, shown), name) for name, _, shown in FIELDS)
    load = _load(s)
    goal = s.plan.goal(action.goal_id) if action and action.goal_id else None
    return {
        "action": {
            "title": action.title,
            "hours": action.hours,
            "type": label(action.type, s.lang),
            "goal": goal.text if goal else "",
            "start": action.start,
            "end": action.end,
            "cost": action.cost_eur,
            "provider": action.provider,
            "number": s.plan.actions.index(action) + 1,
        }
        if action
        else None,
        "field": s.pending.field,
        "sessions": sessions,
        "timeline": [
            {
                "n": s.plan.actions.index(a) + 1,
                "title": a.title,
                "start": a.start,
                "end": a.end,
                "hours": a.hours,
                "cost": a.cost_eur,
                "legal": a.legally_required and s.legal_in_working_time,
                "agreed": a.in_working_time,
            }
            for a in _timeline(s)
        ],
        "over": [formats.month_year(m.start, s.lang) for m in load.over_months],
        "too_big": workload.beyond_its_months(s.plan, s.legal_in_working_time),
        "in_over": _in_over_months(s, load),
        "total_planned": load.total_planned,
        "working_time": load.working_time,
        "hours_per_week": s.plan.employee.hours_per_week,
        "cost_total": sum(a.cost_eur or 0 for a in s.plan.actions),
        "cost_unknown": sum(1 for a in s.plan.actions if a.cost_eur is None),
        "not_realistic": [
            {
                "n": n,
                "text": g.text,
                "reason": g.smart.achievable.reason,
                "question": g.smart.achievable.question,
                "busy": bool(
                    workload.overbooked(s.plan, g.id, s.today, s.legal_in_working_time, load)
                ),
            }
            for n, g in enumerate(s.plan.goals, start=1)
            if g.smart and g.smart.achievable.met is False
        ],
    }


def _in_over_months(s: Session, load: workload.Workload) -> list[int]:
    """The numbers of the actions of own learning time that run in a month with too many
    hours, the biggest first: those that working time could take."""
    over = load.over_months
    found = [
        (-a.hours, n)
        for n, a in enumerate(s.plan.actions, start=1)
        if a.start
        and not workload.in_working_time(a, s.legal_in_working_time)
        and any(a.start <= m.end and m.start <= (a.end or a.start) for m in over)
    ]
    return [n for _, n in sorted(found)]


Q = Questions[Session]("planning")


def _planned(s: Session) -> str:
    """The period the action has (shown when 'terug' comes back to the when question)."""
    action = action_of(s)
    return formats.period(action.start, action.end, s.lang) if action and action.start else ""


def _keep_when(s: Session) -> None:
    """'ok' on a revisited when question keeps the period: the hours next if there are none."""
    action = action_of(s)
    if action is not None and action.start is not None and action.hours == 0:
        s.ask(HOURS, action_id=action.id)
    elif action is not None and action.start is not None:
        _next(s, action.id)
    else:
        skip(s)


WHEN = Q.add("when", _when, title=N_("wanneer"), stored=_planned, skip=_keep_when)
HOURS = Q.add(
    "hours",
    _hours,
    title=N_("uren"),
    stored=lambda s: formats.hours(a.hours, s.lang) if (a := action_of(s)) and a.hours else "",
)
REVIEW = Q.add("review", _review, title=N_("planning nakijken"))
EDIT_FIELD = Q.add(
    "edit_field",
    _edit_field,
    skip=lambda s: None if s.resume() else _next(s, None),
    title=N_("actie wijzigen"),
)
EDIT_VALUE = Q.add(
    "edit_value",
    _edit_value,
    skip=lambda s: None if s.resume() else _next(s, None),
    title=N_("actie wijzigen"),
)

SPEC = StepSpec(Step.planning, Q, enter, context, skip, note_samples=NOTE_SAMPLES)
