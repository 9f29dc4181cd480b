"""Plan commands: demo, plannen, toon, geschiedenis, herstel, importeer, verwijder.

Only argparse is imported at module level; the store and the model load inside the functions.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from pop_assistent.commands.plan_edits import run_delete, run_import, run_restore

if TYPE_CHECKING:
    from pop_assistent.commands.context import Context

PLAN_HELP = "id of naam van de medewerker; de eerste letters volstaan"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the plan subcommands."""
    p = sub.add_parser(
        "demo",
        help="maak de voorbeeldplannen van Sophie en Karim",
        description="Maak (of werk bij) de twee voorbeeldplannen: Sophie en Karim.",
    )
    p.set_defaults(func=run_demo)

    p = sub.add_parser("plannen", help="toon alle plannen", description="Toon alle plannen.")
    p.set_defaults(func=run_list)

    p = sub.add_parser("toon", help="toon een plan", description="Toon een plan, leesbaar.")
    p.add_argument("plan", metavar="PLAN", help=PLAN_HELP)
    p.add_argument("--versie", type=int, metavar="N", help="toon deze oudere versie")
    p.add_argument("--json", action="store_true", help="toon het plan als JSON")
    p.set_defaults(func=run_show)

    p = sub.add_parser(
        "geschiedenis",
        help="toon alle bewaarde versies van een plan",
        description="Toon alle bewaarde versies van een plan.",
    )
    p.add_argument("plan", metavar="PLAN", help=PLAN_HELP)
    p.set_defaults(func=run_history)

    p = sub.add_parser(
        "herstel",
        help="zet een oudere versie terug als nieuwste versie",
        description="Zet een oudere versie terug; ze wordt bewaard als nieuwe versie.",
    )
    p.add_argument("plan", metavar="PLAN", help=PLAN_HELP)
    p.add_argument("versie", type=int, metavar="VERSIE", help="het versienummer om terug te zetten")
    p.set_defaults(func=run_restore)

    p = sub.add_parser(
        "importeer",
        help="lees een plan in uit een JSON-bestand",
        description="Lees een plan in uit een JSON-bestand (bv. gemaakt met pop exporteer).",
    )
    p.add_argument("bestand", metavar="BESTAND.json", help="het JSON-bestand met het plan")
    p.set_defaults(func=run_import)

    p = sub.add_parser(
        "verwijder",
        help="verwijder een plan en al zijn versies",
        description="Verwijder een plan en al zijn versies, definitief.",
    )
    p.add_argument("plan", metavar="PLAN", help=PLAN_HELP)
    p.add_argument("--ja", action="store_true", help="niet om bevestiging vragen")
    p.set_defaults(func=run_delete)


def run_demo(args: argparse.Namespace, ctx: Context) -> int:
    from pop_assistent.demo import demo_plans
    from pop_assistent.errors import PlanNotFoundError, PopError
    from pop_assistent.export.sanitize import one_line

    store = ctx.store()
    if getattr(store, "login", None) is not None:  # the organisation's shared database
        raise PopError(
            "De voorbeeldplannen van Sophie en Karim horen niet in de gedeelde database van je "
            "organisatie: ze zouden in het opleidingsplan meetellen. Probeer ze op je eigen "
            "computer: POP_DATABASE_URL= pop demo",
            "The example plans of Sophie and Karim do not belong in your organisation's shared "
            "database: they would count in the training plan. Try them on your own computer: "
            "POP_DATABASE_URL= pop demo",
        )
    print(ctx.tr("Voorbeeldplannen:", "Example plans:"), file=ctx.out)
    others = store.list_plans()
    plans = demo_plans(ctx.settings.today_or_now())
    sophie = "sophie"
    for plan in plans:
        first = plan.employee.name.split()[0].casefold()
        for other in others:
            words = one_line(other.name).split()
            if other.plan_id != plan.id and words and words[0].casefold() == first:
                if plan is plans[0]:
                    sophie = plan.id  # 'pop toon sophie' could open the other plan
                print(
                    ctx.tr(
                        f"Let op: er is al een plan '{' '.join(words)}' ({other.plan_id}). "
                        f"Het voorbeeld heet '{plan.employee.name}' ({plan.id}).",
                        f"Note: there is already a plan '{' '.join(words)}' ({other.plan_id}). "
                        f"The example is called '{plan.employee.name}' ({plan.id}).",
                    ),
                    file=ctx.out,
                )
        try:
            current = store.load(plan.id)
        except PlanNotFoundError:
            current = None
        if current is None:
            version = store.save(plan, None, note=ctx.tr("demo aangemaakt", "demo created"))
            state = ctx.tr(f"aangemaakt (versie {version})", f"created (version {version})")
        elif current.plan == plan:
            state = ctx.tr(
                f"al aanwezig en ongewijzigd (versie {current.version})",
                f"already there, unchanged (version {current.version})",
            )
        else:
            version = store.save(
                plan, current.version, note=ctx.tr("demo bijgewerkt", "demo updated")
            )
            state = ctx.tr(
                f"bijgewerkt naar versie {version}; de vorige versies blijven bewaard",
                f"updated to version {version}; earlier versions are kept",
            )
        print(f"  {plan.employee.name}, {plan.employee.role}: {state}", file=ctx.out)
    show = f"pop toon {sophie}"
    export = f"pop exporteer {sophie} --formaat pdf"
    pad = max(len(show), len(export)) + 2
    print(
        ctx.tr("\nProbeer nu:", "\nTry next:"),
        ctx.tr(
            f"  {show:<{pad}}het plan van Sophie lezen",
            f"  {show:<{pad}}read Sophie's plan",
        ),
        ctx.tr(
            f"  {'pop':<{pad}}de assistent openen",
            f"  {'pop':<{pad}}open the assistant",
        ),
        ctx.tr(
            f"  {export:<{pad}}het plan als PDF",
            f"  {export:<{pad}}the plan as a PDF",
        ),
        sep="\n",
        file=ctx.out,
    )
    return 0


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    from pop_assistent.commands.plan_view import clean, day, table, yes_no

    plans = ctx.store().list_plans()
    if not plans:
        print(
            ctx.tr(
                "Er zijn nog geen plannen. Start de assistent met 'pop', of probeer 'pop demo'.",
                "There are no plans yet. Start the assistant with 'pop', or try 'pop demo'.",
            ),
            file=ctx.out,
        )
        return 0
    headers = [
        ctx.tr(nl, en)
        for nl, en in (
            ("Naam", "Name"),
            ("Functie", "Role"),
            ("Afdeling", "Department"),
            ("Bewaard", "Saved"),
            ("Gedeeld", "Shared"),
            ("Id", "Id"),
        )
    ]
    rows = [
        [
            clean(p.name, 30),
            clean(p.role, 30),
            clean(p.department, 24),
            day(p.saved_at.astimezone().date(), ctx.lang),
            yes_no(p.shared, ctx.lang),
            p.plan_id,
        ]
        for p in plans
    ]
    print(table(headers, rows, keep=(3, len(headers) - 1), last=(0,)), file=ctx.out)
    return 0


def run_show(args: argparse.Namespace, ctx: Context) -> int:
    from pop_assistent.commands.plan_view import render_plan

    store = ctx.store()
    stored = store.load(store.resolve(args.plan), args.versie)
    print(stored.plan.to_json() if args.json else render_plan(stored, ctx.lang), file=ctx.out)
    return 0


def run_history(args: argparse.Namespace, ctx: Context) -> int:
    from pop_assistent.commands.plan_view import clean, moment, note_text, size, table

    store = ctx.store()
    plan_id = store.resolve(args.plan)
    versions = store.history(plan_id)
    name = store.load(plan_id).plan.employee.name
    print(
        ctx.tr(
            f"Geschiedenis van het plan van {clean(name)} ({plan_id}):",
            f"History of the plan of {clean(name)} ({plan_id}):",
        ),
        file=ctx.out,
    )
    by = any(v.saved_by for v in versions)  # the shared store records who saved each version
    headers = [
        ctx.tr(nl, en)
        for nl, en in (
            ("Versie", "Version"),
            ("Bewaard op", "Saved on"),
            *([("Door", "By")] if by else []),
            ("Grootte", "Size"),
            ("Notitie", "Note"),
        )
    ]
    rows = [
        [
            str(v.version),
            moment(v.saved_at, ctx.lang),
            *([clean(v.saved_by, 30)] if by else []),
            size(v.size_bytes, ctx.lang),
            clean(note_text(v.note, ctx.lang), 60),
        ]
        for v in versions
    ]
    print(table(headers, rows), file=ctx.out)
    print(
        ctx.tr(
            f"\nEen oudere versie terugzetten: pop herstel {plan_id} VERSIE",
            f"\nTo bring back an older version: pop herstel {plan_id} VERSION",
        ),
        file=ctx.out,
    )
    return 0
