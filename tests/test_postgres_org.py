"""The training plan reads the same from the shared PostgreSQL store as from SQLite.

In the shared store every person has their own login, and HR counts each login once under the
name the administrator gave it; so each plan here is saved by its own person, registered under
the name the plan carries.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from org_support import SETTINGS, TODAY, YEAR, hand_catalogue, hand_plans
from postgres_support import (  # noqa: F401
    Org,
    pg_database,
    pg_org,
    pg_server,
    pg_server_info,
)

from pop_assistent.demo import demo_plans
from pop_assistent.model import Plan
from pop_assistent.org import build_training_plan, render
from pop_assistent.org.model import TrainingPlan
from pop_assistent.storage.sqlite import SQLiteStore


def everyone() -> list[Plan]:
    plans = [*hand_plans(), *demo_plans(TODAY)]
    plans[1] = plans[1].model_copy(update={"shared": False})  # Bram keeps his plan private
    return plans


def training_plan(plans: object) -> TrainingPlan:
    return build_training_plan(
        plans,  # type: ignore[arg-type]
        settings=SETTINGS,
        year=YEAR,
        today=TODAY,
        catalogue=hand_catalogue(),
    )


def test_training_plan_from_postgres_equals_sqlite(pg_org: Org, tmp_path: Path) -> None:  # noqa: F811
    with SQLiteStore(tmp_path / "pop.sqlite3") as lite:
        for plan in everyone():
            lite.save(plan, None)
        expected = training_plan(lite.latest_plans(shared_only=True))
    for n, plan in enumerate(everyone()):
        pg_org.add(f"p{n}", "medewerker", name=plan.employee.name)
        with pg_org.store(f"p{n}") as store:
            store.save(plan, None)
    with pg_org.store("hilde") as hr:
        got = training_plan(hr.latest_plans(shared_only=True))
    # Plans reach HR under ids of their own (nobody counts twice); nothing shows them.
    for plan in (got, expected):
        plan.actions = [replace(a, plan_id="") for a in plan.actions]
    assert got == expected
    assert got.plan_count == 5  # four hand plans + two demo plans, minus Bram's private one
    assert "Bram Bosmans" not in {a.employee for a in got.actions}
    assert render(got, "md") == render(expected, "md")
