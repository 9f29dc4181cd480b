"""SMART check with plan context, skill matching and language."""

from __future__ import annotations

from datetime import date

import pytest

from pop_assistent.language.skillmatch import SkillIndex, match_skills
from pop_assistent.language.smart import check_goal
from pop_assistent.model.actions import Action
from pop_assistent.model.catalogue import Skill
from pop_assistent.model.goals import Goal
from pop_assistent.model.plan import Plan
from pop_assistent.model.profile import Employee

SKILLS = [
    Skill(id="projectmanagement", label_nl="Projectmanagement", label_en="Project management"),
    Skill(id="leidinggeven", label_nl="Leiding geven", label_en="Leadership",
          synonyms=["teamleiding", "people management"]),
    Skill(id="rekenblad", label_nl="Werken met rekenbladen", label_en="Spreadsheets",
          synonyms=["Excel", "draaitabellen"]),
]  # fmt: skip


def _plan(hours: float, per_week: float, budget: float | None = None, cost: float = 0) -> Plan:
    goal = Goal(id="g-1", text="doel")
    action = Action(goal_id="g-1", title="Opleiding", hours=hours, cost_eur=cost)
    employee = Employee(name="An", hours_per_week=per_week, budget_eur=budget)
    return Plan(id="an", created_on=date(2026, 11, 1), employee=employee, goals=[goal],
                actions=[action])  # fmt: skip


def test_match_tolerates_typos_compounds_and_synonyms() -> None:
    assert match_skills("projectmanagment", SKILLS)[0].skill.id == "projectmanagement"
    assert match_skills("ik wil leidinggeven", SKILLS)[0].skill.id == "leidinggeven"
    assert match_skills("beter in Excel", SKILLS)[0].skill.id == "rekenblad"
    assert match_skills("Ik wil mezelf ontwikkelen", SKILLS) == []
    assert match_skills("excellent werk", SKILLS) == []


def test_index_is_reused_and_scores_are_bounded() -> None:
    index = SkillIndex(SKILLS)
    found = index.match("project management en teamleiding", limit=5)
    assert {m.skill.id for m in found} == {"projectmanagement", "leidinggeven"}
    assert all(0 < m.score <= 1 and m.matched for m in found)


def test_skill_in_goal_makes_it_specific(today: date) -> None:
    result = check_goal("beter projectmanagment", today, skills=SKILLS)
    assert result.specific.met is True and "Projectmanagement" in result.specific.reason


def test_achievable_compares_hours_and_budget(today: date) -> None:
    text = "Binnen zes maanden haal ik het certificaat Prince2"
    plan = _plan(hours=40, per_week=4)
    assert check_goal(text, today, plan=plan, goal=plan.goals[0]).achievable.met is True
    plan = _plan(hours=400, per_week=4)
    verdict = check_goal(text, today, plan=plan, goal=plan.goals[0]).achievable
    assert verdict.met is False and "400" in verdict.reason and verdict.question
    plan = _plan(hours=10, per_week=4, budget=500, cost=900)
    verdict = check_goal(text, today, plan=plan, goal=plan.goals[0]).achievable
    assert verdict.met is False and "900" in verdict.reason


def test_no_actions_means_not_judged(today: date) -> None:
    plan = Plan(id="x", created_on=today, employee=Employee(name="X", hours_per_week=2))
    verdict = check_goal("Tegen juni 2027 Excel", today, plan=plan).achievable
    assert verdict.met is None and "nog geen acties" in verdict.reason


def test_plan_language_wins(today: date) -> None:
    plan = Plan(id="x", created_on=today, employee=Employee(name="X", language="en"))
    result = check_goal("Ik wil mezelf ontwikkelen", today, plan=plan)
    assert result.specific.question.startswith("Which skill")


def test_real_skills_list_matches_goals(today: date) -> None:
    """The catalogue's own skills list (catalogus/vaardigheden.yaml) works with the matcher."""
    from pathlib import Path

    from pop_assistent.catalogue import load_skills

    skills = load_skills(Path(__file__).parent.parent / "catalogus")
    assert len(skills) > 10
    found = match_skills("Ik wil beter leren projectmanagment en leiding geven", skills)
    labels = " ".join(m.skill.label_nl.lower() for m in found)
    assert "project" in labels
    assert check_goal("Ik wil mezelf ontwikkelen", today, skills=skills).specific.met is False


def test_a_multi_word_skill_is_quoted_whole(today: date) -> None:
    result = check_goal("Tegen juni 2027 wil ik beter worden in eerste hulp bij ongevallen", today)
    assert "‘eerste hulp bij ongevallen’" in result.specific.reason
    result = check_goal("Binnen drie maanden wil ik vlotter orders picken", today)
    assert "‘orders picken’" in result.specific.reason


def test_blabla_with_a_number_is_neither_specific_nor_measurable(today: date) -> None:
    result = check_goal("blabla 1", today)
    assert result.specific.met is False and result.measurable.met is False
    assert result.specific.question and result.measurable.question


def test_a_role_attained_is_measurable_not_specific(today: date) -> None:
    result = check_goal("Tegen 2028 ben ik magazijnverantwoordelijke", today)
    assert result.specific.met is False
    assert result.measurable.met is True and "magazijnverantwoordelijke" in result.measurable.reason


def test_every_verdict_says_why(today: date) -> None:
    for text in ["Ik wil 5 uur per week studeren", "Een attest halen", "Delegeren.", ""]:
        result = check_goal(text, today)
        for _, criterion in result.criteria():
            assert criterion.reason
            assert bool(criterion.question) == (criterion.met is False)


def test_not_a_skill_lists() -> None:
    from pop_assistent.language.smart_specific import not_a_skill

    for word in ["buschauffeur", "teamleidster", "spoed", "filialen", "contract", "skills",
                 "expertise", "blabla", "score", "patientenbevraging"]:  # fmt: skip
        assert not_a_skill(word), word
    for word in ["wondzorg", "heftruck", "excel", "lassen", "kassasysteem", "klasmanagement"]:
        assert not not_a_skill(word), word


def test_a_goal_without_any_moment_is_told_once_what_to_add(today: date) -> None:
    """The reason does not repeat the question's example ('bv. tegen eind juni 2027' twice in
    one message); a real slip ('enkele maanden') is still explained."""
    plain = check_goal("Ik leid zelfstandig de teamvergadering.", today).time_bound
    assert plain.met is False
    assert plain.reason == "Het doel zegt niet wanneer het bereikt moet zijn."
    assert "juni 2027" in plain.question
    vague = check_goal("Ik leid de teamvergadering binnen enkele maanden.", today).time_bound
    assert "noem het aantal" in vague.reason


@pytest.mark.parametrize(
    ("goal", "lang"),
    [
        ("I can explain the disinfection rules to my boss and pass the check", "en"),
        ("pass the exam before summer", "en"),
        ("ik slaag voor de toets van de hygiënecursus", "nl"),
    ],
)
def test_an_assessment_passed_is_measurable(goal: str, lang: str) -> None:
    """A hospital cleaner's 'and pass the check' was 'not clear yet' for Measurable; 'I pass
    the hygiene test' was. Passed or not can be checked, whatever the assessment's name."""
    assert check_goal(goal, date(2026, 12, 5), lang=lang).measurable.met  # type: ignore[arg-type]
