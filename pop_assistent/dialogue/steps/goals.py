"""Step 3, doelen: each goal SMART-checked; the one question that fixes the first gap.

The employee's answer to that question updates the goal: a usable time expression sets the
deadline fields (and is added once to the text when that named no time), an unusable one is
explained (the date parser's own sentence) and not stored, a project goes into career_project,
a measure is added once as a sentence. The goal is checked again and shown as it now reads.
"toch bewaren" keeps a goal as it is, with a warning.
"""

from __future__ import annotations

import re
from typing import Any

from pop_assistent.dialogue import parsing
from pop_assistent.dialogue.judge import judge_goal
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
    "goal_now": {"text": "Ik wil beter worden in Excel, tegen 30 juni 2027."},
    "skills_linked": {"skills": ["Rekenbladen (Excel)"]},
}


def enter(s: Session) -> None:
    s.ask("more" if s.plan.goals else "text")


def check(s: Session, goal: Goal) -> None:
    """Run the SMART check on one goal (the plan gives context for Realistisch and Relevant)."""
    goal.smart = judge_goal(goal, s.plan, today=s.today, lang=s.lang, skills=s.resources.skills)
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


LEADS = (
    "tegen",
    "voor",
    "binnen",
    "uiterlijk",
    "ten laatste",
    "eind",
    "begin",
    "in ",
    "op ",
    "by",
    "before",
    "within",
    "at the",
    "end of",
    "in the",
)
DATE_SHAPE = re.compile(
    r"\b\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\b|\b(?:19|20)\d\d\b|"
    r"\b\d{1,2}\s+(?:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec)",
    re.I,
)


def _time_attempt(s: Session, text: str) -> Any:
    """A short answer read as a time expression: a Period, a PopError that says why it is not
    usable ('31 februari bestaat niet', "'ooit' is geen tijdstip"), or None when the answer is
    not about time at all."""
    from pop_assistent.language.lexicon import VAGUE_TIME

    text = text.strip()
    if not text or len(text) > 60:
        return None
    try:
        return s.language.parse_period(text)
    except PopError as error:
        folded = parsing.clean(text)
        vague = any(re.search(rf"\b{re.escape(p)}\b", folded) for p in VAGUE_TIME)
        if len(folded.split()) <= 5 and (vague or DATE_SHAPE.search(text)):
            return error
        return None


def _deadline_phrase(s: Session, answer: str, deadline: Any) -> str:
    """How the deadline reads inside the goal sentence: the answer when it already reads
    naturally ('tegen eind juni 2027'), else 'tegen 30 juni 2027'."""
    from pop_assistent.dialogue.prompts import nl_date

    lowered = answer.strip().lower()
    if lowered.startswith(LEADS) and not DATE_SHAPE.fullmatch(lowered):
        return lowered
    return f"{'by' if s.lang == 'en' else 'tegen'} {nl_date(deadline, s.lang)}"


def _set_deadline(s: Session, goal: Goal, period: Any, answer: str) -> bool:
    deadline = period.deadline or period.end
    if getattr(period, "in_past", False):
        s.say("date_past", date=deadline)
        return False
    had_time = s.language.find_period(goal.text) is not None
    goal.deadline = deadline
    goal.deadline_text = answer.strip()[:500]
    if not had_time:
        base = goal.text.rstrip(" .")
        goal.text = f"{base}, {_deadline_phrase(s, answer, deadline)}."[:5000]
    return True


def _merge(s: Session, goal: Goal, criterion: str, answer: str) -> bool:
    """Fold the answer into the goal; False when the answer cannot be used (a note says why,
    and nothing is stored). A deadline goes into the deadline fields (and once into the text
    when the text named no time), a project into career_project, a measure is added once as
    its own sentence."""
    attempt = _time_attempt(s, answer)
    if isinstance(attempt, PopError):
        s.say("date_unclear", reason=attempt.message(s.lang))
        return False
    if attempt is not None:  # a usable moment, whatever was asked: it fixes Tijdgebonden
        return _set_deadline(s, goal, attempt, answer)
    if criterion == "time_bound":
        try:
            period = s.language.parse_period(answer)
        except PopError as error:
            s.say("date_unclear", reason=error.message(s.lang))
            return False
        return _set_deadline(s, goal, period, answer)
    if criterion == "relevant":
        goal.career_project = answer.strip()[:2000]
        return True
    sentence = answer.strip().rstrip(" .")
    if not sentence:
        return False
    sentence = sentence[0].upper() + sentence[1:]
    if sentence.lower() in goal.text.lower():
        return True  # said before: not twice
    base = goal.text.rstrip(" .")
    goal.text = f"{base}. {sentence}."[:5000]
    return True


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
        text_before = goal.text
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
        if s.q != "fix" and goal.text != text_before:
            s.say("goal_now", text=goal.text)  # the fix question shows it otherwise
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
        "year": s.today.year + 1,
    }
