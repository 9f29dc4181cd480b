"""Speed of the app: cold start vs a bare Textual app, one conversation turn, memory.

Run: .venv/bin/python bench/tui.py [--runs 7] [--rounds 5] [--against OTHER_CHECKOUT]

With --against (for example `git archive main | tar -x -C /tmp/main`), the cold start and
`pop --version` of that checkout's code are measured too, alternating with this one, in the same
venv, and the ratio this/other printed.

1. Cold start, each in a fresh interpreter (headless), alternating so both see the same machine:
   - baseline: a bare Textual app that shows one Static, until its first screen is ready;
   - `pop` (the installed console script, new session, real store): until the first usable
     screen (the conversation screen painted with the answer line focused: the user can type),
     and until the assistant's greeting is on screen (settings validated, store, engine and
     templates opened in a worker). Also lists which heavy modules (pydantic, the plan model,
     jinja2, sqlite3, yaml, ...) were already imported at the first usable screen.
2. One turn on a conversation of 400 turns (Sophie's journey, then revisits), saved in a real
   store: the headless engine alone, and the real app resumed on that plan with Pilot (from the
   answer being sent to the assistant's reply mounted and painted). Median and p95.
   Also Sophie's journey typed into a new plan.
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
HEAVY = ("pydantic", "pop_assistent.model", "pop_assistent.config", "jinja2", "sqlite3", "yaml",
         "rapidfuzz", "markdown_it", "rich.markdown", "dateutil", "holidays")
def _on_ready(self):
    if _mode == "bare":
        print(f"ready {time.time():.6f}", flush=True)
        self.exit()
        return
    state = {"ready": False}
    def poll():
        # First usable screen: the conversation screen is up with the answer line focused.
        focused = self.focused
        if not state["ready"] and focused is not None and focused.id == "answer":
            state["ready"] = True
            print(f"ready {time.time():.6f}", flush=True)
            loaded = [name for name in HEAVY if name in sys.modules]
            print(f"loaded {','.join(loaded) or '-'}", flush=True)
        chat = self.screen.query("#chat")
        if state["ready"] and chat and chat.first().revealed:
            print(f"greeted {time.time():.6f}", flush=True)
            self.exit()
    poll()
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
    # The installed `pop` console script itself, as the user starts it.
    script = sys.argv[2]
    sys.argv = [script]
    with open(script, encoding="utf-8") as file:
        code = compile(file.read(), script, "exec")
    exec(code, {"__name__": "__main__", "__file__": script})
"""
POP_SCRIPT = Path(sys.executable).with_name("pop")
"""The console script that `pip install` wrote for `pop = pop_assistent.cli:main`."""


def cold_run(mode: str, data_dir: str, root: Path = ROOT) -> tuple[float, float | None, str]:
    """Seconds from launch to the first usable screen, to the greeting; heavy modules loaded."""
    env = {
        **os.environ,
        "POP_DATA_DIR": data_dir,
        "POP_CONFIG_DIR": data_dir,
        "PYTHONPATH": str(root),
    }
    env.pop("POP_VANDAAG", None)
    start = time.time()
    proc = subprocess.Popen(
        [sys.executable, "-c", PROBE, mode, str(POP_SCRIPT)],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
        cwd=ROOT,
    )
    out, _ = proc.communicate(timeout=60)
    stamps = dict(line.split() for line in out.splitlines() if line.count(" ") == 1)
    ready = float(stamps["ready"]) - start
    greeted = float(stamps["greeted"]) - start if "greeted" in stamps else None
    return ready, greeted, stamps.get("loaded", "-")


def version_run(root: Path) -> float:
    """Seconds for `pop --version` (the console script) with the code of `root`."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    start = time.perf_counter()
    subprocess.run(
        [str(POP_SCRIPT), "--version"], env=env, cwd=root, check=True, capture_output=True
    )
    return time.perf_counter() - start


def against(other: Path, runs: int) -> None:
    """This checkout's cold start and `pop --version` against another checkout's, alternating."""
    times: dict[str, dict[Path, list[float]]] = {"version": {}, "ready": {}, "greeted": {}}
    for _ in range(runs):
        for root in (ROOT, other):
            times["version"].setdefault(root, []).append(version_run(root))
            with tempfile.TemporaryDirectory() as tmp:
                ready, greeted, _heavy = cold_run("pop", tmp, root)
            times["ready"].setdefault(root, []).append(ready)
            if greeted is not None:
                times["greeted"].setdefault(root, []).append(greeted)
    print(f"this checkout against {other}, median of {runs}:")
    for what, label in (
        ("version", "pop --version"),
        ("ready", "first screen ready to type"),
        ("greeted", "greeting on screen"),
    ):
        if not times[what].get(ROOT) or not times[what].get(other):
            continue
        mine = statistics.median(times[what][ROOT])
        theirs = statistics.median(times[what][other])
        print(
            f"  {label:28} {mine * 1000:6.0f} ms vs {theirs * 1000:6.0f} ms   {mine / theirs:.2f}x"
        )


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


LONG_TURNS = 400
"""The conversation length the turn is measured on (issue 12: one turn on 400 turns)."""

REVISIT = ["ga naar planning", "ga naar overzicht"]
"""Answers that grow a finished plan's conversation by two turns each (a question and its reply)."""

MEASURED = [
    "ga naar doelen",
    "nee",
    "ja",
    "ja",
    "ga naar planning",
    "ja",
    "ga naar overzicht",
    "help",
]
"""The answers timed on the long conversation: steps, questions and help, over and over."""


def long_store(data: Path, today: date) -> str:
    """Sophie's whole journey, then revisits until the conversation holds LONG_TURNS turns;
    saved in a real store under `data`. Returns the plan's id."""
    from pop_assistent.catalogue import load_catalogue
    from pop_assistent.dialogue import open_session
    from pop_assistent.storage.sqlite import SQLiteStore

    catalogue = load_catalogue(ROOT / "tests" / "tui_catalogue", today=today)
    with SQLiteStore(data / "plannen.db") as store:
        engine = open_session(store, None, today=today, catalogue_loader=lambda: catalogue)
        engine.start()
        for text in SOPHIE:
            engine.answer(text)
        n = 0
        while len(engine.plan.conversation.turns) < LONG_TURNS:
            engine.answer(REVISIT[n % 2])
            n += 1
        return engine.plan.id


def engine_turns(data: Path, plan_id: str, today: date, rounds: int) -> list[float]:
    """Per-turn seconds of the headless engine alone on the long conversation (real store)."""
    from pop_assistent.catalogue import load_catalogue
    from pop_assistent.dialogue import open_session
    from pop_assistent.storage.sqlite import SQLiteStore

    catalogue = load_catalogue(ROOT / "tests" / "tui_catalogue", today=today)
    times: list[float] = []
    with SQLiteStore(data / "plannen.db") as store:
        engine = open_session(store, plan_id, today=today, catalogue_loader=lambda: catalogue)
        engine.start()
        for text in MEASURED * rounds:
            started = time.perf_counter()
            engine.answer(text)
            times.append(time.perf_counter() - started)
    return times


async def turn_times(
    answers: list[str], data: Path, plan_ref: str | None, today: date
) -> tuple[list[float], float]:
    """Per-turn seconds for the answers, driving the real app in-process; peak RSS in MB."""
    from pop_assistent.catalogue import load_catalogue
    from pop_assistent.config import Settings
    from pop_assistent.tui.app import make_app
    from pop_assistent.tui.widgets.chat_log import ChatLog

    settings = Settings(data_dir=data, today=today)
    catalogue = ROOT / "tests" / "tui_catalogue"
    app = make_app(
        settings,
        plan_ref=plan_ref,
        catalogue_loader=lambda: load_catalogue(catalogue, today=today),
        today=today,
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
        await app.workers.wait_for_complete()
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


def p95(values: list[float]) -> float:
    """The 95th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=5, help="rounds of the timed answers")
    parser.add_argument("--against", type=Path, help="another checkout to compare start-up with")
    args = parser.parse_args()
    if args.against:
        against(args.against.resolve(), args.runs)
        return

    bare: list[float] = []
    ready: list[float] = []
    greeted: list[float] = []
    loaded: set[str] = set()
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            bare.append(cold_run("bare", tmp)[0])
        with tempfile.TemporaryDirectory() as tmp:
            r, g, heavy = cold_run("pop", tmp)
            ready.append(r)
            if g is not None:
                greeted.append(g)
            loaded.update(name for name in heavy.split(",") if name != "-")
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
    print(f"  heavy modules at the first screen {', '.join(sorted(loaded)) or 'none':>7}")
    print(f"  peak RSS of the child processes   {pop_rss:6.0f} MB")

    today = date(2026, 11, 24)
    data = Path(tempfile.mkdtemp(prefix="pop-bench-"))
    plan_id = long_store(data, today)
    alone = engine_turns(data, plan_id, today, args.rounds)
    print(f"one turn of the engine alone (real store), {LONG_TURNS}-turn conversation:")
    print(
        f"  median {statistics.median(alone) * 1000:.1f} ms, p95 {p95(alone) * 1000:.1f} ms"
        f" ({len(alone)} turns)"
    )
    times, rss = asyncio.run(turn_times(MEASURED * args.rounds, data, plan_id, today))
    print(f"one turn in the app (answer in, reply painted), {LONG_TURNS}-turn conversation:")
    print(
        f"  median {statistics.median(times) * 1000:.1f} ms, p95 {p95(times) * 1000:.1f} ms,"
        f" max {max(times) * 1000:.1f} ms ({len(times)} turns)"
    )
    print(f"  peak RSS of the in-process run {rss:.0f} MB")
    fresh, _ = asyncio.run(turn_times(SOPHIE, Path(tempfile.mkdtemp()), None, today))
    print(f"Sophie's journey typed in a new plan ({len(fresh)} turns):")
    print(f"  median {statistics.median(fresh) * 1000:.1f} ms, p95 {p95(fresh) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
