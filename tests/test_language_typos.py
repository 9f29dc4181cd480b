"""One slip in a calendar word is forgiven; a real word is never "corrected" into one."""

from __future__ import annotations

from datetime import date

import pytest

from pop_assistent.language.tokens import fuzzy_word

TODAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("zommer", "zomer"),  # a letter added
        ("maanen", "maanden"),  # a letter dropped
        ("maadnen", "maanden"),  # two letters swapped
        ("hafl", "half"),  # four letters: only a swap
        ("septmber", "september"),
        ("semptembr", "september"),  # two slips in a long word
        ("kerrstmis", "kerstmis"),
        ("donderdga", "donderdag"),
    ],
)
def test_a_slip_is_read_as_the_word(typed: str, meant: str) -> None:
    assert fuzzy_word(typed) == meant


@pytest.mark.parametrize("word", ["maar", "mand", "werken", "passen", "volgen", "middel", "teen"])
def test_common_words_stay_themselves(word: str) -> None:
    assert fuzzy_word(word) is None


def test_no_frequent_dutch_or_english_word_is_read_as_a_calendar_word() -> None:
    """Every word used at least about once per million words (wordfreq zipf >= 3) in Dutch or
    English stays itself; new ones belong in lexicon.FUZZY_BLOCK."""
    import wordfreq

    changed = []
    for lang in ("nl", "en"):
        for word in wordfreq.top_n_list(lang, 60000):
            if not (word.isascii() and word.isalpha()) or len(word) < 4:
                continue
            if max(wordfreq.zipf_frequency(word, "nl"), wordfreq.zipf_frequency(word, "en")) < 3:
                continue
            fixed = fuzzy_word(word)
            if fixed is not None and fixed != word:
                changed.append((word, fixed))
    assert changed == []
