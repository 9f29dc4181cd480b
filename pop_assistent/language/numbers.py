"""Number words in Dutch and English ("twee", "anderhalf", "een half", "twelve") and ordinals.

Works on folded text (see `normalize.fold`): no accents, lowercase.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pop_assistent.text.numbers import CARDINALS as NUMBER_WORDS
from pop_assistent.text.numbers import cardinal as number_value

CARDINALS: dict[str, float] = {
    **NUMBER_WORDS,
    "eén": 1,
    "1tje": 1,
    "driekwart": 0.75,  # "binnen driekwart jaar": nine months
    "kwart": 0.25,  # "binnen een kwart jaar": three months
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
    **{
        word: rank
        for rank, word in enumerate(
            """fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth
            fifteenth sixteenth seventeenth eighteenth nineteenth twentieth""".split(),
            start=5,
        )
    },
    **{
        word: rank
        for rank, word in enumerate(
            """vijfde zesde zevende achtste negende tiende elfde twaalfde dertiende veertiende
            vijftiende zestiende zeventiende achttiende negentiende twintigste""".split(),
            start=5,
        )
    },
    "thirtieth": 30,
    "dertigste": 30,
}
"""Ordinal words up to the twentieth and the thirtieth; "eenentwintigste" is read by
`ordinal`, "twenty first" by `tokens`."""
_DUTCH_TENS_ORDINALS = {"twintigste": 20, "dertigste": 30}

_ARTICLES = frozenset({"a", "an", "1tje"})

_ORDINAL_DIGITS_RE = re.compile(r"^(\d{1,2})(?:ste|de|e|st|nd|rd|th)$")

_COUNT_WORDS: frozenset[str] = frozenset(
    w for w, v in CARDINALS.items() if v >= 2 and w not in {"half", "halve"}
)
"""Number words that clearly count things (used by the SMART check: "drie presentaties")."""


_UNITS = {w: int(v) for w, v in CARDINALS.items() if v in range(1, 10) and w not in _ARTICLES}
_TENS = {w: int(v) for w, v in CARDINALS.items() if v in range(20, 100, 10)}
_COMPOUND_RE = re.compile(
    r"^(?P<unit>[a-z]+?)en(?P<rest>twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|"
    r"negentig|half|halve)$"
)
"""Dutch writes units before tens, and a half after a number, as one word: "vijfentwintig",
"drieenhalf" (the fold of "drieënhalf"), "tweeenhalve"."""


def _compound(word: str) -> float | None:
    match = _COMPOUND_RE.match(word)
    if match is None or match.group("unit") not in _UNITS:
        return None
    unit, rest = _UNITS[match.group("unit")], match.group("rest")
    return unit + (0.5 if rest.startswith("hal") else _TENS[rest])


@lru_cache(maxsize=8192)
def cardinal(word: str) -> float | None:
    """The value of a number in digits ("2", "1,5"), a fraction ("½", "1½") or words ("twee",
    "drieenhalf", "vijfentwintig"), else None. Works on folded words (no diaeresis). Digits and
    fractions are read by the text layer's one number reader."""
    found = number_value(word)
    if found is not None:
        return found
    found = CARDINALS.get(word)
    if found is None and len(word) > 7:
        return _compound(word)
    return found


_DUTCH_ORDINAL_RE = re.compile(r"^(?P<unit>[a-z]+?)en(?P<tens>twintigste|dertigste)$")


def ordinal(word: str) -> int | None:
    """The value of an ordinal ("derde", "3de", "3e", "third"), -1 for "laatste", else None."""
    found = ORDINALS.get(word)
    if found is not None:
        return found
    compound = _DUTCH_ORDINAL_RE.match(word)  # "eenentwintigste"
    if compound and compound.group("unit") in _UNITS:
        return _UNITS[compound.group("unit")] + _DUTCH_TENS_ORDINALS[compound.group("tens")]
    match = _ORDINAL_DIGITS_RE.match(word)
    return int(match.group(1)) if match else None


def is_count_word(word: str) -> bool:
    """True for number words of two or more ("twee", "tien", "twelve")."""
    return word in _COUNT_WORDS


MAX_DIGITS = 15
"""More digits than a float holds exactly: no amount, level, year or hour count in a plan."""
_LONG_NUMBER = re.compile(rf"\d{{{MAX_DIGITS + 1},}}")


def bound_numbers(text: str) -> str:
    """`text` for the parsers, with every run of more than MAX_DIGITS digits replaced by '…'.

    Numbers are bounded before anything converts them: float('1' * 309) is infinity (and int()
    of it raises OverflowError), int() refuses more than 4,300 digits. A parser then sees no
    number there and asks again; the answer as typed is still kept in the conversation.
    """
    return _LONG_NUMBER.sub("…", text)
