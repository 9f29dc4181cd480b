"""The SMART check: judge a goal on Specifiek, Meetbaar, Realistisch, Relevant, Tijdgebonden.

Every verdict is explainable: a reason in one sentence and, when a criterion is not met, the
one question that would fix it, in the plan's language. S, M and T come from the text alone;
A (realistic) and R (relevant) need the plan as context and stay `None` without it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from pop_assistent.i18n import SOURCE_LANGUAGE, Language
from pop_assistent.language import smart_lexicon as lex
from pop_assistent.language.dates import NO_MOMENT, Period, find_period, why_no_period
from pop_assistent.language.normalize import fold, shorten
from pop_assistent.language.skillmatch import match_skills
from pop_assistent.language.smart_context import judge_achievable, judge_relevant
from pop_assistent.language.smart_measure import measurable
from pop_assistent.language.smart_specific import not_a_skill, specific
from pop_assistent.language.smart_text import crit
from pop_assistent.model.goals import SmartCriterion, SmartResult

if TYPE_CHECKING:
    from pop_assistent.model.catalogue import Skill
    from pop_assistent.model.goals import Goal
    from pop_assistent.model.plan import Plan

MAX_GOAL = 5000
_MARKUP_RE = re.compile(
    r"<script.{0,2000}?</script>|<[^<>]{0,200}>|\[/?[a-z ]{1,20}\]|\{\{.{0,200}?\}\}"
)


def _outside(folded: str, period: Period | None, text: str) -> str:
    """The folded goal with the time expression blanked out."""
    if period is None or not period.text:
        return folded
    at = text.find(period.text)
    if at < 0:
        return folded
    return folded[:at] + " " * len(period.text) + folded[at + len(period.text) :]


def _blank(text: str, pattern: re.Pattern[str], source: str | None = None) -> str:
    """`text` with every match of `pattern` (found in `source`, same offsets) blanked out."""
    if source is None:
        return pattern.sub(lambda m: " " * len(m.group()), text)
    parts, at = [], 0
    for match in pattern.finditer(source):
        parts += [text[at : match.start()], " " * (match.end() - match.start())]
        at = match.end()
    return "".join(parts) + text[at:]


def _foreground(rest: str, text: str) -> str:
    """The goal without its setting: names, places, time spent, occasions, comments."""
    rest = _blank(rest, lex.SUBJECT_RE, text[: len(rest)])
    for employer in lex.EMPLOYER_RE.finditer(text[: len(rest)]):
        first, last = employer.span(1)
        rest = rest[:first] + " " * (last - first) + rest[last:]
    return _blank(rest, lex.BACKGROUND_RE)


def _time_bound(
    text: str, period: Period | None, goal: Goal | None, today: date, lang: Language
) -> tuple[SmartCriterion, date | None]:
    """Tijdgebonden, and the deadline to store: never one that is over.

    The goal's own time expression counts first; the stored deadline (`goal.deadline`) when
    the text names none, or when the text's is over and a new one was given in answer to the
    question (`goal.deadline_text`: the conversation keeps the text and stores the answer)."""
    from pop_assistent.language.calendar_nl import format_date

    stored = goal.deadline if goal is not None else None
    answered = goal is not None and bool(goal.deadline_text.strip())
    if period is not None and period.in_past and answered and stored and stored >= today:
        period = None  # the past deadline in the text was replaced by the answer
    deadline = period.deadline if period else stored
    if deadline is None:
        problem = why_no_period(text, today)
        # 'no moment named' says again what the question asks: only a real slip is worth saying
        why = "" if problem.sentence.msgid == NO_MOMENT else problem.message(lang)
        return crit("time_no", lang, met=False, why=why), None
    when = format_date(deadline, lang)
    if deadline < today:
        if period is not None:
            return crit("time_past", lang, met=False, what=shorten(period.text), when=when), None
        return crit("time_past_stored", lang, met=False, when=when), None
    return crit("time_ok", lang, met=True, when=when), deadline


def check_goal(
    text: str,
    today: date,
    *,
    plan: Plan | None = None,
    goal: Goal | None = None,
    skills: Sequence[Skill] = (),
    role_skill_ids: Sequence[str] = (),
    lang: Language = SOURCE_LANGUAGE,
) -> SmartResult:
    """Judge a goal text on the five SMART criteria (see the module docstring).

    `skills`: the organisation's skills list (a named skill makes the goal specific);
    `role_skill_ids`: the skills of the employee's role profile (a goal that works on one is
    relevant). The goal's own `skill_ids` count as named skills for Relevant."""
    if plan is not None:
        lang = plan.employee.language
    text = text[:MAX_GOAL] if isinstance(text, str) else ""
    folded = _MARKUP_RE.sub(lambda m: " " * len(m.group()), fold(text, MAX_GOAL))
    period = find_period(text, today, lang)
    rest = _outside(folded, period, text)
    matches = [
        m
        for m in (match_skills(rest, skills) if skills else [])
        if any(not not_a_skill(w) for words in m.matched for w in words.split())
    ]
    labels = [m.skill.label(lang) for m in matches]
    names = {k.id: k.label(lang) for k in skills if k.id in role_skill_ids}
    time_bound, deadline = _time_bound(text, period, goal, today, lang)
    foreground = _foreground(rest, text)
    return SmartResult(
        specific=specific(foreground, text, labels, lang),
        measurable=measurable(foreground, text, lang),
        achievable=judge_achievable(plan, goal, deadline, today, lang),
        relevant=judge_relevant(
            rest,
            plan,
            goal,
            [m.skill.id for m in matches],
            lang,
            role_skills=[(i, names.get(i, i)) for i in role_skill_ids],
        ),
        time_bound=time_bound,
        deadline=deadline,
    )
