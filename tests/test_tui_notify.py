"""Notifications quote what the user typed, so they never interpret markup."""

from __future__ import annotations

from pathlib import Path

from textual.widgets._toast import Toast

from pop_assistent.tui.widgets.chat_log import ChatLog
from tests.tui_support import build_app, settle


async def test_notification_shows_markup_literally(tmp_path: Path) -> None:
    app, store = build_app(tmp_path / "data")
    try:
        async with app.run_test(size=(100, 30), notifications=True) as pilot:
            await settle(app, pilot)
            app.notify("Onbekend plan '[bold red]x[/]'", severity="error")
            for _ in range(20):
                await pilot.pause()
                toasts = list(app.query(Toast))
                if toasts:
                    break
            assert toasts, "the notification should be on screen"
            shown = str(toasts[-1].render())
            assert "[bold red]x[/]" in shown
    finally:
        store.close()


async def test_start_up_notice_lists_due_items_in_words(tmp_path: Path) -> None:
    from datetime import date

    from pop_assistent.demo import sophie
    from tests.tui_support import TODAY

    app, store = build_app(tmp_path / "data", plan_ref="sophie-peeters")
    plan = sophie(TODAY)
    late = plan.actions[0].model_copy(update={"start": date(2026, 11, 2)})
    plan = plan.model_copy(update={"actions": [late, *plan.actions[1:]]})
    store.save(plan, None)
    try:
        async with app.run_test(size=(100, 30), notifications=True) as pilot:
            await settle(app, pilot)
            shown = ""
            for _ in range(50):
                await pilot.pause()
                shown = " ".join(app.screen.query_one(ChatLog).transcript("notice"))
                if "had moeten starten" in shown:
                    break
            assert "Binnenkort of te laat:" in shown
            assert "\n2 nov 2026 · had moeten starten: MOOC Digitaal samenwerken" in shown
            assert "(22 dagen te laat)" in shown
            assert shown.count("⚠") == 1  # the notice's own mark, not one per late line
            assert "2026-11-02" not in shown
            # in the conversation, never a toast over the plan and its buttons (issue 16 point 8)
            toasts = " ".join(str(t.render()) for t in app.query(Toast))
            assert "moeten starten" not in toasts
    finally:
        store.close()


async def test_a_broken_catalogue_is_said_in_the_conversation_not_over_the_buttons(
    tmp_path: Path,
) -> None:
    import shutil

    from pop_assistent.catalogue import load_catalogue
    from pop_assistent.config import Settings
    from pop_assistent.storage import open_store
    from pop_assistent.tui.app import make_app
    from tests.tui_support import CATALOGUE, TODAY

    folder = tmp_path / "catalogus"
    shutil.copytree(CATALOGUE, folder)
    first = sorted((folder / "leermiddelen").glob("*.yaml"))[0]
    text = first.read_text(encoding="utf-8")
    first.write_text(text.replace("duur_uren: ", "duur_uren: -", 1), encoding="utf-8")
    assert load_catalogue(folder, today=TODAY).skipped == 1
    settings = Settings(data_dir=tmp_path / "data", today=TODAY)  # type: ignore[arg-type]
    store = open_store(settings)
    app = make_app(
        settings,
        store=store,
        catalogue_loader=lambda: load_catalogue(folder, today=TODAY),
        today=TODAY,
    )
    try:
        async with app.run_test(size=(80, 24), notifications=True) as pilot:
            await settle(app, pilot)
            said = app.screen.query_one(ChatLog).transcript("notice")
            assert any("⚠ De catalogus liet 1 item met fouten weg" in s for s in said), said
            toasts = " ".join(str(t.render()) for t in app.query(Toast))
            assert "catalogus" not in toasts.lower()
    finally:
        store.close()
