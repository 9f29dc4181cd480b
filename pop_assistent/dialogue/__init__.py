"""The conversation, headless: `open_session` / `Engine` take text or structured answers and
return the assistant's next message; no Textual anywhere below this package."""

from __future__ import annotations

from pop_assistent.dialogue.engine import Engine, open_session
from pop_assistent.dialogue.plans import new_plan
from pop_assistent.dialogue.types import (
    STEP_ORDER,
    Choice,
    Reply,
    ResourcesAnswer,
    SignOffAnswer,
    SkillsAnswer,
    Step,
    StructuredAnswer,
    Widget,
    step_title,
)

__all__ = [
    "STEP_ORDER",
    "Choice",
    "Engine",
    "Reply",
    "ResourcesAnswer",
    "SignOffAnswer",
    "SkillsAnswer",
    "Step",
    "StructuredAnswer",
    "Widget",
    "new_plan",
    "open_session",
    "step_title",
]
