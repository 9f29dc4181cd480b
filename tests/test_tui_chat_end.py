"""The last lines of the conversation stay in view when buttons appear below it: a question's
end ('... typ ja of nee') must not hide behind the choice bar that comes with it."""

from __future__ import annotations

from pathlib import Path

from tui_support import build_app, say, settle

from pop_assistent.tui.widgets.chat_log import ChatLog
from pop_assistent.tui.widgets.choice_bar import ChoiceBar

CLEANER = [
    "Ilse de Vries",
    "er komen nieuwe schoonmaakmachines",
    "schoonmaakster",
    "schoonmaakploeg van het ziekenhuis",
    "een uurtje per week",
    "schoonmaaktechnieken 4",
    "ergonomie 2 naar 4",
    "geen",
    "geen",
    "Tegen eind juni 2027 bedien ik de nieuwe schrobmachine zonder hulp van de ploegbaas",
    "de nieuwe machines op de afdelingen",
    "nee",
]


async def test_the_question_stays_in_view_when_its_buttons_appear(tmp_path: Path) -> None:
    app, _ = build_app(tmp_path / "data")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        checked = 0
        for answer in CLEANER:
            bar = app.screen.query_one(ChoiceBar)
            before = bar.size.height if bar.display else 0
            await say(app, pilot, answer)
            await pilot.pause()
            chat = app.screen.query_one(ChatLog)
            last = chat.messages[-1]
            if not bar.display or len(last.lines) >= chat.scrollable_content_region.height - 1:
                continue
            if bar.size.height > before:
                checked += 1
                assert chat.scroll_y >= chat.max_scroll_y, (answer, last.plain[-1])
        assert checked >= 1
