"""One numbering of actions everywhere (issue 12): 'wijzig actie 3' in the app means the action
the PDF and the Markdown show as 3, also after an action was moved or added out of date order."""

from __future__ import annotations

import re
from datetime import date

from dialogue_fixtures import catalogue

from pop_assistent.demo import karim
from pop_assistent.dialogue import Engine
from pop_assistent.export import export_plan
from pop_assistent.export.view import build_view


def _table(markdown: str) -> dict[int, str]:
    """The action table of the Markdown export: number -> title."""
    actions = markdown.split("## Tijdlijn")[0]
    rows = re.findall(r"^\| (\d+) \| (.+?)(?: \(doel \d+\))? \| ", actions, re.M)
    return {int(n): title for n, title in rows}


def test_the_document_numbers_actions_as_the_app_does(today: date) -> None:
    e = Engine(karim(today).model_copy(deep=True), today=today, lang="nl",
               catalogue_loader=catalogue)  # fmt: skip
    e.answer("verplaats actie 3 naar 1")  # a course in 2028 first: no longer in date order
    plan = e.plan
    dates = [a.start for a in plan.actions]
    assert dates != sorted(dates)  # the case the walk found: plan order is not date order
    shown = _table(export_plan(plan, "md", today=today, lang="nl").decode())
    assert shown == {n: a.title for n, a in enumerate(plan.actions, start=1)}
    view = build_view(plan, today, "nl", "volledig", "BE")
    assert {r["n"]: r["label"] for r in view["timeline"]["rows"]} == shown
    third = shown[3]
    e.answer("schrap actie 3")
    assert third not in [a.title for a in e.plan.actions]  # the action the document showed
    assert len(e.plan.actions) == len(shown) - 1


def test_a_one_day_action_shows_its_day_once(today: date) -> None:
    plan = karim(today).model_copy(deep=True)
    plan.actions[0].end = None
    plan.actions[0].start = date(2027, 5, 21)
    plan.actions[0].end = date(2027, 5, 21)
    plan.actions[1].end = None
    plan.actions[1].start = date(2027, 3, 1)
    plan.actions[1].end = date(2027, 4, 30)
    rows = build_view(plan, today, "nl", "volledig", "BE")["actions"]
    assert rows[0]["period"] == "21 mei 2027"
    assert rows[1]["period"] == "1 mrt 2027 – 30 apr 2027"
