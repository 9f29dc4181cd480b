"""One rule for numbered buttons (conversation/buttons.py), on the real engine and check-in:
wherever buttons are shown their numbers are read, several numbers go only where several fit,
and a number without a button gets one sentence and changes nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from dialogue_fixtures import engine, engine_at, say

from pop_assistent.demo import karim, sophie
from pop_assistent.dialogue import Engine, Step, new_plan
from pop_assistent.dialogue.start import NEW, read_pick
from pop_assistent.followup import CheckInSession
from pop_assistent.model import OccasionKind, Pending
from pop_assistent.storage.sqlite import SQLiteStore
from pop_assistent.text import answers


@pytest.mark.parametrize(
    ("said", "size", "given"),
    [
        ("1 en 3", 2, [1, 3]),
        ("1 & 3", 3, [1, 3]),
        ("1, 3", 3, [1, 3]),
        ("3 and 2", 3, [3, 2]),
        ("beide", 2, [1, 2]),
        ("allebei", 2, [1, 2]),
        ("both", 2, [1, 2]),
        ("alle drie", 3, [1, 2, 3]),
        ("alle drie", 2, [1, 2, 3]),
        ("de eerste en de laatste", 4, [1, 4]),
        ("nummer 2 graag", 3, [2]),
        ("1 and 3 please", 3, [1, 3]),
    ],
)
def test_numbers_and_connectors_are_read_out_of_range_included(
    said: str, size: int, given: list[int]
) -> None:
    assert answers.picked_numbers(said, size) == given


@pytest.mark.parametrize(
    ("said", "given"),
    [
        ("nee da klopt ni, gewoon 4", [4]),
        ("Neen, 3 is het!", [3]),
        ("no, just 2", [2]),
        ("No, it's 2", [2]),
        ("da's nie juist, 't is 3", [3]),
        ("sorry, ik bedoel de vierde", [4]),
        ("I meant option 3 please", [3]),
        ("nee, twee", [2]),
    ],
)
def test_a_correction_with_one_number_picks_that_number(said: str, given: list[int]) -> None:
    """Dutch, Flemish and English: the correction words around the number say nothing else."""
    assert answers.picked_numbers(said, 4) == given


@pytest.mark.parametrize(
    "said",
    [
        "nee, niet 4",  # the number negated
        "nee, 4 klopt niet",
        "nee, 2 en 3",  # a correction picks one
        "nee, ik wil teamleider worden",  # words besides: for the question
        "nee 15 uur",
        "nee",
    ],
)
def test_a_correction_that_negates_or_says_more_picks_nothing(said: str) -> None:
    assert answers.corrected_pick(said) is None
    assert answers.picked_numbers(said, 4) is None


def test_a_correction_with_a_number_is_a_button_at_the_occasion_question(today: date) -> None:
    e = engine(today)
    say(e, "nee da klopt ni, gewoon 4")
    assert e.plan.occasion.kind == OccasionKind.continuous_development
    assert e.plan.occasion.description == ""  # the correction is no story
    assert e.plan.conversation.pending.question == "description"


@pytest.mark.parametrize(
    "said", ["geen", "none", "allebei eigenlijk: een opleiding", "15/3", "2027-09-14", "2027-09"]
)
def test_words_and_dates_are_left_to_the_question(said: str) -> None:
    assert answers.picked_numbers(said, 3) is None


def _training_check(today: date, lang: str = "nl") -> Engine:
    plan = sophie(today).model_copy(deep=True)
    plan.conversation.step = Step.training_check.value
    plan.conversation.pending = Pending()
    return Engine(plan, today=today, lang=lang)


def test_a_button_number_is_the_button_on_a_question_no_one_wired_numbers_into(
    today: date,
) -> None:
    e = engine(today)
    say(e, "2")  # the occasion buttons: 2 is 'loopbaanproject'
    assert e.plan.occasion.kind == OccasionKind.career_project
    assert e.plan.conversation.pending.question == "career"
    say(e, "4")  # the career buttons: 4 is 'omscholing'
    assert e.plan.occasion.career_project is not None
    assert e.plan.occasion.career_project.value == "reskilling"


def test_a_number_without_a_button_gets_one_sentence_and_changes_nothing(today: date) -> None:
    e = engine(today)
    version_before = e.plan.model_dump(exclude={"conversation"})
    reply = e.answer("1 en 7")
    assert "Keuze 7 bestaat hier niet: er zijn 4 keuzes" in reply.message
    assert e.plan.model_dump(exclude={"conversation"}) == version_before
    assert e.plan.conversation.pending.question == "kind"


def test_several_numbers_where_one_answer_fits_are_refused_not_cut(today: date) -> None:
    e = _training_check(today)
    goal = e.plan.goals[0]
    before = goal.training_is_answer
    reply = e.answer("1 en 2")
    assert "Hier past één antwoord" in reply.message
    assert goal.training_is_answer == before
    assert e.plan.conversation.pending.goal_id == goal.id


def test_both_is_a_button_and_asks_what_else_is_needed(today: date) -> None:
    e = _training_check(today, lang="en")
    goal = e.plan.goals[0]
    reply = e.answer("3")
    assert goal.training_is_answer is True
    assert "besides training" in reply.message
    reply = e.answer("clear agreements on who updates the folder")
    assert goal.alternative_solution == "clear agreements on who updates the folder"
    assert e.plan.conversation.pending.goal_id == e.plan.goals[1].id


def test_the_yes_no_buttons_of_the_goal_sentence_refuse_a_third(today: date) -> None:
    e = engine_at(today, Step.goals)
    say(e, "Ik wil beter leren plannen", "de weekplanning van de ploeg", "dat ik ze zelf opmaak")
    reply = say(e, "tegen eind juni 2027")
    assert e.plan.conversation.pending.question == "propose"
    text_before = e.plan.goals[0].text
    reply = e.answer("1 en 3")
    assert "Keuze 3 bestaat hier niet" in reply.message
    assert e.plan.goals[0].text == text_before
    assert e.plan.conversation.pending.question == "propose"


def test_a_resumed_engine_reads_the_buttons_of_the_pending_question(today: date) -> None:
    e = engine(today)
    say(e, "Hallo")  # not a choice: the kind question stays
    again = Engine(e.plan, today=today)  # a restart: no reply shown yet by this engine
    again.answer("3")
    assert again.plan.occasion.kind == OccasionKind.organisational_change


def test_the_catalogue_list_refuses_a_number_it_does_not_show(today: date) -> None:
    e = engine_at(today, Step.goals)
    say(e, "Tegen eind juni 2027 maak ik het maandrapport zelfstandig in Excel.", "nee")
    e.go_to(Step.resources)
    listing = list(e.plan.conversation.pending.listing)
    assert listing
    reply = e.answer(f"1 en {len(listing) + 5}")
    assert f"Keuze {len(listing) + 5} bestaat hier niet" in reply.message
    assert e.plan.actions == []
    e.answer("1")
    assert len(e.plan.actions) == 1


def test_the_check_in_reads_its_buttons_by_the_same_rule(today: date) -> None:
    s = CheckInSession(karim(today), today=date(2027, 4, 2), lang="en")
    s.start()
    s.answer("in progress")
    assert s.phase == "action_progress"
    s.answer("60")  # a percentage here, never 'button 60'
    assert s.phase == "action_went_well"
    s.answer("the role play helped")
    s.answer("nothing")
    assert s.phase == "action_return"
    reply = s.answer("1 and 3")
    assert "There is no choice 3 here: there are 2 choices" in reply.message
    assert s.phase == "action_return"
    s.answer("1")  # 'yes'
    assert s.phase != "action_return"


def test_a_new_name_at_the_plan_choice_never_opens_someone_elses_plan(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "p.db")
    for name in ("Ann Claes", "Bram De Smet"):
        store.save(new_plan(name, date(2026, 11, 24)), None, "test")
    plans = tuple(store.list_plans())
    ann = next(p.plan_id for p in plans if p.name == "Ann Claes")
    assert read_pick("Hilde Claes", plans) is None  # a shared surname is not the same person
    assert read_pick("Ann Claes", plans) == ann
    assert read_pick("ann clas", plans) == ann  # a slip
    assert read_pick("Ann", plans) == ann
    assert read_pick(str(len(plans) + 1), plans) == NEW


@pytest.mark.parametrize("said", ["1 en 3", "2", "3 and 2"])
def test_numbers_alone_are_no_goal_and_no_project(today: date, said: str) -> None:
    e = engine_at(today, Step.goals)
    reply = e.answer(said)
    assert e.plan.goals == []
    assert "hier is geen lijst" in reply.message
    say(e, "Tegen eind juni 2027 maak ik het maandrapport zelfstandig in Excel.")
    while e.plan.conversation.pending.question != "project":
        e.answer("ja" if e.plan.conversation.pending.question == "propose" else "toch bewaren")
    reply = e.answer(said)
    assert e.plan.goals[0].career_project == ""
    assert e.plan.conversation.pending.question == "project"


def test_a_button_number_counts_also_where_numbers_are_answers(today: date) -> None:
    e = engine_at(today, Step.goals, lang="en")
    e.answer("I want to be a better driver")
    assert e.plan.conversation.pending.question == "fix"
    e.answer("1")  # the one button: 'Keep anyway'
    assert e.plan.goals[0].kept_with_warning
    e2 = engine(today)
    e2.go_to(Step.goals)
    e2.answer("Ik maak het maandrapport zelfstandig in Excel.")
    assert e2.plan.conversation.pending.criterion == "time_bound"
    e2.answer("2027")  # a year, not a button
    assert not e2.plan.goals[0].kept_with_warning


def test_no_at_a_smart_question_keeps_the_goal_instead_of_storing_no(today: date) -> None:
    e = engine_at(today, Step.goals, lang="en")
    e.answer("I want to be a better driver")
    e.answer("no")
    goal = e.plan.goals[0]
    assert goal.kept_with_warning and goal.measure == "" and goal.relevance == ""
