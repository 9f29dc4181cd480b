"""Helpers the step modules share."""

from __future__ import annotations

from typing import Any

from pop_assistent.dialogue.session import Session
from pop_assistent.model import Action, Goal


def fit(s: Session, text: str, limit: int) -> str:
    """The answer as typed, cut to the field's limit (with a note when it had to be cut)."""
    text = text.strip()
    if len(text) > limit:
        s.say("too_long", template="common_notes", limit=limit)
        return text[:limit]
    return text


def goal_of(s: Session) -> Goal | None:
    """The goal the pending question is about."""
    goal_id = s.pending.goal_id
    return s.plan.goal(goal_id) if goal_id else None


def action_of(s: Session) -> Action | None:
    """The action the pending question is about."""
    action_id = s.pending.action_id
    return s.plan.action(action_id) if action_id else None


def next_after(ids: list[str], current: str | None) -> str | None:
    """The id after `current` in `ids` (the first one when current is None or unknown)."""
    if not ids:
        return None
    if current not in ids:
        return ids[0]
    index = ids.index(current)
    return ids[index + 1] if index + 1 < len(ids) else None


def goal_view(s: Session, goal: Goal | None) -> dict[str, Any] | None:
    """What templates need about a goal (None stays None)."""
    if goal is None:
        return None
    smart = goal.smart
    return {
        "id": goal.id,
        "text": goal.text,
        "number": s.plan.goals.index(goal) + 1 if goal in s.plan.goals else 0,
        "missing": smart.missing() if smart else [],
        "smart": smart,
        "deadline": goal.deadline,
        "career_project": goal.career_project,
        "relevance": goal.relevance,
        "kept_with_warning": goal.kept_with_warning,
        "skills": [skill_label(s, sid) for sid in goal.skill_ids],
    }


def skill_label(s: Session, skill_id: str) -> str:
    """A skill's label from the plan's self-assessment, else the skills list, else the id."""
    rating = next((r for r in s.plan.skills if r.skill_id == skill_id), None)
    if rating:
        return rating.label
    skill = s.resources.skill(skill_id)
    return skill.label(s.lang) if skill else skill_id


def preferred_skill_ids(s: Session) -> list[str]:
    """Skills to prefer when linking text: the employee's own (to improve first), then the
    role profile's."""
    from pop_assistent.model import SkillCategory

    rated = sorted(s.plan.skills, key=lambda r: SkillCategory.to_improve not in r.categories)
    ids = [r.skill_id for r in rated if r.skill_id]
    role = s.resources.role(s.plan.employee.role_profile_id)
    if role is not None:
        ids += s.resources.role_skill_ids(role)
    return list(dict.fromkeys(ids))
