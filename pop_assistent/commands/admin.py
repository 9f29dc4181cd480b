"""`pop beheer`: the administrator installs the shared store and manages its people.

Run with the owner's connection (POP_DATABASE_URL of the login that owns the store's schema).
Only argparse is imported at module level; the database code loads inside the functions.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from pop_assistent.i18n import N_, _, say

if TYPE_CHECKING:
    from pop_assistent.commands.context import Context
    from pop_assistent.storage.pg_connect import Target

KINDS_HELP = N_("medewerker, coach (ook leidinggevende) of hr")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `beheer` and its subcommands."""
    top = sub.add_parser(
        "beheer",
        help=_("de gedeelde database inrichten en haar mensen beheren (voor de beheerder)"),
        description=(
            _(
                "Voor de beheerder van de gedeelde PostgreSQL-database, met de login die eigenaar "
                "is van de opslag (zie de README). Elke persoon krijgt een eigen login; de "
                "database zelf beslist wie wat mag zien."
            )
        ),
    )
    cmds = top.add_subparsers(dest="beheer", metavar=_("OPDRACHT"), title=_("opdrachten"))
    cmds.required = True

    p = cmds.add_parser(
        "installeer",
        help=_("maak of werk de opslag bij (veilig om te herhalen)"),
        description=(
            _(
                "Maakt of werkt bij: het schema, de tabellen, de groepsrollen (medewerker, coach, "
                "hr), de rechten en de regels per rij. Veilig om te herhalen."
            )
        ),
    )
    p.add_argument(
        "--rollen",
        metavar=_("VOORVOEGSEL"),
        help=_("voorvoegsel van de groepsrollen (standaard: de naam van het schema, 'pop')"),
    )
    p.set_defaults(func=run_install)

    p = cmds.add_parser(
        "gebruiker",
        help=_("maak een login voor een persoon, of wijzig rol, coach, naam of wachtwoord"),
        description=(
            _(
                "Maakt de login van een persoon (of wijzigt die) en zegt wat die persoon nodig "
                "heeft "
                "om te verbinden. Zonder --wachtwoord krijgt de login geen wachtwoord: dan meldt "
                "de persoon zich aan zoals pg_hba.conf het zegt (LDAP, GSSAPI, certificaat)."
            )
        ),
    )
    p.add_argument("login", metavar=_("LOGIN"), help=_("de login (bv. anna.peeters)"))
    p.add_argument(
        "--rol", required=True, choices=["medewerker", "coach", "hr"], help=_(KINDS_HELP)
    )
    p.add_argument(
        "--coach",
        action="append",
        metavar=_("LOGIN"),
        help=_(
            "de coach of leidinggevende van deze persoon (herhaal voor meer; vervangt de vorige)"
        ),
    )
    p.add_argument(
        "--geen-coach", action="store_true", help=_("deze persoon heeft geen coach meer")
    )
    p.add_argument("--naam", metavar=_("NAAM"), help=_("de naam zoals anderen die zien"))
    p.add_argument(
        "--wachtwoord",
        action="store_true",
        help=_(
            "vraag een wachtwoord (in een terminal twee keer, anders de eerste regel van stdin)"
        ),
    )
    p.set_defaults(func=run_person)

    p = cmds.add_parser(
        "verwijder",
        help=_("verwijder een persoon: plannen wissen of overdragen"),
        description=(
            _(
                "Verwijdert een persoon en de login. Kies wat er met de plannen gebeurt: --wissen "
                "(plannen en hun hele geschiedenis weg, op verzoek van de persoon) of "
                "--overdragen-aan LOGIN. Privénotities van die persoon op andere plannen kan "
                "niemand "
                "meer lezen en worden gewist; gewone notities en handtekeningen blijven bij de "
                "plannen."
            )
        ),
    )
    p.add_argument("login", metavar=_("LOGIN"))
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--wissen", action="store_true", help=_("wis de plannen van deze persoon"))
    what.add_argument(
        "--overdragen-aan", metavar=_("LOGIN"), help=_("geef de plannen aan iemand anders")
    )
    p.add_argument("--ja", action="store_true", help=_("niet om bevestiging vragen"))
    p.set_defaults(func=run_remove)

    p = cmds.add_parser(
        "overdragen",
        help=_("geef de plannen van de ene login aan de andere"),
        description=_(
            "Geeft de plannen (of één plan) van VAN aan NAAR, met hun hele geschiedenis."
        ),
    )
    p.add_argument("van", metavar=_("VAN"))
    p.add_argument("naar", metavar=_("NAAR"))
    p.add_argument("--plan", metavar=_("ID"), help=_("alleen dit plan"))
    p.set_defaults(func=run_hand_over)

    p = cmds.add_parser(
        "overzicht",
        help=_("wie is er, wie coacht wie, en wie mag welk plan lezen"),
        description=_("Toont de mensen, hun coaches en per plan wie het mag lezen."),
    )
    p.set_defaults(func=run_overview)


def _admin(ctx: Context) -> tuple[Target, Any]:
    from pop_assistent.errors import PopError
    from pop_assistent.storage import POSTGRES_SCHEMES
    from pop_assistent.storage.pg_connect import connect, prepare

    url = (ctx.settings.database_url or "").strip()
    if url.split(":", 1)[0].lower() not in POSTGRES_SCHEMES:
        raise PopError(
            N_(
                "Beheer gaat over de gedeelde PostgreSQL-database: zet POP_DATABASE_URL op de "
                "login die eigenaar is van de opslag (zie de README)."
            )
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
        state = ctx.gettext(
            "was al bij (schema {report_after}); rechten en regels opnieuw gezet"
        ).format(report_after=report.after)
    elif report.before == 0:
        state = ctx.gettext("aangemaakt (schema {report_after})").format(report_after=report.after)
    else:
        state = ctx.gettext("bijgewerkt van schema {report_before} naar {report_after}").format(
            report_before=report.before, report_after=report.after
        )
    if report.moved:
        print(
            say(
                ctx.lang,
                N_(
                    "De oude opslag in schema public ({moved} plan(nen)) is verhuisd naar schema "
                    "{schema}. Haar plannen zijn van {owner} tot je ze overdraagt: pop beheer "
                    "overdragen {owner} LOGIN --plan ID."
                ),
                moved=report.moved,
                schema=r.schema,
                owner=r.owner,
            ),
            file=ctx.out,
        )
    print(
        ctx.gettext("Opslag in schema {r_schema}: {state}.").format(r_schema=r.schema, state=state)
    )
    print(
        ctx.gettext("Groepsrollen: {employee} (iedereen), {coach}, {hr}").format(
            employee=r.employee, coach=r.coach, hr=r.hr
        )
        + (
            ctx.gettext("; nieuw: {roles}").format(roles=", ".join(report.created_roles))
            if report.created_roles
            else ""
        ),
        file=ctx.out,
    )
    for warning in report.warnings:
        print(f"pop: {warning.message(ctx.lang)}", file=ctx.err)
    print(
        ctx.gettext(
            "Volgende stap: een login per persoon, bv. pop beheer gebruiker anna.peeters --rol "
            "medewerker --coach marc.janssens"
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
        password = getpass.getpass(ctx.gettext("Wachtwoord voor {login}: ").format(login=login))
        again = getpass.getpass(ctx.gettext("Nog eens: "))
        if again != password:
            raise PopError(N_("De twee wachtwoorden verschillen; er is niets veranderd."))
    if len(password) < 12:
        raise PopError(N_("Een wachtwoord heeft minstens 12 tekens; er is niets veranderd."))
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
    coach_text = ", ".join(report.coaches) or ctx.gettext("geen")
    done = ctx.gettext("aangemaakt") if report.created else ctx.gettext("bijgewerkt")
    print(
        ctx.gettext(
            "Login {report_login} {done}: rol {report_kind}; coach van deze persoon: {coach_text}."
        ).format(
            report_login=report.login, done=done, report_kind=report.kind, coach_text=coach_text
        ),
        file=ctx.out,
    )
    if report.claimed:
        print(
            say(
                ctx.lang,
                N_(
                    "{claimed} notitie(s) uit de oude opslag met de naam van deze persoon zijn nu "
                    "van {login} (ook privénotities: alleen {login} leest ze)."
                ),
                claimed=report.claimed,
                login=report.login,
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
    lines = [
        ctx.gettext("Zo verbindt deze persoon:"),
        f"  POP_DATABASE_URL='{url}'",
        *(
            [ctx.gettext("  met een kopie van {root} op dezelfde plaats,").format(root=root)]
            if root
            else []
        ),
        ctx.gettext(
            "  en het wachtwoord in ~/.pgpass (chmod 600), één regel (een : of \\ in het\n"
            "  wachtwoord schrijf je als \\: en \\\\):\n"
            "    {host}:{port}:{name}:{login}:WACHTWOORD\n"
            "  of zonder wachtwoord, als pg_hba.conf LDAP, GSSAPI of een certificaat gebruikt."
        ).format(host=host, port=port, name=name, login=login),
    ]
    return "\n".join(lines)


def _confirm(ctx: Context, question: str, hint: str) -> bool:
    from pop_assistent.errors import PopError

    if not sys.stdin.isatty():
        raise PopError(
            N_(
                "Dit moet je bevestigen: typ de opdracht in een terminal, of voeg --ja toe "
                "({hint})."
            ),
            hint=hint,
        )
    ctx.out.write(question)
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
                ctx.gettext("hun plannen gaan naar {hand_to}").format(hand_to=hand_to)
                if hand_to
                else ctx.gettext("hun plannen en hun geschiedenis worden gewist")
            )  # fmt: skip
            if not args.ja and not _confirm(
                ctx,
                ctx.gettext("{login} verwijderen ({choice})? Typ ja: ").format(
                    login=args.login, choice=choice
                ),
                f"pop beheer verwijder {args.login} ... --ja",
            ):
                print(ctx.gettext("Er is niets veranderd."), file=ctx.out)
                return 1
            result = remove_person(conn, roles, args.login, hand_to=hand_to)
        except psycopg.Error as exc:
            raise _failed(exc, ctx) from None
    print(
        ctx.gettext(
            "{login} is verwijderd; {choice}: {plans} plan(nen), {versions} "
            "versie(s). Gewiste privénotities op andere plannen: {private_notes}."
        ).format(
            login=args.login,
            choice=choice,
            plans=result.plans,
            versions=result.versions,
            private_notes=result.private_notes,
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
        ctx.gettext(
            "{plans} plan(nen) van {from_login} ({versions} versies) zijn nu van {to_login}."
        ).format(
            plans=result.plans,
            from_login=args.van,
            versions=result.versions,
            to_login=args.naar,
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
    print(say(ctx.lang, N_("Mensen ({count}):"), count=len(seen.people)), file=ctx.out)
    heads = [ctx.gettext("Login"), ctx.gettext("Rol"), ctx.gettext("Naam"), "Coach"]
    rows = [[login, kind, clean(name, 30), ", ".join(coaches.get(login, []))]
            for login, kind, name in seen.people]  # fmt: skip
    print(table(heads, rows) if rows else ctx.gettext("  (nog niemand)"), file=ctx.out)
    hr = [login for login, kind, _ in seen.people if kind == "hr"]
    print(ctx.gettext("\nWie mag welk plan lezen:"), file=ctx.out)
    heads = [
        ctx.gettext("Plan"),
        ctx.gettext("Eigenaar"),
        ctx.gettext("Coaches (gedeeld)"),
        ctx.gettext("HR (uittreksel)"),
    ]
    rows = [
        [
            plan_id,
            owner,
            ", ".join(readers) or "-",
            (", ".join(hr) or ctx.gettext("(geen HR)")) if shared else "-",
        ]
        for owner, plan_id, _name, shared, _version, readers in seen.plans
    ]
    print(table(heads, rows) if rows else ctx.gettext("  (nog geen plannen)"),
          file=ctx.out)  # fmt: skip
    print(
        ctx.gettext(
            "Iedereen leest alleen de eigen plannen; een coach ook wat zijn mensen met hem "
            "deelden; HR alleen het uittreksel van gedeelde plannen (zonder notities, gesprek of "
            "zelfevaluatie-opmerkingen)."
        ),
        file=ctx.out,
    )
    if seen.unclaimed:
        names = ", ".join(f"'{name or '?'}' ({count})" for name, count in seen.unclaimed)
        print(
            say(
                ctx.lang,
                N_(
                    "\nNotities uit de oude opslag die nog op hun auteur wachten: {names}. Ze "
                    "worden van de persoon die je met die naam aanmaakt (pop beheer gebruiker "
                    'LOGIN --naam "NAAM").'
                ),
                names=names,
            ),
            file=ctx.out,
        )
    if seen.strangers:
        print(
            say(
                ctx.lang,
                N_(
                    "pop: deze logins zijn lid van {employee} maar staan niet in de opslag: "
                    "{logins}. Zet ze erin met 'pop beheer gebruiker'."
                ),
                employee=roles.employee,
                logins=", ".join(seen.strangers),
            ),
            file=ctx.err,
        )
    return 0
