"""Word forms found by the third held-out set: stuttered letters, compounds of generic parts."""

from __future__ import annotations

from datetime import date

import pytest

from pop_assistent.language.dates import parse_period
from pop_assistent.language.smart import check_goal

TODAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("binnen drie weeeken", date(2026, 12, 15)),
        ("tegen juuuni 2027", date(2027, 6, 30)),
        ("binnen 3 maaaanden", date(2027, 2, 24)),
    ],
)
def test_a_stuttered_letter_is_read_as_the_word(text: str, deadline: date) -> None:
    assert parse_period(text, TODAY).deadline == deadline


@pytest.mark.parametrize(
    ("text", "measurable"),
    [
        ("Tien opleidingsuren volgen", False),  # hours of study are effort, not a result
        ("Mijn beoordelingscijfer optrekken naar 7", True),
        ("Vier webinars afronden", True),
        ("Een officieel certificaat behalen", True),  # checkable; Specifiek asks which one
    ],
)
def test_ways_to_learn_and_scores_are_not_a_skill(text: str, measurable: bool) -> None:
    result = check_goal(text, TODAY)
    assert result.specific.met is False
    assert result.measurable.met is measurable


@pytest.mark.parametrize(
    "text",
    ["Nieuwe collega's inwerken", "Nieuwe klanten binnenhalen", "Een rondleiding geven"],
)
def test_separable_verbs_and_real_compounds_stay_concrete(text: str) -> None:
    assert check_goal(text, TODAY).specific.met is True
