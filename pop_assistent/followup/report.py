"""Plain-text renderings for the terminal: the coach table and the 'what changed' list."""

from __future__ import annotations

from datetime import date

from . import text as t
from .diff import Changes
from .overview import CoachRow

HEADERS = {
    "nl": ("Medewerker", "Volgende opvolging", "Te laat", "Klaar", "SMART"),
    "en": ("Employee", "Next check-in", "Overdue", "Done", "SMART"),
}


def _cells(row: CoachRow, lang: str) -> tuple[str, ...]:
    en = lang == "en"
    when = t.long_date(row.next_check_in, lang) or ("none planned" if en else "geen gepland")
    if row.check_in_overdue_days:
        days = row.check_in_overdue_days
        unit = ("day" if days == 1 else "days") if en else ("dag" if days == 1 else "dagen")
        when += f" ({days} {unit} {'late' if en else 'te laat'})"
    overdue = str(len(row.overdue_actions)) if row.overdue_actions else "-"
    done = t.percent(row.percent_done) + ("" if row.percent_basis == "hours" else "*")
    smart = str(len(row.smart_warnings)) if row.smart_warnings else "ok"
    return (t.clean(row.employee)[:40], when, overdue, done, smart)


def coach_table(rows: list[CoachRow], today: date, lang: str = "nl") -> list[str]:
    """The overview as aligned lines, with the details of every row that needs attention."""
    en = lang == "en"
    if not rows:
        return ["No plans to follow." if en else "Geen plannen om op te volgen."]
    header = HEADERS["en" if en else "nl"]
    body = [_cells(r, lang) for r in rows]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]

    def fmt(cells: tuple[str, ...]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    lines = [
        (f"Plans to follow on {t.long_date(today, lang)}, most urgent first:" if en
         else f"Op te volgen plannen op {t.long_date(today, lang)}, dringendste eerst:"),
        "",
        fmt(header),
        fmt(tuple("-" * w for w in widths)),
        *[fmt(cells) for cells in body],
    ]  # fmt: skip
    details = []
    for row in rows:
        items = [
            ("overdue: " if en else "te laat: ") + t.clean(title)[:70]
            for title in row.overdue_actions
        ]
        items += ["SMART: " + t.clean(w) for w in row.smart_warnings]
        if items:
            details.append(f"{t.clean(row.employee)} ({row.plan_id})")
            details += [f"  - {item}" for item in items]
    if details:
        lines += ["", *details]
    lines += [
        "",
        (
            "Done = share of the learning done, weighted by hours (* by number of actions "
            "when no hours are known)."
            if en
            else "Klaar = deel van het leerwerk dat gedaan is, gewogen naar uren (* naar aantal "
            "acties als er geen uren gekend zijn)."
        ),
    ]
    return lines


def changes_lines(changes: Changes, lang: str = "nl") -> list[str]:
    """The heading and one bullet per change."""
    en = lang == "en"
    if changes.base_note.startswith("opvolging"):
        held = changes.base_note.split()[-1]
        try:
            held = t.long_date(date.fromisoformat(held), lang)
        except ValueError:
            pass
        since = (
            f"since the previous check-in ({held}, version {changes.base_version})"
            if en
            else f"sinds de vorige opvolging ({held}, versie {changes.base_version})"
        )
    else:
        since = (
            f"since the first version (version {changes.base_version})"
            if en
            else f"sinds de eerste versie (versie {changes.base_version})"
        )
    head = (
        f"What changed {since} up to version {changes.version}:"
        if en
        else f"Wat is er veranderd {since} tot versie {changes.version}:"
    )
    body = [f"  - {line}" for line in changes.lines] or ["  - " + ("nothing" if en else "niets")]
    return [head, *body]
