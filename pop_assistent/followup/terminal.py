"""The check-in's Markdown messages as plain terminal text (`pop opvolging`).

Headings become plain lines, `**bold**` loses its markers, `*emphasis*` (quoted user text)
is shown between typographic quotes, list items are indented with a hanging indent, and every
paragraph is wrapped at the terminal width on spaces only: words are never broken and a line
never starts with punctuation (such a piece is kept on the line before).
"""

from __future__ import annotations

import re
import shutil
import textwrap

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)(?:[-*+]|(\d+)[.)])\s+(.*)$")
_BOLD = re.compile(r"(?<!\\)\*\*(.+?)(?<!\\)\*\*")
_EMPHASIS = re.compile(r"(?<![\\*\w])\*(?=\S)(.+?)(?<=[^\s\\])\*(?![*\w])")
_ESCAPED = re.compile(r"\\([\\`*_\[\]<>#|~{}()!.+-])")
_LEADING_PUNCT = re.compile(r"^[,.;:!?)\]}…%»”’]")

MIN_WIDTH = 30
MAX_WIDTH = 100


def terminal_width() -> int:
    """The width to wrap at: the terminal's, kept between 30 and 100 columns."""
    columns = shutil.get_terminal_size((80, 24)).columns
    return max(MIN_WIDTH, min(MAX_WIDTH, columns - 1))


def inline(text: str) -> str:
    """One line of Markdown without its inline markers; escapes undone."""
    text = _BOLD.sub(r"\1", text)
    text = _EMPHASIS.sub(lambda m: f"“{m.group(1)}”", text)
    return _ESCAPED.sub(r"\1", text)


def wrap(text: str, width: int, first: str = "", rest: str = "") -> list[str]:
    """Wrap on spaces only; a piece starting with punctuation joins the line before."""
    lines = textwrap.wrap(
        text,
        width=width,
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    )
    fixed: list[str] = []
    for line in lines:
        body = line[len(rest) :] if fixed else line
        if fixed and _LEADING_PUNCT.match(body):
            head, _, tail = body.partition(" ")
            fixed[-1] += " " + head
            if tail.strip():
                fixed.append(rest + tail)
            continue
        fixed.append(line)
    return fixed or [first.rstrip()]


def render(markdown: str, width: int | None = None) -> str:
    """A check-in message (Markdown) as wrapped plain text for a terminal."""
    width = width or terminal_width()
    out: list[str] = []
    for raw in markdown.splitlines():
        if not raw.strip():
            if out and out[-1] != "":
                out.append("")
            continue
        heading = _HEADING.match(raw)
        if heading:
            out.extend(wrap(inline(heading.group(1)), width))
            continue
        bullet = _BULLET.match(raw)
        if bullet:
            depth = len(bullet.group(1).expandtabs(2)) // 2
            mark = f"{bullet.group(2)}." if bullet.group(2) else "-"
            first = "  " * (depth + 1) + mark + " "
            out.extend(wrap(inline(bullet.group(3)), width, first, " " * len(first)))
            continue
        out.extend(wrap(inline(raw.strip()), width))
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)
