"""Match a typed job title to a role profile by its words, not by the longest shared letters.

"city bus driver" is a bus driver (every word of the name is there; "city" only qualifies it),
never "IT support" because the letters "it" hide in "city". Between close profiles the word that
tells them apart decides: "lerares lager onderwijs" names "lager", which "Leraar secundair
onderwijs" contradicts. Female and male forms are one role: the "-es"/"-ster"/"-e" form is folded
to its base and a few job heads that mean the same (leraar/leerkracht) share one key.
"""

from __future__ import annotations

from collections.abc import Sequence

from pop_assistent.language.skillmatch import STOP, stem, words_of

_STOP = STOP | frozenset("bij als at as aan der".split())
_SAME = {
    "lerar": "leraar",
    "leraar": "leraar",
    "lerares": "leraar",
    "leerkracht": "leraar",
    "onderwijzer": "leraar",
    "onderwijzeres": "leraar",
    "verpleger": "verpleegkundige",
    "verpleegster": "verpleegkundige",
    "verpleegkundige": "verpleegkundige",
}
_FEMALE = (("euse", "eur"), ("trice", "teur"), ("ster", "er"), ("es", ""), ("e", ""))
_FUZZY = 85.0
_SIMILAR = 0.85


def _key(word: str) -> str:
    """One key for the female and male forms of a job word."""
    if word in _SAME:
        return _SAME[word]
    for female, male in _FEMALE:
        if len(word) > len(female) + 4 and word.endswith(female):
            word = word[: -len(female)] + male
            return _SAME.get(word, word)
    return word


def _words(text: str) -> list[tuple[str, str]]:
    """(word as typed, its key) for each word that can name a job."""
    return [(w, _key(w)) for w in words_of(text, 300) if w not in _STOP]


def _same(typed: str, name: str) -> bool:
    if typed == name or stem(typed) == stem(name):
        return True
    if min(len(typed), len(name)) < 5:
        return False
    if typed.endswith(name):
        return True  # a compound's head: "ziekenhuisverpleegkundige" is a "verpleegkundige"
    from rapidfuzz import fuzz

    return fuzz.ratio(typed, name) >= _FUZZY


def _score(typed: list[tuple[str, str]], name: list[tuple[str, str]]) -> float:
    """How well a name fits the typed words; 0 when it does not fit."""
    if not name:
        return 0.0
    covered = [any(_same(t, n) for _, t in typed) for _, n in name]
    used = [any(_same(t, n) for _, n in name) for _, t in typed]
    missing = covered.count(False)
    if missing > len(name) / 3 or not any(used):
        return 0.0
    literal = len({w for w, _ in typed} & {w for w, _ in name})
    head = sum(len(n) for (_, n), c in zip(name, covered, strict=True) if c)
    # each typed word the name explains counts; a name word the person did not say counts
    # against it (it is what tells close profiles apart); an unexplained typed word only a little
    return (
        used.count(True) - 0.5 * missing - 0.1 * used.count(False) + 0.05 * literal + 0.002 * head
    )


def best_role(text: str, names: Sequence[Sequence[str]]) -> int | None:
    """Index of the role whose name (or other name) best fits the typed title, or None when
    nothing fits well."""
    typed = _words(text)
    if not typed:
        return None
    best: tuple[float, int] | None = None
    for index, role_names in enumerate(names):
        for name in role_names:
            score = _score(typed, _words(name))
            if score > 0 and (best is None or score > best[0]):
                best = (score, index)
    if best is None:
        return None
    return best[1] if best[0] >= _SIMILAR else None
