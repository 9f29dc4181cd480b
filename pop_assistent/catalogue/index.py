"""Search over the compiled catalogue's SQLite FTS5 index, with typo correction on its vocabulary.

Why this design: a fuzzy match over every title costs tens of milliseconds per query on a large
catalogue and misses accents; FTS5 (unicode61, remove_diacritics) answers in well under a
millisecond, and correcting unknown words against the index's own vocabulary with rapidfuzz
first keeps typo-tolerant search fast enough to run on every key press.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from functools import cached_property

from rapidfuzz import fuzz, process

from pop_assistent.catalogue.compiled import Compiled
from pop_assistent.catalogue.skillwords import SkillWords, id_phrase
from pop_assistent.model.catalogue import ACTION_TO_ITEM_TYPE, Skill
from pop_assistent.model.common import ActionType
from pop_assistent.text.lexicon import english_glossary
from pop_assistent.text.words import LONGEST_WORD, STOPWORDS, stem, tokens

WEIGHTS = "10.0, 2.0, 1.0"
"""bm25 weights of the columns title, skills, body: a word in the title counts most. (The
skills column holds only a few words of skill ids, so one match there already weighs much.)"""


POOL = 500
"""Ranking costs a few microseconds per match, and a common prefix matches thousands of a
large catalogue's resources: a search ranks the first POOL matches (or `limit`, if more) in
the index's order, which puts the shortest resources first, as bm25 itself prefers them. A
catalogue of up to POOL resources is always ranked whole."""

MIN_SKILL_PREFIX = 5
"""A typed prefix stands for skills only from this length on ("werk" starts too many words)."""


def _quote(word: str) -> str:
    return f'"{word}"'


class CatalogueIndex:
    """Full-text search over catalogue items; rows are positions in the item list."""

    def __init__(self, compiled: Compiled, skills: Mapping[str, Skill]) -> None:
        self._db = compiled.db
        self._lock = compiled.lock
        self._skill_words = SkillWords(skills)
        self._vocab = (compiled.meta("words") or "").split("\n")
        """Every word of the index and of the skills, sorted (made when compiling)."""
        self._vocab_set = set(self._vocab)

    @cached_property
    def _by_length(self) -> dict[int, list[str]]:
        """The vocabulary by word length, for typo corrections (made on the first one)."""
        by_length: dict[int, list[str]] = {}
        for word in self._vocab:
            by_length.setdefault(len(word), []).append(word)
        return by_length

    # -- vocabulary -------------------------------------------------------------------------

    @property
    def vocabulary(self) -> list[str]:
        """Every word of the index and of the skills, sorted."""
        return self._vocab

    def has_prefix(self, prefix: str) -> bool:
        """True when some indexed word starts with `prefix`."""
        pos = bisect_left(self._vocab, prefix)
        return pos < len(self._vocab) and self._vocab[pos].startswith(prefix)

    def corrections(self, word: str, limit: int = 3, strict: bool = False) -> list[str]:
        """Indexed words within a typo or two of `word` (none for very short words).

        `strict` for words of a sentence, where most unknown words are real words that the
        catalogue does not use ("spelen" is not a typo of "stapelen"): only one slip counts.
        """
        if len(word) < (5 if strict else 4):
            return []
        cutoff = 90.0 if strict else 80.0 if len(word) >= 6 else 75.0
        choices: list[str] = []
        for length in range(len(word) - 2, len(word) + 3):
            choices.extend(self._by_length.get(length, ()))
        found = process.extract(word, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)
        if not found:
            return []
        best = found[0][1]  # keep only the closest words: "exel" -> "excel", not also "veel"
        return [match[0] for match in found if match[1] >= best - 5]

    def prefix_corrections(self, word: str, limit: int = 3) -> list[str]:
        """Indexed words that start like `word` give or take a typo ("projectmanagm")."""
        if len(word) < 5:
            return []
        head = word[:2]
        start = bisect_left(self._vocab, head)
        end = bisect_left(self._vocab, head[:-1] + chr(ord(head[-1]) + 1))
        size = len(word)
        scored = [
            (fuzz.ratio(word, cand[:size]), cand)
            for cand in self._vocab[start:end]
            if len(cand) >= size - 1
        ]
        cutoff = 80.0 if size >= 7 else 85.0
        scored = [pair for pair in scored if pair[0] >= cutoff]
        if not scored:
            return []
        scored.sort(key=lambda pair: (-pair[0], len(pair[1])))
        best = scored[0][0]
        return [cand for score, cand in scored[:limit] if score >= best - 5]

    def _term(self, word: str, star: bool, used: set[str]) -> str:
        """`word` (a prefix with `star`) in any column, or a skill that has such a word.

        `used` holds the skills already in the query for this word (each counts once).
        """
        term = _quote(word) + ("*" if star else "")
        if star and len(word) < MIN_SKILL_PREFIX:
            return term
        found = [s for s in self._skill_words.skills_for(word, star) if s not in used]
        used.update(found)
        phrases = [id_phrase(s) for s in found]
        return f"({' OR '.join([term, *phrases])})" if phrases else term

    def _split(self, word: str, used: set[str]) -> str | None:
        """A Dutch compound written as one word: "leidinggeven" -> "leiding" "geven"*."""
        if not 7 <= len(word) <= LONGEST_WORD:
            return None
        for cut in range(len(word) - 3, 2, -1):
            left, right = word[:cut], word[cut:]
            if left in self._vocab_set and (right in self._vocab_set or self.has_prefix(right)):
                return f"({self._term(left, False, used)} AND {self._term(right, True, used)})"
        return None

    def _alternatives(self, word: str, partial: bool) -> list[str]:
        """FTS5 expressions that each stand for what the user meant by `word`."""
        alts: list[str] = []
        used: set[str] = set()
        known = word in self._vocab_set
        if known or (partial and len(word) >= 2 and self.has_prefix(word)):
            star = "*" if partial or len(word) >= 3 else ""
            # a 2-3 letter prefix matches half the catalogue: look at titles only
            column = "title : " if partial and len(word) <= 3 else ""
            alts.append(
                column + _quote(word) + star if column else self._term(word, bool(star), used)
            )
        root = stem(word)
        if root != word and len(root) >= 4 and self.has_prefix(root):
            alts.append(self._term(root, True, used))
        if not known:
            split = self._split(word, used)
            if split:
                alts.append(split)
            # an English word of everyday work in a Dutch catalogue: 'floor' is 'vloer'
            alts.extend(
                self._term(dutch, True, used)
                for dutch in english_glossary(word)
                if len(dutch) >= 4 and self.has_prefix(dutch)
            )
            if not alts:  # a whole-word typo first ("lasen" -> "lassen"), then a typed prefix
                alts.extend(self._term(w, False, used) for w in self.corrections(word))
            if not alts and partial:
                alts.extend(self._term(w, True, used) for w in self.prefix_corrections(word))
                if not alts and len(root) >= 4:
                    alts.extend(self._term(w, True, used) for w in self.corrections(root))
        return alts

    def expression(self, query: str) -> list[str]:
        """The FTS5 groups for a query, one per word that matches something."""
        words = tokens(query)
        partial = bool(query) and not query[-1].isspace()
        content = [w for w in words if w not in STOPWORDS] or words
        groups: list[str] = []
        for pos, word in enumerate(content):
            is_last = pos == len(content) - 1 and words and word == words[-1]
            alts = self._alternatives(word, partial and bool(is_last))
            if alts:
                groups.append("(" + " OR ".join(alts) + ")")
        return groups

    # -- queries ----------------------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        action_type: ActionType | None = None,
        max_cost: float | None = None,
        max_hours: float | None = None,
        language: str | None = None,
        form: str | None = None,
        limit: int = 20,
    ) -> list[int]:
        """Row numbers of the best matches, best first."""
        kind = None if action_type is None else ACTION_TO_ITEM_TYPE[ActionType(action_type)].value
        given: dict[str, object] = {
            "m.type = ?": kind,
            "m.cost <= ?": max_cost,
            "m.hours <= ?": max_hours,
            "m.lang = ?": (language or "").strip().lower() or None,
            "m.form = ?": (form or "").strip().lower() or None,
        }
        filters = {sql: value for sql, value in given.items() if value is not None}
        limit = max(0, int(limit))
        groups = self.expression(query[:500])
        if groups:
            pool = max(POOL, limit)
            found = self._ranked(" AND ".join(groups), filters, pool, limit)
            if not found and len(groups) > 1:
                found = self._ranked(" OR ".join(groups), filters, pool, limit)
            return [row for row, _ in found]
        if tokens(query):
            return []
        sql = "SELECT row FROM items m WHERE 1" + "".join(f" AND {w}" for w in filters)
        with self._lock:
            listed = self._db.execute(
                f"{sql} ORDER BY sort_title LIMIT ?", [*filters.values(), limit]
            )
            return [r[0] for r in listed]

    def _ranked(
        self, match: str, filters: dict[str, object], pool: int, limit: int
    ) -> list[tuple[int, float]]:
        """Rows and bm25 ranks of the best `limit` of the first `pool` matches in the index's
        order, best first; `filters` are conditions on the items table (m)."""
        sql = (
            f"SELECT row, rank FROM (SELECT m.row AS row, bm25(fts, {WEIGHTS}) AS rank "
            "FROM fts JOIN items m ON m.ord = fts.rowid WHERE fts MATCH ?"
            + "".join(f" AND {w}" for w in filters)
            + " LIMIT ?) ORDER BY rank, row LIMIT ?"
        )
        with self._lock:
            return list(self._db.execute(sql, [match, *filters.values(), pool, limit]))

    def rows_with_skills(self, skill_ids: Iterable[str]) -> list[int]:
        """The rows of the items that train any of these skills, in order."""
        wanted = list(dict.fromkeys(skill_ids))
        if not wanted:
            return []
        has = " OR ".join(["instr(' ' || skills || ' ', ?) > 0"] * len(wanted))
        with self._lock:
            found = self._db.execute(
                f"SELECT row FROM items WHERE {has}", [f" {s} " for s in wanted]
            )
            return [r[0] for r in found]
