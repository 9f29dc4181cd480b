"""`pop` without --plan (issue 12): no plans starts a new one; the one plan in the store is
resumed and the first message says so; several plans are offered to pick from, with "een nieuw
plan"; `pop --nieuw` starts a new plan all the same. The real app on a real SQLite store."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button
from tui_support import TODAY, build_app, say, settle

from pop_assistent.dialogue.plans import new_plan
from pop_assistent.storage.base import PlanStore
from pop_assistent.text.formats import short_date
from pop_assistent.tui.app import PopApp
from pop_assistent.tui.widgets.chat_log import ChatLog


def _save(store: PlanStore, name: str) -> str:
    plan = new_plan(name, TODAY)
    store.save(plan, None)
    return plan.id


def _chat(app: PopApp) -> str:
    return "\n".join(app.screen.query_one(ChatLog).transcript())


def _buttons(app: PopApp) -> list[str]:
    return [str(b.label) for b in app.screen.query("#choices Button").results(Button)]


async def _pick_screen(app: PopApp, pilot: object) -> None:
    """Wait until the session worker has asked which plan (no engine yet)."""
    for _ in range(200):
        await pilot.pause()  # type: ignore[attr-defined]
        await app.workers.wait_for_complete()
        if _buttons(app):
            return


async def test_no_plans_starts_a_new_plan(tmp_path: Path) -> None:
    app, store = build_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        engine = app.screen.engine  # type: ignore[attr-defined]
        assert engine.version is None  # a plan not saved yet: new
        assert "Ik open je plan" not in _chat(app)


async def test_the_one_plan_is_resumed_and_the_first_message_says_so(tmp_path: Path) -> None:
    app, store = build_app(tmp_path)
    plan_id = _save(store, "Els Maes")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        engine = app.screen.engine  # type: ignore[attr-defined]
        assert engine.plan.id == plan_id
        assert engine.version == 1
        first = app.screen.query_one(ChatLog).transcript()[0]
        assert first.startswith("Ik open je plan ‘Els Maes’, laatst gewijzigd op ")
        assert "*pop --nieuw*" in first
        question = engine.current().message.split("\n\n")[-1]
        assert first.endswith(question)  # the engine's own first message, in the same bubble


async def test_nieuw_starts_a_new_plan_when_one_is_there(tmp_path: Path) -> None:
    app, store = build_app(tmp_path)
    app.fresh = True
    _save(store, "Els Maes")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        engine = app.screen.engine  # type: ignore[attr-defined]
        assert engine.version is None
        assert engine.plan.id != "els-maes"


async def test_several_plans_are_offered_and_one_is_picked_by_name(tmp_path: Path) -> None:
    app, store = build_app(tmp_path, lang="en")
    _save(store, "Els Maes")
    _save(store, "Sam Ward")
    async with app.run_test(size=(80, 24)) as pilot:
        await _pick_screen(app, pilot)
        assert app.screen.engine is None  # type: ignore[attr-defined]
        buttons = _buttons(app)
        assert len(buttons) == 3
        saved = store.list_plans()[0].saved_at.astimezone().date()
        assert buttons[0] == f"1 Els Maes · {short_date(saved, 'en')}"
        assert buttons[2].endswith("a new plan")
        question = _chat(app)
        assert "Which one do you want to continue" in question
        assert "**Sam Ward** (last changed on " in question
        await say(app, pilot, "plan 9")  # picks nothing: asked again, nothing opened
        assert "I did not find that plan" in _chat(app)
        assert app.screen.engine is None  # type: ignore[attr-defined]
        await say(app, pilot, "sam")
        await settle(app, pilot)
        engine = app.screen.engine  # type: ignore[attr-defined]
        assert engine.plan.id == "sam-ward"
        assert engine.version == 1
        assert not any("Els Maes" in b for b in _buttons(app))
    assert [p.plan_id for p in store.list_plans()] == ["els-maes", "sam-ward"]


async def test_several_plans_new_plan_button(tmp_path: Path) -> None:
    app, store = build_app(tmp_path)
    _save(store, "Els Maes")
    _save(store, "Sam Ward")
    async with app.run_test(size=(80, 24)) as pilot:
        await _pick_screen(app, pilot)
        await pilot.press("3")  # the third button: een nieuw plan (typed, then Enter)
        await pilot.press("enter")
        await settle(app, pilot)
        engine = app.screen.engine  # type: ignore[attr-defined]
        assert engine.version is None
        assert engine.plan.id not in ("els-maes", "sam-ward")


async def test_twelve_plans_keep_every_plan_and_a_new_one_reachable_at_80x24(
    tmp_path: Path,
) -> None:
    """Nine buttons at most (the number keys): the first eight plans and "een nieuw plan" with
    its own number; the pinned line names the whole range, and plan 12 opens by its number."""
    app, store = build_app(tmp_path)
    names = [f"Collega {letter}" for letter in "ABCDEFGHIJKL"]
    for name in names:
        _save(store, name)
    async with app.run_test(size=(80, 24)) as pilot:
        await _pick_screen(app, pilot)
        buttons = _buttons(app)
        assert len(buttons) == 9
        assert buttons[7].startswith("8 Collega H") and buttons[8] == "13 een nieuw plan"
        pinned = str(app.screen.query_one("#instruction").render())
        assert "Typ een nummer van 1 tot 13 of een naam (13: een nieuw plan)." in pinned
        assert "Collega L" in _chat(app)
        await say(app, pilot, "12")
        await settle(app, pilot)
        assert app.screen.engine.plan.id == "collega-l"  # type: ignore[attr-defined]


async def test_a_button_beyond_nine_sends_its_own_number(tmp_path: Path) -> None:
    app, store = build_app(tmp_path, lang="en")
    for letter in "ABCDEFGHIJ":
        _save(store, f"Colleague {letter}")
    async with app.run_test(size=(80, 24)) as pilot:
        await _pick_screen(app, pilot)
        new = next(b for b in app.screen.query("#choices Button").results(Button)
                   if str(b.label) == "11 a new plan")  # fmt: skip
        new.press()
        await settle(app, pilot)
        engine = app.screen.engine  # type: ignore[attr-defined]
        assert engine.version is None and not engine.plan.id.startswith("colleague")
