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
    ChatLog > .from-assistant > MarkdownParagraph { margin: 0 0 1 0; }
    ChatLog > .from-assistant > *:last-child { margin-bottom: 0; }
    ChatLog > .from-user { border-left: wide $accent; margin-left: 4; color: $text; }
    ChatLog > .from-user.coach { border-left: wide $warning; }
    ChatLog > .warning { border-left: wide $warning; color: $text-warning; }
    """

    def add_assistant(self, markdown: str) -> None:
        """Append one assistant message (Markdown from the prompts)."""
        from textual.widgets import Markdown  # markdown-it loads on the first message, not at start

        bubble = Markdown(markdown, classes="bubble from-assistant")
        self._latest_reply: Widget | None = bubble
        self._add(bubble)

    def add_user(self, text: str, *, coach: bool = False) -> None:
        """Append the user's own words, exactly as typed."""
        classes = "bubble from-user coach" if coach else "bubble from-user"
        self._latest_reply = None
        self._add(Static(literal(text), classes=classes, markup=False))

    def add_warning(self, text: str) -> None:
        """Append a warning from the engine (e.g. a goal kept without a SMART letter)."""
        self._add(Static(Content("⚠ ") + Content(text), classes="bubble warning"))

    def _add(self, bubble: Widget) -> None:
        self.mount(bubble)
        self.call_after_refresh(self._reveal, bubble, 5)

    def _reveal(self, bubble: Widget, tries: int) -> None:
        """Show the new message: its first line when it is taller than the view, else the end.

        A Markdown message lays itself out a frame or two after mounting, so wait for it.
        """
        target = getattr(self, "_latest_reply", None) or bubble
        height = target.outer_size.height
        if height <= 1 and tries > 0 and target.is_mounted:
            self.call_after_refresh(self._reveal, bubble, tries - 1)
            return
        if height >= self.scrollable_content_region.height:
            self.scroll_to_widget(target, animate=False, top=True)
        else:
            self.scroll_end(animate=False)
