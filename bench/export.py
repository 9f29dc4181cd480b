"""Export speed for a demo plan: Markdown + HTML, PDF and ics, against a plain-text dump.

Prints medians after a warm-up, and each format's ratio to the baseline (the plan dumped as
JSON text, the cheapest faithful rendering), all measured in the same run.
Run: .venv/bin/python bench/export.py
"""

from __future__ import annotations

import re
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta

from pop_assistent.demo import karim
from pop_assistent.export import export_plan

TODAY = date(2026, 11, 24)
ROUNDS = 41
WARMUP = 5
BUDGET_MS = {"md+html": 20.0, "pdf": 300.0, "ics": 20.0}


def median_ms(work: Callable[[date], object], rounds: int = ROUNDS) -> float:
    """Median wall time; each call gets another day, so no renderer can reuse a cached result."""
    for i in range(WARMUP):
        work(TODAY + timedelta(days=i))
    times = []
    for i in range(rounds):
        day = TODAY + timedelta(days=WARMUP + i)
        start = time.perf_counter()
        work(day)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    plan = karim(TODAY)
    baseline = median_ms(
        lambda day: plan.model_copy(update={"created_on": day}).model_dump_json(indent=2).encode()
    )
    results = {
        "md+html": median_ms(
            lambda day: (
                export_plan(plan, "md", today=day),
                export_plan(plan, "html", today=day),
            )
        ),
        "pdf": median_ms(lambda day: export_plan(plan, "pdf", today=day)),
        "ics": median_ms(lambda day: export_plan(plan, "ics", today=day)),
    }
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", export_plan(plan, "pdf", today=TODAY)))
    print(f"plan: {plan.employee.name}, {len(plan.actions)} actions, {len(plan.goals)} goals")
    print(f"baseline (plain JSON text dump): {baseline:8.3f} ms")
    for name, ms in results.items():
        verdict = "ok" if ms < BUDGET_MS[name] else "OVER BUDGET"
        print(
            f"{name:<8} median {ms:8.2f} ms  (budget {BUDGET_MS[name]:.0f} ms, {verdict})"
            f"  ratio to baseline {ms / baseline:7.1f}x"
        )
    if pages:
        print(f"pdf pages: {pages}")


if __name__ == "__main__":
    main()
