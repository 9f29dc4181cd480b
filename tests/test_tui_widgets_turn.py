"""The conversation's widgets between turns: quick-answer buttons are relabelled and spare ones
hidden (never a stale value behind a hidden button); old messages leave the screen, the newest
stay in view; a long reply shows its beginning; the conversation's text can be copied."""

from __future__ import annotations

from typing import Any

from textual.app import App, ComposeResult
from textual.widgets import Button

from pop_assistent.conversation.contract import Choice
from pop_assistent.tui.messages import AnswerSubmitted
from pop_assistent.tui.widgets.chat_log import ChatLog
from pop_assistent.tui.widgets.choice_bar import ChoiceBar


class Bar(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.sent: list[str] = []

    def compose(self) -> ComposeResult:
        yield ChoiceBar(id="choices", classes="-empty")

    def on_answer_submitted(self, event: AnswerSubmitted) -> None:
        self.sent.append(event.text)


def _labels(bar: ChoiceBar) -> list[str]:
    return [str(b.label) for b in bar.buttons()]


async def test_buttons_follow_the_choices_of_each_turn() -> None:
    app = Bar()
    async with app.run_test(size=(80, 24)) as pilot:
        bar = app.query_one(ChoiceBar)
        three = (Choice("Ja", "ja"), Choice("Nee", "nee"), Choice("Excel", "3", chosen=True))
        bar.show(three, [("F4 Tijdlijn", "screen.open_timeline")])
        await pilot.pause()
        assert _labels(bar) == ["1 Ja", "2 Nee", "3 ✓ Excel", "F4 Tijdlijn"]
        assert bar.value_for(3) == "3"
        assert not bar.has_class("-empty")

        bar.show((Choice("Oké", "ok"),), [])
        await pilot.pause()
        assert _labels(bar) == ["1 Oké"]
        assert bar.value_for(1) == "ok"
        assert bar.value_for(2) is None  # a hidden button answers nothing
        assert len(app.query(Button)) == 4  # kept for a later turn, hidden
        assert [b for b in bar.buttons() if b.variant == "primary"] == []

        await pilot.click(bar.buttons()[0])
        assert app.sent == ["ok"]

        bar.show((), [])
        await pilot.pause()
        assert _labels(bar) == [] and bar.has_class("-empty")

        bar.show((Choice("[b]vet[/b]", "x"),), [("F6 Ondertekenen", "screen.sign_off")])
        await pilot.pause()
        assert _labels(bar) == ["1 [b]vet[/b]", "F6 Ondertekenen"]  # shown as typed
        assert [b.variant for b in bar.buttons()] == ["default", "primary"]


class Log(App[None]):
    def compose(self) -> ComposeResult:
        yield ChatLog(id="chat")


async def test_old_messages_leave_and_the_newest_stay_in_view() -> None:
    app = Log()
    async with app.run_test(size=(80, 24)) as pilot:
        chat = app.query_one(ChatLog)
        total = chat.MAX_MESSAGES + 7
        for n in range(total):
            chat.add_user(f"antwoord {n}")
            chat.add_assistant(f"vraag {n}")
        await pilot.pause()
        shown = chat.transcript()
        assert len(shown) == chat.MAX_MESSAGES
        assert shown[-2:] == [f"antwoord {total - 1}", f"vraag {total - 1}"]
        assert chat.max_scroll_y > 0 and chat.scroll_y == chat.max_scroll_y


async def test_a_reply_taller_than_the_view_shows_its_first_line() -> None:
    app = Log()
    async with app.run_test(size=(60, 12)) as pilot:
        chat = app.query_one(ChatLog)
        for n in range(6):
            chat.add_user(f"antwoord {n}")
        points = "\n".join(f"- punt {n}" for n in range(15))
        chat.add_assistant(f"Eerste regel van het lange antwoord.\n\n{points}")
        await pilot.pause()
        first = chat.render_line(0).text
        assert "Eerste regel" in first
        assert chat.scroll_y < chat.max_scroll_y  # not scrolled past its beginning


async def test_text_in_the_conversation_can_be_selected_and_copied() -> None:
    app = Log()
    async with app.run_test(size=(60, 12)) as pilot:
        chat = app.query_one(ChatLog)
        chat.add_assistant("Hoe **heet** je?")
        chat.add_user("Ine [b]Claes[/b] {{ x }}")
        await pilot.pause()
        await pilot.mouse_down(chat, offset=(3, 0))
        await pilot.hover(chat, offset=(40, 2))
        await pilot.mouse_up(chat, offset=(40, 2))
        await pilot.pause()
        assert app.screen.get_selected_text() == "Hoe heet je?\n\nIne [b]Claes[/b] {{ x }}"


async def test_a_new_theme_draws_the_conversation_in_its_colours() -> None:
    app = Log()
    async with app.run_test(size=(60, 12)) as pilot:
        chat = app.query_one(ChatLog)
        chat.add_assistant("Hallo **daar**")
        await pilot.pause()
        dark = {s.style.bgcolor for s in chat.render_line(0) if s.style}
        app.theme = "textual-light"
        await pilot.pause()
        light = {s.style.bgcolor for s in chat.render_line(0) if s.style}
        assert dark and light and not dark & light


async def test_a_long_quick_answer_is_not_cut_at_80_columns() -> None:
    """Two buttons a row cut '1 Medicatie veilig klaarzetten en toedienen' in half at 80
    columns (issue 12); a long label gets the whole row, short ones stay two a row."""
    app = Bar()
    async with app.run_test(size=(80, 24)) as pilot:
        bar = app.query_one(ChoiceBar)
        long = (Choice("Medicatie veilig klaarzetten en toedienen", "1"), Choice("Wondzorg", "2"))
        bar.show(long, [])
        await pilot.pause()
        for button in bar.buttons():
            assert button.region.width >= len(str(button.label)) + 2, str(button.label)
        assert len({b.region.y for b in bar.buttons()}) == 2  # one a row
        bar.show((Choice("Ja", "ja"), Choice("Nee", "nee")), [])
        await pilot.pause()
        assert len({b.region.y for b in bar.buttons()}) == 1  # short ones: two a row


def test_a_reply_is_rich_markdown_as_rich_makes_it() -> None:
    """The shared parser gives what Rich's own Markdown gives: the same attributes and tokens
    (a Rich release that sets more in its __init__ fails here) and the same drawn lines."""
    from rich.console import Console
    from rich.markdown import Markdown

    from pop_assistent.tui.widgets.chat_log import markdown_look

    text = "**Doel 1** is ~~vaag~~ SMART.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n1. *ja*\n2. `nee`"
    ours, rich = markdown_look(text), Markdown(text, hyperlinks=False)
    assert isinstance(ours, Markdown)
    assert vars(ours) == vars(rich)
    console = Console(width=40, color_system="truecolor", legacy_windows=False)
    assert console.render_lines(ours) == console.render_lines(rich)
    assert markdown_look("*twee*").parsed != ours.parsed  # one parser, each text its own tokens


def both(widget: Any, crop: Any) -> tuple[list[list[object]], list[list[object]]]:
    """A widget's lines as it draws them, and as Textual's style cache draws them."""
    from textual.widget import Widget

    ours = [list(strip) for strip in widget.render_lines(crop)]
    widget._styles_cache.clear()
    theirs = [list(strip) for strip in Widget.render_lines(widget, crop)]
    return ours, theirs


async def test_the_conversations_scrollbar_is_drawn_as_textual_draws_it() -> None:
    """The scrollbar made in one go has the lines Textual's style cache makes: at every place
    of the thumb, under the mouse, grabbed, cropped, and in another theme."""
    from textual.geometry import Region

    from pop_assistent.tui.widgets.chat_log import QuickScrollBar

    app = Log()
    async with app.run_test(size=(60, 12)) as pilot:
        chat = app.query_one(ChatLog)
        for n in range(30):
            chat.add_user(f"antwoord {n}")
        await pilot.pause()
        bar = chat.vertical_scrollbar
        assert isinstance(bar, QuickScrollBar) and bar.display
        full = Region(0, 0, *bar.region.size)
        seen = set()
        for y in (0, 7, chat.max_scroll_y // 2, chat.max_scroll_y):
            chat.scroll_to(y=y, animate=False)
            await pilot.pause()
            ours, theirs = both(bar, full)
            assert ours == theirs
            seen.add(str(ours))
        assert len(seen) == 4  # the thumb moved: each place is drawn
        bar.mouse_over = True
        assert both(bar, full)[0] == both(bar, full)[1]
        bar.grabbed = bar.region.offset
        assert both(bar, full)[0] == both(bar, full)[1]
        crop = Region(1, 2, 1, 5)
        assert both(bar, crop)[0] == both(bar, crop)[1] and len(both(bar, crop)[0]) == 5
        app.theme = "textual-light"
        await pilot.pause()
        assert both(bar, full)[0] == both(bar, full)[1]


async def test_the_conversation_is_drawn_as_textual_draws_it() -> None:
    """The conversation's lines made without the style cache are the lines it makes: every
    kind of message, scrolled, selected, cropped, in another theme; a border goes its way."""
    from textual.geometry import Region

    app = Log()
    async with app.run_test(size=(60, 12)) as pilot:
        chat = app.query_one(ChatLog)
        for n in range(8):
            chat.add_user(f"antwoord [b]{n}[/b]")
            chat.add_assistant(f"Vraag **{n}**:\n\n- een\n- twee")
        chat.add_warning("let op")
        chat.add_notice("bewaard")
        await pilot.pause()
        full = Region(0, 0, *chat.region.size)  # as the screen asks for them
        for y in (0, 5, chat.max_scroll_y):
            chat.scroll_to(y=y, animate=False)
            await pilot.pause()
            ours, theirs = both(chat, full)
            assert ours == theirs and len(ours) == chat.size.height
            assert {sum(len(s.text) for s in line) for line in ours} == {chat.region.width}
        await pilot.mouse_down(chat, offset=(3, 0))
        await pilot.hover(chat, offset=(40, 2))
        await pilot.mouse_up(chat, offset=(40, 2))
        assert chat.text_selection is not None
        assert both(chat, full)[0] == both(chat, full)[1]
        crop = Region(2, 1, 20, 4)
        assert both(chat, crop)[0] == both(chat, crop)[1]
        app.theme = "textual-light"
        await pilot.pause()
        assert both(chat, full)[0] == both(chat, full)[1]
        chat.styles.border = ("round", "red")
        await pilot.pause()
        assert both(chat, full)[0] == both(chat, full)[1]
