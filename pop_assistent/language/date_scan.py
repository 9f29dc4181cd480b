"""Scan a text for time expressions: every rule's match, resolved (see `date_resolve`), plus
the hits that join or qualify others (see `date_combine`)."""

from __future__ import annotations

from datetime import date

from pop_assistent.language.date_combine import after_unknown, from_event, ranges, start_only
from pop_assistent.language.date_resolve import Hit, resolve
from pop_assistent.language.normalize import fold
from pop_assistent.language.rule_table import RULES, token_kind
from pop_assistent.language.rules import Ambiguity, Builder, Problem, Result, Span
from pop_assistent.language.spans import h_span
from pop_assistent.language.tokens import Token, tokenize


def scan(text: str, today: date) -> tuple[list[Hit], list[Token]]:
    """Every hit of every rule in `text`, and the canonical tokens they index."""
    folded = fold(text)
    tokens = tokenize(folded)
    items = tokens.items
    canon = ""
    starts: dict[int, int] = {}
    for index, token in enumerate(items):
        starts[len(canon)] = index
        canon += token.canon + " "
    hits: list[Hit] = []
    for index, token in enumerate(items):
        if token.canon.startswith("X") and token.canon[1:].isdigit():
            bad_date = tokens.problems[int(token.canon[1:])]
            hits.append(Hit(index, index + 1, Problem(bad_date), False))
    kinds = {token_kind(token.canon) for token in items}
    for pattern, handler, weak, needs in RULES:
        if kinds.isdisjoint(needs):
            continue  # no token this rule needs: it cannot match
        for match in pattern.finditer(canon):
            first = starts.get(match.start())
            end_char = match.end() + 1
            last = starts.get(end_char, len(items)) if end_char < len(canon) else len(items)
            if first is None:
                continue
            result = handler(match, today)
            if _starts(items, last):
                result, last = _start_of(result), last + 1
            shown = text[items[first].start : items[last - 1].end].strip()
            pre = _at(match.groupdict().get("pre") or "", items[first], text)
            amounts = match.groupdict().get("amounts") or "" if handler is h_span else ""
            period = resolve(result, pre, today, shown)
            hits.append(Hit(first, last, period, weak, result, amounts, pre))
    hits.extend(ranges(hits, items, text, today))
    hits.extend(from_event(hits, items, text, today))
    hits.extend(after_unknown(hits, items, text))
    return start_only(hits, items, text), items


_AT_WORDS = frozenset({"op", "on"})


def _at(pre: str, first: Token, text: str) -> str:
    """ "op het einde van juni" ("at the end of June") names the end, not a period that ends
    there: its "BY" is marked "BY AT"."""
    if pre.strip() == "BY" and fold(text[first.start : first.end]) in _AT_WORDS:
        return "BY AT"
    return pre


def _starts(items: list[Token], at: int) -> bool:
    """ "voor het schooljaar begint": a verb of starting right after the period."""
    if at >= len(items):
        return False
    return items[at].canon == "STARTS" or (items[at].canon == "BEGIN" and at + 1 == len(items))


def _start_of(result: Result) -> Result:
    """The first day of a period, for "voor de zomer begint"."""
    if isinstance(result, Span):
        return Span(result.start, result.start, "date")
    if isinstance(result, (Problem, Ambiguity)):
        return result
    build: Builder = result
    return lambda year: _start_of(build(year))  # type: ignore[return-value]
