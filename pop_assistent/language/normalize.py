"""Text folding shared by every language rule: lowercase, no accents, no control characters.

`fold` maps every character to exactly one character, so offsets in the folded text are
offsets in the original text: a match can always be shown to the user as they typed it.
"""

from __future__ import annotations

import re
import unicodedata

MAX_SCAN = 5000
"""Only the first characters of a text are scanned (a goal holds at most 5000)."""

_SPACE_RE = re.compile(r"\s+")
FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
"""Fraction characters, kept as they are by `fold` so number readers can see them."""


class _FoldTable(dict[int, str]):
    """Translation table that computes (and remembers) the folded form of each code point."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char in "\u2018\u2019\u201a\u201b\u2032`\u00b4":
            folded = "'"
        elif char in "\u201c\u201d\u201e\u00ab\u00bb":
            folded = '"'
        elif char in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212":
            folded = "-"
        elif char in FRACTIONS:
            folded = char  # "½" must not become "1" (NFKD gives "1⁄2")
        elif unicodedata.category(char)[0] in "CZ":
            folded = " "  # control, format, separators: a space keeps offsets stable
        else:
            lower = char.lower()
            base = unicodedata.normalize("NFKD", lower if len(lower) == 1 else char)[:1] or " "
            folded = base if len(base) == 1 else " "
            if folded == "\u0131":
                folded = "i"
        self[code] = folded
        return folded


_TABLE = _FoldTable()


def fold(text: str, limit: int = MAX_SCAN) -> str:
    """Lowercase, strip accents, turn control characters into spaces; same length as the input.

    Only the first `limit` characters are kept, so very long input costs nothing extra.
    """
    return text[:limit].translate(_TABLE)


def squash(text: str, limit: int = MAX_SCAN) -> str:
    """`fold` followed by collapsing runs of whitespace (offsets are no longer kept)."""
    return _SPACE_RE.sub(" ", fold(text, limit)).strip()


def shorten(text: str, width: int = 60) -> str:
    """A one-line excerpt of user text for an error message."""
    line = _SPACE_RE.sub(" ", "".join(c if c.isprintable() else " " for c in text[:1000])).strip()
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"
