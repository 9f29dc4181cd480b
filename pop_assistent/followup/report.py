"""Plain-text renderings for the terminal: the coach table and the 'what changed' list."""

from __future__ import annotations

import textwrap
from datetime import date

from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, say, translations

from . import text as t
from .diff import Changes
from .overview import CoachRow

WIDTH = 79
"""Details and the legend wrap here, so the overview reads in an 80-column terminal."""

HEADERS = (N_("Medewerker"), N_("Vorige opvolging"), N_("Volgende"), N_("Te laat"), N_("Klaar"))
NAME_WIDTH = 24


def _day(d: date, lang: Language) -> str:
    from pop_assistent.export.texts import short_date

    return short_date(d, lang)


def _cells(row: CoachRow, lang: Language) -> tuple[str, ...]:
    last = _day(row.last_check_in, lang) if row.last_check_in else (say(lang, N_("nog nooit")))
    late = "-"
    if row.overdue:
        days = row.overdue[0].days_late
        late = translations(lang).ngettext("{count}, {days} dag", "{count}, {days} dagen", days)
        late = late.format(count=len(row.overdue), days=days)
    when = _day(row.next_check_in, lang) + (" !" if row.check_in_overdue_days else "")
    done = f"{row.percent_done}%" + ("" if row.percent_basis == "hours" else "*")
    smart = str(len(row.smart_warnings)) if row.smart_warnings else "ok"
    name = t.clean(row.employee)
    if len(name) > NAME_WIDTH:
        name = name[: NAME_WIDTH - 1].rstrip() + "…"
    return (name, last, when, late, done, smart)


def _details(row: CoachRow, lang: Language) -> list[str]:
    items = []
    for item in row.overdue:
        text = f"  - {item.lateness(lang)}: {item.what(lang)}"
        if item.title:
            room = max(20, WIDTH - len(text) - 2)
            title = t.clean(item.title)
            text += ": " + (title if len(title) <= room else title[: room - 1].rstrip() + "…")
        items.append(text)
    items += ["  - SMART: " + t.clean(w) for w in row.smart_warnings]
    if not items:  # nothing needs attention: one line, with where the signature stands
        head = f"{t.clean(row.employee)} ({row.plan_id}): {row.signed_text}"
        return textwrap.wrap(head, WIDTH, subsequent_indent="    ")
    items.append(f"  - {row.signed_text}")
    head = f"{t.clean(row.employee)} ({row.plan_id}): {row.rank_reason}"
    return [*textwrap.wrap(head, WIDTH, subsequent_indent="    "), *items]


def coach_table(rows: list[CoachRow], today: date, lang: Language = SOURCE_LANGUAGE) -> list[str]:
    """The overview as aligned lines, with the details of every row that needs attention."""
    if not rows:
        return [say(lang, N_("Geen plannen om op te volgen."))]
    header = (*(say(lang, title) for title in HEADERS), "SMART")
    body = [_cells(r, lang) for r in rows]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]

    def fmt(cells: tuple[str, ...]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    lines = [
        say(
            lang,
            N_("Op te volgen plannen op {day}, dringendste eerst:"),
            day=t.long_date(today, lang),
        ),
        "",
        fmt(header),
        fmt(tuple("-" * w for w in widths)),
        *[fmt(cells) for cells in body],
    ]  # fmt: skip
    details = [line for row in rows for line in _details(row, lang)]
    if details:
        lines += ["", *details]
    lines.append("")
    lines += [
        w for text in (say(lang, part) for part in LEGEND) for w in textwrap.wrap(text, WIDTH)
    ]
    return lines


LEGEND = (
    N_(
        "Dringendste eerst: wie iets te laat heeft, het langst te late bovenaan; daarna de "
        "eerstvolgende opvolging (! = die is te laat)."
    ),
    N_(
        "Te laat = hoeveel er te laat is, en hoelang het langste al: opvolgmomenten die niet "
        "gehouden zijn, acties die hadden moeten starten of voorbij hun einde zijn, doelen voorbij "
        "hun deadline (zoals in 'pop herinneringen')."
    ),
    N_(
        "Klaar = deel van het leerwerk dat gedaan is, gewogen naar uren (* naar aantal acties als "
        "er geen uren gekend zijn)."
    ),
)


def changes_lines(changes: Changes, lang: Language = SOURCE_LANGUAGE) -> list[str]:
    """The heading and one bullet per change."""
    if changes.base_note.startswith("opvolging"):
        held = changes.base_note.split()[-1]
        try:
            held = t.long_date(date.fromisoformat(held), lang)
        except ValueError:
            pass
        since = say(
            lang,
            N_("sinds de vorige opvolging ({held}, versie {base_version})"),
            held=held,
            base_version=changes.base_version,
        )
    else:
        since = say(
            lang,
            N_("sinds de eerste versie (versie {base_version})"),
            base_version=changes.base_version,
        )
    head = say(
        lang,
        N_("Wat is er veranderd {since} tot versie {version}:"),
        since=since,
        version=changes.version,
    )
    body = [f"  - {line}" for line in changes.lines] or ["  - " + (say(lang, N_("niets")))]
    return [head, *body]
