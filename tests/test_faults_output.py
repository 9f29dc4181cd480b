"""Issue 18, points 1 and 2: `-o` writes to what it is given and never leaves half a file.

A regular file is replaced atomically, a symlink is followed, a device or a FIFO is written to
directly, and a full disk is reported (exit 2, one sentence) with nothing changed and no
temporary file left behind. Real tmpfs mounts and device nodes: see fault_support.py.
"""

from __future__ import annotations

import json
import os
import socket
import stat
import threading
from pathlib import Path

import pytest
from cli_support import run
from fault_support import (
    FULL_DEVICE,
    NULL_DEVICE,
    device_node,
    fill_up,
    is_char_device,
    leftovers,
    small_disk,
)

from pop_assistent.model import Plan

Capture = pytest.CaptureFixture[str]


@pytest.fixture
def demo(capsys: Capture) -> None:
    assert run(capsys, "demo")[0] == 0


def assert_one_sentence(err: str) -> None:
    assert "Traceback" not in err and "Errno" not in err
    assert err.count("\n") == 1 and err.startswith("pop: "), err


# --- point 1: what -o is given is written to, never replaced ----------------------------


@pytest.mark.usefixtures("demo")
def test_a_device_node_stays_a_device(capsys: Capture, tmp_path: Path) -> None:
    null = device_node(tmp_path / "null", NULL_DEVICE)
    code, _, err = run(capsys, "exporteer", "sophie", "-f", "json", "-o", str(null))
    assert code == 0, err
    assert is_char_device(null), "the device node was replaced by a regular file"
    assert leftovers(tmp_path) == []


@pytest.mark.usefixtures("demo")
def test_a_symlink_is_followed_and_stays_a_link(capsys: Capture, tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real.name)
    code, _, err = run(capsys, "exporteer", "sophie", "-f", "json", "-o", str(link))
    assert code == 0, err
    assert link.is_symlink() and os.readlink(link) == "real.json"
    assert Plan.from_json(real.read_bytes()).id == "sophie-peeters"
    assert stat.S_IMODE(real.stat().st_mode) == 0o600


@pytest.mark.usefixtures("demo")
def test_a_dangling_symlink_creates_its_target(capsys: Capture, tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    link = tmp_path / "link.md"
    link.symlink_to("sub/plan.md")
    code, _, err = run(capsys, "exporteer", "sophie", "-f", "md", "-o", str(link))
    assert code == 0, err
    assert link.is_symlink()
    assert "Sophie Peeters" in (tmp_path / "sub" / "plan.md").read_text()


@pytest.mark.usefixtures("demo")
def test_a_symlink_loop_is_refused_with_a_sentence(capsys: Capture, tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to("b")
    (tmp_path / "b").symlink_to("a")
    code, _, err = run(capsys, "exporteer", "sophie", "-f", "md", "-o", str(tmp_path / "a"))
    assert code == 2
    assert_one_sentence(err)
    assert (tmp_path / "a").is_symlink() and (tmp_path / "b").is_symlink()


@pytest.mark.usefixtures("demo")
def test_a_fifo_is_written_to_directly(capsys: Capture, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def read() -> None:
        with open(fifo, "rb") as handle:
            received.append(handle.read())

    reader = threading.Thread(target=read)
    reader.start()
    code, _, err = run(capsys, "exporteer", "sophie", "-f", "json", "-o", str(fifo))
    reader.join(timeout=30)
    assert code == 0, err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert Plan.from_json(received[0]).id == "sophie-peeters"


@pytest.mark.usefixtures("demo")
def test_a_socket_is_refused_with_a_sentence(capsys: Capture, tmp_path: Path) -> None:
    path = tmp_path / "s"  # short: a socket path is limited to about 100 bytes
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        code, _, err = run(capsys, "exporteer", "sophie", "-f", "md", "-o", str(path))
    finally:
        server.close()
    assert code == 2
    assert_one_sentence(err)
    assert "socket" in err.lower()
    assert stat.S_ISSOCK(os.lstat(path).st_mode)


@pytest.mark.usefixtures("demo")
def test_a_regular_file_is_replaced_whole_and_owner_only(capsys: Capture, tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    target.write_text("x" * 500_000)
    os.chmod(target, 0o644)
    code, _, err = run(capsys, "exporteer", "sophie", "-f", "json", "-o", str(target))
    assert code == 0, err
    assert Plan.from_json(target.read_bytes()).id == "sophie-peeters"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert leftovers(tmp_path) == []


# --- point 2: a full disk is said, and nothing is half written ---------------------------


@pytest.mark.usefixtures("demo")
@pytest.mark.parametrize(("fmt", "free_kib"), [("json", 4), ("pdf", 8), ("md", 0)])
def test_an_export_on_a_full_disk_fails_whole(
    capsys: Capture, tmp_path: Path, fmt: str, free_kib: int
) -> None:
    """With a few KiB free the old code wrote the first part of the file and said 'Geschreven'."""
    with small_disk(tmp_path / "small", size_kib=64, free_kib=free_kib) as disk:
        if free_kib == 0:
            fill_up(disk)
        target = disk / f"plan.{fmt}"
        code, _, err = run(capsys, "exporteer", "sophie", "-f", fmt, "-o", str(target))
        assert code == 2, err
        assert "Schijf vol" in err and "niet geschreven" in err and "niets veranderd" in err
        assert_one_sentence(err.replace("PDF wordt gemaakt…\n", ""))
        assert not target.exists()
        assert leftovers(disk) == []


@pytest.mark.usefixtures("demo")
def test_a_full_disk_keeps_the_previous_file(capsys: Capture, tmp_path: Path) -> None:
    with small_disk(tmp_path / "small", size_kib=64, free_kib=64) as disk:
        target = disk / "plan.json"
        assert run(capsys, "exporteer", "karim", "-f", "json", "-o", str(target))[0] == 0
        before = target.read_bytes()
        fill_up(disk)
        code, _, err = run(
            capsys, "--taal", "en", "exporteer", "sophie", "-f", "json", "-o", str(target)
        )
        assert code == 2
        assert "Disk full" in err and "nothing was changed" in err
        assert target.read_bytes() == before
        assert leftovers(disk) == []


@pytest.mark.usefixtures("demo")
def test_a_device_that_is_full_is_an_error_not_success(capsys: Capture, tmp_path: Path) -> None:
    full = device_node(tmp_path / "full", FULL_DEVICE)
    code, _, err = run(capsys, "exporteer", "sophie", "-f", "json", "-o", str(full))
    assert code == 2
    assert "Schijf vol" in err
    assert_one_sentence(err)
    assert is_char_device(full)


@pytest.mark.usefixtures("demo")
@pytest.mark.parametrize(
    "argv",
    [
        ["opleidingsplan", "-f", "xlsx"],
        ["opleidingsplan", "-f", "csv"],
        ["catalogus", "schema"],
    ],
    ids=["opleidingsplan-xlsx", "opleidingsplan-csv", "catalogus-schema"],
)
def test_every_output_command_reports_a_full_disk(
    capsys: Capture, tmp_path: Path, argv: list[str]
) -> None:
    with small_disk(tmp_path / "small", size_kib=64, free_kib=0) as disk:
        fill_up(disk)
        target = disk / "out"
        code, _, err = run(capsys, *argv, "-o", str(target))
        assert code == 2, err
        assert "Schijf vol" in err
        assert not target.exists() and leftovers(disk) == []


@pytest.mark.usefixtures("demo")
def test_every_output_command_keeps_a_device_a_device(capsys: Capture, tmp_path: Path) -> None:
    null = device_node(tmp_path / "null", NULL_DEVICE)
    for argv in (
        ["opleidingsplan", "-f", "xlsx"],
        ["catalogus", "schema"],
        ["exporteer", "karim", "-f", "pdf"],
    ):
        code, _, err = run(capsys, *argv, "-o", str(null))
        assert code == 0, (argv, err)
        assert is_char_device(null), argv


def test_catalogue_import_writes_through_the_same_function(capsys: Capture, tmp_path: Path) -> None:
    sheet = tmp_path / "opleidingen.csv"
    sheet.write_text("Titel;Type;Uren\nVeilig heffen;intern;4\n", encoding="utf-8")
    null = device_node(tmp_path / "null", NULL_DEVICE)
    code, _, err = run(
        capsys, "catalogus", "importeer", str(sheet), "-o", str(null), "--overschrijf"
    )
    assert code in (0, 1), err
    assert is_char_device(null)
    with small_disk(tmp_path / "small", size_kib=64, free_kib=0) as disk:
        fill_up(disk)
        code, _, err = run(capsys, "catalogus", "importeer", str(sheet), "-o", str(disk / "x"))
        assert code == 2 and "Schijf vol" in err
        assert leftovers(disk) == [] and not (disk / "x").exists()


def test_stdout_on_a_full_disk_is_an_error(tmp_path: Path) -> None:
    """`pop exporteer ... -o - > file` on a full disk: exit 2 and a sentence, never 'success'."""
    import subprocess
    import sys

    full = device_node(tmp_path / "full", FULL_DEVICE)
    root = str(Path(__file__).resolve().parents[1])  # this checkout, not another install
    env = {**os.environ, "POP_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": root}
    pop = [sys.executable, "-m", "pop_assistent.cli"]
    assert subprocess.run([*pop, "demo"], env=env, capture_output=True).returncode == 0
    with open(full, "wb") as out:
        done = subprocess.run(
            [*pop, "exporteer", "sophie", "-f", "json", "-o", "-"],
            env=env,
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and "Schijf vol" in done.stderr


def test_json_written_is_complete(capsys: Capture, tmp_path: Path) -> None:
    """The same export on a roomy disk is whole, so the tests above fail for the right reason."""
    assert run(capsys, "demo")[0] == 0
    target = tmp_path / "p.json"
    assert run(capsys, "exporteer", "sophie", "-f", "json", "-o", str(target))[0] == 0
    assert json.loads(target.read_text())["id"] == "sophie-peeters"
