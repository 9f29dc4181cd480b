"""The check-in screen (opvolging): the follow-up conversation next to the picture of progress.

The screen owns a `CheckInSession` (pop_assistent.followup) and only shows its replies; every
answer is saved by the session at once. Dismissed with the last saved version (or None), so
the screen that opened it can reload its own engine from the store.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from pop_assistent.errors import PopError
from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, language_or_source, translations
from pop_assistent.tui.messages import AnswerSubmitted
from pop_assistent.tui.palette import translate_bindings
from pop_assistent.tui.widgets.chat_log import ChatLog
from pop_assistent.tui.widgets.choice_bar import ChoiceBar
from pop_assistent.tui.widgets.history_input import HistoryInput
from pop_assistent.tui.widgets.progress import ProgressView

if TYPE_CHECKING:
    from pop_assistent.conversation.contract import Reply
    from pop_assistent.followup import CheckInSession
    from pop_assistent.storage.base import PlanStore


class CheckInScreen(Screen[int | None]):
    """Chat on the left, planned-against-actual and progress over check-ins on the right."""

    DEFAULT_CSS = """
    CheckInScreen #checkin-main { height: 1fr; }
    CheckInScreen #checkin-conversation { width: 3fr; }
    CheckInScreen #checkin-side { width: 2fr; border-left: vkey $panel; }
    CheckInScreen #checkin-bar { height: 1; padding: 0 1; background: $panel; }
    """

    BINDINGS = [
        Binding("escape", "close", N_("Terug")),
        Binding("f7", "changes", N_("Wijzigingen")),
        Binding("f8", "toggle_progress", N_("Voortgang")),
    ]
    """Labelled in Dutch; translated for each screen (`translate_bindings`)."""

    def __init__(
        self,
        plan_ref: str,
        *,
        store: PlanStore,
        today: date,
        lang: Language = SOURCE_LANGUAGE,
        country: str = "BE",
        hours_per_day: float = 7.6,
    ) -> None:
        super().__init__()
        self.country = country
        self.hours_per_day = hours_per_day
        self.plan_ref = plan_ref
        self.store = store
        self.today = today
        self.lang: Language = language_or_source(lang)
        translate_bindings(self, self.lang)
        self.session: CheckInSession | None = None
        self.last_reply: Reply | None = None

    def compose(self) -> ComposeResult:
        _ = translations(self.lang).gettext
        yield Static(_("Opvolging"), id="checkin-bar")
        with Horizontal(id="checkin-main"):
            with Vertical(id="checkin-conversation"):
                yield ChatLog(id="checkin-chat")
                yield ChoiceBar(id="checkin-choices", classes="-empty")
                yield HistoryInput(
                    placeholder=_("Typ je antwoord, Enter"),
                    id="checkin-answer",
                )
            with VerticalScroll(id="checkin-side"):
                yield ProgressView(id="checkin-progress")
        yield Footer()

    def on_mount(self) -> None:
        from pop_assistent.followup import CheckInSession

        self.query_one("#checkin-answer").focus()
        try:
            plan_id = self.store.resolve(self.plan_ref)
            stored = self.store.load(plan_id)
        except PopError as error:
            self.notify(error.message(self.lang), severity="error")
            self.dismiss(None)
            return
        self.session = CheckInSession(
            stored.plan, today=self.today, lang=self.lang, store=self.store,
            base_version=stored.version, country=self.country,
            hours_per_day=self.hours_per_day,
        )  # fmt: skip
        name = stored.plan.employee.name
        self.query_one("#checkin-bar", Static).update(
            Content(translations(self.lang).gettext("Opvolging · {name}").format(name=name))
        )
        self.show_reply(self.session.start())

    @on(AnswerSubmitted)
    def _on_answer(self, event: AnswerSubmitted) -> None:
        event.stop()
        self.send_text(event.text)

    def send_text(self, text: str) -> None:
        """Show the answer literally, let the session answer, show the reply."""
        _ = translations(self.lang).gettext
        if self.session is None:
            return
        reply = self.last_reply
        if text.strip().isdigit() and reply is not None and reply.choices:
            number = int(text.strip())
            if 1 <= number <= len(reply.choices):
                text = reply.choices[number - 1].value
        self.query_one(ChatLog).add_user(text)
        if reply is not None and reply.finished:
            self.notify(_("Deze opvolging is al afgerond."))
            return
        try:
            self.show_reply(self.session.answer(text))
        except PopError as error:
            self.notify(error.message(self.lang), severity="error")

    def show_reply(self, reply: Reply) -> None:
        """The session's message, its quick answers and the redrawn progress picture."""
        _ = translations(self.lang).gettext
        self.last_reply = reply
        chat = self.query_one(ChatLog)
        chat.add_assistant(reply.message)
        for warning in reply.warnings:
            chat.add_warning(warning)
        self.query_one(ChoiceBar).show(reply.choices, [])
        if self.session is not None:
            self.query_one(ProgressView).show(self.session.plan, self.today, self.lang)
        if reply.finished:
            self.notify(_("Opvolging bewaard. Esc om terug te gaan."))

    def action_changes(self) -> None:
        """Show what changed since the previous check-in (from the store's history)."""
        from pop_assistent.followup import changes_since_previous_check_in
        from pop_assistent.followup.report import changes_lines

        if self.session is None:
            return
        try:
            changes = changes_since_previous_check_in(self.store, self.session.plan.id, self.lang)
        except PopError as error:
            self.notify(error.message(self.lang), severity="error")
            return
        self.query_one(ChatLog).add_warning("\n".join(changes_lines(changes, self.lang)))

    def action_toggle_progress(self) -> None:
        """Hide or show the progress picture (narrow terminals)."""
        side = self.query_one("#checkin-side")
        side.display = not side.display

    def action_close(self) -> None:
        """Back to where the user came from: answers are already saved, and a check-in closed
        without any answer changed nothing (None: nothing to reload)."""
        recorded = self.session is not None and self.session.recorded
        self.dismiss(self.session.version if self.session and recorded else None)
