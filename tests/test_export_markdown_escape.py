"""Property: any text escaped for Markdown renders back to the same visible text."""

from __future__ import annotations

import html

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from pop_assistent.text.escape import markdown as md_escape

MD = MarkdownIt("commonmark").enable("table")
TEXT = st.text(
    alphabet=st.characters(min_codepoint=32, max_codepoint=0x2FF, blacklist_characters="\x7f"),
    max_size=60,
) | st.text(alphabet="#*_[]()<>!`\\|&$@{}~-+=. 1aé\n", max_size=40)


def visible(markdown: str) -> str:
    tokens = MD.parseInline(markdown)[0].children or []
    assert all(t.type in ("text", "softbreak") for t in tokens), [t.type for t in tokens]
    return "".join(t.content if t.type == "text" else " " for t in tokens)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_escaped_text_shows_literally(text: str) -> None:
    shown = visible(md_escape(text))
    assert " ".join(shown.split()) == " ".join(text.replace("\n", " ").split())


def test_html_entities_and_tags_stay_text() -> None:
    for text in ("&amp; &copy; &#65;", "<b>x</b>", "<https://example.org>", "1. not a list"):
        assert html.unescape(MD.renderInline(md_escape(text))).strip() == text
