"""Bugs a user walk on the conversation found (issue 12), each replayed on the real engine."""

from __future__ import annotations

from datetime import date

from dialogue_fixtures import engine_at

from pop_assistent.dialogue import Step


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
