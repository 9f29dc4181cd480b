"""The SMART verdict on a goal in the context of its plan, without a conversation around it.

Used by the goals and planning steps, and by anything that builds a plan outside the
conversation (the demo plans), so every goal is judged the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from pop_assistent.dialogue.language_bridge import MAX_TEXT
from pop_assistent.errors import PopError
from pop_assistent.model import Goal, Plan, Skill, SmartCriterion, SmartResult


def judge_goal(
    goal: Goal, plan: Plan, *, today: date, lang: str, skills: Sequence[Skill] = ()
) -> SmartResult | None:
    """The SMART verdict, with Realistisch also judged on the monthly workload.

    None when the language core cannot judge the goal.
    """
    from pop_assistent.language import smart

    try:
        result = smart.check_goal(
            goal.text[:MAX_TEXT], today, plan=plan, goal=goal, skills=list(skills), lang=lang
        )
    except PopError:
        return None
    workload = workload_verdict(plan, goal, today, lang)
    if workload is not None:
        result.achievable = workload
    return result


def workload_verdict(plan: Plan, goal: Goal, today: date, lang: str) -> SmartCriterion | None:
    """Realistisch also needs time in every month: one overbooked month in which the goal's
    actions run makes A not met, with the month, the hours and the question that fixes it."""
    from pop_assistent.dialogue.prompts import nl_date
    from pop_assistent.planning.workload import overbooked

    over = overbooked(plan, goal.id, today)
    if not over:
        return None
    worst = max(over, key=lambda m: m.planned - m.available)
    month = nl_date(worst.start, lang).split(" ", 1)[1]
    planned, available = hours_text(worst.planned), hours_text(worst.available)
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


def hours_text(value: float) -> str:
    """Hours as the prompts write them (Dutch decimal comma where needed)."""
    from pop_assistent.dialogue.prompts import hours

    return hours(value)
