"""The sentences for a time expression that gives no deadline: vague, a plural unit without a
number, an unknown event, a deadline that is over, two readings to choose from."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import lru_cache

from pop_assistent.i18n import N_, Language, Message, say
from pop_assistent.language.date_resolve import Ask
from pop_assistent.language.lexicon import VAGUE_TIME
from pop_assistent.language.normalize import fold, shorten
from pop_assistent.language.period import (
    EXAMPLE,
    NO_MOMENT,
    AmbiguousDate,
    Choice,
    DateParseError,
    PastDeadline,
    Period,
)


@lru_cache(maxsize=1)
def _vague_re() -> re.Pattern[str]:
    phrases = sorted(VAGUE_TIME, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(p) for p in phrases) + r")\b")


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


def refusal(text: str) -> DateParseError:
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


def past_deadline(period: Period, today: date) -> PastDeadline:
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


def question(ask: Ask, text: str) -> AmbiguousDate:
    from pop_assistent.language.calendar_nl import format_date

    a, b = ask.choices

    def reading(choice: Choice) -> Callable[[Language], str]:
        def said(lang: Language) -> str:
            when = format_date(choice.period.deadline, lang, weekday=True)
            reading = choice.label(lang)
            return say(lang, N_("{reading} (deadline {when})"), reading=reading, when=when)

        return said

    return AmbiguousDate(
        N_("‘{text}’ kan twee dingen betekenen: {first} of {second}. Welke bedoel je?"),
        ask.choices,
        text=shorten(text),
        first=reading(a),
        second=reading(b),
    )


_NEGATIVE_RE = re.compile(r"\b(?:binnen|over|in|na|within|after)\s+[-−–]\s*\d")
"""A span with a minus before its number ("binnen -3 maanden"): no deadline can lie back."""


def negative_span(text: str) -> DateParseError | None:
    """A sentence for a span counted backwards, else None."""
    if not _NEGATIVE_RE.search(fold(text)):
        return None
    return DateParseError(
        N_("‘{text}’ telt terug: noem een aantal vanaf vandaag, bv. ‘binnen 3 maanden’."),
        text=shorten(text),
    )
