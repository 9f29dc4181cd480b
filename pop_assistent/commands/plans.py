"""Plan commands: demo, plannen, toon, geschiedenis, herstel, importeer, verwijder.

Only argparse is imported at module level; the store and the model load inside the functions.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from pop_assistent.commands.arguments import add_plan, whole_number
from pop_assistent.commands.plan_edits import run_delete, run_import, run_restore
from pop_assistent.i18n import N_, _, say

if TYPE_CHECKING:
    from pop_assistent.commands.context import Context


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the plan subcommands."""
    p = sub.add_parser(
        "demo",
        help=_("maak de voorbeeldplannen van Sophie en Karim"),
        description=_("Maak (of werk bij) de twee voorbeeldplannen: Sophie en Karim."),
    )
    p.set_defaults(func=run_demo)

    p = sub.add_parser("plannen", help=_("toon alle plannen"), description=_("Toon alle plannen."))
    p.set_defaults(func=run_list)

    p = sub.add_parser("toon", help=_("toon een plan"), description=_("Toon een plan, leesbaar."))
    add_plan(p)
    p.add_argument("--versie", type=whole_number, metavar=_("N"), help=_("toon deze oudere versie"))
    p.add_argument("--json", action="store_true", help=_("toon het plan als JSON"))
    p.set_defaults(func=run_show)

    p = sub.add_parser(
        "geschiedenis",
        help=_("toon alle bewaarde versies van een plan"),
        description=_("Toon alle bewaarde versies van een plan."),
    )
    add_plan(p)
    p.set_defaults(func=run_history)

    p = sub.add_parser(
        "herstel",
        help=_("zet een oudere versie terug als nieuwste versie"),
        description=_("Zet een oudere versie terug; ze wordt bewaard als nieuwe versie."),
    )
    add_plan(p)
    p.add_argument(
        "versie",
        type=whole_number,
        metavar=_("VERSIE"),
        help=_("het versienummer om terug te zetten"),
    )
    p.set_defaults(func=run_restore)

    p = sub.add_parser(
        "importeer",
        help=_("lees een plan in uit een JSON-bestand"),
        description=_("Lees een plan in uit een JSON-bestand (bv. gemaakt met pop exporteer)."),
    )
    p.add_argument("bestand", metavar=_("BESTAND.json"), help=_("het JSON-bestand met het plan"))
    p.set_defaults(func=run_import)

    p = sub.add_parser(
        "verwijder",
        help=_("verwijder een plan en al zijn versies"),
        description=_("Verwijder een plan en al zijn versies, definitief."),
    )
    add_plan(p)
    p.add_argument("--ja", action="store_true", help=_("niet om bevestiging vragen"))
    p.set_defaults(func=run_delete)


def run_demo(args: argparse.Namespace, ctx: Context) -> int:
    from pop_assistent.demo import demo_plans
    from pop_assistent.errors import PlanNotFoundError, PopError
    from pop_assistent.export.sanitize import one_line

    store = ctx.store()
    if getattr(store, "login", None) is not None:  # the organisation's shared database
        raise PopError(
            N_(
                "De voorbeeldplannen van Sophie en Karim horen niet in de gedeelde database van je "
                "organisatie: ze zouden in het opleidingsplan meetellen. Probeer ze op je eigen "
                "computer: POP_DATABASE_URL= pop demo"
            )
        )
    print(ctx.gettext("Voorbeeldplannen:"), file=ctx.out)
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
                    say(
                        ctx.lang,
                        N_(
                            "Let op: er is al een plan '{existing_name}' ({plan_id}). "
                            "Het voorbeeld heet "
                            "'{name}' ({id})."
                        ),
                        existing_name=" ".join(words),
                        plan_id=other.plan_id,
                        name=plan.employee.name,
                        id=plan.id,
                    ),
                    file=ctx.out,
                )
        try:
            current = store.load(plan.id)
        except PlanNotFoundError:
            current = None
        if current is None:
            version = store.save(plan, None, note=ctx.gettext("demo aangemaakt"))
            state = ctx.gettext("aangemaakt (versie {version})").format(version=version)
        elif current.plan == plan:
            state = ctx.gettext("al aanwezig en ongewijzigd (versie {current_version})").format(
                current_version=current.version
            )
        else:
            version = store.save(plan, current.version, note=ctx.gettext("demo bijgewerkt"))
            state = ctx.gettext(
                "bijgewerkt naar versie {version}; de vorige versies blijven bewaard"
            ).format(version=version)
        print(f"  {plan.employee.name}, {plan.employee.role}: {state}", file=ctx.out)
    show = f"pop toon {sophie}"
    export = f"pop exporteer {sophie} --formaat pdf"
    pad = max(len(show), len(export)) + 2
    print(
        ctx.gettext("\nProbeer nu:"),
        f"  {show:<{pad}}" + ctx.gettext("het plan van Sophie lezen"),
        f"  {'pop':<{pad}}" + ctx.gettext("de assistent openen"),
        f"  {export:<{pad}}" + ctx.gettext("het plan als PDF"),
        sep="\n",
        file=ctx.out,
    )
    return 0


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    from pop_assistent.commands.plan_view import clean, day, table, yes_no

    plans = ctx.store().list_plans()
    if not plans:
        print(
            ctx.gettext(
                "Er zijn nog geen plannen. Start de assistent met 'pop', of probeer 'pop demo'."
            ),
            file=ctx.out,
        )
        return 0
    headers = [
        ctx.gettext(title)
        for title in (
            N_("Naam"),
            N_("Functie"),
            N_("Afdeling"),
            N_("Bewaard"),
            N_("Gedeeld"),
            N_("Id"),
        )
    ]
    rows = [
        [
            clean(p.name, 30),
            clean(p.role, 30),
            clean(p.department, 24),
            day(p.saved_at.astimezone().date(), ctx.lang),
            yes_no(p.shared, ctx.lang) if p.mine else ctx.gettext("met jou"),
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
        say(
            ctx.lang,
            N_("Geschiedenis van het plan van {employee} ({plan_id}):"),
            employee=clean(name),
            plan_id=plan_id,
        ),
        file=ctx.out,
    )
    by = any(v.saved_by for v in versions)  # the shared store records who saved each version
    headers = [
        ctx.gettext(title)
        for title in (
            N_("Versie"),
            N_("Bewaard op"),
            *([N_("Door")] if by else []),
            N_("Grootte"),
            N_("Notitie"),
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
        ctx.gettext("\nEen oudere versie terugzetten: pop herstel {plan_id} VERSIE").format(
            plan_id=plan_id
        ),
        file=ctx.out,
    )
    return 0
