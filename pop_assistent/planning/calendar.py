"""Working days: weekends and the public holidays of Belgium or the Netherlands.

Reminders and check-ins never fall on a Saturday, a Sunday or a public holiday; the
`holidays` package knows the holidays, this module caches them per country and year.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from pop_assistent.errors import PopError
from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language

COUNTRIES: tuple[str, ...] = ("BE", "NL")


HOLIDAY_LANGUAGES: dict[str, str] = {"nl": "nl", "en": "en_US"}
"""The `holidays` package's language for each language of the product."""


@lru_cache(maxsize=64)
def _holidays(country: str, year: int, language: Language = SOURCE_LANGUAGE) -> dict[date, str]:
    import holidays

    if country not in COUNTRIES:
        raise PopError(N_("Onbekend land '{country}': kies BE of NL."), country=country)
    table = holidays.country_holidays(country, years=year, language=language)
    return {day: str(name) for day, name in table.items()}


def holiday_name(d: date, country: str = "BE", lang: Language = SOURCE_LANGUAGE) -> str | None:
    """The name of the public holiday on `d` in the user's language ('Nationale feestdag',
    'Koningsdag'), or None."""
    return _holidays(country, d.year, HOLIDAY_LANGUAGES.get(lang, "nl")).get(d)


def is_workday(d: date, country: str = "BE") -> bool:
    """True on Monday to Friday when it is not a public holiday in `country`."""
    return d.weekday() < 5 and d not in _holidays(country, d.year)


@lru_cache(maxsize=8192)
def next_workday(d: date, country: str = "BE") -> date:
    """`d` itself when it is a workday, else the first workday after it."""
    while not is_workday(d, country):
        d += timedelta(days=1)
    return d


@lru_cache(maxsize=8192)
def previous_workday(d: date, country: str = "BE") -> date:
    """`d` itself when it is a workday, else the last workday before it (for deadlines)."""
    while not is_workday(d, country):
        d -= timedelta(days=1)
    return d
