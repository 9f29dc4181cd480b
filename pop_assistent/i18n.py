"""The user's language and the translated sentences (gettext).

Dutch is the source language: a sentence in the code is Dutch, wrapped in `_()`, and
`locale/<language>/LC_MESSAGES/pop.po` holds its translation (English today). argparse's own
sentences come from its gettext domain (`locale/nl/LC_MESSAGES/argparse.po`). A wheel carries
the compiled `.mo` files (hatch_build.py); a checkout whose `.po` is newer than its `.mo` reads
the `.po` itself (with Babel, a little slower), so editing a sentence needs no build step.
Only the standard library is imported here (Babel only in that fallback).
"""

from __future__ import annotations

import gettext as _gettext
import os
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Literal

Language = Literal["nl", "en"]
LANGUAGES: tuple[Language, ...] = ("nl", "en")
SOURCE_LANGUAGE: Language = "nl"
LOCALE_DIR = Path(__file__).with_name("locale")
DOMAIN = "pop"


def tr(lang: str, nl: str, en: str) -> str:
    """Pick the Dutch or English text of a short UI string (older form; prefer `_`)."""
    return en if lang == "en" else nl


@lru_cache(maxsize=32)
def translations(
    lang: str, domain: str = DOMAIN, folder: Path = LOCALE_DIR
) -> _gettext.NullTranslations:
    """The catalogue of one language and domain; the source text itself when there is none."""
    messages = folder / lang / "LC_MESSAGES"
    po, mo = messages / f"{domain}.po", messages / f"{domain}.mo"
    try:
        if mo.is_file() and (not po.is_file() or mo.stat().st_mtime >= po.stat().st_mtime):
            with mo.open("rb") as handle:
                return _gettext.GNUTranslations(handle)
        if po.is_file():
            return _read_po(po)
    except OSError:
        pass  # an unreadable catalogue: the source text, rather than no app at all
    return _gettext.NullTranslations()


def _read_po(po: Path) -> _gettext.NullTranslations:
    """A `.po` without its compiled `.mo` (a checkout after editing a sentence)."""
    import io

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as handle:
        catalog = read_po(handle)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return _gettext.GNUTranslations(buffer)


def available_languages(folder: Path = LOCALE_DIR) -> tuple[str, ...]:
    """The source language and every language with a catalogue in `folder`."""
    found: set[str] = {SOURCE_LANGUAGE}
    if folder.is_dir():
        for entry in folder.iterdir():
            messages = entry / "LC_MESSAGES"
            if any((messages / f"{DOMAIN}{ext}").is_file() for ext in (".po", ".mo")):
                found.add(entry.name)
    return (SOURCE_LANGUAGE, *sorted(found - {SOURCE_LANGUAGE}))


_active: list[str] = [SOURCE_LANGUAGE]


def use_language(lang: str) -> None:
    """The language of `_` for this process (the command line sets it once, before argparse)."""
    _active[0] = lang


def active_language() -> str:
    """The language `_` translates into now."""
    return _active[0]


def language_mark(text_language: str, lang: str) -> str:
    """The mark after content written in another language than the screen's (" (NL)" after a
    Dutch course title on an English screen); "" when they are the same."""
    return "" if text_language == lang else f" ({text_language.upper()})"


def _(message: str) -> str:
    """`message` (Dutch) in the active language."""
    return translations(_active[0]).gettext(message)


def N_(message: str) -> str:
    """Mark a sentence for extraction where it is defined; `_()` translates it where it is used."""
    return message


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
