"""The words of a text, shared by the catalogue's index and search and by the advice.

Lower case, accents removed ("coördinatie" -> "coordinatie"), split on anything that is not a
letter or digit: the same rule as SQLite's unicode61 tokenizer with remove_diacritics.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pop_assistent.text.fold import fold


def word_lists(groups: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """Each key with its words, written 'a|b|c' (in order: the first that matches wins)."""
    return {key: tuple(words.split("|")) for key, words in groups.items()}


def by_word(groups: dict[str, str]) -> dict[str, str]:
    """Each word of 'a|b|c' pointing to the value it stands for."""
    return {word: value for value, words in groups.items() for word in words.split("|")}


LONGEST_WORD = 40
"""No word a person types is longer; a longer run of letters is not split or shortened
(each reading of it costs its length, so 100,000 x's once took minutes and gigabytes)."""

TOKEN_RE = re.compile(r"[a-z0-9]+")

STOPWORDS: frozenset[str] = frozenset(
    """
    de het een en of in op te ten ter van voor met bij naar om tot aan als dat die dit deze
    ik je jij u we wij ze zij mijn mij me zijn haar hun ons onze is ben wil wilt kan kunnen
    moet moeten word wordt worden ga gaat gaan zal zullen leer leren beter meer goed nog
    eind tegen binnen jaar maand maanden week weken dag dagen zonder ook maar niet wel zo
    zelf zelfstandig elke elk keer per er hoe wat waar wie the a an and or of to for with in
    on at by my i want be able better learn learning get more how into from this that
    halen behalen volgen maken doen hebben krijgen nemen graag echt vooral steeds
    need needs would like improve become
    """.split()
)
"""Words that say nothing about a skill; dropped from goal texts and queries."""


def tokens(text: str) -> list[str]:
    """The words of a text, folded."""
    return TOKEN_RE.findall(fold(text))


_LETTER_DASH = re.compile(r"(?<![a-z0-9])([a-z])-([a-z]+)")


def glued_tokens(text: str) -> list[str]:
    """`tokens`, with a single letter hyphened to a word also kept together with it: 'G-code'
    is 'gcode' and 'code', 'F-gassen' 'fgassen' and 'gassen'. A name 'g-code' is then said
    whole only by a text that says 'G-code', not by one that says 'code' (code 95), while
    'gasketels' still meets 'F-gassen' through its word."""
    folded = fold(text)
    glued = {m.start(): m.group(1) + m.group(2) for m in _LETTER_DASH.finditer(folded)}
    found: list[str] = []
    for m in TOKEN_RE.finditer(folded):
        if m.start() in glued:
            continue  # the letter itself: too short to count
        if m.start() - 2 in glued:
            found.append(glued[m.start() - 2])
        found.append(m.group())
    return found


def content_tokens(text: str) -> list[str]:
    """The words of a text without stop words and one-letter words."""
    return [t for t in tokens(text) if len(t) > 1 and t not in STOPWORDS]


SUFFIXES: tuple[str, ...] = ("heden", "ingen", "ties", "sen", "en", "es", "s", "e")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light Dutch stem: strip a plural or inflection ending, undo a doubled consonant.

    "vergaderingen" -> "vergadering", "cursussen" -> "cursus", "leidinggevende" -> "leidinggevend".
    Used as a prefix, so a slightly short stem still finds the word.
    """
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            if suffix == "ingen":
                return word[: -len(suffix)] + "ing"
            if suffix == "heden":
                return word[: -len(suffix)] + "heid"
            if suffix == "ties":
                return word[: -len(suffix)] + "tie"
            base = word[: -len(suffix)]
            if len(base) >= 5 and base[-1] == base[-2] and base[-1] not in "aeiou":
                base = base[:-1]
            return base
    return word
