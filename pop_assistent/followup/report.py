"""Plain-text renderings for the terminal: the coach table and the 'what changed' list."""

from __future__ import annotations

import textwrap
from datetime import date

from . import text as t
from .diff import Changes
from .overview import CoachRow

WIDTH = 79
"""Details and the legend wrap here, so the overview reads in an 80-column terminal."""

HEADERS = {
    "nl": ("Medewerker", "Vorige opvolging", "Volgende", "Te laat", "Klaar", "SMART"),
    "en": ("Employee", "Last check-in", "Next", "Late", "Done", "SMART"),
}
NAME_WIDTH = 24


def _day(d: date, lang: str) -> str:
    from pop_assistent.export.texts import short_date

    return short_date(d, lang)


def _cells(row: CoachRow, lang: str) -> tuple[str, ...]:
    en = lang == "en"
    last = _day(row.last_check_in, lang) if row.last_check_in else ("never" if en else "nog nooit")
    late = "-"
    if row.overdue:
        days = row.overdue[0].days_late
        unit = ("day" if days == 1 else "days") if en else ("dag" if days == 1 else "dagen")
        late = f"{len(row.overdue)}, {days} {unit}"
    when = _day(row.next_check_in, lang) + (" !" if row.check_in_overdue_days else "")
    done = f"{row.percent_done}%" + ("" if row.percent_basis == "hours" else "*")
    smart = str(len(row.smart_warnings)) if row.smart_warnings else "ok"
    name = t.clean(row.employee)
    if len(name) > NAME_WIDTH:
        name = name[: NAME_WIDTH - 1].rstrip() + "…"
    return (name, last, when, late, done, smart)


def _details(row: CoachRow, lang: str) -> list[str]:
    items = []
    for item in row.overdue:
        text = f"  - {item.lateness(lang)}: {item.what(lang)}"
        if item.title:
            room = max(20, WIDTH - len(text) - 2)
            title = t.clean(item.title)
            text += ": " + (title if len(title) <= room else title[: room - 1].rstrip() + "…")
        items.append(text)
    items += ["  - SMART: " + t.clean(w) for w in row.smart_warnings]
    if not items:
        return []
    head = f"{t.clean(row.employee)} ({row.plan_id}): {row.rank_reason}"
    return [*textwrap.wrap(head, WIDTH, subsequent_indent="    "), *items]


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
    details = [line for row in rows for line in _details(row, lang)]
    if details:
        lines += ["", *details]
    lines.append("")
    lines += [w for text in LEGEND["en" if en else "nl"] for w in textwrap.wrap(text, WIDTH)]
    return lines


LEGEND = {
    "nl": (
        "Dringendste eerst: wie iets te laat heeft, het langst te late bovenaan; daarna de "
        "eerstvolgende opvolging (! = die is te laat).",
        "Te laat = hoeveel er te laat is, en hoelang het langste al: opvolgmomenten die niet "
        "gehouden zijn, acties die hadden moeten starten of voorbij hun einde zijn, doelen "
        "voorbij hun deadline (zoals in 'pop herinneringen').",
        "Klaar = deel van het leerwerk dat gedaan is, gewogen naar uren (* naar aantal acties "
        "als er geen uren gekend zijn).",
    ),
    "en": (
        "Most urgent first: plans with something late, the longest late on top; then the "
        "nearest check-in (! = it is late).",
        "Late = how many items are late, and for how long the oldest: check-ins not held, "
        "actions that should have started or are past their end, goals past their deadline "
        "(as in 'pop herinneringen').",
        "Done = share of the learning done, weighted by hours (* by number of actions when no "
        "hours are known).",
    ),
}


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
