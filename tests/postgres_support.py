"""A real PostgreSQL server for the tests, and a fresh schema per test.

Order: POP_TEST_DATABASE_URL (what .ci/run exports); otherwise a throwaway cluster started here
with the Debian binaries (as the `postgres` user when we run as root). In CI a missing server
fails the tests; outside CI they skip with a sentence that says how to get one.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

SKIP_HINT = (
    "no PostgreSQL server: set POP_TEST_DATABASE_URL=postgresql://user:pw@127.0.0.1:5432/db "
    "or install the Debian package 'postgresql' (see .ci/run)"
)


def _reachable(url: str) -> str | None:
    """None when a connection works, else the reason."""
    import psycopg

    try:
        with psycopg.connect(url, connect_timeout=5) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        return " ".join(str(exc).split())
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _bin_dir() -> Path | None:
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: p.parts)
    return versions[-1].parent if versions else None


def _as_owner(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


def start_throwaway(base: Path) -> tuple[str, Path] | None:
    """Start a private cluster on a free loopback port; returns (url, data dir) or None."""
    bin_dir = _bin_dir()
    if bin_dir is None or (os.geteuid() == 0 and shutil.which("runuser") is None):
        return None
    data = base / "pgdata"
    base.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
    port = _free_port()
    try:
        subprocess.run(
            _as_owner([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust"]),
            check=True,
            capture_output=True,
            cwd="/",
            timeout=120,
        )
        options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1"
        log = str(base / "server.log")
        # The server outlives pg_ctl: it must not inherit a pipe we wait on, hence DEVNULL + -l.
        subprocess.run(
            _as_owner(
                [str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", log, "-w", "start"]
            ),
            check=True,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd="/",
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return f"postgresql://postgres@127.0.0.1:{port}/postgres", data


def stop_throwaway(data: Path) -> None:
    bin_dir = _bin_dir()
    if bin_dir is not None:
        subprocess.run(
            _as_owner([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"]),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd="/",
            timeout=60,
        )


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A URL of a running PostgreSQL server (see the module docstring)."""
    url = os.environ.get("POP_TEST_DATABASE_URL", "").strip()
    problem = _reachable(url) if url else "POP_TEST_DATABASE_URL is not set"
    started: Path | None = None
    base: Path | None = None
    if problem is not None and not url:
        base = Path(tempfile.mkdtemp(prefix="pop-pg-"))
        result = start_throwaway(base)
        if result is not None:
            url, started = result
            problem = _reachable(url)
    if problem is not None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true but PostgreSQL is not reachable: {problem}")
        pytest.skip(f"{SKIP_HINT} ({problem})")
    try:
        yield url
    finally:
        if started is not None:
            stop_throwaway(started)
        if base is not None:
            shutil.rmtree(base, ignore_errors=True)


def with_schema(url: str, schema: str) -> str:
    """The URL with the search_path set to one schema (so each test has its own tables)."""
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A URL whose tables live in a fresh schema, dropped after the test."""
    import psycopg

    schema = f"t_{secrets.token_hex(6)}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield with_schema(pg_server, schema)
    finally:
        with psycopg.connect(pg_server, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")
