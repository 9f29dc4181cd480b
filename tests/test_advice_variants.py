"""A need that names a class or level ('rijbewijs B', 'Frans niveau A2') gets no resource for
another class or level of the same thing (issue 14: 'rijbewijs B' was offered C and D)."""

from __future__ import annotations

from datetime import date

import pytest

from pop_assistent.advice import recommend
from pop_assistent.advice.variants import for_another, variants
from pop_assistent.catalogue import Catalogue, load_catalogue

TODAY = date(2026, 11, 24)


@pytest.fixture(scope="module")
def shipped() -> Catalogue:
    return load_catalogue(today=TODAY)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ik wil rijbewijs B halen", {"licence": {"b"}}),
        ("Rijbewijs C of CE met basiskwalificatie", {"licence": {"c", "ce"}}),
        ("driving licence C and CE", {"licence": {"c", "ce"}}),
        ("Frans op niveau A2 tegen juni", {"level": {"a2"}}),
        ("mijn rijbewijs en code 95", {}),  # 'en' is no class
        ("niveau 3 halen", {}),
        ("ik wil mijn motorrijbewijs halen", {"licence": {"a"}}),
        ("mijn rijbewijs voor de moto", {"licence": {"a"}}),
        ("a motorbike licence", {"licence": {"a"}}),
        ("autorijbewijs", {"licence": {"b"}}),
        ("ik rij met de auto naar het werk", {}),  # a car, no licence
    ],
)
def test_classes_named_in_a_text(text: str, found: dict[str, set[str]]) -> None:
    assert variants(text) == found


def test_a_resource_for_another_class_does_not_count() -> None:
    assert for_another(variants("rijbewijs B"), "Rijbewijs C of CE met basiskwalificatie")
    assert not for_another(variants("rijbewijs CE"), "Rijbewijs C of CE met basiskwalificatie")
    assert not for_another(variants("rijbewijs B"), "Eco-driving met de vrachtwagen")


@pytest.mark.parametrize(
    ("need", "wanted", "other"),
    [
        (
            "ik wil mijn rijbewijs C halen",
            "ext-rijbewijs-c-basiskwalificatie",
            "ext-rijbewijs-d-buschauffeur",
        ),
        (
            "ik wil buschauffeur worden met rijbewijs D",
            "ext-rijbewijs-d-buschauffeur",
            "ext-rijbewijs-c-basiskwalificatie",
        ),
    ],
)
def test_the_licence_asked_for_and_not_the_other(
    shipped: Catalogue, need: str, wanted: str, other: str
) -> None:
    got = [r.item.id for r in recommend(shipped, goal_text=need, today=TODAY)]
    assert got[:1] == [wanted] and other not in got


def test_a_car_licence_gets_nothing_from_a_catalogue_without_one(shipped: Catalogue) -> None:
    """No course here teaches B: not the C and D licences, not code 95 for those who drive a
    truck already, not the counter course whose skill mentions 'rijbewijs aanvragen'."""
    need = "Ik wil mijn rijbewijs B halen zodat ik zelf naar het werk kan rijden"
    assert recommend(shipped, goal_text=need, today=TODAY) == []


@pytest.mark.parametrize(
    "need",
    [
        "Nederlands op niveau A2",
        "actually I want to do dutch course level A2 and pass the test before september 2027",
    ],
)
def test_a_language_level_is_no_topic_and_needs_no_course_that_names_it(
    shipped: Catalogue, need: str
) -> None:
    """A warehouse worker's Dutch A2 got nothing: every Dutch course that names no level was
    struck as 'another level', and 'A2' and 'niveau' brought French A2 and 'Thermografie niveau
    1'. The level picks among courses; the language is the topic."""
    got = [r.item.id for r in recommend(shipped, goal_text=need, today=TODAY)]
    assert not any(i.startswith(("ext-frans", "ext-thermografie")) for i in got)
    if need.startswith("Nederlands"):
        assert "ext-nederlands-nt2" in got[:3]
    # the goal linked to the skill Dutch, as the conversation links it
    by_skill = recommend(shipped, goal_text=need, skill_ids=["nederlands"], today=TODAY)
    assert "ext-nederlands-nt2" in [r.item.id for r in by_skill]


def test_the_course_that_names_the_level_comes_first(shipped: Catalogue) -> None:
    got = [r.item.id for r in recommend(shipped, goal_text="Engels level B2", today=TODAY)]
    plain = [r.item.id for r in recommend(shipped, goal_text="Engels", today=TODAY)]
    assert got.index("ext-engels-zakelijk") < plain.index("ext-engels-zakelijk")
    assert got[0] == "ext-engels-zakelijk"  # 'Business English (B1-B2)'
    french = [r.item.id for r in recommend(shipped, goal_text="Frans niveau B1", today=TODAY)]
    assert "ext-frans-werkvloer" not in french  # '(A2)' is another level
    assert "ext-frans-zakelijk" in french[:2]


def test_a_level_takes_only_its_own_words_out_of_the_need(shipped: Catalogue) -> None:
    """'Frans niveau B1 en Excel' lost 'Excel' with the level ('frans  o' was read)."""
    from pop_assistent.advice.variants import without_levels

    assert "excel" in without_levels("Frans niveau B1 en Excel")
    assert "hoger" in without_levels("Frans niveau B1 of hoger")
    assert "b1" not in without_levels("Frans niveau B1 of B2") and "b2" not in without_levels(
        "Frans niveau B1 of B2"
    )
