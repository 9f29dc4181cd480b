"""The SMART check: judge a goal on Specifiek, Meetbaar, Realistisch, Relevant, Tijdgebonden.

Every verdict is explainable: a reason in one sentence and, when a criterion is not met, the
one question that would fix it, in the plan's language. S, M and T come from the text alone;
A (realistic) and R (relevant) need the plan as context and stay `None` without it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from pop_assistent.language import smart_lexicon as lex
from pop_assistent.language.dates import Period, find_period, why_no_period
from pop_assistent.language.normalize import fold
from pop_assistent.language.skillmatch import match_skills, stem
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
_GENERIC_STEMS = frozenset(stem(w) for w in lex.GENERIC | lex.VAGUE_EXACT)
_COMPOUND_RE = re.compile(r"(?<![\w-])([a-z][a-z0-9+#]{1,20})-(?:[a-z]{3,})")


def _is_generic(word: str) -> bool:
    if len(word) < 3 or word.isdigit() or word in lex.GENERIC or stem(word) in _GENERIC_STEMS:
        return True
    if word in lex.VAGUE_EXACT:
        return True
    if lex.generic_form(word, lex.GENERIC) or _generic_compound(word):
        return True
    if any(word.endswith(h) and len(word) > len(h) + 3 for h in lex.ASPIRATION_HEADS):
        return True  # "leiderschapspotentieel": a wish with a skill in front is still a wish
    if len(word) >= 6:
        from rapidfuzz import fuzz, process

        return process.extractOne(word, lex.GENERIC, scorer=fuzz.ratio, score_cutoff=88) is not None
    return False


def _plain_generic(part: str) -> bool:
    return part in lex.GENERIC or stem(part) in _GENERIC_STEMS


@lru_cache(maxsize=8192)
def _generic_compound(word: str) -> bool:
    """A compound of generic parts ("opleidingsdagen", "evaluatiescore"): still no concrete
    word. A separable verb ("binnenhalen", "inwerken") has a meaning of its own and is not one."""
    if len(word) < 7:
        return False
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if head in lex.VERB_PREFIXES or not _plain_generic(tail):
            continue
        if _plain_generic(head) or (head[-1] in "se" and _plain_generic(head[:-1])):
            return True
    return False


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
    return _blank(rest, lex.BACKGROUND_RE)


_WORD_RE = re.compile(r"[a-z0-9+#]+")
_SKILL_HEAD_RE = re.compile(r"\s+(?:vaardighe|kennis|skill|competenti|capaciteit|stijl|rol)")


def _specific(rest: str, skill_labels: list[str], lang: str) -> SmartCriterion:
    if skill_labels:
        return crit("specific_skill", lang, met=True, what=quote_list(skill_labels[:3]))
    concrete: list[str] = []
    for match in _COMPOUND_RE.finditer(rest):  # "Word-vaardigheden": the first part is the tool
        if match.group(1) not in lex.PARTICLES and match.group(1) not in concrete:
            concrete.append(match.group(1))
    for found in _WORD_RE.finditer(rest):
        word = found.group()
        if len(concrete) >= 3:
            break
        if word in lex.PEOPLE and not _SKILL_HEAD_RE.match(rest, found.end()):
            continue  # "voor het team"; but "leidinggevende vaardigheden" is a skill
        if not _is_generic(word) and word not in concrete:
            concrete.append(word)
            if len(concrete) == 3:
                break
    if concrete:
        return crit("specific_words", lang, met=True, what=quote_list(concrete))
    return crit("specific_no", lang, met=False)


_SETTING_RE = re.compile(
    r"\b(?:tijdens|during|na|after|sinds|since)\s+(?:(?:de|het|the|een|a)\s+)?$"
)
"""A deliverable right after "tijdens"/"na" is the setting ("tijdens de les"), not a product."""


def _measurable(rest: str, text: str, lang: str) -> SmartCriterion:
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
    change = lex.CHANGE_RE.search(rest)
    if change:
        return crit("measurable_number", lang, met=True, what=change.group(0))
    named = lex.CERTIFICATES_RE.search(rest)
    if named:
        return crit("measurable_proof", lang, met=True, what=text[named.start() : named.end()])
    if lex.OBTAIN_RE.search(rest):
        for acronym in lex.ACRONYM_RE.finditer(text[: len(rest)]):
            if rest[acronym.start() : acronym.end()].strip():  # not inside the time expression
                return crit("measurable_proof", lang, met=True, what=acronym.group(0))
    if lex.PRODUCE_RE.search(rest):
        for thing in lex.DELIVERABLE_RE.finditer(rest):
            if not _SETTING_RE.search(rest, max(0, thing.start() - 20), thing.start()):
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
        specific=_specific(_foreground(rest, text), labels, lang),
        measurable=_measurable(rest, text, lang),
        achievable=judge_achievable(plan, goal, deadline, today, lang),
        relevant=judge_relevant(rest, plan, goal, [m.skill.id for m in matches], lang),
        time_bound=time_bound,
        deadline=deadline,
    )
