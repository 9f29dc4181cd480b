"""Benchmark: a generated catalogue of 50,000 resources.

Measures load + index time cold (no cache: every YAML file is parsed and validated and the
index is built; a helper process reads part of the YAML on the second core) and warm (later
starts use the per-file cache and the stored index), the median of search-as-you-type queries
(every prefix of a few typed words, with typos), and memory; compares the queries with a plain
substring scan over titles and descriptions measured in the same run.

Run from the repository root: .venv/bin/python -m bench.catalogue [--items 50000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import date
from pathlib import Path

from pop_assistent.catalogue import load_catalogue
from pop_assistent.catalogue.loader import item_files
from pop_assistent.catalogue.parallel import ParseWorker, content_hash
from pop_assistent.catalogue.text import fold
from pop_assistent.catalogue.writer import dump_entries
from pop_assistent.paths import resource_dir

TODAY = date(2026, 11, 24)
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
    shipped = resource_dir("catalogus")
    shutil.copy(shipped / "vaardigheden.yaml", folder / "vaardigheden.yaml")
    shutil.copy(shipped / "functieprofielen.yaml", folder / "functieprofielen.yaml")
    import yaml

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


def cold_start(folder: Path) -> tuple[float, float]:
    """Load and index time of a program that starts now, as a user's would (its own process:
    not this one, whose heap holds the generated catalogue); imports are not counted."""
    out = subprocess.run(
        [sys.executable, "-m", "bench.catalogue", "--cold-once", str(folder)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    load, index = json.loads(out)
    return float(load), float(index)


def _cold_once(folder: Path) -> None:
    t0 = time.perf_counter()
    catalogue = load_catalogue(folder, today=TODAY)
    t1 = time.perf_counter()
    _ = catalogue.index
    t2 = time.perf_counter()
    print(json.dumps([t1 - t0, t2 - t1]))


def helper_peak_mb(folder: Path) -> float:
    """The most memory the helper process holds (VmHWM), given every file but the first.

    (ru_maxrss of children would count the parent's pages at the moment of starting it.)
    """
    files = item_files(folder)
    worker = ParseWorker([(p, content_hash(p.read_bytes())) for p in reversed(files[1:])])
    peak = 0
    status = Path(f"/proc/{worker.pid}/status")
    while worker.pid is not None:
        try:
            for line in status.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]))
        except OSError:
            break
        time.sleep(0.01)
    worker.close()
    return peak / 1024


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=50_000)
    parser.add_argument("--cold-once", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.cold_once:
        _cold_once(args.cold_once)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "catalogus"
        generate(folder, args.items)
        size_mb = sum(p.stat().st_size for p in folder.rglob("*.yaml")) / 1e6

        # cold: no parse cache and no stored index (a new machine, CI, or every file edited)
        os.environ["POP_DATA_DIR"] = str(Path(tmp) / "cold-data")
        tracemalloc.start()
        t0 = time.perf_counter()
        cold = load_catalogue(folder, today=TODAY)
        t1 = time.perf_counter()
        _ = cold.index
        t2 = time.perf_counter()
        cold_kept, cold_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del cold
        cold_runs: list[tuple[float, float]] = []
        for run in range(5):  # median of 5, each a new process with an empty cache
            os.environ["POP_DATA_DIR"] = str(Path(tmp) / f"cold-{run}")
            cold_runs.append(cold_start(folder))
        cold_load = statistics.median(r[0] for r in cold_runs)
        cold_index = statistics.median(r[1] for r in cold_runs)

        loads, indexes = [], []
        catalogue = None
        for _ in range(3):
            t0 = time.perf_counter()
            catalogue = load_catalogue(folder, today=TODAY)
            t1 = time.perf_counter()
            _ = catalogue.index
            t2 = time.perf_counter()
            loads.append(t1 - t0)
            indexes.append(t2 - t1)
        assert catalogue is not None
        assert len(catalogue.items) == args.items, catalogue.summary()
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

        keystrokes = [q for query in QUERIES for q in typed(query)]
        fts: list[float] = []
        for _ in range(3):
            for text in keystrokes:
                t0 = time.perf_counter()
                catalogue.search(text, limit=20)
                fts.append(time.perf_counter() - t0)

        folded = [(fold(i.title), fold(i.description)) for i in catalogue.items]
        scan: list[float] = []
        for text in keystrokes:
            t0 = time.perf_counter()
            needle = fold(text)
            hits = [n for n, (t, d) in enumerate(folded) if needle in t or needle in d][:20]
            scan.append(time.perf_counter() - t0)
            del hits

        del catalogue
        helper_mb = helper_peak_mb(folder)
        tracemalloc.start()
        fresh = load_catalogue(folder, today=TODAY)
        _ = fresh.index
        retained, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()

    load_s = statistics.median(loads)
    index_s = statistics.median(indexes)
    fts_ms = median_ms(fts)
    scan_ms = median_ms(scan)
    p95 = statistics.quantiles(fts, n=20)[-1] * 1000
    print(f"catalogue: {args.items} resources, {size_mb:.1f} MB of YAML")
    print(
        f"cold start (new process, no cache, median of 5): load {cold_load:.2f} s + "
        f"index {cold_index:.2f} s"
    )
    print(f"load + index, cold start:        {cold_load + cold_index:6.2f} s   (target < 2 s)")
    print(f"warm start (cache, median of 3): load {load_s:.2f} s + index {index_s:.2f} s")
    print(f"load + index, warm start:        {load_s + index_s:6.2f} s   (target < 2 s)")
    print(f"search-as-you-type, {len(fts)} queries: median {fts_ms:.2f} ms, p95 {p95:.2f} ms")
    print(f"plain substring scan (baseline): median {scan_ms:.2f} ms")
    print(f"ratio scan / index:              {scan_ms / fts_ms:6.1f}x faster with the index")
    print(
        f"memory, cold start: tracemalloc peak {cold_peak / 1e6:.0f} MB, "
        f"kept {cold_kept / 1e6:.0f} MB (target < 200 MB)"
    )
    print(
        f"memory, warm start: tracemalloc peak {peak / 1e6:.0f} MB, "
        f"kept {retained / 1e6:.0f} MB (target < 200 MB)"
    )
    print(f"process ru_maxrss (all of the above, generation included): {rss_mb:.0f} MB")
    print(f"helper process reading all of the YAML alone, peak RSS (VmHWM): {helper_mb:.0f} MB")


if __name__ == "__main__":
    main()
