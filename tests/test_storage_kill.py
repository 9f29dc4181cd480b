"""A process killed with SIGKILL in the middle of a save loop leaves the last save intact."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from pop_assistent.model import Plan
from pop_assistent.storage.sqlite import SQLiteStore

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent

CHILD = """
import sys
from datetime import date
sys.path[:0] = [sys.argv[2], sys.argv[3]]
from storage_support import large_plan
from pop_assistent.storage.sqlite import SQLiteStore

store = SQLiteStore(sys.argv[1])
plan = large_plan(date(2026, 11, 24))
version = None
n = 0
while True:
    n += 1
    changed = plan.model_copy(update={"occasion": plan.occasion.model_copy(
        update={"description": f"opslag {n}"})})
    version = store.save(changed, version, note=f"lus {n}")
    print(version, n, flush=True)
"""


def test_sigkill_during_a_save_loop_keeps_the_last_committed_version(tmp_path: Path) -> None:
    db = tmp_path / "pop.sqlite3"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), str(TESTS), str(ROOT)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    reported: list[tuple[int, int]] = []
    try:
        for line in child.stdout:
            version, n = map(int, line.split())
            reported.append((version, n))
            if len(reported) >= 40:
                os.kill(child.pid, signal.SIGKILL)
                break
    finally:
        child.kill()
        child.wait()
        assert child.stderr is not None
        errors = child.stderr.read()
    assert child.returncode == -signal.SIGKILL, errors
    assert [v for v, _ in reported] == list(range(1, len(reported) + 1))

    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with SQLiteStore(db) as store:
        latest = store.load("groot-plan")
        # The child may have committed one more save after its last report, never less.
        assert latest.version >= reported[-1][0]
        assert latest.version <= reported[-1][0] + 1
        Plan.model_validate_json(latest.plan.model_dump_json())
        assert latest.plan.occasion.description == f"opslag {latest.version}"
        history = store.history("groot-plan")
        assert [v.version for v in history] == list(range(1, latest.version + 1))
        assert [v.note for v in history] == [f"lus {v.version}" for v in history]
        for version in (1, len(history) // 2, latest.version):
            assert store.load("groot-plan", version).plan.occasion.description == (
                f"opslag {version}"
            )
        # The store keeps working after the crash.
        assert store.save(latest.plan, latest.version) == latest.version + 1
