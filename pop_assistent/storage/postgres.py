"""The shared store on PostgreSQL: the same PlanStore as the SQLite file, for a whole organisation.

Selected with `POP_DATABASE_URL=postgresql://...`, one login per person. The database decides
who sees what (storage/postgres_security.py); this class only asks. What it adds to the SQLite
store's behaviour:

- plans belong to the login that made them; a coach also sees the plans shared with them, HR
  reads the extracts of shared plans (`latest_plans(shared_only=True)`);
- notes and signatures are rows with their recorded author (storage/postgres_parts.py);
- a lost connection is re-opened on the next call; while the server is gone, saves wait in a
  local queue (storage/outbox.py) and are sent, in order, when it is back. `take_notices()`
  says what happened, for the front end to show.

Every save appends a version in one transaction; a save whose base version is no longer the
latest raises ConflictError and changes nothing (the version's primary key and the trigger that
moves the plan's header make two sessions unable to append the same number).
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

import psycopg
from psycopg import errors

from pop_assistent.errors import InvalidDataError, PopError
from pop_assistent.i18n import N_
from pop_assistent.model import SCHEMA_VERSION, Plan, new_id
from pop_assistent.storage.base import PlanSummary, StoredPlan, VersionInfo
from pop_assistent.storage.codec import decode_plan, encode_plan
from pop_assistent.storage.messages import missing_version, save_conflict, unknown_plan
from pop_assistent.storage.outbox import Outbox
from pop_assistent.storage.pg_connect import Target, connect, prepare, scrub
from pop_assistent.storage.postgres_errors import (
    CONFLICT_STATE,
    NO_SUCH_PLAN_STATE,
    Refused,
    ServerGone,
    gone,
    more_than_one,
    not_a_person,
    not_installed,
    not_theirs,
    outdated,
    several_owners,
    translate,
    unreadable,
)
from pop_assistent.storage.postgres_migrations import PG_SCHEMA_VERSION, too_new
from pop_assistent.storage.postgres_parts import (
    add_note,
    add_signature,
    all_parts,
    bare,
    display_names,
    save_parts,
    shown,
    with_parts,
    with_signed_content,
)
from pop_assistent.storage.postgres_sync import Pending
from pop_assistent.storage.resolve import fold, resolve_ref
from pop_assistent.storage.shared_view import hr_projection

Clock = Callable[[], datetime]
STREAM_BATCH = 500
HEADERS = "owner, id, name, role, department, latest_version, saved_at, shared, name_key"
VISIBLE = f"(SELECT {HEADERS} FROM plans UNION ALL SELECT {HEADERS} FROM coached_plans()) p"
"""The plan headers this login may read: its own (row-level security), and as a coach those
shared with it (a function, so that no query plan shows rows it may not read)."""
SHARED_LATEST = (
    "WITH latest AS (SELECT DISTINCT ON (owner) owner, plan_id, version, schema_version, "
    "document, saved_at FROM hr_plans ORDER BY owner, saved_at DESC, plan_id) "
    "SELECT l.owner, l.plan_id, l.version, l.schema_version, l.document, "
    "COALESCE(NULLIF(n.display_name, ''), l.owner::text) AS shown FROM latest l "
    "LEFT JOIN shared_names() n ON n.login = l.owner ORDER BY shown, l.owner"
)
"""Per person the extract of the shared plan they saved last, with the name the administrator
gave them (HR reads every person's, anyone else only their own)."""
ALL_LATEST = (
    "SELECT p.owner, p.id, v.version, v.schema_version, v.document, p.name_key "
    "FROM plans p JOIN versions v ON v.owner = p.owner AND v.plan_id = p.id "
    "AND v.version = p.latest_version UNION ALL SELECT owner, id, version, "
    "schema_version, document, name_key FROM coached_latest() ORDER BY 6, 2, 1"
)
EXTRACT_LIMIT = 8 * 1024 * 1024
"""The most an HR extract may unpack to (it holds no conversation: a real one is a few kB)."""
DOCUMENT_LIMIT = 64 * 1024 * 1024
"""The most a plan written by someone else may unpack to."""
T = TypeVar("T")
Conn = psycopg.Connection[Any]


def utc_now() -> datetime:
    """The real clock (the default); tests inject their own."""
    return datetime.now(UTC)


class PostgresStore:
    """PlanStore on a PostgreSQL database (see storage/base.py for what each method promises)."""

    def __init__(self, url: str, clock: Clock | None = None, queue_dir: Path | None = None):
        self._target: Target = prepare(url)
        self._clock = clock or utc_now
        self._lock = threading.RLock()
        self._notices: list[PopError] = list(self._target.warnings)
        self._pending = Pending(Outbox(queue_dir, self._target.key()) if queue_dir else None)
        self._owners: dict[str, str] = {}  # plan id -> owner, of the plans loaded
        try:
            self._conn: Conn | None = connect(self._target)
        except PopError as exc:
            waiting = self._pending.count()
            self._pending.close()
            if waiting:
                raise PopError(
                    N_(
                        "{why} Er wachten {waiting} wijziging(en) op deze computer; ze worden "
                        "verstuurd zodra de server bereikbaar is."
                    ),
                    why=exc,
                    waiting=waiting,
                ) from None
            raise
        try:
            self.login = self._check(self._conn)
            self._flush(self._conn)  # changes left by an earlier session: sent, and said
        except BaseException:
            self.close()
            raise

    # --- connection ----------------------------------------------------------------------

    def _check(self, conn: Conn) -> str:
        """The login's name, once the schema is known to be installed, current and theirs."""
        user = conn.execute("SELECT session_user").fetchone()
        login = str(user[0]) if user else "?"
        try:
            row = conn.execute(
                "SELECT COALESCE(max(version), 0) FROM pop_schema_migrations"
            ).fetchone()
            have = int(row[0]) if row else 0
            if have > PG_SCHEMA_VERSION:
                raise too_new(have)
            if have < PG_SCHEMA_VERSION:
                raise outdated(have, PG_SCHEMA_VERSION)
            found = conn.execute("SELECT value FROM install_info WHERE key = 'prefix'").fetchone()
        except errors.UndefinedTable:
            raise not_installed() from None
        except errors.InsufficientPrivilege:
            raise not_a_person(login) from None
        except psycopg.Error as exc:
            raise translate(exc, self._target.secrets) from None
        if found is None:
            raise outdated(have, PG_SCHEMA_VERSION)
        self._prefix = str(found[0])
        member = conn.execute(
            "SELECT pg_has_role(session_user, %s, 'MEMBER')", (f"{self._prefix}_medewerker",)
        ).fetchone()
        if not member or not member[0]:
            raise not_a_person(login)
        return login

    def _live(self) -> Conn:
        if self._conn is not None and not self._conn.closed and not self._conn.broken:
            return self._conn
        self._conn = None
        self._conn = connect(self._target)  # ServerGone when it cannot be reached
        return self._conn

    def _call(self, work: Callable[[Conn], T], retry: bool = True) -> T:
        """Run `work` after sending any waiting saves; a dropped connection is re-opened
        (and `work` run once more when `retry`: reads are safe to repeat, saves are not)."""
        with self._lock:
            for attempt in (1, 2):
                conn = self._live()
                try:
                    if self._pending.mine(self.login):
                        self._flush(conn)
                    return work(conn)
                except psycopg.Error as exc:
                    if not (conn.closed or conn.broken):
                        raise self._error(exc) from None
                    self._conn = None
                    if attempt == 2 or not retry:
                        raise gone(scrub(str(exc), self._target.secrets), False) from None
            raise AssertionError("unreachable")

    def _error(self, exc: psycopg.Error) -> PopError:
        return translate(exc, self._target.secrets)

    def take_notices(self) -> list[PopError]:
        """What happened that the person should know (lost and restored connection, refused
        signatures, weak TLS); each notice is given once."""
        with self._lock:
            notices, self._notices = self._notices, []
        return notices

    def waiting(self) -> int:
        """How many saves wait on this computer for the server."""
        return self._pending.mine(self.login)

    # --- reading -------------------------------------------------------------------------

    def list_plans(self) -> list[PlanSummary]:
        def read(c: Conn) -> tuple[list[Any], dict[str, str]]:
            rows = c.execute(
                "SELECT id, name, role, department, latest_version, saved_at, shared, owner, "
                f"owner = session_user FROM {VISIBLE} WHERE latest_version > 0 "
                "ORDER BY name_key, id, owner"
            ).fetchall()
            return rows, display_names(c) if any(not r[8] for r in rows) else {}

        rows, names = self._call(read)
        return [
            PlanSummary(i, n, r, d, v, s, bool(sh), str(o), bool(m), names.get(str(o), ""))
            for i, n, r, d, v, s, sh, o, m in rows
        ]

    def resolve(self, ref: str) -> str:
        raw = ref.strip()

        def find(c: Conn) -> list[tuple[str, str]] | str:
            owner, _, bare = raw.rpartition("/")
            if c.execute(
                f"SELECT 1 FROM {VISIBLE} WHERE id = %s AND (%s = '' OR owner = %s) "
                "AND latest_version > 0",
                (bare, owner, owner),
            ).fetchone():
                return raw
            return [
                (str(i), str(n))
                for i, n in c.execute(f"SELECT id, name FROM {VISIBLE} WHERE latest_version > 0")
            ]

        found = self._call(find)
        return found if isinstance(found, str) else resolve_ref(ref, found)

    @staticmethod
    def _key(conn: Conn, plan_id: str) -> tuple[str, int, str] | None:
        """(owner, latest version, id) of the plan `plan_id` names: one's own first, else the
        one plan with that id shared with this login; 'LOGIN/ID' names its owner. When two
        people share a plan with the same id, neither is guessed: a sentence names both."""
        owner, _, bare = plan_id.rpartition("/")
        rows = conn.execute(
            f"SELECT owner, latest_version, owner = session_user FROM {VISIBLE} WHERE id = %s "
            "AND latest_version > 0 AND (%s = '' OR owner = %s) "
            "ORDER BY owner = session_user DESC, owner",
            (bare, owner, owner),
        ).fetchall()
        if not rows:
            return None
        if len(rows) > 1 and not rows[0][2]:
            raise several_owners(bare, [str(r[0]) for r in rows])
        return str(rows[0][0]), int(rows[0][1]), bare

    def load(self, plan_id: str, version: int | None = None) -> StoredPlan:
        try:
            return self._call(lambda c: self._load(c, plan_id, version))
        except ServerGone:
            waiting = self._pending.latest(plan_id, self.login) if version is None else None
            if waiting is None:
                raise
            return waiting

    def _load(self, conn: Conn, plan_id: str, version: int | None) -> StoredPlan:
        key = self._key(conn, plan_id)
        if key is None:
            raise unknown_plan(plan_id)
        owner, latest, plan_id = key
        self._owners[plan_id] = owner
        wanted = latest if version is None else version
        source = (
            "versions WHERE owner = %s AND plan_id = %s AND version = %s"
            if owner == self.login
            else "coached_version(%s, %s, %s)"
        )
        limit = None if owner == self.login else DOCUMENT_LIMIT

        def read(version: int) -> tuple[Plan, datetime] | None:
            row = conn.execute(
                f"SELECT version, saved_at, schema_version, document FROM {source}",
                (owner, plan_id, version),
            ).fetchone()
            if row is None:
                return None
            _, saved_at, schema, blob = row
            where = f"Versie {version} van plan '{plan_id}'"
            return decode_plan(bytes(blob), schema, where, limit), saved_at

        found = read(wanted)
        if found is None:
            raise missing_version(plan_id, wanted, latest)
        doc, saved_at = found
        plan = with_parts(conn, owner, bare(doc))

        def signed(version: int) -> Plan | None:
            other = None if version == wanted else read(version)
            return doc if version == wanted else other[0] if other else None

        plan = with_signed_content(plan, signed)
        return StoredPlan(plan=plan, version=wanted, saved_at=saved_at)

    def latest_plans(self, shared_only: bool = False) -> Iterator[Plan]:
        """Streamed through a server-side cursor on a connection of its own.

        `shared_only`: the HR extracts of shared plans (everyone's for HR, one's own for anyone
        else), one per person: the one they saved last, under the name the administrator gave
        them and an id of its own, so nobody appears as someone else or counts twice.
        Otherwise every plan this login may read in full, notes included. A document that
        cannot be read (damaged, or too large once unpacked) is left out with a notice.
        """
        tokens: dict[str, str] = {}
        if shared_only:
            sql, limit = SHARED_LATEST, EXTRACT_LIMIT
            row = self._call(
                lambda c: c.execute("SELECT count(*) - count(DISTINCT owner) FROM hr_plans")
            ).fetchone()
            if row and row[0]:
                self._notices.append(more_than_one(int(row[0])))

            def dress(owner: str, doc: Plan, name: str) -> Plan:
                token = tokens.setdefault(owner, "h" + secrets.token_hex(8))
                employee = doc.employee.model_copy(update={"name": name})
                return doc.model_copy(update={"id": token, "employee": employee})

        else:
            sql, limit = ALL_LATEST, DOCUMENT_LIMIT
            parts = self._call(all_parts)
            dress = lambda owner, doc, name: parts(owner, doc)  # noqa: E731
            names = self._call(display_names)
        conn = connect(self._target, autocommit=False)
        try:
            with conn.cursor(name="pop_latest_plans", binary=True) as cursor:
                cursor.itersize = STREAM_BATCH
                cursor.execute(sql)
                while rows := cursor.fetchmany(STREAM_BATCH):
                    for owner, plan_id, number, schema, blob, name in rows:
                        who = name if shared_only else shown(owner, names)
                        try:
                            doc = decode_plan(
                                blob, schema, f"Versie {number} van plan '{plan_id}'", limit
                            )
                        except InvalidDataError as exc:
                            self._notices.append(unreadable(who, exc))
                            continue
                        yield dress(owner, bare(doc), who)
        except psycopg.Error as exc:
            if conn.broken or conn.closed:
                raise gone(scrub(str(exc), self._target.secrets), False) from None
            raise self._error(exc) from None
        finally:
            conn.close()

    def history(self, plan_id: str) -> list[VersionInfo]:
        def read(c: Conn) -> list[VersionInfo]:
            key = self._key(c, plan_id)
            if key is None:
                raise unknown_plan(plan_id)
            source = (
                "versions WHERE owner = %s AND plan_id = %s"
                if key[0] == self.login
                else "coached_history(%s, %s)"
            )
            rows = c.execute(
                f"SELECT version, saved_at, note, size_bytes, saved_by FROM {source} "
                "ORDER BY version",
                (key[0], key[2]),
            ).fetchall()
            return [VersionInfo(v, s, n, b, str(by)) for v, s, n, b, by in rows]

        return self._call(read)

    # --- writing -------------------------------------------------------------------------

    def save(self, plan: Plan, base_version: int | None, note: str = "") -> int:
        saved_at = self._clock().astimezone(UTC)
        with self._lock:
            try:
                # The base is mapped once waiting saves are sent: they may have moved it.
                return self._call(
                    lambda c: self._save(
                        c, plan, self._pending.alias(plan.id, base_version), note, saved_at
                    ),
                    False,
                )
            except ServerGone as lost:
                if self._pending.outbox is None:
                    raise
                owner = self._owners.get(plan.id, self.login)
                if owner != self.login:  # never kept here: someone else's plan, refused anyway
                    raise not_theirs(plan.id, owner) from None
                reason = lost.reason
            expected = self._pending.keep(plan, base_version, note, saved_at, self.login)
            try:  # a connection that went stale meanwhile: open a new one and send at once
                self._call(lambda c: None)
            except ServerGone:
                if not self._pending.offline:
                    self._pending.offline = True
                    self._notices.append(gone(reason, True))
            return expected

    def _save(self, c: Conn, plan: Plan, base: int | None, note: str, saved_at: datetime) -> int:
        doc = bare(plan)
        blob, size = encode_plan(doc)
        extract = encode_plan(hr_projection(doc))[0] if doc.shared else None
        e = doc.employee
        with c.transaction():
            if base is None:
                made = c.execute(
                    "INSERT INTO plans (id) VALUES (%s) ON CONFLICT DO NOTHING RETURNING 1",
                    (plan.id,),
                ).fetchone()
                if made is None:
                    raise self._conflict(c, plan.id, None)
            number = (base or 0) + 1
            try:
                with c.transaction():
                    c.execute(
                        "INSERT INTO versions (plan_id, version, saved_at, note, schema_version, "
                        "size_bytes, document, name, name_key, role, department, shared, "
                        "hr_document) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                        (plan.id, number, saved_at, note[:1000], SCHEMA_VERSION, size, blob,
                         e.name, fold(e.name), e.role, e.department, doc.shared, extract),
                    )  # fmt: skip
            except (errors.UniqueViolation, errors.ForeignKeyViolation) as exc:
                raise self._conflict(c, plan.id, base, exc) from None
            except psycopg.Error as exc:
                if exc.sqlstate == CONFLICT_STATE:
                    raise self._conflict(c, plan.id, base) from None
                raise
            save_parts(c, plan, number, self._refusal(plan.id))
        return number

    def _refusal(self, plan_id: str) -> Callable[[PopError], None]:
        def tell(error: PopError) -> None:
            if error.message() not in {n.message() for n in self._notices}:
                self._notices.append(error)

        return tell

    def _conflict(
        self, c: Conn, plan_id: str, base: int | None, exc: psycopg.Error | None = None
    ) -> PopError:
        key = self._key(c, plan_id)
        if key is not None and key[0] != self.login:
            return not_theirs(plan_id, key[0])
        own = c.execute(
            "SELECT latest_version FROM plans WHERE owner = session_user AND id = %s", (plan_id,)
        ).fetchone()
        latest = int(own[0]) if own and own[0] else None
        return save_conflict(plan_id, latest, base)

    def restore(self, plan_id: str, version: int, base_version: int | None = None) -> int:
        old = self.load(plan_id, version)
        base = base_version if base_version is not None else self.load(plan_id).version
        return self.save(old.plan, base, note=f"Hersteld van versie {version}")

    def delete(self, plan_id: str) -> None:
        def erase(c: Conn) -> None:
            key = self._key(c, plan_id)
            if key is None:
                raise unknown_plan(plan_id)
            try:
                with c.transaction():
                    c.execute("INSERT INTO erasures (plan_id) VALUES (%s)", (key[2],))
            except psycopg.Error as exc:
                if exc.sqlstate != NO_SUCH_PLAN_STATE:
                    raise
                raise Refused(
                    N_(
                        "Het plan '{plan_id}' is van {owner}: alleen die persoon (of de beheerder, "
                        "op verzoek) kan het verwijderen. De gedeelde database weigert het."
                    ),
                    plan_id=plan_id,
                    owner=key[0],
                ) from None

        self._call(erase)

    # --- notes, signatures, sharing with a coach (shared store only) --------------------

    def add_note(
        self, plan_id: str, text: str, *, private: bool, goal_id: str | None, on: date
    ) -> str:
        """Write a note on a plan this login may annotate; returns the note's id."""
        client_id = new_id("n")

        def write(c: Conn) -> None:
            key = self._key(c, plan_id)
            if key is None:
                raise unknown_plan(plan_id)
            add_note(c, key[0], key[2], client_id, text, private=private, goal_id=goal_id, on=on)

        self._call(write)
        return client_id

    def sign(self, plan_id: str, role: str, on: date) -> int:
        """Sign the latest version of a plan as `role`; returns the version signed."""

        def write(c: Conn) -> int:
            key = self._key(c, plan_id)
            if key is None:
                raise unknown_plan(plan_id)
            add_signature(c, key[0], key[2], key[1], role, on)
            return key[1]

        return self._call(write)

    def share_with(self, plan_id: str, grantee: str, granted: bool) -> None:
        """Share one's own plan with a coach (or stop); the database checks the coaching."""
        self._call(
            lambda c: c.execute(
                "INSERT INTO shares (plan_id, grantee, granted) VALUES (%s, %s, %s)",
                (plan_id, grantee, granted),
            )
        )

    def my_coaches(self) -> list[str]:
        rows = self._call(
            lambda c: c.execute(
                "SELECT coach FROM coaching WHERE employee = session_user ORDER BY coach"
            ).fetchall()
        )
        return [str(r) for (r,) in rows]

    def readers(self, plan_id: str) -> list[str]:
        """The coaches one's own plan is shared with now."""
        rows = self._call(
            lambda c: c.execute(
                "SELECT grantee FROM plan_access WHERE owner = session_user AND plan_id = %s "
                "ORDER BY grantee",
                (plan_id,),
            ).fetchall()
        )
        return [str(r) for (r,) in rows]

    def owner_of(self, plan_id: str) -> str:
        key = self._call(lambda c: self._key(c, plan_id))
        if key is None:
            raise unknown_plan(plan_id)
        return key[0]

    def is_hr(self) -> bool:
        row = self._call(
            lambda c: c.execute(
                "SELECT pg_has_role(session_user, %s, 'MEMBER')", (f"{self._prefix}_hr",)
            ).fetchone()
        )
        return bool(row and row[0])

    # --- the local queue -------------------------------------------------------------------

    def _flush(self, conn: Conn) -> None:
        """Send every waiting save, oldest first (called with a live connection)."""
        self._notices += self._pending.send(
            lambda plan, base, note, at: self._save(conn, plan, base, note, at),
            lambda plan, note, at: self._rebase(conn, plan, note, at),
            self.login,
        )

    def _rebase(self, conn: Conn, plan: Plan, note: str, saved_at: datetime) -> int:
        """A queued save whose base moved on: already there (-latest), or saved on top (+new)."""
        key = self._key(conn, plan.id)
        if key is None or key[0] != self.login:
            return self._save(conn, plan, None, note, saved_at)
        latest = self._load(conn, plan.id, None)
        if bare(latest.plan) == bare(plan):
            return -latest.version
        return self._save(conn, plan, latest.version, note, saved_at)

    # --- closing ---------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
            self._pending.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
