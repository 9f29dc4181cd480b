"""The live plan beside the conversation: the POP as it grows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Static

from pop_assistent.i18n import SOURCE_LANGUAGE, Language

if TYPE_CHECKING:
    from pop_assistent.i18n import Language
    from pop_assistent.model import Plan


class PlanPanel(VerticalScroll):
    """Shows a plan; the screen calls `show(plan)` after every answer. A click on a goal,
    action or skill posts `ItemClicked` (the screen offers to change or remove it)."""

    class ItemClicked(Message):
        """An item of the plan was clicked: 'goal:2', 'action:1', 'skill:3'."""

        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

    DEFAULT_CSS = """
    PlanPanel { width: 42; border-left: solid $primary-muted; padding: 0 1; }
    PlanPanel > #plan-body { width: 1fr; text-wrap: nowrap; text-overflow: ellipsis; }
    """

    def compose(self) -> ComposeResult:
        yield Static("", id="plan-body", markup=False)

    def show(
        self,
        plan: Plan,
        lang: Language = SOURCE_LANGUAGE,
        step_title: str = "",
        legal_in_working_time: bool = True,
    ) -> None:
        """Render the plan as it is now (and again when the panel changes width)."""
        self._shown = (plan, lang, step_title, legal_in_working_time)
        self._render_plan()

    _drawn: object = None
    """What the panel shows now: a turn that changes nothing visible redraws nothing."""

    def on_resize(self) -> None:
        self._render_plan()

    def _render_plan(self) -> None:
        shown = getattr(self, "_shown", None)
        if shown is None:
            return
        from pop_assistent.tui.widgets.plan_view import plan_content

        plan, lang, step_title, legal = shown
        width = max(20, self.scrollable_content_region.width - 1)
        self._keys: list[str | None] = []
        body = plan_content(
            plan,
            lang,
            step_title=step_title,
            width=width,
            keys=self._keys,
            legal_in_working_time=legal,
        )
        if body.plain == self._drawn:
            return
        lines = body.plain.count("\n")
        same_height = isinstance(self._drawn, str) and self._drawn.count("\n") == lines
        self._drawn = body.plain
        # as many lines as before: its size stands, so the screen needs no new layout
        self.query_one("#plan-body", Static).update(body, layout=not same_height)

    def on_click(self, event: events.Click) -> None:
        keys = getattr(self, "_keys", [])
        body = self.query_one("#plan-body", Static)
        offset = event.get_content_offset(body)
        line = offset.y if offset is not None else -1
        if 0 <= line < len(keys) and keys[line]:
            event.stop()
            self.post_message(self.ItemClicked(str(keys[line])))
