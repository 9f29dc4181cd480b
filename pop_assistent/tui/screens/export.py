"""The export modal: pick a format and confirm where the file goes."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, RadioButton, RadioSet

FORMATS: tuple[tuple[str, str, str], ...] = (
    ("pdf", "PDF (om te printen of te mailen)", "PDF (to print or mail)"),
    ("html", "HTML (webpagina)", "HTML (web page)"),
    ("md", "Markdown (tekst)", "Markdown (text)"),
    ("ics", "Agenda (.ics herinneringen)", "Calendar (.ics reminders)"),
)


class ExportModal(ModalScreen[tuple[str, Path, str] | None]):
    """Returns (format, path, version) once the user confirms; Escape cancels.

    version is "volledig" (the employee's own copy) or "coach" (private notes left out).
    """

    BINDINGS = [Binding("escape", "cancel", "Annuleren")]

    def __init__(self, fmt: str, stem: Path, lang: str = "nl") -> None:
        super().__init__()
        self.fmt = fmt
        self.stem = stem
        self.lang = lang
        self._confirmed: Path | None = None

    def compose(self) -> ComposeResult:
        en = self.lang == "en"
        with Vertical(id="export-box", classes="modal-box"):
            yield Label("Export the plan" if en else "Het plan exporteren", classes="modal-title")
            with RadioSet(id="export-format"):
                for fmt, nl, en_label in FORMATS:
                    yield RadioButton(
                        en_label if en else nl,
                        value=fmt == self.fmt,
                        name=fmt,
                        id=f"export-as-{fmt}",
                    )
            yield Checkbox(
                "To share: leave private notes out" if en else "Om te delen: zonder privénotities",
                id="export-share",
            )
            yield Label("Save as" if en else "Opslaan als")
            yield Input(str(self.stem.with_suffix(f".{self.fmt}")), id="export-path")
            with Horizontal(classes="modal-buttons"):
                yield Button("Export" if en else "Exporteren", variant="primary", id="export-ok")
                yield Button("Cancel" if en else "Annuleren", id="export-cancel")

    def on_mount(self) -> None:
        # Enter on the path exports at once (PDF by default); Shift+Tab reaches the formats.
        self.query_one("#export-path").focus()

    @on(RadioSet.Changed)
    def _format_changed(self, event: RadioSet.Changed) -> None:
        self.fmt = event.pressed.name or self.fmt
        path_input = self.query_one("#export-path", Input)
        path_input.value = str(Path(path_input.value).with_suffix(f".{self.fmt}"))

    @on(Input.Submitted, "#export-path")
    @on(Button.Pressed, "#export-ok")
    def _confirm(self) -> None:
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            self.notify(
                "Geef een bestandsnaam." if self.lang != "en" else "Give a file name.",
                severity="error",
            )
            return
        path = Path(raw).expanduser()
        if not path.parent.is_dir():
            msg = (
                f"De map {path.parent} bestaat niet."
                if self.lang != "en"
                else f"Folder {path.parent} does not exist."
            )
            self.notify(msg, severity="error")
            return
        share = self.query_one("#export-share", Checkbox).value
        if path.exists() and self._confirmed != path:
            self._confirmed = path
            msg = (
                f"{path.name} bestaat al. Druk nog eens Enter om het te vervangen."
                if self.lang != "en"
                else f"{path.name} exists. Press Enter again to replace it."
            )
            self.notify(msg, severity="warning")
            return
        self.dismiss((self.fmt, path, "coach" if share else "volledig"))

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
