"""What reading a time expression gives: a `Period`, or a `DateParseError` that says why not.

`AmbiguousDate` carries two readings (`Choice`s) to ask between; `PastDeadline` carries the
period that was read but is over. See `dates` for the reader itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pop_assistent.errors import PopError
from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, Message


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

    reading: Message
    """The label, translated when it is shown ("volgende week", "3 april (dag/maand)")."""
    period: Period

    def label(self, lang: Language = SOURCE_LANGUAGE) -> str:
        """The label in the given language."""
        return self.reading.message(lang)

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


EXAMPLE = Message(N_("noem een maand, een seizoen of een datum, bv. ‘tegen eind juni 2027’."))


NO_MOMENT = N_("In ‘{text}’ herken ik geen tijdstip: {example}")
"""The refusal that says only that no moment is named (its example is the SMART question's)."""
