"""Okapi BM25 over short texts read as forms (lexicon.py), for the skills' own words.

A document is a list of fields (a skill's names, its situations), each a text with a weight;
a need's terms are scored against every document, each term with its own weight (how telling
it is), and the result says which terms a document matched, so a caller can ask how much of
the need it covers rather than only how it ranks.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from pop_assistent.advice.need import Term
from pop_assistent.text.lexicon import forms
from pop_assistent.text.words import STOPWORDS
from pop_assistent.text.words import glued_tokens as tokens

K1 = 1.2
B = 0.5
"""Short documents of uneven length (a skill with two situations or six): length counts half."""


@dataclass
class Match:
    """A document's BM25 score for a need and which of the need's terms it matched."""

    score: float = 0.0
    terms: set[int] = field(default_factory=set)
    """Positions of the matched terms in the need's term list."""


class FormIndex:
    """BM25 over documents whose words are indexed by all their forms."""

    def __init__(self, docs: Sequence[Iterable[tuple[str, float]]]) -> None:
        self.postings: dict[str, dict[int, float]] = {}
        self.lengths: list[float] = []
        for number, fields in enumerate(docs):
            length = 0.0
            for text, weight in fields:
                for word in tokens(text):
                    if len(word) < 2 or word in STOPWORDS:
                        continue
                    length += weight
                    for form in forms(word):
                        posting = self.postings.setdefault(form, {})
                        posting[number] = posting.get(number, 0.0) + weight
            self.lengths.append(length)
        self.size = len(self.lengths)
        self.average = (sum(self.lengths) / self.size) if self.size else 1.0

    def idf(self, docs: int) -> float:
        return math.log(1 + (self.size - docs + 0.5) / (docs + 0.5))

    def frequencies(self, term: Term) -> dict[int, float]:
        """How often each document has the term (in any of its forms, each word once)."""
        found: dict[int, float] = {}
        for form in term.forms:
            for doc, count in self.postings.get(form, {}).items():
                found[doc] = max(found.get(doc, 0.0), count)
        return found

    def score(self, terms: Sequence[Term]) -> tuple[dict[int, Match], list[float]]:
        """Every document that matches a term, and each term's weight times its idf."""
        matches: dict[int, Match] = {}
        weights: list[float] = []
        for position, term in enumerate(terms):
            found = self.frequencies(term)
            idf = self.idf(len(found)) if found else self.idf(0)
            weights.append(term.weight * idf)
            for doc, tf in found.items():
                norm = K1 * (1 - B + B * self.lengths[doc] / self.average)
                match = matches.setdefault(doc, Match())
                match.score += term.weight * idf * tf * (K1 + 1) / (tf + norm)
                match.terms.add(position)
        return matches, weights
