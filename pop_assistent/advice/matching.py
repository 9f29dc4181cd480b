"""Light matching of a goal text against skill labels and synonyms (no language core needed)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from pop_assistent.model.catalogue import Skill
from pop_assistent.text.words import content_tokens, stem


def _word_matches(goal_word: str, phrase_word: str) -> bool:
    if goal_word == phrase_word:
        return True
    if (
        len(phrase_word) >= 5
        and (len(goal_word) >= len(phrase_word) or len(phrase_word) >= 7)
        and stem(goal_word) == stem(phrase_word)
    ):
        return True  # "vergaderingen" for "vergadering"; not "team" for "teams", "burns" for "burn"
    if len(phrase_word) >= 5 and goal_word.startswith(phrase_word):
        return True  # a compound: "excelbestand" starts with "excel"
    if len(phrase_word) >= 7 and goal_word.endswith(phrase_word):
        return True  # "onderhoudsproject" ends with "project" (not "draaitabellen"/"bellen")
    return (
        len(phrase_word) >= 6
        and abs(len(goal_word) - len(phrase_word)) <= 2
        and fuzz.ratio(goal_word, phrase_word) >= 88
    )


MAX_GAP = 2
"""Words of a phrase may stand this far apart in the goal ("leiding te geven", not a word of
the phrase at the start of the goal and the next one at its end: "burns ... out")."""


@lru_cache(maxsize=16384)
def _phrase_words(phrase: str) -> tuple[str, ...]:
    return tuple(content_tokens(phrase))


def _phrase_matches(goal_words: Sequence[str], phrase: str) -> bool:
    words = _phrase_words(phrase)
    if not words:
        return False
    if len(words) > 1:
        joined = "".join(words)
        if any(_word_matches(g, joined) for g in goal_words):
            return True  # "leidinggeven" in the goal, "leiding geven" in the list
    reached: set[int] | None = None
    for word in words:  # each next word a little after the one before
        spots = [at for at, goal_word in enumerate(goal_words) if _word_matches(goal_word, word)]
        if reached is not None:
            spots = [at for at in spots if any(0 < at - before <= MAX_GAP for before in reached)]
        if not spots:
            return False
        reached = set(spots)
    return True


def match_skills(text: str, skills: Sequence[Skill]) -> dict[str, float]:
    """Skills a goal text talks about, with a confidence (1.0 label, 0.8 synonym)."""
    goal_words = content_tokens(text[:5000])
    if not goal_words:
        return {}
    found: dict[str, float] = {}
    for skill in skills:
        if _phrase_matches(goal_words, skill.label_nl) or _phrase_matches(
            goal_words, skill.label_en
        ):
            found[skill.id] = 1.0
        elif any(_phrase_matches(goal_words, syn) for syn in skill.synonyms):
            found[skill.id] = 0.8
    return found
