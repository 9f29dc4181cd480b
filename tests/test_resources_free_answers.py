"""The resources step reads a free answer as an answer before it reads it as a search."""

from __future__ import annotations

from datetime import date

import pytest
from dialogue_fixtures import catalogue

from pop_assistent.catalogue import Catalogue, load_catalogue
from pop_assistent.demo import sophie
from pop_assistent.dialogue import Engine, Step
from pop_assistent.model import Pending


def _resources(today: date, lang: str = "nl") -> Engine:
    plan = sophie(today).model_copy(deep=True)
    plan.actions = []
    plan.conversation.step = Step.resources.value
    plan.conversation.pending = Pending()
    return Engine(plan, today=today, catalogue_loader=catalogue, lang=lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        ("ja", "Welke kies je?"),
        ("oké", "Welke kies je?"),
        ("volgend voorjaar", "vraag ik zo bij de **planning**"),
        ("in maart", "vraag ik zo bij de **planning**"),
        ("weet ik niet", "Daar kan ik niet op zoeken"),
        ("misschien later", "Daar kan ik niet op zoeken"),
        ("2027", "Keuze 2027 bestaat hier niet"),
    ],
)
def test_an_answer_is_not_searched(today: date, answer: str, said: str) -> None:
    e = _resources(today)
    shown = list(e.plan.conversation.pending.listing)
    reply = e.answer(answer)
    assert said in reply.message
    assert "Zoekresultaten" not in reply.message and "gevonden" not in reply.message
    assert e.plan.actions == [] and e.step == Step.resources
    assert list(e.plan.conversation.pending.listing) == shown  # the proposals stay


def test_a_topic_is_still_searched_and_no_moves_on(today: date) -> None:
    reply = _resources(today).answer("excel")
    assert "Zoekresultaten" in reply.message or "Bedoel je" in reply.message
    e = _resources(today)
    assert "heeft nog geen leermiddel" in e.answer("nee").message


def test_english_answers_too(today: date) -> None:
    e = _resources(today, lang="en")
    assert "Which one do you choose?" in e.answer("yes").message
    assert "nothing I can search for" in e.answer("not sure").message


@pytest.fixture(scope="module")
def shipped() -> Catalogue:
    return load_catalogue(today=date(2026, 11, 24))


def test_short_words_are_words_not_prefixes(shipped: Catalogue) -> None:
    assert shipped.search("ja") == []
    assert shipped.search("he") == []
    assert any("jaar" in item.title.lower() for item in shipped.search("jaar"))
    assert any("Heftruck" in item.title for item in shipped.search("heftr"))


def test_abbreviations_and_compounds_are_found(shipped: Catalogue) -> None:
    assert {"int-epd-rapporteren", "online-epd-oefenomgeving"} <= {
        item.id for item in shipped.search("epd")
    }
    assert "int-kassa-afsluiten" in [item.id for item in shipped.search("kasverschillen")][:3]
    # compounds the catalogue does not use: by their parts, or by their start
    for compound in ("vloerreiniging", "schrobmachine"):
        assert [i.id for i in shipped.search(compound)][:1] == ["ext-machinaal-vloeronderhoud"]
    assert shipped.search("gitaar") == [] and shipped.search("surfplank") == []


def test_dutch_titles_are_marked_on_english_screens(today: date) -> None:
    english = _resources(today, lang="en").current().message
    dutch = _resources(today).current().message
    assert "(NL) ·" in english and "(NL): the course is given in Dutch" in english
    assert "(NL)" not in dutch


def test_a_course_planned_when_it_is_not_given_gets_its_next_session(
    today: date, shipped: Catalogue
) -> None:
    from pop_assistent.dialogue.resources import Resources

    plan = sophie(today).model_copy(deep=True)
    forklift = Resources(today, "nl", lambda: shipped).action_from_item(
        shipped.item("ext-heftruck-basis"), plan.goals[0].id
    )  # sessions 18 Jan, 15 Mar, 17 May ... 2027
    plan.actions = [forklift]
    plan.conversation.step = Step.planning.value
    plan.conversation.pending = Pending()
    e = Engine(plan, today=today, catalogue_loader=lambda: shipped)
    reply = e.answer("februari 2027")
    assert "wordt dan niet gegeven" in reply.message and "15 maart 2027" in reply.message
    assert e.plan.actions[0].start is None and e.plan.conversation.pending.question == "when"
    reply = e.answer("maart 2027")
    session = next(x for x in shipped.item("ext-heftruck-basis").sessions  # type: ignore[union-attr]
                   if x.start == date(2027, 3, 15))  # fmt: skip
    assert e.plan.actions[0].start == date(2027, 3, 15)  # the session, not 1 March (issue 12)
    assert e.plan.actions[0].end == (session.end or session.start)
    assert "niet gegeven" not in reply.message and "vaste data" in reply.message


def test_ordinary_words_of_titles_are_no_topic(today: date, shipped: Catalogue) -> None:
    from pop_assistent.dialogue.resources import Resources

    resources = Resources(today, "nl", lambda: shipped)
    assert not any(map(resources.searchable, ["weet ik niet", "misschien later", "geen idee"]))
    assert all(map(resources.searchable, ["teams", "5S", "epd", "heftruck"]))
