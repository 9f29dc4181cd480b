"""The user's language: Dutch by default, English on request."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Literal

Language = Literal["nl", "en"]
LANGUAGES: tuple[Language, ...] = ("nl", "en")


def tr(lang: str, nl: str, en: str) -> str:
    """Pick the Dutch or English text of a short UI string."""
    return en if lang == "en" else nl


def language_from_env(env: Mapping[str, str] | None = None) -> Language:
    """Read POP_TAAL, then LANG/LC_ALL: English only when clearly asked for."""
    env = os.environ if env is None else env
    explicit = env.get("POP_TAAL", "").strip().lower()
    if explicit in LANGUAGES:
        return "en" if explicit == "en" else "nl"
    for key in ("LC_ALL", "LANG"):
        value = env.get(key, "").lower()
        if value.startswith("en"):
            return "en"
        if value.startswith("nl"):
            return "nl"
    return "nl"
