"""The language core as the check-in uses it: Dutch time expressions, recurrences, SMART.

Imported lazily so `pop --version` and the overview stay fast; errors a user can cause come
back as PopError from the language core and are shown as the question's warning.
"""

from __future__ import annotations

from datetime import date

from pop_assistent.i18n import Language
from pop_assistent.model import Goal, Plan, SmartResult

MAX_TEXT = 2000
"""Only the start of a huge answer is analysed."""


def period(text: str, today: date, lang: Language) -> tuple[date | None, date | None]:
    """(start, end) of a Dutch or English period; raises DateParseError (a PopError)."""
    from pop_assistent.language import dates

    found = dates.parse_period(text[:MAX_TEXT], today, lang)
    start = found.start
    end = found.end or found.deadline
    return start, end


def point(text: str, today: date, lang: Language) -> date:
    """One date for a check-in: the first day of 'september', the last of 'eind juni' or
    'over drie maanden'."""
    from pop_assistent.language import dates

    found = dates.parse_period(text[:MAX_TEXT], today, lang)
    if found.kind in ("span", "anchor", "date") or found.start <= today:
        return found.deadline
    return found.start


def recurrence_months(text: str, lang: Language) -> int | None:
    """Months between check-ins for 'om de drie maanden', 'elk kwartaal'; None if not one."""
    from pop_assistent.errors import PopError
    from pop_assistent.language import recurrence

    try:
        found = recurrence.parse_recurrence(text[:MAX_TEXT], lang)
    except PopError:
        return None
    months = getattr(found, "months", None)
    weeks = getattr(found, "weeks", None)
    if months:
        return max(1, min(24, int(months)))
    if weeks:
        return max(1, min(24, round(int(weeks) / 4.345)))
    return None


def check_goal(goal: Goal, plan: Plan, today: date, lang: Language) -> SmartResult:
    """The SMART judgement of a (rewritten) goal, as the walk-through judges it."""
    from pop_assistent.conversation.judge import judge_goal

    result = judge_goal(goal, plan, today=today, lang=lang)
    return result if result is not None else SmartResult()
