"""The timeline of the plan, as fractions of its width: planned against actual.

Every renderer draws the same picture from these numbers: a planned bar per action, the
actual bar (done up to its completion date, in progress up to today), goal deadlines,
check-ins (planned or held) and today's line.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from dateutil.relativedelta import relativedelta

from pop_assistent.export.sanitize import one_line
from pop_assistent.export.texts import month_label
from pop_assistent.i18n import Language
from pop_assistent.model import ActionStatus, Plan, label
from pop_assistent.planning.progress import action_percent


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _span(plan: Plan, today: date, next_check_ins: list[date]) -> tuple[date, date] | None:
    dates: list[date] = []
    for action in plan.actions:
        dates += [d for d in (action.start, action.end, action.completed_on) if d is not None]
    dates += [g.deadline for g in plan.goals if g.deadline is not None]
    if not dates:
        return None
    dates += [c.planned_for for c in plan.check_ins] + next_check_ins[:2]
    dates += [c.held_on for c in plan.check_ins if c.held_on is not None]
    first = min(dates).replace(day=1)
    last = max(dates).replace(day=1) + relativedelta(months=1)
    return first, last


def build_timeline(
    plan: Plan, today: date, lang: Language, next_check_ins: list[date]
) -> dict[str, Any] | None:
    """The timeline as fractions of its width (0..1), or None without any dated item."""
    span = _span(plan, today, next_check_ins)
    if span is None:
        return None
    first, last = span
    total = (last - first).days or 1

    def pos(d: date) -> float:
        return round(min(max((d - first).days / total, 0.0), 1.0), 4)

    months = (last.year - first.year) * 12 + last.month - first.month
    step = 1 if months <= 8 else 2 if months <= 16 else 3
    ticks = []
    tick = first
    while tick < last:
        ticks.append({"pos": pos(tick), "label": month_label(tick, lang)})
        tick += relativedelta(months=step)
    rows = []
    ordered = sorted(plan.actions, key=lambda a: (a.start or a.end or date.max, a.title))
    numbers = plan.action_numbers()  # rows in time order, each with the plan's own number
    for action in ordered:
        n = numbers[action.id]
        start = action.start or action.end
        end = action.end or action.start
        if start is None or end is None:
            continue
        actual = None
        if action.status == ActionStatus.done:
            finish = action.completed_on or end
            actual = [pos(min(start, finish)), pos(max(start, finish))]
        elif action.status == ActionStatus.in_progress and today > start:
            actual = [pos(start), pos(min(today, max(end, start)))]
        rows.append(
            {
                "n": n,
                "label": one_line(action.title),
                "short": _shorten(one_line(action.title), 36),
                "status_label": label(action.status, lang),
                "planned": [pos(start), pos(end)],
                "actual": actual,
                "status": str(action.status),
                "progress": action_percent(action),
            }
        )
    goal_marks = [
        {"pos": pos(g.deadline), "n": i + 1}
        for i, g in enumerate(plan.goals)
        if g.deadline is not None
    ]
    checks = [
        {"pos": pos(c.held_on or c.planned_for), "held": c.held_on is not None}
        for c in plan.check_ins
    ]
    known = {c.held_on or c.planned_for for c in plan.check_ins}
    checks += [{"pos": pos(d), "held": False} for d in next_check_ins if d not in known]
    checks = [c for c in checks if 0.0 <= c["pos"] <= 1.0]
    today_pos = pos(today) if first <= today <= last else None
    return {
        "first": month_label(first, lang),
        "last": month_label(last - relativedelta(days=1), lang),
        "ticks": ticks,
        "rows": rows,
        "goals": goal_marks,
        "check_ins": checks,
        "today": today_pos,
    }
