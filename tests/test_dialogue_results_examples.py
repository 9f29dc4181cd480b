"""The results questions give an example from the person's own goal, not a warehouse's
('de bestellingen in de helft van de tijd klaargezet' read oddly to a nurse, issue 12 walk)."""

from __future__ import annotations

from datetime import date

from dialogue_fixtures import catalogue

from pop_assistent.demo import sophie
from pop_assistent.dialogue import Engine, Step
from pop_assistent.model import Pending


def test_the_results_example_comes_from_the_goal(today: date) -> None:
    for lang, own, neutral in (
        ("nl", "dat ik zelf een complexe wonde verzorg", "zonder hulp en zonder fouten"),
        ("en", "I treat a pressure ulcer on my own", "without help and without mistakes"),
    ):
        plan = sophie(today).model_copy(deep=True)
        plan.goals[0].measure = own
        for action in plan.actions:
            action.expected_return = action.visible_on_floor = ""
        plan.conversation.step = Step.results.value
        plan.conversation.pending = Pending()
        e = Engine(plan, today=today, lang=lang, catalogue_loader=catalogue)  # type: ignore[arg-type]
        first = e.current().message
        assert own in first and "bestellingen" not in first and "orders" not in first
        visible = e.answer("Ik werk zelf in het EPD." if lang == "nl" else "I work alone.")
        assert "Teams" not in visible.message.split("\n\n")[-1]
        plan.goals[0].measure = ""
        e = Engine(plan, today=today, lang=lang, catalogue_loader=catalogue)  # type: ignore[arg-type]
        assert neutral in e.current().message
