"""Benchmark: the training plan from 10,000 shared plans, read from SQLite and from PostgreSQL,
and what row-level security costs on PostgreSQL.

    .venv/bin/python bench/orgplan.py [--plans 10000] [--repeat 3]

PostgreSQL: POP_BENCH_DATABASE_URL or POP_TEST_DATABASE_URL (a superuser URL), else a throwaway
cluster started like the tests do. The shared store is installed as the README says, with a
coach and HR as real logins; the plans belong to one person each (HR counts one shared plan per
person), so 10,000 plans are 10,000 people, who all share their plan with the coach. Those
people are written straight into the tables by the superuser (their rows exactly as their own
sessions would write them, triggers included): 10,000 logins and sessions would only measure
CREATE ROLE. Each measurement runs in a fresh process so its peak memory (ru_maxrss) is its own.
Printed, as medians:

- the training plan including reading every plan, and the ratio to a straightforward pure-Python
  aggregation (all plans in a list, then one pass per department and competence) in the same
  process on the same store;
- row-level security: the same reads as HR (the extracts of shared plans) and as the coach (every
  plan shared with them, through the SECURITY DEFINER functions and the owner's policies) against
  a superuser, whom row-level security does not apply to, on the same data in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pop_assistent.catalogue import load_catalogue  # noqa: E402
from pop_assistent.config import OrgSettings  # noqa: E402
from pop_assistent.model import (  # noqa: E402
    Action,
    ActionOrigin,
    ActionStatus,
    CheckIn,
    Employee,
    Goal,
    Plan,
    SkillRating,
)
from pop_assistent.org import build_training_plan  # noqa: E402
from pop_assistent.org.rules import catalogue_item, cluster_of, counts_in  # noqa: E402

TODAY = date(2026, 11, 24)
YEAR = 2027
DEPARTMENTS = ["Administratie", "Onderhoud", "Productie", "Logistiek", "Verkoop", "IT", "HR"]
DEPARTMENTS += ["Aankoop", "Engineering", "Facilitair", "Financiën", "Kwaliteit", "Preventie"]
SETTINGS = OrgSettings(budgets_eur={d: 50_000.0 for d in DEPARTMENTS})
ORIGINS = list(ActionOrigin)


def generate(n: int, seed: int = 7) -> Iterable[Plan]:
    """Plans of realistic size: 6-10 skills, 2-4 goals, 3-7 actions, 2-4 check-ins."""
    rng = random.Random(seed)
    catalogue = load_catalogue(today=TODAY)
    roles, items = catalogue.roles, catalogue.items
    for i in range(n):
        role = rng.choice(roles)
        skills = [s.skill_id for s in role.skills]
        rated = rng.sample(skills, k=min(len(skills), rng.randint(6, 10)))
        goals = [
            Goal(id=f"g-{g}", text=f"Tegen juni {YEAR} beheers ik {rated[g]} op niveau 4.",
                 skill_ids=rng.sample(rated, k=2))
            for g in range(rng.randint(2, 4))
        ]  # fmt: skip
        fitting = [it for it in items if set(it.skill_ids) & set(skills)] or items
        actions = []
        for a in range(rng.randint(3, 7)):
            item = rng.choice(fitting)
            start = date(rng.choice([2025, 2026, 2027, 2027, 2027, 2028]), rng.randint(1, 12), 1)
            done = start < TODAY and rng.random() < 0.8
            actions.append(
                Action(
                    id=f"a-{a}", goal_id=rng.choice(goals).id, catalogue_id=item.id,
                    title=item.title, type=item.action_type, start=start,
                    end=start + timedelta(days=rng.randint(0, 60)), hours=item.hours,
                    cost_eur=item.cost_eur, formal=item.formal,
                    status=ActionStatus.done if done else ActionStatus.not_started,
                    completed_on=start + timedelta(days=1) if done else None,
                    origin=rng.choice(ORIGINS), legally_required=item.legally_required,
                    expected_return="Sneller en zelfstandiger werken op de werkvloer.",
                    visible_on_floor="De collega neemt taken over zonder hulp te vragen.",
                )
            )  # fmt: skip
        yield Plan(
            id=f"p-{i:05d}",
            created_on=TODAY,
            employee=Employee(
                name=f"Medewerker {i:05d} {secrets.token_hex(2)}", role=role.label(),
                role_profile_id=role.id, department=role.department or rng.choice(DEPARTMENTS),
                fte=rng.choice([1.0, 1.0, 0.8, 0.5]), hours_per_week=2,
            ),
            skills=[
                SkillRating(skill_id=s, label=s, current_level=rng.randint(1, 4),
                            wanted_level=rng.randint(3, 5))
                for s in rated
            ],
            goals=goals,
            actions=actions,
            check_ins=[CheckIn(id=f"c-{c}", planned_for=TODAY + timedelta(days=90 * (c + 1)))
                       for c in range(rng.randint(2, 4))],
            shared=rng.random() < 0.9,
        )  # fmt: skip


def baseline(plans: Iterable[Plan], catalogue: Any) -> dict[str, Any]:
    """The straightforward way: every plan in a list, then one pass per department and skill."""
    everything = list(plans)
    result: dict[str, Any] = {}
    for dep in sorted({p.employee.department for p in everything}):
        members = [p for p in everything if p.employee.department == dep]
        clusters: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
        for p in members:
            for a in p.actions:
                if counts_in(a, YEAR):
                    c = clusters[cluster_of(a, catalogue_item(catalogue, a))]
                    c[0] += 1
                    c[1] += a.hours
                    c[2] += a.cost_eur
        fte = sum(p.employee.fte for p in members)
        skills = sorted({r.skill_id for p in members for r in p.skills if r.skill_id})
        needs = {}
        for skill in skills:
            levels = [r.current_level for p in members for r in p.skills if r.skill_id == skill]
            needs[skill] = (len(levels), sum(levels) / len(levels))
        result[dep] = (dict(clusters), fte, needs)
    return result


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return runs


def measure(backend: str, where: str, repeat: int) -> None:
    """Child process: time reading + aggregation, the baseline, and report peak memory.

    Backends: sqlite, postgres (the training plan as this login), full (reading every plan
    this login may read in full: what the coach's overview does).
    """
    from pop_assistent.storage.postgres import PostgresStore
    from pop_assistent.storage.sqlite import SQLiteStore

    catalogue = load_catalogue(today=TODAY)
    store: Any = SQLiteStore(Path(where)) if backend == "sqlite" else PostgresStore(where)
    if backend == "full":
        full = timed(lambda: sum(1 for _ in store.latest_plans()), repeat)
        store.close()
        print(json.dumps({"read": full, "ours": full, "baseline": full, "peak_mb": 0}))
        return
    read = timed(lambda: sum(1 for _ in store.latest_plans(shared_only=True)), repeat)

    def ours() -> None:
        build_training_plan(
            store.latest_plans(shared_only=True),
            settings=SETTINGS, year=YEAR, today=TODAY, catalogue=catalogue,
        )  # fmt: skip

    fast = timed(ours, repeat)
    rss_ours = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    slow = timed(lambda: baseline(store.latest_plans(shared_only=True), catalogue), repeat)
    store.close()
    print(json.dumps({"read": read, "ours": fast, "baseline": slow, "peak_mb": rss_ours}))


def measure_rls(mode: str, with_rls: str, without: str, repeat: int) -> None:
    """Child process: the same read through both logins, alternating, so that a change in the
    machine's load hits both alike. `mode`: plan (HR's training plan incl. read) or full (read
    every plan the login may read in full, as the coach's overview does)."""
    from pop_assistent.storage.postgres import PostgresStore

    catalogue = load_catalogue(today=TODAY)
    stores = {"with": PostgresStore(with_rls), "without": PostgresStore(without)}

    def work(store: Any) -> object:
        if mode == "full":
            return sum(1 for _ in store.latest_plans())
        return build_training_plan(
            store.latest_plans(shared_only=True),
            settings=SETTINGS, year=YEAR, today=TODAY, catalogue=catalogue,
        )  # fmt: skip

    runs: dict[str, list[float]] = {"with": [], "without": []}
    for _ in range(repeat):
        for name, store in stores.items():
            runs[name] += timed(lambda s=store: work(s), 1)
    for store in stores.values():
        store.close()
    print(json.dumps(runs))


def run_child(backend: str, where: str, repeat: int) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--measure", backend, where, "--repeat", str(repeat)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def fill(store: Any, n: int) -> float:
    start = time.perf_counter()
    for plan in generate(n):
        store.save(plan, None)
    return time.perf_counter() - start


def report(name: str, limit: float, r: dict[str, Any]) -> None:
    ours, base = statistics.median(r["ours"]), statistics.median(r["baseline"])
    print(
        f"{name:<10} read {statistics.median(r['read']):6.2f} s | training plan incl. read "
        f"{ours:6.2f} s (limit {limit:.0f} s) | straightforward {base:6.2f} s | "
        f"ratio {base / ours:4.2f}x | peak {r['peak_mb']:.0f} MB (limit 500)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plans", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--measure", nargs=2, metavar=("BACKEND", "WHERE"))
    parser.add_argument("--rls", nargs=3, metavar=("MODE", "WITH", "WITHOUT"))
    args = parser.parse_args()
    if args.measure:
        measure(args.measure[0], args.measure[1], args.repeat)
        return
    if args.rls:
        measure_rls(*args.rls, args.repeat)
        return
    from pop_assistent.storage.sqlite import SQLiteStore

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite3"
        with SQLiteStore(path) as store:
            print(f"SQLite: {args.plans} plans saved in {fill(store, args.plans):.1f} s (setup)")
        report("SQLite", 3, run_child("sqlite", str(path), args.repeat))
    postgres(args.plans, args.repeat)


def fill_people(org: Any, plans: int) -> int:
    """One plan per person, written as the superuser exactly as each person's own session
    would (a plan header, a version with its HR extract; the store's trigger does the rest),
    plus each person's row, their coaching by Marc and their share with him. In batches, so
    the parent stays small (a child process starts with its parent's peak memory)."""
    from itertools import islice

    from pop_assistent.model import SCHEMA_VERSION
    from pop_assistent.storage.codec import encode_plan
    from pop_assistent.storage.resolve import fold
    from pop_assistent.storage.shared_view import hr_projection

    coach, s, people = org.login("marc"), f'"{org.schema}"', 0
    with org.superuser() as conn, conn.transaction(), conn.cursor() as cur:
        source = generate(plans)
        while batch := list(islice(source, 500)):
            rows = []
            for plan in batch:
                blob, size = encode_plan(plan)
                extract = encode_plan(hr_projection(plan))[0] if plan.shared else None
                rows.append((f"{org.prefix}_{plan.id}", plan, blob, size, extract, plan.employee))
            cur.executemany(
                f"INSERT INTO {s}.people (login, kind, display_name) VALUES (%s, 'medewerker', %s)",
                [(owner, e.name) for owner, _p, _b, _z, _x, e in rows],
            )
            cur.executemany(
                f"INSERT INTO {s}.coaching (coach, employee) VALUES (%s, %s)",
                [(coach, owner) for owner, *_rest in rows],
            )
            cur.executemany(
                f"INSERT INTO {s}.plans (owner, id) VALUES (%s, %s)",
                [(owner, plan.id) for owner, plan, *_rest in rows],
            )
            cur.executemany(
                f"INSERT INTO {s}.versions (owner, saved_by, plan_id, version, saved_at, note, "
                "schema_version, size_bytes, document, name, name_key, role, department, "
                "shared, hr_document) VALUES (%s, %s, %s, 1, now(), '', %s, %s, %s, %s, %s, %s, "
                "%s, %s, %s)",
                [
                    (owner, owner, plan.id, SCHEMA_VERSION, size, blob, e.name, fold(e.name),
                     e.role, e.department, plan.shared, extract)
                    for owner, plan, blob, size, extract, e in rows
                ],
            )  # fmt: skip
            cur.executemany(
                f"INSERT INTO {s}.plan_access (owner, plan_id, grantee) VALUES (%s, %s, %s)",
                [(owner, plan.id, coach) for owner, plan, *_rest in rows],
            )
            people += len(rows)
        cur.execute(f"ANALYZE {s}.plans, {s}.versions, {s}.hr_extracts, {s}.plan_access")
    return people


def postgres(plans: int, repeat: int) -> None:
    """Install a store, fill it as 20 employees, and measure HR, the coach and a superuser."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    import postgres_support as pg

    url = os.environ.get("POP_BENCH_DATABASE_URL") or os.environ.get("POP_TEST_DATABASE_URL")
    base = Path(tempfile.mkdtemp(prefix="pop-bench-pg-"))
    server = pg.Server(url) if url else pg.start_throwaway(base)
    if server is None:
        print("PostgreSQL: skipped (no server: set POP_BENCH_DATABASE_URL, or install postgresql)")
        return
    import psycopg

    run = f"b{secrets.token_hex(3)}"
    db = pg.Database(server.url, f"{run}_db", f"{run}_beheer", secrets.token_hex(12))
    with psycopg.connect(server.url, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE \"{db.owner}\" LOGIN CREATEROLE PASSWORD '{db.owner_password}'")
        conn.execute(f'CREATE DATABASE "{db.name}" OWNER "{db.owner}"')
    prefix = ""
    try:
        org = pg.install_org(db, {"marc": ("coach", [], "Marc"), "hilde": ("hr", [], "Hilde")})
        prefix = org.prefix
        start = time.perf_counter()
        people = fill_people(org, plans)
        print(
            f"PostgreSQL: {plans} plans of {people} people, each shared with their coach, "
            f"written in {time.perf_counter() - start:.1f} s (setup)"
        )
        superuser = pg.with_schema(db.superuser_uri(), org.schema)
        report("PostgreSQL", 5, run_child("postgres", org.url("hilde"), repeat))
        print("Row-level security (same data, same run, alternating; a superuser bypasses it):")
        for name, mode, login in (
            ("HR: training plan incl. read", "plan", "hilde"),
            ("coach: read every shared plan", "full", "marc"),
        ):
            out = subprocess.run(
                [sys.executable, __file__, "--rls", mode, org.url(login), superuser,
                 "--repeat", str(repeat)],
                check=True, capture_output=True, text=True,
            )  # fmt: skip
            runs = json.loads(out.stdout.strip().splitlines()[-1])
            a, b = statistics.median(runs["with"]), statistics.median(runs["without"])
            print(f"  {name:<31} with {a:6.2f} s | without {b:6.2f} s | cost {a / b:4.2f}x")
    finally:
        with psycopg.connect(server.url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{db.name}" WITH (FORCE)')
            pg._drop_roles(conn, run)
            if prefix:
                pg._drop_roles(conn, prefix)
        if server.data is not None:
            pg.stop_throwaway(server.data)


if __name__ == "__main__":
    main()
