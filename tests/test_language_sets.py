"""The labelled sets: every time expression and every goal criterion as labelled."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from pop_assistent.language.dates import DateParseError, parse_period
from pop_assistent.language.smart import check_goal
from pop_assistent.model.plan import Plan

DATA = Path(__file__).parent / "data"
TIMES = yaml.safe_load((DATA / "time_expressions.yaml").read_text(encoding="utf-8"))
GOALS = yaml.safe_load((DATA / "goals.yaml").read_text(encoding="utf-8"))
KEYS = {"S": "specific", "M": "measurable", "A": "achievable", "R": "relevant", "T": "time_bound"}


def test_sets_are_large_enough() -> None:
    assert len(TIMES["cases"]) >= 150
    assert len(GOALS["goals"]) >= 120


@pytest.mark.parametrize("row", TIMES["cases"], ids=lambda r: str(r[0])[:40])
def test_time_expression(row: list[Any]) -> None:
    text, expected = row[0], row[1]
    if expected == "error":
        with pytest.raises(DateParseError) as info:
            parse_period(text, TIMES["today"])
        assert info.value.nl and info.value.en
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
