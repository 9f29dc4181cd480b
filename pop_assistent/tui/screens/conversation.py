"""The main screen: the conversation, the answer line, quick choices and the live plan.

The screen owns the dialogue engine: it forwards what the user sends and shows what comes
back. Opening the session (store, engine, templates) runs in a worker so the screen is up
and the user can start typing at once; anything sent before the engine is ready is queued.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Footer, Static

from pop_assistent.errors import PopError
from pop_assistent.i18n import N_, translations
from pop_assistent.tui.messages import AnswerSubmitted, NoteSubmitted, StructuredSubmitted
from pop_assistent.tui.palette import translate_bindings
from pop_assistent.tui.screens import conversation_keys as keys
from pop_assistent.tui.screens.conversation_faults import FaultWatch
from pop_assistent.tui.screens.conversation_followup import FollowUpActions, FollowUpCommand
from pop_assistent.tui.screens.conversation_start import StartPicker
from pop_assistent.tui.widgets.chat_log import ChatLog, Said
from pop_assistent.tui.widgets.choice_bar import ChoiceBar
from pop_assistent.tui.widgets.history_input import HistoryInput
from pop_assistent.tui.widgets.plan_panel import PlanPanel

if TYPE_CHECKING:
    from pop_assistent.config import Settings
    from pop_assistent.conversation.contract import Reply, Where
    from pop_assistent.dialogue.engine import Engine
    from pop_assistent.storage.base import PlanStore

TOOLS: dict[str, tuple[str, str]] = {
    # keyed by Widget values (a StrEnum), so the dialogue package loads after the first screen
    "skill_rater": (N_("F2 Vaardigheden beoordelen"), "screen.open_skills"),
    "catalogue_picker": (N_("F3 Catalogus openen"), "screen.open_catalogue"),
    "timeline": (N_("F4 Tijdlijn"), "screen.open_timeline"),
    "date": (N_("F4 Tijdlijn"), "screen.open_timeline"),
    "sign_off": (N_("F6 Ondertekenen"), "screen.sign_off"),
}


class ConversationScreen(FaultWatch, FollowUpActions, StartPicker):
    """Chat on the left, plan on the right, footer with keys below."""

    BINDINGS = keys.bindings()
    COMMANDS = {FollowUpCommand}

    def __init__(
        self,
        settings: Settings,
        *,
        today: date,
        plan_ref: str | None,
        coach_mode: bool,
        store: PlanStore | None,
        catalogue_loader: Callable[[], Any],
        fresh: bool = False,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.today = today
        self.lang = settings.language
        translate_bindings(self, self.lang)
        self.plan_ref = plan_ref
        self.fresh = fresh
        """A new plan even when there are plans to resume (`pop --nieuw`)."""
        self.coach_mode = coach_mode
        self.store = store
        self.catalogue_loader = catalogue_loader
        self.engine: Engine | None = None
        self._queued: list[str] = []

    def compose(self) -> ComposeResult:
        with Horizontal(id="top-bar"):
            yield Static("POP-assistent", id="step-bar")
        with Horizontal(id="main"):
            with Vertical(id="conversation"):
                said = self.first_words()
                look = None
                if said is not None:
                    from pop_assistent.tui import first_words

                    look = first_words.look(said, self.lang, self.coach_mode)
                chat = ChatLog(id="chat", first_words=said, first_look=look)
                self._first_words = chat.first_message
                yield chat
                yield Static("", id="instruction", classes="-empty", markup=False)
                yield ChoiceBar(id="choices", classes="-empty")
                placeholder, nudge = self.answer_texts()
                yield HistoryInput(placeholder=placeholder, nudge=nudge, id="answer")
            yield PlanPanel(id="plan-panel")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#answer").focus()
        # Paint the first frame before the worker's imports compete for the interpreter.
        self.call_after_refresh(self.open_engine)

    _first_words: Said | None = None
    """The greeting shown before the engine was open (tui/first_words.py), until it speaks."""

    def first_words(self) -> str | None:
        """A start that is sure to begin a new plan shows that plan's greeting on the first
        frame; the engine's own greeting takes its place once the session is open."""
        if self.store is not None or self.plan_ref is not None:
            return None  # a named plan, or a store handed in (tests, the demo): no guessing
        from pop_assistent.tui import first_words

        values = unvalidated(self.settings)
        if values is None:
            return None
        if not (self.fresh or self.coach_mode or first_words.surely_new(values)):
            return None
        return first_words.greeting(self.lang, self.coach_mode)

    def drop_first_words(self) -> None:
        """The start was not a new plan after all (plans to pick from, an error): take the
        early greeting away."""
        if self._first_words is not None:
            self.query_one(ChatLog).drop(self._first_words)
            self._first_words = None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Footer keys in the current language and width; notes only in coach mode."""
        if action == "keyed":
            enabled, action = keys.key_enabled(parameters, self.size.width)
            if not enabled:
                return False
        if action == "open_note":
            return self.engine is not None and self.engine.coach_mode
        return True

    async def action_keyed(self, width: str, action: str) -> None:
        """A footer key's labelled binding: run the key's own action."""
        await self.run_action(action)

    def on_resize(self) -> None:
        self.refresh_bindings()  # short labels below 100 columns, full ones above

    @work(thread=True, exclusive=True, group="session")
    def open_engine(self) -> None:
        """Open the store and the session off the UI thread, then greet."""
        try:
            if self.store is None:
                from pop_assistent.storage import open_store

                # impatient: a busy database must not freeze the screen; FaultWatch retries
                self.store = open_store(self.settings, patient=False)
                self.app.owned_store = self.store  # type: ignore[attr-defined]
            go_on, ref = self.start_ref(self.store)
            if not go_on:
                return  # several plans: the screen asks which one first
            if ref and self.review_shared(self.store, ref):
                return  # someone else's plan: review mode, no conversation
            from pop_assistent.dialogue.engine import open_session

            engine = open_session(
                self.store,
                ref,
                today=self.today,
                lang=self.lang,
                coach_mode=self.coach_mode,
                catalogue_loader=self.catalogue_loader,
                country=self.settings.country,
                legal_in_working_time=self.settings.legal_in_working_time,
                hours_per_day=self.settings.org.hours_per_day,
            )
        except PopError as error:
            self.app.call_from_thread(self.show_open_failure, error)
            return
        self.app.call_from_thread(self._engine_ready, engine)

    def _engine_ready(self, engine: Engine) -> None:
        self.engine = engine
        self.lang = engine.lang
        chat = self.query_one(ChatLog)
        if engine.plan.conversation.turns:
            self.drop_first_words()  # not a new plan after all: its conversation comes first
        for turn in engine.plan.conversation.turns[-6:]:
            if turn.speaker == "assistant":
                chat.add_assistant(turn.text)
            else:
                chat.add_user(turn.text, coach=turn.speaker == "coach")
        reply = engine.start()
        note = self.resumed_note()
        if note:  # one first message: which plan opened, then the engine's welcome back
            reply = replace(reply, message=f"{note}\n\n{reply.message}")
        self.show_reply(reply)
        self.refresh_bindings()
        self.load_background()
        queued, self._queued = self._queued, []
        for text in queued:  # typed before the session was open: shown already, answer it now
            self.call_engine(partial(answer_with, text=text))

    @work(thread=True, exclusive=True, group="background")
    def load_background(self) -> None:
        """Warm the catalogue and look up due reminders without blocking the screen."""
        _ = translations(self.lang).gettext
        try:
            catalogue = self.catalogue_loader()
        except Exception:  # noqa: BLE001 - the engine works without a catalogue
            catalogue = None
        notice = getattr(catalogue, "notice", None)
        text = notice(self.lang) if callable(notice) else None
        chat = self.query_one("#chat", ChatLog)
        if text:  # part of the organisation's catalogue was left out: say so, once, in the
            # conversation (a toast would cover the answer buttons)
            self.app.call_from_thread(chat.add_notice, text, True)
        engine = self.engine
        if engine is None:
            return
        from pop_assistent.export.texts import short_date
        from pop_assistent.planning.due import due_items

        items = due_items(
            [engine.plan], self.today, self.settings.reminder_days, self.settings.country
        )
        if items:
            lang = self.lang
            lines = [  # the bubble's one ⚠ covers them all; a late line says how late
                f"{short_date(i.date, lang)} · {i.what(lang)}"
                + (f": {i.title}" if i.title else "")
                + (f" ({i.lateness(lang)})" if i.overdue else "")
                for i in items[:5]
            ]
            more = len(items) - len(lines)
            if more > 0:
                lines.append(_("… en nog {count}").format(count=more))
            title = _("Binnenkort of te laat:")
            # in the conversation, not a toast: a toast covered the plan and its buttons
            self.app.call_from_thread(chat.add_notice, "\n".join([title, *lines]), True)
        from pop_assistent.advice import warm
        from pop_assistent.catalogue import Catalogue

        if isinstance(catalogue, Catalogue):  # the advice's word lists load here, not later
            warm(catalogue)
        from pop_assistent.tui.memory import settle_after_start

        settle_after_start()  # the start is done: out of the garbage collector's way

    @on(AnswerSubmitted)
    def _on_answer(self, event: AnswerSubmitted) -> None:
        event.stop()
        self.send_text(event.text)
        self.query_one("#answer").focus()  # after a quick-answer button, typing goes on here

    @on(PlanPanel.ItemClicked)
    def _on_item_clicked(self, event: PlanPanel.ItemClicked) -> None:
        event.stop()
        self.action_edit_plan(event.key)

    @on(StructuredSubmitted)
    def _on_structured(self, event: StructuredSubmitted) -> None:
        event.stop()
        self.call_engine(lambda engine: engine.answer_structured(event.answer))

    @on(NoteSubmitted)
    def _on_note(self, event: NoteSubmitted) -> None:
        event.stop()
        self.call_engine(
            lambda engine: engine.add_note(
                event.text, goal_id=event.goal_id, private=event.private, author=event.author
            )
        )

    def send_text(self, text: str) -> None:
        """Show the user's words literally, then let the engine answer."""
        from pop_assistent.model.clean import clean_text

        text = clean_text(text)  # a pasted lone surrogate must not reach the terminal
        self.query_one(ChatLog).add_user(text, coach=False)
        if self.engine is None and self.take_pick(text):
            return
        if self.engine is None:
            self._queued.append(text)
            return
        self.call_engine(lambda engine: engine.answer(text))

    def call_engine(self, call: Callable[[Engine], Reply]) -> None:
        """Run one engine call; a mistake the user can make becomes a notification."""
        _ = translations(self.lang).gettext
        if self.engine is None:
            self.notify(_("Even geduld, de assistent start nog."))
            return
        try:
            reply = call(self.engine)
        except PopError as error:
            self.notify(error.message(self.lang), severity="error")
            self.watch_faults()
            return
        finally:
            self.store_notices()
        self.show_reply(reply)
        self.watch_faults()

    def store_notices(self) -> None:
        """What the store has to say (the shared database went away, is back, refused a
        signature), once each."""
        from pop_assistent.storage import take_notices

        if self.store is not None:
            for notice in take_notices(self.store):
                self.notify(notice.message(self.lang), severity="warning", timeout=12)

    def show_reply(self, reply: Reply) -> None:
        """Show the assistant's message, the fitting quick answers and the plan as it is now."""
        _ = translations(self.lang).gettext
        self.last_reply = reply
        chat = self.query_one(ChatLog)
        if self._first_words is not None:  # the greeting is on screen already
            chat.say_instead(self._first_words, reply.message)
            self._first_words = None
        else:
            chat.add_assistant(reply.message)
        for warning in reply.warnings:
            if not self.covered(warning):  # a fault's sentence stays in the notice above
                chat.add_warning(warning)
        tools: list[tuple[str, str]] = []
        tool = TOOLS.get(reply.widget)
        if tool is not None:
            tools.append((_(tool[0]), tool[1]))
        if reply.finished:
            # A button under the closing message, not a toast: a toast would cover its last lines.
            tools.append((_("F7 Plan exporteren"), "screen.export"))
        self.query_one(ChoiceBar).show(reply.choices, tools, reply.instruction)
        if reply.instruction != getattr(self, "_instruction", ""):
            self._instruction = reply.instruction
            pinned = self.query_one("#instruction", Static)
            pinned.update(Content(reply.instruction))  # kept in view under a long list
            pinned.set_class(not reply.instruction, "-empty")
        self.refresh_plan(reply.where)
        if self.engine is not None and self.engine.version is not None:
            self.app.saved_plan = self.engine.plan.id  # type: ignore[attr-defined]

    def refresh_plan(self, where: Where | None = None) -> None:
        """Redraw the plan panel and the step bar from the engine's plan."""
        _ = translations(self.lang).gettext
        if self.engine is None:
            return
        where = where or self.engine.where()
        name = self.engine.plan.employee.name
        coach = _("  · coachmodus") if self.engine.coach_mode else ""
        label = _("Stap")
        who = f"{name} · " if name.strip() not in ("", "?") else ""
        bar = f"POP-assistent · {who}{label} {where.number}/{where.count}: {where.title}{coach}"
        if bar != getattr(self, "_bar", None):
            self._bar = bar
            self.query_one("#step-bar", Static).update(Content(bar), layout=False)  # 1 line
        self.query_one(PlanPanel).show(
            self.engine.plan, self.lang, where.title, self.engine.legal_in_working_time
        )


def unvalidated(settings: Any) -> dict[str, Any] | None:
    """The settings as plain values, without validating them (DeferredSettings), or None when
    they cannot be read (a broken config: the session worker says why)."""
    if hasattr(type(settings), "unvalidated"):  # DeferredSettings
        return settings.unvalidated
    return {"database_url": settings.database_url, "data_dir": settings.data_dir}


def answer_with(engine: Engine, text: str) -> Reply:
    """The engine's reply to a typed answer."""
    return engine.answer(text)
