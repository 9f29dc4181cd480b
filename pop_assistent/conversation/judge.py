"""The SMART verdict on a goal in the context of its plan, without a conversation around it.

Used by the goals and planning steps, the check-in, and anything that builds a plan outside
the conversation (the demo plans), so every goal is judged the same way.

A verdict is stored with its goal (`Goal.smart`, what the person discussed and what documents
print), so it must follow the plan: `rejudge` is called by both flows after every change and
judges again what the change touched. Realistisch (hours until the deadline, cost, the monthly
workload) depends on every action of the plan, so a moved, added, removed or finished action
re-judges it for every goal; the whole verdict is judged again when what Relevant reads (the
skills, the occasion, the role) changed. Nothing is re-judged when nothing changed: looking at
a plan never rewrites its verdicts.

The language core judges the goal's words; here the plan it sees is the one that counts for
the person's own learning time: legally required training happens in working time (unless the
setting says otherwise), an unknown cost counts as nothing yet, and the Relevant answer given
in the conversation counts as the goal's context.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from pop_assistent.errors import PopError
from pop_assistent.i18n import N_, Language, say, translate, translations
from pop_assistent.model import Goal, Plan, Skill, SmartCriterion, SmartResult
from pop_assistent.text import formats
from pop_assistent.text.fold import fold

MAX_TEXT = 2000
"""Only the start of a huge answer is analysed (a goal is short; the full text is stored)."""


def own_time_view(plan: Plan, legal_in_working_time: bool = True) -> Plan:
    """The plan as the personal learning time sees it (a shallow copy, never saved)."""
    from pop_assistent.planning.workload import in_working_time

    actions = [
        a if a.cost_eur is not None else a.model_copy(update={"cost_eur": 0.0})
        for a in plan.actions
        if not in_working_time(a, legal_in_working_time)
    ]
    return plan.model_copy(update={"actions": actions})


def judge_goal(
    goal: Goal,
    plan: Plan,
    *,
    today: date,
    lang: Language,
    skills: Sequence[Skill] = (),
    legal_in_working_time: bool = True,
    required: frozenset[str] = frozenset(),
) -> SmartResult | None:
    """The SMART verdict, with Realistisch also judged on the monthly workload; Relevant also
    met by a legally required certificate (`required`: words that name one in the catalogue,
    see `required_certificate`).

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
    said = fold(goal.relevance[:60]).strip()
    if said and said in fold(result.relevant.question):  # never the person's words as a question
        try:
            plain = smart.check_goal(goal.text[:MAX_TEXT], today, plan=view, goal=goal,
                                     skills=list(skills), lang=lang)  # fmt: skip
        except PopError:
            plain = None
        question = plain.relevant.question if plain is not None else ""
        result.relevant = result.relevant.model_copy(update={"question": question})
    result.achievable = _with_plan(
        result.achievable, plan, goal, today, lang, legal_in_working_time
    )
    if result.relevant.met is not True and (what := required_certificate(goal, plan, required)):
        reason = say(
            lang,
            N_("Het gaat om een verplicht attest (‘{what}’): dat hoort bij de functie."),
            what=what,
        )
        result.relevant = SmartCriterion(met=True, reason=reason)
    if result.relevant.met is not True and len(goal.relevance.split()) >= 3:
        # The person said why it matters: that answer is what Relevant asks for.
        why = goal.relevance if len(goal.relevance) <= 120 else goal.relevance[:119] + "…"
        reason = say(lang, N_("Je zei waarom: ‘{why}’."), why=why)
        result.relevant = SmartCriterion(met=True, reason=reason)
    return result


CERTIFICATE = re.compile(
    r"\b(\w*attest\w*|certifica\w*|brevet\w*|licen[cs]\w*|rijbewijs\w*|getuigschrift\w*|"
    r"[bv]-?vca|vol-vca|vca|bls|ehbo|bhv|cpr|aed|first aid|eerste hulp|reanimatie|code 95|ba[45]|"
    r"adr|ipaf|haccp)\b"
)
"""A certificate, licence or attest named in a goal ('attest reanimatie', 'heftruckattest')."""
SAFETY = re.compile(
    r"\b(vca|[bv]-?vca|vol-vca|bls|ehbo|bhv|cpr|aed|first aid|eerste hulp|reanimatie|code 95|"
    r"ba[45]|adr|ipaf|haccp|heftruck\w*|forklift\w*|reachtruck\w*|hoogwerker\w*|steiger\w*|"
    r"brand\w*|fire\w*|evacuat\w*|asbest\w*|asbestos|veiligheid\w*|safety|gevaarlijke stoffen)\b"
    r"|\b(hernieuw\w*|vernieuw\w*|verleng\w*|herhaling\w*|opfris\w*|nascholing\w*|"
    r"bijscholing\w*|renew\w*|refresh\w*|recertif\w*)\b"
)
"""Safety, first-aid and transport certificates the law asks for, and renewing one (a renewal
keeps a qualification the job needs)."""


def required_certificate(goal: Goal, plan: Plan, required: frozenset[str] = frozenset()) -> str:
    """The required certificate a goal is about, or '': one of its actions is legally required,
    or it names a certificate that is a safety, first-aid or transport one, is renewed, or
    shares a word with the catalogue's legally required learning (`required`, folded words)."""
    if any(a.legally_required for a in plan.actions_for(goal.id)):
        return next(a.title for a in plan.actions_for(goal.id) if a.legally_required)
    text = fold(f"{goal.text} {goal.relevance}", MAX_TEXT)
    named = CERTIFICATE.search(text)
    if named is None:
        return ""
    words = set(re.findall(r"[a-z0-9]+", text))
    if not (SAFETY.search(text) or words & required):
        return ""
    return _name_around(f"{goal.text} {goal.relevance}"[:MAX_TEXT], text, named)


NOT_A_NAME = frozenset(
    "mijn m'n mn het de een ik wil tegen voor binnen in op met en hernieuwen vernieuwen behalen "
    "halen verlengen hernieuw behaald gehaald hernieuwd vernieuwd verlengd heb hebben i my the a "
    "an your to by before within in on and renew renewed get obtain obtained passed have "
    "has".split()
)


def _name_around(original: str, folded: str, named: re.Match[str]) -> str:
    """The certificate's name as written: the word found with the words right around it that
    are part of the name ('attest reanimatie (BLS)', 'forklift certificate')."""
    spans = [m.span() for m in re.finditer(r"\S+", folded)]
    at = next(i for i, (a, b) in enumerate(spans) if a <= named.start() < b)

    def plain(i: int) -> bool:
        return re.sub(r"[^\w'-]", "", folded[spans[i][0] : spans[i][1]]) not in NOT_A_NAME

    first = at
    while first > 0 and at - first < 2 and plain(first - 1):
        first -= 1
    last = at
    while last + 1 < len(spans) and last - at < 2 and plain(last + 1):
        last += 1
    return original[spans[first][0] : spans[last][1]].strip(" .,;:")


def _with_plan(
    found: SmartCriterion,
    plan: Plan,
    goal: Goal,
    today: date,
    lang: Language,
    legal_in_working_time: bool,
    load: Any = None,
) -> SmartCriterion:
    """Realistisch as the language core found it (hours until the deadline, cost), then the
    monthly workload, then legally required training that happens in working time."""
    workload = workload_verdict(plan, goal, today, lang, legal_in_working_time, load)
    if workload is not None:
        return workload
    from pop_assistent.planning.workload import in_working_time

    actions = plan.actions_for(goal.id)
    working = [a for a in actions if in_working_time(a, legal_in_working_time)]
    if found.met is None and working and len(working) == len(actions):  # all in working time
        if all(a.legally_required for a in working):
            reason = say(lang, N_("Wettelijk verplichte opleiding gebeurt in werktijd."))
        else:
            reason = say(lang, N_("De acties gebeuren in werktijd, zoals afgesproken."))
        return SmartCriterion(met=True, reason=reason)
    return found


def achievable(
    goal: Goal,
    plan: Plan,
    *,
    today: date,
    lang: Language,
    legal_in_working_time: bool = True,
    load: Any = None,
) -> SmartCriterion:
    """Realistisch alone, exactly as `judge_goal` judges it, without the language analysis of
    the goal's words (cheap: arithmetic over the actions). `load`: the plan's workload when
    the caller computed it already (one computation for all goals)."""
    from pop_assistent.language.smart_context import judge_achievable

    view = own_time_view(plan, legal_in_working_time)
    deadline = (goal.smart.deadline if goal.smart else None) or goal.deadline
    found = judge_achievable(view, goal, deadline, today, plan.employee.language)
    return _with_plan(found, plan, goal, today, lang, legal_in_working_time, load)


Inputs = tuple[Any, ...]
"""What the verdicts of a plan depend on (see `verdict_inputs`)."""


def verdict_inputs(plan: Plan) -> tuple[Inputs, Inputs]:
    """(what Realistisch reads, what the rest of the verdict reads besides the goal's own
    words): compared before and after a change to know what to judge again."""
    e = plan.employee
    work = (
        e.hours_per_week,
        e.budget_eur,
        e.language,
        tuple(
            (a.id, a.goal_id, a.start, a.end, a.hours, a.status, a.progress, a.cost_eur,
             a.legally_required, a.in_working_time)
            for a in plan.actions
        ),
        tuple((g.id, g.deadline) for g in plan.goals),
    )  # fmt: skip
    context = (
        e.role,
        e.department,
        plan.occasion.career_project,
        plan.occasion.description,
        tuple((r.skill_id, r.label, r.current_level, r.wanted_level, tuple(r.categories))
              for r in plan.skills),
    )  # fmt: skip
    return work, context


def rejudge(
    plan: Plan,
    before: tuple[Inputs, Inputs],
    *,
    today: date,
    lang: Language,
    skills: Callable[[], Sequence[Skill]] | None = None,
    legal_in_working_time: bool = True,
) -> list[str]:
    """Judge again the verdicts a change made stale (see the module docstring); returns the
    ids of the goals whose verdict changed. `before`: `verdict_inputs` before the change;
    `skills`: the skills list for a full judgement (loaded only when one is needed)."""
    work, context = verdict_inputs(plan)
    if (work, context) == before:
        return []
    changed: list[str] = []
    judged = [g for g in plan.goals if g.smart is not None]
    if context != before[1]:
        known = list(skills()) if skills is not None else []
        for goal in judged:
            result = judge_goal(goal, plan, today=today, lang=lang, skills=known,
                                legal_in_working_time=legal_in_working_time)  # fmt: skip
            if result is not None and result != goal.smart:
                goal.smart = result
                changed.append(goal.id)
    else:
        from pop_assistent.planning.workload import compute

        load = compute(plan, today, legal_in_working_time)
        for goal in judged:
            assert goal.smart is not None
            verdict = achievable(goal, plan, today=today, lang=lang, load=load,
                                 legal_in_working_time=legal_in_working_time)  # fmt: skip
            if verdict != goal.smart.achievable:
                goal.smart = goal.smart.model_copy(update={"achievable": verdict})
                changed.append(goal.id)
    for goal in plan.goals:
        if goal.id in changed and goal.smart is not None and goal.smart.all_met:
            goal.kept_with_warning = False  # nothing left to keep it despite
    return changed


def workload_verdict(
    plan: Plan,
    goal: Goal,
    today: date,
    lang: Language,
    legal_in_working_time: bool = True,
    load: Any = None,
) -> SmartCriterion | None:
    """Realistisch also needs time in every month: one overbooked month in which the goal's
    actions run makes A not met, with the month, the hours and the question that fixes it."""
    from pop_assistent.planning.workload import overbooked

    over = overbooked(plan, goal.id, today, legal_in_working_time, load)
    if not over:
        return None
    worst = max(over, key=lambda m: m.planned - m.available)
    month = formats.month_year(worst.start, lang)
    planned, available = formats.hours(worst.planned, lang), formats.hours(worst.available, lang)
    others = len(over) - 1
    values = {"month": month, "planned": planned, "available": available, "others": others}
    if others:
        reason = translations(lang).ngettext(
            "In {month} (en nog {others} maand) plan je {planned} uur, maar je hebt {available} "
            "uur leertijd.",
            "In {month} (en nog {others} maanden) plan je {planned} uur, maar je hebt "
            "{available} uur leertijd.",
            others,
        )
    else:
        reason = N_("In {month} plan je {planned} uur, maar je hebt {available} uur leertijd.")
        reason = translate(lang, reason)
    from pop_assistent.planning.workload import beyond_its_months

    too_big = {plan.actions[n - 1].goal_id for n in beyond_its_months(plan, legal_in_working_time)}
    if goal.id in too_big:  # spreading cannot help a course day larger than its month
        question = say(
            lang, N_("Volg je de opleiding in werktijd (spreek het af), of maak je meer tijd vrij?")
        )
    else:
        question = say(lang, N_("Spreid je de acties, of maak je meer tijd vrij?"))
    return SmartCriterion(met=False, reason=reason.format(**values), question=question)
