"""What every subcommand receives: settings, language, output streams and a lazy store."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO

from pop_assistent.config import Settings
from pop_assistent.i18n import N_, Language, say, translations

if TYPE_CHECKING:
    from pop_assistent.storage.base import PlanStore


@dataclass
class Context:
    """Passed to each command function; opens the store only when a command needs it."""

    settings: Settings
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    _store: PlanStore | None = None

    @property
    def lang(self) -> Language:
        """The user's language."""
        return self.settings.language

    def gettext(self, message: str) -> str:
        """`message` (Dutch) in the user's language, from the gettext catalogue."""
        return translations(self.lang).gettext(message)

    def store(self) -> PlanStore:
        """The plan store chosen by the settings (opened on first use)."""
        if self._store is None:
            from pop_assistent.storage import open_store

            self._store = open_store(self.settings, on_wait=self._say_waiting)
        return self._store

    def _say_waiting(self) -> None:
        """A busy database: say that we wait, so no one thinks the program hangs."""
        print(
            say(
                self.lang,
                N_(
                    "De database is bezet door een ander programma; ik wacht tot het klaar is "
                    "(Ctrl+C stopt)…"
                ),
            ),
            file=self.err,
            flush=True,
        )

    def close(self) -> None:
        """Say what the store has to tell (a lost connection, a refused signature), close it."""
        if self._store is not None:
            from pop_assistent.storage import take_notices, waiting_saves

            for notice in take_notices(self._store):
                print(f"pop: {notice.message(self.lang)}", file=self.err)
            waiting = waiting_saves(self._store)
            if waiting:
                print(
                    say(
                        self.lang,
                        N_(
                            "pop: {waiting} wijziging(en) wachten op deze computer op de gedeelde "
                            "database; ze worden verstuurd bij je volgende 'pop'-opdracht."
                        ),
                        waiting=waiting,
                    ),
                    file=self.err,
                )
            self._store.close()
            self._store = None
