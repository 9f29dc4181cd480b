"""One computation of 'do the hours fit' (issue 12): actions of other goals in the same weeks
count, and the advice says 'binnen je uren' exactly when the Realistisch check, once the course
is planned, agrees."""

from __future__ import annotations

from datetime import date

from dialogue_fixtures import catalogue

from pop_assistent.advice import recommend
from pop_assistent.conversation.judge import achievable
from pop_assistent.demo import sophie
from pop_assistent.dialogue import new_plan
from pop_assistent.dialogue.resources import Resources
from pop_assistent.model import Action, Goal

TODAY = date(2026, 12, 4)


def _nurse(hours_per_week: float) -> tuple:
    """A nurse with two goals due at the end of June 2027; the second has a 40-hour course
    planned from January to June, the first a 30-hour course not planned yet."""
    plan = new_plan("Ilse Verpleegkundige", TODAY)
    plan.employee.hours_per_week = hours_per_week
    wounds = Goal(text="Ik verzorg complexe wonden zelfstandig", deadline=date(2027, 6, 30))
    records = Goal(text="Ik werk vlot in het elektronisch zorgdossier", deadline=date(2027, 6, 30))
    plan.goals = [wounds, records]
    plan.actions = [
        Action(title="Wondzorg", goal_id=wounds.id, hours=30),
        Action(
            title="EPD-opleiding",
            goal_id=records.id,
            hours=40,
            start=date(2027, 1, 4),
            end=date(2027, 6, 25),
        ),  # fmt: skip
    ]
    return plan, wounds


def test_actions_of_another_goal_in_the_same_weeks_take_from_the_same_hours() -> None:
    plan, wounds = _nurse(2)
    verdict = achievable(wounds, plan, today=TODAY, lang="nl")
    assert verdict.met is False  # 30 h here, 40 h for the other goal, about 52 h until June
    assert "andere acties" in verdict.reason and "samen 70 uur" in verdict.reason
    assert verdict.question
    plan.actions = plan.actions[:1]  # without the other goal's course it fits
    assert achievable(wounds, plan, today=TODAY, lang="nl").met is True
    plan, wounds = _nurse(2)
    plan.employee.language = "en"  # the verdict speaks the employee's language
    assert "other actions" in achievable(wounds, plan, today=TODAY, lang="en").reason


def _office(hours_per_week: float) -> tuple:
    """Sophie wants Excel by the end of 2027; another goal's 20-hour course runs in
    September 2027, when the Excel course has its only session."""
    plan = sophie(TODAY).model_copy(deep=True)
    plan.employee.hours_per_week = hours_per_week
    excel = Goal(text="Ik maak het maandrapport in Excel", deadline=date(2027, 12, 31),
                 skill_ids=["rekenbladen"])  # fmt: skip
    plan.actions = []
    plan.goals = [excel, plan.goals[0]]
    plan.actions = [Action(title="Teams-traject", goal_id=plan.goals[1].id, hours=20,
                           start=date(2027, 9, 1), end=date(2027, 9, 30))]  # fmt: skip
    return plan, excel


def test_the_advice_and_the_check_give_one_verdict_on_the_same_course() -> None:
    verdicts = []
    for hours_per_week in (2, 4, 12):
        plan, excel = _office(hours_per_week)
        found = recommend(catalogue(), skill_ids=["rekenbladen"], goal_text=excel.text,
                          plan=plan, today=TODAY, limit=10)  # fmt: skip
        course = next(r for r in found if r.item.id == "int-kantoorsoftware-gevorderd")
        said_fits = "binnen je uren" in course.reason
        assert said_fits or "meer uren dan je planning toelaat" in course.reason
        action = Resources(TODAY, "nl", catalogue).action_from_item(course.item, excel.id)
        action.start, action.end = date(2027, 9, 14), date(2027, 10, 12)  # its only session
        plan.actions.append(action)
        verdict = achievable(excel, plan, today=TODAY, lang="nl")
        assert verdict.met is said_fits, (hours_per_week, course.reason, verdict.reason)
        verdicts.append(said_fits)
    assert verdicts[0] is False and verdicts[-1] is True  # 2 h a week: September is full
