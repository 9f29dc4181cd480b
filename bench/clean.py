"""What cleaning every text at the model boundary costs (model/clean.py, issue 18).

Run: .venv/bin/python -m bench.clean
Measured in the same run, on the large plan of the storage tests plus 1,000 conversation turns:
Plan.model_validate(dump) and Plan.model_validate_json(json). The baseline is the same code in
a child process in which PopModel's cleaning validator is never registered (pydantic's
field_validator("*") is replaced by a no-op before the model is imported). Both sides are
measured three times, interleaved; medians in ms and the ratio are printed.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 150


def _without_cleaning() -> None:
    import pydantic

    real = pydantic.field_validator

    def only_named(*fields: str, **kwargs: Any) -> Any:
        if fields == ("*",):
            return lambda function: function
        return real(*fields, **kwargs)

    pydantic.field_validator = only_named  # type: ignore[assignment]


def measure() -> dict[str, float]:
    sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
    from storage_support import large_plan

    from pop_assistent.model import Plan, Turn

    plan = large_plan(date(2026, 11, 24))
    plan.conversation.turns = [
        Turn(speaker="employee" if i % 2 else "assistant", text=f"Antwoord {i}: " + "woord " * 30)
        for i in range(1000)
    ]
    dump = plan.model_dump()
    text = plan.model_dump_json()

    def median_ms(fn: Callable[[], object]) -> float:
        samples = []
        for _ in range(ROUNDS):
            start = time.perf_counter()
            fn()
            samples.append((time.perf_counter() - start) * 1000)
        return statistics.median(samples)

    return {
        "model_validate(dump)": median_ms(lambda: Plan.model_validate(dump)),
        "model_validate_json": median_ms(lambda: Plan.model_validate_json(text)),
        "bytes": float(len(text)),
    }


def child(baseline: bool) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.clean", "--child", "baseline" if baseline else "clean"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        if sys.argv[2] == "baseline":
            _without_cleaning()
        print(json.dumps(measure()))
        return
    runs: dict[bool, list[dict[str, float]]] = {True: [], False: []}
    for _ in range(3):
        for baseline in (False, True):
            runs[baseline].append(child(baseline))
    print(f"plan: {int(runs[False][0]['bytes']):,} bytes of JSON, 1,000 turns")
    print(f"{'':24}{'cleaning':>10}{'baseline':>10}{'ratio':>8}")
    for name in ("model_validate(dump)", "model_validate_json"):
        on = statistics.median(r[name] for r in runs[False])
        off = statistics.median(r[name] for r in runs[True])
        print(f"{name:24}{on:10.2f}{off:10.2f}{on / off:8.2f}")


if __name__ == "__main__":
    main()
