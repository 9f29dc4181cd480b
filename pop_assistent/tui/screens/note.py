"""The note modal (coach mode): a note on one goal or the whole plan, optionally private.

Tab order: text, privé, goal, Bewaren. Alt+P ticks privé from anywhere in the modal (Ctrl+P
is the command palette); Ctrl+S saves, Escape cancels. The goal starts at the one being
discussed.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Label, Select, TextArea

from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, translations
from pop_assistent.tui.messages import NoteSubmitted


class NoteModal(ModalScreen[NoteSubmitted | None]):
    """Text, a 'privé' box and the goal; Ctrl+S saves, Alt+P toggles privé, Escape cancels."""

    BINDINGS = [
        Binding("escape", "cancel", N_("Annuleren")),
        Binding("ctrl+s", "save", N_("Bewaren"), priority=True),
        Binding("alt+p", "toggle_private", N_("Privé"), priority=True),
    ]

    def __init__(
        self,
        goals: list[tuple[str, str]],
        lang: Language = SOURCE_LANGUAGE,
        author: str = "",
        goal_id: str | None = None,
        shared: bool = False,
    ) -> None:
        super().__init__()
        self.shared = shared
        """The plan is in the shared (PostgreSQL) store, not on the employee's own machine."""
        self.goals = goals
        self.lang = lang
        self.author = author
        self.goal_id = goal_id if goal_id in {g for g, _ in goals} else None

    def compose(self) -> ComposeResult:
        _ = translations(self.lang).gettext
        options = [(f"{n}. {text[:60]}", gid) for n, (gid, text) in enumerate(self.goals, 1)]
        with Vertical(id="note-box", classes="modal-box"):
            yield Label(_("Notitie"), classes="modal-title")
            yield TextArea(id="note-text")
            yield Checkbox(self._private_label(False), id="note-private")
            yield Label(self._who_reads(False), id="note-who", classes="field-label")
            yield Label(_("Over"), classes="field-label")
            yield Select(
                options,
                prompt=_("Het hele plan"),
                value=self.goal_id if self.goal_id is not None else Select.NULL,
                id="note-goal",
            )
            with Horizontal(classes="modal-buttons"):
                yield Button(_("Bewaren (Ctrl+S)"), variant="primary", id="note-ok")
                yield Button(_("Annuleren"), id="note-cancel")
            yield Label(
                _("Tab volgend veld · Alt+P privé aan/uit · Ctrl+S bewaren · Esc annuleren"),
                classes="hint",
            )

    def on_mount(self) -> None:
        self.query_one("#note-text").focus()

    def _private_label(self, on: bool) -> str:
        """The box's state in words too: its mark alone does not show in every terminal."""
        _ = translations(self.lang).gettext
        if on:
            return _("Privé (Alt+P): ja, niet in gedeelde kopieën")
        return _("Privé (Alt+P): nee, ook in gedeelde kopieën")

    def _who_reads(self, private: bool) -> str:
        """Plainly who can read the note (issue 16 point 6). On the employee's own machine the
        employee can read every note in their plan; in the shared store the database shows a
        private note to its author only (row-level security, storage/postgres_security.py)."""
        _ = translations(self.lang).gettext
        if not private:
            return _("Wie leest het: iedereen die dit plan mag zien.")
        if self.shared:
            return _(
                "Wie leest het: alleen jij. De gedeelde databank toont ze aan niemand "
                "anders, ook niet aan de medewerker."
            )
        return _(
            "Wie leest het: dit plan staat op de eigen computer van de medewerker, dus de "
            "medewerker kan ze ook lezen; ze blijft uit kopieën die gedeeld worden."
        )

    @on(Checkbox.Changed, "#note-private")
    def _private_changed(self, event: Checkbox.Changed) -> None:
        event.checkbox.label = self._private_label(event.value)
        self.query_one("#note-who", Label).update(self._who_reads(event.value))

    def action_toggle_private(self) -> None:
        self.query_one("#note-private", Checkbox).toggle()

    @on(Button.Pressed, "#note-ok")
    def action_save(self) -> None:
        _ = translations(self.lang).gettext
        text = self.query_one("#note-text", TextArea).text.strip()
        if not text:
            self.notify(
                _("De notitie is leeg."),
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
