"""The forgiving readers behind the conversation: hours, yes/no, lists, picks, commands."""

from __future__ import annotations

import pytest

from pop_assistent.dialogue import Step, parsing
from pop_assistent.text import answers


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("2 uur per week", 2.0),
        ("twee uur", 2.0),
        ("anderhalf uur per week", 1.5),
        ("2,5u", 2.5),
        ("een halve dag per maand", 0.9),
        ("een dag per maand", 1.8),
        ("1 dag per week", 7.6),
        ("30 minuten per dag", 2.5),
        ("4 uur om de twee weken", 2.0),
        ("half a day a month", 0.9),
        ("three hours a week", 3.0),
        ("60 uur per week", 60.0),
        ("4 uur per maand", 0.9),
        ("een uur of twee", 2.0),
        ("2", 2.0),
        ("twee", 2.0),
        ("ongeveer 3", 3.0),
        ("twee en een half uur", 2.5),
        ("2 à 3 uur per week", 2.0),
        ("een dagdeel per week", 3.8),
        ("two afternoons a week", 7.6),
        ("twee namiddagen per week", 7.6),
        ("2 uur, want ik heb twee kinderen", 2.0),
    ],
)
def test_hours_per_week_reads_what_people_type(text: str, hours: float) -> None:
    assert answers.hours_per_week(text) == hours


@pytest.mark.parametrize(
    "text",
    [
        "",
        "geen idee",
        "als ik tijd heb",
        "[bold]",
        "{{ x }}",
        "twee kinderen, dus weinig tijd",
        "ik heb drie collega's die me helpen",
        "een beetje",
    ],
)
def test_hours_per_week_without_an_amount_is_none(text: str) -> None:
    assert answers.hours_per_week(text) is None


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("ja", True),
        ("Jazeker!", True),
        ("ok", True),
        ("ja, maar ook afspraken", True),
        ("nee", False),
        ("Neen.", False),
        ("no", False),
        ("misschien", None),
        ("", None),
    ],
)
def test_yes_no(text: str, answer: bool | None) -> None:
    assert answers.yes_no(text) is answer


def test_after_yes_no_keeps_the_rest() -> None:
    assert answers.after_yes_no("ja, maar ook betere afspraken") == "maar ook betere afspraken"
    assert answers.after_yes_no("nee") == ""


def test_items_split_on_commas_and_en() -> None:
    assert answers.items("Excel, Teams en plannen") == ["Excel", "Teams", "plannen"]
    assert answers.items("geen") == []
    assert answers.items("nauwkeurig werken 4; klantgericht") == [
        "nauwkeurig werken 4",
        "klantgericht",
    ]


def test_picks_are_zero_based_and_bounded() -> None:
    assert answers.picks("1 en 3", 5) == [0, 2]
    assert answers.picks("2-4", 5) == [1, 2, 3]
    assert answers.picks("7", 5) == []
    assert answers.picks("zoek excel", 5) == []


@pytest.mark.parametrize(
    ("text", "name", "step"),
    [
        ("terug", "back", None),
        ("vorige", "back", None),
        ("ongedaan maken", "undo", None),
        ("help", "help", None),
        ("overslaan", "skip", None),
        ("ga naar doelen", "goto", Step.goals),
        ("naar de planning", "goto", Step.planning),
        ("go to overview", "goto", Step.overview),
    ],
)
def test_commands(text: str, name: str, step: Step | None) -> None:
    cmd = parsing.command(text)
    assert cmd is not None and cmd.name == name and cmd.step == step


def test_ordinary_answers_are_not_commands() -> None:
    assert parsing.command("Ik wil terug naar school om Excel te leren") is None
    assert parsing.command("ga naar de bakker") is None


def test_huge_input_is_cheap_and_safe() -> None:
    text = "x" * 1_000_000
    assert answers.hours_per_week(text) is None
    assert answers.items(text)
    assert parsing.command(text) is None


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("half uurtje per keer, samen 6 uur", 6.0),
        ("6 keer een half uur, in totaal 3 uur", 3.0),
        ("30 minutes each time, 5 hours in total", 5.0),
        ("ik doe het samen met een collega, 4 uur", 4.0),
    ],
)
def test_the_total_of_an_action_is_the_amount_said_to_be_the_whole(text: str, total: float) -> None:
    """A kindergarten teacher adding 'overleg met de zorgjuf' at a check-in typed 'half uurtje
    per keer, samen 6 uur': the action got half an hour."""
    assert answers.hours(text) == total
