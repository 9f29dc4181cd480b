"""Step 7, resultaat borgen (seed 000, step 5): per action, the expected return and how it
will be visible on the work floor."""

from __future__ import annotations

from typing import Any

from pop_assistent.conversation.questions import Questions
from pop_assistent.dialogue.session import Session
from pop_assistent.dialogue.steps import StepSpec
from pop_assistent.dialogue.steps.common import action_of, fit, next_after
from pop_assistent.dialogue.types import Step

NOTE_SAMPLES: dict[str, dict[str, Any]] = {
    "return_saved": {"title": "MOOC"},
    "visible_saved": {"title": "MOOC"},
    "no_actions": {},
}


def _next(s: Session, after: str | None) -> None:
    ids = [a.id for a in s.plan.actions]
    action_id = next_after(ids, after) if after else next_after(ids, None)
    if action_id is None:
        s.advance()
    else:
        s.ask(RETURN, action_id=action_id)


def enter(s: Session) -> None:
    if not s.plan.actions:
        s.say("no_actions")
    todo = [a.id for a in s.plan.actions if not a.expected_return or not a.visible_on_floor]
    if todo:
        s.ask(RETURN, action_id=todo[0])
    else:
        _next(s, None)


def _return(s: Session, text: str) -> None:
    action = action_of(s)
    if action is None:
        s.advance()
        return
    action.expected_return = fit(s, text, 5000)
    s.say("return_saved", title=action.title)
    s.ask(VISIBLE, action_id=action.id)


def _visible(s: Session, text: str) -> None:
    action = action_of(s)
    if action is None:
        s.advance()
        return
    action.visible_on_floor = fit(s, text, 5000)
    s.say("visible_saved", title=action.title)
    _next(s, action.id)


def skip(s: Session) -> None:
    action = action_of(s)
    if action is not None and s.q == "return":
        s.ask(VISIBLE, action_id=action.id)
    else:
        _next(s, action.id if action else None)


def context(s: Session) -> dict[str, Any]:
    action = action_of(s)
    goal = s.plan.goal(action.goal_id) if action and action.goal_id else None
    return {
        "action": {
            "title": action.title,
            "expected_return": action.expected_return,
            "start": action.start,
            "end": action.end,
        }
        if action
        else None,
        "goal": goal.text if goal else "",
        "number": (s.plan.actions.index(action) + 1) if action else 0,
        "count": len(s.plan.actions),
    }


Q = Questions[Session]("results")
RETURN = Q.add(
    "return",
    _return,
    names=("verwacht resultaat", "expected return"),
    stored=lambda s: a.expected_return if (a := action_of(s)) else "",
)
VISIBLE = Q.add(
    "visible",
    _visible,
    names=("zichtbaar op de werkvloer", "visible at work"),
    stored=lambda s: a.visible_on_floor if (a := action_of(s)) else "",
)

SPEC = StepSpec(
    step=Step.results,
    questions=Q,
    enter=enter,
    context=context,
    skip=skip,
    note_samples=NOTE_SAMPLES,
)
