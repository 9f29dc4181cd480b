"""What HR and a coach are shown can be trusted: nobody appears as someone else, nobody counts
twice, and one broken or hostile plan does not stop the training plan or the coach's overview.

Each employee writes the HR extract of their own plan (the database cannot read inside a
compressed document), so the extract says only what its author wants; the database does know
whose it is. Anna and Bram are employees coached by Carla; Hilde is HR.
"""

from __future__ import annotations

import json
import time
import zlib
from datetime import date
from pathlib import Path

import pytest
from cli_support import OrgCli
from postgres_support import Org, pg_database, pg_org, pg_server, pg_server_info  # noqa: F401
from test_postgres_store import karim, sophie

from pop_assistent.model import Action, ActionType, Plan


@pytest.fixture
def pop(pg_org: Org, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> OrgCli:  # noqa: F811
    return OrgCli(pg_org, capsys, monkeypatch)


def as_file(tmp_path: Path, plan: Plan) -> str:
    path = tmp_path / f"{plan.id}.json"
    path.write_text(plan.to_json(), encoding="utf-8")
    return str(path)


def mba(plan: Plan) -> Plan:
    action = Action(id="a-mba", title="MBA", type=ActionType.external_certified,
                    start=date(2027, 9, 1), hours=600, cost_eur=45000)  # fmt: skip
    return plan.model_copy(update={"actions": [*plan.actions, action]})


def named(plan: Plan, name: str, plan_id: str) -> Plan:
    employee = plan.employee.model_copy(update={"name": name})
    return plan.model_copy(update={"id": plan_id, "employee": employee, "shared": True})


def test_nobody_appears_to_hr_as_someone_else(pop: OrgCli, tmp_path: Path, today: date) -> None:
    bram = named(karim(today), "Bram Bosmans", "bram")
    assert pop("bram", "importeer", as_file(tmp_path, bram))[0] == 0
    # Attack: Anna shares a plan in Bram's name with a 45,000 euro MBA
    forged = mba(named(sophie(today), "Bram Bosmans", "bram-bosmans"))
    assert pop("anna", "importeer", as_file(tmp_path, forged))[0] == 0
    code, out, _ = pop("hilde", "opleidingsplan", "-f", "csv", "-o", "-")
    assert code == 0
    rows = [line.split(";") for line in out.splitlines()[1:]]
    mba_rows = [r for r in rows if r[3] == "MBA"]
    assert [r[1] for r in mba_rows] == ["Anna Aerts"]  # the database knows whose plan it is
    assert {r[1] for r in rows} == {"Anna Aerts", "Bram Bosmans"}


def test_nobody_counts_twice(pop: OrgCli, tmp_path: Path, today: date) -> None:
    # Attack: Anna shares five plans (fake colleagues) to fill cells of the works-council version
    for n in range(5):
        fake = named(sophie(today), f"Collega {n}", f"collega-{n}")
        assert pop("anna", "importeer", as_file(tmp_path, fake))[0] == 0
    bram = named(karim(today), "Bram Bosmans", "bram")
    assert pop("bram", "importeer", as_file(tmp_path, bram))[0] == 0
    code, out, err = pop("hilde", "opleidingsplan", "-f", "md", "-o", "-")
    assert code == 0 and "2 gedeelde plannen" in out
    assert "Collega" not in out and "Anna Aerts" in out
    assert "meer dan één plan" in err  # HR is told why four of Anna's plans do not count


def break_extract(org: Org, who: str, plan_id: str, blob: bytes) -> None:
    """`who` saves a new version of their own plan whose HR extract is `blob`."""
    with org.connect(who) as conn:
        version = conn.execute(
            "SELECT latest_version FROM plans WHERE id = %s", (plan_id,)
        ).fetchone()[0]
        conn.execute(
            "INSERT INTO versions (plan_id, version, saved_at, schema_version, size_bytes, "
            "document, shared, hr_document) SELECT plan_id, version + 1, now(), schema_version, "
            "size_bytes, %s, true, %s FROM versions WHERE plan_id = %s AND version = %s",
            (blob, blob, plan_id, version),
        )


@pytest.mark.parametrize(
    "blob",
    [
        b"not a plan at all",
        zlib.compress(b"{" * 1000),
        zlib.compress(b"0" * (300 * 1024 * 1024), 9),  # 300 MB once inflated
    ],
    ids=["garbage", "broken-json", "zlib-bomb"],
)
def test_one_hostile_plan_does_not_stop_hr_or_the_coach(
    pop: OrgCli, tmp_path: Path, today: date, blob: bytes
) -> None:
    org = pop.org
    assert pop("bram", "importeer", as_file(tmp_path, named(karim(today), "Bram", "bram")))[0] == 0
    assert pop("anna", "importeer", as_file(tmp_path, named(sophie(today), "Anna", "anna")))[0] == 0
    for who, plan_id in (("anna", "anna"), ("bram", "bram")):
        assert pop(who, "deel", plan_id, "--met", "coach")[0] == 0
    # Attack: a plan whose extract and document cannot be read (or would fill the memory)
    break_extract(org, "anna", "anna", blob)
    started = time.monotonic()
    code, out, err = pop("hilde", "opleidingsplan", "-f", "md", "-o", "-")
    assert code == 0 and "1 gedeeld plan" in out and "Bram Bosmans" in out
    assert "Anna Aerts" in err and "niet gelezen" in err
    code, out, err = pop("carla", "coach")
    assert code == 0 and "Bram" in out and "Anna Aerts" in err and "niet gelezen" in err
    assert time.monotonic() - started < 30
    code, _, err = pop("anna", "toon", "anna")  # her own: a sentence, not a traceback
    assert code == 2 and "beschadigd" in err


def test_the_demo_plans_stay_out_of_the_shared_store(pop: OrgCli) -> None:
    # Attack (by accident): 'pop demo' puts two invented people in the organisation's plan
    code, _, err = pop("anna", "demo")
    assert code == 2 and "gedeelde database" in err
    assert pop("anna", "plannen")[1].startswith("Er zijn nog geen plannen")


def test_a_coach_is_never_shown_one_persons_plan_for_anothers(
    pop: OrgCli, tmp_path: Path, today: date
) -> None:
    org = pop.org
    anna = named(sophie(today), "Anna Aerts", "anna")
    assert pop("anna", "importeer", as_file(tmp_path, anna))[0] == 0
    assert pop("anna", "deel", "anna", "--met", "coach")[0] == 0
    # Attack: Bram makes a plan with Anna's id and name (and an MBA) and shares it with their
    # coach, so that 'pop toon anna' or a note or signature for Anna lands on his
    forged = mba(named(karim(today), "Anna Aerts", "anna"))
    assert pop("bram", "importeer", as_file(tmp_path, forged))[0] == 0
    assert pop("bram", "deel", "anna", "--met", "coach")[0] == 0
    for argv in (("toon", "anna"), ("notitie", "anna", "Akkoord."), ("teken", "anna")):
        code, out, err = pop("carla", *argv)
        assert code == 2 and "MBA" not in out, argv
        assert f"{org.login('anna')}/anna" in err and f"{org.login('bram')}/anna" in err
    code, out, _ = pop("carla", "toon", f"{org.login('anna')}/anna", "--json")
    assert code == 0 and "MBA" not in out
    assert pop("carla", "teken", f"{org.login('anna')}/anna")[0] == 0
    code, out, _ = pop("anna", "toon", "anna", "--json")
    assert [s["role"] for s in json.loads(out)["sign_offs"]] == ["coach"]
