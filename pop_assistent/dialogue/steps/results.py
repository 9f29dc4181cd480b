"""Step 7, resultaat borgen (seed 000, step 5): per action, the expected return and how it
will be visible on the work floor."""

from __future__ import annotations

import re
from typing import Any

from pop_assistent.conversation.questions import Questions
from pop_assistent.dialogue.session import Session
from pop_assistent.dialogue.steps import StepSpec
from pop_assistent.dialogue.steps.common import action_of, fit, next_after, no_story, stored_field
from pop_assistent.dialogue.types import Step
from pop_assistent.i18n import N_
from pop_assistent.text import answers

NOTE_SAMPLES: dict[str, dict[str, Any]] = {
    "return_saved": {"title": "MOOC"},
    "visible_saved": {"title": "MOOC"},
    "no_actions": {},
    "story_wanted": {"said": "klaar"},
    "copied": {"title": "MOOC", "text": "ik maak het rapport zelf"},
    "nothing_to_copy": {"said": "idem"},
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


def _keep(s: Session, text: str, name: str, said: str) -> str | None:
    """Store the answer in the action's field `name` and say so; the action's id (None when
    the action is gone: on to the next step)."""
    action = action_of(s)
    if action is None:
        s.advance()
        return None
    if no_story(text):  # 'klaar', 'ok', '1': nothing to keep as the result
        s.say("story_wanted", said=text.strip()[:40])
        return None
    copied = _referred(s, action, name, text)
    if copied == "":
        s.say("nothing_to_copy", said=text.strip()[:40])
        return None
    setattr(action, name, fit(s, copied or text, 5000))
    s.say("copied" if copied else said, title=action.title, text=copied)
    return action.id


AS_GOAL = re.compile(
    r"^(?:(?:zie|zoals|wat|same\s+as|as|see)\s+)?(?:(?:in|bij)\s+)?(?:(?:het|mijn|the|my)\s+)?"
    r"(?:doel|goal)(?:\s+(?:zegt|says|staat))?$"
)
SAME = frozenset(
    "idem|hetzelfde|zelfde|dezelfde|het zelfde|same|the same|ditto|same as above|zie hierboven|"
    "zoals hierboven|zie boven|as above|zelfde als hierboven|hetzelfde als hierboven".split("|")
)


def _referred(s: Session, action: Any, name: str, text: str) -> str | None:
    """What an answer that points elsewhere stands for: 'zoals het doel zegt' is the goal's
    measure, 'idem' the same field of the action before; '' when there is nothing there,
    None when the answer says something itself (it is kept as written)."""
    said = answers.key(text)
    if AS_GOAL.match(said):
        goal = s.plan.goal(action.goal_id) if action.goal_id else None
        return (goal.measure or goal.text) if goal else ""
    if said in SAME:
        before = s.plan.actions[: s.plan.actions.index(action)]
        return next((str(getattr(a, name)) for a in reversed(before) if getattr(a, name)), "")
    return None


def _return(s: Session, text: str) -> None:
    if (action_id := _keep(s, text, "expected_return", "return_saved")) is not None:
        s.ask(VISIBLE, action_id=action_id)


def _visible(s: Session, text: str) -> None:
    if (action_id := _keep(s, text, "visible_on_floor", "visible_saved")) is not None:
        _next(s, action_id)


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
        "measure": goal.measure if goal else "",  # the person's own words make the example
        "number": (s.plan.actions.index(action) + 1) if action else 0,
        "count": len(s.plan.actions),
    }


Q = Questions[Session]("results")
RETURN = Q.add("return", _return, title=N_("verwacht resultaat"),
               stored=stored_field(action_of, "expected_return"), words=True)  # fmt: skip
VISIBLE = Q.add("visible", _visible, title=N_("zichtbaar op de werkvloer"),
                stored=stored_field(action_of, "visible_on_floor"), words=True)  # fmt: skip

SPEC = StepSpec(Step.results, Q, enter, context, skip, note_samples=NOTE_SAMPLES)
