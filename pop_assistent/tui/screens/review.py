"""Review mode: a coach looks at a plan someone shared with them (dialogue/review.py).

No answer line: nothing typed here could ever be saved (the database lets a coach add a note or
a signature, nothing else). The top line says whose plan it is; the left shows where it stands,
the right the plan itself; the buttons and keys do what a coach may do. Esc goes back to the
list of plans, and looking saves nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from pop_assistent.errors import PopError
from pop_assistent.i18n import N_, Language, translations
from pop_assistent.tui.messages import AnswerSubmitted, NoteSubmitted
from pop_assistent.tui.palette import translate_bindings
from pop_assistent.tui.widgets.chat_log import ChatLog
from pop_assistent.tui.widgets.choice_bar import ChoiceBar
from pop_assistent.tui.widgets.plan_panel import PlanPanel

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from pop_assistent.dialogue.review import Review

SIGN = "sign:"
"""Prefix of a sign button's value ('sign:coach')."""


class ReviewScreen(Screen[None]):
    """The shared plan, read-only, with note (F5), notes (Ctrl+N), co-sign (F6), export (F7)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", N_("Terug")),
        Binding("f5", "note", N_("Notitie")),
        Binding("f6", "sign", N_("Tekenen")),
        Binding("f7", "export", N_("Export")),
        Binding("f9", "checkin", N_("Opvolging")),
        Binding("ctrl+o", "toggle_plan", N_("Plan")),
    ]
    """Labelled in Dutch and translated for the screen (`translate_bindings`). Ctrl+N (the
    notes) has a button; left out of the footer so it fits 80 columns."""
    BINDINGS.append(Binding("ctrl+n", "notes", N_("Notities"), show=False))
    BINDINGS += [Binding(str(n), f"choose({n})", str(n), show=False) for n in range(1, 10)]

    def __init__(self, review: Review) -> None:
        super().__init__()
        self.review = review
        self.lang: Language = review.lang
        translate_bindings(self, self.lang)

    def compose(self) -> ComposeResult:
        with Horizontal(id="top-bar"):
            yield Static(Content(self.review.label()), id="step-bar")
        with Horizontal(id="main"):
            with Vertical(id="conversation"):
                yield ChatLog(id="chat")
                yield ChoiceBar(id="choices", classes="-empty")
            yield PlanPanel(id="plan-panel")
        yield Footer()

    def on_mount(self) -> None:
        width = self.app.size.width
        self.add_class("-narrow" if width < 100 else "-wide")
        self.query_one(ChatLog).add_assistant(self.review.summary())
        self._tools()
        self.call_after_refresh(self._show_plan)  # once the panel has its width

    def _(self, text: str) -> str:
        return translations(self.lang).gettext(text)

    def _tools(self) -> None:
        _ = self._
        tools = [
            (_("F5 Notitie"), "screen.note"),
            (_("Ctrl+N Notities"), "screen.notes"),
            (_("F6 Tekenen"), "screen.sign"),
            (_("Esc Terug"), "screen.back"),
        ]
        self.query_one(ChoiceBar).show((), tools)

    def _show_plan(self) -> None:
        self.query_one(PlanPanel).show(self.review.plan, self.lang)

    def action_back(self) -> None:
        """Back to the list of plans (the conversation screen asks which plan again)."""
        self.dismiss(None)

    def action_toggle_plan(self) -> None:
        self.query_one("#plan-panel").toggle_class("-toggled")

    def action_checkin(self) -> None:
        """A check-in is a new version of the plan: only its owner can save one. Say so."""
        refusal = self.review.can_check_in()
        if refusal:
            self.query_one(ChatLog).add_notice(refusal, True)

    def action_note(self) -> None:
        from pop_assistent.tui.screens.note import NoteModal

        goals = [(goal.id, goal.text) for goal in self.review.plan.goals]

        def done(note: NoteSubmitted | None) -> None:
            if note is not None:
                self._act(lambda: self.review.add_note(
                    note.text, private=note.private, goal_id=note.goal_id))  # fmt: skip

        self.app.push_screen(NoteModal(goals, self.lang, shared=True), done)

    def action_notes(self) -> None:
        """Read the notes; a change asked for there gets the shared store's one sentence."""
        from pop_assistent.dialogue.notes import note_rows
        from pop_assistent.tui.screens.notes import NoteChange, NotesModal

        rows = note_rows(self.review.plan, self.lang, "", shared=True)

        def done(changes: list[NoteChange] | None) -> None:
            if changes:
                self.notify(rows[0].rule, severity="warning")

        self.app.push_screen(NotesModal(rows, self.lang), done)

    def action_sign(self) -> None:
        """Ask as whom, with two buttons and one to cancel: a signature is one explicit act."""
        from pop_assistent.conversation.contract import Choice
        from pop_assistent.model import label

        _ = self._
        name = self.review.name
        question = _("Versie {version} van het plan van {name} medeondertekenen? Kies als wie.")
        self.query_one(ChatLog).add_assistant(
            question.format(version=self.review.version, name=name)
        )
        choices = (
            Choice(_("als {role}").format(role=label("coach", self.lang)), f"{SIGN}coach"),
            Choice(_("als {role}").format(role=label("manager", self.lang)), f"{SIGN}manager"),
            Choice(_("niet tekenen"), f"{SIGN}"),
        )
        self.query_one(ChoiceBar).show(choices, [])

    def action_choose(self, number: int) -> None:
        """A number key picks the button with that number (there is no answer line here)."""
        value = self.query_one(ChoiceBar).value_for(number)
        if value is not None:
            self.post_message(AnswerSubmitted(value))

    @on(AnswerSubmitted)
    def _on_choice(self, event: AnswerSubmitted) -> None:
        event.stop()
        if not event.text.startswith(SIGN):
            return
        role = event.text.removeprefix(SIGN)
        self._tools()
        if role:
            self._act(lambda: self.review.sign(role))

    def _act(self, act: Callable[[], str]) -> None:
        """Run a note or signature; its sentence (or the refusal) goes in the conversation."""
        try:
            said = act()
        except PopError as error:
            self.notify(error.message(self.lang), severity="error")
            return
        self.query_one(ChatLog).add_notice(said)
        self._show_plan()

    def action_export(self) -> None:
        from pathlib import Path

        from pop_assistent.tui.screens.export import ExportModal

        stem = self.review.plan.id or "pop"
        default = Path.cwd() / f"POP-{stem}-{self.review.today.isoformat()}"

        def done(choice: tuple[str, Path, str] | None) -> None:
            if choice is not None:
                self._export(*choice)

        self.app.push_screen(ExportModal("pdf", default, self.lang), done)

    @work(thread=True, exclusive=True, group="export")
    def _export(self, fmt: str, path: Path, version: str = "volledig") -> None:
        from pop_assistent.export import export_plan
        from pop_assistent.files import write_file

        try:
            data = export_plan(self.review.plan, fmt, today=self.review.today, lang=self.lang,
                               version=version)  # fmt: skip
            write_file(path, data if isinstance(data, str) else bytes(data))
        except PopError as error:
            self.app.call_from_thread(self.notify, error.message(self.lang), severity="error")
            return
        saved = self._("Opgeslagen: {path}").format(path=path)
        self.app.call_from_thread(self.query_one(ChatLog).add_notice, saved)
