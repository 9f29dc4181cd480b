"""Spreadsheet import: YAML -> spreadsheet -> import -> the same items; columns are mapped,
Dutch number and yes/no spellings understood, broken rows reported by row number."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from catalogue_sheets_support import write_csv, write_xlsx
from openpyxl import Workbook

from pop_assistent.catalogue import load_catalogue
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
    assert "'zeilen' staat niet in vaardigheden.yaml" in printed
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


def belgian_csv(tmp_path: Path, *rows: list[str]) -> Path:
    path = tmp_path / "be.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(
            [
                "Titel",
                "Soort",
                "Aanbieder",
                "Uren",
                "Prijs",
                "Taal",
                "Startdatum",
                "Locatie",
                "Memo",
            ]
        )
        writer.writerows(rows)
    return path


def test_belgian_sheet_dates_places_languages_and_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = belgian_csv(
        tmp_path,
        ["Excel", "extern", "Syntra", "14", "250", "Nederlands", "15/03/2027", "Gent", "x"],
        ["Word", "extern", "Syntra", "7", "120", "FRANS", "16-03-2027", "Brussel", ""],
        ["Teams", "online", "Syntra", "2", "0", "english", "17.03.2027", "", ""],
        ["Outlook", "intern", "HR", "2", "0", "Duits", "", "", ""],
    )
    out = tmp_path / "be.yaml"
    assert main(["catalogus", "importeer", str(path), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Genegeerde kolommen (niet gekoppeld aan een veld): Memo." in printed
    assert "Startdatum" not in printed and "Locatie" not in printed.split("Genegeerde")[1]
    assert "vorm: klassikaal" in printed and "formeel: true" in printed
    assert "taal:" not in printed  # the language came from a column
    assert "Soort 'extern' gelezen als extern_gecertificeerd (2 rijen)." in printed
    assert "4 leermiddel(en) geschreven" in printed
    items = {i.id: i for i in load_dir_with(tmp_path, out)}
    assert [(s.start, s.place) for s in items["excel"].sessions] == [(date(2027, 3, 15), "Gent")]
    assert [(s.start, s.place) for s in items["word"].sessions] == [(date(2027, 3, 16), "Brussel")]
    assert [(s.start, s.place) for s in items["teams"].sessions] == [(date(2027, 3, 17), "")]
    assert items["outlook"].sessions == []
    assert [items[k].language for k in ("excel", "word", "teams", "outlook")] == [
        "nl",
        "fr",
        "en",
        "de",
    ]
    assert items["excel"].item_type.value == "extern_gecertificeerd"


def test_report_in_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = belgian_csv(tmp_path, ["Excel", "extern", "S", "1", "0", "nl", "", "", "x"])
    assert main(["--taal", "en", "catalogus", "importeer", str(path)]) == 0
    printed = capsys.readouterr().out
    assert "Ignored columns (not mapped to a field): Memo." in printed
    assert "Defaults filled in (no column): niveau: alle, vorm: klassikaal" in printed
    assert "Soort 'extern' read as extern_gecertificeerd (1 row)." in printed
    path.unlink()
    path = belgian_csv(tmp_path, ["Excel", "intern", "S", "1", "0", "nl", "30/02/2027", "", ""])
    out = str(tmp_path / "x.yaml")
    assert main(["--taal", "en", "catalogus", "importeer", str(path), "-o", out]) == 1
    assert "line 2: column 'Startdatum': '30/02/2027' is not a real date" in (
        capsys.readouterr().out
    )


def test_impossible_date_and_unknown_language_name_the_row_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = belgian_csv(
        tmp_path,
        ["Excel", "intern", "S", "1", "0", "nl", "31/02/2027", "Gent", ""],
        ["Word", "intern", "S", "1", "0", "Klingon", "", "", ""],
        ["Teams", "intern", "S", "1", "0", "nl", "", "", ""],
    )
    assert main(["catalogus", "importeer", str(path)]) == 1
    printed = capsys.readouterr().out
    assert "be.csv, regel 2: kolom 'Startdatum': '31/02/2027' is geen bestaande datum" in printed
    assert (
        "be.csv, regel 3: kolom 'Taal': 'Klingon' is geen bekende taal; kies nl, fr, en of de"
        in (printed)
    )
    assert "geldig id" not in printed and "Traceback" not in printed
    assert "1 leermiddel(en) geschreven" in printed and "2 rij(en) overgeslagen" in printed


def test_belgian_dates_in_a_sessions_column(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text(
        "Titel;Type;Duur;Sessies;Plaats\n"
        'A;intern;1;"15/03/2027 / 16/03/2027 @ Gent (12); 20.04.2027";Leuven\n'
        "B;intern;1;15-03-2027;\n",
        encoding="utf-8",
    )
    out = tmp_path / "s.yaml"
    assert main(["catalogus", "importeer", str(path), "-o", str(out)]) == 0
    items = {i.id: i for i in load_dir_with(tmp_path, out)}
    first, second = items["a"].sessions
    assert (first.start, first.end, first.place, first.seats) == (
        date(2027, 3, 15),
        date(2027, 3, 16),
        "Gent",
        12,
    )
    assert (second.start, second.place) == (date(2027, 4, 20), "Leuven")  # place column fills in
    assert items["b"].sessions[0].start == date(2027, 3, 15)


def test_place_without_a_date_column_is_reported_as_ignored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "p.csv"
    path.write_text("Titel;Type;Duur;Locatie\nA;intern;1;Gent\n", encoding="utf-8")
    assert main(["catalogus", "importeer", str(path)]) == 0
    assert "Genegeerde kolommen (niet gekoppeld aan een veld): Locatie." in capsys.readouterr().out


def test_existing_yaml_is_not_overwritten(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pop_assistent.catalogue.importer import write_items_yaml
    from pop_assistent.errors import PopError

    path = belgian_csv(tmp_path, ["Excel", "intern", "S", "1", "0", "nl", "", "", ""])
    out = tmp_path / "be.yaml"
    out.write_text("# van HR\n", encoding="utf-8")
    assert main(["catalogus", "importeer", str(path), "-o", str(out)]) == 2
    assert "bestaat al; kies een andere naam of gebruik --overschrijf." in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "# van HR\n"
    item = load_catalogue(today=TODAY).items[0]
    with pytest.raises(PopError, match="bestaat al"):
        write_items_yaml([item], out)
    write_items_yaml([item], out, overwrite=True)
    assert item.id in out.read_text(encoding="utf-8")
    assert main(["catalogus", "importeer", str(path), "-o", str(out), "--overschrijf"]) == 0
    assert "Excel" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("cell", "value"),
    [("€ 1.000", 1000.0), ("€ 1.250,50", 1250.5), ("3,5", 3.5), ("3.5", 3.5), ("14u", 14.0)],
)
def test_sheet_amounts_are_read_as_the_search_filters_read_them(cell: str, value: float) -> None:
    from pop_assistent.catalogue.importdates import parse_number
    from pop_assistent.commands.catalogue_args import amount

    assert parse_number(cell) == amount(cell) == value
    assert parse_number("veel") == "veel"  # left for validation to name
