"""`pop beheer` as the administrator uses it, on a real server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import psycopg
import pytest
from cli_support import run_with as run
from postgres_support import (  # noqa: F401
    Database,
    Org,
    _drop_roles,
    pg_database,
    pg_org,
    pg_server,
    pg_server_info,
)
from test_postgres_store import sophie

from pop_assistent.cli import main
from pop_assistent.storage.postgres import PostgresStore


@pytest.fixture
def fresh(pg_database: Database) -> Iterator[Org]:  # noqa: F811
    """A schema nothing is installed in yet (the owner's first `pop beheer installeer`)."""
    import secrets

    org = Org(pg_database, f"t{secrets.token_hex(4)}")
    yield org
    with org.superuser() as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{org.schema}" CASCADE')
        _drop_roles(conn, org.prefix)


def test_install_is_safe_to_repeat_and_people_can_connect(
    fresh: Org, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = fresh.url("beheer")
    code, out, _ = run(capsys, monkeypatch, admin, "beheer", "installeer")
    assert code == 0 and f"schema {fresh.schema}: aangemaakt" in out
    assert f"{fresh.prefix}_medewerker" in out
    code, out, _ = run(capsys, monkeypatch, admin, "beheer", "installeer")
    assert code == 0 and "was al bij" in out
    code, _, err = run(
        capsys, monkeypatch, admin, "beheer", "gebruiker", fresh.login("eva"), "--rol",
        "medewerker", "--coach", fresh.login("niemand"),
    )  # fmt: skip
    assert code == 2 and "is geen coach in de opslag" in err
    code, _, err = run(
        capsys, monkeypatch, admin, "beheer", "gebruiker", fresh.login("eva"), "--rol",
        "medewerker", "--wachtwoord", stdin="kort\n",
    )  # fmt: skip
    assert code == 2 and "minstens 12 tekens" in err
    secret = "Eva's wachtwoord:%@/#1"
    code, out, err = run(
        capsys, monkeypatch, admin, "beheer", "gebruiker", fresh.login("eva"), "--rol",
        "medewerker", "--naam", "Eva Eeckhout", "--wachtwoord", stdin=secret + "\n",
    )  # fmt: skip
    assert code == 0 and "aangemaakt" in out and f"{fresh.login('eva')}:WACHTWOORD" in out
    assert secret not in out + err
    fresh.passwords["eva"] = secret
    with PostgresStore(fresh.url("eva")) as store:
        assert store.list_plans() == []
    with fresh.superuser() as conn:  # the server holds a SCRAM verifier, never the password
        stored = conn.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (fresh.login("eva"),)
        ).fetchone()
    assert stored[0].startswith("SCRAM-SHA-256$") and secret not in stored[0]


def test_administration_needs_the_owner(
    pg_org: Org,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, _, err = run(capsys, monkeypatch, pg_org.url("anna"), "beheer", "overzicht")
    assert code == 2 and "met de login die eigenaar is" in err
    code, _, err = run(capsys, monkeypatch, pg_org.url("anna"), "beheer", "installeer")
    assert code == 2 and "installeer met die login" in err
    code, _, err = run(
        capsys, monkeypatch, pg_org.url("beheer"), "beheer", "gebruiker", pg_org.db.owner,
        "--rol", "medewerker",
    )  # fmt: skip
    assert code == 2 and "de eigenaar of een groepsrol" in err
    monkeypatch.delenv("POP_DATABASE_URL")
    code = main(["beheer", "overzicht"])
    assert code == 2 and "gedeelde PostgreSQL-database" in capsys.readouterr().err


def test_overview_removal_and_hand_over(
    pg_org: Org,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    today: date,
) -> None:
    admin = pg_org.url("beheer")
    for who in ("anna", "bram", "carla"):
        with pg_org.store(who) as store:
            store.save(sophie(today).model_copy(update={"id": f"plan-{who}"}), None)
    with pg_org.store("anna") as store:
        store.share_with("plan-anna", pg_org.login("carla"), True)
    with pg_org.store("carla") as store:
        store.add_note("plan-anna", "Alleen voor mij.", private=True, goal_id=None, on=today)
        store.add_note("plan-anna", "Voor Anna.", private=False, goal_id=None, on=today)
    code, out, _ = run(capsys, monkeypatch, admin, "beheer", "overzicht")
    assert code == 0 and "Carla Coene" in out
    line = next(row for row in out.splitlines() if row.startswith("plan-anna"))
    assert pg_org.login("carla") in line and pg_org.login("hilde") in line  # shared, HR extract
    code, _, err = run(capsys, monkeypatch, admin, "beheer", "verwijder", pg_org.login("bram"),
                       "--wissen")  # fmt: skip
    assert code == 2 and "--ja" in err  # no terminal to confirm in
    code, out, _ = run(capsys, monkeypatch, admin, "beheer", "verwijder", pg_org.login("bram"),
                       "--wissen", "--ja")  # fmt: skip
    assert code == 0 and "1 plan(nen), 1 versie(s)" in out and "gewist" in out
    code, out, _ = run(
        capsys, monkeypatch, admin, "beheer", "verwijder", pg_org.login("carla"),
        "--overdragen-aan", pg_org.login("dirk"), "--ja",
    )  # fmt: skip
    assert code == 0 and f"gaan naar {pg_org.login('dirk')}" in out
    assert "Gewiste privénotities op andere plannen: 1" in out
    with pg_org.superuser() as conn:
        logins = {r for (r,) in conn.execute("SELECT rolname FROM pg_roles")}
        assert pg_org.login("bram") not in logins and pg_org.login("carla") not in logins
        rows = conn.execute(f'SELECT owner, id FROM "{pg_org.schema}".plans ORDER BY 2').fetchall()
        assert rows == [(pg_org.login("anna"), "plan-anna"), (pg_org.login("dirk"), "plan-carla")]
        notes = conn.execute(f'SELECT body FROM "{pg_org.schema}".notes').fetchall()
        assert notes == [("Voor Anna.",)]
    code, out, _ = run(capsys, monkeypatch, admin, "beheer", "overdragen", pg_org.login("dirk"),
                       pg_org.login("anna"), "--plan", "plan-carla")  # fmt: skip
    assert code == 0 and "1 plan(nen)" in out
    with pg_org.store("anna") as store:
        assert [p.plan_id for p in store.list_plans()] == ["plan-anna", "plan-carla"]
        assert [v.saved_by for v in store.history("plan-carla")] == [pg_org.login("carla")]
    with psycopg.connect(admin, autocommit=True) as conn:  # the owner reads no plan contents
        assert conn.execute("SELECT count(*) FROM versions").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM notes").fetchone() == (0,)
