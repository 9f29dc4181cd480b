"""The training plan as a view model: only strings and lists, in the reader's language.

Markdown, HTML and PDF all render this one dictionary, so the three always say the same.
User text is cleaned of control characters here; each format escapes it on output.
"""

from __future__ import annotations

import math
from typing import Any

from pop_assistent.export.sanitize import clean, one_line
from pop_assistent.export.texts import long_date, short_date
from pop_assistent.i18n import N_, Language, say
from pop_assistent.model import label
from pop_assistent.org.model import (
    CLUSTERS,
    DepartmentRow,
    NeedRow,
    Totals,
    TrainingPlan,
    cluster_name,
)
from pop_assistent.org.texts import texts
from pop_assistent.text import formats

MAX_DETAIL_ACTIONS = 300
"""Above this, the per-employee list is left to the csv and xlsx versions."""
MAX_GROUP = 4
"""Roles named per training in the documents; the xlsx lists them all."""


def number(value: float, lang: Language, decimals: int = 1) -> str:
    """1234.5 -> '1.234,5' (nl) or '1,234.5' (en); whole numbers without decimals. Halves round
    up, as on paper (6.25 days is 6,3), not to the even neighbour."""
    return formats.fixed(value, lang, 0 if abs(value - round(value)) < 1e-9 else decimals)


def against_target(value: float, target: float, lang: Language) -> str:
    """Days per FTE as the verdict next to it reads it: a value below the target never shows
    as the target (4.96 is '4,96 (onder het doel)', not '5,0'); it is cut, not rounded up."""
    if value < target and round(value, 1) >= target:
        return number(math.floor(value * 100) / 100, lang, 2)
    return number(value, lang)


def money(value: float, lang: Language) -> str:
    """Euro amounts: whole euros without decimals, else two decimals."""
    return number(value, lang, 2)


HIDDEN = "–"
"""An amount the works-council version does not show (org/pseudonym_cells.py)."""


def _department(row: DepartmentRow, plan: TrainingPlan) -> dict[str, Any]:
    lang = plan.lang
    no_hours, no_cost = "hours" in row.hidden, "cost" in row.hidden
    hidden_left = row.remaining is None or "remaining" in row.hidden
    return {
        "name": one_line(row.name),
        "employees": number(row.employees, lang, 0),
        "fte": number(row.fte, lang, 2),
        "actions": number(row.totals.actions, lang, 0),
        "hours": HIDDEN if no_hours else number(row.totals.hours, lang),
        "cost": HIDDEN if no_cost else money(row.totals.cost, lang),
        "days": HIDDEN if no_hours else number(row.days, lang),
        "days_per_fte": HIDDEN
        if no_hours
        else against_target(row.days_per_fte, plan.target_days, lang),
        "meets": None if no_hours else row.days_per_fte >= plan.target_days,
        "formal": _split(row, lang, "formal"),
        "informal": _split(row, lang, "informal"),
        "available": "" if row.budget is None else money(row.budget, lang),
        "remaining": HIDDEN if hidden_left else money(row.remaining or 0.0, lang),
        "over": not hidden_left and (row.remaining or 0.0) < 0,
    }


def _split(row: DepartmentRow, lang: Language, part: str) -> dict[str, str]:
    totals: Totals = row.totals
    formal = part == "formal"
    hours = totals.formal_hours if formal else totals.informal_hours
    cost = totals.formal_cost if formal else totals.informal_cost
    return {
        "actions": number(totals.formal_actions if formal else totals.informal_actions, lang, 0),
        "hours": HIDDEN if f"{part}_hours" in row.hidden else number(hours, lang),
        "cost": HIDDEN if f"{part}_cost" in row.hidden else money(cost, lang),
    }


def _need(row: NeedRow, lang: Language) -> dict[str, Any]:
    present = row.present_avg
    return {
        "label": one_line(row.label),
        "strategic": row.strategic,
        "employees": number(row.employees, lang, 0),
        "needed": number(row.needed_avg, lang),
        "present": "" if present is None else number(present, lang),
        "with_gap": number(row.with_gap, lang, 0),
        "not_assessed": number(row.not_assessed, lang, 0),
        "planned": number(row.planned, lang, 0),
    }


def build_view(plan: TrainingPlan) -> dict[str, Any]:
    """The dictionary every document template reads."""
    lang = plan.lang
    t = texts(lang)
    clusters = []
    for code in CLUSTERS:
        totals = plan.total.clusters[code]
        trainings = [
            {
                "title": one_line(tr.title),
                "type": t["various"] if tr.merged else label(tr.type, lang),
                "form": t["various"]
                if tr.merged
                else (t["formal"] if tr.formal else t["informal"]),
                "target_group": _group(tr.roles or tr.departments, lang),
                "participants": number(tr.participants, lang, 0),
                "hours": HIDDEN if "hours" in tr.hidden else number(tr.hours, lang),
                "cost": HIDDEN if "cost" in tr.hidden else money(tr.cost, lang),
            }
            for tr in plan.trainings
            if tr.cluster == code
        ]
        shown = {
            "actions": number(totals.actions, lang, 0),
            "hours": number(totals.hours, lang),
            "cost": money(totals.cost, lang),
            "formal": number(totals.formal_actions, lang, 0),
            "informal": number(totals.informal_actions, lang, 0),
        }
        for measure in plan.hidden_cluster_amounts.get(code, set()):
            shown[measure] = HIDDEN
        empty = t["no_actions"]
        if code in plan.hidden_clusters:  # works-council version: too few people
            shown = {key: "–" for key in shown}
            empty = t["cluster_hidden"].format(k=plan.min_group)
        clusters.append(
            {"code": code, "name": cluster_name(code, lang), **shown, "trainings": trainings}
            | {"empty": empty}
        )
    needs: list[dict[str, Any]] = []
    for row in plan.needs:
        if not needs or needs[-1]["department"] != one_line(row.department):
            needs.append({"department": one_line(row.department), "rows": [], "more": ""})
        if row.with_gap or row.planned or row.strategic or row.not_assessed == row.employees:
            needs[-1]["rows"].append(_need(row, lang))
        else:
            needs[-1]["hidden"] = needs[-1].get("hidden", 0) + 1
    for group in needs:
        if group.get("hidden"):
            group["more"] = t["more_needs"].format(n=group.pop("hidden"))
    detail = None
    if len(plan.actions) <= MAX_DETAIL_ACTIONS and not plan.pseudonymised:
        detail = [
            {
                "employee": one_line(a.employee),
                "department": one_line(a.department),
                "title": one_line(a.title),
                "cluster": a.cluster,
                "form": t["formal"] if a.formal else t["informal"],
                "period": _period(a.start, a.end, lang) if a.scheduled else t["not_scheduled"],
                "hours": number(a.hours, lang),
                "cost": money(a.cost, lang),
                "status": label(a.status, lang),
            }
            for a in plan.actions
        ]
    scope = (
        f"{t['scope_departments']}: {one_line(', '.join(plan.department_filter))}"
        if plan.department_filter
        else t["scope_all"]
    )
    return {
        "lang": lang,
        "t": t,
        "organisation": one_line(plan.organisation),
        "year": str(plan.year),
        "made_on": long_date(plan.made_on, lang),
        "scope": scope,
        "plan_count": number(plan.plan_count, lang, 0),
        "plans_word": t["plan_one"] if plan.plan_count == 1 else t["plans"],
        "pseudonymised": plan.pseudonymised,
        "pseudonymised_text": t["pseudonymised"].format(k=plan.min_group),
        "vision": [line for line in clean(plan.vision).split("\n")],
        "target_sentence": t["target_sentence"].format(
            target=number(plan.target_days, lang), hours_per_day=number(plan.hours_per_day, lang)
        ),
        "departments": [_department(row, plan) for row in plan.departments],
        "total": _department(plan.total, plan),
        "clusters": clusters,
        "needs": needs,
        "certificates_title": t["certificates"].format(year=plan.year),
        "certificates": _certificates(plan, t),
        "detail": detail,
        "detail_note": (
            t["detail_pseudonymised"]
            if plan.pseudonymised
            else t["detail_too_long"].format(n=len(plan.actions))
            if detail is None
            else ""
        ),
        "notes": [one_line(n) for n in plan.note(lang)],
    }


def _certificates(plan: TrainingPlan, t: dict[str, str]) -> list[dict[str, str]]:
    """Per person; in the works-council version per certificate, with how many people."""
    lang = plan.lang
    if plan.pseudonymised:
        return [
            {
                "employee": t["people_count"].format(n=number(g.people, lang, 0)),
                "department": "–",
                "title": one_line(g.title),
                "obtained": "–",
                "expires": str(plan.year),
                "renewal": t["renewals_of"].format(r=g.renewals, n=g.people),
            }
            for g in plan.certificate_groups
        ]
    return [
        {
            "employee": one_line(c.employee),
            "department": one_line(c.department),
            "title": one_line(c.title),
            "obtained": short_date(c.obtained, lang),
            "expires": short_date(c.expires, lang),
            "renewal": t["yes"] if c.renewal_planned else t["no"],
        }
        for c in plan.certificates
    ]


def _group(names: list[str], lang: Language) -> str:
    """'Aankoper, Boekhouder, Magazijnier en 5 andere' (the full list is in the xlsx)."""
    shown = ", ".join(names[:MAX_GROUP])
    rest = len(names) - MAX_GROUP
    if rest > 0:
        shown += say(lang, N_(" en {rest} andere"), rest=rest)
    return one_line(shown)


def _period(start: Any, end: Any, lang: Language) -> str:
    """'1 feb 2027 – 30 apr 2027' (or one date)."""
    if start and end and start != end:
        return f"{short_date(start, lang)} – {short_date(end, lang)}"
    return short_date(start or end, lang)
