"""The check-in's memory: where the conversation stands, kept inside the plan so it resumes.

The cursor lives in `plan.conversation.pending` under keys starting with `opvolging.`; the
walk-through engine's own keys are left alone. The check-in itself (a model `CheckIn` with
`held_on` set) is filled answer by answer, so an interrupted check-in loses nothing.
"""

from __future__ import annotations

from datetime import date

from pop_assistent.dialogue.types import Choice, Reply, Step, Widget
from pop_assistent.errors import ConflictError, PopError, StorageError
from pop_assistent.model import Action, ActionStatus, ActionUpdate, CheckIn, Plan
from pop_assistent.storage.base import PlanStore

from . import text as t

PREFIX = "opvolging."
NOTE = "opvolging"
"""Store notes: 'opvolging 2027-04-02' for a finished check-in, with ' (bezig)' while it runs."""


class Invalid(Exception):
    """An answer that cannot be used; the question is asked again with this warning."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class SessionBase:
    """Shared state and helpers of the check-in steps."""

    plan: Plan
    today: date
    lang: str
    store: PlanStore | None
    version: int | None
    warnings: list[str]
    """Warnings gathered while handling one answer (shown with the next question)."""

    # --- the cursor ---------------------------------------------------------------------
    def get(self, key: str, default: str = "") -> str:
        """A cursor value."""
        return self.plan.conversation.pending.get(PREFIX + key, default)

    def put(self, **values: str) -> None:
        """Set cursor values (an empty string removes the key)."""
        pending = dict(self.plan.conversation.pending)
        for key, value in values.items():
            if value:
                pending[PREFIX + key] = value
            else:
                pending.pop(PREFIX + key, None)
        self.plan.conversation.pending = pending

    def clear_cursor(self) -> None:
        """Forget the cursor (the check-in is finished)."""
        self.plan.conversation.pending = {
            k: v for k, v in self.plan.conversation.pending.items() if not k.startswith(PREFIX)
        }

    @property
    def phase(self) -> str:
        """The question the check-in is waiting for."""
        return self.get("phase", "")

    # --- the record -----------------------------------------------------------------------
    @property
    def check_in(self) -> CheckIn:
        """The check-in being held."""
        wanted = self.get("check_in")
        for item in self.plan.check_ins:
            if item.id == wanted:
                return item
        raise PopError(
            "Deze opvolging is niet meer terug te vinden in het plan.",
            "This check-in can no longer be found in the plan.",
        )

    def current_action(self) -> Action:
        """The action the questions are about now."""
        action = self.plan.action(self.get("action"))
        if action is None:
            raise Invalid(self.tr("Die actie bestaat niet meer.", "That action no longer exists."))
        return action

    def update_for(self, action: Action) -> ActionUpdate:
        """This check-in's record for one action (made on first use)."""
        for update in self.check_in.updates:
            if update.action_id == action.id:
                return update
        update = ActionUpdate(
            action_id=action.id, title=action.title, status=action.status, progress=action.progress
        )
        self.check_in.updates.append(update)
        return update

    def note_adjustment(self, line: str) -> None:
        """Add one line to the check-in's list of adjustments."""
        current = self.check_in.adjustments
        joined = f"{current}\n{line}" if current else line
        self.check_in.adjustments = t.clip_lines(joined)

    def open_actions(self) -> list[Action]:
        """Actions that are neither done nor cancelled."""
        closed = (ActionStatus.done, ActionStatus.cancelled)
        return [a for a in self.plan.actions if a.status not in closed]

    # --- output ---------------------------------------------------------------------------
    def tr(self, nl: str, en: str) -> str:
        """Pick the text in the session's language."""
        return en if self.lang == "en" else nl

    def reply(
        self,
        message: str,
        *,
        choices: list[tuple[str, str]] | None = None,
        widget: Widget | None = None,
        warnings: tuple[str, ...] = (),
        finished: bool = False,
    ) -> Reply:
        """A Reply in the follow-up's shape (step 'overview': the plan is being followed)."""
        picked = tuple(Choice(label=label, value=value) for label, value in choices or [])
        if widget is None:
            widget = Widget.choices if picked else Widget.text
        return Reply(
            message=message,
            step=Step.overview,
            widget=widget,
            choices=picked,
            warnings=warnings,
            saved_version=self.version,
            finished=finished,
        )

    def save(self, final: bool = False, held: date | None = None) -> str | None:
        """Save the plan as a new version at once; returns a warning if that failed."""
        if self.store is None:
            return None
        held = held or self.check_in.held_on or self.today
        note = f"{NOTE} {held.isoformat()}" + ("" if final else " (bezig)")
        try:
            self.version = self.store.save(self.plan, self.version, note)
        except (ConflictError, StorageError) as error:
            # a full disk or a busy database: the answers stay in memory and the next save
            # (after the next answer) takes them all
            return error.message(self.lang)
        return None
