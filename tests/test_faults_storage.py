"""Issue 18, points 3 to 6: a full disk, a read-only or foreign folder, a damaged page, a missing
table and a busy database each become one sentence (exit 2), and no stored version is lost.

Real faults only: a tmpfs that is full or read-only, a database file with one page
overwritten, a second process that holds the write lock.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_support import run
from fault_support import ROOT, fill_up, mount_tmpfs, remount_read_only, small_disk, unmount

from pop_assistent.cli import main
from pop_assistent.errors import BusyError, StorageError
from pop_assistent.storage import sqlite as sqlite_module
from pop_assistent.storage.sqlite import SQLiteStore

Capture = pytest.CaptureFixture[str]


def one_sentence(err: str) -> str:
    """The single `pop: ...` line of a failed command (and nothing that looks like a traceback)."""
    for english in ("Traceback", "Errno", "malformed", "I/O error", "is locked", "no such"):
        assert english not in err, err
    lines = [line for line in err.splitlines() if line.startswith("pop: ")]
    assert len(lines) == 1, err
    return lines[0]


def versions(capsys: Capture, plan: str) -> list[str]:
    code, out, err = run(capsys, "geschiedenis", plan)
    assert code == 0, err
    return [line for line in out.splitlines() if line.strip()[:1].isdigit()]


@pytest.fixture
def disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The data folder on a 1 MiB tmpfs of its own, with the two demo plans in it."""
    with small_disk(tmp_path / "disk", size_kib=1024, free_kib=1024) as where:
        monkeypatch.setenv("POP_DATA_DIR", str(where / "data"))
        assert main(["demo"]) == 0
        yield where


# --- point 3: a full disk while saving -----------------------------------------------------


def test_a_save_on_a_full_disk_is_one_sentence_and_loses_nothing(
    capsys: Capture, disk: Path
) -> None:
    capsys.readouterr()
    before = versions(capsys, "sophie")
    fill_up(disk)
    code, _, err = run(capsys, "deel", "sophie", "--stop")
    assert code == 2
    sentence = one_sentence(err)
    assert "Schijf vol" in sentence and "niet bewaard" in sentence
    for filler in disk.glob("filler*"):
        filler.unlink()
    assert versions(capsys, "sophie") == before
    assert run(capsys, "deel", "sophie", "--stop")[0] == 0  # space again: it just works
    assert len(versions(capsys, "sophie")) == len(before) + 1


def test_the_store_says_full_and_works_again_once_there_is_room(disk: Path) -> None:
    with SQLiteStore(disk / "data" / "pop.sqlite3") as store:
        stored = store.load("sophie-peeters")
        plan = stored.plan.model_copy(update={"shared": False})
        fill_up(disk)
        with pytest.raises(StorageError) as caught:
            # a large note so the save cannot fit in pages SQLite already has
            store.save(plan, stored.version, note="x" * 900)
        assert caught.value.kind == "full"
        assert "Schijf vol" in caught.value.message("nl")
        assert "Disk full" in caught.value.message("en")
        for filler in disk.glob("filler*"):
            filler.unlink()
        assert store.save(plan, stored.version) == stored.version + 1
        assert store.load("sophie-peeters").plan.shared is False


# --- point 4: a folder we may not write to -------------------------------------------------


def test_a_read_only_data_folder_can_be_read_and_says_why_it_cannot_save(
    capsys: Capture, disk: Path
) -> None:
    remount_read_only(disk)
    code, out, err = run(capsys, "plannen")
    assert code == 0, err
    assert "Sophie Peeters" in out
    code, out, err = run(capsys, "toon", "sophie")
    assert code == 0, err and "Sophie" in out
    code, _, err = run(capsys, "deel", "sophie", "--stop")
    assert code == 2
    sentence = one_sentence(err)
    assert "alleen-lezen" in sentence and "niet bewaard" in sentence


def test_data_dir_pointing_at_a_file_is_a_sentence(
    capsys: Capture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a_file = tmp_path / "plannen.txt"
    a_file.write_text("geen map")
    monkeypatch.setenv("POP_DATA_DIR", str(a_file))
    code, _, err = run(capsys, "plannen")
    assert code == 2
    assert "geen map" in one_sentence(err)
    assert a_file.read_text() == "geen map"


def test_a_read_only_home_is_a_sentence(
    capsys: Capture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    mount_tmpfs(home, 64)
    try:
        remount_read_only(home)
        monkeypatch.delenv("POP_DATA_DIR")
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
        monkeypatch.setenv("HOME", str(home))
        code, _, err = run(capsys, "plannen")
        assert code == 2
        assert "alleen-lezen" in one_sentence(err)
    finally:
        unmount(home)


@pytest.fixture
def open_folder() -> Iterator[Path]:
    """A folder every user can reach (pytest's own tmp folders are root-only)."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="pop-faults-"))
    os.chmod(folder, 0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _as_nobody(home: Path, data: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """Run `pop` as the unprivileged user `nobody` (uid 65534)."""
    package_root = Path(__file__).resolve().parents[1]
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "POP_DATA_DIR": str(data),
        "POP_VANDAAG": "2026-11-24",
        "LANG": "C.UTF-8",
        "HOME": str(home),
        "PYTHONPATH": str(package_root),
    }
    nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    return subprocess.run(
        [*nobody, sys.executable, "-m", "pop_assistent.cli", *argv],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def test_a_folder_owned_by_someone_else_is_a_sentence(
    open_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not ROOT:
        pytest.skip("running a command as another user needs root (CI runs as root)")
    home = open_folder / "home"
    home.mkdir()
    os.chown(home, 65534, 65534)
    probe = _as_nobody(home, home / "data", "--version")
    if probe.returncode != 0:
        pytest.skip(f"user nobody cannot run this checkout's Python: {probe.stderr[-200:]}")
    data = open_folder / "data"
    monkeypatch.setenv("POP_DATA_DIR", str(data))
    assert main(["demo"]) == 0  # as root: the folder and the database belong to root (0700)
    for argv in (["plannen"], ["toon", "sophie"], ["deel", "sophie", "--stop"]):
        done = _as_nobody(home, data, *argv)
        assert done.returncode == 2, (argv, done.stdout, done.stderr)
        assert "Geen toegang" in one_sentence(done.stderr)


def test_an_unreadable_config_file_is_a_sentence(open_folder: Path) -> None:
    if not ROOT:
        pytest.skip("running a command as another user needs root (CI runs as root)")
    home = open_folder / "home"
    (home / ".config" / "pop-assistent").mkdir(parents=True)
    (home / ".config" / "pop-assistent" / "config.toml").write_text('language = "nl"\n')
    os.chmod(home / ".config" / "pop-assistent" / "config.toml", 0o600)
    os.chown(home, 65534, 65534)
    done = _as_nobody(home, home / "data", "plannen")
    assert done.returncode == 2, done.stderr
    assert "Geen toegang" in one_sentence(done.stderr)


# --- point 5: a damaged page, a missing table ------------------------------------------------


def _damage(db: Path, table: str) -> None:
    """Overwrite the root page of `table` with bytes that are no B-tree page."""
    with sqlite3.connect(db) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()[0]
    conn.close()
    with open(db, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(bytes([0x5A]) * page_size)


@pytest.fixture
def demo_db(capsys: Capture, tmp_path: Path) -> Path:
    assert run(capsys, "demo")[0] == 0
    (tmp_path / "karim.json").write_bytes(b"")
    assert (
        run(capsys, "exporteer", "karim", "-f", "json", "-o", str(tmp_path / "karim.json"))[0] == 0
    )
    return tmp_path / "data" / "pop.sqlite3"


COMMANDS_ON_A_PLAN = [
    ["toon", "sophie"],
    ["exporteer", "sophie", "-f", "json", "-o", "-"],
    ["geschiedenis", "sophie"],
    ["deel", "sophie", "--stop"],
]


@pytest.mark.parametrize("argv", COMMANDS_ON_A_PLAN, ids=lambda a: a[0])
def test_a_damaged_page_is_a_sentence(
    capsys: Capture, tmp_path: Path, demo_db: Path, argv: list[str]
) -> None:
    _damage(demo_db, "versions")
    code, _, err = run(capsys, *argv)
    assert code == 2
    sentence = one_sentence(err)
    assert "beschadigd" in sentence and "reservekopie" in sentence


def test_importing_into_a_damaged_database_is_a_sentence(
    capsys: Capture, tmp_path: Path, demo_db: Path
) -> None:
    _damage(demo_db, "versions")
    code, _, err = run(capsys, "importeer", str(tmp_path / "karim.json"))
    assert code == 2
    assert "beschadigd" in one_sentence(err)


def test_a_damaged_plans_table_is_a_sentence_in_english_too(capsys: Capture, demo_db: Path) -> None:
    _damage(demo_db, "plans")
    code, _, err = run(capsys, "--taal", "en", "plannen")
    assert code == 2
    assert "damaged" in one_sentence(err)


@pytest.mark.parametrize("argv", COMMANDS_ON_A_PLAN, ids=lambda a: a[0])
def test_a_missing_table_is_a_sentence(
    capsys: Capture, tmp_path: Path, demo_db: Path, argv: list[str]
) -> None:
    with sqlite3.connect(demo_db) as conn:
        conn.execute("DROP TABLE versions")
    conn.close()
    code, _, err = run(capsys, *argv)
    assert code == 2
    sentence = one_sentence(err)
    assert "onvolledig" in sentence and "versions" in sentence


# --- point 6: a busy database waits and says so --------------------------------------------


def _hold_write_lock(db: Path, seconds: float) -> subprocess.Popen[str]:
    """Another process that takes the database's write lock and keeps it for `seconds`."""
    code = (
        "import sqlite3, sys, time\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('BEGIN IMMEDIATE')\n"
        "print('locked', flush=True)\n"
        "time.sleep(float(sys.argv[2]))\n"
        "c.execute('COMMIT')\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code, str(db), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


def test_a_busy_database_is_waited_for_and_then_called_busy(
    capsys: Capture, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_module, "BUSY_WAIT_S", 1.0)
    monkeypatch.setattr(sqlite_module, "BUSY_STEP_MS", 200)
    holder = _hold_write_lock(demo_db, 30)
    try:
        code, out, err = run(capsys, "plannen")  # reading is never blocked by a writer
        assert code == 0 and "Sophie" in out, err
        code, _, err = run(capsys, "deel", "sophie", "--stop")
    finally:
        holder.kill()
        holder.wait()
    assert code == 2
    assert "wacht" in err.splitlines()[0]  # it said it was waiting, before giving up
    sentence = one_sentence(err)
    assert "bezet" in sentence and "bruikbare" not in sentence and "niet bewaard" in sentence


def test_a_busy_database_that_frees_up_in_time_just_saves(
    capsys: Capture, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_module, "BUSY_STEP_MS", 200)
    holder = _hold_write_lock(demo_db, 1.0)
    try:
        code, out, err = run(capsys, "deel", "sophie", "--stop")
    finally:
        holder.wait()
    assert code == 0, err
    assert "wacht" in err and "niet meer gedeeld" in out


def test_the_store_raises_busy_error_for_the_app(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_module, "BUSY_WAIT_S", 0.5)
    monkeypatch.setattr(sqlite_module, "BUSY_STEP_MS", 100)
    with SQLiteStore(demo_db) as store:
        stored = store.load("sophie-peeters")
        holder = _hold_write_lock(demo_db, 30)
        try:
            with pytest.raises(BusyError) as caught:
                store.save(stored.plan, stored.version)
        finally:
            holder.kill()
            holder.wait()
        assert "busy" in caught.value.message("en")
        assert store.save(stored.plan, stored.version) == stored.version + 1
