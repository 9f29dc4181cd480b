"""The one way to write dates and numbers for a reader, per language (Babel's locale data).

`lang` is a language ('nl', 'en') or a locale ('nl_BE', 'nl_NL', 'en'): `locale_for` turns the
settings' language and country into the locale. The patterns are fixed ('24 november 2026',
'€ 1.450'), the words and separators come from Babel, so every screen and document agrees.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Literal

from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, translate


def locale_for(lang: Language, country: str = "BE") -> str:
    """'nl' + 'NL' -> 'nl_NL'; 'nl' + 'BE' -> 'nl_BE'; English is 'en' everywhere; another
    language the country's variant when Babel knows it ('fr' + 'BE' -> 'fr_BE'), else itself."""
    if "_" in lang:
        return lang
    if lang == "en":
        return "en"
    if lang == "nl":
        return "nl_NL" if country == "NL" else "nl_BE"
    return _regional(lang, country)


@lru_cache(maxsize=8)
def _regional(lang: Language, country: str) -> str:
    from babel import Locale, UnknownLocaleError

    for candidate in (f"{lang}_{country}", lang):
        try:
            Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            continue
        return candidate
    return "nl_BE"  # a language Babel does not know: Dutch dates rather than none


def language(lang: Language) -> Language:
    """The language part: 'nl_BE' -> 'nl'."""
    return Language(lang.split("_")[0])


@lru_cache(maxsize=16)
def _months(locale: str, width: Literal["abbreviated", "wide"]) -> tuple[str, ...]:
    from babel.dates import get_month_names

    names = get_month_names(width, context="format", locale=locale)
    return tuple(str(names[m]) for m in range(1, 13))


@lru_cache(maxsize=8)
def _weekdays(locale: str) -> tuple[str, ...]:
    from babel.dates import get_day_names

    names = get_day_names("wide", context="format", locale=locale)
    return tuple(str(names[d]) for d in range(7))


def month_name(month: int, lang: Language, short: bool = False) -> str:
    """'november' / 'November'; short: 'nov' / 'Nov' (no dot)."""
    name = _months(locale_for(lang), "abbreviated" if short else "wide")[month - 1]
    return name.rstrip(".")


def long_date(day: date | None, lang: Language = SOURCE_LANGUAGE, weekday: bool = False) -> str:
    """'24 november 2026' / '24 November 2026' (with weekday: 'dinsdag 24 november 2026');
    empty for no date."""
    if day is None:
        return ""
    text = f"{day.day} {month_name(day.month, lang)} {day.year}"
    if weekday:
        return f"{_weekdays(locale_for(lang))[day.weekday()]} {text}"
    return text


def short_date(day: date | None, lang: Language = SOURCE_LANGUAGE, empty: str = "") -> str:
    """'1 feb 2027' / '1 Feb 2027' for tables; `empty` for no date."""
    if day is None:
        return empty
    return f"{day.day} {month_name(day.month, lang, short=True)} {day.year}"


def numeric_date(day: date | None, lang: Language = SOURCE_LANGUAGE, empty: str = "-") -> str:
    """'24-11-2026' in Dutch, '2026-11-24' in English: narrow columns."""
    if day is None:
        return empty
    return day.isoformat() if language(lang) == "en" else day.strftime("%d-%m-%Y")


def month_year(day: date, lang: Language = SOURCE_LANGUAGE) -> str:
    """'maart 2027' / 'March 2027'."""
    return f"{month_name(day.month, lang)} {day.year}"


def month_tick(day: date, lang: Language = SOURCE_LANGUAGE) -> str:
    """'feb ’27' (timeline ticks)."""
    return f"{month_name(day.month, lang, short=True)} ’{day.year % 100:02d}"


def period(start: date | None, end: date | None, lang: Language = SOURCE_LANGUAGE) -> str:
    """'8 februari 2027 – 22 maart 2027', one day once ('9 december 2026'), one side only, or
    'zonder datum'."""
    if start and end and start != end:
        return f"{long_date(start, lang)} – {long_date(end, lang)}"
    if start or end:
        return long_date(start or end, lang)
    return translate(language(lang), N_("zonder datum"))


def number(value: float, lang: Language = SOURCE_LANGUAGE, decimals: int = 1) -> str:
    """12 / 12,5 / 1.450 (the locale's separators; no decimals when it is whole)."""
    from babel.numbers import format_decimal

    pattern = "#,##0" if float(value).is_integer() else "#,##0." + "#" * max(1, decimals)
    return format_decimal(value, format=pattern, locale=locale_for(lang))


def fixed(value: float, lang: Language = SOURCE_LANGUAGE, decimals: int = 1) -> str:
    """Exactly `decimals` decimals, halves rounded up as on paper (6.25 is 6,3, not 6,2):
    1.234,50 / 1,234.50 (the locale's separators)."""
    from babel.numbers import format_decimal

    step = Decimal(1).scaleb(-decimals)
    exact = Decimal(repr(float(value))).quantize(step, rounding=ROUND_HALF_UP)
    pattern = "#,##0." + "0" * decimals if decimals > 0 else "#,##0"
    return format_decimal(exact, format=pattern, locale=locale_for(lang))


def hours(value: object, lang: Language = SOURCE_LANGUAGE) -> str:
    """Hours as people write them: 2 -> '2', 1.5 -> '1,5' ('1.5' in English)."""
    try:
        amount = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return str(value)
    return number(amount, lang)


def hours_unit(value: object, lang: Language = SOURCE_LANGUAGE) -> str:
    """Hours with their unit as the language says it: '1 hour', '7.5 hours', '1 uur'."""
    from babel.units import format_unit

    try:
        amount = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return str(value)
    return str(format_unit(amount, "duration-hour", "long", "#,##0.##", locale_for(lang)))


def money(value: float | None, lang: Language = SOURCE_LANGUAGE) -> str:
    """'€ 1.450' / '€ 1,450' (cents only when there are any); None is 'onbekend'."""
    if value is None:
        return translate(language(lang), N_("onbekend"))
    from babel.numbers import format_currency

    pattern = "¤ #,##0" if float(value).is_integer() else "¤ #,##0.00"
    return format_currency(
        value, "EUR", format=pattern, currency_digits=False, locale=locale_for(lang)
    )


def cost(value: float | None, lang: Language = SOURCE_LANGUAGE) -> str:
    """What one action costs: 'gratis' when it is free, 'onbekend' when nobody said, else the
    amount (a total stays an amount: see `money`)."""
    if value is not None and value == 0:
        return translate(language(lang), N_("gratis"))
    return money(value, lang)


def listing(items: Sequence[str], lang: Language = SOURCE_LANGUAGE) -> str:
    """'februari 2027 en maart 2027' / 'doel 1, 2 and 3': a list as the language writes it."""
    from babel.lists import format_list

    return format_list(list(items), locale=locale_for(lang)) if items else ""


def percent(value: float) -> str:
    """'60%' (no decimals)."""
    return f"{round(value)}%"
