"""Changing what was said, from any step: 'wijzig doel 2', 'schrap actie 1', 'verplaats doel 2
naar 1', 'wijzig vaardigheid 3', 'hernoem vaardigheid 3 naar Excel' (or 'wijzig vaardigheid 3:
Excel'). A number that does not exist, or a command without one, gets one
clear sentence and changes nothing; every change can be undone.
"""

from __future__ import annotations

from pop_assistent.dialogue.parsing import Command
from pop_assistent.dialogue.session import Session
from pop_assistent.dialogue.types import Step
from pop_assistent.model import Position, SkillRating

COUNT_OF = {"goal": "goals", "action": "actions", "skill": "skills"}


def _say(s: Session, key: str, **values: object) -> None:
    s.say(key, template="common_notes", **values)


def _resume_here(s: Session) -> None:
    """Remember where the person is, to come back after the edit's questions."""
    conversation = s.plan.conversation
    if conversation.resume is None and conversation.pending.question:
        conversation.resume = Position(step=conversation.step, pending=conversation.pending)


def run(s: Session, cmd: Command) -> None:
    """Carry out one edit command (or say why it cannot be done)."""
    if cmd.name == "unclear_edit":
        _say(s, "what_to_edit", verb=cmd.what)
        return
    items: list[object] = list(getattr(s.plan, COUNT_OF[cmd.what]))
    if not items:
        _say(s, "no_such", what=cmd.what, number=cmd.number or 0, count=0)
        return
    if cmd.number is None:
        _say(s, "which", what=cmd.what, count=len(items), verb=cmd.name)
        return
    if not 1 <= cmd.number <= len(items):
        _say(s, "no_such", what=cmd.what, number=cmd.number, count=len(items))
        return
    index = cmd.number - 1
    if cmd.what == "goal":
        _goal(s, cmd, index)
    elif cmd.what == "action":
        _action(s, cmd, index)
    else:
        _skill(s, cmd, index)


def _goal(s: Session, cmd: Command, index: int) -> None:
    from pop_assistent.dialogue.steps import goals

    goal = s.plan.goals[index]
    if cmd.name == "drop":
        goals.drop(s, goal)
        if s.pending.goal_id == goal.id:
            s.go(s.step)
    elif cmd.name == "move":
        goals.move(s, goal, cmd.to or 1)
    else:
        _resume_here(s)
        s.switch(Step.goals, goals.REWRITE, goal_id=goal.id)
        if cmd.rest:
            goals.rewrite(s, goal, cmd.rest)


def _action(s: Session, cmd: Command, index: int) -> None:
    from pop_assistent.dialogue.steps import planning

    action = s.plan.actions[index]
    if cmd.name == "drop":
        s.plan.actions = [a for a in s.plan.actions if a.id != action.id]
        _say(s, "action_removed", number=index + 1, title=action.title)
        if s.pending.action_id == action.id:
            s.go(s.step)
    elif cmd.name == "move":
        moved = [a for a in s.plan.actions if a.id != action.id]
        moved.insert(max(0, min((cmd.to or 1) - 1, len(moved))), action)
        s.plan.actions = moved
    else:
        _resume_here(s)
        planning.start_edit(s, action, cmd.rest)


def _skill(s: Session, cmd: Command, index: int) -> None:
    from pop_assistent.dialogue.steps import self_assessment

    rating = s.plan.skills[index]
    if cmd.name == "drop":
        s.plan.skills = [r for r in s.plan.skills if r is not rating]
        _say(s, "skill_removed", label=rating.label)
        for goal in s.plan.goals:
            if rating.skill_id and rating.skill_id in goal.skill_ids:
                goal.skill_ids = [i for i in goal.skill_ids if i != rating.skill_id]
        if s.step == Step.self_assessment and s.q == "levels":
            s.go(Step.self_assessment)
    elif cmd.name == "move":
        moved = [r for r in s.plan.skills if r is not rating]
        moved.insert(max(0, min((cmd.to or 1) - 1, len(moved))), rating)
        s.plan.skills = moved
    elif cmd.rest.strip():
        _rename_skill(s, rating, cmd.rest)
    else:
        _resume_here(s)
        s.switch(Step.self_assessment, self_assessment.LEVELS, todo=[str(index)])


def _rename_skill(s: Session, rating: SkillRating, text: str) -> None:
    """A new name for a rated skill: its levels, categories and id stay, so the goals that
    refer to it (by id) keep referring to it and show the new name."""
    from pop_assistent.model.clean import clean_text

    label = " ".join(clean_text(text).split())[:300]
    old = rating.label
    rating.label = label
    _say(s, "skill_renamed", old=old, label=label)
