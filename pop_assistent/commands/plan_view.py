"""Plain-text views for the plan commands: a readable plan summary and simple tables."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from pop_assistent.i18n import N_, Language, say
from pop_assistent.text import one_line as clean
from pop_assistent.text.formats import money as euro
from pop_assistent.text.formats import number, numeric_date

if TYPE_CHECKING:
    from pop_assistent.storage.base import StoredPlan


def day(value: date | None, lang: Language) -> str:
    return numeric_date(value, lang)


def moment(value: datetime, lang: Language) -> str:
    """A saved time in the user's local time zone."""
    local = value.astimezone()
    return local.strftime(say(lang, N_("%d-%m-%Y %H:%M")))


def size(n: int, lang: Language) -> str:
    if n < 1024:
        return f"{n} B"
    return f"{number(round(n / 1024, 1), lang)} kB"


def yes_no(value: bool, lang: Language) -> str:
    return say(lang, N_("ja")) if value else say(lang, N_("nee"))


def note_text(note: str, lang: Language) -> str:
    """Notes the store writes itself, in the reader's language."""
    prefix = "Hersteld van versie "  # the store writes it in Dutch (storage/*.py)
    if note.startswith(prefix):
        version = note[len(prefix) :]
        return say(lang, N_("Hersteld van versie {version}"), version=version)
    return note


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: int | None = None,
    keep: Sequence[int] = (),
    last: Sequence[int] = (),
) -> str:
    """Left-aligned columns separated by two spaces, with a rule under the header, no wider than
    the terminal (80 columns when it is not one): the widest columns give way (never those in
    `keep`, such as an id people type; those in `last` only when nothing else can), and a cut
    cell ends in an ellipsis."""
    import shutil

    limit = width or shutil.get_terminal_size((80, 24)).columns
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    floor = [widths[i] if i in keep else max(len(h), 6) for i, h in enumerate(headers)]
    while sum(widths) + 2 * (len(widths) - 1) > limit:
        slack = [i for i in range(len(widths)) if widths[i] > floor[i]]
        first = [i for i in slack if i not in last] or slack
        if not first:
            break
        widest = max(first, key=lambda i: widths[i] - floor[i])
        widths[widest] -= 1
    rows = [[c if len(c) <= w else c[: w - 1] + "…" for c, w in zip(r, widths, strict=True)]
            for r in rows]  # fmt: skip
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines)


def render_plan(stored: StoredPlan, lang: Language) -> str:
    """A readable summary of the whole plan, section by section."""
    from pop_assistent.model import label

    plan = stored.plan
    emp = plan.employee
    out: list[str] = [
        say(lang, N_("Plan van ")) + f"{clean(emp.name)} ({plan.id})",
        say(lang, N_("Versie "))
        + f"{stored.version}, "
        + say(lang, N_("bewaard op "))
        + moment(stored.saved_at, lang),
        "",
        say(lang, N_("Functie")) + f": {clean(emp.role) or '-'}",
        say(lang, N_("Afdeling")) + f": {clean(emp.department) or '-'}",
        say(lang, N_("Leidinggevende")) + f": {clean(emp.manager) or '-'}",
        f"Coach: {clean(emp.coach) or '-'}",
        say(lang, N_("Tijd om te leren"))
        + f": {number(emp.hours_per_week, lang)} "
        + say(lang, N_("uur per week")),
        say(lang, N_("Gedeeld met coach en HR")) + f": {yes_no(plan.shared, lang)}",
        "",
        say(lang, N_("Aanleiding")),
    ]
    kind = label(plan.occasion.kind, lang)
    if plan.occasion.career_project is not None:
        kind += f" ({label(plan.occasion.career_project, lang)})"
    out.append(f"  {kind[0].upper()}{kind[1:]}: {clean(plan.occasion.description) or '-'}")

    out += ["", say(lang, N_("Zelfevaluatie"))]
    for skill in plan.skills:
        cats = ", ".join(label(c, lang) for c in skill.categories)
        out.append(
            f"  - {clean(skill.label)} ({label(skill.kind, lang)}): "
            + (
                say(
                    lang,
                    N_("nu {current_level}, gewenst {wanted_level}"),
                    current_level=skill.current_level,
                    wanted_level=skill.wanted_level,
                )
                if skill.rated
                else say(lang, N_("nog zonder niveau"))
            )
            + (f"; {cats}" if cats else "")
        )
    if not plan.skills:
        out.append(say(lang, N_("  (nog niets ingevuld)")))

    out += ["", say(lang, N_("Doelen"))]
    goal_numbers = {goal.id: n for n, goal in enumerate(plan.goals, 1)}
    for n, goal in enumerate(plan.goals, 1):
        out.append(f"  {n}. {clean(goal.text)}")
        out.append(
            "     "
            + say(lang, N_("Deadline"))
            + f": {day(goal.deadline, lang)} · "
            + say(lang, N_("Status"))
            + f": {label(goal.status, lang)}"
        )
        if goal.career_project:
            out.append(
                "     " + say(lang, N_("Loopbaanproject")) + f": {clean(goal.career_project)}"
            )
    if not plan.goals:
        out.append(say(lang, N_("  (nog geen doelen)")))

    out += ["", say(lang, N_("Acties"))]
    for n, action in enumerate(plan.actions, 1):
        kind = f"{label(action.type, lang)}, {label(action.origin, lang)}"
        out.append(f"  {n}. {clean(action.title)} ({kind})")
        goal_ref = goal_numbers.get(action.goal_id or "")
        parts = [say(lang, N_("doel")) + f" {goal_ref}"] if goal_ref else []
        parts += [
            f"{day(action.start, lang)} " + say(lang, N_("tot")) + f" {day(action.end, lang)}",
            f"{number(action.hours, lang)} "
            + say(lang, N_("uur"))
            + (" " + say(lang, N_("in werktijd")) if action.in_working_time else ""),
            euro(action.cost_eur, lang),
            f"{label(action.status, lang)} ({action.progress}%)",
        ]
        out.append("     " + " · ".join(parts))
        if action.expected_return:
            out.append("     " + say(lang, N_("Rendement")) + f": {clean(action.expected_return)}")
        if action.visible_on_floor:
            out.append(
                "     " + say(lang, N_("Zichtbaar op de werkvloer")) + f": "
                f"{clean(action.visible_on_floor)}"
            )
    if not plan.actions:
        out.append(say(lang, N_("  (nog geen acties)")))

    out += ["", say(lang, N_("Opvolgmomenten"))]
    for check in plan.check_ins:
        if check.held_on:
            held = say(lang, N_("gehouden op ")) + day(check.held_on, lang)
        elif check.skipped_on:
            held = say(lang, N_("overgeslagen: ")) + clean(check.skipped_reason)
        else:
            held = say(lang, N_("gepland"))
        out.append(f"  - {day(check.planned_for, lang)}: {held}")
        for title, text in (
            (say(lang, N_("Ging goed")), check.went_well),
            (say(lang, N_("Obstakels")), check.obstacles),
            ("Feedback", check.feedback),
            (say(lang, N_("Bijsturing")), check.adjustments),
        ):
            if text:
                out.append(f"      {title}: {clean(text)}")
    if not plan.check_ins:
        out.append(say(lang, N_("  (nog geen opvolgmomenten)")))

    if plan.coach_notes:
        out += ["", say(lang, N_("Notities"))]
        for note in plan.coach_notes:
            private = say(lang, N_(" (privé)")) if note.private else ""
            author = f"{clean(note.author)}: " if note.author else ""
            out.append(f"  - {author}{clean(note.text)}{private}")

    out += ["", say(lang, N_("Handtekeningen"))]
    for sign in plan.sign_offs:
        out.append(f"  - {label(sign.role, lang)}: {clean(sign.name)}, {day(sign.signed_on, lang)}")
    if not plan.sign_offs:
        out.append(say(lang, N_("  (nog niet ondertekend)")))
    return "\n".join(out)
