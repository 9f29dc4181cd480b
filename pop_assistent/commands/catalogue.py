"""`pop catalogus`: schema, valideer, importeer, zoek and advies."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from pop_assistent.i18n import N_, _

if TYPE_CHECKING:
    from pop_assistent.catalogue import Catalogue
    from pop_assistent.commands.context import Context
    from pop_assistent.model.catalogue import Skill

from pop_assistent.commands import catalogue_args as arg


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `pop catalogus ...`."""
    group = sub.add_parser(
        "catalogus",
        help=_("leermiddelen zoeken, advies vragen, de catalogus controleren of importeren"),
        description=(
            _("De catalogus van de organisatie: leermiddelen, vaardigheden en functieprofielen.")
        ),
    )
    cmds = group.add_subparsers(
        dest="catalogus_command", metavar=_("OPDRACHT"), title=_("opdrachten")
    )
    group.set_defaults(func=_no_command(group))

    schema = cmds.add_parser("schema", help=_("schrijf het JSON-schema van de leermiddelbestanden"))
    schema.add_argument("-o", "--uitvoer", metavar=_("PAD"), help=_("bestand om naar te schrijven"))
    schema.set_defaults(func=run_schema)

    check = cmds.add_parser("valideer", help=_("controleer alle catalogusbestanden"))
    check.add_argument(
        "map", nargs="?", metavar=_("MAP"), help=_("catalogusmap (standaard: ingesteld)")
    )
    check.set_defaults(func=run_validate)

    imp = cmds.add_parser("importeer", help=_("zet een rekenblad (.csv of .xlsx) om naar YAML"))
    imp.add_argument("bestand", metavar=_("BESTAND"), help=_("het .csv- of .xlsx-bestand"))
    imp.add_argument(
        "--kolommen",
        metavar=_("TOEWIJZING"),
        help=_('kolommen toewijzen, bv. "Titel=titel,Prijs=kostprijs_eur"'),
    )
    imp.add_argument("-o", "--uitvoer", metavar=_("PAD"), help=_("YAML-bestand om te schrijven"))
    imp.add_argument(
        "--blad", metavar=_("NAAM"), help=_("werkblad in een .xlsx (standaard: eerste)")
    )
    imp.add_argument(
        "--overschrijf",
        action="store_true",
        help=_("vervang het YAML-bestand als het al bestaat (standaard: weigeren)"),
    )
    imp.set_defaults(func=run_import)

    search = cmds.add_parser("zoek", help=_("zoek leermiddelen (tikfouten mogen)"))
    search.add_argument("zoekterm", nargs="?", default="", metavar=_("ZOEKTERM"))
    search.add_argument(
        "--type",
        type=arg.item_type,
        metavar=_("SOORT"),
        help=_("soort: {choices}").format(choices="{" + ",".join(arg.TYPES) + "}"),
    )
    search.add_argument(
        "--max-kost", type=arg.amount, metavar=_("EURO"), help=_("hoogstens deze prijs")
    )
    search.add_argument(
        "--max-uren", type=arg.amount, metavar=_("UREN"), help=_("hoogstens zoveel uren")
    )
    search.add_argument(
        "--taal",
        dest="item_taal",  # the global --taal is the user's language; this one filters items
        type=arg.language,
        metavar=_("TAAL"),
        help=_("taal van het leermiddel (nl, fr, en, de)"),
    )
    search.add_argument(
        "--vorm",
        type=arg.form,
        metavar=_("VORM"),
        help=_("vorm: {choices}").format(choices="{" + ",".join(arg.FORMS) + "}"),
    )
    search.add_argument(
        "--aantal", type=arg.count, default=20, metavar=_("N"), help=_("hoeveel resultaten")
    )
    search.add_argument("--json", action="store_true", help=_("uitvoer als JSON"))
    search.set_defaults(func=run_search)

    advice = cmds.add_parser("advies", help=_("stel leermiddelen voor bij een doel"))
    advice.add_argument("doel", metavar=_("DOEL"), help=_("je doel, in je eigen woorden"))
    advice.add_argument(
        "--vaardigheden", metavar=_("IDS"), help=_("vaardigheid-ids, komma-gescheiden")
    )
    advice.add_argument("--plan-id", metavar=_("PLAN"), help=_("houd rekening met dit plan"))
    advice.add_argument(
        "--functie",
        metavar=_("FUNCTIE"),
        help=_("je functie(profiel), bv. zorgkundige of magazijnier"),
    )
    advice.add_argument(
        "--sector", metavar=_("SECTOR"), help=_("je sector of afdeling, bv. zorg, bouw of keuken")
    )
    advice.add_argument(
        "--aantal", type=arg.count, default=5, metavar=_("N"), help=_("hoeveel voorstellen")
    )
    advice.add_argument("--json", action="store_true", help=_("uitvoer als JSON"))
    advice.set_defaults(func=run_advice)


def _no_command(parser: argparse.ArgumentParser) -> object:
    def run(args: argparse.Namespace, ctx: Context) -> int:
        parser.print_help(ctx.out)
        return 2

    return run


def _folder(args: argparse.Namespace, ctx: Context) -> Path | None:
    given = getattr(args, "map", None)
    if given:
        return Path(given)
    return ctx.settings.catalogue_dir


def run_schema(args: argparse.Namespace, ctx: Context) -> int:
    """Write the JSON Schema of a leermiddelen file."""
    from pop_assistent.catalogue.schema import schema_text

    text = schema_text()
    if args.uitvoer:
        from pop_assistent.files import write_file

        write_file(Path(args.uitvoer), text)
        ctx.out.write(ctx.gettext("Schema geschreven naar {output}\n").format(output=args.uitvoer))
    else:
        ctx.out.write(text)
    return 0


def run_validate(args: argparse.Namespace, ctx: Context) -> int:
    """Compile the catalogue anew and list every problem; exit 1 when there is any."""
    from pop_assistent.catalogue import load_catalogue
    from pop_assistent.catalogue.problems import summary_text

    today = ctx.settings.today_or_now()
    catalogue = load_catalogue(_folder(args, ctx), today=today, rebuild=True)
    for problem in sorted(catalogue.problems, key=lambda p: (p.file, p.line or 0)):
        ctx.out.write(problem.text(ctx.lang) + "\n")
    summary = summary_text(
        len(catalogue.items),
        len(catalogue.skills),
        len(catalogue.roles),
        len(catalogue.problems),
        catalogue.skipped,
        ctx.lang,
    )
    _shared_names(catalogue.skills, ctx)  # a note; the verdict stays the last line
    ok = not catalogue.problems
    ctx.out.write((ctx.gettext("In orde: ") if ok else ctx.gettext("Niet in orde: ")) + summary)
    ctx.out.write("\n")
    return 0 if ok else 1


def _shared_names(skills: list[Skill], ctx: Context) -> None:
    """A note (no problem) on names that more than one skill has, with a few examples."""
    from pop_assistent.catalogue.checks import shared_names
    from pop_assistent.i18n import translations
    from pop_assistent.text.formats import listing

    shared = shared_names(skills)
    if not shared:
        return
    examples = [f"'{name}' ({', '.join(ids)})" for name, ids in list(shared.items())[:3]]
    note = translations(ctx.lang).ngettext(
        "Ter info: {count} naam staat bij meer dan één vaardigheid: {examples}. Een doel met "
        "zo'n woord wordt gekoppeld via het functieprofiel van de medewerker; een import neemt "
        "de eerste vaardigheid.",
        "Ter info: {count} namen staan bij meer dan één vaardigheid, bv. {examples}. Een doel "
        "met zo'n woord wordt gekoppeld via het functieprofiel van de medewerker; een import "
        "neemt de eerste vaardigheid.",
        len(shared),
    )
    ctx.out.write(note.format(count=len(shared), examples=listing(examples, ctx.lang)) + "\n")


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    """Convert a spreadsheet into a leermiddelen YAML file."""
    from pop_assistent.commands.catalogue_import import import_file

    return import_file(args, ctx)


def run_search(args: argparse.Namespace, ctx: Context) -> int:
    """Print matching resources as a table (or JSON)."""
    from pop_assistent.catalogue import load_catalogue
    from pop_assistent.commands.catalogue_show import print_items
    from pop_assistent.model.catalogue import ITEM_TYPE_TO_ACTION, ItemType

    catalogue = load_catalogue(ctx.settings.catalogue_dir, today=ctx.settings.today_or_now())
    _warn(catalogue, ctx)
    filters = {
        "type": ITEM_TYPE_TO_ACTION[ItemType(args.type)] if args.type else None,
        "max_cost": args.max_kost,
        "max_hours": args.max_uren,
        "language": args.item_taal,
        "form": args.vorm,
    }
    items = catalogue.search(args.zoekterm, limit=args.aantal, **filters)
    total = len(items)
    if total == args.aantal:  # there may be more: say how many
        total = len(catalogue.search(args.zoekterm, limit=len(catalogue.items), **filters))
    print_items(items, ctx, as_json=args.json, today=ctx.settings.today_or_now(), total=total)
    return 0


def _warn(catalogue: Catalogue, ctx: Context) -> None:
    """Tell on stderr when part of the catalogue was left out (results may miss it)."""
    notice = catalogue.notice(ctx.lang)
    if notice:
        ctx.err.write(notice + "\n")


def run_advice(args: argparse.Namespace, ctx: Context) -> int:
    """Print proposals for a goal, best first."""
    from pop_assistent.advice import recommend
    from pop_assistent.catalogue import load_catalogue
    from pop_assistent.commands.catalogue_show import print_recommendations

    today = ctx.settings.today_or_now()
    catalogue = load_catalogue(ctx.settings.catalogue_dir, today=today)
    plan = None
    if args.plan_id:
        store = ctx.store()
        plan = store.load(store.resolve(args.plan_id)).plan
    _warn(catalogue, ctx)
    skill_ids = [s.strip() for s in (args.vaardigheden or "").split(",") if s.strip()]
    unknown = [s for s in skill_ids if catalogue.skill(s) is None]
    if unknown:
        from pop_assistent.errors import PopError

        raise PopError(
            N_(
                "Onbekende vaardigheid: {skills}. Vaardigheid-ids staan in vaardigheden.yaml (bv. "
                "rekenbladen, feedback-geven); of beschrijf je doel in woorden."
            ),
            skills=", ".join(unknown),
        )
    recs = recommend(
        catalogue,
        goal_text=args.doel,
        skill_ids=skill_ids,
        plan=plan,
        today=today,
        limit=args.aantal,
        lang=ctx.lang,
        role=args.functie,
        sector=args.sector,
    )
    print_recommendations(recs, ctx, as_json=args.json)
    if not recs and not args.json:
        from pop_assistent.advice import closest_skills
        from pop_assistent.commands.catalogue_show import print_clarifying_question

        closest = closest_skills(
            catalogue, goal_text=args.doel, plan=plan, role=args.functie, sector=args.sector
        )
        print_clarifying_question(closest, ctx)
    return 0
