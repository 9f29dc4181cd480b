"""App-wide messages: widgets post these up; the conversation screen handles them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from pop_assistent.dialogue.types import StructuredAnswer


class AnswerSubmitted(Message):
    """The user sent free text (typed, or a quick choice's value)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class StructuredSubmitted(Message):
    """A structured widget produced an answer for the engine."""

    def __init__(self, answer: StructuredAnswer) -> None:
        super().__init__()
        self.answer = answer


class NoteSubmitted(Message):
    """A coach or employee note for one goal (or the plan as a whole)."""

    def __init__(self, text: str, goal_id: str | None, private: bool, author: str) -> None:
        super().__init__()
        self.text = text
        self.goal_id = goal_id
        self.private = private
        self.author = author
