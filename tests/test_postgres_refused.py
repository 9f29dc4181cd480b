"""More attacks through plain SQL that the database already refuses, each kept as a test.

Anna and Bram are employees coached by Carla; Dirk is a coach without people; Hilde is HR.
tests/test_postgres_access.py has the attacks of issue 15 itself; here are the ones around them:
other statements (COPY, PREPARE, ON CONFLICT, large objects), other catalogs, other sessions,
and the store's SECURITY DEFINER functions used in ways they were not meant for.
"""

from __future__ import annotations

import threading
import time
from datetime import date

import psycopg
import pytest
from postgres_support import Org, pg_database, pg_org, pg_server, pg_server_info  # noqa: F401
from test_postgres_access import plans, refused, visible  # noqa: F401
from test_postgres_store import sophie


def copy_refused(conn: psycopg.Connection, sql: str) -> str:
    """Run one COPY that must fail (COPY goes through cursor.copy); the database's message."""
    with pytest.raises(psycopg.Error) as caught, conn.cursor().copy(sql) as copy:
        for _row in copy:
            pass
    conn.rollback()
    return caught.value.diag.message_primary or str(caught.value)


def test_other_statements_read_and_write_nothing_more(pg_org: Org, plans: dict[str, str]) -> None:  # noqa: F811
    with pg_org.connect("bram") as bram:
        # Attack: copy a table out (COPY ... TO STDOUT): row-level security still decides
        with bram.cursor().copy("COPY versions (owner) TO STDOUT") as copy:
            assert {bytes(row).decode().strip() for row in copy} == {pg_org.login("bram")}
        # Attack: copy a query out: row-level security still decides
        with bram.cursor().copy("COPY (SELECT owner FROM versions) TO STDOUT") as copy:
            owners = {bytes(row).decode().strip() for row in copy}
        assert owners == {pg_org.login("bram")}
        # Attack: write rows in bulk (COPY ... FROM STDIN)
        assert "permission denied" in copy_refused(bram, "COPY plans FROM STDIN")
        # Attack: a prepared statement reads no more than the statement would
        bram.execute("PREPARE peek(text) AS SELECT owner FROM plans WHERE id = $1")
        assert visible(bram, "EXECUTE peek('plan-anna')") == []
        # Attack: take over a colleague's plan through ON CONFLICT ... DO UPDATE
        words = refused(
            bram,
            "INSERT INTO plans (id) VALUES ('plan-bram') ON CONFLICT (owner, id) "
            "DO UPDATE SET shared = true",
        )
        assert "permission denied" in words
        # Attack: make a plan in someone else's name by naming the owner column
        assert "permission denied" in refused(
            bram, "INSERT INTO plans (id, owner) VALUES ('x', %s)", (pg_org.login("anna"),)
        )
        # Attack: read a large object someone else stored
        with pg_org.connect("anna") as anna:
            oid = anna.execute("SELECT lo_from_bytea(0, 'geheim'::bytea)").fetchone()[0]
        assert "permission denied" in refused(bram, "SELECT lo_get(%s)", (oid,))
        # Attack: read the server's files (a plan's data file, bypassing every rule)
        assert "permission denied" in refused(bram, "SELECT pg_read_binary_file('PG_VERSION')")
        assert "pg_read_server_files" in copy_refused(bram, "COPY plans FROM '/etc/passwd'")


def test_other_catalogs_and_sessions_show_no_plan(pg_org: Org, plans: dict[str, str]) -> None:  # noqa: F811
    with pg_org.connect("anna") as anna:
        anna.execute("SELECT %s::text AS mijn_plan_inhoud", ("zeer persoonlijk",))
        with pg_org.connect("hilde") as hilde:
            # Attack: read another session's statements (pg_stat_activity)
            rows = visible(
                hilde,
                "SELECT query FROM pg_stat_activity WHERE usename = %s",
                (pg_org.login("anna"),),
            )
            assert rows and all(query == "<insufficient privilege>" for (query,) in rows)
            # Attack: HR joins the view with the people and coaching tables
            joined = visible(
                hilde,
                "SELECT h.owner, p.display_name FROM hr_plans h "
                "LEFT JOIN people p ON p.login = h.owner "
                "LEFT JOIN coaching c ON c.employee = h.owner",
            )
            assert joined == [(pg_org.login("anna"), None)]
            # Attack: read column statistics, which hold sample values (pg_stats)
            with pg_org.superuser() as su:
                su.execute(f'ANALYZE "{pg_org.schema}".plans, "{pg_org.schema}".notes')
            assert (
                visible(hilde, "SELECT 1 FROM pg_stats WHERE schemaname = %s", (pg_org.schema,))
                == []
            )


def test_the_store_functions_answer_only_for_their_caller(
    pg_org: Org,  # noqa: F811
    plans: dict[str, str],  # noqa: F811
) -> None:
    anna = pg_org.login("anna")
    with pg_org.connect("dirk") as dirk:
        # Attack: ask the coach's access check about someone else's coach
        assert visible(dirk, "SELECT coaches_plan(%s, 'plan-anna')", (anna,)) == [(False,)]
        # Attack: call the store's trigger functions directly
        assert "permission denied" in refused(dirk, "SELECT pop_share_changed()")
        # Attack: shadow a table the functions use (they pin their search_path)
        assert "permission denied" in refused(dirk, "CREATE TEMP TABLE plan_access (x int)")
        # Attack: a coach without people names Anna's plan in a note
        words = refused(
            dirk,
            "INSERT INTO notes (owner, plan_id, client_id, body) VALUES (%s, 'plan-anna', 'x', "
            "'y')",
            (anna,),
        )
        assert "row-level security" in words
    with pg_org.connect("carla") as carla:
        assert visible(carla, "SELECT coaches_plan(%s, 'plan-anna')", (anna,)) == [(True,)]
        # Attack: a coach shares a plan she reads onward (to another coach, or to HR)
        words = refused(
            carla,
            "INSERT INTO shares (owner, plan_id, grantee, granted) VALUES (%s, 'plan-anna', %s, "
            "true)",
            (anna, pg_org.login("dirk")),
        )
        assert "permission denied" in words
        assert "permission denied" in refused(
            carla,
            "INSERT INTO plan_access (owner, plan_id, grantee) VALUES (%s, 'plan-anna', %s)",
            (anna, pg_org.login("dirk")),
        )
    with pg_org.connect("bram") as bram:
        # Attack: an employee makes herself a coach, or someone's coach
        assert "permission denied" in refused(
            bram,
            "INSERT INTO coaching (coach, employee) VALUES (%s, %s)",
            (pg_org.login("bram"), anna),
        )
        assert "permission denied" in refused(
            bram, "INSERT INTO people (login, kind) VALUES (current_user, 'coach')"
        )
        assert "admin option" in refused(
            bram, f'GRANT "{pg_org.prefix}_coach" TO "{pg_org.login("bram")}"'
        )


def test_a_session_that_never_ends_blocks_no_one_else(
    pg_org: Org,  # noqa: F811
    plans: dict[str, str],  # noqa: F811
    today: date,
) -> None:
    with pg_org.connect("bram") as bram:
        # Attack: no time limit, then hold every lock a person can take, and wait
        bram.execute("SET statement_timeout = 0")
        bram.execute("SET idle_in_transaction_session_timeout = 0")
        for table in ("plans", "versions", "notes", "signatures", "shares", "erasures"):
            bram.execute("BEGIN")
            assert "permission denied" in refused(bram, f"LOCK TABLE {table}")
            bram.execute("ROLLBACK")
        bram.execute("BEGIN")
        assert "permission denied" in refused(bram, "SELECT 1 FROM plans FOR UPDATE")
        bram.execute("ROLLBACK")
        bram.execute("BEGIN")
        bram.execute("SELECT 1 FROM plans")
        bram.execute("SELECT 1 FROM hr_plans")
        bram.execute("SELECT pg_advisory_lock(1)")
        done = threading.Event()

        def work() -> None:
            with pg_org.store("anna") as anna:
                plan = anna.load("plan-anna")
                anna.save(plan.plan, plan.version, "tijdens Brams slot")
                anna.add_note("plan-anna", "ok", private=False, goal_id=None, on=today)
                anna.share_with("plan-anna", pg_org.login("carla"), False)
                anna.save(sophie(today).model_copy(update={"id": "nieuw"}), None)
                anna.delete("nieuw")
            with pg_org.store("hilde") as hilde:
                assert len(list(hilde.latest_plans(shared_only=True))) == 1
            done.set()

        started = time.monotonic()
        worker = threading.Thread(target=work)
        worker.start()
        worker.join(30)
        assert done.is_set() and time.monotonic() - started < 20
        bram.execute("ROLLBACK")


def test_a_removed_person_leaves_nothing_readable(pg_org: Org, plans: dict[str, str]) -> None:  # noqa: F811
    from pop_assistent.storage.postgres_admin import installed_roles, remove_person

    with psycopg.connect(pg_org.url("beheer"), autocommit=True) as conn:
        remove_person(conn, installed_roles(conn, pg_org.schema), pg_org.login("bram"),
                      hand_to=None)  # fmt: skip
    with pg_org.superuser() as su:  # not even for a superuser: erased means erased
        for table in ("plans", "versions", "hr_extracts", "notes", "signatures", "shares"):
            rows = su.execute(
                f'SELECT count(*) FROM "{pg_org.schema}".{table} WHERE owner = %s',
                (pg_org.login("bram"),),
            ).fetchone()
            assert rows == (0,), table
