"""Benchmark: a generated catalogue of 50,000 resources.

Every start is measured in a new process, as a user's would be (imports not counted): a first
load (no compiled catalogue: every YAML file is parsed with libyaml, validated, checked and
compiled into SQLite with its search index), later starts (the compiled catalogue is opened)
and starts after one resource file changed (that file is read again), each with the first
search. Then search-as-you-type: every prefix of a few typed words, with
typos, three times over. Wall-clock and CPU seconds of the child process are both printed (its
CPU includes any child process's): on a shared machine the CPU time is the steadier figure.
Baselines measured in the same run: a plain `yaml.load(CSafeLoader)` + validation of every file,
and a plain substring scan over titles and descriptions for each keystroke.

With --against REF, the same starts and searches also run on the package as it is at the git
ref REF (extracted to a temporary folder), alternating with this tree's in every round, and the
ratios are printed: the before/after comparison on a machine whose speed varies from minute to
minute.

Run from the repository root: .venv/bin/python -m bench.catalogue [--items 50000] [--against REF]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TYPES = ("intern", "extern_gecertificeerd", "online", "event", "coaching")
FORMS = ("klassikaal", "online", "hybride", "op de werkvloer")
TOPICS = (
    "Excel",
    "Projectmanagement",
    "Leiding geven",
    "Heftruck",
    "Coördinatie",
    "Feedback",
    "Veiligheid",
    "Lassen",
    "PLC",
    "Hydraulica",
    "Frans",
    "Engels",
    "Klantendienst",
    "Lean",
    "Onderhoud",
    "Timemanagement",
    "Presenteren",
    "Boekhouding",
    "Power BI",
    "Teams",
)
WORDS = (
    "basis gevorderd praktijk workshop opleiding training cursus module dag sessie voor "
    "teamleiders operators technici bedienden nieuwe medewerkers met certificaat in de praktijk "
    "op de werkvloer online zelfstudie intensief opfrissing verdieping introductie"
).split()
QUERIES = (
    "projectmanagment",
    "heftruck",
    "excel draaitabellen",
    "leidinggeven",
    "coördinatie",
    "feedbak geven",
    "hydraulica",
    "exel",
    "veiligheid",
    "klantendienst",
)


def generate(folder: Path, count: int, seed: int = 7) -> None:
    """Write `count` resources in files of 1,000, with the shipped skills list."""
    rng = random.Random(seed)
    folder.mkdir(parents=True)
    (folder / "leermiddelen").mkdir()
    import yaml

    from pop_assistent.catalogue.writer import dump_entries
    from pop_assistent.paths import resource_dir

    shipped = resource_dir("catalogus")
    shutil.copy(shipped / "vaardigheden.yaml", folder / "vaardigheden.yaml")
    shutil.copy(shipped / "functieprofielen.yaml", folder / "functieprofielen.yaml")
    skills = [s["id"] for s in yaml.safe_load((shipped / "vaardigheden.yaml").read_text())]
    for start in range(0, count, 1000):
        entries = []
        for n in range(start, min(count, start + 1000)):
            topic = rng.choice(TOPICS)
            words = " ".join(rng.sample(WORDS, 4))
            entry: dict[str, object] = {
                "id": f"gen-{n}",
                "titel": f"{topic} {words} {n}",
                "type": rng.choice(TYPES),
                "aanbieder": f"Aanbieder {n % 300}",
                "beschrijving": f"{topic}: {' '.join(rng.sample(WORDS, 12))}.",
                "vaardigheden": rng.sample(skills, 3),
                "taal": rng.choice(("nl", "nl", "nl", "en", "fr")),
                "vorm": rng.choice(FORMS),
                "duur_uren": rng.choice((2, 3.5, 7, 14, 21, 40)),
                "kostprijs_eur": rng.choice((0, 95, 250, 490, 990, 1450)),
            }
            if n % 3 == 0:
                entry["sessies"] = [
                    {"datum": date(2027, rng.randint(1, 12), rng.randint(1, 28)), "plaats": "Gent"}
                ]
            entries.append(entry)
        (folder / "leermiddelen" / f"deel-{start // 1000:03d}.yaml").write_text(
            dump_entries(entries), encoding="utf-8"
        )


def typed(query: str) -> list[str]:
    """What the search box holds after each key press (from two characters on)."""
    return [query[:n] for n in range(2, len(query) + 1)]


CHILD = """
import json, resource, statistics, sys, time
from datetime import date
from pathlib import Path

mode, folder, keystrokes = sys.argv[1], Path(sys.argv[2]), json.loads(sys.argv[3])
figures = {}
if mode == "traced":
    import tracemalloc
    tracemalloc.start()
import yaml
from pydantic import TypeAdapter
from pop_assistent.catalogue import load_catalogue
from pop_assistent.text import fold
from pop_assistent.model.catalogue import CatalogueItem

def children_cpu():
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime

c0, t0, h0 = time.process_time(), time.perf_counter(), children_cpu()
if mode == "naive":  # what the C loader and pydantic alone give: no lines, no checks, no index
    adapter = TypeAdapter(list[CatalogueItem])
    for path in sorted((folder / "leermiddelen").glob("*.yaml")):
        adapter.validate_python(yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader))
else:
    catalogue = load_catalogue(folder, today=date(2026, 11, 24))
    catalogue.search("heftruck")  # the index is ready for the first key press
    figures["items"] = len(catalogue.items)
figures["wall"] = time.perf_counter() - t0
figures["cpu"] = time.process_time() - c0 + children_cpu() - h0
if mode == "traced":
    kept, peak = tracemalloc.get_traced_memory()
    figures["kept_mb"], figures["peak_mb"] = kept / 1e6, peak / 1e6
figures["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
if mode == "search":
    wall, cpu = [], []
    for _ in range(3):
        for text in keystrokes:
            c0, t0 = time.process_time(), time.perf_counter()
            catalogue.search(text, limit=20)
            wall.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
    folded = [(fold(i.title), fold(i.description)) for i in catalogue.items]
    scan = []
    for text in keystrokes:
        t0 = time.perf_counter()
        needle = fold(text)
        hits = [n for n, (t, d) in enumerate(folded) if needle in t or needle in d][:20]
        scan.append(time.perf_counter() - t0)
    figures["search_ms"] = statistics.median(wall) * 1000
    figures["search_cpu_ms"] = statistics.median(cpu) * 1000
    figures["search_p95_ms"] = statistics.quantiles(wall, n=20)[-1] * 1000
    figures["scan_ms"] = statistics.median(scan) * 1000
print(json.dumps(figures))
"""
"""The child process: imports only what the package has had in every version, so that it runs
the code of an older git ref as well (PYTHONPATH points at the tree measured)."""


def start(tree: Path, folder: Path, cache: Path, mode: str) -> dict[str, float]:
    """One start in a new process on the package in `tree`; its figures."""
    keystrokes = [q for query in QUERIES for q in typed(query)]
    out = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(folder), json.dumps(keystrokes)],
        capture_output=True,
        text=True,
        check=True,
        cwd=tree,
        env={**os.environ, "POP_CACHE_DIR": str(cache), "PYTHONPATH": str(tree)},
    ).stdout
    return dict(json.loads(out))


def extract(ref: str, into: Path) -> Path:
    """The package as it is at git ref `ref`, in a folder of its own."""
    archive = subprocess.run(
        ["git", "archive", ref, "pop_assistent"], capture_output=True, check=True, cwd=ROOT
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    if not (into / "pop_assistent" / "catalogus").exists():  # data shipped beside the package
        shutil.copytree(ROOT / "catalogus", into / "catalogus")
    return into


def median(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(run[key] for run in runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5, help="rounds of starts (median)")
    parser.add_argument("--against", metavar="REF", help="also measure the package at REF")
    args = parser.parse_args()
    runs = max(1, args.runs)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "catalogus"
        generate(folder, args.items)
        size_mb = sum(p.stat().st_size for p in folder.rglob("*.yaml")) / 1e6
        trees = {"this tree": ROOT}
        if args.against:
            trees[args.against] = extract(args.against, Path(tmp) / "ref")
        cold: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
        warm: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
        search: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
        naive = []
        edited = Path(tmp) / "bewerkt"  # a copy in which one file changes every round
        shutil.copytree(folder, edited)
        parts = sorted((edited / "leermiddelen").glob("*.yaml"))
        part = parts[len(parts) // 2]
        original = part.read_text(encoding="utf-8")
        changed: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
        for k, tree in enumerate(trees.values()):
            start(tree, edited, Path(tmp) / f"edited-{k}", "load")
        for n in range(runs):
            part.write_text(original.replace("titel: ", f"titel: Ronde {n} ", 1), encoding="utf-8")
            for k, (name, tree) in enumerate(trees.items()):
                made = Path(tmp) / f"cache-{k}-0"
                cold[name].append(start(tree, folder, Path(tmp) / f"cache-{k}-{n}", "load"))
                warm[name].append(start(tree, folder, made, "load"))
                search[name].append(start(tree, folder, made, "search"))
                changed[name].append(start(tree, edited, Path(tmp) / f"edited-{k}", "load"))
            naive.append(start(ROOT, folder, Path(tmp) / "naive", "naive"))
        cold_mem = start(ROOT, folder, Path(tmp) / "traced", "traced")
        warm_mem = start(ROOT, folder, Path(tmp) / "traced", "traced")
    for runs_of in (cold, warm, search, changed):
        assert all(r["items"] == args.items for rs in runs_of.values() for r in rs), runs_of

    print(f"catalogue: {args.items} resources, {size_mb:.1f} MB of YAML; medians of {runs} rounds")
    print("seconds: wall-clock (CPU of the process, steadier on a shared machine)")
    for name in trees:
        first = f"{median(cold[name], 'wall'):.2f} s ({median(cold[name], 'cpu'):.2f})"
        later = f"{median(warm[name], 'wall'):.2f} s ({median(warm[name], 'cpu'):.2f})"
        again = f"{median(changed[name], 'wall'):.2f} s ({median(changed[name], 'cpu'):.2f})"
        typing = (
            f"median {median(search[name], 'search_ms'):.2f} ms "
            f"({median(search[name], 'search_cpu_ms'):.2f}), "
            f"p95 {median(search[name], 'search_p95_ms'):.2f} ms"
        )
        print(f"[{name}]")
        print(f"  first load (compile):   {first}   target <= 3 s")
        print(f"  later start (compiled): {later}   target <= 0.3 s")
        print(f"  one file changed:       {again}   (rebuilt)")
        print(f"  search-as-you-type:     {typing}   target median <= 3 ms")
    if args.against:
        ref = args.against
        print(f"ratios this tree / {ref} (CPU; wall in brackets):")
        for label, runs_of, cpu, wall in (
            ("first load", cold, "cpu", "wall"),
            ("later start", warm, "cpu", "wall"),
            ("one file changed", changed, "cpu", "wall"),
            ("search-as-you-type", search, "search_cpu_ms", "search_ms"),
        ):
            ratio = median(runs_of["this tree"], cpu) / median(runs_of[ref], cpu)
            ratio_wall = median(runs_of["this tree"], wall) / median(runs_of[ref], wall)
            print(f"  {label}: {ratio:.2f} ({ratio_wall:.2f})")
    naive_cpu = median(naive, "cpu")
    share = median(cold["this tree"], "cpu") / naive_cpu
    print(
        f"baseline yaml.load(CSafeLoader) + validation only: {median(naive, 'wall'):.2f} s "
        f"({naive_cpu:.2f}); the first load takes {share:.2f}x its CPU"
    )
    scan_ms = median(search["this tree"], "scan_ms")
    index_ms = median(search["this tree"], "search_ms")
    print(f"plain substring scan (baseline): median {scan_ms:.2f} ms")
    print(f"ratio scan / index: {scan_ms / index_ms:.1f}x faster with the index")
    for label, traced, runs_of in (("first load", cold_mem, cold), ("later start", warm_mem, warm)):
        print(
            f"memory, {label}: tracemalloc peak {traced['peak_mb']:.0f} MB, kept "
            f"{traced['kept_mb']:.0f} MB; process peak RSS "
            f"{median(runs_of['this tree'], 'rss_mb'):.0f} MB"
        )


if __name__ == "__main__":
    main()
