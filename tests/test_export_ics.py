"""The .ics reminders: parsed back with icalendar (recurrence expanded by recurring-ical-events)
and, every file, with Mozilla's ical.js too: both must read the same events at the same minute."""

from __future__ import annotations

import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import holidays
import icalendar
import recurring_ical_events
from icaljs_support import ensure_icaljs, read_with_icaljs

from pop_assistent.config import Settings
from pop_assistent.demo import karim, sophie
from pop_assistent.export import export_plan
from pop_assistent.export.ical import CalendarHistory, plan_calendar
from pop_assistent.model import Action, ActionStatus, GoalStatus, Plan


def calendar_of(plan: Plan, today: date, country: str = "BE") -> icalendar.Calendar:
    data = export_plan(plan, "ics", today=today, settings=Settings(country=country))
    cal = icalendar.Calendar.from_ical(data)
    same_in_icaljs(data, cal)
    return cal


def same_in_icaljs(data: bytes, cal: icalendar.Calendar) -> None:
    """ical.js reads the same events (UID, status, start to the minute) as icalendar."""

    def utc(prop: icalendar.vDDDTypes | None) -> str:
        return prop.dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M") if prop is not None else ""

    python = sorted(
        (str(e["UID"]), utc(e.get("RECURRENCE-ID")), utc(e["DTSTART"]), str(e.get("STATUS", "")))
        for e in cal.walk("VEVENT")
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.ics"
        path.write_bytes(data)
        (read,) = read_with_icaljs(ensure_icaljs(), path)
    mozilla = sorted(
        (e["uid"], (e["recurrence_id"] or "")[:16], e["start"][:16], e["status"])
        for e in read["events"]
    )
    assert mozilla == python


def occurrences(cal: icalendar.Calendar, today: date) -> list[icalendar.Event]:
    return list(recurring_ical_events.of(cal).between(today, today + timedelta(days=3 * 365)))


def test_every_item_is_an_event_with_an_alarm_in_brussels_time(today: date) -> None:
    plan = karim(today)
    cal = calendar_of(plan, today)
    events = list(cal.walk("VEVENT"))
    summaries = [str(e["SUMMARY"]) for e in events]
    for action in plan.actions:
        assert f"Start: {action.title}" in summaries
        assert f"Deadline: {action.title}" in summaries
    assert sum(s.startswith("Deadline doel") for s in summaries) == len(plan.goals)
    for event in events:
        assert event["DTSTART"].params["TZID"] == "Europe/Brussels"
        alarms = list(event.walk("VALARM"))
        assert len(alarms) == 1 and alarms[0]["TRIGGER"].dt < timedelta(0)
    zones = [str(z["TZID"]) for z in cal.walk("VTIMEZONE")]
    assert zones == ["Europe/Brussels"]


def test_periodic_check_ins_recur_on_workdays_every_n_months(today: date) -> None:
    plan = karim(today).model_copy(update={"check_in_every_months": 2})
    cal = calendar_of(plan, today)
    masters = [e for e in cal.walk("VEVENT") if "RRULE" in e]
    assert len(masters) == 1
    assert masters[0]["RRULE"]["INTERVAL"] == [2]
    checks = [e for e in occurrences(cal, today) if str(e["SUMMARY"]).startswith("Opvolgmoment")]
    days = sorted(e["DTSTART"].dt.date() for e in checks)
    assert len(days) >= 8
    be = holidays.country_holidays("BE", years=range(2026, 2031))
    for day in days:
        assert day.weekday() < 5 and day not in be, day
    periodic = days[2:]  # after the two planned check-ins
    gaps = [(b - a).days for a, b in zip(periodic, periodic[1:], strict=False)]
    assert all(55 <= gap <= 66 for gap in gaps), gaps


def test_dates_move_off_weekends_and_the_countrys_holidays(today: date) -> None:
    plan = sophie(today)
    # 27 April 2027 is King's Day in the Netherlands, an ordinary Tuesday in Belgium;
    # 1 May 2027 is a Saturday; 15 August 2027 (a Sunday) is a holiday in Belgium.
    extra = [
        Action(id="a-koningsdag", title="Koningsdag", start=date(2027, 4, 27)),
        Action(id="a-zaterdag", title="Zaterdag", start=date(2027, 5, 1), end=date(2027, 5, 1)),
    ]
    plan = plan.model_copy(update={"actions": plan.actions + extra})
    starts = {
        country: {
            str(e["SUMMARY"]): e["DTSTART"].dt.date()
            for e in calendar_of(plan, today, country).walk("VEVENT")
        }
        for country in ("BE", "NL")
    }
    assert starts["BE"]["Start: Koningsdag"] == date(2027, 4, 27)
    assert starts["NL"]["Start: Koningsdag"] == date(2027, 4, 28)
    assert starts["BE"]["Start: Zaterdag"] == date(2027, 5, 3)  # next workday
    assert starts["BE"]["Deadline: Zaterdag"] == date(2027, 4, 30)  # workday before


def test_uids_are_stable_and_sequence_is_the_plans_version(today: date) -> None:
    plan = karim(today)
    saved = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
    first = icalendar.Calendar.from_ical(plan_calendar(plan, history=CalendarHistory(3, saved)))
    moved = plan.model_copy(deep=True)
    moved.actions[0].end = date(2027, 3, 26)
    later = CalendarHistory(4, saved + timedelta(days=30))
    second = icalendar.Calendar.from_ical(plan_calendar(moved, history=later))

    def by_uid(cal: icalendar.Calendar) -> dict[str, icalendar.Event]:
        return {str(e["UID"]): e for e in cal.walk("VEVENT") if "RECURRENCE-ID" not in e}

    a, b = by_uid(first), by_uid(second)
    assert set(a) == set(b)
    uid = f"{plan.id}-{plan.actions[0].id}-deadline@pop-assistent"
    assert b[uid]["DTSTART"].dt.date() == date(2027, 3, 26)
    assert (a[uid]["SEQUENCE"], b[uid]["SEQUENCE"]) == (3, 4)
    assert b[uid]["DTSTAMP"].dt == saved + timedelta(days=30)
    # without a stored version (a plan read from a file) the file is the same on any day
    assert export_plan(plan, "ics", today=today) == export_plan(
        plan, "ics", today=today + timedelta(days=40)
    )


def test_holidays_are_named_in_the_users_language(today: date) -> None:
    plan = karim(today).model_copy(deep=True)
    plan.actions.append(Action(id="a-feest", title="Opleiding", start=date(2027, 7, 21)))
    for lang, name in (("nl", "Nationale feestdag"), ("en", "National Day")):
        cal = icalendar.Calendar.from_ical(export_plan(plan, "ics", today=today, lang=lang))
        (start,) = [e for e in cal.walk("VEVENT") if "a-feest-start" in str(e["UID"])]
        assert start["DTSTART"].dt.date() == date(2027, 7, 22)
        assert f"21 {'juli' if lang == 'nl' else 'July'} 2027 ({name})" in str(start["DESCRIPTION"])


def test_closed_items_are_cancelled_without_a_reminder(today: date) -> None:
    plan = karim(today).model_copy(deep=True)
    plan.actions[0].status = ActionStatus.done
    plan.goals[0].status = GoalStatus.achieved
    plan.check_ins[0].skipped_reason = "met verlof"
    plan.check_ins[0].skipped_on = today
    cal = calendar_of(plan, today)
    cancelled = {str(e["UID"]).split("@")[0]: e for e in cal.walk("VEVENT")
                 if e.get("STATUS") == "CANCELLED"}  # fmt: skip
    assert set(cancelled) == {
        f"{plan.id}-{plan.actions[0].id}-start",
        f"{plan.id}-{plan.actions[0].id}-deadline",
        f"{plan.id}-{plan.goals[0].id}-deadline",
        f"{plan.id}-c-karim-1",
    }
    assert all(not list(e.walk("VALARM")) for e in cancelled.values())
    assert "met verlof" in str(cancelled[f"{plan.id}-c-karim-1"]["DESCRIPTION"])


def test_done_actions_have_no_reminders(today: date) -> None:
    plan = karim(today).model_copy(deep=True)
    plan.actions[0].status = ActionStatus.done
    events = calendar_of(plan, today).walk("VEVENT")
    about = [e for e in events if plan.actions[0].title in str(e["SUMMARY"])]
    assert about and all(e["STATUS"] == "CANCELLED" and not e.walk("VALARM") for e in about)


def test_history_counts_the_stored_versions_and_unsaved_changes(
    tmp_path: Path, today: date
) -> None:
    from pop_assistent.export.ical import calendar_history
    from pop_assistent.storage.sqlite import SQLiteStore

    plan = karim(today)
    with SQLiteStore(tmp_path / "pop.sqlite3") as store:
        assert calendar_history(store, plan) is None  # not stored: a file of its own
        store.save(plan, None, "demo")
        store.save(plan.model_copy(update={"check_in_every_months": 2}), 1, "ritme")
        stored = store.load(plan.id).plan
        history = calendar_history(store, stored)
        assert history is not None and history.version == 2
        changed = stored.model_copy(update={"actions": stored.actions[1:]})
        unsaved = calendar_history(store, changed)
        assert unsaved is not None and unsaved.version == 3
        gone = f"{plan.id}-{plan.actions[0].id}-deadline@pop-assistent"
        assert gone in unsaved.earlier
        cal = icalendar.Calendar.from_ical(plan_calendar(changed, history=unsaved))
        (event,) = [e for e in cal.walk("VEVENT") if str(e["UID"]) == gone]
        assert event["STATUS"] == "CANCELLED" and event["SEQUENCE"] == 3
