"""The coach's overview and the progress data, at a frozen date, through `pop coach` too."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pop_assistent.cli import main
from pop_assistent.demo import karim, sophie
from pop_assistent.followup import (
    action_progress,
    coach_overview,
    percent_done,
    progress_over_check_ins,
)
from pop_assistent.model import ActionStatus, ActionUpdate, SmartCriterion, SmartResult
from pop_assistent.planning.due import ACTION_DEADLINE, ACTION_START, CHECK_IN

AT = date(2027, 4, 2)


def shared_folder(tmp_path: Path, today: date) -> Path:
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    (folder / "karim.json").write_text(karim(today).to_json(), encoding="utf-8")
    plan = sophie(today)
    plan.goals[1].smart = SmartResult(measurable=SmartCriterion(met=False, reason="?"))
    plan.goals[0].kept_with_warning = True
    plan.employee.name = "Sophie [bold] {{ x }} <b>"
    (folder / "sophie.json").write_text(plan.to_json(), encoding="utf-8")
    (folder / "kapot.json").write_text("{ niet af", encoding="utf-8")
    (folder / "leeg.json").write_text('{"id": "x"}', encoding="utf-8")
    return folder


def test_overview_rows_sorted_by_urgency_and_say_why(today: date) -> None:
    rows = coach_overview([sophie(today), karim(today)], AT)
    # Sophie's MOOC should have started on 1 February (60 days), Karim's worst is 11 days
    assert [r.plan_id for r in rows] == ["sophie-peeters", "karim-el-amrani"]
    sophie_row, karim_row = rows
    assert sophie_row.rank_reason == "2 te laat, het langst 60 dagen"
    assert [(i.kind, i.days_late) for i in sophie_row.overdue] == [
        (ACTION_START, 60),
        (CHECK_IN, 32),
    ]
    assert sophie_row.check_in_overdue_days == 32 and sophie_row.last_check_in is None
    assert karim_row.next_check_in == date(2027, 4, 1) and karim_row.check_in_overdue_days == 1
    assert [(i.kind, i.title) for i in karim_row.overdue][0] == (
        ACTION_DEADLINE,
        "Interpersoonlijke communicatie op de werkvloer",
    )
    assert (karim_row.percent_done, karim_row.percent_basis) == (0, "hours")
    early = coach_overview([karim(today)], date(2027, 1, 1))[0]
    assert early.overdue == [] and early.check_in_overdue_days == 0
    assert early.rank_reason == "niets te laat; volgende opvolging over 90 dagen"


def test_percent_done_by_hours_then_count(today: date) -> None:
    plan = karim(today)
    plan.actions[0].status = ActionStatus.done  # 21 of 93 hours
    plan.actions[1].status = ActionStatus.in_progress
    plan.actions[1].progress = 50  # 8 of 93
    plan.actions[3].status = ActionStatus.cancelled  # 16 hours no longer count
    progress = percent_done(plan)
    assert progress.basis == "hours"
    assert progress.percent == pytest.approx((21 + 8) / (21 + 16 + 40) * 100)
    assert progress.shown == 38  # 37.66 rounds up
    for action in plan.actions:
        action.hours = 0
    progress = percent_done(plan)
    assert progress.basis == "count" and progress.percent == pytest.approx(150 / 3)


def test_progress_picture_data(today: date) -> None:
    plan = karim(today)
    plan.actions[0].status = ActionStatus.done
    plan.actions[0].completed_on = date(2027, 3, 29)
    plan.check_ins[0].held_on = AT
    plan.check_ins[0].updates = [ActionUpdate(action_id="a-karim-communicatie", status="done")]
    rows = {r.action_id: r for r in action_progress(plan, AT)}
    assert rows["a-karim-communicatie"].late_days == 7 and not rows["a-karim-communicatie"].overdue
    assert rows["a-karim-mentor"].planned_start == date(2027, 4, 1)
    points = progress_over_check_ins(plan, date(2027, 5, 1))
    assert [p.when for p in points] == [AT, date(2027, 5, 1)]
    assert points[0].percent == pytest.approx(21 / 93 * 100)


def test_pop_coach_folder_table_and_json(
    tmp_path: Path, today: date, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = shared_folder(tmp_path, today)
    monkeypatch.setenv("POP_VANDAAG", AT.isoformat())
    assert main(["coach", str(folder)]) == 0
    out, err = capsys.readouterr()
    assert "kapot.json" in err and "leeg.json" in err
    lines = out.splitlines()
    karim_at = next(i for i, line in enumerate(lines) if line.startswith("Karim El Amrani"))
    sophie_at = next(i for i, line in enumerate(lines) if line.startswith("Sophie [bold]"))
    assert sophie_at < karim_at
    assert "nog nooit" in lines[karim_at] and "1 apr 2027 !" in lines[karim_at]
    assert "3, 11 dagen" in lines[karim_at]
    assert "11 dagen te laat: actie voorbij haar einde: Interpersoonlijke" in out
    assert "3 te laat, het langst 11 dagen" in out
    assert "(mist Meetbaar)" in out and "met waarschuwing" in out
    assert "pop coach" in out and "--open sophie-peeters" in out
    assert "Alleen bekijken als coach (bekijkmodus) kan enkel in de gedeelde database" in out

    assert main(["coach", str(folder), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["plan_id"] for d in data] == ["sophie-peeters", "karim-el-amrani"]
    assert data[0]["employee"] == "Sophie [bold] {{ x }} <b>"
    assert data[1]["next_check_in"] == "2027-04-01" and data[1]["percent_basis"] == "hours"
    assert data[1]["overdue"][0]["days_late"] == 11 and data[1]["last_check_in"] is None


def test_pop_coach_local_store_and_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["coach"]) == 0
    assert "Geen plannen" in capsys.readouterr().out
    assert main(["demo"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("POP_VANDAAG", AT.isoformat())
    assert main(["--taal", "en", "coach"]) == 0
    assert "(review mode) exists only in the shared database" in capsys.readouterr().out
    assert main(["coach", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["plan_id"] for d in data] == ["sophie-peeters", "karim-el-amrani"]
    assert data[0]["check_in_overdue_days"] == 32
    assert main(["coach", str(tmp_path / "bestaat-niet")]) == 2
    assert "bestaat niet" in capsys.readouterr().err


def test_pop_coach_open_takes_a_shared_file_in_and_opens_coach_mode(
    tmp_path: Path, today: date, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import argparse

    from pop_assistent.commands.context import Context

    folder = shared_folder(tmp_path, today)
    opened: list[tuple[str, bool]] = []

    def fake_app(args: argparse.Namespace, ctx: Context) -> int:
        # The app itself is tested elsewhere; here only what `--open` hands it matters.
        opened.append((args.plan, args.coach))
        ctx.store().load(args.plan)  # the shared plan is in the local store now
        return 0

    monkeypatch.setattr("pop_assistent.commands.app.run_app", fake_app)
    assert main(["coach", str(folder), "--open", "karim"]) == 0
    assert opened == [("karim-el-amrani", True)]
    assert "ingelezen als versie 1" in capsys.readouterr().out
    assert main(["coach", str(folder), "--open", "niemand"]) == 2
