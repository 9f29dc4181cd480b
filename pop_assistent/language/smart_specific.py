"""Specifiek: does the goal say which skill, behaviour, task or tool it is about?

A goal is specific when, after its time expression and setting are set aside, a word or a
phrase remains that can name a skill: not a function word or a vague development word
(`smart_lexicon.GENERIC`), not a person, a job title, a workplace, a score or an employment
status (`smart_roles`), not a calendar word and not filler ("blabla"). Adjacent concrete words
are quoted together ("orders picken"), and known multi-word skill names stay whole ("eerste
hulp", "veilig werken op hoogte").
"""

from __future__ import annotations

import re
from functools import lru_cache

from pop_assistent.i18n import Language
from pop_assistent.language import smart_lexicon as lex
from pop_assistent.language.skillmatch import stem
from pop_assistent.language.smart_measure import named_qualification
from pop_assistent.language.smart_roles import (
    ENGLISH_PLACE_HEADS,
    ENGLISH_ROLE_HEADS,
    OUTCOME_PHRASE_RE,
    PRAISE,
    QUALIFIED,
    STATUS_RE,
    TITLE_MODIFIERS,
    attained_span,
    is_outcome,
    is_role,
    is_setting,
    role_slots,
    tool_name,
)
from pop_assistent.language.smart_text import crit, quote_list
from pop_assistent.model.goals import SmartCriterion

_GENERIC_STEMS = frozenset(stem(w) for w in lex.GENERIC | lex.VAGUE_EXACT)
_COMPOUND_RE = re.compile(r"(?<![\w-])([a-z][a-z0-9+#]{1,20})-(?:[a-z]{3,})")
_WORD_RE = re.compile(r"[a-z0-9+#]+")
_SKILL_HEAD_RE = re.compile(r"\s+(?:vaardighe|kennis|skill|competenti|capaciteit|stijl|rol)")
_FILLER_RE = re.compile(
    r"^(?:([a-z]{2,4})\1+|[^aeiouy]{5,}|x+|xyz|abc|foo|bar|asdf\w*|qwert\w*|azert\w*|test\d*|"
    r"bla+h?|blah|lorem|ipsum|dinges|enzovoort|whatever)$"
)
"""Filler typed to get past a question: a repeated syllable ("blabla", "lalala"), a word
without vowels, a keyboard row."""

SKILL_PHRASES: tuple[str, ...] = (
    "eerste hulp bij ongevallen", "eerste hulp", "veilig werken op hoogte", "veilig werken",
    "leiding geven", "feedback geven", "feedback ontvangen", "slecht nieuws brengen",
    "klachten afhandelen", "omgaan met agressie", "omgaan met dementie", "omgaan met stress",
    "omgaan met conflicten", "nee zeggen", "laden en lossen", "orders picken", "tillen en heffen",
    "palliatieve zorg", "hygiene en voedselveiligheid", "time management", "project management",
    "customer service", "first aid", "manual handling", "infection control", "food safety",
    "loading and unloading", "working at height", "conflict resolution", "public speaking",
    "giving feedback", "people management", "change management", "data analysis",
    "vakken vullen", "rekken vullen", "shelf stacking", "onder controle houden",
    "onder controle krijgen", "orde houden", "grenzen stellen", "grenzen aangeven",
    "rust bewaren", "kalm blijven", "rustig blijven", "veilig tillen", "defensief rijden",
    "zuinig rijden", "defensive driving", "safe lifting", "hand hygiene", "stock rotation",
    "crowd control", "keep calm", "stay calm", "omgaan met mijn tijd", "omgaan met tijd",
    "met mijn tijd omgaan", "met mijn tijd om te gaan", "manage my time", "managing my time",
    "op tijd komen", "op tijd zijn", "op tijd op het werk", "op tijd op mijn werk",
    "voor mezelf opkomen", "voor mijzelf opkomen", "stand up for myself", "say no",
    "be on time", "speak up",
)  # fmt: skip
"""Multi-word skill names that are quoted whole, also when a word inside is generic."""
_PHRASES_RE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in SKILL_PHRASES) + r")\b")


@lru_cache(maxsize=16384)
def is_generic(word: str) -> bool:
    """A word that never names a skill on its own: function words, vague development words
    and their forms and compounds ("opleidingsdagen"), one slip of them in long words."""
    if len(word) < 3 or word.isdigit() or word in lex.GENERIC or stem(word) in _GENERIC_STEMS:
        return True
    if word in lex.VAGUE_EXACT:
        return True
    if lex.generic_form(word, lex.GENERIC) or _generic_compound(word):
        return True
    if any(word.endswith(h) and len(word) > len(h) + 3 for h in lex.ASPIRATION_HEADS):
        return True  # "leiderschapspotentieel": a wish with a skill in front is still a wish
    if len(word) >= 6:
        from rapidfuzz import fuzz, process

        if process.extractOne(word, lex.GENERIC, scorer=fuzz.ratio, score_cutoff=88):
            return True
    return len(word) >= 4 and _slip_of_generic(word)


_SLIP_TARGETS = tuple(w for w in lex.GENERIC if len(w) >= 5)


def _slip_of_generic(word: str) -> bool:
    """One slip (a letter added, dropped, replaced or two swapped) of a vague word ("wordn",
    "skils", "imprvoe"), when the word is no word of its own in the dictionary."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    from pop_assistent.language.dictionary import known_word

    if process.extractOne(word, _SLIP_TARGETS, scorer=OSA.distance, score_cutoff=1) is None:
        return False
    return not known_word(word)


def _plain_generic(part: str) -> bool:
    """A generic part of a compound: the word itself, or a form of it whose stem is not too
    short to tell ("ergenen" in "allergenen" is no form of "erg")."""
    if part in lex.GENERIC:
        return True
    root = stem(part)
    return len(root) >= 4 and root in _GENERIC_STEMS


@lru_cache(maxsize=8192)
def _generic_compound(word: str) -> bool:
    """A compound of generic parts ("opleidingsdagen", "evaluatiescore"): still no concrete
    word. A separable verb ("binnenhalen", "inwerken") has a meaning of its own and is not one."""
    if len(word) < 7:
        return False
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if head in lex.VERB_PREFIXES or not _plain_generic(tail):
            continue
        if _plain_generic(head) or (head[-1] in "se" and cut > 3 and _plain_generic(head[:-1])):
            return True
    return False


@lru_cache(maxsize=8192)
def not_a_skill(word: str, proper: bool = False) -> bool:
    """True for every word that cannot make a goal specific on its own (see the module);
    `proper`: the word is written with a capital inside the sentence, a name."""
    from pop_assistent.language.lexicon import MONTHS, WORDS
    from pop_assistent.language.numbers import cardinal, ordinal
    from pop_assistent.language.tokens import fuzzy_word

    if is_generic(word) or is_setting(word, proper) or _FILLER_RE.match(word):
        return True
    if word in QUALIFIED:
        return True  # "gediplomeerd zorgkundige": the title, earned
    if cardinal(word) is not None or ordinal(word) is not None:
        return True  # "nul klachten", "de derde keer": a count says how many, not what
    if _slipped_generic(word):
        return True
    canon = WORDS.get(word, "")
    if canon and canon not in _RELATIONS:
        return True  # a calendar word; "till" (the cash register) is a noun as well
    return word in MONTHS or fuzzy_word(word) is not None


_RELATIONS = frozenset({"BY", "BEFORE", "AFTER", "IN", "WITHIN", "FROM", "TO", "OVER", "EN", "OF"})
"""Canonical tokens of words that only relate a time ("tot", "till", "van"): as function words
they are generic already (`smart_lexicon.GENERIC`), so one that is not ("till") is a noun."""


_DOUBLE_END_RE = re.compile(r"([bcdghjkmnprtvw])\1$")


def _slipped_generic(word: str) -> bool:
    """A generic word typed with a doubled last letter ("jobb": Dutch never ends a word in a
    double consonant) or two letters swapped ("wordne")."""
    if _DOUBLE_END_RE.search(word) and is_generic(word[:-1]):
        return True
    if len(word) < 5:
        return False
    letters = sorted(word)
    return any(
        sorted(word[:i] + word[i + 1] + word[i] + word[i + 2 :]) == letters
        and (word[:i] + word[i + 1] + word[i] + word[i + 2 :]) in lex.GENERIC
        for i in range(len(word) - 1)
    )


def _proper(text: str, at: int) -> bool:
    """A word written with a capital that does not start the sentence: a name ("Smartschool")."""
    if at >= len(text) or not text[at].isupper():
        return False
    before = text[:at].rstrip()
    return bool(before) and before[-1] not in ".!?:;\n"


def _concrete(rest: str, text: str) -> list[str]:
    """The phrases of the goal that can name a skill, in order, at most three."""
    found: list[str] = []
    for match in _COMPOUND_RE.finditer(rest):  # "Word-vaardigheden": the first part is the tool
        part = match.group(1)
        if is_role(match.group()) or part in PRAISE:
            continue  # "sous-chef", "assistent-winkelmanager", "super-poetser": a title
        if part not in lex.PARTICLES and not is_setting(part) and part not in found:
            found.append(part)
    for phrase in _PHRASES_RE.finditer(rest):
        if phrase.group() not in found:
            found.append(phrase.group())
    rest = _PHRASES_RE.sub(lambda m: " " * len(m.group()), rest)
    rest = OUTCOME_PHRASE_RE.sub(lambda m: " " * len(m.group()), rest)
    words = list(_WORD_RE.finditer(rest))
    titles = role_slots(rest)  # "een sterkere wegenwerker worden": a role in any trade
    for status in STATUS_RE.finditer(rest):  # "pay grade 5", "de titel van hoofdkok"
        titles.update(w.start() for w in _WORD_RE.finditer(rest, *status.span()))
    attained = attained_span(rest)  # "word ik ploegbaas bij de wegenwerken": all of it the role
    if attained is not None:
        titles.update(w.start() for w in _WORD_RE.finditer(rest, attained[1], attained[2]))
    run: list[str] = []
    last_end = -1
    for index, match in enumerate(words):
        word = match.group()
        following = words[index + 1].group() if index + 1 < len(words) else ""
        previous = words[index - 1] if index else None
        proper = _proper(text, match.start())
        keep = not not_a_skill(word, proper)
        quality = word == "patient" and previous is not None and previous.group() in _DEGREE
        role = is_role(word) and not tool_name(word, proper)
        if (word in lex.PEOPLE and not quality) or role or match.start() in titles:
            # "voor het team", "als teamleider"; but "leidinggevende vaardigheden", "more
            # patient" (a quality, not a patient)
            keep = bool(_SKILL_HEAD_RE.match(rest, match.end()))
        if (
            (following in ENGLISH_ROLE_HEADS and is_role(following))
            or (
                previous is not None
                and previous.group() in TITLE_MODIFIERS
                and not rest[previous.end() : match.start()].strip()
            )
            or following in ENGLISH_PLACE_HEADS
            or (proper and is_outcome(following) and rest[match.end() : match.end() + 1] == " ")
        ):
            keep = False  # "bus driver", "head housekeeper", "distribution centre", "Google
            # reviews": a job title, a workplace, the name of where a result is read
        joined = bool(run) and rest[last_end : match.start()].strip(" -") == ""
        if run and not (keep and joined):
            found.append(" ".join(run))
            run = []
        if keep:
            run.append(word)
            last_end = match.end()
    if run:
        found.append(" ".join(run))
    return list(dict.fromkeys(found))[:3]


_DEGREE = frozenset("more less very so be being stay remain too".split())
"""Words before "patient" that make it the quality, not the person."""


def specific(rest: str, text: str, skill_labels: list[str], lang: Language) -> SmartCriterion:
    """Specifiek, on the goal without its time expression and setting (`rest`, folded) and
    the goal as typed (`text`, same offsets)."""
    if skill_labels:
        return crit("specific_skill", lang, met=True, what=quote_list(skill_labels[:3]))
    concrete = _concrete(rest, text)
    if concrete:
        return crit("specific_words", lang, met=True, what=quote_list(concrete))
    named = named_qualification(rest, text)
    if named:  # "mijn attest veiligheidscoördinator halen": the qualification says what
        return crit("specific_proof", lang, met=True, what=named)
    return crit("specific_no", lang, met=False)
