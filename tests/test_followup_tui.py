"""Karim's check-in through the app with Pilot: first course done -> feedback from Luc Maes ->
an extra management module and a moved date -> next check-in; the progress picture follows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import Input

from pop_assistent.config import Settings
from pop_assistent.demo import karim
from pop_assistent.model import ActionStatus
from pop_assistent.storage import open_store
from pop_assistent.tui.app import make_app
from pop_assistent.tui.screens.checkin import CheckInScreen
from pop_assistent.tui.widgets.chat_log import ChatLog
from pop_assistent.tui.widgets.progress import ProgressView

CHECK_IN_DAY = date(2027, 4, 2)


async def test_karim_check_in_in_the_app(tmp_path: Path, today: date) -> None:
    settings = Settings(data_dir=tmp_path / "data", today=CHECK_IN_DAY)
    store = open_store(settings)
    store.save(karim(today), None, "demo")
    app = make_app(
        settings, plan_ref="karim", store=store, catalogue_loader=lambda: None, today=CHECK_IN_DAY
    )
    results: list[int | None] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        screen = CheckInScreen("karim", store=store, today=CHECK_IN_DAY)
        app.push_screen(screen, callback=results.append)
        await pilot.pause()
        assert screen.session is not None

        async def say(*answers: str) -> None:
            for text in answers:
                box = screen.query_one("#checkin-answer", Input)
                box.value = text
                await pilot.press("enter")
                await pilot.pause()

        await say("3", "Het rollenspel [bold] {{ x }} <b> hielp", "geen", "1", "ja")
        progress = screen.query_one(ProgressView)
        assert "█" in str(progress.render())  # the finished course is drawn as done
        await say("bezig 20%", "-", "overslaan", "nog niet", "Luc Maes: verdiep je in management")
        await say("toevoegen", "Module leidinggeven", "2", "najaar 2027", "12")
        await say("verschuiven", "Projectmanagement", "tweede semester 2028", "klaar")
        await say("om de drie maanden")
        assert screen.last_reply is not None and screen.last_reply.finished
        users = screen.query_one(ChatLog).texts("user")  # as drawn on screen
        assert any("[bold] {{ x }} <b>" in shown for shown in users)
        assert "Opvolging afgerond" in screen.query_one(ChatLog).transcript()[-1]

        await pilot.press("f7")
        await pilot.pause()
        warnings = screen.query_one(ChatLog).texts("warning")
        assert "Wat is er veranderd" in warnings[-1]
        await pilot.press("escape")
        await pilot.pause()
    assert results and results[0] == store.history("karim-el-amrani")[-1].version

    plan = store.load("karim-el-amrani").plan
    course = plan.action("a-karim-communicatie")
    assert course is not None and course.status is ActionStatus.done
    assert any(a.title == "Module leidinggeven" for a in plan.actions)
    pm = plan.action("a-karim-pm")
    assert pm is not None and pm.start == date(2028, 7, 1)
    held = next(c for c in plan.check_ins if c.id == "c-karim-1")
    assert held.held_on == CHECK_IN_DAY and held.feedback.startswith("Luc Maes")
    assert next(c for c in plan.check_ins if c.id == "c-karim-2").planned_for == date(2027, 7, 2)
    assert plan.check_in_every_months == 3
    store.close()


async def test_unknown_plan_closes_the_screen(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", today=CHECK_IN_DAY)
    store = open_store(settings)
    app = make_app(settings, store=store, catalogue_loader=lambda: None, today=CHECK_IN_DAY)
    results: list[int | None] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        app.push_screen(CheckInScreen("niemand", store=store, today=CHECK_IN_DAY), results.append)
        await pilot.pause()
        await pilot.pause()
    assert results == [None]
    store.close()


async def test_the_check_in_footer_speaks_the_users_language(tmp_path: Path, today: date) -> None:
    """A bus driver with --taal en saw 'esc Terug  f7 Wijzigingen  f8 Voortgang'."""
    settings = Settings(data_dir=tmp_path / "data", today=CHECK_IN_DAY)
    store = open_store(settings)
    store.save(karim(today), None, "demo")
    for lang, labels in (
        ("en", {"Back", "Changes", "Progress"}),
        ("nl", {"Terug", "Wijzigingen", "Voortgang"}),
    ):
        results: list[int | None] = []
        app = make_app(
            settings,
            plan_ref="karim",
            store=store,
            catalogue_loader=lambda: None,
            today=CHECK_IN_DAY,
        )
        async with app.run_test(size=(80, 24)) as pilot:
            await app.workers.wait_for_complete()
            screen = CheckInScreen("karim", store=store, today=CHECK_IN_DAY, lang=lang)
            app.push_screen(screen, callback=results.append)
            await pilot.pause()
            shown = {
                b.binding.description
                for b in screen.active_bindings.values()
                if b.enabled and b.binding.show and b.node is screen
            }
            assert shown == labels
            await pilot.press("escape")
            await pilot.pause()
            assert results and app.screen is not screen
    store.close()
