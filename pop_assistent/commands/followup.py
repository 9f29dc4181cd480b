"""Follow-up commands: `pop opvolging [PLAN]` (a check-in in the terminal) and `pop coach [MAP]`.

Only argparse is imported at module level; the store, the model and the engine load inside
the functions so that `pop --version` stays fast.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from pop_assistent.i18n import N_, _, say

if TYPE_CHECKING:
    from pop_assistent.commands.context import Context
    from pop_assistent.conversation.contract import Reply
    from pop_assistent.model import Plan

STOP_WORDS = ("stop", "later", "q", "quit", "exit")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `opvolging` and `coach`."""
    p = sub.add_parser(
        "opvolging",
        help=_("houd een opvolgmoment: status, feedback, bijsturen"),
        description=(
            _(
                "Houd een opvolgmoment (check-in) van je plan: per actie de status, wat goed ging, "
                "waar je tegenaan liep, de feedback van je leidinggevende, aanpassingen en de "
                "volgende opvolging. Elk antwoord wordt meteen bewaard; typ 'stop' om later verder "
                "te gaan."
            )
        ),
    )
    p.add_argument(
        "plan", nargs="?", metavar=_("PLAN"), help=_("id of naam; weg te laten bij één plan")
    )
    p.add_argument(
        "--wijzigingen",
        action="store_true",
        help=_("toon wat er veranderd is sinds de vorige opvolging"),
    )
    p.add_argument(
        "--overslaan",
        metavar=_("REDEN"),
        help=_(
            "sla het eerstvolgende opvolgmoment bewust over, met een reden "
            "(het telt dan niet meer als te laat)"
        ),
    )
    p.set_defaults(func=run_check_in)

    p = sub.add_parser(
        "coach",
        help=_("overzicht van de plannen die je opvolgt"),
        description=(
            _(
                "Overzicht voor de coach of leidinggevende: volgende opvolging, acties die te laat "
                "zijn, hoeveel er klaar is en SMART-waarschuwingen, dringendste eerst. Zonder MAP: "
                "de plannen in de eigen database."
            )
        ),
    )
    p.add_argument("map", nargs="?", metavar=_("MAP"), help=_("map met gedeelde plannen (*.json)"))
    p.add_argument("--json", action="store_true", help=_("toon het overzicht als JSON"))
    p.add_argument(
        "--open", metavar=_("NAAM"), help=_("open dit plan samen in de assistent (coachmodus)")
    )
    p.set_defaults(func=run_coach)


def _pick_plan(ctx: Context, ref: str | None) -> str:
    from pop_assistent.errors import PlanNotFoundError, PopError

    store = ctx.store()
    if ref:
        return store.resolve(ref)
    plans = store.list_plans()
    if len(plans) == 1:
        return plans[0].plan_id
    if not plans:
        raise PlanNotFoundError(
            N_("Er zijn nog geen plannen. Maak er een met 'pop' of probeer 'pop demo'.")
        )
    names = ", ".join(p.plan_id for p in plans[:8])
    raise PopError(
        N_(
            "Welk plan wil je opvolgen? Geef een naam, bv. 'pop opvolging {plan_id}' (plannen: "
            "{names})."
        ),
        plan_id=plans[0].plan_id,
        names=names,
    )


def _show(reply: Reply, ctx: Context) -> None:
    from pop_assistent.followup.terminal import inline, render, terminal_width, wrap

    width = terminal_width()
    print(render(reply.message, width), file=ctx.out)
    for warning in reply.warnings:
        print("\n".join(wrap(inline(warning), width, "! ", "  ")), file=ctx.out)
    labels = [c.label for c in reply.choices]
    if labels and not any(label[:1].isdigit() for label in labels):
        # a choice ('4) geannuleerd') is never split over two lines
        shown = "  ".join(
            f"{i}) {label}".replace(" ", "\u00a0") for i, label in enumerate(labels, 1)
        )
        first = ctx.gettext("Kies: ")
        lines = wrap(shown, width, first, " " * len(first))
        print("\n".join(lines).replace("\u00a0", " "), file=ctx.out)


def _read(ctx: Context) -> str | None:
    ctx.out.write("> ")
    ctx.out.flush()
    line = sys.stdin.readline()
    if line == "":
        return None
    if not sys.stdin.isatty():
        ctx.out.write(line if line.endswith("\n") else line + "\n")  # echo piped answers
    return line.rstrip("\n")


def run_check_in(args: argparse.Namespace, ctx: Context) -> int:
    """A check-in with plain input()/print: readable and keyboard-only."""
    from pop_assistent.followup import CheckInSession, changes_since_previous_check_in
    from pop_assistent.followup.report import changes_lines

    plan_id = _pick_plan(ctx, args.plan)
    store = ctx.store()
    if args.wijzigingen:
        changes = changes_since_previous_check_in(store, plan_id, ctx.lang)
        print("\n".join(changes_lines(changes, ctx.lang)), file=ctx.out)
        return 0
    from pop_assistent.storage import owner_if_shared

    owner = owner_if_shared(store, plan_id)
    if owner is not None:  # a coach: no answer may be typed that could never be saved
        from pop_assistent.errors import PopError

        raise PopError(
            ctx.gettext(
                "Het plan '{plan_id}' is van {owner}: een opvolging bewaart een nieuwe versie en "
                "dat kan alleen die persoon zelf. Zet je feedback in een notitie: pop notitie "
                '{plan_id} "..."; wat er veranderde: pop opvolging {plan_id} --wijzigingen.'
            ).format(plan_id=plan_id, owner=owner)
        )
    if args.overslaan is not None:
        return _skip(plan_id, args.overslaan, ctx)
    stored = store.load(plan_id)
    session = CheckInSession(
        stored.plan,
        today=ctx.settings.today_or_now(),
        lang=ctx.lang,
        store=store,
        base_version=stored.version,
        country=ctx.settings.country,
        hours_per_day=ctx.settings.org.hours_per_day,
    )
    reply = session.start()
    while True:
        _show(reply, ctx)
        if reply.finished:
            return 0
        text = _read(ctx)
        if text is None or text.strip().lower() in STOP_WORDS:
            from pop_assistent.followup.terminal import render

            bye = ctx.gettext(
                "Je antwoorden zijn bewaard. Ga later verder met: pop opvolging {plan_id}"
            ).format(plan_id=plan_id)
            if not session.recorded:  # nothing answered: nothing was written either
                bye = ctx.gettext(
                    "Er is niets veranderd. Opvolgen kan later met: pop opvolging {plan_id}"
                ).format(plan_id=plan_id)
            print("\n" + render(bye), file=ctx.out)
            return 0
        text = text.strip()
        if not text:
            # An empty line (a stray Enter) is not an answer: the same question stays open.
            from pop_assistent.followup.terminal import render

            hint = ctx.gettext(
                "(Typ een antwoord, 'overslaan' om deze vraag over te slaan, of 'stop' om later "
                "verder te gaan.)"
            )
            print(render(hint), file=ctx.out)
            reply = session.current()
            continue
        if text.isdigit() and reply.choices and 1 <= int(text) <= len(reply.choices):
            text = reply.choices[int(text) - 1].value
        print(file=ctx.out)
        reply = session.answer(text)


def _skip(plan_id: str, reason: str, ctx: Context) -> int:
    """Mark the first check-in still to hold as skipped, with the reason, in a new version."""
    from pop_assistent.errors import PopError
    from pop_assistent.export.texts import long_date
    from pop_assistent.followup import CheckInSession
    from pop_assistent.planning.checkins import check_in_dates, skip_next

    store = ctx.store()
    stored = store.load(plan_id)
    today = ctx.settings.today_or_now()
    if CheckInSession(stored.plan, today=today, lang=ctx.lang).phase:
        raise PopError(
            N_(
                "Er loopt nog een opvolging van dit plan. Maak die eerst af met 'pop opvolging "
                "{plan_id}'."
            ),
            plan_id=plan_id,
        )
    country = ctx.settings.country
    plan, skipped = skip_next(stored.plan, today, reason, country)
    version = store.save(plan, stored.version, f"opvolging overgeslagen {today.isoformat()}")
    when = long_date(skipped.planned_for, ctx.lang)
    upcoming = check_in_dates(plan, today, 1, country)
    after = long_date(upcoming[0], ctx.lang) if upcoming else ""
    print(
        ctx.gettext(
            "Het opvolgmoment van {when} is overgeslagen ({skipped_skipped_reason}); bewaard als "
            "versie {version}. Volgende opvolging: {after}."
        ).format(
            when=when, skipped_skipped_reason=skipped.skipped_reason, version=version, after=after
        ),
        file=ctx.out,
    )
    return 0


def _coach_plans(args: argparse.Namespace, ctx: Context) -> list[tuple[Plan, str]]:
    from pathlib import Path

    from pop_assistent.followup.overview import plans_from_folder

    if args.map:
        plans, problems = plans_from_folder(Path(args.map).expanduser(), ctx.lang)
        for problem in problems:
            print(ctx.gettext("pop: overgeslagen: {problem}").format(problem=problem), file=ctx.err)
        return plans
    # On the shared database the database decides: one's own plans and those shared with one.
    return [(plan, "") for plan in ctx.store().latest_plans()]


def run_coach(args: argparse.Namespace, ctx: Context) -> int:
    """The coach's overview, as a table or JSON; `--open` starts a joint session."""
    import json

    from pop_assistent.followup.overview import coach_overview
    from pop_assistent.followup.report import coach_table

    today = ctx.settings.today_or_now()
    plans = _coach_plans(args, ctx)
    if args.open:
        return _open_joint(args, ctx, plans)
    rows = coach_overview(plans, today, ctx.lang, ctx.settings.country)
    if args.json:
        data = [row.to_json(ctx.lang) for row in rows]
        print(json.dumps(data, ensure_ascii=False, indent=2), file=ctx.out)
        return 0
    print("\n".join(coach_table(rows, today, ctx.lang)), file=ctx.out)
    if rows and not args.map and getattr(ctx.store(), "login", None) is not None:
        # the shared store: a plan shared with a coach opens in review mode, not together
        from pop_assistent.followup.terminal import terminal_width, wrap

        hint = ctx.gettext(
            "Een plan openen: pop --plan {plan_id} (een plan dat met jou gedeeld is, bekijk "
            "je als coach: lezen, een notitie, medeondertekenen)"
        ).format(plan_id=rows[0].plan_id)
        print("\n".join(wrap(hint, terminal_width())), file=ctx.out)
    elif rows:
        print(
            say(
                ctx.lang,
                N_(
                    "Samen een plan openen: pop coach{folder} --open {plan_id}   (of: pop --plan "
                    "{plan_id} --coach)"
                ),
                folder=" " + args.map if args.map else "",
                plan_id=rows[0].plan_id,
            ),
            file=ctx.out,
        )
        print(say(ctx.lang, NO_REVIEW_HERE), file=ctx.out)
    return 0


NO_REVIEW_HERE = N_(
    "Alleen bekijken als coach (bekijkmodus) kan enkel in de gedeelde database, waar je eigen "
    "login je notitie en handtekening draagt; hier open je een plan samen in coachmodus."
)
"""Why review mode does not exist in the embedded store: a plan there is the owner's own file
(or a copy of one), so there is no login for the database to check a coach's note against."""


def _open_joint(args: argparse.Namespace, ctx: Context, plans: list[tuple[Plan, str]]) -> int:
    """Open one plan in coach mode; a shared file is first taken into the local store."""
    from pop_assistent.errors import PlanNotFoundError
    from pop_assistent.text import squash as norm

    wanted = norm(args.open)
    matches = [
        (plan, source)
        for plan, source in plans
        if plan.id.startswith(wanted) or norm(plan.employee.name).startswith(wanted)
    ]
    if len(matches) != 1:
        raise PlanNotFoundError(
            N_("Geen enkel plan (of meer dan één) past bij '{open}'."), open=args.open
        )
    plan, source = matches[0]
    store = ctx.store()
    if source:
        try:
            current = store.load(plan.id)
        except PlanNotFoundError:
            current = None
        if current is None or current.plan != plan:
            version = store.save(
                plan, current.version if current else None, note=f"gedeeld bestand {source}"
            )
            print(
                say(
                    ctx.lang,
                    N_("{name}: het gedeelde bestand is ingelezen als versie {version}."),
                    name=plan.employee.name,
                    version=version,
                ),
                file=ctx.out,
            )
    from pop_assistent.commands.app import run_app

    joint = argparse.Namespace(**{**vars(args), "plan": plan.id, "coach": True})
    return run_app(joint, ctx)
