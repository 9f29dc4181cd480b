"""`pop beheer`: the administrator installs the shared store and manages its people.

Run with the owner's connection (POP_DATABASE_URL of the login that owns the store's schema).
Only argparse is imported at module level; the database code loads inside the functions.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pop_assistent.commands.context import Context
    from pop_assistent.storage.pg_connect import Target

KINDS_HELP = "medewerker, coach (ook leidinggevende) of hr"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `beheer` and its subcommands."""
    top = sub.add_parser(
        "beheer",
        help="de gedeelde database inrichten en haar mensen beheren (voor de beheerder)",
        description=(
            "Voor de beheerder van de gedeelde PostgreSQL-database, met de login die eigenaar "
            "is van de opslag (zie de README). Elke persoon krijgt een eigen login; de "
            "database zelf beslist wie wat mag zien."
        ),
    )
    cmds = top.add_subparsers(dest="beheer", metavar="OPDRACHT", title="opdrachten")
    cmds.required = True

    p = cmds.add_parser(
        "installeer",
        help="maak of werk de opslag bij (veilig om te herhalen)",
        description=(
            "Maakt of werkt bij: het schema, de tabellen, de groepsrollen (medewerker, coach, "
            "hr), de rechten en de regels per rij. Veilig om te herhalen."
        ),
    )
    p.add_argument(
        "--rollen",
        metavar="VOORVOEGSEL",
        help="voorvoegsel van de groepsrollen (standaard: de naam van het schema, 'pop')",
    )
    p.set_defaults(func=run_install)

    p = cmds.add_parser(
        "gebruiker",
        help="maak een login voor een persoon, of wijzig rol, coach, naam of wachtwoord",
        description=(
            "Maakt de login van een persoon (of wijzigt die) en zegt wat die persoon nodig heeft "
            "om te verbinden. Zonder --wachtwoord krijgt de login geen wachtwoord: dan meldt "
            "de persoon zich aan zoals pg_hba.conf het zegt (LDAP, GSSAPI, certificaat)."
        ),
    )
    p.add_argument("login", metavar="LOGIN", help="de login (bv. anna.peeters)")
    p.add_argument("--rol", required=True, choices=["medewerker", "coach", "hr"], help=KINDS_HELP)
    p.add_argument(
        "--coach",
        action="append",
        metavar="LOGIN",
        help="de coach of leidinggevende van deze persoon (herhaal voor meer; vervangt de vorige)",
    )
    p.add_argument("--geen-coach", action="store_true", help="deze persoon heeft geen coach meer")
    p.add_argument("--naam", metavar="NAAM", help="de naam zoals anderen die zien")
    p.add_argument(
        "--wachtwoord",
        action="store_true",
        help="vraag een wachtwoord (in een terminal twee keer, anders de eerste regel van stdin)",
    )
    p.set_defaults(func=run_person)

    p = cmds.add_parser(
        "verwijder",
        help="verwijder een persoon: plannen wissen of overdragen",
        description=(
            "Verwijdert een persoon en de login. Kies wat er met de plannen gebeurt: --wissen "
            "(plannen en hun hele geschiedenis weg, op verzoek van de persoon) of "
            "--overdragen-aan LOGIN. Privénotities van die persoon op andere plannen kan niemand "
            "meer lezen en worden gewist; gewone notities en handtekeningen blijven bij de plannen."
        ),
    )
    p.add_argument("login", metavar="LOGIN")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--wissen", action="store_true", help="wis de plannen van deze persoon")
    what.add_argument("--overdragen-aan", metavar="LOGIN", help="geef de plannen aan iemand anders")
    p.add_argument("--ja", action="store_true", help="niet om bevestiging vragen")
    p.set_defaults(func=run_remove)

    p = cmds.add_parser(
        "overdragen",
        help="geef de plannen van de ene login aan de andere",
        description="Geeft de plannen (of één plan) van VAN aan NAAR, met hun hele geschiedenis.",
    )
    p.add_argument("van", metavar="VAN")
    p.add_argument("naar", metavar="NAAR")
    p.add_argument("--plan", metavar="ID", help="alleen dit plan")
    p.set_defaults(func=run_hand_over)

    p = cmds.add_parser(
        "overzicht",
        help="wie is er, wie coacht wie, en wie mag welk plan lezen",
        description="Toont de mensen, hun coaches en per plan wie het mag lezen.",
    )
    p.set_defaults(func=run_overview)


def _admin(ctx: Context) -> tuple[Target, Any]:
    from pop_assistent.errors import PopError
    from pop_assistent.storage import POSTGRES_SCHEMES
    from pop_assistent.storage.pg_connect import connect, prepare

    url = (ctx.settings.database_url or "").strip()
    if url.split(":", 1)[0].lower() not in POSTGRES_SCHEMES:
        raise PopError(
            "Beheer gaat over de gedeelde PostgreSQL-database: zet POP_DATABASE_URL op de "
            "login die eigenaar is van de opslag (zie de README).",
            "Administration is about the shared PostgreSQL database: set POP_DATABASE_URL to "
            "the login that owns the store (see the README).",
        )
    target = prepare(url)
    for warning in target.warnings:
        print(f"pop: {warning.message(ctx.lang)}", file=ctx.err)
    return target, connect(target)


def _failed(exc: Exception, ctx: Context) -> Exception:
    from pop_assistent.errors import PopError
    from pop_assistent.storage.postgres_errors import translate

    if isinstance(exc, PopError):
        return exc
    import psycopg

    assert isinstance(exc, psycopg.Error)
    return translate(exc)


def run_install(args: argparse.Namespace, ctx: Context) -> int:
    import psycopg

    from pop_assistent.storage.postgres_admin import install

    target, conn = _admin(ctx)
    with conn:
        try:
            report = install(conn, target.schema, args.rollen or target.schema)
        except psycopg.Error as exc:
            raise _failed(exc, ctx) from None
    r = report.roles
    if report.before == report.after:
        state = ctx.tr(
            f"was al bij (schema {report.after}); rechten en regels opnieuw gezet",
            f"was up to date (schema {report.after}); grants and rules set again",
        )
    elif report.before == 0:
        state = ctx.tr(f"aangemaakt (schema {report.after})", f"created (schema {report.after})")
    else:
        state = ctx.tr(
            f"bijgewerkt van schema {report.before} naar {report.after}",
            f"upgraded from schema {report.before} to {report.after}",
        )
    if report.moved:
        print(
            ctx.tr(
                f"De oude opslag in schema public ({report.moved} plan(nen)) is verhuisd naar "
                f"schema {r.schema}. Haar plannen zijn van {r.owner} tot je ze overdraagt: "
                f"pop beheer overdragen {r.owner} LOGIN --plan ID.",
                f"The old store in schema public ({report.moved} plan(s)) moved into schema "
                f"{r.schema}. Its plans belong to {r.owner} until you hand them over: "
                f"pop beheer overdragen {r.owner} LOGIN --plan ID.",
            ),
            file=ctx.out,
        )
    print(ctx.tr(f"Opslag in schema {r.schema}: {state}.", f"Store in schema {r.schema}: {state}."))
    print(
        ctx.tr(
            f"Groepsrollen: {r.employee} (iedereen), {r.coach}, {r.hr}"
            + (f"; nieuw: {', '.join(report.created_roles)}" if report.created_roles else ""),
            f"Group roles: {r.employee} (everyone), {r.coach}, {r.hr}"
            + (f"; new: {', '.join(report.created_roles)}" if report.created_roles else ""),
        ),
        file=ctx.out,
    )
    for warning in report.warnings:
        print(f"pop: {warning.message(ctx.lang)}", file=ctx.err)
    print(
        ctx.tr(
            "Volgende stap: een login per persoon, bv. pop beheer gebruiker anna.peeters "
            "--rol medewerker --coach marc.janssens",
            "Next: one login per person, e.g. pop beheer gebruiker anna.peeters "
            "--rol medewerker --coach marc.janssens",
        ),
        file=ctx.out,
    )
    return 0


def _password(ctx: Context, login: str) -> str:
    import getpass

    from pop_assistent.errors import PopError

    if not sys.stdin.isatty():
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(ctx.tr(f"Wachtwoord voor {login}: ", f"Password for {login}: "))
        again = getpass.getpass(ctx.tr("Nog eens: ", "Once more: "))
        if again != password:
            raise PopError(
                "De twee wachtwoorden verschillen; er is niets veranderd.",
                "The two passwords differ; nothing was changed.",
            )
    if len(password) < 12:
        raise PopError(
            "Een wachtwoord heeft minstens 12 tekens; er is niets veranderd.",
            "A password has at least 12 characters; nothing was changed.",
        )
    return password


def run_person(args: argparse.Namespace, ctx: Context) -> int:
    import psycopg

    from pop_assistent.storage.postgres_admin import installed_roles, set_person

    password = _password(ctx, args.login) if args.wachtwoord else None
    coaches = [] if args.geen_coach else args.coach
    target, conn = _admin(ctx)
    with conn:
        try:
            roles = installed_roles(conn, target.schema)
            report = set_person(
                conn,
                roles,
                args.login,
                args.rol,
                coaches=coaches,
                display_name=args.naam,
                password=password,
            )
        except psycopg.Error as exc:
            raise _failed(exc, ctx) from None
    del password
    coach_text = ", ".join(report.coaches) or ctx.tr("geen", "none")
    done = ctx.tr("aangemaakt", "created") if report.created else ctx.tr("bijgewerkt", "updated")
    print(
        ctx.tr(
            f"Login {report.login} {done}: rol {report.kind}; "
            f"coach van deze persoon: {coach_text}.",
            f"Login {report.login} {done}: role {report.kind}; this person's coach: {coach_text}.",
        ),
        file=ctx.out,
    )
    if report.claimed:
        print(
            ctx.tr(
                f"{report.claimed} notitie(s) uit de oude opslag met de naam van deze persoon "
                f"zijn nu van {report.login} (ook privénotities: alleen {report.login} leest ze).",
                f"{report.claimed} note(s) from the old store carrying this person's name now "
                f"belong to {report.login} (private ones too: only {report.login} reads them).",
            ),
            file=ctx.out,
        )
    print(_how_to_connect(target, report.login, ctx), file=ctx.out)
    return 0


def _how_to_connect(target: Target, login: str, ctx: Context) -> str:
    params = target.params
    host = str(params.get("host") or "localhost").split(",")[0]
    port = str(params.get("port") or "5432").split(",")[0]
    name = str(params.get("dbname") or "pop")
    query = [f"{key}={params[key]}" for key in ("sslmode", "sslrootcert") if params.get(key)]
    if target.schema != "pop":
        query.append(f"options=-csearch_path%3D{target.schema}")
    url = f"postgresql://{login}@{host}:{port}/{name}" + ("?" + "&".join(query) if query else "")
    root = params.get("sslrootcert")
    lines_nl = [
        "Zo verbindt deze persoon:",
        f"  POP_DATABASE_URL='{url}'",
        *([f"  met een kopie van {root} op dezelfde plaats,"] if root else []),
        "  en het wachtwoord in ~/.pgpass (chmod 600), één regel (een : of \\ in het",
        "  wachtwoord schrijf je als \\: en \\\\):",
        f"    {host}:{port}:{name}:{login}:WACHTWOORD",
        "  of zonder wachtwoord, als pg_hba.conf LDAP, GSSAPI of een certificaat gebruikt.",
    ]
    lines_en = [
        "How this person connects:",
        f"  POP_DATABASE_URL='{url}'",
        *([f"  with a copy of {root} at that path,"] if root else []),
        "  and the password in ~/.pgpass (chmod 600), one line (write a : or \\ in the",
        "  password as \\: and \\\\):",
        f"    {host}:{port}:{name}:{login}:PASSWORD",
        "  or without a password, when pg_hba.conf uses LDAP, GSSAPI or a certificate.",
    ]
    return ctx.tr("\n".join(lines_nl), "\n".join(lines_en))


def _confirm(ctx: Context, question: tuple[str, str], hint: str) -> bool:
    from pop_assistent.errors import PopError

    if not sys.stdin.isatty():
        raise PopError(
            f"Dit moet je bevestigen: typ de opdracht in een terminal, of voeg --ja toe ({hint}).",
            f"This needs a confirmation: run the command in a terminal, or add --ja ({hint}).",
        )
    ctx.out.write(ctx.tr(*question))
    ctx.out.flush()
    return sys.stdin.readline().strip().lower() in ("ja", "yes")


def run_remove(args: argparse.Namespace, ctx: Context) -> int:
    import psycopg

    from pop_assistent.storage.postgres_admin import installed_roles, remove_person

    target, conn = _admin(ctx)
    with conn:
        try:
            roles = installed_roles(conn, target.schema)
            hand_to = args.overdragen_aan
            choice = (
                ctx.tr(f"hun plannen gaan naar {hand_to}", f"their plans go to {hand_to}")
                if hand_to
                else ctx.tr("hun plannen en hun geschiedenis worden gewist", "their plans and "
                            "history are erased")
            )  # fmt: skip
            if not args.ja and not _confirm(
                ctx,
                (
                    f"{args.login} verwijderen ({choice})? Typ ja: ",
                    f"Remove {args.login} ({choice})? Type yes: ",
                ),
                f"pop beheer verwijder {args.login} ... --ja",
            ):
                print(ctx.tr("Er is niets veranderd.", "Nothing was changed."), file=ctx.out)
                return 1
            result = remove_person(conn, roles, args.login, hand_to=hand_to)
        except psycopg.Error as exc:
            raise _failed(exc, ctx) from None
    print(
        ctx.tr(
            f"{args.login} is verwijderd; {choice}: {result.plans} plan(nen), "
            f"{result.versions} versie(s). Gewiste privénotities op andere plannen: "
            f"{result.private_notes}.",
            f"{args.login} was removed; {choice}: {result.plans} plan(s), {result.versions} "
            f"version(s). Private notes on other plans erased: {result.private_notes}.",
        ),
        file=ctx.out,
    )
    return 0


def run_hand_over(args: argparse.Namespace, ctx: Context) -> int:
    import psycopg

    from pop_assistent.storage.postgres_admin import hand_over, installed_roles

    target, conn = _admin(ctx)
    with conn:
        try:
            roles = installed_roles(conn, target.schema)
            result = hand_over(conn, roles, args.van, args.naar, args.plan)
        except psycopg.Error as exc:
            raise _failed(exc, ctx) from None
    print(
        ctx.tr(
            f"{result.plans} plan(nen) van {args.van} ({result.versions} versies) zijn nu van "
            f"{args.naar}.",
            f"{result.plans} plan(s) of {args.van} ({result.versions} versions) now belong to "
            f"{args.naar}.",
        ),
        file=ctx.out,
    )
    return 0


def run_overview(args: argparse.Namespace, ctx: Context) -> int:
    import psycopg

    from pop_assistent.commands.plan_view import clean, table
    from pop_assistent.storage.postgres_admin import installed_roles, overview

    target, conn = _admin(ctx)
    with conn:
        try:
            roles = installed_roles(conn, target.schema)
            seen = overview(conn, roles)
        except psycopg.Error as exc:
            raise _failed(exc, ctx) from None
    coaches: dict[str, list[str]] = {}
    for coach, employee in seen.coaching:
        coaches.setdefault(employee, []).append(coach)
    print(ctx.tr(f"Mensen ({len(seen.people)}):", f"People ({len(seen.people)}):"), file=ctx.out)
    heads = [ctx.tr("Login", "Login"), ctx.tr("Rol", "Role"), ctx.tr("Naam", "Name"), "Coach"]
    rows = [[login, kind, clean(name, 30), ", ".join(coaches.get(login, []))]
            for login, kind, name in seen.people]  # fmt: skip
    print(table(heads, rows) if rows else ctx.tr("  (nog niemand)", "  (nobody yet)"), file=ctx.out)
    hr = [login for login, kind, _ in seen.people if kind == "hr"]
    print(ctx.tr("\nWie mag welk plan lezen:", "\nWho may read which plan:"), file=ctx.out)
    heads = [
        ctx.tr("Plan", "Plan"),
        ctx.tr("Eigenaar", "Owner"),
        ctx.tr("Coaches (gedeeld)", "Coaches (shared)"),
        ctx.tr("HR (uittreksel)", "HR (extract)"),
    ]
    rows = [
        [
            plan_id,
            owner,
            ", ".join(readers) or "-",
            (", ".join(hr) or ctx.tr("(geen HR)", "(no HR)")) if shared else "-",
        ]
        for owner, plan_id, _name, shared, _version, readers in seen.plans
    ]
    print(table(heads, rows) if rows else ctx.tr("  (nog geen plannen)", "  (no plans yet)"),
          file=ctx.out)  # fmt: skip
    print(
        ctx.tr(
            "Iedereen leest alleen de eigen plannen; een coach ook wat zijn mensen met hem "
            "deelden; HR alleen het uittreksel van gedeelde plannen (zonder notities, gesprek "
            "of zelfevaluatie-opmerkingen).",
            "Everyone reads only their own plans; a coach also what their people shared with "
            "them; HR only the extract of shared plans (no notes, conversation or "
            "self-assessment remarks).",
        ),
        file=ctx.out,
    )
    if seen.unclaimed:
        names = ", ".join(f"'{name or '?'}' ({count})" for name, count in seen.unclaimed)
        print(
            ctx.tr(
                f"\nNotities uit de oude opslag die nog op hun auteur wachten: {names}. Ze worden "
                "van de persoon die je met die naam aanmaakt (pop beheer gebruiker LOGIN --naam "
                '"NAAM").',
                f"\nNotes from the old store still waiting for their author: {names}. They go to "
                "the person you create with that name (pop beheer gebruiker LOGIN --naam "
                '"NAME").',
            ),
            file=ctx.out,
        )
    if seen.strangers:
        print(
            ctx.tr(
                f"pop: deze logins zijn lid van {roles.employee} maar staan niet in de opslag: "
                f"{', '.join(seen.strangers)}. Zet ze erin met 'pop beheer gebruiker'.",
                f"pop: these logins are members of {roles.employee} but not in the store: "
                f"{', '.join(seen.strangers)}. Add them with 'pop beheer gebruiker'.",
            ),
            file=ctx.err,
        )
    return 0
