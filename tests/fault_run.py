"""The fault run of issue 18: every output target, storage fault and hostile argument against
the real `pop` command, counting faults tried, survived (one sentence or success, never a
traceback, exit code 0, 1 or 2) and lost (a stored version or an earlier file that changed).

Run as root (it mounts tmpfs folders and makes device nodes in its own temporary folder):
    .venv/bin/python tests/fault_run.py
Not a test module (pytest does not collect it); tests/test_faults_*.py hold one test per point.
"""

from __future__ import annotations

import hashlib
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POP = [sys.executable, "-m", "pop_assistent.cli"]
FORMATS = ("md", "html", "pdf", "ics", "json")
results: list[tuple[str, bool, bool, str]] = []  # (fault, survived, lost, detail)


def run(env: dict[str, str], *argv: str | bytes, stdout: object = None) -> tuple[int, str]:
    done = subprocess.run(
        [*POP, *argv],
        env=env,
        cwd=env["POP_WORK"],
        stdout=stdout if stdout is not None else subprocess.PIPE,
        stderr=subprocess.PIPE,
        timeout=300,
        check=False,
    )
    out = (done.stdout or b"") if stdout is None else b""
    text = (out + done.stderr).decode("utf-8", "replace")
    return done.returncode, text


def survived(code: int, text: str) -> bool:
    return code in (0, 1, 2) and "Traceback" not in text and "Errno" not in text


def record(name: str, code: int, text: str, lost: bool = False) -> None:
    ok = survived(code, text)
    results.append((name, ok, lost, "" if ok and not lost else text.strip()[-300:]))


def store_digest(data: Path) -> str:
    """Every stored version of every plan, as one hash (read-only, bypassing pop)."""
    db = data / "pop.sqlite3"
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT plan_id, version, document FROM versions ORDER BY plan_id, version"
        ).fetchall()
    finally:
        conn.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def sh(*argv: str) -> None:
    subprocess.run(argv, check=True, capture_output=True)


def fill_up(where: Path) -> None:
    for name, size in (("filler", 65536), ("filler-tail", 1)):
        try:
            with open(where / name, "ab", buffering=0) as handle:
                while True:
                    handle.write(b"\0" * size)
        except OSError:
            pass


def env_for(work: Path, data: Path) -> dict[str, str]:
    return {
        **os.environ,
        "POP_DATA_DIR": str(data),
        "POP_CONFIG_DIR": str(work / "config"),
        "POP_VANDAAG": "2026-11-24",
        "POP_WORK": str(work),
        "PYTHONPATH": str(ROOT),
    }


def output_faults(work: Path) -> None:
    data = work / "data"
    env = env_for(work, data)
    run(env, "demo")
    targets: dict[str, Callable[[], Path]] = {}
    disk = work / "disk"
    disk.mkdir()
    sh("mount", "-t", "tmpfs", "-o", "size=256k", "pop-run", str(disk))
    ro = work / "ro"
    ro.mkdir()
    sh("mount", "-t", "tmpfs", "-o", "size=64k,ro", "pop-run", str(ro))
    try:
        (work / "null").exists() or os.mknod(work / "null", 0o666 | 0o020000, os.makedev(1, 3))
        (work / "full").exists() or os.mknod(work / "full", 0o666 | 0o020000, os.makedev(1, 7))
        (work / "real.txt").write_text("oud")
        for name, target in (("link", "real.txt"), ("dangling", "nieuw/plan.txt")):
            (work / name).unlink(missing_ok=True)
            (work / name).symlink_to(target)
        (work / "nieuw").mkdir(exist_ok=True)
        for name in ("loop-a", "loop-b"):
            (work / name).unlink(missing_ok=True)
        (work / "loop-a").symlink_to("loop-b")
        (work / "loop-b").symlink_to("loop-a")
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(work / "sock"))
        targets = {
            "a full disk": lambda: (fill_up(disk), disk / "plan")[1],
            "a device that is full": lambda: work / "full",
            "a null device": lambda: work / "null",
            "a symlink": lambda: work / "link",
            "a dangling symlink": lambda: work / "dangling",
            "a symlink loop": lambda: work / "loop-a",
            "a socket": lambda: work / "sock",
            "a folder": lambda: work / "nieuw",
            "a read-only folder": lambda: ro / "plan",
            "a missing folder": lambda: work / "nergens" / "plan",
            "a name of 300 characters": lambda: work / ("x" * 300),
        }
        for fmt in FORMATS:
            for kind, make in targets.items():
                target = make()
                before = (work / "real.txt").read_bytes()
                code, text = run(env, "exporteer", "sophie", "-f", fmt, "-o", str(target))
                lost = code != 0 and (work / "real.txt").read_bytes() != before
                leftovers = (
                    [p for p in target.parent.glob(".*.tmp")] if target.parent.is_dir() else []
                )
                record(f"exporteer -f {fmt} -o {kind}", code, text, lost or bool(leftovers))
            fifo = work / f"fifo-{fmt}"
            os.mkfifo(fifo)
            got: list[bytes] = []
            reader = threading.Thread(
                target=lambda f=fifo, into=got: into.append(Path(f).read_bytes())
            )
            reader.start()
            code, text = run(env, "exporteer", "sophie", "-f", fmt, "-o", str(fifo))
            reader.join(60)
            record(f"exporteer -f {fmt} -o a FIFO", code, text, not got or not got[0])
            with open(work / "full", "wb") as out:
                code, text = run(env, "exporteer", "sophie", "-f", fmt, "-o", "-", stdout=out)
            record(f"exporteer -f {fmt} -o - > a full device", code, text)
        for fmt in ("xlsx", "csv", "pdf"):
            code, text = run(env, "opleidingsplan", "-f", fmt, "-o", str(disk / f"o.{fmt}"))
            record(f"opleidingsplan -f {fmt} -o a full disk", code, text)
        sock.close()
    finally:
        sh("umount", "-l", str(disk))
        sh("umount", "-l", str(ro))


COMMANDS: list[list[str]] = [
    ["plannen"],
    ["toon", "sophie"],
    ["geschiedenis", "sophie"],
    ["deel", "sophie", "--stop"],
    ["herstel", "sophie", "1"],
    ["exporteer", "sophie", "-f", "json", "-o", "-"],
    ["opleidingsplan", "-f", "md", "-o", "-"],
    ["herinneringen"],
    ["importeer", "karim.json"],
    ["verwijder", "karim", "--ja"],
]


def storage_faults(work: Path) -> None:
    def fresh(where: Path) -> dict[str, str]:
        env = env_for(work, where)
        run(env, "demo")
        run(env, "exporteer", "karim", "-f", "json", "-o", str(work / "karim.json"))
        return env

    disk = work / "sdisk"
    disk.mkdir()
    # a full disk, then a read-only one
    for fault in ("full", "read-only"):
        sh("mount", "-t", "tmpfs", "-o", "size=2m", "pop-run", str(disk))
        try:
            env = fresh(disk / "data")
            digest = store_digest(disk / "data")
            if fault == "full":
                fill_up(disk)
            else:
                sh("mount", "-o", "remount,ro", str(disk))
            for argv in COMMANDS:
                code, text = run(env, *argv)
                record(f"{' '.join(argv[:2])} on a {fault} disk", code, text)
            if fault == "read-only":
                sh("mount", "-o", "remount,rw", str(disk))
            for filler in disk.glob("filler*"):
                filler.unlink()
            lost = store_digest(disk / "data") != digest
            results.append((f"every version kept after the {fault} disk", not lost, lost, ""))
        finally:
            sh("umount", "-l", str(disk))
    # POP_DATA_DIR is a file
    (work / "a-file").write_text("x")
    env = env_for(work, work / "a-file")
    for argv in COMMANDS:
        code, text = run(env, *argv)
        record(f"{' '.join(argv[:2])} with POP_DATA_DIR a file", code, text)
    # a damaged page, a missing table
    for damage in ("versions page", "plans page", "a middle page", "versions table", "plans table"):
        data = work / f"dmg-{damage.replace(' ', '-')}"
        env = fresh(data)
        db = data / "pop.sqlite3"
        conn = sqlite3.connect(db)
        if damage.endswith("table"):
            conn.execute(f"DROP TABLE {damage.split()[0]}")
            conn.commit()
            conn.close()
        else:
            size = conn.execute("PRAGMA page_size").fetchone()[0]
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            name = damage.split()[0]
            root = (
                pages // 2
                if name == "a"
                else conn.execute(
                    "SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)
                ).fetchone()[0]
            )
            conn.close()
            with open(db, "r+b") as handle:
                handle.seek((root - 1) * size)
                handle.write(b"\x5a" * size)
        for argv in COMMANDS:
            before = db.read_bytes()
            code, text = run(env, *argv)
            changed = code != 0 and db.read_bytes() != before
            record(f"{' '.join(argv[:2])} with a damaged {damage}", code, text, changed)
    # a busy database: another process holds the write lock for 4 s
    data = work / "busy"
    env = fresh(data)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3,sys,time;c=sqlite3.connect(sys.argv[1],isolation_level=None);"
            "c.execute('BEGIN IMMEDIATE');print('ok',flush=True);time.sleep(4);c.execute('COMMIT')",
            str(data / "pop.sqlite3"),
        ],
        stdout=subprocess.PIPE,
    )
    assert holder.stdout is not None
    holder.stdout.readline()
    for argv in (["plannen"], ["deel", "sophie", "--stop"]):
        code, text = run(env, *argv)
        record(f"{argv[0]} while another program holds the lock", code, text)
    holder.wait()
    # a folder that belongs to root, used by nobody
    shared = Path(tempfile.mkdtemp(prefix="pop-run-"))
    os.chmod(shared, 0o755)
    env = env_for(work, shared / "data")
    run(env, "demo")
    home = shared / "home"
    home.mkdir()
    os.chown(home, 65534, 65534)
    nobody = {**env, "HOME": str(home), "POP_CONFIG_DIR": str(home / "cfg"), "POP_WORK": str(home)}
    for argv in COMMANDS[:4]:
        done = subprocess.run(
            ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *POP, *argv],
            env=nobody,
            cwd=home,
            capture_output=True,
            check=False,
        )
        text = (done.stdout + done.stderr).decode("utf-8", "replace")
        record(f"{' '.join(argv[:2])} as another user", done.returncode, text)


def hostile_arguments(work: Path) -> None:
    env = env_for(work, work / "hdata")
    run(env, "demo")
    hostile: list[bytes] = [
        b"\xff",
        "Jos\xe9".encode("latin-1"),
        b"9" * 5000,
        b"1" * 400,
        b"\x1b[2J\x07",
        b"a\x00b"[:1],
        "\ufffe\uffff".encode(),
        "😀中文".encode(),
        b"-" * 3,
        b"x" * 100_000,
    ]
    commands: list[list[bytes]] = [
        [b"toon"],
        [b"geschiedenis"],
        [b"deel"],
        [b"herstel", b"sophie"],
        [b"datum"],
        [b"smart"],
        [b"catalogus", b"zoek"],
        [b"catalogus", b"advies"],
        [b"importeer"],
        [b"exporteer"],
        [b"herinneringen", b"--dagen"],
        [b"opleidingsplan", b"--jaar"],
    ]
    for argv in commands:
        for arg in hostile:
            code, text = run(env, *argv, arg)
            shown = arg[:12].decode("utf-8", "backslashreplace")
            record(f"{b' '.join(argv).decode()} {shown!r}", code, text)


def main() -> int:
    if os.geteuid() != 0:
        print("The fault run mounts tmpfs folders and makes device nodes: run it as root.")
        return 2
    with tempfile.TemporaryDirectory(prefix="pop-faultrun-") as folder:
        work = Path(folder)
        for part in (output_faults, storage_faults, hostile_arguments):
            sub = work / part.__name__
            sub.mkdir()
            part(sub)
    tried = len(results)
    ok = sum(1 for _, good, _, _ in results if good)
    lost = sum(1 for _, _, gone, _ in results if gone)
    for name, good, gone, detail in results:
        if not good or gone:
            print(f"FAILED {name}: {detail}")
    print(f"faults tried: {tried}, survived: {ok}, lost: {lost}")
    return 0 if ok == tried and lost == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
