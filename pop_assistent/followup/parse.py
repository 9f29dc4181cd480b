"""Understanding the short answers of a check-in: a status, a percentage, yes/no, a number.

Dutch and English are both understood whatever the session's language, because people mix.
"""

from __future__ import annotations

import re
import unicodedata

from pop_assistent.model import ActionStatus, SkillRating

STATUS_WORDS: dict[ActionStatus, tuple[str, ...]] = {
    ActionStatus.not_started: (
        "niet gestart",
        "nog niet",
        "niet begonnen",
        "not started",
        "not yet",
    ),
    ActionStatus.in_progress: ("bezig", "loopt", "lopend", "begonnen", "in progress", "started"),
    ActionStatus.done: (
        "afgerond",
        "klaar",
        "gedaan",
        "voltooid",
        "gevolgd",
        "behaald",
        "done",
        "finished",
        "completed",
    ),
    ActionStatus.cancelled: ("geannuleerd", "geschrapt", "afgelast", "gestopt", "cancelled"),
}

SKIP_WORDS = ("overslaan", "sla over", "skip", "-", "geen", "niets", "nee", "none", "no", "n.v.t.")
YES_WORDS = ("ja", "j", "yes", "y", "ok", "oké", "klopt", "goed", "prima", "akkoord")
NO_WORDS = ("nee", "n", "no", "niet", "klopt niet")
WORD_NUMBERS = {"helft": 50, "half": 50, "kwart": 25, "driekwart": 75, "alles": 100}


def norm(text: str) -> str:
    """Lower case, accents removed, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(text.lower().split())


def is_skip(text: str) -> bool:
    """Empty answer or a word meaning 'nothing to say'."""
    value = norm(text).strip(" .!")
    return value == "" or value in SKIP_WORDS


def is_yes(text: str) -> bool:
    """A yes (or an empty answer, which accepts the proposal)."""
    value = norm(text).strip(" .!")
    return value == "" or value in YES_WORDS


def is_no(text: str) -> bool:
    """A clear no."""
    return norm(text).strip(" .!") in NO_WORDS


def parse_status(text: str) -> tuple[ActionStatus | None, int | None]:
    """A status word (or its number 1-4) and a percentage if one was given ('bezig 60%')."""
    value = norm(text)
    found: ActionStatus | None = None
    if value.strip(" .") in ("1", "2", "3", "4"):
        return list(ActionStatus)[int(value.strip(" .")) - 1], None
    best = -1
    for status, words in STATUS_WORDS.items():
        for word in words:
            position = value.find(word)
            # The longest match wins, so "niet gestart" is not read as "gestart".
            if position >= 0 and len(word) > best:
                found, best = status, len(word)
    share = parse_percent(value) if found is not None else None
    return found, share


def parse_percent(text: str) -> int | None:
    """A percentage 0-100 from '60', '60 %', 'ongeveer de helft'; None if there is none."""
    value = norm(text)
    match = re.search(r"(\d{1,3})(?:[.,]\d+)?\s*(%|procent|percent)?", value)
    if match:
        number = int(match.group(1))
        return number if 0 <= number <= 100 else None
    for word, number in WORD_NUMBERS.items():
        if word in value:
            return number
    return None


def parse_hours(text: str) -> float | None:
    """A number of hours ('16', '16 uur', '2,5'); None if there is none."""
    match = re.search(r"(\d{1,4}(?:[.,]\d+)?)", text)
    if not match:
        return None
    hours = float(match.group(1).replace(",", "."))
    return hours if 0 <= hours <= 10000 else None


def parse_index(text: str, count: int) -> int | None:
    """A 1-based choice number as a 0-based index, if it is in range."""
    value = norm(text).strip(" .)")
    if value.isdigit() and 1 <= int(value) <= count:
        return int(value) - 1
    return None


def pick_by_name(text: str, names: list[str]) -> int | None:
    """The index of the name that best matches the text (number, substring, or fuzzy)."""
    index = parse_index(text, len(names))
    if index is not None:
        return index
    value = norm(text)
    if not value:
        return None
    for i, name in enumerate(names):
        if value in norm(name):
            return i
    from rapidfuzz import fuzz, process

    best = process.extractOne(value, [norm(n) for n in names], scorer=fuzz.partial_ratio)
    if best is not None and best[1] >= 75:
        return int(best[2])
    return None


def parse_levels(text: str, ratings: list[SkillRating]) -> dict[int, int] | None:
    """Levels the employee gives: '3', '3 4' (in order) or 'feedback 4, communicatie 3'.

    Returns {index in `ratings`: level}; None when the answer names no level at all.
    """
    value = norm(text)
    numbers = [int(n) for n in re.findall(r"\b([1-5])\b", value)]
    if not numbers:
        return None
    words = re.sub(r"[\d,;:/=]+", " ", value).split()
    if not words or all(w in ("en", "and", "niveau", "level") for w in words):
        return {i: n for i, n in enumerate(numbers[: len(ratings)])}
    result: dict[int, int] = {}
    for part in re.split(r"[,;]|\ben\b|\band\b", value):
        level = re.search(r"\b([1-5])\b", part)
        name = re.sub(r"\b[1-5]\b|niveau|level", " ", part).strip(" :=")
        if level is None or not name:
            continue
        index = pick_by_name(name, [r.label for r in ratings])
        if index is not None:
            result[index] = int(level.group(1))
    return result or None
