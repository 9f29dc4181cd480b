"""The labelled sets: every time expression and every goal criterion as labelled."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from pop_assistent.language.dates import AmbiguousDate, DateParseError, parse_period
from pop_assistent.language.smart import check_goal
from pop_assistent.model.plan import Plan

DATA = Path(__file__).parent / "data"
TIMES = yaml.safe_load((DATA / "time_expressions.yaml").read_text(encoding="utf-8"))
GOALS = yaml.safe_load((DATA / "goals.yaml").read_text(encoding="utf-8"))
KINDS = yaml.safe_load((DATA / "kinds_goals.yaml").read_text(encoding="utf-8"))
"""Goals by kind of the issue 13 failures, from sectors other than office work."""
HOLDOUT_SETS = ["holdout", "holdout2", "holdout3"]
"""Sets written apart from the rules, each by someone who had not read them."""
KEYS = {"S": "specific", "M": "measurable", "A": "achievable", "R": "relevant", "T": "time_bound"}


def test_sets_are_large_enough() -> None:
    assert len(TIMES["cases"]) >= 150
    assert len(GOALS["goals"]) >= 120


@pytest.mark.parametrize("row", TIMES["cases"], ids=lambda r: str(r[0])[:40])
def test_time_expression(row: list[Any]) -> None:
    text, expected = row[0], row[1]
    if expected == "ask":
        with pytest.raises(AmbiguousDate) as asked:
            parse_period(text, TIMES["today"])
        assert len(asked.value.choices) == 2
        first, second = asked.value.choices
        assert first.period.deadline < second.period.deadline
        assert first.label("nl") and first.label("en") != first.label("nl")
        assert second.label("nl") != first.label("nl")
        return
    if expected == "error":
        with pytest.raises(DateParseError) as info:
            parse_period(text, TIMES["today"])
        assert info.value.message("nl") and info.value.message("en")
        return
    period = parse_period(text, TIMES["today"])
    assert period.deadline == expected
    if len(row) == 4:
        assert (period.start, period.end) == (row[2], row[3])


@pytest.mark.parametrize("case", GOALS["goals"], ids=lambda c: c["text"][:40])
def test_goal(case: dict[str, Any]) -> None:
    plan = None
    if case.get("context"):
        plan = Plan.model_validate(GOALS["contexts"][case["context"]])
    goal = plan.goals[0] if plan else None
    result = check_goal(case["text"], GOALS["today"], plan=plan, goal=goal)
    for letter, key in KEYS.items():
        if letter in case:
            criterion = getattr(result, key)
            assert criterion.met == case[letter], (letter, criterion.reason)
            assert criterion.reason
            assert bool(criterion.question) == (criterion.met is False)


@pytest.mark.parametrize("case", KINDS["goals"], ids=lambda c: c["text"][:40])
def test_goal_kind(case: dict[str, Any]) -> None:
    """Each kind: vague words with a slip, a job or a survey named, a thing made or put in
    order, a title reached, doing alone or by heart, a routine, effort."""
    result = check_goal(case["text"], KINDS["today"])
    for letter in "SMT":
        criterion = getattr(result, KEYS[letter])
        assert criterion.met == case[letter], (letter, criterion.reason)
        assert criterion.reason
        assert bool(criterion.question) == (criterion.met is False)


def _date_ok(row: list[Any], today: Any) -> bool:
    try:
        period = parse_period(row[0], today)
    except AmbiguousDate:
        return row[1] == "ask"
    except DateParseError as error:
        return row[1] == "error" and bool(error.message("nl") and error.message("en"))
    if period.deadline != row[1]:
        return False
    return len(row) < 4 or (period.start, period.end) == (row[2], row[3])


def _load(name: str) -> Any:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


KIND_TIMES = _load("kinds_time_expressions.yaml")


@pytest.mark.parametrize("row", KIND_TIMES["cases"], ids=lambda r: str(r[0])[:40])
def test_time_expression_kind(row: list[Any]) -> None:
    """Each kind: a past deadline refused, words typed together, today's weekday named, the
    school calendar, fractions and number words, slips, English, two meanings asked."""
    assert _date_ok(row, KIND_TIMES["today"])


@pytest.mark.parametrize("prefix", HOLDOUT_SETS)
def test_holdout_time_expressions_score_95_percent(prefix: str) -> None:
    """A set written apart from the rules: at least 95% right, and no wrong date for a refusal."""
    data = _load(f"{prefix}_time_expressions.yaml")
    rows = data["cases"]
    assert len(rows) >= 80
    wrong = [row[0] for row in rows if not _date_ok(row, data["today"])]
    assert len(wrong) <= 0.05 * len(rows), wrong
    refused = [row for row in rows if row[1] == "error"]
    assert not [row[0] for row in refused if not _date_ok(row, data["today"])]


@pytest.mark.parametrize("prefix", HOLDOUT_SETS)
@pytest.mark.parametrize("letter", ["S", "M", "T"])
def test_holdout_goals_score_95_percent(prefix: str, letter: str) -> None:
    data = _load(f"{prefix}_goals.yaml")
    goals = data["goals"]
    assert len(goals) >= 80
    wrong = [
        case["text"]
        for case in goals
        if getattr(check_goal(case["text"], data["today"]), KEYS[letter]).met != case[letter]
    ]
    assert len(wrong) <= 0.05 * len(goals), wrong


@pytest.mark.parametrize("letter", ["S", "M", "T"])
def test_kinds2_goals_score_95_percent(letter: str) -> None:
    """The second set by kind (written before its rules; main scored S 94%, M 89% on it)."""
    data = _load("kinds2_goals.yaml")
    goals = data["goals"]
    assert len(goals) >= 80
    wrong = [
        case["text"]
        for case in goals
        if getattr(check_goal(case["text"], data["today"]), KEYS[letter]).met != case[letter]
    ]
    assert len(wrong) <= 0.05 * len(goals), wrong


@pytest.mark.parametrize(
    ("text", "nl", "en"),
    [
        ("de komende maanden", "noem het aantal, bv. ‘binnen drie maanden’", "how many months"),
        ("in the coming weeks", "zegt niet hoeveel weken", "e.g. ‘within six weeks’"),
        ("tegen mijn volgende evaluatie", "De datum van ‘evaluatie’", "date of ‘evaluatie’"),
        ("voor het einde van het boekjaar", "De datum van ‘boekjaar’", "name the date itself"),
    ],
)
def test_refusals_say_what_is_missing(text: str, nl: str, en: str) -> None:
    """A plural unit without a number asks for the number; an unknown event asks for its date."""
    with pytest.raises(DateParseError) as info:
        parse_period(text, TIMES["today"])
    assert nl in info.value.message("nl")
    assert en in info.value.message("en")


DEV3_TIMES = _load("dev3_time_expressions.yaml")


@pytest.mark.parametrize("row", DEV3_TIMES["cases"], ids=lambda r: str(r[0])[:40])
def test_time_expression_issue13_kinds(row: list[Any]) -> None:
    """Issue 13's kinds of misses: words glued or split by a slip, English slips and ordinal
    dates, a bare span as the answer, English d/m or m/d dates asked when both are real."""
    assert _date_ok(row, DEV3_TIMES["today"])
