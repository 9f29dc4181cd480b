"""Finding a plan by id, by name or by the first letters of either."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pop_assistent.demo import demo_plans
from pop_assistent.errors import AmbiguousPlanError, PlanNotFoundError
from pop_assistent.storage.resolve import fold, resolve_ref
from pop_assistent.storage.sqlite import SQLiteStore

PLANS = [
    ("sophie-peeters", "Sophie Peeters"),
    ("karim-el-amrani", "Karim El Amrani"),
    ("an-de-smet", "An De Smet"),
    ("anne-dupre", "Anne Dupré"),
]


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("sophie-peeters", "sophie-peeters"),  # exact id
        ("SOPHIE-PEETERS", "sophie-peeters"),  # id, any case
        ("karim el amrani", "karim-el-amrani"),  # exact name, any case
        ("Anne Dupre", "anne-dupre"),  # without the accent
        ("an de smet", "an-de-smet"),  # exact name beats the prefix of 'anne'
        ("soph", "sophie-peeters"),  # prefix of name and id
        ("  Kar  ", "karim-el-amrani"),  # surrounding spaces
        ("peet", "sophie-peeters"),  # prefix of the surname
        ("amrani", "karim-el-amrani"),
    ],
)
def test_resolve_finds_the_one_plan(ref: str, expected: str) -> None:
    assert resolve_ref(ref, PLANS) == expected


def test_an_ambiguous_prefix_lists_the_candidates() -> None:
    with pytest.raises(AmbiguousPlanError) as caught:
        resolve_ref("an", PLANS)
    assert "An De Smet (an-de-smet)" in caught.value.message("nl")
    assert "Anne Dupré (anne-dupre)" in caught.value.message("nl")
    assert "Sophie" not in caught.value.message("nl")
    assert "2 plans" in caught.value.message("en")


def test_an_unknown_name_lists_the_plans_there_are() -> None:
    with pytest.raises(PlanNotFoundError) as caught:
        resolve_ref("xyz", PLANS)
    assert caught.value.message("nl").startswith("Er is geen plan dat 'xyz' heet. Je plannen:")
    assert "Karim El Amrani (karim-el-amrani)" in caught.value.message("nl")


def test_without_plans_the_message_suggests_the_demo() -> None:
    with pytest.raises(PlanNotFoundError, match="pop demo"):
        resolve_ref("sophie", [])


@pytest.mark.parametrize("ref", ["", "   ", "[bold]x[/bold]", "\x1b[31mrood\x00", "x" * 1_000_000])
def test_odd_input_gives_a_clean_one_line_sentence(ref: str) -> None:
    with pytest.raises(PlanNotFoundError) as caught:
        resolve_ref(ref, PLANS)
    message = caught.value.message("nl")
    assert "\n" not in message and "\x1b" not in message and "\x00" not in message
    assert len(message) < 400


def test_fold_removes_case_accents_and_extra_spaces() -> None:
    assert fold("  José   DUPRÉ ") == "jose dupre"


def test_the_sqlite_store_resolves_like_the_function(tmp_path: Path, today: date) -> None:
    with SQLiteStore(tmp_path / "pop.sqlite3") as store:
        for plan in demo_plans(today):
            store.save(plan, None)
        assert store.resolve("sophie") == "sophie-peeters"
        assert store.resolve("karim-el-amrani") in {p.plan_id for p in store.list_plans()}
        with pytest.raises(PlanNotFoundError, match="Sophie Peeters"):
            store.resolve("niemand")
