"""Which skills a search word stands for, through the skills' labels and synonyms.

The full-text index holds only each resource's skill ids (a few short words), not the long
labels and synonyms of every skill over and over: that halves the cost of building it. A word
the user types is looked up here instead, and every skill whose label or synonym has that word
(or, while typing, a word that starts with it) joins the query as a phrase of its id in the
skills column: "forklift" finds the resources with skill `heftruck-besturen`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping

from pop_assistent.model.catalogue import Skill
from pop_assistent.text.words import STOPWORDS, tokens

MAX_SKILLS = 12
"""At most this many skills per typed prefix (a short one can match dozens)."""

GENERIC = 5
"""A whole word found in this many skills or more ("geven", "management") says too little to
stand for any of them: it is searched for as a word only."""


class SkillWords:
    """The words of every skill's labels, synonyms and id, each with the skills that have it."""

    def __init__(self, skills: Mapping[str, Skill]) -> None:
        by_word: dict[str, list[str]] = {}
        whole: dict[str, list[str]] = {}
        for skill_id, skill in sorted(skills.items()):
            names = [skill.label_nl, skill.label_en, *skill.synonyms, skill_id]
            for word in dict.fromkeys(tokens(" ".join(names))):
                if len(word) > 1 and word not in STOPWORDS:
                    by_word.setdefault(word, []).append(skill_id)
            for name in names:
                words = [w for w in tokens(name) if len(w) > 1 and w not in STOPWORDS]
                if len(words) == 1 and skill_id not in whole.get(words[0], []):
                    whole.setdefault(words[0], []).append(skill_id)
        self._by_word = by_word
        self._whole = whole
        """A word that is a whole name of some skills ('smartschool' of Digitaal lesgeven) stands
        for those, not for a skill where it is a word of a longer name ('smartschool berichten'
        of Communiceren met ouders)."""
        self.words: list[str] = sorted(by_word)
        """Every word, sorted (for prefix lookups and typo corrections)."""

    def words_with(self, indexed: Iterable[str]) -> set[str]:
        """These words of the index and the skills' own words: the vocabulary of a search."""
        return set(indexed).union(self.words)

    def skills_for(self, word: str, prefix: bool) -> list[str]:
        """The ids of the skills with `word` (or, with `prefix`, a word starting with it)."""
        if not prefix or word in self._whole:
            having = self._whole.get(word) or self._by_word.get(word, [])
            return having if len(having) < GENERIC else []
        found: dict[str, None] = {}
        pos = bisect_left(self.words, word)
        while pos < len(self.words) and self.words[pos].startswith(word):
            if len(self._by_word[self.words[pos]]) < GENERIC:
                found.update(dict.fromkeys(self._by_word[self.words[pos]]))
            if len(found) >= MAX_SKILLS:
                break
            pos += 1
        return list(found)[:MAX_SKILLS]


def id_phrase(skill_id: str) -> str:
    """An FTS5 phrase for the words of a skill id, limited to the skills column."""
    return 'skills : "' + " ".join(tokens(skill_id)) + '"'
