"""Shared by the TUI tests, snapshots and bench/tui.py: a frozen app on a real store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from textual.widgets import Input

from pop_assistent.catalogue import load_catalogue
from pop_assistent.config import Settings
from pop_assistent.storage import open_store
from pop_assistent.storage.base import PlanStore
from pop_assistent.tui.app import PopApp, make_app

TODAY = date(2026, 11, 24)
CATALOGUE = Path(__file__).parent / "tui_catalogue"
"""A small fixed catalogue, so TUI tests and snapshots do not move when the shipped one grows."""


def fixed_catalogue() -> Callable[[], Any]:
    """A loader for the fixed test catalogue."""
    return lambda: load_catalogue(CATALOGUE, today=TODAY)


def build_app(
    data_dir: Path,
    *,
    plan_ref: str | None = None,
    coach_mode: bool = False,
    lang: str = "nl",
    store: PlanStore | None = None,
) -> tuple[PopApp, PlanStore]:
    """The real app on a real SQLite store in `data_dir`, frozen on TODAY."""
    settings = Settings(data_dir=data_dir, today=TODAY, language=lang)  # type: ignore[arg-type]
    store = store or open_store(settings)
    app = make_app(
        settings,
        plan_ref=plan_ref,
        coach_mode=coach_mode,
        store=store,
        catalogue_loader=fixed_catalogue(),
        today=TODAY,
    )
    return app, store


async def settle(app: PopApp, pilot: Any) -> None:
    """Wait until the session is open, the workers are done and the cursor stops blinking."""
    for _ in range(500):  # the session opens in a worker started after the first frame
        if app.screen_stack and getattr(app.screen_stack[0], "engine", None) is not None:
            break
        await pilot.pause()
        await app.workers.wait_for_complete()
    await app.workers.wait_for_complete()
    for inp in app.screen.query(Input):
        inp.cursor_blink = False
    await pilot.pause()


async def say(app: PopApp, pilot: Any, *answers: str) -> None:
    """Type each answer into the answer line at once and press Enter (fast for long journeys)."""
    for text in answers:
        answer = app.screen.query_one("#answer", Input)
        answer.value = text
        await pilot.press("enter")
        await app.workers.wait_for_complete()
    await pilot.pause()


async def open_rater(app: PopApp, pilot: Any) -> Any:
    """Settle, go to the self-assessment and open the skill rater (F2); the rater screen."""
    from pop_assistent.tui.screens.skill_rater import SkillRaterModal

    await settle(app, pilot)
    app.screen.action_go_to("self_assessment")  # type: ignore[attr-defined]
    await pilot.press("f2")
    await pilot.pause()
    assert isinstance(app.screen, SkillRaterModal)
    return app.screen
