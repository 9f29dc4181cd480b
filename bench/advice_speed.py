"""How long advice for one goal takes, against a baseline measured in the same run.

Run: .venv/bin/python -P bench/advice_speed.py [ROUNDS]
Every goal of tests/data/advies_blind*.yaml (stories in everyday Dutch and English) gets
`recommend()` on the shipped catalogue, once per round; the median over all goals and rounds
is printed, with the first advice of the process (the word lists load then) apart. The
baseline is the catalogue's own full-text search of the same goal text (`Catalogue.search`),
timed in the same rounds, so the ratio stays meaningful on a machine whose speed varies.
Target (issue 14): advice for one goal < 30 ms median.
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pop_assistent.advice import recommend  # noqa: E402
from pop_assistent.catalogue import load_catalogue  # noqa: E402

TODAY = date(2026, 11, 24)


def main(rounds: int) -> None:
    goals = [
        need["doel"]
        for name in sorted((ROOT / "tests" / "data").glob("advies_blind*.yaml"))
        for need in yaml.safe_load(name.read_text(encoding="utf-8"))
    ]
    catalogue = load_catalogue(today=TODAY)
    start = time.perf_counter()
    recommend(catalogue, goal_text=goals[0], today=TODAY)
    first = time.perf_counter() - start
    advice: list[float] = []
    search: list[float] = []
    for _ in range(rounds):
        for goal in goals:
            start = time.perf_counter()
            recommend(catalogue, goal_text=goal, today=TODAY)
            advice.append(time.perf_counter() - start)
            start = time.perf_counter()
            catalogue.search(goal)
            search.append(time.perf_counter() - start)
    a, s = statistics.median(advice) * 1e3, statistics.median(search) * 1e3
    worst = sorted(advice)[int(0.95 * len(advice))] * 1e3
    print(f"goals={len(goals)} rounds={rounds} catalogue={len(catalogue.items)} resources")
    print(f"first advice (word lists load): {first * 1e3:.0f} ms")
    print(f"advice median {a:.2f} ms (p95 {worst:.2f} ms); target < 30 ms")
    print(f"baseline search median {s:.2f} ms; ratio advice/search {a / s:.1f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
