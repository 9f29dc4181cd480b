"""The conversation screen's start when `pop` names no plan (see dialogue/start.py): the one
plan in progress is resumed and the first message says so; with several, the first screen asks
which one (buttons with the plan names and last-changed days, and "een nieuw plan")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.screen import Screen

from pop_assistent.tui.widgets.chat_log import ChatLog
from pop_assistent.tui.widgets.choice_bar import ChoiceBar

if TYPE_CHECKING:
    from pop_assistent.storage.base import PlanStore, PlanSummary


class StartPicker(Screen[None]):
    """Mixed into the conversation screen; needs `plan_ref`, `fresh`, `coach_mode`, `lang`."""

    plan_ref: str | None
    fresh: bool
    coach_mode: bool
    lang: str
    _queued: list[str]
    _picking: tuple[PlanSummary, ...] | None = None
    _resumed: PlanSummary | None = None

    def start_ref(self, store: PlanStore) -> tuple[bool, str | None]:
        """In the session worker: (go on, the plan ref to open). Without a named plan the one
        plan in the store is resumed; with several the screen asks first (go on is False)."""
        if self.plan_ref is not None or self.fresh or self.coach_mode:
            return True, self.plan_ref
        from pop_assistent.dialogue.start import choose_start

        start = choose_start(store)
        if start.several:
            self.app.call_from_thread(self.ask_which_plan, start.several)
            return False, None
        self._resumed = start.resume
        if start.resume is not None:
            self.plan_ref = start.resume.plan_id  # a reopened session opens the same plan
        return True, self.plan_ref

    def resumed_note(self) -> str | None:
        """The note for the first message when a plan was resumed without being named."""
        if self._resumed is None:
            return None
        from pop_assistent.dialogue.start import resumed_note

        note, self._resumed = resumed_note(self._resumed, self.lang), None
        return note

    def ask_which_plan(self, plans: tuple[PlanSummary, ...]) -> None:
        """Several plans: ask which one before the conversation starts."""
        from pop_assistent.dialogue.start import pick_choices, pick_question

        self._picking = plans
        self.drop_first_words()
        self.query_one(ChatLog).add_assistant(pick_question(plans, self.lang))
        self.query_one(ChoiceBar).show(pick_choices(plans, self.lang), [])
        queued, self._queued = self._queued, []
        if queued:  # typed before the question showed: it answers the question, not the plan
            self.take_pick(queued[-1])

    def take_pick(self, text: str) -> bool:
        """An answer while the plan is being picked: open the plan (or a new one) and say
        True; False when no plan is being picked."""
        plans = self._picking
        if plans is None:
            return False
        from pop_assistent.dialogue.start import NEW, pick_again, read_pick

        picked = read_pick(text, plans)
        if picked is None:
            self.query_one(ChatLog).add_assistant(pick_again(self.lang, len(plans)))
            return True
        self._picking = None
        self.query_one(ChoiceBar).show((), [])
        if picked == NEW:
            self.fresh = True
        else:
            self.plan_ref = picked
        self.open_engine()
        return True

    if TYPE_CHECKING:

        def open_engine(self, *args: Any, **kwargs: Any) -> Any: ...  # the session worker

        def drop_first_words(self) -> None: ...
