"""Who may do what in the shared store: group roles, grants, row-level security and functions.

Re-applied in full by every `pop beheer installeer` (idempotent), so changing a rule is an
upgrade like any other. The rules, in short:

- Application roles (one login per person, members of the group roles `<prefix>_medewerker`,
  `<prefix>_coach`, `<prefix>_hr`) own nothing, create nothing and hold only SELECT and
  column-limited INSERT. Without UPDATE, DELETE or TRUNCATE they cannot lock a table beyond
  ROW EXCLUSIVE (which blocks no reader or writer), nor lock rows (FOR UPDATE needs UPDATE).
- The person is `session_user`, the login that connected. A member can SET ROLE to a group
  role, which changes `current_user`; every policy compares with `session_user`, and the
  columns that say who did something (`saved_by`, `author`, `signer`, `requested_by`, and a
  plan's `owner`) default to `current_user`, so a row written under a group role is refused.
- Each login reads each table through one policy only: an equality with `session_user` on a
  column that every index of that table contains. The planner then always searches with that
  equality, so EXPLAIN ANALYZE (which counts the rows a filter removes) never counts a row of
  someone else, whatever index or range of names a prober asks for. What a coach reads of the
  plans shared with them, and the names of one's coaches and people, come from SECURITY
  DEFINER functions (`coached_plans()`, `coached_version(...)`, `known_people()`, ...) whose
  query plans stay inside them.
- HR reads shared plans through the view `hr_plans` over the extracts (storage/shared_view.py):
  no notes, conversation or self-assessment remarks. It runs as the invoker, so row-level
  security decides there too.
- Row-level security is enabled and forced on every table, so even the schema owner reads no
  plan, note or signature by accident. The owner's own policies cover only what the triggers,
  the coach's functions and `pop beheer` need.
- What an application role may not do directly (move a plan's header to its latest version,
  share or stop sharing with a coach, erase a plan) happens in SECURITY DEFINER trigger
  functions behind an INSERT that row-level security has already checked. Trigger functions
  cannot be called directly; every SECURITY DEFINER function pins search_path (pg_catalog, then
  pg_temp last) and names every table with its schema, as PostgreSQL's "Writing SECURITY
  DEFINER Functions Safely" asks, and EXECUTE is revoked from PUBLIC.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pop_assistent.storage.postgres_migrations import CARRIED_OVER

if TYPE_CHECKING:
    import psycopg

KINDS = ("medewerker", "coach", "hr")

TABLES = (
    "plans",
    "versions",
    "shares",
    "plan_access",
    "notes",
    "signatures",
    "erasures",
    "hr_extracts",
    "people",
    "coaching",
    "pop_schema_migrations",
    "install_info",
    "former_logins",
)

INSERT_COLUMNS: dict[str, tuple[str, ...]] = {
    "plans": ("id",),
    "versions": (
        "plan_id",
        "version",
        "saved_at",
        "note",
        "schema_version",
        "size_bytes",
        "document",
        "name",
        "name_key",
        "role",
        "department",
        "shared",
        "hr_document",
    ),
    "shares": ("plan_id", "grantee", "granted"),
    "notes": ("owner", "plan_id", "client_id", "goal_id", "body", "private", "written_on"),
    "signatures": ("owner", "plan_id", "version", "role", "signed_on"),
    "erasures": ("plan_id",),
}
"""The only columns an application role may write; every other column takes its default."""

# Policies name the table they protect: "plans.owner" is the row being checked. The person is
# `session_user`, the login that connected: a member may SET ROLE to a group role, which changes
# `current_user` but never who the database says is there.
OWN = "{t}.owner = session_user"


def q(name: str) -> str:
    """A quoted SQL identifier (names are validated before they get here)."""
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class Roles:
    """The names of one installation: its schema, group roles and owner."""

    schema: str
    prefix: str
    owner: str

    def group(self, kind: str) -> str:
        return f"{self.prefix}_{kind}"

    @property
    def employee(self) -> str:
        return self.group("medewerker")

    @property
    def coach(self) -> str:
        return self.group("coach")

    @property
    def hr(self) -> str:
        return self.group("hr")

    @property
    def groups(self) -> tuple[str, ...]:
        return tuple(self.group(kind) for kind in KINDS)


Policy = tuple[str, str, str, str, str | None, str | None]
"""(table, name, command, role, USING, WITH CHECK)."""


def policies(r: Roles) -> list[Policy]:
    """Every row-level security policy of the store.

    Each login reads each table through exactly one policy, an equality with `session_user` on
    a column every index of the table contains: the planner then always searches an index with
    that equality, so a query plan (EXPLAIN ANALYZE) never counts rows of someone else. What a
    coach reads beyond their own goes through the functions of `reader_functions`, whose query
    plans nobody sees; the owner's policies on versions, notes and signatures exist for those
    functions alone and let the owner itself read nothing.
    """
    s, emp, coach, hr, admin = q(r.schema), q(r.employee), q(r.coach), q(r.hr), q(r.owner)
    own = OWN.format
    everything = ("true", "true")
    may = f"{s}.coaches_plan"
    carried = f"notes.migrated AND notes.author = {lit(CARRIED_OVER)}"
    rules: list[Policy] = [
        ("plans", "own_read", "SELECT", emp, own(t="plans"), None),
        ("plans", "own_insert", "INSERT", emp, None, own(t="plans")),
        ("plans", "owner_admin", "ALL", admin, *everything),
        ("versions", "own_read", "SELECT", emp, own(t="versions"), None),
        (
            "versions",
            "own_insert",
            "INSERT",
            emp,
            None,
            f"{own(t='versions')} AND versions.saved_by = session_user",
        ),
        ("versions", "coach_reader", "SELECT", admin, f"{may}(owner, plan_id)", None),
        ("shares", "own_read", "SELECT", emp, own(t="shares"), None),
        (
            "shares",
            "own_insert",
            "INSERT",
            emp,
            None,
            f"{own(t='shares')} AND (NOT shares.granted OR EXISTS (SELECT 1 FROM {s}.coaching c "
            "WHERE c.employee = session_user AND c.coach = shares.grantee))",
        ),
        ("shares", "owner_admin", "SELECT", admin, "true", None),
        ("plan_access", "own_read", "SELECT", emp, own(t="plan_access"), None),
        ("plan_access", "owner_admin", "ALL", admin, *everything),
        (
            "notes",
            "own_read",
            "SELECT",
            emp,
            f"{own(t='notes')} AND (notes.author = session_user OR NOT notes.private)",
            None,
        ),
        (
            "notes",
            "own_insert",
            "INSERT",
            emp,
            None,
            f"notes.author = session_user AND {own(t='notes')}",
        ),
        (
            "notes",
            "coached_insert",
            "INSERT",
            coach,
            None,
            f"notes.author = session_user AND {may}(notes.owner, notes.plan_id)",
        ),
        (
            "notes",
            "coach_reader",
            "SELECT",
            admin,
            f"{may}(owner, plan_id) AND (NOT private OR author = session_user)",
            None,
        ),
        # Notes carried over from an older store wait for the login of the name they carry:
        # the owner (whose login read them all in that store) sees them to hand them over.
        ("notes", "carried_over", "SELECT", admin, "notes.migrated", None),
        ("notes", "claim", "UPDATE", admin, carried, "notes.migrated"),
        ("signatures", "own_read", "SELECT", emp, own(t="signatures"), None),
        (
            "signatures",
            "own_insert",
            "INSERT",
            emp,
            None,
            f"signatures.signer = session_user AND signatures.role = 'employee' "
            f"AND {own(t='signatures')}",
        ),
        (
            "signatures",
            "coached_insert",
            "INSERT",
            coach,
            None,
            f"signatures.signer = session_user AND signatures.role IN ('coach', 'manager') "
            f"AND {may}(signatures.owner, signatures.plan_id)",
        ),
        ("signatures", "coach_reader", "SELECT", admin, f"{may}(owner, plan_id)", None),
        ("erasures", "own_read", "SELECT", emp, "erasures.requested_by = session_user", None),
        (
            "erasures",
            "own_insert",
            "INSERT",
            emp,
            None,
            f"{own(t='erasures')} AND erasures.requested_by = session_user",
        ),
        ("erasures", "owner_admin", "ALL", admin, *everything),
        ("hr_extracts", "own_read", "SELECT", emp, own(t="hr_extracts"), None),
        ("hr_extracts", "hr_read", "SELECT", hr, "true", None),
        ("hr_extracts", "owner_admin", "ALL", admin, *everything),
        ("people", "own_read", "SELECT", emp, "people.login = session_user", None),
        ("people", "owner_admin", "ALL", admin, *everything),
        ("coaching", "own_read", "SELECT", emp, "coaching.employee = session_user", None),
        ("coaching", "owner_admin", "ALL", admin, *everything),
        ("pop_schema_migrations", "read", "SELECT", emp, "true", None),
        ("pop_schema_migrations", "owner_admin", "ALL", admin, *everything),
        ("install_info", "read", "SELECT", emp, "true", None),
        ("install_info", "owner_admin", "ALL", admin, *everything),
        ("former_logins", "owner_admin", "ALL", admin, *everything),
    ]
    return rules


def reader_functions(s: str, coach_group: str, hr_group: str) -> dict[str, tuple[str, str]]:
    """name(arguments) -> (RETURNS clause, plpgsql body): what a coach reads of the plans shared
    with them, and the names a login may see. SECURITY DEFINER, so their query plans stay
    inside; each starts by checking that `session_user` may read what is asked."""
    coaches = (
        f"pg_catalog.pg_has_role(session_user, {lit(coach_group)}, 'MEMBER') "
        f"AND EXISTS (SELECT 1 FROM {s}.plan_access a WHERE a.owner = p_owner "
        "AND a.plan_id = p_plan AND a.grantee = session_user) "
        f"AND EXISTS (SELECT 1 FROM {s}.coaching c WHERE c.coach = session_user "
        "AND c.employee = p_owner)"
    )
    shared = (
        f"FROM {s}.plan_access a JOIN {s}.coaching c ON c.coach = a.grantee "
        "AND c.employee = a.owner "
        f"WHERE a.grantee = session_user AND pg_catalog.pg_has_role(session_user, "
        f"{lit(coach_group)}, 'MEMBER')"
    )
    return {
        "coaches_plan(p_owner name, p_plan text)": (
            "boolean",
            f"RETURN {coaches};",
        ),
        "coached_plans()": (
            f"SETOF {s}.plans",
            f"RETURN QUERY SELECT p.* FROM {s}.plans p WHERE (p.owner, p.id) IN "
            f"(SELECT a.owner, a.plan_id {shared});",
        ),
        "coached_history(p_owner name, p_plan text)": (
            "TABLE (version integer, saved_at timestamptz, note text, size_bytes integer, "
            "saved_by name)",
            f"IF NOT ({coaches}) THEN RETURN; END IF;\n"
            "    RETURN QUERY SELECT v.version, v.saved_at, v.note, v.size_bytes, v.saved_by "
            f"FROM {s}.versions v WHERE v.owner = p_owner AND v.plan_id = p_plan "
            "ORDER BY v.version;",
        ),
        "coached_version(p_owner name, p_plan text, p_version integer)": (
            "TABLE (version integer, saved_at timestamptz, schema_version integer, document bytea)",
            f"IF NOT ({coaches}) THEN RETURN; END IF;\n"
            "    RETURN QUERY SELECT v.version, v.saved_at, v.schema_version, v.document "
            f"FROM {s}.versions v WHERE v.owner = p_owner AND v.plan_id = p_plan "
            "AND v.version = p_version;",
        ),
        "coached_latest()": (
            "TABLE (owner name, id text, name_key text, version integer, "
            "schema_version integer, document bytea)",
            "RETURN QUERY SELECT p.owner, p.id, p.name_key, v.version, v.schema_version, "
            f"v.document FROM {s}.plans p JOIN {s}.versions v ON v.owner = p.owner "
            "AND v.plan_id = p.id AND v.version = p.latest_version WHERE (p.owner, p.id) IN "
            f"(SELECT a.owner, a.plan_id {shared});",
        ),
        "coached_notes()": (
            f"SETOF {s}.notes",
            f"RETURN QUERY SELECT n.* FROM {s}.notes n WHERE (n.owner, n.plan_id) IN "
            f"(SELECT a.owner, a.plan_id {shared}) "
            "AND (NOT n.private OR n.author = session_user);",
        ),
        "coached_signatures()": (
            f"SETOF {s}.signatures",
            f"RETURN QUERY SELECT g.* FROM {s}.signatures g WHERE (g.owner, g.plan_id) IN "
            f"(SELECT a.owner, a.plan_id {shared});",
        ),
        "shared_names()": (
            "TABLE (login name, display_name text)",
            f"RETURN QUERY SELECT p.login, p.display_name FROM {s}.people p "
            "WHERE p.login = session_user OR (pg_catalog.pg_has_role(session_user, "
            f"{lit(hr_group)}, 'MEMBER') AND EXISTS (SELECT 1 FROM {s}.hr_extracts e "
            "WHERE e.owner = p.login));",
        ),
        "known_people()": (
            "TABLE (login name, display_name text)",
            f"RETURN QUERY SELECT p.login, p.display_name FROM {s}.people p "
            "WHERE p.login = session_user OR p.login IN "
            f"(SELECT c.coach FROM {s}.coaching c WHERE c.employee = session_user "
            f"UNION SELECT c.employee FROM {s}.coaching c WHERE c.coach = session_user);",
        ),
    }


def lit(value: str) -> str:
    """A quoted SQL string literal (names are validated before they get here)."""
    return "'" + value.replace("'", "''") + "'"


def trigger_functions(s: str) -> dict[str, tuple[str, str]]:
    """name -> (table it fires on, plpgsql body); every table named with its schema."""
    return {
        "pop_version_saved": (
            "versions",
            f"""
    UPDATE {s}.plans SET latest_version = NEW.version, name = NEW.name,
           name_key = NEW.name_key, role = NEW.role, department = NEW.department,
           shared = NEW.shared, saved_at = NEW.saved_at
     WHERE owner = NEW.owner AND id = NEW.plan_id AND latest_version = NEW.version - 1;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'version % of plan % does not follow its latest version',
            NEW.version, NEW.plan_id USING ERRCODE = 'PX001';
    END IF;
    IF NEW.shared AND NEW.hr_document IS NOT NULL THEN
        INSERT INTO {s}.hr_extracts AS e (owner, plan_id, version, saved_at, name_key,
                department, schema_version, document)
        VALUES (NEW.owner, NEW.plan_id, NEW.version, NEW.saved_at, NEW.name_key,
                NEW.department, NEW.schema_version, NEW.hr_document)
        ON CONFLICT (owner, plan_id) DO UPDATE SET version = EXCLUDED.version,
            saved_at = EXCLUDED.saved_at, name_key = EXCLUDED.name_key,
            department = EXCLUDED.department, schema_version = EXCLUDED.schema_version,
            document = EXCLUDED.document;
    ELSE
        DELETE FROM {s}.hr_extracts WHERE owner = NEW.owner AND plan_id = NEW.plan_id;
    END IF;
    RETURN NULL;""",
        ),
        "pop_share_changed": (
            "shares",
            f"""
    IF NEW.granted THEN
        INSERT INTO {s}.plan_access (owner, plan_id, grantee)
        VALUES (NEW.owner, NEW.plan_id, NEW.grantee) ON CONFLICT DO NOTHING;
    ELSE
        DELETE FROM {s}.plan_access
         WHERE owner = NEW.owner AND plan_id = NEW.plan_id AND grantee = NEW.grantee;
    END IF;
    RETURN NULL;""",
        ),
        "pop_erasure_requested": (
            "erasures",
            f"""
    DELETE FROM {s}.plans WHERE owner = NEW.owner AND id = NEW.plan_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no plan % of %', NEW.plan_id, NEW.owner
            USING ERRCODE = 'PX002';
    END IF;
    RETURN NULL;""",
        ),
    }


def _columns(conn: psycopg.Connection, schema: str, table: str) -> list[str]:
    rows = conn.execute(
        "SELECT a.attname FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c "
        "ON c.oid = a.attrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = %s AND c.relname = %s AND a.attnum > 0 AND NOT a.attisdropped "
        "ORDER BY a.attnum",
        (schema, table),
    ).fetchall()
    return [str(name) for (name,) in rows]


def drop_policies(conn: psycopg.Connection, schema: str) -> None:
    """Remove every policy of the schema's tables (they are all recreated right after)."""
    rows = conn.execute(
        "SELECT tablename, policyname FROM pg_catalog.pg_policies WHERE schemaname = %s",
        (schema,),
    ).fetchall()
    for table, name in rows:
        conn.execute(f"DROP POLICY {q(name)} ON {q(schema)}.{q(table)}")


def unforce(conn: psycopg.Connection, schema: str) -> None:
    """Lift FORCE on every table of the schema, inside the owner's transaction (re-forced by
    `apply_security` before it commits), so migrations and erasures see every row."""
    rows = conn.execute(
        "SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
        "ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relkind = 'r' "
        "AND c.relforcerowsecurity",
        (schema,),
    ).fetchall()
    for (table,) in rows:
        conn.execute(f"ALTER TABLE {q(schema)}.{q(table)} NO FORCE ROW LEVEL SECURITY")


def force(conn: psycopg.Connection, schema: str) -> None:
    """Enable and force row-level security on every table of the store."""
    for table in TABLES:
        conn.execute(
            f"ALTER TABLE {q(schema)}.{q(table)} ENABLE ROW LEVEL SECURITY, "
            "FORCE ROW LEVEL SECURITY"
        )


def apply_security(conn: psycopg.Connection, r: Roles) -> None:
    """Grants, policies, functions and triggers for installation `r` (inside the caller's
    transaction)."""
    s = q(r.schema)
    app_roles = ", ".join(q(g) for g in r.groups)
    conn.execute(f"REVOKE ALL ON SCHEMA {s} FROM PUBLIC, {app_roles}")
    conn.execute(f"GRANT USAGE ON SCHEMA {s} TO {q(r.employee)}")
    for table in TABLES:
        name = f"{s}.{q(table)}"
        conn.execute(f"REVOKE ALL ON {name} FROM PUBLIC, {app_roles}")
        columns = ", ".join(q(c) for c in _columns(conn, r.schema, table))
        conn.execute(f"REVOKE ALL ({columns}) ON {name} FROM PUBLIC, {app_roles}")
        conn.execute(f"GRANT SELECT ON {name} TO {q(r.employee)}")
        insertable = INSERT_COLUMNS.get(table)
        if insertable:
            cols = ", ".join(q(c) for c in insertable)
            conn.execute(f"GRANT INSERT ({cols}) ON {name} TO {q(r.employee)}")
    conn.execute(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {s} FROM PUBLIC, {app_roles}")
    drop_policies(conn, r.schema)
    for function, (returns, body) in reader_functions(s, r.coach, r.hr).items():
        conn.execute(f"DROP FUNCTION IF EXISTS {s}.{function}")
        conn.execute(
            f"CREATE FUNCTION {s}.{function} RETURNS {returns} LANGUAGE plpgsql STABLE "
            f"SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$\n"
            f"#variable_conflict use_column\nBEGIN\n    {body}\nEND\n$fn$"
        )
    conn.execute(f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {s} FROM PUBLIC, {app_roles}")
    for function in reader_functions(s, r.coach, r.hr):
        conn.execute(f"GRANT EXECUTE ON FUNCTION {s}.{function} TO {q(r.employee)}")
    for function, (table, body) in trigger_functions(s).items():
        conn.execute(
            f"CREATE OR REPLACE FUNCTION {s}.{function}() RETURNS trigger LANGUAGE plpgsql "
            f"SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$\nBEGIN{body}\n"
            "END\n$fn$"
        )
        conn.execute(f"REVOKE ALL ON FUNCTION {s}.{function}() FROM PUBLIC")
        conn.execute(f"DROP TRIGGER IF EXISTS {function} ON {s}.{q(table)}")
        conn.execute(
            f"CREATE TRIGGER {function} AFTER INSERT ON {s}.{q(table)} "
            f"FOR EACH ROW EXECUTE FUNCTION {s}.{function}()"
        )
    # HR reads the extracts through this view; security_invoker, so that the row-level security
    # of hr_extracts applies to whoever reads it (a view owned by the owner would bypass it).
    conn.execute(
        f"CREATE OR REPLACE VIEW {s}.hr_plans WITH (security_invoker = true) AS "
        "SELECT owner, plan_id, version, saved_at, name_key, department, schema_version, "
        f"document FROM {s}.hr_extracts"
    )
    conn.execute(f"REVOKE ALL ON {s}.hr_plans FROM PUBLIC, {app_roles}")
    conn.execute(f"GRANT SELECT ON {s}.hr_plans TO {q(r.employee)}")
    for table, name, command, role, using, check in policies(r):
        sql = f"CREATE POLICY {q(name)} ON {s}.{q(table)} FOR {command} TO {role}"
        if using is not None:
            sql += f" USING ({using})"
        if check is not None:
            sql += f" WITH CHECK ({check})"
        conn.execute(sql)
    force(conn, r.schema)
