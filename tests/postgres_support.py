"""A real PostgreSQL server for the tests, and a freshly installed shared store per test.

Server: POP_TEST_DATABASE_URL (what .ci/run exports: a superuser, so the tests can create
databases and roles); otherwise a throwaway cluster started here with the Debian binaries (as the
`postgres` user when we run as root), with password (SCRAM) authentication on TCP like a real
server. In CI a missing server fails the tests; outside CI they skip with a sentence.

Roles are global to a cluster, so every name a test creates starts with a random prefix: one
per test session for the database and its owner, one per test for the store's schema, group
roles and people. Parallel runs on one server cannot collide, and everything is dropped after.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

SKIP_HINT = (
    "no PostgreSQL server: set POP_TEST_DATABASE_URL=postgresql://superuser:pw@127.0.0.1:5432/db "
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


def pg_ctl(data: Path, action: str, port: int | None = None) -> None:
    """Start, stop or restart a throwaway cluster (tests use it to simulate a server restart)."""
    bin_dir = _bin_dir()
    assert bin_dir is not None
    cmd = [str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w"]
    if port is not None:
        base = data.parent
        cmd += ["-o", f"-p {port} -k {base} -c listen_addresses=127.0.0.1"]
        cmd += ["-l", str(base / "server.log")]
    # The server outlives pg_ctl: it must not inherit a pipe we wait on, hence DEVNULL + -l.
    subprocess.run(
        _as_owner([*cmd, action]),
        check=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd="/",
        timeout=60,
    )


@dataclass
class Server:
    """A running server: a superuser URL, and the data dir and port when we started it."""

    url: str
    data: Path | None = None
    port: int | None = None


def start_throwaway(base: Path) -> Server | None:
    """Start a private cluster on a free loopback port (SCRAM passwords on TCP)."""
    bin_dir = _bin_dir()
    if bin_dir is None or (os.geteuid() == 0 and shutil.which("runuser") is None):
        return None
    data = base / "pgdata"
    base.mkdir(parents=True, exist_ok=True)
    password = secrets.token_hex(16)
    pwfile = base / "pw"
    pwfile.write_text(password)
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
        shutil.chown(pwfile, "postgres")
    port = _free_port()
    try:
        subprocess.run(
            _as_owner(
                [
                    str(bin_dir / "initdb"),
                    "-D",
                    str(data),
                    "-U",
                    "postgres",
                    "--pwfile",
                    str(pwfile),
                ]
                + ["--auth-local=trust", "--auth-host=scram-sha-256"]
            ),
            check=True,
            capture_output=True,
            cwd="/",
            timeout=120,
        )
        pwfile.unlink()
        pg_ctl(data, "start", port)
    except (OSError, subprocess.SubprocessError):
        return None
    return Server(f"postgresql://postgres:{password}@127.0.0.1:{port}/postgres", data, port)


def stop_throwaway(data: Path) -> None:
    try:
        pg_ctl(data, "stop")
    except (OSError, subprocess.SubprocessError, AssertionError):
        pass


@pytest.fixture(scope="session")
def pg_server_info() -> Iterator[Server]:
    """A running PostgreSQL server with a superuser URL (see the module docstring)."""
    url = os.environ.get("POP_TEST_DATABASE_URL", "").strip()
    problem = _reachable(url) if url else "POP_TEST_DATABASE_URL is not set"
    server: Server | None = Server(url) if url else None
    base: Path | None = None
    if problem is not None and not url:
        base = Path(tempfile.mkdtemp(prefix="pop-pg-"))
        server = start_throwaway(base)
        problem = _reachable(server.url) if server else "could not start a throwaway cluster"
    if problem is not None or server is None:
        if base is not None:
            shutil.rmtree(base, ignore_errors=True)
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true but PostgreSQL is not reachable: {problem}")
        pytest.skip(f"{SKIP_HINT} ({problem})")
    try:
        yield server
    finally:
        if server.data is not None:
            stop_throwaway(server.data)
        if base is not None:
            shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server(pg_server_info: Server) -> str:
    """A superuser URL of a running PostgreSQL server."""
    return pg_server_info.url


def with_schema(url: str, schema: str, **options: str) -> str:
    """The URL with the search_path (and other session settings) set."""
    sep = "&" if "?" in url else "?"
    extra = "".join(f"%20-c{k}%3D{v}" for k, v in options.items())
    return f"{url}{sep}options=-csearch_path%3D{schema}{extra}"


def _url(server: str, user: str, password: str, dbname: str) -> str:
    from psycopg.conninfo import conninfo_to_dict

    info: dict[str, Any] = conninfo_to_dict(server)
    host, port = info.get("host", "127.0.0.1"), info.get("port", "5432")
    return f"postgresql://{quote(user, safe='')}:{quote(password, safe='')}@{host}:{port}/{dbname}"


@dataclass
class Database:
    """A database owned by its own administrator login, for one test session."""

    server: str
    name: str
    owner: str
    owner_password: str

    def superuser_uri(self) -> str:
        """The superuser's URL, pointed at this database."""
        from urllib.parse import urlsplit, urlunsplit

        return urlunsplit(urlsplit(self.server)._replace(path=f"/{self.name}"))

    def superuser_url(self) -> str:
        from psycopg.conninfo import conninfo_to_dict, make_conninfo

        return make_conninfo(**{**conninfo_to_dict(self.server), "dbname": self.name})


@pytest.fixture(scope="session")
def pg_database(pg_server: str) -> Iterator[Database]:
    """A fresh database and its owner (LOGIN CREATEROLE), dropped after the session."""
    import psycopg

    run = f"p{secrets.token_hex(3)}"
    db = Database(pg_server, f"{run}_db", f"{run}_beheer", secrets.token_hex(12))
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE \"{db.owner}\" LOGIN CREATEROLE PASSWORD '{db.owner_password}'")
        conn.execute(f'CREATE DATABASE "{db.name}" OWNER "{db.owner}"')
    try:
        yield db
    finally:
        with psycopg.connect(pg_server, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{db.name}" WITH (FORCE)')
            _drop_roles(conn, run)


def _drop_roles(conn: Any, prefix: str) -> None:
    rows = conn.execute(
        "SELECT rolname FROM pg_roles WHERE rolname LIKE %s ORDER BY rolcanlogin DESC",
        (f"{prefix}%",),
    ).fetchall()
    for (role,) in rows:
        conn.execute(f'DROP OWNED BY "{role}" CASCADE')
        conn.execute(f'DROP ROLE IF EXISTS "{role}"')


PEOPLE = {
    "carla": ("coach", [], "Carla Coene"),
    "dirk": ("coach", [], "Dirk Dewulf"),
    "anna": ("medewerker", ["carla"], "Anna Aerts"),
    "bram": ("medewerker", ["carla"], "Bram Bosmans"),
    "hilde": ("hr", [], "Hilde Hermans"),
}
"""Two employees coached by Carla, a coach with no people (Dirk) and HR (Hilde)."""


@dataclass
class Org:
    """One installed shared store with its people, each with their own login and password."""

    db: Database
    schema: str
    passwords: dict[str, str] = field(default_factory=dict)

    @property
    def prefix(self) -> str:
        return self.schema

    def login(self, who: str) -> str:
        return f"{self.prefix}_{who}"

    def url(self, who: str, password: str | None = None, **options: str) -> str:
        """The URL of a person ('anna') or of the owner ('beheer'), schema included."""
        if who == "beheer":
            user, secret = self.db.owner, self.db.owner_password
        else:
            user, secret = self.login(who), password or self.passwords[who]
        return with_schema(_url(self.db.server, user, secret, self.db.name), self.schema, **options)

    def connect(self, who: str, **options: str) -> Any:
        """A plain psycopg connection as that person (what psql would give them)."""
        import psycopg

        return psycopg.connect(self.url(who, **options), autocommit=True)

    def superuser(self) -> Any:
        import psycopg

        return psycopg.connect(self.db.superuser_url(), autocommit=True)

    def store(self, who: str, **kwargs: Any) -> Any:
        from pop_assistent.storage.postgres import PostgresStore

        return PostgresStore(self.url(who), **kwargs)

    def add(self, who: str, kind: str, coaches: list[str] | None = None, name: str = "") -> str:
        """Create (or change) a person through the administrator's API; returns the login."""
        import psycopg

        from pop_assistent.storage.postgres_admin import installed_roles, set_person

        self.passwords.setdefault(who, secrets.token_hex(12))
        with psycopg.connect(self.url("beheer"), autocommit=True) as conn:
            roles = installed_roles(conn, self.schema)
            set_person(
                conn,
                roles,
                self.login(who),
                kind,
                coaches=[self.login(c) for c in coaches or []],
                display_name=name or None,
                password=self.passwords[who],
            )
        return self.login(who)


def install_org(db: Database, people: dict[str, tuple[str, list[str], str]] | None = None) -> Org:
    """Install a store in a new schema of `db` and add `people` (default: PEOPLE)."""
    import psycopg

    from pop_assistent.storage.postgres_admin import install

    org = Org(db, f"t{secrets.token_hex(4)}")
    with psycopg.connect(org.url("beheer"), autocommit=True) as conn:
        install(conn, org.schema, org.prefix)
    for who, (kind, coaches, name) in (PEOPLE if people is None else people).items():
        org.add(who, kind, coaches, name)
    return org


def drop_org(org: Org) -> None:
    with org.superuser() as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{org.schema}" CASCADE')
        _drop_roles(conn, org.prefix)


@pytest.fixture
def pg_org(pg_database: Database) -> Iterator[Org]:
    """A freshly installed shared store with Anna, Bram (coached by Carla), Dirk and Hilde."""
    org = install_org(pg_database)
    try:
        yield org
    finally:
        drop_org(org)


@pytest.fixture
def pg_url(pg_org: Org) -> str:
    """The URL of one employee (Anna) in a freshly installed store."""
    return pg_org.url("anna")


class TcpProxy:
    """A loopback TCP relay to the server that the tests can cut and restore: from the app's
    side, exactly a server that goes away (restart, network) and comes back on the same port."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.port = _free_port()
        self._listener: socket.socket | None = None
        self._open: list[socket.socket] = []

    def start(self) -> None:
        import threading

        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener: socket.socket) -> None:
        import threading

        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            self._open += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def stop(self) -> None:
        """Refuse new connections and cut every open one."""
        if self._listener is not None:
            try:  # wakes the thread blocked in accept(); close() alone would not
                self._listener.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            self._listener.close()
            self._listener = None
        for s in self._open:
            try:
                s.shutdown(socket.SHUT_RDWR)
                s.close()
            except OSError:
                pass
        self._open = []

    def url(self, url: str) -> str:
        """`url` with its host and port replaced by the relay's."""
        from urllib.parse import urlsplit, urlunsplit

        parts = urlsplit(url)
        userinfo = parts.netloc.rpartition("@")[0]
        return urlunsplit(parts._replace(netloc=f"{userinfo}@127.0.0.1:{self.port}"))


@pytest.fixture
def proxy(pg_server: str) -> Iterator[TcpProxy]:
    from psycopg.conninfo import conninfo_to_dict

    info = conninfo_to_dict(pg_server)
    relay = TcpProxy(str(info.get("host") or "127.0.0.1"), int(info.get("port") or 5432))
    relay.start()
    try:
        yield relay
    finally:
        relay.stop()
