"""UX review findings 1, 2, 3, 6, 8 and 9: goals, SMART follow-up, resources, planning, workload.

Each test walks the conversation the way the reviewer did (Sophie's mistakes included) and
asserts on the plan and on what the assistant says.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from dialogue_fixtures import catalogue, engine_at

from pop_assistent.advice import recommend
from pop_assistent.catalogue import Catalogue, load_catalogue
from pop_assistent.demo import karim, sophie
from pop_assistent.dialogue import Engine, Step
from pop_assistent.language.skillmatch import link_skills, match_skills
from pop_assistent.model import Action, Pending, Plan
from pop_assistent.paths import resource_dir

EXCEL_GOAL = "Ik wil beter worden in [bold]Excel{{ x }}"
MEASURE = "ik maak zelfstandig draaitabellen voor de maandrapportage"


def _goals(today: date) -> Engine:
    e = engine_at(today, Step.goals)
    return e


def at(plan: Plan, step: Step, today: date) -> Engine:
    plan = plan.model_copy(deep=True)
    plan.conversation.step = step.value
    plan.conversation.pending = Pending()
    return Engine(plan, today=today, catalogue_loader=catalogue)


@cache
def real_catalogue() -> Catalogue:
    return load_catalogue(resource_dir("catalogus"), today=date(2026, 11, 24))


# -- finding 1 and 2: follow-up answers update the goal; unusable dates are explained -----------
def test_follow_up_answers_update_the_goal_instead_of_being_glued_on(today: date) -> None:
    e = _goals(today)
    e.answer(EXCEL_GOAL)
    assert e.plan.conversation.pending.criterion == "measurable"
    for vague in ("ooit", "31/02/2027"):
        e.answer(vague)
        goal = e.plan.goals[0]
        assert goal.text == EXCEL_GOAL and goal.deadline is None and goal.deadline_text == ""
    e.answer("30/06/2027")
    goal = e.plan.goals[0]
    assert goal.deadline == date(2027, 6, 30) and goal.deadline_text == "30/06/2027"
    assert goal.text == EXCEL_GOAL  # the answer is kept apart, never glued on
    reply = e.answer(MEASURE)
    goal = e.plan.goals[0]
    assert goal.text == EXCEL_GOAL and goal.measure == MEASURE
    proposed = "Ik maak zelfstandig draaitabellen voor de maandrapportage, tegen 30 juni 2027."
    assert e.plan.conversation.pending.question == "propose" and proposed in reply.message
    reply = e.answer("ja")
    goal = e.plan.goals[0]
    assert goal.text == proposed
    assert goal.smart is not None and goal.smart.time_bound.met and goal.smart.measurable.met
    assert ";" not in goal.text and "ooit" not in goal.text and "31/02" not in goal.text


def test_a_deadline_is_not_added_to_a_text_that_already_names_one(today: date) -> None:
    e = _goals(today)
    e.answer("Tegen eind 2027 wil ik beter worden in Excel")
    assert e.plan.conversation.pending.criterion == "measurable"
    e.answer("tegen eind juni 2027")
    goal = e.plan.goals[0]
    assert goal.deadline == date(2027, 6, 30) and goal.text.count("2027") == 1


def test_an_unusable_date_gets_the_parsers_own_sentence_and_the_question_again(
    today: date,
) -> None:
    e = _goals(today)
    question = e.answer(EXCEL_GOAL).message.split("\n\n")[-1]
    reply = e.answer("31/02/2027")
    assert reply.message.startswith("31 februari bestaat niet.")
    assert reply.message.endswith(question)  # the same question again
    reply = e.answer("ooit")
    assert "‘ooit’ is geen tijdstip" in reply.message and "Meetbaar" in reply.message
    assert "Dat helpt" not in reply.message


# -- finding 3: one clear match is offered; a goal without action is named ----------------------
def test_a_resources_answer_naming_one_course_offers_it(today: date) -> None:
    plan = sophie(today)
    plan.actions = []
    e = at(plan, Step.resources, today)
    assert e.plan.conversation.pending.goal_id == "g-sophie-teams"
    reply = e.answer("de mooc over teams en sharepoint")
    assert "Bedoel je **MOOC Digitaal samenwerken met Teams en SharePoint**?" in reply.message
    assert "Typ *ja*" in reply.message
    e.answer("ja")
    assert [a.catalogue_id for a in e.plan.actions] == ["mooc-digitale-samenwerking"]


def test_moving_on_from_a_goal_without_action_asks_once(today: date) -> None:
    plan = sophie(today)
    plan.actions = []
    e = at(plan, Step.resources, today)
    reply = e.answer("klaar")
    assert "Doel 1 heeft nog geen leermiddel. Toch verder?" in reply.message
    assert e.plan.conversation.pending.goal_id == "g-sophie-teams"
    e.answer("nee")  # stays: choose one after all
    assert e.plan.conversation.pending.goal_id == "g-sophie-teams"
    e.answer("klaar")  # asked once: now it moves on
    assert e.plan.conversation.pending.goal_id == "g-sophie-excel"


def test_the_overview_flags_a_goal_without_action(today: date) -> None:
    plan = sophie(today)
    plan.actions = [a for a in plan.actions if a.goal_id == "g-sophie-teams"]
    reply = at(plan, Step.overview, today).current()
    assert "doel 2" in reply.message and "heeft nog geen leeractie" in reply.message
    plan.goals[1].training_is_answer = False
    reply = at(plan, Step.overview, today).current()
    assert "nog geen leeractie" not in reply.message


# -- finding 6: skill linking and the order of proposals --------------------------------------
def test_plannen_en_organiseren_is_not_production_planning() -> None:
    skills = real_catalogue().skills
    for text in ("plannen en organiseren", "plannen"):
        linked = [m.skill.id for m in link_skills(text, skills)]
        matched = [m.skill.id for m in match_skills(text, skills)]
        assert "productieplanning" not in linked + matched, text


def test_an_excel_goal_links_spreadsheets_only_and_the_pivot_course_comes_first(
    today: date,
) -> None:
    cat = real_catalogue()
    text = f"Ik wil beter worden in Excel, tegen 30 juni 2027. {MEASURE.capitalize()}."
    linked = [m.skill.id for m in link_skills(text, cat.skills)]
    assert linked == ["rekenbladen"]
    proposals = recommend(cat, goal_text=text, skill_ids=linked, today=today)
    assert proposals[0].item.id == "ext-excel-draaitabellen"
    plan = sophie(today).model_copy(update={"goals": [], "actions": []})
    e = Engine(plan, today=today, catalogue_loader=lambda: cat)
    e.go_to(Step.goals)
    e.answer(EXCEL_GOAL)
    assert e.plan.goals[0].skill_ids == ["rekenbladen"]
    e.answer("30/06/2027")
    e.answer(MEASURE)
    e.answer("ja")  # the proposed sentence, which names the pivot tables
    first = e.recommendations(e.plan.goals[0].id)[0]  # with Sophie's plan: role, budget, hours
    assert first.item.id == "ext-excel-draaitabellen"


# -- finding 8 and 9: hours total and Realistisch after planning ------------------------------
def test_the_planning_total_is_the_sum_of_the_actions(today: date) -> None:
    plan = karim(today)
    plan.employee.hours_per_week = 3
    goal = plan.goals[0].id
    plan.actions = [
        Action(
            goal_id=goal, title="Coach", hours=10, start=date(2027, 1, 4), end=date(2027, 12, 31)
        ),
        Action(
            goal_id=goal, title="Cursus", hours=40, start=date(2027, 1, 4), end=date(2027, 6, 30)
        ),
    ]
    e = at(plan, Step.planning, today)
    assert e.workload().total_planned == 50
    assert "Samen 50 uur" in e.current().message


def test_an_overbooked_month_makes_realistisch_not_met(today: date) -> None:
    plan = sophie(today)
    plan.actions[0].start, plan.actions[0].end = None, None
    e = at(plan, Step.planning, today)
    assert e.plan.conversation.pending.action_id == "a-sophie-mooc"
    reply = e.answer("februari 2027")  # 12 h in February, 2 h a week available
    goal = e.plan.goal("g-sophie-teams")
    assert goal is not None and goal.smart is not None
    assert goal.smart.achievable.met is False
    assert "februari 2027" in goal.smart.achievable.reason
    assert "12 uur" in goal.smart.achievable.reason and "8 uur" in goal.smart.achievable.reason
    assert goal.smart.achievable.question == "Spreid je de acties, of maak je meer tijd vrij?"
    # said once: the month, and which goal it makes unrealistic, not a second paragraph
    assert (
        "in februari 2027 plan je meer dan je tijd toelaat; daardoor is doel 1 nog niet "
        "realistisch" in " ".join(reply.message.split())
    )
    assert "**Realistisch** (doel" not in reply.message
    other = e.plan.goal("g-sophie-excel")
    assert other is not None and other.smart is not None and other.smart.achievable.met
    overview = e.go_to(Step.overview)
    assert "Realistisch?" in overview.message and "februari 2027" in overview.message
    e.go_to(Step.planning)
    e.answer("1")
    e.answer("februari tot april 2027")  # spread: the warning goes away
    goal = e.plan.goal("g-sophie-teams")
    assert goal is not None and goal.smart is not None and goal.smart.achievable.met is not False


def test_two_goals_made_unrealistic_by_one_month_are_named_together(today: date) -> None:
    """Both of Sophie's courses in February: the month is said once, with both goals, in a
    sentence that agrees with them ('zijn doelen 1 en 2')."""
    plan = sophie(today)
    plan.actions[0].start, plan.actions[0].end = None, None
    plan.actions[1].start, plan.actions[1].end = date(2027, 2, 1), date(2027, 2, 28)
    e = at(plan, Step.planning, today)
    assert e.plan.conversation.pending.action_id == "a-sophie-mooc"
    reply = e.answer("februari 2027")
    said = " ".join(reply.message.split())
    assert (
        "in februari 2027 plan je meer dan je tijd toelaat; daardoor zijn doelen 1 en 2 nog "
        "niet realistisch" in said
    )
    assert said.count("februari 2027 plan je") == 1
