"""The Textual app: wires settings, store and catalogue into the conversation screen.

`make_app` is the single factory used by the CLI and by every test. Nothing heavy is imported
here (not even pydantic, with `pop`'s DeferredSettings): settings validation, the store, the
engine and the catalogue are done by the screen's workers once the first screen is up.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from textual.app import App, SystemCommand
from textual.notifications import SeverityLevel
from textual.screen import Screen

if TYPE_CHECKING:
    from rich.text import Text

    from pop_assistent.config import Settings
    from pop_assistent.deferred_settings import DeferredSettings
    from pop_assistent.i18n import Language
    from pop_assistent.storage.base import PlanStore


class CachedLoader:
    """Loads the catalogue once, from whichever thread asks first; later calls reuse it."""

    def __init__(self, load: Callable[[], Any]) -> None:
        self._load = load
        self._lock = threading.Lock()
        self._value: Any = None
        self._done = False

    def __call__(self) -> Any:
        with self._lock:
            if not self._done:
                self._value = self._load()
                self._done = True
            return self._value


def default_catalogue_loader(settings: Settings, today: date) -> Callable[[], Any]:
    """The organisation's catalogue (settings.catalogue_dir) or the one shipped with the program."""

    def load() -> Any:
        from pop_assistent.catalogue import load_catalogue
        from pop_assistent.paths import resource_dir

        return load_catalogue(settings.catalogue_dir or resource_dir("catalogus"), today=today)

    return load


class PopApp(App[None]):
    """POP-assistent: a conversation that ends in a personal development plan."""

    CSS_PATH = "app.tcss"
    TITLE = "POP-assistent"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]

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
        self.plan_ref = plan_ref
        self.fresh = fresh
        self.coach_mode = coach_mode
        self.store = store
        self.owned_store: PlanStore | None = None
        self.saved_plan: str | None = None
        """The id of the plan the conversation saved (for the goodbye line after quitting)."""
        self.waiting_saves = 0
        self.catalogue_loader = CachedLoader(catalogue_loader)
        self.theme = settings.theme if settings.theme in self.available_themes else "textual-dark"
        self.exit_note: str | None = None
        """Printed by `pop` after the app closes: what was not saved, and where it is."""
        self.use_language(settings.language)

    def use_language(self, lang: Language) -> None:
        """Textual's own texts (the palette's and its footer label) in `lang`."""
        from pop_assistent.tui.palette import label_palette_key

        label_palette_key(self, lang)

    def action_command_palette(self) -> None:
        """The command palette, in the language of the screen."""
        from textual.command import CommandPalette

        from pop_assistent.tui.palette import PopCommandPalette

        if self.use_command_palette and not CommandPalette.is_open(cast(Any, self)):
            lang = getattr(self.screen, "lang", self.settings.language)
            self.push_screen(PopCommandPalette(lang))

    def get_default_screen(self) -> Screen[Any]:
        from pop_assistent.tui.screens.conversation import ConversationScreen

        screen = ConversationScreen(
            self.settings,
            today=self.today,
            plan_ref=self.plan_ref,
            coach_mode=self.coach_mode,
            store=self.store,
            catalogue_loader=self.catalogue_loader,
            fresh=self.fresh,
        )
        # The class Textual's breakpoints would add on the first resize, set before the first
        # layout: otherwise the whole screen is restyled and laid out again right after it.
        width = self.size.width
        for minimum, name in sorted(self.HORIZONTAL_BREAKPOINTS, reverse=True):
            if width >= minimum:
                screen.add_class(name)
                break
        return screen

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Palette commands: steps, export, language, coach mode, theme, quit."""
        from pop_assistent.i18n import translations

        lang = getattr(screen, "lang", self.settings.language)
        _ = translations(lang).gettext
        if hasattr(screen, "action_go_to"):
            from pop_assistent.dialogue.types import STEP_ORDER, step_title

            for step in STEP_ORDER:
                yield SystemCommand(
                    _("Ga naar: {step}").format(step=step_title(step, lang)),
                    _("Spring naar deze stap"),
                    partial(screen.action_go_to, step.value),
                )
            for fmt, name in (("md", "Markdown"), ("html", "HTML"), ("pdf", "PDF"), ("ics", "ICS")):
                yield SystemCommand(
                    _("Exporteer: {format} (.{extension})").format(format=name, extension=fmt),
                    _("Bewaar het plan als bestand"),
                    partial(screen.action_export, fmt),  # type: ignore[attr-defined]
                )
            for code, name in (("nl", "Nederlands"), ("en", "English")):
                yield SystemCommand(
                    _("Taal: {language}").format(language=name),
                    _("Wissel de taal van de assistent"),
                    partial(screen.action_set_language, code),  # type: ignore[attr-defined]
                )
            yield SystemCommand(
                _("Notities"),
                _("Lees, wijzig of verwijder de notities (Ctrl+N)"),
                screen.action_open_notes,  # type: ignore[attr-defined]
            )
            yield SystemCommand(
                _("Coachmodus aan/uit"),
                _("Coachvragen, notities en ondertekening"),
                screen.action_toggle_coach,  # type: ignore[attr-defined]
            )
        yield SystemCommand(
            _("Thema: licht"), "textual-light", partial(self._set_theme, "textual-light")
        )
        yield SystemCommand(
            _("Thema: donker"), "textual-dark", partial(self._set_theme, "textual-dark")
        )
        yield SystemCommand(_("Hulp"), _("Toetsen en tips"), partial(self._screen_action, "help"))
        yield SystemCommand(_("Afsluiten"), "Ctrl+Q", self.exit)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Notifications show text literally by default: they often quote what the user typed."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def _set_theme(self, name: str) -> None:
        self.theme = name

    def _screen_action(self, name: str) -> None:
        action = getattr(self.screen, f"action_{name}", None)
        if callable(action):
            action()

    def on_unmount(self) -> None:
        if self.owned_store is not None:
            from pop_assistent.storage import waiting_saves

            self.waiting_saves = waiting_saves(self.owned_store)  # the CLI says so after exit
            self.owned_store.close()

    def _handle_exception(self, error: Exception) -> None:
        """The app's error boundary: an unexpected error closes the app with one sentence.

        Textual's own fatal screen prints a traceback with local variables, that is with the
        plan in it (names, goals, signatures). Textual has no public hook for this, so this
        one method is overridden; POP_DEBUG=1 keeps Textual's traceback for developers.
        """
        import os

        if os.environ.get("POP_DEBUG"):
            super()._handle_exception(error)
            return
        super()._handle_exception(AppCrash(error, self.settings.language, self.exit_note))


class AppCrash(Exception):
    """An unexpected error, shown on exit as one sentence: its kind, never its text."""

    def __init__(self, error: BaseException, lang: Language, note: str | None) -> None:
        super().__init__(type(error).__name__)
        self.__cause__ = error
        from pop_assistent.i18n import translations

        text = (
            translations(lang)
            .gettext(
                "pop: Er ging iets mis dat niet had mogen gebeuren ({kind}); de assistent is "
                "gesloten. Alles wat al bewaard was, blijft bewaard. Meld het; met POP_DEBUG=1 "
                "zie je de details."
            )
            .format(kind=type(error).__name__)
        )
        self.sentence = text if note is None else f"{text}\n{note}"

    def __rich__(self) -> Text:
        from rich.text import Text

        return Text(self.sentence)  # literal: a path in the note may hold [brackets]


def make_app(
    settings: Settings | DeferredSettings,
    *,
    plan_ref: str | None = None,
    coach_mode: bool = False,
    store: PlanStore | None = None,
    catalogue_loader: Callable[[], Any] | None = None,
    today: date | None = None,
    fresh: bool = False,
) -> PopApp:
    """Build the app; the CLI and every test go through here.

    `pop` passes DeferredSettings: language, theme and coach mode are read without pydantic,
    and the rest is validated on first use, in the session worker after the first frame (a
    broken config.toml then shows as a notification). It answers every Settings attribute.
    Without `plan_ref` the one plan in the store is resumed and several are offered to pick
    from; `fresh` (`pop --nieuw`) starts a new plan all the same.
    """
    day = today or settings.today_or_now()
    settings = cast("Settings", settings)
    return PopApp(
        settings,
        today=day,
        plan_ref=plan_ref,
        coach_mode=coach_mode or settings.coach_mode,
        store=store,
        catalogue_loader=catalogue_loader or default_catalogue_loader(settings, day),
        fresh=fresh,
    )
