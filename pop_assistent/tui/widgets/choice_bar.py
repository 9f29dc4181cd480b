"""Quick answers under the input: the engine's choices and the structured widget that fits."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.containers import Grid
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
        self.remove_children()
        buttons: list[Button] = []
        numbered = list(enumerate(choices, start=1))
        if len(numbered) > 9:  # the first eight and the last ('een nieuw plan', 'klaar')
            numbered = [*numbered[:8], numbered[-1]]
        for index, choice in numbered:
            mark = "✓ " if choice.chosen else ""
            button = Button(f"{index} {mark}{choice.label}", compact=True, classes="choice")
            button.choice_value = choice.value  # type: ignore[attr-defined]
            button.choice_number = index  # type: ignore[attr-defined]
            buttons.append(button)
        for label, action in tools:
            buttons.append(Button(label, compact=True, variant="primary", action=action))
        self.mount_all(buttons)
        self.set_class(not buttons, "-empty")

    def value_for(self, number: int) -> str | None:
        """The value of quick choice `number` (1-based), if there is one."""
        for button in self.query(Button):
            if getattr(button, "choice_number", None) == number:
                return str(button.choice_value)  # type: ignore[attr-defined]
        return None

    def on_button_pressed(self, event: Button.Pressed) -> None:
        value = getattr(event.button, "choice_value", None)
        if value is not None:
            event.stop()
            self.post_message(AnswerSubmitted(str(value)))
