"""The attacks of issue 15 through `pop`, each person with their own login.

Anna and Bram are employees coached by Carla; Dirk is a coach without people; Hilde is HR.
Every refusal must come from the database (row-level security, privileges, the store's trigger)
and reach the person as one sentence, never a traceback; what the owner of a plan may do must
still work.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from cli_support import OrgCli
from postgres_support import Org, pg_database, pg_org, pg_server, pg_server_info  # noqa: F401
from test_postgres_store import karim, sophie

from pop_assistent.model import SignerRole, SignOff


@pytest.fixture
def pop(pg_org: Org, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> OrgCli:  # noqa: F811
    return OrgCli(pg_org, capsys, monkeypatch)


@pytest.fixture
def files(tmp_path: Path, today: date) -> dict[str, Path]:
    """Anna's and Bram's plans as exported files, and a forged copy of Bram's."""
    anna = sophie(today).model_copy(update={"id": "anna", "shared": True})
    anna = anna.model_copy(update={"employee": anna.employee.model_copy(update={"name": "Anna"})})
    bram = karim(today).model_copy(update={"id": "bram", "shared": False})
    mba = bram.actions[0].model_copy(
        update={"id": "a-mba", "title": "MBA", "cost_eur": 45000.0, "hours": 600.0}
    )
    forged = bram.model_copy(update={"actions": [*bram.actions, mba]})
    signed = anna.model_copy(
        update={"sign_offs": [SignOff(role=SignerRole.manager, name="De baas", signed_on=today)]}
    )
    out = {}
    for name, plan in (("anna", anna), ("bram", bram), ("forged", forged), ("signed", signed)):
        out[name] = tmp_path / f"{name}.json"
        out[name].write_text(plan.to_json(), encoding="utf-8")
    return out


def test_an_employee_reaches_only_her_own_plan(pop: OrgCli, files: dict[str, Path]) -> None:
    assert pop("anna", "importeer", str(files["anna"]))[0] == 0
    assert pop("bram", "importeer", str(files["bram"]))[0] == 0
    code, out, _ = pop("anna", "plannen")
    assert code == 0 and "anna" in out and "bram" not in out.lower()
    for argv in (
        ("toon", "bram"),  # read a colleague's unshared plan
        ("toon", "bram", "--versie", "1"),  # read an old version
        ("geschiedenis", "bram"),
        ("deel", "bram"),  # share a colleague's plan
        ("deel", "bram", "--met", "coach"),
        ("notitie", "bram", "Mag een MBA volgen."),  # forge a note
        ("teken", "bram", "--als", "leidinggevende"),  # forge a signature
        ("verwijder", "bram", "--ja"),  # delete a colleague's plan and its versions
        ("exporteer", "bram", "--formaat", "json", "-o", "-"),
    ):
        code, out, err = pop("anna", *argv)
        assert code == 2 and "Er is geen plan" in err and "Karim" not in out, argv
    code, out, _ = pop("anna", "coach", "--json")
    assert code == 0 and "bram" not in out
    # Replacing Bram's plan through importeer only makes Anna a copy of her own.
    code, out, _ = pop("anna", "importeer", str(files["forged"]))
    assert code == 0 and "versie 1" in out
    code, out, _ = pop("bram", "toon", "bram", "--json")
    assert code == 0 and "MBA" not in out
    code, out, _ = pop("bram", "geschiedenis", "bram")
    assert code == 0 and pop.org.login("anna") not in out and pop.org.login("bram") in out


def test_a_signature_as_manager_is_refused_by_the_database(
    pop: OrgCli, files: dict[str, Path]
) -> None:
    pop("anna", "importeer", str(files["anna"]))
    code, _, err = pop("anna", "teken", "anna", "--als", "leidinggevende")
    assert code == 2 and "row-level security policy" in err and "weigert" in err
    # A forged signature inside an imported file is not stored; the database said no.
    code, _, err = pop("anna", "importeer", str(files["signed"]))
    assert code == 0 and "leidinggevende (De baas) is niet bewaard" in err
    assert "row-level security" in err
    code, out, _ = pop("anna", "toon", "anna", "--json")
    assert [s["role"] for s in json.loads(out)["sign_offs"]] == []
    assert pop("anna", "teken", "anna")[0] == 0  # her own signature, as employee, is fine
    signs = json.loads(pop("anna", "toon", "anna", "--json")[1])["sign_offs"]
    assert [(s["role"], s["name"]) for s in signs] == [
        ("employee", f"Anna Aerts ({pop.org.login('anna')})")
    ]


def test_a_coach_reads_annotates_and_signs_what_was_shared(
    pop: OrgCli, files: dict[str, Path]
) -> None:
    pop("anna", "importeer", str(files["anna"]))
    assert pop("carla", "toon", "anna")[0] == 2  # not shared with Carla yet
    code, out, _ = pop("anna", "deel", "anna", "--met", "coach")
    assert code == 0 and pop.org.login("carla") in out
    code, out, _ = pop("carla", "toon", "anna")
    assert code == 0 and "Anna" in out
    assert "anna" in pop("carla", "coach", "--json")[1]
    assert pop("carla", "notitie", "anna", "Twijfelt aan de planning.", "--prive")[0] == 0
    assert pop("carla", "notitie", "anna", "Mooi plan.", "--doel", "1")[0] == 0
    assert pop("carla", "teken", "anna", "--als", "leidinggevende")[0] == 0
    mine = json.loads(pop("anna", "toon", "anna", "--json")[1])
    assert [n["text"] for n in mine["coach_notes"]] == ["Mooi plan."]
    assert [s["role"] for s in mine["sign_offs"]] == ["manager"]
    assert "Twijfelt" in pop("carla", "toon", "anna", "--json")[1]
    code, _, err = pop("carla", "verwijder", "anna", "--ja")
    assert code == 2 and "alleen die persoon" in err and "weigert" in err
    code, _, err = pop("carla", "importeer", str(files["anna"]))
    assert code == 2 and "weigert" in err
    code, _, err = pop("anna", "deel", "anna", "--met", pop.org.login("dirk"))
    assert code == 2 and "row-level security" in err  # Dirk is not her coach
    assert pop("anna", "deel", "anna", "--met", "coach", "--stop")[0] == 0
    assert pop("carla", "toon", "anna")[0] == 2
    assert pop("dirk", "toon", "anna")[0] == 2


def test_hr_makes_the_training_plan_from_extracts_only(pop: OrgCli, files: dict[str, Path]) -> None:
    pop("anna", "importeer", str(files["anna"]))
    pop("bram", "importeer", str(files["bram"]))
    assert pop("hilde", "toon", "anna")[0] == 2
    code, out, _ = pop("hilde", "opleidingsplan", "-f", "md", "-o", "-")
    assert code == 0 and "1 gedeeld plan" in out and "Anna" in out and "Karim" not in out
    code, _, err = pop("bram", "opleidingsplan", "-f", "md", "-o", "-")
    assert code == 2 and "niet bij HR" in err  # Bram shared nothing, reads no one's extract


def test_the_owner_still_does_everything_with_her_plan(pop: OrgCli, files: dict[str, Path]) -> None:
    assert pop("anna", "importeer", str(files["anna"]))[0] == 0
    assert pop("anna", "deel", "anna", "--stop")[0] == 0
    assert pop("anna", "deel", "anna")[0] == 0
    assert pop("anna", "notitie", "anna", "Voor mezelf.", "--prive")[0] == 0
    assert pop("anna", "herstel", "anna", "1")[0] == 0
    code, out, _ = pop("anna", "geschiedenis", "anna")
    assert code == 0 and "Door" in out and out.count(pop.org.login("anna")) >= 4
    assert pop("anna", "exporteer", "anna", "--formaat", "md", "-o", "-")[0] == 0
    assert "Voor mezelf." in pop("anna", "toon", "anna", "--json")[1]
    code, out, _ = pop("anna", "verwijder", "anna", "--ja")
    assert code == 0 and "alle 4 versies" in out
    assert pop("anna", "plannen")[1].startswith("Er zijn nog geen plannen")
