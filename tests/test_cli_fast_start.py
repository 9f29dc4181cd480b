"""`pop` without a subcommand: the fast path to the first frame, and settings checked after it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from pop_assistent.cli import app_options
from pop_assistent.config import load_settings
from pop_assistent.deferred_settings import DeferredSettings
from pop_assistent.errors import InvalidDataError
from pop_assistent.tui.app import make_app
from pop_assistent.tui.widgets.chat_log import ChatLog


def write_config(text: str) -> Path:
    folder = Path(os.environ["POP_CONFIG_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], {"taal": None, "plan": None, "coach": False}),
        (["--coach"], {"taal": None, "plan": None, "coach": True}),
        (["--nieuw", "--taal", "en"], {"taal": "en", "plan": None, "nieuw": True}),
        (["--taal", "en", "--plan", "sophie"], {"taal": "en", "plan": "sophie", "coach": False}),
        (
            ["--plan=Karim El Amrani", "--taal=nl"],
            {"taal": "nl", "plan": "Karim El Amrani", "coach": False},
        ),
    ],
)
def test_app_options_are_read_without_argparse(argv: list[str], expected: dict[str, Any]) -> None:
    assert app_options(argv) == {"coach": False, "nieuw": False, **expected}


@pytest.mark.parametrize(
    "argv",
    [["plan", "lijst"], ["--help"], ["--taal", "fr"], ["--plan"], ["--plan", "--coach"], ["-h"]],
)
def test_anything_else_goes_to_the_full_parser(argv: list[str]) -> None:
    assert app_options(argv) is None


def test_deferred_settings_equal_the_validated_ones() -> None:
    write_config('language = "en"\ntheme = "textual-light"\ncoach_mode = true\ncountry = "NL"\n')
    deferred = DeferredSettings({"language": "nl"})
    assert (deferred.language, deferred.theme, deferred.coach_mode) == ("nl", "textual-light", True)
    assert deferred.today == load_settings().today
    assert deferred.country == "NL"  # from the validated Settings
    assert deferred.load().language == "nl"  # the --taal override wins there too


def test_a_broken_config_is_reported_at_first_use_not_at_start() -> None:
    write_config('country = "FR"\nreminder_days = -3\n')
    deferred = DeferredSettings()  # reading it for the first frame never fails
    assert deferred.language == "nl"
    with pytest.raises(InvalidDataError) as caught:
        _ = deferred.data_dir
    assert caught.value.message("nl").startswith("De instellingen kloppen niet")
    with pytest.raises(InvalidDataError):  # the same sentence again, not a traceback later
        deferred.load()


async def test_the_app_shows_a_broken_config_as_a_lasting_dutch_notice() -> None:
    from pop_assistent.tui.widgets.fault_notice import FaultNotice

    write_config("language = nl\n[bold]\n")  # not TOML: a bare word, and markup-like text
    app = make_app(DeferredSettings())
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        notice = app.screen.query_one("#fault-notice", FaultNotice)
        assert notice.level == "error" and "geen geldige TOML" in str(notice.render())
        assert app.screen.query_one("#answer").disabled  # nothing to answer: nothing lost
    assert app.exit_note is not None and "geen geldige TOML" in app.exit_note


def test_pop_paints_its_first_frame_before_pydantic_and_the_command_modules() -> None:
    probe = (
        "import sys, textual.app as ta\n"
        "def run(self, *a, **k):\n"
        "    print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('pydantic', 'pop_assistent', 'jinja2', 'sqlite3', 'yaml', 'rapidfuzz')))\n"
        "ta.App.run = run\n"
        "from pop_assistent.cli import main\n"
        "main([])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    loaded = result.stdout
    assert "pop_assistent.tui.app" in loaded
    for name in ("pydantic", "pop_assistent.model", "pop_assistent.commands.plans", "jinja2"):
        assert f"'{name}'" not in loaded


async def test_the_session_opens_with_deferred_settings() -> None:
    write_config('language = "en"\n')
    app = make_app(DeferredSettings())
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(500):  # the session opens in a worker after the first frame
            await app.workers.wait_for_complete()
            await pilot.pause()
            if getattr(app.screen, "engine", None) is not None:
                break
        engine = app.screen.engine  # type: ignore[attr-defined]
        assert engine is not None and engine.lang == "en"
        assert app.screen.query_one("#chat", ChatLog).assistant_shown  # the greeting is on screen
