"""The picture of progress: planned against actual, and the check-ins, in every document."""

from __future__ import annotations

from datetime import date

from pop_assistent.demo import karim
from pop_assistent.export import export_plan
from pop_assistent.export.view import build_view
from pop_assistent.model import ActionStatus, ActionUpdate, CheckIn, Plan

LATER = date(2027, 4, 20)


def karim_after_first_course(today: date) -> Plan:
    """Karim in April 2027: the course done early, mentoring under way, one check-in held."""
    plan = karim(today).model_copy(deep=True)
    course, mentor = plan.actions[0], plan.actions[1]
    course.status = ActionStatus.done
    course.progress = 100
    course.completed_on = date(2027, 3, 15)
    mentor.status = ActionStatus.in_progress
    mentor.progress = 20
    plan.check_ins[0] = CheckIn(
        id="c-karim-1",
        planned_for=date(2027, 4, 1),
        held_on=date(2027, 4, 2),
        updates=[
            ActionUpdate(action_id=course.id, status=ActionStatus.done, progress=100,
                         went_well="Rollenspelen over feedback", return_visible="Ja, overleg"),
            ActionUpdate(action_id=mentor.id, status=ActionStatus.in_progress, progress=20,
                         obstacles="Weinig tijd in de nachtploeg"),
        ],
        feedback="Luc: het ploegoverleg loopt rustiger.",
        adjustments="Mentoraat om de twee weken in plaats van maandelijks.",
    )  # fmt: skip
    return plan


def test_timeline_shows_actual_against_planned(today: date) -> None:
    plan = karim_after_first_course(today)
    tl = build_view(plan, LATER, "nl", "volledig", "BE")["timeline"]
    rows = {r["label"]: r for r in tl["rows"]}
    course = rows[plan.actions[0].title]
    assert course["actual"] is not None
    assert course["actual"][1] < course["planned"][1]  # finished a week before the plan
    mentor = rows[plan.actions[1].title]
    assert mentor["actual"][0] == mentor["planned"][0] < mentor["actual"][1] == tl["today"]
    assert rows[plan.actions[3].title]["actual"] is None
    assert [c["held"] for c in tl["check_ins"]].count(True) == 1
    assert 0 < tl["today"] < 1


def test_held_check_in_and_overall_progress_in_every_document(today: date) -> None:
    plan = karim_after_first_course(today)
    view = build_view(plan, LATER, "nl", "volledig", "BE")
    assert view["progress"] == round((100 + 20 + 0 + 0) / 4)
    assert view["check_ins"]["held"][0]["progress"] == 60
    md = export_plan(plan, "md", today=LATER).decode()
    assert "### Opvolgmoment 2 apr 2027 · voortgang 60 %" in md
    assert "Mentoraat om de twee weken" in md and "afgerond" in md
    assert "█" in md  # the actual bar in the text timeline
    html = export_plan(plan, "html", today=LATER).decode()
    assert 'class="actual done"' in html and 'class="actual in_progress"' in html
    assert 'class="today"' in html and 'class="held"' in html
    assert export_plan(plan, "pdf", today=LATER).startswith(b"%PDF")
