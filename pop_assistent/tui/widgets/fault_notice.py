"""A lasting notice above the conversation: why nothing is being saved, and what to do.

A toast disappears after a few seconds; a full disk or a second window does not. The notice
stays until the cause has passed (then it says so briefly and goes), and it never quotes the
plan: only the sentence of the fault, where the recovery file is, and the way out.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static


class FaultNotice(Static):
    """Hidden until `show`; `-error` (read-only), `-warning` (not saved) or `-ok` (saved)."""

    DEFAULT_CSS = """
    FaultNotice { display: none; height: auto; margin: 0 1; padding: 0 1; }
    FaultNotice.-shown { display: block; }
    FaultNotice.-warning { border-left: wide $warning; background: $warning 15%; }
    FaultNotice.-error { border-left: wide $error; background: $error 15%; }
    FaultNotice.-ok { border-left: wide $success; background: $success 15%; }
    """

    def show(self, text: str, level: str) -> None:
        """Show `text` (shown literally) at `level`: error, warning or ok."""
        self.set_classes(f"-shown -{level}")
        self.update(Content(text))

    def hide(self) -> None:
        self.set_classes("")
        self.update("")

    @property
    def level(self) -> str:
        """The level shown now, or "" while hidden."""
        for level in ("error", "warning", "ok"):
            if self.has_class(f"-{level}"):
                return level
        return ""
