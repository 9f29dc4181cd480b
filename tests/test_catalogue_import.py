"""Spreadsheet import: YAML -> spreadsheet -> import -> the same items; columns are mapped,
Dutch number and yes/no spellings understood, broken rows reported by row number."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from pop_assistent.catalogue import load_catalogue
from pop_assistent.catalogue.sheets import write_csv, write_xlsx
from pop_assistent.cli import main
from pop_assistent.model.catalogue import CatalogueItem
from pop_assistent.paths import resource_dir

TODAY = date(2026, 11, 24)


def load_dir_with(tmp_path: Path, yaml_file: Path) -> list[CatalogueItem]:
    """Load a copy of the shipped skills with only this items file."""
    folder = tmp_path / "check"
    (folder / "leermiddelen").mkdir(parents=True)
    (folder / "vaardigheden.yaml").write_bytes(
        (resource_dir("catalogus") / "vaardigheden.yaml").read_bytes()
    )
    (folder / "functieprofielen.yaml").write_text("[]\n", encoding="utf-8")
    (folder / "leermiddelen" / "import.yaml").write_bytes(yaml_file.read_bytes())
    catalogue = load_catalogue(folder, today=TODAY)
    assert [p.text() for p in catalogue.problems] == []
    return catalogue.items


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_round_trip_keeps_every_item_equal(tmp_path: Path, kind: str) -> None:
    original = load_catalogue(today=TODAY).items
    sheet = tmp_path / f"catalogus.{kind}"
    (write_xlsx if kind == "xlsx" else write_csv)(original, sheet)
    out = tmp_path / "import.yaml"
    assert main(["catalogus", "importeer", str(sheet), "-o", str(out)]) == 0
    assert load_dir_with(tmp_path, out) == original


def test_hr_spreadsheet_with_own_headers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.append(
        [
            "Opleiding",
            "Soort",
            "Leverancier",
            "Aantal uren",
            "Prijs",
            "Competenties",
            "Attest",
            "Wettelijk",
            "Data",
            "Locatie",
        ]
    )
    ws.append(
        [
            "Excel voor controllers",
            "extern",
            "Digitaal Leercentrum",
            "14",
            "€ 1.250,50",
            "Excel; Data-analyse",
            "ja",
            "nee",
            "03/03/2027 / 10/03/2027 @ Gent (12)",
            "Gent",
        ]
    )
    ws.append(
        [
            "Heftruck opfrissing",
            "Workshop",
            "Logistiek Opleidingscentrum",
            4,
            180,
            "heftruck",
            "x",
            "ja",
            "",
            "",
        ]
    )
    ws.append(["Kapotte rij", "intern", "", "veel", "-5", "", "", "", "", ""])
    path = tmp_path / "hr.xlsx"
    book.save(path)
    out = tmp_path / "hr.yaml"
    code = main(["catalogus", "importeer", str(path), "-o", str(out), "--kolommen", "Data=sessies"])
    printed = capsys.readouterr().out
    assert code == 1  # one broken row
    assert "hr.xlsx, regel 4, kapotte-rij, veld duur_uren" in printed
    assert "kostprijs_eur" in printed and "negatief" in printed
    assert "2 leermiddel(en) geschreven" in printed and "1 rij(en) overgeslagen" in printed
    items = {i.id: i for i in load_dir_with(tmp_path, out)}
    excel = items["excel-voor-controllers"]
    assert excel.cost_eur == 1250.5 and excel.hours == 14 and excel.certificate
    assert excel.skill_ids == ["rekenbladen", "data-analyse"]  # labels and synonyms become ids
    assert excel.sessions[0].start == date(2027, 3, 3) and excel.sessions[0].end == date(
        2027, 3, 10
    )
    assert excel.sessions[0].place == "Gent" and excel.sessions[0].seats == 12
    forklift = items["heftruck-opfrissing"]
    assert forklift.item_type.value == "event" and forklift.legally_required


def test_unknown_skill_and_past_session_are_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "lijst.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Titel", "Type", "Duur", "Kostprijs", "Vaardigheden", "Sessies"])
        writer.writerow(["Zeilen", "event", "3", "0", "zeilen", "2026-01-05 @ Oostende"])
    assert main(["catalogus", "importeer", str(path)]) == 1
    printed = capsys.readouterr().out
    assert "'zeilen' staat niet in de vaardighedenlijst" in printed
    assert "2026-01-05 ligt in het verleden" in printed
    assert (tmp_path / "lijst.yaml").is_file()


def test_bad_column_spec_and_missing_title_are_clear(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Naamloos;Uren\nA;3\n", encoding="utf-8")
    assert main(["catalogus", "importeer", str(path)]) == 2
    assert "Geen kolom met de titel" in capsys.readouterr().err
    assert main(["catalogus", "importeer", str(path), "--kolommen", "Naamloos=naam"]) == 2
    assert "geen veld van een leermiddel" in capsys.readouterr().err
    assert main(["catalogus", "importeer", str(tmp_path / "x.pdf")]) == 2
    assert main(["catalogus", "importeer", str(path), "--kolommen", "Naamloos=titel"]) == 1
