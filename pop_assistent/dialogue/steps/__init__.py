"""One module per step of the walk-through; each ends with its `SPEC`.

A step registers its questions (`Questions[Session]`: the pending question is one of them),
says how the step is entered, what its template needs (`context`), what 'overslaan' does when
the question has no skip of its own, and which structured answer it takes (skill rater,
catalogue picker, sign-off). `NOTE_SAMPLES` lists every feedback key of
prompts/<lang>/<step>_notes.md.j2 with sample values (for the prompt tests).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pop_assistent.dialogue.types import Step, StructuredAnswer

if TYPE_CHECKING:
    from pop_assistent.conversation.questions import Question, Questions
    from pop_assistent.dialogue.session import Session


@dataclass(frozen=True)
class StepSpec:
    """What the engine needs of one step."""

    step: Step
    questions: Questions[Session]
    enter: Callable[[Session], None]
    context: Callable[[Session], dict[str, Any]]
    skip: Callable[[Session], None]
    structured: Callable[[Session, StructuredAnswer], bool] | None = None
    note_samples: dict[str, dict[str, Any]] = field(default_factory=dict)
    resumed: Callable[[Session], None] | None = None
    """Called when the person comes back to this step's question after an edit elsewhere
    ('wijzig doel 1' in the middle of choosing resources): what it shows may have changed."""

    def question(self, key: str) -> Question[Session] | None:
        """The registered question with this key (None for an unknown or empty key)."""
        return self.questions.get(key)


def spec(step: Step) -> StepSpec:
    """The spec of `step`."""
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
        Step.occasion: occasion.SPEC,
        Step.self_assessment: self_assessment.SPEC,
        Step.goals: goals.SPEC,
        Step.training_check: training_check.SPEC,
        Step.resources: resources.SPEC,
        Step.planning: planning.SPEC,
        Step.results: results.SPEC,
        Step.overview: overview.SPEC,
    }[step]
