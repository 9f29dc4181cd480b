"""Proposals for a goal: which resources cover its skills, fit the gap, the hours and budget.

Each proposal carries a one-line reason in the user's language, such as
"dekt 2 van je 3 vaardigheden, 16 u, past in je planning".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz

from pop_assistent.catalogue.catalogue import Catalogue
from pop_assistent.catalogue.evidence import enough, evidence
from pop_assistent.catalogue.intent import (
    FIRST_TIME_PENALTY,
    RENEWAL_BONUS,
    about_renewal,
    first_time,
    is_refresher,
)
from pop_assistent.catalogue.matching import match_skills
from pop_assistent.model.catalogue import LEVEL_RANGE, CatalogueItem
from pop_assistent.model.common import GoalStatus
from pop_assistent.model.goals import Goal
from pop_assistent.model.plan import Plan
from pop_assistent.text.formats import hours as hours_text

DEFAULT_HORIZON_WEEKS = 26


@dataclass(frozen=True)
class Recommendation:
    """A proposed resource, its score (higher is better, about 0..1) and why, in one line."""

    item: CatalogueItem
    score: float
    reason: str


@dataclass
class _Context:
    targets: dict[str, float]
    current: dict[str, int]
    wanted: dict[str, int]
    hours_available: float | None
    budget: float | None
    preferred: set[str]
    language: str
    deadline: date | None
    labels: dict[str, tuple[str, str]] = field(default_factory=dict)
    """The Dutch and English names of the target skills, to name them in a reason."""


def _plan_goal(plan: Plan, goal_text: str) -> Goal | None:
    """The plan's goal this text is about (or the only open goal when no text is given)."""
    open_goals = [g for g in plan.goals if g.status is GoalStatus.open]
    if not goal_text.strip():
        return open_goals[0] if len(open_goals) == 1 else None
    best = max(plan.goals, key=lambda g: fuzz.token_set_ratio(g.text, goal_text), default=None)
    if best is not None and fuzz.token_set_ratio(best.text, goal_text) >= 80:
        return best
    return None


def _context(
    catalogue: Catalogue, goal_text: str, skill_ids: Sequence[str], plan: Plan | None, today: date
) -> _Context:
    targets: dict[str, float] = {sid: 1.0 for sid in skill_ids if catalogue.skill(sid)}
    for sid, weight in match_skills(goal_text, catalogue.skills).items():
        targets.setdefault(sid, weight)
    current: dict[str, int] = {}
    wanted: dict[str, int] = {}
    ctx = _Context(targets, current, wanted, None, None, set(), "nl", None)
    if plan is None:
        return ctx
    goal = _plan_goal(plan, goal_text)
    if goal is not None:
        for sid in goal.skill_ids:
            if catalogue.skill(sid):
                targets.setdefault(sid, 1.0)
        ctx.deadline = goal.deadline
    for rating in plan.skills:
        if rating.skill_id:
            current[rating.skill_id] = rating.current_level
            wanted[rating.skill_id] = rating.wanted_level
    role = catalogue.role(plan.employee.role_profile_id or "")
    if role is not None:
        for need in role.skills:
            wanted[need.skill_id] = max(wanted.get(need.skill_id, 0), need.level)
    if not targets:  # nothing named: work on the skills the employee wants to improve
        for sid, level in wanted.items():
            if level > current.get(sid, level) and catalogue.skill(sid):
                targets[sid] = 0.8
    employee = plan.employee
    if employee.hours_per_week > 0:
        weeks = DEFAULT_HORIZON_WEEKS
        if ctx.deadline is not None and ctx.deadline > today:
            weeks = max(1, (ctx.deadline - today).days // 7)
        ctx.hours_available = employee.hours_per_week * weeks
    ctx.budget = employee.budget_eur
    ctx.preferred = {str(t) for t in employee.preferred_types}
    ctx.language = employee.language
    return ctx


def _level_fit(item: CatalogueItem, covered: list[str], ctx: _Context) -> float:
    """1 when the course starts where the learner stands; lower when too easy or too hard."""
    low, high = LEVEL_RANGE[item.level]
    fits: list[float] = []
    for sid in covered:
        level = ctx.current.get(sid)
        if level is None:
            continue
        if level >= ctx.wanted.get(sid, 5) and level >= high:
            fits.append(0.2)  # already there
        elif level >= high:
            fits.append(0.4)  # too easy
        elif level < low - 1:
            fits.append(0.6)  # too hard for now
        else:
            fits.append(1.0)
    return sum(fits) / len(fits) if fits else 0.7


def _gap_weight(sid: str, ctx: _Context) -> float:
    gap = max(0, ctx.wanted.get(sid, 0) - ctx.current.get(sid, 0)) if sid in ctx.current else 1
    return ctx.targets[sid] * (1.0 + 0.25 * min(gap, 4))


def _date(day: date, lang: str) -> str:
    from pop_assistent.text.formats import short_date

    return short_date(day, lang)


def _score(
    item: CatalogueItem, text_score: float, ctx: _Context, today: date, lang: str
) -> tuple[float, str]:
    en = lang == "en"
    covered = [sid for sid in item.skill_ids if sid in ctx.targets]
    reasons: list[str] = []
    score = 0.0
    if ctx.targets:
        total = sum(_gap_weight(sid, ctx) for sid in ctx.targets)
        coverage = sum(_gap_weight(sid, ctx) for sid in covered) / total
        focus = len(covered) / len(item.skill_ids) if item.skill_ids else 0.0
        lead = 1.0 if item.skill_ids and item.skill_ids[0] in ctx.targets else 0.0
        score += 0.5 * coverage + 0.15 * text_score + 0.08 * focus + 0.07 * lead
        n, m = len(covered), len(ctx.targets)
        names = ", ".join(ctx.labels[sid][lang == "en"] for sid in covered if sid in ctx.labels)
        if n and m == 1:
            reasons.append(
                f"covers your skill {names}".rstrip()
                if en
                else f"dekt je vaardigheid {names}".rstrip()
            )
        elif n:
            reasons.append(
                f"covers {n} of your {m} skills" if en else f"dekt {n} van je {m} vaardigheden"
            )
            if n <= 2 and names:
                reasons[-1] += f" ({names})"
        else:
            reasons.append("matches your goal" if en else "sluit aan bij je doel")
        score += 0.1 * _level_fit(item, covered, ctx)
    else:
        score += 0.75 * text_score
        reasons.append("matches your goal" if en else "sluit aan bij je doel")
    reasons.append(f"{hours_text(item.hours, lang)} {'h' if en else 'u'}")
    if item.cost_eur == 0:
        reasons.append("free" if en else "gratis")
    elif ctx.budget is not None and item.cost_eur > ctx.budget:
        score -= 0.25
        reasons.append(
            f"€ {item.cost_eur:.0f}, over your budget"
            if en
            else f"€ {item.cost_eur:.0f}, boven je budget"
        )
    else:
        reasons.append(f"€ {item.cost_eur:.0f}")
    if ctx.hours_available is not None:
        if item.hours <= ctx.hours_available:
            score += 0.08
            reasons.append("fits your schedule" if en else "past in je planning")
        else:
            score -= 0.15 * min(1.0, item.hours / ctx.hours_available - 1)
            reasons.append(
                "more hours than you have" if en else "meer uren dan je planning toelaat"
            )
    if str(item.action_type) in ctx.preferred:
        score += 0.07
        reasons.append("your preferred way of learning" if en else "jouw voorkeursvorm")
    if item.language != (ctx.language if ctx.language else lang) and item.theme != "talen":
        score -= 0.05 if item.language == "en" else 0.12
    if item.sessions:
        upcoming = item.upcoming_sessions(today)
        if ctx.deadline is not None:
            upcoming = [s for s in upcoming if s.start <= ctx.deadline]
        if upcoming:
            score += 0.03
            first = _date(upcoming[0].start, lang)
            reasons.append(f"next session {first}" if en else f"volgende sessie {first}")
        else:
            score -= 0.2
            reasons.append("no session in time" if en else "geen sessie op tijd")
    return score, ", ".join(reasons)


TITLE_BONUS = 0.2
TITLE_BONUS_MAX = 0.3


def recommend(
    catalogue: Catalogue,
    *,
    goal_text: str = "",
    skill_ids: Sequence[str] = (),
    plan: Plan | None = None,
    today: date,
    limit: int = 5,
    lang: str = "nl",
) -> list[Recommendation]:
    """The best resources for a goal, best first, each with a one-line reason."""
    ctx = _context(catalogue, goal_text, skill_ids, plan, today)
    ctx.labels = {
        sid: (skill.label_nl, skill.label_en)
        for sid in ctx.targets
        if (skill := catalogue.skill(sid)) is not None
    }
    text_scores = catalogue.index.scores(goal_text) if goal_text.strip() else {}
    candidates: dict[int, float] = dict(text_scores)
    for row in catalogue.rows_with_skills(ctx.targets):
        candidates.setdefault(row, 0.0)
    results: list[Recommendation] = []
    found = evidence(
        goal_text,
        {row: catalogue.items[row] for row in candidates},
        {skill.id: skill for skill in catalogue.skills},
    )
    renewal = about_renewal(goal_text)
    beginner = not renewal and first_time(goal_text)
    for row, text_score in candidates.items():
        item = catalogue.items[row]
        if ctx.targets and text_score < 0.5 and not set(item.skill_ids) & ctx.targets.keys():
            continue  # a weak text hit on a word such as "team" is not a proposal
        if not ctx.targets and not enough(found.get(row)):
            continue  # no skill recognised and it names too little of the goal: a guess
        score, reason = _score(item, text_score, ctx, today, lang)
        named = found[row].title if row in found else 0
        score += min(TITLE_BONUS_MAX, TITLE_BONUS * named)
        if renewal and is_refresher(item):
            score += RENEWAL_BONUS
        elif beginner and (is_refresher(item) or item.level.value in ("gevorderd", "expert")):
            score -= FIRST_TIME_PENALTY  # a refresher or an advanced course is not a start
        results.append(Recommendation(item=item, score=round(score, 4), reason=reason))
    results.sort(key=lambda r: (-r.score, r.item.hours, r.item.id))
    return results[: max(0, limit)]
