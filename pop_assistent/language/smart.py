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

from pop_assistent.language import smart_lexicon as lex
from pop_assistent.language.dates import Period, find_period, why_no_period
from pop_assistent.language.normalize import fold
from pop_assistent.language.skillmatch import match_skills, stem, words_of
from pop_assistent.language.smart_context import judge_achievable, judge_relevant
from pop_assistent.language.smart_text import crit, quote_list
from pop_assistent.model.goals import SmartCriterion, SmartResult

if TYPE_CHECKING:
    from pop_assistent.model.catalogue import Skill
    from pop_assistent.model.goals import Goal
    from pop_assistent.model.plan import Plan

MAX_GOAL = 5000
_MARKUP_RE = re.compile(
    r"<script.{0,2000}?</script>|<[^<>]{0,200}>|\[/?[a-z ]{1,20}\]|\{\{.{0,200}?\}\}"
)
_GENERIC_STEMS = frozenset(stem(w) for w in lex.GENERIC)
_COMPOUND_RE = re.compile(r"(?<![\w-])([a-z][a-z0-9+#]{1,20})-(?:[a-z]{3,})")


def _is_generic(word: str) -> bool:
    if len(word) < 3 or word.isdigit() or word in lex.GENERIC or stem(word) in _GENERIC_STEMS:
        return True
    if lex.generic_form(word, lex.GENERIC):
        return True
    if len(word) >= 6:
        from rapidfuzz import fuzz, process

        return process.extractOne(word, lex.GENERIC, scorer=fuzz.ratio, score_cutoff=88) is not None
    return False


def _outside(folded: str, period: Period | None, text: str) -> str:
    """The folded goal with the time expression blanked out."""
    if period is None or not period.text:
        return folded
    at = text.find(period.text)
    if at < 0:
        return folded
    return folded[:at] + " " * len(period.text) + folded[at + len(period.text) :]


def _specific(rest: str, skill_labels: list[str], lang: str) -> SmartCriterion:
    if skill_labels:
        return crit("specific_skill", lang, met=True, what=quote_list(skill_labels[:3]))
    concrete: list[str] = []
    for match in _COMPOUND_RE.finditer(rest):  # "Word-vaardigheden": the first part is the tool
        if match.group(1) not in lex.PARTICLES and match.group(1) not in concrete:
            concrete.append(match.group(1))
    for word in words_of(rest):
        if len(concrete) >= 3:
            break
        if not _is_generic(word) and word not in concrete:
            concrete.append(word)
            if len(concrete) == 3:
                break
    if concrete:
        return crit("specific_words", lang, met=True, what=quote_list(concrete))
    return crit("specific_no", lang, met=False)


def _measurable(rest: str, lang: str) -> SmartCriterion:
    for match in lex.NUMBER_RE.finditer(rest):
        value = float(match.group(1).replace(",", "."))
        if match.group(1).isdigit() and 1900 <= value <= 2199:
            continue  # a year
        if lex.DURATION_AFTER_RE.match(rest, match.end()):
            continue  # "al 15 jaar": a span of time, the deadline is judged elsewhere
        if lex.LABEL_BEFORE_RE.search(rest, max(0, match.start() - 30), match.start()):
            continue  # "ploeg 3", "ISO 9001": a name, not a quantity
        if True:
            return crit("measurable_number", lang, met=True, what=match.group(1))
    count = lex.COUNT_WORD_RE.search(rest)
    if count:
        return crit("measurable_number", lang, met=True, what=count.group(0))
    proof = lex.PROOF_RE.search(rest)
    if proof:
        return crit("measurable_proof", lang, met=True, what=proof.group(0).strip())
    thing = lex.DELIVERABLE_RE.search(rest)
    if thing and lex.PRODUCE_RE.search(rest):
        return crit("measurable_deliverable", lang, met=True, what=thing.group(0))
    return crit("measurable_no", lang, met=False)


def _time_bound(
    text: str, period: Period | None, goal: Goal | None, today: date, lang: str
) -> tuple[SmartCriterion, date | None]:
    from pop_assistent.language.calendar_nl import format_date

    deadline = period.deadline if period else (goal.deadline if goal is not None else None)
    if deadline is None:
        problem = why_no_period(text, today)
        return crit("time_no", lang, met=False, why=problem.message(lang)), None
    when = format_date(deadline, lang)
    if deadline < today:
        return crit("time_past", lang, met=False, when=when), deadline
    return crit("time_ok", lang, met=True, when=when), deadline


def check_goal(
    text: str,
    today: date,
    *,
    plan: Plan | None = None,
    goal: Goal | None = None,
    skills: Sequence[Skill] = (),
    lang: str = "nl",
) -> SmartResult:
    """Judge a goal text on the five SMART criteria (see the module docstring)."""
    if plan is not None:
        lang = plan.employee.language
    text = text[:MAX_GOAL] if isinstance(text, str) else ""
    folded = _MARKUP_RE.sub(lambda m: " " * len(m.group()), fold(text, MAX_GOAL))
    period = find_period(text, today, lang)
    rest = _outside(folded, period, text)
    matches = [
        m
        for m in (match_skills(rest, skills) if skills else [])
        if any(not _is_generic(w) for words in m.matched for w in words.split())
    ]
    labels = [m.skill.label(lang) for m in matches]
    time_bound, deadline = _time_bound(text, period, goal, today, lang)
    return SmartResult(
        specific=_specific(rest, labels, lang),
        measurable=_measurable(rest, lang),
        achievable=judge_achievable(plan, goal, deadline, today, lang),
        relevant=judge_relevant(rest, plan, goal, [m.skill.id for m in matches], lang),
        time_bound=time_bound,
        deadline=deadline,
    )
