"""Time-expression handlers for spans: "binnen zes maanden", "binnen 2 à 3 maanden"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from pop_assistent.i18n import N_, Message
from pop_assistent.language.rules import FAR_YEARS, Problem, Result, Span

UNIT_MONTHS = {"UY": 12.0, "UM": 1.0, "UQ": 3.0, "UT": 3.0, "US": 6.0}
UNIT_DAYS = {"UW": 7.0, "UD": 1.0}
_AMOUNT_RE = re.compile(
    r"([NA][\d.]+|FEW) (?:(?:EN )?(N[\d.]+) )?(U[YMWDQTSB])s?(?: EN (N0\.5))?|(U[YMWDQTSB])"
)


def _add_workdays(day: date, count: int, sign: int = 1) -> date:
    """`count` working days (Monday to Friday) after (or before) `day`."""
    while count > 0:
        day += timedelta(days=sign)
        count -= day.weekday() < 5
    return day


def _amount_end(amounts: str, today: date, sign: int = 1) -> date | Problem:
    """The day a run of amounts ("N2 UY EN N3 UMs") after today ends (before it: sign -1)."""
    from dateutil.relativedelta import relativedelta

    months = days = workdays = 0.0
    for part in _AMOUNT_RE.finditer(amounts):
        number, extra, unit, half, bare = part.groups()
        if number == "FEW":
            return Problem(
                Message(
                    N_(
                        "‘Een paar’ of ‘enkele’ is geen tijdstip: noem het aantal, bv. ‘binnen zes "
                        "maanden’."
                    )
                ),
            )
        value = 1.0 if bare else float(number[1:]) + (0.5 if extra else 0) + (0.5 if half else 0)
        unit = bare or unit
        if unit in UNIT_MONTHS:
            months += value * UNIT_MONTHS[unit]
        elif unit == "UB":
            workdays += value
        else:
            days += value * UNIT_DAYS[unit]
    if months <= 0 and days <= 0 and workdays <= 0:
        return Problem(
            Message(
                N_("Een termijn van nul kan geen deadline zijn: noem bv. ‘binnen drie maanden’.")
            ),
        )
    if months > FAR_YEARS * 12 or days + workdays * 1.4 > FAR_YEARS * 366:
        return Problem(
            Message(
                N_(
                    "Dat ligt meer dan {FAR_YEARS} jaar ver: kies een termijn binnen je "
                    "loopbaanplan."
                ),
                FAR_YEARS=FAR_YEARS,
            ),
        )
    whole = int(months)
    days += round((months - whole) * 30.4)
    end = today + sign * relativedelta(months=whole, days=round(days))
    return _add_workdays(end, round(workdays), sign)


def h_span(m: re.Match[str], today: date) -> Result:
    end = _amount_end(m.group("amounts"), today)
    if isinstance(end, Problem):
        return end
    return Span(today, end, "span", closed_end=True)


def h_span_range(m: re.Match[str], today: date) -> Result:
    """ "binnen 2 à 3 maanden": the period between the two bounds, the deadline at the high one."""
    high_text = m.group("amounts")
    unit = high_text.split()[1]
    low, high = _amount_end(f"N{m.group('lo')} {unit}", today), _amount_end(high_text, today)
    if isinstance(low, Problem):
        return low
    if isinstance(high, Problem):
        return high
    if low > high:
        return Problem(
            Message(
                N_(
                    "De eerste termijn is langer dan de tweede: noem bv. ‘binnen twee à drie "
                    "maanden’."
                )
            ),
        )
    return Span(low, high, "span", closed_end=True)


def h_span_about(m: re.Match[str], today: date) -> Result:
    """ "een maand of drie" means about three months."""
    end = _amount_end(f"N{m.group('n')} {m.group('unit')}", today)
    if isinstance(end, Problem):
        return end
    return Span(today, end, "span", closed_end=True)


def h_ago(m: re.Match[str], today: date) -> Result:
    """ "twee weken geleden": a day in the past (refused as such by `dates`)."""
    end = _amount_end(m.group("amounts"), today, -1)
    if isinstance(end, Problem):
        return end
    return Span(end, end, "date")


def h_earlier(m: re.Match[str], today: date) -> Result:
    """ "eerder dit jaar", "earlier this month": a time before today (refused as past)."""
    unit = m.group("unit")
    first = today.replace(day=1) if unit == "UM" else today.replace(month=1, day=1)
    if unit == "UW":
        first = today - timedelta(days=today.weekday())
    last = max(first, today - timedelta(days=1))
    return Span(min(first, last), last, "span")
