"""Relevant: a skill to improve, the role profile, the career project or a requirement; and a
"no link" remark is marked for the employee alone (issue 13)."""

from __future__ import annotations

from datetime import date

from pop_assistent.language.smart import check_goal
from pop_assistent.model.catalogue import Skill
from pop_assistent.model.goals import Goal
from pop_assistent.model.plan import Plan
from pop_assistent.model.profile import CareerProject, Employee, Occasion
from pop_assistent.model.skills import SkillRating

TODAY = date(2026, 11, 24)


def _plan(
    *ratings: SkillRating, occasion: Occasion | None = None, goal: Goal | None = None
) -> Plan:
    return Plan(
        id="nurse",
        created_on=TODAY,
        employee=Employee(name="Els", role="verpleegkundige"),
        occasion=occasion or Occasion(description="Jaarlijks functioneringsgesprek"),
        skills=list(ratings),
        goals=[goal or Goal(id="g-1", text="doel")],
    )


def test_a_skill_listed_to_improve_makes_the_goal_relevant_even_with_a_slip() -> None:
    plan = _plan(SkillRating(label="Wondzorg", current_level=2, wanted_level=4))
    verdict = check_goal(
        "Binnen zes maanden wil ik beter worden in wondzrog",
        TODAY,
        plan=plan,
        goal=plan.goals[0],
    ).relevant
    assert verdict.met is True and "‘Wondzorg’" in verdict.reason
    assert not verdict.employee_only


def test_a_skill_linked_to_the_goal_counts_without_naming_it() -> None:
    rating = SkillRating(skill_id="epd", label="Elektronisch patiëntendossier", current_level=1,
                         wanted_level=3)  # fmt: skip
    goal = Goal(id="g-1", text="doel", skill_ids=["epd"])
    plan = _plan(rating, goal=goal)
    verdict = check_goal(
        "Tegen maart 2027 werk ik vlot met het nieuwe systeem", TODAY, plan=plan, goal=goal
    ).relevant
    assert verdict.met is True and "patiëntendossier" in verdict.reason


def test_a_skill_of_the_role_profile_makes_the_goal_relevant() -> None:
    skills = [Skill(id="tillen", label_nl="Ergonomisch tillen", label_en="Safe lifting")]
    plan = _plan(occasion=Occasion(description="Nieuwe tilliften op de afdeling"))
    verdict = check_goal(
        "Tegen juni 2027 til ik ergonomisch bij elke transfer",
        TODAY,
        plan=plan,
        goal=plan.goals[0],
        skills=skills,
        role_skill_ids=["tillen"],
    ).relevant
    assert verdict.met is True and "functieprofiel" in verdict.reason
    assert "Ergonomisch tillen" in verdict.reason


def test_a_required_certificate_is_relevant_because_it_is_required() -> None:
    goal = Goal(id="g-1", text="doel", career_project="het is verplicht voor elke verpleegkundige")
    plan = _plan(goal=goal)
    verdict = check_goal(
        "Tegen juni 2027 heb ik mijn attest reanimatie", TODAY, plan=plan, goal=goal
    ).relevant
    assert verdict.met is True and "verplicht" in verdict.reason
    assert "het is verplicht voor elke" not in verdict.question


def test_a_role_attained_is_a_step_in_the_career_project() -> None:
    occasion = Occasion(kind="career_project", career_project=CareerProject.promotion)
    plan = _plan(occasion=occasion)
    verdict = check_goal(
        "Tegen eind 2028 ben ik hoofdverpleegkundige", TODAY, plan=plan, goal=plan.goals[0]
    ).relevant
    assert verdict.met is True and "je promotie" in verdict.reason
    assert "hoofdverpleegkundige" in verdict.reason


def test_no_link_is_a_remark_for_the_employee_only() -> None:
    plan = _plan(SkillRating(label="Wondzorg", current_level=2, wanted_level=4))
    verdict = check_goal(
        "Tegen juni 2027 haal ik mijn rijbewijs C", TODAY, plan=plan, goal=plan.goals[0]
    ).relevant
    assert verdict.met is False and verdict.reason.startswith("Ik zie geen verband")
    assert verdict.employee_only and verdict.question
    alone = check_goal("Tegen juni 2027 haal ik mijn rijbewijs C", TODAY).relevant
    assert alone.met is None and alone.employee_only


def test_other_verdicts_are_for_everyone() -> None:
    result = check_goal("Tegen juni 2027 haal ik mijn rijbewijs C", TODAY)
    assert not any(c.employee_only for key, c in result.criteria() if key != "relevant")


def test_a_goal_of_ones_own_trade_fits_the_job() -> None:
    plan = Plan(
        id="yusuf",
        created_on=TODAY,
        employee=Employee(name="Yusuf", role="magazijnier", department="logistiek"),
        goals=[Goal(id="g-1", text="doel")],
    )
    verdict = check_goal(
        "Tegen juni 2027 rij ik zelfstandig met de reachtruck", TODAY, plan=plan, goal=plan.goals[0]
    ).relevant
    assert (
        verdict.met is True and "magazijnier" in verdict.reason and "‘reachtruck’" in verdict.reason
    )


def test_documents_leave_the_remark_for_the_employee_out() -> None:
    """The manager's document shows that Relevant is missing, not the remark to the employee."""
    from pop_assistent.export.html import render_html
    from pop_assistent.export.markdown import render_markdown
    from pop_assistent.export.view import build_view

    plan = _plan(SkillRating(label="Wondzorg", current_level=2, wanted_level=4))
    goal = plan.goals[0]
    goal.text = "Tegen juni 2027 haal ik mijn rijbewijs C"
    goal.smart = check_goal(goal.text, TODAY, plan=plan, goal=goal)
    assert goal.smart.relevant.reason.startswith("Ik zie geen verband")
    view = build_view(plan, TODAY, "nl", "volledig", "BE")
    badges = {b["name"]: b for b in view["goals"][0]["smart"]}
    assert badges["Relevant"]["state"] == "missing" and badges["Relevant"]["reason"] == ""
    assert badges["Tijdgebonden"]["reason"].startswith("Het doel heeft een deadline")
    for document in (render_markdown(view), render_html(view)):
        assert "geen verband" not in document and "rijbewijs C" in document
