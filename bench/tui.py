"""Speed of the app: cold start vs a bare Textual app, one conversation turn, memory.

Run: .venv/bin/python bench/tui.py [--runs 7]

1. Cold start, each in a fresh interpreter (headless), alternating so both see the same machine:
   - baseline: a bare Textual app that shows one Static, until its first screen is ready;
   - `pop` (the real CLI entry point, new session, real store): until the first screen is ready
     (the user can type), and until the assistant's greeting is on screen (engine, templates
     and store opened in a worker).
2. One turn in-process, driving the real app with Pilot through Sophie's answers: from the
   answer being sent to the assistant's reply mounted and the screen refreshed.
3. Peak resident memory of the `pop` process and of the in-process journey.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = r"""
import sys, time
import textual.app as _ta
_mode = sys.argv[1]
_run = _ta.App.run
def _headless_run(self, *args, **kwargs):
    kwargs["headless"] = True
    return _run(self, *args, **kwargs)
_ta.App.run = _headless_run
def _on_ready(self):
    print(f"ready {time.time():.6f}", flush=True)
    if _mode == "bare":
        self.exit()
        return
    def poll():
        from textual.widgets import Markdown
        if self.screen.query(Markdown):
            print(f"greeted {time.time():.6f}", flush=True)
            self.exit()
    self.set_interval(0.002, poll)
_ta.App.on_ready = _on_ready
if _mode == "bare":
    from textual.app import App
    from textual.widgets import Static
    class Bare(App):
        def compose(self):
            yield Static("Hallo")
    Bare().run()
else:
    sys.argv = ["pop"]
    from pop_assistent.cli import main
    main()
"""


def cold_run(mode: str, data_dir: str) -> tuple[float, float | None]:
    """Seconds from launch to the first screen ready, and to the greeting (pop only)."""
    env = {
        **os.environ,
        "POP_DATA_DIR": data_dir,
        "POP_CONFIG_DIR": data_dir,
        "PYTHONPATH": str(ROOT),
    }
    env.pop("POP_VANDAAG", None)
    start = time.time()
    proc = subprocess.Popen(
        [sys.executable, "-c", PROBE, mode], stdout=subprocess.PIPE, env=env, text=True, cwd=ROOT
    )
    out, _ = proc.communicate(timeout=60)
    stamps = dict(line.split() for line in out.splitlines() if line.count(" ") == 1)
    ready = float(stamps["ready"]) - start
    greeted = float(stamps["greeted"]) - start if "greeted" in stamps else None
    return ready, greeted


def children_peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


SOPHIE = [
    "Sophie Peeters",
    "functioneringsgesprek",
    "administratief medewerkster",
    "2 uur per week",
]


async def turn_times(answers: list[str]) -> tuple[list[float], float]:
    """Per-turn seconds for the answers, driving the real app in-process; peak RSS in MB."""
    from pop_assistent.catalogue import load_catalogue
    from pop_assistent.config import Settings
    from pop_assistent.tui.app import make_app
    from pop_assistent.tui.widgets.chat_log import ChatLog

    today = date(2026, 11, 24)
    data = Path(tempfile.mkdtemp(prefix="pop-bench-"))
    settings = Settings(data_dir=data, today=today)
    catalogue = ROOT / "tests" / "tui_catalogue"
    app = make_app(
        settings, catalogue_loader=lambda: load_catalogue(catalogue, today=today), today=today
    )
    times: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        chat = screen.query_one(ChatLog)
        for text in answers:
            before = len(chat.children)
            started = time.perf_counter()
            screen.send_text(text)  # type: ignore[attr-defined]
            await pilot.pause()
            times.append(time.perf_counter() - started)
            assert len(chat.children) > before + 1, "the reply did not show"
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return times, rss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    bare: list[float] = []
    ready: list[float] = []
    greeted: list[float] = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            bare.append(cold_run("bare", tmp)[0])
        with tempfile.TemporaryDirectory() as tmp:
            r, g = cold_run("pop", tmp)
            ready.append(r)
            if g is not None:
                greeted.append(g)
    pop_rss = children_peak_rss_mb()
    med_bare = statistics.median(bare)
    med_ready = statistics.median(ready)
    print(f"cold start, median of {args.runs} (headless):")
    print(f"  bare Textual app, one Static     {med_bare * 1000:7.0f} ms")
    print(
        f"  pop, first screen ready to type  {med_ready * 1000:7.0f} ms   ratio {med_ready / med_bare:.2f}x"
    )
    if greeted:
        med_greet = statistics.median(greeted)
        print(
            f"  pop, assistant's greeting shown  {med_greet * 1000:7.0f} ms   ratio {med_greet / med_bare:.2f}x"
        )
    print(f"  peak RSS of the child processes  {pop_rss:7.0f} MB")

    times, rss = asyncio.run(turn_times(SOPHIE * 1 + JOURNEY_REST))
    print(f"one turn (answer in, reply on screen), {len(times)} turns of Sophie's journey:")
    print(f"  median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms")
    print(f"  peak RSS of the in-process journey {rss:.0f} MB")


JOURNEY_REST: list[str] = []

if __name__ == "__main__":
    main()
