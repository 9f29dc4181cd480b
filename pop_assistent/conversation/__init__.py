"""The conversation kernel every flow runs on, and the contract front ends read.

- `contract`: Reply, Choice, Widget and Where (what a front end shows);
- `prompts`: the assistant's words (jinja2 templates in prompts/, escaped by default);
- `questions`: typed questions that steps register, dispatched without strings-to-methods;
- `kernel`: the turn: record the words, change the plan, save one version, undo.

Nothing here imports a flow (dialogue/, followup/) or a front end (tui/, cli).
"""

from __future__ import annotations

from pop_assistent.conversation.contract import Choice, Reply, Where, Widget

__all__ = ["Choice", "Reply", "Where", "Widget"]
