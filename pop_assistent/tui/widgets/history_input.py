"""The answer line: Enter sends, Up and Down walk through what was sent before."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Input

from pop_assistent.tui.messages import AnswerSubmitted


class HistoryInput(Input):
    """An Input that remembers sent answers and posts AnswerSubmitted instead of Submitted.

    Enter on an empty line sends nothing; the placeholder turns into `nudge` (a gentle hint,
    in place, so nothing covers the conversation) until the user types.
    """

    DEFAULT_CSS = """
    HistoryInput.-nudge > .input--placeholder { color: $text-warning; }
    """

    BINDINGS = [
        Binding("up", "history(-1)", "Vorige", show=False),
        Binding("down", "history(1)", "Volgende", show=False),
    ]

    def __init__(self, *, nudge: str = "", **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.history: list[str] = []
        self._cursor = 0
        self._draft = ""
        self._placeholder = self.placeholder
        self.nudge = nudge

    def set_texts(self, placeholder: str, nudge: str) -> None:
        """New placeholder and hint (after a language switch)."""
        self._placeholder, self.nudge = placeholder, nudge
        self.placeholder = nudge if self.has_class("-nudge") else placeholder

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input is self and event.value:
            self._clear_nudge()

    def on_blur(self) -> None:
        self._clear_nudge()  # a dialog or a button took over: the hint has done its work

    def _clear_nudge(self) -> None:
        if self.has_class("-nudge"):
            self.remove_class("-nudge")
            self.placeholder = self._placeholder

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
            if self.nudge:
                self.value = ""
                self.placeholder = self.nudge
                self.add_class("-nudge")
            return
        if not self.history or self.history[-1] != text:
            self.history.append(text)
        self._cursor = len(self.history)
        self._draft = ""
        self.value = ""
        self.post_message(AnswerSubmitted(text))
