"""The timeline modal: planned actions month by month, and the workload summary."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, translations
from pop_assistent.model import Action
from pop_assistent.planning.workload import Workload
from pop_assistent.tui.widgets.timeline_view import TimelineView, workload_content


class TimelineModal(ModalScreen[None]):
    """Shows the timeline; Escape or F4 closes."""

    BINDINGS = [Binding("escape,f4,q", "close", N_("Sluiten"))]

    def __init__(
        self,
        actions: list[Action],
        today: date,
        lang: Language = SOURCE_LANGUAGE,
        workload: Workload | None = None,
    ) -> None:
        super().__init__()
        self.actions = actions
        self.today = today
        self.lang = lang
        self.workload = workload

    def compose(self) -> ComposeResult:
        _ = translations(self.lang).gettext
        _ = translations(self.lang).gettext
        with VerticalScroll(id="timeline-box", classes="modal-box"):
            yield Static(Content.styled(_("Tijdlijn"), "bold"))
            yield TimelineView(id="timeline")
            if self.workload is not None:
                yield Static(workload_content(self.workload, self.lang), id="workload")
            close = _("Esc sluit")
            yield Static(close, classes="hint", markup=False)

    def on_mount(self) -> None:
        self.query_one(TimelineView).show(self.actions, self.today, self.lang)

    def action_close(self) -> None:
        self.dismiss(None)
