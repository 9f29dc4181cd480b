"""The note modal (coach mode): a note on one goal or the whole plan, optionally private."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Label, Select, TextArea

from pop_assistent.tui.messages import NoteSubmitted


class NoteModal(ModalScreen[NoteSubmitted | None]):
    """Goal, text and a 'privé' box; Ctrl+S saves, Escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Annuleren"), Binding("ctrl+s", "save", "Bewaren")]

    def __init__(self, goals: list[tuple[str, str]], lang: str = "nl", author: str = "") -> None:
        super().__init__()
        self.goals = goals
        self.lang = lang
        self.author = author

    def compose(self) -> ComposeResult:
        en = self.lang == "en"
        options = [(text[:60], goal_id) for goal_id, text in self.goals]
        with Vertical(id="note-box", classes="modal-box"):
            yield Label("Note" if en else "Notitie", classes="modal-title")
            yield Select(
                options, prompt="The whole plan" if en else "Het hele plan", id="note-goal"
            )
            yield TextArea(id="note-text")
            yield Checkbox(
                "Private (left out of shared copies)" if en else "Privé (niet in gedeelde kopieën)",
                id="note-private",
            )
            with Horizontal(classes="modal-buttons"):
                yield Button(
                    "Save (Ctrl+S)" if en else "Bewaren (Ctrl+S)", variant="primary", id="note-ok"
                )
                yield Button("Cancel" if en else "Annuleren", id="note-cancel")

    def on_mount(self) -> None:
        self.query_one("#note-text").focus()

    @on(Button.Pressed, "#note-ok")
    def action_save(self) -> None:
        text = self.query_one("#note-text", TextArea).text.strip()
        if not text:
            self.notify(
                "De notitie is leeg." if self.lang != "en" else "The note is empty.",
                severity="error",
            )
            return
        goal = self.query_one("#note-goal", Select).value
        goal_id = goal if isinstance(goal, str) else None
        private = self.query_one("#note-private", Checkbox).value
        self.dismiss(NoteSubmitted(text, goal_id, private, self.author))

    @on(Button.Pressed, "#note-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
