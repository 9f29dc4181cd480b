"""A rule's result resolved against today: the leading word applied ("tegen", "voor", "na"),
a builder placed in the first year that is not over, two readings kept as a question."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from pop_assistent.i18n import N_, Message
from pop_assistent.language import calendar_nl as cal
from pop_assistent.language.period import Choice, Period
from pop_assistent.language.rules import FAR_YEARS, Ambiguity, Problem, Result, Span


@dataclass(frozen=True, slots=True)
class Ask:
    """Two readings found by a rule, each with its label and period (internal)."""

    choices: tuple[Choice, ...]


@dataclass(frozen=True, slots=True)
class Hit:
    first: int
    last: int  # exclusive token index
    result: Period | Problem | Ask
    weak: bool
    raw: Result | None = None
    """What the rule found before the leading word was applied."""
    amounts: str = ""
    """For a span ("twee weken"): its amounts, so "twee weken na Pasen" can count from Pasen."""
    pre: str = ""
    """The leading words the rule read ("BY", "BEFORE AFTER")."""


def _mode(pre: str) -> str:
    if "BEFORE" in pre:
        return "before"
    if "AFTER" in pre:
        return "after"
    if "BY" in pre:
        return "at" if "AT" in pre else "by"
    return "in"


def _finish(span: Span, mode: str, today: date) -> tuple[date, date, date, str]:
    """Apply the leading word: (start, end, deadline, kind).

    "tegen eind juni", "by the end of 2028", "voor het einde van Q3" mean during that period,
    at the latest at its end: the whole period (from today when it has begun). Without the
    leading word ("eind juni") or with "op het einde van" ("at the end of") only its end
    is meant."""
    if span.whole is not None and mode in ("by", "before"):
        whole = span.whole
        start = today if whole.start < today <= whole.end else whole.start
        return start, whole.end, whole.end, span.kind  # the kind stays what "eind" made
    if mode == "after":
        if span.resumes and (span.end - span.start).days + 1 < 28:  # school starts again
            back = span.end + timedelta(days=1)
            return back, back, back, "anchor"
        if (span.end - span.start).days + 1 >= 28:
            nxt = span.end + timedelta(days=1)
            first, last = cal.month_range(nxt.year, nxt.month)
            if nxt.day != 1:
                first, last = nxt, cal.month_end(nxt.year, nxt.month)
        else:
            first, last = span.end + timedelta(days=1), span.end + timedelta(days=7)
        return first, last, last, "anchor"
    if (mode == "before" and not span.closed_end) or (mode in ("by", "at") and span.before_start):
        deadline = span.start - timedelta(days=1)
        return min(today, deadline), deadline, deadline, "anchor"
    return span.start, span.end, span.end, span.kind


def _ask(result: Ambiguity, pre: str, today: date, text: str) -> Period | Problem | Ask:
    """Both readings resolved; one that is over or impossible drops out, leaving no question."""
    choices: list[Choice] = []
    for reading, option in result.options:
        found = resolve(option, pre, today, text)
        if isinstance(found, Period) and not found.in_past:
            choices.append(Choice(reading, found))
    if not choices:
        return resolve(result.options[0][1], pre, today, text)
    if len(choices) == 1 or choices[0].period.deadline == choices[1].period.deadline:
        return choices[0].period
    return Ask(tuple(sorted(choices, key=lambda c: c.period.deadline)))


def resolve(result: Result, pre: str, today: date, text: str) -> Period | Problem | Ask:
    mode = _mode(pre)
    if isinstance(result, Problem):
        return result
    if isinstance(result, Ambiguity):
        return _ask(result, pre, today, text)
    if isinstance(result, Span):
        start, end, deadline, kind = _finish(result, mode, today)
    else:  # a builder: the first occurrence whose deadline is not over
        chosen = None
        for year in range(today.year - 1, today.year + 6):
            try:
                chosen = _finish(result(year), mode, today)
            except ValueError:
                continue
            if chosen[2] >= today:
                break
        if chosen is None:
            return Problem(Message(N_("‘{text}’ kan ik niet plaatsen."), text=text))
        start, end, deadline, kind = chosen
    if deadline.year - today.year > FAR_YEARS:
        return Problem(
            Message(
                N_(
                    "{when} ligt meer dan {years} jaar ver: kies een deadline binnen je "
                    "loopbaanplan."
                ),
                when=lambda lang: cal.format_date(deadline, lang),
                years=FAR_YEARS,
            )
        )
    return Period(start, end, deadline, text, deadline < today, kind)
