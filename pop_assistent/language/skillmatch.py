"""Match free text to the organisation's skills list, tolerant of typos, inflection and compounds.

"projectmanagment", "leidinggeven" for "leiding geven", "excelbestanden" for Excel: each skill's
labels and synonyms are folded, lightly stemmed and indexed once per skills list
(`SkillIndex`), so matching a goal costs well under a millisecond.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pop_assistent.language.normalize import fold
from pop_assistent.text.lexicon import english_expressions, english_glossary

if TYPE_CHECKING:
    from pop_assistent.model.catalogue import Skill

STOP = frozenset(
    "en van de het in op met voor een and of the to a an for with on my mijn ik wil je".split()
    # verbs that look like skill words once stemmed: "worden" is not Word, "kan" not a tool
    + "worden wordt werd werden geworden zijn ben bent kan kun kunnen zal zullen moet".split()
    + "moeten beter meer graag willen become becoming better".split()
)
LIGHT_WORDS = frozenset(
    "gebruiken gebruik praten spreken werken doen maken geven omgaan kunnen leren goed voeren "
    "houden use using talk talking speak speaking work working do doing deal dealing handle "
    "handling good hold holding have having".split()
)
"""Verbs that only say one does something with a skill: 'het digibord gebruiken' is the skill
behind 'digibord', 'met ouders praten' the skill behind 'ouders'."""
_WORD_RE = re.compile(r"[a-z0-9+#]+")
FUZZY_CUTOFF = 84.0
THRESHOLD = 0.6
GLOSSARY = 0.9
"""An English word whose Dutch word (text/en_nl.txt) is a skill's name counts a little less
than the name itself."""
LINK_FUZZY_MIN = 0.9
"""Least score of a fuzzy (not exact) hit that `link_skills` accepts."""
GENERIC = 4
"""A word whose stem appears in this many skills or more says little on its own."""
_HEADS = ("bestand", "vaardighe", "opleiding", "cursus", "training", "kennis", "skill", "gebruik")


def stem(word: str) -> str:
    """A light Dutch/English stem: the same on both sides is what matters, not linguistics."""
    if len(word) <= 4:
        return word
    if word.endswith("heden"):
        word = word[:-5] + "heid"
    elif word.endswith("ingen"):
        word = word[:-2]
    elif word.endswith("en") and len(word) > 5:
        word = word[:-2]
    elif word.endswith("ing") and len(word) > 6:
        word = word[:-3]
    elif word.endswith(("s", "e")) and not word.endswith("ss"):
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    return word


def words_of(text: str, limit: int = 5000) -> list[str]:
    """Folded words of a text (letters, digits, + and #)."""
    return _WORD_RE.findall(fold(text, limit))


@dataclass(frozen=True, slots=True)
class SkillMatch:
    """A skill found in the text, how sure (0..1), and the words of the text that matched."""

    skill: Skill
    score: float
    matched: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Term:
    skill: int
    stems: tuple[str, ...]


class SkillIndex:
    """Labels and synonyms of a skills list, indexed for fast tolerant matching."""

    def __init__(self, skills: Sequence[Skill]) -> None:
        self.skills = skills
        self.terms: list[_Term] = []
        self.by_stem: dict[str, list[int]] = {}
        self.by_compact: dict[str, list[int]] = {}
        for s_index, skill in enumerate(skills):
            variants = [skill.label_nl, skill.label_en, *skill.synonyms, skill.id.replace("-", " ")]
            for variant in dict.fromkeys(v for v in variants if v):
                raw = [w for w in words_of(variant, 300) if w not in STOP]
                if not raw:
                    continue
                term_index = len(self.terms)
                stems = tuple(stem(w) for w in raw)
                self.terms.append(_Term(s_index, stems))
                for s in set(stems):
                    self.by_stem.setdefault(s, []).append(term_index)
                compact = stem("".join(raw))
                if len(raw) > 1 or len(compact) >= 6:
                    self.by_compact.setdefault(compact, []).append(term_index)
        self.vocab = sorted({s for s in self.by_stem if len(s) >= 4} | set(self.by_compact))
        self._fuzzy_cache: dict[str, list[tuple[str, float]]] = {}
        self.label_stems: list[set[str]] = [
            {stem(w) for v in (k.label_nl, k.label_en, k.id.replace("-", " ")) for w in words_of(v)}
            for k in skills
        ]
        self._spread: dict[str, int] = {}

    def spread(self, word: str) -> int:
        """In how many skills the word appears: 'plannen' is in four kinds of planning,
        'klantgericht' in one."""
        s = stem(word)
        found = self._spread.get(s)
        if found is None:
            terms = [*self.by_stem.get(s, ()), *self.by_compact.get(s, ())]
            found = self._spread[s] = len({self.terms[t].skill for t in terms})
        return found

    def in_label(self, skill_index: int, word: str) -> bool:
        """True when the word is (the start of) a word of the skill's own label, not a synonym.
        A longer word that only begins with a label word is another compound: 'klantvriendelijk'
        is friendliness, not the 'klanten' of 'Omgaan met agressie van klanten'."""
        s = stem(word)
        return any(
            s == label
            or (
                min(len(s), len(label)) >= 5
                and (label.startswith(s) or (s.startswith(label) and len(s) - len(label) <= 3))
            )
            or (min(len(s), len(label)) >= 7 and _one_slip(s, label))
            for label in self.label_stems[skill_index]
        )

    def _fuzzy(self, word: str) -> list[tuple[str, float]]:
        found = self._fuzzy_cache.get(word)
        if found is None:
            from rapidfuzz import fuzz, process

            found = [
                (choice, score / 100.0)
                for choice, score, _ in process.extract(
                    word, self.vocab, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=3
                )
            ]
            if len(self._fuzzy_cache) > 20000:
                self._fuzzy_cache.clear()
            self._fuzzy_cache[word] = found
        return found

    def match(self, text: str, limit: int = 5) -> list[SkillMatch]:
        """The best-matching skills, best first."""
        raw = [w for w in words_of(text) if w not in STOP][:400]
        stems = [stem(w) for w in raw]
        in_expression = english_expressions(text)  # 'language' of 'sign language' is no 'taal'
        # per term: best quality per term word, and the text words behind it
        quality: dict[int, dict[str, float]] = {}
        shown: dict[int, set[str]] = {}

        def credit(term_index: int, key: str, value: float, word: str) -> None:
            slot = quality.setdefault(term_index, {})
            if value > slot.get(key, 0.0):
                slot[key] = value
            shown.setdefault(term_index, set()).add(word)

        def credit_all(term_index: int, value: float, word: str) -> None:
            for s in self.terms[term_index].stems:
                credit(term_index, s, value, word)

        for i, (word, s) in enumerate(zip(raw, stems, strict=True)):
            for t in self.by_stem.get(s, ()):
                credit(t, s, 1.0, word)
            for size in (2, 3):
                if i + size <= len(raw):
                    joined = stem("".join(raw[i : i + size]))
                    for t in self.by_compact.get(joined, ()):
                        credit_all(t, 1.0, " ".join(raw[i : i + size]))
            for t in self.by_compact.get(s, ()):
                credit_all(t, 1.0, word)
            if len(s) >= 8:  # compounds: "excelbestanden", "projectmanagementopleiding"
                for cut in range(4, len(s) - 3):
                    head, tail = s[:cut], s[cut:]
                    if tail.startswith(_HEADS) or len(head) >= 7:
                        for t in self.by_compact.get(head, ()) or self.by_stem.get(head, ()):
                            credit_all(t, 0.95, word) if head in self.by_compact else credit(
                                t, head, 0.95, word
                            )
            # 'toilets': 'sanitair' (text/en_nl.txt)
            for dutch in () if word in in_expression else english_glossary(word):
                for t in self.by_stem.get(stem(dutch), ()):
                    credit(t, stem(dutch), GLOSSARY, word)
            if len(s) >= 5 and s not in self.by_stem and s not in self.by_compact:
                for choice, score in self._fuzzy(s):
                    for t in self.by_stem.get(choice, ()):
                        credit(t, choice, score * 0.95, word)
                    for t in self.by_compact.get(choice, ()):
                        credit_all(t, score * 0.95, word)
        best: dict[int, tuple[float, tuple[str, ...]]] = {}
        for term_index, slot in quality.items():
            term = self.terms[term_index]
            score = sum(slot.get(s, 0.0) for s in term.stems) / len(term.stems)
            if score >= THRESHOLD and score > best.get(term.skill, (0.0, ()))[0]:
                best[term.skill] = (round(score, 3), tuple(sorted(shown[term_index])))
        ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))
        return [SkillMatch(self.skills[i], score, words) for i, (score, words) in ranked[:limit]]


def _one_slip(word: str, label: str) -> bool:
    """ "alergenen" for "allergenen": one letter dropped, added or replaced in a long word."""
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(word, label, score_cutoff=1) <= 1


_CACHE: dict[int, SkillIndex] = {}


def index_for(skills: Sequence[Skill]) -> SkillIndex:
    """The index of a skills list, built once and reused while the same list is passed."""
    cached = _CACHE.get(id(skills))
    if cached is not None and cached.skills is skills:
        return cached
    if len(_CACHE) > 16:
        _CACHE.clear()
    index = SkillIndex(skills)
    _CACHE[id(skills)] = index
    return index


def match_skills(text: str, skills: Sequence[Skill], limit: int = 5) -> list[SkillMatch]:
    """Skills named in the text, best first (score 0..1, words that matched).

    One word that fits several skills equally well ('plannen': production planning, project
    planning) names none of them: guessing one would put a wrong skill in the plan."""
    if not skills or not text:
        return []
    found = index_for(skills).match(text, limit + 8)
    shared: dict[tuple[str, ...], int] = {}
    for m in found:
        shared[m.matched] = shared.get(m.matched, 0) + 1
    kept = [m for m in found if not (len(m.matched) == 1 and shared[m.matched] > 1)]
    return kept[:limit]


def _own_labels(
    index: SkillIndex,
    words: set[str],
    rank: dict[str, int],
    position: dict[int, int],
    seen: set[int],
) -> list[SkillMatch]:
    """Preferred skills whose own label holds a specific typed word: for a nurse 'hygiene' is
    'Hygiëne en infectiepreventie', though the word alone is a synonym of food safety."""
    found: list[SkillMatch] = []
    specific = [
        w for w in words if len(w) >= 5 and w not in LIGHT_WORDS and index.spread(w) < GENERIC
    ]
    for skill in index.skills:
        if skill.id in rank and id(skill) not in seen:
            hits = tuple(w for w in specific if index.in_label(position[id(skill)], w))
            if hits:
                found.append(SkillMatch(skill, 1.0, hits))
    return found


HELPERS = re.compile(
    r"\b(?:zonder|without)\s+(?:de\s+|any\s+|the\s+)?(?:hulp|help|tussenkomst|steun|support)"
    r"(?:\s+(?:van|from|of)\s+[^,.;:!?()]*)?"
    r"|\b(?:zonder|without)\s+(?:dat\s+)?(?:telkens\s+|steeds\s+|altijd\s+|always\s+)?(?:de|het|een|mijn|m'n|my|a|the)\s+[^,.;:!?()]*?"
    r"\s+(?:moet\s+|hoeft\s+te\s+|having\s+to\s+|te\s+)?(?:helpen|bellen|vragen|ingrijpen|"
    r"help|call|ask|asking|calling)\b"
    r"|\b(?:en\s+|and\s+)?(?:mijn|m'n|de|onze|ons|my|the|our)\s+(?:directe\s+|direct\s+)?"
    r"(?:leidinggevende|ploegbaas|ploegleider|teamleider|teamleidster|teamverantwoordelijke|"
    r"verantwoordelijke|chef|baas|coach|mentor|meter|peter|hoofdverpleegkundige|directeur|"
    r"directie|afdelingshoofd|team\s+leader|team\s+lead|shift\s+leader|supervisor|manager|"
    r"boss|foreman|head\s+nurse)\s+(?:kan\s+|can\s+|will\s+|zal\s+)?"
    r"(?:ziet|zien|controleert|controleren|bevestigt|bevestigen|keurt|tekent|merkt|beoordeelt|"
    r"checks|check|sees|see|confirms|confirm|approves|approve|signs|sign|notices|rates|"
    r"evaluates)\b[^,.;:!?()]*",
    re.IGNORECASE,
)
"""Who no longer has to help ('zonder hulp van de ploegbaas', 'without help from my
supervisor', 'zonder de chef te bellen') and who checks the result ('en mijn leidinggevende
ziet dat in de praktijk', 'and my team leader checks it'): the person named is how success
shows, not what the goal is about, so it links no leadership skill."""


def without_helpers(text: str) -> str:
    """The text without who no longer has to help (see `HELPERS`)."""
    return HELPERS.sub(" ", text)


MANNER = frozenset("zelfstandig alleen veilig vlot independently alone safely".split())
"""Words that say how one does something else: 'de schrobmachine zelfstandig bedienen' is no
goal about working independently unless the skill's other words are said too."""


def _whole_label(skill: Skill, words: set[str]) -> bool:
    """True when every word of one of the skill's labels is in `words` (a form of it counts:
    'zelfstandiger werken')."""
    for label in (skill.label_nl, skill.label_en):
        wanted = {stem(w) for w in words_of(label) if w not in STOP}
        if wanted and all(any(stem(w).startswith(x) for w in words) for x in wanted):
            return True
    return False


def link_skills(
    text: str,
    skills: Sequence[Skill],
    *,
    prefer: Sequence[str] = (),
    limit: int = 3,
) -> list[SkillMatch]:
    """The skills a sentence is really about, stricter than `match_skills`, for linking.

    - a fuzzy hit needs a score of at least LINK_FUZZY_MIN;
    - a hit that rests only on a word many skills share ('plannen', 'communiceren') is dropped,
      unless it names the whole text or the skill is preferred;
    - when one word points to several skills, the preferred ones win (the employee's own rated
      skills and the role profile's, in the order of `prefer`), else those whose label holds the
      word; a word that still points to several skills (none preferred) links none of them.
    Preferred skills come first, then label hits, then the most specific words.
    """
    if not skills or not text:
        return []
    text = without_helpers(text)
    index = index_for(skills)
    rank = {skill_id: n for n, skill_id in enumerate(prefer)}
    position = {id(k): n for n, k in enumerate(skills)}
    words = {w for w in words_of(text) if w not in STOP}
    kept: list[tuple[SkillMatch, bool, bool, int]] = []
    matches = index.match(text, limit=25)
    seen = {id(m.skill) for m in matches}
    for match in [*matches, *_own_labels(index, words, rank, position, seen)]:
        preferred = match.skill.id in rank
        if match.score < 1.0 and match.score < LINK_FUZZY_MIN and not preferred:
            continue
        used = {w for phrase in match.matched for w in phrase.split()}
        if used <= MANNER and not _whole_label(match.skill, words):
            continue  # 'de machine zelfstandig bedienen' is about the machine
        spread = min((index.spread(w) for w in used), default=0)
        whole = bool(words) and words <= used
        if spread >= GENERIC and not (preferred or whole):
            continue
        label_hit = any(index.in_label(position[id(match.skill)], w) for w in used)
        kept.append((match, preferred, label_hit, spread))
    by_words: dict[tuple[str, ...], list[tuple[SkillMatch, bool, bool, int]]] = {}
    for entry in kept:
        by_words.setdefault(entry[0].matched, []).append(entry)
    chosen: list[tuple[SkillMatch, bool, bool, int]] = []
    for group in by_words.values():
        if len(group) > 1:
            group = [e for e in group if e[1]] or [e for e in group if e[2]]
            # both preferred ('allergenen' is a synonym of food safety and the name of the
            # allergens skill, both in a cook's profile): the skill it names wins
            group = [e for e in group if e[2]] if sum(e[2] for e in group) == 1 else group
        if len(group) > 1 and not any(e[1] for e in group):
            continue  # "plannen": production or project planning? not for us to guess
        chosen += group
    chosen.sort(
        key=lambda e: (
            rank.get(e[0].skill.id, len(rank)),
            not e[2],
            e[3],
            -e[0].score,
        )
    )
    return [e[0] for e in chosen[:limit]]
