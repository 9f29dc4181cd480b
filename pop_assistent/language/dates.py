"""Dutch and English time expressions -> a period and a deadline, relative to an injected today.

`parse_period("tegen eind juni 2027", today)` reads a whole answer; `find_period` looks for
an expression inside a longer goal sentence. Vague or impossible input raises (or, for
`find_period`, returns None): the module never guesses. Only python-dateutil's arithmetic
(relativedelta, easter) is used, never its fuzzy parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from pop_assistent.errors import PopError
from pop_assistent.language import calendar_nl as cal
from pop_assistent.language.lexicon import VAGUE_TIME
from pop_assistent.language.normalize import fold, shorten
from pop_assistent.language.rule_table import RULES
from pop_assistent.language.rules import FAR_YEARS, Problem, Span
from pop_assistent.language.tokens import Token, tokenize


class DateParseError(PopError):
    """A time expression that names no usable moment; the message says why."""


@dataclass(frozen=True, slots=True)
class Period:
    """A period named by the user: its first and last day, the deadline and what was matched."""

    start: date
    end: date
    deadline: date
    text: str
    in_past: bool
    kind: str

    def as_json(self) -> dict[str, str | bool]:
        """The `pop datum --json` shape: deadline, start, end first, then the extras."""
        return {
            "deadline": self.deadline.isoformat(),
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "text": self.text,
            "kind": self.kind,
            "in_past": self.in_past,
        }


@dataclass(frozen=True, slots=True)
class _Hit:
    first: int
    last: int  # exclusive token index
    result: Period | Problem
    weak: bool


EXAMPLE_NL = "noem een maand, een seizoen of een datum, bv. ‘tegen eind juni 2027’."
EXAMPLE_EN = "name a month, a season or a date, e.g. ‘by the end of June 2027’."


@lru_cache(maxsize=1)
def _vague_re() -> re.Pattern[str]:
    phrases = sorted(VAGUE_TIME, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(p) for p in phrases) + r")\b")


def _mode(pre: str) -> str:
    if "BEFORE" in pre:
        return "before"
    if "AFTER" in pre:
        return "after"
    return "by" if "BY" in pre else "in"


def _finish(span: Span, mode: str, today: date) -> tuple[date, date, date, str]:
    """Apply the leading word: (start, end, deadline, kind)."""
    if mode == "after":
        if (span.end - span.start).days + 1 >= 28:
            nxt = span.end + timedelta(days=1)
            first, last = cal.month_range(nxt.year, nxt.month)
            if nxt.day != 1:
                first, last = nxt, cal.month_end(nxt.year, nxt.month)
        else:
            first, last = span.end + timedelta(days=1), span.end + timedelta(days=7)
        return first, last, last, "anchor"
    if (mode == "before" and not span.closed_end) or (mode == "by" and span.before_start):
        deadline = span.start - timedelta(days=1)
        return min(today, deadline), deadline, deadline, "anchor"
    return span.start, span.end, span.end, span.kind


def _period(result: object, pre: str, today: date, text: str) -> Period | Problem:
    mode = _mode(pre)
    if isinstance(result, Problem):
        return result
    if isinstance(result, Span):
        start, end, deadline, kind = _finish(result, mode, today)
    else:  # a builder: the first occurrence whose deadline is not over
        chosen = None
        for year in range(today.year - 1, today.year + 6):
            try:
                chosen = _finish(result(year), mode, today)  # type: ignore[operator]
            except ValueError:
                continue
            if chosen[2] >= today:
                break
        if chosen is None:
            return Problem(f"‘{text}’ kan ik niet plaatsen.", f"I cannot place ‘{text}’.")
        start, end, deadline, kind = chosen
    if deadline.year - today.year > FAR_YEARS:
        return Problem(
            f"{cal.format_date(deadline)} ligt meer dan {FAR_YEARS} jaar ver: kies een "
            "deadline binnen je loopbaanplan.",
            f"{cal.format_date(deadline, 'en')} is more than {FAR_YEARS} years away: choose a "
            "deadline within your career plan.",
        )
    return Period(start, end, deadline, text, deadline < today, kind)


def _scan(text: str, today: date) -> tuple[list[_Hit], list[Token]]:
    folded = fold(text)
    tokens = tokenize(folded)
    items = tokens.items
    canon = ""
    starts: dict[int, int] = {}
    for index, token in enumerate(items):
        starts[len(canon)] = index
        canon += token.canon + " "
    hits: list[_Hit] = []
    for index, token in enumerate(items):
        if token.canon.startswith("X") and token.canon[1:].isdigit():
            nl, en = tokens.problems[int(token.canon[1:])]
            hits.append(_Hit(index, index + 1, Problem(nl, en), False))
    for pattern, handler, weak in RULES:
        for match in pattern.finditer(canon):
            first = starts.get(match.start())
            end_char = match.end() + 1
            last = starts.get(end_char, len(items)) if end_char < len(canon) else len(items)
            if first is None:
                continue
            shown = text[items[first].start : items[last - 1].end].strip()
            result = handler(match, today)
            pre = match.groupdict().get("pre") or ""
            hits.append(_Hit(first, last, _period(result, pre, today, shown), weak))
    hits.extend(_ranges(hits, items, text))
    return hits, items


_OPENERS = frozenset({"BETWEEN", "FROM"})
_JOINERS = frozenset({"EN", "BY", "TO"})


def _ranges(hits: list[_Hit], items: list[Token], text: str) -> list[_Hit]:
    """ "tussen maart en juni", "van 1 maart tot 30 juni": one period from two that are joined."""
    found: list[_Hit] = []
    periods = [h for h in hits if isinstance(h.result, Period) and not h.weak]
    by_first: dict[int, list[_Hit]] = {}
    for hit in periods:
        by_first.setdefault(hit.first, []).append(hit)
    for left in periods:
        opener = left.first > 0 and items[left.first - 1].canon in _OPENERS
        if not (opener or items[left.first].canon == "OF"):
            continue
        joined = left.last < len(items) and items[left.last].canon in _JOINERS
        after = left.last + 1 if joined and items[left.last].canon != "BY" else left.last
        for right in by_first.get(after, []):
            a, b = left.result, right.result
            assert isinstance(a, Period) and isinstance(b, Period)
            first = left.first - 1 if opener else left.first
            shown = text[items[first].start : items[right.last - 1].end].strip()
            if a.start > b.end:
                problem = Problem(
                    f"In ‘{shown}’ ligt het begin na het einde: noem de jaren, "
                    "bv. ‘van september 2027 tot maart 2028’.",
                    f"In ‘{shown}’ the start lies after the end: name the years, "
                    "e.g. ‘from September 2027 to March 2028’.",
                )
                found.append(_Hit(first, right.last, problem, False))
                continue
            period = Period(a.start, b.end, b.deadline, shown, b.deadline < a.start, "range")
            found.append(_Hit(first, right.last, period, False))
    return found


def _best(hits: list[_Hit], allow_weak: bool, total: int) -> _Hit | None:
    usable = [h for h in hits if not h.weak or (allow_weak and h.first == 0 and h.last == total)]
    if not usable:
        return None
    return max(usable, key=lambda h: (h.last - h.first, -h.first, isinstance(h.result, Period)))


_PLURAL_UNIT_RE = re.compile(
    r"(?<![\d\w] )(?<!\d)\b(?:(?:de|het|the|in|binnen|over|within|next|coming|komende|"
    r"volgende|eerstvolgende|nog|a|enkele)\s+)*(?P<unit>jaren|maanden|weken|dagen|kwartalen|"
    r"semesters|years|months|weeks|days|quarters)\b"
)
"""A plural unit that no number precedes: "de komende maanden" does not say how many."""
_UNITS = {  # first letters of a plural unit: (nl plural, en plural, example number nl, en)
    "jare": ("jaren", "years", "twee", "two"), "year": ("jaren", "years", "twee", "two"),
    "maan": ("maanden", "months", "drie", "three"), "mont": ("maanden", "months", "drie", "three"),
    "weke": ("weken", "weeks", "zes", "six"), "week": ("weken", "weeks", "zes", "six"),
    "dage": ("dagen", "days", "tien", "ten"), "days": ("dagen", "days", "tien", "ten"),
    "kwar": ("kwartalen", "quarters", "twee", "two"),
    "quar": ("kwartalen", "quarters", "twee", "two"),
    "seme": ("semesters", "semesters", "twee", "two"),
}  # fmt: skip
_EVENT_RE = re.compile(
    r"\b(?:tegen|voor|tot|na|bij|by|before|until|after|at)\s+(?:(?:de|het|mijn|m'n|onze|ons|"
    r"zijn|haar|hun|the|my|our|his|her|their)\s+)?(?:(?:einde?|begin|start|end)\s+(?:van|of)\s+"
    r"(?:de|het|the|dit|this)\s+)?(?:(?:volgende|eerstvolgende|komende|"
    r"nieuwe|jaarlijkse|next|new|annual)\s+)?(?P<event>[a-z]{4,}(?:\s+[a-z]{4,})?)\s*[.!]?$"
)
"""A deadline tied to an event the calendar does not know ("tegen mijn volgende evaluatie")."""


def _refusal(text: str) -> DateParseError:
    folded = fold(text).strip()
    if not folded:
        return DateParseError(
            f"Er staat geen tijdstip: {EXAMPLE_NL}",
            f"There is no point in time: {EXAMPLE_EN}",
        )
    vague = _vague_re().search(folded)
    if vague:
        phrase = text[vague.start() : vague.end()]
        return DateParseError(
            f"‘{phrase}’ is geen tijdstip: {EXAMPLE_NL}",
            f"‘{phrase}’ is not a point in time: {EXAMPLE_EN}",
        )
    plural = _PLURAL_UNIT_RE.search(folded)
    if plural:
        nl, en, n_nl, n_en = _UNITS[plural.group("unit")[:4]]
        return DateParseError(
            f"‘{shorten(text)}’ zegt niet hoeveel {nl}: noem het aantal, bv. ‘binnen {n_nl} {nl}’.",
            f"‘{shorten(text)}’ does not say how many {en}: name the number, "
            f"e.g. ‘within {n_en} {en}’.",
        )
    event = _EVENT_RE.search(folded)
    if event:
        return DateParseError(
            f"De datum van ‘{event.group('event')}’ ken ik niet: noem de datum zelf, "
            "bv. ‘tegen 15 maart 2027’.",
            f"I do not know the date of ‘{event.group('event')}’: name the date itself, "
            "e.g. ‘by 15 March 2027’.",
        )
    return DateParseError(
        f"In ‘{shorten(text)}’ herken ik geen tijdstip: {EXAMPLE_NL}",
        f"I find no point in time in ‘{shorten(text)}’: {EXAMPLE_EN}",
    )


def parse_period(text: str, today: date, lang: str = "nl") -> Period:
    """Read a whole answer as a time expression; raise DateParseError saying why it cannot."""
    hits, items = _scan(text, today)
    problems = [h for h in hits if isinstance(h.result, Problem)]
    best = _best(hits, allow_weak=True, total=len(items))
    if best is not None and isinstance(best.result, Period) and not problems:
        return best.result
    if problems:
        chosen = best if best is not None and isinstance(best.result, Problem) else problems[0]
        assert isinstance(chosen.result, Problem)
        raise DateParseError(chosen.result.nl, chosen.result.en)
    raise _refusal(text)


def find_period(text: str, today: date, lang: str = "nl") -> Period | None:
    """The time expression inside a longer sentence, or None; never raises."""
    try:
        hits, items = _scan(text, today)
    except Exception:  # noqa: BLE001 - a goal must always be checkable
        return None
    problems = [h for h in hits if isinstance(h.result, Problem)]
    valid = [
        h
        for h in hits
        if isinstance(h.result, Period)
        and not any(
            p.first < h.last and h.first < p.last and p.last - p.first >= h.last - h.first
            for p in problems
        )
    ]
    best = _best(valid, allow_weak=False, total=len(items))
    return best.result if best is not None and isinstance(best.result, Period) else None


def why_no_period(text: str, today: date) -> DateParseError:
    """The reason a goal sentence has no usable time expression (for the SMART check)."""
    try:
        hits, _ = _scan(text, today)
    except Exception:  # noqa: BLE001
        hits = []
    for hit in hits:
        if isinstance(hit.result, Problem):
            return DateParseError(hit.result.nl, hit.result.en)
    return _refusal(text)
