"""Number words in Dutch and English ("twee", "anderhalf", "een half", "twelve") and ordinals.

Works on folded text (see `normalize.fold`): no accents, lowercase.
"""

from __future__ import annotations

import re

CARDINALS: dict[str, float] = {
    # Dutch
    "nul": 0,
    "een": 1,
    "eén": 1,
    "1tje": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "honderd": 100,
    "anderhalf": 1.5,
    "anderhalve": 1.5,
    "half": 0.5,
    "halve": 0.5,
    "enkele": 0,  # vague on purpose: "enkele maanden" is refused, never guessed
    # English
    "zero": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "hundred": 100,
    "zeventig": 70,
    "tachtig": 80,
    "negentig": 90,
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

_ARTICLES = frozenset({"a", "an", "1tje"})

_ORDINAL_DIGITS_RE = re.compile(r"^(\d{1,2})(?:ste|de|e|st|nd|rd|th)$")
_NUMBER_RE = re.compile(r"^\d{1,6}(?:[.,]\d{1,3})?$")

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


def cardinal(word: str) -> float | None:
    """The value of a number in digits ("2", "1,5") or words ("twee", "drieenhalf",
    "vijfentwintig"), else None. Works on folded words (no diaeresis)."""
    if _NUMBER_RE.match(word):
        return float(word.replace(",", "."))
    found = CARDINALS.get(word)
    if found is None and len(word) > 7:
        return _compound(word)
    return found


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
