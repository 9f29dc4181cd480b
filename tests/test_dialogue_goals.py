"""Step 3, doelen: the SMART check names what is missing and asks the one question that fixes it."""

from __future__ import annotations

from datetime import date

from dialogue_fixtures import FIXES, catalogue, engine_at, fix_goal

from pop_assistent.demo import sophie
from pop_assistent.dialogue import Engine, Step


def _goals(today: date) -> Engine:
    e = engine_at(today, Step.goals)
    return e


def test_a_vague_goal_gets_one_question_and_one_clean_sentence_is_proposed(today: date) -> None:
    e = _goals(today)
    reply = e.answer("Ik wil beter worden in Teams")
    goal = e.plan.goals[0]
    assert goal.smart is not None and "time_bound" in goal.smart.missing()
    assert e.plan.conversation.pending.question == "fix"
    assert "Tijdgebonden" in reply.message and "toch bewaren" in reply.message
    assert "digitale-samenwerking" in goal.skill_ids
    e.answer("tegen eind juni 2027")
    goal = e.plan.goals[0]
    assert goal.deadline == date(2027, 6, 30) and goal.deadline_text == "tegen eind juni 2027"
    assert goal.text == "Ik wil beter worden in Teams"  # the answer is not glued on
    while e.plan.conversation.pending.question == "fix":
        e.answer(FIXES[e.plan.conversation.pending.criterion])
    draft = e.plan.conversation.pending.draft
    assert e.plan.conversation.pending.question == "propose" and draft is not None
    assert draft.sentence == (  # the 'what', the deadline once, the measure that points back
        "Ik wil beter worden in Teams, tegen 30 juni 2027. "
        "Zo zie je het: ik doe het zelfstandig, zonder hulp van collega's."
    )
    reply = e.answer("ja")
    goal = e.plan.goals[0]
    assert goal.text == draft.sentence and goal.text in reply.message
    assert goal.measure and "time_bound" not in goal.smart.missing()  # type: ignore[union-attr]


def test_the_fix_loop_ends_with_a_smart_goal(today: date) -> None:
    e = _goals(today)
    e.answer("Ik wil beter worden in Teams")
    asked = fix_goal(e)
    goal = e.plan.goals[0]
    assert asked and goal.smart is not None
    assert goal.smart.all_met or goal.kept_with_warning
    assert e.plan.conversation.pending.question in {"propose", "project", "more"}


def test_keep_anyway_marks_the_goal(today: date) -> None:
    e = _goals(today)
    e.answer("Mezelf ontwikkelen")
    reply = e.answer("toch bewaren")
    goal = e.plan.goals[0]
    assert goal.kept_with_warning and goal.smart is not None and goal.smart.missing()
    assert "met een waarschuwing" in reply.message
    assert e.plan.conversation.pending.question == "project"
    e.answer("Mijn job blijven doen.")
    assert goal.id == e.plan.goals[0].id and e.plan.goals[0].career_project


def test_a_date_that_cannot_be_read_is_explained(today: date) -> None:
    e = _goals(today)
    e.answer("Ik maak het maandrapport zelfstandig in Excel.")
    assert e.plan.conversation.pending.criterion == "time_bound"
    reply = e.answer("ooit")
    assert "‘ooit’ is geen tijdstip" in reply.message  # the date parser's own sentence
    assert e.plan.conversation.pending.question == "fix" and e.plan.goals[0].deadline is None
    reply = e.answer("in maart 2020")
    assert "achter ons" in reply.message


def test_a_smart_goal_goes_straight_to_its_project(today: date) -> None:
    e = _goals(today)
    reply = e.answer(
        "Tegen 31 december 2027 maak ik het maandrapport met draaitabellen in Excel, zonder hulp."
    )
    assert "SMART" in reply.message and e.plan.conversation.pending.question == "project"
    assert e.plan.goals[0].skill_ids == ["rekenbladen"]
    e.answer("Het maandrapport van de afdeling overnemen.")
    reply = e.answer("nee")
    assert reply.step == Step.training_check


def test_more_accepts_a_goal_typed_directly(today: date) -> None:
    plan = sophie(today)
    plan.conversation.step = Step.goals.value
    e = Engine(plan, today=today, catalogue_loader=catalogue)
    assert "Je doelen tot nu toe" in e.current().message
    e.answer("Tegen eind maart 2027 geef ik zelfstandig een demo van SharePoint aan het team.")
    assert len(e.plan.goals) == 3


def test_at_least_one_goal(today: date) -> None:
    e = _goals(today)
    reply = e.answer("nee")
    assert "minstens één doel" in reply.message and e.step == Step.goals


def test_a_subordinate_answer_becomes_a_readable_sentence(today: date) -> None:
    """A cook's 'specific' answer with a verb cluster and 'en' is not scrambled by moving the
    last word forward ('Ik leid de opleiding chef-kok heb gehaald en het team')."""

    def proposed(specific: str) -> str:
        """The sentence proposed after a cook's vague goal and this answer to 'specific'."""
        e = _goals(today)
        e.answer("ik wil chef-kok worden binnen twee jaar")
        assert e.plan.conversation.pending.criterion == "specific"
        e.answer(specific)
        while e.plan.conversation.pending.question == "fix":
            e.answer(FIXES[e.plan.conversation.pending.criterion])
        draft = e.plan.conversation.pending.draft
        assert draft is not None
        return draft.sentence

    assert proposed("als ik de opleiding chef-kok heb gehaald en het team leid").startswith(
        "Ik wil bereiken dat ik de opleiding chef-kok heb gehaald en het team leid"
    )
    assert proposed("dat ik het diploma chef-kok heb behaald").startswith(
        "Ik heb het diploma chef-kok behaald"
    )
    assert proposed("dat ik zelfstandig de keuken leid").startswith("Ik leid zelfstandig de keuken")


def test_no_project_is_not_a_project_called_no(today: date) -> None:
    """A driver answered 'no' to 'which project is this goal tied to?'; the PDF said
    'Project: no'."""
    for lang, goal, no in (
        ("nl", "Tegen 31 december 2027 maak ik het maandrapport in Excel, zonder hulp.", "nee"),
        ("en", "By 31 December 2027 I make the monthly report in Excel without help.", "no"),
    ):
        e = engine_at(today, Step.goals, lang=lang)
        e.answer(goal)
        assert e.plan.conversation.pending.question == "project"
        e.answer(no)
        assert e.plan.goals[0].career_project == ""
        assert e.plan.conversation.pending.question == "more"
