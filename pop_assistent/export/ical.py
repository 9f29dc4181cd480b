"""Reminders as one iCalendar file: action starts and deadlines, goal deadlines, check-ins.

Every event is at 09:00 Europe/Brussels (with its VTIMEZONE) on a workday: starts and
check-ins move to the next workday, deadlines to the workday before, past weekends and the
public holidays of the configured country. UIDs come from the plan id and the item id, so
importing a newer file updates the events instead of doubling them; SEQUENCE grows with the
export date for the same reason. The periodic check-ins are one recurring event (RRULE) whose
occurrences that fall on a weekend or holiday are moved with RECURRENCE-ID overrides.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, vRecur

from pop_assistent.export.sanitize import clean, one_line
from pop_assistent.export.texts import long_date
from pop_assistent.model import ActionStatus, GoalStatus, Plan, label
from pop_assistent.planning.calendar import holiday_name, next_workday, previous_workday
from pop_assistent.planning.checkins import check_in_anchor, periodic_dates

TZID = "Europe/Brussels"
START_HOUR = time(9, 0)
DURATION = timedelta(minutes=30)
EPOCH = date(2020, 1, 1)
UID_DOMAIN = "pop-assistent"
ALARMS = {"start": 2, "deadline": 7, "goal": 14, "check_in": 3}
"""Days before the event at which the alarm goes off."""


@dataclass(frozen=True)
class _Ctx:
    plan: Plan
    today: date
    lang: str
    country: str

    def tr(self, nl: str, en: str) -> str:
        return en if self.lang == "en" else nl


def _at(d: date) -> datetime:
    return datetime.combine(d, START_HOUR, tzinfo=ZoneInfo(TZID))


def _moved_note(ctx: _Ctx, original: date, moved: date) -> str:
    if original == moved:
        return ""
    reason = holiday_name(original, ctx.country) or ctx.tr("weekend", "weekend")
    return ctx.tr(
        f"Verplaatst van {long_date(original, 'nl')} ({reason}).",
        f"Moved from {long_date(original, 'en')} ({reason}).",
    )


def _event(ctx: _Ctx, uid: str, when: date, summary: str, lines: list[str], alarm: int) -> Event:
    event = Event()
    event.add("uid", f"{ctx.plan.id}-{uid}@{UID_DOMAIN}")
    event.add("dtstamp", datetime.combine(ctx.today, time(0, 0), tzinfo=timezone.utc))  # noqa: UP017
    event.add("sequence", max(0, (ctx.today - EPOCH).days))
    event.add("dtstart", _at(when))
    event.add("dtend", _at(when) + DURATION)
    event.add("summary", one_line(summary))
    description = "\n".join(clean(line) for line in lines if line)
    if description:
        event.add("description", description)
    event.add("transp", "TRANSPARENT")
    reminder = Alarm()
    reminder.add("action", "DISPLAY")
    reminder.add("description", one_line(summary))
    reminder.add("trigger", timedelta(days=-alarm))
    event.add_component(reminder)
    return event


def _action_events(ctx: _Ctx) -> list[Event]:
    events = []
    goals = {g.id: i + 1 for i, g in enumerate(ctx.plan.goals)}
    for action in ctx.plan.actions:
        if action.status in (ActionStatus.done, ActionStatus.cancelled):
            continue
        details = [
            f"{label(action.type, ctx.lang)}"
            + (f" · {action.provider}" if action.provider else ""),
            ctx.tr("Doel", "Goal") + f" {goals[action.goal_id]}" if action.goal_id else "",
            ctx.tr("Verwacht resultaat: ", "Expected return: ") + action.expected_return
            if action.expected_return
            else "",
        ]
        if action.start is not None and action.status == ActionStatus.not_started:
            moved = next_workday(action.start, ctx.country)
            summary = ctx.tr("Start: ", "Starts: ") + action.title
            lines = [*details, _moved_note(ctx, action.start, moved)]
            events.append(_event(ctx, f"{action.id}-start", moved, summary, lines, ALARMS["start"]))
        if action.end is not None:
            moved = previous_workday(action.end, ctx.country)
            summary = ctx.tr("Deadline: ", "Deadline: ") + action.title
            lines = [*details, _moved_note(ctx, action.end, moved)]
            uid = f"{action.id}-deadline"
            events.append(_event(ctx, uid, moved, summary, lines, ALARMS["deadline"]))
    return events


def _goal_events(ctx: _Ctx) -> list[Event]:
    events = []
    for n, goal in enumerate(ctx.plan.goals, start=1):
        if goal.status != GoalStatus.open or goal.deadline is None:
            continue
        moved = previous_workday(goal.deadline, ctx.country)
        summary = ctx.tr(f"Deadline doel {n}: ", f"Goal {n} deadline: ") + goal.text
        lines = [goal.text, _moved_note(ctx, goal.deadline, moved)]
        events.append(_event(ctx, f"{goal.id}-deadline", moved, summary, lines, ALARMS["goal"]))
    return events


def _horizon(ctx: _Ctx) -> date:
    dates = [ctx.today + timedelta(days=365)]
    dates += [a.end for a in ctx.plan.actions if a.end is not None]
    dates += [g.deadline for g in ctx.plan.goals if g.deadline is not None]
    return max(dates)


def _check_in_events(ctx: _Ctx) -> list[Event]:
    plan = ctx.plan
    summary = ctx.tr("Opvolgmoment POP ", "PDP check-in ") + plan.employee.name
    intro = ctx.tr(
        "Bespreek per actie de status, de voortgang, wat goed ging, de obstakels en de "
        "feedback; stuur het plan bij.",
        "Go over each action's status, progress, what went well, obstacles and feedback; "
        "adjust the plan.",
    )
    events = []
    for check_in in plan.check_ins:
        if check_in.held_on is not None:
            continue
        moved = next_workday(check_in.planned_for, ctx.country)
        if moved < ctx.today:
            continue
        lines = [intro, _moved_note(ctx, check_in.planned_for, moved)]
        events.append(_event(ctx, f"{check_in.id}", moved, summary, lines, ALARMS["check_in"]))
    anchor = check_in_anchor(plan)
    every = plan.check_in_every_months
    horizon = _horizon(ctx)
    count = 4
    while periodic_dates(anchor, every, count)[-1] < horizon and count < 240:
        count += 1
    raw = periodic_dates(anchor, every, count)
    master = _event(ctx, "opvolging", raw[0], summary, [intro], ALARMS["check_in"])
    master.add("rrule", vRecur({"FREQ": "MONTHLY", "INTERVAL": every, "COUNT": count}))
    events.append(master)
    for occurrence in raw:
        moved = next_workday(occurrence, ctx.country)
        if moved == occurrence:
            continue
        lines = [intro, _moved_note(ctx, occurrence, moved)]
        override = _event(ctx, "opvolging", moved, summary, lines, ALARMS["check_in"])
        override.add("recurrence-id", _at(occurrence))
        events.append(override)
    return events


def plan_calendar(plan: Plan, *, today: date, lang: str = "nl", country: str = "BE") -> bytes:
    """The plan's reminders as an .ics file (bytes)."""
    ctx = _Ctx(plan=plan, today=today, lang=lang, country=country)
    cal = Calendar()
    cal.add("prodid", "-//POP-assistent//POP-assistent//NL")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", one_line(ctx.tr("POP ", "PDP ") + plan.employee.name))
    cal.add("x-wr-timezone", TZID)
    for event in _action_events(ctx) + _goal_events(ctx) + _check_in_events(ctx):
        cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()
