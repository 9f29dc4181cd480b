"""Bugs a user walk on the conversation found (issue 12), each replayed on the real engine."""

from __future__ import annotations

from datetime import date

from dialogue_fixtures import FIXES, catalogue, engine_at

from pop_assistent.demo import sophie
from pop_assistent.dialogue import Engine, Step
from pop_assistent.model import Pending


def test_a_yes_that_carries_the_next_goal_keeps_it(today: date) -> None:
    """'ja, nog eentje: tegen ... haal ik mijn attest EHBO' was answered 'Wat is je volgende
    doel?' and the goal was lost."""
    for lang, goal, more, carried in (
        (
            "nl",
            "Tegen 31 december 2027 maak ik het maandrapport in Excel, zonder hulp.",
            "ja, nog eentje: tegen het einde van het jaar haal ik mijn attest EHBO",
            "tegen het einde van het jaar haal ik mijn attest EHBO",
        ),
        (
            "en",
            "By 31 December 2027 I make the monthly report in Excel without help.",
            "yes, another one: by the end of the year I get my first aid certificate",
            "by the end of the year I get my first aid certificate",
        ),
    ):
        e = engine_at(today, Step.goals, lang=lang)
        e.answer(goal)
        e.answer("nee" if lang == "nl" else "no")
        assert e.plan.conversation.pending.question == "more"
        e.answer(more)
        assert len(e.plan.goals) == 2
        assert e.plan.goals[1].text == carried  # the goal it carried, without the 'yes'


def test_the_question_after_a_revisited_one_shows_its_answer_and_ok_keeps_it(today: date):
    """'terug' twice, a new role: the department question did not show 'Nu staat er' and 'ok'
    became the department ('bus driver · ok' in the PDF)."""
    for lang, back, keep, said in (("nl", "terug", "ok", "Nu staat er"),
                                   ("en", "back", "keep", "Right now it says")):  # fmt: skip
        e = engine_at(today, Step.occasion, lang=lang)
        kind = "functioneringsgesprek" if lang == "nl" else "performance review"
        for text in ("Sam", kind, "Ik wil meer verantwoordelijkheid in het magazijn."):
            e.answer(text)
        e.answer("magazijnier")
        e.answer("Logistiek")
        assert e.plan.conversation.pending.question == "hours"
        e.answer(back)
        e.answer(back)
        assert e.plan.conversation.pending.question == "role"
        reply = e.answer("buschauffeur")
        assert e.plan.conversation.pending.question == "department"
        assert said in reply.message and "Logistiek" in reply.message
        e.answer(keep)
        assert e.plan.employee.department == "Logistiek"
        assert e.plan.employee.role == "buschauffeur"


def test_hours_at_the_cost_question_are_time_not_euros(today: date) -> None:
    """An own action's cost question took '2 uur' as EUR 2."""
    for lang, own, time, said, cost in (
        ("nl", "eigen actie: meelopen met de teamleider", "2 uur", "Dat is tijd, geen bedrag",
         "Kosten van"),
        ("en", "own action: shadow the team leader", "2 hours", "That is time, not an amount",
         "Cost of"),
    ):  # fmt: skip
        plan = sophie(today)
        plan.actions = []
        plan.conversation.step = Step.resources.value
        plan.conversation.pending = Pending()
        e = Engine(plan, today=today, lang=lang, catalogue_loader=catalogue)
        e.answer(own)
        assert e.plan.conversation.pending.question == "own_cost"
        reply = e.answer(time)
        action = e.plan.actions[-1]
        assert action.cost_eur is None and action.hours == 2.0  # the hours are kept, as hours
        assert said in reply.message and e.plan.conversation.pending.question == "own_cost"
        reply = e.answer("250")
        assert e.plan.actions[-1].cost_eur == 250.0 and cost in reply.message


def test_back_to_the_when_question_shows_the_period_and_ok_keeps_it(today: date) -> None:
    """'terug' to the scheduling question showed no 'Nu staat er' and 'ok' was read as a date."""
    for lang, words, back, said in (
        ("nl", ("volgende maand", "3 uur", "1", "4 uur"), "terug", "Nu staat er: *14 september"),
        ("en", ("next month", "3 hours", "1", "4 hours"), "back", "Right now it says: *14 Sep"),
    ):
        plan = sophie(today)
        for action in plan.actions:
            action.start, action.end, action.hours = None, None, 0
        plan.conversation.step = Step.planning.value
        plan.conversation.pending = Pending()
        e = Engine(plan, today=today, lang=lang, catalogue_loader=catalogue)
        for text in words:
            e.answer(text)
        assert e.plan.conversation.pending.question == "review"
        e.answer(back)
        reply = e.answer(back)
        assert e.plan.conversation.pending.question == "when" and said in reply.message
        e.answer("ok")
        office = e.plan.actions[1]
        assert office.start == date(2027, 9, 14) and office.hours == 4
        assert e.plan.conversation.pending.question == "review"


def test_an_answer_naming_the_project_is_not_asked_for_again(today: date) -> None:
    """A teacher answered 'het hoort bij het project digitale klas' and was asked 'Aan welk
    concreet project...' again."""
    for lang, goal, fixes, project, yes in (
        ("nl", "Ik wil beter worden in Teams", FIXES,
         "het hoort bij het project digitale klas van onze school", "ja"),
        ("en", "I want to get better at Teams",
         {"time_bound": "by the end of June 2027", "measurable": "I do it on my own, without help",
          "specific": "sharing files in SharePoint", "relevant": "the team works online"},
         "it is part of our digital classroom project", "yes"),
    ):  # fmt: skip
        e = engine_at(today, Step.goals, lang=lang)
        e.answer(goal)
        while e.plan.conversation.pending.question == "fix":
            e.answer(fixes[e.plan.conversation.pending.criterion])
        assert e.plan.conversation.pending.question == "propose"
        e.answer(project)
        assert e.plan.goals[0].career_project == project
        assert e.plan.goals[0].text == goal  # the project is no goal sentence
        assert e.plan.conversation.pending.question == "propose"  # the proposal still stands
        e.answer(yes)
        for _ in range(6):  # the sentence is checked again, now against the project too
            pending = e.plan.conversation.pending
            if pending.question not in ("fix", "propose"):
                break
            e.answer(fixes[pending.criterion] if pending.question == "fix" else yes)
        assert e.plan.goals[0].text != goal and e.plan.goals[0].career_project == project
        assert e.plan.conversation.pending.question == "more"  # not the project question again
