"""What one is (a job in any trade, a score, a pay grade, a title) is no skill, but can be
checked; a named qualification says which competence."""

from __future__ import annotations

from datetime import date

import pytest

from pop_assistent.language.smart import check_goal
from pop_assistent.language.smart_roles import role_slots

TODAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("ik wil een betere stukadoor worden", ["stukadoor"]),
        ("word ik een sterkere tegelzetter", ["tegelzetter"]),
        ("become a better parcel courier by june", ["parcel", "courier"]),
        ("groeien als glazenwasser", ["glazenwasser"]),
        ("as a warehouse operative", ["warehouse", "operative"]),
        ("als ik tijd heb", []),  # "als" as "if"
        ("as soon as possible", []),
        ("een betere planning maken", []),  # a thing, not what one becomes
    ],
)
def test_the_place_of_a_role_names_one_in_any_trade(text: str, title: list[str]) -> None:
    assert [text[at:].split()[0] for at in sorted(role_slots(text))] == title


@pytest.mark.parametrize(
    "text",
    [
        "Ik wil een betere stukadoor worden",
        "Tegen 2028 wil ik een ervaren dakdekker zijn met nul ongevallen",
        "I want to become a better parcel courier",
    ],
)
def test_a_job_in_any_trade_is_not_specific(text: str) -> None:
    assert check_goal(text, TODAY).specific.met is False


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Een sterkere stukadoor worden met minstens 8/10 op de evaluatie", "minstens 8/10"),
        ("Score 4.5 out of 5 in the guest survey", "4.5 out of 5"),
        ("Geen enkele klacht meer van de bewoners", "geen enkele klacht"),
        ("Bij de evaluatie zonder werkpunten blijven", "zonder werkpunten"),
        ("In loonschaal 3 komen", "loonschaal 3"),
        ("By 2028 I reach salary scale B2", "salary scale b2"),
        ("De titel van hoofdkok krijgen", "titel van hoofdkok"),
    ],
)
def test_a_score_a_clean_record_a_pay_grade_or_a_title_is_measurable(text: str, shown: str) -> None:
    result = check_goal(text, TODAY)
    assert result.specific.met is False, result.specific.reason
    assert result.measurable.met is True and f"‘{shown}’" in result.measurable.reason


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Mijn attest veiligheidscoördinator halen", "attest veiligheidscoördinator"),
        ("Het diploma zorgkundige behalen", "diploma zorgkundige"),
        ("Get the certificate in forklift safety", None),  # specific by its own words
    ],
)
def test_a_named_qualification_is_specific(text: str, named: str | None) -> None:
    verdict = check_goal(text, TODAY).specific
    assert verdict.met is True
    if named:
        assert verdict.reason == f"Het doel noemt een attest of diploma met naam: ‘{named}’."


@pytest.mark.parametrize("text", ["Een attest halen", "Mijn diploma behalen", "Get certified"])
def test_an_unnamed_qualification_is_not(text: str) -> None:
    assert check_goal(text, TODAY).specific.met is False


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("By next summer I will be a qualified electrician", "electrician"),
        ("Tegen eind 2027 ben ik gediplomeerd zorgkundige", "zorgkundige"),
    ],
)
def test_a_title_earned_with_a_qualification_is_a_role_attained(text: str, title: str) -> None:
    result = check_goal(text, TODAY)
    assert result.measurable.met is True and f"‘{title}’" in result.measurable.reason


def test_the_qualified_job_one_has_now_is_no_role_attained() -> None:
    text = "Ik ben gediplomeerd zorgkundige en wil beter leren omgaan met dementie"
    assert check_goal(text, TODAY).measurable.met is False
