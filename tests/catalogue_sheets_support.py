"""Writing catalogue items as the spreadsheets HR keeps (.csv and .xlsx), to test the import."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from pop_assistent.catalogue.sheets import Cell
from pop_assistent.model.catalogue import CatalogueItem

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
