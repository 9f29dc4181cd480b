"""A need as the advice reads it: its telling words, each with the forms it may take.

"Ik til de hele dag bewoners en krijg rugpijn" becomes the terms til/tillen (1.0), bewoner
(1.0), rugpijn (1.0) with its parts rug and pijn (a little less), and dag (weighing little: an
ordinary word). A term matches a word of a catalogue text when their forms overlap (lexicon.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pop_assistent.i18n import ENGLISH, SOURCE_LANGUAGE, Language
from pop_assistent.text.lexicon import (
    dutch_cognates,
    dutch_words,
    forms,
    parts,
    plain_expressions,
    plain_words,
    telling,
)
from pop_assistent.text.words import STOPWORDS, glued_tokens, tokens

PART_WEIGHT = 0.6
"""A part of a compound counts for this share of the whole word (kassa in kassasysteem)."""

MAX_WORDS = 60
"""A need is a sentence or two; past this many words the rest adds nothing but time."""

NEED_STOPWORDS = STOPWORDS | frozenset(
    """
    al alle alles altijd andere anders dan daar dus echter eens even ergens gewoon heel hier
    niets niks iemand iets ineens kunnen laatste lang mag meer mee men mensen misschien nu
    nooit of ofte
    omdat ook over paar sinds soms toch toe uit vaak vanaf veel waarom wanneer weer weinig
    wel welke zou zouden zelfs telkens had heb hebt heeft was waren zijn haverklap
    hij hem haar hun hen jullie jou jouw zich ons onze mezelf jezelf zichzelf
    i me my we our you your he she it they them their is are was were be been have has had
    do does did not no so too very just also only than then there here when what which who
    about after again all any because but can could should will would into out up down over
    ve ll re don didn doesn isn aren wasn won
    """.split()
)
"""Words that say nothing about a need, on top of the search's stop words."""


ENGLISH_WORDS = frozenset({"van", "door", "die"})
"""Dutch stop words that are words of their own in an English need ('the company van')."""


@dataclass(frozen=True)
class Term:
    """One telling word of a need."""

    word: str
    forms: frozenset[str]
    weight: float
    part: bool = False
    """A part of a compound of the need ('kassa' of 'kassasysteem'), not a word of it."""


def need_terms(text: str, known: Callable[[str], bool] | None = None) -> list[Term]:
    """The telling words of a need, each once, with the parts of its compounds.

    `known` says whether a word is one of the catalogue's own (a brand name, a jargon word),
    so that 'excelbestand' splits into 'excel' and 'bestand'.
    """
    lang = ENGLISH if english(text) else SOURCE_LANGUAGE  # the text's language (word frequencies)
    text = plain_expressions(text[:2000], lang)
    kept = ENGLISH_WORDS if lang == ENGLISH else frozenset()
    words = [
        w
        for w in glued_tokens(text[:2000])
        if len(w) > 1 and (w not in NEED_STOPWORDS or w in kept) and not w.isdigit()
    ][:MAX_WORDS]
    terms: dict[frozenset[str], Term] = {}
    for word in words:
        word_forms = forms(word)
        if lang == ENGLISH:
            # a Dutch catalogue: 'isolation' is 'isolatie', 'floors' are 'vloeren'
            word_forms |= dutch_cognates(word) | dutch_words(word)
        else:
            word_forms |= plain_words(word)  # 'snappen' is 'begrijpen'
        if word_forms in terms:
            continue
        weight = telling(word, lang)
        terms[word_forms] = Term(word, word_forms, weight)
        for piece in parts(word, known) if lang == "nl" else ():
            piece_forms = forms(piece)
            if piece_forms not in terms:
                terms[piece_forms] = Term(
                    piece, piece_forms, PART_WEIGHT * min(weight, telling(piece, lang)), part=True
                )
    return list(terms.values())


TOPIC = 0.5
"""A word says what to search for when at least this telling (lexicon.telling): 'heftruck',
'EPD', 'Excel', not 'weet', 'later' or 'goed'."""


def has_topic(text: str, lang: Language = SOURCE_LANGUAGE) -> bool:
    """Whether a short answer names something to search the catalogue for, rather than being
    an answer in itself ('weet ik niet', 'misschien later', 'not sure'); `lang` is the language
    of the screen (a short answer says too little to tell)."""
    return any(
        len(word) >= 3 and word not in NEED_STOPWORDS and telling(word, lang) >= TOPIC
        for word in tokens(text[:200])
    )


ENGLISH_MARKERS = frozenset("i my the to and want with of for is at in we our".split())
DUTCH_MARKERS = frozenset("ik mijn de het een en wil met van voor is op in we onze".split())


def english(text: str) -> bool:
    """Whether a text is English rather than Dutch, by its most common function words."""
    found = tokens(text[:2000])
    en = sum(w in ENGLISH_MARKERS for w in found)
    nl = sum(w in DUTCH_MARKERS for w in found)
    return en > nl
