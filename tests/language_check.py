"""Whether a text speaks one language: words of the other language, judged by word frequencies
(wordfreq), not by a hand-made list. Shared by the tests of `--help` and of messages."""

from __future__ import annotations

import re

from wordfreq import zipf_frequency

# Names that are the same in both languages or typed literally (an example value, a product).
SHARED = {"pop", "assistent", "sophie", "karim", "anna", "peeters", "conf", "org", "titel", "prijs",
          "hr", "coach"}  # fmt: skip


def foreign_words(text: str, typed: set[str], lang: str) -> list[str]:
    """The words of `text` that belong to the other language (of Dutch and English) than
    `lang`. Options, placeholders and quoted or bracketed text are left out: they are typed."""
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
