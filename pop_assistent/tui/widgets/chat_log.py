"""The conversation: assistant messages as Markdown, the user's own text shown literally.

One widget draws the whole conversation (Textual's Line API): each message is rendered once
to lines at the current width and kept; a turn renders only the new message and the screen
paints only the visible lines. (A widget per message made every turn lay out and repaint
a growing column of widgets.)
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rich.color import Color as RichColor
from rich.segment import Segment
from rich.style import Style as RichStyleType
from textual.content import Content
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.scrollbar import ScrollBar, ScrollBarRender
from textual.strip import Strip
from textual.style import Style
from textual.visual import Visual, visualize

if TYPE_CHECKING:
    from collections.abc import Callable

    from rich.console import RenderableType
    from textual.geometry import Region
    from textual.selection import Selection

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def literal(text: str) -> Content:
    """User text as plain Content: markup, templates and HTML appear as typed.

    Control characters (escape codes) are shown in their escaped form, so they can never
    move the cursor or restyle the terminal.
    """
    visible = _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)
    return Content(visible)


def markdown_look(markdown: str) -> RenderableType:
    """An assistant message as Rich's Markdown (from the prompts; links not clickable)."""
    return _markdown_class()(markdown)


@functools.cache
def _markdown_class() -> Callable[[str], RenderableType]:
    """Rich's Markdown with one parser for every message. Rich builds a new markdown-it parser
    for each message, which took longer than parsing the message (0.33 of 0.45 ms a reply,
    bench/tui.py); the parser keeps no state between parses."""
    from markdown_it import MarkdownIt
    from rich.markdown import Markdown

    parser = MarkdownIt().enable("strikethrough").enable("table")  # as Rich makes it

    class SharedParserMarkdown(Markdown):
        def __init__(self, markup: str) -> None:
            # What Rich's __init__ sets, with hyperlinks off and the shared parser.
            self.markup = markup
            self.parsed = parser.parse(markup)
            self.code_theme = self.inline_code_theme = "monokai"
            self.justify = None
            self.style = "none"
            self.hyperlinks = False
            self.inline_code_lexer = None

    return SharedParserMarkdown


def kept_look(look: list[list[tuple[str, str | None]]]) -> Content:
    """A message from its rendered look (tui/first_words.py): no Markdown parser needed."""
    parts: list[str | tuple[str, str]] = []
    for number, line in enumerate(look):
        if number:
            parts.append("\n")
        parts += [(text, style) if style else text for text, style in line]
    return Content.assemble(*parts)


class QuickScrollBar(ScrollBar):
    """Textual's scrollbar, its lines made in one go from Textual's own bar renderer. Drawn
    line by line through the style cache, the conversation's scrollbar took a third of what
    repainting the conversation costs at every answer (bench/tui.py); its lines need nothing
    of that cache but the app's line filters."""

    def render_lines(self, crop: Region) -> list[Strip]:
        look = self.render()
        if type(look) is not ScrollBarRender or not self.vertical:
            return super().render_lines(crop)
        width, height = self.size
        style = look.style
        assert isinstance(style, RichStyleType)  # ScrollBar.render gives a Style
        bar = look.render_bar(
            size=height,
            virtual_size=look.virtual_size,
            window_size=look.window_size,
            position=look.position,
            thickness=width,
            back_color=style.bgcolor or RichColor.parse("#555555"),  # as Rich's fallbacks
            bar_color=style.color or RichColor.parse("bright_magenta"),
        )
        _, background = self.background_colors
        base = self.visual_style.rich_style  # what Textual's content rendering lays beneath
        lines = []
        for segment in bar.segments[crop.y : crop.bottom]:
            strip = Strip([segment], width).apply_style(base)
            for line_filter in self.get_line_filters():
                strip = strip.apply_filter(line_filter, background)
            lines.append(strip.crop(crop.x, crop.right) if crop.width != width else strip)
        return lines


@dataclass(eq=False)
class Said:
    """One message in the conversation and its lines at the width they were drawn for."""

    kind: str
    """'assistant', 'user', 'coach', 'warning' or 'notice' (its look)."""
    look: RenderableType | Content
    text: str
    """What it says: the Markdown source of a reply, the literal text otherwise."""
    lines: list[Strip] = field(default_factory=list)
    plain: list[str] = field(default_factory=list)
    width: int = -1


INDENT = {"user": 4, "coach": 4}
"""The user's own words stand a little to the right of the assistant's."""

GAP = {"user": 0, "coach": 0}
"""Blank lines after a message (1 unless listed): the reply follows the user's words."""


class ChatLog(ScrollView, can_focus=False):
    """The conversation as one scrolling widget; the newest message is kept in view."""

    COMPONENT_CLASSES = {
        "chat-log--assistant",
        "chat-log--assistant-edge",
        "chat-log--user",
        "chat-log--user-edge",
        "chat-log--coach",
        "chat-log--coach-edge",
        "chat-log--warning",
        "chat-log--warning-edge",
        "chat-log--notice",
        "chat-log--notice-edge",
    }

    DEFAULT_CSS = """
    ChatLog { height: 1fr; padding: 0 1; overflow-x: hidden; scrollbar-gutter: stable; }
    ChatLog > .chat-log--assistant { background: $boost; }
    ChatLog > .chat-log--assistant-edge { color: $primary; }
    ChatLog > .chat-log--user { color: $text; }
    ChatLog > .chat-log--user-edge { color: $accent; }
    ChatLog > .chat-log--coach { color: $text; }
    ChatLog > .chat-log--coach-edge { color: $warning; }
    ChatLog > .chat-log--warning { color: $text-warning; }
    ChatLog > .chat-log--warning-edge { color: $warning; }
    ChatLog > .chat-log--notice { color: $text-success; }
    ChatLog > .chat-log--notice-edge { color: $success; }
    """

    MAX_MESSAGES = 40
    """Older messages leave the screen (they stay in the plan's conversation)."""

    revealed = 0
    """How many new messages were brought into view (for tests and the benchmark)."""

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
        super().__init__(id=id)
        self.messages: list[Said] = []
        self._starts: list[int] = []
        """The first line of each message (then its lines and GAP blank lines)."""
        self._height = 0
        self._view = 0
        """The height of the view at the last resize."""
        self.first_message: Said | None = None
        if first_words is not None:
            look = kept_look(first_look) if first_look is not None else None
            self.first_message = Said("assistant", look or markdown_look(first_words), first_words)
            self.messages.append(self.first_message)

    @property
    def vertical_scrollbar(self) -> ScrollBar:
        """Textual's vertical scrollbar, drawn as a QuickScrollBar (the same widget, the same
        styles; only how its lines are made differs)."""
        bar = super().vertical_scrollbar
        if type(bar) is ScrollBar:
            bar.__class__ = QuickScrollBar
        return bar

    # -- adding and changing messages --------------------------------------------------------

    def add_assistant(self, markdown: str) -> Said:
        """Append one assistant message (Markdown from the prompts); returns it."""
        return self._add(Said("assistant", markdown_look(markdown), markdown))

    def add_user(self, text: str, *, coach: bool = False) -> None:
        """Append the user's own words, exactly as typed."""
        self._add(Said("coach" if coach else "user", literal(text), text))

    def add_warning(self, text: str) -> None:
        """Append a warning from the engine (e.g. a goal kept without a SMART letter)."""
        self._add(Said("warning", Content("⚠ ") + Content(text), "⚠ " + text))

    def add_notice(self, text: str, warning: bool = False) -> None:
        """Append a short line from the app itself (where an export was saved; a warning such
        as a catalogue that left entries out): in the conversation, it never covers a control."""
        mark = "⚠ " if warning else "✓ "
        self._add(Said("notice", Content(mark) + literal(text), mark + text))

    def say_instead(self, message: Said, markdown: str) -> None:
        """Let an assistant message say `markdown` (unchanged when it already does)."""
        if message.text == markdown:
            return
        message.look, message.text, message.width = markdown_look(markdown), markdown, -1
        self._relayout(follow=True)

    def drop(self, message: Said) -> None:
        """Take a message away (the early greeting, when the start was not a new plan)."""
        if message in self.messages:
            self.messages.remove(message)
            self._relayout(follow=False)

    def transcript(self, kind: str | None = None) -> list[str]:
        """The text of every message on screen (or of one kind: 'notice', ...), oldest first
        (Markdown source for replies)."""
        return [m.text for m in self.messages if kind is None or m.kind == kind]

    def texts(self, kind: str) -> list[str]:
        """The text of each message of one kind ('user', 'warning', ...) as drawn on screen,
        oldest first, one line per drawn line."""
        self._layout_all()
        return ["\n".join(m.plain) for m in self.messages if m.kind == kind]

    @property
    def assistant_shown(self) -> bool:
        """True when an assistant message is drawn on screen (for the benchmark)."""
        drawn = self.region.area and self._drawn_width() > 0
        return bool(drawn and any(m.kind == "assistant" and m.lines for m in self.messages))

    # -- layout ------------------------------------------------------------------------------

    def _drawn_width(self) -> int:
        return self.scrollable_content_region.width

    def _add(self, message: Said) -> Said:
        self.messages.append(message)
        if self._drawn_width() > 0 and len(self._starts) == len(self.messages) - 1:
            self._starts.append(self._height)
            self._height += self._draw(message, self._drawn_width()) + GAP.get(message.kind, 1)
            self._forget_oldest()
            self._grow(Size(self._drawn_width(), self._height))
        else:
            self._forget_oldest()
            self._relayout(follow=False)
        self._show(message)
        return message

    def _grow(self, size: Size) -> None:
        """Take the new height of the conversation. While the scrollbar stays as it is (shown,
        same width), only it and this widget are repainted: a new line of conversation does
        not lay out the whole screen again (one turn's largest cost in bench/tui.py)."""
        view = self.scrollable_content_region.height
        old = self.virtual_size
        if old.width != size.width or (old.height > view) != (size.height > view) or not view:
            self.virtual_size = size
            return
        self.set_reactive(ChatLog.virtual_size, size)
        if self.show_vertical_scrollbar:
            self.vertical_scrollbar.window_virtual_size = size.height
        self.refresh()

    def _forget_oldest(self) -> None:
        """Keep the newest MAX_MESSAGES; the lines after the old ones move up."""
        extra = len(self.messages) - self.MAX_MESSAGES
        if extra <= 0:
            return
        del self.messages[:extra]
        if len(self._starts) > extra:
            gone = self._starts[extra]
            self._starts = [start - gone for start in self._starts[extra:]]
            self._height -= gone
            self.scroll_to(y=max(0, self.scroll_y - gone), animate=False, force=True)
        else:
            self._starts = []

    def _show(self, message: Said) -> None:
        """Bring a new message into view: its first line when it is taller than the view."""
        if self._drawn_width() <= 0:
            self.call_after_refresh(self._show, message)
            return
        view = self.scrollable_content_region.height
        start = self._starts[self.messages.index(message)] if message in self.messages else 0
        if message.kind == "assistant" and len(message.lines) >= view - 1:
            self.scroll_to(y=start, animate=False, force=True)
        else:
            self.scroll_to(y=self._height, animate=False, force=True)
        self.revealed += 1

    def _relayout(self, *, follow: bool) -> None:
        """Lay out every message again (a new width, a message taken away or changed)."""
        self._starts = []
        self._height = 0
        width = self._drawn_width()
        if width <= 0:
            return
        for message in self.messages:
            self._starts.append(self._height)
            self._height += self._draw(message, width) + GAP.get(message.kind, 1)
        at_end = self.scroll_y >= self.max_scroll_y
        self.virtual_size = Size(width, self._height)
        if follow or at_end:
            self.scroll_to(y=self._height, animate=False, force=True)
        self.refresh()

    def _layout_all(self) -> None:
        if len(self._starts) != len(self.messages) or any(
            m.width != self._drawn_width() for m in self.messages
        ):
            self._relayout(follow=False)

    def notify_style_update(self) -> None:
        """A new theme or stylesheet: every message is drawn again in the new colours."""
        super().notify_style_update()
        for message in self.messages:
            message.width = -1
        self._starts = []
        self._blank = None

    def on_resize(self) -> None:
        first = not self._starts
        view = self.scrollable_content_region.height
        was_at_end = self.scroll_y >= self._height - self._view  # before the view changed
        self._view = view
        if not first and len(self._starts) == len(self.messages):
            width = self._drawn_width()
            if all(message.width == width for message in self.messages):
                if was_at_end:  # buttons came below: the question's last lines stay in view
                    self.scroll_to(y=self._height, animate=False, force=True)
                return  # a new height or more lines: what is drawn stands
        self._relayout(follow=first)
        if first and self.messages:
            self.revealed += 1  # the first frame shows the early greeting

    def _draw(self, message: Said, width: int) -> int:
        """Render `message` to lines `width` cells wide (once per width); its height."""
        if message.width == width:
            return len(message.lines)
        indent = INDENT.get(message.kind, 0)
        inner = max(1, width - indent - 3)  # the edge, a space either side of the text
        base = self.rich_style
        text_style = self.get_component_rich_style(f"chat-log--{message.kind}")
        edge = self.get_component_rich_style(f"chat-log--{message.kind}-edge")
        visual: Visual = visualize(self, message.look, markup=False)
        strips = Visual.to_strips(
            self, visual, inner, None, Style.from_rich_style(text_style), apply_selection=False
        )
        pad = Segment(" ", text_style)
        left = [Segment(" " * indent, base)] if indent else []
        edge_segment = Segment("▎", RichStyleType(color=edge.color, bgcolor=text_style.bgcolor))
        message.lines = []
        message.plain = []
        for strip in strips:
            body = strip.apply_style(text_style).adjust_cell_length(inner, text_style)
            line = Strip([*left, edge_segment, pad, *body, pad], width)
            message.lines.append(line)
            message.plain.append(strip.text.rstrip())
        message.width = width
        return len(message.lines)

    # -- drawing -----------------------------------------------------------------------------

    def _line_at(self, y: int) -> tuple[Said, int] | None:
        """The message and its line number at line `y` of the conversation (None: a gap)."""
        index = bisect_right(self._starts, y) - 1
        if index < 0 or index >= len(self.messages):
            return None
        message = self.messages[index]
        row = y - self._starts[index]
        return (message, row) if row < len(message.lines) else None

    def render_lines(self, crop: Region) -> list[Strip]:
        """The visible lines: each kept line with the padding beside it and the app's line
        filters, as Textual's style cache makes them but without its line-by-line work for a
        box this plain (half of repainting the conversation at every answer, bench/tui.py).
        A border, outline, tint, hatch or transparency goes Textual's own way."""
        styles = self.styles
        top, right, bottom, left = styles.padding
        if (
            top
            or bottom
            or any(edge for edge, _ in (*styles.border, *styles.outline))
            or styles.tint.a
            or self.opacity != 1
            or styles.text_opacity != 1
            or styles.has_rule("hatch")
        ):
            return super().render_lines(crop)
        base_background, background = self.background_colors
        inner = Style(background=base_background + background).rich_style
        width, content = self.region.width, self.content_region.width  # as the cache takes them
        filters = self.get_line_filters()

        def filtered(strip: Strip) -> Strip:
            for line_filter in filters:  # a filter works segment by segment: line by line
                strip = strip.apply_filter(line_filter, background)  # (cached by each line)
            return strip

        sides = list(filtered(Strip([Segment(" " * left, inner)]))) if left else []
        after = list(filtered(Strip([Segment(" " * right, inner)]))) if right else []
        drawn, scroll_y, selection = self._drawn_width(), round(self.scroll_y), self.text_selection
        lines = []
        for y in crop.line_range:
            line = self._line(y, drawn, scroll_y, selection).adjust_cell_length(content, inner)
            lines.append(Strip([*sides, *filtered(line), *after], width))
        if crop.column_span != (0, width):
            lines = [strip.crop(*crop.column_span) for strip in lines]
        return lines

    _blank: Strip | None = None

    def render_line(self, y: int) -> Strip:
        return self._line(y, self._drawn_width(), round(self.scroll_y), self.text_selection)

    def _line(self, y: int, width: int, scroll_y: int, selection: Selection | None) -> Strip:
        """Line `y` of the view, scrolled to `scroll_y`, `width` cells wide."""
        if width > 0 and len(self._starts) != len(self.messages):
            self._relayout(follow=True)
        found = self._line_at(scroll_y + y)
        if found is None:
            if self._blank is None or self._blank.cell_length != width:
                self._blank = Strip.blank(width, self.rich_style)
            strip = self._blank
        else:
            message, row = found
            strip = message.lines[row]
            if selection is not None:
                strip = self._selected(strip, scroll_y + y, selection)
        return strip.apply_offsets(0, scroll_y + y)

    # -- text selection (copy) ---------------------------------------------------------------

    def _plain_lines(self) -> list[str]:
        lines: list[str] = []
        for message in self.messages:
            indent = " " * (INDENT.get(message.kind, 0) + 2)
            lines += [indent + text for text in message.plain]
            lines += [""] * GAP.get(message.kind, 1)
        return lines

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The selected text, without the message edges and indents."""
        text = selection.extract("\n".join(self._plain_lines()))
        return "\n".join(line.strip() for line in text.splitlines()), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        self.refresh()

    def _selected(self, strip: Strip, y: int, selection: Selection) -> Strip:
        span = selection.get_span(y)
        if span is None:
            return strip
        start, end = span
        end = strip.cell_length if end == -1 else end
        style = self.screen.get_component_rich_style("screen--selection")
        parts = list(strip.divide([start, end, strip.cell_length]))
        if len(parts) < 2:
            return strip
        parts[1] = parts[1].apply_style(style)
        return Strip.join(parts)
