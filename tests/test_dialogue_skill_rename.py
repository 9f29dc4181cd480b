"""Renaming a skill with the edit commands (issue 12): 'hernoem vaardigheid 2 naar ...',
'wijzig vaardigheid 2: ...', 'rename skill 2 to ...'. The levels, categories and id stay, so the
goals that refer to the skill keep doing so and show the new name; undo restores the old name,
also after a restart; a number that does not exist changes nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dialogue_fixtures import catalogue, store

from pop_assistent.demo import sophie
from pop_assistent.dialogue import Engine, Step, open_session
from pop_assistent.dialogue.parsing import command
from pop_assistent.dialogue.steps.common import goal_view
from pop_assistent.model import Pending, Plan


def _at_goals(plan: Plan, today: date, lang: str = "nl") -> Engine:
    plan = plan.model_copy(deep=True)
    plan.conversation.step = Step.goals.value
    plan.conversation.pending = Pending()
    return Engine(plan, today=today, lang=lang, catalogue_loader=catalogue)


def _spreadsheets(e: Engine) -> int:
    """The 1-based number of Sophie's 'rekenbladen' skill, which her goal 2 refers to."""
    ids = [r.skill_id for r in e.plan.skills]
    return ids.index("rekenbladen") + 1


def test_rename_keeps_levels_categories_and_the_goals_that_refer_to_it(today: date) -> None:
    e = _at_goals(sophie(today), today)
    n = _spreadsheets(e)
    before = e.plan.skills[n - 1].model_copy()
    linked = [g.id for g in e.plan.goals if "rekenbladen" in g.skill_ids]
    assert linked
    reply = e.answer(f"hernoem vaardigheid {n} naar Excel-draaitabellen")
    rating = e.plan.skills[n - 1]
    assert rating.label == "Excel-draaitabellen"
    assert (rating.skill_id, rating.current_level, rating.wanted_level, rating.categories) == (
        before.skill_id,
        before.current_level,
        before.wanted_level,
        before.categories,
    )
    assert [g.id for g in e.plan.goals if "rekenbladen" in g.skill_ids] == linked
    assert "heet nu *Excel-draaitabellen*" in reply.message
    assert e.plan.conversation.step == Step.goals.value  # the conversation stays where it was
    session = e._session()  # the goal as the goal questions see it: with the new name
    goal = e.plan.goal(linked[0])
    assert goal is not None
    view = goal_view(session, goal)
    assert view is not None
    assert "Excel-draaitabellen" in view["skills"]
    e.answer("ongedaan maken")
    assert e.plan.skills[n - 1].label == before.label


def test_rename_with_a_colon_and_in_english(today: date) -> None:
    e = _at_goals(sophie(today), today)
    n = _spreadsheets(e)
    e.answer(f"wijzig vaardigheid {n}: Rekenbladen (Excel)")
    assert e.plan.skills[n - 1].label == "Rekenbladen (Excel)"
    en = _at_goals(sophie(today), today, lang="en")
    reply = en.answer(f"Rename skill {n} to Spreadsheets in Excel")
    assert en.plan.skills[n - 1].label == "Spreadsheets in Excel"
    assert "is now *Spreadsheets in Excel*" in reply.message
    assert en.plan.skills[n - 1].skill_id == "rekenbladen"


def test_rename_of_a_skill_that_does_not_exist_changes_nothing(today: date) -> None:
    e = _at_goals(sophie(today), today)
    skills = [r.model_copy() for r in e.plan.skills]
    reply = e.answer("hernoem vaardigheid 9 naar Excel")
    assert "Er is geen vaardigheid 9" in reply.message
    assert e.plan.skills == skills
    assert command("hernoem vaardigheid 2 naar") is None  # no new name: not a rename


def test_rename_commands_are_read_for_every_kind_of_item() -> None:
    skill = command("Hernoem de vaardigheid 3 naar Heftruck rijden")
    assert skill is not None
    assert (skill.name, skill.what, skill.number, skill.rest) == (
        "edit",
        "skill",
        3,
        "Heftruck rijden",
    )
    goal = command("rename goal 1 to Lead the team meeting on my own by June 2027")
    assert goal is not None and (goal.what, goal.rest) == (
        "goal",
        "Lead the team meeting on my own by June 2027",
    )
    action = command("hernoem actie 2 naar EHBO-opfrissing")
    assert action is not None and (action.what, action.rest) == ("action", "titel: EHBO-opfrissing")


def test_rename_survives_a_restart_and_undo_after_it(today: date, tmp_path: Path) -> None:
    db = store(tmp_path)
    plan = sophie(today)
    db.save(plan, None)
    e = open_session(db, plan.id, today=today, catalogue_loader=catalogue)
    n = _spreadsheets(e)
    old = e.plan.skills[n - 1].label
    e.answer(f"hernoem vaardigheid {n} naar Excel-draaitabellen")
    stored = db.load(plan.id).plan
    assert stored.skills[n - 1].label == "Excel-draaitabellen"
    assert any("rekenbladen" in g.skill_ids for g in stored.goals)
    again = open_session(db, plan.id, today=today, catalogue_loader=catalogue)
    again.answer("ongedaan maken")
    assert db.load(plan.id).plan.skills[n - 1].label == old
