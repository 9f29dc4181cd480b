"""The picture of progress: planned against actual per action, and progress over check-ins.

Drawn with Unicode blocks so it works in any terminal: for each action a row on a shared
month scale, `░` for the planned span, `█` for the part done, `✓` where it was completed and
`│` for today; below it one bar per held check-in with the progress (`planning.progress`, the
one measure). The widget only displays the data of `pop_assistent.followup.progress`.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

from pop_assistent.i18n import SOURCE_LANGUAGE, Language, translations

if TYPE_CHECKING:
    from pop_assistent.model import Plan

TITLE_WIDTH = 22
BAR_WIDTH = 20


def _fit(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _span(plan: Plan, today: date) -> tuple[date, date]:
    days = [today]
    for action in plan.actions:
        days += [d for d in (action.start, action.end, action.completed_on) if d is not None]
    return min(days), max(days)


def progress_lines(
    plan: Plan, today: date, lang: Language = SOURCE_LANGUAGE, width: int = 40
) -> list[Content]:
    """The picture as styled lines (user text stays literal: it is never parsed as markup)."""
    _ = translations(lang).gettext
    from pop_assistent.followup.progress import action_progress, progress_over_check_ins
    from pop_assistent.planning.progress import whole_percent
    from pop_assistent.text.formats import long_date, short_date

    _ = translations(lang).gettext
    titles = max(10, min(TITLE_WIDTH, width - 16))  # a narrow panel shortens titles, not bars
    cells = max(4, width - titles - 1)
    first, last = _span(plan, today)
    total = max(1, (last - first).days)

    def col(day: date) -> int:
        return min(cells - 1, round((day - first).days / total * (cells - 1)))

    lines = [
        Content.styled(_("Gepland tegen werkelijk"), "bold"),
        Content(span if len(span := f"{long_date(first, lang)} → {long_date(last, lang)}") <= width
                else f"{short_date(first, lang)} → {short_date(last, lang)}"),
    ]  # fmt: skip
    for row in action_progress(plan, today):
        bar = [" "] * cells
        if row.planned_start and row.planned_end:
            a, b = col(row.planned_start), col(row.planned_end)
            done_to = a + round((b - a + 1) * row.progress / 100) - 1
            for i in range(a, b + 1):
                bar[i] = "█" if i <= done_to else "░"
        if row.completed_on:
            bar[col(row.completed_on)] = "✓"
        now = col(today)
        if bar[now] == " ":
            bar[now] = "│"
        style = "$error" if row.overdue else ("$success" if row.progress == 100 else "$primary")
        title = Content(_fit(row.title, titles).ljust(titles) + " ")
        lines.append(title + Content.styled("".join(bar), style))
    lines.append(Content(""))
    lines.append(Content.styled(_("Voortgang per opvolging"), "bold"))
    for point in progress_over_check_ins(plan, today, lang):
        room = max(5, min(BAR_WIDTH, width - titles - 6))  # and " 100%" after it
        filled = round(point.percent / 100 * room)
        meter = "█" * filled + "░" * (room - filled)
        label = _fit(point.label, titles).ljust(titles) + " "
        lines.append(
            Content(label)
            + Content.styled(meter, "$success")
            + Content(f" {whole_percent(point.percent)}%")
        )
    legend = _("░ gepland  █ gedaan  ✓ afgerond  │ vandaag")
    parts: list[str] = []  # as many lines as the width needs, never a key cut in two
    for key in legend.split("  "):
        if parts and len(parts[-1]) + 2 + len(key) <= width:
            parts[-1] += "  " + key
        else:
            parts.append(key)
    lines += [Content.styled(part, "dim") for part in parts]
    return lines


class ProgressView(Static):
    """Shows the picture of progress for one plan; call `show(plan, today, lang)` to redraw."""

    DEFAULT_CSS = """
    ProgressView { height: auto; padding: 0 1; text-wrap: nowrap; text-overflow: ellipsis; }
    """

    def show(self, plan: Plan, today: date, lang: Language = SOURCE_LANGUAGE) -> None:
        """Redraw from the plan (the single source of truth), again when the width changes."""
        self._shown = (plan, today, lang)
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def _draw(self) -> None:
        shown = getattr(self, "_shown", None)
        if shown is None:
            return
        plan, today, lang = shown
        width = self.size.width - 2 if self.size.width > 12 else 38
        self.update(Content("\n").join(progress_lines(plan, today, lang, width)))
