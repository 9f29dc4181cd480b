"""The training plan reads the same from the shared PostgreSQL store as from SQLite."""

from __future__ import annotations

from pathlib import Path

from org_support import SETTINGS, TODAY, YEAR, hand_catalogue, hand_plans
from postgres_support import (  # noqa: F401
    pg_database,
    pg_org,
    pg_server,
    pg_server_info,
    pg_url,
)

from pop_assistent.demo import demo_plans
from pop_assistent.org import build_training_plan, render
from pop_assistent.org.model import TrainingPlan
from pop_assistent.storage.postgres import PostgresStore
from pop_assistent.storage.sqlite import SQLiteStore


def fill(store: SQLiteStore | PostgresStore) -> TrainingPlan:
    plans = [*hand_plans(), *demo_plans(TODAY)]
    plans[1] = plans[1].model_copy(update={"shared": False})  # Bram keeps his plan private
    for plan in plans:
        store.save(plan, None)
    return build_training_plan(
        store.latest_plans(shared_only=True),
        settings=SETTINGS,
        year=YEAR,
        today=TODAY,
        catalogue=hand_catalogue(),
    )


def test_training_plan_from_postgres_equals_sqlite(pg_url: str, tmp_path: Path) -> None:  # noqa: F811
    with SQLiteStore(tmp_path / "pop.sqlite3") as lite:
        expected = fill(lite)
    with PostgresStore(pg_url) as pg:
        got = fill(pg)
    assert got == expected
    assert got.plan_count == 5  # four hand plans + two demo plans, minus Bram's private one
    assert "Bram Bosmans" not in {a.employee for a in got.actions}
    assert render(got, "md") == render(expected, "md")
