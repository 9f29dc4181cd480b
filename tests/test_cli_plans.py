"""The plan commands end to end through `pop_assistent.cli.main`, on a real store."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from cli_support import run

from pop_assistent.cli import main
from pop_assistent.model import Plan

Capture = pytest.CaptureFixture[str]


def assert_user_error(code: int, err: str, fragment: str) -> None:
    assert code == 2
    assert err.startswith("pop: ") and err.count("\n") == 1, err
    assert fragment in err
    assert "Traceback" not in err


class Terminal(io.StringIO):
    """Typed answers on a terminal-like stdin."""

    def isatty(self) -> bool:
        return True


def test_demo_creates_two_plans_and_is_idempotent(capsys: Capture) -> None:
    code, out, _ = run(capsys, "demo")
    assert code == 0
    assert "Sophie Peeters" in out and "Karim El Amrani" in out
    assert out.count("versie 1") == 2
    assert "pop toon sophie" in out and "pop exporteer sophie --formaat pdf" in out
    code, out, _ = run(capsys, "demo")
    assert code == 0 and "ongewijzigd" in out
    _, out, _ = run(capsys, "geschiedenis", "karim")
    assert "\n1 " in out and "\n2 " not in out


def test_plannen_lists_the_plans(capsys: Capture) -> None:
    code, out, _ = run(capsys, "plannen")
    assert code == 0 and "pop demo" in out
    run(capsys, "demo")
    code, out, _ = run(capsys, "plannen")
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["Naam", "Functie", "Afdeling"]
    assert lines[2].startswith("Karim El Amrani") and lines[3].startswith("Sophie Peeters")
    assert "Onderhoud" in lines[2] and "Administra" in lines[3]
    assert max(len(line) for line in lines) <= 80  # fits a terminal of 80 columns
    _, out, _ = run(capsys, "--taal", "en", "plannen")
    assert out.split()[:2] == ["Name", "Role"]


def test_toon_shows_a_readable_plan_and_json(capsys: Capture) -> None:
    run(capsys, "demo")
    code, out, _ = run(capsys, "toon", "soph")
    assert code == 0
    for fragment in (
        "Plan van Sophie Peeters",
        "Zelfevaluatie",
        "Doelen",
        "Acties",
        "Opvolgmomenten",
        "Handtekeningen",
        "Deadline: 30-06-2027",
        "12 uur",
    ):
        assert fragment in out
    code, out, _ = run(capsys, "toon", "sophie-peeters", "--json")
    plan = Plan.from_json(out)
    assert plan.employee.name == "Sophie Peeters"
    _, out, _ = run(capsys, "--taal", "en", "toon", "karim")
    assert "Plan of Karim El Amrani" in out and "Goals" in out


@pytest.mark.parametrize("ref", ["xyz", "[bold]x[/bold]", "\x1b[31m\x00", "x" * 100_000])
def test_unknown_plan_is_one_line_on_stderr(capsys: Capture, ref: str) -> None:
    run(capsys, "demo")
    code, out, err = run(capsys, "toon", ref)
    assert_user_error(code, err, "Er is geen plan dat")
    assert "Sophie Peeters (sophie-peeters)" in err and out == ""


def test_history_restore_and_old_versions(capsys: Capture, tmp_path: Path) -> None:
    run(capsys, "demo")
    _, exported, _ = run(capsys, "toon", "sophie", "--json")
    doc = json.loads(exported)
    doc["employee"]["department"] = "Financiën"
    changed = tmp_path / "sophie.json"
    changed.write_text(json.dumps(doc), encoding="utf-8")
    code, out, _ = run(capsys, "importeer", str(changed))
    assert code == 0 and "bestond al" in out and "versie 2" in out

    code, out, _ = run(capsys, "geschiedenis", "sophie")
    assert code == 0
    assert "demo aangemaakt" in out and "geïmporteerd uit sophie.json" in out
    _, out, _ = run(capsys, "toon", "sophie", "--versie", "1", "--json")
    assert Plan.from_json(out).employee.department == "Administratie"

    code, out, _ = run(capsys, "herstel", "sophie", "1")
    assert code == 0 and "teruggezet als versie 3" in out
    _, out, _ = run(capsys, "toon", "sophie", "--json")
    assert Plan.from_json(out).employee.department == "Administratie"
    _, out, _ = run(capsys, "--taal", "en", "geschiedenis", "sophie")
    assert "Restored from version 1" in out
    code, _, err = run(capsys, "herstel", "sophie", "9")
    assert_user_error(code, err, "geen versie 9")


def test_import_explains_bad_json_and_invalid_plans(capsys: Capture, tmp_path: Path) -> None:
    broken = tmp_path / "kapot.json"
    broken.write_text('{"id": "x",\n  "employee": }', encoding="utf-8")
    code, _, err = run(capsys, "importeer", str(broken))
    assert_user_error(code, err, "kapot.json is geen geldige JSON (regel 2")

    invalid = tmp_path / "fout.json"
    invalid.write_text(
        json.dumps(
            {
                "schema_version": 1,
                "id": "fout",
                "created_on": "2026-11-24",
                "employee": {"name": "Lien", "hours_per_week": 99},
                "goals": [{"text": ""}],
            }
        ),
        encoding="utf-8",
    )
    code, _, err = run(capsys, "importeer", str(invalid))
    assert_user_error(code, err, "fout.json is geen geldig plan")
    assert "Het aantal uren per week mag hoogstens 40 zijn." in err
    assert "Doel 1: de tekst mag niet leeg zijn." in err

    code, _, err = run(capsys, "importeer", str(tmp_path / "bestaat-niet.json"))
    assert_user_error(code, err, "bestaat niet")
    binary = tmp_path / "foto.json"
    binary.write_bytes(b"\xff\xd8\xff\xe0")
    code, _, err = run(capsys, "importeer", str(binary))
    assert_user_error(code, err, "geen tekstbestand")
    assert run(capsys, "plannen")[1].startswith("Er zijn nog geen plannen")


def test_import_migrates_an_old_document(capsys: Capture, tmp_path: Path) -> None:
    old = tmp_path / "oud.json"
    old.write_text(
        json.dumps(
            {
                "id": "lien-claes",
                "created_on": "2023-01-10",
                "name": "Lien Claes",
                "role": "Verpleegkundige",
                "checkins": [{"planned_for": "2023-06-01"}],
            }
        ),
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "importeer", str(old))
    assert code == 0
    assert "schemaversie 0" in out and "geïmporteerd (id lien-claes, versie 1)" in out
    _, out, _ = run(capsys, "toon", "lien", "--json")
    plan = Plan.from_json(out)
    assert plan.employee.role == "Verpleegkundige" and len(plan.check_ins) == 1


def test_verwijder_needs_a_confirmation(capsys: Capture, monkeypatch: pytest.MonkeyPatch) -> None:
    run(capsys, "demo")
    monkeypatch.setattr(sys, "stdin", io.StringIO("ja\n"))  # not a terminal
    code, _, err = run(capsys, "verwijder", "karim")
    assert_user_error(code, err, "--ja")

    monkeypatch.setattr(sys, "stdin", Terminal("nee\n"))
    code, out, _ = run(capsys, "verwijder", "karim")
    assert code == 1 and "Typ ja om het plan van Karim El Amrani" in out
    assert "Er is niets verwijderd." in out

    monkeypatch.setattr(sys, "stdin", Terminal("ja\n"))
    code, out, _ = run(capsys, "verwijder", "karim")
    assert code == 0 and "zijn enige versie" in out
    code, _, err = run(capsys, "toon", "karim")
    assert_user_error(code, err, "Er is geen plan dat 'karim' heet")

    run(capsys, "demo")  # sophie unchanged; karim is back as version 1
    code, out, _ = run(capsys, "verwijder", "sophie", "--ja")
    assert code == 0 and "Verwijderd" in out
    _, out, _ = run(capsys, "plannen")
    assert "Sophie" not in out and "Karim" in out


def test_a_bad_version_number_is_an_argument_error(capsys: Capture) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["toon", "sophie", "--versie", "twee"])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "geen geldig geheel getal" in err and "Traceback" not in err


def test_help_is_in_dutch(capsys: Capture) -> None:
    with pytest.raises(SystemExit):
        main(["verwijder", "--help"])
    out = capsys.readouterr().out
    assert "definitief" in out and "bevestiging" in out


def test_demo_says_when_a_plan_with_the_same_first_name_exists(capsys: Capture) -> None:
    from datetime import date

    from pop_assistent.config import load_settings
    from pop_assistent.demo import demo_plans
    from pop_assistent.storage import open_store

    own = demo_plans(date(2026, 11, 24))[0].model_copy(deep=True)
    own.id = "sophie"
    own.employee.name = "Sophie"
    open_store(load_settings()).save(own, None, note="eigen plan")
    code, out, _ = run(capsys, "demo")
    assert code == 0
    demo_id = demo_plans(date(2026, 11, 24))[0].id
    assert (
        f"Let op: er is al een plan 'Sophie' (sophie). Het voorbeeld heet 'Sophie Peeters' "
        f"({demo_id})." in out
    )
    assert "Karim" not in out.split("Let op")[1].splitlines()[0]
    assert out.count("Let op") == 1
    assert f"pop toon {demo_id} " in out  # the hint opens the example, not her own plan
    code, out, _ = run(capsys, "--taal", "en", "demo")
    assert "Note: there is already a plan 'Sophie' (sophie)." in out
