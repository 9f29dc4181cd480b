"""Versioned schema migrations for the shared PostgreSQL store.

The same two steps as the SQLite store (storage/migrations.py), in PostgreSQL's dialect. The
applied versions are rows of `pop_schema_migrations`; a transaction-level advisory lock makes
two programs that start at the same moment migrate one after the other, never both at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pop_assistent.errors import PopError
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


PG_MIGRATIONS: list[Callable[[psycopg.Connection], None]] = [_pg_v1, _pg_v2]
"""PG_MIGRATIONS[n] takes the database from schema version n to n + 1."""

PG_SCHEMA_VERSION = len(PG_MIGRATIONS)


def schema_version(conn: psycopg.Connection) -> int:
    """The highest applied migration (0 for an empty database)."""
    exists = conn.execute("SELECT to_regclass('pop_schema_migrations') IS NOT NULL").fetchone()
    if not exists or not exists[0]:
        return 0
    row = conn.execute("SELECT COALESCE(MAX(version), 0) FROM pop_schema_migrations").fetchone()
    return int(row[0]) if row else 0


def migrate_postgres(conn: psycopg.Connection, target: int = PG_SCHEMA_VERSION) -> int:
    """Bring the database up to `target` in one transaction; returns the version it had before."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        conn.execute(
            "CREATE TABLE IF NOT EXISTS pop_schema_migrations ("
            "version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
        )
        current = schema_version(conn)
        if current > PG_SCHEMA_VERSION:
            raise PopError(
                f"Deze database is gemaakt door een nieuwere versie van POP-assistent "
                f"(schema {current}). Werk het programma bij; er is niets veranderd.",
                f"This database was made by a newer version of POP-assistent (schema {current}). "
                "Please upgrade the program; nothing was changed.",
            )
        for step in range(current, target):
            PG_MIGRATIONS[step](conn)
            conn.execute("INSERT INTO pop_schema_migrations (version) VALUES (%s)", (step + 1,))
    return current
