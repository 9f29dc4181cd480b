"""What is due and what is late: the one set of rules behind every reminder.

`pop herinneringen`, `pop coach`, the app's start-up notice and the documents all read these
functions, so they always name the same items with the same dates. The rules:

- a check-in planned for a date that passed, neither held nor skipped with a reason, is late
  from that date until it is held or skipped; with no check-in planned at all, the periodic
  one (every `check_in_every_months` months after the last check-in held or skipped, or
  after the plan was made) is due, and late once its date passed;
- an action still 'niet gestart' whose start passed should have started (late start);
- an action neither done nor cancelled whose end passed is late (and then only that: one
  late item per action);
- an open goal whose deadline passed is late.

Dates are moved like the calendar moves them: starts and check-ins to the next workday,
deadlines to the workday before. An item is late from the day after its (moved) date.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import NamedTuple

from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, translate, translations
from pop_assistent.model import ActionStatus, GoalStatus, Plan
from pop_assistent.planning.calendar import next_workday, previous_workday
from pop_assistent.planning.checkins import first_periodic, last_held, pending

ACTION_START = "actie start"
ACTION_DEADLINE = "actie deadline"
GOAL_DEADLINE = "doel deadline"
CHECK_IN = "opvolgmoment"
PERIODIC = "periodic"
"""The item id of the periodic check-in (it has no CheckIn record yet)."""

KIND_LABELS: dict[str, str] = {
    ACTION_START: N_("start actie"),
    ACTION_DEADLINE: N_("deadline actie"),
    GOAL_DEADLINE: N_("deadline doel"),
    CHECK_IN: N_("opvolgmoment"),
}
LATE_LABELS: dict[str, str] = {
    ACTION_START: N_("had moeten starten"),
    ACTION_DEADLINE: N_("actie voorbij haar einde"),
    GOAL_DEADLINE: N_("doel voorbij zijn deadline"),
    CHECK_IN: N_("opvolgmoment niet gehouden"),
}


def kind_label(kind: str, lang: Language = SOURCE_LANGUAGE) -> str:
    """The label of a DueItem kind in the user's language."""
    return translate(lang, KIND_LABELS[kind]) if kind in KIND_LABELS else kind


class DueItem(NamedTuple):
    """One thing to do or prepare: an action start or end, a goal deadline, a check-in.
    (A named tuple: the overview makes thousands of them, and they never change.)"""

    plan_id: str
    employee: str
    date: date
    kind: str
    title: str
    overdue: bool
    item_id: str = ""
    days_late: int = 0
    """Days since `date` when overdue, else 0."""

    def what(self, lang: Language = SOURCE_LANGUAGE) -> str:
        """What the item is, phrased for its state ('had moeten starten' once a start passed)."""
        if self.overdue:
            late = LATE_LABELS.get(self.kind)
            return translate(lang, late) if late else kind_label(self.kind, lang)
        return kind_label(self.kind, lang)

    def lateness(self, lang: Language = SOURCE_LANGUAGE) -> str:
        """'12 dagen te laat' / '1 day late'; empty when not late."""
        if not self.overdue:
            return ""
        n = self.days_late
        return translations(lang).ngettext("{n} dag te laat", "{n} dagen te laat", n).format(n=n)


Dated = tuple[date, str, str, str]
"""(date, kind, title, item id) of a thing that falls due, before it becomes a DueItem."""


def _item(plan: Plan, dated: Dated, today: date) -> DueItem:
    when, kind, title, item_id = dated
    late = (today - when).days
    if late < 0:
        late = 0
    return DueItem(plan.id, plan.employee.name, when, kind, title, late > 0, item_id, late)


def _check_in_dates(plan: Plan, country: str) -> list[Dated]:
    waiting = pending(plan)
    if not waiting:
        return [(first_periodic(plan, country), CHECK_IN, "", PERIODIC)]
    return [(next_workday(c.planned_for, country), CHECK_IN, "", c.id) for c in waiting]


def check_in_items(plan: Plan, today: date, country: str = "BE") -> list[DueItem]:
    """The planned check-ins still to hold (late or not), or the periodic one if none is."""
    return [_item(plan, dated, today) for dated in _check_in_dates(plan, country)]


def _action_and_goal_dates(plan: Plan, today: date, country: str) -> list[Dated]:
    found: list[Dated] = []
    done, cancelled, waiting = ActionStatus.done, ActionStatus.cancelled, ActionStatus.not_started
    for action in plan.actions:
        status = action.status
        if status is done or status is cancelled:
            continue
        end = None
        if action.end is not None:
            end = previous_workday(action.end, country)
            found.append((end, ACTION_DEADLINE, action.title, action.id))
        if action.start is not None and status is waiting:
            start = next_workday(action.start, country)
            if end is None or not (start < today and end < today):
                found.append((start, ACTION_START, action.title, action.id))
            # else: past its end says it all, one late item per action
    still_open = GoalStatus.open
    for goal in plan.goals:
        if goal.deadline is not None and goal.status is still_open:
            found.append((previous_workday(goal.deadline, country), GOAL_DEADLINE, goal.text,
                          goal.id))  # fmt: skip
    return found


def _order(item: DueItem) -> tuple[bool, date, str, str, str]:
    return (not item.overdue, item.date, item.employee.lower(), item.kind, item.title)


def plan_due_items(plan: Plan, today: date, days: int, country: str = "BE") -> list[DueItem]:
    """Everything late in one plan, and what falls due within `days` days from `today`."""
    horizon = today + timedelta(days=days)
    dates = _action_and_goal_dates(plan, today, country) + _check_in_dates(plan, country)
    return sorted((_item(plan, d, today) for d in dates if d[0] <= horizon), key=_order)


def due_items(plans: Iterable[Plan], today: date, days: int, country: str = "BE") -> list[DueItem]:
    """`plan_due_items` over many plans: late items first (oldest first), then by date."""
    items: list[DueItem] = []
    for plan in plans:
        items.extend(plan_due_items(plan, today, days, country))
    return sorted(items, key=_order)


class FollowUp(NamedTuple):
    """Where one plan's follow-up stands today: what a coach looks at first."""

    plan_id: str
    employee: str
    last_held: date | None
    next_check_in: DueItem
    """The first check-in still to hold: late, due today, or the next one to come."""
    overdue: tuple[DueItem, ...]
    """Everything late, the longest late first."""

    @property
    def worst(self) -> DueItem | None:
        """The item that is late the longest, if any."""
        return self.overdue[0] if self.overdue else None

    def rank_key(self) -> tuple[int, int, int, date, str]:
        """Most urgent first: plans with something late, the longest late first, then the
        most late items; then the nearest check-in."""
        worst = self.worst.days_late if self.worst else 0
        return (
            0 if self.overdue else 1,
            -worst,
            -len(self.overdue),
            self.next_check_in.date,
            self.employee.lower(),
        )


def follow_up(plan: Plan, today: date, country: str = "BE") -> FollowUp:
    """The follow-up state of one plan on `today`, by the rules above."""
    check_ins = _check_in_dates(plan, country)
    dates = _action_and_goal_dates(plan, today, country) + check_ins
    late = [_item(plan, d, today) for d in dates if d[0] < today]
    late.sort(key=lambda i: (-i.days_late, i.kind, i.title))
    return FollowUp(
        plan_id=plan.id,
        employee=plan.employee.name,
        last_held=last_held(plan),
        next_check_in=_item(plan, check_ins[0], today),
        overdue=tuple(late),
    )
