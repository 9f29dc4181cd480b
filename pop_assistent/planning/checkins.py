"""The check-in schedule (opvolgmomenten): when the next check-ins fall.

A check-in is planned for a date, then held, or explicitly skipped with a reason. The planned
ones that are neither come first; after them, one every `plan.check_in_every_months` months,
counted from the last check-in (held, skipped or planned) or the plan's creation. Every date
is moved to a workday, so the reminders, the calendar file, the overview and the documents
agree. What is due or late is decided in `planning.due`, from this schedule.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from dateutil.relativedelta import relativedelta

from pop_assistent.errors import PopError
from pop_assistent.i18n import N_
from pop_assistent.model import CheckIn, Plan
from pop_assistent.planning.calendar import next_workday


def pending(plan: Plan) -> list[CheckIn]:
    """Planned check-ins that were neither held nor skipped, earliest first."""
    waiting = [c for c in plan.check_ins if c.held_on is None and c.skipped_on is None]
    if len(waiting) > 1:
        waiting.sort(key=lambda c: c.planned_for)
    return waiting


def last_held(plan: Plan) -> date | None:
    """The day of the last check-in held, or None when none was held yet."""
    days = [c.held_on for c in plan.check_ins if c.held_on is not None]
    return max(days) if days else None


def last_contact(plan: Plan) -> date:
    """The day the periodic schedule counts from when nothing is planned: the last check-in
    held or skipped, else the plan's creation."""
    days = [plan.created_on]
    for check_in in plan.check_ins:
        if check_in.held_on is not None:
            days.append(check_in.held_on)
        elif check_in.skipped_on is not None:
            days.append(max(check_in.planned_for, check_in.skipped_on))
    return max(days)


def check_in_anchor(plan: Plan) -> date:
    """The date the periodic schedule counts from: the last check-in, held, skipped or still
    planned (so periodic dates follow the planned ones)."""
    days = [last_contact(plan)] + [c.planned_for for c in plan.check_ins if c.pending]
    return max(days)


def nth_periodic(anchor: date, every_months: int, k: int) -> date:
    """The k-th raw date (k >= 1) every `every_months` months after `anchor` (not yet moved);
    the day is kept at most 28, so every month has it."""
    return anchor.replace(day=min(anchor.day, 28)) + relativedelta(months=every_months * k)


def periodic_dates(anchor: date, every_months: int, count: int) -> list[date]:
    """`count` raw dates every `every_months` months after `anchor` (not yet moved)."""
    return [nth_periodic(anchor, every_months, k) for k in range(1, count + 1)]


def first_periodic(plan: Plan, country: str = "BE") -> date:
    """The periodic check-in after the last one (moved to a workday); may lie in the past."""
    raw = nth_periodic(check_in_anchor(plan), plan.check_in_every_months, 1)
    return next_workday(raw, country)


def check_in_dates(plan: Plan, today: date, count: int = 4, country: str = "BE") -> list[date]:
    """The next `count` check-ins from `today` on, each moved to a workday.

    First the planned check-ins that are still to come; then, counting from the last
    check-in (or the plan's creation), one every `plan.check_in_every_months` months.
    A check-in that is late is not in this list: `planning.due` reports it.
    """
    result = sorted(
        day for day in (next_workday(c.planned_for, country) for c in pending(plan)) if day >= today
    )
    anchor = check_in_anchor(plan)
    k = 1
    while len(result) < count and k < 1000:
        moved = next_workday(nth_periodic(anchor, plan.check_in_every_months, k), country)
        if moved >= today and moved not in result:
            result.append(moved)
        k += 1
    return sorted(result)[:count]


def skip_next(plan: Plan, today: date, reason: str, country: str = "BE") -> tuple[Plan, CheckIn]:
    """A copy of the plan whose first check-in still to hold (late or not) is skipped with a
    reason, and that check-in. With nothing planned, the periodic one is recorded as skipped,
    so the schedule counts on from it."""
    reason = " ".join(reason.split())
    if not reason:
        raise PopError(N_("Geef een reden om een opvolgmoment over te slaan."))
    plan = plan.model_copy(deep=True)
    waiting = pending(plan)
    if waiting:
        check_in = waiting[0]
    else:
        check_in = CheckIn(planned_for=first_periodic(plan, country))
        plan.check_ins = [*plan.check_ins, check_in]
    check_in.skipped_reason = reason[:2000]
    check_in.skipped_on = today
    return plan, check_in


LEAD_DAYS = 14
"""A check-in before a goal's deadline falls this many days before it: time to still act."""


class DeadlineCheckIn(NamedTuple):
    """A check-in proposed before the nearest goal deadline (what a manager's 1:1 tool offers)."""

    goal_id: str
    goal_text: str
    deadline: date
    """The goal's deadline, moved to the workday before (as `planning.due` counts it)."""
    check_in: date | None
    """The proposed day, `LEAD_DAYS` before it on a workday; None when that day is not after
    today (the deadline is too close: talk about it now)."""


def deadline_check_in(
    plan: Plan, today: date, before: date, country: str = "BE"
) -> DeadlineCheckIn | None:
    """The check-in to propose when the nearest deadline of an open goal comes after today and
    before `before` (the next check-in the schedule would give), else None."""
    from pop_assistent.model import GoalStatus
    from pop_assistent.planning.calendar import previous_workday

    nearest: tuple[date, str, str] | None = None
    for goal in plan.goals:
        if goal.status is not GoalStatus.open or goal.deadline is None:
            continue
        deadline = previous_workday(goal.deadline, country)
        if today < deadline and (nearest is None or deadline < nearest[0]):
            nearest = (deadline, goal.id, goal.text)
    if nearest is None or nearest[0] >= before:
        return None
    deadline, goal_id, text = nearest
    day = previous_workday(deadline - timedelta(days=LEAD_DAYS), country)
    return DeadlineCheckIn(goal_id, text, deadline, day if day > today else None)
