"""Opening a connection to the shared PostgreSQL store safely.

- The URL is checked by our own strict reader before libpq sees it: a password with an unescaped
  `@ / ? #` would otherwise shift part of it into the host name (and so into a DNS query). Such a
  URL is refused with a sentence that repeats no part of it.
- A host that is not local gets `sslmode=require` unless the URL (or PGSSLMODE) says otherwise;
  a weaker mode for a remote host is allowed, with a warning.
- Passwords come from the environment, a PostgreSQL password file (libpq reads `~/.pgpass` or
  PGPASSFILE itself, and ignores one that others can read) or an owner-only config file.
- No message ever contains the password: every text from the driver is scrubbed first.
- Each session carries a statement, lock and idle-transaction timeout, so a stuck lock becomes a
  sentence instead of a hang.
"""

from __future__ import annotations

import ipaddress
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import psycopg

from pop_assistent.errors import PopError
from pop_assistent.i18n import N_, Message
from pop_assistent.storage.postgres_errors import ServerGone

CONNECT_TIMEOUT_S = 10
DEFAULT_SCHEMA = "pop"
TIMEOUTS: dict[str, str] = {
    "statement_timeout": "30s",
    "lock_timeout": "5s",
    "idle_in_transaction_session_timeout": "5min",
}
"""Session settings every connection of the app gets, unless the URL's `options` set them."""

PASSFILE_READABLE = N_(
    "Let op: {passfile} is leesbaar voor anderen, dus PostgreSQL gebruikt het niet. Maak het "
    "alleen voor jou leesbaar: chmod 600 {passfile}"
)
WEAK_SSL = ("disable", "allow", "prefer")
SCHEMA_PATTERN = re.compile(r"^[a-z_][a-z0-9_]{0,39}$")
_SCHEMES = re.compile(r"^(postgres|postgresql|postgresql\+psycopg)://", re.IGNORECASE)
_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_HOST = re.compile(r"^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._~%-]*)(:[0-9]*)?$")


def _refuse(why: Message) -> PopError:
    return PopError(
        N_(
            "POP_DATABASE_URL kan niet gebruikt worden: {why} Zet het wachtwoord niet in het "
            "adres maar in ~/.pgpass (of PGPASSFILE); het adres zelf wordt niet getoond."
        ),
        why=why,
    )


def _split_authority(url: str) -> tuple[str, str, str]:
    """(userinfo, hosts, rest) of a URL, refusing what would make libpq misread a password."""
    body = _SCHEMES.sub("", url, count=1)
    if "#" in body:
        raise _refuse(
            Message(N_("het bevat een '#'. In een wachtwoord schrijf je dat als %23.")),
        )
    cut = min((i for i in (body.find("/"), body.find("?")) if i >= 0), default=len(body))
    authority, rest = body[:cut], body[cut:]
    if "@" in rest:
        raise _refuse(
            Message(
                N_(
                    "er staat een '@' na de servernaam; waarschijnlijk bevat het wachtwoord een "
                    "'/', '?' of '@' (schrijf ze als %2F, %3F en %40)."
                )
            ),
        )
    if authority.count("@") > 1:
        raise _refuse(
            Message(N_("er staan meerdere '@' in; in een wachtwoord schrijf je '@' als %40.")),
        )
    userinfo, _, hosts = authority.rpartition("@")
    if _PERCENT.search(userinfo):
        raise _refuse(
            Message(
                N_(
                    "een '%' in de gebruikersnaam of het wachtwoord wordt niet door twee "
                    "hexadecimale tekens gevolgd (schrijf '%' als %25)."
                )
            ),
        )
    for host in hosts.split(",") if hosts else []:
        if not _HOST.match(host) or _PERCENT.search(host):
            raise _refuse(Message(N_("de servernaam of poort is ongeldig.")))
    return userinfo, hosts, rest


def secrets_in(url: str) -> list[str]:
    """Every form of the password in a URL (raw and decoded), longest first, for scrubbing."""
    found: set[str] = set()
    body = _SCHEMES.sub("", url, count=1)
    authority = body.split("/", 1)[0].split("?", 1)[0]
    userinfo = authority.rpartition("@")[0]
    if ":" in userinfo:
        raw = userinfo.split(":", 1)[1]
        found |= {raw, unquote(raw)}
    for match in re.finditer(r"[?&]password=([^&#]*)", url):
        found |= {match.group(1), unquote(match.group(1))}
    if os.environ.get("PGPASSWORD"):
        found.add(os.environ["PGPASSWORD"])
    return sorted((s for s in found if s), key=len, reverse=True)


def scrub(text: str, secrets: list[str]) -> str:
    """`text` with every secret (and any run of 4+ of its characters) replaced by '***'."""
    clean = " ".join(text.split())
    for secret in secrets:
        clean = clean.replace(secret, "***")
        if len(secret) >= 4:
            for size in range(len(secret) - 1, 3, -1):
                for start in range(len(secret) - size + 1):
                    piece = secret[start : start + size]
                    if piece in clean:
                        clean = clean.replace(piece, "***")
    return clean[:300]


def _is_local(host: str) -> bool:
    if not host or host.startswith(("/", "@")) or host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _option_schema(options: str) -> str | None:
    match = re.search(r"-c\s*search_path\s*=\s*([^\s,]+)", options)
    return match.group(1).strip("\"'") if match else None


@dataclass
class Target:
    """Where and how to connect, ready for psycopg; never printed with its password."""

    params: dict[str, Any]
    schema: str
    has_password: bool
    secrets: list[str]
    warnings: list[PopError] = field(default_factory=list)

    @property
    def where(self) -> str:
        """'pop op db.example:5432 als anna' (no password; the same in every language)."""
        return self._place(" op ", " als ")

    def place(self) -> Message:
        """`where` in the language of the sentence it goes into."""
        parts = self._parts()
        if parts["user"]:
            return Message(N_("{name} op {host}:{port} als {user}"), **parts)
        return Message(N_("{name} op {host}:{port}"), **parts)

    def _parts(self) -> dict[str, str]:
        host = self.params.get("host") or self.params.get("hostaddr") or "localhost"
        if str(host).startswith("/"):
            host = "localhost"
        port = self.params.get("port") or os.environ.get("PGPORT") or "5432"
        user = self.params.get("user") or os.environ.get("PGUSER") or ""
        name = self.params.get("dbname") or os.environ.get("PGDATABASE") or "?"
        return {"name": str(name), "host": str(host), "port": str(port), "user": str(user)}

    def _place(self, on: str, as_: str) -> str:
        parts = self._parts()
        user = f"{as_}{parts['user']}" if parts["user"] else ""
        return f"{parts['name']}{on}{parts['host']}:{parts['port']}{user}"

    def key(self) -> str:
        """Identifies this database and login for the local queue (no password)."""
        return f"{self._place(' on ', ' as ')}#{self.schema}"


def prepare(url: str) -> Target:
    """Check the URL and work out the connection parameters (see the module docstring)."""
    _split_authority(url)
    secrets = secrets_in(url)
    try:
        params: dict[str, Any] = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.Error:
        raise _refuse(Message(N_("het adres kan niet gelezen worden."))) from None
    has_password = bool(params.get("password"))
    options = str(params.get("options") or "")
    schema = _option_schema(options) or DEFAULT_SCHEMA
    if not SCHEMA_PATTERN.match(schema):
        raise PopError(
            N_("De schemanaam '{schema}' in POP_DATABASE_URL is ongeldig."), schema=schema[:40]
        )
    for name, value in TIMEOUTS.items():
        if name not in options:
            options += f" -c {name}={value}"
    params["options"] = options.strip()
    params.setdefault("connect_timeout", str(CONNECT_TIMEOUT_S))
    params.setdefault("application_name", "pop-assistent")
    target = Target(params, schema, has_password, secrets)
    hosts = [h for h in str(params.get("host") or "").split(",") if h]
    remote = [h for h in hosts if not _is_local(h)]
    if remote:
        mode = str(params.get("sslmode") or os.environ.get("PGSSLMODE") or "")
        if not mode:
            params["sslmode"] = "require"
        elif mode in WEAK_SSL:
            target.warnings.append(
                PopError(
                    N_(
                        "Let op: de verbinding met {host} is misschien niet versleuteld "
                        "(sslmode={mode}). Gebruik sslmode=verify-full met het certificaat van de "
                        "server (sslrootcert)."
                    ),
                    host=remote[0],
                    mode=mode,
                )
            )
    passfile = Path(os.environ.get("PGPASSFILE") or Path.home() / ".pgpass")
    if not has_password and _readable_by_others(passfile):
        target.warnings.append(PopError(PASSFILE_READABLE, passfile=passfile))
    return target


def _readable_by_others(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISREG(mode) and bool(mode & (stat.S_IRWXG | stat.S_IRWXO))


def unreachable(target: Target, exc: BaseException) -> ServerGone:
    """The sentence for a connection that could not be made (password never included), with
    any warning that may explain it (a password file others can read is not used)."""
    reason = scrub(str(exc), target.secrets).rstrip(". ")
    hints = [w for w in target.warnings if w.sentence.msgid == PASSFILE_READABLE]
    return ServerGone(
        N_(
            "De gedeelde database ({where}) is niet bereikbaar: {reason}. Controleer "
            "POP_DATABASE_URL, of laat het leeg om de ingebouwde database te gebruiken.{hints}"
        ),
        reason,
        where=target.place(),
        reason=reason,
        hints=lambda lang: "".join(f" {w.message(lang)}" for w in hints),
    )


def connect(target: Target, *, autocommit: bool = True) -> psycopg.Connection[Any]:
    """A new connection (UTC, the store's schema first), or a PopError with a clean sentence."""
    try:
        conn = psycopg.connect(autocommit=autocommit, **target.params)
    except psycopg.Error as exc:
        raise unreachable(target, exc) from None
    try:
        conn.execute("SET TIME ZONE 'UTC'")
        conn.execute(f'SET search_path TO pg_catalog, "{target.schema}", pg_temp')
        if not autocommit:
            conn.commit()
    except psycopg.Error as exc:
        conn.close()
        raise unreachable(target, exc) from None
    return conn
