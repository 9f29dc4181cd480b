"""Step 3, doelen: each goal SMART-checked; the one question that fixes the first gap.

The employee's answer to that question is merged into the goal (a deadline into the deadline
fields and the text, a project into career_project, anything else appended to the text) and
the goal is checked again. "toch bewaren" keeps a goal as it is, with a warning.
"""

from __future__ import annotations

import re
from typing import Any

from pop_assistent.dialogue import parsing
from pop_assistent.dialogue.session import Session
from pop_assistent.dialogue.steps.common import fit, goal_of, goal_view, preferred_skill_ids
from pop_assistent.errors import PopError
from pop_assistent.model import SMART_KEYS, Goal

QUESTIONS = ("text", "fix", "project", "more")
KEEP = re.compile(
    r"^(toch )?(bewaren|bewaar( (het|hem|maar|toch))*|houden|keep( it)?( anyway)?|"
    r"laat (maar )?(zo|staan)|zo laten|goed zo)( toch)?$"
)
NOTE_SAMPLES: dict[str, dict[str, Any]] = {
    "goal_ok": {"text": "Tegen juni maak ik het maandrapport zelf."},
    "goal_kept": {"missing": ["measurable"]},
    "goal_improved": {"fixed": "time_bound"},
    "still_missing": {"criterion": "measurable"},
    "date_unclear": {"reason": "'ooit' is geen datum."},
    "date_past": {"date": "2020-01-01"},
    "need_one": {},
    "skills_linked": {"skills": ["Rekenbladen (Excel)"]},
}


def enter(s: Session) -> None:
    s.ask("more" if s.plan.goals else "text")


def check(s: Session, goal: Goal) -> None:
    """Run the SMART check on one goal (the plan gives context for Realistisch and Relevant)."""
    try:
        goal.smart = s.language.check_goal(goal, s.plan, s.resources.skills)
    except PopError:
        goal.smart = None
    if goal.smart is not None and goal.smart.deadline and goal.deadline is None:
        goal.deadline = goal.smart.deadline


def _link_skills(s: Session, goal: Goal) -> None:
    """Link the goal to the skills it is really about: the employee's own rated skills and
    the role profile's first; loose or ambiguous hits are left out (skillmatch.link_skills)."""
    ids = list(goal.skill_ids)
    prefer = preferred_skill_ids(s)
    for match in s.language.link_skills(goal.text, s.resources.skills, prefer, limit=3):
        if match.skill.id not in ids:
            ids.append(match.skill.id)
    lowered = goal.text.lower()
    for rating in s.plan.skills:
        word = rating.label.lower().split(" (")[0].strip()
        if (
            rating.skill_id
            and rating.skill_id not in ids
            and len(word) >= 4
            and re.search(rf"\b{re.escape(word)}\b", lowered)
        ):
            ids.append(rating.skill_id)
    goal.skill_ids = ids


def _after_check(s: Session, goal: Goal) -> None:
    missing = goal.smart.missing() if goal.smart and not goal.kept_with_warning else []
    if missing:
        s.ask("fix", goal_id=goal.id, criterion=missing[0])
    elif not goal.career_project:
        s.ask("project", goal_id=goal.id)
    else:
        s.ask("more", goal_id=goal.id)


def _merge(s: Session, goal: Goal, criterion: str, answer: str) -> bool:
    """Fold the answer into the goal; False when the answer cannot be used (a note says why)."""
    base = goal.text.rstrip(" .")
    if criterion == "time_bound":
        try:
            period = s.language.parse_period(answer)
        except PopError as error:
            s.say("date_unclear", reason=error.message(s.lang))
            return False
        deadline = period.deadline or period.end
        if getattr(period, "in_past", False):
            s.say("date_past", date=deadline)
            return False
        goal.deadline = deadline
        goal.deadline_text = answer.strip()[:500]
        goal.text = f"{base}, {answer.strip()}."[:5000]
    elif criterion == "relevant":
        goal.career_project = answer.strip()[:2000]
    else:
        goal.text = f"{base}; {answer.strip()}."[:5000]
    return True


def _names_a_date(s: Session, text: str) -> bool:
    """True when the answer is mostly a time expression ('tegen eind juni')."""
    if len(text) > 60:
        return False
    try:
        return s.language.find_period(text) is not None
    except PopError:
        return False


def handle(s: Session, text: str) -> None:
    q = s.q
    goal = goal_of(s)
    done = parsing.clean(text) in {"klaar", "verder", "genoeg", "done", "next", "dat is het"}
    if q == "text" and (parsing.yes_no(text) is False or len(text.strip()) < 4 or done):
        if s.plan.goals:
            s.advance()
        else:
            s.say("need_one")
        return
    if q == "text" or (q == "more" and parsing.yes_no(text) is None and len(text.strip()) > 12):
        goal = Goal(text=fit(s, text, 5000))
        s.plan.goals = [*s.plan.goals, goal]
        goal = s.plan.goals[-1]
        _link_skills(s, goal)
        check(s, goal)
        if goal.skill_ids:
            s.say("skills_linked", skills=goal_view(s, goal)["skills"])  # type: ignore[index]
        if goal.smart and goal.smart.all_met:
            s.say("goal_ok", text=goal.text)
        _after_check(s, goal)
    elif q == "fix" and goal is not None:
        criterion = s.pending.get("criterion", "specific")
        if KEEP.match(parsing.clean(text)):
            goal.kept_with_warning = True
            s.say("goal_kept", missing=goal.smart.missing() if goal.smart else [])
            _after_check(s, goal)
            return
        before = goal.smart.missing() if goal.smart else []
        if criterion != "time_bound" and "time_bound" in before and _names_a_date(s, text):
            criterion = "time_bound"  # they answered with a date: that fixes Tijdgebonden
        if not _merge(s, goal, criterion, text):
            return
        check(s, goal)
        after = goal.smart.missing() if goal.smart else []
        fixed = [c for c in before if c not in after]
        if fixed:
            s.say("goal_improved", fixed=fixed[0])
        else:
            s.say("still_missing", criterion=criterion)
        _after_check(s, goal)
    elif q == "project" and goal is not None:
        goal.career_project = fit(s, text, 2000)
        check(s, goal)
        s.ask("more", goal_id=goal.id)
    elif q == "more":
        if parsing.yes_no(text):
            s.ask("text")
        elif s.plan.goals:
            s.advance()
        else:
            s.say("need_one")
            s.ask("text")
    else:
        enter(s)


def skip(s: Session) -> None:
    goal = goal_of(s)
    if s.q == "fix" and goal is not None:
        goal.kept_with_warning = True
        s.say("goal_kept", missing=goal.smart.missing() if goal.smart else [])
        s.ask("more", goal_id=goal.id)
    elif s.q == "project" and goal is not None:
        s.ask("more", goal_id=goal.id)
    elif s.plan.goals:
        s.advance()
    else:
        s.say("need_one")


def context(s: Session) -> dict[str, Any]:
    goal = goal_of(s)
    criterion = s.pending.get("criterion", "")
    crit = getattr(goal.smart, criterion, None) if goal and goal.smart and criterion else None
    return {
        "goal": goal_view(s, goal),
        "goals": [goal_view(s, g) for g in s.plan.goals],
        "criterion": criterion if criterion in SMART_KEYS else "",
        "reason": crit.reason if crit else "",
        "question": crit.question if crit else "",
        "to_improve": [r.label for r in s.plan.skills if "to_improve" in r.categories],
        "career": s.plan.occasion.career_project.value if s.plan.occasion.career_project else "",
        "role": s.plan.employee.role,
    }
