"""The administrator's side of the shared store: install or upgrade it, and manage its people.

Everything here runs on the connection of the login that owns the store's schema (see the
README's set-up steps); `pop beheer` is its command line. Each function is one transaction:
it either happens completely or not at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg import sql

from pop_assistent.errors import PopError
from pop_assistent.i18n import N_, Message
from pop_assistent.storage.pg_connect import SCHEMA_PATTERN
from pop_assistent.storage.postgres_migrations import (
    CARRIED_OVER,
    MIGRATION_LOCK,
    PG_SCHEMA_VERSION,
    migrate_postgres,
    schema_version,
)
from pop_assistent.storage.postgres_security import (
    KINDS,
    Roles,
    apply_security,
    force,
    q,
    unforce,
)
from pop_assistent.storage.resolve import fold

LOGIN_PATTERN = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.@-]{0,62}$")
DEFAULT_PREFIX = "pop"
ADMIN_LOCK_TIMEOUT = "10s"


@dataclass
class InstallReport:
    """What `install` did."""

    roles: Roles
    before: int
    after: int
    created_roles: list[str] = field(default_factory=list)
    warnings: list[PopError] = field(default_factory=list)
    moved: int | None = 0
    """Plans of an old store found in schema public and moved into the store's schema."""


def check_name(value: str, pattern: re.Pattern[str], what: Message) -> str:
    """`value` if it is a valid name, else a sentence (the value shortened, never a password)."""
    if not pattern.match(value):
        raise PopError(
            N_(
                "'{given}' is geen geldige {what}: gebruik letters, cijfers en _ "
                "(voor een login ook . @ -), hoogstens 40 tekens."
            ),
            given=value[:40],
            what=what,
        )
    return value


def _one(conn: psycopg.Connection, query: str, params: tuple[Any, ...] = ()) -> Any:
    row = conn.execute(query, params).fetchone()
    return None if row is None else row[0]


POWERS = (
    "pg_read_server_files",
    "pg_write_server_files",
    "pg_execute_server_program",
    "pg_write_all_data",
    "pg_signal_backend",
)
"""Predefined roles whose members could read the data files, write every table or stop other
people's sessions: such a login cannot be a person of the store."""


def _lock(conn: psycopg.Connection, schema: str, timeout: str) -> None:
    """One administrator at a time. Once the store exists the lock is a table lock that no
    person can hold (they may only read install_info, and a reader's lock does not conflict);
    an advisory lock, which anyone may take, only guards the very first install."""
    conn.execute(f"SET LOCAL lock_timeout = '{timeout}'")
    if _one(
        conn,
        "SELECT to_regclass(%s) IS NOT NULL AND pg_catalog.has_table_privilege(%s, 'UPDATE')",
        (f"{q(schema)}.install_info", f"{q(schema)}.install_info"),
    ):
        conn.execute(f"LOCK TABLE {q(schema)}.install_info IN SHARE ROW EXCLUSIVE MODE")
    else:
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))


@contextmanager
def _transaction(
    conn: psycopg.Connection, schema: str, timeout: str = ADMIN_LOCK_TIMEOUT
) -> Iterator[None]:
    """One administrative transaction on `schema`, holding the administrator's lock. A lock
    that cannot be had in time becomes a sentence that names who holds it."""
    try:
        with conn.transaction():
            _lock(conn, schema, timeout)
            conn.execute(f"SET LOCAL search_path TO {q(schema)}")
            yield
    except psycopg.errors.LockNotAvailable:
        raise busy(conn, schema) from None


def busy(conn: psycopg.Connection, schema: str) -> PopError:
    """The sessions that hold a lock on the store, for the administrator to act on."""
    rows = conn.execute(
        "SELECT DISTINCT a.usename, a.pid FROM pg_catalog.pg_locks l "
        "JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.granted AND l.pid <> pg_catalog.pg_backend_pid() AND (l.relation IN "
        "(SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
        "ON n.oid = c.relnamespace WHERE n.nspname = %s) "
        "OR (l.locktype = 'advisory' AND l.objid = %s)) ORDER BY 1, 2",
        (schema, MIGRATION_LOCK),
    ).fetchall()
    who = [Message(N_("{user} (sessie {pid})"), user=user, pid=pid) for user, pid in rows[:5]]
    stop = "; ".join(f"SELECT pg_terminate_backend({pid})" for _user, pid in rows[:5])
    if not rows:
        return PopError(
            N_(
                "De gedeelde database is bezet: een andere sessie hield een slot vast. Er is niets "
                "veranderd; probeer het opnieuw."
            )
        )
    return PopError(
        N_(
            "De opslag is bezet: {who} houdt een slot vast, dus er is niets veranderd. Vraag die "
            "persoon om de sessie te sluiten, of laat een superuser ze stoppen: {stop}; en "
            "probeer het opnieuw."
        ),
        who=lambda lang: ", ".join(w.message(lang) for w in who),
        stop=stop,
    )


def installed_roles(conn: psycopg.Connection, schema: str) -> Roles:
    """The names of an existing installation in `schema`, or a sentence saying to install."""
    check_name(schema, SCHEMA_PATTERN, Message(N_("schemanaam")))
    prefix = None
    exists = _one(conn, "SELECT to_regclass(%s) IS NOT NULL", (f"{q(schema)}.install_info",))
    if exists:
        prefix = _one(conn, f"SELECT value FROM {q(schema)}.install_info WHERE key = 'prefix'")
    if prefix is None:
        raise PopError(
            N_(
                "Er is nog geen gedeelde opslag in schema '{schema}': voer eerst 'pop beheer "
                "installeer' uit."
            ),
            schema=schema,
        )
    owner = _one(
        conn,
        "SELECT pg_catalog.pg_get_userbyid(nspowner) FROM pg_catalog.pg_namespace "
        "WHERE nspname = %s",
        (schema,),
    )
    me = _one(conn, "SELECT current_user")
    if owner != me:
        raise PopError(
            N_(
                "Beheer doe je met de login die eigenaar is van de opslag ({owner}), niet als {me}."
            ),
            owner=owner,
            me=me,
        )
    return Roles(schema=schema, prefix=str(prefix), owner=str(owner))


def install(
    conn: psycopg.Connection,
    schema: str,
    prefix: str = DEFAULT_PREFIX,
    *,
    lock_timeout: str = ADMIN_LOCK_TIMEOUT,
) -> InstallReport:
    """Create or upgrade the store in `schema`: tables, group roles, grants, policies."""
    check_name(schema, SCHEMA_PATTERN, Message(N_("schemanaam")))
    check_name(prefix, SCHEMA_PATTERN, Message(N_("rolvoorvoegsel")))
    with _transaction(conn, schema, lock_timeout):
        me = str(_one(conn, "SELECT current_user"))
        owner = _one(
            conn,
            "SELECT pg_catalog.pg_get_userbyid(nspowner) FROM pg_catalog.pg_namespace "
            "WHERE nspname = %s",
            (schema,),
        )
        moved = 0
        if owner is None:
            conn.execute(f"CREATE SCHEMA {q(schema)}")
            moved = _move_old_store(conn, schema)
        elif owner != me:
            raise PopError(
                N_(
                    "Het schema '{schema}' is van {owner}: installeer met die login. Er is niets "
                    "veranderd."
                ),
                schema=schema,
                owner=owner,
            )
        conn.execute(f"SET LOCAL search_path TO {q(schema)}")
        if schema_version(conn) >= 3:
            known = _one(conn, "SELECT value FROM install_info WHERE key = 'prefix'")
            if known is not None and known != prefix:
                raise PopError(
                    N_(
                        "Deze opslag gebruikt de rollen '{known}_…'; installeer opnieuw met "
                        "--rollen {known}. Er is niets veranderd."
                    ),
                    known=known,
                )
        roles = Roles(schema=schema, prefix=prefix, owner=me)
        report = InstallReport(roles=roles, before=0, after=PG_SCHEMA_VERSION, moved=moved)
        report.created_roles = _group_roles(conn, roles)
        unforce(conn, schema)
        report.before = migrate_postgres(conn)
        conn.execute(
            "INSERT INTO install_info (key, value) VALUES ('prefix', %s) "
            "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
            (prefix,),
        )
        apply_security(conn, roles)
        report.warnings += _harden_database(conn, roles)
    return report


OLD_TABLES = ("plans", "versions", "pop_schema_migrations")


def _move_old_store(conn: psycopg.Connection, schema: str) -> int:
    """The store of a version from before one login per person kept its tables in schema
    public. When this login owns them, they move into the new schema, to be upgraded there;
    the number of plans moved (0: there was none)."""
    owned = conn.execute(
        "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = 'public' "
        "AND tablename = ANY(%s) AND tableowner = current_user",
        (list(OLD_TABLES),),
    ).fetchone()
    if not owned or owned[0] != len(OLD_TABLES):
        return 0
    version = _one(conn, "SELECT COALESCE(max(version), 0) FROM public.pop_schema_migrations")
    if not 1 <= int(version) <= 2:
        return 0
    for table in OLD_TABLES:
        conn.execute(f"ALTER TABLE public.{q(table)} SET SCHEMA {q(schema)}")
    return int(_one(conn, f"SELECT count(*) FROM {q(schema)}.plans") or 0)


def _group_roles(conn: psycopg.Connection, roles: Roles) -> list[str]:
    created = []
    for group in roles.groups:
        row = conn.execute(
            "SELECT rolcanlogin, rolsuper, rolbypassrls FROM pg_catalog.pg_roles "
            "WHERE rolname = %s",
            (group,),
        ).fetchone()
        if row is None:
            conn.execute(f"CREATE ROLE {q(group)} NOLOGIN")
            created.append(group)
        elif any(row):
            raise PopError(
                N_(
                    "De rol {group} bestaat al en kan inloggen of de regels omzeilen; kies een "
                    "ander voorvoegsel met --rollen. Er is niets veranderd."
                ),
                group=group,
            )
        member = _one(conn, "SELECT pg_catalog.pg_has_role(current_user, %s, 'MEMBER')", (group,))
        if member and group not in created:
            raise PopError(
                N_(
                    "De eigenaar is lid van {group}; de eigenaar mag geen gebruiker van de opslag "
                    "zijn. Er is niets veranderd."
                ),
                group=group,
            )
    return created


def _harden_database(conn: psycopg.Connection, roles: Roles) -> list[PopError]:
    """Only the store's people may connect, and nobody may create temporary tables."""
    warnings = []
    database = str(_one(conn, "SELECT current_database()"))
    is_owner = _one(
        conn,
        "SELECT pg_catalog.pg_get_userbyid(datdba) = current_user FROM pg_catalog.pg_database "
        "WHERE datname = current_database()",
    )
    grant = (
        f"REVOKE ALL ON DATABASE {q(database)} FROM PUBLIC; "
        f"GRANT CONNECT ON DATABASE {q(database)} TO {q(roles.employee)};"
    )
    if is_owner:
        conn.execute(f"REVOKE ALL ON DATABASE {q(database)} FROM PUBLIC")
        conn.execute(f"GRANT CONNECT ON DATABASE {q(database)} TO {q(roles.employee)}")
    else:
        warnings.append(
            PopError(
                N_(
                    "Je bent geen eigenaar van database {database}. Laat de eigenaar dit "
                    "uitvoeren, zodat alleen de mensen van de opslag verbinden en niemand "
                    "tijdelijke tabellen maakt: {grant}"
                ),
                database=database,
                grant=grant,
            )
        )
    large = (
        "pg_catalog.lo_create(oid), pg_catalog.lo_creat(integer), "
        "pg_catalog.lo_from_bytea(oid, bytea)"
    )
    if _one(
        conn,
        "SELECT pg_catalog.has_function_privilege(%s, 'pg_catalog.lo_create(oid)', 'EXECUTE')",
        (roles.employee,),
    ):
        revoke = f"REVOKE EXECUTE ON FUNCTION {large} FROM PUBLIC;"
        warnings.append(
            PopError(
                N_(
                    "Iedereen met een login kan in database {database} onbeperkt gegevens opslaan "
                    "als 'large object', buiten de opslag en haar regels om (POP-assistent "
                    "gebruikt ze niet). Laat een superuser dit in database {database} uitvoeren: "
                    "{revoke}"
                ),
                database=database,
                revoke=revoke,
            )
        )
    if _one(conn, "SELECT has_schema_privilege('public', 'public', 'CREATE')"):
        try:
            with conn.transaction():
                conn.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
        except psycopg.errors.InsufficientPrivilege:
            warnings.append(
                PopError(
                    N_(
                        "Iedereen mag nog tabellen maken in schema public; laat de eigenaar "
                        "'REVOKE CREATE ON SCHEMA public FROM PUBLIC' uitvoeren."
                    )
                )
            )
    return warnings


@dataclass
class PersonReport:
    """What `set_person` did."""

    login: str
    kind: str
    created: bool
    password_set: bool
    coaches: list[str]
    claimed: int = 0
    """Notes carried over from an older store under this person's name, now theirs."""


def password_verifier(conn: psycopg.Connection, login: str, password: str) -> str:
    """The SCRAM verifier of a password, made on this side: the password itself never travels
    to the server or into its logs."""
    verifier = conn.pgconn.encrypt_password(
        password.encode("utf-8"), login.encode("utf-8"), b"scram-sha-256"
    )
    return verifier.decode("ascii")


def set_person(
    conn: psycopg.Connection,
    roles: Roles,
    login: str,
    kind: str,
    *,
    coaches: list[str] | None = None,
    display_name: str | None = None,
    password: str | None = None,
) -> PersonReport:
    """Create a person's login (or change their role, coaches, name or password)."""
    check_name(login, LOGIN_PATTERN, Message(N_("login")))
    if kind not in KINDS:
        raise PopError(N_("De rol moet een van {roles} zijn."), roles=", ".join(KINDS))
    if login == roles.owner or login in roles.groups:
        raise PopError(
            N_("{login} is de eigenaar of een groepsrol van de opslag, geen persoon."), login=login
        )
    with _transaction(conn, roles.schema):
        row = conn.execute(
            "SELECT rolcanlogin, rolsuper OR rolbypassrls OR rolcreaterole FROM "
            "pg_catalog.pg_roles WHERE rolname = %s",
            (login,),
        ).fetchone()
        created = row is None
        _never_used_before(conn, login)
        secret = (
            sql.SQL(" PASSWORD {}").format(sql.Literal(password_verifier(conn, login, password)))
            if password
            else sql.SQL("")
        )
        if created:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(login)) + secret)
        elif row is not None and (row[1] or not row[0] or _powers(conn, login, roles)):
            raise PopError(
                N_(
                    "{login} is een superuser, kan de regels omzeilen, rollen maken, bestanden van "
                    "de server lezen, elke tabel schrijven of andermans sessies stoppen, of kan "
                    "niet inloggen (ook via lidmaatschap: {powers}): zo'n rol kan geen persoon in "
                    "de opslag zijn. Er is niets veranderd."
                ),
                login=login,
                powers=", ".join(_powers(conn, login, roles)) or "-",
            )
        elif password:
            conn.execute(sql.SQL("ALTER ROLE {}").format(sql.Identifier(login)) + secret)
        conn.execute(f"GRANT {q(roles.employee)} TO {q(login)}")
        for other in ("coach", "hr"):
            verb = "GRANT" if kind == other else "REVOKE"
            word = "TO" if verb == "GRANT" else "FROM"
            conn.execute(f"{verb} {q(roles.group(other))} {word} {q(login)}")
        conn.execute(
            "INSERT INTO people (login, kind, display_name) VALUES (%s, %s, %s) "
            "ON CONFLICT (login) DO UPDATE SET kind = EXCLUDED.kind, display_name = "
            "CASE WHEN %s THEN EXCLUDED.display_name ELSE people.display_name END",
            (login, kind, (display_name or "")[:200], display_name is not None),
        )
        if kind != "coach":
            conn.execute("DELETE FROM coaching WHERE coach = %s", (login,))
        if coaches is not None:
            _set_coaches(conn, login, coaches)
        _forget_stale_shares(conn)
        name = _one(conn, "SELECT display_name FROM people WHERE login = %s", (login,))
        claimed = _claim_carried_over(conn, login, str(name or ""))
        current = conn.execute(
            "SELECT coach FROM coaching WHERE employee = %s ORDER BY coach", (login,)
        ).fetchall()
    return PersonReport(login, kind, created, bool(password), [c for (c,) in current], claimed)


def _never_used_before(conn: psycopg.Connection, login: str) -> None:
    """A login of someone who was removed is never given to a new person: the notes and
    signatures the old one left would read as the new one's."""
    if _one(conn, "SELECT 1 FROM people WHERE login = %s", (login,)):
        return
    if _one(conn, "SELECT 1 FROM former_logins WHERE login = %s", (login,)):
        raise PopError(
            N_(
                "De login {login} is eerder gebruikt door iemand die uit de opslag verwijderd is; "
                "wat die schreef en tekende, blijft op die login staan. Kies een andere login (bv. "
                "{login_stem}2). Er is niets veranderd."
            ),
            login=login,
            login_stem=login[:60],
        )


def _powers(conn: psycopg.Connection, login: str, roles: Roles) -> list[str]:
    """The roles through which `login` could get around the store's rules."""
    rows = conn.execute(
        "SELECT r.rolname FROM pg_catalog.pg_roles r WHERE r.rolname <> %s "
        "AND pg_catalog.pg_has_role(%s, r.oid, 'MEMBER') AND (r.rolsuper OR r.rolbypassrls "
        "OR r.rolcreaterole OR r.rolname = ANY(%s)) ORDER BY 1",
        (login, login, [*POWERS, roles.owner]),
    ).fetchall()
    return [str(name) for (name,) in rows]


def _claim_carried_over(conn: psycopg.Connection, login: str, name: str) -> int:
    """Notes carried over from an older store that carry this person's name become theirs
    (private ones included: readable by their author only, as they were meant to be)."""
    if not name.strip():
        return 0
    rows = conn.execute(
        "SELECT id, author_name FROM notes WHERE migrated AND author = %s", (CARRIED_OVER,)
    ).fetchall()
    ids = [note for note, author in rows if fold(author) == fold(name)]
    if ids:
        conn.execute("UPDATE notes SET author = %s WHERE id = ANY(%s)", (login, ids))
    return len(ids)


def _forget_stale_shares(conn: psycopg.Connection) -> None:
    """A share lasts only as long as the coaching: when it ends, the plan is no longer shared
    with that coach, and a coach who comes back is shared with again only by the employee."""
    conn.execute(
        "DELETE FROM plan_access a WHERE NOT EXISTS (SELECT 1 FROM coaching c "
        "WHERE c.coach = a.grantee AND c.employee = a.owner)"
    )


def _set_coaches(conn: psycopg.Connection, login: str, coaches: list[str]) -> None:
    for coach in coaches:
        kind = _one(conn, "SELECT kind FROM people WHERE login = %s", (coach,))
        if kind != "coach":
            raise PopError(
                N_(
                    "{coach} is geen coach in de opslag; maak die eerst aan met 'pop beheer "
                    "gebruiker {coach} --rol coach'. Er is niets veranderd."
                ),
                coach=coach,
            )
        if coach == login:
            raise PopError(N_("Niemand kan zijn eigen coach zijn."))
    conn.execute("DELETE FROM coaching WHERE employee = %s", (login,))
    for coach in dict.fromkeys(coaches):
        conn.execute("INSERT INTO coaching (coach, employee) VALUES (%s, %s)", (coach, login))


@dataclass
class HandOver:
    """What happened to a person's plans."""

    plans: int
    versions: int
    private_notes: int = 0


def _person(conn: psycopg.Connection, login: str) -> None:
    if _one(conn, "SELECT 1 FROM people WHERE login = %s", (login,)) is None:
        raise PopError(
            N_("{login} is geen persoon in de opslag (zie 'pop beheer overzicht')."), login=login
        )


def _count(conn: psycopg.Connection, owner: str, plan_id: str | None) -> tuple[int, int]:
    where = "owner = %s" + (" AND id = %s" if plan_id else "")
    params: tuple[str, ...] = (owner, plan_id) if plan_id else (owner,)
    row = conn.execute(
        f"SELECT count(*), COALESCE(sum(latest_version), 0) FROM plans WHERE {where} "
        "AND latest_version > 0",
        params,
    ).fetchone()
    return (int(row[0]), int(row[1])) if row else (0, 0)


def hand_over(
    conn: psycopg.Connection, roles: Roles, source: str, target: str, plan_id: str | None = None
) -> HandOver:
    """Give `source`'s plans (or one of them) to `target`, history and notes included."""
    with _transaction(conn, roles.schema):
        _person(conn, target)
        return _move(conn, source, target, plan_id)


def _move(conn: psycopg.Connection, source: str, target: str, plan_id: str | None) -> HandOver:
    only = " AND id = %s" if plan_id else ""
    params: tuple[str, ...] = (source, plan_id) if plan_id else (source,)
    clashes = conn.execute(
        f"SELECT id FROM plans p WHERE owner = %s{only} AND EXISTS "
        "(SELECT 1 FROM plans o WHERE o.owner = %s AND o.id = p.id)",
        (*params, target),
    ).fetchall()
    if clashes:
        ids = ", ".join(i for (i,) in clashes[:5])
        raise PopError(
            N_("{target} heeft al een plan met hetzelfde id ({ids}); er is niets overgedragen."),
            target=target,
            ids=ids,
        )
    plans, versions = _count(conn, source, plan_id)
    if plan_id and not plans:
        raise PopError(
            N_("{source} heeft geen plan met id '{plan_id}'."), source=source, plan_id=plan_id[:60]
        )
    conn.execute(f"DELETE FROM plan_access WHERE owner = %s{only.replace('id', 'plan_id')}", params)
    conn.execute(f"UPDATE plans SET owner = %s WHERE owner = %s{only}", (target, *params))
    return HandOver(plans, versions)


def remove_person(
    conn: psycopg.Connection, roles: Roles, login: str, *, hand_to: str | None
) -> HandOver:
    """Remove a person: their plans erased (hand_to None) or handed over, their login dropped.

    Their private notes on other people's plans could be read by nobody any more, so they are
    erased too; their other notes and their signatures stay with the plans they belong to.
    """
    with _transaction(conn, roles.schema):
        _person(conn, login)
        if hand_to is not None:
            _person(conn, hand_to)
            result = _move(conn, login, hand_to, None)
        else:
            unforce(conn, roles.schema)  # the owner erases on request: every row of this person
            plans, versions = _count(conn, login, None)
            conn.execute("DELETE FROM plans WHERE owner = %s", (login,))
            result = HandOver(plans, versions)
        unforce(conn, roles.schema)
        deleted = conn.execute(
            "DELETE FROM notes WHERE author = %s AND private RETURNING 1", (login,)
        ).fetchall()
        result.private_notes = len(deleted)
        conn.execute("DELETE FROM plan_access WHERE grantee = %s", (login,))
        conn.execute(
            "INSERT INTO former_logins (login, display_name) SELECT login, display_name "
            "FROM people WHERE login = %s ON CONFLICT (login) DO NOTHING",
            (login,),
        )
        conn.execute("DELETE FROM people WHERE login = %s", (login,))
        force(conn, roles.schema)
        is_login = _one(
            conn, "SELECT rolcanlogin FROM pg_catalog.pg_roles WHERE rolname = %s", (login,)
        )
        if is_login:
            conn.execute(f"DROP ROLE {q(login)}")
    return result


@dataclass
class Overview:
    """Who is in the store, who coaches whom, and who may read which plan."""

    people: list[tuple[str, str, str]]
    coaching: list[tuple[str, str]]
    plans: list[tuple[str, str, str, bool, int, list[str]]]
    strangers: list[str]
    unclaimed: list[tuple[str, int]] = field(default_factory=list)
    """Authors of notes carried over from an older store that no login has yet."""


def overview(conn: psycopg.Connection, roles: Roles) -> Overview:
    """People (login, kind, name), coaching pairs, and per plan its readers."""
    with conn.transaction():
        conn.execute(f"SET LOCAL search_path TO {q(roles.schema)}")
        people = conn.execute(
            "SELECT login, kind, display_name FROM people ORDER BY login"
        ).fetchall()
        coaching = conn.execute("SELECT coach, employee FROM coaching ORDER BY 2, 1").fetchall()
        rows = conn.execute(
            "SELECT p.owner, p.id, p.name, p.shared, p.latest_version, COALESCE(array_agg("
            "a.grantee ORDER BY a.grantee) FILTER (WHERE c.coach IS NOT NULL), '{}') "
            "FROM plans p LEFT JOIN plan_access a ON a.owner = p.owner AND a.plan_id = p.id "
            "LEFT JOIN coaching c ON c.coach = a.grantee AND c.employee = p.owner "
            "WHERE p.latest_version > 0 GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2"
        ).fetchall()
        unclaimed = conn.execute(
            "SELECT author_name, count(*) FROM notes WHERE migrated AND author = %s "
            "GROUP BY 1 ORDER BY 1",
            (CARRIED_OVER,),
        ).fetchall()
        strangers = conn.execute(
            "SELECT r.rolname FROM pg_catalog.pg_roles r WHERE r.rolcanlogin AND NOT r.rolsuper "
            "AND pg_catalog.pg_has_role(r.oid, %s, 'MEMBER') AND r.rolname <> current_user AND "
            "NOT EXISTS (SELECT 1 FROM people p WHERE p.login = r.rolname) ORDER BY 1",
            (roles.employee,),
        ).fetchall()
    return Overview(
        people=[(str(a), str(b), str(c)) for a, b, c in people],
        coaching=[(str(a), str(b)) for a, b in coaching],
        plans=[(str(o), str(i), str(n), bool(s), int(v), list(g)) for o, i, n, s, v, g in rows],
        strangers=[str(r) for (r,) in strangers],
        unclaimed=[(str(a), int(n)) for a, n in unclaimed],
    )
