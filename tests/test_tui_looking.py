"""Looking never changes anything: every screen opened from the conversation and closed with Esc
leaves the plan's stored version as it was (issue 12: F9 and Esc used to record a check-in).
Also: the plan panel's items can be changed from the keyboard (F8) and the mouse, and quitting
says where the plan is and how to go on."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList
from tui_support import TODAY, build_app, settle

from pop_assistent.commands.app import goodbye
from pop_assistent.demo import karim
from pop_assistent.tui.screens.conversation import ConversationScreen
from pop_assistent.tui.widgets.plan_panel import PlanPanel

SCREENS = ["f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9", "ctrl+p"]
"""Help, skills, catalogue, timeline, note, sign-off, export, change the plan, check-in, palette."""


def _karim(tmp_path: Path):  # type: ignore[no-untyped-def]
    app, store = build_app(tmp_path / "data")
    store.save(karim(TODAY), None, "demo")
    return build_app(tmp_path / "data", plan_ref="karim-el-amrani", store=store, coach_mode=True)


async def test_opening_every_screen_and_leaving_it_changes_nothing(tmp_path: Path) -> None:
    app, store = _karim(tmp_path)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(app, pilot)
        conversation = app.screen
        assert isinstance(conversation, ConversationScreen)
        version = store.history("karim-el-amrani")[-1].version
        plan = store.load("karim-el-amrani").plan
        for key in SCREENS:
            await pilot.press(key)
            await pilot.pause()
            await app.workers.wait_for_complete()
            assert app.screen is not conversation, key  # the screen opened
            await pilot.press("escape")
            await pilot.pause()
            await app.workers.wait_for_complete()
            assert app.screen is conversation, key
            assert store.history("karim-el-amrani")[-1].version == version, key
        assert store.load("karim-el-amrani").plan == plan
        assert plan.check_ins[0].held_on is None  # the due check-in is still due


async def test_an_item_clicked_in_the_plan_can_be_removed_and_undone(tmp_path: Path) -> None:
    app, store = _karim(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        conversation = app.screen
        count = len(conversation.engine.plan.actions)  # type: ignore[attr-defined]
        panel = conversation.query_one(PlanPanel)
        keys = panel._keys
        line = keys.index("action:2")
        await pilot.click(PlanPanel, offset=(6, line))
        await pilot.pause()
        listing = app.screen.query_one(OptionList)
        assert listing.highlighted is not None
        assert listing.get_option_at_index(listing.highlighted).id == "action:2"
        await pilot.press("enter")  # choose the item
        await pilot.pause()
        await pilot.click("#items-drop")
        await pilot.pause()
        await app.workers.wait_for_complete()
        engine = conversation.engine  # type: ignore[attr-defined]
        assert len(engine.plan.actions) == count - 1
        assert store.load("karim-el-amrani").plan.actions == engine.plan.actions
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert len(engine.plan.actions) == count


async def test_f8_rewrites_a_goal_from_the_keyboard(tmp_path: Path) -> None:
    app, store = _karim(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        conversation = app.screen
        await pilot.press("f8", "enter", "enter")  # the first item (goal 1), then "Wijzigen"
        await pilot.pause()
        engine = conversation.engine  # type: ignore[attr-defined]
        assert engine.plan.conversation.pending.question == "rewrite"
        assert engine.plan.conversation.pending.goal_id == engine.plan.goals[0].id


def test_quitting_says_the_plan_is_saved_and_how_to_go_on() -> None:
    assert goodbye("els-maes", "nl") == "Je plan is bewaard. Verder gaan: pop --plan els-maes"
    assert goodbye("sam-ward", "en") == "Your plan is saved. To continue: pop --plan sam-ward"
