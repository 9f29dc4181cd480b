"""Workload: planned hours of learning actions per month and quarter against the time available.

An action's hours are spread over its days (start to end, inclusive); the time available in a
month is the employee's hours per week times the weeks in that month. This is what makes a goal
*Realistisch*, and what the planning step warns about. Legally required training (a CPR or
forklift refresher) happens in working time: by default it is counted apart (`working_time`)
and never against the hours for personal learning (a setting can count it in).
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

from pop_assistent.model import Action, ActionStatus, Plan


@dataclass(frozen=True)
class PeriodLoad:
    """Planned against available hours in one month or quarter."""

    start: date
    end: date
    planned: float
    available: float

    @property
    def over(self) -> bool:
        """More hours planned than available (with a small margin for rounding)."""
        return self.planned > self.available + 0.05

    @property
    def ratio(self) -> float:
        return self.planned / self.available if self.available else (0.0 if not self.planned
                                                                     else float("inf"))  # fmt: skip


@dataclass(frozen=True)
class Workload:
    """The plan's workload per month and per quarter."""

    hours_per_week: float
    months: tuple[PeriodLoad, ...]
    quarters: tuple[PeriodLoad, ...]
    planned_hours: float = 0.0
    """The exact sum of the planned actions' hours (months are rounded each)."""
    working_time: float = 0.0
    """Hours planned in working time (not in `months`): see `in_working_time`."""

    @property
    def over_months(self) -> list[PeriodLoad]:
        return [m for m in self.months if m.over]

    @property
    def total_planned(self) -> float:
        """Hours planned in all: 10 h + 40 h is 50 h, not the sum of rounded month shares."""
        return round(self.planned_hours, 1)

    @property
    def total_available(self) -> float:
        return round(sum(m.available for m in self.months), 1)

    def month(self, day: date) -> PeriodLoad | None:
        return next((m for m in self.months if m.start <= day <= m.end), None)


def _month_end(day: date) -> date:
    return day.replace(day=monthrange(day.year, day.month)[1])


def _months_between(first: date, last: date) -> list[tuple[date, date]]:
    spans = []
    cursor = first.replace(day=1)
    while cursor <= last:
        spans.append((cursor, _month_end(cursor)))
        cursor = _month_end(cursor) + timedelta(days=1)
    return spans


WORKING_SHARE = 46 / 52
"""Share of the weeks until a deadline that count: about six weeks of holidays a year."""


@dataclass(frozen=True)
class Room:
    """The hours the open actions ask until a day, and the hours there are until then."""

    need: float
    have: float
    others: float = 0.0
    """The part of `need` that other goals' actions ask in the same weeks."""

    @property
    def fits(self) -> bool:
        return self.need <= self.have + 0.05


def remaining_hours(action: Action) -> float:
    """The hours an action still asks (none when done or cancelled)."""
    if action.status in (ActionStatus.done, ActionStatus.cancelled):
        return 0.0
    return action.hours * (100 - action.progress) / 100


def _share_until(action: Action, today: date, until: date) -> float:
    """The part of an action's remaining hours that falls between today and `until` (its hours
    spread over the days it still runs); none for an action without dates."""
    if action.start is None:
        return 0.0
    start, end = max(action.start, today), max(action.end or action.start, today)
    days = (end - start).days + 1
    inside = (min(end, until) - start).days + 1
    return remaining_hours(action) * max(0, inside) / days


def room(
    plan: Plan, today: date, until: date, goal_id: str | None = None, extra: float = 0.0
) -> Room:
    """The one computation of 'do the hours fit until `until`': what the goal's open actions
    still ask (all of them), plus the share until then of every other planned action (two
    actions in the same weeks both take from the same hours), plus `extra` hours (a course
    being considered); against the hours per week over the working weeks until then."""
    own, others = extra, 0.0
    for action in plan.actions:
        if goal_id is None or action.goal_id == goal_id:
            own += remaining_hours(action)
        else:
            others += _share_until(action, today, until)
    weeks = max(0.0, (until - today).days / 7) * WORKING_SHARE
    return Room(own + others, weeks * plan.employee.hours_per_week, others)


def available_hours(hours_per_week: float, start: date, end: date) -> float:
    """Hours available for learning between two dates (inclusive)."""
    return hours_per_week * ((end - start).days + 1) / 7


def in_working_time(action: Action, legal_in_working_time: bool = True) -> bool:
    """Whether an action's hours are working time, not the person's own learning time: agreed
    so for this action, or legally required training (unless a setting counts it in)."""
    return action.in_working_time or (action.legally_required and legal_in_working_time)


def compute(plan: Plan, today: date | None = None, legal_in_working_time: bool = True) -> Workload:
    """Planned and available hours for every month that has a planned, not cancelled action;
    what happens in working time apart (`in_working_time`)."""
    hpw = plan.employee.hours_per_week
    running = [a for a in plan.actions if a.start and a.status != ActionStatus.cancelled]
    legal = [a for a in running if in_working_time(a, legal_in_working_time)]
    actions = [a for a in running if a not in legal]
    working = round(sum(a.hours for a in legal), 1)
    if not actions:
        return Workload(hpw, (), (), 0.0, working)
    first = min(a.start for a in actions if a.start)
    last = max((a.end or a.start) for a in actions if a.start)
    if today is not None and first < today:
        first = min(first, today)
    planned: dict[date, float] = {}
    for action in actions:
        assert action.start is not None
        end = action.end or action.start
        days = (end - action.start).days + 1
        for m_start, m_end in _months_between(action.start, end):
            lo, hi = max(m_start, action.start), min(m_end, end)
            share = action.hours * ((hi - lo).days + 1) / days
            planned[m_start] = planned.get(m_start, 0.0) + share
    months = tuple(
        PeriodLoad(s, e, round(planned.get(s, 0.0), 1), round(available_hours(hpw, s, e), 1))
        for s, e in _months_between(first, last)
    )
    quarters: dict[date, list[PeriodLoad]] = {}
    for m in months:
        q_start = date(m.start.year, 3 * ((m.start.month - 1) // 3) + 1, 1)
        quarters.setdefault(q_start, []).append(m)
    q_loads = tuple(
        PeriodLoad(
            q,
            _month_end(date(q.year, q.month + 2, 1)),
            round(sum(m.planned for m in ms), 1),
            round(available_hours(hpw, q, _month_end(date(q.year, q.month + 2, 1))), 1),
        )
        for q, ms in sorted(quarters.items())
    )
    return Workload(hpw, months, q_loads, sum(a.hours for a in actions), working)


def overbooked(
    plan: Plan,
    goal_id: str,
    today: date | None = None,
    legal_in_working_time: bool = True,
    load: Workload | None = None,
) -> list[PeriodLoad]:
    """The months with more hours planned than available in which this goal's actions run
    (what it does in working time does not count). `load`: the plan's
    workload when the caller computed it already."""
    spans = [
        (a.start, a.end or a.start)
        for a in plan.actions
        if a.goal_id == goal_id
        and a.start
        and a.status != ActionStatus.cancelled
        and not in_working_time(a, legal_in_working_time)
    ]
    if not spans:
        return []
    return [
        m
        for m in (load or compute(plan, today, legal_in_working_time)).over_months
        if any(start <= m.end and m.start <= end for start, end in spans)
    ]


def beyond_its_months(plan: Plan, legal_in_working_time: bool = True) -> list[int]:
    """The numbers (1-based) of the planned one-day actions that alone ask more hours than
    their month holds: neither spreading nor moving them can make them fit (a 7-hour course
    day with an hour a week); only working time or more learning time can."""
    hpw = plan.employee.hours_per_week
    found = []
    for number, action in enumerate(plan.actions, start=1):
        if action.start is None or action.status == ActionStatus.cancelled:
            continue
        if (action.end or action.start) != action.start:
            continue  # a period can be spread over more months
        if in_working_time(action, legal_in_working_time):
            continue
        have = available_hours(hpw, action.start.replace(day=1), _month_end(action.start))
        if remaining_hours(action) > have + 0.05:
            found.append(number)
    return found
