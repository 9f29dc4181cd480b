"""A coach with ten plans (tests/coach_support.py): `pop coach`, `pop herinneringen`, the
documents and the app's check-in picture name the same late items and show one progress
figure per plan; every calendar file reads the same in Python's icalendar and in ical.js."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import UTC
from pathlib import Path

import icalendar
import pytest
from coach_support import AT, LATE_ON_AT, ten_plans
from icaljs_support import ensure_icaljs, read_with_icaljs

from pop_assistent.cli import main
from pop_assistent.export import export_plan
from pop_assistent.export.view import build_view
from pop_assistent.followup.progress import progress_over_check_ins
from pop_assistent.model import Plan

PROGRESS = {"ann": 0, "marc": 0, "youssef": 0, "lotte": 100, "els": 100, "tom": 17,
            "nadia": 0, "bram": 30, "sara": 70, "ilse": 10}  # fmt: skip
"""Worked out by hand: tom 50% of 8 of 24 hours; sara per action (40% and done); ..."""
RANKED = ["ann", "marc", "youssef", "lotte", "bram", "sara", "ilse", "tom", "nadia", "els"]


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Plan]:
    """The ten plans imported into the coach's own store with `pop importeer`."""
    for plan in ten_plans():
        path = tmp_path / f"{plan.id}.json"
        path.write_text(plan.to_json(), encoding="utf-8")
        assert main(["importeer", str(path)]) == 0
    monkeypatch.setenv("POP_VANDAAG", AT.isoformat())
    return {p.id: p for p in ten_plans()}


def coach_json(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["coach", "--json"]) == 0
    data: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return data


def late_in_reminders(capsys: pytest.CaptureFixture[str], names: dict[str, str]) -> dict:
    capsys.readouterr()
    assert main(["herinneringen", "--dagen", "0"]) == 0
    found: dict[str, list[tuple[str, str, int]]] = {}
    for line in capsys.readouterr().out.splitlines():
        if not line.startswith("  ! te laat"):
            continue
        name, rest = re.split(r"\s{2,}", line.strip())[1:3]
        body, days = re.fullmatch(r"(.*) \((\d+) dagen te laat\)", rest).groups()  # type: ignore[union-attr]
        what, _, title = body.partition(": ")
        found.setdefault(names[name], []).append((what, title, int(days)))
    return found


def late_in_document(markdown: str) -> list[tuple[str, str, int]]:
    if "**Te laat op" not in markdown:
        return []
    block = markdown.split("**Te laat op", 1)[1].split("\n\n", 2)[1]
    items = []
    for line in block.splitlines():
        what, _, rest = line.removeprefix("- ").partition(": ")
        match = re.fullmatch(r"(.*) \([^,]+, (\d+) dagen te laat\)", rest or what)
        assert match, line
        title, days = match.groups()
        items.append((what.lower() if rest else title.lower(), title if rest else "", int(days)))
    return items


def test_coach_reminders_and_documents_name_the_same_late_items(
    plans: dict[str, Plan], capsys: pytest.CaptureFixture[str]
) -> None:
    rows = coach_json(capsys)
    assert [r["plan_id"] for r in rows] == RANKED
    by_plan = {str(r["plan_id"]): r for r in rows}
    in_coach = {
        pid: [(o["what"], o["title"], o["days_late"]) for o in row["overdue"]]  # type: ignore[attr-defined]
        for pid, row in by_plan.items()
        if row["overdue"]
    }
    assert in_coach == LATE_ON_AT
    assert by_plan["ann"]["last_check_in"] is None  # never checked in: no longer 'up to date'
    assert by_plan["ann"]["rank_reason"] == "1 te laat, het langst 160 dagen"
    assert by_plan["sara"]["rank_reason"] == "niets te laat; volgende opvolging over 52 dagen"
    assert by_plan["tom"]["last_check_in"] == "2027-05-03"

    names = {p.employee.name: pid for pid, p in plans.items()}
    in_reminders = late_in_reminders(capsys, names)
    assert {pid: sorted(items) for pid, items in in_reminders.items()} == {
        pid: sorted(items) for pid, items in LATE_ON_AT.items()
    }

    for pid, plan in plans.items():
        md = export_plan(plan, "md", today=AT).decode()
        assert sorted(late_in_document(md)) == sorted(LATE_ON_AT.get(pid, [])), pid
    for pid in ("ann", "youssef"):
        html = export_plan(plans[pid], "html", today=AT).decode()
        for what, title, days in LATE_ON_AT[pid]:
            assert f"{what.capitalize()}{': ' + title if title else ''} (" in html
            assert f"{days} dagen te laat)" in html


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "plan.pdf"
    path.write_bytes(data)
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True)  # fmt: skip
    return " ".join(done.stdout.split())


def test_progress_is_one_number_everywhere(
    plans: dict[str, Plan], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from pop_assistent.tui.widgets.progress import progress_lines

    in_coach = {str(r["plan_id"]): r["percent_done"] for r in coach_json(capsys)}
    assert in_coach == PROGRESS
    for pid, plan in plans.items():
        figure = PROGRESS[pid]
        md = export_plan(plan, "md", today=AT).decode()
        assert f"| Voortgang | {figure} % |" in md, pid
        html = export_plan(plan, "html", today=AT).decode()
        assert f'<span style="width: {figure}%"></span></span> {figure} %' in html, pid
        picture = [str(line) for line in progress_lines(plan, AT, "nl", 60)]
        assert picture[-2].startswith("vandaag") and picture[-2].endswith(f" {figure}%"), pid
        assert round(progress_over_check_ins(plan, AT)[-1].percent) == figure
        # right after a check-in nothing changed: its figure is today's
        held = build_view(plan, AT, "nl", "volledig", "BE")["check_ins"]["held"]
        if pid in ("tom", "els", "ilse"):
            assert held[-1]["progress"] == figure, pid
    assert f"Voortgang {PROGRESS['tom']} %" in pdf_text(
        export_plan(plans["tom"], "pdf", today=AT), tmp_path
    )
    els = build_view(plans["els"], AT, "nl", "volledig", "BE")["check_ins"]["held"]
    assert [c["progress"] for c in els] == [38, 100]  # 60% of 10 of 16 hours; then all done


def test_a_removed_action_keeps_its_title_in_the_documents(plans: dict[str, Plan]) -> None:
    for fmt in ("md", "html"):
        text = export_plan(plans["ilse"], fmt, today=AT).decode()
        assert "Taalbad Frans (geschrapt): niet gestart" in text, fmt
        assert "a-ilse-1" not in text, fmt


def test_every_calendar_file_reads_the_same_in_both_parsers(
    plans: dict[str, Plan], tmp_path: Path
) -> None:
    node = ensure_icaljs()
    folder = tmp_path / "agenda"
    folder.mkdir()
    for pid in plans:
        assert main(["exporteer", pid, "-f", "ics", "-o", str(folder / f"{pid}.ics")]) == 0
    files = sorted(folder.glob("*.ics"))
    assert len(files) == 10
    for read in read_with_icaljs(node, *files):
        cal = icalendar.Calendar.from_ical(Path(read["file"]).read_bytes())
        python = {(str(e["UID"]), _utc(e.get("RECURRENCE-ID"))): _utc(e["DTSTART"])
                  for e in cal.walk("VEVENT")}  # fmt: skip
        mozilla = read["events"]
        assert len(mozilla) == len(python) > 0
        for event in mozilla:
            recurrence = event["recurrence_id"][:16] if event["recurrence_id"] else ""
            start = python[(event["uid"], recurrence)]
            assert event["start"][:16] == start, (read["file"], event["uid"])
            assert start[11:] in ("07:00", "08:00")  # 09:00 in Brussels, summer or winter


def _utc(prop: icalendar.vDDDTypes | None) -> str:
    return prop.dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M") if prop is not None else ""
