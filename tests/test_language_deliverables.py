"""Meetbaar: something made, also when it is said in the past or perfect tense."""

from __future__ import annotations

from datetime import date

import pytest

from pop_assistent.language.smart import check_goal

TODAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Tegen juni 2027 heb ik de weekplanning voor de keuken gemaakt", "weekplanning"),
        ("Tegen eind 2027 is de richtlijn voor valpreventie herschreven", "richtlijn"),
        ("De onthaalmap voor stagiairs opgesteld hebben", "onthaalmap"),
        ("Tegen de zomer heb ik een leerlijn voor de kleuters ontworpen", "leerlijn"),
        ("By June 2027 I have put together a safety booklet", "booklet"),
        ("By May 2027 the cleaning rota has been updated", "rota"),
    ],
)
def test_a_thing_made_in_the_perfect_is_measurable(text: str, thing: str) -> None:
    verdict = check_goal(text, TODAY).measurable
    assert verdict.met is True and f"‘{thing}’" in verdict.reason


@pytest.mark.parametrize(
    "text",
    [
        "Tegen de zomer heb ik veel geleerd over de richtlijn",  # learnt, not made
        "Tegen eind 2027 heb ik de cursus over het logboek gevolgd",  # followed
        "Ik ben geïnteresseerd in film en wil beter leren monteren",  # an adjective
        "My goal is focused on the rota",
        "I have worked with the database for years",
        "Ik wil beter worden in planning maken",  # an activity to learn
    ],
)
def test_learning_following_or_being_is_no_product(text: str) -> None:
    assert check_goal(text, TODAY).measurable.met is False
