"""Benchmark of the language core: accuracy on the labelled sets and speed against a baseline.

Run: .venv/bin/python bench/language.py [--against GIT-REF]
Prints per-criterion SMART accuracy, time-expression accuracy, medians after warm-up for the
SMART check and a date parse, the cold import time of `pop_assistent.language`, the 1 MB input
time, and the baseline `dateutil.parser.isoparse` of an ISO date measured in the same run.
With --against, the same timings run on the package as it was at GIT-REF (extracted to a
temporary folder), in alternating child processes of this run, and the ratio is printed: the
before/after comparison on a machine whose speed varies from minute to minute. Besides one goal
and two expressions repeated (warm caches), `check_goal_set` checks every goal of
tests/data/goals.yaml once per round (mean per goal, median of five rounds).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pop_assistent.language.dates import (  # noqa: E402
    AmbiguousDate,
    DateParseError,
    find_period,
    parse_period,
)
from pop_assistent.language.smart import check_goal  # noqa: E402
from pop_assistent.model.plan import Plan  # noqa: E402

DATA = ROOT / "tests" / "data"
KEYS = {"S": "specific", "M": "measurable", "A": "achievable", "R": "relevant", "T": "time_bound"}


def median_us(func: Callable[[], object], rounds: int = 2000) -> float:
    for _ in range(200):
        func()
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        func()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1e6


def date_accuracy(name: str = "time_expressions.yaml") -> tuple[int, int]:
    data = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    good = 0
    for row in data["cases"]:
        try:
            period = parse_period(row[0], data["today"])
            got: object = period.deadline
            ok = got == row[1] and (len(row) < 4 or (period.start, period.end) == (row[2], row[3]))
        except AmbiguousDate:
            ok = row[1] == "ask"  # two common readings: the conversation asks
        except DateParseError:
            ok = row[1] == "error"
        good += ok
    return good, len(data["cases"])


def smart_accuracy(name: str = "goals.yaml") -> dict[str, tuple[int, int]]:
    data = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    plans = {k: Plan.model_validate(v) for k, v in data.get("contexts", {}).items()}
    score = {k: [0, 0] for k in KEYS}
    for case in data["goals"]:
        plan = plans.get(case.get("context", ""))
        result = check_goal(
            case["text"], data["today"], plan=plan, goal=plan.goals[0] if plan else None
        )
        for letter, key in KEYS.items():
            if letter in case:
                score[letter][1] += 1
                score[letter][0] += getattr(result, key).met == case[letter]
    return {k: (a, b) for k, (a, b) in score.items() if b}


def import_ms() -> float:
    code = "import time; t=time.perf_counter(); import pop_assistent.language; " \
        "print((time.perf_counter()-t)*1000)"  # fmt: skip
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
            ).stdout
        )  # fmt: skip
        for _ in range(7)
    ]
    return statistics.median(runs)


def main() -> None:
    from datetime import date

    from dateutil.parser import isoparse

    today = date(2026, 11, 24)
    good, total = date_accuracy()
    print(f"time expressions: {good}/{total} = {100 * good / total:.1f}%")
    for letter, (a, b) in smart_accuracy().items():
        print(f"SMART {letter} ({KEYS[letter]}): {a}/{b} = {100 * a / b:.1f}%")
    for prefix in ("holdout", "holdout2", "holdout3"):
        good, total = date_accuracy(f"{prefix}_time_expressions.yaml")
        print(f"{prefix} time expressions: {good}/{total} = {100 * good / total:.1f}%")
        for letter, (a, b) in smart_accuracy(f"{prefix}_goals.yaml").items():
            print(f"{prefix} SMART {letter} ({KEYS[letter]}): {a}/{b} = {100 * a / b:.1f}%")
    base = median_us(lambda: isoparse("2027-03-31"))
    parse = median_us(lambda: parse_period("tegen eind juni 2027", today))
    parse2 = median_us(lambda: parse_period("binnen de zes maanden", today))
    goal = "Tegen eind juni 2027 maak ik zelfstandig draaitabellen in Excel voor de afdeling"
    smart = median_us(lambda: check_goal(goal, today), rounds=1000)
    print(f"baseline dateutil isoparse: {base:.1f} us")
    print(f"parse_period median: {parse:.1f} us / {parse2:.1f} us ({parse / base:.0f}x baseline)")
    print(f"check_goal median: {smart:.1f} us ({smart / base:.0f}x baseline)")
    big = ("Tegen eind juni 2027 [bold]{{ x }}<script> " * 30000)[:1_000_000]
    start = time.perf_counter()
    find_period(big, today)
    check_goal(big, today)
    try:
        parse_period(big, today)
    except DateParseError:
        pass
    print(f"1 MB input (find + check + parse): {(time.perf_counter() - start) * 1000:.1f} ms")
    print(f"import pop_assistent.language: {import_ms():.1f} ms (median of 7 cold runs)")


TIMING = """
import json, statistics, sys, time
from datetime import date
from pop_assistent.language.dates import parse_period
from pop_assistent.language.smart import check_goal
today = date(2026, 11, 24)
goals = [
    "Tegen eind juni 2027 maak ik zelfstandig draaitabellen in Excel voor de afdeling",
    "Binnen zes maanden heb ik de procedure voor de opname van nieuwe bewoners uitgeschreven",
    "Ik wil beter worden in mijn job als magazijnier",
    "By Easter I will run the dishwashing line alone during the evening shift.",
]
def median(func, rounds):
    for _ in range(100):
        func()
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        func()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1e6
corpus = json.loads(sys.stdin.read())
def whole_set():
    start = time.perf_counter()
    for text in corpus:
        check_goal(text, today)
    return (time.perf_counter() - start) * 1e6 / len(corpus)
whole_set()
print(json.dumps({
    "check_goal": median(lambda: check_goal(goals[0], today), 800),
    "check_goal_set": statistics.median(whole_set() for _ in range(5)),
    "check_goal_mix": median(lambda: [check_goal(g, today) for g in goals], 200) / len(goals),
    "parse_period": median(lambda: parse_period("tegen eind juni 2027", today), 1500),
    "parse_period_span": median(lambda: parse_period("binnen de zes maanden", today), 1500),
}))
"""


def _timings(tree: Path) -> dict[str, float]:
    import json
    import os

    env = {**os.environ, "PYTHONPATH": str(tree)}
    corpus = [case["text"] for case in yaml.safe_load((DATA / "goals.yaml").read_text())["goals"]]
    out = subprocess.run(
        [sys.executable, "-c", TIMING], capture_output=True, text=True, check=True, env=env,
        cwd=tree, input=json.dumps(corpus),
    )  # fmt: skip
    return dict(json.loads(out.stdout))


def against(ref: str, rounds: int = 7) -> None:
    """Time this tree and `ref` in alternating child processes; print medians and ratios."""
    import tarfile
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        archive = subprocess.run(
            ["git", "archive", ref, "pop_assistent"], capture_output=True, check=True, cwd=ROOT
        ).stdout
        with tarfile.open(fileobj=__import__("io").BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
        before: list[dict[str, float]] = []
        after: list[dict[str, float]] = []
        for _ in range(rounds):
            before.append(_timings(Path(folder)))
            after.append(_timings(ROOT))
    print(f"speed against {ref} (median of {rounds} alternating child processes):")
    for key in before[0]:
        old = statistics.median(run[key] for run in before)
        new = statistics.median(run[key] for run in after)
        print(f"  {key}: before {old:.1f} us, after {new:.1f} us, ratio {new / old:.2f}")


if __name__ == "__main__":
    if "--against" in sys.argv:
        against(sys.argv[sys.argv.index("--against") + 1])
    else:
        main()
