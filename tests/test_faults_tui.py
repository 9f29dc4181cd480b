"""Issue 18, points 3 and 7 in the app: a full disk gives a lasting notice, a recovery file and
retries, never a traceback or a lost word; a second window turns read-only and says how to go
on; an unexpected error ends the app with one sentence and no plan content.

The real app (make_app) on a real SQLite store; the full disk is a real tmpfs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fault_support import fill_up, small_disk
from textual.widgets import Input
from tui_support import TODAY, build_app, say, settle

from pop_assistent.dialogue import open_session
from pop_assistent.tui.app import AppCrash
from pop_assistent.tui.widgets.fault_notice import FaultNotice

LONG_ANSWER = "Ik wil zelfstandig de heftruck besturen en de ploeg veilig laten werken. " * 20


def notice(app: object) -> FaultNotice:
    return app.screen.query_one("#fault-notice", FaultNotice)  # type: ignore[attr-defined]


def notice_text(app: object) -> str:
    return str(notice(app).render())


def recovery_files(config: Path) -> list[Path]:
    return sorted((config / "herstel").glob("*.json"))


async def test_a_full_disk_keeps_the_answer_says_so_and_saves_it_later(
    tmp_path: Path,
) -> None:
    config = tmp_path / "config"  # POP_CONFIG_DIR (conftest): on the roomy disk
    with small_disk(tmp_path / "disk", size_kib=2048, free_kib=2048) as disk:
        app, store = build_app(disk / "data")
        async with app.run_test(size=(100, 40)) as pilot:
            await settle(app, pilot)
            await say(app, pilot, "Ayşe Demir", "1")
            fill_up(disk)
            await say(app, pilot, LONG_ANSWER)

            shown = notice_text(app)
            assert notice(app).level == "warning"
            assert "niet bewaard" in shown and "Schijf vol" in shown
            assert "Traceback" not in shown and "heftruck" not in shown  # no plan content
            files = recovery_files(config)
            assert len(files) == 1 and str(files[0]) in shown
            kept = json.loads(files[0].read_text())
            said = [t["text"] for t in kept["conversation"]["turns"] if t["speaker"] == "employee"]
            assert said[-1] == LONG_ANSWER
            assert not app.screen.query_one("#answer", Input).disabled  # typing goes on

            for filler in disk.glob("filler*"):
                filler.unlink()
            await pilot.press("ctrl+s")  # the timer would do this too
            await pilot.pause()
            assert notice(app).level == "ok" and "weer bewaard" in notice_text(app)
            assert recovery_files(config) == []
            stored = store.load("ayse-demir").plan
            assert stored.occasion.description == LONG_ANSWER.strip()
        assert app.exit_note is None


async def test_a_second_window_turns_read_only_and_says_how_to_go_on(tmp_path: Path) -> None:
    app, store = build_app(tmp_path / "data")
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(app, pilot)
        await say(app, pilot, "Ayşe Demir", "1")
        other = open_session(store, "ayse-demir", today=TODAY)  # the second window
        other.answer("Ik wil beter plannen in de keuken.")

        await say(app, pilot, "Ik wil leiding leren geven.")
        shown = notice_text(app)
        assert notice(app).level == "error"
        assert "Alleen lezen" in shown and "pop --plan ayse-demir" in shown
        assert app.screen.query_one("#answer", Input).disabled
        files = recovery_files(tmp_path / "data")
        assert len(files) == 1 and str(files[0]) in shown
        kept = json.loads(files[0].read_text())
        said = [t["text"] for t in kept["conversation"]["turns"] if t["speaker"] == "employee"]
        assert said[-1] == "Ik wil leiding leren geven."
        stored = store.load("ayse-demir").plan
        assert stored.occasion.description == "Ik wil beter plannen in de keuken."
    assert app.exit_note is not None and "pop --plan ayse-demir" in app.exit_note


async def test_an_unexpected_error_ends_the_app_with_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pop_assistent.dialogue.engine import Engine

    def broken(self: Engine, text: str) -> object:
        raise ValueError(f"kapot bij {self.plan.employee.name}: {text}")

    app, store = build_app(tmp_path / "data")
    with pytest.raises(AppCrash) as crash:
        async with app.run_test(size=(100, 40)) as pilot:
            await settle(app, pilot)
            await say(app, pilot, "Ayşe Demir")
            monkeypatch.setattr(Engine, "answer", broken)
            await say(app, pilot, "geheim antwoord")
    sentence = str(crash.value.__rich__())
    assert "ValueError" in sentence and "Traceback" not in sentence
    assert "Ayşe" not in sentence and "geheim" not in sentence
    assert store.load("ayse-demir").plan.employee.name == "Ayşe Demir"  # saved before stays
