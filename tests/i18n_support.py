"""The word-frequency check shared by the i18n tests: which words of a text belong to the other
language. Words a person types, names and marked catalogue content are left out by the caller;
the rest is judged by word frequencies (wordfreq), not by a hand-made list."""

from __future__ import annotations

import re
from collections.abc import Iterable

from wordfreq import zipf_frequency

SHARED = {"pop", "assistent", "sophie", "karim", "anna", "peeters", "conf", "org", "titel", "prijs",
          "hr", "coach"}  # fmt: skip
"""Names that are the same in both languages or typed literally (an example value, a product)."""


def words_of(texts: Iterable[str]) -> set[str]:
    """The lower-case words of `texts` (what a person typed, to leave out of the check)."""
    return {word.lower() for text in texts for word in re.findall(r"[^\W\d_]+", text)}


def foreign_words(text: str, typed: set[str], lang: str) -> list[str]:
    """The words of `text` that are clearly the other language's (nl <-> en)."""
    other = "nl" if lang == "en" else "en"
    text = re.sub(r"\w*_\w*|--?[\w-]+|\{[^}]*\}|\"[^\"]*\"|'[^']*'|‘[^’]*’|\[[^\]]*\]", " ", text)
    found = []
    for word in re.findall(r"[^\W\d_]{3,}", text):
        lower = word.lower()
        if lower in typed or lower in SHARED or word.isupper():
            continue
        theirs, ours = zipf_frequency(lower, other), zipf_frequency(lower, lang)
        if theirs >= 2.5 and theirs > ours + 1.0:
            found.append(word)
    return found
