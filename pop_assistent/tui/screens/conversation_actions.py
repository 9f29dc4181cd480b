"""The conversation screen's key and palette actions: modals, export, language, coach mode."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work
from textual.screen import Screen
from textual.widgets import ProgressBar

from pop_assistent.errors import PopError
from pop_assistent.i18n import Language, language_or_source, translations
from pop_assistent.tui.messages import AnswerSubmitted, NoteSubmitted, StructuredSubmitted
from pop_assistent.tui.widgets.chat_log import ChatLog
from pop_assistent.tui.widgets.history_input import HistoryInput

if TYPE_CHECKING:
    from collections.abc import Callable

    from pop_assistent.config import Settings
    from pop_assistent.conversation.contract import Reply, Where
    from pop_assistent.dialogue.engine import Engine
    from pop_assistent.dialogue.types import SignOffAnswer, SkillsAnswer, StructuredAnswer
    from pop_assistent.model import Plan
    from pop_assistent.storage.base import PlanStore

EXPORT_FORMATS = ("md", "html", "pdf", "ics")


class ConversationActions(Screen[None]):
    """Actions bound to keys, buttons and palette commands; each forwards to the engine."""

    engine: Engine | None
    lang: Language
    today: date
    settings: Settings
    store: PlanStore | None

    def call_engine(self, call: Callable[[Engine], Reply]) -> None:  # pragma: no cover
        raise NotImplementedError

    def refresh_plan(self, where: Where | None = None) -> None:  # pragma: no cover
        raise NotImplementedError

    def show_reply(self, reply: Reply) -> None:  # pragma: no cover
        raise NotImplementedError

    def _ready(self) -> Engine | None:
        _ = translations(self.lang).gettext
        if self.engine is None and getattr(self, "_picking", None) is not None:
            self.notify(_("Kies eerst een plan uit de lijst."))
        elif self.engine is None:
            self.notify(_("Even geduld, de assistent start nog."))
        return self.engine

    def _structured(self, answer: StructuredAnswer | None) -> None:
        if answer is not None:
            self.post_message(StructuredSubmitted(answer))

    def action_help(self) -> None:
        from pop_assistent.tui.screens.help import HelpModal

        self.app.push_screen(HelpModal(self.lang))

    def action_undo(self) -> None:
        self.call_engine(lambda engine: engine.undo())

    def action_go_to(self, step: str) -> None:
        from pop_assistent.dialogue.types import Step

        self.call_engine(lambda engine: engine.go_to(Step(step)))

    def action_open_skills(self) -> None:
        if (engine := self._ready()) is None:
            return
        from pop_assistent.tui.screens.skill_rater import SkillRaterModal

        def done(answer: SkillsAnswer | None) -> None:
            self._structured(answer)

        self.app.push_screen(SkillRaterModal(list(engine.plan.skills), self.lang), done)

    def action_open_catalogue(self) -> None:
        if (engine := self._ready()) is None:
            return
        from pop_assistent.tui.screens.catalogue_picker import CataloguePickerModal

        try:
            recommended = [r.item for r in engine.recommendations()]
        except PopError as error:
            self.notify(error.message(self.lang), severity="error")
            recommended = []
        from pop_assistent.dialogue.types import Step

        picking = engine.step is Step.resources
        self.app.push_screen(
            CataloguePickerModal(engine.search_catalogue, recommended, self.lang, today=self.today),
            self._structured if picking else self._browsed,
        )

    def _browsed(self, answer: StructuredAnswer | None) -> None:
        """The catalogue was opened to look around, at a step where nothing is picked yet."""
        _ = translations(self.lang).gettext
        if answer is not None:
            self.notify(
                _(
                    "Leermiddelen kies je bij de stap 'Leermiddelen'; "
                    "open de catalogus daar opnieuw met F3."
                ),
                timeout=8,
            )

    def action_open_timeline(self) -> None:
        if (engine := self._ready()) is None:
            return
        from pop_assistent.tui.screens.timeline import TimelineModal

        try:
            workload = engine.workload()
        except PopError as error:
            self.notify(error.message(self.lang), severity="error")
            workload = None
        self.app.push_screen(
            TimelineModal(list(engine.plan.actions), self.today, self.lang, workload)
        )

    def action_open_note(self) -> None:
        if (engine := self._ready()) is None:
            return
        from pop_assistent.tui.screens.note import NoteModal

        goals = [(goal.id, goal.text) for goal in engine.plan.goals]

        def done(note: NoteSubmitted | None) -> None:
            if note is not None:
                self.post_message(note)

        # No author: the engine signs with the coach (coach mode) or the employee.
        shared = bool(self.settings.database_url)  # the shared store: a private note is the
        # author's alone; on the employee's own machine the employee can read it
        modal = NoteModal(goals, self.lang, goal_id=engine.current_goal_id(), shared=shared)
        self.app.push_screen(modal, done)

    def action_open_notes(self) -> None:
        """Read, rewrite or remove the plan's notes; a change is sent to the engine, which
        saves it as a new version and says so in the conversation."""
        if (engine := self._ready()) is None:
            return
        from pop_assistent.tui.screens.notes import NoteChange, NotesModal

        shared = bool(self.settings.database_url)  # notes there are rows this app only adds

        def apply(change: NoteChange) -> Callable[[Engine], Reply]:
            if change.kind == "edit":
                return lambda e: e.edit_note(change.note_id, change.text, shared=shared)
            return lambda e: e.remove_note(change.note_id, shared=shared)

        def done(changes: list[NoteChange] | None) -> None:
            for change in changes or []:
                self.call_engine(apply(change))

        self.app.push_screen(NotesModal(engine.note_rows(shared), self.lang), done)

    def action_sign_off(self) -> None:
        if (engine := self._ready()) is None:
            return
        from pop_assistent.model import SignerRole
        from pop_assistent.tui.screens.sign_off import SignOffModal

        emp = engine.plan.employee
        role = SignerRole.coach if emp.coach and not emp.manager else SignerRole.manager
        name = emp.manager if role == SignerRole.manager else emp.coach
        modal = SignOffModal(emp.name, name, self.lang, role)

        def done(answer: SignOffAnswer | None) -> None:
            self._structured(answer)

        self.app.push_screen(modal, done)

    def action_edit_plan(self, selected: str | None = None) -> None:
        """Change or remove a goal, action or skill: the modal answers with a command in words
        ('schrap actie 2'), sent as if typed, so it shows in the conversation and can be undone."""
        if (engine := self._ready()) is None:
            return
        from pop_assistent.tui.screens.plan_items import PlanItemsModal

        def done(command: str | None) -> None:
            if command:
                self.post_message(AnswerSubmitted(command))

        self.app.push_screen(PlanItemsModal(engine.plan, self.lang, selected), done)

    def action_toggle_plan(self) -> None:
        self.query_one("#plan-panel").toggle_class("-toggled")
        chat = self.query_one("#chat")
        self.call_after_refresh(chat.scroll_end, animate=False)  # reflowed text: stay at the end

    def action_scroll_chat(self, direction: int) -> None:
        """Page through the conversation while the answer line keeps the focus."""
        chat = self.query_one("#chat")
        if direction < 0:
            chat.scroll_page_up(animate=False)
        else:
            chat.scroll_page_down(animate=False)

    def action_toggle_coach(self) -> None:
        if (engine := self._ready()) is None:
            return
        toggle = getattr(engine, "toggle_coach_mode", None)
        if callable(toggle):
            self.call_engine(lambda e: toggle())
        else:
            engine.coach_mode = not engine.coach_mode
            self.refresh_plan()
        on = engine.coach_mode
        self.refresh_bindings()
        _ = translations(self.lang).gettext
        self.notify(_("Coachmodus aan") if on else _("Coachmodus uit"))

    def action_set_language(self, lang: Language) -> None:
        """Switch the assistant, the footer labels and the answer line's texts."""
        if (engine := self._ready()) is None:
            return
        self.lang = language_or_source(lang)  # the reply's buttons already in the new one
        self.call_engine(lambda e: e.set_language(lang))
        self.lang = engine.lang
        use_language = getattr(self.app, "use_language", None)
        if callable(use_language):
            use_language(self.lang)
        from pop_assistent.tui.palette import translate_bindings

        translate_bindings(self, self.lang)
        self.refresh_plan()
        self.refresh_bindings()
        self.query_one("#answer", HistoryInput).set_texts(*self.answer_texts())

    def answer_texts(self) -> tuple[str, str]:
        """The answer line's placeholder, and its hint after Enter on an empty line."""
        _ = translations(self.lang).gettext
        return (
            _("Typ je antwoord en druk Enter"),
            _("Typ eerst je antwoord, dan Enter (F1: hulp)"),
        )

    def action_export(self, fmt: str = "") -> None:
        if (engine := self._ready()) is None:
            return
        from pop_assistent.tui.screens.export import ExportModal

        stem = engine.plan.id or "pop"
        default = Path.cwd() / f"POP-{stem}-{self.today.isoformat()}"

        def done(choice: tuple[str, Path, str] | None) -> None:
            if choice is not None:
                self.export_plan(engine.plan, *choice)  # the plan as it is now, read here

        self.app.push_screen(ExportModal(fmt or "pdf", default, self.lang), done)

    def _set_busy(self, on: bool) -> None:
        """An indeterminate progress bar in the top bar while an export renders."""
        for bar in self.query("#busy"):
            bar.remove()
        if on:
            busy = ProgressBar(total=None, show_eta=False, show_percentage=False, id="busy")
            self.query_one("#top-bar").mount(busy)

    @work(thread=True, exclusive=True, group="export")
    def export_plan(self, plan: Plan, fmt: str, path: Path, version: str = "volledig") -> None:
        """Render the plan (PDF can take a second) and write it owner-only."""
        self.app.call_from_thread(self._set_busy, True)
        try:
            from pop_assistent.export import export_plan
            from pop_assistent.export.ical import calendar_history
            from pop_assistent.files import write_file

            history = None
            if fmt == "ics" and self.store is not None:  # updates and cancels earlier events
                history = calendar_history(self.store, plan, self.lang, self.settings.country)
            data: Any = export_plan(
                plan,
                fmt,
                today=self.today,
                lang=self.lang,
                version=version,
                settings=self.settings,
                history=history,
            )
            write_file(path, data if isinstance(data, str) else bytes(data))
        except PopError as error:
            self.app.call_from_thread(self.notify, error.message(self.lang), severity="error")
            return
        finally:
            self.app.call_from_thread(self._set_busy, False)
        saved = translations(self.lang).gettext("Opgeslagen: {path}").format(path=path)
        if fmt == "pdf":
            from pop_assistent.export.pdf_fonts import missing_fonts_note

            note = missing_fonts_note(plan.model_dump_json(), self.lang)
            saved = f"{saved}\n{note}" if note else saved
        self.app.call_from_thread(self._exported, saved)

    def _exported(self, text: str) -> None:
        """Where the file went, as a line in the conversation: a toast would cover its end."""
        self.query_one("#chat", ChatLog).add_notice(text)
