"""Recurrence for check-ins: "elke maand", "om de drie maanden", "per kwartaal", "every 3 months".

The result carries months or weeks and an RFC 5545 RRULE value for the iCalendar export.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language
from pop_assistent.language.dates import DateParseError
from pop_assistent.language.normalize import fold, shorten
from pop_assistent.language.numbers import cardinal

MAX_MONTHS = 24

_ADVERBS: dict[str, tuple[int, str]] = {
    "wekelijks": (1, "w"), "weekly": (1, "w"), "tweewekelijks": (2, "w"), "biweekly": (2, "w"),
    "fortnightly": (2, "w"), "maandelijks": (1, "m"), "monthly": (1, "m"),
    "tweemaandelijks": (2, "m"), "bimonthly": (2, "m"), "driemaandelijks": (3, "m"),
    "trimestrieel": (3, "m"), "kwartaallijks": (3, "m"), "quarterly": (3, "m"),
    "viermaandelijks": (4, "m"), "zesmaandelijks": (6, "m"), "halfjaarlijks": (6, "m"),
    "semestrieel": (6, "m"), "jaarlijks": (12, "m"), "yearly": (12, "m"), "annually": (12, "m"),
    "tweejaarlijks": (24, "m"),
}  # fmt: skip
_UNITS: dict[str, tuple[float, str]] = {
    "week": (1, "w"), "weken": (1, "w"), "weeks": (1, "w"), "maand": (1, "m"),
    "maanden": (1, "m"), "month": (1, "m"), "months": (1, "m"), "kwartaal": (3, "m"),
    "kwartalen": (3, "m"), "quarter": (3, "m"), "quarters": (3, "m"), "trimester": (3, "m"),
    "semester": (6, "m"), "semesters": (6, "m"), "halfjaar": (6, "m"), "jaar": (12, "m"),
    "jaren": (12, "m"), "year": (12, "m"), "years": (12, "m"), "dag": (0, "d"), "dagen": (0, "d"),
    "day": (0, "d"), "days": (0, "d"),
}  # fmt: skip
_NUM = r"(?P<n>\d+(?:[.,]\d+)?|[a-z]+?)"
_UNIT = r"(?P<u>" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")"
_EVERY = re.compile(
    r"\b(?:elke|elk|iedere|ieder|om de|om|per|every|each|once every|once a|a|één keer per|"
    r"een keer per|1 keer per)\s+(?:" + _NUM + r"\s+)?(?:half\s+)?" + _UNIT + r"\b"
)
_TIMES = re.compile(r"\b" + _NUM + r"\s*(?:keer|maal|x|times)\s*(?:per|in een|a|an|per)\s+" + _UNIT)
_HALF = re.compile(r"\b(?:elk|elke|ieder|iedere|om het|every)\s+(?:half|halve)\s+(?:jaar|year)\b")
_OTHER = re.compile(r"\b(?:om de andere|every other|elke tweede|every second)\s+" + _UNIT)


@dataclass(frozen=True, slots=True)
class Recurrence:
    """How often something repeats: months or weeks, and the RRULE value."""

    months: int | None
    weeks: int | None
    rrule: str
    text: str = ""


def _make(amount: float, kind: str, text: str) -> Recurrence:
    if kind == "d":
        raise DateParseError(
            N_("Elke dag is te vaak voor een opvolgmoment: kies bv. ‘elke maand’.")
        )
    whole = int(amount)
    if amount <= 0 or whole != amount:
        raise DateParseError(
            N_("‘{text}’ is geen bruikbaar ritme: noem bv. ‘elke maand’ of ‘om de drie maanden’."),
            text=shorten(text),
        )
    if kind == "w":
        return Recurrence(None, whole, f"FREQ=WEEKLY;INTERVAL={whole}", text)
    if whole > MAX_MONTHS:
        raise DateParseError(
            N_("Om de {whole} maanden is te zelden: kies hoogstens om de {MAX_MONTHS} maanden."),
            whole=whole,
            MAX_MONTHS=MAX_MONTHS,
        )
    return Recurrence(whole, None, f"FREQ=MONTHLY;INTERVAL={whole}", text)


def _number(word: str | None) -> float | None:
    if not word:
        return 1.0
    return cardinal(word)


def parse_recurrence(text: str, lang: Language = SOURCE_LANGUAGE) -> Recurrence:
    """Read a rhythm; raise DateParseError (with the reason) when there is none."""
    folded = " ".join(fold(text, 500).split())
    for word in re.findall(r"[a-z]+", folded):
        if word in _ADVERBS:
            amount, kind = _ADVERBS[word]
            return _make(amount, kind, text)
    if _HALF.search(folded):
        return _make(6, "m", text)
    other = _OTHER.search(folded)
    if other:
        size, kind = _UNITS[other.group("u")]
        return _make(2 * size, kind, text)
    times = _TIMES.search(folded)
    if times:
        count = _number(times.group("n"))
        size, kind = _UNITS[times.group("u")]
        if count and kind == "m" and size:
            return _make(size / count, "m", text)
        if count and kind == "w":
            return _make(1 / count, "w", text)
    every = _EVERY.search(folded)
    if every:
        count = _number(every.group("n"))
        size, kind = _UNITS[every.group("u")]
        if count is not None and "half" in folded[every.start() : every.end()].split():
            count *= 0.5
        if count is not None:
            return _make(count * size if kind == "m" else count, kind, text)
    raise DateParseError(
        N_(
            "In ‘{text}’ herken ik geen ritme: zeg bv. ‘elke maand’, ‘om de drie maanden’ of ‘per "
            "kwartaal’."
        ),
        text=shorten(text),
    )
