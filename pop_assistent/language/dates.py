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
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from pop_assistent.errors import PopError
from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, Message
from pop_assistent.language import calendar_nl as cal
from pop_assistent.language.lexicon import CLAUSE_OPENERS, VAGUE_TIME
from pop_assistent.language.normalize import fold, shorten
from pop_assistent.language.rule_table import RULES, token_kind
from pop_assistent.language.rules import FAR_YEARS, Ambiguity, Builder, Problem, Result, Span
from pop_assistent.language.spans import h_span
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
class Choice:
    """One reading of an ambiguous expression: a short label for a button, and its period."""

    label_nl: str
    label_en: str
    period: Period

    def label(self, lang: Language = SOURCE_LANGUAGE) -> str:
        """The label in the given language."""
        return self.label_en if lang == "en" else self.label_nl

    def as_json(self, lang: Language = SOURCE_LANGUAGE) -> dict[str, str | bool]:
        """The label followed by the `Period.as_json` fields."""
        return {"label": self.label(lang), **self.period.as_json()}


class AmbiguousDate(DateParseError):
    """An expression with two common readings; `choices` holds both, in calendar order.

    The message asks which one is meant and names both, so a caller that does not offer
    buttons can show it as a refusal. `pop datum` prints both and exits with code 3
    (`--json`: {"ambiguous": true, "question": ..., "options": [...]})."""

    def __init__(self, msgid: str, choices: tuple[Choice, ...], /, **params: object) -> None:
        super().__init__(msgid, **params)
        self.choices = choices


class PastDeadline(DateParseError):
    """A deadline before today: refused; `period` is what was read (`in_past` is True), so a
    caller can word its own refusal."""

    def __init__(self, msgid: str, period: Period, /, **params: object) -> None:
        super().__init__(msgid, **params)
        self.period = period


@dataclass(frozen=True, slots=True)
class _Ask:
    """Two readings found by a rule, each with its label and period (internal)."""

    choices: tuple[Choice, ...]


@dataclass(frozen=True, slots=True)
class _Hit:
    first: int
    last: int  # exclusive token index
    result: Period | Problem | _Ask
    weak: bool
    raw: Result | None = None
    """What the rule found before the leading word was applied."""
    amounts: str = ""
    """For a span ("twee weken"): its amounts, so "twee weken na Pasen" can count from Pasen."""
    pre: str = ""
    """The leading words the rule read ("BY", "BEFORE AFTER")."""


EXAMPLE = Message(N_("noem een maand, een seizoen of een datum, bv. ‘tegen eind juni 2027’."))
NO_MOMENT = N_("In ‘{text}’ herken ik geen tijdstip: {example}")
"""The refusal that says only that no moment is named (its example is the SMART question's)."""


@lru_cache(maxsize=1)
def _vague_re() -> re.Pattern[str]:
    phrases = sorted(VAGUE_TIME, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(p) for p in phrases) + r")\b")


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


def _ask(result: Ambiguity, pre: str, today: date, text: str) -> Period | Problem | _Ask:
    """Both readings resolved; one that is over or impossible drops out, leaving no question."""
    choices: list[Choice] = []
    for nl, en, option in result.options:
        found = _period(option, pre, today, text)
        if isinstance(found, Period) and not found.in_past:
            choices.append(Choice(nl, en, found))
    if not choices:
        return _period(result.options[0][2], pre, today, text)
    if len(choices) == 1 or choices[0].period.deadline == choices[1].period.deadline:
        return choices[0].period
    return _Ask(tuple(sorted(choices, key=lambda c: c.period.deadline)))


def _period(result: Result, pre: str, today: date, text: str) -> Period | Problem | _Ask:
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
            bad_date = tokens.problems[int(token.canon[1:])]
            hits.append(_Hit(index, index + 1, Problem(bad_date), False))
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
            period = _period(result, pre, today, shown)
            hits.append(_Hit(first, last, period, weak, result, amounts, pre))
    hits.extend(_ranges(hits, items, text, today))
    hits.extend(_from_event(hits, items, text, today))
    hits.extend(_after_unknown(hits, items, text))
    return _start_only(hits, items, text), items


_AT_WORDS = frozenset({"op", "on"})


def _at(pre: str, first: Token, text: str) -> str:
    """ "op het einde van juni" ("at the end of June") names the end, not a period that ends
    there: its "BY" is marked "BY AT"."""
    if pre.strip() == "BY" and fold(text[first.start : first.end]) in _AT_WORDS:
        return "BY AT"
    return pre


_DETERMINERS = frozenset(
    "de het een mijn m'n onze ons zijn haar hun the a an my our his her their".split()
)


def _after_unknown(hits: list[_Hit], items: list[Token], text: str) -> list[_Hit]:
    """ "binnen zes weken na de start van mijn job", "within 3 months after my promotion": a
    span counted from an event the calendar does not know is refused, never counted from
    today. A known event ("twee weken na kerst") is read by `_from_event`."""
    begins = {h.first for h in hits}
    found: list[_Hit] = []
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
        found.append(_Hit(amount.first, last, problem, False))
    return found


def _start_only(hits: list[_Hit], items: list[Token], text: str) -> list[_Hit]:
    """ "vanaf januari" says when something starts, not by when: no deadline (unless a range
    "vanaf januari tot juni" was read from it)."""
    ranged = {h.first for h in hits if isinstance(h.result, Period) and h.result.kind == "range"}
    kept: list[_Hit] = []
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
            hit = _Hit(at, hit.last, problem, hit.weak)
        kept.append(hit)
    return kept


def _from_event(hits: list[_Hit], items: list[Token], text: str, today: date) -> list[_Hit]:
    """ "twee weken na de kerstvakantie", "een maand voor de zomer": counted from the event."""
    found: list[_Hit] = []
    events = {h.first: h for h in hits if h.raw is not None and items[h.first].canon in _SIDES}
    for amount in (h for h in hits if h.amounts and h.last in events):
        event = events[amount.last]
        sign = 1 if items[event.first].canon == "AFTER" else -1
        shown = text[items[amount.first].start : items[event.last - 1].end].strip()
        result = _counted(event.raw, amount.amounts, sign, today, shown)
        if result is not None:
            found.append(_Hit(amount.first, event.last, result, False))
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


_OPENERS = frozenset({"BETWEEN", "FROM"})
_JOINERS = frozenset({"EN", "BY", "TO"})


def _ranges(hits: list[_Hit], items: list[Token], text: str, today: date) -> list[_Hit]:
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
                found.append(_Hit(first, right.last, problem, False))
                continue
            period = Period(a.start, b.end, b.deadline, shown, b.deadline < today, "range")
            found.append(_Hit(first, right.last, period, False))
    return found + _either(periods, by_first, items, text, today)


def _either(
    periods: list[_Hit], by_first: dict[int, list[_Hit]], items: list[Token], text: str, today: date
) -> list[_Hit]:
    """ "in maart of april", "by June or July", "eind dit jaar of begin volgend jaar": either
    one will do, so the period runs to the end of the later one, never the earlier one alone."""
    found: list[_Hit] = []
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
            found.append(_Hit(left.first, right.last, period, False))
    return found


def _builder(raw: Result | None) -> Builder | None:
    """The rule's result when it still needs a year ("januari"), else None."""
    if raw is None or isinstance(raw, (Span, Problem, Ambiguity)):
        return None
    return raw


def _same_year(left: _Hit, a: Period, right: _Hit, b: Period, today: date) -> tuple[Period, Period]:
    """The two ends of a range where only one names its year: the other one is read in that
    year ("tussen januari en maart 2026": January 2026), or the year after the start ("van
    september tot december": December after September). Unchanged when neither fits."""
    left_build, right_build = _builder(left.raw), _builder(right.raw)
    options: list[tuple[Period, Period]] = []
    if right_build is not None:
        for year in (a.start.year, a.start.year + 1):
            found = _period(right_build(year), right.pre, today, b.text)
            if isinstance(found, Period) and found.end >= a.start:
                options.append((a, found))
                break
    if left_build is not None and right_build is None:
        for year in (b.end.year, b.end.year - 1):
            found = _period(left_build(year), left.pre, today, a.text)
            if isinstance(found, Period) and found.start <= b.end:
                options.append((found, b))
                break
    return options[0] if options else (a, b)


def _best(hits: list[_Hit], allow_weak: bool, total: int, lead: int = 0) -> _Hit | None:
    """The longest hit, then the first; a weak one only when it is all of tokens lead..total."""
    usable = [h for h in hits if not h.weak or (allow_weak and h.first == lead and h.last == total)]
    if not usable:
        return None
    return max(usable, key=lambda h: (h.last - h.first, -h.first, isinstance(h.result, Period)))


_PLURAL_UNIT_RE = re.compile(
    r"(?<![\d\w] )(?<!\d)\b(?:(?:de|het|the|in|binnen|over|within|next|coming|komende|"
    r"volgende|eerstvolgende|nog|a|enkele)\s+)*(?P<unit>jaren|maanden|weken|dagen|kwartalen|"
    r"semesters|years|months|weeks|days|quarters)\b"
)
"""A plural unit that no number precedes: "de komende maanden" does not say how many."""
_UNIT_WORDS = {  # a plural unit and an example of it with a number
    "jaren": (N_("jaren"), N_("twee jaren")),
    "maanden": (N_("maanden"), N_("drie maanden")),
    "weken": (N_("weken"), N_("zes weken")),
    "dagen": (N_("dagen"), N_("tien dagen")),
    "kwartalen": (N_("kwartalen"), N_("twee kwartalen")),
    "semesters": (N_("semesters"), N_("twee semesters")),
}
_UNITS = {  # first letters of a plural unit (Dutch or English): the unit
    "jare": "jaren", "year": "jaren", "maan": "maanden", "mont": "maanden", "weke": "weken",
    "week": "weken", "dage": "dagen", "days": "dagen", "kwar": "kwartalen", "quar": "kwartalen",
    "seme": "semesters",
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
        return DateParseError(N_("Er staat geen tijdstip: {example}"), example=EXAMPLE)
    vague = _vague_re().search(folded)
    if vague:
        phrase = text[vague.start() : vague.end()]
        return DateParseError(
            N_("‘{phrase}’ is geen tijdstip: {example}"), phrase=phrase, example=EXAMPLE
        )
    plural = _PLURAL_UNIT_RE.search(folded)
    if plural:
        unit, example = _UNIT_WORDS[_UNITS[plural.group("unit")[:4]]]
        return DateParseError(
            N_("‘{text}’ zegt niet hoeveel {unit}: noem het aantal, bv. ‘binnen {example}’."),
            text=shorten(text),
            unit=Message(unit),
            example=Message(example),
        )
    event = _EVENT_RE.search(folded)
    if event:
        return DateParseError(
            N_(
                "De datum van ‘{event}’ ken ik niet: noem de datum zelf, bv. ‘tegen 15 maart 2027’."
            ),
            event=event.group("event"),
        )
    return DateParseError(NO_MOMENT, text=shorten(text), example=EXAMPLE)


def _shown(text: str, hit: _Hit, items: list[Token]) -> str:
    return shorten(text[items[hit.first].start : items[hit.last - 1].end])


def _past(period: Period, today: date) -> PastDeadline:
    from pop_assistent.language.calendar_nl import format_date

    return PastDeadline(
        N_(
            "‘{text}’ ligt in het verleden (deadline {when}): kies een deadline na vandaag, "
            "bv. ‘tegen eind juni’ of ‘binnen zes maanden’."
        ),
        period,
        text=shorten(period.text),
        when=lambda lang: format_date(period.deadline, lang, weekday=True),
    )


def _question(ask: _Ask, text: str) -> AmbiguousDate:
    from pop_assistent.language.calendar_nl import format_date

    a, b = ask.choices

    def reading(choice: Choice) -> Callable[[Language], str]:
        def say(lang: Language) -> str:
            when = format_date(choice.period.deadline, lang, weekday=True)
            return f"{choice.label(lang)} (deadline {when})"

        return say

    return AmbiguousDate(
        N_("‘{text}’ kan twee dingen betekenen: {first} of {second}. Welke bedoel je?"),
        ask.choices,
        text=shorten(text),
        first=reading(a),
        second=reading(b),
    )


def _counts(hit: _Hit, total: int, lead: int = 0) -> bool:
    """A weak hit counts only when it is the whole input (tokens lead..total)."""
    return not hit.weak or (hit.first == lead and hit.last == total)


_PLAIN_AFTER = frozenset({"since"})
"""Openers that are also calendar words ("since May"): only before a plain word."""
_ROLE_OPENERS = frozenset({"als", "as"})
"""Openers that also name a role ("als kok", "as a nurse", "as of May"): only before a subject."""
_WORD_RE = re.compile(r"\s*([a-z']+)")
_SUBJECTS = frozenset(
    "ik je jij u we wij ze zij hij het de er mijn m'n onze ons dat dit alles "
    "i you they he she it the my our there this that".split()
)


def _opens(items: list[Token], at: int, text: str) -> bool:
    """A reason or condition starts at token `at` ("want", "omdat", "because", "so that")."""
    word = items[at].canon
    after = items[at + 1].canon if at + 1 < len(items) else ""
    if word == "so":
        return after == "that"
    if word in _ROLE_OPENERS:  # the word as typed: "de", "het" leave no token
        typed = _WORD_RE.match(fold(text[items[at].end : items[at].end + 20]))
        return typed is not None and typed.group(1) in _SUBJECTS
    if word in _PLAIN_AFTER:
        return after.isalpha() and after.islower() and after not in ("soon", "well")
    return word in CLAUSE_OPENERS


def _comma_before(items: list[Token], at: int, text: str) -> bool:
    return any(mark in text[items[at - 1].end : items[at].start] for mark in ",;:")


def _main_clause(hits: list[_Hit], items: list[Token], text: str) -> tuple[int, int]:
    """The tokens [lead, total) that name the deadline. A reason or condition ("tegen eind
    juni, want in september begint het schooljaar"; "omdat de audit in maart is, tegen
    februari") is context: left out when the rest was read as a time, kept otherwise."""
    lead, total = 0, len(items)

    def reads(first: int, last: int) -> bool:
        return any(h.first >= first and h.last <= last and _counts(h, last, first) for h in hits)

    if items and _opens(items, 0, text):  # a leading clause runs to the first comma
        comma = next((at for at in range(1, total) if _comma_before(items, at, text)), None)
        if comma is not None and reads(comma, total):
            lead = comma
    for at in range(lead + 1, total):
        if _opens(items, at, text) and reads(lead, at):
            return lead, at
    return lead, total


def parse_period(text: str, today: date, lang: Language = SOURCE_LANGUAGE) -> Period:
    """Read a whole answer as a deadline that is not over.

    Raises `DateParseError` saying which part was not understood (or that the deadline is
    past), and `AmbiguousDate` (a `DateParseError`) when two readings are common."""
    hits, items = _scan(text, today)
    lead, total = _main_clause(hits, items, text)
    hits = [h for h in hits if h.first >= lead and h.last <= total]
    problems = [h for h in hits if isinstance(h.result, Problem) and _counts(h, total, lead)]
    best = _best(hits, allow_weak=True, total=total, lead=lead)
    if problems:
        chosen = best if best is not None and isinstance(best.result, Problem) else problems[0]
        assert isinstance(chosen.result, Problem)
        raise DateParseError(chosen.result.text.msgid, **chosen.result.text.params)
    if best is not None and isinstance(best.result, _Ask):
        raise _question(best.result, _shown(text, best, items))
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
            raise _past(best.result, today)
        return best.result
    raise _refusal(text)


_NUMBERISH_RE = re.compile(r"(?:YF?\d{4}|N[\d.]+|O-?\d+|D\d{4}-.*|DM\d.*|DA\d.*|M\d{1,2}|Q[1-4])$")
"""Tokens that carry a number, a year, a date or a month."""


def _dropped(best: _Hit, items: list[Token], text: str, lead: int = 0) -> Token | None:
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
        hits, items = _scan(text, today)
    except Exception:  # noqa: BLE001 - a goal must always be checkable
        return None
    lead, total = _main_clause(hits, items, text)  # a reason or condition is context
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


def _inside(hit: _Hit, other: _Hit) -> bool:
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
        hits, items = _scan(text, today)
    except Exception:  # noqa: BLE001
        hits, items = [], []
    for hit in hits:
        if isinstance(hit.result, Problem) and _counts(hit, len(items)):
            return DateParseError(hit.result.text.msgid, **hit.result.text.params)
    for hit in hits:
        if isinstance(hit.result, _Ask) and not hit.weak:
            return _question(hit.result, _shown(text, hit, items))
    return _refusal(text)
