"""A new plan's greeting is on the first frame, before the session is open (tui/first_words.py),
and the engine's own greeting takes its place: never twice, never a stale text, never when the
start is not a new plan. The real app (as `pop` builds it: DeferredSettings, no store handed in)
on a real SQLite store."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from tui_support import TODAY, fixed_catalogue, settle

from pop_assistent.deferred_settings import DeferredSettings
from pop_assistent.dialogue import open_session
from pop_assistent.dialogue.plans import new_plan
from pop_assistent.storage import DB_FILENAME
from pop_assistent.storage.sqlite import SQLiteStore
from pop_assistent.tui import first_words
from pop_assistent.tui.app import PopApp, make_app
from pop_assistent.tui.widgets.chat_log import ChatLog


def _app(**options: Any) -> PopApp:
    """The app the way `pop` opens it: settings read without pydantic, the store opened by
    the session worker."""
    settings = DeferredSettings(options.pop("overrides", {}))
    return make_app(settings, catalogue_loader=fixed_catalogue(), today=TODAY, **options)


def _store(data: Path) -> SQLiteStore:
    return SQLiteStore(data / DB_FILENAME)


def _transcript(app: PopApp) -> list[str]:
    return app.screen.query_one(ChatLog).transcript()


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("coach", [False, True])
def test_the_kept_greeting_is_what_the_engine_says(lang: str, coach: bool) -> None:
    """If this fails, the greeting changed: run `python -m pop_assistent.tui.first_words`."""
    with tempfile.TemporaryDirectory() as tmp, _store(Path(tmp)) as store:
        engine = open_session(store, None, today=TODAY, lang=lang, coach_mode=coach)
        said = engine.start().message
    assert first_words.greeting(lang, coach) == said


async def test_a_new_plan_is_greeted_on_the_first_frame_and_once() -> None:
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.screen.engine is None  # type: ignore[attr-defined]
        assert _transcript(app) == [first_words.greeting("nl", False)]
        await settle(app, pilot)
        engine = app.screen.engine  # type: ignore[attr-defined]
        assert engine.version is None  # a new plan
        assert _transcript(app) == [first_words.greeting("nl", False)]  # once, not twice
        app.screen.send_text("Noor Janssens")  # type: ignore[attr-defined]
        await pilot.pause()
        assert engine.plan.employee.name == "Noor Janssens"
        assert len(_transcript(app)) == 3


async def test_typing_before_the_session_is_open_answers_the_greeting() -> None:
    app = _app(overrides={"language": "en"})
    async with app.run_test(size=(80, 24)) as pilot:
        app.screen.send_text("Sam Ward")  # type: ignore[attr-defined]
        await settle(app, pilot)
        engine = app.screen.engine  # type: ignore[attr-defined]
        assert engine.plan.employee.name == "Sam Ward"
        chat = _transcript(app)
        assert chat[0] == first_words.greeting("en", False)
        assert chat[1] == "Sam Ward"
        assert len(chat) == 3


async def test_a_greeting_kept_from_other_templates_is_replaced_by_the_engines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = json.loads(first_words.FILE.read_text(encoding="utf-8"))
    engines = kept["nl"]["plain"]
    kept["nl"]["plain"] = "Dag! Een oude begroeting."
    stale = tmp_path / "first_words.json"
    stale.write_text(json.dumps(kept), encoding="utf-8")
    monkeypatch.setattr(first_words, "FILE", stale)
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        assert _transcript(app) == ["Dag! Een oude begroeting."]
        await settle(app, pilot)
        assert _transcript(app) == [engines]


def test_a_fingerprint_of_other_templates_shows_nothing_early(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = json.loads(first_words.FILE.read_text(encoding="utf-8"))
    kept["nl"]["templates"] = "0" * 64
    other = tmp_path / "first_words.json"
    other.write_text(json.dumps(kept), encoding="utf-8")
    monkeypatch.setattr(first_words, "FILE", other)
    assert first_words.greeting("nl", False) is None
    assert first_words.greeting("en", False) is not None


async def test_one_plan_in_the_store_is_resumed_without_a_hello() -> None:
    data = Path(DeferredSettings().unvalidated["data_dir"])  # type: ignore[index]
    with _store(data) as store:
        store.save(new_plan("Els Maes", TODAY), None)
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        assert _transcript(app) == []
        await settle(app, pilot)
        first = _transcript(app)[0]
        assert first.startswith("Ik open je plan ‘Els Maes’")
        assert not any(t == first_words.greeting("nl", False) for t in _transcript(app))


async def test_nieuw_greets_at_once_even_with_plans_in_the_store() -> None:
    data = Path(DeferredSettings().unvalidated["data_dir"])  # type: ignore[index]
    with _store(data) as store:
        store.save(new_plan("Els Maes", TODAY), None)
        store.save(new_plan("Sam Ward", TODAY), None)
    app = _app(fresh=True)
    async with app.run_test(size=(80, 24)) as pilot:
        assert _transcript(app) == [first_words.greeting("nl", False)]
        await settle(app, pilot)
        assert app.screen.engine.version is None  # type: ignore[attr-defined]
        assert len(_transcript(app)) == 1


def test_only_a_start_sure_to_be_new_counts_as_new(tmp_path: Path) -> None:
    env = {"POP_DATA_DIR": str(tmp_path)}
    assert first_words.surely_new({}, env)  # no store file yet
    with _store(tmp_path):
        pass
    assert first_words.surely_new({}, env)  # a store without plans
    assert not first_words.surely_new({"database_url": "postgresql://hr@db/pop"}, env)
    with _store(tmp_path) as store:
        store.save(new_plan("Els Maes", TODAY), None)
    assert not first_words.surely_new({}, env)
    assert not first_words.surely_new({"data_dir": 12}, env)  # a broken value: unsure
    (tmp_path / "other").mkdir()
    assert first_words.surely_new({"data_dir": str(tmp_path / "other")}, env)


async def test_a_broken_config_shows_no_early_greeting(tmp_path: Path) -> None:
    config = Path(DeferredSettings().unvalidated["data_dir"]).parent / "config"  # type: ignore[index]
    config.mkdir(parents=True, exist_ok=True)
    (config / "config.toml").write_text("language = [", encoding="utf-8")
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        assert _transcript(app) == []
        await settle(app, pilot)


def test_only_the_greetings_own_template_branches_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Other notes and questions in the same template files change often; the kept greeting
    stays valid until the 'hello' note or the name question itself changes."""
    import shutil

    from pop_assistent import paths

    prompts = tmp_path / "prompts"
    shutil.copytree(paths.resource_dir("prompts"), prompts)
    monkeypatch.setattr(paths, "resource_dir", lambda name: tmp_path / name)
    kept = first_words.greeting("nl", False)
    assert kept is not None
    notes = prompts / "nl" / "common_notes.md.j2"
    source = notes.read_text(encoding="utf-8")
    other = source.replace('{% elif note == "help" %}', '{% elif note == "help" %}\nNieuw.\n', 1)
    assert other != source
    notes.write_text(other, encoding="utf-8")
    assert first_words.greeting("nl", False) == kept
    notes.write_text(other.replace("Hallo! Ik ben je POP-assistent.", "Dag!", 1), "utf-8")
    assert first_words.greeting("nl", False) is None
    assert first_words.greeting("en", False) is not None


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("width", [40, 76, 118])
async def test_the_early_greeting_looks_as_the_markdown_would(lang: str, width: int) -> None:
    """The first frame shows the kept greeting from its rendered look (no Markdown parser);
    it stays on screen, so it must wrap and be styled as the engine's Markdown bubble."""
    from textual.app import App, ComposeResult
    from textual.containers import Vertical
    from textual.geometry import Region

    said = first_words.greeting(lang, False)
    assert said is not None
    look = first_words.look(said, lang, False)
    assert look is not None
    early = ChatLog(first_words=said, first_look=look)
    engines = ChatLog(first_words=said)  # the Markdown itself

    class Two(App[None]):
        def compose(self) -> ComposeResult:
            with Vertical():
                yield early
                yield engines

    def cells(chat: ChatLog) -> list[list[tuple[str, bool, bool]]]:
        """Each cell's character, bold and italic (a space looks the same either way)."""
        region = Region(0, 0, chat.size.width, chat.size.height)
        return [
            [
                (
                    ch,
                    ch != " " and bool(s.style and s.style.bold),
                    ch != " " and bool(s.style and s.style.italic),
                )
                for s in strip
                for ch in s.text
            ]  # fmt: skip
            for strip in chat.render_lines(region)
        ]

    async with Two().run_test(size=(width, 40)) as pilot:
        await pilot.pause()
        assert early.virtual_size == engines.virtual_size
        assert early.virtual_size.height > 3  # the greeting is drawn, over several lines
        assert cells(early) == cells(engines)
