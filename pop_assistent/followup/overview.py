"""The coach's overview: for every plan they follow, what needs attention first.

Per plan: the employee, the next check-in (and whether it is overdue), overdue actions (end
date passed, not done or cancelled), the percentage done (by hours, or by number of actions
when no hours are known: `percent_basis` says which), and SMART warnings (open goals with a
missing letter, kept with a warning, or without any learning action). Rows are sorted by
urgency: most overdue first.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from pop_assistent.errors import InvalidDataError, PopError
from pop_assistent.export.view import goal_without_action
from pop_assistent.model import GoalStatus, Plan

from .progress import is_overdue, percent_done

SMART_LETTERS = {
    "specific": "S",
    "measurable": "M",
    "achievable": "R",  # Realistisch (S M R R T, like the app and the PDF); English: A
    "relevant": "R",
    "time_bound": "T",
}
MAX_FILE_BYTES = 20_000_000


@dataclass(frozen=True)
class CoachRow:
    """One line of `pop coach`."""

    plan_id: str
    employee: str
    role: str
    department: str
    next_check_in: date | None
    check_in_overdue_days: int
    overdue_actions: list[str] = field(default_factory=list)
    percent_done: float = 0.0
    percent_basis: str = "hours"
    smart_warnings: list[str] = field(default_factory=list)
    source: str = ""

    @property
    def urgency(self) -> tuple[int, int, date, str]:
        """Sort key: overdue things first, then the nearest check-in."""
        overdue = len(self.overdue_actions) + (1 if self.check_in_overdue_days > 0 else 0)
        return (
            0 if overdue else 1,
            -(overdue * 1000 + self.check_in_overdue_days),
            self.next_check_in or date.max,
            self.employee.lower(),
        )

    def to_json(self) -> dict[str, object]:
        """A JSON-friendly dict (dates as ISO text)."""
        data = asdict(self)
        data["next_check_in"] = self.next_check_in.isoformat() if self.next_check_in else None
        data["percent_done"] = round(self.percent_done, 1)
        return data


def _smart_warnings(plan: Plan, lang: str) -> list[str]:
    warnings = []
    for goal in plan.goals:
        if goal.status is not GoalStatus.open:
            continue
        missing = goal.smart.missing() if goal.smart else []
        text = goal.text if len(goal.text) <= 50 else goal.text[:49] + "…"
        if goal_without_action(plan, goal):
            lonely = "goal without a learning action" if lang == "en" else "doel zonder leeractie"
            warnings.append(f"{text} ({lonely})")
        if not missing and not goal.kept_with_warning:
            continue
        letters = "".join(
            "A" if lang == "en" and k == "achievable" else SMART_LETTERS[k] for k in missing
        )
        if letters:
            word = "missing" if lang == "en" else "mist"
            warnings.append(f"{text} ({word} {letters})")
        else:
            warnings.append(
                f"{text} ({'kept with warning' if lang == 'en' else 'met waarschuwing'})"
            )
    return warnings


def coach_row(
    plan: Plan, today: date, lang: str = "nl", source: str = "", country: str = "BE"
) -> CoachRow:
    """The overview line of one plan (check-in dates moved to workdays like the reminders)."""
    from pop_assistent.planning.calendar import next_workday
    from pop_assistent.planning.checkins import check_in_dates

    waiting = sorted(
        next_workday(c.planned_for, country) for c in plan.check_ins if c.held_on is None
    )
    if not waiting:
        waiting = check_in_dates(plan, today, 1, country)
    next_check_in = waiting[0] if waiting else None
    overdue_days = (today - next_check_in).days if next_check_in and next_check_in < today else 0
    share, basis = percent_done(plan)
    overdue = [a.title for a in plan.actions if is_overdue(a, today)]
    return CoachRow(
        plan_id=plan.id,
        employee=plan.employee.name,
        role=plan.employee.role,
        department=plan.employee.department,
        next_check_in=next_check_in,
        check_in_overdue_days=overdue_days,
        overdue_actions=overdue,
        percent_done=share,
        percent_basis=basis,
        smart_warnings=_smart_warnings(plan, lang),
        source=source,
    )


def coach_overview(
    plans: Iterable[Plan | tuple[Plan, str]], today: date, lang: str = "nl", country: str = "BE"
) -> list[CoachRow]:
    """Overview rows for many plans (optionally with where each came from), most urgent first."""
    rows = []
    for item in plans:
        plan, source = item if isinstance(item, tuple) else (item, "")
        rows.append(coach_row(plan, today, lang, source, country))
    return sorted(rows, key=lambda r: r.urgency)


def plans_from_folder(folder: Path, lang: str = "nl") -> tuple[list[tuple[Plan, str]], list[str]]:
    """Every shared plan file (*.json) in a folder, and one sentence per file that was skipped.

    A broken file never stops the overview: it is named in the problems list instead.
    """
    from pop_assistent.storage.codec import plan_from_document

    if not folder.is_dir():
        raise PopError(
            f"De map {folder} bestaat niet.",
            f"The folder {folder} does not exist.",
        )
    plans: list[tuple[Plan, str]] = []
    problems: list[str] = []
    for path in sorted(folder.glob("*.json")):
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise InvalidDataError(f"{path.name} is te groot.", f"{path.name} is too large.")
            document = json.loads(path.read_text(encoding="utf-8"))
            plans.append((plan_from_document(document, path.name), str(path)))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            problems.append(f"{path.name}: {exc}")
        except PopError as error:
            problems.append(error.message(lang))
    return plans, problems
