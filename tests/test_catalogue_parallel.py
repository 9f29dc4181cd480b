"""A large catalogue is read by two processes; the result is exactly that of one."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from bench.catalogue import generate
from pop_assistent.catalogue import Catalogue, load_catalogue, parallel
from pop_assistent.catalogue.fastlist import fast_entries
from pop_assistent.catalogue.parallel import NOT_READ, ParseWorker, content_hash
from pop_assistent.paths import resource_dir

TODAY = date(2026, 11, 24)


def summary(catalogue: Catalogue) -> tuple[object, ...]:
    return (
        [item.model_dump() for item in catalogue.items],
        [problem.text() for problem in catalogue.problems],
        catalogue.skipped,
        [row.id for row in catalogue.search("heftruck", limit=50)],
    )


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Eight files of 250 resources, one broken, and an id that occurs in two files."""
    root = tmp_path_factory.mktemp("groot") / "catalogus"
    generate(root, 2000)
    files = sorted((root / "leermiddelen").glob("*.yaml"))
    for number, path in enumerate(files):  # split each file of 1,000 in four of 250
        entries = path.read_text(encoding="utf-8").split("\n- id: ")
        head, blocks = entries[0], entries[1:]
        for part in range(4):
            chunk = blocks[part * 250 : (part + 1) * 250]
            text = head + "".join(f"\n- id: {block}" for block in chunk)
            (path.parent / f"deel-{number}-{part}.yaml").write_text(text, encoding="utf-8")
        path.unlink()
    parts = sorted((root / "leermiddelen").glob("*.yaml"))
    broken = parts[5]
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("duur_uren: ", "duur_uren: -", 1),
        encoding="utf-8",
    )
    last = parts[-1]
    last.write_text(
        last.read_text(encoding="utf-8").replace("- id: gen-1999", "- id: gen-3", 1),
        encoding="utf-8",
    )
    return root


def load_alone(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Catalogue:
    with monkeypatch.context() as patch:
        patch.setattr(parallel, "MIN_BYTES", 10**12)
        return load_catalogue(folder, today=TODAY)


def test_two_processes_read_exactly_what_one_reads(
    folder: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    alone = load_alone(folder, monkeypatch)
    assert alone.skipped == 2 and len(alone.items) == 1998  # the broken and the double one
    started: list[ParseWorker] = []
    taken: list[Path] = []
    original, original_take = ParseWorker.__init__, ParseWorker.take

    def start_and_let_it_finish(self: ParseWorker, jobs: list[tuple[Path, str]]) -> None:
        started.append(self)
        original(self, jobs)
        assert self._reader is not None
        self._reader.join(60)  # so that every file but the first comes from the helper

    def take(self: ParseWorker, path: Path) -> object:
        entries = original_take(self, path)
        if entries is not NOT_READ:
            taken.append(path)
        return entries

    monkeypatch.setattr(parallel, "MIN_BYTES", 1)
    monkeypatch.setattr(ParseWorker, "__init__", start_and_let_it_finish)
    monkeypatch.setattr(ParseWorker, "take", take)
    monkeypatch.setenv("POP_DATA_DIR", str(tmp_path / "leeg"))  # no parse cache to help
    helped = load_catalogue(folder, today=TODAY)
    assert len(started) == 1 and len(taken) == 7  # all eight files but the first
    assert started[0]._proc is None  # stopped and waited for: no process is left behind
    assert summary(helped) == summary(alone)


def test_a_helper_that_cannot_start_changes_nothing(
    folder: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    alone = load_alone(folder, monkeypatch)
    monkeypatch.setattr(parallel, "MIN_BYTES", 1)
    monkeypatch.setattr(parallel.sys, "executable", str(tmp_path / "geen-python"))
    monkeypatch.setenv("POP_DATA_DIR", str(tmp_path / "leeg"))
    assert summary(load_catalogue(folder, today=TODAY)) == summary(alone)


def test_a_file_changed_since_it_was_read_is_not_taken(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("- id: a\n  titel: Eerst\n", encoding="utf-8")
    digest = content_hash(path.read_bytes())
    path.write_text("- id: a\n  titel: Daarna\n", encoding="utf-8")
    helper = ParseWorker([(path, digest)])
    try:
        for _ in range(200):  # the answer comes within moments; it must say "changed"
            if helper._done or helper._reader is None or not helper._reader.is_alive():
                break
            helper._reader.join(0.05)
        assert helper.take(path) is NOT_READ
    finally:
        helper.close()


def test_the_helper_reads_like_this_process(tmp_path: Path) -> None:
    shipped = sorted((resource_dir("catalogus") / "leermiddelen").glob("*.yaml"))
    copies = []
    for path in shipped[:3]:
        copy = tmp_path / path.name
        shutil.copy(path, copy)
        copies.append(copy)
    helper = ParseWorker([(p, content_hash(p.read_bytes())) for p in copies])
    try:
        assert helper._reader is not None
        helper._reader.join(30)
        for copy in copies:
            want = fast_entries(copy.read_text(encoding="utf-8"), "leermiddelen")
            assert want and helper.take(copy) == want
    finally:
        helper.close()


def test_no_helper_without_a_second_core_or_an_interpreter(monkeypatch: pytest.MonkeyPatch) -> None:
    big = [parallel.MIN_BYTES, parallel.MIN_BYTES]
    monkeypatch.setattr(parallel, "_cores", lambda: 2)
    assert parallel.worth_helping(big)
    assert not parallel.worth_helping([parallel.MIN_BYTES // 4] * 2)  # too little to read
    monkeypatch.setattr(parallel, "_cores", lambda: 1)
    assert not parallel.worth_helping(big)
    monkeypatch.setattr(parallel, "_cores", lambda: 2)
    monkeypatch.setattr(parallel.sys, "executable", "")
    assert not parallel.worth_helping(big)


def test_the_catalogue_bench_runs_and_prints_its_figures() -> None:
    import subprocess
    import sys

    root = Path(__file__).parents[1]
    out = subprocess.run(
        [sys.executable, "-m", "bench.catalogue", "--items", "1500"],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout
    for line in ("load + index, cold start:", "search-as-you-type", "ratio scan / index:"):
        assert line in out, out
