"""Benchmark of the embedded store: save and load of a large plan, and 1,000 versions on disk.

Run: .venv/bin/python bench/store.py
Baseline, measured in the same run: json.dumps + write of the same plan to a file (save), and
read + json.loads (load). Also shown: the same with fsync, which is what a durable save costs.
Targets: save < 5 ms, load < 5 ms, 1,000 versions < 50 MB.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from storage_support import large_plan  # noqa: E402

from pop_assistent.storage.sqlite import SQLiteStore  # noqa: E402

ROUNDS = 300
HISTORY = 1000


def timed(fn: Callable[[int], object], rounds: int = ROUNDS) -> list[float]:
    """Milliseconds per call, one sample per call."""
    samples = []
    for i in range(rounds):
        start = time.perf_counter()
        fn(i)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def summary(samples: list[float]) -> tuple[float, float]:
    """Median and 90th percentile."""
    return statistics.median(samples), statistics.quantiles(samples, n=10)[-1]


def main() -> None:
    plan = large_plan(date(2026, 11, 24))
    doc = plan.model_dump(mode="json")
    print(
        f"plan: {len(plan.goals)} goals, {len(plan.actions)} actions, "
        f"{len(plan.check_ins)} check-ins, {len(plan.model_dump_json())} bytes of JSON"
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        baseline_file = folder / "plan.json"

        def json_write(_: int) -> None:
            baseline_file.write_text(json.dumps(doc), encoding="utf-8")

        def json_write_fsync(_: int) -> None:
            with open(baseline_file, "w", encoding="utf-8") as fh:
                fh.write(json.dumps(doc))
                fh.flush()
                os.fsync(fh.fileno())

        def json_read(_: int) -> None:
            json.loads(baseline_file.read_text(encoding="utf-8"))

        store = SQLiteStore(folder / "pop.sqlite3")
        version: list[int | None] = [None]

        def store_save(_: int) -> None:
            version[0] = store.save(plan, version[0], note="bench")

        def store_load(_: int) -> None:
            store.load(plan.id)

        results = {
            "baseline save (json.dumps + write)": summary(timed(json_write)),
            "baseline save + fsync": summary(timed(json_write_fsync)),
            "baseline load (read + json.loads)": summary(timed(json_read)),
            "store save (validated plan, 1 transaction, fsync)": summary(timed(store_save)),
            "store load (validated plan)": summary(timed(store_load)),
        }
        while (version[0] or 0) < HISTORY:
            store_save(0)
        store.close()
        on_disk = sum(f.stat().st_size for f in folder.glob("pop.sqlite3*"))

    width = max(map(len, results))
    print(f"{'':{width}}  median ms    p90 ms")
    for name, (median, p90) in results.items():
        print(f"{name:{width}}  {median:9.3f}  {p90:8.3f}")
    save = results["store save (validated plan, 1 transaction, fsync)"][0]
    load = results["store load (validated plan)"][0]
    plain_save = results["baseline save (json.dumps + write)"][0]
    synced_save = results["baseline save + fsync"][0]
    plain_load = results["baseline load (read + json.loads)"][0]
    print(f"save ratio to json.dumps + write:         {save / plain_save:.2f}x")
    print(f"save ratio to json.dumps + write + fsync: {save / synced_save:.2f}x")
    print(f"load ratio to read + json.loads:          {load / plain_load:.2f}x")
    raw_total = HISTORY * len(json.dumps(doc))
    print(
        f"{HISTORY} versions on disk: {on_disk / 1e6:.2f} MB "
        f"(as plain JSON files: {raw_total / 1e6:.2f} MB, ratio {on_disk / raw_total:.2f})"
    )
    verdict = save < 5 and load < 5 and on_disk < 50e6
    print(
        "targets (save < 5 ms, load < 5 ms, 1,000 versions < 50 MB):",
        "met" if verdict else "MISSED",
    )


if __name__ == "__main__":
    main()
