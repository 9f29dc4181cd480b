"""The plan as Markdown, for mail and git."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from pop_assistent.export.templates import markdown_env

BAR_WIDTH = 28
SMART_MARKS = {"met": "✓", "missing": "✗", "unknown": "?"}


def text_bar(row: dict[str, Any], width: int = BAR_WIDTH) -> Markup:
    """A planned-versus-actual bar in characters: ░ planned, █ done so far, · outside."""
    cells = ["·"] * width
    x0, x1 = row["planned"]
    a, b = int(x0 * width), max(int(x0 * width) + 1, round(x1 * width))
    for i in range(a, min(b, width)):
        cells[i] = "░"
    if row["actual"] is not None:
        y0, y1 = row["actual"]
        c, d = int(y0 * width), max(int(y0 * width) + 1, round(y1 * width))
        for i in range(c, min(d, width)):
            cells[i] = "█"
    return Markup("".join(cells))


def render_markdown(view: dict[str, Any]) -> str:
    """Render the view model with templates/plan.md.j2."""
    template = markdown_env().get_template("plan.md.j2")
    return template.render(v=view, t=view["t"], bar=text_bar, marks=SMART_MARKS)
