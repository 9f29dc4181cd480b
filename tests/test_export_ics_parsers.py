"""Calendar files read by two real parsers, Python's icalendar and Mozilla's ical.js (node).

Both must put a summer and a winter reminder at the same UTC minute (09:00 in Brussels),
expand the periodic check-ins the same way, and, after a check-in removed an action, see
its events cancelled when the newer file is imported over the older one.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest
from icaljs_support import ensure_icaljs, read_with_icaljs

from pop_assistent.demo import karim
from pop_assistent.export import export_plan
from pop_assistent.export.ical import calendar_history
from pop_assistent.followup import CheckInSession
from pop_assistent.planning.checkins import check_in_anchor, nth_periodic
from pop_assistent.storage.sqlite import SQLiteStore

PLAN = "karim-el-amrani"
VCA = "a-karim-vca"
SUMMER = (f"{PLAN}-a-karim-mentor-start@pop-assistent", "2027-04-01T07:00:00Z")
WINTER = (f"{PLAN}-a-karim-communicatie-deadline@pop-assistent", "2027-03-22T08:00:00Z")
CHECK_IN_ANSWERS = ["afgerond", "", "", "ja", "ja", "bezig 20%", "", "", "", "",
                    "schrappen", "VCA", "klaar", "ok"]  # fmt: skip


@pytest.fixture(scope="module")
def node() -> str:
    return ensure_icaljs()


@pytest.fixture
def store(tmp_path: Path, today: date) -> Iterator[SQLiteStore]:
    with SQLiteStore(tmp_path / "pop.sqlite3") as opened:
        opened.save(karim(today), None, "demo")
        yield opened


def export_ics(store: SQLiteStore, path: Path, today: date) -> bytes:
    plan = store.load(PLAN).plan
    data = export_plan(plan, "ics", today=today, history=calendar_history(store, plan))
    path.write_bytes(data)
    return data


def hold_check_in_that_drops_vca(store: SQLiteStore) -> None:
    stored = store.load(PLAN)
    session = CheckInSession(
        stored.plan, today=date(2027, 4, 2), store=store, base_version=stored.version
    )
    reply = session.start()
    for answer in CHECK_IN_ANSWERS:
        reply = session.answer(answer)
    assert reply.finished and store.load(PLAN).plan.action(VCA) is None


def utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def icalendar_events(path: Path) -> list[dict[str, Any]]:
    """The events as Python's icalendar reads them, with the start converted twice: by the
    time zone data of Python, and by the VTIMEZONE written in the file."""
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    (zone,) = cal.walk("VTIMEZONE")
    own = zone.to_tz()
    events = []
    for event in cal.walk("VEVENT"):
        start = event["DTSTART"].dt
        events.append(
            {
                "uid": str(event["UID"]),
                "sequence": int(event["SEQUENCE"]),
                "status": str(event.get("STATUS", "")),
                "summary": str(event["SUMMARY"]),
                "start": utc_text(start),
                "start_by_file_zone": utc_text(start.replace(tzinfo=None).replace(tzinfo=own)),
                "recurrence_id": utc_text(event["RECURRENCE-ID"].dt)
                if "RECURRENCE-ID" in event
                else None,
            }
        )
    return events


def icaljs_events(node: str, path: Path) -> list[dict[str, Any]]:
    (read,) = read_with_icaljs(node, path)
    for event in read["events"]:
        event["start"] = event["start"].replace(".000Z", "Z")
        if event["recurrence_id"]:
            event["recurrence_id"] = event["recurrence_id"].replace(".000Z", "Z")
        event["occurrences"] = [o.replace(".000Z", "Z") for o in event["occurrences"]]
    return list(read["events"])


def reimport(*files: list[dict[str, Any]]) -> dict[tuple[str, str | None], dict[str, Any]]:
    """What a calendar holds after importing the files in order: per UID (and occurrence) the
    event with the highest SEQUENCE."""
    held: dict[tuple[str, str | None], dict[str, Any]] = {}
    for events in files:
        for event in events:
            key = (event["uid"], event["recurrence_id"])
            if key not in held or event["sequence"] >= held[key]["sequence"]:
                held[key] = event
    return held


def test_both_parsers_put_summer_and_winter_reminders_at_the_same_utc_minute(
    store: SQLiteStore, tmp_path: Path, today: date, node: str
) -> None:
    path = tmp_path / "karim.ics"
    export_ics(store, path, today)
    python = {e["uid"]: e for e in icalendar_events(path) if e["recurrence_id"] is None}
    mozilla = {e["uid"]: e for e in icaljs_events(node, path) if e["recurrence_id"] is None}
    for uid, instant in (SUMMER, WINTER):
        seen = (python[uid]["start"], python[uid]["start_by_file_zone"], mozilla[uid]["start"])
        print(f"{uid}: icalendar {seen[0]}, its own VTIMEZONE {seen[1]}, ical.js {seen[2]}")
        assert python[uid]["start"] == python[uid]["start_by_file_zone"] == instant
        assert mozilla[uid]["start"] == instant
    assert set(python) == set(mozilla)
    for uid, event in python.items():
        assert mozilla[uid]["start"] == event["start"] == event["start_by_file_zone"], uid
        assert mozilla[uid]["tzid"] == "Europe/Brussels"


def test_both_parsers_expand_the_periodic_check_ins_alike(
    store: SQLiteStore, tmp_path: Path, today: date, node: str
) -> None:
    path = tmp_path / "karim.ics"
    export_ics(store, path, today)
    (series,) = [e for e in icaljs_events(node, path) if e["occurrences"]]
    plan = store.load(PLAN).plan
    anchor, every = check_in_anchor(plan), plan.check_in_every_months
    brussels = ZoneInfo("Europe/Brussels")
    expected = [
        utc_text(datetime.combine(nth_periodic(anchor, every, k), time(9), tzinfo=brussels))
        for k in range(1, len(series["occurrences"]) + 1)
    ]
    assert series["occurrences"] == expected
    hours = {o[11:13] for o in series["occurrences"]}
    assert hours == {"07", "08"}, hours  # summer and winter occurrences both at 09:00 local
    # each moved occurrence replaces one occurrence of the series, in both parsers
    moved = {e["recurrence_id"] for e in icaljs_events(node, path) if e["recurrence_id"]}
    assert moved and moved <= set(series["occurrences"])
    assert moved == {e["recurrence_id"] for e in icalendar_events(path) if e["recurrence_id"]}


def test_a_removed_action_is_cancelled_on_reimport_and_a_version_gives_one_file(
    store: SQLiteStore, tmp_path: Path, today: date, node: str
) -> None:
    first, second = tmp_path / "v1.ics", tmp_path / "v2.ics"
    before = export_ics(store, first, today)
    assert export_ics(store, tmp_path / "again.ics", date(2027, 1, 5)) == before
    hold_check_in_that_drops_vca(store)
    after = export_ics(store, second, date(2027, 4, 2))
    assert export_ics(store, tmp_path / "later.ics", date(2027, 6, 30)) == after
    version = store.history(PLAN)[-1].version
    assert b"SEQUENCE:1\r\n" in before and f"SEQUENCE:{version}\r\n".encode() in after

    vca = {f"{PLAN}-{VCA}-start@pop-assistent", f"{PLAN}-{VCA}-deadline@pop-assistent"}
    done = f"{PLAN}-a-karim-communicatie-deadline@pop-assistent"
    for reader in (icalendar_events, lambda p: icaljs_events(node, p)):
        held = reimport(reader(first), reader(second))
        for uid in vca | {done}:
            assert held[(uid, None)]["status"] == "CANCELLED", (uid, reader)
            assert held[(uid, None)]["sequence"] == version
        assert "VCA-VOL" in held[(f"{PLAN}-{VCA}-deadline@pop-assistent", None)]["summary"]
        kept = held[(SUMMER[0], None)]
        assert kept["status"] == "" and kept["sequence"] == version
        assert held[(f"{PLAN}-c-karim-1@pop-assistent", None)]["start"] == "2027-04-02T07:00:00Z"


def test_the_time_zone_is_written_as_yearly_rules(store: SQLiteStore, tmp_path: Path) -> None:
    path = tmp_path / "karim.ics"
    export_ics(store, path, date(2026, 11, 24))
    text = path.read_text(encoding="utf-8")
    zone = text[text.index("BEGIN:VTIMEZONE") : text.index("END:VTIMEZONE")]
    assert "RDATE" not in zone
    assert zone.count("RRULE:FREQ=YEARLY") == 2
    assert "BYDAY=-1SU;BYMONTH=3" in zone and "BYDAY=-1SU;BYMONTH=10" in zone
    # the rules give Brussels' offset on every day of the coming years, like Python's tz data
    own = icalendar.Calendar.from_ical(path.read_bytes()).walk("VTIMEZONE")[0].to_tz()
    brussels = ZoneInfo("Europe/Brussels")
    day = date(2026, 1, 1)
    while day < date(2041, 1, 1):
        for hour in (1, 9):  # 01:00 is before the switch at night, 09:00 after it
            moment = datetime.combine(day, time(hour))
            assert (
                moment.replace(tzinfo=own).utcoffset()
                == moment.replace(tzinfo=brussels).utcoffset()
            ), moment
        day += timedelta(days=1)
