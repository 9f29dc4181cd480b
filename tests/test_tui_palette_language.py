"""Textual's own palette texts follow the user's language, also after switching in the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandList, CommandPalette
from textual.widgets import Footer, Input
from tui_support import build_app, settle

TEXTS = {
    "nl": ("Zoek een opdracht…", "Niets gevonden", "menu"),
    "en": ("Search for a command…", "No matches found", "menu"),
}


def footer_text(app) -> str:  # type: ignore[no-untyped-def]
    return " ".join(str(widget.render()) for widget in app.screen.query(Footer).first().children)


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_palette_speaks_the_users_language(tmp_path: Path, lang: str) -> None:
    placeholder, nothing, label = TEXTS[lang]
    app, _ = build_app(tmp_path / "data", lang=lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert label in footer_text(app) and "palette" not in footer_text(app)
        await pilot.press("ctrl+p")
        await pilot.pause()
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        assert palette.query_one(Input).placeholder == placeholder
        await pilot.press(*"qqxqq")
        await pilot.pause(1.0)
        options = palette.query_one(CommandList).options
        assert nothing in " ".join(str(option.prompt.renderable) for option in options)  # type: ignore[attr-defined]


async def test_switching_language_relabels_the_palette(tmp_path: Path) -> None:
    app, _ = build_app(tmp_path / "data", lang="nl")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.screen.action_set_language("en")  # type: ignore[attr-defined]
        await pilot.pause()
        assert "menu" in footer_text(app) and "palette" not in footer_text(app)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert app.screen.query_one(Input).placeholder == TEXTS["en"][0]
