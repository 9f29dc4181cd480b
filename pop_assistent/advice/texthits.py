"""Where the words of a need occur in the resources' titles and descriptions.

Read from the search index's own postings (an fts5vocab 'instance' table over the compiled
catalogue), so nothing is tokenised again and it scales with the index. A need's term is looked
up in every form it may take ('bewoners' for 'bewoner'), and as the first part of a compound
of the catalogue ('kassa' in 'kassasystemen'), which counts for less.
"""

from __future__ import annotations

import math
import threading
from bisect import bisect_left
from dataclasses import dataclass

from pop_assistent.advice.need import PART_WEIGHT, Term
from pop_assistent.catalogue.compiled import Compiled
from pop_assistent.text.lexicon import forms, parts

TITLE = 1.0
BODY = 0.6
"""How much a word says about a resource in its title, and in its description."""

MIN_PREFIX = 5
"""A form this long also finds the catalogue's compounds that start with it."""

MIN_PART_PREFIX = 3
"""A compound's first part this long is looked up as the start of the catalogue's words."""

VOCAB_TABLE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.advice_postings USING fts5vocab(main, fts, 'instance')"
)


@dataclass(frozen=True)
class TermRows:
    """The rows that name one term of a need, each with how strongly (0..1)."""

    rows: dict[int, float]
    idf: float


class TextHits:
    """Looks up a need's terms in the compiled catalogue's index."""

    def __init__(self, compiled: Compiled, vocabulary: list[str], size: int) -> None:
        self._db = compiled.db
        self._lock = compiled.lock
        self._vocab = vocabulary
        self._vocab_set = set(vocabulary)
        self.size = size
        self._ready = False
        self._ready_lock = threading.Lock()

    def known(self, word: str) -> bool:
        """Whether the catalogue uses this word."""
        return word in self._vocab_set

    def _words_for(self, term: Term) -> dict[str, float]:
        """The catalogue's words that stand for a term, each with how fully (1 or less)."""
        found: dict[str, float] = {f: 1.0 for f in term.forms if f in self._vocab_set}
        for form in term.forms:
            if len(form) < MIN_PREFIX:
                continue
            pos = bisect_left(self._vocab, form)
            while pos < len(self._vocab) and self._vocab[pos].startswith(form):
                word = self._vocab[pos]
                pos += 1
                if word in found:
                    continue
                if forms(word) & term.forms:
                    found[word] = 1.0  # an inflection: 'vergaderingen' for 'vergadering'
                elif (split := parts(word, self.known)) and forms(split[0]) & term.forms:
                    found[word] = PART_WEIGHT  # a compound: 'kassasystemen' for 'kassa'
        if not found and not term.part:
            found.update(self._same_compound(term))
        return found

    def _same_compound(self, term: Term) -> dict[str, float]:
        """The catalogue's compounds made of the same parts as the term, inflected otherwise
        ('kassasysteem' for 'kassasystemen', which the lemmatiser does not know)."""
        mine = parts(term.word, self.known)
        if not mine or len(mine[0]) < MIN_PART_PREFIX:
            return {}
        found: dict[str, float] = {}
        pos = bisect_left(self._vocab, mine[0])
        while pos < len(self._vocab) and self._vocab[pos].startswith(mine[0]):
            word = self._vocab[pos]
            pos += 1
            theirs = parts(word, self.known)
            if len(theirs) == len(mine) and all(
                forms(a) & forms(b) for a, b in zip(mine, theirs, strict=True)
            ):
                found[word] = 1.0
        return found

    def rows(self, term: Term) -> TermRows:
        """The rows whose title or description names the term."""
        words = self._words_for(term)
        if not words:
            return TermRows({}, self.idf(0))
        self._prepare()
        marks = ",".join("?" * len(words))
        sql = (
            "SELECT term, items.row, col, count(*) FROM temp.advice_postings"
            f" JOIN items ON items.ord = doc WHERE term IN ({marks}) AND col != 'skills'"
            " GROUP BY term, doc, col"
        )  # the index numbers items in its own order (ord), shortest first
        with self._lock:
            found = self._db.execute(sql, list(words)).fetchall()
        rows: dict[int, float] = {}
        for word, row, column, _count in found:
            strength = (TITLE if column == "title" else BODY) * words[word]
            if strength > rows.get(row, 0.0):
                rows[row] = strength
        return TermRows(rows, self.idf(len(rows)))

    def idf(self, docs: int) -> float:
        """How rare a term is among the resources (a word no resource has counts as rare)."""
        return math.log(1 + (self.size - docs + 0.5) / (docs + 0.5))

    def _prepare(self) -> None:
        if self._ready:
            return
        with self._ready_lock, self._lock:
            self._db.execute(VOCAB_TABLE)
            self._ready = True
