"""Turn folded text into canonical tokens for the time-expression rules.

"Tegen eind febuari 2027" becomes `BY END M2 Y2027`; each canonical token remembers the span
of the original text it came from, so a match can be quoted back exactly as typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from pop_assistent.i18n import Message
from pop_assistent.language.lexicon import (
    FUZZY_BLOCK,
    FUZZY_TARGETS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_TARGETS,
    PHRASES,
    SHORT_TARGETS,
    WORDS,
)
from pop_assistent.language.normalize import FRACTIONS
from pop_assistent.language.numbers import CARDINALS, ORDINALS, cardinal, ordinal

_RAW_RE = re.compile(
    r"(?P<iso>\d{4}([-/.])\d{1,2}\2\d{1,2})"
    r"|(?P<dmy>\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})"
    r"|(?P<mixed>\d{1,2} 1/2)(?![\d/])"
    r"|(?P<dm>\d{1,2}/\d{1,2})(?![\d/])"
    r"|(?P<q>[qhs][1-4])(?:\b|(?=volgend|next|van|of|dit|this|deze|vorig|last))"
    r"|(?P<lead>(?:eind|einde|begin|midden|tegen|voor|na|in|by|end|before|after|of|van)"
    r"(?=[qhs][1-4]\b))"
    r"|(?P<ord>\d{1,2}(?:ste|de|e|st|nd|rd|th))\b"
    r"|(?P<yy>'\d{2})(?![\d/.-])"
    r"|(?P<num>\d*[½¼¾]|\d+(?:[.,]\d+)?)"
    r"|(?P<word>[a-z]+(?:'s)?)"
    r"|(?P<punct>[^\sa-z\d])"
)
_PHRASE_SIZES: dict[str, tuple[int, ...]] = {
    first: tuple(sorted({len(k) for k in PHRASES if k[0] == first and len(k) > 1}, reverse=True))
    for first in {k[0] for k in PHRASES}
}
"""The lengths of the phrases that start with a word, longest first."""
_KNOWN = frozenset(
    {*WORDS, *MONTHS, *MONTH_ABBREVIATIONS, *CARDINALS, *ORDINALS}
    | {word for phrase in PHRASES for word in phrase}
)
"""Words the rules know as they are: never "corrected"."""
_NEAR_MONTH_ABBREV = frozenset(
    {"in", "by", "before", "until", "tegen", "voor", "eind", "begin", "midden", "end", "early",
     "mid", "late", "of", "van", "na", "after", "tot", "medio", "half", "uiterlijk"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Token:
    """One canonical token and the [start, end) span of the original text it stands for."""

    canon: str
    start: int
    end: int


@dataclass(slots=True)
class Tokens:
    """The canonical tokens, plus the problems found while reading them (impossible dates)."""

    items: list[Token]
    problems: dict[int, Message]


def slips(a: str, b: str) -> int:
    """Typing slips between two words: letters added, dropped or swapped with a neighbour.
    A replaced letter counts as two (dropped and added): in short words a replaced letter
    makes another real word too often ("werken", "middel")."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 2
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


SHORT = 4
"""Words of at most this many letters are short: a slip is forgiven only against
`lexicon.SHORT_TARGETS`."""


def _one_slip(word: str, target: str) -> bool:
    """One slip; two in words of nine letters or more ("uiterluk", "semptembr").

    A short word (`SHORT`) may have two letters swapped ("teh", "drei", "hafl"), or one letter
    dropped from or added to a keyword of four letters or more ("twe", "zomr", "weks", "tegn"):
    in three-letter keywords a letter more or less makes another word too often."""
    if len(word) <= SHORT:
        if len(word) != len(target) and len(target) < 4:
            return False
        return slips(word, target) == 1
    long = len(target) >= LONG or (target in MONTHS and len(target) >= 5)
    if long and len(word) == len(target):  # one letter replaced: "augustis", "meart"
        if sum(a != b for a, b in zip(word, target, strict=True)) == 1:
            return True
    return slips(word, target) <= (2 if len(target) >= 9 else 1)


LONG = 7
"""In a keyword of at least this many letters one replaced letter is a slip ("augustis",
"decenber"); in shorter ones it makes another real word too often ("maan", "werken"), except
in month names of five letters ("meart", "apryl"): the months of four ("juni", "juli") stay out."""


def _meaning(target: str) -> str:
    """What a keyword stands for, singular and plural alike ("week" and "weken": a week;
    "twee" and "two": 2)."""
    if target in MONTHS:
        return f"M{MONTHS[target]}"
    number = cardinal(target)
    if number is not None:
        return f"N{number:g}"
    canon = WORDS.get(target, target)
    return canon[:-1] if canon.startswith("U") and canon.endswith("s") else canon


def _same_start(word: str, target: str) -> bool:
    """The first letter is right, or the first two are swapped ("hte")."""
    return target[0] == word[0] or (word[:2] == target[1::-1] and len(word) > 1)


@lru_cache(maxsize=4096)
def fuzzy_word(word: str) -> str | None:
    """The calendar or number word a word is a slip of ("febuari" -> "februari", "zommer" ->
    "zomer", "twe" -> "twee"), or None: also when two different words fit, and for real words
    (`FUZZY_BLOCK`)."""
    if len(word) < 3 or word in FUZZY_BLOCK or word in WORDS or word in MONTHS:
        return None
    if word in CARDINALS or word in ORDINALS or word in MONTH_ABBREVIATIONS:
        return None
    best: str | None = None
    for target in SHORT_TARGETS if len(word) <= SHORT else FUZZY_TARGETS:
        if not _same_start(word, target) or abs(len(target) - len(word)) > 2:
            continue
        if _one_slip(word, target):
            if best is not None and _meaning(best) != _meaning(target):
                return None  # two different candidates: do not guess
            if best is None or WORDS.get(target, "").endswith("s"):
                best = target  # "weke": week or weken; the plural still asks for a number
    return best


_MARK_RE = re.compile(
    r"(?:scor|cijfer|punt|rating|resultaat|gemiddel|beoorde|evaluat|enquete|bevraging|"
    r"tevreden|minstens|minimaal|minimum|mark|grade|average|result|satisf)"
)


def _is_mark(raw: list[tuple[str, str]], i: int) -> bool:
    """ "een score van 8/10", "a 9/10 rating", "een 8/10 halen": a mark out of ten, not 8
    October (a score word just before or after it, or an article: a date takes none)."""
    if i > 0 and raw[i - 1][1] in ("een", "a", "an"):
        return True
    if any(_MARK_AFTER_RE.match(text) for _, text in raw[i + 1 : i + 3]):
        return True
    return any(_MARK_RE.match(text) for _, text in raw[max(0, i - 3) : i])


_MARK_AFTER_RE = re.compile(
    r"(?:scor|cijfer|punten|rating|gemiddel|beoorde|evaluat|mark|grade|star|ster|"
    r"(?:be)?ha(?:a)?l(?:en|t)?$|get$|achieve|obtain|krijg)"
)
"""After a mark: a score word (also with a slip, "beoordeeling") or a verb of reaching ("8/10
halen"): a date is never reached."""


def _date_canon(year: int, month: int, day: int, problems: dict[int, Message]) -> str:
    """`D2027-03-31`, or `X<n>` pointing at an explanation when the date does not exist."""
    from pop_assistent.language.calendar_nl import explain_bad_date

    if year < 100:
        year += 2000
    try:
        return "D" + date(year, month, day).isoformat()
    except ValueError:
        key = len(problems)
        problems[key] = explain_bad_date(year, month, day)
        return f"X{key}"


_ENGLISH_ONLY = frozenset(
    "by before until till the within on due no later than latest end after from".split()
)
_DUTCH_ONLY = frozenset(
    "tegen voor uiterlijk ten laatste tot binnen op de het van na eind einde vanaf datum "
    "uiterste".split()
)


def _is_english(raw: list[tuple[str, str]]) -> bool:
    """English words around a date and no Dutch ones: "by 03/04/2027" may be read month
    first. A date with no words around it, or in Dutch, is read day first."""
    words = {text for kind, text in raw if kind == "word"}
    return bool(words & _ENGLISH_ONLY) and not words & _DUTCH_ONLY


def _valid(year: int, month: int, day: int) -> bool:
    """True when `day` of `month` exists in `year` (two-digit years are 20xx)."""
    try:
        date(year + 2000 if year < 100 else year, month, day)
    except ValueError:
        return False
    return True


def _iso(year: int, month: int, day: int) -> str:
    return date(year + 2000 if year < 100 else year, month, day).isoformat()


def _word_canon(raw: list[tuple[str, str]], i: int) -> str:
    kind, text = raw[i]
    if text in MONTHS:
        return f"M{MONTHS[text]}"
    if text in MONTH_ABBREVIATIONS:
        prev = raw[i - 1] if i > 0 else ("", "")
        nxt = raw[i + 1] if i + 1 < len(raw) else ("", "")
        if (
            prev[0] in ("num", "ord")
            or prev[1] in _NEAR_MONTH_ABBREV
            or nxt[0] in ("num", "ord")
            or nxt[1] == "."
        ):
            return f"M{MONTH_ABBREVIATIONS[text]}"
        return text
    if text in WORDS:
        return WORDS[text]
    if text in ("een", "nen", "a", "an"):
        return "A1"  # an article (Flemish "nen"): a number only before a unit ("een jaar")
    number = cardinal(text)
    if number is not None:
        return f"N{number:g}"
    rank = ordinal(text)
    if rank is not None:
        return f"O{rank}"
    return text


_GLUE = frozenset(
    """
    van het de in op tegen eind einde begin voor na tot dit deze volgend volgende vorig vorige
    komend komende binnen uiterlijk over
    the of end by before after until this next within
    """.split()
)
"""Small words of a time expression that are typed together without a space ("vanhet")."""


_GLUE_TAILS = frozenset(
    w for w in {*WORDS, *MONTHS} if (len(w) >= 4 or w in MONTHS) and w.isalpha()
)
"""Calendar words that a small word can be typed against ("volgendjaar", "eindjuni", "eindmei")."""
_UNIT_WORDS = frozenset(w for w, c in WORDS.items() if c[:1] == "U" and c[1:2].isupper())
"""Words for a unit of time ("weken", "maand", "years"), typed against a number word."""


@lru_cache(maxsize=8192)
def _unglued(word: str) -> tuple[str, ...] | None:
    """The words of a time expression typed as one: small words ("vanhet", "inde", "endof",
    "nadezomer"), a small word and a calendar word or a number ("volgendjaar", "eindjuni",
    "binnenzes"), a number word and a unit ("vierweken", "eenjaar"); None for a word that is
    known ("voorjaar", "najaar") or that splits otherwise."""
    if len(word) < 4 or len(word) > 24 or word in _KNOWN:
        return None
    for cut in range(2, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        number = cardinal(head) is not None
        if not (head in _GLUE or number):
            continue
        if number and tail in _UNIT_WORDS:
            return head, tail  # "vierweken", "zesmaanden", "threemonths"
        if number:
            continue
        if tail in _GLUE or tail in _GLUE_TAILS or (len(tail) >= 3 and cardinal(tail) is not None):
            return head, tail  # "binnenzes", "overeen"
        rest = _unglued(tail)
        if rest is not None:
            return (head, *rest)  # "nadezomer", "binnenhetjaar"
    return None


def _split_glued(word: str, at: int) -> list[tuple[str, tuple[int, int]]]:
    """The parts of a glued word that starts at offset `at`, each with its span."""
    parts = _unglued(word) or (word,)
    found = []
    for part in parts:
        found.append((part, (at, at + len(part))))
        at += len(part)
    return found


def _rejoin(words: list[tuple[str, str, tuple[int, int]]]) -> None:
    """Two parts of one word split by a slipped space ("bin nen", "vol gend", "tege nde zomer",
    "jan uari", "Q 2"): joined when one of them is no word the rules know and together they
    are."""
    i = 0
    while i + 1 < len(words):
        (kind, a, (start, mid)), (kind2, b, (mid2, end)) = words[i], words[i + 1]
        spaced = mid2 == mid + 1
        if kind == "word" and a == "q" and kind2 == "num" and b in ("1", "2", "3", "4") and spaced:
            words[i : i + 2] = [("q", a + b, (start, end))]  # "Q 2"
            continue
        if kind == kind2 == "word" and spaced and not (_knows(a) and _knows(b)):
            joined = a + b
            if joined in _KNOWN or cardinal(joined) is not None or _unglued(joined):
                words[i : i + 2] = [("word", joined, (start, end))]
                continue
        i += 1


def _knows(word: str) -> bool:
    """A word the rules read: known, a number, a slip of a known word, or known words glued."""
    return (
        word in _KNOWN
        or cardinal(word) is not None
        or fuzzy_word(word) is not None
        or _unglued(word) is not None
    )


@lru_cache(maxsize=8192)
def _corrected(word: str) -> str:
    """The calendar word meant by a slip ("hafl" -> "half", "maaand" -> "maand"), else the word."""
    if word in _KNOWN or cardinal(word) is not None or _unglued(word) is not None:
        return word
    if _STUTTER_RE.search(word):
        word = _unstutter(word)
        if word in _KNOWN:
            return word
    return fuzzy_word(word) or word


_STUTTER_RE = re.compile(r"([a-z])\1\1+")
"""A letter typed three times or more ("jaaar", "maaand"): Dutch spelling never writes that."""


def _unstutter(text: str) -> str:
    """The word with a stuttered letter written twice ("jaaar" -> "jaar"), or once when the
    doubled form is no keyword ("weeeken" -> "weken")."""
    double = _STUTTER_RE.sub(r"\1\1", text)
    if double in WORDS or double in MONTHS or fuzzy_word(double) is not None:
        return double
    return _STUTTER_RE.sub(r"\1", text)


_LEADS = frozenset(
    w for w, c in WORDS.items() if c in ("BY", "BEFORE", "AFTER", "IN", "WITHIN", "OVER")
)
_UNIT_TARGETS = tuple(
    w for w in WORDS if WORDS[w].rstrip("s") in ("UY", "UM", "UW", "UD", "UQ", "UT") and len(w) >= 3
)
_ANCHOR_TARGETS = ("eind", "einde", "begin", "midden", "end", "start")
_LONG_LEADS = tuple(w for w in _LEADS if len(w) >= 6)
_REL_TARGETS = tuple(
    w for w, c in WORDS.items() if c in ("NEXT", "SOON", "THIS", "PREV") and len(w) >= 4
)
"""Relative words read where only one can stand: between "end of" and a unit ("nxt month")."""
_RELATIVE = frozenset({"NEXT", "SOON", "THIS", "PREV", "AFTERNEXT"})
_NOW_WORDS = frozenset({"now", "today", "nu", "vandaag"})
"""Leads long enough to forgive two slips where a number and a unit follow ("whitin")."""


def _in_slot(word: str, targets: tuple[str, ...], most: int = 1) -> str | None:
    """The keyword a word is one slip of where only such a keyword can stand: also a real
    word ("binnen een jar", "within tow years"), and one letter more or less in a short one
    ("twoo"); `most` slips in a long lead before a number and a unit ("whitin 6 months");
    None when two meanings fit."""
    fits = {
        _meaning(t): t
        for t in targets
        if _same_start(word, t) and abs(len(t) - len(word)) <= 1 and 1 <= slips(word, t) <= most
    }
    return next(iter(fits.values())) if len(fits) == 1 else None


def _read_slots(raw: list[tuple[str, str]]) -> None:
    """Read a word that stayed itself by the slot it stands in: a unit after "binnen" and a
    number ("binnen een jar"), a number between "within" and a unit ("within tow years"), an
    anchor between "tegen" and a year or month ("tegen ein 2027")."""
    for i, (kind, text) in enumerate(raw):
        if kind != "word" or len(text) < 3 or text in _KNOWN or cardinal(text) is not None:
            continue
        before = [t for _, t in raw[max(0, i - 3) : i] if t not in ("de", "het", "the")]
        after = raw[i + 1] if i + 1 < len(raw) else ("", "")
        found = None
        if after[1] in _NOW_WORDS and i > 0 and WORDS.get(raw[i - 1][1], "").startswith("U"):
            found = _in_slot(text, ("from", "vanaf"))  # "a year form now"
        elif WORDS.get(after[1], "").startswith("U") and before and before[-1] in ("of", "van"):
            found = _in_slot(text, _REL_TARGETS)  # "by the end of nxt month"
        elif before and WORDS.get(before[-1]) in _RELATIVE:
            found = _in_slot(text, _UNIT_TARGETS)  # "next moth", "deze maan"
        elif after[1] in ("of", "van") and before and before[-1] in _LEADS:
            found = _in_slot(text, _ANCHOR_TARGETS)  # "by the ned of June"
        elif len(before) >= 2 and before[-2] in _LEADS and cardinal(before[-1]) is not None:
            found = _in_slot(text, _UNIT_TARGETS)
        elif before and before[-1] in _LEADS:
            if WORDS.get(after[1], "").startswith("U"):  # "binnen ene jaar", "within nxt year"
                found = _in_slot(text, (*NUMBER_TARGETS, "een", "one"))
                found = found or _in_slot(text, _REL_TARGETS)
            elif after[0] == "num" or after[1] in MONTHS:
                found = _in_slot(text, _ANCHOR_TARGETS)
        elif (
            len(text) >= 5
            and text not in FUZZY_BLOCK
            and (after[0] == "num" or cardinal(after[1]) is not None)
        ):
            unit = raw[i + 2][1] if i + 2 < len(raw) else ""
            if WORDS.get(unit, "").startswith("U"):  # "whitin 6 months": a lead, two slips
                found = _in_slot(text, _LONG_LEADS, most=2)
        if found is not None:
            raw[i] = (kind, found)


def tokenize(folded: str) -> Tokens:
    """Canonical tokens of folded text (see `normalize.fold`)."""
    found: list[tuple[str, str, tuple[int, int]]] = []
    for match in _RAW_RE.finditer(folded):
        kind = match.lastgroup or "punct"
        kind = "word" if kind == "lead" else kind  # "eindQ3": a word typed against "Q3"
        found.append((kind, match.group(), match.span()))
    _rejoin(found)
    raw: list[tuple[str, str]] = []
    spans: list[tuple[int, int]] = []
    for kind, text, span in found:
        word = _corrected(text) if kind == "word" and len(text) >= 3 else text
        if kind == "word" and word == text and _unglued(word):  # a space left out: "vanhet"
            for part, part_span in _split_glued(word, span[0]):
                raw.append((kind, part))
                spans.append(part_span)
            continue
        raw.append((kind, word))
        spans.append(span)
    _read_slots(raw)
    english = _is_english(raw)
    problems: dict[int, Message] = {}
    out: list[Token] = []
    i = 0
    n = len(raw)
    while i < n:
        kind, text = raw[i]
        canon: str | None = None
        width = 1
        if kind == "word":
            for size in _PHRASE_SIZES.get(text, ()):
                if size > n - i:
                    continue
                key = tuple(t for _, t in raw[i : i + size])
                if key in PHRASES:
                    canon, width = PHRASES[key], size
                    break
            if canon is None:
                key1 = (text,)
                canon = PHRASES[key1] if key1 in PHRASES else _word_canon(raw, i)
        elif kind == "iso":
            y, m, d = (int(p) for p in re.split(r"[-/.]", text))
            canon = _date_canon(y, m, d, problems)
        elif kind == "dmy":
            d, m, y = (int(p) for p in re.split(r"[/.-]", text))
            if not (y >= 1000 or y < 100):
                canon = "?"
            elif english and "." not in text and _valid(y, d, m):
                # "by 03/04/2027": asked; "by 4/13/2027": 13 April; "by 03.04.2027": day first
                canon = f"DA{d}-{m}-{y}" if _valid(y, m, d) and d != m else f"D{_iso(y, d, m)}"
            else:
                canon = _date_canon(y, m, d, problems)
        elif kind == "dm":
            d, m = (int(p) for p in text.split("/"))
            if _is_mark(raw, i):
                canon = "?"
            elif english and _valid(2024, d, m):  # "by 6/7": 6 July or June 7, asked
                canon = f"DA{d}-{m}" if _valid(2024, m, d) and d != m else f"DM{m}-{d}"
            else:
                canon = f"DM{d}-{m}"
        elif kind == "yy":
            canon = f"Y20{text[1:]}"  # "Q1 '27": an elided century
        elif kind == "q":
            canon = {"q": "Q", "h": "H", "s": "S"}[text[0]] + text[1]
        elif kind == "ord":
            canon = "O" + text.rstrip("abcdefghijklmnopqrstuvwxyz")
        elif kind == "mixed":  # "2 1/2 maand": two and a half
            canon = f"N{int(text.split()[0]) + 0.5:g}"
        elif kind == "num" and text[-1] in FRACTIONS:
            canon = f"N{int(text[:-1] or 0) + FRACTIONS[text[-1]]:g}"  # "1½": 1.5
        elif kind == "num":
            value = float(text.replace(",", "."))
            if text.isdigit() and len(text) == 4 and 1900 <= value <= 2199:
                canon = f"Y{text}"
            elif text.isdigit() and len(text) == 4 and value >= 2200:
                canon = f"YF{text}"  # a year too far to plan for: refused where it is a date
            else:
                canon = f"N{value:g}"
        else:
            canon = "" if text in ",'\"()-/" else text
            if text == "." and out and out[-1].canon.startswith("M"):
                canon = ""
        start, end = spans[i][0], spans[i + width - 1][1]
        for part in canon.split():
            if part.startswith("N") and out and out[-1].canon == "A1":
                out.pop()  # "een halfjaar": the article is not a number
            out.append(Token(part, start, end))
        i += width
    out = _compound_ordinals(out)
    return Tokens(_bare_half(_named_month(_named_year(_now_and(out)))), problems)


_ORDINAL_TENS = frozenset({"N20", "N30"})


def _compound_ordinals(tokens: list[Token]) -> list[Token]:
    """ "the twenty first of May", "twenty-first": one ordinal, the 21st."""
    out: list[Token] = []
    for token in tokens:
        rank = token.canon[1:]
        if (
            out
            and out[-1].canon in _ORDINAL_TENS
            and token.canon.startswith("O")
            and rank.isdigit()
            and int(rank) < 10
        ):
            tens = out.pop()
            token = Token(f"O{int(tens.canon[1:]) + int(rank)}", tens.start, token.end)
        out.append(token)
    return out


def _now_and(tokens: list[Token]) -> list[Token]:
    """ "binnen nu en drie jaar" is within three years; "tussen nu en eind maart" is by the end
    of March: from today to an amount is a span, to a moment a deadline."""
    return [
        Token(
            "WITHIN"
            if index + 1 < len(tokens) and tokens[index + 1].canon[:1] in ("N", "A", "F")
            else "BY",
            token.start,
            token.end,
        )
        if token.canon == "NOWTO"
        else token
        for index, token in enumerate(tokens)
    ]


def _named_year(tokens: list[Token]) -> list[Token]:
    """ "het jaar 2028", "the year 2028": the word "jaar" names the year that follows; it is no
    span of a year ("binnen het jaar"), so "eind van het jaar 2028" is the end of 2028. After a
    number ("binnen 1 jaar 2028") the unit is kept, and the year left over is refused."""
    kept = _drop_naming_unit(tokens, "UY", _YEAR_RE, after_amount=False)
    return [  # "binnen (het jaar) 2027": in 2027
        Token("IN", t.start, t.end)
        if t.canon == "WITHIN" and i + 1 < len(kept) and _YEAR_RE.match(kept[i + 1].canon)
        else t
        for i, t in enumerate(kept)
    ]


_YEAR_RE = re.compile(r"YF?\d{4}$")


def _bare_half(tokens: list[Token]) -> list[Token]:
    """ "tegen de helft van volgend jaar": a half without "eerste" or "tweede" before it is the
    middle, not a semester."""
    return [
        Token("MID", t.start, t.end)
        if t.canon == "HALF" and (i == 0 or not tokens[i - 1].canon.startswith("O"))
        else t
        for i, t in enumerate(tokens)
    ]


def _named_month(tokens: list[Token]) -> list[Token]:
    """ "de maand mei": the word "maand" names the month that follows, it is no span of a
    month ("binnen de maand")."""
    return _drop_naming_unit(tokens, "UM", _MONTH_RE, after_amount=True)


def _drop_naming_unit(
    tokens: list[Token], unit: str, named: re.Pattern[str], *, after_amount: bool
) -> list[Token]:
    """Without the `unit` words ("jaar", "maand") that name the `named` token after them; after
    a number or amount the unit stays a span unless `after_amount`."""
    return [
        token
        for index, token in enumerate(tokens)
        if not (
            token.canon == unit
            and index + 1 < len(tokens)
            and named.match(tokens[index + 1].canon)
            and (after_amount or not (index > 0 and tokens[index - 1].canon[:1] in ("N", "A")))
        )
    ]


_MONTH_RE = re.compile(r"M\d{1,2}$")
