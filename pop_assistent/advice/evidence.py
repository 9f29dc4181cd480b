"""Which words of a goal a resource names, in its title and anywhere in its text.

The ranking itself comes from the search index; these counts say how much a proposal rests
on: a title that names a rare word of the goal ('draaitabellen') earns a bonus, and when no
skill of the catalogue is recognised in a goal, only resources that name several of its words
(or one in their title) are proposed, so that a goal the catalogue cannot serve ('gitaar
leren spelen') gets nothing rather than a guess.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pop_assistent.model.catalogue import CatalogueItem, Skill
from pop_assistent.text.words import content_tokens, stem

MIN_LENGTH = 5
"""Shorter goal words say too little on their own ('werk', 'team')."""


@dataclass(frozen=True)
class Evidence:
    """How many telling words of the goal a resource names."""

    title: int
    """Rare goal words in the title (few candidates' titles hold them)."""
    text: int
    """Goal words anywhere: title, description, theme, skill names."""


def _stems(text: str) -> set[str]:
    return {stem(word) for word in content_tokens(text)}


def _compound(word: str, part: str) -> bool:
    """`word` is a compound of `part` and something else ('kogellager' of 'lager')."""
    return (
        len(part) >= MIN_LENGTH
        and len(word) >= len(part) + 3
        and (word.endswith(part) or word.startswith(part))
    )


def _found(goal: set[str], words: set[str]) -> set[str]:
    """Goal stems among `words`, also when one is a compound of the other ('kogellagers')."""
    hits = goal & words
    for word in goal - hits:
        if any(_compound(word, other) or _compound(other, word) for other in words):
            hits.add(word)
    return hits


def evidence(
    goal_text: str,
    items: Mapping[int, CatalogueItem],
    skills: Mapping[str, Skill],
) -> dict[int, Evidence]:
    """Per candidate row: the goal words its title and its text name."""
    goal = {stem(w) for w in content_tokens(goal_text[:2000]) if len(w) >= MIN_LENGTH}
    if not goal:
        return {}
    titles = {row: goal & _stems(item.title) for row, item in items.items()}
    seen: dict[str, int] = {}
    for words in titles.values():
        for word in words:
            seen[word] = seen.get(word, 0) + 1
    rare = {w for w, n in seen.items() if n <= max(2, len(items) // 4)}
    result: dict[int, Evidence] = {}
    for row, item in items.items():
        labels = [s for sid in item.skill_ids if (s := skills.get(sid)) is not None]
        text = " ".join(
            [item.description, item.theme, *(f"{s.label_nl} {s.label_en}" for s in labels)]
        )
        named = titles[row] | _found(goal, _stems(text))
        result[row] = Evidence(len(titles[row] & rare), len(named))
    return result


def enough(found: Evidence | None) -> bool:
    """Whether a resource names enough of a goal to be proposed without a recognised skill."""
    return found is not None and (found.title > 0 or found.text >= 2)
