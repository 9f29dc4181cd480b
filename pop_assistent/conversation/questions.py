"""Typed questions: each step of a flow registers the questions it can have pending.

A flow's session type `S` is the only thing a handler receives besides the answer, so mypy
checks every handler against the flow it is registered in; the pending question is stored by
its key and found again through the step's `Questions`, never by turning a string into a
method name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from pop_assistent.i18n import Language, translate

S = TypeVar("S")

Answer = Callable[[S, str], "str | None"]
"""Take a typed answer: change the plan, move the pending question on; a flow may return the
acknowledgement to show (the check-in does), or None."""


@dataclass(frozen=True)
class Question(Generic[S]):
    """One question a step can ask."""

    key: str
    answer: Callable[[S, str], str | None]
    skip: Callable[[S], None] | None = None
    """What 'overslaan' does here (None: the step's default)."""
    prompt: Callable[[S], Any] | None = None
    """Flows that build a question's message in code (the check-in) put the builder here."""
    title: str = ""
    """How the question is named in the history ('leertijd'): a msgid, marked with N_."""
    stored: Callable[[S], str] | None = None
    """The answer the plan holds for this question, shown when the question is revisited."""
    many: bool = False
    """It takes several of its buttons at once ('1 en 3'); see conversation/buttons.py."""
    numeric: bool = False
    """A number typed here is an answer in its own right (a year, a cost, a percentage) unless
    it is the number of one of the buttons shown."""
    words: bool = False
    """The answer is words (a goal, a role, a story): numbers and connectors alone are no
    answer here when no buttons are shown."""
    follow_up: bool = False
    """Asked because of how the answer before was read (which career project, after 'ik wil
    ploegleider worden'): a correction ('nee, da klopt niet', 'no, just 4') is about that
    reading, so it presses no button here and the question reads it itself."""

    def name(self, lang: Language) -> str:
        return translate(lang, self.title) if self.title else ""


@dataclass
class Questions(Generic[S]):
    """The questions of one step, by key, in the order they were registered."""

    step: str
    _by_key: dict[str, Question[S]] = field(default_factory=dict)

    def add(
        self,
        key: str,
        answer: Callable[[S, str], str | None],
        *,
        skip: Callable[[S], None] | None = None,
        prompt: Callable[[S], Any] | None = None,
        title: str = "",
        stored: Callable[[S], str] | None = None,
        many: bool = False,
        numeric: bool = False,
        words: bool = False,
        follow_up: bool = False,
    ) -> Question[S]:
        """Register a question; a key may be registered once per step."""
        if key in self._by_key:
            raise ValueError(f"{self.step}: question {key!r} registered twice")
        question = Question(
            key, answer, skip, prompt, title, stored, many, numeric, words, follow_up
        )
        self._by_key[key] = question
        return question

    def get(self, key: str) -> Question[S] | None:
        """The question with this key, or None (a key no version ever wrote, or '')."""
        return self._by_key.get(key)

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def __iter__(self) -> Iterator[Question[S]]:
        return iter(self._by_key.values())

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(self._by_key)
