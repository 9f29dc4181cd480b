"""Hits made from other hits: ranges ("tussen maart en juni"), either one ("maart of april"),
a span counted from an event ("twee weken na kerst"), and the hits that are refused in their
context (a span after an unknown event, a start without an end)."""

from __future__ import annotations

from datetime import date

from pop_assistent.i18n import N_, Message
from pop_assistent.language.date_resolve import Hit, resolve
from pop_assistent.language.normalize import shorten
from pop_assistent.language.period import Period
from pop_assistent.language.rules import Ambiguity, Builder, Problem, Result, Span
from pop_assistent.language.tokens import Token

_DETERMINERS = frozenset(
    "de het een mijn m'n onze ons zijn haar hun the a an my our his her their".split()
)


def after_unknown(hits: list[Hit], items: list[Token], text: str) -> list[Hit]:
    """ "binnen zes weken na de start van mijn job", "within 3 months after my promotion": a
    span counted from an event the calendar does not know is refused, never counted from
    today. A known event ("twee weken na kerst") is read by `from_event`."""
    begins = {h.first for h in hits}
    found: list[Hit] = []
    for amount in (h for h in hits if h.amounts and h.last < len(items)):
        if items[amount.last].canon != "AFTER" or amount.last in begins:
            continue
        if text[items[amount.last - 1].end : items[amount.last].start].strip():
            continue  # "binnen 3 maanden, na overleg": a comma parts them
        at = amount.last + 1
        while at < len(items) and items[at].canon in _DETERMINERS:
            at += 1
        if at >= len(items) or at in begins:
            continue
        word = items[at].canon
        if word not in ("BEGIN", "END") and not (word.isalpha() and word.islower()):
            continue  # a calendar token that no rule read: leave it to the rules
        last = at + 1
        event = text[items[amount.last].end : items[at].end].strip()  # "de start"
        problem = Problem(
            Message(
                N_(
                    "De datum van ‘{event}’ ken ik niet: noem de datum zelf, bv. ‘tegen 15 maart "
                    "2027’."
                ),
                event=shorten(event),
            ),
        )
        found.append(Hit(amount.first, last, problem, False))
    return found


def start_only(hits: list[Hit], items: list[Token], text: str) -> list[Hit]:
    """ "vanaf januari" says when something starts, not by when: no deadline (unless a range
    "vanaf januari tot juni" was read from it)."""
    ranged = {h.first for h in hits if isinstance(h.result, Period) and h.result.kind == "range"}
    kept: list[Hit] = []
    for hit in hits:
        at = hit.first - 1
        if at >= 0 and items[at].canon == "FROM" and at not in ranged and hit.first not in ranged:
            shown = shorten(text[items[at].start : items[hit.last - 1].end])
            problem = Problem(
                Message(
                    N_(
                        "‘{shown}’ zegt wanneer het begint, niet tegen wanneer: noem ook het "
                        "einde, bv. ‘tegen eind juni 2027’."
                    ),
                    shown=shown,
                ),
            )
            hit = Hit(at, hit.last, problem, hit.weak)
        kept.append(hit)
    return kept


def from_event(hits: list[Hit], items: list[Token], text: str, today: date) -> list[Hit]:
    """ "twee weken na de kerstvakantie", "een maand voor de zomer": counted from the event."""
    found: list[Hit] = []
    events = {h.first: h for h in hits if h.raw is not None and items[h.first].canon in _SIDES}
    for amount in (h for h in hits if h.amounts and h.last in events):
        event = events[amount.last]
        sign = 1 if items[event.first].canon == "AFTER" else -1
        shown = text[items[amount.first].start : items[event.last - 1].end].strip()
        result = _counted(event.raw, amount.amounts, sign, today, shown)
        if result is not None:
            found.append(Hit(amount.first, event.last, result, False))
    return found


_SIDES = frozenset({"AFTER", "BEFORE"})


def _counted(
    raw: Result | None, amounts: str, sign: int, today: date, shown: str
) -> Period | Problem | None:
    from pop_assistent.language.spans import _amount_end

    if isinstance(raw, Span):
        spans = [raw]
    elif raw is None or isinstance(raw, (Problem, Ambiguity)):
        return None
    else:
        builder: Builder = raw
        spans = [builder(year) for year in range(today.year - 1, today.year + 6)]
    deadline: date | Problem = today
    for span in spans:
        deadline = _amount_end(amounts, span.end if sign > 0 else span.start, sign)
        if isinstance(deadline, Problem) or deadline >= today:
            break
    if isinstance(deadline, Problem):
        return deadline
    return Period(min(today, deadline), deadline, deadline, shown, deadline < today, "anchor")


_OPENERS = frozenset({"BETWEEN", "FROM"})


_JOINERS = frozenset({"EN", "BY", "TO"})


def ranges(hits: list[Hit], items: list[Token], text: str, today: date) -> list[Hit]:
    """ "tussen maart en juni", "van 1 maart tot 30 juni": one period from two that are joined."""
    found: list[Hit] = []
    periods = [h for h in hits if isinstance(h.result, Period) and not h.weak]
    by_first: dict[int, list[Hit]] = {}
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
            if a.start > b.end:  # "tussen januari en maart 2026": one year named for both
                a, b = _same_year(left, a, right, b, today)
            if a.start > b.end:
                problem = Problem(
                    Message(
                        N_(
                            "In ‘{shown}’ ligt het begin na het einde: noem de jaren, bv. ‘van "
                            "september 2027 tot maart 2028’."
                        ),
                        shown=shown,
                    ),
                )
                found.append(Hit(first, right.last, problem, False))
                continue
            period = Period(a.start, b.end, b.deadline, shown, b.deadline < today, "range")
            found.append(Hit(first, right.last, period, False))
    return found + _either(periods, by_first, items, text, today)


def _either(
    periods: list[Hit], by_first: dict[int, list[Hit]], items: list[Token], text: str, today: date
) -> list[Hit]:
    """ "in maart of april", "by June or July", "eind dit jaar of begin volgend jaar": either
    one will do, so the period runs to the end of the later one, never the earlier one alone."""
    found: list[Hit] = []
    for left in periods:
        if left.last >= len(items) or items[left.last].canon not in ("OF", "or"):
            continue
        rights = by_first.get(left.last + 1, []) + by_first.get(left.last, [])  # "OF april"
        for right in rights:
            a, b = left.result, right.result
            assert isinstance(a, Period) and isinstance(b, Period)
            if (a.kind == "year") != (b.kind == "year"):
                continue  # "maart 2029 of 2030": March of either year? refused, not guessed
            later = max(a, b, key=lambda p: p.deadline)
            shown = text[items[left.first].start : items[right.last - 1].end].strip()
            period = Period(
                min(a.start, b.start), later.end, later.deadline, shown, later.deadline < today,
                "range",
            )  # fmt: skip
            found.append(Hit(left.first, right.last, period, False))
    return found


def _builder(raw: Result | None) -> Builder | None:
    """The rule's result when it still needs a year ("januari"), else None."""
    if raw is None or isinstance(raw, (Span, Problem, Ambiguity)):
        return None
    return raw


def _same_year(left: Hit, a: Period, right: Hit, b: Period, today: date) -> tuple[Period, Period]:
    """The two ends of a range where only one names its year: the other one is read in that
    year ("tussen januari en maart 2026": January 2026), or the year after the start ("van
    september tot december": December after September). Unchanged when neither fits."""
    left_build, right_build = _builder(left.raw), _builder(right.raw)
    options: list[tuple[Period, Period]] = []
    if right_build is not None:
        for year in (a.start.year, a.start.year + 1):
            found = resolve(right_build(year), right.pre, today, b.text)
            if isinstance(found, Period) and found.end >= a.start:
                options.append((a, found))
                break
    if left_build is not None and right_build is None:
        for year in (b.end.year, b.end.year - 1):
            found = resolve(left_build(year), left.pre, today, a.text)
            if isinstance(found, Period) and found.start <= b.end:
                options.append((found, b))
                break
    return options[0] if options else (a, b)
