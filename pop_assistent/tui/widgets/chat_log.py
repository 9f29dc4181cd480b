"""The conversation: assistant messages as Markdown, the user's own text shown literally."""

from __future__ import annotations

import re

from textual.containers import VerticalScroll
from textual.content import Content
from textual.timer import Timer
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


def assistant_bubble(markdown: str) -> Static:
    """One assistant message as a bubble (Markdown from the prompts)."""
    # One Static per message (Rich's Markdown), not Textual's Markdown widget: that one
    # builds a widget per block and made a turn cost 150-250 ms in a long conversation.
    from rich.markdown import Markdown as RichMarkdown

    return Static(RichMarkdown(markdown, hyperlinks=False), classes="bubble from-assistant")


def looked_bubble(markdown: str, look: list[list[tuple[str, str | None]]]) -> Static:
    """An assistant bubble for `markdown` from its rendered look (no Markdown parser needed);
    it keeps its Markdown source for `transcript` and `say_instead`."""
    parts: list[str | tuple[str, str]] = []
    for number, line in enumerate(look):
        if number:
            parts.append("\n")
        parts += [(text, style) if style else text for text, style in line]
    bubble = Static(Content.assemble(*parts), classes="bubble from-assistant")
    bubble.markdown_source = markdown  # type: ignore[attr-defined]
    return bubble


def source_of(bubble: Static) -> str | None:
    """The Markdown an assistant bubble says, if it is one."""
    kept = getattr(bubble, "markdown_source", None)
    return kept if kept is not None else getattr(bubble.content, "markup", None)


class ChatLog(VerticalScroll, can_focus=False):
    """A scrolling column of chat bubbles; the newest message is kept in view."""

    DEFAULT_CSS = """
    ChatLog { height: 1fr; padding: 0 1; }
    ChatLog > .bubble { height: auto; margin: 0 0 1 0; padding: 0 1; }
    ChatLog > .from-assistant { border-left: wide $primary; background: $boost; }
    ChatLog > .from-user { border-left: wide $accent; margin-left: 4; color: $text; }
    ChatLog > .from-user.coach { border-left: wide $warning; }
    ChatLog > .warning { border-left: wide $warning; color: $text-warning; }
    ChatLog > .notice { border-left: wide $success; color: $text-success; }
    """

    def __init__(
        self,
        *,
        first_words: str | None = None,
        first_look: list[list[tuple[str, str | None]]] | None = None,
        id: str | None = None,
    ) -> None:
        """`first_words`: an assistant message (Markdown) already there on the first frame;
        `first_look`: how Rich's Markdown renders it, one (text, style) list per paragraph
        line (tui/first_words.py), shown as it is so the first frame needs no Markdown."""
        self.first_bubble: Static | None = None
        if first_words is not None and first_look is not None:
            self.first_bubble = looked_bubble(first_words, first_look)
        elif first_words is not None:
            self.first_bubble = assistant_bubble(first_words)
        super().__init__(*([self.first_bubble] if self.first_bubble else []), id=id)

    def on_mount(self) -> None:
        if self.first_bubble is not None:
            # Registered before the screen's own after-refresh work (the session worker):
            # counted as soon as the first frame is painted.
            self.call_after_refresh(self._follow)

    def add_assistant(self, markdown: str) -> Static:
        """Append one assistant message (Markdown from the prompts); returns its bubble."""
        bubble = assistant_bubble(markdown)
        self._add(bubble, from_top=self._taller_than_view(markdown))
        return bubble

    def say_instead(self, bubble: Static, markdown: str) -> None:
        """Let an assistant bubble say `markdown` (unchanged when it already does)."""
        if source_of(bubble) == markdown:
            return
        from rich.markdown import Markdown as RichMarkdown

        bubble.markdown_source = None  # type: ignore[attr-defined]
        bubble.update(RichMarkdown(markdown, hyperlinks=False))

    def transcript(self) -> list[str]:
        """The text of every message on screen, oldest first (Markdown source for replies)."""
        out = []
        for bubble in self.query(Static):
            out.append(source_of(bubble) or str(bubble.render()))
        return out

    def add_user(self, text: str, *, coach: bool = False) -> None:
        """Append the user's own words, exactly as typed."""
        classes = "bubble from-user coach" if coach else "bubble from-user"
        if self.max_scroll_y > 0:
            self.anchor()  # the user answered: follow the conversation again
        self._add(Static(literal(text), classes=classes, markup=False))

    def add_warning(self, text: str) -> None:
        """Append a warning from the engine (e.g. a goal kept without a SMART letter)."""
        self._add(Static(Content("⚠ ") + Content(text), classes="bubble warning"))

    def add_notice(self, text: str, warning: bool = False) -> None:
        """Append a short line from the app itself (where an export was saved; a warning such
        as a catalogue that left entries out): in the conversation, it never covers a control."""
        mark = "⚠ " if warning else "✓ "
        self._add(Static(Content(mark) + literal(text), classes="bubble notice"))

    MAX_BUBBLES = 40
    """Older messages leave the screen (they stay in the plan's conversation)."""

    revealed = 0
    """How many new messages were brought into view (for tests and the benchmark)."""

    def _taller_than_view(self, markdown: str) -> bool:
        """A cheap estimate: would this reply push its own first lines out of view?"""
        if not self.scrollable_content_region.height:
            return False  # not laid out yet (the first words, before the first frame)
        width = max(20, self.scrollable_content_region.width - 6)
        lines = sum(max(1, -(-len(line) // width)) for line in markdown.splitlines())
        return lines >= self.scrollable_content_region.height - 1

    def _add(self, bubble: Widget, *, from_top: bool = False) -> None:
        overflowing = self.max_scroll_y > 0
        self.mount(bubble)
        if len(self.children) >= self.MAX_BUBBLES and self._prune_timer is None:
            # Not in this turn: removing widgets costs a turn more than it saves. Once the
            # person is reading the reply, the oldest bubbles go in one batch.
            self._prune_timer = self.set_timer(self.PRUNE_AFTER_S, self._prune)
        if from_top:
            # A long reply: show its first line, not its last (the anchor would scroll past).
            self.release_anchor()
            self.call_after_refresh(self._show_top, bubble)
        elif overflowing:
            self.anchor()  # Textual keeps an anchored log at its end in the same layout pass
            self.revealed += 1
        else:
            # Not anchored while everything fits (an anchored short log sits at the bottom).
            self.call_after_refresh(self._follow)

    PRUNE_AFTER_S = 0.4
    _prune_timer: Timer | None = None

    def _prune(self) -> None:
        """Keep the newest MAX_BUBBLES messages on screen."""
        self._prune_timer = None
        extra = len(self.children) - self.MAX_BUBBLES
        if extra > 0:
            self.remove_children(list(self.children[:extra]))

    def _follow(self) -> None:
        if self.max_scroll_y > 0:
            self.anchor()
        self.revealed += 1

    def _show_top(self, bubble: Widget) -> None:
        self.scroll_to_widget(bubble, animate=False, top=True, immediate=True)
        self.revealed += 1
