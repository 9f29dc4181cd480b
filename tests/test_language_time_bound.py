"""Tijdgebonden: a goal whose only deadline is over is not time-bound, by every path."""

from __future__ import annotations

from datetime import date

import pytest

from pop_assistent.language.dates import find_period
from pop_assistent.language.smart import check_goal
from pop_assistent.model.goals import Goal


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Begin dit jaar haal ik mijn VCA", "Begin dit jaar"),
        ("In het eerste semester van 2026 haal ik mijn attest", "In het eerste semester van 2026"),
        ("Vóór 1 november 2026 geef ik een presentatie", "Vóór 1 november 2026"),
        ("In het voorjaar van 2026 sluit ik de kassa af", "In het voorjaar van 2026"),
        ("by early 2026 I run the stock count", "by early 2026"),
    ],
)
def test_a_part_never_stands_for_the_whole_expression(today: date, text: str, whole: str) -> None:
    """ "dit jaar" inside "begin dit jaar" is still ahead, but the goal says "begin dit jaar"."""
    found = find_period(text, today)
    assert found is not None and found.text == whole and found.in_past


def test_a_past_deadline_is_not_met_says_which_and_asks_for_a_new_one(today: date) -> None:
    result = check_goal("In het voorjaar van 2026 wil ik zelfstandig de kassa afsluiten", today)
    verdict = result.time_bound
    assert verdict.met is False
    assert "‘In het voorjaar van 2026’ (31 mei 2026) ligt al in het verleden" in verdict.reason
    assert verdict.question.startswith("Welke nieuwe deadline")
    assert result.deadline is None  # never stored


def test_in_english_too(today: date) -> None:
    verdict = check_goal("Before 1 November 2026 I give a talk", today, lang="en").time_bound
    assert verdict.met is False and "is already in the past" in verdict.reason
    assert verdict.question.startswith("Which new deadline")


def test_a_separate_time_ahead_still_wins_over_one_in_the_past(today: date) -> None:
    result = check_goal("Sinds begin dit jaar leer ik Frans; tegen eind 2027 spreek ik B1", today)
    assert result.time_bound.met is True and result.deadline == date(2027, 12, 31)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("I want to finish the forklift course by March, because the audit is in June 2027",
         "by March"),
        ("Omdat de audit in maart is, wil ik tegen februari de procedure kennen", "tegen februari"),
        ("Tegen eind maart rond ik de cursus af, zodat ik in september 2027 alleen kan werken",
         "Tegen eind maart"),
        ("Zodat ik in 2028 kan doorgroeien, wil ik tegen eind mei de opleiding starten",
         "tegen eind mei"),
    ],
)  # fmt: skip
def test_a_reason_or_condition_is_context_when_the_main_clause_names_a_time(
    today: date, text: str, read: str
) -> None:
    """The same main-clause rule as `parse_period`: the later date in a clause opened by
    "because", "omdat", "zodat" does not replace the main clause's deadline."""
    found = find_period(text, today)
    assert found is not None and found.text == read


def test_a_condition_is_read_when_the_main_clause_names_no_time(today: date) -> None:
    found = find_period("Ik volg de VCA-cursus zodat ik tegen eind 2027 ploegbaas word", today)
    assert found is not None and found.deadline == date(2027, 12, 31)


def test_a_stored_deadline_that_is_over_is_not_met(today: date) -> None:
    goal = Goal(text="Mijn attest EHBO halen", deadline=date(2026, 6, 30))
    result = check_goal(goal.text, today, goal=goal)
    assert result.time_bound.met is False and "30 juni 2026" in result.time_bound.reason
    assert result.time_bound.question and result.deadline is None


def test_the_new_deadline_given_in_answer_replaces_the_past_one_in_the_text(today: date) -> None:
    """The conversation keeps the goal's words and stores the answer to "Welke nieuwe
    deadline kies je?" in `deadline`/`deadline_text`: that answer counts."""
    text = "Begin dit jaar haal ik mijn heftruckattest"
    answered = Goal(text=text, deadline=date(2027, 6, 30), deadline_text="tegen eind juni 2027")
    result = check_goal(text, today, goal=answered)
    assert result.time_bound.met is True and result.deadline == date(2027, 6, 30)
    stale = Goal(text=text, deadline=date(2027, 6, 30))  # not an answer: the text counts
    assert check_goal(text, today, goal=stale).time_bound.met is False
    over = Goal(text=text, deadline=date(2026, 6, 30), deadline_text="eind juni 2026")
    assert check_goal(text, today, goal=over).time_bound.met is False


def test_pop_smart_json_keeps_its_shape_and_stores_no_past_deadline(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import json

    from pop_assistent.cli import main

    assert main(["smart", "In het voorjaar van 2026 haal ik mijn VCA-attest", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"specific", "measurable", "achievable", "relevant", "time_bound",
                         "deadline"}  # fmt: skip
    assert data["deadline"] is None and data["time_bound"]["met"] is False
    assert "31 mei 2026" in data["time_bound"]["reason"] and data["time_bound"]["question"]
