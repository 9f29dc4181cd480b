"""Notifications quote what the user typed, so they never interpret markup."""

from __future__ import annotations

from pathlib import Path

from textual.widgets._toast import Toast

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
