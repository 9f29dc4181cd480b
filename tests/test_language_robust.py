"""No input makes the language core raise anything but the documented error."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pop_assistent.language.dates import AmbiguousDate, DateParseError, find_period, parse_period
from pop_assistent.language.recurrence import parse_recurrence
from pop_assistent.language.smart import check_goal

TODAY = date(2026, 11, 24)
NASTY = st.sampled_from(
    ["[bold]", "{{ x }}", "<script>", "\x00", "\x1b[31m", "31/02", "Q9", "tegen", "binnen"]
    + ["eind", "2027", "één", "½", "İ", "\u202e", "﷽"]
)
TEXT = st.lists(st.one_of(st.text(max_size=30), NASTY), max_size=12).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.dates(min_value=date(1950, 1, 1), max_value=date(2150, 1, 1)))
def test_parse_period_only_raises_its_error(text: str, today: date) -> None:
    try:
        period = parse_period(text, today)
    except DateParseError as error:
        assert error.message("nl") and error.message("en")
    else:
        assert period.start <= period.end or period.kind == "anchor"


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_find_and_check_never_raise(text: str) -> None:
    find_period(text, TODAY)
    result = check_goal(text, TODAY)
    assert result.specific.reason and result.time_bound.reason


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_recurrence_only_raises_its_error(text: str) -> None:
    try:
        parse_recurrence(text)
    except DateParseError:
        pass


def test_one_megabyte() -> None:
    big = ("Tegen eind juni 2027 [bold]{{ x }}<script> " * 30000)[:1_000_000]
    assert find_period(big, TODAY) is not None
    assert check_goal(big, TODAY).time_bound.met is True
    try:
        parse_period("x" * 1_000_000, TODAY)
    except DateParseError as error:
        assert len(error.message("nl")) < 300


def test_package_import_stays_light() -> None:
    code = "import sys, pop_assistent.language; print('dateutil.parser' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


CALENDAR = st.sampled_from(
    ["tegen", "voor", "na", "binnen", "over", "eind", "begin", "half", "midden", "volgende",
     "komende", "deze", "vorige", "week", "weken", "maand", "maart", "juni", "zomer", "pasen",
     "kerstvakantie", "verlof", "schooljaar", "vrijdag", "maandag", "weekend", "Q2", "2026",
     "2027", "3000", "15", "1½", "drieënhalf", "jaar", "gisteren", "overmorgen", "de", "het",
     "van", "tot", "t.e.m.", "werkdagen", "15de", "by", "end", "of", "next", "friday", "the",
     "a", "year", "hafl", "een", "nu", "en", "periode", "from", "now", "2028", "augustis",
     "halverwegge", "paasvakantie", "om", "17", "uur", "termijn", "tussen", "weeks"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(CALENDAR, min_size=1, max_size=7).map(" ".join))
def test_calendar_words_never_give_a_past_deadline_or_a_traceback(text: str) -> None:
    """Whatever order calendar words come in: a deadline from today on, or a sentence."""
    try:
        period = parse_period(text, TODAY)
    except AmbiguousDate as asked:
        assert len(asked.choices) == 2
        assert all(c.period.deadline >= TODAY for c in asked.choices)
    except DateParseError as error:
        assert error.message("nl") and error.message("en")
    else:
        assert period.deadline >= TODAY and not period.in_past
        assert period.start <= period.end or period.kind == "anchor"


@pytest.mark.parametrize("text", ["a half", "year end", "een half", "t.e.m", "tegen half"])
def test_a_phrase_cut_short_at_the_end(text: str) -> None:
    """A text that ends inside a known phrase is read without running past its end."""
    try:
        parse_period(text, TODAY)
    except DateParseError as error:
        assert error.message("nl")
