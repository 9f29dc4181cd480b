"""Data for the picture of progress: planned against actual per action, and progress over
the check-ins. The app's progress widget draws from this; the measure itself (what "30%"
means) is defined once, in `pop_assistent.planning.progress`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, say
from pop_assistent.model import ActionStatus, Plan
from pop_assistent.planning.due import ACTION_DEADLINE, plan_due_items
from pop_assistent.planning.progress import (
    BY_COUNT,
    BY_HOURS,
    Progress,
    action_percent,
    held_in_order,
    percent_done,
    progress_at_check_ins,
)

__all__ = [
    "BY_COUNT",
    "BY_HOURS",
    "ActionProgress",
    "Progress",
    "ProgressPoint",
    "action_progress",
    "percent_done",
    "progress_over_check_ins",
]


@dataclass(frozen=True)
class ActionProgress:
    """One bar of the timeline: the planned span against what actually happened."""

    action_id: str
    title: str
    goal_id: str | None
    planned_start: date | None
    planned_end: date | None
    completed_on: date | None
    status: ActionStatus
    progress: int
    hours: float
    overdue: bool
    """Past its end while neither done nor cancelled (the rule of `planning.due`)."""
    late_days: int
    """Days finished after the planned end (negative: early); 0 when not finished."""


@dataclass(frozen=True)
class ProgressPoint:
    """Percentage done at one held check-in (or today)."""

    when: date
    percent: float
    """Unrounded; show it with `Progress.shown` / `whole_percent`."""
    label: str


def action_progress(plan: Plan, today: date, country: str = "BE") -> list[ActionProgress]:
    """Planned against actual for every action, in planned order; late by the rules of
    `planning.due` (end passed, neither done nor cancelled)."""
    overdue = {
        i.item_id for i in plan_due_items(plan, today, 0, country) if i.kind == ACTION_DEADLINE
    }
    rows = []
    for action in plan.actions:
        late = 0
        if action.completed_on is not None and action.end is not None:
            late = (action.completed_on - action.end).days
        rows.append(
            ActionProgress(
                action_id=action.id,
                title=action.title,
                goal_id=action.goal_id,
                planned_start=action.start,
                planned_end=action.end,
                completed_on=action.completed_on,
                status=action.status,
                progress=action_percent(action),
                hours=action.hours,
                overdue=action.id in overdue,
                late_days=late,
            )
        )
    return sorted(rows, key=lambda r: (r.planned_start or date.max, r.title))


def progress_over_check_ins(
    plan: Plan, today: date, lang: Language = SOURCE_LANGUAGE
) -> list[ProgressPoint]:
    """The measure at each held check-in (see `planning.progress`), then today's."""
    from .text import long_date

    at = progress_at_check_ins(plan)
    points = [
        ProgressPoint(c.held_on, at[c.id].percent, long_date(c.held_on, lang))
        for c in held_in_order(plan)
        if c.held_on is not None
    ]
    now = percent_done(plan).percent
    if not points or points[-1].when != today:
        points.append(ProgressPoint(today, now, say(lang, N_("vandaag"))))
    return points
