"""Export commands: `pop exporteer` (document, reminders, data) and `pop herinneringen`.

Only argparse is imported at module level; the exporters and the store load inside the functions.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from pop_assistent.commands.arguments import add_output, add_plan, whole_number
from pop_assistent.i18n import _

if TYPE_CHECKING:
    from pop_assistent.commands.context import Context
    from pop_assistent.model import Plan


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `exporteer` and `herinneringen`."""
    p = sub.add_parser(
        "exporteer",
        help=_(
            "maak van een plan een document (pdf, html, md), herinneringen (ics) of data (json)"
        ),
        description=(
            _(
                "Maak van een plan een document om mee te nemen naar je functioneringsgesprek "
                "(pdf, html of md), een agendabestand met herinneringen (ics) of een "
                "databestand (json). Het bestand komt in de huidige map, tenzij je -o gebruikt. "
                "Het is alleen voor jou leesbaar (privacy): deel het zelf met wie het mag zien."
            )
        ),
    )
    add_plan(p, file_too=True)
    p.add_argument(
        "-f",
        "--formaat",
        choices=["md", "html", "pdf", "ics", "json"],
        default="pdf",
        help=_("pdf (standaard), html, md (Markdown), ics (agenda) of json"),
    )
    add_output(p)
    p.add_argument(
        "--versie",
        choices=["volledig", "coach"],
        default="volledig",
        help=_("volledig (standaard, voor jezelf) of coach (zonder je privénotities)"),
    )
    p.set_defaults(func=run_export)

    p = sub.add_parser(
        "herinneringen",
        help=_("toon wat er binnenkort moet gebeuren en wat te laat is"),
        description=(
            _(
                "Toon de acties die starten of aflopen, de doelen met een deadline en de "
                "opvolgmomenten in de komende dagen, en alles wat te laat is. Handig in je "
                "shellprofiel of in cron."
            )
        ),
    )
    p.add_argument(
        "plan", metavar=_("PLAN"), nargs="?", help=_("alleen dit plan (standaard: alle)")
    )
    p.add_argument(
        "--dagen",
        type=whole_number,
        metavar=_("N"),
        help=_("zoveel dagen vooruit kijken (standaard uit de instellingen: 14)"),
    )
    p.set_defaults(func=run_reminders)


def load_plan(ref: str, ctx: Context) -> Plan:
    """A plan from the store (id, name or prefix) or from a JSON file."""
    path = Path(ref)
    if ref.lower().endswith(".json") and path.is_file():
        from pydantic import ValidationError

        from pop_assistent.errors import InvalidDataError
        from pop_assistent.model import Plan, explain

        try:
            return Plan.from_json(path.read_bytes())
        except ValidationError as exc:
            raise InvalidDataError(
                f"{path} is geen geldig plan: {' '.join(explain(exc))}",
                f"{path} is not a valid plan: {' '.join(explain(exc, 'en'))}",
            ) from exc
        except OSError as exc:
            raise InvalidDataError(
                f"{path} kan niet gelezen worden: {exc.strerror}.",
                f"{path} cannot be read: {exc.strerror}.",
            ) from exc
    store = ctx.store()
    return store.load(store.resolve(ref)).plan


def _target(arg: str | None, plan: Plan, fmt: str, ctx: Context) -> Path | None:
    from pop_assistent.errors import PopError
    from pop_assistent.export import default_filename

    if arg == "-":
        return None
    path = Path(arg).expanduser() if arg else Path.cwd()
    if path.is_dir():
        path = path / default_filename(plan, fmt)
    if not path.parent.is_dir():
        raise PopError(
            f"De map {path.parent} bestaat niet.", f"The folder {path.parent} does not exist."
        )
    return path


def run_export(args: argparse.Namespace, ctx: Context) -> int:
    from pop_assistent.commands.output import emit
    from pop_assistent.errors import PopError
    from pop_assistent.export import export_plan

    plan = load_plan(args.plan, ctx)
    target = _target(args.uitvoer, plan, args.formaat, ctx)
    history = None
    if args.formaat == "ics" and not Path(args.plan).is_file():  # from the store: it has one
        from pop_assistent.export.ical import calendar_history

        history = calendar_history(ctx.store(), plan, ctx.lang, ctx.settings.country)
    stream = getattr(ctx.out, "buffer", None)
    if target is None and args.formaat == "pdf" and (stream is None or ctx.out.isatty()):
        raise PopError(
            "Een PDF schrijf ik niet naar het scherm: geef een bestand met -o.",
            "I will not write a PDF to the screen: give a file with -o.",
        )
    if args.formaat == "pdf":
        print(ctx.gettext("PDF wordt gemaakt…"), file=ctx.err, flush=True)
    data = export_plan(
        plan,
        args.formaat,
        today=ctx.settings.today_or_now(),
        lang=ctx.lang,
        version=args.versie,
        settings=ctx.settings,
        history=history,
    )
    if emit(ctx, data, target):
        print(ctx.gettext("Geschreven: {target}").format(target=target), file=ctx.err)
    if args.formaat == "pdf":
        from pop_assistent.export.pdf_fonts import missing_fonts_note

        note = missing_fonts_note(plan.model_dump_json(), ctx.lang)
        if note:
            print(note, file=ctx.err)
    return 0


def run_reminders(args: argparse.Namespace, ctx: Context) -> int:
    from pop_assistent.errors import PopError
    from pop_assistent.export.reminders import format_due
    from pop_assistent.planning.due import due_items

    days = ctx.settings.reminder_days if args.dagen is None else args.dagen
    if not 0 <= days <= 3650:
        raise PopError(
            "Het aantal dagen moet tussen 0 en 3650 liggen.",
            "The number of days must be between 0 and 3650.",
        )
    today = ctx.settings.today_or_now()
    if args.plan:
        plans = [load_plan(args.plan, ctx)]
    else:
        plans = list(ctx.store().latest_plans())
    items = due_items(plans, today, days, ctx.settings.country)
    print(format_due(items, today, days, ctx.lang), file=ctx.out)
    return 0
