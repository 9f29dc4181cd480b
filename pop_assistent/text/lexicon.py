"""What a word of a need stands for: its lemma, the parts of a compound, and how telling it is.

People write "de kassasystemen", "mijn heftruckattest", "ik til de bewoners"; a catalogue says
"kassa", "heftruck", "tillen" and "bewoner". simplemma (Dutch, then English) gives the lemma;
a Dutch compound is split into parts that are words of their own (kassa + systeem, heftruck +
attest, onderhoud + s + project), judged by wordfreq's Dutch word list; and wordfreq tells an
ordinary word ("werk", "mensen", "altijd") from a telling one ("heftruck", "draaitabel"), so
that sharing an ordinary word with a resource does not make it a proposal.

All of it is general Dutch (and English), not knowledge of our own catalogue: it works the
same for a catalogue an organisation writes itself. The word lists load on first use (a few
tenths of a second), so the first advice of a session pays for them once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from pop_assistent.i18n import ENGLISH, SOURCE_LANGUAGE, Language
from pop_assistent.text.words import stem

KNOWN_ZIPF = 2.8
"""A part of a compound must be a word of its own: used at least this often (wordfreq's zipf
scale: 3 is about once per million words)."""

PLAIN_ZIPF = 3.6
"""A compound this common is a word of its own ('vergadering', 'veiligheid'): not split."""

LINKS = ("", "s", "en", "e")
"""What Dutch puts between the parts of a compound (onderhoud-s-project, klacht-en-dienst).
The first that leaves a known word wins: 'moes-tuin', not 'moe-s-tuin'; 'onderhouds' stands
for 'onderhoud' through its forms."""

SUFFIXES = frozenset(
    """heid heden ing ingen achtig achtige jes tjes pjes kje tje lijk lijke baar bare loos loze
    schap ster ers aar isch ische erig erige ig ige tie ties""".split()
)
"""Endings that are no head of a compound ('veilig-heid' is not 'veilig' and 'heid')."""

ORDINARY = 6.6
SPAN = 2.6
LEAST = 0.15
"""How telling a word is falls from 1 (zipf ORDINARY - SPAN, a rare word) to LEAST (zipf
ORDINARY and more: 'de', 'werk')."""

MIN_PART = 3
MIN_HEAD = 4


@lru_cache(maxsize=1)
def _simplemma() -> Callable[..., str]:
    from simplemma import lemmatize

    return lemmatize


@lru_cache(maxsize=2)
def _frequencies(lang: Language) -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict(lang, wordlist="best")


def zipf(word: str, lang: Language = SOURCE_LANGUAGE) -> float:
    """How common a word is in a language, on wordfreq's zipf scale (0 = unknown, 7 = 'de')."""
    from math import log10

    freq = _frequencies(lang).get(word, 0.0)
    return round(log10(freq) + 9, 2) if freq > 0 else 0.0


@lru_cache(maxsize=65536)
def lemma(word: str, lang: Language = SOURCE_LANGUAGE) -> str:
    """The word's dictionary form: `lang` first, then the other ('bewoners' -> 'bewoner')."""
    if len(word) < 3 or word.isdigit():
        return word
    try:
        return _simplemma()(word, lang=("en", "nl") if lang == "en" else ("nl", "en")).lower()
    except ValueError:  # a token simplemma cannot handle: the word as it is
        return word


@lru_cache(maxsize=65536)
def forms(word: str) -> frozenset[str]:
    """The forms a word may appear in as a key: itself, its lemmas and its light stem.

    simplemma is not always consistent ('tillen' -> 'til', 'getild' -> 'tillen'), and a text
    may be Dutch or English ('meetings' -> 'meeting'): two words stand for the same thing when
    their forms overlap.
    """
    found = {word, lemma(word), lemma(word, "en")}
    if len(word) >= 5:
        found.add(stem(word))
    return frozenset(found)


COGNATE_ENDINGS = (
    ("ations", "aties"),
    ("ation", "atie"),
    ("itions", "ities"),
    ("ition", "itie"),
    ("tions", "ties"),
    ("tion", "tie"),
    ("sions", "sies"),
    ("sion", "sie"),
    ("isms", "ismen"),
    ("ism", "isme"),
    ("ities", "iteiten"),
    ("ity", "iteit"),
    ("ics", "ica"),
    ("ical", "isch"),
    ("ive", "ief"),
)
"""English endings and the Dutch ones of the same Latin words (isolation/isolatie,
autism/autisme, quality/kwaliteit): general, not our catalogue's."""


@lru_cache(maxsize=4096)
def dutch_cognates(word: str) -> frozenset[str]:
    """The Dutch words an English word may stand for by its Latin ending ('isolation' ->
    'isolatie', 'medication' -> 'medicatie'); empty when it has none of those endings."""
    for english, dutch in COGNATE_ENDINGS:
        if word.endswith(english) and len(word) > len(english) + 2:
            cognate = word[: -len(english)] + dutch
            if cognate.startswith("qu"):
                cognate = "kw" + cognate[2:]  # quality: kwaliteit
            return frozenset({cognate, lemma(cognate)})
    return frozenset()


@lru_cache(maxsize=2)
def _glossary(name: str) -> dict[str, tuple[str, ...]]:
    """A glossary file of this package: per word or expression, the plain words it stands for."""
    from importlib.resources import files

    text = files("pop_assistent.text").joinpath(name).read_text(encoding="utf-8")
    found: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        said, _, plain = line.partition(":")
        if line.startswith("#") or not plain:
            continue
        words = [w for phrase in plain.split(",") for w in phrase.split() if len(w) > 2]
        found[said.strip()] = tuple(dict.fromkeys(words))
    return found


def _entry(name: str, word: str, lang: Language) -> tuple[str, ...]:
    """The plain words a glossary gives for a word as typed, else for its dictionary form
    ('servers' are no 'serve')."""
    glossary = _glossary(name)
    return glossary.get(word) or glossary.get(lemma(word, lang)) or ()


def _glossed(name: str, word: str, lang: Language) -> frozenset[str]:
    return frozenset().union(*(forms(plain) for plain in _entry(name, word, lang)))


@lru_cache(maxsize=4096)
def english_glossary(word: str) -> tuple[str, ...]:
    """The Dutch words the glossary of everyday work (en_nl.txt) gives for an English word or
    its dictionary form, as written there ('toilets' -> 'toilet', 'sanitair')."""
    return _entry("en_nl.txt", word, ENGLISH)


@lru_cache(maxsize=4096)
def dutch_words(word: str) -> frozenset[str]:
    """The Dutch words an English word of everyday work stands for ('floors' -> 'vloer'), with
    their forms; empty when the glossary (en_nl.txt) has none of the word's forms."""
    return _glossed("en_nl.txt", word, ENGLISH)


@lru_cache(maxsize=4096)
def plain_words(word: str) -> frozenset[str]:
    """The plain Dutch words an everyday, Flemish or informal one stands for ('snappen' ->
    'begrijpen', 'kuisen' -> 'schoonmaken'), with their forms (nl_plain.txt)."""
    return _glossed("nl_plain.txt", word, SOURCE_LANGUAGE)


@lru_cache(maxsize=2)
def _expressions(name: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """A glossary's expressions of more than one word, longest first, each with its pattern."""
    said = sorted((s for s in _glossary(name) if " " in s), key=len, reverse=True)
    return tuple((s, re.compile(rf"(?<!\w){re.escape(s)}(?!\w)")) for s in said)


def _found(name: str, lowered: str) -> list[tuple[str, re.Pattern[str]]]:
    return [(s, found) for s, found in _expressions(name) if s in lowered and found.search(lowered)]


def english_expressions(text: str) -> frozenset[str]:
    """The words of the text that belong to an expression of the English glossary ('sign' and
    'language' of 'sign language'): read whole, not word by word."""
    lowered = " ".join(text.lower().split())
    return frozenset(word for said, _ in _found("en_nl.txt", lowered) for word in said.split())


def plain_expressions(text: str, lang: Language = SOURCE_LANGUAGE) -> str:
    """The text with everyday expressions said in plain words ('om de haverklap' -> 'vaak',
    'brandjes blussen' -> 'onderbrekingen dringend'), so that their words are not read as a
    topic of their own (a fire, oats); in an English text, expressions of the English glossary
    in Dutch ('driving licence' -> 'rijbewijs', where a diving licence is none)."""
    name = "en_nl.txt" if lang == ENGLISH else "nl_plain.txt"
    lowered = " ".join(text.lower().split())
    for said, found in _found(name, lowered):
        lowered = found.sub(" ".join(_glossary(name)[said]), lowered)
    return lowered


def _known(word: str, extra: Callable[[str], bool] | None) -> float:
    """How well-attested a possible part is (0 when it is not a word)."""
    found = max(zipf(word), zipf(lemma(word)))
    if found < KNOWN_ZIPF and extra is not None and extra(word):
        return KNOWN_ZIPF
    return found


@lru_cache(maxsize=65536)
def _split(
    word: str, depth: int, extra: Callable[[str], bool] | None
) -> tuple[float, tuple[str, ...]]:
    best: tuple[float, tuple[str, ...]] = (0.0, ())
    for cut in range(MIN_PART, len(word) - MIN_HEAD + 1):
        head = word[cut:]
        if head in SUFFIXES or zipf(head, ENGLISH) > zipf(head) + 1:
            continue  # an ending, or an English word ('opfris-sing')
        head_known = _known(head, extra)
        if head_known < KNOWN_ZIPF:
            continue
        left = word[:cut]
        for link in LINKS:
            if link and not left.endswith(link):
                continue
            modifier = left[: len(left) - len(link)]
            if len(modifier) < MIN_PART:
                continue
            known = _known(modifier, extra)
            parts: tuple[str, ...] = (modifier, head)
            if known < KNOWN_ZIPF:
                if depth > 0 or len(modifier) < 2 * MIN_PART + 1:
                    continue
                known, sub = _split(modifier, depth + 1, extra)
                if not sub:
                    continue
                parts = (*sub, head)
            fit = min(known, head_known) - 0.5 * (len(parts) - 2)
            if fit > best[0]:
                best = (fit, parts)
            break
    return best


def parts(word: str, extra: Callable[[str], bool] | None = None) -> tuple[str, ...]:
    """The parts of a Dutch compound, each a word of its own; () when `word` is no compound.

    `extra` says whether a word is known otherwise (a catalogue's own words, such as brand
    names: 'excel' in 'excelbestand').
    """
    base = lemma(word)
    if len(base) < MIN_PART + MIN_HEAD or zipf(base) >= PLAIN_ZIPF or zipf(word) >= PLAIN_ZIPF:
        return ()
    return _split(base, 0, extra)[1]


def telling(word: str, lang: Language = SOURCE_LANGUAGE) -> float:
    """How much a word says about a need, 0.15..1: ordinary words little, rare ones fully.

    'werk' or 'mensen' (very common) weigh 0.15-0.3; 'heftruck' or 'draaitabel' (rare) 1.
    """
    common = max(zipf(word, lang), zipf(lemma(word), lang))
    return max(LEAST, min(1.0, (ORDINARY - common) / SPAN))
