"""Real faults for the fault tests: a small full disk, a read-only folder, device nodes, a FIFO.

Everything is made inside the test's own temporary folder: tmpfs is mounted only there and
unmounted in teardown, device nodes are made with mknod there (never in the real /dev). Mounting
and mknod need root (CI runs as root); elsewhere the test is skipped and says why.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = os.geteuid() == 0
NULL_DEVICE = (1, 3)  # what /dev/null is on Linux: every write succeeds
FULL_DEVICE = (1, 7)  # what /dev/full is on Linux: every write fails with ENOSPC


def _run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, check=False)


def mount_tmpfs(where: Path, size_kib: int, *, read_only: bool = False) -> None:
    """Mount a tmpfs of `size_kib` on `where` (a folder in the test's tmp_path), or skip."""
    if not ROOT:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    if not sys.platform.startswith("linux") or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs Linux and the mount command")
    where.mkdir(parents=True, exist_ok=True)
    options = f"size={size_kib}k,mode=0755" + (",ro" if read_only else "")
    done = _run("mount", "-t", "tmpfs", "-o", options, "pop-test", str(where))
    if done.returncode != 0:
        pytest.skip(f"this machine does not allow mounting a tmpfs: {done.stderr.strip()}")


def unmount(where: Path) -> None:
    """Unmount what mount_tmpfs mounted (lazily if a file is still open)."""
    if os.path.ismount(where):
        done = _run("umount", str(where))
        if done.returncode != 0:
            _run("umount", "-l", str(where))


def remount_read_only(where: Path) -> None:
    """Make a mounted tmpfs read-only (after the test put its files there)."""
    done = _run("mount", "-o", "remount,ro", str(where))
    assert done.returncode == 0, done.stderr


@contextmanager
def small_disk(where: Path, size_kib: int = 64, free_kib: int = 0) -> Iterator[Path]:
    """A tmpfs of `size_kib` on `where`, filled until about `free_kib` remain."""
    mount_tmpfs(where, size_kib)
    try:
        if free_kib < size_kib:
            fill(where, size_kib - free_kib)
        yield where
    finally:
        unmount(where)


def fill(where: Path, kib: int) -> None:
    """Take `kib` of the space on `where` with a filler file (best effort on a full disk)."""
    try:
        with open(where / "filler", "ab") as handle:
            handle.write(b"\0" * (kib * 1024))
    except OSError:
        pass


def fill_up(where: Path) -> None:
    """Take every byte still free on `where`."""
    chunk = b"\0" * 4096
    try:
        with open(where / "filler-rest", "ab", buffering=0) as handle:
            while True:
                handle.write(chunk)
    except OSError:
        pass
    try:
        with open(where / "filler-tail", "ab", buffering=0) as handle:
            while True:
                handle.write(b"\0")
    except OSError:
        pass


def device_node(path: Path, numbers: tuple[int, int]) -> Path:
    """A character device node at `path` (inside tmp_path), or skip without root."""
    if not ROOT:
        pytest.skip("making a device node with mknod needs root (CI runs as root)")
    os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(*numbers))
    return path


def is_char_device(path: Path) -> bool:
    return stat.S_ISCHR(os.lstat(path).st_mode)


def leftovers(folder: Path) -> list[str]:
    """Temporary files a failed write may have left behind."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))
