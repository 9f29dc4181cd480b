"""The check-in's questions and its memory.

Every question of the check-in is registered in `QUESTIONS` (a `Questions` of the conversation
kernel) by the module that asks it; the cursor (`CheckInCursor`: the question pending, the
actions still to ask about, the adjustment being made) lives in `plan.conversation.check_in`,
so an interrupted check-in resumes where it was. The check-in record itself (a `CheckIn` with
`held_on` set) is only written once the first answer is given: opening and closing the
check-in changes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pop_assistent.conversation.questions import Questions

if TYPE_CHECKING:
    from pop_assistent.followup.checkin import CheckInSession

PREFIX = "opvolging."
NOTE = "opvolging"
"""Store notes: 'opvolging 2027-04-02' for a finished check-in, with ' (bezig)' while it runs."""

QUESTIONS: Questions[CheckInSession] = Questions("checkin")
"""The check-in's questions (registered by steps_actions, steps_adjust, steps_goals, checkin);
each has a `prompt` that builds its message and choices, and an `answer` that returns the
acknowledgement to show before the next question."""


class Invalid(Exception):
    """An answer that cannot be used; the question is asked again with this warning."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
