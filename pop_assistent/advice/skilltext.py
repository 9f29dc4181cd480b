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
from pop_assistent.model.catalogue import Skill
from pop_assistent.text.lexicon import forms
from pop_assistent.text.words import STOPWORDS
from pop_assistent.text.words import glued_tokens as tokens

NAME = 1.0
NAME_PART = 0.9
SITUATION = 0.7
"""How much a word says about a skill in its names (a whole name, or one word of a name of
several words), and in one of its situations."""


TOGETHER_WORDS = 2
"""A situation says a need by itself when it holds at least this many of the need's words (a
compound and its parts are one word); one shared word ('stoppen' with smoking and with a
machine) says nothing about the need as a whole. A skill's whole name is its topic: one word
is enough when it is a name ('forklift'), not when it is part of one ('korte stops')."""


TELLING_WORD = 0.5
"""... each at least this telling (lexicon.telling): 'weet' and 'bedrijf' in the same situation
are not the need said again."""


def _heads(terms: Sequence[Term]) -> list[int]:
    """Per term, the position of the word it belongs to: itself, or the compound it is part of."""
    found: list[int] = []
    for position, term in enumerate(terms):
        found.append(found[-1] if term.part and found else position)
    return found


def _words_of(name: str) -> tuple[frozenset[str], ...]:
    """The forms of each content word of a name."""
    return tuple(forms(w) for w in tokens(name) if len(w) > 1 and w not in STOPWORDS)


def _plain(name: str) -> list[str]:
    return [w for w in tokens(name) if len(w) > 1 and w not in STOPWORDS]


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
    named_by: set[int] = field(default_factory=set)
    """The terms of the need (by position) that say a whole name of the skill."""
    in_long_name: set[int] = field(default_factory=set)
    """Of those, the terms that say a whole name of several words ('eerste hulp')."""


class SkillText:
    """The skills' names and situations, indexed by the forms of their words."""

    def __init__(self, skills: Sequence[Skill]) -> None:
        self.ids = [s.id for s in skills]
        # form -> [(skill number, phrase number)]; phrase 0 holds every name of the skill
        self._postings: dict[str, list[tuple[int, int]]] = {}
        self._docs: dict[str, set[int]] = {}
        # per skill: each name as the forms of its words ('steigers opbouwen': two words)
        self._names: list[list[tuple[frozenset[str], ...]]] = []
        self._words: list[list[str]] = []  # per skill: its one-word names as written
        self._one_word: dict[str, set[int]] = {}  # form -> skills with a one-word name of it
        for number, skill in enumerate(skills):
            names = [skill.label_nl, skill.label_en, *skill.synonyms, skill.id.replace("-", " ")]
            self._names.append([words for name in names if (words := _words_of(name))])
            self._words.append([w[0] for name in names if len(w := _plain(name)) == 1])
            for name in self._names[-1]:
                if len(name) == 1:
                    for form in name[0]:
                        self._one_word.setdefault(form, set()).add(number)
            phrases = [" ".join(names)]
            phrases += list(skill.situations)
            for phrase_no, phrase in enumerate(phrases):
                for form in _forms_of(phrase):
                    self._postings.setdefault(form, []).append((number, phrase_no))
                    self._docs.setdefault(form, set()).add(number)
        self.size = len(skills)

    def _named(self, skill: int, term: Term, said: frozenset[str]) -> int:
        """How many words the longest whole name of the skill has that the need says with the
        term: 1 for 'forklift', 2 for 'steigers' and 'opbouwen' together, 0 for 'opbouwen'
        alone."""
        return max(
            (
                len(name)
                for name in self._names[skill]
                if any(word & term.forms for word in name) and all(word & said for word in name)
            ),
            default=0,
        )

    def other_names(self, term: Term) -> set[str]:
        """The one-word names of the skills the term is a one-word name of ('poetsen' of
        Schoonmaaktechnieken: 'schoonmaken', 'kuisen', 'dweilen'): words HR says mean the same."""
        skills = set().union(*(self._one_word.get(form, ()) for form in term.forms))
        return {word for number in skills for word in self._words[number]}

    def has(self, term: Term) -> bool:
        """Whether some skill's names or situations have the term."""
        return any(form in self._docs for form in term.forms)

    def idf(self, term: Term) -> float:
        docs: set[int] = set()
        for form in term.forms:
            docs |= self._docs.get(form, set())
        return math.log(1 + (self.size - len(docs) + 0.5) / (len(docs) + 0.5))

    def fits(
        self, terms: Sequence[Term], weights: Sequence[float], numbers: frozenset[str] = frozenset()
    ) -> dict[str, SkillFit]:
        """Per skill that shares a word with the need: how it answers it.

        `weights` holds each term's weight in the need (its telling weight times its rarity);
        `numbers` the need's numbers, no terms of their own but part of a name it may say
        whole ('code 95').
        """
        total = sum(weights) or 1.0
        found: dict[int, SkillFit] = {}
        phrase_weight: dict[tuple[int, int], float] = {}
        phrase_heads: dict[tuple[int, int], set[int]] = {}
        heads = _heads(terms)
        said = frozenset().union(numbers, *(term.forms for term in terms))
        named: set[int] = set()  # skills one of whose names the need says whole
        phrase_terms: dict[tuple[int, int], set[int]] = {}
        for position, term in enumerate(terms):
            seen: set[tuple[int, int]] = set()
            for form in term.forms:
                for skill, phrase in self._postings.get(form, ()):
                    if (skill, phrase) in seen:
                        continue
                    seen.add((skill, phrase))
                    strength = SITUATION
                    if phrase == 0:
                        whole = self._named(skill, term, said)
                        strength = NAME if whole else NAME_PART
                        if whole:
                            named.add(skill)
                            found.setdefault(skill, SkillFit()).named_by.add(position)
                            if whole > 1:  # 'eerste hulp': a name of several words
                                found[skill].in_long_name.add(position)
                    fit = found.setdefault(skill, SkillFit())
                    if strength > fit.strengths.get(position, 0.0):
                        fit.strengths[position] = strength
                    key = (skill, phrase)
                    phrase_weight[key] = phrase_weight.get(key, 0.0) + weights[position]
                    phrase_terms.setdefault(key, set()).add(position)
                    if term.weight >= TELLING_WORD:
                        phrase_heads.setdefault(key, set()).add(heads[position])
        alone = len(set(heads)) == 1
        pieces = {p for p, term in enumerate(terms) if term.part}  # of a need of one compound
        for key, weight in phrase_weight.items():
            if len(phrase_heads.get(key, ())) < TOGETHER_WORDS and not alone:
                if key[1] > 0 or key[0] not in named:
                    continue  # one word in a situation is a shared word, not the need said again
            if alone and 0 not in phrase_terms[key] and phrase_terms[key] != pieces:
                continue  # a need of one compound is not said by one of its parts ('motor')
            fit = found[key[0]]
            fit.together = max(fit.together, weight / total)
        return {self.ids[number]: fit for number, fit in found.items()}
