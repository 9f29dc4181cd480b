"""Number words in Dutch and English, and fractions: the one table every parser reads.

Works on folded text (see `fold`): no accents, lowercase.
"""

from __future__ import annotations

import math
import re

CARDINALS: dict[str, float] = {
    # Dutch
    "nul": 0,
    "een": 1,
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
    "zeventig": 70,
    "tachtig": 80,
    "negentig": 90,
    "honderd": 100,
    "anderhalf": 1.5,
    "anderhalve": 1.5,
    "half": 0.5,
    "halve": 0.5,
    "halfje": 0.5,
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
    # about so many ('een drietal uur')
    "tweetal": 2,
    "drietal": 3,
    "viertal": 4,
    "vijftal": 5,
    "zestal": 6,
    "tiental": 10,
}
"""Words that stand for a number ("een"/"a"/"an" are articles too: callers decide)."""

ARTICLES = frozenset({"een", "a", "an"})
"""Number words that are usually an article ('een cursus'): one only where a number is due."""

FRACTIONS: dict[str, float] = {
    "½": 0.5,
    "¼": 0.25,
    "¾": 0.75,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "⅕": 0.2,
    "⅛": 0.125,
}
"""Unicode vulgar fractions, as typed on phones and by autocorrect ('1½ uur', '½')."""

SHARE_WORDS: dict[str, float] = {
    "helft": 0.5,
    "de helft": 0.5,
    "half": 0.5,
    "halfway": 0.5,
    "kwart": 0.25,
    "een kwart": 0.25,
    "quarter": 0.25,
    "driekwart": 0.75,
    "drie kwart": 0.75,
    "three quarters": 0.75,
    "alles": 1.0,
    "volledig": 1.0,
    "helemaal": 1.0,
    "all": 1.0,
    "niets": 0.0,
    "nothing": 0.0,
}
"""Words for a share of the whole ('de helft' = 50%)."""

_NUMBER_RE = re.compile(r"^\d{1,6}(?:[.,]\d{1,3})?$")
_MIXED_RE = re.compile(r"^(\d{1,6})?([½¼¾⅓⅔⅕⅛])$")
_SLASH_RE = re.compile(r"^(\d{1,3})/(\d{1,3})$")


def cardinal(word: str) -> float | None:
    """The value of one token: digits ('2', '1,5'), a fraction ('½', '1½', '3/4') or a number
    word ('twee'); None otherwise."""
    if _NUMBER_RE.match(word):
        return float(word.replace(",", "."))
    if m := _MIXED_RE.match(word):
        return float(m.group(1) or 0) + FRACTIONS[m.group(2)]
    if (m := _SLASH_RE.match(word)) and int(m.group(2)) > 0:
        return int(m.group(1)) / int(m.group(2))
    return CARDINALS.get(word)


_AMOUNT_NOISE = re.compile(r"(?i)€|eur(o)?|uur|u\b|h\b|\s")
_THOUSANDS = re.compile(r"\d{1,3}(\.\d{3})+(,\d+)?")
_DECIMAL_COMMA = re.compile(r"\d+,\d+")


def amount(text: str) -> float | None:
    """A price or a number of hours as a Flemish HR officer writes it ('€ 1.250,50', '1.000',
    '3,5', '14u', '12 uur'); None when it is not a finite number."""
    cleaned = _AMOUNT_NOISE.sub("", text)
    if _THOUSANDS.fullmatch(cleaned):
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif _DECIMAL_COMMA.fullmatch(cleaned):
        cleaned = cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if math.isfinite(value) else None
