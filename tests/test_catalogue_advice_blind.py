"""Advice on goals written by people who had seen only the catalogue, never the code.

Two sets, each written blind by a helper from catalogus/leermiddelen alone, with the resources
a good advisor would propose ('goed', best first), acceptable ones ('ook_goed') and goals the
catalogue cannot serve (both empty). Set 1 was measured before any change and then used to
improve the advice; set 2 was measured only before and after. The floors sit a little under
what was measured at the end (set 1: 62/83/86%, 2 of 3; set 2: 33/58/69%, 3 of 4).

Reading needs by lemmas, compounds and word frequencies with a relevance floor (issue 14)
measured set 1: top-3 83%, top-5 88%, 2 of 3 unservable left empty; set 2: top-3 53%, top-5
61%, 4 of 4 left empty (the floor now leaves a few servable stories empty too: the price of
not padding private wishes).

Reading whether the best resources agree with the need (two telling words answered, most of a
short need, a skill's situation, or a rare word in a title; issue 14 point 2) measured set 1:
top-3 83%, 2 of 3 left empty; set 2: top-3 50%, 4 of 4 left empty; own examples
(advies_eigen.yaml, not blind): top-3 85%, 25 of 30 left empty.

Set 3 (advies_dev3.yaml, 69 servable and 22 unservable needs written from the titles alone)
was measured before any change: top-3 74%, top-5 88%, 18 of 22 left empty. A situation that
shares one word with a need no longer says the need again, a skill's name counts whole, English
Latin words find their Dutch cognate, a negated adjective reads as its base, a title in another
name of the same skill counts, 'ons'/friends/spare time are private, and skills got ~300 more
situations in everyday words (some written after reading set 3's misses, so set 3 is no longer
blind), and among resources of the same skill the one whose own text says more of the need
ranks first: set 3 top-3 88%, top-5 96%, 20 of 22 left empty; set 1 top-3 86%, top-5 86%;
set 2 top-3 61%, top-5 72%, 4 of 4; own examples top-3 90%, 28 of 30. A smaller sequel
(advies_dev3b.yaml) written after the changes measured main 86% / 10 of 12 and this 89% / 10 of
12 before two of its private wishes were used to widen the private words (now 12 of 12).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from pop_assistent.advice import recommend
from pop_assistent.catalogue import Catalogue, load_catalogue

DATA = Path(__file__).parent / "data"
TODAY = date(2026, 11, 24)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(today=TODAY)


def measure(catalogue: Catalogue, goals: list[dict[str, Any]]) -> dict[str, float]:
    top3 = top5 = fitting = empty = served_nothing = 0
    for goal in goals:
        got = [r.item.id for r in recommend(catalogue, goal_text=goal["doel"], today=TODAY)]
        good = set(goal["goed"])
        fine = good | set(goal.get("ook_goed") or [])
        if not good:
            empty += 1
            served_nothing += not got
            continue
        fitting += 1
        top3 += any(item in good for item in got[:3])
        top5 += any(item in fine for item in got[:5])
    return {"top3": top3 / fitting, "top5": top5 / fitting, "nothing": served_nothing / empty}


@pytest.mark.parametrize(
    ("name", "floors"),
    [
        ("advies_blind1.yaml", {"top3": 0.83, "top5": 0.85, "nothing": 0.6}),
        ("advies_blind2.yaml", {"top3": 0.58, "top5": 0.69, "nothing": 0.9}),
        # own examples per kind of need (not blind): measured 90% top-3, 28 of 30 left empty
        ("advies_eigen.yaml", {"top3": 0.85, "top5": 0.9, "nothing": 0.9}),
        # set 3 (advies_dev3.yaml) and its smaller sequel (advies_dev3b.yaml), see above
        ("advies_dev3.yaml", {"top3": 0.85, "top5": 0.93, "nothing": 0.88}),
        ("advies_dev3b.yaml", {"top3": 0.85, "top5": 0.88, "nothing": 0.9}),
    ],
)
def test_advice_on_goals_written_blind(
    catalogue: Catalogue, name: str, floors: dict[str, float]
) -> None:
    goals = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    ids = {item.id for item in catalogue.items}
    assert all(i in ids for g in goals for i in [*g["goed"], *(g.get("ook_goed") or [])])
    result = measure(catalogue, goals)
    assert all(result[key] >= floor for key, floor in floors.items()), result


@pytest.mark.parametrize(
    "need",
    [
        "ik wil in het koor van onze parochie zingen maar ik kan geen noten lezen",
        "mijn dochter heeft moeite met de tafels van vermenigvuldiging, hoe help ik haar thuis",
        "ik wil mijn eigen keuken thuis opnieuw inrichten, welke kasten en welk werkblad kies ik",
        "ik wil leren fotograferen met mijn nieuwe camera, landschappen en vogels",
        # 'bewoner' is in a title, but 'gebarentaal' is what it is about, and nothing has it
        "tegen de zomer kan ik met een dove bewoner in eenvoudige gebarentaal praten",
        # 'stoppen' is in a machine's situation ('korte stops'), one word, not smoking
        "ik wil stoppen met roken",
        # 'opbouwen' is part of a skill's name ('vertrouwen opbouwen', 'steigers opbouwen')
        "ik wil een betere band opbouwen met mijn schoonouders",
    ],
)
def test_one_word_shared_in_another_sense_proposes_nothing(catalogue: Catalogue, need: str) -> None:
    assert recommend(catalogue, goal_text=need, today=TODAY) == []


def test_the_same_word_with_its_topic_is_served(catalogue: Catalogue) -> None:
    need = "gasten vragen of er noten of gluten in het gerecht zitten en ik weet het niet"
    got = [r.item.id for r in recommend(catalogue, goal_text=need, today=TODAY)]
    assert {"ext-allergenen-horeca", "online-allergenen"} & set(got[:3])


def test_an_english_need_finds_the_dutch_word_of_the_same_latin_root(catalogue: Catalogue) -> None:
    # 'isolation' is 'isolatie' in the catalogue; no English text of it says 'isolation'
    need = "what do I do when a resident needs isolation"
    got = [r.item.id for r in recommend(catalogue, goal_text=need, today=TODAY)]
    assert "int-handhygiene-isolatie" in got[:3]
