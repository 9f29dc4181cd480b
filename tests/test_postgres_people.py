"""People come and go: what a login may do after the administrator changed who they are.

Anna and Bram are employees coached by Carla; Dirk is a coach without people; Hilde is HR. Each
attack is one a colleague (or a careless administrator) could make happen with plain SQL and
`pop beheer`; each must be refused by the database or by `pop beheer` with a sentence.
"""

from __future__ import annotations

import time
from datetime import date

import psycopg
import pytest
from postgres_support import Org, pg_database, pg_org, pg_server, pg_server_info  # noqa: F401
from test_postgres_access import plans, refused, visible  # noqa: F401

from pop_assistent.errors import PopError
from pop_assistent.storage.postgres_admin import (
    installed_roles,
    remove_person,
    set_person,
)


def admin(org: Org) -> psycopg.Connection:
    return psycopg.connect(org.url("beheer"), autocommit=True)


def test_a_login_name_used_before_is_never_given_to_someone_new(
    pg_org: Org,  # noqa: F811
    plans: dict[str, str],  # noqa: F811
    today: date,
) -> None:
    with pg_org.store("carla") as carla:
        carla.add_note("plan-anna", "Goed voorbereid.", private=False, goal_id=None, on=today)
        carla.sign("plan-anna", "coach", today)
    with admin(pg_org) as conn:
        roles = installed_roles(conn, pg_org.schema)
        remove_person(conn, roles, pg_org.login("carla"), hand_to=None)
        # Attack: the same login for a new person, who would read and sign as the old one
        with pytest.raises(PopError, match="eerder gebruikt"):
            set_person(conn, roles, pg_org.login("carla"), "coach", password="x" * 16)
        assert (
            conn.execute(
                "SELECT 1 FROM pg_roles WHERE rolname = %s", (pg_org.login("carla"),)
            ).fetchall()
            == []
        )
    with pg_org.store("anna") as anna:  # her former coach's note and signature stay hers
        plan = anna.load("plan-anna").plan
        assert [n.text for n in plan.coach_notes] == ["Goed voorbereid."]
        assert [str(s.role) for s in plan.sign_offs] == ["coach"]


def test_a_coach_who_comes_back_needs_a_new_share(
    pg_org: Org,  # noqa: F811
    plans: dict[str, str],  # noqa: F811
) -> None:
    assert pg_org.add("anna", "medewerker", ["dirk"])  # Carla is no longer Anna's coach
    with pg_org.connect("carla") as carla:
        assert visible(carla, "SELECT id FROM coached_plans()") == []
    pg_org.add("anna", "medewerker", ["carla"])  # ... and a year later she is again
    with pg_org.connect("carla") as carla:
        # Attack: the old share comes back by itself, without Anna sharing again
        assert visible(carla, "SELECT id FROM coached_plans()") == []
    with pg_org.store("anna") as anna:
        assert anna.readers("plan-anna") == []
        anna.share_with("plan-anna", pg_org.login("carla"), True)  # sharing is her act
    with pg_org.connect("carla") as carla:
        assert visible(carla, "SELECT id FROM coached_plans()") == [("plan-anna",)]
    pg_org.add("carla", "medewerker")  # Carla stops being a coach at all
    with pg_org.store("anna") as anna:
        assert anna.readers("plan-anna") == []


@pytest.mark.parametrize(
    "grant",
    [
        "{owner}",
        "pg_read_server_files",
        "pg_write_all_data",
        "pg_signal_backend",
    ],
)
def test_a_login_with_powers_beyond_the_store_is_not_a_person(pg_org: Org, grant: str) -> None:  # noqa: F811
    login = f"{pg_org.prefix}_powerful"
    with pg_org.superuser() as su:
        su.execute(f'CREATE ROLE "{login}" LOGIN')
        su.execute(f'GRANT "{grant.format(owner=pg_org.db.owner)}" TO "{login}"')
    with admin(pg_org) as conn:
        roles = installed_roles(conn, pg_org.schema)
        # Attack: a person who reads files, writes every table, stops sessions or owns the store
        with pytest.raises(PopError, match="kan geen persoon"):
            set_person(conn, roles, login, "medewerker")


def test_a_login_that_can_create_roles_is_not_a_person(pg_org: Org) -> None:  # noqa: F811
    login = f"{pg_org.prefix}_maker"
    with pg_org.superuser() as su:
        su.execute(f'CREATE ROLE "{login}" LOGIN CREATEROLE')
    with admin(pg_org) as conn:
        roles = installed_roles(conn, pg_org.schema)
        # Attack: a person with CREATEROLE grants themselves the owner's role
        with pytest.raises(PopError, match="kan geen persoon"):
            set_person(conn, roles, login, "medewerker")


def test_an_advisory_lock_does_not_stop_the_administrator(
    pg_org: Org,  # noqa: F811
    plans: dict[str, str],  # noqa: F811
) -> None:
    from pop_assistent.storage.postgres_migrations import MIGRATION_LOCK

    with pg_org.connect("bram") as bram:
        # Attack: hold the store's install lock (any login may take an advisory lock)
        bram.execute("SET statement_timeout = 0")
        bram.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK,))
        started = time.monotonic()
        pg_org.add("eva", "medewerker", ["carla"])
        assert time.monotonic() - started < 5


def test_a_lock_held_by_a_person_is_named_for_the_administrator(
    pg_org: Org,  # noqa: F811
    plans: dict[str, str],  # noqa: F811
) -> None:
    from pop_assistent.storage.postgres_admin import install

    with pg_org.connect("bram") as bram:
        # Attack: keep a transaction open on a table (any reader can) so no upgrade can run
        bram.execute("SET idle_in_transaction_session_timeout = 0")
        bram.execute("BEGIN")
        bram.execute("SELECT 1 FROM plans LIMIT 1")
        with admin(pg_org) as conn, pytest.raises(PopError) as caught:
            install(conn, pg_org.schema, pg_org.prefix, lock_timeout="1s")
        bram.execute("ROLLBACK")
    message = caught.value.message("nl")
    assert pg_org.login("bram") in message and "pg_terminate_backend" in message


def test_large_objects_outside_the_store_can_be_closed(pg_org: Org) -> None:  # noqa: F811
    from pop_assistent.storage.postgres_admin import install

    with admin(pg_org) as conn:
        report = install(conn, pg_org.schema, pg_org.prefix)
    warned = " ".join(w.message("nl") for w in report.warnings)
    assert "lo_create" in warned and "superuser" in warned
    command = warned[warned.index("REVOKE EXECUTE") :].split(";")[0]
    with pg_org.connect("anna") as anna:
        # Attack: store anything, without limit and outside every rule, as a large object
        anna.execute("SELECT lo_from_bytea(0, 'kopie van een plan'::bytea)")
    with pg_org.superuser() as su:
        su.execute(command)
    try:
        with pg_org.connect("anna") as anna:
            for call in ("lo_from_bytea(0, 'x'::bytea)", "lo_create(0)", "lo_creat(-1)"):
                assert "permission denied" in refused(anna, f"SELECT {call}")
        with admin(pg_org) as conn:
            report = install(conn, pg_org.schema, pg_org.prefix)
        assert not any("lo_create" in w.message("nl") for w in report.warnings)
    finally:
        with pg_org.superuser() as su:  # the server is shared by every test: put it back
            su.execute(command.replace("REVOKE", "GRANT").replace(" FROM ", " TO "))
