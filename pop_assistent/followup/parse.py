"""What only the check-in reads in an answer: a status, and levels per skill. Numbers,
percentages, hours, yes/no and picks are read by the text layer (`pop_assistent.text.answers`).

Dutch and English are both understood whatever the session's language, because people mix.
"""

from __future__ import annotations

import re

from pop_assistent.model import ActionStatus, SkillRating
from pop_assistent.text import answers, squash

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
NO_WORDS = ("nee", "n", "no", "niet", "klopt niet")


def is_yes(text: str) -> bool:
    """A yes (or an empty answer, which accepts the proposal)."""
    return answers.key(text) == "" or answers.yes_no(text) is True and len(text.split()) <= 3


def is_no(text: str) -> bool:
    """A clear no."""
    return answers.key(text) in NO_WORDS


def parse_status(text: str) -> tuple[ActionStatus | None, int | None]:
    """A status word (or its number 1-4) and a percentage if one was given ('bezig 60%')."""
    value = squash(text, answers.MAX_PARSE)
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
    share = answers.percent(value)
    if found is None and share is not None and _PERCENT_ONLY.search(value):
        # '50%', 'de helft': how far along, the status follows from it
        found = {0: ActionStatus.not_started, 100: ActionStatus.done}.get(
            share, ActionStatus.in_progress
        )
    return found, share if found is not None else None


_PERCENT_ONLY = re.compile(r"%|procent|percent|\bhelft\b|\bhalf\b|kwart|quarter|[½¼¾]")
"""A share given as such (not a bare number, which may be a mistyped pick)."""


def parse_levels(text: str, ratings: list[SkillRating]) -> dict[int, int] | None:
    """Levels the employee gives: '3', '3 4' (in order) or 'feedback 4, communicatie 3'.

    Returns {index in `ratings`: level}; None when the answer names no level at all.
    """
    value = squash(text, answers.MAX_PARSE)
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
        index = answers.pick_by_name(name, [r.label for r in ratings])
        if index is not None:
            result[index] = int(level.group(1))
    return result or None
