"""Small versioned migrations: one for the database schema, one for plan documents.

Both are lists of functions that each take one step (version n to n+1), so an old database or
an old exported plan is brought up to date one known step at a time and never guessed at.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from pop_assistent.errors import InvalidDataError, PopError
from pop_assistent.i18n import N_
from pop_assistent.model import SCHEMA_VERSION
from pop_assistent.storage.resolve import fold

# --- database schema (PRAGMA user_version) -------------------------------------------------


def _db_v1(conn: sqlite3.Connection) -> None:
    """The first schema: one header row per plan, and every version as a compressed document."""
    conn.execute(
        """CREATE TABLE plans (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            department TEXT NOT NULL DEFAULT '',
            shared INTEGER NOT NULL DEFAULT 0,
            latest_version INTEGER NOT NULL,
            saved_at TEXT NOT NULL
        )"""
    )
    conn.execute(
        """CREATE TABLE versions (
            plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            saved_at TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            schema_version INTEGER NOT NULL,
            size_bytes INTEGER NOT NULL,
            document BLOB NOT NULL,
            PRIMARY KEY (plan_id, version)
        )"""
    )


def _db_v2(conn: sqlite3.Connection) -> None:
    """A folded name (lower case, no accents) so 'jose' finds 'José' and lists sort naturally."""
    conn.execute("ALTER TABLE plans ADD COLUMN name_key TEXT NOT NULL DEFAULT ''")
    rows = conn.execute("SELECT id, name FROM plans").fetchall()
    conn.executemany("UPDATE plans SET name_key = ? WHERE id = ?", [(fold(n), i) for i, n in rows])
    conn.execute("CREATE INDEX plans_by_name ON plans (name_key, id)")
    conn.execute("CREATE INDEX plans_by_shared ON plans (shared)")


DB_MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_db_v1, _db_v2]
"""DB_MIGRATIONS[n] takes a database from schema version n to n + 1."""

DB_SCHEMA_VERSION = len(DB_MIGRATIONS)


def migrate_database(conn: sqlite3.Connection, target: int = DB_SCHEMA_VERSION) -> int:
    """Bring the database up to `target` in one transaction; returns the version it had before.

    A database that is already current is only read: opening it never takes the write lock,
    so a busy or read-only database can still be looked at.
    """
    current = _schema_version(conn)
    if current >= target:
        return current
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = _schema_version(conn)  # another program may have migrated meanwhile
        for step in range(current, target):
            DB_MIGRATIONS[step](conn)
            conn.execute(f"PRAGMA user_version = {step + 1}")
        conn.execute("COMMIT")
    except BaseException:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass  # SQLite already rolled back (a full disk does that)
        raise
    return current


def _schema_version(conn: sqlite3.Connection) -> int:
    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if current > DB_SCHEMA_VERSION:
        raise PopError(
            N_(
                "Deze database is gemaakt door een nieuwere versie van POP-assistent (schema "
                "{current}). Werk het programma bij; er is niets veranderd."
            ),
            current=current,
        )
    return current


# --- plan documents (Plan.schema_version) --------------------------------------------------

Document = dict[str, Any]

V0_EMPLOYEE_KEYS = ("name", "role", "department", "manager", "coach", "hours_per_week")


def _plan_v0_to_v1(doc: Document) -> Document:
    """Prototype documents (no schema_version) kept the employee's fields at the top level and
    used `checkins` and `notes`; version 1 nests the employee and names them in full."""
    doc = dict(doc)
    employee = dict(doc.pop("employee", None) or {})
    for key in V0_EMPLOYEE_KEYS:
        if key in doc:
            employee.setdefault(key, doc.pop(key))
    doc["employee"] = employee
    if "checkins" in doc:
        doc["check_ins"] = doc.pop("checkins")
    if "notes" in doc:
        doc["coach_notes"] = doc.pop("notes")
    doc["schema_version"] = 1
    return doc


def _plan_v1_to_v2(doc: Document) -> Document:
    """Version 2 keeps the action's title in each check-in update: fill it in from the actions
    the document still has (an action removed before version 2 stays without a title)."""
    doc = dict(doc)
    actions = doc.get("actions")
    titles: dict[object, str] = {}
    for action in actions if isinstance(actions, list) else []:
        if isinstance(action, dict) and isinstance(action.get("title"), str):
            titles[action.get("id")] = action["title"]
    check_ins = doc.get("check_ins")
    if isinstance(check_ins, list):
        doc["check_ins"] = [_titled_check_in(c, titles) for c in check_ins]
    doc["schema_version"] = 2
    return doc


def _titled_check_in(check_in: object, titles: dict[object, str]) -> object:
    if not isinstance(check_in, dict) or not isinstance(check_in.get("updates"), list):
        return check_in
    updates = [
        {**u, "title": titles[u.get("action_id")]}
        if isinstance(u, dict) and not u.get("title") and u.get("action_id") in titles
        else u
        for u in check_in["updates"]
    ]
    return {**check_in, "updates": updates}


def _plan_v2_to_v3(doc: Document) -> Document:
    """Versions 1 and 2 kept the conversation's state as a dict of strings (flags "1"/"", comma
    lists, the check-in's cursor under 'opvolging.' keys); version 3 types it (`Pending`,
    `CheckInCursor`). See pop_assistent/model/legacy.py."""
    from pop_assistent.model.legacy import typed_conversation

    doc = dict(doc)
    conversation = doc.get("conversation")
    if isinstance(conversation, dict):
        doc["conversation"] = typed_conversation(conversation)
    doc["schema_version"] = 3
    return doc


def _plan_v3_to_v4(doc: Document) -> Document:
    """Version 4 adds fields with defaults (an action's `in_working_time`, the conversation's
    `set_aside`): a version 3 plan reads as it is, and an older app that meets a version 4 plan
    says it comes from a newer version instead of failing on fields it does not know."""
    return {**doc, "schema_version": 4}


PLAN_MIGRATIONS: dict[int, Callable[[Document], Document]] = {
    0: _plan_v0_to_v1,
    1: _plan_v1_to_v2,
    2: _plan_v2_to_v3,
    3: _plan_v3_to_v4,
}
"""PLAN_MIGRATIONS[n] takes a plan document from schema version n to n + 1."""


def migrate_document(doc: object) -> Document:
    """Bring a plan document (parsed JSON) up to the current schema_version, step by step."""
    if not isinstance(doc, dict):
        raise InvalidDataError(
            N_("Dit is geen plan: er wordt een JSON-object met de velden van een plan verwacht.")
        )
    version = doc.get("schema_version", 0)
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise InvalidDataError(
            N_("De schemaversie van dit plan ({version}) is geen geldig getal."),
            version=str(version)[:20],
        )
    if version > SCHEMA_VERSION:
        raise InvalidDataError(
            N_(
                "Dit plan komt uit een nieuwere versie van POP-assistent (schemaversie {version}). "
                "Werk het programma bij om het te openen."
            ),
            version=version,
        )
    while version < SCHEMA_VERSION:
        doc = PLAN_MIGRATIONS[version](doc)
        version += 1
        doc["schema_version"] = version
    return doc
