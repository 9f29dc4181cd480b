"""Step 4, is opleiding het antwoord? Per goal: could agreements, tools or organisation solve it?

Seed 000, step 2: not every problem is solved by training. A "no" records the alternative
(training_is_answer False); "ja, maar ook ..." keeps training and records the extra solution.
"""

from __future__ import annotations

import re
from typing import Any

from pop_assistent.conversation.questions import Questions
from pop_assistent.dialogue.session import Session
from pop_assistent.dialogue.steps import StepSpec
from pop_assistent.dialogue.steps.common import (
    fit,
    goal_of,
    goal_view,
    next_after,
    no_story,
    stored_field,
)
from pop_assistent.dialogue.types import Choice, Step, Widget
from pop_assistent.i18n import N_, translations
from pop_assistent.text import answers

NOTE_SAMPLES: dict[str, dict[str, Any]] = {
    "training_yes": {"extra": "ook een betere handleiding"},
    "training_no": {},
    "training_both": {"extra": "een opleiding en betere afspraken"},
    "alternative_saved": {"text": "Betere afspraken over wie de map bijhoudt."},
    "on_the_job": {"text": "meelopen met de planners"},
    "unclear": {},
    "story_wanted": {"said": "1"},
    "no_goals": {},
}


def _ask_goal(s: Session, after: str | None) -> None:
    ids = [g.id for g in s.plan.goals]
    goal_id = next_after(ids, after) if after is not None else (ids[0] if ids else None)
    if goal_id is None:
        s.advance()
    else:
        s.ask(IS_TRAINING, goal_id=goal_id)


def enter(s: Session) -> None:
    if not s.plan.goals:
        s.say("no_goals")
    _ask_goal(s, None)


_BOTH = re.compile(
    r"^\W*(?:allebei|alle twee|allebeide|beide|beiden|beetje van beide|een beetje van allebei|"
    r"both|a bit of both|a mix|zowel\b.*\bals\b)(?:\s+(?:eigenlijk|wel|denk ik|really|actually))?"
    r"[\s,;:.!-]*",
    re.I,
)
"""'allebei eigenlijk: een opleiding en betere afspraken': training and something else."""


def _is_training(s: Session, text: str) -> None:
    goal = goal_of(s)
    if goal is None:
        enter(s)
        return
    if m := _BOTH.match(text):
        goal.training_is_answer = True
        extra = text[m.end() :].strip()
        if not extra:  # 'allebei' (or its button): training, and what else? asked next
            s.ask(ALTERNATIVE, goal_id=goal.id, mode="both")
            return
        goal.alternative_solution = extra[:5000]
        s.say("training_both", extra=goal.alternative_solution)
        _ask_goal(s, goal.id)
        return
    answer = answers.yes_no_button(text)
    if answer is None:
        s.say("unclear")
        return
    goal.training_is_answer = answer
    extra = answers.after_yes_no(text)
    if answer:
        goal.alternative_solution = extra[:5000] if len(extra) > 3 else ""
        s.say("training_yes", extra=goal.alternative_solution)
        _ask_goal(s, goal.id)
    elif len(extra) > 3:
        goal.alternative_solution = extra[:5000]
        _alternative_said(s, goal)
    else:
        s.say("training_no")
        s.ask(ALTERNATIVE, goal_id=goal.id)


def _alternative(s: Session, text: str) -> None:
    goal = goal_of(s)
    if goal is None:
        enter(s)
        return
    if no_story(text):
        s.say("story_wanted", said=text.strip()[:40])
        return
    goal.alternative_solution = fit(s, text, 5000)
    if s.pending.mode == "both":
        s.say("training_both", extra=goal.alternative_solution)
        _ask_goal(s, goal.id)
    else:
        _alternative_said(s, goal)


ON_THE_JOB = re.compile(
    r"\b(?:meelopen|meeloop\w*|meedraaien|meekijken|stage|inwerken|ingewerkt|coaching|"
    r"begeleiding|buddy|mentor\w*|oefenen|leren van|uitleg van|"
    r"shadow\w*|job shadowing|on the job|mentoring|practi[cs]e with|learn from)\b",
    re.I,
)
"""Another answer that is itself learning: shadowing, on-the-job coaching, practising with a
colleague. It is an own learning action, not a reason to plan none."""


def _alternative_said(s: Session, goal: Any) -> None:
    """The other solution noted; when it is learning on the job ('meelopen met de planners'),
    the goal keeps its learning actions, with this as the first own action to note."""
    if ON_THE_JOB.search(goal.alternative_solution):
        goal.training_is_answer = True
        s.say("on_the_job", text=goal.alternative_solution)
    else:
        s.say("alternative_saved", text=goal.alternative_solution)
    _ask_goal(s, goal.id)


def skip(s: Session) -> None:
    goal = goal_of(s)
    _ask_goal(s, goal.id if goal else None)


def context(s: Session) -> dict[str, Any]:
    if s.q == "is_training":
        s.widget = Widget.choices
        _ = translations(s.lang).gettext
        s.choices = (
            Choice(_("Ja, opleiding helpt"), "ja"),
            Choice(_("Nee, iets anders"), "nee"),
            Choice(_("Allebei"), "allebei"),
        )
    goal = goal_of(s)
    return {
        "goal": goal_view(s, goal),
        "goal_count": len(s.plan.goals),
        "pending_mode": s.pending.mode,
    }


def _stored_answer(s: Session) -> str:
    goal = goal_of(s)
    if goal is None or goal.training_is_answer is None:
        return ""
    _ = translations(s.lang).gettext
    return _("ja") if goal.training_is_answer else _("nee")


Q = Questions[Session]("training_check")
IS_TRAINING = Q.add("is_training", _is_training, title=N_("opleiding?"),
                    stored=_stored_answer)  # fmt: skip
ALTERNATIVE = Q.add("alternative", _alternative, title=N_("andere oplossing"),
                    stored=stored_field(goal_of, "alternative_solution"))  # fmt: skip

SPEC = StepSpec(Step.training_check, Q, enter, context, skip, note_samples=NOTE_SAMPLES)
