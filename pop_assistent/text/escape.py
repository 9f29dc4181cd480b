"""One escaper per output format, so user text always shows literally.

- Markdown (the assistant's messages, the plan as .md): `markdown`; text we wrote ourselves
  is marked with `markupsafe.Markup` and passes unchanged.
- HTML: jinja2's autoescape (markupsafe), see `templates.environment(..., "html")`.
- A terminal line: `fold.one_line`; a Markdown message as terminal text: `plain`.
- Typst never sees user text in its source (it reads JSON); iCalendar is escaped by `icalendar`.
Control characters become their visible "control pictures" (U+2400 block): ␀, ␛.
"""

from __future__ import annotations

import re

from markupsafe import Markup

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
MARKDOWN_SPECIAL = "\\`*_[]<>#|~&$!{}"
_MD_SPECIAL = re.compile("([" + re.escape(MARKDOWN_SPECIAL) + "])")
_MD_LINE_START = re.compile(r"^(\s*)([-+](?=\s|$)|[=>]|\d+(?=[.)](?:\s|$)))")
_MD_ESCAPED = re.compile("\\\\([" + re.escape(MARKDOWN_SPECIAL + "()!.+-") + "])")
_BOLD = re.compile(r"(?<!\\)\*\*")
_CODE_INDENT = re.compile(r"^(?: {4}|\s*\t)")


def visible(text: str) -> str:
    """Control characters shown as their control pictures; everything else as it is."""
    return _CONTROL.sub(
        lambda m: "\u2421" if m.group() == "\x7f" else chr(0x2400 + ord(m.group())), text
    )


def markdown(value: object) -> str:
    """Any value shown literally inside Markdown: one line, markup characters backslash-escaped,
    a leading list or heading marker defused. `Markup` (our own text) passes unchanged; None is
    empty; a whole float is written without '.0'."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = visible(" ".join(str(value).replace("\r\n", "\n").split("\n")))
    if _CODE_INDENT.match(text):
        # Four leading blanks (or a tab) would make the line an indented code block; such
        # blanks carry no meaning in a field. One blank before "(30%)" is kept.
        text = text.lstrip()
    text = _MD_SPECIAL.sub(r"\\\1", text)
    match = _MD_LINE_START.match(text)
    if match:
        lead, mark = match.groups()
        if mark.isdigit():
            end = match.end()
            text = f"{text[:end]}\\{text[end:]}"
        else:
            text = f"{lead}\\{text[len(lead) :]}"
    return text


def unescape_markdown(text: str) -> str:
    """Undo `markdown`'s backslashes (for showing a message as plain text)."""
    return _MD_ESCAPED.sub(r"\1", text)


def plain(message: str) -> str:
    """A Markdown message as plain text: no bold markers, escapes undone."""
    return unescape_markdown(_BOLD.sub("", message))
