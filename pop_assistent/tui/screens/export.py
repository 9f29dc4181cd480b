"""The export modal: pick a format and confirm where the file goes.

The formats are a list whose highlighted row is the choice, marked ● in plain text as well as
in colour. Tab order: formats, share box, path, Exporteren, Annuleren. Enter on the formats,
the path or the Exporteren button exports.
"""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, OptionList
from textual.widgets.option_list import Option

from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, translations

FORMATS: tuple[tuple[str, str], ...] = (
    ("pdf", N_("PDF (om te printen of te mailen)")),
    ("html", N_("HTML (webpagina)")),
    ("md", N_("Markdown (tekst)")),
    ("ics", N_("Agenda (.ics herinneringen)")),
)


class ExportModal(ModalScreen[tuple[str, Path, str] | None]):
    """Returns (format, path, version) once the user confirms; Escape cancels.

    version is "volledig" (the employee's own copy) or "coach" (private notes left out).
    """

    BINDINGS = [Binding("escape", "cancel", N_("Annuleren"))]

    def __init__(self, fmt: str, stem: Path, lang: Language = SOURCE_LANGUAGE) -> None:
        super().__init__()
        self.fmt = fmt
        self.stem = stem
        self.lang = lang
        self._confirmed: Path | None = None

    def compose(self) -> ComposeResult:
        _ = translations(self.lang).gettext
        with Vertical(id="export-box", classes="modal-box"):
            yield Label(_("Het plan exporteren"), classes="modal-title")
            yield OptionList(*self._options(), id="export-format")
            yield Checkbox(self._share_label(False), id="export-share")
            yield Label(_("Opslaan als"))
            yield Input(str(self.stem.with_suffix(f".{self.fmt}")), id="export-path")
            with Horizontal(classes="modal-buttons"):
                yield Button(_("Exporteren"), variant="primary", id="export-ok")
                yield Button(_("Annuleren"), id="export-cancel")
            yield Label(
                _("↑↓ formaat · Enter exporteert · Tab volgend veld · Esc annuleert"),
                classes="hint",
            )

    def _share_label(self, on: bool) -> str:
        """The box's state in words too (its mark alone does not show in every terminal): the
        version it makes, never a bare 'nee' after a question nobody asked."""
        _ = translations(self.lang).gettext
        if on:
            return _("Versie om te delen: zonder privénotities")
        return _("Eigen versie, met privénotities (spatie: om te delen)")

    @on(Checkbox.Changed, "#export-share")
    def _share_changed(self, event: Checkbox.Changed) -> None:
        event.checkbox.label = self._share_label(event.value)

    def _options(self) -> list[Option]:
        _ = translations(self.lang).gettext
        return [
            Option(f"{'●' if fmt == self.fmt else '○'} {_(name)}", id=fmt) for fmt, name in FORMATS
        ]

    def on_mount(self) -> None:
        # The format first; Enter straight away exports the highlighted one (PDF by default).
        formats = self.query_one("#export-format", OptionList)
        ids = [fmt for fmt, _name in FORMATS]
        formats.highlighted = ids.index(self.fmt) if self.fmt in ids else 0
        formats.focus()

    @on(OptionList.OptionHighlighted, "#export-format")
    def _format_changed(self, event: OptionList.OptionHighlighted) -> None:
        fmt = event.option.id or self.fmt
        if fmt == self.fmt:
            return
        self.fmt = fmt
        formats = self.query_one("#export-format", OptionList)
        for option in self._options():
            formats.replace_option_prompt(option.id or "", option.prompt)
        path_input = self.query_one("#export-path", Input)
        path_input.value = str(Path(path_input.value).with_suffix(f".{self.fmt}"))

    @on(OptionList.OptionSelected, "#export-format")
    @on(Input.Submitted, "#export-path")
    @on(Button.Pressed, "#export-ok")
    def _confirm(self) -> None:
        _ = translations(self.lang).gettext
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            self.notify(
                _("Geef een bestandsnaam."),
                severity="error",
            )
            return
        path = Path(raw).expanduser()
        if not path.parent.is_dir():
            msg = _("De map {folder} bestaat niet.").format(folder=path.parent)
            self.notify(msg, severity="error")
            return
        share = self.query_one("#export-share", Checkbox).value
        if path.exists() and self._confirmed != path:
            self._confirmed = path
            msg = _("{file} bestaat al. Druk nog eens Enter om het te vervangen.").format(
                file=path.name
            )
            self.notify(msg, severity="warning")
            return
        self.dismiss((self.fmt, path, "coach" if share else "volledig"))

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
