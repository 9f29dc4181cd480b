"""Organisation command: `pop opleidingsplan`, the training plan (sharing is commands/sharing.py).

Only argparse is imported at module level; the aggregation, renderers and store load inside.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from pop_assistent.commands.arguments import add_output, whole_number
from pop_assistent.i18n import _

if TYPE_CHECKING:
    from collections.abc import Iterable

    from pop_assistent.commands.context import Context
    from pop_assistent.model import Plan

FORMATS = ("md", "html", "pdf", "csv", "xlsx")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `opleidingsplan`."""
    p = sub.add_parser(
        "opleidingsplan",
        help=_("maak het opleidingsplan van de organisatie uit de gedeelde plannen"),
        description=(
            _(
                "Maak het opleidingsplan van de organisatie (of van een afdeling): visie op leren, "
                "behoeften per competentie en afdeling, de vier prioriteitsclusters (strategisch, "
                "wettelijk verplicht, gevraagd door leidinggevenden, gevraagd vanuit de "
                "werkvloer), "
                "uren en kosten, formeel en informeel leren, opleidingsdagen per VTE tegenover het "
                "doel, budget per afdeling en wettelijke attesten die vervallen. Zonder MAP telt "
                "elk gedeeld plan uit de database mee. Met MAP telt elk plan-bestand (.json) in "
                "die "
                "map mee, gedeeld of niet: wie een plan exporteerde en afgaf, koos al om het te "
                "delen."
            )
        ),
    )
    p.add_argument(
        "map", metavar=_("MAP"), nargs="?", help=_("map met geëxporteerde plannen (.json)")
    )
    p.add_argument(
        "--afdeling",
        action="append",
        metavar=_("NAAM"),
        help=_("alleen deze afdeling (herhaal de optie of scheid met komma's voor meer)"),
    )
    p.add_argument(
        "--jaar",
        type=whole_number,
        metavar=_("JAAR"),
        help=_(
            "het jaar van het plan (standaard: vanaf oktober het komende jaar, anders dit jaar)"
        ),
    )
    p.add_argument(
        "-f",
        "--formaat",
        choices=FORMATS,
        default="pdf",
        help=_("pdf (standaard), html, md (Markdown), csv of xlsx (rekenblad)"),
    )
    add_output(p)
    p.add_argument(
        "--pseudoniem",
        action="store_true",
        help=(
            _(
                "versie voor de ondernemingsraad: geen namen, functies of lijst per persoon, elke "
                "cel over minstens 5 mensen"
            )
        ),
    )
    p.add_argument(
        "--min-groep",
        type=whole_number,
        metavar=_("N"),
        help=_(
            "met --pseudoniem: het kleinste aantal mensen per cel (minstens 3; standaard 5 of "
            "[org] min_group_size)"
        ),
    )
    p.set_defaults(func=run_training_plan)


def default_year(today_year: int, month: int) -> int:
    """From October on, the plan is for the coming year; before that, for this one."""
    return today_year + 1 if month >= 10 else today_year


def _departments(values: list[str] | None) -> list[str]:
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


def _plans(args: argparse.Namespace, ctx: Context) -> Iterable[Plan]:
    from pop_assistent.org import plans_from_folder

    if args.map is None:
        store = ctx.store()
        is_hr = getattr(store, "is_hr", None)
        if callable(is_hr) and not is_hr():
            print(
                ctx.gettext(
                    "pop: je login hoort niet bij HR: dit opleidingsplan telt alleen je eigen "
                    "gedeelde plannen."
                ),
                file=ctx.err,
            )
        return store.latest_plans(shared_only=True)

    def skipped(nl: str, en: str) -> None:
        print(f"pop: {ctx.tr(nl, en)}", file=ctx.err)

    return plans_from_folder(Path(args.map).expanduser(), skipped)


def _catalogue(ctx: Context, today: object) -> object | None:
    from pop_assistent.catalogue import load_catalogue
    from pop_assistent.errors import PopError

    try:
        return load_catalogue(ctx.settings.catalogue_dir, today=today)  # type: ignore[arg-type]
    except PopError as exc:
        print(
            ctx.tr(
                f"pop: {exc.message('nl')} Het plan wordt gemaakt zonder functieprofielen.",
                f"pop: {exc.message('en')} The plan is made without role profiles.",
            ),
            file=ctx.err,
        )
        return None


def _target(arg: str | None, year: int, fmt: str, departments: list[str]) -> Path | None:
    from pop_assistent.errors import PopError
    from pop_assistent.storage.resolve import fold

    if arg == "-":
        return None
    path = Path(arg).expanduser() if arg else Path.cwd()
    if path.is_dir():
        suffix = "".join(f"-{'-'.join(fold(d).split())}" for d in departments)[:60]
        safe = "".join(ch if ch.isalnum() or ch == "-" else "_" for ch in suffix)
        path = path / f"opleidingsplan-{year}{safe}.{fmt}"
    if not path.parent.is_dir():
        raise PopError(
            f"De map {path.parent} bestaat niet.", f"The folder {path.parent} does not exist."
        )
    return path


def run_training_plan(args: argparse.Namespace, ctx: Context) -> int:
    from pop_assistent.commands.output import emit
    from pop_assistent.errors import PopError
    from pop_assistent.org import build_training_plan, render

    today = ctx.settings.today_or_now()
    year = args.jaar if args.jaar is not None else default_year(today.year, today.month)
    if not 2000 <= year <= 2100:
        raise PopError(
            f"Het jaar {year} kan niet: kies een jaar tussen 2000 en 2100.",
            f"The year {year} is not possible: choose a year between 2000 and 2100.",
        )
    departments = _departments(args.afdeling)
    target = _target(args.uitvoer, year, args.formaat, departments)
    stream = getattr(ctx.out, "buffer", None)
    binary = args.formaat in ("pdf", "xlsx")
    if target is None and binary and (stream is None or ctx.out.isatty()):
        raise PopError(
            f"Een {args.formaat}-bestand schrijf ik niet naar het scherm: geef een bestand met -o.",
            f"I will not write a {args.formaat} file to the screen: give a file with -o.",
        )
    org = ctx.settings.org
    if args.min_groep is not None:
        if args.min_groep < 3:
            raise PopError(
                "Een cel gaat over minstens 3 mensen: kies --min-groep 3 of meer.",
                "A cell covers at least 3 people: choose --min-groep 3 or more.",
            )
        org = org.model_copy(update={"min_group_size": args.min_groep})
    plan = build_training_plan(
        _plans(args, ctx),
        settings=org,
        year=year,
        today=today,
        catalogue=_catalogue(ctx, today),  # type: ignore[arg-type]
        departments=departments,
        pseudonymise=args.pseudoniem,
        lang=ctx.lang,
    )
    if plan.plan_count == 0:
        raise PopError(*_no_plans(args.map))
    data = render(plan, args.formaat)
    if not emit(ctx, data, target, encoding="utf-8-sig"):
        return 0
    print(
        ctx.gettext(
            "Opleidingsplan {year} ({plan_plan_count} plannen) geschreven: {target}"
        ).format(year=year, plan_plan_count=plan.plan_count, target=target),
        file=ctx.err,
    )
    return 0


def _no_plans(folder: str | None) -> tuple[str, str]:
    if folder is not None:
        return (
            f"In de map {folder} staat geen enkel bruikbaar plan.",
            f"The folder {folder} holds no usable plan.",
        )
    return (
        "Er zijn nog geen gedeelde plannen. Probeer 'pop demo', of deel een plan met "
        "'pop deel PLAN'.",
        "There are no shared plans yet. Try 'pop demo', or share a plan with 'pop deel PLAN'.",
    )
