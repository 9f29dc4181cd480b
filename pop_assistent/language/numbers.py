"""Number words in Dutch and English ("twee", "anderhalf", "een half", "twelve") and ordinals.

Works on folded text (see `normalize.fold`): no accents, lowercase.
"""

from __future__ import annotations

import re

from pop_assistent.text.numbers import CARDINALS as NUMBER_WORDS
from pop_assistent.text.numbers import cardinal as number_value

CARDINALS: dict[str, float] = {
    **NUMBER_WORDS,
    "eén": 1,
    "1tje": 1,
    "enkele": 0,  # vague on purpose: "enkele maanden" is refused, never guessed
}
"""Words that stand for a number ("een"/"a" are articles too; `tokens` treats them apart)."""

ORDINALS: dict[str, int] = {
    "eerste": 1,
    "tweede": 2,
    "derde": 3,
    "vierde": 4,
    "laatste": -1,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "last": -1,
}

_ORDINAL_DIGITS_RE = re.compile(r"^(\d{1,2})(?:ste|de|e|st|nd|rd|th)$")

_COUNT_WORDS: frozenset[str] = frozenset(
    w for w, v in CARDINALS.items() if v >= 2 and w not in {"half", "halve"}
)
"""Number words that clearly count things (used by the SMART check: "drie presentaties")."""


def cardinal(word: str) -> float | None:
    """The value of a number written in digits ("2", "1,5"), as a fraction ("½") or in words
    ("twee"), else None (the text layer's one reader of numbers, plus the words above)."""
    found = number_value(word)
    return found if found is not None else CARDINALS.get(word)


def ordinal(word: str) -> int | None:
    """The value of an ordinal ("derde", "3de", "3e", "third"), -1 for "laatste", else None."""
    found = ORDINALS.get(word)
    if found is not None:
        return found
    match = _ORDINAL_DIGITS_RE.match(word)
    return int(match.group(1)) if match else None


def is_count_word(word: str) -> bool:
    """True for number words of two or more ("twee", "tien", "twelve")."""
    return word in _COUNT_WORDS
