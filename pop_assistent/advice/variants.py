"""A need that names a class or a level of something ('rijbewijs B', 'Frans niveau A2') is not
served by a resource for another class or level of the same thing ('Rijbewijs C of CE',
'Frans niveau B1'): the words match, the need does not."""

from __future__ import annotations

import re

from pop_assistent.text import fold

CLASSES: dict[str, frozenset[str]] = {
    "licence": frozenset("am a1 a2 a b be c1 c1e c ce d1 d1e d de g t".split()),
    "level": frozenset("a1 a2 b1 b2 c1 c2".split()),
}
"""What each kind of thing is divided into: driving licence classes, language levels (CEFR)."""
NOUNS = {"rijbewijs": "licence", "licence": "licence", "license": "licence",
         "niveau": "level", "level": "level"}  # fmt: skip
_RE = re.compile(
    r"\b(rijbewijs|licen[cs]e|niveau|level)\s+"
    r"([a-z0-9]{1,3}(?:\s*(?:,|/|\+|of|en|or|and)\s*[a-z0-9]{1,3})*)"
)
_SPLIT = re.compile(r"\s*(?:,|/|\+|\bof\b|\ben\b|\bor\b|\band\b)\s*")


VEHICLES = {
    "moto": "a", "motor": "a", "motorfiets": "a", "motorbike": "a", "motorcycle": "a",
    "bromfiets": "am", "brommer": "am", "scooter": "am", "auto": "b", "car": "b",
    "personenwagen": "b",
}  # fmt: skip
"""A licence named by its vehicle ('rijbewijs voor de moto', 'motorrijbewijs', 'car licence')
is that class of licence."""
NEAR = 3
"""How many words from 'rijbewijs' the vehicle may stand ('motorbike licence', 'rijbewijs
voor de moto')."""
_LICENCE = re.compile(r"^(?:(\w*?)rijbewijs|licen[cs]e)$")


def _by_vehicle(words: list[str]) -> set[str]:
    """The licence classes a text names by their vehicle next to the word licence."""
    found: set[str] = set()
    for at, word in enumerate(words):
        match = _LICENCE.match(word)
        if match:
            if match.group(1) in VEHICLES:
                found.add(VEHICLES[match.group(1)])
            near = words[max(0, at - NEAR) : at + NEAR + 1]  # 'rijbewijs voor de moto'
            found.update(VEHICLES[w] for w in near if w in VEHICLES)
    return found


def variants(text: str) -> dict[str, set[str]]:
    """The classes named in a text, per kind: 'rijbewijs C of CE' -> {'licence': {'c', 'ce'}};
    'rijbewijs voor de moto' -> {'licence': {'a'}}."""
    found: dict[str, set[str]] = {}
    folded = fold(text)
    vehicles = _by_vehicle(re.findall(r"\w+", folded))
    if vehicles:
        found["licence"] = vehicles
    for match in _RE.finditer(folded):
        kind = NOUNS[match.group(1)]
        codes = set()
        for code in _SPLIT.split(match.group(2)):
            if code not in CLASSES[kind]:
                break  # 'rijbewijs b halen': the codes end where the words go on
            codes.add(code)
        if codes:
            found.setdefault(kind, set()).update(codes)
    return found


_BARE_LEVEL = re.compile(r"(?<![\w])([abc][12])(?![\w])")
"""A language level written alone, as course titles do: '(A2)', 'B1-B2'."""


def names_level(need: dict[str, set[str]], resource_text: str) -> bool:
    """Whether a resource names the language level the need asks for ('Zakelijk Frans (B1-B2)'
    for 'Frans niveau B1')."""
    wanted = need.get("level", set())
    return bool(wanted) and bool(wanted & set(_BARE_LEVEL.findall(fold(resource_text))))


_LEVELS = re.compile(
    r"\b(?:niveau|level)\s+[abc][12]"
    r"(?:\s*(?:-|/|,|\bof\b|\ben\b|\bor\b|\band\b|\btot\b|\bto\b)\s*[abc][12])*\b"
)
"""'niveau A2', 'level B1-B2', 'niveau A2 of B1': the words of a language level and only those
('Frans niveau B1 en Excel' keeps 'Excel')."""


def without_levels(text: str) -> str:
    """The text without the language levels it names ('Nederlands op niveau A2' -> 'Nederlands
    op'): the level chooses among courses (`for_another`), it is no topic of its own, and 'A2'
    or 'niveau' must not bring French A2 or 'Thermografie niveau 1' to a need for Dutch."""
    folded = fold(text)
    spans = [m.span() for m in _LEVELS.finditer(folded)]
    for start, end in reversed(spans):
        folded = folded[:start] + " " + folded[end:]
    return folded if spans else text


UNCLASSED = {"licence": re.compile(r"\b(?:rijbewijs|licen[cs]e)\b")}
"""Kinds where a resource that names the thing without a class is about something else too: a
counter course that mentions 'rijbewijs aanvragen', code 95 for those who have their licence.
('niveau' without a level is too common a word: 'op je eigen niveau'.)"""


def for_another(need: dict[str, set[str]], resource_text: str) -> bool:
    """Whether a resource names the need's kind of thing only in other classes (or, for a
    licence, without naming a class at all)."""
    if not need:
        return False
    have = variants(resource_text)
    folded = fold(resource_text)
    if bare := set(_BARE_LEVEL.findall(folded)):  # 'Zakelijk Frans (B1-B2)'
        have["level"] = have.get("level", set()) | bare
    for kind, codes in need.items():
        if kind in have and not codes & have[kind]:
            return True
        if kind not in have and kind in UNCLASSED and UNCLASSED[kind].search(folded):
            return True
    return False


def names_class(need: dict[str, set[str]], text: str) -> bool:
    """Whether a text names one of the classes the need asks for, of every kind that must be
    named ('rijbewijs A' for a need of a licence A). A language course that names no level
    serves a need for A2: only the kinds in UNCLASSED must name theirs."""
    have = variants(text)
    return all(codes & have.get(kind, set()) for kind, codes in need.items() if kind in UNCLASSED)
