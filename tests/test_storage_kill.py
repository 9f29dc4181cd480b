"""A process killed with SIGKILL in the middle of a save loop leaves the last save intact."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from pop_assistent.model import Plan
from pop_assistent.storage.sqlite import SQLiteStore

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent


def _kill_when(child: subprocess.Popen[str], enough: Callable[[str], bool]) -> str:
    """Read the child's lines until `enough(line)` says so, then SIGKILL it; its stderr."""
    assert child.stdout is not None
    try:
        for line in child.stdout:
            if enough(line):
                os.kill(child.pid, signal.SIGKILL)
                break
    finally:
        child.kill()
        child.wait()
        assert child.stderr is not None
        errors = child.stderr.read()
    assert child.returncode == -signal.SIGKILL, errors
    return errors


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
    reported: list[tuple[int, int]] = []

    def report(line: str) -> bool:
        version, n = map(int, line.split())
        reported.append((version, n))
        return len(reported) >= 40

    _kill_when(child, report)
    assert child.stdout is not None
    for line in child.stdout.read().splitlines():  # printed before the kill, read after it
        if len(line.split()) == 2:  # (under load the reader lags: the child saved on meanwhile)
            version, n = map(int, line.split())
            reported.append((version, n))
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


APP_CHILD = """
import asyncio, sys, time
from pathlib import Path
sys.path[:0] = [sys.argv[2], sys.argv[3]]
from tui_support import build_app
from pop_assistent.tui.widgets.chat_log import ChatLog

app, _store = build_app(Path(sys.argv[1]))

async def main():
    async with app.run_test(size=(80, 24)) as pilot:
        while app.screen.engine is None:
            await pilot.pause()
        chat = app.screen.query_one(ChatLog)
        for answer in sys.argv[4:]:
            shown = chat.revealed
            app.screen.send_text(answer)
            while chat.revealed == shown:  # the reply is on screen
                await asyncio.sleep(0.001)
            print("shown", flush=True)
        time.sleep(60)  # killed here, the reply on screen

asyncio.run(main())
"""


def test_sigkill_right_after_a_reply_in_the_app_loses_no_answer(tmp_path: Path) -> None:
    """The app's save is committed before the reply shows (WAL, synchronous=NORMAL): a killed
    app keeps every answer it replied to, even the last one."""
    answers = ["Noor Janssens", "1", "Mijn functioneringsgesprek is in maart."]
    child = subprocess.Popen(
        [sys.executable, "-c", APP_CHILD, str(tmp_path), str(TESTS), str(ROOT), *answers],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    shown: list[str] = []

    def reply_shown(line: str) -> bool:
        if line.strip() == "shown":
            shown.append(line)
        return len(shown) == len(answers)

    errors = _kill_when(child, reply_shown)
    assert len(shown) == len(answers), errors

    with SQLiteStore(tmp_path / "pop.sqlite3") as store:
        (summary,) = store.list_plans()
        plan = store.load(summary.plan_id).plan
    said = [t.text for t in plan.conversation.turns if t.speaker == "employee"]
    assert said == answers
    assert plan.employee.name == "Noor Janssens"
    assert plan.occasion.description == answers[2]
