"""Speed of the app: cold start vs a bare Textual app, one conversation turn, memory.

Run: .venv/bin/python bench/tui.py [--runs 7] [--rounds 5] [--against OTHER_CHECKOUT]

With --against (for example `git archive main | tar -x -C /tmp/main`), that checkout's code is
measured too, alternating with this one, in the same venv, and the ratio this/other printed:
`pop --version`, the cold start (first screen and greeting, with the bare Textual app as the
common baseline) and one turn in the app on a 400-turn conversation (each run in a fresh
interpreter with that checkout's code first on sys.path; the long plan is written by that code).

1. Cold start, each in a fresh interpreter (headless), alternating so both see the same machine:
   - baseline: a bare Textual app that shows one Static, until its first screen is ready;
   - `pop` (the installed console script, new session, real store): until the first usable
     screen (the conversation screen painted with the answer line focused: the user can type),
     and until the assistant's greeting is on screen (settings validated, store, engine and
     templates opened in a worker). Also lists which heavy modules (pydantic, the plan model,
     jinja2, sqlite3, yaml, ...) were already imported at the first usable screen.
2. One turn on a conversation of 400 turns (Sophie's journey, then revisits), saved in a real
   store: the headless engine alone, and the real app resumed on that plan with Pilot (from the
   answer being sent to the assistant's reply laid out and painted).
   Median and p95.
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
from typing import Any

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
import textual.screen as _ts
_state = {"ready": False, "greeted": False}
def _stamp(name):
    print(f"{name} {time.time():.6f}", flush=True)
    print(f"cpu_{name} {time.process_time():.6f}", flush=True)
def _poll(app):
    # Checked after every compositor refresh, that is when a frame has just been painted:
    # 'ready' is the first frame with the answer line focused (the bare app: its first frame),
    # 'greeted' the first frame that shows an assistant message.
    if _mode == "bare":
        if not _state["ready"]:
            _state["ready"] = True
            _stamp("ready")
            app.exit()
        return
    focused = app.focused
    if not _state["ready"] and focused is not None and focused.id == "answer":
        _state["ready"] = True
        _stamp("ready")
        loaded = [name for name in HEAVY if name in sys.modules]
        print(f"loaded {','.join(loaded) or '-'}", flush=True)
    if _state["ready"] and not _state["greeted"]:
        # a widget per message (older code) or one widget that draws them all
        shown = [w for w in app.screen.query("#chat .from-assistant") if w.region.area]
        chats = app.screen.query("#chat")
        if shown or (chats and getattr(chats.first(), "assistant_shown", False)):
            _state["greeted"] = True
            _stamp("greeted")
            app.exit()
_refresh = _ts.Screen._compositor_refresh
def _painted(self):
    _refresh(self)
    if self is self.app.screen:
        _poll(self.app)
_ts.Screen._compositor_refresh = _painted
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


CPU: dict[str, float] = {}
"""The CPU seconds of the last `cold_run`'s process (all its threads) up to 'ready' and
'greeted': on a shared machine the wall time also holds the waits for a core."""


def cold_run(mode: str, data_dir: str, root: Path = ROOT) -> tuple[float, float | None, str]:
    """Seconds from launch to the first usable screen, to the greeting; heavy modules loaded.
    The CPU seconds up to them go to CPU."""
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
        cwd=root,  # `python -c` puts the working directory first on sys.path, before PYTHONPATH
    )
    out, _ = proc.communicate(timeout=60)
    stamps = dict(line.split() for line in out.splitlines() if line.count(" ") == 1)
    CPU.clear()
    CPU.update({k[4:]: float(v) for k, v in stamps.items() if k.startswith("cpu_")})
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


def turns_run(root: Path, rounds: int) -> tuple[list[float], list[float]]:
    """Per-turn seconds in the app on a fresh 400-turn plan, with the code of `root`: wall
    time and the UI thread's CPU time."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    env.pop("POP_VANDAAG", None)
    with tempfile.TemporaryDirectory() as tmp:
        env["POP_DATA_DIR"] = env["POP_CONFIG_DIR"] = tmp
        out = subprocess.run(
            [sys.executable, str(Path(__file__)), "--turns-only", str(root), str(rounds)],
            env=env,
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    wall, cpu = out.splitlines()[-2:]
    return [float(x) for x in wall.split()], [float(x) for x in cpu.split()]


def against(other: Path, runs: int, rounds: int) -> None:
    """This checkout against another one, alternating run by run, same machine, same venv."""
    keys = ("version", "bare", "ready", "greeted", "turn", "turn_p95", "cpu", "cpu_p95")
    keys += ("cpu_bare", "cpu_ready", "cpu_greeted")
    times: dict[str, dict[Path, list[float]]] = {key: {} for key in keys}
    for run in range(runs):
        # each goes first every other run: what runs first after a pause (a colder cache, a
        # core's clock) weighs on both alike
        for root in (ROOT, other) if run % 2 == 0 else (other, ROOT):
            times["version"].setdefault(root, []).append(version_run(root))
            with tempfile.TemporaryDirectory() as tmp:
                times["bare"].setdefault(root, []).append(cold_run("bare", tmp)[0])
            times["cpu_bare"].setdefault(root, []).append(CPU["ready"])
            with tempfile.TemporaryDirectory() as tmp:
                ready, greeted, _ = cold_run("pop", tmp, root)
            times["ready"].setdefault(root, []).append(ready)
            times["cpu_ready"].setdefault(root, []).append(CPU["ready"])
            if greeted is not None:
                times["greeted"].setdefault(root, []).append(greeted)
                times["cpu_greeted"].setdefault(root, []).append(CPU["greeted"])
            turns, cpu = turns_run(root, rounds)
            times["turn"].setdefault(root, []).append(statistics.median(turns))
            times["turn_p95"].setdefault(root, []).append(p95(turns))
            times["cpu"].setdefault(root, []).append(statistics.median(cpu))
            times["cpu_p95"].setdefault(root, []).append(p95(cpu))
    print(f"this checkout against {other}, alternating, median of {runs} runs:")
    labels = {
        "version": "pop --version",
        "ready": "first screen ready to type",
        "greeted": "assistant's greeting shown",
        "cpu_ready": "first screen, CPU",
        "cpu_greeted": "greeting shown, CPU",
        "turn": "app turn, median",
        "turn_p95": "app turn, p95",
        "cpu": "app turn, UI CPU, median",
        "cpu_p95": "app turn, UI CPU, p95",
    }
    # One baseline for both: the bare app's runs next to either checkout are the same program.
    pooled = statistics.median(times["bare"][ROOT] + times["bare"][other])
    pooled_cpu = statistics.median(times["cpu_bare"][ROOT] + times["cpu_bare"][other])
    for key, label in labels.items():
        if not times[key].get(ROOT) or not times[key].get(other):
            continue
        mine = statistics.median(times[key][ROOT])
        theirs = statistics.median(times[key][other])
        line = (
            f"  {label:28} {mine * 1000:6.1f} ms vs {theirs * 1000:6.1f} ms   {mine / theirs:.2f}x"
        )
        base = {"ready": pooled, "greeted": pooled, "cpu_ready": pooled_cpu}
        base["cpu_greeted"] = pooled_cpu
        if key in base:
            line += f"   ({mine / base[key]:.2f}x vs {theirs / base[key]:.2f}x bare)"
        print(line)
    print(
        f"  {'bare Textual app (baseline)':28} {pooled * 1000:6.1f} ms,"
        f" CPU {pooled_cpu * 1000:6.1f} ms (all its runs)"
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
    from pop_assistent.storage import DB_FILENAME
    from pop_assistent.storage.sqlite import SQLiteStore

    catalogue = load_catalogue(ROOT / "tests" / "tui_catalogue", today=today)
    with SQLiteStore(data / DB_FILENAME) as store:
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
    from pop_assistent.storage import DB_FILENAME
    from pop_assistent.storage.sqlite import SQLiteStore

    catalogue = load_catalogue(ROOT / "tests" / "tui_catalogue", today=today)
    times: list[float] = []
    with SQLiteStore(data / DB_FILENAME) as store:
        engine = open_session(store, plan_id, today=today, catalogue_loader=lambda: catalogue)
        engine.start()
        for text in MEASURED * rounds:
            started = time.perf_counter()
            engine.answer(text)
            times.append(time.perf_counter() - started)
    return times


FRAMES = [0]
"""Frames painted so far (counted by `count_frames`)."""


def count_frames() -> None:
    """Count every frame the app paints in FRAMES."""
    import textual.screen as ts

    refresh = ts.Screen._compositor_refresh
    if getattr(refresh, "counted", False):
        return

    def counted(self: ts.Screen) -> None:
        refresh(self)
        FRAMES[0] += 1

    counted.counted = True  # type: ignore[attr-defined]
    ts.Screen._compositor_refresh = counted  # type: ignore[method-assign]


def reply_drawn(chat: Any) -> bool:
    """The newest message has its place on screen. (Older code mounts a widget per message:
    the frame after the answer may come before that widget is laid out, and such a turn was
    timed without its reply. One widget that draws the conversation draws it at once.)"""
    if hasattr(chat, "messages"):
        return True
    bubbles = list(chat.children)
    return not bubbles or bool(bubbles[-1].region.area)


CPU_TIMES: list[float] = []
"""The UI thread's CPU seconds of each turn of the last `turn_times` (on a shared machine the
wall time also holds the waits for a core; this is the app's own work)."""


async def turn_times(
    answers: list[str], data: Path, plan_ref: str | None, today: date
) -> tuple[list[float], float]:
    """Per-turn seconds for the answers, driving the real app in-process; peak RSS in MB.
    The UI thread's CPU seconds per turn go to CPU_TIMES."""
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
    CPU_TIMES.clear()
    count_frames()
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
        if plan_ref is not None:  # the stored plan itself, not a new plan of that name
            turns = len(screen.engine.plan.conversation.turns)  # type: ignore[attr-defined]
            assert turns >= LONG_TURNS, f"the app opened a plan of {turns} turns"
        for text in answers:
            before = chat.revealed
            started = time.perf_counter()
            cpu = time.thread_time()
            frames_before = FRAMES[0]
            screen.send_text(text)  # type: ignore[attr-defined]
            while chat.revealed == before:  # the reply is laid out and scrolled into view
                await asyncio.sleep(0.0005)
            while True:  # ... and a frame has painted it
                painted = asyncio.Event()
                app.call_after_refresh(painted.set)
                await painted.wait()
                if FRAMES[0] > frames_before and reply_drawn(chat):
                    break
            times.append(time.perf_counter() - started)
            CPU_TIMES.append(time.thread_time() - cpu)
            await pilot.pause()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return times, rss


def turns_only(code: Path, rounds: int) -> None:
    """The child of `turns_run`: the app turns with the code of `code`, printed in seconds."""
    sys.path.insert(0, str(code))
    today = date(2026, 11, 24)
    data = Path(os.environ["POP_DATA_DIR"])
    plan_id = long_store(data, today)
    times, _ = asyncio.run(turn_times(MEASURED * rounds, data, plan_id, today))
    print(" ".join(f"{t:.6f}" for t in times))
    print(" ".join(f"{t:.6f}" for t in CPU_TIMES))


def p95(values: list[float]) -> float:
    """The 95th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=5, help="rounds of the timed answers")
    parser.add_argument("--against", type=Path, help="another checkout to compare with")
    parser.add_argument("--turns-only", nargs=2, help=argparse.SUPPRESS)  # CODE_ROOT ROUNDS
    args = parser.parse_args()
    if args.turns_only:
        turns_only(Path(args.turns_only[0]), int(args.turns_only[1]))
        return
    if args.against:
        against(args.against.resolve(), args.runs, args.rounds)
        return

    bare: list[float] = []
    ready: list[float] = []
    greeted: list[float] = []
    loaded: set[str] = set()
    cpu: dict[str, list[float]] = {"bare": [], "ready": [], "greeted": []}
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            bare.append(cold_run("bare", tmp)[0])
            cpu["bare"].append(CPU["ready"])
        with tempfile.TemporaryDirectory() as tmp:
            r, g, heavy = cold_run("pop", tmp)
            ready.append(r)
            cpu["ready"].append(CPU["ready"])
            if g is not None:
                greeted.append(g)
                cpu["greeted"].append(CPU["greeted"])
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
    cpu_bare = statistics.median(cpu["bare"])
    for key, label in (("ready", "first screen"), ("greeted", "greeting")):
        if cpu[key]:
            mine = statistics.median(cpu[key])
            print(
                f"  CPU up to the {label:12}        {mine * 1000:6.0f} ms"
                f"   {mine / cpu_bare:.2f}x bare's {cpu_bare * 1000:.0f} ms"
            )
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
    print(
        f"  CPU of the UI thread: median {statistics.median(CPU_TIMES) * 1000:.1f} ms,"
        f" p95 {p95(CPU_TIMES) * 1000:.1f} ms"
    )
    print(f"  peak RSS of the in-process run {rss:.0f} MB")
    fresh, _ = asyncio.run(turn_times(SOPHIE, Path(tempfile.mkdtemp()), None, today))
    print(f"Sophie's journey typed in a new plan ({len(fresh)} turns):")
    print(f"  median {statistics.median(fresh) * 1000:.1f} ms, p95 {p95(fresh) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
