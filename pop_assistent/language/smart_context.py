"""The two SMART letters that need the plan: Realistisch (achievable) and Relevant."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from pop_assistent.i18n import N_, Language, translate
from pop_assistent.language import smart_lexicon as lex
from pop_assistent.language.normalize import fold
from pop_assistent.language.skillmatch import stem, words_of
from pop_assistent.language.smart_text import crit, quote_list, remark
from pop_assistent.model.goals import SmartCriterion
from pop_assistent.text import formats

if TYPE_CHECKING:
    from pop_assistent.model.goals import Goal
    from pop_assistent.model.plan import Plan
    from pop_assistent.model.skills import SkillRating


CAREER_PROJECTS = {
    "promotion": N_("je promotie"),
    "internal_mobility": N_("je interne overstap"),
    "external_mobility": N_("je overstap naar buiten"),
    "reskilling": N_("je omscholing"),
}
"""The career project as Relevant names it ("Het doel is een stap in je promotie")."""
ORG_WORDS = frozenset(
    "organisatie organisatiedoel strategie strategisch klant klanten klanttevredenheid kwaliteit "
    "veiligheid digitalisering duurzaamheid efficientie afdeling organisation strategy customer "
    "customers quality safety".split()
)


def judge_achievable(
    plan: Plan | None, goal: Goal | None, deadline: date | None, today: date, lang: Language
) -> SmartCriterion:
    """Planned hours against the hours available until the deadline; cost against budget."""
    from pop_assistent.language.calendar_nl import format_date
    from pop_assistent.planning.workload import room

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
    found = room(plan, today, deadline, goal.id if goal is not None else None)
    need, have = found.need, found.have
    values = {
        "need": formats.number(round(need), lang),
        "have": formats.number(round(have), lang),
        "per": formats.hours(per_week, lang),
        "when": format_date(deadline, lang),
    }
    if need > have and found.others >= 0.5:  # the hours are taken by actions of other goals too
        own = formats.number(round(need - found.others), lang)
        others = formats.number(round(found.others), lang)
        return crit("achievable_overlap", lang, met=False, own=own, others=others, **values)
    if need > have:
        return crit("achievable_hours", lang, met=False, **values)
    cost = sum(a.cost_eur or 0 for a in actions)
    budget = plan.employee.budget_eur
    if budget is None:
        return crit("achievable_ok", lang, met=True, **values)
    money = {"cost": formats.money(round(cost), lang), "budget": formats.money(round(budget), lang)}
    if cost > budget:
        return crit("achievable_money", lang, met=False, **money)
    return crit("achievable_ok_budget", lang, met=True, **money, **values)


def _stems(text: str) -> dict[str, str]:
    """The stems of the words that can carry meaning, each with the first word behind it."""
    from pop_assistent.language.smart_specific import is_generic

    found: dict[str, str] = {}
    for word in words_of(text, 3000):
        if (len(word) >= 4 or (len(word) == 3 and word.isalpha())) and not is_generic(word):
            found.setdefault(stem(word), word)
    return found


def _families(stems: set[str]) -> set[int]:
    found: set[int] = set()
    for index, family in enumerate(lex.CONCEPTS):
        for s in stems:
            if s in family or any(len(f) >= 5 and s.startswith(f) for f in family):
                found.add(index)
                break
    return found


def _alike(a: str, b: str) -> bool:
    """The same word up to its ending, a compound part or one slip ("wondzrog", "wondzorg")."""
    from pop_assistent.language.tokens import slips

    if a == b or (min(len(a), len(b)) >= 6 and a[:6] == b[:6]):
        return True
    if min(len(a), len(b)) >= 5 and (a.startswith(b) or b.startswith(a)):
        return True
    return min(len(a), len(b)) >= 6 and abs(len(a) - len(b)) <= 1 and slips(a, b) <= 2


def _overlap(goal: dict[str, str], context: dict[str, str]) -> list[str]:
    """The goal's words that share a stem, a compound part or a word family with the context."""
    found = [g for g in sorted(goal) if any(_alike(g, c) for c in context)]
    if not found and context:
        shared = _families(set(goal)) & _families(set(context))
        found = [g for g in sorted(goal) if _families({g}) & shared]
    return [goal[g] for g in found]


REQUIRED_RE = re.compile(
    r"\b(verplicht\w*|wettelijk\w*|vereist\w*|opgelegd|nodig\s+(?:voor|om)\s+(?:mijn|m'n|de|het)"
    r"\s+(?:job|functie|werk|erkenning|vergunning)|required|mandatory|compulsory|by\s+law|"
    r"legally|regulatory|statutory)\b"
)
"""A goal said to be required by law or by the employer is relevant for that reason."""


def _improve(plan: Plan) -> list[SkillRating]:
    """The skills the employee wants to improve (marked so, or rated below the wanted level)."""
    ratings = []
    for rating in plan.skills:
        if rating.categories and "to_improve" not in [c.value for c in rating.categories]:
            continue
        if not rating.categories and rating.gap == 0:
            continue
        ratings.append(rating)
    return ratings


def _project(plan: Plan | None, goal: Goal | None, lang: Language) -> str:
    if goal is not None and goal.career_project:
        return f"‘{goal.career_project}’"
    if plan is not None and plan.occasion.career_project is not None:
        return translate(lang, CAREER_PROJECTS[plan.occasion.career_project.value])
    return ""


def judge_relevant(
    rest: str,
    plan: Plan | None,
    goal: Goal | None,
    skill_ids: Sequence[str],
    lang: Language,
    *,
    role_skills: Sequence[tuple[str, str]] = (),
) -> SmartCriterion:
    """Relevant when the goal serves a skill to improve, the role profile (`role_skills`: the
    profile's skills as (id, label)), the career project, a legal or required certificate, or
    says what it serves. The verdict names the link; "no link" is a remark for the employee
    (`employee_only`), left out of documents for the manager."""
    from pop_assistent.language.smart_roles import attained_role

    purpose = lex.PURPOSE_RE.search(rest)
    if purpose:
        clause = " ".join(rest[purpose.start() :].split()[:8]).rstrip(".,;")
        return crit("relevant_purpose", lang, met=True, what=clause)
    told = " ".join(filter(None, [rest, goal.career_project if goal else ""]))
    required = REQUIRED_RE.search(fold(told))
    if required:
        return crit("relevant_required", lang, met=True, what=" ".join(required.group(1).split()))
    if plan is None and not role_skills and not (goal is not None and goal.career_project):
        return remark("relevant_no_context", lang, met=None)
    ids = set(skill_ids) | set(goal.skill_ids if goal is not None else ())
    improve = _improve(plan) if plan is not None else []
    linked = [r.label for r in improve if r.skill_id and r.skill_id in ids]
    goal_stems = _stems(rest)
    linked += [
        r.label for r in improve if r.label not in linked and _overlap(goal_stems, _stems(r.label))
    ]
    if linked:
        return crit("relevant_skill", lang, met=True, what=quote_list(linked[:3]))
    profile = [label for skill_id, label in role_skills if skill_id in ids]
    if profile:
        return crit("relevant_profile", lang, met=True, what=quote_list(profile[:3]))
    project = _project(plan, goal, lang)
    role = attained_role(rest)
    if role and project:
        return crit("relevant_project", lang, met=True, what=role, project=project)
    context_text = [goal.career_project if goal is not None else ""]
    if plan is not None:
        context_text.append(plan.occasion.description)
    context = _stems(" ".join(context_text))
    overlap = _overlap(goal_stems, context)
    if overlap:
        return crit("relevant_words", lang, met=True, what=quote_list(overlap[:3]))
    job = " ".join(filter(None, [plan.employee.role, plan.employee.department])) if plan else ""
    fits = _overlap(goal_stems, _stems(job)) if job else []
    if fits and plan is not None:
        return crit("relevant_role", lang, met=True, what=quote_list(fits[:3]), role=job)
    org = sorted(goal_stems[g] for g in set(goal_stems).intersection(stem(w) for w in ORG_WORDS))
    if org:
        return crit("relevant_words", lang, met=True, what=quote_list(org[:3]))
    if not context and not improve and not role_skills and not job:
        return remark("relevant_no_context", lang, met=None)
    if not project:
        project = translate(lang, N_("je ontwikkelplan"))
    return remark("relevant_no", lang, met=False, project=project)
