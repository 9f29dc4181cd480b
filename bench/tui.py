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
# Run as a script, bench/ would come first on sys.path and its org.py would shadow the
# `org` name that pickle probes at import; use the repository root instead.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

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
        chat = self.screen.query("#chat")
        if chat and chat.first().revealed:
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
    _t = time.time()
    import pop_assistent.config  # imported by main() anyway; timed here to show its share
    print(f"settings {time.time() - _t:.6f}", flush=True)
    from pop_assistent.cli import main
    main()
"""


def cold_run(mode: str, data_dir: str) -> tuple[float, float | None, float | None]:
    """Seconds from launch to the first screen ready, to the greeting, importing settings."""
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
    settings = float(stamps["settings"]) if "settings" in stamps else None
    return ready, greeted, settings


def children_peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


SOPHIE: list[str] = [
    "Sophie Peeters",
    "1",
    "Ik werk steeds vaker met Teams en SharePoint en voel me er nog niet zeker bij.",
    "administratief medewerkster",
    "Administratie",
    "2 uur per week",
    "Nauwkeurig werken 4, klantgericht communiceren 4",
    "Digitale samenwerkingstools en Excel",
    "2 naar 4",
    "2 naar 4",
    "Papieren archief bijhouden",
    "Klantgericht communiceren",
    "Tegen eind juni 2027 deel ik documenten en plan ik vergaderingen in Teams en SharePoint "
    "zelfstandig, zonder hulp van collega's.",
    "Documenten delen en vergaderingen plannen voor de afdeling",
    "ja",
    "Tegen 31 december 2027 maak ik het maandrapport met draaitabellen en grafieken in Excel, "
    "zonder hulp.",
    "Het maandrapport van de afdeling overnemen",
    "nee",
    "ja",
    "ja",
    "1",
    "klaar",
    "1",
    "klaar",
    "februari tot april 2027",
    "september tot november 2027",
    "ja",
    "Ik deel documenten zelf en plan vergaderingen zonder hulp",
    "Collega's krijgen de vergaderverzoeken en bestanden van mij via Teams",
    "Het maandrapport is op tijd klaar en zonder fouten",
    "De afdelingschef krijgt elke maand het rapport met grafieken",
    "om de drie maanden",
    "ja",
    "Inge Van den Broeck",
]
"""Sophie's whole journey by typing (the fixed test catalogue), 34 turns."""


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
        for _ in range(500):  # the session opens in a worker after the first frame
            if screen.engine is not None:  # type: ignore[attr-defined]
                break
            await pilot.pause()
        for text in answers:
            before = chat.revealed
            painted = asyncio.Event()
            started = time.perf_counter()
            screen.send_text(text)  # type: ignore[attr-defined]
            while chat.revealed == before:  # the reply is laid out and scrolled into view
                await asyncio.sleep(0.0005)
            app.call_after_refresh(painted.set)  # ... and the next frame has painted it
            await painted.wait()
            times.append(time.perf_counter() - started)
            await pilot.pause()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return times, rss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    bare: list[float] = []
    ready: list[float] = []
    greeted: list[float] = []
    settings: list[float] = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            bare.append(cold_run("bare", tmp)[0])
        with tempfile.TemporaryDirectory() as tmp:
            r, g, st = cold_run("pop", tmp)
            ready.append(r)
            if g is not None:
                greeted.append(g)
            if st is not None:
                settings.append(st)
    pop_rss = children_peak_rss_mb()
    med_bare = statistics.median(bare)
    med_ready = statistics.median(ready)
    print(f"cold start, median of {args.runs} (headless):")
    print(f"  bare Textual app, one Static      {med_bare * 1000:6.0f} ms")
    ratio = med_ready / med_bare
    print(f"  pop, first screen ready to type   {med_ready * 1000:6.0f} ms   {ratio:.2f}x bare")
    if greeted:
        med_greet = statistics.median(greeted)
        ratio = med_greet / med_bare
        print(f"  pop, assistant's greeting shown   {med_greet * 1000:6.0f} ms   {ratio:.2f}x bare")
    if settings:
        med_settings = statistics.median(settings)
        share = f"{med_settings * 1000:6.0f} ms"
        print(f"  of which importing the settings   {share}   (pydantic, in cli.py)")
    print(f"  peak RSS of the child processes   {pop_rss:6.0f} MB")

    times, rss = asyncio.run(turn_times(SOPHIE))
    print(f"one turn (answer in, reply on screen), {len(times)} turns of Sophie's journey:")
    print(f"  median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms")
    print(f"  peak RSS of the in-process journey {rss:.0f} MB")


if __name__ == "__main__":
    main()
