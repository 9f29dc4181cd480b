"""`pop catalogus importeer`: turn an HR spreadsheet into a validated leermiddelen YAML file."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from pop_assistent.catalogue.columns import SkillLookup, column_map, row_to_entry
from pop_assistent.catalogue.problems import Problem, error_sentences
from pop_assistent.catalogue.sheets import Cell, read_rows
from pop_assistent.errors import PopError
from pop_assistent.model.catalogue import CatalogueItem, Skill

if TYPE_CHECKING:
    from pop_assistent.commands.context import Context


@dataclass
class ImportResult:
    """What an import produced: valid items and the problems of the rows that were not."""

    items: list[CatalogueItem]
    problems: list[Problem]
    skipped: int


def import_rows(
    headers: list[str],
    rows: list[list[Cell]],
    *,
    name: str,
    spec: str | None,
    skills: list[Skill],
    today: date,
) -> ImportResult:
    """Map, convert and validate rows; row numbers in problems are spreadsheet rows."""
    mapping = column_map(headers, spec)
    lookup = SkillLookup(skills)
    known = {s.id for s in skills}
    items: list[CatalogueItem] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    skipped = 0
    for number, cells in enumerate(rows, start=2):
        entry = row_to_entry(cells, mapping, lookup)
        entry_id = entry.get("id") or None
        try:
            item = CatalogueItem.model_validate(entry)
        except ValidationError as exc:
            for error in exc.errors():
                nl, en = error_sentences(dict(error))
                loc = error.get("loc", ())
                problems.append(
                    Problem(name, number, entry_id, str(loc[0]) if loc else None, nl, en, True)
                )
            skipped += 1
            continue
        if item.id in seen:
            problems.append(
                Problem(
                    name,
                    number,
                    item.id,
                    "id",
                    f"het id '{item.id}' komt twee keer voor; deze rij is overgeslagen",
                    f"the id '{item.id}' occurs twice; this row was skipped",
                    True,
                )
            )
            skipped += 1
            continue
        seen.add(item.id)
        for sid in item.skill_ids:
            if sid not in known:
                problems.append(
                    Problem(
                        name,
                        number,
                        item.id,
                        "vaardigheden",
                        f"de vaardigheid '{sid}' staat niet in de vaardighedenlijst; voeg ze toe "
                        "of verbeter de tikfout",
                        f"the skill '{sid}' is not in the skills list; add it or fix the typo",
                    )
                )
        for session in item.sessions:
            if session.start < today:
                problems.append(
                    Problem(
                        name,
                        number,
                        item.id,
                        "sessies",
                        f"de sessie van {session.start.isoformat()} ligt in het verleden",
                        f"the session of {session.start.isoformat()} is in the past",
                    )
                )
        items.append(item)
    return ImportResult(items, problems, skipped)


def import_file(args: argparse.Namespace, ctx: Context) -> int:
    """The `importeer` command: read, validate, write YAML, list problems (exit 1 if any)."""
    from pop_assistent.catalogue.loader import load_skills
    from pop_assistent.catalogue.writer import items_yaml

    source = Path(args.bestand)
    headers, rows = read_rows(source, args.blad)
    try:
        skills = load_skills(ctx.settings.catalogue_dir)
    except PopError:
        skills = []
    result = import_rows(
        headers,
        rows,
        name=source.name,
        spec=args.kolommen,
        skills=skills,
        today=ctx.settings.today_or_now(),
    )
    target = Path(args.uitvoer) if args.uitvoer else source.with_suffix(".yaml")
    if result.items:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(items_yaml(result.items), encoding="utf-8")
    for problem in result.problems:
        ctx.out.write(problem.text(ctx.lang) + "\n")
    ctx.out.write(
        ctx.tr(
            f"{len(result.items)} leermiddel(en) geschreven naar {target}; "
            f"{result.skipped} rij(en) overgeslagen.\n",
            f"{len(result.items)} resource(s) written to {target}; "
            f"{result.skipped} row(s) skipped.\n",
        )
        if result.items
        else ctx.tr(
            f"Geen geldige rijen: er is niets geschreven ({result.skipped} overgeslagen).\n",
            f"No valid rows: nothing was written ({result.skipped} skipped).\n",
        )
    )
    return 1 if result.problems else 0
