"""Reminders as one iCalendar file: action starts and deadlines, goal deadlines, check-ins.

Every event is at 09:00 Europe/Brussels on a workday: starts and check-ins move to the next
workday, deadlines to the workday before, past weekends and the public holidays of the
configured country (named in the user's language). The time zone is written with yearly
rules (RRULE), as Outlook, Google and Apple write it, so every client reads summer time.

A newer file updates the events it sent before instead of doubling them:
- UIDs come from the plan id and the item id;
- SEQUENCE is the plan's stored version, and DTSTAMP the moment that version was saved, so
  the same version always gives the same bytes and a newer version always wins;
- events of items that are gone (removed, done, cancelled, achieved, skipped) are sent once
  more with STATUS:CANCELLED, so they leave people's calendars. Which events earlier
  versions sent is derived from the plan's version history (`calendar_history`).

The periodic check-ins are one recurring event (RRULE) whose occurrences that fall on a
weekend or holiday are moved with RECURRENCE-ID overrides.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vRecur

from pop_assistent.export.sanitize import clean, one_line
from pop_assistent.export.texts import long_date
from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, say
from pop_assistent.model import Action, ActionStatus, CheckIn, Goal, GoalStatus, Plan, label
from pop_assistent.planning.calendar import holiday_name, next_workday, previous_workday
from pop_assistent.planning.checkins import check_in_anchor, nth_periodic

if TYPE_CHECKING:
    from pop_assistent.storage.base import PlanStore

TZID = "Europe/Brussels"
START_HOUR = time(9, 0)
DURATION = timedelta(minutes=30)
UID_DOMAIN = "pop-assistent"
SERIES = "opvolging"
"""The item part of the periodic check-ins' UID."""
ALARMS = {"start": 2, "deadline": 7, "goal": 14, "check_in": 3}
"""Days before the event at which the alarm goes off."""


@dataclass(frozen=True)
class Entry:
    """One event before it becomes iCalendar text."""

    uid: str
    when: date
    summary: str
    lines: tuple[str, ...] = ()
    alarm: int | None = None
    """Days before the event for the reminder; None for none."""
    every_months: int = 0
    """For the periodic series: the interval of its RRULE."""
    count: int = 0
    recurrence_of: date | None = None
    """For an override of one occurrence of the series: the date it replaces."""


@dataclass(frozen=True)
class CalendarHistory:
    """What earlier versions of the plan sent, and which version this file is."""

    version: int
    saved_at: datetime
    earlier: dict[str, Entry] = field(default_factory=dict)
    """The last single event each UID had in an earlier version."""


@dataclass(frozen=True)
class _Ctx:
    plan: Plan
    lang: Language
    country: str

    def uid(self, item: str) -> str:
        return f"{self.plan.id}-{item}@{UID_DOMAIN}"


def _moved_note(ctx: _Ctx, original: date, moved: date) -> str:
    if original == moved:
        return ""
    reason = holiday_name(original, ctx.country, ctx.lang) or say(ctx.lang, N_("weekend"))
    return say(
        ctx.lang,
        N_("Verplaatst van {day} ({reason})."),
        day=long_date(original, ctx.lang),
        reason=reason,
    )


# --- the events of each kind of item ----------------------------------------------------------
def _action_entries(ctx: _Ctx, action: Action) -> list[Entry]:
    goals = {g.id: i + 1 for i, g in enumerate(ctx.plan.goals)}
    details = (
        label(action.type, ctx.lang) + (f" · {action.provider}" if action.provider else ""),
        say(ctx.lang, N_("Doel")) + f" {goals[action.goal_id]}" if action.goal_id in goals else "",
        say(ctx.lang, N_("Verwacht resultaat: ")) + action.expected_return
        if action.expected_return
        else "",
    )
    entries = []
    if action.start is not None:
        moved = next_workday(action.start, ctx.country)
        # an action under way keeps its start in the calendar, without a reminder
        alarm = ALARMS["start"] if action.status is ActionStatus.not_started else None
        summary = say(ctx.lang, N_("Start: ")) + action.title
        lines = (*details, _moved_note(ctx, action.start, moved))
        entries.append(Entry(ctx.uid(f"{action.id}-start"), moved, summary, lines, alarm))
    if action.end is not None:
        moved = previous_workday(action.end, ctx.country)
        entries.append(
            Entry(ctx.uid(f"{action.id}-deadline"), moved, "Deadline: " + action.title,
                  (*details, _moved_note(ctx, action.end, moved)), ALARMS["deadline"])
        )  # fmt: skip
    return entries


def _goal_entries(ctx: _Ctx, n: int, goal: Goal) -> list[Entry]:
    if goal.deadline is None:
        return []
    moved = previous_workday(goal.deadline, ctx.country)
    summary = say(ctx.lang, N_("Deadline doel {n}: "), n=n) + goal.text
    lines = (goal.text, _moved_note(ctx, goal.deadline, moved))
    return [Entry(ctx.uid(f"{goal.id}-deadline"), moved, summary, lines, ALARMS["goal"])]


def _check_in_summary(ctx: _Ctx) -> str:
    return say(ctx.lang, N_("Opvolgmoment POP ")) + ctx.plan.employee.name


def _intro(ctx: _Ctx) -> str:
    return say(
        ctx.lang,
        N_(
            "Bespreek per actie de status, de voortgang, wat goed ging, de obstakels en de "
            "feedback; stuur het plan bij."
        ),
    )


def _check_in_entry(ctx: _Ctx, check_in: CheckIn) -> Entry:
    summary = _check_in_summary(ctx)
    if check_in.held_on is not None:
        held = say(ctx.lang, N_("Gehouden op ")) + long_date(check_in.held_on, ctx.lang) + "."
        return Entry(ctx.uid(check_in.id), check_in.held_on, summary, (held,))
    moved = next_workday(check_in.planned_for, ctx.country)
    lines: tuple[str, ...] = (_intro(ctx), _moved_note(ctx, check_in.planned_for, moved))
    if check_in.skipped_on is not None:
        lines = (say(ctx.lang, N_("Overgeslagen: ")) + check_in.skipped_reason,)
    return Entry(ctx.uid(check_in.id), moved, summary, lines, ALARMS["check_in"])


def _horizon(plan: Plan, anchor: date) -> date:
    """How far the periodic series runs: a year past the last check-in, or past the last
    deadline. It depends on the plan only, so the same version always gives the same file."""
    dates = [anchor + timedelta(days=365)]
    dates += [a.end for a in plan.actions if a.end is not None]
    dates += [g.deadline for g in plan.goals if g.deadline is not None]
    return max(dates)


def _series(ctx: _Ctx) -> list[Entry]:
    anchor = check_in_anchor(ctx.plan)
    every = ctx.plan.check_in_every_months
    horizon = _horizon(ctx.plan, anchor)
    count = 4
    while nth_periodic(anchor, every, count) < horizon and count < 240:
        count += 1
    raw = [nth_periodic(anchor, every, k) for k in range(1, count + 1)]
    summary, intro, uid = _check_in_summary(ctx), _intro(ctx), ctx.uid(SERIES)
    entries = [Entry(uid, raw[0], summary, (intro,), ALARMS["check_in"], every, count)]
    for occurrence in raw:
        moved = next_workday(occurrence, ctx.country)
        if moved != occurrence:
            lines = (intro, _moved_note(ctx, occurrence, moved))
            entries.append(
                Entry(uid, moved, summary, lines, ALARMS["check_in"], recurrence_of=occurrence)
            )
    return entries


def entries(
    plan: Plan, lang: Language = SOURCE_LANGUAGE, country: str = "BE"
) -> tuple[list[Entry], list[Entry]]:
    """(the events to send, the events of closed items): everything the plan has a date for."""
    ctx = _Ctx(plan, lang, country)
    live: list[Entry] = []
    closed: list[Entry] = []
    for action in plan.actions:
        done = action.status in (ActionStatus.done, ActionStatus.cancelled)
        (closed if done else live).extend(_action_entries(ctx, action))
    for n, goal in enumerate(plan.goals, start=1):
        (live if goal.status is GoalStatus.open else closed).extend(_goal_entries(ctx, n, goal))
    for check_in in plan.check_ins:
        (closed if check_in.skipped_on and not check_in.held_on else live).append(
            _check_in_entry(ctx, check_in)
        )
    return live + _series(ctx), closed


# --- iCalendar text -------------------------------------------------------------------------------
def _at(d: date) -> datetime:
    return datetime.combine(d, START_HOUR, tzinfo=ZoneInfo(TZID))


def _event(entry: Entry, sequence: int, stamp: datetime, cancelled: bool = False) -> Event:
    event = Event()
    event.add("uid", entry.uid)
    event.add("dtstamp", stamp)
    event.add("sequence", sequence)
    event.add("dtstart", _at(entry.when))
    event.add("dtend", _at(entry.when) + DURATION)
    if entry.every_months:
        event.add("rrule", vRecur({"FREQ": "MONTHLY", "INTERVAL": entry.every_months,
                                   "COUNT": entry.count}))  # fmt: skip
    if entry.recurrence_of is not None:
        event.add("recurrence-id", _at(entry.recurrence_of))
    event.add("summary", one_line(entry.summary))
    description = "\n".join(clean(line) for line in entry.lines if line)
    if description:
        event.add("description", description)
    event.add("transp", "TRANSPARENT")
    if cancelled:
        event.add("status", "CANCELLED")
    elif entry.alarm is not None:
        reminder = Alarm()
        reminder.add("action", "DISPLAY")
        reminder.add("description", one_line(entry.summary))
        reminder.add("trigger", timedelta(days=-entry.alarm))
        event.add_component(reminder)
    return event


def brussels_timezone() -> Timezone:
    """Europe/Brussels as yearly rules: summer time from the last Sunday of March (02:00) to
    the last Sunday of October (03:00), the EU rule since 1996."""
    zone = Timezone()
    zone.add("tzid", TZID)
    summer = TimezoneDaylight()
    summer.add("dtstart", datetime(1981, 3, 29, 2, 0))
    summer.add("rrule", vRecur({"FREQ": "YEARLY", "BYMONTH": 3, "BYDAY": "-1SU"}))
    summer.add("tzname", "CEST")
    summer.add("tzoffsetfrom", timedelta(hours=1))
    summer.add("tzoffsetto", timedelta(hours=2))
    winter = TimezoneStandard()
    winter.add("dtstart", datetime(1996, 10, 27, 3, 0))
    winter.add("rrule", vRecur({"FREQ": "YEARLY", "BYMONTH": 10, "BYDAY": "-1SU"}))
    winter.add("tzname", "CET")
    winter.add("tzoffsetfrom", timedelta(hours=2))
    winter.add("tzoffsetto", timedelta(hours=1))
    zone.add_component(summer)
    zone.add_component(winter)
    return zone


def plan_calendar(
    plan: Plan,
    *,
    lang: Language = SOURCE_LANGUAGE,
    country: str = "BE",
    history: CalendarHistory | None = None,
) -> bytes:
    """The plan's reminders as an .ics file (bytes).

    Without a history (a plan read from a file) the file is version 0, stamped with the day
    the plan was made, and only the events of the plan's own closed items are cancelled.
    """
    live, closed = entries(plan, lang, country)
    if history is None:
        history = CalendarHistory(0, datetime.combine(plan.created_on, time(0), tzinfo=UTC))
    sent = {e.uid for e in live}
    gone: dict[str, Entry] = {e.uid: e for e in history.earlier.values() if e.uid not in sent}
    gone.update({e.uid: e for e in closed if e.uid not in sent})
    stamp = history.saved_at.astimezone(UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", "-//POP-assistent//POP-assistent//NL")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", one_line((say(lang, N_("POP "))) + plan.employee.name))
    cal.add("x-wr-timezone", TZID)
    cal.add_component(brussels_timezone())
    for entry in live:
        cal.add_component(_event(entry, history.version, stamp))
    for entry in sorted(gone.values(), key=lambda e: (e.when, e.uid)):
        cal.add_component(_event(entry, history.version, stamp, cancelled=True))
    return cal.to_ical()


# --- what earlier versions sent -----------------------------------------------------------------
def history_from_versions(
    version: int,
    saved_at: datetime,
    plans: Iterable[Plan],
    lang: Language = SOURCE_LANGUAGE,
    country: str = "BE",
) -> CalendarHistory:
    """The history of a file that is `version`, given the plan's earlier versions (oldest
    first): every single event any of them sent, as it was last sent."""
    earlier: dict[str, Entry] = {}
    seen: set[str] = set()
    for plan in plans:
        key = _calendar_key(plan)
        if key in seen:
            continue  # most versions differ only in the conversation: same events
        seen.add(key)
        live, _ = entries(plan, lang, country)
        for entry in live:
            if not entry.every_months and entry.recurrence_of is None:
                earlier[entry.uid] = replace(entry, alarm=None)
    return CalendarHistory(version, saved_at, earlier)


def _calendar_key(plan: Plan) -> str:
    """Everything the events of a plan depend on, as one string."""
    parts = [plan.employee.name, str(plan.check_in_every_months), plan.created_on.isoformat()]
    parts += [a.model_dump_json(include={"id", "title", "status", "start", "end", "type",
                                         "provider", "goal_id", "expected_return"})
              for a in plan.actions]  # fmt: skip
    parts += [g.model_dump_json(include={"id", "text", "status", "deadline"}) for g in plan.goals]
    parts += [c.model_dump_json(include={"id", "planned_for", "held_on", "skipped_on",
                                         "skipped_reason"})
              for c in plan.check_ins]  # fmt: skip
    return "\n".join(parts)


def calendar_history(
    store: PlanStore, plan: Plan, lang: Language = SOURCE_LANGUAGE, country: str = "BE"
) -> CalendarHistory | None:
    """The history of `plan` in the store: its version (the stored one it equals, or the next
    one when it has unsaved changes) and what every stored version sent. None when the plan
    is not in the store."""
    from pop_assistent.errors import PlanNotFoundError

    try:
        latest = store.load(plan.id)
    except PlanNotFoundError:
        return None
    version = latest.version if latest.plan == plan else latest.version + 1
    versions = (store.load(plan.id, v.version).plan for v in store.history(plan.id))
    return history_from_versions(version, latest.saved_at, versions, lang, country)
