"""Text folding shared by every language rule: the text layer's one fold, limited to the first
MAX_SCAN characters (a goal holds at most 5000).

`fold` maps every character to exactly one character, so offsets in the folded text are
offsets in the original text: a match can always be shown to the user as they typed it.
"""

from __future__ import annotations

from pop_assistent.text import fold as _fold
from pop_assistent.text import shorten
from pop_assistent.text import squash as _squash
from pop_assistent.text.numbers import FRACTIONS  # kept as they are by `fold`

__all__ = ["FRACTIONS", "MAX_SCAN", "fold", "shorten", "squash"]

MAX_SCAN = 5000
"""Only the first characters of a text are scanned (a goal holds at most 5000)."""


def fold(text: str, limit: int = MAX_SCAN) -> str:
    """Lowercase, strip accents, turn control characters into spaces; same length as the input
    (only the first `limit` characters are kept, so very long input costs nothing extra)."""
    return _fold(text, limit)


def squash(text: str, limit: int = MAX_SCAN) -> str:
    """`fold` followed by collapsing runs of whitespace (offsets are no longer kept)."""
    return _squash(text, limit)
