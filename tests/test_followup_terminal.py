"""The check-in's Markdown as plain terminal text: headings, emphasis, lists, wrapping."""

from __future__ import annotations

from pop_assistent.followup.terminal import render


def test_markdown_becomes_plain_lines() -> None:
    text = render("## Opvolging van 2 april 2027\n\nJe verwachtte *ik kan plannen*; **ja**.", 80)
    assert text.splitlines()[0] == "Opvolging van 2 april 2027"
    assert "“ik kan plannen”" in text and "*" not in text and "#" not in text


def test_escaped_user_text_stays_literal() -> None:
    assert render(r"Je schreef: \*\*niet vet\*\* \[bold\] \{\{ x \}\}", 80) == (
        "Je schreef: **niet vet** [bold] {{ x }}"
    )


def test_lists_are_indented_with_a_hanging_indent() -> None:
    text = render("Per actie:\n- " + "woord " * 20, 40)
    lines = text.splitlines()
    assert lines[1].startswith("  - woord")
    assert all(line.startswith("    woord") for line in lines[2:])


def test_no_broken_words_and_no_line_starts_with_punctuation() -> None:
    source = "Bij bezig mag je het percentage er meteen bij zetten , bv. 'bezig 60%'. " * 3
    source += "Eenheelllangwoordzonderspatiesdatnietpastopeenregel hier."
    for width in (30, 41, 57, 80):
        lines = render(source, width).splitlines()
        words = " ".join(lines).split()
        assert words == source.split()
        assert all(line[0] not in ",.;:!?)" for line in lines)
        assert all(len(line) <= width or len(line.split()) <= 2 for line in lines)
