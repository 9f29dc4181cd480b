"""The conversation screen's side of storage faults: a lasting notice, a recovery file, retries.

After every engine call the screen asks the engine how its last save went (`watch_faults`):

- not saved (a full or read-only disk, a busy database): the answers stay in memory, the plan
  goes to a recovery file when some disk takes it, a notice says why and where, and the save
  is tried again every RETRY_EVERY_S seconds (Ctrl+S: now). Once it works the notice says so,
  the recovery file goes, and the notice leaves.
- a conflict (another window saved this plan): the window turns read-only, the answer line is
  switched off, the plan with everything typed here goes to a recovery file, and the notice
  says how to continue.

Kept apart from the screen so the conversation screen's rework can carry it over as it is.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.screen import Screen
from textual.timer import Timer

from pop_assistent.errors import PopError
from pop_assistent.i18n import N_, Language, translations
from pop_assistent.recovery import drop_recovery, save_recovery
from pop_assistent.tui.widgets.fault_notice import FaultNotice
from pop_assistent.tui.widgets.history_input import HistoryInput

if TYPE_CHECKING:
    from pop_assistent.config import Settings
    from pop_assistent.dialogue.engine import Engine

RETRY_EVERY_S = 10.0
SAVED_NOTICE_S = 6.0


class FaultWatch(Screen[None]):
    """Mixed into the conversation screen; needs `engine`, `settings`, `lang` and `tr`."""

    BINDINGS = [Binding("ctrl+s", "retry_save", N_("Nu bewaren"), show=False)]

    engine: Engine | None
    settings: Settings
    lang: Language
    _retry_timer: Timer | None = None
    _recovery: Path | None = None

    def drop_first_words(self) -> None:  # pragma: no cover - overridden
        """Take away a greeting shown before the session was open (the conversation screen)."""

    def _notice(self) -> FaultNotice:
        found = self.query("#fault-notice")
        if found:
            return found.first(FaultNotice)
        notice = FaultNotice(id="fault-notice")
        self.query_one("#conversation").mount(notice, before=0)
        return notice

    def watch_faults(self) -> None:
        """Show (or clear) the notice for the engine's last save."""
        engine = self.engine
        if engine is None:
            return
        if engine.conflict is not None:
            self._recovery = save_recovery(engine.plan, self.settings) or self._recovery
            self._read_only(engine)
        elif engine.unsaved is not None:
            self._recovery = save_recovery(engine.plan, self.settings) or self._recovery
            self._not_saved(engine)
        elif self._retry_timer is not None or self._recovery is not None:
            self._saved_again(engine)

    def show_open_failure(self, error: PopError) -> None:
        """The plan could not be opened (a damaged or unreachable database...): say so where it
        stays in view, and close the answer line (there is nothing to answer yet)."""
        _ = translations(self.lang).gettext
        self.drop_first_words()
        self._notice().show(error.message(self.lang), "error")
        self._exit_note(error.message(self.lang))
        for answer in self.query("#answer").results(HistoryInput):
            closed = _("Niet geopend (zie hierboven); Ctrl+Q sluit")
            answer.set_texts(closed, closed)
            answer.disabled = True

    def action_retry_save(self) -> None:
        """Try the failed save again now (Ctrl+S; the timer does it every RETRY_EVERY_S)."""
        engine = self.engine
        if engine is not None and engine.unsaved is not None:
            engine.retry_save()
            self.watch_faults()

    def _not_saved(self, engine: Engine) -> None:
        assert engine.unsaved is not None
        _ = translations(self.lang).gettext
        seconds = int(RETRY_EVERY_S)
        reason = engine.unsaved.message(self.lang)
        if self._recovery:
            text = _(
                "{reason} Je antwoorden staan veilig in dit venster en in {file}; ik probeer "
                "het elke {seconds} seconden opnieuw (Ctrl+S: nu)."
            )
        else:
            text = _(
                "{reason} Je antwoorden staan veilig in dit venster; ik probeer het elke "
                "{seconds} seconden opnieuw (Ctrl+S: nu)."
            )
        text = text.format(reason=reason, file=self._recovery, seconds=seconds)
        self._notice().show(text, "warning")
        if self._recovery:
            self._exit_note(
                _(
                    "{reason} Je laatste antwoorden staan in {file}; zet ze terug met: "
                    "pop importeer {file}"
                ).format(reason=reason, file=self._recovery)
            )
        else:
            self._exit_note(reason)
        if self._retry_timer is None:
            self._retry_timer = self.set_interval(RETRY_EVERY_S, self.action_retry_save)

    def _read_only(self, engine: Engine) -> None:
        _ = translations(self.lang).gettext
        self._stop_retrying()
        plan_id = engine.plan.id
        kept = (
            _("Wat je hier typte, staat in {file} (pop toon of pop importeer leest het)").format(
                file=self._recovery
            )
            if self._recovery
            else _("Wat je hier typte, staat alleen in dit venster: neem het over voor je sluit")
        )
        text = _(
            "Alleen lezen: dit plan is intussen in een ander venster bewaard, dus dit venster "
            "bewaart niets meer. {kept}. Ga verder in het andere venster, of sluit dit "
            "venster (Ctrl+Q) en open het plan opnieuw met pop --plan {plan}."
        ).format(kept=kept, plan=plan_id)
        self._notice().show(text, "error")
        self._exit_note(
            _(
                "Dit venster was alleen-lezen: het plan werd intussen in een ander venster "
                "bewaard. {kept}. Open het plan opnieuw met pop --plan {plan}."
            ).format(kept=kept, plan=plan_id)
        )
        for answer in self.query("#answer").results(HistoryInput):
            closed = _("Alleen lezen (zie hierboven)")
            answer.set_texts(closed, closed)
            answer.disabled = True

    def _saved_again(self, engine: Engine) -> None:
        self._stop_retrying()
        drop_recovery(self._recovery)
        self._recovery = None
        self._exit_note(None)
        notice = self._notice()
        _ = translations(self.lang).gettext
        notice.show(
            _("Alles is weer bewaard (versie {version}).").format(version=engine.version), "ok"
        )
        self.set_timer(SAVED_NOTICE_S, lambda: notice.hide() if notice.level == "ok" else None)

    def _stop_retrying(self) -> None:
        if self._retry_timer is not None:
            self._retry_timer.stop()
            self._retry_timer = None

    def covered(self, warning: str) -> bool:
        """True when the notice already says `warning` (the chat need not repeat it)."""
        engine = self.engine
        fault = None if engine is None else (engine.conflict or engine.unsaved)
        return fault is not None and warning == fault.message(self.lang)

    def _exit_note(self, text: str | None) -> None:
        """What `pop` prints after the app closes, so the terminal keeps the way out."""
        setattr(self.app, "exit_note", text)  # noqa: B010 - PopApp.exit_note

    def on_unmount(self) -> None:
        """Closing with unsaved answers: one last try; the exit note says what remains."""
        self._stop_retrying()
        engine = self.engine
        if engine is not None and engine.unsaved is not None and engine.conflict is None:
            if engine.retry_save() is not None:
                drop_recovery(self._recovery)
                self._exit_note(None)
