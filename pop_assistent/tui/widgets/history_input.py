"""The answer line: Enter sends, Up and Down walk through what was sent before."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Input

from pop_assistent.tui.messages import AnswerSubmitted


class HistoryInput(Input):
    """An Input that remembers sent answers and posts AnswerSubmitted instead of Submitted."""

    BINDINGS = [
        Binding("up", "history(-1)", "Vorige", show=False),
        Binding("down", "history(1)", "Volgende", show=False),
    ]

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.history: list[str] = []
        self._cursor = 0
        self._draft = ""

    def action_history(self, delta: int) -> None:
        """Show an earlier (or later) answer; past the newest, the unsent draft returns."""
        if not self.history:
            return
        if self._cursor == len(self.history):
            self._draft = self.value
        self._cursor = max(0, min(len(self.history), self._cursor + delta))
        self.value = (
            self._draft if self._cursor == len(self.history) else self.history[self._cursor]
        )
        self.cursor_position = len(self.value)

    async def action_submit(self) -> None:
        """Send the answer up as a domain message (never an empty one)."""
        text = self.value
        if not text.strip():
            return
        if not self.history or self.history[-1] != text:
            self.history.append(text)
        self._cursor = len(self.history)
        self._draft = ""
        self.value = ""
        self.post_message(AnswerSubmitted(text))
