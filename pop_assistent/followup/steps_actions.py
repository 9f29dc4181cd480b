"""Check-in questions per action: status, progress, what went well, obstacles, the expected
return asked again, and the self-assessment update after a completed action."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pop_assistent.i18n import N_, say
from pop_assistent.model import Action, ActionStatus, SkillRating, label
from pop_assistent.text import answers, squash

from . import parse
from . import text as t
from .state import QUESTIONS, Invalid

if TYPE_CHECKING:
    from .checkin import CheckInSession


def status_choices(s: CheckInSession) -> list[tuple[str, str]]:
    """The four statuses, plus skipping the action."""
    pairs = [(label(x, s.lang), label(x, s.lang)) for x in ActionStatus]
    return [*pairs, (say(s.lang, N_("overslaan")), say(s.lang, N_("overslaan")))]


def next_action(s: CheckInSession) -> str:
    """Move to the next action in the queue, or to the feedback question."""
    queue = list(s.cursor.queue)
    while queue:
        action_id = queue.pop(0)
        if s.plan.action(action_id) is not None:
            s.put(queue=queue, action_id=action_id, phase="action_status")
            return "action_status"
    s.put(queue=[], action_id="", phase="feedback")
    return "feedback"


def _values(s: CheckInSession, action: Action) -> dict[str, object]:
    queue = s.cursor.queue
    total = s.cursor.total or 1
    return {
        "title": action.title,
        "number": total - len(queue),
        "total": total,
        "period": t.period_text(action.start, action.end, s.lang),
        "overdue": action.end is not None and action.end < s.today,
        "status": label(action.status, s.lang),
        "status_key": str(action.status),
        "progress": action.progress,
        "expected": action.expected_return,
        "visible": action.visible_on_floor,
    }


# --- status ---------------------------------------------------------------------------
def ask_action_status(s: CheckInSession) -> tuple[str, list[tuple[str, str]]]:
    return t.render("status", s.lang, **_values(s, s.current_action())), (status_choices(s))


def on_action_status(s: CheckInSession, text: str) -> str:
    action = s.current_action()
    if squash(text) in ("overslaan", "skip", "sla over"):
        next_action(s)
        return say(s.lang, N_("Overgeslagen."))
    status, share = parse.parse_status(text)
    if status is None:
        raise Invalid(
            say(s.lang, N_("Kies niet gestart, bezig, afgerond of geannuleerd (of 1 tot 4)."))
        )
    update = s.update_for(action)
    action.status = status
    update.status = status
    if status is ActionStatus.done:
        action.progress = 100
        action.completed_on = (
            action.end if action.end is not None and action.end <= s.today else s.today
        )
        s.put(phase="action_went_well")
    elif status is ActionStatus.in_progress:
        action.completed_on = None
        if share is not None:
            action.progress = share
            s.put(phase="action_went_well")
        else:
            s.put(phase="action_progress")
    else:
        action.completed_on = None
        if status is ActionStatus.not_started:
            action.progress = 0
        s.put(phase="action_obstacles")
    update.progress = action.progress
    shown = share if status is ActionStatus.in_progress else None
    return t.render("ack", s.lang, kind="status", status=label(status, s.lang), share=shown)


def ask_action_progress(s: CheckInSession) -> tuple[str, list[tuple[str, str]]]:
    return t.render("progress", s.lang, **_values(s, s.current_action())), [
        ("25%", "25"),
        ("50%", "50"),
        ("75%", "75"),
    ]


def on_action_progress(s: CheckInSession, text: str) -> str:
    share = answers.percent(text)
    if share is None and parse.parse_status(text)[0] is not None:
        return on_action_status(s, text)  # 'klaar', 'toch niet gestart': a status after all
    if share is None:
        raise Invalid(say(s.lang, N_("Geef een percentage tussen 0 en 100.")))
    action = s.current_action()
    action.progress = share
    s.update_for(action).progress = share
    s.put(phase="action_went_well")
    return t.render("ack", s.lang, kind="progress", progress=share)


# --- free text ------------------------------------------------------------------------
def _free(s: CheckInSession, text: str) -> str:
    if answers.is_skip(text):
        return ""
    value, cut = t.clip(text)
    if cut:
        s.warnings.append(say(s.lang, N_("Je tekst was erg lang en is ingekort.")))
    return value


def ask_action_went_well(s: CheckInSession) -> tuple[str, list[tuple[str, str]]]:
    return t.render("went_well", s.lang, **_values(s, s.current_action())), []


def on_action_went_well(s: CheckInSession, text: str) -> str:
    s.update_for(s.current_action()).went_well = _free(s, text)
    s.put(phase="action_obstacles")
    return ""


def ask_action_obstacles(s: CheckInSession) -> tuple[str, list[tuple[str, str]]]:
    values = _values(s, s.current_action())
    return t.render("obstacles", s.lang, **values), []


def on_action_obstacles(s: CheckInSession, text: str) -> str:
    action = s.current_action()
    s.update_for(action).obstacles = _free(s, text)
    worked = action.status in (ActionStatus.done, ActionStatus.in_progress)
    if worked and (action.expected_return or action.visible_on_floor):
        s.put(phase="action_return")
    else:
        _after_return(s, action)
    return ""


def ask_action_return(s: CheckInSession) -> tuple[str, list[tuple[str, str]]]:
    values = _values(s, s.current_action())
    choices = [(say(s.lang, N_("ja")), say(s.lang, N_("ja")))]
    choices.append((say(s.lang, N_("nog niet")), say(s.lang, N_("nog niet"))))
    return t.render("return", s.lang, **values), choices


def on_action_return(s: CheckInSession, text: str) -> str:
    action = s.current_action()
    if parse.is_yes(text):
        value = say(s.lang, N_("ja, zichtbaar op de werkvloer"))
    else:
        value = _free(s, text)
    s.update_for(action).return_visible = value
    _after_return(s, action)
    return ""


def _after_return(s: CheckInSession, action: Action) -> None:
    if action.status is ActionStatus.done and level_candidates(s, action):
        s.put(phase="action_levels")
    else:
        next_action(s)


# --- self-assessment ----------------------------------------------------------------
def level_candidates(s: CheckInSession, action: Action) -> list[SkillRating]:
    """The ratings of the skills the action's goal targets that can still grow."""
    goal = s.plan.goal(action.goal_id) if action.goal_id else None
    if goal is None:
        return []
    wanted = set(goal.skill_ids)
    return [r for r in s.plan.skills if r.skill_id in wanted and r.current_level < r.wanted_level]


def ask_action_levels(s: CheckInSession) -> tuple[str, list[tuple[str, str]]]:
    ratings = level_candidates(s, s.current_action())
    rows = [
        {
            "label": r.label,
            "old": r.current_level,
            "new": r.current_level + 1,
            "wanted": r.wanted_level,
        }
        for r in ratings
    ]
    yes, no = say(s.lang, N_("ja")), say(s.lang, N_("nee"))
    return t.render("levels", s.lang, rows=rows), [(yes, yes), (no, no)]


def on_action_levels(s: CheckInSession, text: str) -> str:
    ratings = level_candidates(s, s.current_action())
    if parse.is_no(text):
        next_action(s)
        return t.render("ack", s.lang, kind="levels_kept")
    if parse.is_yes(text):
        levels = {i: r.current_level + 1 for i, r in enumerate(ratings)}
    else:
        given = parse.parse_levels(text, ratings)
        if given is None:
            raise Invalid(
                say(s.lang, N_("Antwoord ja, nee, of geef niveaus van 1 tot 5 (bv. 'feedback 3')."))
            )
        levels = given
    changed = []
    for index, level in levels.items():
        rating = ratings[index]
        if level != rating.current_level:
            changed.append({"label": rating.label, "old": rating.current_level, "new": level})
            rating.current_level = level
    for row in changed:
        s.note_adjustment(
            say(
                s.lang,
                N_("Niveau {skill}: {old} → {new}"),
                skill=row["label"],
                old=row["old"],
                new=row["new"],
            )
        )
    next_action(s)
    return t.render("ack", s.lang, kind="levels", changed=changed)


# --- feedback -------------------------------------------------------------------------
def ask_feedback(s: CheckInSession) -> tuple[str, list[tuple[str, str]]]:
    employee = s.plan.employee
    return t.render("feedback", s.lang, manager=employee.manager, coach=employee.coach), []


def on_feedback(s: CheckInSession, text: str) -> str:
    value = _free(s, text)
    s.check_in.feedback = value
    s.put(phase="adjust")
    return t.render("ack", s.lang, kind="feedback", given=bool(value))


QUESTIONS.add("action_status", on_action_status, prompt=ask_action_status)
QUESTIONS.add("action_progress", on_action_progress, prompt=ask_action_progress, numeric=True)
QUESTIONS.add("action_went_well", on_action_went_well, prompt=ask_action_went_well)
QUESTIONS.add("action_obstacles", on_action_obstacles, prompt=ask_action_obstacles)
QUESTIONS.add("action_return", on_action_return, prompt=ask_action_return)
QUESTIONS.add("action_levels", on_action_levels, prompt=ask_action_levels)
QUESTIONS.add("feedback", on_feedback, prompt=ask_feedback)
