"""The conversation screen's start when `pop` names no plan (see dialogue/start.py): the one
plan in progress is resumed and the first message says so; otherwise the first screen asks
which one (one's own, shared with one, examples; buttons with the plan names and last-changed
days, and "een nieuw plan"). A plan someone shared with this login opens in review mode."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.screen import Screen

from pop_assistent.i18n import Language
from pop_assistent.tui.widgets.chat_log import ChatLog
from pop_assistent.tui.widgets.choice_bar import ChoiceBar

if TYPE_CHECKING:
    from datetime import date

    from pop_assistent.config import Settings
    from pop_assistent.dialogue.review import Review
    from pop_assistent.storage.base import PlanStore, PlanSummary


class StartPicker(Screen[None]):
    """Mixed into the conversation screen; needs `plan_ref`, `fresh`, `coach_mode`, `lang`."""

    plan_ref: str | None
    today: date
    settings: Settings
    fresh: bool
    coach_mode: bool
    lang: Language
    _queued: list[str]
    _picking: tuple[PlanSummary, ...] | None = None
    _resumed: PlanSummary | None = None

    def start_ref(self, store: PlanStore) -> tuple[bool, str | None]:
        """In the session worker: (go on, the plan ref to open). Without a named plan the one
        plan in the store is resumed; with several the screen asks first (go on is False)."""
        if self.plan_ref is not None or self.fresh:
            return True, self.plan_ref  # coach mode picks too: it used to start a new plan
        from pop_assistent.dialogue.start import choose_start

        start = choose_start(store)
        if start.several:
            plans, follow_up = self.coach_order(store, start.several)
            self.app.call_from_thread(self.ask_which_plan, plans, follow_up)
            return False, None
        self._resumed = start.resume
        if start.resume is not None:
            self.plan_ref = start.resume.plan_id  # a reopened session opens the same plan
        return True, self.plan_ref

    def review_shared(self, store: PlanStore, ref: str) -> bool:
        """In the session worker: when `ref` is a plan someone shared with this login, open it
        in review mode (read-only; dialogue/review.py) and say True."""
        from pop_assistent.dialogue.review import open_review
        from pop_assistent.errors import PlanNotFoundError

        try:
            review = open_review(store, ref, today=self.today, lang=self.lang,
                                 country=self.settings.country)  # fmt: skip
        except PlanNotFoundError:
            return False  # a new plan with that name: the conversation starts it
        if review is None:
            return False
        self.app.call_from_thread(self.show_review, review)
        return True

    def show_review(self, review: Review) -> None:
        """Review mode on top of this screen; back from it, the list of plans again."""
        from pop_assistent.tui.screens.review import ReviewScreen

        def back(_: None) -> None:
            self.plan_ref = None  # the list again (a shared plan always asks first)
            self.open_engine()

        self.app.push_screen(ReviewScreen(review), back)

    def resumed_note(self) -> str | None:
        """The note for the first message when a plan was resumed without being named."""
        if self._resumed is None:
            return None
        from pop_assistent.dialogue.start import resumed_note

        note, self._resumed = resumed_note(self._resumed, self.lang), None
        return note

    def coach_order(
        self, store: PlanStore, plans: tuple[PlanSummary, ...]
    ) -> tuple[tuple[PlanSummary, ...], dict[str, str]]:
        """In the session worker: the plans shared with this login most urgent first, each with
        where its follow-up stands (as `pop coach` ranks them)."""
        from pop_assistent.dialogue.start import SHARED, kind, most_urgent_first

        if not any(kind(p) == SHARED for p in plans):
            return plans, {}
        from pop_assistent.followup.overview import coach_overview

        ids = {p.plan_id for p in plans if kind(p) == SHARED}
        shared = [plan for plan in store.latest_plans() if plan.id in ids]
        rows = coach_overview(shared, self.today, self.lang, self.settings.country)
        return most_urgent_first(plans, [(row.plan_id, row.rank_reason) for row in rows])

    def ask_which_plan(
        self, plans: tuple[PlanSummary, ...], follow_up: dict[str, str] | None = None
    ) -> None:
        """Several plans: ask which one before the conversation starts."""
        from textual.content import Content
        from textual.widgets import Static

        from pop_assistent.dialogue.start import pick_choices, pick_hint, pick_question

        self._picking = plans
        self.query_one(ChatLog).add_assistant(pick_question(plans, self.lang, follow_up))
        self.query_one(ChoiceBar).show(pick_choices(plans, self.lang), [])
        if len(plans) > 4:  # a long list: what to type stays in view under it
            pinned = self.query_one("#instruction", Static)
            pinned.update(Content(pick_hint(self.lang, len(plans))))
            pinned.set_class(False, "-empty")
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
        self.query_one("#instruction").set_class(True, "-empty")
        if picked == NEW:
            self.fresh = True
        else:
            self.plan_ref = picked
        self.open_engine()
        return True

    if TYPE_CHECKING:

        def open_engine(self, *args: Any, **kwargs: Any) -> Any: ...  # the session worker
