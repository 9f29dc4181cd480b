"""Is a word a word of its own? wordfreq's Dutch and English lists, loaded on first use.

Used only to tell a slip from a real word ("wordn" is "worden" mistyped, "orde" is not "order";
"procedur" is "procedure", "procedures" is itself), so the lists load only when a word looks
like a slip: about a third of a second, once per process.
"""

from __future__ import annotations

from functools import lru_cache

KNOWN_ZIPF = 2.5
"""A word used at least this often (wordfreq's zipf scale, Dutch or English: 3 is about once per
million words) is a word of its own, never a slip."""


@lru_cache(maxsize=8192)
def known_word(word: str) -> bool:
    """A word of Dutch or English in wordfreq's lists."""
    from wordfreq import zipf_frequency

    return max(zipf_frequency(word, "nl"), zipf_frequency(word, "en")) >= KNOWN_ZIPF
