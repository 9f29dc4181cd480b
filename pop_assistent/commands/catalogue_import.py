"""`pop catalogus importeer`: an HR spreadsheet becomes a validated leermiddelen YAML file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from pop_assistent.catalogue.importer import import_rows, refuse_overwrite, write_items_yaml
from pop_assistent.catalogue.loader import load_skills
from pop_assistent.catalogue.sheets import read_rows
from pop_assistent.errors import PopError
from pop_assistent.i18n import N_, say

if TYPE_CHECKING:
    from pop_assistent.commands.context import Context


def import_file(args: argparse.Namespace, ctx: Context) -> int:
    """The `importeer` command: read, validate, write YAML, list problems (exit 1 if any)."""
    source = Path(args.bestand)
    target = Path(args.uitvoer) if args.uitvoer else source.with_suffix(".yaml")
    overwrite = bool(getattr(args, "overschrijf", False))
    refuse_overwrite(target, overwrite)  # before the work, so nothing is reported twice
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
    if result.items:
        write_items_yaml(result.items, target, overwrite=overwrite)
    for problem in result.problems:
        ctx.out.write(problem.text(ctx.lang) + "\n")
    for note in result.notes():
        ctx.out.write(note.message(ctx.lang) + "\n")
    ctx.out.write(
        say(
            ctx.lang,
            N_(
                "{count} leermiddel(en) geschreven naar {target}; {skipped} rij(en) overgeslagen.\n"
            ),
            count=len(result.items),
            target=target,
            skipped=result.skipped,
        )
        if result.items
        else ctx.gettext(
            "Geen geldige rijen: er is niets geschreven ({skipped} overgeslagen).\n"
        ).format(skipped=result.skipped)
    )
    return 1 if result.problems else 0
