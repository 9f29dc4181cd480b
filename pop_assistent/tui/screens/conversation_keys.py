"""The conversation screen's keys and their footer labels, at two widths.

Every shown key is bound once per width, each to `keyed(width, action)`; `key_enabled` lets
only the set that fits the screen now through, so the footer stays on one line at 80 columns.
The labels are Dutch; the screen translates them (`palette.translate_bindings`) when it is made
and when the language is switched from the palette. A plain hidden binding
after them keeps every key working when its label is left out (F4 at 80 columns). The F1
help lists all keys.
"""

from __future__ import annotations

from typing import NamedTuple

from textual.binding import Binding

from pop_assistent.i18n import N_

NARROW_BELOW = 100
"""Below this width the footer uses short labels and leaves out the least needed keys."""


class Key(NamedTuple):
    key: str
    action: str
    label: str
    """Footer label (Dutch, translated by `palette.translate_bindings`)."""
    short: str = ""
    """Label at narrow widths; "" = the key is not shown there (it still works)."""
    shown: bool = True


KEYS: tuple[Key, ...] = (
    Key("f1", "help", N_("Hulp"), N_("Hulp")),
    Key("ctrl+z", "undo", N_("Ongedaan"), N_("Ongedaan")),
    Key("f2", "open_skills", N_("Vaardigheden"), shown=False),
    Key("f3", "open_catalogue", N_("Catalogus"), shown=False),
    Key("f4", "open_timeline", N_("Tijdlijn")),
    Key("f5", "open_note", N_("Notitie"), N_("Notitie")),
    Key("ctrl+n", "open_notes", N_("Notities"), shown=False),
    Key("f6", "sign_off", N_("Ondertekenen"), shown=False),
    Key("f7", "export", N_("Exporteren"), N_("Export")),
    Key("f8", "edit_plan", N_("Aanpassen"), shown=False),
    Key("f9", "checkin", N_("Opvolging"), N_("Opvolging")),
    Key("ctrl+o", "toggle_plan", N_("Plan"), N_("Plan")),
    Key("ctrl+t", "toggle_coach", N_("Coach"), shown=False),
    Key("pageup", "scroll_chat(-1)", N_("Omhoog"), shown=False),
    Key("pagedown", "scroll_chat(1)", N_("Omlaag"), shown=False),
)


def _labelled(key: Key) -> list[Binding]:
    if not key.shown:
        return []
    out = []
    for width, label in (("wide", key.label), ("narrow", key.short)):
        if label:
            out.append(Binding(key.key, f"keyed({width!r}, {key.action!r})", label))
    return out


def bindings() -> list[Binding | tuple[str, str] | tuple[str, str, str]]:
    """The labelled variants first (the first enabled one wins), then a hidden plain binding."""
    out: list[Binding | tuple[str, str] | tuple[str, str, str]] = []
    for key in KEYS:
        out += _labelled(key)
    out += [Binding(key.key, key.action, key.label, show=False) for key in KEYS]
    return out


def width_class(width: int) -> str:
    """'narrow' or 'wide': which labels fit the footer at this screen width."""
    return "narrow" if width < NARROW_BELOW else "wide"


def key_enabled(params: tuple[object, ...], width: int) -> tuple[bool, str]:
    """Whether a `keyed(...)` binding belongs to the current width, and its action."""
    key_width, action = (str(p) for p in params[:2])
    return key_width == width_class(width), action
