"""`pop`'s settings for the first frame: read without pydantic, validated on first use.

Sits above `config` (which imports pydantic); `config` itself imports only `config_reader`.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from pop_assistent.config_reader import as_date, read_config_values
from pop_assistent.errors import PopError
from pop_assistent.i18n import Language, language_from_env, language_or_source

if TYPE_CHECKING:
    from pop_assistent.config import Settings


class DeferredSettings:
    """The settings of `pop`: first-frame values now, the validated `Settings` on first use.

    Every attribute that is not one of the four first-frame values comes from the full,
    validated `Settings`; a broken config raises the same `InvalidDataError` as
    `load_settings`, at that first use (the app's session worker shows it as a notification).
    """

    def __init__(
        self, overrides: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None
    ) -> None:
        self._lock = threading.Lock()
        self._settings: Settings | None = None
        self._error: PopError | None = None
        try:
            values = read_config_values(env)
        except PopError as error:
            self._error = error
            values = {"language": language_from_env(env)}
        values.update(overrides or {})
        self._values = values
        language = values.get("language")
        self.language: Language = language_or_source(
            language if isinstance(language, str) else None
        )
        theme = values.get("theme")
        self.theme: str = theme if isinstance(theme, str) else "textual-dark"
        self.coach_mode: bool = values.get("coach_mode") is True
        self.today: date | None = as_date(values.get("today"))

    @property
    def unvalidated(self) -> dict[str, Any] | None:
        """config.toml and the environment as plain values (None when config.toml is broken)."""
        return None if self._error is not None else dict(self._values)

    def today_or_now(self) -> date:
        """The injected date, or the real one."""
        return self.today or date.today()

    def load(self) -> Settings:
        """The full settings, validated once (thread-safe); raises InvalidDataError if broken."""
        with self._lock:
            if self._settings is None:
                if self._error is not None:
                    raise self._error
                # Here, not at the top: pydantic stays out of the first frame.
                from pop_assistent.config import validate_settings

                try:
                    self._settings = validate_settings(self._values)
                except PopError as error:
                    self._error = error
                    raise
            return self._settings

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.load(), name)
