"""Escaping for each output format, so user text always shows literally.

HTML relies on jinja2's autoescape; Typst never sees user text in its source (it reads JSON
from `sys.inputs`); iCalendar text is escaped by the `icalendar` package. Markdown has no
library escaper, so this module holds one.
"""

from __future__ import annotations

import re

from markupsafe import Markup

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&$!{}])")
_MD_LINE_START = re.compile(r"^(\s*)([-+=>]|\d+(?=[.)]))")


def md_escape(value: object) -> str:
    """Markdown-safe text: punctuation with meaning is backslash-escaped, lines are folded.

    Markup instances (our own template fragments) pass unchanged.
    """
    if isinstance(value, Markup):
        return str(value)
    if value is None:
        return ""
    # Leading blanks carry no meaning in a field, and four of them (or a tab) would make
    # the line an indented code block.
    text = " ".join(str(value).split("\n")).lstrip()
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
