"""Which skills a need is about, read from each skill's names and the situations it answers.

HR writes per skill its names (labels and synonyms: "excel", "draaitabel") and the situations
it answers in employees' words ("ik krijg pijn in mijn rug van het tillen"). A need is about a
skill when its telling words occur there; most of all when several of them occur in the same
situation, as the person said them together ("brandjes" and "blussen").
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from pop_assistent.advice.need import Term
from pop_assistent.catalogue.lexicon import forms
from pop_assistent.catalogue.text import STOPWORDS, tokens
from pop_assistent.model.catalogue import Skill

NAME = 1.0
SITUATION = 0.7
"""How much a word says about a skill in its names, and in one of its situations."""


def _forms_of(text: str) -> set[str]:
    found: set[str] = set()
    for word in tokens(text):
        if len(word) > 1 and word not in STOPWORDS:
            found |= forms(word)
    return found


@dataclass
class SkillFit:
    """How one skill answers a need: per term of the need the strength (0..1), and how much of
    the need its best single situation or name says on its own."""

    strengths: dict[int, float] = field(default_factory=dict)
    together: float = 0.0
    """The share of the need's weight that one name or one situation covers by itself."""


class SkillText:
    """The skills' names and situations, indexed by the forms of their words."""

    def __init__(self, skills: Sequence[Skill]) -> None:
        self.ids = [s.id for s in skills]
        # form -> [(skill number, phrase number)]; phrase 0 holds every name of the skill
        self._postings: dict[str, list[tuple[int, int]]] = {}
        self._docs: dict[str, set[int]] = {}
        for number, skill in enumerate(skills):
            phrases = [" ".join([skill.label_nl, skill.label_en, *skill.synonyms, skill.id])]
            phrases += list(skill.situations)
            for phrase_no, phrase in enumerate(phrases):
                for form in _forms_of(phrase):
                    self._postings.setdefault(form, []).append((number, phrase_no))
                    self._docs.setdefault(form, set()).add(number)
        self.size = len(skills)

    def has(self, term: Term) -> bool:
        """Whether some skill's names or situations have the term."""
        return any(form in self._docs for form in term.forms)

    def idf(self, term: Term) -> float:
        docs: set[int] = set()
        for form in term.forms:
            docs |= self._docs.get(form, set())
        return math.log(1 + (self.size - len(docs) + 0.5) / (len(docs) + 0.5))

    def fits(self, terms: Sequence[Term], weights: Sequence[float]) -> dict[str, SkillFit]:
        """Per skill that shares a word with the need: how it answers it.

        `weights` holds each term's weight in the need (its telling weight times its rarity).
        """
        total = sum(weights) or 1.0
        found: dict[int, SkillFit] = {}
        phrase_weight: dict[tuple[int, int], float] = {}
        for position, term in enumerate(terms):
            seen: set[tuple[int, int]] = set()
            for form in term.forms:
                for skill, phrase in self._postings.get(form, ()):
                    if (skill, phrase) in seen:
                        continue
                    seen.add((skill, phrase))
                    strength = NAME if phrase == 0 else SITUATION
                    fit = found.setdefault(skill, SkillFit())
                    if strength > fit.strengths.get(position, 0.0):
                        fit.strengths[position] = strength
                    key = (skill, phrase)
                    phrase_weight[key] = phrase_weight.get(key, 0.0) + weights[position]
        for (skill, _phrase), weight in phrase_weight.items():
            fit = found[skill]
            fit.together = max(fit.together, weight / total)
        return {self.ids[number]: fit for number, fit in found.items()}
