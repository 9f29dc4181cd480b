"""Quick answers under the input: the engine's choices and the structured widget that fits."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.containers import Grid
from textual.content import Content
from textual.widgets import Button

from pop_assistent.tui.messages import AnswerSubmitted

if TYPE_CHECKING:
    from pop_assistent.conversation.contract import Choice


class ChoiceBar(Grid, can_focus=False):
    """A row of buttons; a choice sends its value as if typed, a tool button runs an action."""

    DEFAULT_CSS = """
    ChoiceBar { height: auto; padding: 0 1; grid-size: 2; grid-rows: 1; grid-gutter: 0 1; }
    ChoiceBar.-empty { display: none; }
    ChoiceBar Button { width: 1fr; min-width: 6; content-align: left middle; }
    """

    def show(
        self, choices: tuple[Choice, ...], tools: list[tuple[str, str]], instruction: str = ""
    ) -> None:
        """Replace the buttons: `choices` from the engine, `tools` as (label, action name);
        `instruction` (what to type under a long list) stays in view above them."""
        self.instruction = instruction
        shown = (tuple(choices), tuple(tools))
        if shown == getattr(self, "_shown", None):
            return  # the same buttons: no need to rebuild them (most turns)
        self._shown = shown
        # label, choice value, its number (what typing that number picks), action
        wanted: list[tuple[str, str | None, int | None, str | None]] = []
        numbered = list(enumerate(choices, start=1))
        if len(numbered) > 9:  # the first eight and the last ('een nieuw plan', 'klaar')
            numbered = [*numbered[:8], numbered[-1]]
        for index, choice in numbered:
            mark = "✓ " if choice.chosen else ""
            wanted.append((f"{index} {mark}{choice.label}", str(choice.value), index, None))
        wanted += [(label, None, None, action) for label, action in tools]
        # The buttons already there are relabelled, not rebuilt: mounting and styling new ones
        # (and removing the old) cost most of a turn that changes the quick answers.
        # Spare ones are hidden, not removed, for a later turn.
        have = list(self.query(Button))
        for button, (label, value, number, action) in zip(have, wanted, strict=False):
            button.label = Content(label)
            button.choice_value = value  # type: ignore[attr-defined]
            button.choice_number = number  # type: ignore[attr-defined]
            button.action = action
            variant = "default" if action is None else "primary"
            if button.variant != variant:  # a style set again restyles and lays out
                button.variant = variant
            button.set_class(value is not None, "choice")
            if not button.display:
                button.display = True
        for button in have[len(wanted) :]:
            if button.display:
                button.display = False
            if button.variant != "default":
                button.variant = "default"
            button.choice_value = None  # type: ignore[attr-defined]
            button.choice_number = None  # type: ignore[attr-defined]
            button.remove_class("choice")
        new = []
        for label, value, number, action in wanted[len(have) :]:
            button = Button(Content(label), compact=True, action=action)
            button.variant = "default" if action is None else "primary"
            button.choice_value = value  # type: ignore[attr-defined]
            button.choice_number = number  # type: ignore[attr-defined]
            button.set_class(value is not None, "choice")
            new.append(button)
        if new:
            self.mount_all(new)
        self.set_class(not wanted, "-empty")
        self._longest = max((len(label) for label, *_ in wanted), default=0)
        self._fit()

    def _fit(self) -> None:
        """Two buttons a row, or one when a label would be cut in half the width ('1 Medicatie
        veilig klaarzetten en toedienen' at 80 columns, or in the narrow check-in pane)."""
        width = self.size.width or self.app.size.width
        room = (width - 3) // 2 - 2  # padding 0 1, the gutter, the button's own margins
        columns = 1 if getattr(self, "_longest", 0) > room else 2
        if self.styles.grid_size_columns != columns:  # setting it restyles and lays out
            self.styles.grid_size_columns = columns

    def on_resize(self) -> None:
        self._fit()

    def buttons(self) -> list[Button]:
        """The buttons shown now, in order."""
        return [b for b in self.query(Button) if b.display]

    def value_for(self, number: int) -> str | None:
        """The value of quick choice `number` (its number on the button), if there is one."""
        for button in self.buttons():
            if getattr(button, "choice_number", None) == number:
                return str(button.choice_value)  # type: ignore[attr-defined]
        return None

    def on_button_pressed(self, event: Button.Pressed) -> None:
        value = getattr(event.button, "choice_value", None)
        if value is not None:
            event.stop()
            self.post_message(AnswerSubmitted(str(value)))
