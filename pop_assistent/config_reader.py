"""Reading the settings without pydantic, so `pop` can paint its first frame before validating.

`read_config_values` merges config.toml and the environment into plain values; it is the one
reading path, and `config.load_settings` validates its result. `deferred_settings.DeferredSettings`
gives the app the few values its first frame needs and validates the full `Settings` on first use.
Only the standard library is imported here.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pop_assistent.errors import InvalidDataError
from pop_assistent.i18n import N_, Message, language_from_env

ENV_KEYS: dict[str, str] = {
    "POP_DATA_DIR": "data_dir",
    "POP_DATABASE_URL": "database_url",
    "POP_CATALOGUS": "catalogue_dir",
    "POP_LAND": "country",
    "POP_VANDAAG": "today",
}
"""Environment variables and the setting each one overrides (POP_TAAL is handled apart)."""


def read_config_values(
    env: Mapping[str, str] | None = None, config_file: Path | None = None
) -> dict[str, Any]:
    """config.toml (if present) and the environment as plain, unvalidated values."""
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    if config_file is None:
        from pop_assistent.paths import config_dir

        config_file = config_dir(env) / "config.toml"
    try:
        text = config_file.read_text(encoding="utf-8") if config_file.is_file() else None
    except (OSError, UnicodeDecodeError) as exc:
        if isinstance(exc, UnicodeDecodeError):
            raise InvalidDataError(
                N_("Het configuratiebestand {config_file} is geen UTF-8-tekst."),
                config_file=config_file,
            ) from exc
        from pop_assistent.os_errors import not_read

        raise not_read(exc, config_file) from exc
    if text is not None:
        import tomllib  # only when there is a file: a few ms at every start otherwise

        try:
            values.update(tomllib.loads(text))
        except tomllib.TOMLDecodeError as exc:
            import re

            spot = re.search(r"line (\d+), column (\d+)", str(exc))
            where = (
                Message(N_(" (regel {line}, kolom {column})"), line=spot[1], column=spot[2])
                if spot
                else ""
            )
            raise InvalidDataError(
                N_(
                    "Het configuratiebestand {file} is geen geldige TOML{where}. Verbeter die "
                    "regel of haal het bestand weg."
                ),
                file=config_file,
                where=where,
            ) from exc
        _refuse_shared_secret(config_file, values.get("database_url"))
    values["language"] = values.get("language") or language_from_env(env)
    if env.get("POP_TAAL"):
        values["language"] = language_from_env(env)
    for key, field in ENV_KEYS.items():
        if env.get(key):
            values[field] = env[key]
    return values


def _refuse_shared_secret(config_file: Path, url: object) -> None:
    """A database password in a config file that others can read is refused, not used."""
    import re
    import stat

    if not isinstance(url, str) or not re.search(r"://[^/@]*:[^/@]*@|[?&]password=", url):
        return
    mode = config_file.stat().st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise InvalidDataError(
            N_(
                "{config_file} bevat een databasewachtwoord en is leesbaar voor anderen (rechten "
                "{permissions}). Zet het wachtwoord in ~/.pgpass (chmod 600) en haal het uit "
                "database_url, of maak het bestand alleen voor jou leesbaar: chmod 600 "
                "{config_file}"
            ),
            config_file=config_file,
            permissions=stat.filemode(mode),
        )


def as_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return None  # let validation decide; the first frame uses the real date
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None
