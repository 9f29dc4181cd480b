"""Connecting safely: TLS for remote hosts, passwords never shown, never from a file others read.

The passwords here are full of the characters that broke the old URL handling (`% @ / # : ?`):
a URL that would make libpq read part of the password as a host is refused before any lookup,
and no message shows the password or a piece of it.
"""

from __future__ import annotations

import io
import os
import socket
import sys
import threading
from pathlib import Path
from urllib.parse import quote

import pytest
from postgres_support import Org, pg_database, pg_org, pg_server, pg_server_info  # noqa: F401

from pop_assistent.cli import main
from pop_assistent.errors import PopError
from pop_assistent.storage.pg_connect import prepare, scrub
from pop_assistent.storage.postgres import PostgresStore

NASTY = "p%a@s/s#w:o?rd%zz@1"


def leaked(text: str, secret: str = NASTY) -> list[str]:
    """Every piece of 4 or more characters of the secret that the text shows."""
    return [secret[i : i + 4] for i in range(len(secret) - 3) if secret[i : i + 4] in text]


def run_pop(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    sys.stdin = io.StringIO("")
    code = main(list(argv))
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return code, out.out + out.err


@pytest.mark.parametrize(
    ("url", "mode"),
    [
        ("postgresql://anna@db.example.org/pop", "require"),
        ("postgresql://anna@10.0.0.7:5433/pop", "require"),
        ("postgresql://anna@db.example.org/pop?sslmode=verify-full", "verify-full"),
        ("postgresql://anna@127.0.0.1/pop", None),
        ("postgresql://anna@localhost/pop", None),
        ("postgresql://anna@[::1]/pop", None),
        ("postgresql:///pop?host=/var/run/postgresql", None),
    ],
)
def test_tls_is_required_for_any_host_that_is_not_local(url: str, mode: str | None) -> None:
    target = prepare(url)
    assert target.params.get("sslmode") == mode
    assert target.warnings == []


def test_a_weaker_sslmode_for_a_remote_host_is_allowed_with_a_warning() -> None:
    target = prepare("postgresql://anna@db.example.org/pop?sslmode=disable")
    assert target.params["sslmode"] == "disable"
    assert "niet versleuteld" in target.warnings[0].message("nl")


def no_tls_server() -> tuple[int, threading.Thread]:
    """A server that answers PostgreSQL's TLS request with 'N' (no TLS), as a plaintext-only
    server does; it records whether anything else (a password) was sent to it."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    received: list[bytes] = []

    def serve() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.settimeout(5)
            received.append(conn.recv(8))  # the SSLRequest
            conn.sendall(b"N")
            try:
                received.append(conn.recv(4096))  # anything after the refusal
            except OSError:
                pass
        listener.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    thread.received = received  # type: ignore[attr-defined]
    return int(listener.getsockname()[1]), thread


def test_a_server_without_tls_is_refused_for_a_remote_name() -> None:
    """`hostaddr` makes libpq connect to our fake server without asking DNS for the name."""
    port, server = no_tls_server()
    secret = quote(NASTY, safe="")
    url = f"postgresql://anna:{secret}@db.example.invalid:{port}/pop?hostaddr=127.0.0.1"
    with pytest.raises(PopError) as caught:
        PostgresStore(url)
    server.join(5)
    message = caught.value.message("nl")
    assert "SSL" in message and "niet bereikbaar" in message and not leaked(message)
    assert server.received[0][4:8] == bytes.fromhex("04d2162f")  # SSLRequest, then nothing
    assert server.received[1:] in ([], [b""])


def test_an_explicit_sslmode_disable_connects_with_a_warning(pg_org: Org) -> None:  # noqa: F811
    url = pg_org.url("anna").replace("@127.0.0.1:", "@db.example.invalid:")
    with PostgresStore(url + "&hostaddr=127.0.0.1&sslmode=disable") as store:
        assert any("niet versleuteld" in n.message("nl") for n in store.take_notices())


@pytest.mark.parametrize(
    "password",
    [NASTY, "ab/cd@ef", "ab#cd@ef", "ab?cd@ef", "ab@cd@ef", "ab%zzcd", "a:b:c:d@e"],
)
def test_an_unescaped_password_is_refused_without_being_shown(password: str) -> None:
    url = f"postgresql://anna:{password}@db.example.org:5432/pop"
    try:
        target = prepare(url)
    except PopError as exc:
        for lang in ("nl", "en"):
            assert not leaked(exc.message(lang), password), exc.message(lang)
        assert "pgpass" in exc.message("nl")
    else:  # only ':' is harmless: user 'anna', password 'a:b:c:d@e'... refused for its '@'
        pytest.fail(f"accepted {target.where}")


def test_wrong_and_right_passwords_full_of_special_characters(
    pg_org: Org,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pg_org.passwords["erik"] = NASTY
    pg_org.add("erik", "medewerker")
    good = pg_org.url("erik")
    assert quote(NASTY, safe="") in good
    with PostgresStore(good) as store:
        assert store.list_plans() == []
    bad = pg_org.url("erik", password=NASTY[:-1] + "2")
    with pytest.raises(PopError) as caught:
        PostgresStore(bad)
    assert "password authentication failed" in str(caught.value)
    assert not leaked(str(caught.value)) and not leaked(caught.value.message("en"))
    for url in (bad, good.replace(quote(NASTY, safe=""), NASTY)):
        monkeypatch.setenv("POP_DATABASE_URL", url)
        code, text = run_pop(capsys, "plannen")
        assert code == 2 and not leaked(text), text
        assert not leaked(text, quote(NASTY, safe=""))


def test_the_password_from_the_environment_or_a_private_password_file(
    pg_org: Org,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    pg_org.passwords["erik"] = NASTY
    pg_org.add("erik", "medewerker")
    url = pg_org.url("erik").replace(f":{quote(NASTY, safe='')}@", "@")
    monkeypatch.setenv("POP_DATABASE_URL", url)
    monkeypatch.setenv("PGPASSWORD", NASTY)
    assert run_pop(capsys, "plannen")[0] == 0
    monkeypatch.delenv("PGPASSWORD")
    passfile = tmp_path / "pgpass"
    escaped = NASTY.replace("\\", "\\\\").replace(":", "\\:")
    passfile.write_text(f"*:*:*:{pg_org.login('erik')}:{escaped}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    code, text = run_pop(capsys, "plannen")
    assert code == 0, text
    passfile.chmod(0o644)  # readable by others: PostgreSQL ignores it, and we say why
    code, text = run_pop(capsys, "plannen")
    assert code == 2 and "leesbaar voor anderen" in text and "chmod 600" in text
    assert not leaked(text)


def test_a_config_file_with_a_password_that_others_can_read_is_refused(
    pg_org: Org,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    config = Path(os.environ["POP_CONFIG_DIR"])
    config.mkdir(parents=True)
    toml = config / "config.toml"
    toml.write_text(f'database_url = "{pg_org.url("anna")}"\n')
    toml.chmod(0o644)
    code, text = run_pop(capsys, "plannen")
    assert code == 2 and "leesbaar voor anderen" in text and "-rw-r--r--" in text
    assert pg_org.passwords["anna"] not in text
    toml.chmod(0o600)
    assert run_pop(capsys, "plannen")[0] == 0


def test_scrub_removes_the_password_and_its_pieces() -> None:
    text = "could not connect: user anna password p%a@s/s#w:o?rd%zz@1 host sword"
    clean = scrub(text, [NASTY])
    assert NASTY not in clean and "s/s#" not in clean and "rd%z" not in clean
    assert clean.startswith("could not connect: user anna password ***")


def test_a_statement_timeout_and_a_missing_install_are_sentences() -> None:
    from psycopg import errors

    from pop_assistent.storage.postgres_errors import translate

    slow = translate(errors.QueryCanceled("canceling statement due to statement timeout"))
    assert "niet op tijd" in slow.message("nl") and "Nothing was changed" in slow.message("en")
    missing = translate(errors.UndefinedTable('relation "plans" does not exist'))
    assert "pop beheer installeer" in missing.message("nl")


def test_an_unreachable_server_reads_as_one_sentence() -> None:
    from pop_assistent.storage.pg_connect import unreachable

    target = prepare("postgresql://anna@db.example.org/pop?sslmode=verify-full")
    reason = 'root certificate file "/home/anna/.postgresql/root.crt" does not exist.'
    message = unreachable(target, Exception(reason)).message("nl")
    assert "does not exist. Controleer POP_DATABASE_URL" in message and ".." not in message
