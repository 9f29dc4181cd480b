"""Every attack of issue 15 through a plain SQL connection (what psql gives a person).

Anna and Bram are employees coached by Carla; Dirk is a coach without people; Hilde is HR.
Each attack must fail with the database's own refusal: an error from PostgreSQL (privileges,
row-level security, a constraint, the store's trigger), or, for reading, rows that row-level
security never returns. Nothing here goes through `pop`: tests/test_postgres_cli_access.py
tries the same through the command line.
"""

from __future__ import annotations

import zlib
from datetime import date

import psycopg
import pytest
from postgres_support import Org, pg_database, pg_org, pg_server, pg_server_info  # noqa: F401
from test_postgres_store import karim, sophie

from pop_assistent.model import Plan
from pop_assistent.storage.postgres import PostgresStore


@pytest.fixture
def plans(pg_org: Org, today: date) -> dict[str, str]:  # noqa: F811
    """Anna and Bram each have a plan with two versions; Anna shared hers with HR and Carla."""
    ids = {}
    for who, plan in (("anna", sophie(today)), ("bram", karim(today))):
        plan = plan.model_copy(update={"id": f"plan-{who}", "shared": who == "anna"})
        with pg_org.store(who) as store:
            store.save(plan, None, "eerste")
            store.save(plan, 1, "tweede")
        ids[who] = plan.id
    with pg_org.store("anna") as store:
        store.share_with("plan-anna", pg_org.login("carla"), True)
    return ids


def refused(conn: psycopg.Connection, sql: str, params: tuple[object, ...] = ()) -> str:
    """Run one statement that must fail; the database's own message."""
    with pytest.raises(psycopg.Error) as caught:
        conn.execute(sql, params)
    return caught.value.diag.message_primary or str(caught.value)


def visible(conn: psycopg.Connection, sql: str, params: tuple[object, ...] = ()) -> list[tuple]:
    return list(conn.execute(sql, params).fetchall())


def test_an_employee_reads_only_her_own_plans(pg_org: Org, plans: dict[str, str]) -> None:  # noqa: F811
    bram = pg_org.login("bram")
    with pg_org.connect("anna") as anna:
        # Attack: read a colleague's plan headers (SELECT plans)
        assert visible(anna, "SELECT id FROM plans") == [("plan-anna",)]
        # Attack: read a colleague's versions, old ones included (SELECT versions)
        assert visible(anna, "SELECT 1 FROM versions WHERE owner = %s", (bram,)) == []
        assert [v for (v,) in visible(anna, "SELECT version FROM versions ORDER BY 1")] == [1, 2]
        # Attack: read a colleague's HR extract (SELECT hr_extracts)
        assert visible(anna, "SELECT owner FROM hr_extracts") == [(pg_org.login("anna"),)]
        # Attack: read who shares with whom (SELECT shares, plan_access)
        assert visible(anna, "SELECT 1 FROM shares WHERE owner = %s", (bram,)) == []
        # Attack: read other people's details (SELECT people, known_people())
        assert visible(anna, "SELECT login FROM people") == [(pg_org.login("anna"),)]
        logins = {login for (login,) in visible(anna, "SELECT login FROM known_people()")}
        assert logins == {pg_org.login("anna"), pg_org.login("carla")}
        # Attack: read a colleague's plan through the coach's functions (not her coach)
        assert visible(anna, "SELECT 1 FROM coached_plans()") == []
        assert visible(anna, "SELECT 1 FROM coached_version(%s, 'plan-bram', 1)", (bram,)) == []
        assert visible(anna, "SELECT 1 FROM coached_history(%s, 'plan-bram')", (bram,)) == []
    with pg_org.connect("dirk") as dirk:
        # Attack: a coach without people reads plans (SELECT plans, versions, functions)
        assert visible(dirk, "SELECT id FROM plans") == []
        assert visible(dirk, "SELECT 1 FROM versions") == []
        assert visible(dirk, "SELECT 1 FROM coached_latest()") == []
        assert visible(dirk, "SELECT 1 FROM coached_notes()") == []
        assert visible(dirk, "SELECT 1 FROM coached_version(%s, 'plan-anna', 1)",
                       (pg_org.login("anna"),)) == []  # fmt: skip


def test_a_coach_reads_what_was_shared_with_them_only(
    pg_org: Org,  # noqa: F811
    plans: dict[str, str],
) -> None:
    bram = pg_org.login("bram")
    with pg_org.connect("carla") as carla:
        # Attack: a coach reads an unshared plan of their own people
        assert visible(carla, "SELECT id FROM coached_plans() ORDER BY id") == [("plan-anna",)]
        assert visible(carla, "SELECT DISTINCT id FROM coached_latest()") == [("plan-anna",)]
        assert visible(carla, "SELECT 1 FROM coached_history(%s, 'plan-bram')", (bram,)) == []
        assert visible(carla, "SELECT 1 FROM coached_version(%s, 'plan-bram', 1)", (bram,)) == []
        history = visible(carla, "SELECT version FROM coached_history(%s, 'plan-anna')",
                          (pg_org.login("anna"),))  # fmt: skip
        assert history == [(1,), (2,)]
        # Her own tables hold nothing of Anna's: the rows come from the functions only
        assert visible(carla, "SELECT id FROM plans") == []
    with pg_org.store("anna") as store:
        store.share_with("plan-anna", pg_org.login("carla"), False)
    with pg_org.connect("carla") as carla:
        # Attack: a coach reads a plan after its owner stopped sharing
        assert visible(carla, "SELECT id FROM coached_plans()") == []
        assert visible(carla, "SELECT 1 FROM coached_history(%s, 'plan-anna')",
                       (pg_org.login("anna"),)) == []  # fmt: skip
    with pg_org.connect("anna") as anna:
        # Attack: share a plan with a colleague who is not one's coach (INSERT shares)
        words = refused(
            anna,
            "INSERT INTO shares (plan_id, grantee, granted) VALUES ('plan-anna', %s, true)",
            (pg_org.login("dirk"),),
        )
        assert "row-level security" in words


def test_a_coachs_private_note_is_the_coachs_alone(
    pg_org: Org,  # noqa: F811
    plans: dict[str, str],
    today: date,
) -> None:
    with pg_org.store("carla") as carla:
        carla.add_note("plan-anna", "Let op: twijfelt aan haar ploegbaas.", private=True,
                       goal_id=None, on=today)  # fmt: skip
        carla.add_note("plan-anna", "Goed voorbereid.", private=False, goal_id=None, on=today)
        notes = carla.load("plan-anna").plan.coach_notes
        assert {n.text for n in notes} == {
            "Let op: twijfelt aan haar ploegbaas.",
            "Goed voorbereid.",
        }
    for who in ("anna", "bram", "dirk", "hilde"):
        with pg_org.connect(who) as conn:
            # Attack: read a coach's private note as {who} (SELECT notes)
            assert visible(conn, "SELECT 1 FROM notes WHERE private") == []
    with pg_org.store("anna") as anna:
        loaded = anna.load("plan-anna").plan
        assert [(n.text, n.author) for n in loaded.coach_notes] == [
            ("Goed voorbereid.", f"Carla Coene ({pg_org.login('carla')})")
        ]
        # Anna saves her plan again: Carla's notes stay Carla's and are not copied as hers.
        anna.save(loaded, 2, "derde")
    with pg_org.connect("anna") as conn:
        authors = visible(conn, "SELECT author FROM notes")
        assert authors == [(pg_org.login("carla"),)]


def test_writing_into_a_colleagues_plan_is_refused(
    pg_org: Org,  # noqa: F811
    plans: dict[str, str],
    today: date,
) -> None:
    bram = pg_org.login("bram")
    mba = sophie(today).model_copy(update={"id": "plan-bram"})
    blob = zlib.compress(mba.model_dump_json().encode())
    with pg_org.connect("anna") as anna:
        # Attack: replace a colleague's plan with a new version naming its owner (INSERT versions)
        words = refused(
            anna,
            "INSERT INTO versions (owner, plan_id, version, saved_at, schema_version, size_bytes, "
            "document) VALUES (%s, 'plan-bram', 3, now(), 1, 10, %s)",
            (bram, blob),
        )
        assert "permission denied for table versions" in words
        # Attack: append a version to a colleague's plan (INSERT versions, owner by default)
        words = refused(
            anna,
            "INSERT INTO versions (plan_id, version, saved_at, schema_version, size_bytes, "
            "document) VALUES ('plan-bram', 3, now(), 1, 10, %s)",
            (blob,),
        )
        assert "violates foreign key constraint" in words
        # Attack: add a 45,000 euro MBA by changing a stored version (UPDATE versions)
        assert "permission denied" in refused(anna, "UPDATE versions SET document = %s", (blob,))
        # Attack: change a colleague's plan header (UPDATE plans)
        assert "permission denied" in refused(anna, "UPDATE plans SET shared = true")
        # Attack: take over a colleague's plan (INSERT plans with an owner)
        assert "permission denied" in refused(
            anna, "INSERT INTO plans (owner, id) VALUES (%s, 'plan-x')", (bram,)
        )
        # Attack: forge a coach note on a colleague's plan (INSERT notes)
        words = refused(
            anna,
            "INSERT INTO notes (owner, plan_id, client_id, body) "
            "VALUES (%s, 'plan-bram', 'n-1', 'Mag een MBA volgen.')",
            (bram,),
        )
        assert "row-level security" in words
        # Attack: forge a note in a coach's name (INSERT notes with an author)
        words = refused(
            anna,
            "INSERT INTO notes (owner, plan_id, client_id, author, body) "
            "VALUES (current_user, 'plan-anna', 'n-2', %s, 'Akkoord met MBA.')",
            (pg_org.login("carla"),),
        )
        assert "permission denied for table notes" in words
        # Attack: forge a manager's signature on a colleague's plan (INSERT signatures)
        words = refused(
            anna,
            "INSERT INTO signatures (owner, plan_id, version, role, signed_on) "
            "VALUES (%s, 'plan-bram', 2, 'manager', current_date)",
            (bram,),
        )
        assert "row-level security" in words
        # Attack: sign one's own plan as manager (INSERT signatures)
        words = refused(
            anna,
            "INSERT INTO signatures (owner, plan_id, version, role, signed_on) "
            "VALUES (current_user, 'plan-anna', 2, 'manager', current_date)",
        )
        assert "row-level security" in words
        # Attack: share a colleague's plan (INSERT shares)
        words = refused(
            anna,
            "INSERT INTO shares (plan_id, grantee, granted) VALUES ('plan-bram', %s, true)",
            (pg_org.login("carla"),),
        )
        assert "violates foreign key constraint" in words
        # Attack: record a version as saved by someone else (INSERT versions saved_by)
        words = refused(
            anna,
            "INSERT INTO versions (plan_id, version, saved_at, schema_version, size_bytes, "
            "document, saved_by) VALUES ('plan-anna', 3, now(), 1, 10, %s, %s)",
            (blob, bram),
        )
        assert "permission denied for table versions" in words
    with pg_org.store("bram") as store:
        latest = store.load("plan-bram")
        assert latest.version == 2 and latest.plan == karim(today).model_copy(
            update={"id": "plan-bram", "shared": False}
        )
        assert [v.saved_by for v in store.history("plan-bram")] == [bram, bram]


def test_a_coach_annotates_and_signs_but_cannot_change(
    pg_org: Org,  # noqa: F811
    plans: dict[str, str],
    today: date,
) -> None:
    with pg_org.store("carla") as carla:
        assert carla.sign("plan-anna", "manager", today) == 2
        # Attack: a coach changes the plan they read (save as coach)
        plan = carla.load("plan-anna").plan
        with pytest.raises(Exception, match="weigert"):
            carla.save(plan, 2, "coach wijzigt")
    with pg_org.connect("carla") as conn:
        # Attack: a coach deletes the plan they read (INSERT erasures)
        words = refused(conn, "INSERT INTO erasures (plan_id) VALUES ('plan-anna')")
        assert "there is no plan plan-anna of" in words
        # Attack: a coach signs a colleague's plan as employee (INSERT signatures)
        words = refused(
            conn,
            "INSERT INTO signatures (owner, plan_id, version, role, signed_on) "
            "VALUES (%s, 'plan-anna', 2, 'employee', current_date)",
            (pg_org.login("anna"),),
        )
        assert "row-level security" in words
        # Attack: a coach annotates an unshared plan of their own people (INSERT notes)
        words = refused(
            conn,
            "INSERT INTO notes (owner, plan_id, client_id, body) "
            "VALUES (%s, 'plan-bram', 'x', 'y')",
            (pg_org.login("bram"),),
        )
        assert "row-level security" in words
    with pg_org.store("anna") as anna:
        signs = anna.load("plan-anna").plan.sign_offs
        assert [(str(s.role), s.name) for s in signs] == [
            ("manager", f"Carla Coene ({pg_org.login('carla')})")
        ]


def test_deleting_and_dropping_are_refused(pg_org: Org, plans: dict[str, str]) -> None:  # noqa: F811
    with pg_org.connect("anna") as anna:
        # Attack: delete a colleague's plan and its versions (DELETE plans)
        assert "permission denied" in refused(anna, "DELETE FROM plans")
        # Attack: delete history (DELETE versions)
        assert "permission denied" in refused(anna, "DELETE FROM versions")
        # Attack: erase a colleague's plan (INSERT erasures)
        assert "there is no plan" in refused(
            anna, "INSERT INTO erasures (plan_id) VALUES ('plan-bram')"
        )
        # Attack: erase a colleague's plan naming its owner (INSERT erasures owner)
        assert "permission denied" in refused(
            anna,
            "INSERT INTO erasures (owner, plan_id) VALUES (%s, 'plan-bram')",
            (pg_org.login("bram"),),
        )
        # Attack: empty a table (TRUNCATE)
        assert "permission denied" in refused(anna, "TRUNCATE versions")
        # Attack: drop a table (DROP TABLE)
        assert "must be owner" in refused(anna, "DROP TABLE versions")
        # Attack: change a table (ALTER TABLE)
        assert "must be owner" in refused(anna, "ALTER TABLE plans DISABLE ROW LEVEL SECURITY")
        # Attack: drop a policy (DROP POLICY)
        assert "must be owner" in refused(anna, "DROP POLICY own_read ON plans")
        # Attack: create a table in the store's schema (CREATE TABLE)
        assert "permission denied for schema" in refused(anna, "CREATE TABLE plans2 (x int)")
        # Attack: create a temporary table to shadow the store (CREATE TEMP TABLE)
        assert "temporary tables" in refused(anna, "CREATE TEMP TABLE plans (x int)")
        # Attack: become a colleague (SET ROLE)
        assert "permission denied to set role" in refused(
            anna, f'SET ROLE "{pg_org.login("bram")}"'
        )
        # Attack: call the store's SECURITY DEFINER trigger function directly
        refused(anna, "SELECT pop_erasure_requested()")
        # Attack: create a login (CREATE ROLE)
        assert "permission denied" in refused(anna, f'CREATE ROLE "{pg_org.prefix}_x" LOGIN')
        # Anna may still erase her own plan, and only hers.
        anna.execute("INSERT INTO erasures (plan_id) VALUES ('plan-anna')")
        assert visible(anna, "SELECT 1 FROM versions") == []
    with pg_org.connect("bram") as bram:
        assert [v for (v,) in visible(bram, "SELECT version FROM versions ORDER BY 1")] == [1, 2]


def test_no_application_role_can_lock_a_table(pg_org: Org, plans: dict[str, str]) -> None:  # noqa: F811
    with pg_org.connect("anna") as anna:
        # Attack: lock any table in a mode that blocks others (LOCK TABLE ... SHARE and up)
        for table in ("plans", "versions", "notes", "signatures", "shares", "plan_access"):
            for mode in ("SHARE", "EXCLUSIVE", "ACCESS EXCLUSIVE"):
                with anna.transaction():
                    words = refused(anna, f"LOCK TABLE {table} IN {mode} MODE")
                    assert "permission denied" in words
                    raise psycopg.Rollback()
        # Attack: lock a colleague's rows (SELECT ... FOR UPDATE)
        with anna.transaction():
            assert "permission denied" in refused(anna, "SELECT * FROM plans FOR UPDATE")
            raise psycopg.Rollback()
        # Attack: lock rows against a key change (SELECT ... FOR KEY SHARE)
        with anna.transaction():
            assert "permission denied" in refused(anna, "SELECT * FROM plans FOR KEY SHARE")
            raise psycopg.Rollback()


def test_a_stuck_lock_gives_a_sentence_not_a_hang(pg_org: Org, plans: dict[str, str]) -> None:  # noqa: F811
    """Only the owner can take a blocking lock; even then the app answers within its timeout."""
    # Attack: make every pop command hang with a table lock
    with pg_org.superuser() as admin:
        admin.execute("BEGIN")
        admin.execute(f'LOCK TABLE "{pg_org.schema}".plans IN ACCESS EXCLUSIVE MODE')
        try:
            store = PostgresStore(pg_org.url("anna", lock_timeout="300ms"))
        except Exception as exc:  # the store checks the schema when it opens
            message = str(exc)
        else:
            with store, pytest.raises(Exception) as caught:
                store.list_plans()
            message = str(caught.value)
        admin.execute("ROLLBACK")
    assert "bezet" in message and "probeer het over een ogenblik opnieuw" in message


def test_hr_reads_extracts_of_shared_plans_only(pg_org: Org, plans: dict[str, str]) -> None:  # noqa: F811
    with pg_org.connect("hilde") as hilde:
        # Attack: HR reads full plans (SELECT versions)
        assert visible(hilde, "SELECT 1 FROM versions") == []
        # Attack: HR reads notes and signatures (SELECT notes, signatures)
        assert visible(hilde, "SELECT 1 FROM notes") == []
        assert visible(hilde, "SELECT 1 FROM signatures") == []
        # Attack: HR reads unshared plans (SELECT hr_plans, the view HR reads through)
        rows = visible(hilde, "SELECT plan_id, document FROM hr_plans")
        assert rows == visible(hilde, "SELECT plan_id, document FROM hr_extracts")
    assert [r[0] for r in rows] == ["plan-anna"]
    extract = Plan.model_validate_json(zlib.decompress(rows[0][1]))
    assert extract.conversation.turns == [] and extract.coach_notes == []
    assert extract.check_ins == [] and all(not s.note for s in extract.skills)
    assert all(g.text == "-" for g in extract.goals)
    assert all(not a.expected_return and not a.visible_on_floor for a in extract.actions)
    with PostgresStore(pg_org.url("hilde")) as store:
        assert [p.employee.name for p in store.latest_plans(shared_only=True)] == ["Anna Aerts"]
        assert store.list_plans() == []
        with pytest.raises(Exception, match="geen plan"):
            store.load("plan-anna")


@pytest.mark.parametrize("table", ["plans", "versions", "notes", "signatures", "hr_extracts"])
def test_row_level_security_is_forced_everywhere(pg_org: Org, table: str) -> None:  # noqa: F811
    with pg_org.superuser() as conn:
        rows = conn.execute(
            "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, "
            "pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n "
            "ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relkind = 'r'",
            (pg_org.schema,),
        ).fetchall()
    assert len(rows) == 13
    assert all(enabled and forced for _, enabled, forced, _ in rows), rows
    assert {owner for *_, owner in rows} == {pg_org.db.owner}  # no application role owns a table
    assert table in {name for name, *_ in rows}


def test_no_application_login_is_privileged(pg_org: Org) -> None:  # noqa: F811
    with pg_org.superuser() as conn:
        rows = conn.execute(
            "SELECT rolname, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles "
            "WHERE rolname LIKE %s",
            (f"{pg_org.prefix}%",),
        ).fetchall()
    assert len(rows) == 8  # three group roles, five people
    assert all(not any(flags) for _, *flags in rows)
