"""Helpers the step modules share."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pop_assistent.dialogue.session import Session
from pop_assistent.dialogue.types import Choice, Widget
from pop_assistent.i18n import translations
from pop_assistent.model import Action, Goal
from pop_assistent.text import answers


def fit(s: Session, text: str, limit: int) -> str:
    """The answer as typed, cut to the field's limit (with a note when it had to be cut)."""
    text = text.strip()
    if len(text) > limit:
        s.say("too_long", template="common_notes", limit=limit)
        return text[:limit]
    return text


def goal_of(s: Session) -> Goal | None:
    """The goal the pending question is about."""
    goal_id = s.pending.goal_id
    return s.plan.goal(goal_id) if goal_id else None


def action_of(s: Session) -> Action | None:
    """The action the pending question is about."""
    action_id = s.pending.action_id
    return s.plan.action(action_id) if action_id else None


def stored_field(of: Callable[[Session], Any], name: str) -> Callable[[Session], str]:
    """A question's stored answer: the field `name` of what `of` finds (the goal or action the
    pending question is about), '' when there is none."""

    def stored(s: Session) -> str:
        found = of(s)
        return str(getattr(found, name) or "") if found is not None else ""

    return stored


def next_after(ids: list[str], current: str | None) -> str | None:
    """The id after `current` in `ids` (the first one when current is None or unknown)."""
    if not ids:
        return None
    if current not in ids:
        return ids[0]
    index = ids.index(current)
    return ids[index + 1] if index + 1 < len(ids) else None


def goal_view(s: Session, goal: Goal | None) -> dict[str, Any] | None:
    """What templates need about a goal (None stays None)."""
    if goal is None:
        return None
    smart = goal.smart
    return {
        "id": goal.id,
        "text": goal.text,
        "number": s.plan.goals.index(goal) + 1 if goal in s.plan.goals else 0,
        "missing": smart.missing() if smart else [],
        "smart": smart,
        "deadline": goal.deadline,
        "career_project": goal.career_project,
        "relevance": goal.relevance,
        "kept_with_warning": goal.kept_with_warning,
        "skills": [skill_label(s, sid) for sid in goal.skill_ids],
    }


def skill_label(s: Session, skill_id: str) -> str:
    """A skill's label from the plan's self-assessment, else the skills list, else the id."""
    rating = next((r for r in s.plan.skills if r.skill_id == skill_id), None)
    if rating:
        return rating.label
    skill = s.resources.skill(skill_id)
    return skill.label(s.lang) if skill else skill_id


def preferred_skill_ids(s: Session) -> list[str]:
    """Skills to prefer when linking text: the employee's own (to improve first), then the
    role profile's."""
    from pop_assistent.model import SkillCategory

    rated = sorted(s.plan.skills, key=lambda r: SkillCategory.to_improve not in r.categories)
    ids = [r.skill_id for r in rated if r.skill_id]
    role = s.resources.role(s.plan.employee.role_profile_id)
    if role is not None:
        ids += s.resources.role_skill_ids(role)
    return list(dict.fromkeys(ids))


def read_hours(
    s: Session, text: str, reader: Callable[[str, float], float | None], limit: float
) -> float | None:
    """Hours read from an answer by `reader` (`answers.hours` or `answers.hours_per_week`),
    or None after the step's note that says why not (`hours_unclear`, `hours_range`)."""
    value = reader(text, s.hours_per_day)
    if value is None:
        s.say("hours_unclear")
    elif value > limit:
        s.say("hours_range", value=value)
    else:
        return value
    return None


def reckoned(s: Session, text: str) -> str:
    """The words of an amount given in days, half days or evenings, to say back with the hours
    they were counted as ('twee namiddagen'); '' when the amount was given in hours."""
    return text.strip()[:80] if answers.in_days(text) else ""


def date_unclear(s: Session, error: Any) -> None:
    """Say why a time answer cannot be used; an expression with two common readings ('na het
    verlof') gets one button per reading, whose label is what is typed back (it reads as that
    one reading)."""
    s.say("date_unclear", reason=error.message(s.lang))
    readings = getattr(error, "choices", ())
    if readings:
        s.widget = Widget.choices
        s.choices = tuple(Choice(r.label(s.lang), r.label(s.lang)) for r in readings)


FILLERS = frozenset(
    "ok|oke|okay|goed|prima|tja|hmm|euh|uh|eh|idk|dunno|niks|niets|iets|x|xx|xxx|test|bla|blabla|"
    "asdf|whatever|maakt niet uit|geen idee|weet niet|weet ik niet|no idea|nothing|something|klaar|"
    "done|gedaan|verder|next|goed zo".split("|")
)
"""One-word answers that tell nothing where a story was asked."""


def no_story(text: str) -> bool:
    """True when an answer to an open question says nothing: a number or a pick ('1', '2 en 3'),
    yes/no, a filler word ('ok', 'bla') or a single short word. Signs only ('🙂🚀') are kept:
    they are the person's own."""
    t = answers.key(text).strip(" .!?")
    words = t.split()
    return bool(words) and (
        answers.pick_shaped(t)
        or t in FILLERS
        or (len(words) == 1 and answers.yes_no(t) is not None)
        or (len(words) == 1 and len(t) <= 2 and t.isalnum())
    )


_BECOME = re.compile(
    r"\b(?:wil|wil graag|zou graag|hoop|droom ervan|zie mezelf)\s+(?:later\s+|ooit\s+)?"
    r"(?:graag\s+)?(?:een\s+|de\s+|het\s+)?(?P<nl>[a-z][\w' -]{1,60}?)\s+"
    r"(?:te\s+)?(?:worden|wordne|wordn|woorden|worde|wodren|owrden)\b"
    r"|\b(?:want|would like|'d like|hope|plan|aim)\s+to\s+(?:become|be)\s+"
    r"(?:an?\s+|the\s+)?(?P<en>[a-z][\w' -]{1,60}?)\s*(?:[.,!;]|$|\s+(?:in|by|within|one day))"
    r"|\b(?:doorgroeien|doorstromen|opklimmen|promotie maken)\s+(?:naar|tot)\s+(?:een\s+|de\s+)?"
    r"(?P<up>[a-z][\w'-]{1,40}(?:\s+[a-z][\w'-]{1,40})?)\s*(?:[.,!;]|$|\s+(?:in|tegen|binnen))"
    r"|\b(?:grow|move up|be promoted)\s+(?:in)?to\s+(?:an?\s+|the\s+)?"
    r"(?P<grow>[a-z][\w'-]{1,40}(?:\s+[a-z][\w'-]{1,40}){0,2})\s*(?:[.,!;]|$|\s+(?:in|by|within))"
)
"""'ik wil hoofdverpleegkundige worden', 'I want to become a shift leader', 'doorgroeien naar
hulpkok': a role wanted."""
LEADS = re.compile(
    r"hoofd|leider|leidster|verantwoordelijke|chef|manager|co[oö]rdinator|supervisor|"
    r"\blead(?:er)?\b|\bhead\b|directeur|director|ploegbaas|voorman|voorvrouw|baas|teamcoach"
)
"""Words that make a wanted role a step up (promotion) rather than a move sideways."""


def _wanted(text: str) -> tuple[str, bool]:
    """What the person says they want to become, and whether it is a quality of theirs."""
    from pop_assistent.language.smart_roles import names_a_quality

    m = _BECOME.search(answers.key(text))
    wanted = next((g for g in m.groups() if g), "").strip() if m else ""
    wanted = re.sub(r"\s+(?:role|rol|functie|position)$", "", wanted)
    return wanted, bool(wanted) and names_a_quality(wanted)


def target_role(text: str) -> str:
    """The role the person says they want to become, or '' ('ik wil ploegleider worden'); a
    quality is no role ('ik wil gewoon beter worden', 'een betere kok worden')."""
    wanted, quality = _wanted(text)
    return "" if quality else wanted


def wants_quality(text: str) -> bool:
    """The person wants to become better at what they do ('ik wil een betere kok worden',
    'ik wil zelfstandiger worden'): growing in the job, not a role to move to."""
    return _wanted(text)[1]


def target_phrase(s: Session) -> str:
    """What the person said they want to become, as a project ('hoofdverpleegkundige worden',
    'become team lead'), from the occasion's words; '' when they named no role."""
    role = target_role(s.plan.occasion.description)
    if not role:
        return ""
    return translations(s.lang).gettext("{role} worden").format(role=role)


def keep_career_target(s: Session, text: str) -> str:
    """The parts of an answer that say what the person wants to become ('ik wil
    hoofdverpleegkundige worden') are a career target, not a skill or a solution: they are kept
    with the occasion (a step up is a promotion; the words join its description) and said back
    (note `career_target` of the step). Returns the rest of the answer."""
    from pop_assistent.model import CareerProject

    kept: list[str] = []
    for part in re.split(r"[,;\n]+|(?<=[.!?])\s+", text):
        role = target_role(part)
        if not role:
            kept.append(part)
            continue
        occasion = s.plan.occasion
        if occasion.career_project is None and LEADS.search(role):
            occasion.career_project = CareerProject.promotion
        words = part.strip().rstrip(".")
        if answers.key(words) not in answers.key(occasion.description):
            said = occasion.description.rstrip(" .")
            sentence = words[:1].upper() + words[1:]
            occasion.description = (f"{said}. {sentence}" if said else words)[:5000]
        career = occasion.career_project.value if occasion.career_project else ""
        s.say("career_target", role=role, career=career)
    return ", ".join(p.strip() for p in kept if p.strip())
