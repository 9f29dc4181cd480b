"""The two SMART letters that need the plan: Realistisch (achievable) and Relevant."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from pop_assistent.language import smart_lexicon as lex
from pop_assistent.language.skillmatch import stem, words_of
from pop_assistent.language.smart_text import crit, quote_list
from pop_assistent.model.goals import SmartCriterion

if TYPE_CHECKING:
    from pop_assistent.model.goals import Goal
    from pop_assistent.model.plan import Plan

WORKING_SHARE = 46 / 52
"""Share of the weeks until a deadline that count: about six weeks of holidays a year."""

CAREER_NL = {
    "promotion": "je promotie",
    "internal_mobility": "je interne overstap",
    "external_mobility": "je overstap naar buiten",
    "reskilling": "je omscholing",
}
CAREER_EN = {
    "promotion": "your promotion",
    "internal_mobility": "your internal move",
    "external_mobility": "your external move",
    "reskilling": "your reskilling",
}
ORG_WORDS = frozenset(
    "organisatie organisatiedoel strategie strategisch klant klanten klanttevredenheid kwaliteit "
    "veiligheid digitalisering duurzaamheid efficientie afdeling organisation strategy customer "
    "customers quality safety".split()
)


def _fmt(value: float) -> str:
    return f"{value:,.0f}".replace(",", ".")


def judge_achievable(
    plan: Plan | None, goal: Goal | None, deadline: date | None, today: date, lang: str
) -> SmartCriterion:
    """Planned hours against the hours available until the deadline; cost against budget."""
    from pop_assistent.language.calendar_nl import format_date

    if plan is None:
        return crit("achievable_no_plan", lang, met=None)
    actions = plan.actions_for(goal.id) if goal is not None else list(plan.actions)
    actions = [a for a in actions if a.status.value != "cancelled"]
    if not actions:
        return crit("achievable_no_actions", lang, met=None)
    if deadline is None:
        return crit("achievable_no_deadline", lang, met=None)
    per_week = plan.employee.hours_per_week
    if per_week <= 0:
        return crit("achievable_no_hours", lang, met=None)
    need = sum(a.hours * (100 - a.progress) / 100 for a in actions if a.status.value != "done")
    weeks = max(0.0, (deadline - today).days / 7) * WORKING_SHARE
    have = weeks * per_week
    values = {
        "need": _fmt(need),
        "have": _fmt(have),
        "per": f"{per_week:g}",
        "when": format_date(deadline, lang),
    }
    if need > have:
        return crit("achievable_hours", lang, met=False, **values)
    cost = sum(a.cost_eur or 0 for a in actions)
    budget = plan.employee.budget_eur
    if budget is not None and cost > budget:
        return crit("achievable_money", lang, met=False, cost=_fmt(cost), budget=_fmt(budget))
    money = ""
    if budget is not None:
        money = (
            f" and € {_fmt(cost)} fits the budget of € {_fmt(budget)}"
            if lang == "en"
            else f" en € {_fmt(cost)} past in het budget van € {_fmt(budget)}"
        )
    return crit("achievable_ok", lang, met=True, money=money, **values)


def _stems(text: str) -> set[str]:
    from pop_assistent.language.smart import _is_generic

    return {stem(w) for w in words_of(text, 3000) if len(w) >= 4 and not _is_generic(w)}


def _families(stems: set[str]) -> set[int]:
    found: set[int] = set()
    for index, family in enumerate(lex.CONCEPTS):
        for s in stems:
            if s in family or any(len(f) >= 5 and s.startswith(f) for f in family):
                found.add(index)
                break
    return found


def _overlap(goal_stems: set[str], context: set[str]) -> list[str]:
    found = []
    for g in sorted(goal_stems):
        if any(g == c or (min(len(g), len(c)) >= 6 and g[:6] == c[:6]) for c in context):
            found.append(g)
    if not found and _families(goal_stems) & _families(context):
        shared = _families(goal_stems) & _families(context)
        found = [g for g in sorted(goal_stems) if _families({g}) & shared]
    return found


def judge_relevant(
    rest: str, plan: Plan | None, goal: Goal | None, skill_ids: Sequence[str], lang: str
) -> SmartCriterion:
    """Tied to the occasion, career project, skills to improve, or an organisation goal."""
    purpose = lex.PURPOSE_RE.search(rest)
    if purpose:
        clause = " ".join(rest[purpose.start() :].split()[:8]).rstrip(".,;")
        return crit("relevant_purpose", lang, met=True, what=clause)
    context_text: list[str] = []
    improve_ids: set[str] = set()
    improve_labels: list[str] = []
    project = ""
    if goal is not None and goal.career_project:
        context_text.append(goal.career_project)
        project = goal.career_project
    if plan is not None:
        context_text.append(plan.occasion.description)
        if plan.occasion.career_project is not None:
            key = plan.occasion.career_project.value
            project = project or (CAREER_EN if lang == "en" else CAREER_NL)[key]
        for rating in plan.skills:
            if rating.categories and "to_improve" not in [c.value for c in rating.categories]:
                continue
            if not rating.categories and rating.gap == 0:
                continue
            improve_labels.append(rating.label)
            if rating.skill_id:
                improve_ids.add(rating.skill_id)
        context_text.extend(improve_labels)
    shared = sorted(improve_ids.intersection(skill_ids))
    if shared:
        labels = [r.label for r in plan.skills if r.skill_id in shared] if plan else shared
        return crit("relevant_skill", lang, met=True, what=quote_list(labels[:3]))
    goal_stems = _stems(rest)
    context = _stems(" ".join(context_text))
    overlap = _overlap(goal_stems, context)
    if overlap:
        return crit("relevant_words", lang, met=True, what=quote_list(overlap[:3]))
    org = sorted(goal_stems.intersection(stem(w) for w in ORG_WORDS))
    if org and (context or plan is not None):
        return crit("relevant_words", lang, met=True, what=quote_list(org[:3]))
    if not context:
        return crit("relevant_no_context", lang, met=None)
    if not project:
        project = "your development plan" if lang == "en" else "je ontwikkelplan"
    else:
        project = f"‘{project}’" if goal is not None and project == goal.career_project else project
    return crit("relevant_no", lang, met=False, project=project)
