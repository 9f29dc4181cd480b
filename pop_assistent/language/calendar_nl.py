"""Calendar facts the rules rely on: month ends, quarters, seasons, school holidays, Easter.

Choices (documented for users in the README):
- "tegen de zomer" / "voor de zomer" means before the summer holidays: 30 June;
  "in de zomer" is June to August, "na de zomer" / "na de grote vakantie" is September.
- The school year runs from 1 September to 30 June.
- Semesters are calendar halves (January-June, July-December).
- Belgian school holidays follow the Flemish rules where they are fixed: krokusvakantie is the
  carnival week (Easter minus 48 days), herfstvakantie the week of 1 November (the week after
  when that is a Sunday), kerstvakantie the two weeks from the Monday of the week of Christmas
  (the Monday after when Christmas is on a weekend), paasvakantie the two weeks from the first
  Monday of April (from Easter Monday when Easter is in March; from the second Monday before
  Easter, plus Easter Monday, when Easter is after 15 April). Source: Besluit van de Vlaamse
  Regering of 17 April 1991 (the Flemish calendar was not reformed in 2022: that reform is
  the French Community's), checked against published school calendars: 3-16 April 2023,
  1-14 April 2024, 7-21 April 2025, 6-19 April 2026. The Dutch meivakantie is the week of
  Koningsdag.
- "na de kerstvakantie" (a school holiday of a week or two) is the day school resumes: the
  Monday after it ends; "na de zomervakantie" is September, like "na de zomer".
- Feasts: Easter and the feasts counted from it (carnaval, Hemelvaart, Pinksteren),
  Allerheiligen, Sinterklaas (5-6 December), Koningsdag, 1 mei, Christmas, New Year's Eve.
  "tegen Pasen" is Easter Sunday (a feast of one day: that day, see `FEAST_DAYS`), "voor
  Pasen" Holy Saturday; "tegen kerst" is 24 December (Christmas begins on its eve).
- Seasons are meteorological (KMI/KNMI): whole months, the same dates every year.
"""

from __future__ import annotations

import calendar as _cal
from datetime import date, timedelta

from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, Message


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, _cal.monthrange(year, month)[1])


def month_range(year: int, month: int) -> tuple[date, date]:
    """First and last day of a month."""
    return date(year, month, 1), month_end(year, month)


def quarter_range(year: int, quarter: int) -> tuple[date, date]:
    """First and last day of quarter 1-4."""
    first = 3 * (quarter - 1) + 1
    return date(year, first, 1), month_end(year, first + 2)


def school_term_range(year: int, term: int) -> tuple[date, date]:
    """First and last day of school term (trimester) 1-3 of the Flemish school year that ends
    in `year`: 1 September to the Christmas holidays, from then to the Easter holidays, from
    then to 30 June."""
    christmas = holiday_range(year - 1, "Vkerst")
    easter = holiday_range(year, "Vpasen")
    one = timedelta(days=1)
    return (
        (date(year - 1, 9, 1), christmas[0] - one),
        (christmas[1] + one, easter[0] - one),
        (easter[1] + one, date(year, 6, 30)),
    )[term - 1]


def semester_range(year: int, half: int) -> tuple[date, date]:
    """First and last day of calendar half 1 (Jan-Jun) or 2 (Jul-Dec)."""
    return (
        (date(year, 1, 1), date(year, 6, 30))
        if half == 1
        else (date(year, 7, 1), date(year, 12, 31))
    )


def season_range(year: int, season: str) -> tuple[date, date]:
    """Meteorological seasons; the winter of year Y runs from December Y to February Y+1."""
    if season == "Zspr":
        return date(year, 3, 1), date(year, 5, 31)
    if season == "Zsum":
        return date(year, 6, 1), date(year, 8, 31)
    if season == "Zaut":
        return date(year, 9, 1), date(year, 11, 30)
    return date(year, 12, 1), month_end(year + 1, 2)


FIXED_DAYS: dict[str, tuple[tuple[int, int], tuple[int, int]]] = {
    "Hxmas": ((12, 25), (12, 25)),
    "Hnew": ((1, 1), (1, 1)),
    "Hnye": ((12, 31), (12, 31)),
    "Hallsaints": ((11, 1), (11, 1)),
    "Hsint": ((12, 5), (12, 6)),  # pakjesavond (NL) and the morning of the 6th (BE)
    "Hlabour": ((5, 1), (5, 1)),
}
"""Holidays on a fixed date: (first day, last day) as (month, day)."""

EASTER_OFFSETS: dict[str, tuple[int, int]] = {
    "Heaster": (0, 0),
    "Hascension": (39, 39),
    "Hpentecost": (49, 50),
    "Hcarnival": (-49, -47),
}
"""Movable feasts, in days from Easter Sunday: (first day, last day)."""


FEAST_DAYS: frozenset[str] = frozenset(
    {"Heaster", "Hpentecost", "Hascension", "Hallsaints", "Hking", "Hlabour", "Hnye"}
)
"""Feasts that are one day in the calendar: "tegen Pasen" means by Easter Sunday itself (the
date one looks up; the Saturday before is no working day either). Christmas, New Year,
Sinterklaas and carnival are celebrated from the eve or over days: met before they start."""


def holiday_range(year: int, key: str) -> tuple[date, date]:
    """A holiday or school holiday of the given year, as (first day, last day)."""
    from dateutil.easter import easter

    fixed = FIXED_DAYS.get(key)
    if fixed is not None:
        first = date(year, *fixed[0])
        return first, date(year, *fixed[1])
    if key in EASTER_OFFSETS:
        low, high = EASTER_OFFSETS[key]
        sunday = easter(year)
        return sunday + timedelta(days=low), sunday + timedelta(days=high)
    if key == "Hking":  # Koningsdag: 27 April, the 26th when that is a Sunday
        day = date(year, 4, 27)
        day -= timedelta(days=1 if day.weekday() == 6 else 0)
        return day, day
    if key == "Vmei":  # Dutch May holidays: the week of Koningsdag (27 April)
        monday = date(year, 4, 27) - timedelta(days=date(year, 4, 27).weekday())
        return monday, monday + timedelta(days=6)
    if key == "Vkrokus":
        monday = easter(year) - timedelta(days=48)
        return monday, monday + timedelta(days=6)
    if key == "Vpasen":
        return _easter_holidays(easter(year))
    if key == "Vherfst":  # the week of 1 November; the week after when that is a Sunday
        return _week_of(date(year, 11, 1), 7)
    if key == "Vkerst":  # two weeks from the week of Christmas; after it on a weekend
        return _week_of(date(year, 12, 25), 14, weekend_after=True)
    return date(year, 7, 1), date(year, 8, 31)  # Vzomer: the summer holidays


def _easter_holidays(sunday: date) -> tuple[date, date]:
    """The Flemish paasvakantie around Easter Sunday `sunday` (see the module notes)."""
    if sunday.month == 3:
        monday = sunday + timedelta(days=1)
    elif sunday > date(sunday.year, 4, 15):
        monday = sunday - timedelta(days=13)
    else:
        first = date(sunday.year, 4, 1)
        monday = first + timedelta(days=-first.weekday() % 7)
    return monday, max(monday + timedelta(days=13), sunday + timedelta(days=1))


def _week_of(day: date, length: int, weekend_after: bool = False) -> tuple[date, date]:
    """A holiday that begins on the Monday of the week of `day` (Flemish school calendar,
    Besluit van de Vlaamse Regering of 17 April 1991): on the Monday after when `day` is a
    Sunday (or, `weekend_after`, a Saturday)."""
    monday = day - timedelta(days=day.weekday())
    if day.weekday() == 6 or (weekend_after and day.weekday() == 5):
        monday += timedelta(days=7)
    return monday, monday + timedelta(days=length - 1)


def explain_bad_date(year: int, month: int, day: int) -> Message:
    """Why a day/month/year triple is not a date."""
    if not 1 <= month <= 12:
        return Message(N_("Maand {month} bestaat niet: een jaar heeft 12 maanden."), month=month)
    if not 1 <= year <= 9999:
        return Message(N_("Het jaar {year} kan ik niet gebruiken."), year=year)
    if month == 2 and day == 29:
        return Message(
            N_("29 februari {year} bestaat niet: {year} is geen schrikkeljaar."), year=year
        )
    from pop_assistent.text.formats import month_name

    return Message(
        N_("{day} {month} bestaat niet."), day=day, month=lambda lang: month_name(month, lang)
    )


def format_date(day: date, lang: Language = SOURCE_LANGUAGE, weekday: bool = False) -> str:
    """'dinsdag 30 juni 2027' / 'Tuesday 30 June 2027' (the text layer's one date writer)."""
    from pop_assistent.text.formats import long_date

    return long_date(day, lang, weekday=weekday)
