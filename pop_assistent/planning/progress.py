"""The one measure of progress: how much of the plan's learning is done.

Progress is the share of the learning hours that is done: a finished action counts for all
its hours, an action in progress for its percentage of them, one not started for nothing;
cancelled actions do not count. When no action has hours, every action weighs the same.

The figure at a check-in is the same measure, taken with what was known about each action
on that day: done if it was completed by then, else its last update at or before that
check-in, else not started. Right after a check-in it equals today's figure. Every place that
shows progress (the coach's overview, the app, the check-in, the documents) reads it here
and shows it rounded by `whole_percent`, so one plan has one number.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from pop_assistent.model import Action, ActionStatus, CheckIn, Plan

BY_HOURS = "hours"
BY_COUNT = "count"


@dataclass(frozen=True)
class Progress:
    """A percentage (0-100, unrounded) and what it was weighted by."""

    percent: float
    basis: str = BY_HOURS

    @property
    def shown(self) -> int:
        """The whole percentage every screen and document shows."""
        return whole_percent(self.percent)


def whole_percent(value: float) -> int:
    """Round half up (12.5 -> 13), the same way everywhere; never below 0 or above 100."""
    return max(0, min(100, int(value + 0.5)))


def action_percent(action: Action) -> int:
    """How far one action is: 100 when done, else its own percentage."""
    return 100 if action.status is ActionStatus.done else action.progress


def weighted(states: Iterable[tuple[float, ActionStatus, int]]) -> Progress:
    """The measure over (hours, status, progress) triples."""
    hours = weighted_hours = shares = 0.0
    count = 0
    for h, status, progress in states:
        if status is ActionStatus.cancelled:
            continue
        share = 100.0 if status is ActionStatus.done else float(progress)
        count += 1
        hours += h
        weighted_hours += h * share
        shares += share
    if not count:
        return Progress(0.0, BY_COUNT)
    if hours > 0:
        return Progress(weighted_hours / hours, BY_HOURS)
    return Progress(shares / count, BY_COUNT)


def percent_done(plan: Plan) -> Progress:
    """The plan's progress today."""
    return weighted((a.hours, a.status, a.progress) for a in plan.actions)


def _state_at(
    action: Action, day: date, known: tuple[ActionStatus, int] | None
) -> tuple[ActionStatus, int]:
    """What was known about an action on `day`: done if it was finished by then; else its
    last update at or before that day; else done if it is done with no date known (a check-in
    never asks about a finished action); else not started. Cancelled actions stay out."""
    if action.status is ActionStatus.done and action.completed_on is not None:
        if action.completed_on <= day:
            return ActionStatus.done, 100
    if known is not None:
        return known
    if action.status is ActionStatus.done and action.completed_on is None:
        return ActionStatus.done, 100
    if action.status is ActionStatus.cancelled:
        return ActionStatus.cancelled, 0
    return ActionStatus.not_started, 0


def held_in_order(plan: Plan) -> list[CheckIn]:
    """The held check-ins, oldest first."""
    held = [c for c in plan.check_ins if c.held_on is not None]
    return sorted(held, key=lambda c: c.held_on or date.min)


def progress_at_check_ins(plan: Plan) -> dict[str, Progress]:
    """The measure at every held check-in, by check-in id."""
    known: dict[str, tuple[ActionStatus, int]] = {}
    result: dict[str, Progress] = {}
    for check_in in held_in_order(plan):
        assert check_in.held_on is not None
        for update in check_in.updates:
            known[update.action_id] = (update.status, update.progress)
        day = check_in.held_on
        states = [(a.hours, *_state_at(a, day, known.get(a.id))) for a in plan.actions]
        result[check_in.id] = weighted(states)
    return result
