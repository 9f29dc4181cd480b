"""Database schema and plan document migrations, step by step."""

from __future__ import annotations

import json
import sqlite3
import zlib
from datetime import date
from pathlib import Path

import pytest

from pop_assistent.demo import demo_plans
from pop_assistent.errors import InvalidDataError, PopError
from pop_assistent.model import SCHEMA_VERSION
from pop_assistent.storage.codec import plan_from_document, plan_from_json_text
from pop_assistent.storage.migrations import (
    DB_MIGRATIONS,
    DB_SCHEMA_VERSION,
    PLAN_MIGRATIONS,
    migrate_database,
    migrate_document,
)
from pop_assistent.storage.sqlite import SQLiteStore

V0_DOCUMENT = {
    "id": "jose-dupre",
    "created_on": "2024-03-01",
    "name": "José Dupré",
    "role": "Magazijnier",
    "department": "Logistiek",
    "hours_per_week": 2,
    "goals": [{"id": "g-1", "text": "Heftruckattest halen voor eind 2024.", "deadline": None}],
    "checkins": [{"id": "c-1", "planned_for": "2024-06-01", "went_well": "Theorie gehaald."}],
    "notes": [{"id": "n-1", "text": "Oefent elke vrijdag.", "private": True}],
}


def test_a_v0_document_is_migrated_to_the_current_schema() -> None:
    doc = migrate_document(V0_DOCUMENT)
    assert doc["schema_version"] == SCHEMA_VERSION
    plan = plan_from_document(V0_DOCUMENT, "jose.json")
    assert plan.schema_version == SCHEMA_VERSION
    assert plan.employee.name == "José Dupré"
    assert plan.employee.department == "Logistiek"
    assert plan.check_ins[0].went_well == "Theorie gehaald."
    assert plan.coach_notes[0].private is True
    assert "name" in V0_DOCUMENT  # the caller's document is not changed


def test_every_plan_schema_step_has_a_migration() -> None:
    assert sorted(PLAN_MIGRATIONS) == list(range(SCHEMA_VERSION))


def test_a_current_document_passes_unchanged(today: date) -> None:
    plan = demo_plans(today)[0]
    doc = json.loads(plan.to_json())
    assert migrate_document(doc) == doc
    assert plan_from_json_text(plan.to_json(), "sophie.json") == plan


@pytest.mark.parametrize(
    ("document", "fragment"),
    [
        ([1, 2], "geen plan"),
        ({"schema_version": "twee"}, "geen geldig getal"),
        ({"schema_version": SCHEMA_VERSION + 1}, "nieuwere versie"),
    ],
)
def test_unusable_documents_are_explained(document: object, fragment: str) -> None:
    with pytest.raises(InvalidDataError, match=fragment):
        plan_from_document(document, "plan.json")


def test_an_old_document_stored_in_the_database_is_migrated_on_load(tmp_path: Path) -> None:
    path = tmp_path / "pop.sqlite3"
    SQLiteStore(path).close()
    raw = json.dumps(V0_DOCUMENT).encode()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO plans (id, name, name_key, latest_version, saved_at) "
            "VALUES ('jose-dupre', 'José Dupré', 'jose dupre', 1, '2024-03-01T10:00:00+00:00')"
        )
        conn.execute(
            "INSERT INTO versions VALUES "
            "('jose-dupre', 1, '2024-03-01T10:00:00+00:00', '', 0, ?, ?)",
            (len(raw), zlib.compress(raw)),
        )
    with SQLiteStore(path) as store:
        loaded = store.load(store.resolve("jose"))
        assert loaded.plan.employee.name == "José Dupré"
        assert [p.id for p in store.latest_plans()] == ["jose-dupre"]
        assert store.save(loaded.plan, loaded.version) == 2
        assert store.load("jose-dupre").plan == loaded.plan


def test_a_version_1_database_is_upgraded_and_keeps_its_plans(tmp_path: Path) -> None:
    path = tmp_path / "pop.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate_database(conn, target=1)
    raw = json.dumps(migrate_document(V0_DOCUMENT)).encode()
    conn.execute(
        "INSERT INTO plans (id, name, latest_version, saved_at) "
        "VALUES ('jose-dupre', 'José Dupré', 1, '2024-03-01T10:00:00+00:00')"
    )
    conn.execute(
        "INSERT INTO versions VALUES ('jose-dupre', 1, '2024-03-01T10:00:00+00:00', '', 1, ?, ?)",
        (len(raw), zlib.compress(raw)),
    )
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()

    with SQLiteStore(path) as store:
        assert store.resolve("JOSE DUPRE") == "jose-dupre"
        assert store.load("jose-dupre").plan.employee.role == "Magazijnier"
    with sqlite3.connect(path) as check:
        assert check.execute("PRAGMA user_version").fetchone()[0] == DB_SCHEMA_VERSION
        assert check.execute("SELECT name_key FROM plans").fetchone()[0] == "jose dupre"
    assert DB_SCHEMA_VERSION == len(DB_MIGRATIONS) >= 2


def test_a_database_from_a_newer_program_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "pop.sqlite3"
    SQLiteStore(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {DB_SCHEMA_VERSION + 1}")
    with pytest.raises(PopError, match="nieuwere versie"):
        SQLiteStore(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == DB_SCHEMA_VERSION + 1


def test_a_version_3_plan_reads_as_version_4() -> None:
    """Version 4 adds fields with defaults (working time, a goal set aside); a version 3 plan
    reads unchanged, and an app at version 3 that meets version 4 says it is newer."""
    from datetime import date

    from pop_assistent.demo import sophie
    from pop_assistent.model import Plan
    from pop_assistent.storage.migrations import migrate_document

    doc = sophie(date(2026, 11, 24)).model_dump(mode="json")
    doc["schema_version"] = 3
    for action in doc["actions"]:
        del action["in_working_time"]
    del doc["conversation"]["set_aside"]
    plan = Plan.model_validate(migrate_document(doc))
    assert plan.schema_version == 4 and not any(a.in_working_time for a in plan.actions)
