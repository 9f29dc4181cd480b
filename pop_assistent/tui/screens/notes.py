"""The plan's notes (Ctrl+N): read each one (author, date, private or not, what it is about),
rewrite your own, remove one after a confirmation. What may be done with a note, and the
sentence that says so, come from dialogue/notes.py; this modal only shows them and is
dismissed with the change the engine then makes (a new version), or None."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Label, OptionList, TextArea
from textual.widgets.option_list import Option

from pop_assistent.dialogue.notes import NoteRow
from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, language_or_source, translations
from pop_assistent.text.fold import one_line


@dataclass(frozen=True)
class NoteChange:
    """What the modal was closed with: 'edit' (with the new text) or 'remove'."""

    kind: str
    note_id: str
    text: str = ""


class NotesModal(ModalScreen[list[NoteChange] | None]):
    """A list of notes and the chosen one in full; Ctrl+S saves a rewrite, Escape closes."""

    BINDINGS = [
        Binding("escape", "cancel", N_("Sluiten")),
        Binding("ctrl+s", "save", N_("Bewaren")),  # not priority: typing before it lands first
    ]

    def __init__(self, rows: list[NoteRow], lang: Language = SOURCE_LANGUAGE) -> None:
        super().__init__()
        self.rows = rows
        self.lang: Language = language_or_source(lang)
        self.current: NoteRow | None = None
        self.drafts: dict[str, str] = {}
        """Rewritten texts not saved yet, by note id: moving to another note loses nothing."""
        self._warned = False

    def compose(self) -> ComposeResult:
        _ = translations(self.lang).gettext
        with Vertical(id="notes-box", classes="modal-box"):
            yield Label(_("Notities"), classes="modal-title")
            if not self.rows:
                yield Label(
                    _("Dit plan heeft nog geen notities. F5 schrijft er een."),
                    id="notes-empty",
                )
            else:
                options = [Option(Content(self._line(row)), id=row.id) for row in self.rows]
                yield OptionList(*options, id="notes-list")
                yield Label("", id="notes-meta", markup=False)
                yield TextArea(id="notes-text")
                yield Label("", id="notes-rule", classes="field-label", markup=False)
            with Horizontal(classes="modal-buttons", id="notes-actions"):
                if self.rows:
                    yield Button(
                        _("Bewaren (Ctrl+S)"),
                        variant="primary",
                        id="notes-save",
                    )
                    yield Button(_("Verwijderen"), variant="error", id="notes-drop")
                yield Button(_("Sluiten"), id="notes-close")
            with Vertical(id="notes-confirm"):
                yield Label("", id="notes-question", markup=False)
                with Horizontal(classes="modal-buttons"):
                    yield Button(_("Ja, verwijderen"), variant="error", id="notes-yes")
                    yield Button(_("Nee, houden"), id="notes-no")
            yield Label(
                _("↑/↓ kies · Tab volgend veld · Ctrl+S bewaren · Esc sluiten"),
                classes="hint",
            )

    def _line(self, row: NoteRow) -> str:
        _ = translations(self.lang).gettext
        private = _(" · privé") if row.private else ""
        head = f"{row.number}. {row.author} · {row.written_on}{private}"
        return one_line(f"{head} — {row.text}", 72)

    def on_mount(self) -> None:
        self.query_one("#notes-confirm").display = False
        if self.rows:
            listing = self.query_one("#notes-list", OptionList)
            listing.highlighted = 0
            self._show(self.rows[0])
            listing.focus()
        else:
            self.query_one("#notes-close").focus()

    @on(OptionList.OptionHighlighted, "#notes-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        row = next((r for r in self.rows if r.id == event.option.id), None)
        if row is not None and row is not self.current:
            self._keep_draft()
            self._show(row)

    def _keep_draft(self) -> None:
        """What was typed in the note on screen, kept while another note is looked at."""
        row = self.current
        if row is not None and row.can_edit:
            text = self.query_one("#notes-text", TextArea).text
            if text.strip() != row.text.strip():
                self.drafts[row.id] = text
            else:
                self.drafts.pop(row.id, None)

    def _changes(self) -> list[NoteChange]:
        self._keep_draft()
        by_id = {r.id: r for r in self.rows}
        return [
            NoteChange("edit", note_id, text.strip())
            for note_id, text in self.drafts.items()
            if by_id[note_id].can_edit and text.strip()
        ]

    @on(OptionList.OptionSelected, "#notes-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a note: to its text when it may be rewritten, else to the buttons."""
        if self.current is not None and self.current.can_edit:
            text = self.query_one("#notes-text", TextArea)
            text.move_cursor(text.document.end)  # go on writing after what is there
            text.focus()
        elif self.current is not None and self.current.can_remove:
            self.query_one("#notes-drop").focus()

    def _show(self, row: NoteRow) -> None:
        _ = translations(self.lang).gettext
        self.current = row
        self._ask(False)
        private = _("privé") if row.private else _("niet privé")
        meta = _("Notitie {number} door {author}, {date}").format(
            number=row.number, author=row.author, date=row.written_on
        )
        self.query_one("#notes-meta", Label).update(
            f"{meta} · {private}\n{one_line(row.about, 76)}"
        )
        text = self.query_one("#notes-text", TextArea)
        text.load_text(self.drafts.get(row.id, row.text))
        text.read_only = not row.can_edit
        self.query_one("#notes-rule", Label).update(row.rule)
        self.query_one("#notes-save", Button).display = row.can_edit
        self.query_one("#notes-drop", Button).display = row.can_remove

    def _ask(self, on: bool) -> None:
        """The removal's confirmation in place of the buttons (or the buttons back)."""
        self.query_one("#notes-actions").display = not on
        self.query_one("#notes-confirm").display = on

    def action_save(self) -> None:
        """Save every note rewritten here (each one a new version)."""
        _ = translations(self.lang).gettext
        row = self.current
        if row is not None and not row.can_edit and not self.drafts:
            self.notify(row.rule, severity="warning")
            return
        if row is not None and row.can_edit:
            if not self.query_one("#notes-text", TextArea).text.strip():
                self.notify(_("De notitie is leeg."), severity="error")
                return
        changes = self._changes()
        if not changes:
            self.notify(_("Er is niets veranderd."))
            return
        self.dismiss(changes)

    @on(Button.Pressed, "#notes-save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#notes-drop")
    def _drop(self) -> None:
        _ = translations(self.lang).gettext
        row = self.current
        if row is None or not row.can_remove:
            return
        whose = (
            _("je eigen notitie")
            if row.own
            else _("de notitie van {author}").format(author=row.author)
        )
        self.query_one("#notes-question", Label).update(
            _(
                "Notitie {number} ({whose}) verwijderen? De vorige versie van het plan houdt ze."
            ).format(number=row.number, whose=whose)
        )
        self._ask(True)
        self.query_one("#notes-no").focus()

    @on(Button.Pressed, "#notes-yes")
    def _remove(self) -> None:
        if self.current is not None:
            gone = self.current.id  # a rewrite of the note removed is not saved first
            changes = [c for c in self._changes() if c.note_id != gone]
            self.dismiss([*changes, NoteChange("remove", gone)])

    @on(Button.Pressed, "#notes-no")
    def _keep(self) -> None:
        self._ask(False)
        self.query_one("#notes-drop").focus()

    @on(Button.Pressed, "#notes-close")
    def action_cancel(self) -> None:
        """Close; a rewrite not saved yet is said first, and a second Escape leaves it."""
        _ = translations(self.lang).gettext
        if self.rows and self._changes() and not self._warned:
            self._warned = True
            self.notify(
                _(
                    "Je wijziging is nog niet bewaard: Ctrl+S bewaart ze, "
                    "Esc nogmaals sluit zonder te bewaren."
                ),
                severity="warning",
            )
            return
        self.dismiss(None)
