"""After '1 en 2' the chosen titles are named once, not again above the list that marks them
with ✓ (issue 12)."""

from __future__ import annotations

from datetime import date

from dialogue_fixtures import catalogue

from pop_assistent.demo import sophie
from pop_assistent.dialogue import Engine, Step
from pop_assistent.model import Pending


def test_the_chosen_titles_are_named_once(today: date) -> None:
    for lang, picks, header in (
        ("nl", "1 en 2", "heb je al gekozen"),
        ("en", "1 and 2", "you have already chosen"),
    ):
        plan = sophie(today)
        plan.actions = []
        plan.conversation.step = Step.resources.value
        plan.conversation.pending = Pending()
        e = Engine(plan, today=today, lang=lang, catalogue_loader=catalogue)  # type: ignore[arg-type]
        e.current()
        reply = e.answer(picks)
        titles = [a.title for a in e.plan.actions]
        assert len(titles) == 2
        for title in titles:  # once in 'Toegevoegd: ...', once in the list with its ✓
            assert reply.message.count(title) == 2, (lang, reply.message)
            assert f"✓ **{title}**" in reply.message
        assert header not in reply.message
        reply = e.answer("zoek communicatie" if lang == "nl" else "search communication")
        assert "Interpersoonlijke communicatie" in reply.message  # a list without the chosen
        assert header in reply.message and all(t in reply.message for t in titles)
