"""The shared PostgreSQL store against a real server: same promises as the SQLite store."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from postgres_support import (  # noqa: F401
    Org,
    pg_database,
    pg_org,
    pg_server,
    pg_server_info,
    pg_url,
)

from pop_assistent.config import Settings
from pop_assistent.demo import karim as demo_karim
from pop_assistent.demo import sophie as demo_sophie
from pop_assistent.errors import AmbiguousPlanError, ConflictError, PlanNotFoundError, PopError
from pop_assistent.model import Plan
from pop_assistent.storage import open_store
from pop_assistent.storage.postgres import PostgresStore
from pop_assistent.storage.postgres_admin import install
from pop_assistent.storage.postgres_migrations import PG_SCHEMA_VERSION, migrate_postgres
from pop_assistent.storage.shared_view import hr_projection
from pop_assistent.storage.sqlite import SQLiteStore


def plain(plan: Plan) -> Plan:
    """A plan without notes and signatures: those are rows of their own in the shared store,
    recorded with their author (tests/test_postgres_access.py covers them)."""
    return plan.model_copy(update={"coach_notes": [], "sign_offs": []})


def sophie(today: date) -> Plan:
    return plain(demo_sophie(today))


def karim(today: date) -> Plan:
    return plain(demo_karim(today))


def ticking_clock() -> Callable[[], datetime]:
    """A clock that advances one minute per call, the same for every store."""
    start = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    counter = itertools.count()
    return lambda: start + timedelta(minutes=next(counter))


@pytest.fixture
def store(pg_url: str) -> Iterator[PostgresStore]:  # noqa: F811
    with PostgresStore(pg_url, clock=ticking_clock()) as opened:
        yield opened


def test_save_load_and_versions(store: PostgresStore, today: date) -> None:
    plan = sophie(today)
    assert store.save(plan, None, note="eerste") == 1
    changed = plan.model_copy(update={"check_in_every_months": 6})
    assert store.save(changed, 1, note="tweede") == 2
    latest = store.load("sophie-peeters")
    assert latest.version == 2
    assert latest.plan == changed
    assert latest.saved_at == datetime(2026, 11, 24, 9, 1, tzinfo=UTC)
    assert store.load("sophie-peeters", 1).plan == plan
    history = store.history("sophie-peeters")
    assert [(v.version, v.note) for v in history] == [(1, "eerste"), (2, "tweede")]
    assert all(v.size_bytes == len(plan.model_dump_json()) for v in history[:1])
    with pytest.raises(PlanNotFoundError, match="geen versie 7"):
        store.load("sophie-peeters", 7)


def test_conflicts_change_nothing(store: PostgresStore, today: date) -> None:
    plan = karim(today)
    store.save(plan, None)
    store.save(plan, 1)
    with pytest.raises(ConflictError, match=r"andere sessie bewaard \(versie 2\)"):
        store.save(plan.model_copy(update={"shared": False}), 1)
    with pytest.raises(ConflictError, match="bestaat al een plan"):
        store.save(plan, None)
    assert [v.version for v in store.history(plan.id)] == [1, 2]
    assert store.load(plan.id).plan.shared is True
    store.delete(plan.id)
    with pytest.raises(ConflictError, match="verwijderd"):
        store.save(plan, 2)


def test_two_sessions_race_for_the_same_version(pg_url: str, today: date) -> None:  # noqa: F811
    with PostgresStore(pg_url) as first, PostgresStore(pg_url) as second:
        first.save(sophie(today), None)
        base_a = first.load("sophie-peeters").version
        base_b = second.load("sophie-peeters").version
        assert second.save(sophie(today), base_b) == 2
        with pytest.raises(ConflictError):
            first.save(sophie(today), base_a)
        assert [v.version for v in first.history("sophie-peeters")] == [1, 2]


def test_restore_and_delete(store: PostgresStore, today: date) -> None:
    plan = sophie(today)
    store.save(plan, None)
    store.save(plan.model_copy(update={"goals": [], "actions": []}), 1)
    assert store.restore(plan.id, 1) == 3
    assert store.load(plan.id).plan == plan
    assert store.history(plan.id)[-1].note == "Hersteld van versie 1"
    store.delete(plan.id)
    with pytest.raises(PlanNotFoundError):
        store.load(plan.id)
    with pytest.raises(PlanNotFoundError):
        store.history(plan.id)
    with pytest.raises(PlanNotFoundError):
        store.delete(plan.id)
    with store._conn.cursor() as cur:  # every version is really gone
        cur.execute("SELECT count(*) FROM versions WHERE plan_id = %s", (plan.id,))
        assert cur.fetchone() == (0,)


def test_resolve_by_id_name_prefix(store: PostgresStore, today: date) -> None:
    store.save(sophie(today), None)
    store.save(karim(today), None)
    other = sophie(today).model_copy(update={"id": "sofie-janssens"})
    other = other.model_copy(
        update={"employee": other.employee.model_copy(update={"name": "Sofie Janssens"})}
    )
    store.save(other, None)
    assert store.resolve("karim-el-amrani") == "karim-el-amrani"
    assert store.resolve("KARIM EL AMRANI") == "karim-el-amrani"
    assert store.resolve("sop") == "sophie-peeters"
    assert store.resolve("janssens") == "sofie-janssens"
    with pytest.raises(AmbiguousPlanError, match="2 plannen"):
        store.resolve("so")
    with pytest.raises(PlanNotFoundError, match="Je plannen"):
        store.resolve("niemand")


def test_list_and_latest_plans_shared_only(store: PostgresStore, today: date) -> None:
    store.save(sophie(today), None)
    private = karim(today).model_copy(update={"shared": False})
    store.save(private, None)
    summaries = store.list_plans()
    assert [(s.plan_id, s.shared, s.department) for s in summaries] == [
        ("karim-el-amrani", False, "Onderhoud"),
        ("sophie-peeters", True, "Administratie"),
    ]
    assert [p.id for p in store.latest_plans()] == ["karim-el-amrani", "sophie-peeters"]
    # HR reads one extract per person, under the name the administrator gave that login
    extracts = list(store.latest_plans(shared_only=True))
    assert [(p.employee.name, p.employee.department) for p in extracts] == [
        ("Anna Aerts", "Administratie")
    ]
    assert extracts[0].id != "sophie-peeters"  # an id of its own: nobody counts twice
    store.save(private.model_copy(update={"shared": True}), 1)
    extracts = list(store.latest_plans(shared_only=True))
    assert [(p.employee.name, p.employee.department) for p in extracts] == [
        ("Anna Aerts", "Onderhoud")  # the shared plan she saved last
    ]
    assert "meer dan één plan" in " ".join(n.message("nl") for n in store.take_notices())


def test_stream_survives_saves_during_iteration(store: PostgresStore, today: date) -> None:
    for n in range(3):
        store.save(sophie(today).model_copy(update={"id": f"plan-{n}"}), None)
    seen = []
    for plan in store.latest_plans():
        seen.append(plan.id)
        store.save(plan, store.load(plan.id).version)
    assert seen == ["plan-0", "plan-1", "plan-2"]
    assert [store.load(i).version for i in seen] == [2, 2, 2]


def test_install_upgrades_a_first_shared_store(pg_org: Org, today: date) -> None:  # noqa: F811
    """A store made by the first version (tables only) is upgraded in place by installeer:
    its plans belong to the owner until handed over, and their history is kept."""
    schema = f"{pg_org.schema}_old"
    with psycopg.connect(pg_org.url("beheer"), autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
        conn.execute(f'SET search_path TO "{schema}"')
        with conn.transaction():
            assert migrate_postgres(conn, target=1) == 0
        conn.execute(
            "INSERT INTO plans (id, name, latest_version, saved_at) "
            "VALUES ('jose', 'José Dupré', 1, now())"
        )
        report = install(conn, schema, f"{pg_org.prefix}_old")
        assert (report.before, report.after) == (1, PG_SCHEMA_VERSION)
        assert install(conn, schema, f"{pg_org.prefix}_old").before == PG_SCHEMA_VERSION
        owner, name_key = conn.execute(f'SELECT owner, name_key FROM "{schema}".plans').fetchone()
        assert (owner, name_key) == (pg_org.db.owner, "jose dupre")
        versions = conn.execute(
            f'SELECT version FROM "{schema}".pop_schema_migrations ORDER BY 1'
        ).fetchall()
        assert [v for (v,) in versions] == list(range(1, PG_SCHEMA_VERSION + 1))
    with pg_org.superuser() as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
        conn.execute(f'DROP OWNED BY "{pg_org.prefix}_old_medewerker"')
        for kind in ("medewerker", "coach", "hr"):
            conn.execute(f'DROP ROLE "{pg_org.prefix}_old_{kind}"')


def test_a_newer_schema_is_refused(pg_org: Org) -> None:  # noqa: F811
    with psycopg.connect(pg_org.url("beheer"), autocommit=True) as conn:
        conn.execute(
            f'ALTER TABLE "{pg_org.schema}".pop_schema_migrations NO FORCE ROW LEVEL SECURITY'
        )
        conn.execute(f'INSERT INTO "{pg_org.schema}".pop_schema_migrations (version) VALUES (99)')
    with pytest.raises(PopError, match="nieuwere versie"):
        PostgresStore(pg_org.url("anna"))


def test_open_store_dispatches_on_the_url(pg_url: str, today: date) -> None:  # noqa: F811
    store = open_store(Settings(database_url=pg_url))
    try:
        assert isinstance(store, PostgresStore)
    finally:
        store.close()


def test_unreachable_server_is_one_sentence_without_password() -> None:
    with pytest.raises(PopError) as caught:
        PostgresStore("postgresql://hr:geheim@127.0.0.1:1/pop")
    message = caught.value.message("nl")
    assert "niet bereikbaar" in message and "pop op 127.0.0.1:1" in message
    assert "geheim" not in message and "geheim" not in caught.value.message("en")


def scenario(store: Any, today: date) -> list[object]:
    """Every observable outcome of one sequence of calls, errors included."""
    out: list[object] = []

    def attempt(call: Callable[[], object]) -> None:
        try:
            out.append(call())
        except PopError as exc:
            out.append((type(exc).__name__, exc.message("nl"), exc.message("en")))

    plan = sophie(today)
    attempt(lambda: store.save(plan, None, "nieuw"))
    attempt(lambda: store.save(plan, None))
    attempt(lambda: store.save(karim(today), None))
    attempt(lambda: store.save(plan.model_copy(update={"shared": False}), 1))
    attempt(lambda: store.save(plan, 1))
    attempt(lambda: store.restore(plan.id, 1))
    attempt(lambda: store.load(plan.id, 9))
    attempt(lambda: store.load("niemand"))
    attempt(lambda: store.resolve("k"))
    attempt(lambda: store.resolve("x"))
    attempt(lambda: [(s.plan_id, s.version, s.saved_at, s.shared) for s in store.list_plans()])
    attempt(lambda: [(v.version, v.saved_at, v.note, v.size_bytes) for v in store.history(plan.id)])
    # The shared store gives the HR extract of a shared plan, the same extract as SQLite's;
    # but one per person (the one saved last), under an id of its own and the name the
    # administrator gave the login (test_list_and_latest_plans_shared_only), so only its
    # content is compared here.
    attempt(
        lambda: [
            hr_projection(p).model_dump(exclude={"id": True, "employee": {"name"}})
            for p in store.latest_plans(shared_only=True)
            if p.employee.department == "Administratie"  # Sophie: the plan saved last
        ]
    )
    attempt(lambda: store.delete("karim-el-amrani"))
    attempt(lambda: store.delete("karim-el-amrani"))
    attempt(lambda: store.save(karim(today), 1))
    return out


def test_same_behaviour_as_sqlite(pg_url: str, tmp_path: Path, today: date) -> None:  # noqa: F811
    with SQLiteStore(tmp_path / "pop.sqlite3", clock=ticking_clock()) as lite:
        expected = scenario(lite, today)
    with PostgresStore(pg_url, clock=ticking_clock()) as pg:
        assert scenario(pg, today) == expected


def test_a_dropped_connection_is_reopened(store: PostgresStore, today: date) -> None:
    store.save(sophie(today), None)
    pid = store._conn.info.backend_pid
    with psycopg.connect(_same(store), autocommit=True) as me:
        me.execute("SELECT pg_terminate_backend(%s)", (pid,))
    assert store.load("sophie-peeters").version == 1  # a new connection, without a word
    assert store._conn.info.backend_pid != pid


def _same(store: PostgresStore) -> str:
    from psycopg.conninfo import make_conninfo

    return make_conninfo(**store._target.params)
