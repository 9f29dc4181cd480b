"""Snapshots of the main screens at 80x24 and 120x40 (frozen date, fixed catalogue, real store).

Update after an intended change with: pytest tests/test_tui_snapshots.py --snapshot-update
and look at the report before committing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tui_support import TODAY, build_app, say, settle

from pop_assistent.demo import karim, sophie

SIZES = [(80, 24), (120, 40)]


def resumed(tmp_path: Path, which: str = "sophie") -> Any:
    """The app opened on a demo plan that was saved before (as after `pop demo`)."""
    app, store = build_app(tmp_path / "data", plan_ref=which)
    store.save(sophie(TODAY) if which == "sophie" else karim(TODAY), None)
    return app


@pytest.mark.parametrize("size", SIZES)
def test_greeting(snap_compare: Any, tmp_path: Path, size: tuple[int, int]) -> None:
    """A new session: the assistant greets and asks the name; the answer line has focus.
    At 80x24 the plan panel is hidden and the footer uses short labels (F4 left out, Plan still
    there); at 120x40 it shows an empty plan on the right and every key's full label."""
    app, _ = build_app(tmp_path / "data")

    async def run_before(pilot: Any) -> None:
        await settle(app, pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_occasion_choices(snap_compare: Any, tmp_path: Path, size: tuple[int, int]) -> None:
    """After the name: Sophie's own words shown literally (with `[bold]` and `{{ x }}` as typed),
    the occasion question and four numbered quick-answer buttons above the answer line."""
    app, _ = build_app(tmp_path / "data")

    async def run_before(pilot: Any) -> None:
        await settle(app, pilot)
        await say(app, pilot, "Sophie [bold]Peeters[/bold] {{ x }}")
        await settle(app, pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_resumed_plan(snap_compare: Any, tmp_path: Path, size: tuple[int, int]) -> None:
    """Sophie's saved plan reopened: a welcome-back message; at 120x40 the plan panel shows her
    skills, two goals with S M A R T badges, their actions with dates and both signatures."""
    app = resumed(tmp_path)

    async def run_before(pilot: Any) -> None:
        await settle(app, pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


def test_plan_panel_toggled_at_80(snap_compare: Any, tmp_path: Path) -> None:
    """At 80x24, Ctrl+O shows the plan panel beside the conversation (Karim's plan)."""
    app = resumed(tmp_path, "karim")

    async def run_before(pilot: Any) -> None:
        await settle(app, pilot)
        await pilot.press("ctrl+o")

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_skill_rater(snap_compare: Any, tmp_path: Path, size: tuple[int, int]) -> None:
    """F2 over Sophie's plan: the skill table (levels as dots, kind, categories) and the key
    hints; the first row is highlighted."""
    app = resumed(tmp_path)

    async def run_before(pilot: Any) -> None:
        await settle(app, pilot)
        await pilot.press("f2")

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_catalogue_picker(snap_compare: Any, tmp_path: Path, size: tuple[int, int]) -> None:
    """F3: the catalogue picker with the search 'excel', one result in the table and its details
    (provider, hours, cost, the session in September 2027) on the right."""
    app = resumed(tmp_path)

    async def run_before(pilot: Any) -> None:
        await settle(app, pilot)
        await pilot.press("f3")
        await settle(app, pilot)
        app.screen.query_one("#picker-search").value = "excel"  # type: ignore[attr-defined]
        await settle(app, pilot)
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=run_before)


def test_timeline(snap_compare: Any, tmp_path: Path) -> None:
    """F4 over Karim's plan: one bar per dated action across the months, a 'vandaag' marker."""
    app = resumed(tmp_path, "karim")

    async def run_before(pilot: Any) -> None:
        await settle(app, pilot)
        await pilot.press("f4")

    assert snap_compare(app, terminal_size=(120, 40), run_before=run_before)


def test_export_modal(snap_compare: Any, tmp_path: Path) -> None:
    """F7: the four formats with PDF chosen (● in front, the others ○) and focused, the 'without
    private notes' box, the path, the buttons and a hint line with the keys."""
    app = resumed(tmp_path)

    async def run_before(pilot: Any) -> None:
        await settle(app, pilot)
        await pilot.press("f7")
        await pilot.pause()
        app.screen.query_one("#export-path").value = "/tmp/POP-sophie.pdf"  # type: ignore[attr-defined]
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_help(snap_compare: Any, tmp_path: Path) -> None:
    """F1: the help with the table of keys."""
    app, _ = build_app(tmp_path / "data")

    async def run_before(pilot: Any) -> None:
        await settle(app, pilot)
        await pilot.press("f1")

    assert snap_compare(app, terminal_size=(120, 40), run_before=run_before)
