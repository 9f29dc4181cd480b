"""Plain-text views for the plan commands: a readable plan summary and simple tables."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from pop_assistent.text import one_line as clean
from pop_assistent.text.formats import money as euro
from pop_assistent.text.formats import number, numeric_date

if TYPE_CHECKING:
    from pop_assistent.storage.base import StoredPlan

OCCASIONS: dict[str, tuple[str, str]] = {
    "performance_review": ("functioneringsgesprek", "performance review"),
    "career_project": ("loopbaanproject", "career project"),
    "organisational_change": ("organisatieverandering", "organisational change"),
    "continuous_development": ("continue ontwikkeling", "continuous development"),
    "promotion": ("promotie", "promotion"),
    "internal_mobility": ("interne mobiliteit", "internal mobility"),
    "external_mobility": ("externe mobiliteit", "external mobility"),
    "reskilling": ("omscholing", "reskilling"),
}


def day(value: date | None, lang: str) -> str:
    return numeric_date(value, lang)


def moment(value: datetime, lang: str) -> str:
    """A saved time in the user's local time zone."""
    local = value.astimezone()
    return local.strftime("%Y-%m-%d %H:%M" if lang == "en" else "%d-%m-%Y %H:%M")


def size(n: int, lang: str) -> str:
    if n < 1024:
        return f"{n} B"
    return f"{number(round(n / 1024, 1), lang)} kB"


def yes_no(value: bool, lang: str) -> str:
    if lang == "en":
        return "yes" if value else "no"
    return "ja" if value else "nee"


def note_text(note: str, lang: str) -> str:
    """Notes the store writes itself, in the reader's language."""
    prefix = "Hersteld van versie "
    if lang == "en" and note.startswith(prefix):
        return "Restored from version " + note[len(prefix) :]
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


def render_plan(stored: StoredPlan, lang: str) -> str:
    """A readable summary of the whole plan, section by section."""
    from pop_assistent.model import label

    en = lang == "en"

    def t(nl: str, english: str) -> str:
        return english if en else nl

    plan = stored.plan
    emp = plan.employee
    out: list[str] = [
        t("Plan van ", "Plan of ") + f"{clean(emp.name)} ({plan.id})",
        t("Versie ", "Version ")
        + f"{stored.version}, "
        + t("bewaard op ", "saved on ")
        + moment(stored.saved_at, lang),
        "",
        f"{t('Functie', 'Role')}: {clean(emp.role) or '-'}",
        f"{t('Afdeling', 'Department')}: {clean(emp.department) or '-'}",
        f"{t('Leidinggevende', 'Manager')}: {clean(emp.manager) or '-'}",
        f"Coach: {clean(emp.coach) or '-'}",
        f"{t('Tijd om te leren', 'Time for learning')}: {number(emp.hours_per_week, lang)} "
        + t("uur per week", "hours per week"),
        f"{t('Gedeeld met coach en HR', 'Shared with coach and HR')}: {yes_no(plan.shared, lang)}",
        "",
        t("Aanleiding", "Occasion"),
    ]
    kind = OCCASIONS[plan.occasion.kind.value][1 if en else 0]
    if plan.occasion.career_project is not None:
        kind += f" ({OCCASIONS[plan.occasion.career_project.value][1 if en else 0]})"
    out.append(f"  {kind[0].upper()}{kind[1:]}: {clean(plan.occasion.description) or '-'}")

    out += ["", t("Zelfevaluatie", "Self-assessment")]
    for skill in plan.skills:
        cats = ", ".join(label(c, lang) for c in skill.categories)
        out.append(
            f"  - {clean(skill.label)} ({label(skill.kind, lang)}): "
            + (
                t(
                    f"nu {skill.current_level}, gewenst {skill.wanted_level}",
                    f"now {skill.current_level}, wanted {skill.wanted_level}",
                )
                if skill.rated
                else t("nog zonder niveau", "no level yet")
            )
            + (f"; {cats}" if cats else "")
        )
    if not plan.skills:
        out.append(t("  (nog niets ingevuld)", "  (nothing yet)"))

    out += ["", t("Doelen", "Goals")]
    goal_numbers = {goal.id: n for n, goal in enumerate(plan.goals, 1)}
    for n, goal in enumerate(plan.goals, 1):
        out.append(f"  {n}. {clean(goal.text)}")
        out.append(
            f"     {t('Deadline', 'Deadline')}: {day(goal.deadline, lang)} · "
            f"{t('Status', 'Status')}: {label(goal.status, lang)}"
        )
        if goal.career_project:
            out.append(
                f"     {t('Loopbaanproject', 'Career project')}: {clean(goal.career_project)}"
            )
    if not plan.goals:
        out.append(t("  (nog geen doelen)", "  (no goals yet)"))

    out += ["", t("Acties", "Actions")]
    for n, action in enumerate(plan.actions, 1):
        kind = f"{label(action.type, lang)}, {label(action.origin, lang)}"
        out.append(f"  {n}. {clean(action.title)} ({kind})")
        goal_ref = goal_numbers.get(action.goal_id or "")
        parts = [f"{t('doel', 'goal')} {goal_ref}"] if goal_ref else []
        parts += [
            f"{day(action.start, lang)} {t('tot', 'to')} {day(action.end, lang)}",
            f"{number(action.hours, lang)} {t('uur', 'hours')}",
            euro(action.cost_eur, lang),
            f"{label(action.status, lang)} ({action.progress}%)",
        ]
        out.append("     " + " · ".join(parts))
        if action.expected_return:
            out.append(f"     {t('Rendement', 'Return')}: {clean(action.expected_return)}")
        if action.visible_on_floor:
            out.append(
                f"     {t('Zichtbaar op de werkvloer', 'Visible at work')}: "
                f"{clean(action.visible_on_floor)}"
            )
    if not plan.actions:
        out.append(t("  (nog geen acties)", "  (no actions yet)"))

    out += ["", t("Opvolgmomenten", "Check-ins")]
    for check in plan.check_ins:
        if check.held_on:
            held = t("gehouden op ", "held on ") + day(check.held_on, lang)
        elif check.skipped_on:
            held = t("overgeslagen: ", "skipped: ") + clean(check.skipped_reason)
        else:
            held = t("gepland", "planned")
        out.append(f"  - {day(check.planned_for, lang)}: {held}")
        for title, text in (
            (t("Ging goed", "Went well"), check.went_well),
            (t("Obstakels", "Obstacles"), check.obstacles),
            ("Feedback", check.feedback),
            (t("Bijsturing", "Adjustments"), check.adjustments),
        ):
            if text:
                out.append(f"      {title}: {clean(text)}")
    if not plan.check_ins:
        out.append(t("  (nog geen opvolgmomenten)", "  (no check-ins yet)"))

    if plan.coach_notes:
        out += ["", t("Notities", "Notes")]
        for note in plan.coach_notes:
            private = t(" (privé)", " (private)") if note.private else ""
            author = f"{clean(note.author)}: " if note.author else ""
            out.append(f"  - {author}{clean(note.text)}{private}")

    out += ["", t("Handtekeningen", "Sign-offs")]
    for sign in plan.sign_offs:
        out.append(f"  - {label(sign.role, lang)}: {clean(sign.name)}, {day(sign.signed_on, lang)}")
    if not plan.sign_offs:
        out.append(t("  (nog niet ondertekend)", "  (not signed yet)"))
    return "\n".join(out)
