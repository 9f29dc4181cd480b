"""Every screen of the Pilot journeys speaks one language: the app is walked in Dutch and in
English (conversation at every step, the F-keys' modals, palette, help, notes, check-in,
catalogue picker) and all visible text is checked with the word-frequency check of the
`--help` test. Left out: what a person typed (the plan's own text), names, and catalogue content,
which is Dutch by nature and must carry the catalogue-language mark where an English screen shows
it (its words are then left out on that screen)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from i18n_support import foreign_words, words_of
from textual.widgets import Input
from tui_support import TODAY, build_app, fixed_catalogue, settle

from pop_assistent.demo import sophie
from pop_assistent.dialogue.types import STEP_ORDER

DUTCH_MARK = "(NL)"
"""How an English screen marks Dutch catalogue content (catalogue_picker, plan panel)."""
KEY_NAMES = {"enter", "esc", "ctrl", "shift", "tab", "space", "home", "end", "delete", "backspace"}
"""Key names, printed as on the keyboard in both languages."""
DUTCH_TOO = {"job", "lost"}
"""Dutch words that are more frequent in English ("een andere job", "lost het op")."""


def catalogue_words() -> set[str]:
    """The words of the catalogue's content (titles, descriptions, providers): Dutch by nature."""
    catalogue = fixed_catalogue()()
    texts = [t for item in catalogue.items for t in (item.title, item.description, item.provider)]
    return words_of(texts)


def without_fragments(text: str) -> str:
    """Leave out words cut by a modal's border (the screen under a modal shows at its edges) or
    by an ellipsis, and paths."""
    return re.sub(r"\w*[\u2500-\u259f]\w*|\w+…|\S*/\S*", " ", text)


def screen_text(app: Any) -> str:
    """The characters on the terminal now, line by line (the top screen and what shows under it)."""
    strips = app.screen._compositor.render_strips()
    return "\n".join(strip.text for strip in strips)


def strings_of(value: Any) -> list[str]:
    """Every string inside a dumped plan (what the person typed or picked)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in strings_of(item)]
    if isinstance(value, list):
        return [s for item in value for s in strings_of(item)]
    return []


async def walk(lang: str, data: Path) -> tuple[dict[str, str], set[str]]:
    """Open every screen in `lang`; the text of each, and the words the person typed."""
    app, store = build_app(data, plan_ref="sophie", lang=lang, coach_mode=True)
    plan = sophie(TODAY)
    store.save(plan, None)
    seen: dict[str, str] = {}

    async def look(name: str, *keys: str) -> None:
        await pilot.press(*keys)
        await settle(app, pilot)
        seen[name] = screen_text(app)

    async def look_and_close(name: str, *keys: str, close: str = "escape") -> None:
        await look(name, *keys)
        await pilot.press(close)
        await settle(app, pilot)

    async with app.run_test(size=(120, 45)) as pilot:
        await settle(app, pilot)
        seen["start"] = screen_text(app)
        screen = app.screen
        for step in STEP_ORDER:
            screen.action_go_to(step.value)  # type: ignore[attr-defined]
            await settle(app, pilot)
            seen[f"step {step.value}"] = screen_text(app)
        await look_and_close("help", "f1")
        await look_and_close("skill rater", "f2")
        await look("catalogue picker", "f3")
        app.screen.query_one("#picker-search", Input).value = "excel"
        await settle(app, pilot)
        await look_and_close("catalogue picker search", "down")
        await look_and_close("timeline", "f4")
        await look_and_close("note", "f5")
        await look_and_close("notes", "ctrl+n")
        await look_and_close("sign-off", "f6")
        await look_and_close("export", "f7")
        await look_and_close("plan items", "f8")
        await look("palette", "ctrl+p")
        await look("palette search", *"export")
        await look_and_close("palette nothing", *"qqqqqq")
        await look("plan hidden", "ctrl+o")
        await look("plan shown", "ctrl+o")
        await look("coach mode off", "ctrl+t")
        await look_and_close("check-in", "f9")
        await look("narrow", "ctrl+t")
        await pilot.resize_terminal(80, 24)
        await settle(app, pilot)
        seen["80x24"] = screen_text(app)
    typed = words_of(strings_of(plan.model_dump(mode="json")))
    return seen, typed


def foreign_on_screens(seen: dict[str, str], typed: set[str], lang: str) -> dict[str, list[str]]:
    """The other language's words on each screen. Catalogue content counts as Dutch on an
    English screen unless that screen marks it so."""
    problems = {}
    content = catalogue_words()
    for name, text in seen.items():
        left_out = typed | KEY_NAMES | (DUTCH_TOO if lang == "nl" else set())
        if lang == "nl" or DUTCH_MARK in text:
            left_out |= content
        words = foreign_words(without_fragments(text), left_out, lang)
        if words:
            problems[name] = sorted(set(words))
    return problems


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_every_screen_is_in_one_language(lang: str, tmp_path: Path) -> None:
    seen, typed = await walk(lang, tmp_path / "data")
    assert len(seen) >= 25 and all(text.strip() for text in seen.values())
    assert foreign_on_screens(seen, typed, lang) == {}
