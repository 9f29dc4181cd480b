"""The part of a turn every flow shares: the plan being talked about, its stored version, the
undo history, and saving.

`Ledger` holds the one plan a flow changes (the single source of truth), saves it as a new
version after each answer, and remembers how it was before each change: in memory for this
session (light copies, see `light_copy`), and through the store after a restart (the version
before the last change is kept in `conversation.undo_version`). Undo restores the plan's
content; the conversation's turns are kept (nothing said is lost) and so is the cursor of a
check-in in progress.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pop_assistent.errors import ConflictError, PopError, StorageError
from pop_assistent.i18n import SOURCE_LANGUAGE, Language
from pop_assistent.model import Plan
from pop_assistent.model.common import INTERNAL_COPY

if TYPE_CHECKING:
    from pop_assistent.storage.base import PlanStore

MAX_UNDO = 100
"""How many changes one session can undo from memory (older ones come from the store)."""


Snapshot = dict[str, Any]
"""The plan's content without the conversation's turns, as plain data (pydantic's dump is fast;
a deep copy of the models is not)."""


def light_copy(plan: Plan) -> Snapshot:
    """What the plan is now, without the turns (an append-only list): the cost does not grow with
    the length of the conversation."""
    return plan.model_dump(exclude={"conversation": {"turns"}})


def revive(snapshot: Snapshot, turns: list[Any]) -> Plan:
    """A plan again from a snapshot, with the turns said since."""
    conversation = {**snapshot["conversation"], "turns": turns}
    return Plan.model_validate({**snapshot, "conversation": conversation}, context=INTERNAL_COPY)


class Ledger:
    """The plan of one session with its version, undo history and store."""

    def __init__(
        self,
        plan: Plan,
        store: PlanStore | None,
        version: int | None,
        lang: Language = SOURCE_LANGUAGE,
    ) -> None:
        self.plan = plan
        self.store = store
        self.version = version
        self.lang = lang
        self._undo: list[Snapshot] = []
        self.unsaved: StorageError | None = None
        """Why the last save failed (a full or read-only disk, a busy database), or None."""
        self.conflict: ConflictError | None = None
        """Set once another session saved this plan: from then on nothing is saved here."""

    def checkpoint(self) -> None:
        """Remember the plan as it is now, before a change made outside `push`."""
        self.push(light_copy(self.plan))

    def push(self, before: Snapshot) -> None:
        """Remember `before` (a light copy taken before the change just made) for undo."""
        self._undo = [*self._undo[-(MAX_UNDO - 1) :], before]
        self.plan.conversation.undo_version = self.version

    def validate(self) -> None:
        """Check the whole plan's rules (ids unique, references exist) without revalidating the
        conversation; raises pydantic's ValidationError."""
        Plan.model_validate(self.plan.model_dump(exclude={"conversation"}), context=INTERNAL_COPY)

    def restore(self, before: Snapshot) -> None:
        """Back to `before`'s content, keeping the turns said since."""
        self.plan = revive(before, self.plan.conversation.turns)

    def undo(self) -> Plan | None:
        """The plan before the last change, now current (turns and a running check-in's cursor
        kept); None when there is nothing to undo."""
        current = self.plan.conversation
        if self._undo:
            previous = revive(self._undo.pop(), current.turns)
        else:
            stored = self._stored_before()
            if stored is None:
                return None
            previous = revive(light_copy(stored), current.turns)
        previous.conversation.check_in = current.check_in
        previous.id = self.plan.id
        self.plan = previous
        return previous

    def _stored_before(self) -> Plan | None:
        marker = self.plan.conversation.undo_version
        if self.store is None or marker is None:
            return None
        try:
            return self.store.load(self.plan.id, marker).plan
        except PopError:
            return None

    def save(self, note: str) -> str | None:
        """Save the plan as a new version; a sentence when that failed (someone else saved a
        newer version: read-only from then on; or a storage fault: the plan stays in memory
        and the next save takes every answer at once), else None."""
        if self.store is None or self.conflict is not None:
            return None if self.conflict is None else self.conflict.message(self.lang)
        try:
            self.version = self.store.save(self.plan, self.version, note=note)
        except ConflictError as error:
            self.conflict = error
            return error.message(self.lang)
        except StorageError as error:
            self.unsaved = error
            return error.message(self.lang)
        self.unsaved = None
        return None
