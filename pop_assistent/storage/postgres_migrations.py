"""Versioned table migrations for the shared PostgreSQL store, run only by `pop beheer installeer`.

Steps 1 and 2 are the tables of the first shared store (one header row per plan, every version
as a compressed document); step 3 makes the store one that holds for several people: every plan
belongs to a login, every version records who saved it, and notes, signatures, sharing with a
coach, erasures and the HR extract get tables of their own; step 4 gives every index the
column its access rule compares with (so no query plan counts someone else's rows), limits a
document's size, and turns the notes and signatures that lived inside the documents of an older
store into rows, marked as carried over. The access rules (grants, row-level
security, triggers) are not migrations: storage/postgres_security.py re-applies them on every
install, so an upgrade of the rules is the same command.

The app itself never migrates: its logins may not create or alter anything.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pop_assistent.errors import PopError
from pop_assistent.i18n import N_
from pop_assistent.model import SCHEMA_VERSION
from pop_assistent.storage.resolve import fold

if TYPE_CHECKING:
    import psycopg

MIGRATION_LOCK = 0x504F50  # "POP": any constant shared by every POP-assistent process


def _pg_v1(conn: psycopg.Connection) -> None:
    """One header row per plan, and every version as a compressed document."""
    conn.execute(
        """CREATE TABLE plans (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            department TEXT NOT NULL DEFAULT '',
            shared BOOLEAN NOT NULL DEFAULT FALSE,
            latest_version INTEGER NOT NULL,
            saved_at TIMESTAMPTZ NOT NULL
        )"""
    )
    conn.execute(
        """CREATE TABLE versions (
            plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            saved_at TIMESTAMPTZ NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            schema_version INTEGER NOT NULL,
            size_bytes INTEGER NOT NULL,
            document BYTEA NOT NULL,
            PRIMARY KEY (plan_id, version)
        )"""
    )


def _pg_v2(conn: psycopg.Connection) -> None:
    """A folded name (lower case, no accents) for look-ups and a natural sort order."""
    conn.execute("ALTER TABLE plans ADD COLUMN name_key TEXT NOT NULL DEFAULT ''")
    rows = conn.execute("SELECT id, name FROM plans").fetchall()
    with conn.cursor() as cur:
        cur.executemany(
            "UPDATE plans SET name_key = %s WHERE id = %s", [(fold(n), i) for i, n in rows]
        )
    conn.execute("CREATE INDEX plans_by_name ON plans (name_key, id)")
    conn.execute("CREATE INDEX plans_by_shared ON plans (shared)")


V3_PLANS = [
    # Existing plans belong to the login that runs the upgrade (the owner) until the
    # administrator hands them over with `pop beheer overdragen`.
    "ALTER TABLE plans ADD COLUMN owner NAME NOT NULL DEFAULT current_user",
    "ALTER TABLE plans ADD COLUMN created_at TIMESTAMPTZ NOT NULL DEFAULT now()",
    "ALTER TABLE plans ALTER COLUMN latest_version SET DEFAULT 0",
    "ALTER TABLE plans ALTER COLUMN name SET DEFAULT ''",
    "ALTER TABLE plans ALTER COLUMN saved_at SET DEFAULT now()",
    "ALTER TABLE versions DROP CONSTRAINT versions_plan_id_fkey",
    "ALTER TABLE versions DROP CONSTRAINT versions_pkey",
    "ALTER TABLE plans DROP CONSTRAINT plans_pkey",
    "ALTER TABLE plans ADD CONSTRAINT plans_pkey PRIMARY KEY (owner, id)",
    """ALTER TABLE versions
        ADD COLUMN owner NAME,
        ADD COLUMN saved_by NAME,
        ADD COLUMN recorded_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        ADD COLUMN name TEXT NOT NULL DEFAULT '',
        ADD COLUMN name_key TEXT NOT NULL DEFAULT '',
        ADD COLUMN role TEXT NOT NULL DEFAULT '',
        ADD COLUMN department TEXT NOT NULL DEFAULT '',
        ADD COLUMN shared BOOLEAN NOT NULL DEFAULT FALSE,
        ADD COLUMN hr_document BYTEA""",
    # Older versions did not keep their own header: they get the plan's current one.
    """UPDATE versions v SET owner = p.owner, saved_by = p.owner, name = p.name,
        name_key = p.name_key, role = p.role, department = p.department, shared = p.shared
        FROM plans p WHERE p.id = v.plan_id""",
    """ALTER TABLE versions
        ALTER COLUMN owner SET NOT NULL, ALTER COLUMN owner SET DEFAULT current_user,
        ALTER COLUMN saved_by SET NOT NULL, ALTER COLUMN saved_by SET DEFAULT current_user""",
    "ALTER TABLE versions ADD CONSTRAINT versions_pkey PRIMARY KEY (owner, plan_id, version)",
    """ALTER TABLE versions ADD CONSTRAINT versions_plan_fkey FOREIGN KEY (owner, plan_id)
        REFERENCES plans (owner, id) ON UPDATE CASCADE ON DELETE CASCADE""",
]

_PLAN_FK = (
    "FOREIGN KEY (owner, plan_id) REFERENCES plans (owner, id) ON UPDATE CASCADE ON DELETE CASCADE"
)

V3_TABLES = [
    """CREATE TABLE install_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE people (
        login NAME PRIMARY KEY,
        display_name TEXT NOT NULL DEFAULT '' CHECK (length(display_name) <= 200),
        kind TEXT NOT NULL CHECK (kind IN ('medewerker', 'coach', 'hr')),
        added_at TIMESTAMPTZ NOT NULL DEFAULT now())""",
    """CREATE TABLE coaching (
        coach NAME NOT NULL REFERENCES people (login) ON UPDATE CASCADE ON DELETE CASCADE,
        employee NAME NOT NULL REFERENCES people (login) ON UPDATE CASCADE ON DELETE CASCADE,
        PRIMARY KEY (coach, employee),
        CHECK (coach <> employee))""",
    "CREATE INDEX coaching_by_employee ON coaching (employee)",
    f"""CREATE TABLE shares (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        owner NAME NOT NULL DEFAULT current_user,
        plan_id TEXT NOT NULL,
        grantee NAME NOT NULL,
        granted BOOLEAN NOT NULL,
        at TIMESTAMPTZ NOT NULL DEFAULT now(),
        {_PLAN_FK})""",
    f"""CREATE TABLE plan_access (
        owner NAME NOT NULL,
        plan_id TEXT NOT NULL,
        grantee NAME NOT NULL,
        since TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (owner, plan_id, grantee),
        {_PLAN_FK})""",
    "CREATE INDEX plan_access_by_grantee ON plan_access (grantee)",
    f"""CREATE TABLE notes (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        owner NAME NOT NULL,
        plan_id TEXT NOT NULL,
        client_id TEXT NOT NULL CHECK (length(client_id) BETWEEN 1 AND 100),
        goal_id TEXT,
        author NAME NOT NULL DEFAULT current_user,
        body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
        private BOOLEAN NOT NULL DEFAULT FALSE,
        written_on DATE NOT NULL DEFAULT current_date,
        recorded_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        UNIQUE (owner, plan_id, author, client_id),
        {_PLAN_FK})""",
    """CREATE TABLE signatures (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        owner NAME NOT NULL,
        plan_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('employee', 'coach', 'manager')),
        signer NAME NOT NULL DEFAULT current_user,
        signed_on DATE NOT NULL,
        recorded_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        FOREIGN KEY (owner, plan_id, version) REFERENCES versions (owner, plan_id, version)
            ON UPDATE CASCADE ON DELETE CASCADE)""",
    "CREATE INDEX signatures_by_plan ON signatures (owner, plan_id)",
    """CREATE TABLE erasures (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        owner NAME NOT NULL DEFAULT current_user,
        plan_id TEXT NOT NULL,
        requested_by NAME NOT NULL DEFAULT current_user,
        at TIMESTAMPTZ NOT NULL DEFAULT now())""",
    f"""CREATE TABLE hr_extracts (
        owner NAME NOT NULL,
        plan_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        saved_at TIMESTAMPTZ NOT NULL,
        name_key TEXT NOT NULL DEFAULT '',
        department TEXT NOT NULL DEFAULT '',
        schema_version INTEGER NOT NULL,
        document BYTEA NOT NULL,
        PRIMARY KEY (owner, plan_id),
        {_PLAN_FK})""",
    "CREATE INDEX hr_extracts_order ON hr_extracts (name_key, plan_id)",
]


def _pg_v3(conn: psycopg.Connection) -> None:
    """Owners, authors and the tables the access rules need (see the module docstring)."""
    for statement in V3_PLANS + V3_TABLES:
        conn.execute(statement)
    from pop_assistent.storage.shared_view import backfill_hr_extracts

    backfill_hr_extracts(conn)


CARRIED_OVER = "~oude opslag"
"""The author (or signer) of a note or signature carried over from a document of an older
store: the login that wrote it is not known, only the name in the document (author_name,
signer_name). No login can have this name (a login never starts with '~')."""

MAX_DOCUMENT_BYTES = 16 * 1024 * 1024
"""The largest compressed plan document a version may hold (a real one is a few kB)."""

V4 = [
    # Every index contains the column its table's policy compares with session_user, so no
    # query plan can count someone else's rows (storage/postgres_security.py).
    "DROP INDEX IF EXISTS plans_by_name",
    "DROP INDEX IF EXISTS plans_by_shared",
    "DROP INDEX IF EXISTS hr_extracts_order",
    "DROP INDEX IF EXISTS plan_access_by_grantee",
    "CREATE INDEX plans_by_name ON plans (owner, name_key, id)",
    "CREATE INDEX plan_access_by_grantee ON plan_access (grantee, owner, plan_id)",
    # Notes and signatures carried over from documents of an older store: the name written
    # in the document, since the login that wrote them is not known.
    """ALTER TABLE notes
        ADD COLUMN author_name TEXT NOT NULL DEFAULT '' CHECK (length(author_name) <= 200),
        ADD COLUMN migrated BOOLEAN NOT NULL DEFAULT FALSE""",
    """ALTER TABLE signatures
        ADD COLUMN signer_name TEXT NOT NULL DEFAULT '' CHECK (length(signer_name) <= 200),
        ADD COLUMN migrated BOOLEAN NOT NULL DEFAULT FALSE""",
    # Logins of people who were removed: never given to someone new.
    """CREATE TABLE former_logins (
        login NAME PRIMARY KEY,
        display_name TEXT NOT NULL DEFAULT '',
        removed_at TIMESTAMPTZ NOT NULL DEFAULT now())""",
    f"""ALTER TABLE versions ADD CONSTRAINT versions_document_size
        CHECK (octet_length(document) <= {MAX_DOCUMENT_BYTES}
               AND octet_length(hr_document) <= {MAX_DOCUMENT_BYTES}) NOT VALID""",
]


def _pg_v4(conn: psycopg.Connection) -> None:
    """Indexes no query plan can count through, size limits, and notes and signatures that
    lived inside the documents of an older store as rows of their own."""
    for statement in V4:
        conn.execute(statement)
    carry_over(conn)


def carry_over(conn: psycopg.Connection) -> tuple[int, int]:
    """Notes and signatures inside the documents of a store from before step 3 become rows,
    marked as carried over (author CARRIED_OVER, the document's name in author_name); then no
    document keeps a private note, which from now on only its author may read.

    Per plan the document that counts is its latest version saved before step 3 (what the old
    store showed); a version saved since holds no notes. Returns (notes, signatures)."""
    from pop_assistent.storage.codec import decode_plan, encode_plan

    row = conn.execute("SELECT applied_at FROM pop_schema_migrations WHERE version = 3").fetchone()
    cutoff = row[0] if row else None
    latest = conn.execute(
        "SELECT DISTINCT ON (owner, plan_id) owner, plan_id, version, saved_at, "
        "schema_version, document FROM versions WHERE %s::timestamptz IS NULL "
        "OR saved_at <= %s ORDER BY owner, plan_id, version DESC",
        (cutoff, cutoff),
    ).fetchall()
    notes = signatures = 0
    for owner, plan_id, version, saved_at, schema, blob in latest:
        plan = decode_plan(bytes(blob), schema, f"Versie {version} van plan '{plan_id}'")
        for note in plan.coach_notes:
            notes += conn.execute(
                "INSERT INTO notes (owner, plan_id, client_id, goal_id, author, author_name, "
                "body, private, written_on, recorded_at, migrated) VALUES (%s, %s, %s, %s, %s, "
                "%s, %s, %s, %s, %s, TRUE) ON CONFLICT DO NOTHING",
                (owner, plan_id, note.id[:100], note.goal_id, CARRIED_OVER, note.author[:200],
                 note.text, note.private, note.written_on or saved_at.date(), saved_at),
            ).rowcount  # fmt: skip
        for sign in plan.sign_offs:
            signatures += conn.execute(
                "INSERT INTO signatures (owner, plan_id, version, role, signer, signer_name, "
                "signed_on, recorded_at, migrated) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, TRUE)",
                (owner, plan_id, version, str(sign.role), CARRIED_OVER, sign.name[:200],
                 sign.signed_on, saved_at),
            ).rowcount  # fmt: skip
    rows = conn.execute(
        "SELECT owner, plan_id, version, schema_version, document FROM versions"
    ).fetchall()
    for owner, plan_id, version, schema, blob in rows:
        plan = decode_plan(bytes(blob), schema, f"Versie {version} van plan '{plan_id}'")
        if any(note.private for note in plan.coach_notes):
            kept = [note for note in plan.coach_notes if not note.private]
            document, size = encode_plan(plan.model_copy(update={"coach_notes": kept}))
            conn.execute(
                "UPDATE versions SET document = %s, size_bytes = %s, schema_version = %s "
                "WHERE owner = %s AND plan_id = %s AND version = %s",
                (document, size, SCHEMA_VERSION, owner, plan_id, version),
            )
    return notes, signatures


PG_MIGRATIONS: list[Callable[[psycopg.Connection], None]] = [_pg_v1, _pg_v2, _pg_v3, _pg_v4]
"""PG_MIGRATIONS[n] takes the database from schema version n to n + 1."""

PG_SCHEMA_VERSION = len(PG_MIGRATIONS)


def schema_version(conn: psycopg.Connection) -> int:
    """The highest applied migration (0 for an empty schema); the search_path names the schema."""
    exists = conn.execute("SELECT to_regclass('pop_schema_migrations') IS NOT NULL").fetchone()
    if not exists or not exists[0]:
        return 0
    row = conn.execute("SELECT COALESCE(MAX(version), 0) FROM pop_schema_migrations").fetchone()
    return int(row[0]) if row else 0


def too_new(current: int) -> PopError:
    """This program is older than the database."""
    return PopError(
        N_(
            "Deze database is gemaakt door een nieuwere versie van POP-assistent (schema "
            "{current}). Werk het programma bij; er is niets veranderd."
        ),
        current=current,
    )


def migrate_postgres(conn: psycopg.Connection, target: int = PG_SCHEMA_VERSION) -> int:
    """Bring the tables up to `target` inside the caller's transaction; returns the old version.

    The caller holds the install lock and has set the search_path to the store's schema.
    """
    conn.execute(
        "CREATE TABLE IF NOT EXISTS pop_schema_migrations ("
        "version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
    )
    current = schema_version(conn)
    if current > PG_SCHEMA_VERSION:
        raise too_new(current)
    for step in range(current, target):
        PG_MIGRATIONS[step](conn)
        conn.execute("INSERT INTO pop_schema_migrations (version) VALUES (%s)", (step + 1,))
    return current
