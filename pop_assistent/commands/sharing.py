"""Sharing a plan and working on someone's plan: `pop deel`, `pop notitie`, `pop teken`.

In the shared database each is one row the database checks: a share names a coach the
administrator assigned, a note and a signature carry the login that wrote them. In the embedded
single-person store a note and a signature become part of a new version of the plan.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from pop_assistent.commands.arguments import add_plan, whole_number
from pop_assistent.i18n import N_, _

if TYPE_CHECKING:
    from pop_assistent.commands.context import Context
    from pop_assistent.storage.postgres import PostgresStore

SIGNERS = {"medewerker": "employee", "coach": "coach", "leidinggevende": "manager"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `deel`, `notitie` and `teken`."""
    p = sub.add_parser(
        "deel",
        help=_("deel een plan met HR (opleidingsplan) of met je coach, of stop met delen"),
        description=(
            _(
                "Zonder --met: markeer het plan als gedeeld met HR, zodat het meetelt in het "
                "opleidingsplan (HR ziet dan alleen een uittreksel: acties, uren, kosten, "
                "vaardigheden, zonder notities, gesprek of opmerkingen); er komt een nieuwe versie "
                "bij. --met coach deelt het plan met je coach(es) in de gedeelde database, --met "
                "LOGIN met één van hen. --stop stopt het delen."
            )
        ),
    )
    add_plan(p)
    p.add_argument(
        "--met",
        default="hr",
        metavar=_("WIE"),
        help=_("hr (standaard), coach (al je coaches) of de login van één coach"),
    )
    p.add_argument("--stop", action="store_true", help=_("deel het plan niet meer"))
    p.set_defaults(func=run_share)

    p = sub.add_parser(
        "notitie",
        help=_("zet een notitie bij een plan (ook bij een plan dat met jou gedeeld is)"),
        description=(
            _(
                "Zet een notitie bij een plan. In de gedeelde database wordt ze bewaard met jouw "
                "login als auteur; een privénotitie kan alleen jij lezen."
            )
        ),
    )
    add_plan(p)
    p.add_argument("tekst", metavar=_("TEKST"), help=_("de notitie"))
    p.add_argument("--prive", action="store_true", help=_("alleen jij kunt deze notitie lezen"))
    p.add_argument(
        "--doel", type=whole_number, metavar=_("NR"), help=_("bij doel NR (1 is het eerste doel)")
    )
    p.set_defaults(func=run_note)

    p = sub.add_parser(
        "teken",
        help=_("onderteken een plan als medewerker, coach of leidinggevende"),
        description=(
            _(
                "Onderteken de nieuwste versie van een plan. In de gedeelde database tekent "
                "iedereen "
                "met de eigen login: als medewerker je eigen plan, als coach of leidinggevende een "
                "plan dat met jou gedeeld is."
            )
        ),
    )
    add_plan(p)
    p.add_argument(
        "--als", choices=list(SIGNERS), default=None, help=_("standaard: medewerker bij je eigen "
        "plan, anders coach")
    )  # fmt: skip
    p.add_argument(
        "--naam", metavar=_("NAAM"), help=_("je naam (alleen in de ingebouwde database)")
    )
    p.set_defaults(func=run_sign)


def _shared(store: Any) -> PostgresStore | None:
    """The shared store, or None for the embedded one."""
    from pop_assistent.storage.postgres import PostgresStore

    return store if isinstance(store, PostgresStore) else None


def run_share(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.store()
    plan_id = store.resolve(args.plan)
    if args.met.strip().lower() != "hr":
        return _share_with_coach(args, ctx, store, plan_id)
    stored = store.load(plan_id)
    share = not args.stop
    name = stored.plan.employee.name
    if stored.plan.shared == share:
        print(
            (
                ctx.gettext("Het plan van {name} is al gedeeld met HR.")
                if share
                else ctx.gettext("Het plan van {name} is al niet gedeeld met HR.")
            ).format(name=name),
            file=ctx.out,
        )
        return 0
    plan = stored.plan.model_copy(update={"shared": share})
    note = "Gedeeld met HR" if share else "Niet meer gedeeld"
    version = store.save(plan, stored.version, note=note)
    print(
        (
            ctx.gettext("Het plan van {name} is nu gedeeld met HR (versie {version}).")
            if share
            else ctx.gettext("Het plan van {name} is niet meer gedeeld met HR (versie {version}).")
        ).format(name=name, version=version),
        file=ctx.out,
    )
    if share and _shared(store) is not None:
        print(
            ctx.gettext(
                "HR ziet een uittreksel: acties, uren, kosten en vaardigheidsniveaus, zonder "
                "notities, gesprek of opmerkingen."
            ),
            file=ctx.out,
        )
    return 0


def _share_with_coach(args: argparse.Namespace, ctx: Context, any_store: Any, plan_id: str) -> int:
    from pop_assistent.errors import PopError

    store = _shared(any_store)
    if store is None:
        raise PopError(
            N_(
                "Delen met je coach gaat in de gedeelde database. Hier geef je je plan als "
                "bestand: pop exporteer {plan_id} --formaat pdf (of json)."
            ),
            plan_id=plan_id,
        )
    wanted = args.met.strip()
    coaches = store.my_coaches() if wanted.lower() == "coach" else [wanted]
    if not coaches:
        raise PopError(
            N_(
                "Je hebt nog geen coach in de gedeelde database; vraag je beheerder om er een toe "
                "te wijzen."
            )
        )
    for coach in coaches:
        store.share_with(plan_id, coach, not args.stop)
    who = ", ".join(coaches)
    readers = ", ".join(store.readers(plan_id)) or ctx.gettext("niemand")
    print(
        (
            ctx.gettext(
                "Plan {plan_id} is niet meer gedeeld met {who}. Coaches die het nu mogen lezen: "
                "{readers}."
            )
            if args.stop
            else ctx.gettext(
                "Plan {plan_id} is gedeeld met {who}. Coaches die het nu mogen lezen: {readers}."
            )
        ).format(plan_id=plan_id, who=who, readers=readers),
        file=ctx.out,
    )
    return 0


def run_note(args: argparse.Namespace, ctx: Context) -> int:
    from pop_assistent.errors import PopError
    from pop_assistent.model import CoachNote

    store = ctx.store()
    plan_id = store.resolve(args.plan)
    stored = store.load(plan_id)
    text = " ".join(args.tekst.split())
    if not text:
        raise PopError(N_("Een notitie mag niet leeg zijn."))
    goal_id = None
    if args.doel is not None:
        goals = stored.plan.goals
        if not 1 <= args.doel <= len(goals):
            raise PopError(
                N_("Het plan heeft {count} doel(en); kies een nummer van 1 tot {count}."),
                count=len(goals),
            )
        goal_id = goals[args.doel - 1].id
    today = ctx.settings.today_or_now()
    shared = _shared(store)
    if shared is not None:
        shared.add_note(plan_id, text[:10000], private=args.prive, goal_id=goal_id, on=today)
        where = ctx.gettext("met jouw login als auteur")
    else:
        note = CoachNote(goal_id=goal_id, text=text[:10000], private=args.prive, written_on=today)
        plan = stored.plan.model_copy(update={"coach_notes": [*stored.plan.coach_notes, note]})
        version = store.save(plan, stored.version, note="Notitie toegevoegd")
        where = ctx.gettext("in versie {version}").format(version=version)
    print(
        (
            ctx.gettext("Privénotitie bewaard bij plan {plan_id}, {where}.")
            if args.prive
            else ctx.gettext("Notitie bewaard bij plan {plan_id}, {where}.")
        ).format(plan_id=plan_id, where=where),
        file=ctx.out,
    )
    return 0


def run_sign(args: argparse.Namespace, ctx: Context) -> int:
    from pop_assistent.errors import PopError
    from pop_assistent.model import SignerRole, SignOff, label

    store = ctx.store()
    plan_id = store.resolve(args.plan)
    today = ctx.settings.today_or_now()
    shared = _shared(store)
    if shared is not None:
        mine = shared.owner_of(plan_id) == shared.login
        role = SIGNERS[args.als] if args.als else ("employee" if mine else "coach")
        version = shared.sign(plan_id, role, today)
    else:
        stored = store.load(plan_id)
        role = SIGNERS[args.als or "medewerker"]
        name = args.naam or (stored.plan.employee.name if role == "employee" else "")
        if not name.strip():
            raise PopError(N_("Geef je naam met --naam."))
        others = [s for s in stored.plan.sign_offs if s.role != role]
        sign = SignOff(role=SignerRole(role), name=name.strip()[:200], signed_on=today)
        plan = stored.plan.model_copy(update={"sign_offs": [*others, sign]})
        version = store.save(plan, stored.version, note="Ondertekend")
    print(
        ctx.gettext("Plan {plan_id} (versie {version}) is ondertekend als {role}.").format(
            plan_id=plan_id, version=version, role=label(role, ctx.lang)
        ),
        file=ctx.out,
    )
    return 0
