"""`pop datum` (read a time expression) and `pop smart` (judge a goal on SMART)."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TYPE_CHECKING

from pop_assistent.errors import PopError
from pop_assistent.i18n import N_, _

if TYPE_CHECKING:
    from pop_assistent.commands.context import Context
    from pop_assistent.language.dates import AmbiguousDate
    from pop_assistent.model.catalogue import Skill


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `datum` and `smart`."""
    datum = sub.add_parser(
        "datum",
        help=_("lees een tijdsuitdrukking (‘binnen twee jaar’) en toon de deadline"),
        description=_("Zet een tijdsuitdrukking om in een periode en een deadline."),
    )
    datum.add_argument("tekst", metavar=_("TEKST"), help=_("bv. ‘tegen eind juni 2027’"))
    datum.add_argument("--vandaag", metavar=_("JJJJ-MM-DD"), help=_("reken vanaf deze datum"))
    datum.add_argument("--json", action="store_true", help=_("toon JSON"))
    datum.set_defaults(func=run_datum)
    smart = sub.add_parser(
        "smart",
        help=_("beoordeel een doel op SMART"),
        description=_(
            "Beoordeel een ontwikkeldoel op Specifiek, Meetbaar, Realistisch, "
            "Relevant en Tijdgebonden."
        ),
    )
    smart.add_argument("tekst", metavar=_("TEKST"), help=_("het doel, in je eigen woorden"))
    smart.add_argument("--vandaag", metavar=_("JJJJ-MM-DD"), help=_("reken vanaf deze datum"))
    smart.add_argument("--json", action="store_true", help=_("toon JSON"))
    smart.set_defaults(func=run_smart)


def _today(args: argparse.Namespace, ctx: Context) -> date:
    if not args.vandaag:
        return ctx.settings.today_or_now()
    try:
        return date.fromisoformat(args.vandaag.strip())
    except ValueError:
        raise PopError(
            N_(
                "‘{text}’ is geen geldige datum voor --vandaag: schrijf JJJJ-MM-DD, bv. 2026-11-24."
            ),
            text=args.vandaag[:40],
        ) from None


EXIT_ASK = 3
"""`pop datum` exit code when the expression has two common readings (both are printed)."""


def _ask(ctx: Context, args: argparse.Namespace, ambiguous: AmbiguousDate) -> int:
    """Both readings of an ambiguous expression: as JSON, or one numbered line each."""
    from pop_assistent.language.calendar_nl import format_date

    lang = ctx.lang
    if args.json:
        data = {
            "ambiguous": True,
            "question": ambiguous.message(lang),
            "options": [choice.as_json(lang) for choice in ambiguous.choices],
        }
        print(json.dumps(data, ensure_ascii=False), file=ctx.out)
        return EXIT_ASK
    print(ambiguous.message(lang), file=ctx.out)
    for number, choice in enumerate(ambiguous.choices, 1):
        when = format_date(choice.period.deadline, lang, weekday=True)
        deadline = ctx.gettext("deadline")
        print(f"  {number}. {choice.label(lang)}: {deadline} {when}", file=ctx.out)
    return EXIT_ASK


def run_datum(args: argparse.Namespace, ctx: Context) -> int:
    """Print the deadline and period of a time expression; a refusal exits 2, an expression
    with two common readings prints both and exits 3."""
    from pop_assistent.language.calendar_nl import format_date
    from pop_assistent.language.dates import AmbiguousDate, parse_period

    today = _today(args, ctx)
    try:
        period = parse_period(args.tekst, today, ctx.lang)
    except AmbiguousDate as ambiguous:
        return _ask(ctx, args, ambiguous)
    if args.json:
        print(json.dumps(period.as_json(), ensure_ascii=False), file=ctx.out)
        return 0
    lang = ctx.lang
    line = ctx.gettext("Deadline: {d} (periode {s} – {e})").format(
        d=format_date(period.deadline, lang, weekday=True),
        s=format_date(period.start, lang),
        e=format_date(period.end, lang),
    )
    print(line, file=ctx.out)
    return 0


def _skills(ctx: Context) -> tuple[list[Skill], str]:
    """The organisation's skills list, or none with a note saying why."""
    try:
        from pop_assistent.catalogue import load_skills

        return list(load_skills(ctx.settings.catalogue_dir)), ""
    except PopError as error:
        return [], error.message(ctx.lang)
    except Exception:  # noqa: BLE001 - the check works without the skills list
        return [], ctx.gettext("De vaardighedenlijst kon niet geladen worden; ik beoordeel zonder.")


def run_smart(args: argparse.Namespace, ctx: Context) -> int:
    """Print the SMART verdict of a goal (text or JSON)."""
    from pop_assistent.language.smart import check_goal

    today = _today(args, ctx)
    skills, note = _skills(ctx)
    result = check_goal(args.tekst, today, skills=skills, lang=ctx.lang)
    if args.json:
        data: dict[str, object] = {
            key: crit.model_dump(mode="json") for key, crit in result.criteria()
        }
        data["deadline"] = result.deadline.isoformat() if result.deadline else None
        print(json.dumps(data, ensure_ascii=False, indent=2), file=ctx.out)
        return 0
    from pop_assistent.model import smart_letter, smart_name

    marks = {True: "✓", False: "✗", None: "?"}
    for key, crit in result.criteria():
        name = smart_name(key, ctx.lang)
        letter = smart_letter(key, ctx.lang)
        print(f"{marks[crit.met]} {letter} {name}: {crit.reason}", file=ctx.out)
        if crit.question:
            print(f"    → {crit.question}", file=ctx.out)
    missing = result.missing()
    if missing:
        names = ", ".join(smart_name(k, ctx.lang) for k in missing)
        print(ctx.gettext("Nog niet SMART: {names}.").format(names=names), file=ctx.out)
    else:
        print(ctx.gettext("Niets ontbreekt."), file=ctx.out)
    if note:
        print(note, file=ctx.err)
    return 0
