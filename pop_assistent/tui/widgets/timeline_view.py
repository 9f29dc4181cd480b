"""A month-by-month timeline of the planned actions (drawn with block characters)."""

from __future__ import annotations

from datetime import date

from textual.content import Content
from textual.widgets import Static

from pop_assistent.model import Action
from pop_assistent.tui.widgets.plan_view import MONTHS_EN, MONTHS_NL


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def timeline_content(
    actions: list[Action], today: date, lang: str = "nl", months: int = 24
) -> Content:
    """One row per dated action: a bar from its start month to its end month."""
    en = lang == "en"
    dated = sorted(
        (a for a in actions if a.start or a.end), key=lambda a: a.start or a.end or today
    )
    if not dated:
        return Content("No dated actions yet." if en else "Nog geen acties met een datum.")
    first = min(_month_index(today), *(_month_index(a.start or a.end or today) for a in dated))
    last = max(_month_index(a.end or a.start or today) for a in dated)
    span = max(6, min(months, last - first + 1))
    names = MONTHS_EN if en else MONTHS_NL
    header = "".join(names[(first + i) % 12][0] for i in range(span))
    years = "".join(
        str((first + i) // 12)[-2:] if (first + i) % 12 == 0 else " " for i in range(span)
    )
    width = min(28, max(len(a.title) for a in dated))
    rows = [
        Content.styled(" " * (width + 1) + years, "dim"),
        Content.styled(" " * (width + 1) + header, "bold"),
    ]
    now = _month_index(today) - first
    for action in dated:
        start = _month_index(action.start or action.end or today) - first
        end = _month_index(action.end or action.start or today) - first
        cells = []
        for i in range(span):
            if start <= i <= end:
                cells.append(("█", "$primary"))
            elif i == now:
                cells.append(("│", "$warning"))
            else:
                cells.append(("·", "dim"))
        title = action.title if len(action.title) <= width else action.title[: width - 1] + "…"
        rows.append(Content.assemble(title.ljust(width) + " ", *cells))
    rows.append(Content.styled(("│ today" if en else "│ vandaag"), "$warning"))
    return Content("\n").join(rows)


class TimelineView(Static):
    """Static that draws `timeline_content`; call `show(actions, today, lang)`."""

    DEFAULT_CSS = "TimelineView { height: auto; }"

    def show(self, actions: list[Action], today: date, lang: str = "nl") -> None:
        """Redraw for these actions."""
        self.update(timeline_content(actions, today, lang))
