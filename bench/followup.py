"""Follow-up benchmark: the coach overview over many plans, the plan diff, what is due over
many plans (`pop herinneringen`), and reading a plan's version history for its calendar file.

Prints medians and the ratio to a baseline measured in the same run: serialising the same
plans to JSON (what any export or save does anyway). Run: .venv/bin/python bench/followup.py
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date

from pop_assistent.demo import karim, sophie
from pop_assistent.followup import coach_overview, diff_plans
from pop_assistent.model import ActionStatus, Plan
from pop_assistent.planning.due import due_items

PLANS = 500
ROUNDS = 7
TODAY = date(2027, 4, 2)
VERSIONS = 300
"""Versions of one plan for the calendar history: about twenty check-ins' worth of answers."""


def median_seconds(work: Callable[[], object]) -> float:
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    base = date(2026, 11, 24)
    plans = [(karim if i % 2 else sophie)(base) for i in range(PLANS)]
    changed = []
    for plan in plans:
        copy = plan.model_copy(deep=True)
        copy.actions[0].status = ActionStatus.done
        copy.actions[1].end = date(2028, 12, 31)
        copy.skills[0].current_level = 3
        changed.append(copy)

    baseline = median_seconds(lambda: [p.model_dump_json() for p in plans])
    overview = median_seconds(lambda: coach_overview(plans, TODAY))
    diff = median_seconds(lambda: [diff_plans(a, b) for a, b in zip(plans, changed, strict=True)])
    print(f"{PLANS} plans, median of {ROUNDS} rounds")
    print(f"baseline  model_dump_json   {baseline * 1000:8.1f} ms")
    print(
        f"coach_overview              {overview * 1000:8.1f} ms  ratio {overview / baseline:5.2f}"
    )
    print(f"diff_plans (per pair)       {diff * 1000:8.1f} ms  ratio {diff / baseline:5.2f}")
    due = median_seconds(lambda: due_items(plans, TODAY, 14))
    print(f"due_items (herinneringen)   {due * 1000:8.1f} ms  ratio {due / baseline:5.2f}")
    calendar_history_bench(plans[1])


def calendar_history_bench(plan: Plan) -> None:
    """The .ics of a plan with many stored versions: without history, and with it."""
    import tempfile
    from pathlib import Path

    from pop_assistent.export import export_plan
    from pop_assistent.export.ical import calendar_history
    from pop_assistent.storage.sqlite import SQLiteStore

    with tempfile.TemporaryDirectory() as folder, SQLiteStore(Path(folder) / "b.db") as store:
        version = None
        for n in range(VERSIONS):
            copy = plan.model_copy(deep=True)
            copy.conversation.pending.query = str(n)  # what most saves change
            if n % 25 == 0:
                copy.actions[n % len(copy.actions)].progress = n % 100
            version = store.save(copy, version, f"bench {n}")
        latest = store.load(plan.id).plan
        plain = median_seconds(lambda: export_plan(latest, "ics", today=TODAY))
        full = median_seconds(
            lambda: export_plan(latest, "ics", today=TODAY, history=calendar_history(store, latest))
        )
    print(f"ics, {VERSIONS} versions: without history {plain * 1000:6.1f} ms, "
          f"with history {full * 1000:6.1f} ms  ratio {full / plain:5.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
