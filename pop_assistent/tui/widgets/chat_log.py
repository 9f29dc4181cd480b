"""The conversation: assistant messages as Markdown, the user's own text shown literally."""

from __future__ import annotations

import re

from textual.containers import VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def literal(text: str) -> Content:
    """User text as plain Content: markup, templates and HTML appear as typed.

    Control characters (escape codes) are shown in their escaped form, so they can never
    move the cursor or restyle the terminal.
    """
    visible = _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)
    return Content(visible)


class ChatLog(VerticalScroll, can_focus=False):
    """A scrolling column of chat bubbles; the newest message is kept in view."""

    DEFAULT_CSS = """
    ChatLog { height: 1fr; padding: 0 1; }
    ChatLog > .bubble { height: auto; margin: 0 0 1 0; padding: 0 1; }
    ChatLog > .from-assistant { border-left: wide $primary; background: $boost; }
    ChatLog > .from-assistant MarkdownParagraph { margin: 0; }
    ChatLog > .from-user { border-left: wide $accent; margin-left: 4; color: $text; }
    ChatLog > .from-user.coach { border-left: wide $warning; }
    ChatLog > .warning { border-left: wide $warning; color: $text-warning; }
    """

    def add_assistant(self, markdown: str) -> None:
        """Append one assistant message (Markdown from the prompts)."""
        from textual.widgets import Markdown  # markdown-it loads on the first message, not at start

        self._add(Markdown(markdown, classes="bubble from-assistant"))

    def add_user(self, text: str, *, coach: bool = False) -> None:
        """Append the user's own words, exactly as typed."""
        classes = "bubble from-user coach" if coach else "bubble from-user"
        self._add(Static(literal(text), classes=classes, markup=False))

    def add_warning(self, text: str) -> None:
        """Append a warning from the engine (e.g. a goal kept without a SMART letter)."""
        self._add(Static(Content("⚠ ") + Content(text), classes="bubble warning"))

    def _add(self, bubble: Widget) -> None:
        self.mount(bubble)
        self.scroll_end(animate=False)
