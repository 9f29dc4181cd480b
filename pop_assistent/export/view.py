"""The view model of the plan document: everything a template shows, sorted and labelled.

One plain, JSON-serialisable dict feeds every format (Markdown, HTML, Typst), so the
documents say the same thing. User text is cleaned here (see `sanitize`), never escaped:
escaping belongs to each format. The coach version leaves out private notes.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from pop_assistent.export.sanitize import clean, one_line
from pop_assistent.export.texts import (
    long_date,
    money,
    number,
    occasion_label,
    short_date,
    texts,
)
from pop_assistent.export.timeline import build_timeline
from pop_assistent.i18n import N_, Language, say
from pop_assistent.model import (
    SMART_KEYS,
    ActionStatus,
    ActionUpdate,
    CheckIn,
    Goal,
    Plan,
    SignerRole,
    SignOff,
    SkillCategory,
    label,
    smart_letter,
    smart_name,
)
from pop_assistent.planning.checkins import check_in_dates
from pop_assistent.planning.due import DueItem, follow_up
from pop_assistent.planning.progress import (
    action_percent,
    held_in_order,
    percent_done,
    progress_at_check_ins,
)
from pop_assistent.planning.workload import in_working_time
from pop_assistent.text.formats import cost

VERSIONS: tuple[str, ...] = ("volledig", "coach")


def _skills(plan: Plan, lang: Language) -> dict[str, list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = {str(c): [] for c in SkillCategory}
    for skill in plan.skills:
        entry = {
            "label": one_line(skill.label),
            "kind": label(skill.kind, lang),
            "current": skill.current_level,
            "wanted": skill.wanted_level,
            "note": clean(skill.note),
        }
        for category in skill.categories:
            groups[str(category)].append(entry)
    return groups


def _targeted(plan: Plan, lang: Language) -> list[dict[str, Any]]:
    rated = [s for s in plan.skills if s.gap > 0]
    rated.sort(key=lambda s: (-s.gap, s.label.lower()))
    return [
        {
            "label": one_line(s.label),
            "kind": label(s.kind, lang),
            "current": s.current_level,
            "wanted": s.wanted_level,
        }
        for s in rated
    ]


def goal_without_action(plan: Plan, goal: Goal) -> bool:
    """True when a goal has no learning action (cancelled ones do not count), unless the
    employee noted that training is not the answer for it."""
    if goal.training_is_answer is False:
        return False
    closed = ActionStatus.cancelled
    return not any(a.goal_id == goal.id and a.status != closed for a in plan.actions)


def _smart(plan: Plan, goal_index: int, lang: Language) -> list[dict[str, str]]:
    goal = plan.goals[goal_index]
    badges = []
    for key in SMART_KEYS:
        crit = getattr(goal.smart, key) if goal.smart is not None else None
        met = None if crit is None else crit.met
        state = "unknown" if met is None else "met" if met else "missing"
        badges.append(
            {
                "letter": smart_letter(key, lang),
                "name": smart_name(key, lang),
                "state": state,
                # a remark for the employee ("Ik zie geen verband ...") stays in the chat
                "reason": one_line(crit.reason) if crit and not crit.employee_only else "",
            }
        )
    return badges


def _actions(plan: Plan, lang: Language, goal_numbers: dict[str, int]) -> list[dict[str, Any]]:
    rows = []
    for n, a in enumerate(plan.actions, start=1):  # the numbers the app uses (Plan.action_numbers)
        dates = (short_date(a.start, lang), short_date(a.end, lang))
        period = " – ".join(dict.fromkeys(x for x in dates if x))  # a one-day action: its day once
        rows.append(
            {
                "n": n,
                "title": one_line(a.title),
                "goal_n": goal_numbers.get(a.goal_id or "", None),
                "type": label(a.type, lang),
                "provider": one_line(a.provider),
                "period": period,
                "hours": number(a.hours, lang),
                "cost": cost(a.cost_eur, lang),
                "expected_return": clean(a.expected_return),
                "on_floor": clean(a.visible_on_floor),
                "status": str(a.status),
                "status_label": label(a.status, lang),
                "progress": action_percent(a),
                "completed_on": short_date(a.completed_on, lang),
                "origin": label(a.origin, lang),
                "legal": a.legally_required,
                "working_time": a.in_working_time,
                "certificate_years": a.certificate_valid_years,
            }
        )
    return rows


def _update_title(plan: Plan, update: ActionUpdate, lang: Language) -> str:
    """The action's title now, else as the check-in recorded it (the action was removed)."""
    action = plan.action(update.action_id)
    if action is not None:
        return one_line(action.title)
    return one_line(update.title) or texts(lang)["removed_action"]


def _own_text(text: str, said: list[str]) -> str:
    """A check-in's overall text without the parts that only repeat what was said per action
    ('Titel: tekst', as the check-in summarises it), so every answer is printed once."""
    text = clean(text)
    for answer in said:
        if answer.strip():
            repeat = r"(?m)^[^\n]*: " + re.escape(clean(answer).strip()) + r"[ ]*$"
            text = re.sub(repeat, "", text)
    return "\n".join(line for line in text.splitlines() if line.strip())


def _state(status: ActionStatus, progress: int, lang: Language) -> str:
    shown = label(status, lang)
    return f"{shown}, {progress} %" if status is ActionStatus.in_progress else shown


def _held(plan: Plan, c: CheckIn, shown: int, lang: Language) -> dict[str, Any]:
    t = texts(lang)
    keys = ("went_well", "obstacles", "return_visible")
    updates = [
        {
            "title": _update_title(plan, u, lang),
            "state": _state(u.status, u.progress, lang),
            "notes": [[t[k], clean(getattr(u, k)).strip()] for k in keys if getattr(u, k).strip()],
        }
        for u in c.updates
    ]
    own = {
        "went_well": _own_text(c.went_well, [u.went_well for u in c.updates]),
        "obstacles": _own_text(c.obstacles, [u.obstacles for u in c.updates]),
        "feedback": clean(c.feedback).strip(),
        "adjustments": clean(c.adjustments).strip(),
    }
    return {
        "date": short_date(c.held_on, lang),
        "progress": shown,
        "updates": updates,
        "notes": [[t[k], text] for k, text in own.items() if text],
    }


def _late(items: list[DueItem], lang: Language) -> list[dict[str, str]]:
    return [
        {
            "what": i.what(lang).capitalize(),
            "title": one_line(i.title),
            "date": short_date(i.date, lang),
            "late": i.lateness(lang),
        }
        for i in items
    ]


def _check_ins(
    plan: Plan, today: date, lang: Language, next_dates: list[date], country: str
) -> dict[str, Any]:
    at = progress_at_check_ins(plan)
    held = [_held(plan, c, at[c.id].shown, lang) for c in held_in_order(plan)]
    skipped = [
        {"date": short_date(c.planned_for, lang), "reason": clean(c.skipped_reason)}
        for c in sorted(plan.check_ins, key=lambda c: c.planned_for)
        if c.held_on is None and c.skipped_on is not None
    ]
    state = follow_up(plan, today, country)
    months = plan.check_in_every_months
    every = (
        say(lang, N_("elke maand")) if months == 1 else texts(lang)["every_months"].format(n=months)
    )
    return {
        "next": [long_date(d, lang) for d in next_dates],
        "held": held,
        "skipped": skipped,
        "every": every,
        "last_held": long_date(state.last_held, lang) or texts(lang)["no_check_in_yet"],
        "late": _late(sorted(state.overdue, key=lambda i: (i.date, i.kind, i.title)), lang),
    }


def _total_cost(actions: list[Any], lang: Language) -> str:
    """'€ 690', '€ 690 + 1 onbekend' when some costs are not known (a total is never read as
    complete), 'onbekend' when no cost is known ('€ 0 + 1 onbekend' reads as free), 'gratis'
    when every action is free."""
    unknown = sum(1 for a in actions if a.cost_eur is None)
    known = [a.cost_eur for a in actions if a.cost_eur is not None]
    if unknown and not any(known):
        return say(lang, N_("onbekend"))
    if not unknown and known and not any(known):
        return cost(0, lang)  # every action is free: 'gratis', not '€ 0'
    extra = say(lang, N_(" + {unknown} onbekend"), unknown=unknown) if unknown else ""
    return money(sum(known), lang) + extra


def _sign_offs(plan: Plan, lang: Language) -> list[dict[str, Any]]:
    roles = [SignerRole.employee, SignerRole.manager]
    if plan.employee.coach or any(s.role == SignerRole.coach for s in plan.sign_offs):
        roles.append(SignerRole.coach)
    expected = {
        SignerRole.employee: plan.employee.name,
        SignerRole.manager: plan.employee.manager,
        SignerRole.coach: plan.employee.coach,
    }
    rows = []
    for role in roles:
        signed: list[SignOff | None] = [s for s in plan.sign_offs if s.role == role]
        for s in signed or [None]:
            rows.append(
                {
                    "role": label(role, lang).capitalize(),
                    "name": one_line(s.name if s else expected[role]),
                    "date": long_date(s.signed_on, lang) if s else "",
                    "signed": s is not None,
                    "status": _signed_status(plan, s, lang) if s else "",
                    "changed": s is not None and plan.changed_since(s),
                }
            )
    return rows


def _signed_status(plan: Plan, sign: SignOff, lang: Language) -> str:
    """'ondertekend', or 'ondertekend op 4 december 2026 (versie 12); sindsdien gewijzigd' when
    the plan changed after (the version matters then; two people who signed the same content a
    few answers apart would otherwise read as having signed different plans)."""
    text = say(lang, N_("ondertekend"))
    if not plan.changed_since(sign):
        return text
    text += " " + say(lang, N_("op")) + f" {long_date(sign.signed_on, lang)}"
    if sign.plan_version is not None:
        text += " (" + say(lang, N_("versie")) + f" {sign.plan_version})"
    return text + say(lang, N_("; sindsdien gewijzigd"))


def _hours_split(actions: list[Any], lang: Language, legal_in_working_time: bool) -> str:
    """'Waarvan 32 uur in werktijd en 8 uur eigen leertijd.' when some hours are working time
    (agreed, or legally required training), so a manager signing sees what the plan asks of
    the team's hours and what of the employee's own; '' when none are."""
    work = sum(a.hours for a in actions if in_working_time(a, legal_in_working_time))
    if not work:
        return ""
    own = sum(a.hours for a in actions) - work
    if not own:
        return say(lang, N_("Alle uren vallen in werktijd."))
    return say(
        lang,
        N_("Waarvan {work} uur in werktijd en {own} uur eigen leertijd."),
        work=number(work, lang),
        own=number(own, lang),
    )


def build_view(
    plan: Plan,
    today: date,
    lang: Language,
    version: str,
    country: str,
    legal_in_working_time: bool = True,
) -> dict[str, Any]:
    """The whole document as a plain dict, in `lang`, for the given version."""
    t = texts(lang)
    goal_numbers = {g.id: i + 1 for i, g in enumerate(plan.goals)}
    actions = _actions(plan, lang, goal_numbers)
    next_dates = check_in_dates(plan, today, 4, country)
    notes = [n for n in plan.coach_notes if version != "coach" or not n.private]
    emp = plan.employee
    open_actions = [a for a in plan.actions if a.status != ActionStatus.cancelled]
    occasion = occasion_label(str(plan.occasion.kind), lang)
    if plan.occasion.career_project is not None:
        occasion += f" ({occasion_label(str(plan.occasion.career_project), lang)})"
    occasion = occasion[:1].upper() + occasion[1:]  # the occasion opens its paragraph
    return {
        "lang": lang,
        "t": t,
        "version": version,
        "version_label": t["version_coach"] if version == "coach" else t["version_full"],
        "today": long_date(today, lang),
        "created_on": long_date(plan.created_on, lang),
        "employee": {
            "name": one_line(emp.name),
            "role": one_line(emp.role),
            "department": one_line(emp.department),
            "manager": one_line(emp.manager),
            "coach": one_line(emp.coach),
            "hours_week": number(emp.hours_per_week, lang) if emp.hours_per_week else "",
            "fte": f"{number(emp.fte * 100, lang)} %" if emp.fte != 1 else "",
            "budget": money(emp.budget_eur, lang) if emp.budget_eur is not None else "",
        },
        "occasion": {"label": occasion, "description": clean(plan.occasion.description)},
        "skills": _skills(plan, lang),
        "targeted": _targeted(plan, lang),
        "goals": [
            {
                "n": i + 1,
                "text": clean(g.text),
                "project": clean(g.career_project),
                "deadline": long_date(g.deadline, lang) or one_line(g.deadline_text),
                "status": label(g.status, lang),
                "smart": _smart(plan, i, lang),
                "kept_with_warning": g.kept_with_warning,
                "not_training": g.training_is_answer is False,
                "alternative": clean(g.alternative_solution),
                "actions": [a["n"] for a in actions if a["goal_n"] == i + 1],
                "no_action": goal_without_action(plan, g),
            }
            for i, g in enumerate(plan.goals)
        ],
        "actions": actions,
        "totals": {
            "hours": number(sum(a.hours for a in open_actions), lang),
            "cost": _total_cost(open_actions, lang),
            "split": _hours_split(open_actions, lang, legal_in_working_time),
        },
        "progress": percent_done(plan).shown,
        "timeline": build_timeline(plan, today, lang, next_dates),
        "check_ins": _check_ins(plan, today, lang, next_dates, country),
        "notes": [
            {
                "author": one_line(n.author),
                "date": short_date(n.written_on, lang),
                "goal_n": goal_numbers.get(n.goal_id or ""),
                "text": clean(n.text),
                "private": n.private,
            }
            for n in notes
        ],
        "sign_offs": _sign_offs(plan, lang),
    }
