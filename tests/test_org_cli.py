"""`pop opleidingsplan` and `pop deel` as a user runs them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from cli_support import run
from openpyxl import load_workbook
from org_support import hand_plans

from pop_assistent.demo import karim


def test_demo_plans_make_a_training_plan_at_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, "demo")[0] == 0
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "opleidingsplan")
    assert code == 0
    target = tmp_path / "opleidingsplan-2027.pdf"  # today 2026-11-24: the coming year
    assert target.read_bytes().startswith(b"%PDF") and str(target) in err
    assert target.stat().st_mode & 0o077 == 0  # personal data: owner only
    code, out, _ = run(capsys, "opleidingsplan", "-f", "md", "-o", "-")
    assert "2 gedeelde plannen" in out and "VCA-VOL" in out and "Sophie Peeters" in out


def test_share_and_unshare(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "demo")
    code, out, _ = run(capsys, "deel", "karim", "--stop")
    assert code == 0 and "niet meer gedeeld" in out
    out = run(capsys, "opleidingsplan", "-f", "md", "-o", "-")[1]
    assert "1 gedeeld plan " in out and "Karim" not in out
    assert "al gedeeld" in run(capsys, "deel", "sophie")[1]
    assert "nu gedeeld" in run(capsys, "deel", "karim")[1]


def test_no_shared_plans_is_one_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "opleidingsplan", "-f", "md", "-o", "-")
    assert code == 2 and "pop demo" in err and "Traceback" not in err


def write_folder(folder: Path) -> None:
    folder.mkdir()
    for plan in hand_plans():
        (folder / f"{plan.id}.json").write_text(plan.to_json(), encoding="utf-8")
    private = karim(hand_plans()[0].created_on).model_copy(update={"shared": False})
    (folder / "karim.json").write_text(private.to_json(), encoding="utf-8")
    (folder / "kapot.json").write_text("{ dit is geen json", encoding="utf-8")
    (folder / "leeg-plan.json").write_text('{"id": "x"}', encoding="utf-8")
    (folder / "binair.json").write_bytes(b"\xff\xfe\x00")
    (folder / "ann-kopie.json").write_text(hand_plans()[0].to_json(), encoding="utf-8")
    (folder / "notities.txt").write_text("geen plan", encoding="utf-8")


def test_folder_counts_every_valid_file_and_names_the_broken_ones(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "plannen"
    write_folder(folder)
    code, out, err = run(capsys, "opleidingsplan", str(folder), "-f", "csv", "-o", "-")
    assert code == 0
    lines = err.strip().splitlines()
    assert len(lines) == 4  # kapot, leeg-plan, binair, and the copy of Ann's plan
    assert all(line.startswith("pop: ") and "overgeslagen" in line for line in lines)
    assert any("kapot.json is geen geldige JSON" in line for line in lines)
    assert any("ann.json bevat hetzelfde plan (ann) als ann-kopie.json" in line for line in lines)
    # The four hand plans plus Karim's (exported, so counted even though not shared); Dina's
    # only action has no date, so she has no row in the plan year.
    employees = {row.split(";")[1] for row in out.strip().splitlines()[1:]}
    assert employees == {"Ann Aerts", "Bram Bosmans", "Chris Claes", "Karim El Amrani"}
    assert "Er is 1 actie" not in out  # the remark is in the documents, not in the csv rows


def test_department_year_and_xlsx_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "plannen"
    write_folder(folder)
    args = [str(folder), "--afdeling", "logistiek", "--jaar", "2027", "-f", "xlsx"]
    code, _, err = run(capsys, "opleidingsplan", *args, "-o", str(tmp_path))
    assert code == 0
    book = load_workbook(io.BytesIO((tmp_path / "opleidingsplan-2027-logistiek.xlsx").read_bytes()))
    overview = [row for row in book["Overzicht"].iter_rows(min_row=2, values_only=True)]
    assert [row[0] for row in overview] == ["Logistiek", "Totaal"]
    assert overview[0][4] == 21  # hours, as counted by hand in test_org_aggregate
    actions = [r[1] for r in book["Acties"].iter_rows(min_row=2, values_only=True)]
    assert sorted(set(actions)) == ["Ann Aerts", "Bram Bosmans"]
    # A department cannot have a works-council version of its own (two could be subtracted).
    code, _, err = run(capsys, "opleidingsplan", *args, "-o", str(tmp_path), "--pseudoniem")
    assert code == 2 and "altijd over de hele organisatie" in err and "--afdeling" in err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--jaar", "1999"], "tussen 2000 en 2100"),
        (["--afdeling", "Verkoop"], "Afdelingen met plannen"),
        (["-f", "pdf", "-o", "/bestaat/niet/plan.pdf"], "bestaat niet"),
        (["/bestaat/niet"], "bestaat niet"),
    ],
)
def test_mistakes_are_one_dutch_sentence(
    capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    run(capsys, "demo")
    code, _, err = run(capsys, "opleidingsplan", *argv)
    assert code == 2 and expected in err and "Traceback" not in err
