"""Side channels: what a login can learn about colleagues' plans without reading a single row.

Row-level security hides rows, but a query plan counts them: `EXPLAIN ANALYZE` reports how many
rows an index scan found before the policy removed them ("Rows Removed by Filter"), and text
comparison is leakproof, so an index can be searched with any range of names. Every probe here
is run twice, for a value that exists in a colleague's plan and for one that exists nowhere; the
database must answer both identically. Also here: acting as a group role with SET ROLE, which
would make a change nobody's.

Anna and Bram are employees coached by Carla; Dirk is a coach without people; Hilde is HR.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import psycopg
import pytest
from postgres_support import Org, pg_database, pg_org, pg_server, pg_server_info  # noqa: F401
from test_postgres_access import plans, refused, visible  # noqa: F401

PROBES = [
    # (table, WHERE with %s for the probed value, the value in the target's rows, one nowhere)
    ("plans", "id = %s", "{plan}", "plan-nobody"),
    ("plans", "name_key = %s", "{name}", "nobody at all"),
    ("plans", "name_key >= %s AND name_key < 'zz'", "{first}", "zy"),
    ("versions", "plan_id = %s", "{plan}", "plan-nobody"),
    ("versions", "plan_id = '{plan}' AND version >= %s", 2, 3),
    ("hr_extracts", "name_key >= %s", "{first}", "zz"),
    ("notes", "owner = %s AND plan_id = '{plan}'", "{owner}", "{nobody}"),
    ("notes", "author = %s", "{owner}", "{nobody}"),
    ("notes", "author = %s AND plan_id = 'plan-anna'", "{carla}", "{nobody}"),
    ("signatures", "owner = %s", "{owner}", "{nobody}"),
    ("plan_access", "owner = %s", "{owner}", "{nobody}"),
    ("plan_access", "grantee = %s", "{carla}", "{nobody}"),
    ("shares", "owner = %s", "{owner}", "{nobody}"),
    ("coaching", "employee = %s", "{owner}", "{nobody}"),
]
"""Probes of one target's rows. Anna's plan is shared with HR and Carla and has Carla's notes
(one private) and signature; Bram's plan is unshared (he shared it with Carla and stopped) and
has his own private note and signature."""

NOISE = re.compile(r'"(Planning Time|Execution Time|Actual Startup Time|Actual Total Time)"')
TARGETS = {"bram": "anna", "dirk": "anna", "hilde": "anna", "carla": "bram"}
"""Who probes whom: the target's rows are ones the prober may not read."""


def shape(conn: psycopg.Connection, sql: str, value: object) -> Any:
    """The EXPLAIN ANALYZE of a probe, timings and the probed value left out: what the
    database tells the prober about rows it does not show."""
    conn.execute("SET enable_seqscan = off")  # the prober picks the plan that leaks most
    row = conn.execute(
        f"EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF, FORMAT JSON) {sql}", (value,)
    ).fetchone()
    assert row is not None
    literal = str(value).lower() if isinstance(value, bool) else str(value)
    pattern = re.compile(rf"(?<![\w.]){re.escape(literal)}(?![\w.])")

    def blind(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: "_" if NOISE.fullmatch(f'"{k}"') else blind(v) for k, v in node.items()}
        if isinstance(node, list):
            return [blind(item) for item in node]
        return pattern.sub("VALUE", node) if isinstance(node, str) else node

    return blind(row[0])


@pytest.fixture
def annotated(pg_org: Org, plans: dict[str, str], today: date) -> Org:  # noqa: F811
    with pg_org.store("carla") as carla:
        carla.add_note("plan-anna", "Alleen voor mij.", private=True, goal_id=None, on=today)
        carla.add_note("plan-anna", "Goed plan.", private=False, goal_id=None, on=today)
        carla.sign("plan-anna", "coach", today)
    with pg_org.store("bram") as bram:
        bram.add_note("plan-bram", "Voor mezelf.", private=True, goal_id=None, on=today)
        bram.sign("plan-bram", "employee", today)
        bram.share_with("plan-bram", pg_org.login("carla"), True)
        bram.share_with("plan-bram", pg_org.login("carla"), False)
    return pg_org


@pytest.mark.parametrize("who", sorted(TARGETS))
def test_query_plans_say_nothing_about_what_a_login_cannot_read(annotated: Org, who: str) -> None:
    org, target = annotated, TARGETS[who]
    names = {"anna": "sophie peeters", "bram": "karim el amrani"}
    fill = {
        "plan": f"plan-{target}",
        "name": names[target],
        "first": names[target].split()[0],
        "owner": org.login(target),
        "nobody": org.login("nobody"),
        "carla": org.login("carla"),
    }
    with org.connect(who) as conn:
        for table, where, there, nowhere in PROBES:
            if who == "hilde" and table == "hr_extracts":
                continue  # HR reads every extract
            if who == "carla" and there == "{carla}":
                continue  # her own rows
            sql = f"SELECT * FROM {table} WHERE {where.format(**fill)}"
            values = [v.format(**fill) if isinstance(v, str) else v for v in (there, nowhere)]
            # Attack: count a colleague's rows through EXPLAIN ANALYZE (an index probe)
            seen, unseen = (shape(conn, sql, value) for value in values)
            assert seen == unseen, (who, table, where)


def test_a_group_role_cannot_be_used_to_act_as_nobody(pg_org: Org, plans: dict[str, str]) -> None:  # noqa: F811
    with pg_org.connect("anna") as anna:
        # Attack: become the employee group role (SET ROLE) and make a plan that is nobody's
        anna.execute(f'SET ROLE "{pg_org.prefix}_medewerker"')
        words = refused(anna, "INSERT INTO plans (id) VALUES ('anoniem')")
        assert "row-level security" in words
        # she is still herself: her own plan, nothing more
        assert visible(anna, "SELECT owner FROM plans") == [(pg_org.login("anna"),)]
        anna.execute("RESET ROLE")
    with pg_org.connect("carla") as carla:
        for group in ("coach", "medewerker"):
            carla.execute(f'SET ROLE "{pg_org.prefix}_{group}"')
            # Attack: a coach writes a note as a group role (readable by all its members)
            words = refused(
                carla,
                "INSERT INTO notes (owner, plan_id, client_id, body, private) "
                "VALUES (%s, 'plan-anna', 'x', 'anoniem', true)",
                (pg_org.login("anna"),),
            )
            assert "row-level security" in words or "does not exist" in words, group
            carla.execute("RESET ROLE")
    with pg_org.connect("hilde") as hilde:
        hilde.execute(f'SET ROLE "{pg_org.prefix}_hr"')
        # Attack: HR shares a plan as the HR group role
        words = refused(hilde, "INSERT INTO plans (id) VALUES ('hr-anoniem')")
        assert "does not exist" in words  # the HR group alone may not even use the schema
