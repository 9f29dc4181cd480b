"""A course on fixed dates takes its session's dates, not a free period typed (issue 12)."""

from __future__ import annotations

from datetime import date

from dialogue_fixtures import catalogue

from pop_assistent.demo import sophie
from pop_assistent.dialogue import Engine, Step
from pop_assistent.model import Pending

TODAY = date(2026, 12, 4)


def test_a_course_on_fixed_dates_takes_its_session() -> None:
    """A free period typed for a course with one session (14 September - 12 October) plans the
    session, and says so; a period without a session names the session that exists."""
    for lang, period, said, elsewhere in (
        ("nl", "van september tot december 2027", "vaste data", "maart 2027"),
        ("en", "from September to December 2027", "fixed dates", "March 2027"),
    ):
        plan = sophie(TODAY)
        for action in plan.actions:
            action.start, action.end, action.hours = None, None, 4
        plan.conversation.step = Step.planning.value
        plan.conversation.pending = Pending()
        e = Engine(plan, today=TODAY, lang=lang, catalogue_loader=catalogue)
        e.answer("volgende maand" if lang == "nl" else "next month")  # the MOOC: free
        office = e.plan.actions[1]
        assert e.plan.conversation.pending.action_id == office.id
        reply = e.answer(elsewhere)
        assert office.start is None and "14" in reply.message  # told which session exists
        reply = e.answer(period)
        office = e.plan.actions[1]
        assert (office.start, office.end) == (date(2027, 9, 14), date(2027, 10, 12))
        assert said in reply.message
        assert f"**{office.title}**:" not in reply.message  # the dates named once, not twice
