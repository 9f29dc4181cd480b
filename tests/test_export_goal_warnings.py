"""A goal without any learning action is flagged in every plan document and in `pop coach`;
the SMART badges show the verdict as stored (a Realistisch judged on workload included)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from pop_assistent.demo import sophie
from pop_assistent.export import export_plan
from pop_assistent.followup import coach_overview
from pop_assistent.model import ActionStatus, Plan, SmartCriterion, SmartResult

WARNING_NL = "Let op: bij dit doel staat nog geen leeractie."
WARNING_EN = "Note: this goal has no learning action yet."


def without_action(today: date) -> Plan:
    """Sophie's plan with the actions of her second goal removed."""
    plan = sophie(today).model_copy(deep=True)
    lonely = plan.goals[1].id
    plan.actions = [a for a in plan.actions if a.goal_id != lonely]
    return plan


def pdf_text(data: bytes, tmp_path: Path) -> str:
    assert shutil.which("pdftotext")
    path = tmp_path / "plan.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True)
    return " ".join(out.stdout.split())


def test_goal_without_action_is_flagged_in_md_html_pdf(today: date, tmp_path: Path) -> None:
    whole = export_plan(sophie(today), "md", today=today).decode()
    assert WARNING_NL not in whole
    plan = without_action(today)
    md = export_plan(plan, "md", today=today).decode()
    goal_two = md.split("### Doel 2")[1].split("###")[0]
    assert WARNING_NL in goal_two and WARNING_NL not in md.split("### Doel 2")[0]
    assert WARNING_NL in export_plan(plan, "html", today=today).decode()
    assert WARNING_NL in pdf_text(export_plan(plan, "pdf", today=today), tmp_path)
    assert WARNING_EN in export_plan(plan, "md", today=today, lang="en").decode()


def test_no_warning_when_training_is_not_the_answer_and_cancelled_does_not_count(
    today: date,
) -> None:
    plan = without_action(today)
    plan.goals[1].training_is_answer = False
    assert WARNING_NL not in export_plan(plan, "md", today=today).decode()
    plan = sophie(today).model_copy(deep=True)
    for action in plan.actions:
        if action.goal_id == plan.goals[1].id:
            action.status = ActionStatus.cancelled
    assert WARNING_NL in export_plan(plan, "md", today=today).decode()


def test_smart_badge_uses_the_stored_verdict(today: date) -> None:
    plan = sophie(today).model_copy(deep=True)
    ok = SmartCriterion(met=True, reason="ok")
    plan.goals[0].smart = SmartResult(
        specific=ok,
        measurable=ok,
        achievable=SmartCriterion(met=False, reason="februari 2027 is overboekt"),
        relevant=ok,
        time_bound=ok,
    )
    md = export_plan(plan, "md", today=today).decode()
    goal_one = md.split("### Doel 1")[1].split("### Doel 2")[0]
    assert "Specifiek ✓ · Meetbaar ✓ · Realistisch ✗ · Relevant ✓ · Tijdgebonden ✓" in goal_one
    assert "Realistisch: februari 2027 is overboekt" in goal_one


def test_coach_overview_counts_a_goal_without_action(today: date) -> None:
    row = coach_overview([without_action(today)], date(2027, 4, 2))[0]
    assert any(w.endswith("(doel zonder leeractie)") for w in row.smart_warnings)
    full = coach_overview([sophie(today)], date(2027, 4, 2))[0]
    assert not any("leeractie" in w for w in full.smart_warnings)
    english = coach_overview([without_action(today)], date(2027, 4, 2), "en")[0]
    assert any(w.endswith("(goal without a learning action)") for w in english.smart_warnings)


def test_the_cost_total_never_reads_as_free_when_costs_are_unknown(today: date) -> None:
    plan = sophie(today).model_copy(deep=True)
    plan.actions[0].cost_eur = None  # the MOOC: cost not known yet
    plan.actions[1].cost_eur = 250
    md = export_plan(plan, "md", today=today).decode()
    assert "€ 250 + 1 onbekend" in md
    plan.actions[1].cost_eur = None
    md = export_plan(plan, "md", today=today).decode()
    assert "€ 0" not in md and "onbekend" in md


@pytest.mark.parametrize(("lang", "free"), [("nl", "gratis"), ("en", "free")])
def test_a_free_action_says_free_in_every_document(today: date, lang: str, free: str) -> None:
    """A manager reads '€ 0' as 'nobody filled this in': a free action says so, in the
    document's table as in the conversation; the total stays an amount."""
    plan = sophie(today).model_copy(deep=True)
    plan.actions[0].cost_eur = 0
    row = next(
        line
        for line in export_plan(plan, "md", today=today, lang=lang).decode().splitlines()
        if line.startswith("| 1 |")
    )
    assert f"| {free} |" in row and "€ 0" not in row
    html = export_plan(plan, "html", today=today, lang=lang).decode()
    assert f'<td class="num nowrap">{free}</td>' in html
    for action in plan.actions:
        action.cost_eur = 0
    md = export_plan(plan, "md", today=today, lang=lang).decode()
    total = next(line for line in md.splitlines() if line.startswith("| | **"))
    assert f"**{free}**" in total


def test_the_plan_panel_badge_uses_the_readers_letters(today: date) -> None:
    from pop_assistent.tui.widgets.plan_view import plan_content

    plan = sophie(today)
    assert "S M A R T" in plan_content(plan, "en", width=60).plain
    assert "S M A R T" in plan_content(plan, "nl", width=60).plain  # was S M R R T


def test_the_plan_panel_writes_hours_the_readers_way(today: date) -> None:
    from pop_assistent.tui.widgets.plan_view import plan_content

    plan = sophie(today).model_copy(deep=True)
    plan.employee.hours_per_week = 7.6
    assert "7,6 u/week leertijd" in plan_content(plan, "nl", width=60).plain
    assert "7.6 " in plan_content(plan, "en", width=60).plain
