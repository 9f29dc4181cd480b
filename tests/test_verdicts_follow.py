"""Verdicts follow the plan (issue 16 point 7): when a check-in or the walk-through moves, adds
or removes an action, the SMART verdicts are judged again, so a warning about an overfull month
goes when the course that caused it moves, and comes when a new one overfills a month.

Lotte is a cook with 2 hours a week for learning. In March 2027 she planned a 30-hour allergens
course (goal 1) and a 4-hour oven instruction (goal 2): March is overbooked (about 9 hours
available), which makes Realistisch 'not met' for both goals, since both have an action that
month. Every plan is judged by the real language core and stored in a real SQLite file.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from pop_assistent.conversation.judge import achievable, judge_goal, rejudge, verdict_inputs
from pop_assistent.demo import karim, sophie
from pop_assistent.dialogue import Engine, Step
from pop_assistent.followup import CheckInSession
from pop_assistent.model import Action, ActionStatus, Employee, Goal, Pending, Plan
from pop_assistent.storage.sqlite import SQLiteStore

CHECK_IN_DAY = date(2027, 2, 1)


def judged(plan: Plan, today: date) -> Plan:
    for goal in plan.goals:
        goal.smart = judge_goal(goal, plan, today=today, lang="nl")
    return plan


def lotte(today: date) -> Plan:
    goals = [
        Goal(id="g-kaart", text="Tegen eind 2027 stel ik zelf een allergenenkaart op.",
             deadline=date(2027, 12, 31)),
        Goal(id="g-oven", text="Tegen eind 2027 werk ik veilig met de nieuwe combi-oven.",
             deadline=date(2027, 12, 31)),
    ]  # fmt: skip
    actions = [
        Action(id="a-allergenen", goal_id="g-kaart", title="Opleiding allergenen", hours=30,
               start=date(2027, 3, 1), end=date(2027, 3, 31)),
        Action(id="a-oven", goal_id="g-oven", title="Instructie combi-oven", hours=4,
               start=date(2027, 3, 8), end=date(2027, 3, 12)),
    ]  # fmt: skip
    plan = Plan(
        id="lotte",
        created_on=today,
        employee=Employee(name="Lotte Wouters", role="kok", hours_per_week=2),
        goals=goals,
        actions=actions,
    )
    return judged(plan, today)


def march_warning(plan: Plan, goal_id: str) -> bool:
    goal = plan.goal(goal_id)
    assert goal is not None and goal.smart is not None
    return goal.smart.achievable.met is False and "maart 2027" in goal.smart.achievable.reason


@pytest.fixture
def store(tmp_path: Path, today: date) -> Iterator[SQLiteStore]:
    with SQLiteStore(tmp_path / "pop.sqlite3") as opened:
        opened.save(lotte(today), None, "plan")
        yield opened


def check_in(store: SQLiteStore, answers: list[str]) -> Plan:
    stored = store.load("lotte")
    s = CheckInSession(stored.plan, today=CHECK_IN_DAY, store=store, base_version=stored.version)
    reply = s.start()
    for answer in answers:
        assert not reply.finished, answer
        reply = s.answer(answer)
    return store.load("lotte").plan


def test_both_goals_start_with_the_overfull_march(today: date) -> None:
    plan = lotte(today)
    assert march_warning(plan, "g-kaart") and march_warning(plan, "g-oven")


def test_moving_the_course_at_a_check_in_lifts_the_warning_of_every_goal(
    store: SQLiteStore,
) -> None:
    # No action runs yet on 1 February: the check-in goes to the feedback, then adjustments.
    plan = check_in(store, ["", "verschuiven", "1", "van juni tot eind november 2027"])
    assert not march_warning(plan, "g-kaart")
    assert not march_warning(plan, "g-oven")  # the other goal's March was only full because of it
    goal = plan.goal("g-kaart")
    assert goal is not None and goal.smart is not None and goal.smart.achievable.met is True
    # ... and moving it back at the next question brings the warning back, for both.
    plan = check_in(store, ["verschuiven", "1", "maart 2027"])
    assert march_warning(plan, "g-kaart") and march_warning(plan, "g-oven")


def test_dropping_the_course_at_a_check_in_lifts_the_other_goals_warning(
    store: SQLiteStore,
) -> None:
    plan = check_in(store, ["", "schrappen", "1"])
    assert [a.id for a in plan.actions] == ["a-oven"]
    assert not march_warning(plan, "g-oven")
    kaart = plan.goal("g-kaart")
    assert kaart is not None and kaart.smart is not None
    assert kaart.smart.achievable.met is None  # no action left to weigh


def test_an_action_added_at_a_check_in_can_overfill_a_month(store: SQLiteStore) -> None:
    plan = check_in(store, ["", "verschuiven", "1", "van juni tot eind november 2027"])
    assert not march_warning(plan, "g-oven")
    plan = check_in(
        store, ["toevoegen", "Workshop sauzen", "2", "maart 2027", "20 uur"]
    )  # goal 2 gets 20 more hours in March
    assert march_warning(plan, "g-oven")
    assert not march_warning(plan, "g-kaart")  # its course is in the autumn now


def test_finishing_the_work_at_a_check_in_judges_the_hours_again(
    tmp_path: Path, today: date
) -> None:
    # 60 hours until the end of June at 3 hours a week is not realistic on 1 February (about
    # 57 hours left); once half of them are done, it is. Every month has time enough.
    plan = lotte(today).model_copy(update={
        "goals": [Goal(id="g-kaart", deadline=date(2027, 6, 30),
                       text="Tegen eind juni 2027 stel ik zelf een allergenenkaart op.")],
        "actions": [Action(id="a-lang", goal_id="g-kaart", title="Opleiding allergenen", hours=60,
                           start=date(2026, 12, 1), end=date(2027, 6, 30),
                           status=ActionStatus.in_progress)],
    })  # fmt: skip
    plan.employee.hours_per_week = 3
    plan = judged(plan, CHECK_IN_DAY)
    assert plan.goals[0].smart is not None and plan.goals[0].smart.achievable.met is False
    with SQLiteStore(tmp_path / "b.sqlite3") as store:
        store.save(plan, None)
        stored = store.load("lotte")
        s = CheckInSession(stored.plan, today=CHECK_IN_DAY, store=store, base_version=1)
        s.start()
        s.answer("bezig 50%")
        after = store.load("lotte").plan
    smart = after.goals[0].smart
    assert smart is not None and smart.achievable.met is True, smart.achievable.reason


def at(plan: Plan, step: Step, today: date) -> Engine:
    plan = plan.model_copy(deep=True)
    plan.conversation.step = step.value
    plan.conversation.pending = Pending()
    return Engine(plan, today=today)


def test_moving_the_course_in_the_walk_through_lifts_the_other_goals_warning(
    today: date,
) -> None:
    e = at(lotte(today), Step.planning, today)
    e.answer("1")  # the allergens course
    e.answer("van juni tot eind november 2027")
    assert e.plan.action("a-allergenen").start == date(2027, 6, 1)  # type: ignore[union-attr]
    assert not march_warning(e.plan, "g-kaart")
    assert not march_warning(e.plan, "g-oven")


def test_removing_the_course_in_the_walk_through_lifts_the_other_goals_warning(
    today: date,
) -> None:
    e = at(lotte(today), Step.overview, today)
    e.answer("schrap actie 1")
    assert [a.id for a in e.plan.actions] == ["a-oven"]
    assert not march_warning(e.plan, "g-oven")
    e.undo()  # undo brings the course and its verdicts back together
    assert march_warning(e.plan, "g-oven")


def test_a_warning_kept_despite_it_is_no_longer_shown_once_nothing_is_missing(
    store: SQLiteStore,
) -> None:
    plan = store.load("lotte").plan
    for goal in plan.goals:
        goal.kept_with_warning = True
    store.save(plan, 1)
    plan = check_in(store, ["", "verschuiven", "1", "van juni tot eind november 2027"])
    kaart, oven = plan.goals
    assert kaart.smart is not None and kaart.smart.all_met  # only Realistisch was missing
    assert not kaart.kept_with_warning
    assert oven.smart is not None and oven.smart.missing() == ["measurable", "relevant"]
    assert oven.kept_with_warning  # still kept despite what is still missing


@pytest.mark.parametrize("make", [sophie, karim, lotte])
def test_the_cheap_realistisch_is_the_one_judge_goal_gives(make, today: date) -> None:  # type: ignore[no-untyped-def]
    plan = make(today)
    for goal in plan.goals:
        goal.smart = judge_goal(goal, plan, today=today, lang="nl")
        assert goal.smart is not None
        assert achievable(goal, plan, today=today, lang="nl") == goal.smart.achievable


def test_nothing_is_judged_again_when_nothing_changed(today: date) -> None:
    # A later day alone changes no verdict: looking at a plan never rewrites it.
    plan = lotte(today)
    before = plan.model_copy(deep=True)
    assert rejudge(plan, verdict_inputs(plan), today=date(2027, 9, 1), lang="nl") == []
    assert plan == before
