"""Errors a user can cause, each carrying one clear sentence in Dutch and English.

Everything below the CLI and the TUI raises a `PopError` for mistakes a person can make
(an unknown plan, a broken file, a date that does not exist). The front ends catch it at the
boundary and show `error.message(lang)`; nothing else is ever shown as a traceback.
"""

from __future__ import annotations


class PopError(Exception):
    """A mistake a user can make or fix, explained in one sentence per language."""

    def __init__(self, nl: str, en: str | None = None) -> None:
        super().__init__(nl)
        self.nl = nl
        self.en = en if en is not None else nl

    def message(self, lang: str = "nl") -> str:
        """The sentence in the user's language (Dutch unless `lang` is "en")."""
        return self.en if lang == "en" else self.nl


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

    def __init__(self, nl: str, en: str | None = None, *, kind: str = "other") -> None:
        super().__init__(nl, en)
        self.kind = kind


class BusyError(StorageError):
    """Another program held the database longer than we were willing to wait."""

    def __init__(self, nl: str, en: str | None = None) -> None:
        super().__init__(nl, en, kind="busy")
