"""The SMART verdict on a goal in the context of its plan, without a conversation around it.

Used by the goals and planning steps, the check-in, and anything that builds a plan outside
the conversation (the demo plans), so every goal is judged the same way.

The language core judges the goal's words; here the plan it sees is the one that counts for
the person's own learning time: legally required training happens in working time (unless the
setting says otherwise), an unknown cost counts as nothing yet, and the Relevant answer given
in the conversation counts as the goal's context.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from pop_assistent.errors import PopError
from pop_assistent.model import Goal, Plan, Skill, SmartCriterion, SmartResult
from pop_assistent.text import formats

MAX_TEXT = 2000
"""Only the start of a huge answer is analysed (a goal is short; the full text is stored)."""


def own_time_view(plan: Plan, legal_in_working_time: bool = True) -> Plan:
    """The plan as the personal learning time sees it (a shallow copy, never saved)."""
    actions = [
        a if a.cost_eur is not None else a.model_copy(update={"cost_eur": 0.0})
        for a in plan.actions
        if not (a.legally_required and legal_in_working_time)
    ]
    return plan.model_copy(update={"actions": actions})


def judge_goal(
    goal: Goal,
    plan: Plan,
    *,
    today: date,
    lang: str,
    skills: Sequence[Skill] = (),
    legal_in_working_time: bool = True,
) -> SmartResult | None:
    """The SMART verdict, with Realistisch also judged on the monthly workload.

    None when the language core cannot judge the goal.
    """
    from pop_assistent.language import smart

    view = own_time_view(plan, legal_in_working_time)
    context = " ".join(x for x in (goal.career_project, goal.relevance) if x)
    probe = goal.model_copy(update={"career_project": context[:2000]})
    try:
        result = smart.check_goal(
            goal.text[:MAX_TEXT], today, plan=view, goal=probe, skills=list(skills), lang=lang
        )
    except PopError:
        return None
    workload = workload_verdict(plan, goal, today, lang, legal_in_working_time)
    if workload is not None:
        result.achievable = workload
    legal = [a for a in plan.actions_for(goal.id) if a.legally_required]
    if result.achievable.met is None and legal and legal_in_working_time:
        if len(legal) == len(plan.actions_for(goal.id)):  # all of it happens in working time
            reason = (
                "Legally required training happens in working time."
                if lang == "en"
                else "Wettelijk verplichte opleiding gebeurt in werktijd."
            )
            result.achievable = SmartCriterion(met=True, reason=reason)
    if result.relevant.met is not True and len(goal.relevance.split()) >= 3:
        # The person said why it matters: that answer is what Relevant asks for.
        why = goal.relevance if len(goal.relevance) <= 120 else goal.relevance[:119] + "…"
        reason = f"You said why: ‘{why}’." if lang == "en" else f"Je zei waarom: ‘{why}’."
        result.relevant = SmartCriterion(met=True, reason=reason)
    return result


def workload_verdict(
    plan: Plan, goal: Goal, today: date, lang: str, legal_in_working_time: bool = True
) -> SmartCriterion | None:
    """Realistisch also needs time in every month: one overbooked month in which the goal's
    actions run makes A not met, with the month, the hours and the question that fixes it."""
    from pop_assistent.planning.workload import overbooked

    over = overbooked(plan, goal.id, today, legal_in_working_time)
    if not over:
        return None
    worst = max(over, key=lambda m: m.planned - m.available)
    month = formats.month_year(worst.start, lang)
    planned, available = formats.hours(worst.planned, lang), formats.hours(worst.available, lang)
    others = len(over) - 1
    if lang == "en":
        more = f" (and {others} more month{'s' if others > 1 else ''})" if others else ""
        reason = f"In {month}{more} you plan {planned} h but have {available} h for learning."
        question = "Will you spread the actions, or make more time?"
    else:
        more = f" (en nog {others} maand{'en' if others > 1 else ''})" if others else ""
        reason = f"In {month}{more} plan je {planned} uur, maar je hebt {available} uur leertijd."
        question = "Spreid je de acties, of maak je meer tijd vrij?"
    return SmartCriterion(met=False, reason=reason, question=question)
