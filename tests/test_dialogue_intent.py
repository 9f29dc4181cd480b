"""What a free answer means, read by the walk-through: a role wanted is a career project, 'allebei'
is yes and more, time in days is reckoned in hours and said back."""

from __future__ import annotations

from datetime import date

import pytest
from dialogue_fixtures import engine, engine_at, say

from pop_assistent.demo import sophie
from pop_assistent.dialogue import Engine, Step
from pop_assistent.model import CareerProject, OccasionKind, Pending


@pytest.mark.parametrize(
    "said",
    [
        "ik wil hoofdverpleegkundige worden",
        "Ik wil ploegleider worden.",
        "I want to become a shift leader",
    ],
)
def test_wanting_to_become_a_lead_is_a_promotion_and_the_words_are_kept(
    today: date, said: str
) -> None:
    e = engine(today)
    reply = e.answer(said)
    occ = e.plan.occasion
    assert occ.kind == OccasionKind.career_project
    assert occ.career_project == CareerProject.promotion
    assert occ.description == said
    assert "niet goed plaatsen" not in reply.message
    assert e.plan.conversation.pending.question == "role"


def test_wanting_another_role_asks_which_project_and_keeps_the_role(today: date) -> None:
    e = engine(today)
    reply = e.answer("ik wil vroedvrouw worden")
    assert e.plan.occasion.kind == OccasionKind.career_project
    assert e.plan.occasion.career_project is None
    assert "**vroedvrouw**" in reply.message
    assert e.plan.occasion.description == "ik wil vroedvrouw worden"
    say(e, "omscholing")
    assert e.plan.occasion.career_project == CareerProject.reskilling
    assert e.plan.occasion.description == "ik wil vroedvrouw worden"


def test_a_plain_growth_answer_is_not_read_as_a_role(today: date) -> None:
    e = engine(today)
    e.answer("4")
    assert e.plan.occasion.kind == OccasionKind.continuous_development


@pytest.mark.parametrize(
    "said",
    [
        "gewoon beter worden in mijn werk",
        "ik wil gewoon beter worden in mijn werk",
        "Ik wil een betere kok worden",
        "ik wil zelfstandiger worden op mijn afdeling",
        "I just want to get better at my job",
    ],
)
def test_getting_better_in_ones_job_is_growing_not_a_career_project(today: date, said: str) -> None:
    """A quality one wants (better, faster, a better cook) names no role to move to."""
    e = engine(today)
    e.answer(said)
    assert e.plan.occasion.kind == OccasionKind.continuous_development
    assert e.plan.occasion.career_project is None
    assert e.plan.conversation.pending.question in ("description", "role")


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("nee da klopt ni, gewoon 4", OccasionKind.continuous_development),
        ("neen, 3 is het", OccasionKind.organisational_change),
        ("no, just 1", OccasionKind.performance_review),
    ],
)
def test_a_correction_at_the_career_question_picks_from_the_occasions(
    today: date, said: str, kind: OccasionKind
) -> None:
    """Read as a career project, corrected: the number is one of the occasions seen before
    (the career question's own buttons are not what the person means), the words are kept."""
    e = engine(today)
    say(e, "Ik wil vroedvrouw worden")
    assert e.plan.conversation.pending.question == "career"
    say(e, said)
    occ = e.plan.occasion
    assert (occ.kind, occ.career_project) == (kind, None)
    assert occ.description == "Ik wil vroedvrouw worden"
    assert e.plan.conversation.pending.question == "role"


def test_a_correction_without_a_number_asks_the_occasion_again(today: date) -> None:
    e = engine(today)
    say(e, "Ik wil vroedvrouw worden")
    reply = e.answer("nee, da klopt niet")
    assert e.plan.occasion.career_project is None
    assert e.plan.conversation.pending.question == "kind"
    assert "Dan lees ik het anders" in reply.message


@pytest.mark.parametrize(("lang", "way_out"), [("nl", "typ dan *nee*"), ("en", "type *no*")])
def test_an_unclear_answer_at_the_career_question_names_the_way_back(
    today: date, lang: str, way_out: str
) -> None:
    """A cleaner who picked 2 by mistake and types her goal is told how to choose again."""
    e = engine(today, lang=lang)
    say(e, "2")
    assert e.plan.conversation.pending.question == "career"
    reply = e.answer("ik wil de nieuwe schrobmachine alleen bedienen tegen maart")
    assert e.plan.conversation.pending.question == "career"
    assert way_out in reply.message and "1" in reply.message
    e.answer("no" if lang == "en" else "nee")
    assert e.plan.conversation.pending.question == "kind"


@pytest.mark.parametrize("question", ["description", "role"])
def test_a_correction_after_the_occasion_is_no_story_and_no_role(
    today: date, question: str
) -> None:
    """'nee, gewoon 2' where the story or the role is asked corrects the occasion before."""
    e = engine(today)
    say(e, "4" if question == "description" else "gewoon beter worden in mijn werk")
    assert e.plan.conversation.pending.question == question
    say(e, "no, just 2")
    assert e.plan.occasion.kind == OccasionKind.career_project
    assert e.plan.employee.role == ""
    assert "no, just 2" not in e.plan.occasion.description
    assert e.plan.conversation.pending.question == "career"


def _nurse_at_hours(today: date) -> Engine:
    """A geriatric nurse at the question how much time she has to learn."""
    e = engine(today)
    say(e, "4", "Ik wil bijblijven in de zorg en nieuwe dingen leren.", "verpleegkundige",
        "geriatrie")  # fmt: skip
    return e


@pytest.mark.parametrize(
    ("said", "hours", "shown"),
    [
        ("twee namiddagen", 7.6, "7,6 uur"),
        ("een dag", 7.6, "7,6 uur"),
        ("drie avonden", 11.4, "11,4 uur"),
        ("een week per jaar", 0.7, "0,7 uur"),
    ],
)
def test_time_in_days_is_reckoned_in_hours_and_said_back(
    today: date, said: str, hours: float, shown: str
) -> None:
    e = _nurse_at_hours(today)
    reply = e.answer(said)
    assert e.plan.employee.hours_per_week == hours
    assert f"dat reken ik als **{shown}" in reply.message
    assert said in reply.message
    assert "een halve dag of een avond de helft" in reply.message  # how evenings were counted


def test_hours_typed_as_hours_are_not_reckoned(today: date) -> None:
    e = _nurse_at_hours(today)
    reply = e.answer("een drietal uur")
    assert e.plan.employee.hours_per_week == 3
    assert "reken ik als" not in reply.message


def _training_check(today: date) -> Engine:
    plan = sophie(today).model_copy(deep=True)
    plan.conversation.step = Step.training_check.value
    plan.conversation.pending = Pending()
    return Engine(plan, today=today)


@pytest.mark.parametrize(
    "said",
    [
        "allebei eigenlijk: een opleiding en betere afspraken",
        "Both: a course and better agreements",
    ],
)
def test_both_at_the_training_question_is_yes_with_the_rest_kept(today: date, said: str) -> None:
    e = _training_check(today)
    first = e.plan.goals[0]
    reply = e.answer(said)
    assert first.training_is_answer is True
    assert first.alternative_solution == said.split(":", 1)[1].strip()
    assert "Allebei" in reply.message
    assert "het beter oplost" not in reply.message  # not the 'type yes or no' sentence
    assert e.plan.conversation.pending.goal_id == e.plan.goals[1].id


def test_an_ambiguous_deadline_is_asked_with_two_buttons_that_each_settle_it(today: date) -> None:
    e = engine_at(today, Step.goals)
    e.answer("Ik maak het maandrapport zelfstandig in Excel.")
    assert e.plan.conversation.pending.criterion == "time_bound"
    reply = e.answer("na het verlof")
    assert e.plan.goals[0].deadline is None  # no guess
    readings = [c.value for c in reply.choices]
    assert readings[:2] == ["na de kerstvakantie", "na de zomervakantie"]
    assert reply.choices[-1].value == "toch bewaren"
    e.answer(readings[1])
    assert e.plan.goals[0].deadline == date(2027, 9, 30)


@pytest.mark.parametrize(
    ("said", "size", "chosen"),
    [
        ("1 en 3", 5, [0, 2]),
        ("2, 4 of 5", 5, [1, 3, 4]),
        ("3 and 2", 5, [2, 1]),
        ("de eerste en de laatste", 5, [0, 4]),
        ("the first and the third", 5, [0, 2]),
        ("beide", 2, [0, 1]),
        ("both", 2, [0, 1]),
        ("alle drie", 3, [0, 1, 2]),
        ("beide", 5, []),  # 'both' of five is not a pick
        ("de eerste cursus over hygiëne", 5, []),
    ],
)
def test_picks_read_connectors_ordinals_and_all(said: str, size: int, chosen: list[int]) -> None:
    from pop_assistent.text import answers

    assert answers.picks(said, size) == chosen


def test_numbers_and_connectors_are_never_a_catalogue_search() -> None:
    from pop_assistent.text import answers

    assert answers.pick_shaped("3 and 9") and answers.pick_shaped("de tweede")
    assert not answers.pick_shaped("AutoCAD 3") and not answers.pick_shaped("")


@pytest.mark.parametrize("said", ["1", "ok", "ja", "x", "2 en 3"])
def test_a_story_question_does_not_take_a_number_or_a_filler(today: date, said: str) -> None:
    e = engine(today)
    say(e, "3")
    assert e.plan.conversation.pending.question == "description"
    reply = e.answer(said)
    assert e.plan.occasion.description == ""
    assert e.plan.conversation.pending.question == "description"
    assert "zegt me nog niet wat er speelt" in reply.message
    e.answer("Er komt een nieuw scansysteem in het magazijn.")
    assert e.plan.occasion.description == "Er komt een nieuw scansysteem in het magazijn."


def test_the_other_solution_does_not_take_a_number(today: date) -> None:
    e = _training_check(today)
    e.answer("nee")
    assert e.plan.conversation.pending.question == "alternative"
    reply = e.answer("1")
    assert e.plan.goals[0].alternative_solution == ""
    assert "zegt me nog niet" in reply.message
    e.answer("Betere afspraken over de overdracht")
    assert e.plan.goals[0].alternative_solution == "Betere afspraken over de overdracht"


@pytest.mark.parametrize(
    ("lang", "words"),
    [("nl", ["verpleegkundige", "magazijn", "schoonmaker", "kok", "leerkracht"]),
     ("en", ["nurse", "warehouse", "cleaner", "cook", "teacher"])],
)  # fmt: skip
def test_the_role_question_gives_examples_from_many_sectors(
    today: date, lang: str, words: list[str]
) -> None:
    e = engine(today, lang=lang)
    reply = say(e, "4", "Ik wil bijblijven in mijn vak.")
    assert e.plan.conversation.pending.question == "role"
    for word in words:
        assert word in reply.message


def test_the_goal_example_uses_a_skill_the_person_wants_to_improve(today: date) -> None:
    e = engine_at(today, Step.self_assessment)
    say(e, "wondzorg 4", "medicatie klaarzetten 2 naar 4")
    reply = e.go_to(Step.goals)
    assert "niveau 4 voor medicatie klaarzetten" in reply.message
    assert "maandrapport" not in reply.message


def test_a_slip_in_the_unit_is_read_and_the_reckoning_said_back(today: date) -> None:
    e = engine(today)
    say(e, "4", "Ik wil bijblijven in het magazijn.", "magazijnier", "expeditie")
    reply = e.answer("twee namidagen")
    assert e.plan.employee.hours_per_week == 7.6
    assert "twee namidagen*: dat reken ik als **7,6 uur" in reply.message


def test_days_typed_at_the_department_question_are_said_back(today: date) -> None:
    e = engine(today)
    say(e, "4", "Ik wil bijblijven in het magazijn.", "magazijnier")
    reply = e.answer("een halve dag per week")
    assert e.plan.employee.hours_per_week == 3.8
    assert "reken ik als **3,8 uur per week**" in reply.message


def test_yes_or_a_number_is_no_role_or_department_and_none_leaves_it_empty(today: date) -> None:
    e = engine(today)
    say(e, "4", "Ik wil bijblijven in mijn werk.")
    reply = e.answer("ja")
    assert e.plan.employee.role == "" and '"ja" is geen functie' in reply.message
    say(e, "schoonmaakster in het ziekenhuis")
    for answer, said in (("ja", '"ja" is geen afdeling'), ("2", "hier is geen lijst")):
        reply = e.answer(answer)
        assert e.plan.employee.department == "" and said in reply.message
        assert e.plan.conversation.pending.question == "department"
    reply = e.answer("geen")
    assert e.plan.employee.department == "" and "Geen afdeling: ook goed." in reply.message
    assert e.plan.conversation.pending.question == "hours"


def test_a_department_in_capitals_is_a_name(today: date) -> None:
    e = engine(today)
    say(e, "4", "Ik wil bijblijven in mijn werk.", "verpleegkundige")
    e.answer("OK")  # the operating theatre
    assert e.plan.employee.department == "OK"


def test_a_skill_name_with_and_is_kept_whole_and_partial_matches_keep_the_words(
    today: date,
) -> None:
    from pop_assistent.dialogue import new_plan

    e = Engine(new_plan("Tom Baker", today, lang="en"), today=today, lang="en")  # real skills
    say(e, "4", "I want to keep up with my work.", "warehouse worker", "Shipping", "2 hours")
    assert e.plan.conversation.step == Step.self_assessment.value
    reply = e.answer("loading and unloading 4, forklift driving, staying calm under pressure")
    labels = [r.label for r in e.plan.skills]
    assert labels == ["Loading and unloading", "Forklift driving", "staying calm under pressure"]
    assert "loading (no level yet)" not in reply.message
    e.answer("planning 2 to 4, scanner system")
    improve = [r.label for r in e.plan.skills if "to_improve" in r.categories]
    assert improve == ["planning", "scanner system"]  # not 'Order picking'


def test_the_number_of_a_yes_no_button_is_accepted(today: date) -> None:
    e = _training_check(today)
    e.answer("2")
    assert e.plan.goals[0].training_is_answer is False
    assert e.plan.conversation.pending.question == "alternative"
    e.answer("Betere afspraken bij de overdracht")
    e.answer("1")
    assert e.plan.goals[1].training_is_answer is True


@pytest.mark.parametrize(
    ("name", "greeted"),
    [
        ("Fatima El Idrissi", "Fatima"),
        ("de Vries", "de Vries"),
        ("van den Broeck", "van den Broeck"),
    ],
)
def test_a_name_that_begins_with_a_particle_is_greeted_whole(
    today: date, name: str, greeted: str
) -> None:
    e = engine(today, name="?")
    assert e.plan.conversation.pending.question == "name"
    reply = e.answer(name)
    assert f"Aangenaam, {greeted}!" in reply.message


@pytest.mark.parametrize(
    "said",
    [
        "ik ben kok in een woonzorgcentrum en we krijgen een nieuwe combi-steamer",
        "er komt een nieuw kassasysteem in de winkel",
        "de nieuwe tilliften worden volgend jaar in gebruik genomen",
        "we are getting new handheld scanners in the warehouse",
    ],
)
def test_something_new_arriving_at_work_is_a_change(today: date, said: str) -> None:
    """A new machine, till or lift on its way is a change at work, whatever its name."""
    e = engine(today)
    e.answer(said)
    assert e.plan.occasion.kind == OccasionKind.organisational_change
    assert e.plan.occasion.description == said
