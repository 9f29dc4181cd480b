"""Data for the picture of progress: planned against actual per action, and progress over
the check-ins. The app's progress widget and the HTML/PDF export both draw from this.

Percentage done is weighted by hours (an action of 40 hours counts more than one of 4); when
no action has hours it is counted per action. Cancelled actions do not count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pop_assistent.model import Action, ActionStatus, ActionUpdate, Plan

BY_HOURS = "hours"
BY_COUNT = "count"


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
    """Planned end before today while not done or cancelled."""
    late_days: int
    """Days finished after the planned end (negative: early); 0 when not finished."""


@dataclass(frozen=True)
class ProgressPoint:
    """Percentage done at one held check-in (or today)."""

    when: date
    percent: float
    label: str


def is_overdue(action: Action, today: date) -> bool:
    """End date passed and neither done nor cancelled."""
    closed = (ActionStatus.done, ActionStatus.cancelled)
    return action.end is not None and action.end < today and action.status not in closed


def action_progress(plan: Plan, today: date) -> list[ActionProgress]:
    """Planned against actual for every action, in planned order."""
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
                progress=100 if action.status is ActionStatus.done else action.progress,
                hours=action.hours,
                overdue=is_overdue(action, today),
                late_days=late,
            )
        )
    return sorted(rows, key=lambda r: (r.planned_start or date.max, r.title))


def _share(status: ActionStatus, progress: int) -> float:
    return 100.0 if status is ActionStatus.done else float(progress)


def _weighted(items: list[tuple[float, ActionStatus, int]]) -> tuple[float, str]:
    counted = [(h, s, p) for h, s, p in items if s is not ActionStatus.cancelled]
    if not counted:
        return 0.0, BY_COUNT
    total_hours = sum(h for h, _, _ in counted)
    if total_hours > 0:
        return sum(h * _share(s, p) for h, s, p in counted) / total_hours, BY_HOURS
    return sum(_share(s, p) for _, s, p in counted) / len(counted), BY_COUNT


def percent_done(plan: Plan) -> tuple[float, str]:
    """(percentage 0-100, 'hours' or 'count'): how much of the plan's learning is done."""
    return _weighted([(a.hours, a.status, a.progress) for a in plan.actions])


def progress_over_check_ins(plan: Plan, today: date, lang: str = "nl") -> list[ProgressPoint]:
    """Percentage done at each held check-in, replayed from the check-ins' updates, then today.

    Every point measures against the plan's actions as they are now (so the line is comparable
    over time); an action without an update yet counts as not started at that moment.
    """
    from .text import long_date

    held = sorted((c for c in plan.check_ins if c.held_on), key=lambda c: c.held_on or date.min)
    known: dict[str, ActionUpdate] = {}
    points = []
    hours = {a.id: a.hours for a in plan.actions}
    for check_in in held:
        for update in check_in.updates:
            known[update.action_id] = update
        assert check_in.held_on is not None
        items = [
            (hours[a.id], known[a.id].status, known[a.id].progress)
            if a.id in known
            else (hours[a.id], ActionStatus.not_started, 0)
            for a in plan.actions
        ]
        share, _ = _weighted(items)
        points.append(ProgressPoint(check_in.held_on, share, long_date(check_in.held_on, lang)))
    now, _ = _weighted([(a.hours, a.status, a.progress) for a in plan.actions])
    if not points or points[-1].when != today:
        points.append(ProgressPoint(today, now, "vandaag" if lang != "en" else "today"))
    return points
