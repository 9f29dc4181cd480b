"""Time expressions: behaviour beyond the labelled set (past flag, find in a sentence, errors)."""

from __future__ import annotations

from datetime import date

import pytest

from pop_assistent.errors import PopError
from pop_assistent.language.dates import AmbiguousDate, DateParseError, find_period, parse_period
from pop_assistent.language.recurrence import parse_recurrence


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("maart 2020", "‘maart 2020’ ligt in het verleden (deadline dinsdag 31 maart 2020)"),
        ("vorige maand", "‘vorige maand’ ligt in het verleden (deadline zaterdag 31 oktober"),
        ("Q3 2026", "‘Q3 2026’ ligt in het verleden"),
        ("tegen 3 november", None),  # no year: the next 3 November, not the past one
        ("gisteren", "‘gisteren’ ligt in het verleden"),
        ("deze maandag", "‘deze maandag’ ligt in het verleden (deadline maandag 23 november"),
    ],
)
def test_a_past_deadline_is_refused_with_what_was_read(
    today: date, text: str, quoted: str | None
) -> None:
    if quoted is None:
        assert parse_period(text, today).deadline == date(2027, 11, 3)
        return
    with pytest.raises(DateParseError) as info:
        parse_period(text, today)
    assert info.value.message("nl").startswith(quoted)
    assert "in the past" in info.value.message("en")


def test_a_past_deadline_inside_a_goal_is_found_and_flagged(today: date) -> None:
    """The SMART check must be able to say that a goal's deadline is over."""
    found = find_period("Tegen maart 2020 haal ik mijn VCA", today)
    assert found is not None and found.in_past and found.deadline == date(2020, 3, 31)
    assert not parse_period("maart 2027", today).in_past


def test_yearless_month_moves_with_today() -> None:
    assert parse_period("juni", date(2027, 5, 2)).deadline == date(2027, 6, 30)
    assert parse_period("juni", date(2027, 7, 2)).deadline == date(2028, 6, 30)


def test_impossible_date_says_why(today: date) -> None:
    with pytest.raises(DateParseError) as info:
        parse_period("31/02/2027", today)
    assert info.value.message("nl") == "31 februari bestaat niet."
    assert isinstance(info.value, PopError)


def test_vague_phrase_is_quoted_back(today: date) -> None:
    with pytest.raises(DateParseError) as info:
        parse_period("ooit", today)
    assert info.value.message("nl").startswith("‘ooit’ is geen tijdstip")
    assert "not a point in time" in info.value.message("en")


def test_find_period_inside_a_goal(today: date) -> None:
    found = find_period("Tegen eind juni 2027 deel ik mijn kennis met het team", today)
    assert found is not None
    assert found.deadline == date(2027, 6, 30) and found.text == "Tegen eind juni 2027"


def test_find_period_ignores_amounts_and_names(today: date) -> None:
    assert find_period("Ik wil 2000 euro besparen met Jan", today) is None
    assert find_period("Ik heb 3 jaar ervaring", today) is None
    assert find_period("Elke week een gesprek voeren", today) is None


def test_json_keys_order(today: date) -> None:
    data = parse_period("Q3 2027", today).as_json()
    assert list(data)[:3] == ["deadline", "start", "end"]
    assert data["start"] == "2027-07-01"


@pytest.mark.parametrize(
    ("text", "months", "weeks"),
    [
        ("elke maand", 1, None),
        ("om de drie maanden", 3, None),
        ("per kwartaal", 3, None),
        ("elk half jaar", 6, None),
        ("maandelijks", 1, None),
        ("every 3 months", 3, None),
        ("twee keer per jaar", 6, None),
        ("om de twee weken", None, 2),
    ],
)
def test_recurrence(text: str, months: int | None, weeks: int | None) -> None:
    found = parse_recurrence(text)
    assert (found.months, found.weeks) == (months, weeks)
    unit = "MONTHLY" if months else "WEEKLY"
    assert found.rrule == f"FREQ={unit};INTERVAL={months or weeks}"


@pytest.mark.parametrize("text", ["ooit", "elke dag", "elke 30 maanden", ""])
def test_recurrence_refuses(text: str) -> None:
    with pytest.raises(DateParseError):
        parse_recurrence(text)


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("tegen het einde van het kwartaal", date(2026, 12, 31)),  # the quarter we are in
        ("by the end of the quarter", date(2026, 12, 31)),
        ("tegen het einde van het semester", date(2026, 12, 31)),
        ("tegen eind kwartaal 2", date(2027, 6, 30)),  # a numbered one stays itself
    ],
)
def test_the_quarter_or_semester_without_a_number_is_this_one(
    today: date, text: str, deadline: date
) -> None:
    assert parse_period(text, today).deadline == deadline


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("binnen zes weken na de start van mijn job", "‘de start’"),
        ("within 3 months after my promotion", "‘my promotion’"),
        ("binnen drie maanden na mijn aanwerving", "‘mijn aanwerving’"),
    ],
)
def test_a_span_counted_from_an_unknown_event_is_refused(
    today: date, text: str, event: str
) -> None:
    with pytest.raises(DateParseError) as info:
        parse_period(text, today)
    assert event in info.value.message("nl") and "ken ik niet" in info.value.message("nl")
    assert find_period(f"{text} zelfstandig de kassa afsluiten", today) is None


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("binnen 2 weken na kerst", date(2027, 1, 8)),  # a known event counts from its end
        ("binnen 3 maanden, na overleg met mijn chef", date(2027, 2, 24)),  # a comma parts them
        ("binnen een maand na vandaag", date(2026, 12, 24)),
    ],
)
def test_a_span_after_a_known_event_or_a_clause_is_still_read(
    today: date, text: str, deadline: date
) -> None:
    assert parse_period(text, today).deadline == deadline


@pytest.mark.parametrize(
    ("text", "start", "deadline"),
    [
        # the nth week of a month counts from its first day
        ("tegen de eerste week van maart", date(2027, 3, 1), date(2027, 3, 7)),
        ("in the second week of March", date(2027, 3, 8), date(2027, 3, 14)),
        ("de laatste week van juni", date(2027, 6, 24), date(2027, 6, 30)),
        # either of two periods runs to the end of the later
        ("tegen maart of april", date(2027, 3, 1), date(2027, 4, 30)),
        ("by June or July", date(2027, 6, 1), date(2027, 7, 31)),
        # "tegen eind dit jaar" spans the rest of this year: from today
        ("tegen eind dit jaar of begin volgend jaar", date(2026, 11, 24), date(2027, 3, 31)),
    ],
)
def test_a_week_of_a_month_or_either_of_two_periods_starts_and_ends_where_it_says(
    today: date, text: str, start: date, deadline: date
) -> None:
    period = parse_period(text, today)
    assert (period.start, period.deadline) == (start, deadline)


@pytest.mark.parametrize("text", ["het voorbije jaar", "de voorbije maand"])
def test_the_flemish_voorbije_is_the_past_one(today: date, text: str) -> None:
    with pytest.raises(DateParseError) as info:
        parse_period(text, today)
    assert "ligt in het verleden" in info.value.message("nl")


@pytest.mark.parametrize(
    "text",
    ["eind van het jaar 2031 2032", "binnen zes weken 2027", "tegen maart, 2029 of 2030"],
)
def test_a_number_left_over_is_refused_with_the_part_quoted(text: str) -> None:
    """A year or number the expression did not take would silently change the date."""
    with pytest.raises(DateParseError) as info:
        parse_period(text, date(2026, 12, 4))
    assert "‘20" in info.value.message("nl") and "I do not understand" in info.value.message("en")


@pytest.mark.parametrize(
    ("text", "read", "deadline"),
    [
        # a reason after the deadline: its month, year or number is context
        ("Uiterlijk eind mei, want in juli sluit de keuken voor werken", "Uiterlijk eind mei",
         date(2027, 5, 31)),
        ("Volgende week al, omdat de controle op 3 januari is", "Volgende week",
         date(2026, 12, 13)),
        ("tegen de krokusvakantie aangezien de nieuwe bus er in maart 2027 is",
         "tegen de krokusvakantie", date(2027, 2, 7)),
        ("by April, because the new lorries arrive in June", "by April", date(2027, 4, 30)),
        ("by the end of Q1 since the audit is on 12 May", "by the end of Q1", date(2027, 3, 31)),
        ("tegen september zodat ik 2 maanden kan oefenen", "tegen september",
         date(2027, 9, 30)),
        ("within six weeks so that I am ready for the March rota", "within six weeks",
         date(2027, 1, 15)),
        # a condition
        ("tegen eind 2027, als de school in september 2027 de opleiding aanbiedt",
         "tegen eind 2027", date(2027, 12, 31)),
        ("in februari wanneer het 2de semester begint", "in februari", date(2027, 2, 28)),
        ("by October if the course in September is not full", "by October", date(2027, 10, 31)),
        # a reason before the deadline, up to its comma
        ("Omdat het nieuwe rooster in maart ingaat, tegen eind februari", "tegen eind februari",
         date(2027, 2, 28)),
        ("If the budget for 2027 is approved, by June", "by June", date(2027, 6, 30)),
    ],
)  # fmt: skip
def test_a_reason_or_condition_is_context_not_part_of_the_deadline(
    text: str, read: str, deadline: date
) -> None:
    period = parse_period(text, date(2026, 12, 4))
    assert (period.text, period.deadline) == (read, deadline)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        # a number left over before the reason is still refused
        ("binnen 4 maanden 2028, want dan verloopt mijn attest", "‘2028’"),
        ("tegen juni 2027 2028 omdat de keuring dan is", "‘2028’"),
        ("by March 2029 30, because of the audit", "‘30’"),
        # "since"/"as" before a month are no reason: "as of May" stays part of the answer
        ("by June as of May 2028", "‘June’"),
    ],
)
def test_a_number_left_over_before_a_reason_is_still_refused(text: str, left: str) -> None:
    with pytest.raises(DateParseError) as info:
        parse_period(text, date(2026, 12, 4))
    assert left in info.value.message("nl")


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # nothing before the opener was read: the whole answer is the deadline, as before
        ("omdat de keuring in juli is", date(2027, 7, 31)),
        ("when the new site opens in March 2027", date(2027, 3, 31)),
    ],
)
def test_a_clause_alone_is_still_read(text: str, deadline: date) -> None:
    assert parse_period(text, date(2026, 12, 4)).deadline == deadline


def test_the_year_after_het_jaar_is_that_year() -> None:
    today = date(2026, 12, 4)
    assert parse_period("eind van het jaar 2031", today).deadline == date(2031, 12, 31)
    assert parse_period("in het jaar 2029", today).start == date(2029, 1, 1)
    # a clock time does not change the day
    assert parse_period("uiterlijk 2 februari 2027 om 9 uur", today).deadline == date(2027, 2, 2)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("in de week na de krokusvakantie", date(2027, 2, 15), date(2027, 2, 21)),
        ("de week na de paasvakantie", date(2027, 4, 12), date(2027, 4, 18)),
        ("in de week voor de kerstvakantie", date(2026, 12, 14), date(2026, 12, 20)),
        ("in de week na Pasen", date(2027, 3, 29), date(2027, 4, 4)),
    ],
)
def test_the_week_after_or_before_a_holiday_is_that_week(text: str, start: date, end: date) -> None:
    period = parse_period(text, date(2026, 11, 24))
    assert (period.start, period.end, period.deadline) == (start, end, end)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("by 03/04/2027", date(2027, 3, 4), date(2027, 4, 3)),
        ("due 6/7", date(2027, 6, 7), date(2027, 7, 6)),
        ("no later than 1-2-2027", date(2027, 1, 2), date(2027, 2, 1)),
    ],
)
def test_an_english_date_read_either_way_is_asked(text: str, first: date, second: date) -> None:
    """English text may put the month first: both readings offered, each naming its date."""
    with pytest.raises(AmbiguousDate) as asked:
        parse_period(text, date(2026, 12, 4))
    a, b = asked.value.choices
    assert (a.period.deadline, b.period.deadline) == (first, second)
    assert "maand/dag" in a.label("nl") and "month/day" in a.label("en")
    assert "dag/maand" in b.label("nl") and "day/month" in b.label("en")


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("by 4/13/2027", date(2027, 4, 13)),  # only month first is a date
        ("by 13/4/2027", date(2027, 4, 13)),  # only day first is a date
        ("by 5/5/2027", date(2027, 5, 5)),  # both readings are the same day
        ("tegen 03/04/2027", date(2027, 4, 3)),  # Dutch: day first
        ("03/04/2027", date(2027, 4, 3)),  # no words: day first
        ("by 03.04.2027", date(2027, 4, 3)),  # dots: the European order, day first
    ],
)
def test_a_numeric_date_with_one_reading_is_taken(text: str, deadline: date) -> None:
    assert parse_period(text, date(2026, 12, 4)).deadline == deadline


def test_an_english_date_whose_readings_are_both_over_is_refused() -> None:
    with pytest.raises(DateParseError) as info:
        parse_period("by 02/03/2027", date(2027, 3, 10))
    assert not isinstance(info.value, AmbiguousDate)
    assert "verleden" in info.value.message("nl")
