"""The conversation, headless: `open_session` / `Engine` take text or structured answers and
return the assistant's next message; no Textual anywhere below this package."""

from __future__ import annotations

from pop_assistent.dialogue import types
from pop_assistent.dialogue.engine import Engine, open_session
from pop_assistent.dialogue.plans import new_plan
from pop_assistent.dialogue.types import *  # noqa: F403 (the front-end contract, see types.__all__)

__all__ = ["Engine", "new_plan", "open_session", *types.__all__]  # noqa: PLE0604
