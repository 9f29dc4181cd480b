"""The check-in schedule (opvolgmomenten) and what is due: the data behind every reminder.

`check_in_dates` gives the next check-ins of one plan; `due_items` lists, over many plans, the
action starts, action deadlines, goal deadlines and check-ins within the next days, plus
everything that is overdue. The TUI, `pop herinneringen`, the .ics export and the coach's
overview all read these, so a date is moved off a weekend or holiday the same way everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from pop_assistent.model import ActionStatus, GoalStatus, Plan
from pop_assistent.planning.calendar import next_workday, previous_workday

ACTION_START = "actie start"
ACTION_DEADLINE = "actie deadline"
GOAL_DEADLINE = "doel deadline"
CHECK_IN = "opvolgmoment"

KIND_LABELS: dict[str, tuple[str, str]] = {
    ACTION_START: ("start actie", "action starts"),
    ACTION_DEADLINE: ("deadline actie", "action deadline"),
    GOAL_DEADLINE: ("deadline doel", "goal deadline"),
    CHECK_IN: ("opvolgmoment", "check-in"),
}


def kind_label(kind: str, lang: str = "nl") -> str:
    """The label of a DueItem kind in the user's language."""
    nl, en = KIND_LABELS.get(kind, (kind, kind))
    return en if lang == "en" else nl


@dataclass(frozen=True)
class DueItem:
    """One thing to do or prepare: an action start or deadline, a goal deadline, a check-in."""

    plan_id: str
    employee: str
    date: date
    kind: str
    title: str
    overdue: bool
    item_id: str = ""

    def what(self, lang: str = "nl") -> str:
        """What the item is, phrased for its state: a start that has passed is 'had moeten
        starten' (the action is still not started; started or done actions are never listed)."""
        if self.kind == ACTION_START and self.overdue:
            return "should have started" if lang == "en" else "had moeten starten"
        return kind_label(self.kind, lang)


def check_in_anchor(plan: Plan) -> date:
    """The date the periodic schedule counts from: the last check-in, held or planned."""
    dates = [plan.created_on]
    for check_in in plan.check_ins:
        dates.append(check_in.planned_for)
        if check_in.held_on is not None:
            dates.append(check_in.held_on)
    return max(dates)


def periodic_dates(anchor: date, every_months: int, count: int) -> list[date]:
    """`count` raw dates every `every_months` months after `anchor` (not yet moved)."""
    day = min(anchor.day, 28)
    base = anchor.replace(day=day)
    return [base + relativedelta(months=every_months * k) for k in range(1, count + 1)]


def check_in_dates(plan: Plan, today: date, count: int = 4, country: str = "BE") -> list[date]:
    """The next `count` check-ins from `today` on, each moved to a workday.

    First the planned check-ins that were not held yet; then, counting from the last
    check-in (or the plan's creation), one every `plan.check_in_every_months` months.
    """
    result = sorted(
        next_workday(c.planned_for, country)
        for c in plan.check_ins
        if c.held_on is None and next_workday(c.planned_for, country) >= today
    )
    anchor = check_in_anchor(plan)
    k = 1
    while len(result) < count and k < 1000:
        raw = periodic_dates(anchor, plan.check_in_every_months, k)[-1]
        moved = next_workday(raw, country)
        if moved >= today and moved not in result:
            result.append(moved)
        k += 1
    return sorted(result)[:count]


def _open_action(status: ActionStatus) -> bool:
    return status not in (ActionStatus.done, ActionStatus.cancelled)


def plan_due_items(plan: Plan, today: date, days: int, country: str = "BE") -> list[DueItem]:
    """Due and overdue items of one plan (see `due_items`)."""
    horizon = today + timedelta(days=days)
    name = plan.employee.name
    items: list[DueItem] = []

    def add(when: date, kind: str, title: str, item_id: str) -> None:
        if when < today:
            items.append(DueItem(plan.id, name, when, kind, title, True, item_id))
        elif when <= horizon:
            items.append(DueItem(plan.id, name, when, kind, title, False, item_id))

    for action in plan.actions:
        if not _open_action(action.status):
            continue
        if action.start is not None and action.status == ActionStatus.not_started:
            add(next_workday(action.start, country), ACTION_START, action.title, action.id)
        if action.end is not None:
            add(previous_workday(action.end, country), ACTION_DEADLINE, action.title, action.id)
    for goal in plan.goals:
        if goal.status == GoalStatus.open and goal.deadline is not None:
            add(previous_workday(goal.deadline, country), GOAL_DEADLINE, goal.text, goal.id)
    planned = [c for c in plan.check_ins if c.held_on is None]
    for check_in in planned:
        add(next_workday(check_in.planned_for, country), CHECK_IN, "", check_in.id)
    if not [c for c in planned if next_workday(c.planned_for, country) >= today]:
        upcoming = check_in_dates(plan, today, 1, country)
        if upcoming:
            add(upcoming[0], CHECK_IN, "", "periodic")
    return items


def due_items(plans: Iterable[Plan], today: date, days: int, country: str = "BE") -> list[DueItem]:
    """Everything due within `days` days from `today`, and everything overdue, over all plans.

    Overdue: an action still 'niet gestart' whose start has passed (a start of an action
    in progress or done is never listed), an open action or goal past its
    deadline, a planned check-in that was not held. Sorted overdue first, then by date.
    Dates are moved like the calendar moves them: starts and check-ins to the next workday,
    deadlines to the workday before.
    """
    items: list[DueItem] = []
    for plan in plans:
        items.extend(plan_due_items(plan, today, days, country))
    return sorted(items, key=lambda i: (not i.overdue, i.date, i.employee, i.kind, i.title))
