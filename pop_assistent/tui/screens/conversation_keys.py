"""The conversation screen's keys and their footer labels, in both languages and two widths.

Every shown key is bound once per language and width, each to `keyed(lang, width, action)`;
`key_enabled` lets only the set that fits the screen now through, so the footer follows a
language switch from the palette and stays on one line at 80 columns. A plain hidden binding
after them keeps every key working when its label is left out (F4 at 80 columns). The F1
help lists all keys.
"""

from __future__ import annotations

from typing import NamedTuple

from textual.binding import Binding

NARROW_BELOW = 100
"""Below this width the footer uses short labels and leaves out the least needed keys."""


class Key(NamedTuple):
    key: str
    action: str
    nl: str
    en: str
    nl_short: str = ""
    """Label at narrow widths; "" = the key is not shown there (it still works)."""
    en_short: str = ""
    shown: bool = True


KEYS: tuple[Key, ...] = (
    Key("f1", "help", "Hulp", "Help", "Hulp", "Help"),
    Key("ctrl+z", "undo", "Ongedaan", "Undo", "Ongedaan", "Undo"),
    Key("f2", "open_skills", "Vaardigheden", "Skills", shown=False),
    Key("f3", "open_catalogue", "Catalogus", "Catalogue", shown=False),
    Key("f4", "open_timeline", "Tijdlijn", "Timeline"),
    Key("f5", "open_note", "Notitie", "Note", "Notitie", "Note"),
    Key("ctrl+n", "open_notes", "Notities", "Notes", shown=False),
    Key("f6", "sign_off", "Ondertekenen", "Sign", shown=False),
    Key("f7", "export", "Exporteren", "Export", "Export", "Export"),
    Key("f8", "edit_plan", "Aanpassen", "Change", shown=False),
    Key("f9", "checkin", "Opvolging", "Check-in", "Opvolging", "Check-in"),
    Key("ctrl+o", "toggle_plan", "Plan", "Plan", "Plan", "Plan"),
    Key("ctrl+t", "toggle_coach", "Coach", "Coach", shown=False),
    Key("pageup", "scroll_chat(-1)", "Omhoog", "Up", shown=False),
    Key("pagedown", "scroll_chat(1)", "Omlaag", "Down", shown=False),
)


def _labelled(key: Key) -> list[Binding]:
    if not key.shown:
        return []
    out = []
    for lang, wide, short in (("nl", key.nl, key.nl_short), ("en", key.en, key.en_short)):
        for width, label in (("wide", wide), ("narrow", short)):
            if label:
                action = f"keyed({lang!r}, {width!r}, {key.action!r})"
                out.append(Binding(key.key, action, label))
    return out


def bindings() -> list[Binding | tuple[str, str] | tuple[str, str, str]]:
    """The labelled variants first (the first enabled one wins), then a hidden plain binding."""
    out: list[Binding | tuple[str, str] | tuple[str, str, str]] = []
    for key in KEYS:
        out += _labelled(key)
    out += [Binding(key.key, key.action, key.nl, show=False) for key in KEYS]
    return out


def width_class(width: int) -> str:
    """'narrow' or 'wide': which labels fit the footer at this screen width."""
    return "narrow" if width < NARROW_BELOW else "wide"


def key_enabled(params: tuple[object, ...], lang: str, width: int) -> tuple[bool, str]:
    """Whether a `keyed(...)` binding belongs to the current language and width, and its action."""
    key_lang, key_width, action = (str(p) for p in params[:3])
    return key_lang == lang and key_width == width_class(width), action
