"""Polishing round: the last goal's pick, 'klaar' where it is offered, hours that are no time,
strict skill linking, the role profile's suggestions, and the check-in's pending keys."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from dialogue_fixtures import catalogue, engine, say

from pop_assistent.demo import sophie
from pop_assistent.dialogue import Engine, ResourcesAnswer, Step
from pop_assistent.model import CheckInCursor, Pending, Plan


def shipped() -> Any:
    from pop_assistent.catalogue import load_catalogue
    from pop_assistent.paths import resource_dir

    return load_catalogue(resource_dir("catalogus"), today=date(2026, 11, 24))


def at(plan: Plan, step: Step, today: date, loader: Any = catalogue) -> Engine:
    plan = plan.model_copy(deep=True)
    plan.conversation.step = step.value
    plan.conversation.pending = Pending()
    return Engine(plan, today=today, catalogue_loader=loader)


def test_picker_on_the_last_goal_says_we_move_to_planning(today: date) -> None:
    plan = sophie(today)
    plan.actions = []
    e = at(plan, Step.resources, today)
    e.answer("klaar")  # first goal done (without an action: "Toch verder?"), now the last one
    e.answer("ja")
    last = e.plan.conversation.pending.goal_id
    assert last == plan.goals[-1].id
    reply = e.answer_structured(ResourcesAnswer(catalogue_ids=["int-kantoorsoftware-gevorderd"]))
    assert reply.step == Step.planning
    assert "planning" in reply.message and "Anders *klaar*" not in reply.message
    again = e.answer("klaar")  # typed out of habit: no date error, the question again
    assert again.step == Step.planning and not again.warnings
    assert "al bij de" in again.message and "geen datum" not in again.message.lower()
    assert all(a.start is None for a in e.plan.actions)


def test_hours_question_asks_again_when_the_number_is_no_time(today: date) -> None:
    e = engine(today)
    say(e, "functioneringsgesprek", "Ik wil bijblijven.", "onderhoudstechnicus", "Onderhoud")
    reply = e.answer("twee kinderen, dus weinig tijd")
    assert e.plan.employee.hours_per_week != 2 and e.step == Step.occasion
    assert "uur per week" in reply.message and "halve dag per maand" in reply.message
    e.answer("een halve dag per maand")
    assert e.plan.employee.hours_per_week == 0.9 and e.step == Step.self_assessment


def test_goal_skills_are_linked_strictly(today: date) -> None:
    plan = sophie(today)
    goals = plan.goals
    plan.actions = []
    plan.goals = []
    e = at(plan, Step.goals, today, shipped)
    e.answer(goals[0].text)
    linked = set(e.plan.goals[0].skill_ids)
    assert linked and not any("planning" in skill_id for skill_id in linked)


def test_typed_skill_prefers_the_specific_match() -> None:
    from pop_assistent.language.skillmatch import link_skills, match_skills

    skills = list(shipped().skills)
    loose = match_skills("klantgericht communiceren", skills, 1)
    strict = link_skills("klantgericht communiceren", skills, limit=1)
    assert strict and strict[0].skill.id == "klantgerichtheid"
    assert loose  # the loose matcher still finds something; the strict one picks the right one
    generic = link_skills("Tegen juni plan ik vergaderingen in Teams", skills)
    assert "productieplanning" not in {m.skill.id for m in generic}
    preferred = link_skills("plannen", skills, prefer=["projectplanning"], limit=1)
    assert preferred[0].skill.id == "projectplanning"
    assert (
        not link_skills("projectmanagment", skills, limit=1)
        or link_skills("projectmanagment", skills, limit=1)[0].score >= 0.9
    )


def test_suggested_skills_come_from_the_role_profile(today: date) -> None:
    plan = sophie(today)
    plan.employee.role_profile_id = "administratief-medewerker"
    e = at(plan, Step.self_assessment, today, shipped)
    suggested = e.suggested_skills()
    have = {r.skill_id for r in e.plan.skills}
    assert suggested and not {s.skill_id for s in suggested} & have
    role = shipped().role(plan.employee.role_profile_id)
    for rating in suggested:
        assert rating.wanted_level == role.needed_level(rating.skill_id)
        assert not rating.categories


def test_a_running_check_in_is_left_alone_by_undo(today: date) -> None:
    plan = sophie(today)
    e = at(plan, Step.goals, today)
    cursor = CheckInCursor(phase="action_status", action_id="a1", answered=True)
    e.plan.conversation.check_in = cursor
    e.answer("nee")
    e.go_to(Step.planning)
    e.undo()
    assert e.plan.conversation.check_in == cursor


def test_a_word_that_names_one_skill_and_is_a_synonym_of_another_goes_to_the_one_it_names(
    today: date,
) -> None:
    """A cook's 'alergenen 3' (a slip) is the allergens skill, though 'allergenen' is also a
    synonym of food safety; both are in the cook's profile and both levels stay as typed."""
    plan = sophie(today)
    plan.employee.role_profile_id = "kok"
    plan.skills = []
    e = at(plan, Step.self_assessment, today, shipped)
    e.answer("koken 4, haccp 4, alergenen 3")
    levels = {r.skill_id: r.current_level for r in e.plan.skills}
    assert levels == {"kooktechnieken": 4, "haccp": 4, "allergenen": 3}


def test_yes_or_no_to_which_skills_is_no_skill(today: date) -> None:
    plan = sophie(today)
    plan.employee.role_profile_id = "kok"
    plan.skills = []
    e = at(plan, Step.self_assessment, today, shipped)
    e.answer("koken 4")
    reply = e.answer("ja")
    assert "Welke vaardigheden precies" in reply.message
    assert e.plan.conversation.pending.question == "to_improve"
    assert [r.skill_id for r in e.plan.skills] == ["kooktechnieken"]
    e.answer("nee")
    assert e.plan.conversation.pending.question == "obsolete"
    assert len(e.plan.skills) == 1


def test_new_products_to_use_safely_is_the_cleaners_products_skill(today: date) -> None:
    """A cleaner's 'de nieuwe producten veilig gebruiken' is 'Schoonmaakproducten veilig
    gebruiken': 'producten' is the label's own tail and being new is why she learns it; 'mijn
    rug' stays in her words, and the note says once that it is not in the list."""
    plan = sophie(today)
    plan.employee.role_profile_id = "schoonmaker"
    plan.skills = []
    e = at(plan, Step.self_assessment, today, shipped)
    e.answer("schoonmaaktechnieken 4")
    reply = e.answer("de nieuwe producten veilig gebruiken 2 naar 4")
    assert [(r.skill_id, r.current_level, r.wanted_level) for r in e.plan.skills][1:] == [
        ("schoonmaakproducten", 2, 4)
    ]
    assert "vaardighedenlijst" not in reply.message
    e.undo()
    reply = e.answer("mijn rug, tillen zonder pijn")
    assert "Geen ervan staat in de vaardighedenlijst" in reply.message
    note = reply.message.split(")")[0]
    assert note.count("mijn rug") == 1


def test_flemish_dont_know_at_a_level_question_skips_it(today: date) -> None:
    """'weet ik ni' and 'geen gedacht' say the person does not know the level: the skill stays
    without one and the next question comes, instead of 'I see no level'."""
    plan = sophie(today)
    plan.employee.role_profile_id = "schoonmaker"
    plan.skills = []
    e = at(plan, Step.self_assessment, today, shipped)
    e.answer("schoonmaaktechnieken 4")
    e.answer("mijn rug, tillen zonder pijn")
    reply = e.answer("weet ik ni")
    assert "mijn rug blijft voorlopig zonder niveau" in reply.message
    reply = e.answer("geen gedacht")
    assert "tillen zonder pijn blijft voorlopig zonder niveau" in reply.message
    assert e.plan.conversation.pending.question == "obsolete"


def test_a_goal_rewritten_while_choosing_resources_gets_proposals_for_its_new_words(
    today: date,
) -> None:
    """A cleaner rewrote her goal in the middle of choosing resources: back at the list, the
    proposals are for the new words, not the old ones."""
    plan = sophie(today)
    plan.actions = []
    e = at(plan, Step.resources, today, shipped)
    e.answer("klaar")
    first = e.plan.conversation.pending
    goal_id = first.goal_id
    before = list(first.listing)
    number = [g.id for g in e.plan.goals].index(goal_id) + 1
    e.answer(f"wijzig doel {number}")
    e.answer("Tegen eind juni 2027 bedien ik de nieuwe schrobmachine zonder hulp van de ploegbaas")
    for _ in range(4):  # any SMART question left: keep it as it is
        if e.plan.conversation.step == Step.resources.value:
            break
        e.answer("toch bewaren" if e.plan.conversation.pending.question == "fix" else "ja")
    pending = e.plan.conversation.pending
    assert e.plan.conversation.step == Step.resources.value and pending.goal_id == goal_id
    assert pending.listing != before
    assert not set(before) & set(pending.listing)  # no Teams course for a scrubbing machine


def test_a_result_that_points_to_the_goal_or_the_answer_before_is_copied(today: date) -> None:
    """'zoals het doel zegt' and 'idem' would read as nonsense in the manager's document: the
    goal's measure and the answer before are copied, and said back."""
    plan = sophie(today)
    for action in plan.actions:
        action.expected_return = action.visible_on_floor = ""
    goal = plan.goal(plan.actions[0].goal_id or "")
    assert goal is not None
    goal.measure = "ik deel documenten zelf, zonder hulp van collega's"
    e = at(plan, Step.results, today)
    reply = e.answer("zoals het doel zegt")
    assert e.plan.actions[0].expected_return == goal.measure
    assert "Overgenomen" in reply.message
    e.answer("collega's krijgen de bestanden via Teams")
    e.answer("idem")
    assert e.plan.actions[1].expected_return == goal.measure
    reply = e.answer("Idem.")
    assert e.plan.actions[1].visible_on_floor == "collega's krijgen de bestanden via Teams"


def test_a_rewritten_goal_with_a_gap_is_quoted_once(today: date) -> None:
    """'Je doel luidt nu: X' followed by 'Je doel: X' said the same sentence twice: the SMART
    question that follows quotes it."""
    e = at(sophie(today), Step.goals, today)
    e.answer("wijzig doel 1")
    reply = e.answer("ik wil beter worden in Teams")
    assert reply.message.count("ik wil beter worden in Teams") == 1
    assert e.plan.conversation.pending.question == "fix"


def test_a_goal_changed_later_does_not_ask_its_project_again(today: date) -> None:
    """Ilse answered 'nee' to the project question once; rewriting the goal at the overview
    brings her back to where she was, not to that question again."""
    plan = sophie(today)
    plan.goals[1].career_project = ""
    e = at(plan, Step.overview, today)
    before = e.plan.conversation.pending.question
    e.answer("wijzig doel 2")
    e.answer("Tegen 31 december 2027 maak ik het maandrapport zelf in Excel, zonder hulp")
    for _ in range(3):
        if e.plan.conversation.step == Step.overview.value:
            break
        assert e.plan.conversation.pending.question != "project"
        e.answer("ja" if e.plan.conversation.pending.question == "propose" else "toch bewaren")
    assert e.plan.conversation.step == Step.overview.value
    assert e.plan.conversation.pending.question == before


def _self_assessment(today: date, role: str) -> Engine:
    """The self-assessment of someone with role profile `role`, nothing rated yet."""
    plan = sophie(today)
    plan.employee.role_profile_id = role
    plan.actions, plan.goals, plan.skills = [], [], []
    return at(plan, Step.self_assessment, today, shipped)


def _at_levels(today: date) -> Engine:
    e = _self_assessment(today, "schoonmaker")
    e.answer("schoonmaaktechnieken 4")
    e.answer("tillen")
    return e


def test_a_goal_typed_at_a_level_question_is_kept_and_offered_as_the_first_goal(
    today: date,
) -> None:
    """A carer answered the level question with her goal: its '3 bewoners' is no level 3; the
    sentence is kept and offered back when the goals step asks for one, and 'ja' takes it."""
    e = _at_levels(today)
    goal = "ik wil tegen juni 2027 zonder rugpijn 3 bewoners per ochtend verzorgen met de tillift"
    reply = e.answer(goal)
    assert "klinkt als een doel" in reply.message
    assert [r.current_level for r in e.plan.skills if r.label == "Ergonomie"] == [1]
    e.answer("een beetje")  # a level in words
    e.answer("heel goed")
    assert [(r.current_level, r.wanted_level) for r in e.plan.skills][-1] == (2, 5)
    for _ in range(4):
        if e.plan.conversation.pending.question == "text":
            break
        reply = e.answer("nee")
    assert f'Bij de niveaus schreef je: *"{goal}"*' in reply.message
    e.answer("ja")
    assert [g.text for g in e.plan.goals] == [goal]
    assert e.plan.conversation.set_aside == ""


def test_no_to_the_goal_set_aside_asks_for_another(today: date) -> None:
    e = _at_levels(today)
    e.answer("By the end of June 2027 I can lift residents with the hoist without help")
    e.answer("overslaan")
    for _ in range(4):
        if e.plan.conversation.pending.question == "text":
            break
        e.answer("nee")
    assert "Bij de niveaus" in e.current().message
    reply = e.answer("nee")
    assert not e.plan.goals and e.plan.conversation.pending.question == "text"
    assert "Bij de niveaus" not in reply.message


@pytest.mark.parametrize(
    ("said", "level"),
    [("redelijk", 3), ("a bit", 2), ("goed", 4), ("zeer goed", 5), ("nog niet", 1)],
)
def test_a_level_said_in_words_is_taken(today: date, said: str, level: int) -> None:
    e = _at_levels(today)
    reply = e.answer(said)
    assert e.plan.skills[-1].current_level == level
    assert f"je staat op {level}." in reply.message or "van 5 naar 5" in reply.message


def test_two_levels_in_words_are_asked_again(today: date) -> None:
    e = _at_levels(today)
    reply = e.answer("soms goed, soms slecht")
    assert "Ik zie geen niveau" in reply.message


def test_a_bus_drivers_friendliness_is_not_her_aggression_skill(today: date) -> None:
    """'klantvriendelijk' begins with 'klant', a word of 'Omgaan met agressie van klanten en
    cliënten' in her profile: a bus driver's friendly manner became the skill she wanted to
    improve. A longer compound is another word; it is customer orientation."""
    e = _self_assessment(today, "buschauffeur")
    e.answer("veilig rijden 5, klantvriendelijk")
    assert [r.skill_id for r in e.plan.skills] == ["defensief-rijden", "klantgerichtheid"]


def test_a_course_given_on_a_saturday_is_planned_on_that_saturday(today: date) -> None:
    """A bus driver picked the code 95 session of Saturday 6 February: it was 'no working day'
    and planned on Monday 8 February, when the course is not given."""
    plan = sophie(today)
    plan.actions = plan.actions[:1]
    action = plan.actions[0]
    action.catalogue_id, action.start, action.end = "ext-code-95", None, None
    e = at(plan, Step.planning, today, shipped)
    reply = e.answer("1")
    assert e.plan.actions[0].start == date(2027, 2, 6)
    assert "geen werkdag" not in reply.message


def test_a_goal_sentence_written_anew_with_its_own_deadline_takes_that_deadline(
    today: date,
) -> None:
    """A bus driver answered 'binnen 2 jaar' (two years from today), then wrote the sentence
    herself with 'Tegen eind 2028': the plan kept the date of 'binnen 2 jaar'."""
    plan = sophie(today)
    plan.actions, plan.goals = [], []
    e = at(plan, Step.goals, today, shipped)
    goal = "Ik wil de dienstroosters leren maken met het planningsprogramma zonder hulp"
    say(e, goal, "binnen 2 jaar", "omdat ik planner wil worden", "nee, ik schrijf het zelf")
    assert e.plan.conversation.pending.question == "sentence"
    e.answer("Tegen eind 2028 maak ik zelfstandig de dienstroosters met het planningsprogramma")
    assert e.plan.goals[0].deadline == date(2028, 12, 31)


@pytest.mark.parametrize("typed", ["kleuterjuf", "kleuterleidster", "leerkracht kleuteronderwijs"])
def test_a_kindergarten_teacher_finds_her_profile(typed: str) -> None:
    """'kleuterjuf', the everyday word for the job, found no profile, and 'leerkracht
    kleuteronderwijs' became the primary-school teacher."""
    from pop_assistent.dialogue.resources import Resources

    day = date(2026, 11, 24)
    role = Resources(day, "nl", shipped).match_role(typed)
    assert role is not None and role.id == "leerkracht-kleuter"


@pytest.mark.parametrize(
    ("lang", "shown"), [("nl", "1,8 uur per week"), ("en", "1.8 hours a week")]
)
def test_the_stored_learning_time_is_shown_as_hours_in_the_persons_language(
    today: date, lang: str, shown: str
) -> None:
    """Back at the learning-time question, 'twee namiddagen per maand' showed as 'Nu staat er:
    1.8': an English decimal without a unit."""
    plan = sophie(today)
    plan.employee.hours_per_week = 1.8
    plan.conversation.step = Step.occasion.value
    plan.conversation.pending = Pending(question="hours", revisit=True)
    e = Engine(plan, today=today, catalogue_loader=catalogue, lang=lang)  # type: ignore[arg-type]
    assert shown in e.current().message
    e.answer("ok")
    assert e.plan.employee.hours_per_week == 1.8


def test_a_teachers_skills_in_her_words_are_her_profiles_skills(today: date) -> None:
    """'omgaan met een kind met autisme' and 'oudergesprekken voeren' were kept as free text:
    'kind' and 'voeren' are no part of the skills' names, but say nothing more than them."""
    e = _self_assessment(today, "leerkracht-kleuter")
    e.answer("geduld")
    e.answer("omgaan met een kind met autisme, oudergesprekken voeren")
    assert [r.skill_id for r in e.plan.skills][1:] == ["leerlingenbegeleiding", "oudercommunicatie"]


def test_dutch_language_is_the_skill_dutch(today: date) -> None:
    """A Polish warehouse worker's 'dutch language' was kept as free text beside the skill."""
    e = _self_assessment(today, "magazijnmedewerker")
    e.answer("order picking 4")
    e.answer("dutch language, reach truck")
    assert [r.skill_id for r in e.plan.skills][1:] == ["nederlands", "reachtruck"]


def test_a_longer_yes_takes_the_goal_set_aside_and_a_second_one_waits(today: date) -> None:
    """'ja graag' dropped the goal set aside and became the goal itself; a second goal typed at
    a level question overwrote the first."""
    e = _at_levels(today)
    first = "ik wil tegen juni 2027 zonder rugpijn 3 bewoners per ochtend verzorgen met de tillift"
    second = "tegen eind 2027 wil ik de nieuwe schrobmachine zelfstandig bedienen op de afdeling"
    e.answer(first)
    e.answer(second)
    e.answer("2 naar 4")
    for _ in range(4):
        if e.plan.conversation.pending.question == "text":
            break
        e.answer("nee")
    e.answer("ja graag")
    assert [g.text for g in e.plan.goals] == [first]
    assert e.plan.conversation.set_aside == second


def test_a_wanted_level_said_as_a_wish_is_a_level_not_a_goal(today: date) -> None:
    e = _at_levels(today)
    e.answer("2")
    reply = e.answer("ik wil graag naar 4 gaan")
    assert "klinkt als een doel" not in reply.message
    assert (e.plan.skills[-1].current_level, e.plan.skills[-1].wanted_level) == (2, 4)
    assert e.plan.conversation.set_aside == ""


def test_a_past_course_at_a_level_question_is_no_goal(today: date) -> None:
    e = _at_levels(today)
    reply = e.answer("vorig jaar heb ik daar een cursus over gevolgd op het werk")
    assert "klinkt als een doel" not in reply.message


@pytest.mark.parametrize("said", ["not very good", "niet heel goed", "niet echt goed"])
def test_a_negated_level_in_words_is_asked_again(today: date, said: str) -> None:
    e = _at_levels(today)
    reply = e.answer(said)
    assert "Ik zie geen niveau" in reply.message


def test_a_security_guard_finds_his_profile_and_general_leadership_first() -> None:
    """'securitie agent, bewaking shoppingcenter' found no profile, and his team-leader goal
    got leadership courses for cleaning, kitchens and building sites first."""
    from pop_assistent.advice import recommend
    from pop_assistent.dialogue.resources import Resources

    day = date(2026, 11, 24)
    role = Resources(day, "nl", shipped).match_role("securitie agent, bewaking shoppingcenter")
    assert role is not None and role.id == "bewakingsagent"
    goal = "Ik word beter in leiding geven aan een ploeg, tegen 5 december 2028"
    got = [r.item.id for r in recommend(shipped(), goal_text=goal, today=day, role=role.id)]
    assert got[0] == "int-eerste-stappen-leidinggeven"
    assert not {"ext-ploegleider-schoonmaak", "ext-leidinggeven-keuken"} & set(got[:3])
