"""Make user text safe to show in any format without changing what it says.

Control characters cannot be printed (and are not allowed in HTML or XML), so each one is
shown as its Unicode "control picture" (U+2400 block): a NUL byte appears as ␀, visibly and
literally. Line breaks are kept; tabs become spaces.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return "\u2421" if code == 0x7F else chr(0x2400 + code)


def clean(text: str | None) -> str:
    """User text with normalised line breaks and visible control characters."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _CONTROL.sub(_picture, text)


def one_line(text: str | None) -> str:
    """`clean`, with line breaks folded into spaces (table cells, titles)."""
    return " ".join(part for part in clean(text).split("\n"))
