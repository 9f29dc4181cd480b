"""An old shared store, made by the code before the security merge, upgraded as the README says.

tests/data/old_shared_store.sql is that store (one login for everyone, tables in schema public,
notes and signatures inside the plan documents). Nothing its people could see may be lost: each
note and signature becomes a row, marked as carried over with the name the document gave; a
private note becomes readable by the person of that name once the administrator creates their
login, and by nobody else; no raw document keeps a private note.
"""

from __future__ import annotations

import json
import secrets
import zlib
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
from cli_support import run_with as pop
from postgres_support import _drop_roles, pg_server, pg_server_info  # noqa: F401

OLD_STORE = Path(__file__).parent / "data" / "old_shared_store.sql"


class Upgrade:
    """An old store in a database of its own, and the people of the new one."""

    def __init__(self, server: str) -> None:
        from psycopg.conninfo import conninfo_to_dict

        self.server = server
        self.run = f"u{secrets.token_hex(3)}"
        info = conninfo_to_dict(server)
        self.host, self.port = info.get("host", "127.0.0.1"), info.get("port", "5432")
        self.db = f"{self.run}_pop"
        self.old, self.owner = f"{self.run}_oud", f"{self.run}_beheer"
        self.passwords = {self.old: secrets.token_hex(8), self.owner: secrets.token_hex(8)}

    def url(self, login: str) -> str:
        secret = quote(self.passwords[login], safe="")
        return f"postgresql://{login}:{secret}@{self.host}:{self.port}/{self.db}"

    def superuser(self, dbname: str | None = None) -> psycopg.Connection:
        from psycopg.conninfo import conninfo_to_dict, make_conninfo

        info = {**conninfo_to_dict(self.server), **({"dbname": dbname} if dbname else {})}
        return psycopg.connect(make_conninfo(**info), autocommit=True)

    def person(self, who: str) -> str:
        login = f"{self.run}_{who}"
        self.passwords.setdefault(login, secrets.token_hex(8))
        return login


@pytest.fixture
def old(pg_server: str) -> Iterator[Upgrade]:  # noqa: F811
    up = Upgrade(pg_server)
    with up.superuser() as su:
        su.execute(f"CREATE ROLE \"{up.old}\" LOGIN PASSWORD '{up.passwords[up.old]}'")
        su.execute(f'CREATE DATABASE "{up.db}" OWNER "{up.old}"')
    with psycopg.connect(up.url(up.old), autocommit=True) as conn:  # as the old code did
        conn.execute(OLD_STORE.read_text(encoding="utf-8"))
    try:
        yield up
    finally:
        with up.superuser() as su:
            su.execute(f'DROP DATABASE IF EXISTS "{up.db}" WITH (FORCE)')
            _drop_roles(su, up.run)


def test_an_old_store_upgrades_with_its_notes_and_signatures(
    old: Upgrade, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    up, run = old, lambda url, *a, **k: pop(capsys, monkeypatch, url, *a, **k)
    # README: everyone knew the old login's password; a superuser locks it and gives what it
    # owns to the new owner.
    with up.superuser() as su:
        su.execute(
            f"CREATE ROLE \"{up.owner}\" LOGIN CREATEROLE PASSWORD '{up.passwords[up.owner]}'"
        )
    with up.superuser(up.db) as su:
        su.execute(f'REASSIGN OWNED BY "{up.old}" TO "{up.owner}"')
        su.execute(f'ALTER ROLE "{up.old}" NOLOGIN')
    admin = up.url(up.owner)
    code, out, err = run(admin, "beheer", "installeer", "--rollen", up.run)
    assert code == 0, err
    assert "verhuisd" in out and "2 plan(nen)" in out and "bijgewerkt van schema 2" in out
    code, out, _ = run(admin, "beheer", "overzicht")
    assert code == 0 and "karim-el-amrani" in out and "sophie-peeters" in out
    assert "Els Jacobs" in out  # notes of the old store that wait for their author's login
    people = {
        "els": ("coach", "Els Jacobs", []),
        "inge": ("coach", "Inge Van den Broeck", []),
        "karim": ("medewerker", "Karim El Amrani", ["els"]),
        "sophie": ("medewerker", "Sophie Peeters", ["inge"]),
        "hilde": ("hr", "Hilde Hermans", []),
    }
    for who, (kind, name, coaches) in people.items():
        login = up.person(who)
        extra = [a for c in coaches for a in ("--coach", up.person(c))]
        code, out, err = run(admin, "beheer", "gebruiker", login, "--rol", kind, "--naam", name,
                             *extra, "--wachtwoord", stdin=up.passwords[login] + "\n")  # fmt: skip
        assert code == 0, err
        if who == "els":
            assert "2 notitie(s) uit de oude opslag" in out  # her note and her private note
    for who, plan in (("karim", "karim-el-amrani"), ("sophie", "sophie-peeters")):
        code, _, err = run(admin, "beheer", "overdragen", up.owner, up.person(who), "--plan", plan)
        assert code == 0, err
    karim_url = f"{up.url(up.person('karim'))}?options=-csearch_path%3Dpop"
    code, out, _ = run(karim_url, "toon", "karim", "--json")
    assert code == 0
    mine = json.loads(out)
    notes = {(n["author"], n["text"], n["private"]) for n in mine["coach_notes"]}
    assert notes == {
        (f"Els Jacobs ({up.person('els')}; uit de oude opslag)",
         "Start met korte overlegmomenten van tien minuten.", False),
        (f"Karim El Amrani ({up.person('karim')}; uit de oude opslag)",
         "Ik twijfel nog of ik de nachtploeg wil blijven doen.", True),
    }  # fmt: skip
    assert [(s["role"], s["name"]) for s in mine["sign_offs"]] == [
        ("coach", "Els Jacobs (uit de oude opslag)")
    ]
    code, out, _ = run(f"{up.url(up.person('sophie'))}?options=-csearch_path%3Dpop",
                       "toon", "sophie", "--json")  # fmt: skip
    sophie = json.loads(out)
    assert [(s["role"], s["name"]) for s in sophie["sign_offs"]] == [
        ("employee", "Sophie Peeters (uit de oude opslag)"),
        ("manager", "Inge Van den Broeck (uit de oude opslag)"),
    ]
    assert [n["text"] for n in sophie["coach_notes"]] == ["Akkoord met de MOOC."]
    # Els's private note: hers once Karim shares his plan with her, and nobody else's
    assert run(karim_url, "deel", "karim", "--met", "coach")[0] == 0
    code, out, _ = run(f"{up.url(up.person('els'))}?options=-csearch_path%3Dpop",
                       "toon", "karim", "--json")  # fmt: skip
    assert "Alleen voor mij: hij wil weg uit de nachtploeg." in out
    with psycopg.connect(f"{up.url(up.person('karim'))}?options=-csearch_path%3Dpop") as conn:
        # Attack: read the coach's private note inside the raw documents of old versions
        docs = conn.execute("SELECT document FROM versions").fetchall()
        assert len(docs) == 2
        texts = [zlib.decompress(bytes(d)).decode() for (d,) in docs]
        assert not [t for t in texts if "nachtploeg." in t and "Alleen voor mij" in t]
    code, out, _ = run(f"{up.url(up.person('hilde'))}?options=-csearch_path%3Dpop",
                       "opleidingsplan", "-f", "md", "-o", "-")  # fmt: skip
    assert code == 0 and "2 gedeelde plannen" in out
