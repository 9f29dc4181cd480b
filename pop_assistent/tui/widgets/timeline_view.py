"""A month-by-month timeline of the planned actions (drawn with block characters)."""

from __future__ import annotations

from datetime import date

from textual.content import Content
from textual.widgets import Static

from pop_assistent.i18n import SOURCE_LANGUAGE, Language, translations
from pop_assistent.model import Action
from pop_assistent.planning.workload import Workload
from pop_assistent.text import formats


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def timeline_content(
    actions: list[Action],
    today: date,
    lang: Language = SOURCE_LANGUAGE,
    months: int = 24,
    width: int = 80,
) -> Content:
    """One row per dated action: a bar from its start month to its end month.

    Months are three characters wide ("jan feb") when the width allows, else one ("jf").
    """
    _ = translations(lang).gettext
    dated = sorted(
        (a for a in actions if a.start or a.end), key=lambda a: a.start or a.end or today
    )
    if not dated:
        return Content(_("Nog geen acties met een datum."))
    first = min(_month_index(today), *(_month_index(a.start or a.end or today) for a in dated))
    last = max(_month_index(a.end or a.start or today) for a in dated)
    span = max(6, min(months, last - first + 1))
    names = [formats.month_name(m, lang, short=True) for m in range(1, 13)]
    title_width = min(28, max(len(a.title) for a in dated))
    room = width - 1 - span * 4  # titles shrink to make room for readable months
    cell = 4 if room >= min(16, title_width) else 1
    if cell == 4:
        title_width = min(title_width, room)
    header = "".join(
        (names[(first + i) % 12] + " ")[:cell] if cell > 1 else names[(first + i) % 12][0]
        for i in range(span)
    )
    years = _year_row(first, span, cell)
    # Labelled, not blank: leading whitespace of a line is not kept by the renderer.
    year_label = (_("Jaar")).ljust(title_width + 1)
    month_label = (_("Maand")).ljust(title_width + 1)
    rows = [
        Content.assemble((year_label, "dim"), (years, "dim")),
        Content.assemble((month_label, "dim"), (header, "bold")),
    ]
    now = _month_index(today) - first
    for action in dated:
        start = _month_index(action.start or action.end or today) - first
        end = _month_index(action.end or action.start or today) - first
        cells: list[tuple[str, str]] = []
        for i in range(span):
            if start <= i <= end:
                cells.append(
                    ("█" * (cell - 1 if cell > 1 else 1) + (" " if cell > 1 else ""), "$primary")
                )
            elif i == now:
                cells.append(("│".ljust(cell), "$warning"))
            else:
                cells.append(("·".ljust(cell), "dim"))
        title = (
            action.title
            if len(action.title) <= title_width
            else action.title[: title_width - 1] + "…"
        )
        rows.append(Content.assemble(title.ljust(title_width) + " ", *cells))
    rows.append(Content.styled(_("│ vandaag"), "$warning"))
    return Content("\n").join(rows)


def _year_row(first: int, span: int, cell: int) -> str:
    """The years above the months: "’26" at the first month and at every January, never two
    run together ("20262027"): a label that would touch the next one is left out."""
    row = [" "] * (span * cell)
    free = 0
    starts = [i for i in range(span) if i == 0 or (first + i) % 12 == 0]
    for n, i in enumerate(starts):
        label = f"’{(first + i) // 12 % 100:02d}"
        at = i * cell
        following = starts[n + 1] * cell if n + 1 < len(starts) else len(row)
        if at < free or at + len(label) >= following:
            continue
        row[at : at + len(label)] = label
        free = at + len(label) + 1
    return "".join(row)


def workload_content(workload: Workload, lang: Language = SOURCE_LANGUAGE) -> Content:
    """Planned against available hours per month, as bars; months over the limit in red;
    hours in working time (legally required training, or agreed) named apart."""
    _ = translations(lang).gettext
    months = [m for m in workload.months if m.planned > 0]
    extra = []
    if workload.working_time:
        hours = formats.hours(workload.working_time, lang)
        extra.append(
            Content.styled(
                _("+ {hours} u in werktijd, niet van je leertijd").format(hours=hours),
                "dim",
            )
        )
    if not months:
        return Content("\n").join(extra) if extra else Content("")
    rows = [Content.styled(_("Uren per maand"), "bold")]
    top = max(max(m.available, m.planned) for m in months) or 1.0
    for month in months:
        width = 20
        used = min(width, round(width * month.planned / top))
        room = max(0, round(width * month.available / top) - used)
        style = "$error" if month.over else "$success"
        name = f"{formats.month_name(month.start.month, lang, short=True)} {month.start.year}"
        planned, available = (
            formats.hours(round(x, 1), lang) for x in (month.planned, month.available)
        )
        numbers = " " + _("{planned} / {available} u").format(planned=planned, available=available)
        rows.append(
            Content.assemble(
                name.ljust(9),
                ("█" * used, style),
                ("░" * room, "dim"),
                numbers,
                ((_("  te veel")) if month.over else "", "bold $error"),
            )
        )
    return Content("\n").join([*rows, *extra])


class TimelineView(Static):
    """Static that draws `timeline_content`; call `show(actions, today, lang)`."""

    DEFAULT_CSS = (
        "TimelineView { height: auto; width: 1fr; text-wrap: nowrap; text-overflow: clip; }"
    )

    def show(self, actions: list[Action], today: date, lang: Language = SOURCE_LANGUAGE) -> None:
        """Draw these actions (again whenever the widget changes width)."""
        self._shown = (actions, today, lang)
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def _draw(self) -> None:
        shown = getattr(self, "_shown", None)
        if shown is not None:
            actions, today, lang = shown
            width = (self.size.width or 81) - 1
            self.update(timeline_content(actions, today, lang, width=width))
