"""Days, weeks, feasts and the two-readings question (issue 13): behaviour beyond the sets."""

from __future__ import annotations

from datetime import date

import pytest

from pop_assistent.language.calendar_nl import holiday_range
from pop_assistent.language.dates import (
    AmbiguousDate,
    DateParseError,
    PastDeadline,
    find_period,
    parse_period,
    why_no_period,
)
from pop_assistent.language.smart import check_goal

TUESDAY = date(2026, 11, 24)
SATURDAY = date(2026, 11, 28)


def test_next_weekday_is_asked_only_while_this_weeks_is_still_to_come() -> None:
    with pytest.raises(AmbiguousDate) as asked:
        parse_period("volgende vrijdag", TUESDAY)
    this_week, next_week = asked.value.choices
    assert (this_week.period.deadline, next_week.period.deadline) == (
        date(2026, 11, 27),
        date(2026, 12, 4),
    )
    assert (this_week.label("nl"), next_week.label("en")) == ("deze week", "next week")
    assert "vrijdag 27 november 2026" in asked.value.message(
        "nl"
    ) and "Welke bedoel je?" in asked.value.message("nl")
    # on Saturday this week's Friday is over: only next week's is meant
    assert parse_period("volgende vrijdag", SATURDAY).deadline == date(2026, 12, 4)
    assert parse_period("komende vrijdag", TUESDAY).deadline == date(2026, 11, 27)


def test_leave_without_a_name_asks_christmas_or_summer() -> None:
    with pytest.raises(AmbiguousDate) as asked:
        parse_period("na het verlof", TUESDAY)
    labels = [choice.label("nl") for choice in asked.value.choices]
    assert labels == ["na de kerstvakantie", "na de zomervakantie"]
    deadlines = [choice.period.deadline for choice in asked.value.choices]
    assert deadlines == [date(2027, 1, 4), date(2027, 9, 30)]  # school resumes on Monday 4 January
    assert asked.value.choices[1].as_json("en")["label"] == "after the summer holidays"
    # "mijn verlof" is one's own leave: its date is unknown, not one of the two holidays
    with pytest.raises(DateParseError) as info:
        parse_period("na mijn verlof", TUESDAY)
    assert not isinstance(info.value, AmbiguousDate) and "‘verlof’" in info.value.message("nl")


def test_an_ambiguous_expression_is_never_a_goals_deadline() -> None:
    goal = "Volgende vrijdag lever ik de checklist voor de nachtdienst op"
    assert find_period(goal, TUESDAY) is None
    assert isinstance(why_no_period(goal, TUESDAY), AmbiguousDate)
    verdict = check_goal(goal, TUESDAY).time_bound
    assert verdict.met is False and "twee dingen" in verdict.reason


def test_a_month_without_a_year_is_the_next_one_but_with_a_year_it_can_be_past() -> None:
    assert parse_period("tegen eind oktober", TUESDAY).deadline == date(2027, 10, 31)
    with pytest.raises(PastDeadline) as info:
        parse_period("tegen eind oktober 2026", TUESDAY)
    assert info.value.period.deadline == date(2026, 10, 31) and info.value.period.in_past


@pytest.mark.parametrize(
    ("text", "year"),
    [("tegen 15 maart 3000", "3000"), ("in het jaar 2222", "2222"), ("by 9999", "9999")],
)
def test_a_year_too_far_is_named_and_never_replaced(text: str, year: str) -> None:
    with pytest.raises(DateParseError) as info:
        parse_period(text, TUESDAY)
    assert f"Het jaar {year} ligt te ver" in info.value.message(
        "nl"
    ) and year in info.value.message("en")


def test_a_big_number_in_a_goal_is_not_a_year() -> None:
    goal = "Tegen eind juni 2027 pick ik 3000 dozen per week zonder fouten"
    assert check_goal(goal, TUESDAY).time_bound.met is True


def test_week_arithmetic_uses_iso_weeks() -> None:
    sunday = date(2026, 11, 29)
    assert parse_period("volgende week woensdag", sunday).deadline == date(2026, 12, 2)
    assert parse_period("maandag over twee weken", TUESDAY).deadline == date(2026, 12, 7)
    assert parse_period("deze zondag", TUESDAY).deadline == date(2026, 11, 29)


def test_working_days_skip_the_weekend() -> None:
    friday = date(2026, 11, 27)
    assert parse_period("binnen 1 werkdag", friday).deadline == date(2026, 11, 30)
    assert parse_period("binnen 5 werkdagen", friday).deadline == date(2026, 12, 4)


def test_school_year_starts_in_september_and_ends_in_june() -> None:
    july = date(2027, 7, 10)
    assert parse_period("begin van het schooljaar", july).deadline == date(2027, 9, 1)
    assert parse_period("het nieuwe schooljaar", july).deadline == date(2028, 6, 30)
    assert parse_period("tegen het einde van het schooljaar", TUESDAY).deadline == date(2027, 6, 30)


def test_a_fraction_sign_is_a_half_not_a_one() -> None:
    assert parse_period("binnen ½ jaar", TUESDAY).deadline == date(2027, 5, 24)
    assert parse_period("over 2½ maand", TUESDAY).deadline == date(2027, 2, 8)


def test_a_time_ahead_wins_over_the_past_inside_a_goal() -> None:
    goal = "Twee jaar geleden begon ik als kok; tegen eind 2027 hou ik de HACCP-lijsten zelf bij"
    found = find_period(goal, TUESDAY)
    assert found is not None and found.deadline == date(2027, 12, 31)
    past = find_period("Tegen maart 2026 haal ik mijn VCA", TUESDAY)
    assert past is not None and past.in_past


@pytest.mark.parametrize(
    ("year", "first", "last"),
    [
        (2023, date(2023, 4, 3), date(2023, 4, 16)),  # Easter 9 April: first Monday of April
        (2024, date(2024, 4, 1), date(2024, 4, 14)),  # Easter 31 March: the Monday after it
        (2025, date(2025, 4, 7), date(2025, 4, 21)),  # Easter 20 April: two weeks before + Monday
        (2026, date(2026, 4, 6), date(2026, 4, 19)),
        (2027, date(2027, 3, 29), date(2027, 4, 11)),
    ],
)
def test_the_flemish_easter_holidays_follow_the_published_calendars(
    year: int, first: date, last: date
) -> None:
    assert holiday_range(year, "Vpasen") == (first, last)


def test_after_a_school_holiday_is_the_day_school_resumes() -> None:
    assert parse_period("na de krokusvakantie", TUESDAY).deadline == date(2027, 2, 15)
    assert parse_period("na de paasvakantie", TUESDAY).deadline == date(2027, 4, 12)
    assert parse_period("voor de paasvakantie", TUESDAY).deadline == date(2027, 3, 28)
    # the summer holidays are long: "na de zomervakantie" is September, like "na de zomer"
    assert parse_period("na de zomervakantie", TUESDAY).deadline == date(2027, 9, 30)


@pytest.mark.parametrize(
    ("text", "term", "quarter"),
    [
        # in Flemish schools a trimester is a school term: 1 September to Christmas, to Easter,
        # to 30 June; elsewhere it is a calendar quarter; both are common, so asked
        ("volgend trimester", (date(2027, 1, 4), date(2027, 3, 28)),
         (date(2027, 1, 1), date(2027, 3, 31))),
        ("het derde trimester", (date(2027, 4, 12), date(2027, 6, 30)),
         (date(2027, 7, 1), date(2027, 9, 30))),
        ("tegen het einde van het trimester", (date(2026, 11, 24), date(2026, 12, 20)),
         (date(2026, 11, 24), date(2026, 12, 31))),
    ],
)  # fmt: skip
def test_a_trimester_asks_school_term_or_calendar_quarter(
    text: str, term: tuple[date, date], quarter: tuple[date, date]
) -> None:
    with pytest.raises(AmbiguousDate) as asked:
        parse_period(text, TUESDAY)
    labels = [choice.label("nl") for choice in asked.value.choices]
    assert labels == ["het schooltrimester", "het kwartaal"]
    spans = [(c.period.start, c.period.end) for c in asked.value.choices]
    assert spans == [term, quarter]
    # a quarter by name is not asked, and a trimester as a length is three months
    assert parse_period("volgend kwartaal", TUESDAY).end == date(2027, 3, 31)
    assert parse_period("binnen een trimester", TUESDAY).deadline == date(2027, 2, 24)
