"""The walk-through serves the person in front of it: a career wish typed as a skill is kept as
the career target and said so, what the chat confirms is what is stored, personal skills are
personal, unrated strengths stay unrated."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from dialogue_fixtures import engine, engine_at, say

from pop_assistent.commands.plan_view import render_plan
from pop_assistent.dialogue import Engine, Step
from pop_assistent.export import export_plan
from pop_assistent.model import CareerProject, SkillCategory, SkillKind
from pop_assistent.storage.sqlite import SQLiteStore
from pop_assistent.tui.widgets.plan_view import plan_content


def _self_assessment(today: date, lang: str = "nl") -> Engine:
    e = engine(today, lang=lang)
    if lang == "en":
        say(e, "4", "I want to keep up with my work.", "bus driver", "depot Noord", "2 hours")
    else:
        say(e, "1", "Mijn evaluatie komt eraan.", "thuisverpleegkundige", "thuiszorg", "2 uur")
    assert e.plan.conversation.pending.question == "strengths"
    return e


@pytest.mark.parametrize(
    ("lang", "said", "role"),
    [
        ("nl", "ik wil hoofdverpleegkundige worden", "hoofdverpleegkundige"),
        ("en", "I want to become team lead", "team lead"),
    ],
)
def test_wanting_to_become_something_at_the_transferable_question_is_the_career_target(
    today: date, lang: str, said: str, role: str
) -> None:
    e = _self_assessment(today, lang)
    say(e, "feedback", "geen" if lang == "nl" else "none", "geen" if lang == "nl" else "none")
    assert e.plan.conversation.pending.question == "transferable"
    reply = e.answer(said)
    assert not any(SkillCategory.transferable in r.categories for r in e.plan.skills)
    assert all(role not in r.label.lower() for r in e.plan.skills)
    assert e.plan.occasion.career_project == CareerProject.promotion
    assert said.lower() in e.plan.occasion.description.lower()
    assert role in reply.message and ("loopbaan" in reply.message or "career" in reply.message)
    # at the goals the target is offered as the goal's project
    e.go_to(e.step)  # the goals step is current; the target is named at the project question
    say(e, "Tegen juni 2027 geef ik elke week feedback aan twee collega's in mijn team.")
    while e.plan.conversation.pending.question in ("fix", "propose"):
        e.answer("toch bewaren" if e.plan.conversation.pending.question == "fix" else "ja")
    assert e.plan.conversation.pending.question == "project"
    assert role in e.current().message
    e.answer("ja" if lang == "nl" else "yes")
    assert role in e.plan.goals[0].career_project


@pytest.mark.parametrize(
    ("lang", "said", "role"),
    [
        ("nl", "ik wil zelf leren koken zodat ik kan doorgroeien naar hulpkok", "hulpkok"),
        ("nl", "doorgroeien naar ploegleider tegen 2028", "ploegleider"),
        ("en", "I want to grow into a team lead role", "team lead"),
    ],
)
def test_growing_into_a_role_is_a_career_target_not_a_skill(
    today: date, lang: str, said: str, role: str
) -> None:
    e = _self_assessment(today, lang)
    say(e, "feedback", "geen" if lang == "nl" else "none", "geen" if lang == "nl" else "none")
    reply = e.answer(said)
    assert not any(SkillCategory.transferable in r.categories for r in e.plan.skills)
    assert role in reply.message and role in e.plan.occasion.description


def test_a_career_wish_among_skills_to_improve_is_kept_apart(today: date) -> None:
    e = _self_assessment(today)
    e.answer("wondzorg 4")
    reply = e.answer("ik wil hoofdverpleegkundige worden, kalm blijven onder druk")
    labels = [r.label for r in e.plan.skills if SkillCategory.to_improve in r.categories]
    assert labels == ["kalm blijven onder druk"]
    assert "hoofdverpleegkundige" in reply.message
    assert e.plan.occasion.career_project == CareerProject.promotion


def test_a_personal_skill_outside_the_list_is_personal(today: date) -> None:
    e = _self_assessment(today)
    e.answer("kalm blijven onder druk, bloedafname")
    kinds = {r.label: r.kind for r in e.plan.skills}
    assert kinds["kalm blijven onder druk"] == SkillKind.behavioural
    assert kinds["bloedafname"] == SkillKind.technical


@pytest.mark.parametrize(
    "said",
    [
        "papieren dossiers, die gaan weg door het nieuwe systeem",
        "de oude kassa, omdat we nu met scanners werken",
    ],
)
def test_an_item_with_a_clause_is_one_item_confirmed_and_stored(today: date, said: str) -> None:
    e = _self_assessment(today)
    say(e, "wondzorg 4", "geen")
    assert e.plan.conversation.pending.question == "obsolete"
    reply = e.answer(said)
    obsolete = [r.label for r in e.plan.skills if SkillCategory.obsolete in r.categories]
    assert obsolete == [said]
    assert f"Niet meer nodig: {said}." in reply.message


def test_a_skill_name_with_and_is_one_item_also_with_more_words(today: date) -> None:
    e = _self_assessment(today, "en")
    reply = e.answer("loading and unloading, feedback")
    strengths = [r.label for r in e.plan.skills if SkillCategory.strength in r.categories]
    assert len(strengths) == 2
    assert all(label in reply.message for label in strengths)


def test_a_strength_without_a_level_stays_unrated_in_the_panel_and_the_plan_view(
    today: date, tmp_path: Path
) -> None:
    e = _self_assessment(today)
    e.answer("wondzorg, feedback 4")
    unrated = next(r for r in e.plan.skills if r.label.lower().startswith("wondzorg"))
    rated = next(r for r in e.plan.skills if r.label.lower().startswith("feedback"))
    assert not unrated.rated and rated.rated
    panel = plan_content(e.plan, "nl", width=60).plain
    line = next(x for x in panel.splitlines() if "ondzorg" in x)
    assert "(geen niveau)" in line and "1→1" not in line
    assert "4→4" in next(x for x in panel.splitlines() if "eedback" in x)
    store = SQLiteStore(tmp_path / "p.db")
    version = store.save(e.plan, None, "test")
    shown = render_plan(store.load(e.plan.id, version), "nl")
    line = next(x for x in shown.splitlines() if "ondzorg" in x)
    assert "nog zonder niveau" in line and "nu 1" not in line


@pytest.mark.parametrize(
    ("lang", "said", "label"),
    [
        ("en", "staying calm with angry passengers 4", "staying calm with angry passengers"),
        ("en", "first aid, staying calm with angry passengers (4)", "staying calm with angry"),
        ("nl", "kalm blijven bij boze reizigers 4", "kalm blijven bij boze reizigers"),
        ("nl", "wondzorg, kalm blijven bij boze reizigers, 4", "kalm blijven bij boze reizigers"),
        ("nl", "kalm blijven bij boze reizigers (niveau 4)", "kalm blijven bij boze reizigers"),
    ],
)
def test_a_strength_with_its_level_in_the_same_phrase_keeps_the_level(
    today: date, lang: str, said: str, label: str
) -> None:
    e = engine_at(today, Step.self_assessment, lang=lang)
    reply = e.answer(said)
    rating = next(r for r in e.plan.skills if r.label.lower().startswith(label))
    assert rating.rated and (rating.current_level, rating.wanted_level) == (4, 4)
    assert f"{rating.label} (4)" in reply.message
    assert "(" not in rating.label and not rating.label.endswith(("4", ","))


def _proposed(today: date, lang: str = "nl") -> Engine:
    e = engine_at(today, Step.goals, lang=lang)
    if lang == "en":
        say(e, "I want to get better at my job", "planning the weekly rota",
            "that I make the rota without help from my boss")  # fmt: skip
        say(e, "by the end of June 2027")
    else:
        say(e, "ik wil beter worden in mijn job", "de weekplanning van de ploeg",
            "dat ik de weekplanning zelf opstel zonder hulp van mijn chef")  # fmt: skip
        say(e, "tegen eind juni 2027")
    assert e.plan.conversation.pending.question == "propose"
    return e


@pytest.mark.parametrize("no", ["nee", "2"])
def test_no_to_the_proposed_sentence_keeps_the_answers_and_offers_to_edit(
    today: date, no: str
) -> None:
    e = _proposed(today)
    goal = e.plan.goals[0]
    reply = e.answer(no)
    assert e.plan.conversation.pending.question == "sentence"
    assert goal.deadline == date(2027, 6, 30) and goal.measure.startswith("dat ik de weekplanning")
    assert "30 juni 2027" in reply.message and "de weekplanning van de ploeg" in reply.message
    # one part changed: the deadline; the rest stays and a sentence is proposed again
    reply = e.answer("tegen eind september 2027")
    assert goal.deadline == date(2027, 9, 30)
    assert e.plan.conversation.pending.question == "propose"
    assert "30 september 2027" in reply.message and "weekplanning" in reply.message
    # their own sentence: taken as written, the deadline and measure kept
    e.answer("nee")
    e.answer("Tegen eind september 2027 maak ik de weekplanning van de ploeg helemaal zelf op.")
    assert goal.text.startswith("Tegen eind september 2027 maak ik")
    assert goal.deadline == date(2027, 9, 30) and goal.measure
    assert goal.smart is not None and goal.smart.time_bound.met


def test_no_then_ok_takes_the_proposal_and_what_changes_the_what(today: date) -> None:
    e = _proposed(today, "en")
    goal = e.plan.goals[0]
    assert goal.measure == "that I make the rota without help from my boss"  # asked for 'when'
    e.answer("no")
    reply = e.answer("what: planning the weekly rota for two teams")
    assert e.plan.conversation.pending.question == "propose"
    assert "two teams" in reply.message and "I want to planning" not in reply.message
    e.answer("no")
    e.answer("ok")
    assert "two teams" in goal.text and goal.deadline == date(2027, 6, 30)
    assert e.plan.conversation.pending.question in ("project", "more")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_specific_question_gives_examples_that_fit_the_person(today: date, lang: str) -> None:
    e = engine(today, lang=lang)
    role = "onderhoudstechnicus" if lang == "nl" else "maintenance technician"
    say(e, "4", "Ik wil bijblijven in mijn vak.", role, "productie", "2 uur")
    e.go_to(Step.goals)
    reply = e.answer(
        "ik wil beter worden in mijn werk" if lang == "nl" else "I want to do my job better"
    )
    assert e.plan.conversation.pending.criterion == "specific"
    assert "Excel" not in reply.message and "teamvergadering" not in reply.message
    assert ("preventief onderhoud" if lang == "nl" else "preventive maintenance") in reply.message
    stranger = engine(today, lang=lang)
    stranger.go_to(Step.goals)
    reply = stranger.answer(
        "ik wil beter worden in mijn werk" if lang == "nl" else "I want to do my job better"
    )
    assert "Excel" not in reply.message
    neutral = "een nieuwe machine of app" if lang == "nl" else "a new machine or app"
    assert neutral in reply.message


@pytest.mark.parametrize(
    ("lang", "goal", "named"),
    [
        (
            "nl",
            "Tegen juni 2027 hernieuw ik mijn attest reanimatie (BLS).",
            "attest reanimatie (BLS)",
        ),
        ("nl", "Ik wil mijn heftruckattest hernieuwen tegen maart 2027.", "heftruckattest"),
        ("nl", "Tegen eind 2027 heb ik mijn VCA behaald.", "VCA"),
        ("en", "By March 2027 I renew my forklift certificate.", "forklift certificate"),
    ],
)
def test_a_required_certificate_is_relevant_at_once(
    today: date, lang: str, goal: str, named: str
) -> None:
    e = engine_at(today, Step.goals, lang=lang)
    e.answer(goal)
    verdict = e.plan.goals[0].smart
    assert verdict is not None and verdict.relevant.met is True
    assert f"‘{named}’" in verdict.relevant.reason
    assert e.plan.conversation.pending.criterion != "relevant"


def test_the_persons_answer_is_not_pasted_into_the_question_and_a_remark_stays_out(
    today: date,
) -> None:
    e = engine(today)
    say(e, "4", "Ik wil bijblijven.", "onderhoudstechnicus", "productie", "2 uur")
    e.go_to(Step.goals)
    e.answer("Tegen juni 2027 kan ik jongleren met drie ballen.")
    while e.plan.conversation.pending.criterion not in ("relevant", ""):
        e.answer("toch bewaren")
    assert e.plan.conversation.pending.criterion == "relevant"
    reply = e.answer("leuk")
    assert "‘leuk’" not in reply.message and "bij leuk" not in reply.message
    e.answer("toch bewaren")
    verdict = e.plan.goals[0].smart
    assert verdict is not None and verdict.relevant.employee_only
    document = export_plan(e.plan, "md", today=today, lang="nl").decode("utf-8")
    assert "Ik zie geen verband" not in document
    assert "jongleren" in document


@pytest.mark.parametrize("said", ["yes", "ok", "1 and 3"])
def test_yes_or_a_number_at_a_smart_question_is_not_stored_as_the_answer(
    today: date, said: str
) -> None:
    e = engine_at(today, Step.goals, lang="en")
    e.answer("By end of June 2027 I handle conflicts with passengers better")
    criterion = e.plan.conversation.pending.criterion
    assert criterion in ("measurable", "relevant", "specific")
    reply = e.answer(said)
    goal = e.plan.goals[0]
    assert goal.measure == "" and goal.relevance == "" and not goal.kept_with_warning
    assert e.plan.conversation.pending.criterion == criterion
    assert "few words" in reply.message or "no list" in reply.message


@pytest.mark.parametrize("said", ["tegen maart 2027", "twee namiddagen"])
def test_a_moment_or_an_amount_of_time_at_the_resources_is_not_a_search(
    today: date, said: str
) -> None:
    e = engine_at(today, Step.goals)
    say(e, "Tegen eind juni 2027 maak ik het maandrapport zelfstandig in Excel.", "nee")
    e.go_to(Step.resources)
    listing = list(e.plan.conversation.pending.listing)
    reply = e.answer(said)
    assert "bij de **planning**" in reply.message
    assert list(e.plan.conversation.pending.listing) == listing
    assert e.plan.conversation.pending.mode != "search"


@pytest.mark.parametrize("said", ["ja", "ok"])
def test_yes_or_ok_at_the_proposals_is_no_search(today: date, said: str) -> None:
    e = engine_at(today, Step.goals)
    say(e, "Tegen eind juni 2027 maak ik het maandrapport zelfstandig in Excel.", "nee")
    e.go_to(Step.resources)
    listing = list(e.plan.conversation.pending.listing)
    reply = e.answer(said)
    assert "Zoekresultaten" not in reply.message and "gevonden" not in reply.message
    assert len(listing) > 1 or "Toegevoegd" in reply.message  # yes to the one proposal takes it
    assert list(e.plan.conversation.pending.listing) == listing


def test_a_word_that_says_nothing_is_not_kept_as_an_actions_result(today: date) -> None:
    e = engine_at(today, Step.goals)
    say(e, "Tegen eind juni 2027 maak ik het maandrapport zelfstandig in Excel.", "nee")
    e.go_to(Step.resources)
    e.answer("1")
    e.go_to(Step.results)
    assert e.plan.conversation.pending.question == "return"
    reply = e.answer("klaar")
    assert e.plan.actions[0].expected_return == ""
    assert "zegt me nog niet" in reply.message
    e.answer("Ik maak het rapport in de helft van de tijd.")
    assert e.plan.actions[0].expected_return.startswith("Ik maak het rapport")
