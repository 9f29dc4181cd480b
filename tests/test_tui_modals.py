"""The app's modals, each driven inside a throwaway host app, and the small widgets."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from textual.app import App, ComposeResult
from textual.screen import ModalScreen
from textual.widgets import Checkbox, DataTable, Input, Label, Static

from pop_assistent.catalogue import load_catalogue
from pop_assistent.dialogue.types import ResourcesAnswer, SignOffAnswer, SkillsAnswer
from pop_assistent.model import SkillCategory, SkillRating
from pop_assistent.tui.messages import AnswerSubmitted, NoteSubmitted
from pop_assistent.tui.screens.catalogue_picker import CataloguePickerModal
from pop_assistent.tui.screens.export import ExportModal
from pop_assistent.tui.screens.note import NoteModal
from pop_assistent.tui.screens.sign_off import SignOffModal
from pop_assistent.tui.screens.skill_rater import SkillRaterModal
from pop_assistent.tui.widgets.chat_log import ChatLog
from pop_assistent.tui.widgets.history_input import HistoryInput

UNSET = object()
CATALOGUE = Path(__file__).parent / "tui_catalogue"
"""A small fixed catalogue, so these tests do not move when the shipped one grows."""


class Host(App[None]):
    """Pushes one modal at start and keeps what it was dismissed with."""

    CSS_PATH = str(Path(__file__).parents[1] / "pop_assistent" / "tui" / "app.tcss")

    def __init__(self, modal: ModalScreen[Any]) -> None:
        super().__init__()
        self.modal = modal
        self.result: Any = UNSET

    def on_mount(self) -> None:
        self.push_screen(self.modal, self._done)

    def _done(self, value: Any) -> None:
        self.result = value


async def test_skill_rater_sets_levels_and_kinds_with_single_keys() -> None:
    start = [SkillRating(label="Rekenbladen (Excel)", current_level=1, wanted_level=2)]
    host = Host(SkillRaterModal(start, "nl"))
    async with host.run_test(size=(100, 30)) as pilot:
        await pilot.press("3", "+", "+", "v", "o", "s", "s")
        host.screen.query_one("#rater-new", Input).value = "Teams"
        host.screen.query_one("#rater-new", Input).focus()
        await pilot.press("enter", "ctrl+s")
    assert isinstance(host.result, SkillsAnswer)
    excel, teams = host.result.skills
    assert (excel.current_level, excel.wanted_level) == (3, 4)
    assert excel.categories == [SkillCategory.to_improve, SkillCategory.transferable]
    assert teams.label == "Teams"
    assert start[0].current_level == 1, "the plan's own ratings are not changed in place"


async def test_skill_rater_escape_changes_nothing() -> None:
    host = Host(SkillRaterModal([SkillRating(label="Excel")], "nl"))
    async with host.run_test() as pilot:
        await pilot.press("5", "escape")
    assert host.result is None


async def test_catalogue_picker_searches_marks_and_picks(today: date) -> None:
    catalogue = load_catalogue(CATALOGUE, today=today)
    host = Host(CataloguePickerModal(catalogue.search, [], "nl", goal_id="g1", today=today))
    async with host.run_test(size=(120, 40)) as pilot:
        search = host.screen.query_one("#picker-search", Input)
        search.value = "excel"
        await pilot.pause()
        await host.workers.wait_for_complete()
        await pilot.pause()
        table = host.screen.query_one(DataTable)
        assert table.row_count >= 1
        first = host.screen.items[0]  # type: ignore[attr-defined]
        assert "excel" in (first.title + first.description).lower()
        await pilot.press("down", "space", "enter")
    assert host.result == ResourcesAnswer(catalogue_ids=[first.id], goal_id="g1")


async def test_catalogue_picker_type_filter_limits_results(today: date) -> None:
    catalogue = load_catalogue(CATALOGUE, today=today)
    host = Host(CataloguePickerModal(catalogue.search, [], "nl", today=today))
    async with host.run_test(size=(120, 40)) as pilot:
        await host.workers.wait_for_complete()
        host.screen.query_one("#picker-type").value = "online"  # type: ignore[attr-defined]
        await pilot.pause()
        await host.workers.wait_for_complete()
        await pilot.pause()
        items = host.screen.items  # type: ignore[attr-defined]
        assert items and all(item.action_type == "online" for item in items)
        await pilot.press("escape")
    assert host.result is None


async def test_sign_off_needs_a_name_and_returns_both() -> None:
    host = Host(SignOffModal("Sophie Peeters", "", "nl"))
    async with host.run_test() as pilot:
        host.screen.query_one("#sign-coach", Input).value = "Inge Van den Broeck"
        await pilot.click("#sign-ok")
    assert host.result == SignOffAnswer("Sophie Peeters", "Inge Van den Broeck")


async def test_note_modal_marks_private_notes() -> None:
    host = Host(NoteModal([("g1", "Excel leren")], "nl", author="Inge"))
    async with host.run_test(size=(100, 30)) as pilot:
        await pilot.press(*"Goed bezig")
        await pilot.click("#note-private")
        await pilot.press("ctrl+s")
    note = host.result
    assert isinstance(note, NoteSubmitted)
    assert (note.text, note.private, note.goal_id, note.author) == (
        "Goed bezig",
        True,
        None,
        "Inge",
    )


@pytest.mark.parametrize(
    ("shared", "said"),
    [
        (False, "de medewerker kan ze ook lezen"),
        (True, "alleen jij"),
    ],
)
async def test_note_modal_says_who_reads_a_private_note(shared: bool, said: str) -> None:
    host = Host(NoteModal([("g1", "Excel leren")], "nl", author="Inge", shared=shared))
    async with host.run_test(size=(80, 24)) as pilot:
        who = host.screen.query_one("#note-who", Label)
        assert "iedereen die dit plan mag zien" in str(who.render())
        await pilot.press("alt+p")
        await pilot.pause()
        assert said in str(who.render())
        await pilot.press("alt+p")
        await pilot.pause()
        assert "iedereen die dit plan mag zien" in str(who.render())


async def test_export_modal_switches_suffix_with_format(tmp_path: Path) -> None:
    host = Host(ExportModal("pdf", tmp_path / "POP-sophie", "nl"))
    async with host.run_test(size=(100, 30)) as pilot:
        assert host.screen.query_one("#export-path", Input).value.endswith(".pdf")
        await pilot.press("end")  # the formats have the focus: the last one is the calendar
        share = host.screen.query_one("#export-share", Checkbox)
        assert "met privénotities" in str(share.label)  # the state in words, not 'nee'/'no'
        assert not str(share.label).rstrip().endswith(("nee", "no"))
        await pilot.click("#export-share")
        await pilot.pause()
        assert "zonder privénotities" in str(share.label)
        await pilot.click("#export-ok")
    assert host.result == ("ics", tmp_path / "POP-sophie.ics", "coach")


class ChatHost(App[None]):
    """A chat log and the answer line, nothing else."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[str] = []

    def compose(self) -> ComposeResult:
        yield ChatLog()
        yield HistoryInput(id="answer")

    def on_answer_submitted(self, event: AnswerSubmitted) -> None:
        self.sent.append(event.text)
        self.query_one(ChatLog).add_user(event.text)


async def test_user_text_with_markup_shows_literally() -> None:
    tricky = "[bold]vet[/bold] {{ x }} <b>html</b> \x1b[31mrood 😀 [link=x]y[/link]"
    app = ChatHost()
    async with app.run_test(size=(100, 20)) as pilot:
        app.query_one(HistoryInput).value = tricky
        await pilot.press("enter")
        await pilot.pause()
        (shown,) = app.query_one(ChatLog).texts("user")  # as drawn on screen
    assert app.sent == [tricky]
    assert "[bold]vet[/bold] {{ x }} <b>html</b> \\x1b[31mrood 😀 [link=x]y[/link]" in shown


async def test_history_input_walks_back_and_keeps_the_draft() -> None:
    app = ChatHost()
    async with app.run_test() as pilot:
        answer = app.query_one(HistoryInput)
        for text in ("eerste", "tweede"):
            answer.value = text
            await pilot.press("enter")
        answer.value = "klad"
        await pilot.press("up")
        assert answer.value == "tweede"
        await pilot.press("up", "up")
        assert answer.value == "eerste"
        await pilot.press("down", "down")
        assert answer.value == "klad"
        answer.value = "   "
        await pilot.press("enter")
    assert app.sent == ["eerste", "tweede"]


async def test_skill_rater_uses_english_letters_in_english() -> None:
    start = [SkillRating(label="Spreadsheets", current_level=1, wanted_level=2)]
    host = Host(SkillRaterModal(start, "en"))
    async with host.run_test(size=(100, 30)) as pilot:
        hint = str(host.screen.query(Static).filter(".hint").first().render())
        assert "i improve · o obsolete · r transferable" in hint and "verbeteren" not in hint
        await pilot.press("v", "n", "i", "r", "ctrl+s")  # v and n are Dutch letters: nothing
    assert isinstance(host.result, SkillsAnswer)
    assert host.result.skills[0].categories == [
        SkillCategory.to_improve,
        SkillCategory.transferable,
    ]
