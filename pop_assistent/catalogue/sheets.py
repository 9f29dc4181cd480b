"""Reading and writing catalogue spreadsheets (.csv and .xlsx) as rows of cell values."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pop_assistent.errors import PopError
from pop_assistent.model.catalogue import CatalogueItem

Cell = str | int | float | bool | date | None

EXPORT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("ID", "id"),
    ("Titel", "titel"),
    ("Type", "type"),
    ("Aanbieder", "aanbieder"),
    ("Thema", "thema"),
    ("Sectoren", "sectoren"),
    ("Beschrijving", "beschrijving"),
    ("Vaardigheden", "vaardigheden"),
    ("Niveau", "niveau"),
    ("Taal", "taal"),
    ("Vorm", "vorm"),
    ("Duur (uren)", "duur_uren"),
    ("Prijs excl. btw", "kostprijs_eur"),
    ("Certificaat", "certificaat"),
    ("Geldigheid (jaren)", "geldigheid_jaren"),
    ("Formeel", "formeel"),
    ("Wettelijk verplicht", "wettelijk_verplicht"),
    ("Voorwaarden", "voorwaarden"),
    ("Sessies", "sessies"),
    ("URL", "url"),
)
"""Columns of an exported catalogue: the headers HR sees, and the field each one holds."""


def read_rows(path: Path, sheet: str | None = None) -> tuple[list[str], list[list[Cell]]]:
    """Headers and data rows of a .csv or .xlsx file."""
    if not path.is_file():
        raise PopError(f"Het bestand {path} bestaat niet.", f"The file {path} does not exist.")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        rows: list[list[Cell]] = [list(r) for r in _csv_rows(path)]
    elif suffix in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(path, sheet)
    else:
        raise PopError(
            f"{path.name}: alleen .csv- en .xlsx-bestanden kunnen ingelezen worden.",
            f"{path.name}: only .csv and .xlsx files can be imported.",
        )
    rows = [r for r in rows if any(c not in (None, "") for c in r)]
    if not rows:
        raise PopError(f"{path.name} is leeg.", f"{path.name} is empty.")
    headers = [str(h).strip() if h is not None else "" for h in rows[0]]
    return headers, rows[1:]


def _csv_rows(path: Path) -> list[list[str]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        text = path.read_text(encoding="cp1252")  # Excel on Windows saves CSV this way
    first = text.splitlines()[0] if text else ""
    delimiter = ";" if first.count(";") > first.count(",") else ","
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def _xlsx_rows(path: Path, sheet: str | None) -> list[list[Cell]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise PopError(
            f"{path.name} is geen leesbaar Excel-bestand ({exc}).",
            f"{path.name} is not a readable Excel file ({exc}).",
        ) from exc
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise PopError(
                f"Het werkblad '{sheet}' bestaat niet; kies uit {', '.join(book.sheetnames)}.",
                f"The sheet '{sheet}' does not exist; choose from {', '.join(book.sheetnames)}.",
            )
        ws = book[sheet] if sheet else book.worksheets[0]
        out: list[list[Cell]] = []
        for row in ws.iter_rows(values_only=True):
            out.append([v.date() if isinstance(v, datetime) else v for v in row])
        return out
    finally:
        book.close()


def sessions_cell(item: CatalogueItem) -> str:
    """Sessions as one cell: `2027-03-01/2027-03-02 @ Gent (12); ...`."""
    parts = []
    for s in item.sessions:
        text = s.start.isoformat() + (f"/{s.end.isoformat()}" if s.end else "")
        if s.place:
            text += f" @ {s.place}"
        if s.seats is not None:
            text += f" ({s.seats})"
        parts.append(text)
    return "; ".join(parts)


def item_cells(item: CatalogueItem) -> list[Cell]:
    """One spreadsheet row for an item, in EXPORT_COLUMNS order."""
    values: dict[str, Cell] = {
        "id": item.id,
        "titel": item.title,
        "type": item.item_type.value,
        "aanbieder": item.provider,
        "thema": item.theme,
        "sectoren": "; ".join(item.sectors),
        "beschrijving": item.description,
        "vaardigheden": "; ".join(item.skill_ids),
        "niveau": item.level.value,
        "taal": item.language,
        "vorm": item.form.value,
        "duur_uren": item.hours,
        "kostprijs_eur": item.cost_eur,
        "certificaat": "ja" if item.certificate else "nee",
        "geldigheid_jaren": item.validity_years,
        "formeel": "ja" if item.formal else "nee",
        "wettelijk_verplicht": "ja" if item.legally_required else "nee",
        "voorwaarden": "; ".join(item.prerequisites),
        "sessies": sessions_cell(item),
        "url": item.url or "",
    }
    return [values[field] for _, field in EXPORT_COLUMNS]


def write_xlsx(items: Sequence[CatalogueItem], path: Path) -> None:
    """Export items to an .xlsx that `pop catalogus importeer` reads back unchanged."""
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Leermiddelen"
    ws.append([header for header, _ in EXPORT_COLUMNS])
    for item in items:
        ws.append(list(item_cells(item)))
    book.save(path)


def write_csv(items: Sequence[CatalogueItem], path: Path) -> None:
    """Export items to a semicolon-separated CSV (what Excel uses in Belgium)."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow([header for header, _ in EXPORT_COLUMNS])
        for item in items:
            writer.writerow(["" if c is None else c for c in item_cells(item)])


def as_text(value: Any) -> str:
    """A cell as trimmed text ('' for empty)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()
