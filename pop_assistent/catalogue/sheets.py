"""Reading catalogue spreadsheets (.csv and .xlsx) as rows of cell values."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pop_assistent.errors import PopError
from pop_assistent.i18n import N_

Cell = str | int | float | bool | date | None


def read_rows(path: Path, sheet: str | None = None) -> tuple[list[str], list[list[Cell]]]:
    """Headers and data rows of a .csv or .xlsx file."""
    if not path.is_file():
        raise PopError(N_("Het bestand {path} bestaat niet."), path=path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        rows: list[list[Cell]] = [list(r) for r in _csv_rows(path)]
    elif suffix in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(path, sheet)
    else:
        raise PopError(
            N_("{name}: alleen .csv- en .xlsx-bestanden kunnen ingelezen worden."), name=path.name
        )
    rows = [r for r in rows if any(c not in (None, "") for c in r)]
    if not rows:
        raise PopError(N_("{name} is leeg."), name=path.name)
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
            N_("{name} is geen leesbaar Excel-bestand ({exc})."), name=path.name, exc=exc
        ) from exc
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise PopError(
                N_("Het werkblad '{sheet}' bestaat niet; kies uit {sheets}."),
                sheet=sheet,
                sheets=", ".join(book.sheetnames),
            )
        ws = book[sheet] if sheet else book.worksheets[0]
        out: list[list[Cell]] = []
        for row in ws.iter_rows(values_only=True):
            out.append([v.date() if isinstance(v, datetime) else v for v in row])
        return out
    finally:
        book.close()


def as_text(value: Any) -> str:
    """A cell as trimmed text ('' for empty)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()
