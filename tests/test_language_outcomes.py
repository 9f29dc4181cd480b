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


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Tegen juni ziet mijn ploegleider dat ik de pallets correct stapel", "ploegleider ziet"),
        ("Ik wil dat mijn mentor bevestigt dat ik de tillift veilig gebruik", "mentor bevestigt"),
        ("By June my supervisor confirms I lock the van", "supervisor confirms"),
        ("By June the charge nurse signs off that I can place a catheter", "nurse signs off"),
        ("Tegen juni wordt mijn wondzorg afgetekend door de referentieverpleegkundige",
         "afgetekend door de referentieverpleegkundige"),
        ("De klanten merken tegen juni dat ik hen vriendelijk begroet", "klanten merken"),
    ],
)  # fmt: skip
def test_a_result_someone_else_sees_or_confirms_is_measurable(text: str, shown: str) -> None:
    result = check_goal(text, TODAY)
    assert result.measurable.met is True and f"‘{shown}’" in result.measurable.reason


@pytest.mark.parametrize(
    "text",
    [
        # what someone sees now is the reason for the goal, not its result
        "Mijn chef zegt dat ik te traag werk, dus wil ik tegen juni vlotter orders picken",
        "Mijn leidinggevende ziet dat ik moeite heb met Excel",
        "Mijn collega's zeggen dat ik sneller moet leren werken met het kassasysteem",
        # I am the one who says or shows it
        "Tegen juni wil ik de bewoners laten zien dat ik hen begrijp",
        "Ik wil leren nee te zeggen als collega's mij iets vragen",
    ],
)
def test_a_reason_or_oneself_is_no_witness(text: str) -> None:
    assert check_goal(text, TODAY).measurable.met is False


@pytest.mark.parametrize(
    "text",
    [
        "Tegen eind 2027 wil ik 0 dagen afwezig zijn door rugpijn",
        "Tegen juni nul dagen ziek door mijn rug",
        "Tegen juni minder dan 3 dagen ziek per jaar",
        "Tegen maart geen enkele dag meer afwezig door rugklachten",
        "By June I want zero days off sick",
        "Tegen juni geen gemiste leveringen meer",
        "By June no damaged parcels on my route",
    ],
)
def test_zero_days_of_absence_or_none_gone_wrong_is_measurable(text: str) -> None:
    """Days of absence are a result, never time spent; none of a thing gone wrong is a count."""
    assert check_goal(text, TODAY).measurable.met is True


@pytest.mark.parametrize(
    "text",
    [
        "Tegen juni wil ik op afdeling C2 beter samenwerken",  # not language level C2
        "Tegen juni wil ik in lokaal B12 beter orde houden",
        "Tegen juni wil ik in vleugel B vlotter communiceren met de familie",
        "Ik geef al 20 jaar les in het tweede leerjaar en wil meer leren over dyslexie",
        "Ik werk hier 10 jaar en wil tegen juni beter plannen",
        "I've been driving for 12 years and want to drive more economically",
    ],
)
def test_a_place_code_or_what_one_has_done_for_years_measures_nothing(text: str) -> None:
    result = check_goal(text, TODAY)
    assert result.measurable.met is False, result.measurable.reason
    assert result.specific.met is True


@pytest.mark.parametrize(
    "text",
    [
        "Binnen het jaar wil ik beter worden als verpleegkundige op de dienst geriatrie",
        "Ik wil een goeie zorgkundige worden",
        "Ik wil groeien in mijn rol als zorgcoördinator",
        "By June I want to grow in my role as a nurse",
    ],
)
def test_a_job_with_a_wish_or_where_one_works_names_no_skill(text: str) -> None:
    result = check_goal(text, TODAY)
    assert result.specific.met is False, result.specific.reason
    assert result.measurable.met is False, result.measurable.reason


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Binnen een half jaar wil ik chef de partie zijn", "chef"),
        ("Tegen oktober 2027 ben ik planner op de dispatching", "planner"),
        ("By September I want to be the go-to person for the new scanners", "go-to"),
    ],
)
def test_a_role_attained_is_measurable_and_no_skill_by_itself(text: str, role: str) -> None:
    result = check_goal(text, TODAY)
    assert result.measurable.met is True and role in result.measurable.reason


def test_planner_with_a_capital_is_the_tool() -> None:
    assert check_goal("Tegen juni wil ik werken met Planner", TODAY).specific.met is True


@pytest.mark.parametrize(
    ("text", "measured"),
    [
        ("Tegen juni wil ik een topverkoper worden", False),  # praise of one's job: a wish
        ("Tegen juni wil ik een super-poetser zijn", False),
        ("Tegen juni wil ik de hoogste omzet van het filiaal halen", True),  # a rank: read
        ("By June I want the best rating in the team", True),
    ],
)
def test_praise_of_ones_job_is_a_wish_and_a_rank_is_a_result(text: str, measured: bool) -> None:
    result = check_goal(text, TODAY)
    assert result.specific.met is False, result.specific.reason
    assert result.measurable.met is measured, result.measurable.reason


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb 2 jaar de tijd om mijn VCA-attest te halen",  # time given, not served
        "Ik werk het hele jaar aan mijn Frans en wil tegen juni B1 halen",
        "Ik werk al twintig jaar in de keuken en wil tegen juni zelfstandig de bestellingen doen",
    ],
)
def test_years_of_service_set_only_their_own_clause_aside(text: str) -> None:
    assert check_goal(text, TODAY).measurable.met is True
