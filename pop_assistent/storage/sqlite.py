"""The embedded store: one SQLite file, every save appended as a new version.

Durability: WAL journal with synchronous=NORMAL. A save is committed when `save` returns: its
pages are written to the -wal file, so a killed or crashed app never loses an answer it showed
a reply to (tests/test_storage_kill.py kills one right after a reply). What NORMAL does not do
is wait for the disk (fsync) at every commit: after a power cut or an operating-system crash,
the saves of the last moments before it may be missing (the plan opens at an earlier version),
but the file is never damaged. The -wal file is synced at every checkpoint (SQLite's automatic
one, and the one `close` asks for), so everything saved before the app was closed survives a
power cut too. FULL made every answer wait for the disk: 1-7 ms per turn on a busy disk, and
the slowest turns of the app (bench/tui.py). Privacy: the file and its -wal/-shm companions are
created owner-only (0600) and deleted content is overwritten (secure_delete).
"""

from __future__ import annotations

import functools
import os
import sqlite3
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

from pop_assistent.errors import ConflictError, PlanNotFoundError
from pop_assistent.model import SCHEMA_VERSION, Plan
from pop_assistent.storage.base import PlanSummary, StoredPlan, VersionInfo
from pop_assistent.storage.codec import decode_plan, encode_plan
from pop_assistent.storage.messages import missing_version, save_conflict, unknown_plan
from pop_assistent.storage.migrations import migrate_database
from pop_assistent.storage.resolve import fold, resolve_ref
from pop_assistent.storage.sqlite_faults import classify, fault, is_busy, not_a_folder

Clock = Callable[[], datetime]
BUSY_STEP_MS = 2000
"""How long SQLite itself waits for a lock before we hear about it (and say we are waiting)."""
BUSY_WAIT_S = 60.0
"""How long a patient store (the CLI) keeps waiting for a busy database in all."""
STREAM_BATCH = 256
COMPANIONS = ("", "-wal", "-shm", "-journal")
READABLE_ANYWAY = ("full", "read_only", "no_access")
"""Faults that stop writing but may leave the file readable: the store then opens read-only."""

P = ParamSpec("P")
R = TypeVar("R")


def utc_now() -> datetime:
    """The real clock (the default); tests inject their own."""
    return datetime.now(UTC)


def make_private(path: Path) -> None:
    """Owner-only permissions on the database file and the files SQLite keeps next to it.

    Only files we own and that are not private yet are changed: on a read-only disk, or on a
    file that belongs to someone else, reading still works and a save says why it cannot.
    """
    uid = os.geteuid()
    for suffix in COMPANIONS:
        companion = path.with_name(path.name + suffix)
        try:
            info = companion.stat()
            if info.st_uid == uid and info.st_mode & 0o077:
                os.chmod(companion, 0o600)
        except OSError:
            continue


def _connect(path: Path) -> sqlite3.Connection:
    """A read-write connection in WAL mode; raises sqlite3.Error or OSError as they come."""
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        raise not_a_folder(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except FileExistsError:
        raise not_a_folder(folder) from None
    # Create the file 0600 ourselves: SQLite then gives -wal and -shm the same mode.
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    make_private(path)
    conn = sqlite3.connect(
        path, isolation_level=None, timeout=BUSY_STEP_MS / 1000, check_same_thread=False
    )
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(f"journal mode {mode}")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_STEP_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def _connect_read_only(path: Path) -> sqlite3.Connection | None:
    """A read-only connection for a database we cannot write (a full or read-only disk, a
    folder that is not ours), or None. Without a -wal file (or with an empty one) every
    committed save is in the main file, so SQLite may read it as immutable and needs no -shm
    file it could not create."""
    wal = path.with_name(path.name + "-wal")
    try:
        if not path.is_file():
            return None
        has_wal = wal.exists() and wal.stat().st_size > 0  # an empty one holds no saves
    except OSError:
        return None
    uri = "file:" + urllib.parse.quote(os.fsencode(path)) + "?mode=ro"
    if not has_wal:
        uri += "&immutable=1"
    try:
        conn = sqlite3.connect(
            uri,
            uri=True,
            isolation_level=None,
            timeout=BUSY_STEP_MS / 1000,
            check_same_thread=False,
        )
    except sqlite3.Error:
        return None
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        conn.close()
        return None
    return conn


def guarded(
    doing: str,
) -> Callable[[Callable[Concatenate[SQLiteStore, P], R]], Callable[Concatenate[SQLiteStore, P], R]]:
    """Any sqlite3 or OS error of the method becomes one sentence (storage/sqlite_faults.py)."""

    def decorate(
        method: Callable[Concatenate[SQLiteStore, P], R],
    ) -> Callable[Concatenate[SQLiteStore, P], R]:
        @functools.wraps(method)
        def wrapper(self: SQLiteStore, /, *args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return method(self, *args, **kwargs)
            except (sqlite3.Error, OSError) as exc:
                raise fault(exc, self.path, doing) from exc

        return wrapper

    return decorate


class SQLiteStore:
    """PlanStore on one SQLite file (see storage/base.py for what each method promises).

    Faults become one sentence each (StorageError): a full or read-only disk, a folder that is
    not ours, a damaged page, a missing table. A database we cannot write is still opened for
    reading, so `pop plannen` and `pop toon` work and a save says why it cannot. A busy
    database is waited for: `on_wait` is told once (the CLI prints that it waits), and a
    patient store keeps trying for BUSY_WAIT_S before it gives up with a BusyError; the app
    uses an impatient one and keeps the answer until a later save succeeds.
    """

    def __init__(
        self,
        path: Path,
        clock: Clock | None = None,
        *,
        on_wait: Callable[[], None] | None = None,
        patient: bool = True,
    ) -> None:
        self.path = Path(path)
        self._clock = clock or utc_now
        self._lock = threading.RLock()
        self._on_wait = on_wait
        self._patient = patient
        self._cannot_write: BaseException | None = None
        self._conn = self._open()
        try:
            self._patiently(lambda: migrate_database(self._conn))
        except (sqlite3.Error, OSError) as exc:
            self._conn.close()
            raise fault(exc, self.path, "open") from exc
        except BaseException:
            self._conn.close()
            raise
        make_private(self.path)

    def _open(self) -> sqlite3.Connection:
        try:
            return self._patiently(lambda: _connect(self.path))
        except (sqlite3.Error, OSError) as exc:
            reading = None
            if classify(exc, self.path) in READABLE_ANYWAY:
                reading = _connect_read_only(self.path)
            if reading is None:
                raise fault(exc, self.path, "open") from exc
            self._cannot_write = exc
            return reading

    @property
    def read_only(self) -> bool:
        """True when the database could only be opened for reading."""
        return self._cannot_write is not None

    def _patiently(self, attempt: Callable[[], R]) -> R:
        """Run `attempt`; while another program holds the lock, say so once and keep trying
        (for BUSY_WAIT_S when patient, else only SQLite's own BUSY_STEP_MS)."""
        started: float | None = None
        while True:
            try:
                return attempt()
            except sqlite3.OperationalError as exc:
                if not is_busy(exc):
                    raise
                now = time.monotonic()
                if started is None:
                    started = now
                    if self._patient and self._on_wait is not None:
                        self._on_wait()
                if not self._patient or now - started >= BUSY_WAIT_S:
                    raise

    def _writable(self) -> None:
        """Before a write on a read-only store: reopen for writing if the cause has passed
        (space freed, disk remounted), else say why nothing can be saved."""
        if self._cannot_write is None:
            return
        try:
            conn = _connect(self.path)
        except (sqlite3.Error, OSError) as exc:
            raise fault(exc, self.path, "save") from exc
        self._conn.close()
        self._conn = conn
        self._cannot_write = None

    # --- reading -------------------------------------------------------------------------

    @guarded("read")
    def list_plans(self) -> list[PlanSummary]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT id, name, role, department, latest_version, saved_at, shared "
                "FROM plans ORDER BY name_key, id"
            ).fetchall()
        return [
            PlanSummary(i, n, r, d, v, datetime.fromisoformat(s), bool(sh))
            for i, n, r, d, v, s, sh in rows
        ]

    @guarded("read")
    def resolve(self, ref: str) -> str:
        from pop_assistent.model.clean import clean_text

        ref = clean_text(ref)  # an argument in a non-UTF-8 encoding cannot match, nor crash
        raw = ref.strip()
        with self._lock:
            if self._conn.execute("SELECT 1 FROM plans WHERE id = ?", (raw,)).fetchone():
                return raw
            pairs = self._conn.execute("SELECT id, name FROM plans").fetchall()
        return resolve_ref(ref, pairs)

    @guarded("read")
    def load(self, plan_id: str, version: int | None = None) -> StoredPlan:
        with self._lock:
            latest = self._latest(plan_id)
            if latest is None:
                raise self._unknown(plan_id)
            wanted = latest if version is None else version
            if not 0 < wanted <= latest:  # also keeps a 400-digit number away from SQLite
                raise missing_version(plan_id, wanted, latest)
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
        try:
            cursor = self._conn.execute(sql)
            try:
                while rows := cursor.fetchmany(STREAM_BATCH):
                    for plan_id, number, schema, blob in rows:
                        yield decode_plan(blob, schema, f"Versie {number} van plan '{plan_id}'")
            finally:
                cursor.close()
        except (sqlite3.Error, OSError) as exc:
            raise fault(exc, self.path, "read") from exc

    @guarded("read")
    def history(self, plan_id: str) -> list[VersionInfo]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT version, saved_at, note, size_bytes FROM versions "
                "WHERE plan_id = ? ORDER BY version",
                (plan_id,),
            ).fetchall()
        if not rows:
            raise self._unknown(plan_id)
        return [VersionInfo(v, datetime.fromisoformat(s), n, b) for v, s, n, b in rows]

    # --- writing -------------------------------------------------------------------------

    @guarded("save")
    def save(self, plan: Plan, base_version: int | None, note: str = "") -> int:
        blob, size = encode_plan(plan)
        saved_at = self._clock().astimezone(UTC).isoformat(timespec="microseconds")
        employee = plan.employee
        with self._lock:
            self._writable()
            with self._write():
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
        base = base_version if base_version is not None else self._guarded_latest(plan_id)
        return self.save(old.plan, base, note=f"Hersteld van versie {version}")

    @guarded("save")
    def delete(self, plan_id: str) -> None:
        with self._lock:
            self._writable()
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
        """Sync the saves to the main file (a checkpoint: the -wal file is synced first), then
        close. SQLite does this itself when the last connection closes; here it also happens
        while another session still has the database open."""
        with self._lock:
            if self._cannot_write is None:
                try:
                    self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
                except sqlite3.Error:
                    pass  # busy or failing disk: the saves are in the -wal file all the same
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

    @guarded("read")
    def _guarded_latest(self, plan_id: str) -> int | None:
        return self._latest(plan_id)

    def _write(self) -> _Transaction:
        return _Transaction(self)

    def _unknown(self, plan_id: str) -> PlanNotFoundError:
        return unknown_plan(plan_id)

    def _conflict(self, plan_id: str, latest: int | None, base: int | None) -> ConflictError:
        return save_conflict(plan_id, latest, base)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error: a save is all or nothing.

    Taking the write lock waits patiently (SQLiteStore._patiently); errors pass on as they
    are, for the store's `guarded` to turn into a sentence.
    """

    def __init__(self, store: SQLiteStore) -> None:
        self._store = store
        self._conn = store._conn

    def __enter__(self) -> None:
        self._store._patiently(lambda: self._conn.execute("BEGIN IMMEDIATE"))

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            try:
                self._conn.execute("COMMIT")
            except BaseException:
                self._rollback()
                raise
        else:
            self._rollback()

    def _rollback(self) -> None:
        try:
            self._conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass  # SQLite rolled back already (a full disk or an I/O error does that)
