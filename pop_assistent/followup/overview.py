"""The coach's overview: for every plan they follow, what needs attention first.

Per plan: the employee, the last check-in held, the next check-in (late or not), everything
that is late by the rules of `planning.due` (the same items `pop herinneringen` and the
documents name), the progress (`planning.progress`, the one measure) and SMART warnings
(open goals with a missing letter, kept with a warning, or without any learning action).
Rows are sorted most urgent first (`FollowUp.rank_key`) and each says why it ranks there.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pop_assistent.errors import InvalidDataError, PopError
from pop_assistent.export.view import goal_without_action
from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, say, translations
from pop_assistent.model import GoalStatus, Plan, SignOff, smart_name
from pop_assistent.planning.due import DueItem, FollowUp, follow_up
from pop_assistent.planning.progress import percent_done

MAX_FILE_BYTES = 20_000_000


@dataclass(slots=True)
class CoachRow:
    """One line of `pop coach`."""

    plan_id: str
    employee: str
    role: str
    department: str
    last_check_in: date | None
    next_check_in: date
    check_in_overdue_days: int
    overdue: list[DueItem] = field(default_factory=list)
    """Everything late, the longest late first."""
    percent_done: int = 0
    """The progress as every place shows it (whole percent, `planning.progress`)."""
    percent_basis: str = "hours"
    smart_warnings: list[str] = field(default_factory=list)
    rank_reason: str = ""
    """Why the plan ranks where it does, in the user's language."""
    source: str = ""
    rank: tuple[int, int, int, date, str] = (1, 0, 0, date.max, "")
    signed_version: int | None = None
    """The stored version of the plan its last signature is on (None: not signed, or signed
    before versions were recorded)."""
    signed: bool = False
    changed_since_signed: bool = False
    signed_text: str = ""
    """'ondertekend (versie 4)', '..., sindsdien gewijzigd' or 'nog niet ondertekend'."""

    def to_json(self, lang: Language = SOURCE_LANGUAGE) -> dict[str, object]:
        """A JSON-friendly dict (dates as ISO text)."""
        return {
            "plan_id": self.plan_id,
            "employee": self.employee,
            "role": self.role,
            "department": self.department,
            "last_check_in": self.last_check_in.isoformat() if self.last_check_in else None,
            "next_check_in": self.next_check_in.isoformat(),
            "check_in_overdue_days": self.check_in_overdue_days,
            "overdue": [
                {
                    "kind": item.kind,
                    "what": item.what(lang),
                    "title": item.title,
                    "date": item.date.isoformat(),
                    "days_late": item.days_late,
                }
                for item in self.overdue
            ],
            "percent_done": self.percent_done,
            "percent_basis": self.percent_basis,
            "smart_warnings": self.smart_warnings,
            "rank_reason": self.rank_reason,
            "source": self.source,
            "signed": self.signed,
            "signed_version": self.signed_version,
            "changed_since_signed": self.changed_since_signed,
        }


def _smart_warnings(plan: Plan, lang: Language) -> list[str]:
    warnings = []
    for goal in plan.goals:
        if goal.status is not GoalStatus.open:
            continue
        missing = goal.smart.missing() if goal.smart else []
        text = goal.text if len(goal.text) <= 50 else goal.text[:49] + "…"
        if goal_without_action(plan, goal):
            lonely = say(lang, N_("doel zonder leeractie"))
            warnings.append(f"{text} ({lonely})")
        if not missing and not goal.kept_with_warning:
            continue
        names = ", ".join(smart_name(k, lang) for k in missing)  # not 'mist R': which R?
        if names:
            word = say(lang, N_("mist"))
            warnings.append(f"{text} ({word} {names})")
        else:
            warnings.append(f"{text} (" + say(lang, N_("met waarschuwing")) + ")")
    return warnings


def signed_text(plan: Plan, lang: Language) -> tuple[SignOff | None, str]:
    """The plan's last signature and how a coach's list says it: 'ondertekend (versie 4)',
    'ondertekend (versie 4), sindsdien gewijzigd', or 'nog niet ondertekend'."""
    if not plan.sign_offs:
        return None, say(lang, N_("nog niet ondertekend"))
    last = max(plan.sign_offs, key=lambda sign: (sign.plan_version or 0, sign.signed_on))
    if last.plan_version is not None:
        text = say(lang, N_("ondertekend (versie {version})"), version=last.plan_version)
    else:
        text = say(lang, N_("ondertekend"))
    if plan.changed_since(last):
        text += say(lang, N_(", sindsdien gewijzigd"))
    return last, text


def rank_reason(state: FollowUp, today: date, lang: Language = SOURCE_LANGUAGE) -> str:
    """Why a plan ranks where it does: how much is late and for how long, or, with nothing
    late, when the next check-in falls."""
    plural = translations(lang)
    worst = state.worst
    if worst is None:
        days = (state.next_check_in.date - today).days
        return plural.ngettext(
            "niets te laat; volgende opvolging over {days} dag",
            "niets te laat; volgende opvolging over {days} dagen",
            days,
        ).format(days=days)
    n, days = len(state.overdue), worst.days_late
    return plural.ngettext(
        "{count} te laat, het langst {days} dag", "{count} te laat, het langst {days} dagen", days
    ).format(count=n, days=days)


def coach_row(
    plan: Plan, today: date, lang: Language = SOURCE_LANGUAGE, source: str = "", country: str = "BE"
) -> CoachRow:
    """The overview line of one plan, by the rules of `planning.due`."""
    state = follow_up(plan, today, country)
    progress = percent_done(plan)
    last, signed = signed_text(plan, lang)
    return CoachRow(
        plan_id=plan.id,
        employee=plan.employee.name,
        role=plan.employee.role,
        department=plan.employee.department,
        last_check_in=state.last_held,
        next_check_in=state.next_check_in.date,
        check_in_overdue_days=state.next_check_in.days_late,
        overdue=list(state.overdue),
        percent_done=progress.shown,
        percent_basis=progress.basis,
        smart_warnings=_smart_warnings(plan, lang),
        rank_reason=rank_reason(state, today, lang),
        source=source,
        rank=state.rank_key(),
        signed_version=last.plan_version if last else None,
        signed=last is not None,
        changed_since_signed=last is not None and plan.changed_since(last),
        signed_text=signed,
    )


def coach_overview(
    plans: Iterable[Plan | tuple[Plan, str]],
    today: date,
    lang: Language = SOURCE_LANGUAGE,
    country: str = "BE",
) -> list[CoachRow]:
    """Overview rows for many plans (optionally with where each came from), most urgent first."""
    rows = []
    for item in plans:
        plan, source = item if isinstance(item, tuple) else (item, "")
        rows.append(coach_row(plan, today, lang, source, country))
    return sorted(rows, key=lambda r: r.rank)


def plans_from_folder(
    folder: Path, lang: Language = SOURCE_LANGUAGE
) -> tuple[list[tuple[Plan, str]], list[str]]:
    """Every shared plan file (*.json) in a folder, and one sentence per file that was skipped.

    A broken file never stops the overview: it is named in the problems list instead.
    """
    from pop_assistent.storage.codec import plan_from_document

    if not folder.is_dir():
        raise PopError(N_("De map {folder} bestaat niet."), folder=folder)
    plans: list[tuple[Plan, str]] = []
    problems: list[str] = []
    for path in sorted(folder.glob("*.json")):
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise InvalidDataError(N_("{name} is te groot."), name=path.name)
            document = json.loads(path.read_text(encoding="utf-8"))
            plans.append((plan_from_document(document, path.name), str(path)))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            problems.append(f"{path.name}: {exc}")
        except PopError as error:
            problems.append(error.message(lang))
    return plans, problems
