"""Turning the plan into display Content (pure functions; no widgets, no domain decisions)."""

from __future__ import annotations

import textwrap
from datetime import date

from textual.content import Content

from pop_assistent.model import Goal, Plan, SkillCategory, label

SMART_LETTERS: tuple[tuple[str, str], ...] = (
    ("specific", "S"),
    ("measurable", "M"),
    ("achievable", "R"),
    ("relevant", "R"),
    ("time_bound", "T"),
)
"""The Dutch badge: Specifiek, Meetbaar, Realistisch (achievable), Relevant, Tijdgebonden."""

OCCASIONS: dict[str, tuple[str, str]] = {
    "performance_review": ("functioneringsgesprek", "performance review"),
    "career_project": ("loopbaanproject", "career project"),
    "organisational_change": ("organisatieverandering", "organisational change"),
    "continuous_development": ("continue ontwikkeling", "continuous development"),
}

MONTHS_NL = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()
MONTHS_EN = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def short_date(day: date | None, lang: str = "nl") -> str:
    """'3 mrt 2027' (or 'Mar 3 2027'); a dash when there is no date."""
    if day is None:
        return "–"
    if lang == "en":
        return f"{MONTHS_EN[day.month - 1]} {day.day} {day.year}"
    return f"{day.day} {MONTHS_NL[day.month - 1]} {day.year}"


def smart_badge(goal: Goal) -> Content:
    """Five letters: green when met, red when missing, dim when not judged yet."""
    parts: list[Content] = []
    for key, letter in SMART_LETTERS:
        crit = getattr(goal.smart, key) if goal.smart is not None else None
        met = None if crit is None else crit.met
        style = "bold $text-success" if met else ("bold $text-error" if met is False else "dim")
        mark = letter if met is not False else letter.lower()
        parts.append(Content.styled(mark, style))
    return Content(" ").join(parts)


def _hang(prefix: str, text: str, width: int, tail: str = "") -> list[Content]:
    """`prefix` + text wrapped to `width`, continuation lines indented under the text;
    `tail` (e.g. a date) is dimmed when it ends the last line."""
    indent = " " * len(prefix)
    lines = textwrap.wrap(
        text + tail, max(10, width), initial_indent=prefix, subsequent_indent=indent
    ) or [prefix]
    out = [Content(line) for line in lines]
    if tail and lines[-1].endswith(tail):
        out[-1] = Content.assemble(lines[-1][: -len(tail)], (tail, "dim"))
    return out


def _heading(text: str) -> Content:
    return Content.styled(text, "bold $text-primary")


def plan_content(plan: Plan, lang: str = "nl", *, step_title: str = "", width: int = 40) -> Content:
    """The whole plan as it grows, for the side panel."""
    en = lang == "en"
    lines: list[Content] = []
    emp = plan.employee
    lines.append(Content.styled(emp.name, "bold"))
    role = ", ".join(x for x in (emp.role, emp.department) if x)
    if role:
        lines.append(Content(role))
    if emp.hours_per_week:
        lines.append(
            Content(f"{emp.hours_per_week:g} " + ("h/week to learn" if en else "u/week leertijd"))
        )
    if plan.occasion.description:
        kind = OCCASIONS[plan.occasion.kind][1 if en else 0]
        lines.append(Content.styled(kind, "italic"))
    if step_title:
        lines.append(Content.assemble(("Step: " if en else "Stap: ", "dim"), step_title))
    lines.append(Content(""))

    lines.append(_heading("Skills" if en else "Vaardigheden"))
    if not plan.skills:
        lines.append(Content.styled("  (none yet)" if en else "  (nog geen)", "dim"))
    for rating in plan.skills:
        cats = {c for c in rating.categories}
        mark = (
            "+"
            if SkillCategory.strength in cats
            else ("↑" if SkillCategory.to_improve in cats else "·")
        )
        levels = f"  {rating.current_level}→{rating.wanted_level}"
        lines.extend(_hang(f"  {mark} ", rating.label, width, levels))
    lines.append(Content(""))

    lines.append(_heading("Goals" if en else "Doelen"))
    if not plan.goals:
        lines.append(Content.styled("  (none yet)" if en else "  (nog geen)", "dim"))
    for number, goal in enumerate(plan.goals, start=1):
        lines.append(Content.assemble(f"  {number}. ", smart_badge(goal)))
        lines.extend(_hang("     ", goal.text, width))
        for action in plan.actions_for(goal.id):
            when = short_date(action.start, lang) if action.start else short_date(action.end, lang)
            lines.extend(_hang("     • ", action.title, width, f" ({when})"))
    loose = [a for a in plan.actions if a.goal_id is None]
    if loose:
        lines.append(Content(""))
        lines.append(_heading("Other actions" if en else "Andere acties"))
        for action in loose:
            lines.extend(_hang("  • ", action.title, width, f" ({short_date(action.start, lang)})"))
    if plan.sign_offs:
        lines.append(Content(""))
        lines.append(_heading("Signed" if en else "Ondertekend"))
        for sign in plan.sign_offs:
            who = label(sign.role, lang)
            lines.append(Content(f"  {who}: {sign.name}, {short_date(sign.signed_on, lang)}"))
    return Content("\n").join(lines)
