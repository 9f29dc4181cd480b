"""The notes modal (Ctrl+N) in the real app on a real store: read, rewrite one's own note,
remove a coach's note after a confirmation, and text with [markup] and {{ }} shown as typed."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.widgets import Button, Label, OptionList, TextArea
from tui_support import TODAY, build_app, settle

from pop_assistent.demo import sophie
from pop_assistent.dialogue.notes import note_rows
from pop_assistent.model import CoachNote, Plan
from pop_assistent.tui.screens.notes import NotesModal
from pop_assistent.tui.widgets.chat_log import ChatLog

HOSTILE = "Zie [bold]dit[/bold] en {{ plan.id }} [link=x]klik[/link]"


def plan_with_notes() -> Plan:
    plan = sophie(TODAY)
    plan.coach_notes = [
        CoachNote(
            id="n-coach", author="Inge Van den Broeck", text="Excel is nog wankel.",
            private=True, goal_id="g-sophie-excel", written_on=TODAY,
        ),
        CoachNote(id="n-own", author="Sophie Peeters", text=HOSTILE, written_on=TODAY),
    ]  # fmt: skip
    return plan


async def test_notes_are_read_rewritten_and_removed_as_new_versions(tmp_path: Path) -> None:
    app, store = build_app(tmp_path / "data", plan_ref="sophie")
    first = store.save(plan_with_notes(), None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+n")
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, NotesModal)
        listing = modal.query_one("#notes-list", OptionList)
        assert listing.option_count == 2
        meta = str(modal.query_one("#notes-meta", Label).render())
        assert "Inge Van den Broeck" in meta and "24-11-2026" in meta and "privé" in meta
        assert modal.query_one("#notes-text", TextArea).read_only  # the coach's words
        assert not modal.query_one("#notes-save", Button).display
        rule = str(modal.query_one("#notes-rule", Label).render())
        assert "niet herschrijven onder de naam van Inge" in rule

        await pilot.press("down")  # her own note, with markup and braces shown literally
        text = modal.query_one("#notes-text", TextArea)
        assert text.text == HOSTILE and not text.read_only
        assert "[bold]" in str(listing.get_option_at_index(1).prompt)
        await pilot.press("enter")  # to the text
        assert text.has_focus
        await pilot.press("end", *" {{ x }} [i]", "ctrl+s")
        await settle(app, pilot)
        assert not isinstance(app.screen, NotesModal)
        stored = store.load("sophie-peeters").plan.coach_notes
        assert stored[1].text == HOSTILE + " {{ x }} [i]"
        assert "Notitie 2 gewijzigd" in " ".join(app.screen.query_one(ChatLog).transcript())

        await pilot.press("ctrl+n")
        await pilot.pause()
        await pilot.click("#notes-drop")  # the coach's note: asked first
        await pilot.pause()
        question = str(app.screen.query_one("#notes-question", Label).render())
        assert "de notitie van Inge Van den Broeck" in question
        await pilot.click("#notes-no")  # changed her mind: nothing removed
        await pilot.pause()
        assert len(store.load("sophie-peeters").plan.coach_notes) == 2
        await pilot.click("#notes-drop")
        await pilot.pause()
        await pilot.click("#notes-yes")
        await settle(app, pilot)
    latest = store.load("sophie-peeters")
    assert [n.id for n in latest.plan.coach_notes] == ["n-own"]
    assert latest.version == first + 2
    assert [n.id for n in store.load("sophie-peeters", first).plan.coach_notes] == [
        "n-coach", "n-own",
    ]  # fmt: skip


async def test_a_plan_without_notes_says_how_to_write_one(tmp_path: Path) -> None:
    app, store = build_app(tmp_path / "data", plan_ref="sophie")
    store.save(sophie(TODAY), None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+n")
        await pilot.pause()
        said = str(app.screen.query_one("#notes-empty", Label).render())
        assert "nog geen notities" in said and "F5" in said
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, NotesModal)


class Host(App[None]):
    """Pushes the modal alone, as the app would on the shared store."""

    CSS_PATH = str(Path(__file__).parents[1] / "pop_assistent" / "tui" / "app.tcss")

    def __init__(self, modal: NotesModal) -> None:
        super().__init__()
        self.modal = modal

    def on_mount(self) -> None:
        self.push_screen(self.modal)


async def test_shared_store_says_in_one_sentence_that_notes_cannot_be_changed() -> None:
    plan = plan_with_notes()
    rows = note_rows(plan, "en", me="Sophie Peeters", shared=True)
    host = Host(NotesModal(rows, "en"))
    async with host.run_test(size=(80, 24)) as pilot:
        await pilot.press("down")
        modal = host.screen
        assert not modal.query_one("#notes-save", Button).display
        assert not modal.query_one("#notes-drop", Button).display
        assert modal.query_one("#notes-text", TextArea).read_only
        rule = str(modal.query_one("#notes-rule", Label).render())
        assert rule.startswith("In the shared database this app cannot change or remove a note")
        await pilot.press("ctrl+s")  # refused with the same sentence, the modal stays
        await pilot.pause()
        assert host.screen is modal


async def test_a_rewrite_survives_looking_at_another_note_and_escape_asks_first(
    tmp_path: Path,
) -> None:
    app, store = build_app(tmp_path / "data", plan_ref="sophie")
    store.save(plan_with_notes(), None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+n", "down", "enter", "end", *" erbij")
        await pilot.pause()
        modal = app.screen
        modal.query_one("#notes-list", OptionList).focus()
        await pilot.press("up")  # to the coach's note and back: the typing is still there
        await pilot.pause()
        assert modal.query_one("#notes-text", TextArea).text == "Excel is nog wankel."
        await pilot.press("down")
        await pilot.pause()
        assert modal.query_one("#notes-text", TextArea).text == HOSTILE + " erbij"
        await pilot.press("escape")  # not saved yet: said, the modal stays
        await pilot.pause()
        assert app.screen is modal
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert app.screen is not modal
    assert store.load("sophie-peeters").plan.coach_notes[1].text == HOSTILE + " erbij"
