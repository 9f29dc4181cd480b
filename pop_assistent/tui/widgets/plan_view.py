"""Turning the plan into display Content (pure functions; no widgets, no domain decisions)."""

from __future__ import annotations

import textwrap
from datetime import date

from textual.content import Content

from pop_assistent.i18n import SOURCE_LANGUAGE, Language, translations
from pop_assistent.model import SMART_KEYS, Goal, Plan, SkillCategory, label, smart_letter
from pop_assistent.text import formats


def short_date(day: date | None, lang: Language = SOURCE_LANGUAGE) -> str:
    """'3 mrt 2027' (or '3 Mar 2027'); a dash when there is no date."""
    return formats.short_date(day, lang, empty="–")


def smart_badge(goal: Goal, lang: Language) -> Content:
    """Five letters, S M A R T in every language: green when met, red when missing, dim when
    not judged yet."""
    parts: list[Content] = []
    for key in SMART_KEYS:
        letter = smart_letter(key, lang)
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
    # a date is never cut over two lines ('(1 mrt / 2027)'); it may go to the next line whole
    glued = tail[:1] + tail[1:].replace(" ", "\u00a0")
    lines = [
        line.replace("\u00a0", " ")
        for line in textwrap.wrap(
            text + glued, max(10, width), initial_indent=prefix, subsequent_indent=indent
        )
    ] or [prefix]
    out = [Content(line) for line in lines]
    if tail and lines[-1].endswith(tail):
        out[-1] = Content.assemble(lines[-1][: -len(tail)], (tail, "dim"))
    return out


def _heading(text: str) -> Content:
    return Content.styled(text, "bold $text-primary")


def plan_content(
    plan: Plan,
    lang: Language = SOURCE_LANGUAGE,
    *,
    step_title: str = "",
    width: int = 40,
    keys: list[str | None] | None = None,
    legal_in_working_time: bool = True,
) -> Content:
    """The whole plan as it grows, for the side panel. `keys` (when given) gets, per line, the
    item it shows ('goal:2', 'action:1', 'skill:3') or None, so a click can find it."""
    _ = translations(lang).gettext
    lines: list[Content] = []
    owner: list[str | None] = []

    def mark(key: str | None) -> None:
        owner.extend([key] * (len(lines) - len(owner)))

    emp = plan.employee
    lines.append(Content.styled(emp.name, "bold"))
    role = ", ".join(x for x in (emp.role, emp.department) if x)
    if role:
        lines.append(Content(role))
    if emp.hours_per_week:
        shown = formats.hours(emp.hours_per_week, lang)  # '7,6' in Dutch, not '7.6'
        lines.append(Content(f"{shown} " + (_("u/week leertijd"))))
    if plan.occasion.description:
        kind = label(plan.occasion.kind, lang)
        lines.append(Content.styled(kind, "italic"))
    if step_title:
        lines.append(Content.assemble((_("Stap: "), "dim"), step_title))
    lines.append(Content(""))

    lines.append(_heading(_("Vaardigheden")))
    if not plan.skills:
        lines.append(Content.styled(_("  (nog geen)"), "dim"))
    mark(None)
    for n_skill, rating in enumerate(plan.skills, start=1):
        cats = {c for c in rating.categories}
        sign = (
            "+"
            if SkillCategory.strength in cats
            else ("↑" if SkillCategory.to_improve in cats else "·")
        )
        no_level = "  " + _("(geen niveau)")
        levels = f"  {rating.current_level}→{rating.wanted_level}" if rating.rated else no_level
        lines.extend(_hang(f"  {sign} ", rating.label, width, levels))
        mark(f"skill:{n_skill}")
    lines.append(Content(""))

    lines.append(_heading(_("Doelen")))
    if not plan.goals:
        lines.append(Content.styled(_("  (nog geen)"), "dim"))
    mark(None)
    numbers = plan.action_numbers()
    for number, goal in enumerate(plan.goals, start=1):
        lines.append(Content.assemble(f"  {number}. ", smart_badge(goal, lang)))
        lines.extend(_hang("     ", goal.text, width))
        mark(f"goal:{number}")
        for action in plan.actions_for(goal.id):
            lines.extend(_action_lines(action, numbers[action.id], lang, width, "     "))
            mark(f"action:{numbers[action.id]}")
    loose = [a for a in plan.actions if a.goal_id is None]
    if loose:
        lines.append(Content(""))
        lines.append(_heading(_("Andere acties")))
        mark(None)
        for action in loose:
            lines.extend(_action_lines(action, numbers[action.id], lang, width, "  "))
            mark(f"action:{numbers[action.id]}")
    legal = [a for a in plan.actions if a.legally_required and legal_in_working_time]
    agreed = [a for a in plan.actions if a.in_working_time and a not in legal]
    for actions, sentence in (
        (legal, _("Wettelijk verplicht: {hours} u in werktijd, niet van je leertijd.")),
        (agreed, _("In werktijd afgesproken: {hours} u, niet van je leertijd.")),
    ):
        if actions:
            hours = formats.hours(sum(a.hours for a in actions), lang)
            lines.append(Content(""))
            lines.extend(_hang("  ", sentence.format(hours=hours), width))
    if plan.sign_offs:
        lines.append(Content(""))
        lines.append(_heading(_("Ondertekend")))
        for signature in plan.sign_offs:
            who = label(signature.role, lang)
            changed = plan.changed_since(signature)
            # the version matters once the plan changed (two signatures of the same content
            # a few answers apart would read as two plans)
            version = f" (v{signature.plan_version})" if signature.plan_version and changed else ""
            text = f"{who}: {signature.name}, {short_date(signature.signed_on, lang)}{version}"
            lines.extend(_hang("  ", text, width))
            if changed:
                note = _("sindsdien gewijzigd: teken opnieuw")
                lines.append(Content.styled(f"    ⚠ {note}", "$text-warning"))
    mark(None)
    if keys is not None:
        keys[:] = owner
    return Content("\n").join(lines)


def _action_lines(
    action: object, number: int, lang: Language, width: int, indent: str
) -> list[Content]:
    from pop_assistent.model import Action

    assert isinstance(action, Action)
    day = action.start or action.end
    when = f" ({short_date(day, lang)})" if day else ""
    return _hang(f"{indent}{number}) ", action.title, width, when)
