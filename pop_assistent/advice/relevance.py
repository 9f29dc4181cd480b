"""How much of a need each resource speaks to, through its own text and its skills' texts.

A need's telling words (need.py) are looked up in the resources' titles and descriptions
(texthits.py) and in the skills' names and situations (skilltext.py); a resource speaks to a
word through its own text or through one of its skills (its first skill counts most). Its
relevance is the share of the need's weight it speaks to, plus how much of the need one of its
skills' situations says by itself: a number from 0 to about 1.5 that means the same for every
need, so that one floor can say "nothing here fits".
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property

from pop_assistent.advice.need import PART_WEIGHT, Term, english, need_terms
from pop_assistent.advice.skilltext import SkillFit, SkillText
from pop_assistent.advice.texthits import TermRows, TextHits
from pop_assistent.catalogue.catalogue import Catalogue
from pop_assistent.catalogue.compiled import Compiled
from pop_assistent.i18n import ENGLISH
from pop_assistent.model.catalogue import Skill
from pop_assistent.text.lexicon import forms, zipf
from pop_assistent.text.words import glued_tokens

SKILL_POSITION = (1.0, 0.8, 0.7, 0.6)
"""How much a resource's first, second, third (and later) skill speak for it."""

TOGETHER = 0.5
"""Weight of the share of a need that one situation or name of a skill says by itself."""

MAX_IDF = 4.0
"""A word no resource and no skill has still counts, but no more than a rare one."""

SYNONYM = 0.8
"""A title that says a word of the need in another name of the same skill counts this much."""

TYPO = 0.9
"""A word read as a typo of a catalogue word ('lasen' for 'lassen') counts a little less."""

AGREES = 0.45
"""A word of a need is answered when its rarity (0.15..1, lexicon.telling) times the strength
of the answer (0..1) reaches this: a rare word said in a title or a skill's situation, not an
ordinary one ('weet', 'krijg') nor a rare one said only in passing."""

RARE = 0.9
"""A word at least this telling (lexicon.telling) is a rare one."""

UNTRANSLATED = 1.0
"""A word this much more common in English than in Dutch is an English word."""

NEGATION = "on"
MIN_BASE = 5
"""A Dutch adjective negated by 'on' ('onduidelijk', 'onzeker') is about what its base is about;
the base must be a real word of at least this many letters."""

ADJECTIVE_ENDINGS = ("lijk", "lijke", "ig", "ige", "baar", "bare", "zaam", "zame", "isch", "ische")

REAL_WORD = 3.0
"""A word this common in Dutch is no typo, even when it looks like a catalogue word
('spelen' is not 'stapelen')."""


@dataclass
class Fit:
    """How a resource answers a need."""

    strengths: dict[int, float] = field(default_factory=dict)
    """Per term of the need (by position): how strongly the resource speaks to it (0..1)."""
    together: float = 0.0
    skills: dict[str, float] = field(default_factory=dict)
    """The resource's skills that the need is about, with how much of it each says."""
    title: set[int] = field(default_factory=set)
    """Terms named in the resource's own title."""
    own: float = 0.0
    """The share of the need's weight the resource's own title and description speak to."""
    named_by: set[int] = field(default_factory=set)
    """The terms of the need that say a whole name of the resource's first skill."""
    in_long_name: set[int] = field(default_factory=set)
    """Of those, the terms that say a whole name of several words ('eerste hulp')."""


@dataclass
class Reading:
    """A need read against the catalogue."""

    terms: list[Term]
    weights: list[float]
    skills: dict[str, SkillFit]
    fits: dict[int, Fit]
    english: bool = False
    """An English need read against a Dutch catalogue: its words the catalogue has no trace of
    are untranslated, not a sign that it speaks of something else."""

    @cached_property
    def traced(self) -> frozenset[int]:
        """The terms some resource or skill speaks to."""
        return frozenset(i for fit in self.fits.values() for i in fit.strengths)

    @property
    def total(self) -> float:
        return sum(self.weights) or 1.0

    def coverage(self, row: int) -> float:
        fit = self.fits[row]
        return sum(self.weights[i] * s for i, s in fit.strengths.items()) / self.total

    def relevance(self, row: int) -> float:
        return self.coverage(row) + TOGETHER * self.fits[row].together

    def named(self, row: int) -> float:
        """How much of the need a resource names, in the need's own weights (not a share):
        about 4 for each telling, rare word of the need it names fully. A long story may
        name its topic in a small share of its words; this says the topic is there all the
        same."""
        return sum(self.weights[i] * s for i, s in self.fits[row].strengths.items())

    @cached_property
    def untraced_rarest(self) -> float:
        """How common (zipf) the rarest word of the need is that no resource and no skill
        speaks to, not even through its parts; infinite when there is none. English words
        (in an English need, or clearly English in a Dutch one: 'summary') are untranslated,
        not a topic the catalogue lacks."""
        if self.english:
            return math.inf
        heads: dict[int, float] = {}
        head = 0
        for position, term in enumerate(self.terms):
            if not term.part:
                head = position
                common = zipf(term.word)
                english = zipf(term.word, ENGLISH) >= common + UNTRANSLATED
                if term.weight >= RARE and position not in self.traced and not english:
                    heads[head] = common
            elif position in self.traced:
                heads.pop(head, None)
        return min(heads.values(), default=math.inf)

    def agreement(self, row: int) -> tuple[int, float]:
        """How many of the need's telling words a resource answers, and what share of the
        need's telling content that is, counted in plain Dutch (or English) rarity, not in the
        catalogue's: a compound and its parts are one word; a word counts when its rarity
        times the strength of the answer reaches `AGREES`.

        One shared word, however rare in the catalogue ('noten' in a choir's sheet music,
        'tafels' of multiplication), is a coincidence; two telling words of the same need
        answered by one resource, or most of a short need, are its topic."""
        fit = self.fits[row]
        whole: dict[int, float] = {}
        said: dict[int, float] = {}
        pieces: dict[int, list[float]] = {}
        head = 0
        for position, term in enumerate(self.terms):
            if not term.part:
                head = position
            if self.english and position not in self.traced:
                continue
            rarity = min(1.0, term.weight / PART_WEIGHT) if term.part else term.weight
            answered = rarity * fit.strengths.get(position, 0.0)
            whole[head] = max(whole.get(head, 0.0), rarity)
            if term.part:
                pieces.setdefault(head, []).append(answered)
            else:
                said[head] = answered
        for head, answers in pieces.items():  # a compound is said by all its parts, not one
            said[head] = max(said.get(head, 0.0), min(answers))
        telling = sum(1 for value in said.values() if value >= AGREES)
        return telling, sum(said.values()) / (sum(whole.values()) or 1.0)

    def skill_share(self, skill_id: str) -> float:
        """How much of the need a skill speaks to on its own (0..1)."""
        fit = self.skills.get(skill_id)
        if fit is None:
            return 0.0
        covered = sum(self.weights[i] * s for i, s in fit.strengths.items()) / self.total
        return covered + TOGETHER * fit.together


class Relevance:
    """The catalogue's texts as the advice reads them (made on first use, then kept)."""

    def __init__(
        self,
        compiled: Compiled,
        vocabulary: list[str],
        size: int,
        skills: list[Skill],
        corrections: Callable[[str], list[str]],
    ) -> None:
        self._compiled = compiled
        self.text = TextHits(compiled, vocabulary, size)
        self.skill_text = SkillText(skills)
        self._corrections = corrections
        self._synonym_titles: dict[str, list[int]] = {}

    def _unnegated(self, term: Term, *, adjective: bool = False) -> Term | None:
        """The word a negated one stands on, when the catalogue uses that one ('onduidelijk'
        for 'duidelijk', 'onveilig' for 'veilig'); with `adjective`, only when the base ends as
        an adjective does (not 'ongeval' for 'geval')."""
        word = term.word
        if term.part or not word.startswith(NEGATION) or len(word) < len(NEGATION) + MIN_BASE:
            return None
        base = word[len(NEGATION) :]
        if zipf(base) < REAL_WORD or (adjective and not base.endswith(ADJECTIVE_ENDINGS)):
            return None
        plain = replace(term, forms=term.forms | forms(base))
        return plain if self.text.rows(plain).rows or self.skill_text.has(plain) else None

    def _corrected(self, term: Term) -> Term | None:
        """The catalogue word a typo stands for ('projectmanagment'), if it is one."""
        if term.part or len(term.word) < 5 or zipf(term.word) >= REAL_WORD:
            return None
        fixed = self._corrections(term.word)
        if not fixed:
            return None
        found = frozenset().union(*(forms(word) for word in fixed))
        return replace(term, word=fixed[0], forms=found, weight=term.weight * TYPO)

    @cached_property
    def skill_rows(self) -> dict[str, list[tuple[int, int]]]:
        """Per skill id: the rows of the resources that train it, with its place among theirs."""
        found: dict[str, list[tuple[int, int]]] = {}
        with self._compiled.lock:
            rows = self._compiled.db.execute("SELECT row, skills FROM items").fetchall()
        for row, skills in rows:
            for place, skill_id in enumerate((skills or "").split()):
                found.setdefault(skill_id, []).append((row, place))
        return found

    @staticmethod
    def _split(term: Term, terms: list[Term]) -> bool:
        """Whether the term is a compound whose parts follow it among the terms."""
        at = terms.index(term)
        return at + 1 < len(terms) and terms[at + 1].part

    def _carry_compounds(
        self, terms: list[Term], hits: list[TermRows], weights: list[float]
    ) -> None:
        """A compound of the need that the catalogue does not use ('kassasystemen') is said
        by its parts when the catalogue knows each of them: the whole weighs nothing, the parts
        count fully."""
        for position, term in enumerate(terms):
            if term.part or hits[position].rows or self.skill_text.has(term):
                continue
            pieces: list[int] = []
            for after in range(position + 1, len(terms)):
                if not terms[after].part:
                    break
                pieces.append(after)
            if not pieces or not all(hits[p].rows or self.skill_text.has(terms[p]) for p in pieces):
                continue
            weights[position] = 0.0
            for piece in pieces:
                weights[piece] /= PART_WEIGHT

    def _titles_by_synonym(self, terms: list[Term], fits: dict[int, Fit]) -> None:
        """A resource whose title says a word of the need in another of its skill's names
        ('schoonmaken' in the title for 'poetsen', which HR lists as a name of the same
        skill) speaks to that word, a little less than its own word would."""
        for position, term in enumerate(terms):
            if term.part or term.weight < RARE:
                continue
            for word in self.skill_text.other_names(term) - term.forms:
                for row in self._title_rows(word):
                    fit = fits.setdefault(row, Fit())
                    if SYNONYM > fit.strengths.get(position, 0.0):
                        fit.strengths[position] = SYNONYM

    def _title_rows(self, word: str) -> list[int]:
        found = self._synonym_titles.get(word)
        if found is None:
            hit = self.text.rows(Term(word, forms(word), 1.0))
            found = [row for row, strength in hit.rows.items() if strength >= 1.0]
            self._synonym_titles[word] = found
        return found

    def read(self, goal_text: str) -> Reading:
        """Every resource that speaks to some word of the need, and how."""
        terms = need_terms(goal_text, self.text.known)
        terms = [self._unnegated(term, adjective=True) or term for term in terms]
        hits = [self.text.rows(term) for term in terms]
        for position, (term, hit) in enumerate(zip(terms, hits, strict=True)):
            if hit.rows or self.skill_text.has(term) or self._split(term, terms):
                continue
            fixed = self._unnegated(term) or self._corrected(term)
            if fixed is not None:
                terms[position] = fixed
                hits[position] = self.text.rows(fixed)
        weights = []
        for term, hit in zip(terms, hits, strict=True):
            idf = hit.idf if hit.rows else self.skill_text.idf(term)
            weights.append(term.weight * min(idf, MAX_IDF))
        self._carry_compounds(terms, hits, weights)
        numbers = frozenset(w for w in glued_tokens(goal_text[:2000]) if w.isdigit())
        skills = self.skill_text.fits(terms, weights, numbers)
        fits: dict[int, Fit] = {}
        for position, hit in enumerate(hits):
            for row, strength in hit.rows.items():
                fit = fits.setdefault(row, Fit())
                if strength > fit.strengths.get(position, 0.0):
                    fit.strengths[position] = strength
                if strength >= 1.0:
                    fit.title.add(position)
        self._titles_by_synonym(terms, fits)
        total = sum(weights) or 1.0
        for fit in fits.values():
            fit.own = sum(weights[i] * s for i, s in fit.strengths.items()) / total
        for skill_id, skill_fit in skills.items():
            for row, place in self.skill_rows.get(skill_id, ()):
                factor = SKILL_POSITION[min(place, len(SKILL_POSITION) - 1)]
                fit = fits.setdefault(row, Fit())
                for position, strength in skill_fit.strengths.items():
                    if strength * factor > fit.strengths.get(position, 0.0):
                        fit.strengths[position] = strength * factor
                    if strength * factor >= 1.0:  # a name of its main skill: as its title
                        fit.title.add(position)
                fit.together = max(fit.together, skill_fit.together * factor)
                if place == 0:
                    fit.named_by |= skill_fit.named_by
                    fit.in_long_name |= skill_fit.in_long_name
                fit.skills[skill_id] = skill_fit.together
        return Reading(terms, weights, skills, fits, english(goal_text))


def relevance_of(catalogue: Catalogue) -> Relevance:
    """The catalogue's resources' and skills' texts as the advice reads a need against them
    (made on the first advice and kept with the catalogue; `warm` makes it in a worker)."""
    made = catalogue.derived.get("relevance")
    if isinstance(made, Relevance):
        return made
    index = catalogue.index
    assert catalogue.compiled is not None  # made by `index`
    made = Relevance(
        catalogue.compiled,
        index.vocabulary,
        len(catalogue.items),
        catalogue.skills,
        lambda word: index.corrections(word, strict=True),
    )
    catalogue.derived["relevance"] = made
    return made


def warm(catalogue: Catalogue) -> None:
    """Load what the first advice needs (word lists, the texts' index): about a second, best
    spent in a background worker."""
    relevance_of(catalogue).read("ik wil leren werken met het nieuwe kassasysteem")
    relevance_of(catalogue).read("I want to learn to work with the new till system")
