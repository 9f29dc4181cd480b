"""One module per step of the conversation; each offers the same small set of functions.

- `QUESTIONS`: the sub-questions the step can have pending (`pending["q"]`).
- `enter(s)`: set the first pending question when the step is entered.
- `context(s)`: template variables for the pending question (prompts/<lang>/<step>.md.j2).
- `handle(s, text)`: take a typed answer, change the plan, move the pending question on.
- `NOTE_SAMPLES`: every feedback key of prompts/<lang>/<step>_notes.md.j2 with sample values.
Structured answers (skill rater, catalogue picker, sign-off) go to `structured(s, answer)`.
"""

from __future__ import annotations

from types import ModuleType

from pop_assistent.dialogue.types import Step


def module(step: Step) -> ModuleType:
    """The module that runs `step`."""
    from pop_assistent.dialogue.steps import (
        goals,
        occasion,
        overview,
        planning,
        resources,
        results,
        self_assessment,
        training_check,
    )

    return {
        Step.occasion: occasion,
        Step.self_assessment: self_assessment,
        Step.goals: goals,
        Step.training_check: training_check,
        Step.resources: resources,
        Step.planning: planning,
        Step.results: results,
        Step.overview: overview,
    }[step]
