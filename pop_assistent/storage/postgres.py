"""The shared store on PostgreSQL: the same PlanStore as the SQLite file, for a whole organisation.

Selected with `POP_DATABASE_URL=postgresql://...`. Behaviour matches storage/sqlite.py: every save
appends a version, a save whose base version is no longer the latest raises ConflictError and
changes nothing, names resolve through storage/resolve.py, and plan documents go through the same
codec. Optimistic locking is one conditional UPDATE (`... WHERE latest_version = base`), so two
sessions can never both append the same version number.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any, ParamSpec, TypeVar

import psycopg

from pop_assistent.errors import ConflictError, PlanNotFoundError, PopError
from pop_assistent.model import SCHEMA_VERSION, Plan
from pop_assistent.storage.base import PlanSummary, StoredPlan, VersionInfo
from pop_assistent.storage.codec import decode_plan, encode_plan
from pop_assistent.storage.messages import missing_version, save_conflict, unknown_plan
from pop_assistent.storage.postgres_migrations import migrate_postgres
from pop_assistent.storage.resolve import fold, resolve_ref

Clock = Callable[[], datetime]
STREAM_BATCH = 500
CONNECT_TIMEOUT_S = 10


def utc_now() -> datetime:
    """The real clock (the default); tests inject their own."""
    return datetime.now(UTC)


def where_is(url: str) -> str:
    """'database pop on db.example:5432' for a message, never the password."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.Error:
        return "de opgegeven database"
    host = info.get("host") or "localhost"
    port = info.get("port") or "5432"
    return f"{info.get('dbname') or '?'} op {host}:{port}"


def _connect(url: str) -> psycopg.Connection[Any]:
    try:
        conn = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S)
    except psycopg.Error as exc:
        reason = " ".join(str(exc).split())[:300]
        place = where_is(url)
        raise PopError(
            f"De gedeelde database ({place}) is niet bereikbaar: {reason}. Controleer "
            "POP_DATABASE_URL, of laat het leeg om de ingebouwde database te gebruiken.",
            f"The shared database ({place.replace(' op ', ' on ')}) cannot be reached: {reason}. "
            "Check POP_DATABASE_URL, or leave it empty to use the embedded database.",
        ) from exc
    conn.execute("SET TIME ZONE 'UTC'")
    return conn


P = ParamSpec("P")
R = TypeVar("R")


def _lost(exc: psycopg.Error) -> PopError:
    reason = " ".join(str(exc).split())[:300]
    return PopError(
        f"De verbinding met de gedeelde database is weggevallen ({reason}). Er is niets "
        "half bewaard; probeer het opnieuw.",
        f"The connection to the shared database was lost ({reason}). Nothing was half "
        "saved; please try again.",
    )


def friendly(method: Callable[P, R]) -> Callable[P, R]:
    """A dropped connection or a server that went away becomes one sentence, not a traceback."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
            raise _lost(exc) from exc

    return wrapper


class PostgresStore:
    """PlanStore on a PostgreSQL database (see storage/base.py for what each method promises)."""

    def __init__(self, url: str, clock: Clock | None = None) -> None:
        self.url = url
        self._clock = clock or utc_now
        self._lock = threading.RLock()
        self._conn = _connect(url)
        try:
            migrate_postgres(self._conn)
        except psycopg.Error as exc:
            self._conn.close()
            raise PopError(
                f"De gedeelde database kan niet worden klaargezet ({exc}). Er is niets veranderd.",
                f"The shared database cannot be prepared ({exc}). Nothing was changed.",
            ) from exc
        except BaseException:
            self._conn.close()
            raise

    # --- reading -------------------------------------------------------------------------

    @friendly
    def list_plans(self) -> list[PlanSummary]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT id, name, role, department, latest_version, saved_at, shared "
                "FROM plans ORDER BY name_key, id"
            ).fetchall()
        return [PlanSummary(i, n, r, d, v, s, bool(sh)) for i, n, r, d, v, s, sh in rows]

    @friendly
    def resolve(self, ref: str) -> str:
        raw = ref.strip()
        with self._lock:
            if self._conn.execute("SELECT 1 FROM plans WHERE id = %s", (raw,)).fetchone():
                return raw
            pairs = self._conn.execute("SELECT id, name FROM plans").fetchall()
        return resolve_ref(ref, [(i, n) for i, n in pairs])

    @friendly
    def load(self, plan_id: str, version: int | None = None) -> StoredPlan:
        with self._lock:
            latest = self._latest(plan_id)
            if latest is None:
                raise self._unknown(plan_id)
            wanted = latest if version is None else version
            row = self._conn.execute(
                "SELECT version, saved_at, schema_version, document FROM versions "
                "WHERE plan_id = %s AND version = %s",
                (plan_id, wanted),
            ).fetchone()
        if row is None:
            raise missing_version(plan_id, wanted, latest)
        number, saved_at, schema, blob = row
        plan = decode_plan(bytes(blob), schema, f"Versie {number} van plan '{plan_id}'")
        return StoredPlan(plan=plan, version=number, saved_at=saved_at)

    def latest_plans(self, shared_only: bool = False) -> Iterator[Plan]:
        """Streamed through a server-side cursor, so 10,000 plans never sit in memory at once."""
        sql = (
            "SELECT p.id, v.version, v.schema_version, v.document FROM plans p "
            "JOIN versions v ON v.plan_id = p.id AND v.version = p.latest_version"
            + (" WHERE p.shared" if shared_only else "")
            + " ORDER BY p.name_key, p.id"
        )
        # A separate connection: the stream holds a transaction open while the caller
        # iterates, and the caller may load or save on this store in the meantime.
        try:
            conn = psycopg.connect(self.url, connect_timeout=CONNECT_TIMEOUT_S)
        except psycopg.Error as exc:
            raise _lost(exc) from exc
        try:
            with conn.cursor(name="pop_latest_plans", binary=True) as cursor:
                cursor.itersize = STREAM_BATCH
                cursor.execute(sql)
                while rows := cursor.fetchmany(STREAM_BATCH):
                    for plan_id, number, schema, blob in rows:
                        yield decode_plan(blob, schema, f"Versie {number} van plan '{plan_id}'")
        except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
            raise _lost(exc) from exc
        finally:
            conn.close()

    @friendly
    def history(self, plan_id: str) -> list[VersionInfo]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT version, saved_at, note, size_bytes FROM versions "
                "WHERE plan_id = %s ORDER BY version",
                (plan_id,),
            ).fetchall()
        if not rows:
            raise self._unknown(plan_id)
        return [VersionInfo(v, s, n, b) for v, s, n, b in rows]

    # --- writing -------------------------------------------------------------------------

    @friendly
    def save(self, plan: Plan, base_version: int | None, note: str = "") -> int:
        blob, size = encode_plan(plan)
        saved_at = self._clock().astimezone(UTC)
        employee = plan.employee
        header = (employee.name, fold(employee.name), employee.role, employee.department)
        with self._lock, self._conn.transaction():
            if base_version is None:
                inserted = self._conn.execute(
                    "INSERT INTO plans (id, name, name_key, role, department, shared, "
                    "latest_version, saved_at) VALUES (%s, %s, %s, %s, %s, %s, 1, %s) "
                    "ON CONFLICT (id) DO NOTHING RETURNING 1",
                    (plan.id, *header, plan.shared, saved_at),
                ).fetchone()
                number = 1
            else:
                number = base_version + 1
                inserted = self._conn.execute(
                    "UPDATE plans SET name = %s, name_key = %s, role = %s, department = %s, "
                    "shared = %s, latest_version = %s, saved_at = %s "
                    "WHERE id = %s AND latest_version = %s RETURNING 1",
                    (*header, plan.shared, number, saved_at, plan.id, base_version),
                ).fetchone()
            if inserted is None:
                raise self._conflict(plan.id, self._latest(plan.id), base_version)
            self._conn.execute(
                "INSERT INTO versions (plan_id, version, saved_at, note, schema_version, "
                "size_bytes, document) VALUES (%s, %s, %s, %s, %s, %s, %s)",
                (plan.id, number, saved_at, note[:1000], SCHEMA_VERSION, size, blob),
            )
        return number

    def restore(self, plan_id: str, version: int, base_version: int | None = None) -> int:
        old = self.load(plan_id, version)
        base = base_version if base_version is not None else self._latest(plan_id)
        return self.save(old.plan, base, note=f"Hersteld van versie {version}")

    @friendly
    def delete(self, plan_id: str) -> None:
        with self._lock, self._conn.transaction():
            deleted = self._conn.execute(
                "DELETE FROM plans WHERE id = %s RETURNING 1", (plan_id,)
            ).fetchone()
            if deleted is None:
                raise self._unknown(plan_id)
            # ON DELETE CASCADE removes the versions in the same transaction.

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- helpers (messages identical to the SQLite store's) ----------------------------

    def _latest(self, plan_id: str) -> int | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT latest_version FROM plans WHERE id = %s", (plan_id,)
            ).fetchone()
        return None if row is None else int(row[0])

    def _unknown(self, plan_id: str) -> PlanNotFoundError:
        return unknown_plan(plan_id)

    def _conflict(self, plan_id: str, latest: int | None, base: int | None) -> ConflictError:
        return save_conflict(plan_id, latest, base)
