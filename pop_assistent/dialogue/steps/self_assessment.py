"""Step 2, zelfevaluatie: strengths, skills to improve (with levels), obsolete, transferable."""

from __future__ import annotations

import re
from typing import Any

from pop_assistent.dialogue import parsing
from pop_assistent.dialogue.session import Session
from pop_assistent.dialogue.steps.common import preferred_skill_ids
from pop_assistent.dialogue.types import SkillsAnswer, StructuredAnswer, Widget
from pop_assistent.model import SkillCategory, SkillRating

QUESTIONS = ("strengths", "to_improve", "levels", "obsolete", "transferable")
CATEGORY_OF = {
    "strengths": SkillCategory.strength,
    "to_improve": SkillCategory.to_improve,
    "obsolete": SkillCategory.obsolete,
    "transferable": SkillCategory.transferable,
}
DEFAULT_LEVELS = {  # (current, wanted) until the employee says otherwise
    SkillCategory.strength: (4, 4),
    SkillCategory.to_improve: (2, 4),
    SkillCategory.obsolete: (3, 1),
    SkillCategory.transferable: (4, 4),
}
NOTE_SAMPLES: dict[str, dict[str, Any]] = {
    "noted": {"labels": ["Nauwkeurig werken", "Excel"], "unmatched": ["Excel"]},
    "none_noted": {},
    "levels_unclear": {"skill": "Excel"},
    "levels_saved": {"skill": "Excel", "current": 2, "wanted": 4},
    "rater_saved": {"count": 5},
}


def enter(s: Session) -> None:
    s.ask("strengths")


def _score_ok(score: float) -> bool:
    return score >= (0.6 if score <= 1 else 60)


def _rating(s: Session, item: str, category: SkillCategory) -> tuple[SkillRating, bool]:
    """The rating for one typed item, and whether the employee typed a level."""
    level = re.search(r"\b([1-5])\s*$", item)
    text = item[: level.start()].strip(" :-") if level else item
    current, wanted = DEFAULT_LEVELS[category]
    if level:
        current = int(level.group(1))
        wanted = max(wanted, current) if category != SkillCategory.obsolete else wanted
    prefer = preferred_skill_ids(s)
    matches = s.language.link_skills(text, s.resources.skills, prefer, limit=1)
    skill = matches[0].skill if matches and _score_ok(float(matches[0].score)) else None
    rating = SkillRating(
        skill_id=skill.id if skill else None,
        label=(skill.label(s.lang) if skill else text)[:300] or "?",
        kind=skill.kind if skill else "technical",
        current_level=current,
        wanted_level=wanted,
        categories=[category],
    )
    return rating, level is not None


def _set_category(
    s: Session, category: SkillCategory, answers: list[tuple[SkillRating, bool]]
) -> None:
    """Replace the skills of one category by the new answers (re-answering replaces)."""
    kept: list[SkillRating] = []
    for rating in s.plan.skills:
        if category in rating.categories:
            rating.categories = [c for c in rating.categories if c != category]
        if rating.categories:
            kept.append(rating)
    for new, explicit in answers:
        same = next(
            (
                r
                for r in kept
                if (new.skill_id and r.skill_id == new.skill_id)
                or r.label.lower() == new.label.lower()
            ),
            None,
        )
        if same is not None:
            same.categories = [*same.categories, category]
            if explicit:
                same.current_level = new.current_level
            if category == SkillCategory.to_improve:
                same.wanted_level = max(same.wanted_level, new.wanted_level)
        else:
            kept.append(new)
    s.plan.skills = kept


def _to_improve(s: Session) -> list[int]:
    return [i for i, r in enumerate(s.plan.skills) if SkillCategory.to_improve in r.categories]


def _next_level_question(s: Session, after: int | None) -> None:
    todo = [i for i in _to_improve(s) if after is None or i > after]
    if todo:
        s.ask("levels", skill=str(todo[0]))
    else:
        s.ask("obsolete")


def handle(s: Session, text: str) -> None:
    q = s.q
    if q in CATEGORY_OF:
        category = CATEGORY_OF[q]
        answers = [_rating(s, item, category) for item in parsing.items(text)]
        _set_category(s, category, answers)
        if answers:
            s.say(
                "noted",
                labels=list(dict.fromkeys(a.label for a, _ in answers)),
                unmatched=[a.label for a, _ in answers if not a.skill_id],
            )
        else:
            s.say("none_noted")
        if q == "strengths":
            s.ask("to_improve")
        elif q == "to_improve":
            _next_level_question(s, None)
        elif q == "obsolete":
            s.ask("transferable")
        else:
            s.advance()
    elif q == "levels":
        index = int(s.pending.get("skill", "0") or 0)
        if index >= len(s.plan.skills):
            _next_level_question(s, None)
            return
        rating = s.plan.skills[index]
        levels = [n for n in parsing.numbers(text) if 1 <= n <= 5]
        if not levels:
            s.say("levels_unclear", skill=rating.label)
            return
        rating.current_level = levels[0]
        rating.wanted_level = levels[1] if len(levels) > 1 else max(rating.wanted_level, levels[0])
        s.say(
            "levels_saved",
            skill=rating.label,
            current=rating.current_level,
            wanted=rating.wanted_level,
        )
        _next_level_question(s, index)


def skip(s: Session) -> None:
    order = {"strengths": "to_improve", "obsolete": "transferable"}
    if s.q in order:
        s.ask(order[s.q])
    elif s.q == "to_improve":
        _next_level_question(s, None)
    elif s.q == "levels":
        _next_level_question(s, int(s.pending.get("skill", "0") or 0))
    else:
        s.advance()


def structured(s: Session, answer: StructuredAnswer) -> bool:
    if not isinstance(answer, SkillsAnswer):
        return False
    s.plan.skills = list(answer.skills)
    s.say("rater_saved", count=len(answer.skills))
    s.advance()
    return True


def suggestions(s: Session) -> list[SkillRating]:
    """The role profile's skills that are not in the plan yet: the needed level as the wanted
    level (and as the current level, until the employee rates it), no category yet."""
    role = s.resources.role(s.plan.employee.role_profile_id)
    if role is None:
        return []
    rated = {r.skill_id for r in s.plan.skills if r.skill_id}
    found = []
    for skill_id, level in s.resources.role_needs(role):
        skill = s.resources.skill(skill_id)
        if skill is None or skill_id in rated:
            continue
        level = min(5, max(1, level))
        found.append(
            SkillRating(
                skill_id=skill_id,
                label=skill.label(s.lang)[:300],
                kind=skill.kind,
                current_level=level,
                wanted_level=level,
            )
        )
        rated.add(skill_id)
    return found


def context(s: Session) -> dict[str, Any]:
    s.widget = Widget.skill_rater
    suggested = [r.label for r in suggestions(s)]
    index = int(s.pending.get("skill", "0") or 0) if s.q == "levels" else -1
    current = s.plan.skills[index] if 0 <= index < len(s.plan.skills) else None

    def of(cat: SkillCategory) -> list[str]:
        return [r.label for r in s.plan.skills if cat in r.categories]

    return {
        "suggestions": suggested[:6],
        "strengths": of(SkillCategory.strength),
        "to_improve": of(SkillCategory.to_improve),
        "obsolete": of(SkillCategory.obsolete),
        "transferable": of(SkillCategory.transferable),
        "skill": current.label if current else "",
        "current_level": current.current_level if current else 0,
        "wanted_level": current.wanted_level if current else 0,
        "role": s.plan.employee.role,
    }
