"""Proposals for a goal: coverage of its skills, the level gap, hours, budget and preferences."""

from __future__ import annotations

from datetime import date

import pytest

from pop_assistent.advice import Recommendation, recommend
from pop_assistent.advice.matching import match_skills
from pop_assistent.catalogue import Catalogue, load_catalogue
from pop_assistent.demo import karim, sophie
from pop_assistent.model.common import ActionType


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(today=date(2026, 11, 24))


def top_ids(recs: list[Recommendation], n: int = 5) -> list[str]:
    return [r.item.id for r in recs[:n]]


@pytest.mark.parametrize(
    ("goal", "expected"),
    [
        (
            "Ik wil draaitabellen leren maken in Excel voor het maandrapport",
            "ext-excel-draaitabellen",
        ),
        (
            "Ik wil beter leren communiceren met mijn collega's",
            "ext-interpersoonlijke-communicatie",
        ),
        ("Ik wil leren leidinggeven aan mijn ploeg", "int-eerste-stappen-leidinggeven"),
        ("Ik moet mijn heftruckattest vernieuwen", "ext-heftruck-opfrissing"),
        ("Tegen juni wil ik in het Frans klanten aan de telefoon helpen", "ext-frans-werkvloer"),
        ("PLC's leren programmeren voor de nieuwe lijn", "ext-plc-siemens-basis"),
        ("I want to give better feedback to my team", "int-feedback-geven"),
        ("Ik wil minder stress op het werk", "ext-stressbeheersing"),
    ],
)
def test_goal_texts_get_fitting_proposals(
    catalogue: Catalogue, goal: str, expected: str, today: date
) -> None:
    recs = recommend(catalogue, goal_text=goal, today=today)
    assert expected in top_ids(recs), [(r.item.id, r.reason) for r in recs]
    assert recs == sorted(recs, key=lambda r: -r.score)


def test_sophie_gets_her_catalogue_items(catalogue: Catalogue, today: date) -> None:
    plan = sophie(today)
    teams = recommend(catalogue, goal_text=plan.goals[0].text, plan=plan, today=today)
    assert "mooc-digitale-samenwerking" in top_ids(teams, 3)
    excel = recommend(catalogue, goal_text=plan.goals[1].text, plan=plan, today=today)
    assert {"int-kantoorsoftware-gevorderd", "ext-excel-draaitabellen"} & set(top_ids(excel, 3))
    # Sophie prefers online and internal learning: the reason says so
    assert any("voorkeursvorm" in r.reason for r in teams)


def test_karim_gets_his_catalogue_items(catalogue: Catalogue, today: date) -> None:
    plan = karim(today)
    comm = recommend(catalogue, goal_text=plan.goals[0].text, plan=plan, today=today)
    assert "ext-interpersoonlijke-communicatie" in top_ids(comm)
    pm = recommend(catalogue, goal_text=plan.goals[1].text, plan=plan, today=today)
    assert top_ids(pm)[0] == "ext-projectmanagement-basis"
    covered = len(set(pm[0].item.skill_ids) & set(plan.goals[1].skill_ids))
    assert covered >= 1
    assert pm[0].reason.startswith(f"dekt {covered} van je 2 vaardigheden")


def test_reason_is_one_line_in_the_users_language(catalogue: Catalogue, today: date) -> None:
    plan = karim(today)
    nl = recommend(catalogue, goal_text=plan.goals[1].text, plan=plan, today=today)
    en = recommend(catalogue, goal_text=plan.goals[1].text, plan=plan, today=today, lang="en")
    assert all("\n" not in r.reason for r in nl + en)
    assert "u," in nl[0].reason and "binnen je uren" in nl[0].reason
    assert en[0].reason.startswith("covers 1 of your 2 skills (")
    assert "within your hours" in en[0].reason and "next session 1 Feb" in en[0].reason


def test_budget_and_hours_push_down(catalogue: Catalogue, today: date) -> None:
    plan = karim(today)
    poor = plan.model_copy(deep=True)
    poor.employee.budget_eur = 100
    rich = recommend(catalogue, skill_ids=["projectmanagement"], plan=plan, today=today, limit=20)
    tight = recommend(catalogue, skill_ids=["projectmanagement"], plan=poor, today=today, limit=20)
    score = {r.item.id: r.score for r in rich}
    score_tight = {r.item.id: r.score for r in tight}
    assert score_tight["ext-projectmanagement-basis"] < score["ext-projectmanagement-basis"]
    assert "boven je budget" in next(
        r.reason for r in tight if r.item.id == "ext-projectmanagement-basis"
    )
    assert score_tight["coach-projectcoach"] == score["coach-projectcoach"]  # free: unaffected


def test_preferred_types_raise_an_item(catalogue: Catalogue, today: date) -> None:
    plan = sophie(today)
    online = plan.model_copy(deep=True)
    online.employee.preferred_types = [ActionType.online]
    event = plan.model_copy(deep=True)
    event.employee.preferred_types = [ActionType.event]
    a = {
        r.item.id: r.score
        for r in recommend(catalogue, skill_ids=["rekenbladen"], plan=online, today=today, limit=30)
    }
    b = {
        r.item.id: r.score
        for r in recommend(catalogue, skill_ids=["rekenbladen"], plan=event, today=today, limit=30)
    }
    assert a["online-excel-formules"] > b["online-excel-formules"]


def test_past_deadline_sessions_are_noted(catalogue: Catalogue, today: date) -> None:
    recs = recommend(
        catalogue, skill_ids=["veiligheid-leidinggevende"], today=date(2027, 12, 1), limit=20
    )
    vca = next(r for r in recs if r.item.id == "vca-vol")
    assert "geen sessie op tijd" in vca.reason


def test_nothing_to_go_on_gives_nothing(catalogue: Catalogue, today: date) -> None:
    assert recommend(catalogue, goal_text="qwxzyv blorp", today=today) == []
    assert recommend(catalogue, today=today) == []


@pytest.mark.parametrize(
    "goal",
    ["[bold]x[/bold]", "{{ x }}", "<b>", "\x00", "woord " * 200_000],
    ids=["rich-markup", "jinja", "html", "nul-byte", "1mb"],
)
def test_hostile_goals_do_not_crash(catalogue: Catalogue, goal: str, today: date) -> None:
    assert isinstance(recommend(catalogue, goal_text=goal, today=today), list)


@pytest.mark.parametrize(
    "goal",
    [
        "gitaar leren spelen voor het optreden op het personeelsfeest",
        "Ik wil Italiaans leren voor onze vakantie volgend jaar",
    ],
)
def test_a_goal_the_catalogue_cannot_serve_gets_no_guesses(
    catalogue: Catalogue, goal: str, today: date
) -> None:
    # "spelen" is no typo of "stapelen", nor "volgend" of "volgens"
    assert recommend(catalogue, goal_text=goal, today=today) == []


def test_renewing_a_certificate_puts_the_refresher_first(catalogue: Catalogue, today: date) -> None:
    for goal in ("Mijn heftruckattest loopt af", "My first aid certificate expires soon"):
        recs = recommend(catalogue, goal_text=goal, today=today)
        assert recs and "opfrissing" in recs[0].item.id, [(r.item.id, r.score) for r in recs]


def test_words_of_a_phrase_must_stand_together(catalogue: Catalogue) -> None:
    skills = catalogue.skills
    assert "leidinggeven" in match_skills("ik wil leren leiding te geven", skills)
    assert "leidinggeven" not in match_skills("geven om de ploeg, en de leiding nemen", skills)
    # short words match themselves, not a word that merely starts the same
    assert "stressbeheersing" not in match_skills("before the motor burns out", skills)
    assert "digitale-samenwerking" not in match_skills("gesprekken met mijn team", skills)


def test_without_a_recognised_skill_a_proposal_must_name_enough_of_the_goal() -> None:
    from pop_assistent.advice.evidence import Evidence, enough, evidence
    from pop_assistent.model.catalogue import CatalogueItem

    item = CatalogueItem.model_validate(
        {
            "id": "lagers",
            "titel": "Mechanica: lagers en assen",
            "type": "intern",
            "beschrijving": "Versleten lagers herkennen en vervangen aan de machine.",
            "duur_uren": 7,
        }
    )
    found = evidence("onze kogellagers zijn versleten", {0: item}, {})[0]
    assert found.text == 2 and enough(found)  # 'kogellagers' ends with 'lagers'
    assert evidence("vakantie in Italië", {0: item}, {}) == {0: Evidence(0, 0)}
    assert not enough(Evidence(title=0, text=1)) and enough(Evidence(title=1, text=1))


def test_starting_from_nothing_puts_the_basic_course_before_the_refresher(
    catalogue: Catalogue, today: date
) -> None:
    for goal in ("heftruck leren rijden, ik heb nog geen attest", "I have never driven a forklift"):
        recs = recommend(catalogue, goal_text=goal, today=today)
        assert recs and recs[0].item.id == "ext-heftruck-basis", [r.item.id for r in recs]


def test_an_english_word_finds_a_skill_by_its_dutch_name(catalogue: Catalogue) -> None:
    # 'toilets' is no name of a skill; its Dutch word 'sanitair' is one of Schoonmaaktechnieken
    from pop_assistent.language.skillmatch import match_skills as link

    assert [m.skill.id for m in link("toilets", catalogue.skills)][:1] == ["schoonmaaktechnieken"]
    assert link("qwerty", catalogue.skills) == []


def test_a_word_of_an_english_expression_is_not_read_alone(catalogue: Catalogue) -> None:
    # 'language' of 'sign language' is no 'taal', a name of Dutch
    from pop_assistent.language.skillmatch import link_skills

    goal = "By June 2027 I can have a simple chat in sign language with our deaf resident"
    assert [m.skill.id for m in link_skills(goal, catalogue.skills)] == []
    assert [m.skill.id for m in link_skills("first aid", catalogue.skills)] == ["eerste-hulp"]
