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
from typing import NewType, Protocol, runtime_checkable

Language = NewType("Language", str)
"""A language code with a catalogue in `locale/` ("nl", "en", or any a translator adds). mypy
keeps it apart from other text: a code read from outside becomes one through `language()`,
which checks it against the catalogues there are, so a third language needs no code."""
SOURCE_LANGUAGE = Language("nl")
ENGLISH = Language("en")
"""English, named where the code itself needs it (tests of the second language, the `en`
catalogue's own checks); a screen or sentence never compares with it."""
LOCALE_DIR = Path(os.environ.get("POP_LOCALE_DIR") or Path(__file__).with_name("locale"))
"""The catalogues; POP_LOCALE_DIR points elsewhere (a translator trying a new language)."""
DOMAIN = "pop"


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


def available_languages(folder: Path = LOCALE_DIR) -> tuple[Language, ...]:
    """The source language and every language with a catalogue in `folder`."""
    found: set[Language] = {SOURCE_LANGUAGE}
    if folder.is_dir():
        for entry in folder.iterdir():
            messages = entry / "LC_MESSAGES"
            if any((messages / f"{DOMAIN}{ext}").is_file() for ext in (".po", ".mo")):
                found.add(Language(entry.name))
    return (SOURCE_LANGUAGE, *sorted(found - {SOURCE_LANGUAGE}))


_active: list[str] = [SOURCE_LANGUAGE]


def use_language(lang: str) -> None:
    """The language of `_` for this process (the command line sets it once, before argparse)."""
    _active[0] = lang


def active_language() -> str:
    """The language `_` translates into now."""
    return _active[0]


def translate(lang: Language, message: str) -> str:
    """`message` (Dutch) in `lang`, whatever the active language is."""
    return translations(lang).gettext(message)


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


def language(code: str) -> Language:
    """`code` ("EN", " fr") as a Language when it has a catalogue (or is Dutch); ValueError with
    the codes there are otherwise."""
    clean = str(code).strip().lower()
    if not is_available(clean):
        raise ValueError(f"{code!r}: not one of {', '.join(available_languages())}")
    return Language(clean)


def language_or_source(code: str | None) -> Language:
    """`code` as a Language, or Dutch when it names none with a catalogue (a stored plan or
    setting from an install with another language)."""
    try:
        return language(code or SOURCE_LANGUAGE)
    except ValueError:
        return SOURCE_LANGUAGE


def is_available(lang: str) -> bool:
    """Whether `lang` can be chosen (Dutch, or a language with a catalogue in `locale/`)."""
    return lang == SOURCE_LANGUAGE or lang in available_languages()


def language_from_env(env: Mapping[str, str] | None = None) -> str:
    """Read POP_TAAL, then LC_ALL/LANG: another language than Dutch only when clearly asked for.

    POP_TAAL is returned as given (lower case), so that a language without a catalogue is
    refused with a sentence naming the ones there are (`config.validate_settings`); LANG only
    picks a language that has a catalogue."""
    env = os.environ if env is None else env
    explicit = env.get("POP_TAAL", "").strip().lower()
    if explicit:
        return explicit
    for key in ("LC_ALL", "LANG"):
        value = env.get(key, "").lower()
        code = value.split(".")[0].split("_")[0].split("-")[0]
        if code and code not in ("c", "posix"):
            return code if is_available(code) else SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


@runtime_checkable
class Translatable(Protocol):
    """Anything that can say itself in a language (a `Message`, a `PopError`)."""

    def message(self, lang: Language = SOURCE_LANGUAGE) -> str:
        """The text in `lang`."""
        raise NotImplementedError


class Message:
    """A sentence translated when it is shown: its Dutch msgid (marked with `N_`) and named
    values. A value that is itself `Translatable`, or a function of the language, is put in
    the same language: `Message(N_("{file}: {why}"), file=name, why=error)`."""

    __slots__ = ("msgid", "params")

    def __init__(self, msgid: str, /, **params: object) -> None:
        self.msgid = msgid
        self.params = params

    def message(self, lang: Language = SOURCE_LANGUAGE) -> str:
        """The sentence in `lang` (Dutch where that language has no translation of it)."""
        values = {key: _in_language(value, lang) for key, value in self.params.items()}
        try:
            return translate(lang, self.msgid).format(**values)
        except (KeyError, IndexError, ValueError):  # a translation with a mistyped placeholder
            return self.msgid.format(**values)

    def __eq__(self, other: object) -> bool:
        """Two sentences are the same when they read the same (in the source language)."""
        return isinstance(other, Message) and self.message() == other.message()

    def __hash__(self) -> int:
        return hash(self.message())

    def __repr__(self) -> str:
        return f"Message({self.message()!r})"


def _in_language(value: object, lang: Language) -> object:
    if isinstance(value, Translatable):
        return value.message(lang)
    if callable(value):
        return value(lang)
    return value


def say(lang: Language, msgid: str, /, **params: object) -> str:
    """A sentence in `lang` now: `say(lang, N_("Plan {name} bewaard."), name=name)`."""
    return Message(msgid, **params).message(lang)
