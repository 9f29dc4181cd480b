"""Holiday names in the user's language in a calendar export, for both countries: the
`holidays` package's own Dutch and English names (planning.calendar), never its default
English in a Dutch calendar, and the same name for every holiday of a year."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import icalendar
import pytest
from i18n_support import foreign_words

from pop_assistent.config import Settings
from pop_assistent.demo import karim
from pop_assistent.export import export_plan
from pop_assistent.model import Action
from pop_assistent.planning.calendar import holiday_name


@pytest.mark.parametrize(
    ("country", "day", "nl", "en"),
    [
        ("BE", date(2027, 7, 21), "Nationale feestdag", "National Day"),
        ("NL", date(2027, 4, 27), "Koningsdag", "King's Day"),
        ("NL", date(2027, 12, 25), "Eerste kerstdag", "Christmas Day"),
    ],
)
def test_a_moved_date_names_the_holiday_in_the_calendars_language(
    country: str, day: date, nl: str, en: str, today: date, tmp_path: Path
) -> None:
    plan = karim(today).model_copy(deep=True)
    plan.actions.append(Action(id="a-feest", title="Opleiding", start=day))
    settings = Settings(data_dir=tmp_path, today=today, country=country)  # type: ignore[arg-type]
    for lang, name in (("nl", nl), ("en", en)):
        data = export_plan(plan, "ics", today=today, lang=lang, settings=settings)
        cal = icalendar.Calendar.from_ical(data)
        (start,) = [e for e in cal.walk("VEVENT") if "a-feest-start" in str(e["UID"])]
        assert f"({name})" in str(start["DESCRIPTION"])


@pytest.mark.parametrize("country", ["BE", "NL"])
def test_every_holiday_name_is_in_one_language(country: str) -> None:
    for lang in ("nl", "en"):
        names = {
            name
            for year in (2026, 2027, 2028)
            for month in range(1, 13)
            for day in range(1, 29)
            if (name := holiday_name(date(year, month, day), country, lang)) is not None
        }
        assert len(names) >= 8
        assert foreign_words(" ".join(names), set(), lang) == [], (country, lang, names)
