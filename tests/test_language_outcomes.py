"""Where a result is read (a score, a survey, a rank, feedback received), when it happens (a
time adverb, a condition) and where (a ward by its name or number) never name a skill; a mark
out of ten is no date; a pay grade one up is a status one can check."""

from __future__ import annotations

from datetime import date

import pytest

from pop_assistent.language.dates import find_period, parse_period
from pop_assistent.language.smart import check_goal

TODAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Een betere bakker worden met gemiddeld 4,2 op 5 in de klantenenquête", "4,2 op 5"),
        ("Als buschauffeur 85% positieve feedback van de reizigers krijgen", "85"),
        ("A better waiter with 4.6 stars on Tripadvisor reviews", "4.6 stars"),
        ("Een betere schoonmaker zijn: 95% op de hygienekontrole", "95"),  # a slip in the head
        ("Scoor 90% op mijn jaarlijkse apraisal", "90"),
        ("In de top 5 van de regio staan als verkoper", "top 5"),
        ("Een sterkere verkoper worden met 110% van mijn omzetdoel", "110"),
    ],
)
def test_a_score_and_where_it_is_read_are_measurable_but_name_no_skill(
    text: str, shown: str
) -> None:
    result = check_goal(text, TODAY)
    assert result.specific.met is False, result.specific.reason
    assert result.measurable.met is True and f"‘{shown}’" in result.measurable.reason


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("feedback leren geven aan stagiairs", "feedback"),  # giving feedback is a skill
        ("reduce my picking errors to under 1% by June", "picking"),  # not a name before it
        ("De kwaliteitscontrole van de vriescel leren uitvoeren", "vriescel"),
        ("Leren reachtruck rijden zodra de nieuwe er is", "reachtruck rijden"),
    ],
)
def test_a_skill_near_a_measure_or_a_condition_stays_specific(text: str, skill: str) -> None:
    result = check_goal(text, TODAY)
    assert result.specific.met is True and f"‘{skill}’" in result.specific.reason


@pytest.mark.parametrize(
    "text",
    [
        "Bijleren zodra er een nieuwe kassa is",  # a condition of time says when
        "Binnenkort eindelijk verder groeien",
        "Ik heb de indruk dat ik stilsta, ik wil gewoon groeien",  # a feeling explains why
        "I feel like I am standing still, I want to grow",
        "Een betere zorgkundige worden op afdeling cardiologie",  # a ward by its name
        "Een betere poetser worden in vleugel 2",
        "Be a better porter on ward 7",
    ],
)
def test_when_why_and_where_name_no_skill(text: str) -> None:
    assert check_goal(text, TODAY).specific.met is False


@pytest.mark.parametrize(
    "text",
    [
        # the number of a ward counts nothing
        "Een betere poetser worden in vleugel 2",
        "Be a porter on ward 7",
        # time spent on learning is no rate of a result
        "Ik wil 3 uur per week oefenen met Excel",
        "Tegen juni 2 per week een les Frans volgen",
        # replacing a thing is not taking over
        "Tegen juni wil ik de oude kassa vervangen",  # a thing, no one
        "Tegen juni wil ik de klanten beter helpen en de oude kassa vervangen",  # another clause
        # starting or learning is no product
        "By June I have started a new course",
        "Tegen juni heb ik veel geleerd over de machine",
    ],
)
def test_no_result_one_can_check_is_not_measurable(text: str) -> None:
    assert check_goal(text, TODAY).measurable.met is False


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # a pay grade one up is measurable
        ("Binnen twee jaar een barema hoger", "barema hoger"),
        ("Zo snel mogelijk in een hogere loonschaal komen", "hogere loonschaal"),
        ("move to the next pay grade", "next pay grade"),
        # without an aid or a quantity with its unit is measurable
        (
            "binnen twee weken de nieuwe scanner gebruiken zonder de handleiding",
            "zonder de handleiding",
        ),
        ("by June I can set up the till without my notes", "without my notes"),
        ("Tegen de zomer elke rit van 250 km zonder pauze-overschrijding rijden", "250 km"),
        # a rate not once and without calling someone are measurable
        ("Tegen maart de orders sneller picken: 120 per uur", "120 per uur"),  # a rate
        ("Tegen de zomer geen enkele keer meer te laat komen", "geen enkele keer"),  # not once
        ("By June handle complaints without calling my manager", "without calling my manager"),
        # something set up or built is a product whatever its name
        ("By June I will have set up a reading corner in my classroom", "set up a reading corner"),
        (
            "Tegen juni heb ik een leeshoek in de klas ingericht",
            "een leeshoek in de klas ingericht",
        ),
    ],
)
def test_a_result_one_can_check_is_measurable_and_quoted(text: str, shown: str) -> None:
    result = check_goal(text, TODAY)
    assert result.measurable.met is True and f"‘{shown}’" in result.measurable.reason


def test_a_noun_that_looks_like_a_participle_is_no_product() -> None:
    text = "Beter leren luisteren zodat de gesprekken met bewoners korter duren en ik tijd heb"
    assert check_goal(text, TODAY).measurable.met is False
    made = "Tegen maart heb ik de leidraad voor de gesprekken geschreven"
    assert check_goal(made, TODAY).measurable.met is True


@pytest.mark.parametrize(
    "text", ["get a 8/10 rating for my next review", "een 7/10 halen op de toets", "9/10 score"]
)
def test_a_mark_out_of_ten_is_no_date(text: str) -> None:
    assert find_period(text, TODAY) is None
    result = check_goal(text, TODAY)
    assert result.time_bound.met is False and result.measurable.met is True


def test_a_day_and_month_without_a_mark_stay_a_date() -> None:
    assert parse_period("tegen 9/10", TODAY).deadline == date(2027, 10, 9)
    assert find_period("tegen 9/10 minstens 3 klanten per dag helpen", TODAY) is not None


@pytest.mark.parametrize(
    "text", ["Een goede buschauffeur blijven met een schoon rijblad", "keep a clean driving record"]
)
def test_a_clean_record_is_measurable_and_names_no_skill(text: str) -> None:
    result = check_goal(text, TODAY)
    assert result.measurable.met is True
    assert result.specific.met is False, result.specific.reason


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Tegen 2028 de taken van mijn ploegbaas overnemen als hij afwezig is", "ploegbaas"),
        ("Tegen juni kan ik mijn chef vervangen als hij ziek is", "chef vervangen"),
        ("By June I can stand in for the shift leader", "stand in for the shift leader"),
        ("Tegen juni neem ik de planning over van de teamleider", "van de teamleider"),
    ],
)
def test_taking_over_what_someone_does_now_is_measurable(text: str, shown: str) -> None:
    result = check_goal(text, TODAY)
    assert result.measurable.met is True and shown in result.measurable.reason


def test_the_building_one_works_in_names_no_skill() -> None:
    assert check_goal("I want to be the best cleaner in the building", TODAY).specific.met is False


def test_a_task_named_by_a_noun_in_ing_is_specific() -> None:
    """ "de opening van de winkel" is a task; "open" as a frequent word is no reason to drop it."""
    result = check_goal("Tegen april doe ik zelfstandig de opening van de winkel", TODAY)
    assert result.specific.met is True and "‘opening’" in result.specific.reason


@pytest.mark.parametrize(
    "text",
    ["i wanna get beter at my job", "I want to grow proffesionally", "Meer kennis over mijn vak"],
)
def test_slang_an_adverb_of_career_and_ones_trade_name_no_skill(text: str) -> None:
    assert check_goal(text, TODAY).specific.met is False


def test_shelf_stacking_is_a_skill_named_whole() -> None:
    result = check_goal("Tegen juni kan ik zelfstandig de vakken vullen", TODAY)
    assert "‘vakken vullen’" in result.specific.reason
