"""Dutch and English time expressions -> a period and a deadline, relative to an injected today.

`parse_period("tegen eind juni 2027", today)` reads a whole answer as a deadline;
`find_period` looks for an expression inside a longer goal sentence. The module never guesses:

- vague, impossible or too distant input raises `DateParseError`, whose message quotes the
  part that was not understood and gives an example;
- a deadline before today raises `PastDeadline` (a `DateParseError` that carries what was
  read): `parse_period` never returns a past deadline; `find_period` does, flagged `in_past`,
  so the SMART check can say it is over;
- an expression with two common readings ("volgende vrijdag" on a Tuesday, "na het verlof")
  raises `AmbiguousDate`, a `DateParseError` that carries both readings as `choices`, each a
  short label and its `Period`, so the conversation can ask with two buttons and store the
  chosen `Period` unchanged. Callers that only catch `DateParseError` still refuse safely.

Only python-dateutil's arithmetic (relativedelta, easter) is used, never its fuzzy parser.

The reader in parts: `tokens` (canonical words), `rule_table` and `rules` (what a match
means), `date_scan` (every match), `date_resolve` (the leading word, the year, two readings),
`date_combine` (ranges and events), `date_clauses` (the main clause), `date_refusals` (the
sentences) and `period` (the results and errors); this module picks the deadline.
"""

from __future__ import annotations

import re
from datetime import date

from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language
from pop_assistent.language.date_clauses import counts, main_clause
from pop_assistent.language.date_refusals import negative_span, past_deadline, question, refusal
from pop_assistent.language.date_resolve import Ask, Hit
from pop_assistent.language.date_scan import scan
from pop_assistent.language.normalize import shorten
from pop_assistent.language.period import (
    EXAMPLE,
    NO_MOMENT,
    AmbiguousDate,
    Choice,
    DateParseError,
    PastDeadline,
    Period,
)
from pop_assistent.language.rules import Problem
from pop_assistent.language.tokens import Token

__all__ = [
    "EXAMPLE",
    "NO_MOMENT",
    "AmbiguousDate",
    "Choice",
    "DateParseError",
    "PastDeadline",
    "Period",
    "find_period",
    "parse_period",
    "why_no_period",
]


def _best(hits: list[Hit], allow_weak: bool, total: int, lead: int = 0) -> Hit | None:
    """The longest hit, then the first; a weak one only when it is all of tokens lead..total."""
    usable = [h for h in hits if not h.weak or (allow_weak and h.first == lead and h.last == total)]
    if not usable:
        return None
    return max(usable, key=lambda h: (h.last - h.first, -h.first, isinstance(h.result, Period)))


def _shown(text: str, hit: Hit, items: list[Token]) -> str:
    return shorten(text[items[hit.first].start : items[hit.last - 1].end])


def parse_period(text: str, today: date, lang: Language = SOURCE_LANGUAGE) -> Period:
    """Read a whole answer as a deadline that is not over.

    Raises `DateParseError` saying which part was not understood (or that the deadline is
    past), and `AmbiguousDate` (a `DateParseError`) when two readings are common."""
    negative = negative_span(text)
    if negative is not None:
        raise negative
    hits, items = scan(text, today)
    lead, total = main_clause(hits, items, text)
    hits = [h for h in hits if h.first >= lead and h.last <= total]
    problems = [h for h in hits if isinstance(h.result, Problem) and counts(h, total, lead)]
    best = _best(hits, allow_weak=True, total=total, lead=lead)
    if problems:
        chosen = best if best is not None and isinstance(best.result, Problem) else problems[0]
        assert isinstance(chosen.result, Problem)
        raise DateParseError(chosen.result.text.msgid, **chosen.result.text.params)
    if best is not None and isinstance(best.result, Ask):
        raise question(best.result, _shown(text, best, items))
    if best is not None and isinstance(best.result, Period):
        dropped = _dropped(best, items[lead:total], text, lead)
        if dropped is not None:
            raise DateParseError(
                N_(
                    "In ‘{text}’ lees ik ‘{read}’, maar ‘{part}’ begrijp ik daarbij niet: {example}"
                ),
                text=shorten(text),
                read=_shown(text, best, items),
                part=text[dropped.start : dropped.end],
                example=EXAMPLE,
            )
        if best.result.deadline < today:
            raise past_deadline(best.result, today)
        return best.result
    raise refusal(text)


_NUMBERISH_RE = re.compile(r"(?:YF?\d{4}|N[\d.]+|O-?\d+|D\d{4}-.*|DM\d.*|DA\d.*|M\d{1,2}|Q[1-4])$")
"""Tokens that carry a number, a year, a date or a month."""


def _dropped(best: Hit, items: list[Token], text: str, lead: int = 0) -> Token | None:
    """A number, year or month outside the expression that was read ("eind van het jaar
    2028" read as the end of this year): it would silently change the date, so the answer is
    refused rather than read without it. `items` are the main clause's tokens, the first of
    them at index `lead`."""
    for index, token in enumerate(items):
        if best.first <= index + lead < best.last:
            continue
        if _clock(items, index):
            continue
        if _NUMBERISH_RE.match(token.canon) and (
            token.canon[0] == "M" or any(c.isdigit() for c in text[token.start : token.end])
        ):
            return token
    return None


_CLOCK_BEFORE = frozenset({"om", "at", ":", "rond"})


_CLOCK_AFTER = frozenset({"uur", "u", "h", "am", "pm", ":", "uhr"})


def _clock(items: list[Token], index: int) -> bool:
    """A time of day ("om 17 uur", "at 5 pm", "17:00"): it does not change the day."""
    before = items[index - 1].canon if index > 0 else ""
    after = items[index + 1].canon if index + 1 < len(items) else ""
    return before in _CLOCK_BEFORE or after in _CLOCK_AFTER


def find_period(text: str, today: date, lang: Language = SOURCE_LANGUAGE) -> Period | None:
    """The time expression inside a longer sentence, or None; never raises.

    Only whole expressions count: a part of a longer one ("dit jaar" in "begin dit jaar") never
    stands for it. As in `parse_period`, a reason or condition ("..., want in september
    2027 ...", "because the audit is in June") is context when the main clause names a time.
    A time ahead wins over a separate one in the past ("twee jaar geleden begon
    ik, tegen eind 2027 ..."); a past deadline alone is returned (flagged `in_past`) so the
    SMART check can say it is over; an expression with two readings gives None (see
    `why_no_period`)."""
    try:
        hits, items = scan(text, today)
    except Exception:  # noqa: BLE001 - a goal must always be checkable
        return None
    lead, total = main_clause(hits, items, text)  # a reason or condition is context
    hits = [h for h in hits if h.first >= lead and h.last <= total]
    problems = [h for h in hits if not isinstance(h.result, Period) and not h.weak]
    strong = [h for h in hits if not h.weak]
    valid = [
        h
        for h in hits
        if isinstance(h.result, Period)
        and not any(
            p.first < h.last and h.first < p.last and p.last - p.first >= h.last - h.first
            for p in problems
        )
        and not any(_inside(h, other) for other in strong)
    ]
    ahead = [
        h for h in valid if isinstance(h.result, Period) and not h.result.in_past and not h.weak
    ]
    best = _best(ahead or valid, allow_weak=False, total=total)  # the past is background
    return best.result if best is not None and isinstance(best.result, Period) else None


def _inside(hit: Hit, other: Hit) -> bool:
    """`hit` is a part of the longer `other`: "dit jaar" in "begin dit jaar", "november 2026"
    in "vóór 1 november 2026". The part never stands for the whole, so a whole that is over
    is not replaced by a part of it that is still ahead."""
    return (
        other.first <= hit.first
        and hit.last <= other.last
        and other.last - other.first > (hit.last - hit.first)
    )


def why_no_period(text: str, today: date) -> DateParseError:
    """The reason a goal sentence has no usable time expression (for the SMART check)."""
    try:
        hits, items = scan(text, today)
    except Exception:  # noqa: BLE001
        hits, items = [], []
    for hit in hits:
        if isinstance(hit.result, Problem) and counts(hit, len(items)):
            return DateParseError(hit.result.text.msgid, **hit.result.text.params)
    for hit in hits:
        if isinstance(hit.result, Ask) and not hit.weak:
            return question(hit.result, _shown(text, hit, items))
    return refusal(text)
