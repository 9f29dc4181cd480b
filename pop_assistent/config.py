"""Settings: one pydantic model, loaded once by the CLI and passed down.

Sources, later ones winning: defaults, `config.toml` in the user's config directory, then the
environment (POP_TAAL, POP_DATA_DIR, POP_DATABASE_URL, POP_CATALOGUS, POP_LAND, POP_VANDAAG).
Reading them is `config_reader.read_config_values` (no pydantic, so `pop` can paint its first
frame first); this module validates.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pop_assistent.config_reader import ENV_KEYS, read_config_values
from pop_assistent.errors import InvalidDataError
from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, available_languages, is_available

__all__ = ["ENV_KEYS", "OrgSettings", "Settings", "load_settings", "validate_settings"]


class OrgSettings(BaseModel):
    """Settings for the organisation's training plan (opleidingsplan)."""

    model_config = ConfigDict(extra="forbid")

    name: str = "Onze organisatie"
    """Name of the organisation, shown on the training plan."""
    vision: str = (
        "Leren is een investering in de toekomst: elke medewerker krijgt tijd en middelen "
        "om te groeien, in lijn met de doelen van de organisatie."
    )
    """The organisation's vision on learning (step 1 of the training plan)."""
    budgets_eur: dict[str, float] = Field(default_factory=dict)
    """Available training budget per department, in euro excl. VAT."""
    training_days_target: float = 5.0
    """Target number of training days per full-time employee per year."""
    hours_per_day: float = 7.6
    """Working hours in one training day."""
    min_group_size: int = Field(default=5, ge=3)
    """Works-council version: the fewest people a cell may cover (never below 3)."""
    max_person_share: float = Field(default=0.5, gt=0.0, le=0.9)
    """Works-council version: an amount one person makes up more of than this is not shown."""


class Settings(BaseModel):
    """Everything the user can configure."""

    model_config = ConfigDict(extra="forbid")

    language: Language = SOURCE_LANGUAGE
    """Language of everything the user reads: Dutch or any language with a catalogue."""
    data_dir: Path | None = None
    """Where the embedded store lives; None means the platform's user data directory."""
    database_url: str | None = None
    """A postgresql:// URL selects the shared store instead of the embedded SQLite one."""
    catalogue_dir: Path | None = None
    """The organisation's catalogue folder; None means the catalogue shipped with the program."""
    country: Literal["BE", "NL"] = "BE"
    """Country whose public holidays the planning and reminders avoid."""
    check_in_every_months: int = Field(default=3, ge=1, le=24)
    """Default interval between check-ins."""
    legal_in_working_time: bool = True
    """Legally required training counts as working time, not as the person's own learning hours."""
    reminder_days: int = Field(default=14, ge=0, le=365)
    """How many days ahead `pop herinneringen` and the app look for due items."""
    coach_mode: bool = False
    """Start the conversation in coach mode."""
    theme: str = "textual-dark"
    """Textual theme of the app."""
    today: date | None = None
    """Freeze 'today' (tests, demos); None means the real date."""
    org: OrgSettings = Field(default_factory=OrgSettings)
    """Settings for the organisation's training plan."""

    def today_or_now(self) -> date:
        """The injected date, or the real one."""
        return self.today or date.today()


def load_settings(
    env: Mapping[str, str] | None = None, config_file: Path | None = None
) -> Settings:
    """Read config.toml (if present) and the environment into one validated Settings."""
    return validate_settings(read_config_values(env, config_file))


def validate_settings(values: Mapping[str, Any]) -> Settings:
    """Validate plain values (from `read_config_values`); mistakes become one Dutch sentence."""
    language = values.get("language", SOURCE_LANGUAGE)
    if not isinstance(language, str) or not is_available(language):
        raise InvalidDataError(
            N_("De taal '{language}' ken ik niet; kies uit: {languages}."),
            language=language,
            languages=", ".join(available_languages()),
        )
    try:
        return Settings.model_validate(values)
    except ValidationError as exc:
        from pop_assistent.model.explain import explain

        raise InvalidDataError(
            N_("De instellingen kloppen niet: {problems}"),
            problems=lambda lang, exc=exc: " ".join(explain(exc, lang)),
        ) from exc
