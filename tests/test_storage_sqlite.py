"""The embedded store on a real SQLite file: versions, conflicts, permissions, deletion."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from storage_support import large_plan

from pop_assistent.config import Settings
from pop_assistent.demo import demo_plans
from pop_assistent.errors import ConflictError, PlanNotFoundError, PopError
from pop_assistent.model import Plan
from pop_assistent.storage import open_store
from pop_assistent.storage.sqlite import SQLiteStore


class StepClock:
    """A clock that moves one minute forward on every call."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    with SQLiteStore(tmp_path / "store" / "pop.sqlite3", clock=StepClock()) as s:
        yield s


def edited(plan: Plan, text: str) -> Plan:
    occasion = plan.occasion.model_copy(update={"description": text})
    return plan.model_copy(update={"occasion": occasion})


def test_every_save_appends_a_version_and_keeps_the_old_ones(
    store: SQLiteStore, today: date
) -> None:
    plan = large_plan(today)
    assert store.save(plan, None, note="eerste") == 1
    assert store.save(edited(plan, "tweede"), 1) == 2
    assert store.save(edited(plan, "derde"), 2, note="na opvolging") == 3

    assert store.load(plan.id).plan.occasion.description == "derde"
    assert store.load(plan.id).version == 3
    assert store.load(plan.id, 2).plan.occasion.description == "tweede"
    assert store.load(plan.id, 1).plan == plan
    history = store.history(plan.id)
    assert [v.version for v in history] == [1, 2, 3]
    assert [v.note for v in history] == ["eerste", "", "na opvolging"]
    assert history[0].saved_at < history[1].saved_at < history[2].saved_at
    assert history[0].size_bytes == len(plan.model_dump_json().encode())


def test_saved_time_comes_from_the_injected_clock(tmp_path: Path, today: date) -> None:
    moment = datetime(2031, 5, 6, 7, 8, 9, tzinfo=UTC)
    with SQLiteStore(tmp_path / "c.sqlite3", clock=lambda: moment) as s:
        s.save(demo_plans(today)[0], None)
        assert s.list_plans()[0].saved_at == moment
        assert s.load("sophie-peeters").saved_at == moment


def test_list_plans_shows_the_latest_version_sorted_by_name(
    store: SQLiteStore, today: date
) -> None:
    sophie, karim = (p.model_copy(update={"shared": False}) for p in demo_plans(today))
    store.save(sophie, None)
    store.save(karim, None)
    store.save(sophie.model_copy(update={"shared": True}), 1)
    rows = store.list_plans()
    assert [r.name for r in rows] == ["Karim El Amrani", "Sophie Peeters"]
    assert [(r.version, r.shared) for r in rows] == [(1, False), (2, True)]
    assert rows[1].role == sophie.employee.role


def test_latest_plans_streams_latest_and_filters_shared(store: SQLiteStore, today: date) -> None:
    sophie, karim = (p.model_copy(update={"shared": False}) for p in demo_plans(today))
    store.save(sophie, None)
    store.save(karim, None)
    store.save(edited(karim.model_copy(update={"shared": True}), "nieuw"), 1)
    everything = list(store.latest_plans())
    assert [p.id for p in everything] == [karim.id, sophie.id]
    shared = list(store.latest_plans(shared_only=True))
    assert [p.occasion.description for p in shared] == ["nieuw"]


def test_second_session_from_the_same_base_gets_a_conflict(tmp_path: Path, today: date) -> None:
    path = tmp_path / "pop.sqlite3"
    plan = large_plan(today)
    with SQLiteStore(path) as setup:
        setup.save(plan, None)
    first, second = SQLiteStore(path), SQLiteStore(path)
    try:
        a, b = first.load(plan.id), second.load(plan.id)
        assert first.save(edited(a.plan, "van sessie een"), a.version) == 2
        with pytest.raises(ConflictError) as caught:
            second.save(edited(b.plan, "van sessie twee"), b.version)
        assert "versie 2" in caught.value.message(
            "nl"
        ) and "niets overschreven" in caught.value.message("nl")
        assert "version 2" in caught.value.message("en")
        assert [v.version for v in second.history(plan.id)] == [1, 2]
        assert second.load(plan.id).plan.occasion.description == "van sessie een"
    finally:
        first.close()
        second.close()


def test_a_new_plan_with_an_existing_id_is_a_conflict(store: SQLiteStore, today: date) -> None:
    plan = demo_plans(today)[0]
    store.save(plan, None)
    with pytest.raises(ConflictError, match="bestaat al"):
        store.save(edited(plan, "ander"), None)
    assert store.load(plan.id).plan == plan


def test_restore_saves_an_old_version_as_the_newest(store: SQLiteStore, today: date) -> None:
    plan = demo_plans(today)[1]
    store.save(plan, None)
    store.save(edited(plan, "later veranderd"), 1)
    assert store.restore(plan.id, 1) == 3
    assert store.load(plan.id).plan == plan
    assert store.history(plan.id)[-1].note == "Hersteld van versie 1"
    with pytest.raises(ConflictError):
        store.restore(plan.id, 2, base_version=2)
    with pytest.raises(PlanNotFoundError, match="geen versie 9"):
        store.restore(plan.id, 9)


def test_delete_removes_every_version_and_leaves_no_trace(tmp_path: Path, today: date) -> None:
    path = tmp_path / "pop.sqlite3"
    sophie, karim = demo_plans(today)
    with SQLiteStore(path) as s:
        s.save(sophie, None)
        s.save(edited(sophie, "twee"), 1)
        s.save(karim, None)
        s.delete(sophie.id)
        assert [p.plan_id for p in s.list_plans()] == [karim.id]
        with pytest.raises(PlanNotFoundError):
            s.load(sophie.id)
        with pytest.raises(PlanNotFoundError):
            s.history(sophie.id)
        with pytest.raises(PlanNotFoundError):
            s.delete(sophie.id)
        on_disk = b"".join(
            f.read_bytes() for f in tmp_path.iterdir() if f.name.startswith("pop.sqlite3")
        )
    assert b"Sophie" not in on_disk
    assert b"Karim" in on_disk


def test_unknown_plan_and_version(store: SQLiteStore, today: date) -> None:
    with pytest.raises(PlanNotFoundError):
        store.load("niemand")
    store.save(demo_plans(today)[0], None)
    with pytest.raises(PlanNotFoundError, match="versies 1 tot 1"):
        store.load("sophie-peeters", 5)


def test_files_are_owner_only(tmp_path: Path, today: date) -> None:
    data = tmp_path / "eigen"
    store = open_store(Settings(data_dir=data))
    try:
        store.save(large_plan(today), None)
        assert stat.S_IMODE(data.stat().st_mode) == 0o700
        files = {f.name: stat.S_IMODE(f.stat().st_mode) for f in data.iterdir()}
        assert {"pop.sqlite3", "pop.sqlite3-wal", "pop.sqlite3-shm"} <= set(files)
        assert set(files.values()) == {0o600}
    finally:
        store.close()


def test_loose_permissions_of_an_existing_database_are_tightened(tmp_path: Path) -> None:
    path = tmp_path / "pop.sqlite3"
    SQLiteStore(path).close()
    os.chmod(path, 0o644)
    SQLiteStore(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_file_that_is_not_a_database_gives_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "pop.sqlite3"
    path.write_bytes(b"dit is geen database " * 100)
    with pytest.raises(PopError, match="geen bruikbare POP-database"):
        SQLiteStore(path)


def test_open_store_refuses_an_unknown_database_url(tmp_path: Path) -> None:
    with pytest.raises(PopError, match="postgresql://"):
        open_store(Settings(database_url="mysql://x"))
    store = open_store(Settings(database_url=f"sqlite:///{tmp_path / 'ander.sqlite3'}"))
    store.close()
    assert (tmp_path / "ander.sqlite3").is_file()


def test_open_store_defaults_to_the_data_dir(tmp_path: Path) -> None:
    # conftest points POP_DATA_DIR at tmp_path/data; Settings without data_dir uses it.
    open_store(Settings()).close()
    assert (tmp_path / "data" / "pop.sqlite3").is_file()


def test_a_plan_saved_by_a_newer_version_says_so_and_is_kept(tmp_path: Path) -> None:
    """A version with a field this version does not know was called 'beschadigd' with the raw
    field name; a newer app wrote it, and nothing is lost."""
    import json
    import sqlite3
    import zlib

    from pop_assistent.errors import InvalidDataError

    store = SQLiteStore(tmp_path / "p.db")
    plan = demo_plans(date(2026, 11, 24))[0]
    store.save(plan, None, "test")
    doc = plan.model_dump(mode="json")
    doc["conversation"]["a_field_of_tomorrow"] = "x"
    with sqlite3.connect(tmp_path / "p.db") as db:
        db.execute("UPDATE versions SET document = ?", (zlib.compress(json.dumps(doc).encode()),))
    with pytest.raises(InvalidDataError) as caught:
        SQLiteStore(tmp_path / "p.db").load(plan.id)
    text = caught.value.message("nl")
    assert "nieuwere versie" in text and "beschadigd" not in text
