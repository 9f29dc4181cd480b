"""The plan as one self-contained HTML page that prints on A4 (no external fonts or scripts)."""

from __future__ import annotations

from typing import Any

from pop_assistent.export.templates import html_env

CHART_X = 300.0
CHART_W = 690.0
ROW_H = 26.0
TOP = 24.0


def _x(pos: float) -> float:
    return round(CHART_X + pos * CHART_W, 1)


def _w(a: float, b: float) -> float:
    return round(max((b - a) * CHART_W, 4.0), 1)


def svg_geometry(timeline: dict[str, Any]) -> dict[str, Any]:
    """Pixel geometry of the timeline in a 1000-wide SVG viewBox."""
    rows = timeline["rows"]
    height = TOP + len(rows) * ROW_H + 22
    base = height - 14
    bars = []
    for i, row in enumerate(rows):
        y = TOP + i * ROW_H
        actual = row["actual"]
        bars.append(
            {
                "row": row,
                "label_y": y + 15,
                "y": y + 4,
                "x": _x(row["planned"][0]),
                "w": _w(*row["planned"]),
                "ay": y + 7,
                "ax": _x(actual[0]) if actual else None,
                "aw": _w(*actual) if actual else None,
            }
        )
    return {
        "height": height,
        "base": base,
        "x0": CHART_X,
        "x1": CHART_X + CHART_W,
        "ticks": [
            {"x": _x(t["pos"]), "label": t["label"] if _x(t["pos"]) < 950 else ""}
            for t in timeline["ticks"]
        ],
        "bars": bars,
        "checks": [{"x": _x(c["pos"]), "held": c["held"]} for c in timeline["check_ins"]],
        "goals": [{"x": _x(m["pos"]), "n": m["n"]} for m in timeline["goals"]],
        "today": _x(timeline["today"]) if timeline["today"] is not None else None,
    }


def render_html(view: dict[str, Any]) -> str:
    """Render the view model with templates/plan.html.j2 (autoescaped)."""
    template = html_env().get_template("plan.html.j2")
    svg = svg_geometry(view["timeline"]) if view["timeline"] else None
    return template.render(v=view, t=view["t"], svg=svg)
