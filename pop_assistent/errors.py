"""Errors a user can cause, each carrying one clear sentence, translated when it is shown.

Everything below the CLI and the TUI raises a `PopError` for mistakes a person can make
(an unknown plan, a broken file, a date that does not exist). The error carries the Dutch
sentence (the gettext msgid, marked with `N_`) and its named values; the front ends catch it
at the boundary and show `error.message(lang)`; nothing else is ever shown as a traceback.

    raise PopError(N_("De map {folder} bestaat niet."), folder=path.parent)
"""

from __future__ import annotations

from pop_assistent.i18n import SOURCE_LANGUAGE, Language, Message


class PopError(Exception):
    """A mistake a user can make or fix, explained in one sentence (translated on demand)."""

    def __init__(self, msgid: str, /, **params: object) -> None:
        self.sentence = Message(msgid, **params)
        super().__init__(self.sentence.message(SOURCE_LANGUAGE))

    def message(self, lang: Language = SOURCE_LANGUAGE) -> str:
        """The sentence in `lang` (Dutch where that language has no translation of it)."""
        return self.sentence.message(lang)


class PlanNotFoundError(PopError):
    """No plan matches the id or name the user gave."""


class AmbiguousPlanError(PopError):
    """Several plans match the name or prefix the user gave."""


class ConflictError(PopError):
    """The plan was saved by someone else since this session loaded it."""


class InvalidDataError(PopError):
    """A file or an answer does not describe a valid plan (or catalogue entry)."""


class StorageError(PopError):
    """The disk or the database could not do what was asked: full, read-only, no access,
    damaged, busy. Nothing half-done was kept; `kind` tells a front end what happened (a full
    disk or a busy database may pass, so the app keeps the answer and tries again)."""

    def __init__(self, msgid: str, /, *, kind: str = "other", **params: object) -> None:
        super().__init__(msgid, **params)
        self.kind = kind


class BusyError(StorageError):
    """Another program held the database longer than we were willing to wait."""

    def __init__(self, msgid: str, /, **params: object) -> None:
        super().__init__(msgid, kind="busy", **params)
