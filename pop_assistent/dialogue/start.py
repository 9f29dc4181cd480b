"""Which plan `pop` opens when no plan is named: none yet, a new one; exactly one, that one
(and the first message says so); several, the person picks one or a new plan.

`open_session(store, None)` keeps meaning "a new plan"; this is the choice before it, made by
the front end (the app's first screen) with these texts and this reading of the answer.
"""

from __future__ import annotations

from dataclasses import dataclass

from pop_assistent.conversation.contract import Choice
from pop_assistent.i18n import translations
from pop_assistent.storage.base import PlanStore, PlanSummary
from pop_assistent.text.answers import key, pick_by_name
from pop_assistent.text.escape import markdown
from pop_assistent.text.formats import long_date, short_date

NEW = "new"
"""The value of the "a new plan" choice."""

NEW_WORDS = frozenset({"nieuw", "een nieuw plan", "nieuw plan", "new", "a new plan", "new plan"})


@dataclass(frozen=True)
class StartChoice:
    """What to do at the start: the plan to `resume` (None: a new plan), or `several` to pick."""

    resume: PlanSummary | None = None
    several: tuple[PlanSummary, ...] = ()


def choose_start(store: PlanStore) -> StartChoice:
    """The plans in the store decide: 0 a new plan, 1 resume it, more ask which one."""
    plans = tuple(store.list_plans())
    if len(plans) == 1:
        return StartChoice(resume=plans[0])
    if len(plans) > 1:
        return StartChoice(several=plans)
    return StartChoice()


def changed_on(summary: PlanSummary, lang: str) -> str:
    """'3 december 2026': the day the plan was last saved, in local time."""
    return long_date(summary.saved_at.astimezone().date(), lang)


def resumed_note(summary: PlanSummary, lang: str) -> str:
    """The first message's note when the one plan in progress was opened without asking."""
    name, changed = markdown(summary.name or summary.plan_id), changed_on(summary, lang)
    if lang == "en":
        return (
            f"I opened your plan ‘{name}’, last changed on {changed}. (A new plan: "
            "*pop --nieuw*; another plan: *pop --plan NAME*.)"
        )
    return (
        f"Ik open je plan ‘{name}’, laatst gewijzigd op {changed}. (Een nieuw plan: "
        "*pop --nieuw*; een ander plan: *pop --plan NAAM*.)"
    )


def pick_question(plans: tuple[PlanSummary, ...], lang: str) -> str:
    """The question before the conversation when there are several plans, with each plan's
    name and last-changed day in full (the buttons below are short)."""
    _ = translations(lang).gettext
    changed = _("laatst gewijzigd op")
    lines = [
        f"{i}. **{markdown(p.name or p.plan_id)}** ({changed} {changed_on(p, lang)})"
        for i, p in enumerate(plans, start=1)
    ]
    new = len(plans) + 1
    if lang == "en":
        head = "You have several plans. Which one do you want to continue?"
        tail = f"{new}. a new plan\n\nType a number or a name."
    else:
        head = "Je hebt meerdere plannen. Met welk plan wil je verder?"
        tail = f"{new}. een nieuw plan\n\nTyp een nummer of een naam."
    return "\n".join([head, "", *lines, tail])


def pick_again(lang: str, count: int) -> str:
    """The sentence for an answer that names no plan."""
    if lang == "en":
        return f"I did not find that plan. Type a number from 1 to {count + 1}, or a name."
    return f"Dat plan vond ik niet. Typ een nummer van 1 tot {count + 1}, of een naam."


def pick_choices(plans: tuple[PlanSummary, ...], lang: str) -> tuple[Choice, ...]:
    """One choice per plan (its name and last-changed day), then "a new plan"; values are
    the choice numbers, so a typed number and a pressed button mean the same."""
    _ = translations(lang).gettext
    choices = [
        Choice(
            f"{p.name or p.plan_id} · {short_date(p.saved_at.astimezone().date(), lang)}", str(i)
        )
        for i, p in enumerate(plans, start=1)
    ]
    new = _("een nieuw plan")
    choices.append(Choice(new, str(len(plans) + 1)))
    return tuple(choices)


def read_pick(text: str, plans: tuple[PlanSummary, ...]) -> str | None:
    """The plan id the answer picks, NEW for a new plan, or None when it picks nothing."""
    value = key(text).strip(" .!)")
    if value in NEW_WORDS or value == str(len(plans) + 1):
        return NEW
    found = pick_by_name(text, [p.name or p.plan_id for p in plans])
    if found is None:
        found = pick_by_name(text, [p.plan_id for p in plans])
    return None if found is None else plans[found].plan_id
