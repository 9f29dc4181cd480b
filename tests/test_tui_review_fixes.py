"""UX review findings 10 and 11 on the TUI side: nothing covers the closing message, the footer
fits at 80 columns and follows a language switch, the export dialog and the note modal work by
keyboard alone, an empty Enter gets a gentle hint, and a saved note is only acknowledged."""

from __future__ import annotations

from pathlib import Path

from test_tui_modals import Host
from textual.widgets import Footer, Input, OptionList
from textual.widgets._toast import Toast
from tui_support import TODAY, build_app, say, settle

from pop_assistent.demo import karim, sophie
from pop_assistent.dialogue.types import Step
from pop_assistent.tui.messages import NoteSubmitted
from pop_assistent.tui.screens.export import ExportModal
from pop_assistent.tui.screens.note import NoteModal
from pop_assistent.tui.widgets.chat_log import ChatLog
from pop_assistent.tui.widgets.choice_bar import ChoiceBar
from pop_assistent.tui.widgets.history_input import HistoryInput


def footer_keys(app: object) -> list[tuple[str, int, int]]:
    """(label, left, right) of every key in the footer, the palette key included."""
    footer = app.screen.query_one(Footer)  # type: ignore[attr-defined]
    return [
        (str(key.render()).strip(), key.region.x, key.region.right)
        for key in footer.query("FooterKey")
    ]


def toasts(app: object) -> list[str]:
    return [str(t.render()) for t in app.query(Toast)]  # type: ignore[attr-defined]


async def test_finished_plan_offers_export_without_a_toast_over_the_chat(tmp_path: Path) -> None:
    app, store = build_app(tmp_path / "data", plan_ref="sophie")
    store.save(sophie(TODAY), None)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(app, pilot)
        await say(app, pilot, "om de drie maanden", "ja", "later")
        await settle(app, pilot)
        assert app.screen.engine.plan.sign_offs  # type: ignore[attr-defined]
        assert "Proficiat" in " ".join(app.screen.query_one(ChatLog).transcript())
        assert not any("klaar" in text or "F7" in text for text in toasts(app))
        labels = [str(b.label) for b in app.screen.query_one("#choices", ChoiceBar).buttons()]
        assert "F7 Plan exporteren" in labels
        # The button opens the export dialog; its result is a line in the chat, not a toast.
        await pilot.click("#choices Button.-primary")
        await pilot.pause()
        assert isinstance(app.screen, ExportModal)
        app.screen.query_one("#export-path", Input).value = str(tmp_path / "plan.md")
        app.screen.query_one("#export-format", OptionList).highlighted = 2
        await pilot.pause()
        await pilot.press("enter")
        await settle(app, pilot)
        last = app.screen.query_one(ChatLog).transcript()[-1]
        assert not toasts(app)
    assert (tmp_path / "plan.md").is_file()
    assert "Opgeslagen" in last and "plan.md" in last


async def test_footer_fits_at_80_and_follows_the_language(tmp_path: Path) -> None:
    app, store = build_app(tmp_path / "data", plan_ref="karim", coach_mode=True)
    store.save(karim(TODAY), None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        keys = footer_keys(app)
        *shown, palette = keys
        labels = [label for label, _, _ in shown]
        assert labels == ["f1 Hulp", "^z Ongedaan", "f5 Notitie", "f7 Export", "f9 Opvolging"] + [
            "^o Plan"
        ]
        assert all(right <= palette[1] for _, _, right in shown), keys
        await pilot.press("f4")  # left out of the footer at 80 columns, the key still works
        await pilot.pause()
        assert type(app.screen).__name__ == "TimelineModal"
        await pilot.press("escape")
        await pilot.pause()

        app.screen.action_set_language("en")  # type: ignore[attr-defined]
        await pilot.pause()
        labels = [label for label, _, _ in footer_keys(app)]
        assert "f1 Help" in labels and "^o Plan" in labels and "f1 Hulp" not in labels
        answer = app.screen.query_one("#answer", Input)
        assert answer.placeholder == "Type your answer, press Enter"

        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        labels = [label for label, _, _ in footer_keys(app)]
        assert "f4 Timeline" in labels and "f7 Export" in labels
        await pilot.press("f1")  # the same key runs once, in the new language
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpModal"
        assert app.screen.lang == "en"  # type: ignore[attr-defined]


async def test_empty_enter_shows_a_hint_in_the_answer_line(tmp_path: Path) -> None:
    app, _ = build_app(tmp_path / "data")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(app, pilot)
        chat = app.screen.query_one(ChatLog)
        before = len(chat.transcript())
        answer = app.screen.query_one("#answer", HistoryInput)
        await pilot.press("space", "enter")
        await pilot.pause()
        assert answer.placeholder.startswith("Typ eerst je antwoord")
        assert answer.value == "" and len(chat.transcript()) == before
        assert not toasts(app)
        await pilot.press("S")
        assert answer.placeholder == "Typ je antwoord en druk Enter"


async def test_export_dialog_marks_the_choice_in_text_and_tab_reaches_export(
    tmp_path: Path,
) -> None:
    host = Host(ExportModal("pdf", tmp_path / "POP-sophie", "nl"))
    async with host.run_test(size=(80, 24)) as pilot:
        formats = host.screen.query_one("#export-format", OptionList)
        assert formats.has_focus
        await pilot.press("down")
        prompts = [str(formats.get_option_at_index(i).prompt) for i in range(4)]
        assert prompts[0].startswith("○ PDF") and prompts[1].startswith("● HTML")
        assert sum(p.startswith("●") for p in prompts) == 1
        assert host.screen.query_one("#export-path", Input).value.endswith(".html")
        await pilot.press("tab", "tab", "tab")
        assert host.screen.focused is host.screen.query_one("#export-ok")
        await pilot.press("enter")
    assert host.result == ("html", tmp_path / "POP-sophie.html", "volledig")


async def test_export_dialog_enter_at_once_exports_the_default(tmp_path: Path) -> None:
    host = Host(ExportModal("pdf", tmp_path / "POP-sophie", "nl"))
    async with host.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
    assert host.result == ("pdf", tmp_path / "POP-sophie.pdf", "volledig")


async def test_note_modal_by_keyboard_alone() -> None:
    goals = [("g1", "Teams en SharePoint"), ("g2", "Excel maandrapport")]
    host = Host(NoteModal(goals, "nl", goal_id="g2"))
    async with host.run_test(size=(80, 24)) as pilot:
        screen = host.screen
        assert "Alt+P" in str(screen.query_one(".hint").render())
        private = screen.query_one("#note-private")
        assert str(private.label).endswith("nee, ook in gedeelde kopieën")  # type: ignore[attr-defined]
        await pilot.press(*"Oefen", "alt+p")
        assert str(private.label).endswith("ja, niet in gedeelde kopieën")  # type: ignore[attr-defined]
        order = []
        for _ in range(3):
            await pilot.press("tab")
            order.append(screen.focused.id if screen.focused else None)
        assert order == ["note-private", "note-goal", "note-ok"]
        await pilot.press("enter")
    note = host.result
    assert isinstance(note, NoteSubmitted)
    assert (note.text, note.goal_id, note.private) == ("Oefen", "g2", True)


async def test_saved_note_is_on_the_current_goal_and_only_acknowledged(tmp_path: Path) -> None:
    app, store = build_app(tmp_path / "data", plan_ref="sophie", coach_mode=True)
    store.save(sophie(TODAY), None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        engine = app.screen.engine  # type: ignore[attr-defined]
        app.screen.action_go_to(Step.resources.value)  # type: ignore[attr-defined]
        await settle(app, pilot)
        current = engine.current_goal_id()
        assert current is not None
        question = app.screen.query_one(ChatLog).transcript()[-1]
        await pilot.press("f5")
        await pilot.pause()
        await pilot.press(*"Eerst in kleine groep", "alt+p", "ctrl+s")
        await settle(app, pilot)
        last = app.screen.query_one(ChatLog).transcript()[-1]
    note = store.load(store.resolve("sophie")).plan.coach_notes[-1]
    assert (note.text, note.goal_id, note.private) == ("Eerst in kleine groep", current, True)
    assert note.author.strip()
    assert "Notitie bewaard" in last and question not in last
