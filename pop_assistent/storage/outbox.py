"""Saves that wait for the shared database: a small owner-only SQLite file on this computer.

When the server is gone (restarted, network down), every save of the shared store lands here,
in order, with the version it was based on; when the server answers again, the store sends them
in the same order. The file lives in the user's (owner-only) data directory. Each save carries
the address it was meant for and the login the server said it was made by (`session_user`), so
a queue is never sent to another database or as another person, even when the address names no
user (a service file, PGUSER) and the person behind it changed. A sent save is deleted with
SQLite's secure_delete, so its plan is not left in the file's free pages.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

FILENAME = "pop-wachtrij.sqlite3"


@dataclass(frozen=True)
class Queued:
    """One save that has not reached the server yet."""

    id: int
    plan_id: str
    base_version: int | None
    note: str
    saved_at: datetime
    document: bytes
    login: str | None
    """The login that made the save (None: queued by an older version, which did not say)."""


class Outbox:
    """The queue of saves for one database and login (`target`)."""

    def __init__(self, directory: Path, target: str) -> None:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.path = directory / FILENAME
        self.target = target
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        os.close(fd)
        os.chmod(self.path, 0o600)
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA secure_delete = ON")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS queued (id INTEGER PRIMARY KEY AUTOINCREMENT, "
            "target TEXT NOT NULL, plan_id TEXT NOT NULL, base_version INTEGER, "
            "note TEXT NOT NULL, saved_at TEXT NOT NULL, document BLOB NOT NULL, login TEXT)"
        )
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(queued)")}
        if "login" not in columns:  # a queue file of an older version
            self._db.execute("ALTER TABLE queued ADD COLUMN login TEXT")

    def put(
        self,
        plan_id: str,
        base: int | None,
        note: str,
        saved_at: datetime,
        doc: bytes,
        login: str,
    ) -> None:
        """Keep one save (committed to disk before this returns)."""
        self._db.execute(
            "INSERT INTO queued (target, plan_id, base_version, note, saved_at, document, login) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (self.target, plan_id, base, note, saved_at.isoformat(), doc, login),
        )

    def pending(self) -> list[Queued]:
        """Every waiting save, oldest first."""
        rows = self._db.execute(
            "SELECT id, plan_id, base_version, note, saved_at, document, login FROM queued "
            "WHERE target = ? ORDER BY id",
            (self.target,),
        ).fetchall()
        return [
            Queued(i, p, b, n, datetime.fromisoformat(s), bytes(d), who)
            for i, p, b, n, s, d, who in rows
        ]

    def latest(self, plan_id: str, login: str) -> Queued | None:
        """The newest waiting save of one plan by this login."""
        found = [q for q in self.pending() if q.plan_id == plan_id and q.login in (None, login)]
        return found[-1] if found else None

    def done(self, item: Queued) -> None:
        """The save reached the server: forget it."""
        self._db.execute("DELETE FROM queued WHERE id = ?", (item.id,))

    def count(self) -> int:
        row = self._db.execute(
            "SELECT count(*) FROM queued WHERE target = ?", (self.target,)
        ).fetchone()
        return int(row[0]) if row else 0

    def close(self) -> None:
        self._db.close()
