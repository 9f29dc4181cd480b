"""Textual's texts in the user's language: the command palette's placeholder, its 'no matches'
line and the footer's palette label (Textual writes these three in English), and the
descriptions of our own key bindings (written in Dutch, marked with `N_`)."""

from __future__ import annotations

import dataclasses
from typing import Any

from rich.align import Align
from rich.text import Text
from textual.app import App
from textual.command import CommandList, CommandPalette
from textual.dom import DOMNode
from textual.widgets.option_list import Option

from pop_assistent.i18n import Language, translations


class PopCommandPalette(CommandPalette):
    """The palette with a placeholder and a 'no matches' line in `lang`."""

    def __init__(self, lang: Language) -> None:
        self.lang = lang
        _ = translations(lang).gettext
        super().__init__(placeholder=_("Zoek een opdracht…"), id="--command-palette")

    def _start_no_matches_countdown(self, search_value: str) -> None:
        # Textual 8 writes "No matches found" inside this method; the rest is as Textual does it.
        self._stop_no_matches_countdown()

        _ = translations(self.lang).gettext

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(
                        Align.center(Text(_("Niets gevonden"), style="not bold")),
                        disabled=True,
                        id=self._NO_MATCHES,
                    )
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)


def label_palette_key(app: App[Any], lang: Language) -> None:
    """The footer's label of the palette key in `lang` (Textual adds that binding in English)."""
    _ = translations(lang).gettext
    for key, bindings in app._bindings.key_to_bindings.items():
        app._bindings.key_to_bindings[key] = [
            dataclasses.replace(
                binding,
                description=_("menu"),
                tooltip=_("Open het opdrachtenpalet"),
            )
            if binding.action in {"command_palette", "app.command_palette"}
            else binding
            for binding in bindings
        ]


def translate_bindings(node: DOMNode, lang: Language) -> None:
    """The footer labels of `node`'s bindings in `lang`, from its class's (Dutch) BINDINGS.

    Called when the node is made and again when its language changes (refresh_bindings after).
    """
    source = type(node)._merged_bindings
    if source is None:
        return
    _ = translations(lang).gettext
    node._bindings.key_to_bindings = {
        key: [
            dataclasses.replace(binding, description=_(binding.description))
            if binding.description
            else binding
            for binding in bindings
        ]
        for key, bindings in source.key_to_bindings.items()
    }
