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
    # by hours: the 21-hour course done, 20% of the 16-hour mentoring, of 93 hours in all
    assert view["progress"] == round((21 + 0.2 * 16) / 93 * 100) == 26
    # the check-in recorded the same state, so its figure is the same number
    assert view["check_ins"]["held"][0]["progress"] == 26
    md = export_plan(plan, "md", today=LATER).decode()
    assert "| Voortgang | 26 % |" in md
    assert "### Opvolgmoment 2 apr 2027 · voortgang 26 %" in md
    assert "Mentoraat om de twee weken" in md and "afgerond" in md
    assert "█" in md  # the actual bar in the text timeline
    html = export_plan(plan, "html", today=LATER).decode()
    assert 'class="actual done"' in html and 'class="actual in_progress"' in html
    assert 'class="today"' in html and 'class="held"' in html
    assert export_plan(plan, "pdf", today=LATER).startswith(b"%PDF")


def test_check_in_texts_appear_once_without_double_stops(today: date) -> None:
    """The check-in summarises the answers per action into its own 'went well' and
    'obstacles' ('Titel: tekst'); the documents print every answer once, cleanly."""
    plan = karim_after_first_course(today)
    check_in = plan.check_ins[0]
    check_in.updates[0].went_well = "Rollenspelen over feedback."
    check_in.went_well = f"{plan.actions[0].title}: Rollenspelen over feedback."
    check_in.obstacles = f"{plan.actions[1].title}: Weinig tijd in de nachtploeg\nVeel ziekte"
    md = export_plan(plan, "md", today=LATER).decode()
    assert md.count("Rollenspelen over feedback") == 1
    assert md.count("Weinig tijd in de nachtploeg") == 1
    assert ".." not in md.replace("...", "")
    assert "  - Wat ging goed: Rollenspelen over feedback." in md
    assert "- **Obstakels:** Veel ziekte" in md
    for fmt in ("html", "md"):
        text = export_plan(plan, fmt, today=LATER).decode()
        assert text.count("Weinig tijd in de nachtploeg") == 1, fmt


def test_a_removed_action_keeps_its_title_in_every_document(today: date) -> None:
    plan = karim_after_first_course(today)
    mentor = plan.actions[1]
    plan.check_ins[0].updates[1].title = mentor.title
    plan.actions = [a for a in plan.actions if a.id != mentor.id]
    for fmt in ("md", "html"):
        text = export_plan(plan, fmt, today=LATER).decode()
        assert mentor.id not in text, fmt
        assert f"{mentor.title}: bezig, 20 %" in text, fmt
