"""The embedded store: one SQLite file, every save appended as a new version.

Durability: WAL journal with synchronous=FULL, so a committed save survives not only a killed
process but also a power cut (NORMAL+WAL would survive the first, not always the second, and a
save costs well under a millisecond more here). Privacy: the file and its -wal/-shm companions
are created owner-only (0600) and deleted content is overwritten (secure_delete).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from pop_assistent.errors import ConflictError, PlanNotFoundError, PopError
from pop_assistent.model import SCHEMA_VERSION, Plan
from pop_assistent.storage.base import PlanSummary, StoredPlan, VersionInfo
from pop_assistent.storage.codec import decode_plan, encode_plan
from pop_assistent.storage.messages import missing_version, save_conflict, unknown_plan
from pop_assistent.storage.migrations import migrate_database
from pop_assistent.storage.resolve import fold, resolve_ref

Clock = Callable[[], datetime]
BUSY_TIMEOUT_MS = 5000
STREAM_BATCH = 256
COMPANIONS = ("", "-wal", "-shm", "-journal")


def utc_now() -> datetime:
    """The real clock (the default); tests inject their own."""
    return datetime.now(UTC)


def make_private(path: Path) -> None:
    """Owner-only permissions on the database file and the files SQLite keeps next to it."""
    for suffix in COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.chmod(companion, 0o600)


def _connect(path: Path) -> sqlite3.Connection:
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Create the file 0600 ourselves: SQLite then gives -wal and -shm the same mode.
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
        make_private(path)
        conn = sqlite3.connect(
            path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )
    except (OSError, sqlite3.Error) as exc:
        raise PopError(
            f"De database {path} kan niet geopend worden: {exc}.",
            f"The database {path} cannot be opened: {exc}.",
        ) from exc
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(f"journal mode {mode}")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
    except sqlite3.Error as exc:
        conn.close()
        raise PopError(
            f"Het bestand {path} is geen bruikbare POP-database ({exc}). Er is niets veranderd.",
            f"The file {path} is not a usable POP database ({exc}). Nothing was changed.",
        ) from exc
    return conn


def _busy(exc: sqlite3.OperationalError) -> PopError:
    return PopError(
        f"De database is bezet door een andere sessie ({exc}). Probeer het zo meteen opnieuw.",
        f"The database is busy in another session ({exc}). Please try again in a moment.",
    )


class SQLiteStore:
    """PlanStore on one SQLite file (see storage/base.py for what each method promises)."""

    def __init__(self, path: Path, clock: Clock | None = None) -> None:
        self.path = Path(path)
        self._clock = clock or utc_now
        self._lock = threading.RLock()
        self._conn = _connect(self.path)
        try:
            migrate_database(self._conn)
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise PopError(
                f"Het bestand {self.path} is geen bruikbare POP-database ({exc}).",
                f"The file {self.path} is not a usable POP database ({exc}).",
            ) from exc
        make_private(self.path)

    # --- reading -------------------------------------------------------------------------

    def list_plans(self) -> list[PlanSummary]:
        rows = self._conn.execute(
            "SELECT id, name, role, department, latest_version, saved_at, shared "
            "FROM plans ORDER BY name_key, id"
        ).fetchall()
        return [
            PlanSummary(i, n, r, d, v, datetime.fromisoformat(s), bool(sh))
            for i, n, r, d, v, s, sh in rows
        ]

    def resolve(self, ref: str) -> str:
        raw = ref.strip()
        if self._conn.execute("SELECT 1 FROM plans WHERE id = ?", (raw,)).fetchone():
            return raw
        return resolve_ref(ref, self._conn.execute("SELECT id, name FROM plans"))

    def load(self, plan_id: str, version: int | None = None) -> StoredPlan:
        with self._lock:
            latest = self._latest(plan_id)
            if latest is None:
                raise self._unknown(plan_id)
            wanted = latest if version is None else version
            row = self._conn.execute(
                "SELECT version, saved_at, schema_version, document FROM versions "
                "WHERE plan_id = ? AND version = ?",
                (plan_id, wanted),
            ).fetchone()
        if row is None:
            raise missing_version(plan_id, wanted, latest)
        number, saved_at, schema, blob = row
        where = f"Versie {number} van plan '{plan_id}'"
        plan = decode_plan(blob, schema, where)
        return StoredPlan(plan=plan, version=number, saved_at=datetime.fromisoformat(saved_at))

    def latest_plans(self, shared_only: bool = False) -> Iterator[Plan]:
        sql = (
            "SELECT p.id, v.version, v.schema_version, v.document FROM plans p "
            "JOIN versions v ON v.plan_id = p.id AND v.version = p.latest_version"
            + (" WHERE p.shared = 1" if shared_only else "")
            + " ORDER BY p.name_key, p.id"
        )
        cursor = self._conn.execute(sql)
        try:
            while rows := cursor.fetchmany(STREAM_BATCH):
                for plan_id, number, schema, blob in rows:
                    yield decode_plan(blob, schema, f"Versie {number} van plan '{plan_id}'")
        finally:
            cursor.close()

    def history(self, plan_id: str) -> list[VersionInfo]:
        rows = self._conn.execute(
            "SELECT version, saved_at, note, size_bytes FROM versions "
            "WHERE plan_id = ? ORDER BY version",
            (plan_id,),
        ).fetchall()
        if not rows:
            raise self._unknown(plan_id)
        return [VersionInfo(v, datetime.fromisoformat(s), n, b) for v, s, n, b in rows]

    # --- writing -------------------------------------------------------------------------

    def save(self, plan: Plan, base_version: int | None, note: str = "") -> int:
        blob, size = encode_plan(plan)
        saved_at = self._clock().astimezone(UTC).isoformat(timespec="microseconds")
        employee = plan.employee
        with self._lock, self._write():
            latest = self._latest(plan.id)
            if latest != base_version:
                raise self._conflict(plan.id, latest, base_version)
            number = (latest or 0) + 1
            self._conn.execute(
                "INSERT INTO plans (id, name, name_key, role, department, shared, "
                "latest_version, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                "name_key = excluded.name_key, role = excluded.role, "
                "department = excluded.department, shared = excluded.shared, "
                "latest_version = excluded.latest_version, saved_at = excluded.saved_at",
                (
                    plan.id,
                    employee.name,
                    fold(employee.name),
                    employee.role,
                    employee.department,
                    int(plan.shared),
                    number,
                    saved_at,
                ),
            )
            self._conn.execute(
                "INSERT INTO versions (plan_id, version, saved_at, note, schema_version, "
                "size_bytes, document) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (plan.id, number, saved_at, note[:1000], SCHEMA_VERSION, size, blob),
            )
        return number

    def restore(self, plan_id: str, version: int, base_version: int | None = None) -> int:
        old = self.load(plan_id, version)
        base = base_version if base_version is not None else self._latest(plan_id)
        return self.save(old.plan, base, note=f"Hersteld van versie {version}")

    def delete(self, plan_id: str) -> None:
        with self._lock:
            with self._write():
                if self._latest(plan_id) is None:
                    raise self._unknown(plan_id)
                self._conn.execute("DELETE FROM versions WHERE plan_id = ?", (plan_id,))
                self._conn.execute("DELETE FROM plans WHERE id = ?", (plan_id,))
            # secure_delete already zeroed the freed pages; move them out of the WAL and shrink
            # the file so the removed plan leaves no trace on disk.
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            try:
                self._conn.execute("VACUUM")
            except sqlite3.OperationalError:
                pass  # another session is reading: the data is gone, the file just stays larger

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- helpers -------------------------------------------------------------------------

    def _latest(self, plan_id: str) -> int | None:
        row = self._conn.execute(
            "SELECT latest_version FROM plans WHERE id = ?", (plan_id,)
        ).fetchone()
        return None if row is None else int(row[0])

    def _write(self) -> _Transaction:
        return _Transaction(self._conn)

    def _unknown(self, plan_id: str) -> PlanNotFoundError:
        return unknown_plan(plan_id)

    def _conflict(self, plan_id: str, latest: int | None, base: int | None) -> ConflictError:
        return save_conflict(plan_id, latest, base)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error: a save is all or nothing."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __enter__(self) -> None:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise _busy(exc) from exc

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            try:
                self._conn.execute("COMMIT")
            except sqlite3.OperationalError as error:
                self._conn.execute("ROLLBACK")
                raise _busy(error) from error
        else:
            self._conn.execute("ROLLBACK")
