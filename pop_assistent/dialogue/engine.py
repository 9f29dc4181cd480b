"""The conversation as a headless state machine: text or a structured answer in, Reply out.

Every change is saved through the store at once (one version per answer); every turn is kept in
plan.conversation.turns, and the pending sub-question in plan.conversation.step/pending, so a
new Engine on the same plan resumes exactly there.

`open_session(store, ref)`: a ref that resolves to a plan resumes it; a ref that does not is the
name of a new plan; None starts an unnamed plan whose first question is "Hoe heet je?" (it is
saved as soon as the name is known, with an id made from the name).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from pydantic import ValidationError

from pop_assistent.dialogue import parsing
from pop_assistent.dialogue.language_bridge import LanguageBridge
from pop_assistent.dialogue.plans import free_id, open_session
from pop_assistent.dialogue.render import add_coach_note, history_note, message, note_text
from pop_assistent.dialogue.resources import Resources
from pop_assistent.dialogue.session import KEEP_PREFIXES, PLACEHOLDER_NAME, Note, Session
from pop_assistent.dialogue.steps import module
from pop_assistent.dialogue.types import STEP_ORDER, Reply, Step, StructuredAnswer
from pop_assistent.errors import ConflictError, PopError, StorageError
from pop_assistent.language.numbers import bound_numbers
from pop_assistent.model import Plan, Skill, SkillRating, Turn, explain
from pop_assistent.model.clean import clean_text
from pop_assistent.planning.workload import Workload, compute
from pop_assistent.storage.base import PlanStore

MAX_TURN = 1_000_000
CURRENT_GOAL = ":current"
"""add_note's default goal: the one being discussed (None = the whole plan)."""
__all__ = ["Engine", "open_session"]


class Engine:
    """One employee's walk-through; front ends call these methods and show the Reply."""

    def __init__(
        self,
        plan: Plan,
        *,
        today: date,
        lang: str = "nl",
        store: PlanStore | None = None,
        base_version: int | None = None,
        catalogue_loader: Callable[[], Any] | None = None,
        skills: Sequence[Skill] | None = None,
        coach_mode: bool = False,
        country: str = "BE",
    ) -> None:
        self.today = today
        self.lang = "en" if lang == "en" else "nl"
        self.country = country
        self._store = store
        self._version = base_version
        self._unsaved: StorageError | None = None
        self._conflict: ConflictError | None = None
        self._resources = Resources(today, self.lang, catalogue_loader, skills)
        self._undo: list[Plan] = []
        plan = plan.model_copy(deep=True)
        if coach_mode:
            plan.conversation.coach_mode = True
        self._plan = plan
        if not plan.conversation.step and plan.goals and plan.actions:
            plan.conversation.step = Step.overview.value  # a finished plan made elsewhere
        if not plan.conversation.step or "q" not in plan.conversation.pending:
            s = self._session()
            s.go(s.step)
            self._plan = s.plan

    # -- state ---------------------------------------------------------------------------
    @property
    def plan(self) -> Plan:
        return self._plan

    @property
    def step(self) -> Step:
        return self._session().step

    @property
    def version(self) -> int | None:
        return self._version

    @property
    def coach_mode(self) -> bool:
        return self._plan.conversation.coach_mode

    @coach_mode.setter
    def coach_mode(self, value: bool) -> None:
        s = self._session()
        s.plan.conversation.coach_mode = value
        self._plan = s.plan
        self._save(s, history_note(s, "coach"))

    # -- faults --------------------------------------------------------------------------
    @property
    def unsaved(self) -> StorageError | None:
        """Why the last save failed (a full or read-only disk, a busy database), or None.

        Nothing is lost meanwhile: `plan` holds every answer, and the next answer (or
        `retry_save`) saves them all at once as one version.
        """
        return self._unsaved

    @property
    def conflict(self) -> ConflictError | None:
        """Set once another session saved this plan: from then on this engine is read-only
        (it saves nothing, so nothing is overwritten); what is typed here is still kept in
        `plan.conversation.turns`, for a front end to put in a recovery file."""
        return self._conflict

    def retry_save(self) -> int | None:
        """Try again to save what a failed save left in memory; the new version, or None
        while it still fails (see `unsaved`)."""
        if self._unsaved is None or self._conflict is not None:
            return None
        return self._save(self._session(), "Opnieuw bewaard na een schijffout")

    def toggle_coach_mode(self) -> Reply:
        s = self._session()
        s.plan.conversation.coach_mode = not s.coach_mode
        s.coach_mode = s.plan.conversation.coach_mode
        s.say("coach_on" if s.coach_mode else "coach_off", template="common_notes")
        return self._finish(s, save_note=history_note(s, "coach"))

    def _session(self, plan: Plan | None = None) -> Session:
        plan = (plan or self._plan).model_copy(deep=True)
        return Session(
            plan=plan,
            today=self.today,
            lang=self.lang,
            coach_mode=plan.conversation.coach_mode,
            country=self.country,
            resources=self._resources,
            language=LanguageBridge(self.today, self.lang),
        )

    # -- conversation ----------------------------------------------------------------------
    def start(self) -> Reply:
        """The greeting for a new plan, or 'welkom terug' and the pending question."""
        s = self._session()
        turns = s.plan.conversation.turns
        resumed = any(t.speaker == "employee" for t in turns) or bool(s.plan.goals)
        s.say("welcome_back" if resumed else "hello", template="common_notes")
        return self._reply(s, saved=None)

    def current(self) -> Reply:
        return self._reply(self._session(), saved=None)

    def answer(self, text: str) -> Reply:
        """A typed answer: a command ('terug', 'ongedaan maken', 'ga naar doelen', 'help',
        'overslaan') or the answer to the pending question."""
        if not text.strip():
            s = self._session()
            s.say("empty", template="common_notes")
            return self._reply(s, saved=None)
        # Clean once at the door (model/clean.py); numbers bounded for the parsers only, the
        # turn keeps what was typed.
        typed = clean_text(text)
        text = bound_numbers(typed)
        cmd = parsing.command(text)
        if cmd is not None and cmd.name == "undo":
            return self.undo(typed=typed)
        s = self._begin(typed)
        if cmd is None:
            return self._apply(s, lambda: module(s.step).handle(s, text))
        if cmd.name == "help":
            s.say("help", template="common_notes")
            return self._reply(s, saved=None)
        if cmd.name == "skip":
            return self._apply(s, lambda: module(s.step).skip(s), kind="skip")
        target = cmd.step if cmd.step else STEP_ORDER[max(0, STEP_ORDER.index(s.step) - 1)]
        return self._apply(s, lambda: self._go(s, target), kind="goto")

    def answer_structured(self, answer: StructuredAnswer) -> Reply:
        s = self._begin(None)
        handler = getattr(module(s.step), "structured", None)
        if handler is None or not handler(s, answer):
            s.say("not_here", template="common_notes")
            return self._reply(s, saved=None)
        return self._apply(s, lambda: None)

    def go_to(self, step: Step) -> Reply:
        s = self._begin(None)
        return self._apply(s, lambda: self._go(s, step), kind="goto")

    def _go(self, s: Session, step: Step) -> None:
        s.go(step)
        s.notes.insert(0, Note("common_notes", "went_to", {}))

    def undo(self, typed: str | None = None) -> Reply:
        """Undo the last answer: the plan as it was before it, saved as a new version.
        The turns are kept (nothing said is lost); after a resume the store's history is used."""
        previous: Plan | None = self._undo.pop() if self._undo else None
        marker = self._plan.conversation.pending.get("undo_version", "")
        if previous is None and self._store is not None and marker.isdigit():
            try:
                previous = self._store.load(self._plan.id, int(marker)).plan
            except PopError:
                previous = None
        s = self._session(previous)
        if previous is None:
            s.say("nothing_to_undo", template="common_notes")
            return self._reply(s, saved=None)
        s.plan.conversation.turns = list(self._plan.conversation.turns)
        theirs = {
            k: v for k, v in self._plan.conversation.pending.items() if k.startswith(KEEP_PREFIXES)
        }
        mine = {k: v for k, v in s.pending.items() if not k.startswith(KEEP_PREFIXES)}
        s.plan.conversation.pending = {**mine, **theirs}  # the check-in's cursor is not ours
        if typed:
            s.plan.conversation.turns.append(Turn(speaker="employee", text=typed, step=s.step))
        s.say("undone", template="common_notes")
        return self._finish(s, save_note=history_note(s, "undo"))

    def add_note(
        self,
        text: str,
        *,
        goal_id: str | None = CURRENT_GOAL,
        private: bool = False,
        author: str = "",
    ) -> Reply:
        """A note, by default on the goal being discussed and by the coach (coach mode) or the
        employee; private ones stay out of anything shared. The reply only acknowledges it."""
        s = self._session()
        if not text.strip():
            s.say("empty", template="common_notes")
            return self._reply(s, saved=None)
        if goal_id == CURRENT_GOAL:
            goal_id = self.current_goal_id()
        if goal_id is not None and s.plan.goal(goal_id) is None:
            s.say("unknown_goal", template="common_notes")
            return self._reply(s, saved=None)
        add_coach_note(s, text, goal_id, private, author.strip() or None, self.today)
        return self._finish(s, save_note=history_note(s, "note"), question=False)

    def current_goal_id(self) -> str | None:
        """The goal the conversation is about now (for a note's default), or None."""
        goal_id = self._plan.conversation.pending.get("goal_id")
        return goal_id if goal_id and self._plan.goal(goal_id) is not None else None

    def set_language(self, lang: str) -> Reply:
        self.lang = "en" if lang == "en" else "nl"
        self._resources.lang = self.lang
        s = self._session()
        s.plan.employee.language = self.lang
        s.say("language_set", template="common_notes")
        return self._finish(s, save_note=history_note(s, "language"))

    def suggested_skills(self) -> list[SkillRating]:
        """The role profile's skills not yet in the plan, wanted level = the level it needs."""
        from pop_assistent.dialogue.steps.self_assessment import suggestions

        return suggestions(self._session())

    # -- catalogue and planning --------------------------------------------------------------
    def search_catalogue(self, query: str, **filters: object) -> list[Any]:
        return self._resources.search(query, **filters)

    def recommendations(self, goal_id: str | None = None) -> list[Any]:
        goal = self._plan.goal(goal_id) if goal_id else None
        return self._resources.recommend(self._plan, goal)

    def workload(self) -> Workload:
        return compute(self._plan, self.today)

    # -- internals ---------------------------------------------------------------------------
    def _begin(self, text: str | None) -> Session:
        s = self._session()
        if text is not None:
            turn = Turn(speaker="employee", text=text[:MAX_TURN], step=s.step.value)
            s.plan.conversation.turns = [*s.plan.conversation.turns, turn]
        return s

    def _apply(self, s: Session, change: Callable[[], None], kind: str = "answer") -> Reply:
        before = self._plan.model_copy(deep=True)
        answered = history_note(s, kind)  # names the question answered, before it moves on
        if self._version is not None:
            s.pending["undo_version"] = str(self._version)
        try:
            change()
            s.plan = Plan.model_validate(s.plan.model_dump())
        except ValidationError as error:
            return self._refuse(s, " ".join(explain(error, self.lang)))
        except PopError as error:
            return self._refuse(s, error.message(self.lang))
        self._undo.append(before)
        return self._finish(s, save_note=answered)

    def _refuse(self, s: Session, reason: str) -> Reply:
        """The answer could not be used: keep the plan, record the words, say why."""
        keep = self._session()
        keep.plan.conversation.turns = s.plan.conversation.turns
        keep.say("invalid", template="common_notes", reason=reason)
        return self._finish(keep, save_note=history_note(keep, "refused"))

    def _finish(self, s: Session, save_note: str, question: bool = True) -> Reply:
        if self._conflict is not None:
            return self._read_only(s)
        text = message(s, question=question)
        turn = Turn(speaker="assistant", text=text[:MAX_TURN], step=s.step.value)
        s.plan.conversation.turns = [*s.plan.conversation.turns, turn]
        self._plan = s.plan
        saved = self._save(s, save_note)
        if self._conflict is not None:
            text = message(s, question=False)  # read-only from here: no question to answer
        return self._reply(s, saved=saved, text=text)

    def _save(self, s: Session, note: str) -> int | None:
        if self._store is None or self._plan.employee.name == PLACEHOLDER_NAME:
            return None
        try:
            if self._version is None:
                self._plan.id = free_id(self._store, self._plan)
            self._version = self._store.save(self._plan, self._version, note=note)
        except ConflictError as error:
            self._conflict = error
            s.warnings.append(error.message(self.lang))
            return None
        except StorageError as error:
            self._unsaved = error
            s.warnings.append(error.message(self.lang))
            return None
        self._unsaved = None
        return self._version

    def _read_only(self, s: Session) -> Reply:
        """After a conflict: change nothing, but keep every word typed in the turns."""
        known = len(self._plan.conversation.turns)
        typed = [t for t in s.plan.conversation.turns[known:] if t.speaker != "assistant"]
        keep = self._session()
        keep.plan.conversation.turns = [*keep.plan.conversation.turns, *typed]
        self._plan = keep.plan
        return self._reply(keep, saved=None)

    def _reply(self, s: Session, saved: int | None, text: str | None = None) -> Reply:
        text = text if text is not None else message(s, question=self._conflict is None)
        extra = []
        if self._conflict is not None:
            extra.append(note_text(s, "common_notes", "conflict", {"plan": self._plan.id}))
        elif s.warnings:
            extra.append(note_text(s, "common_notes", "unsaved", {}))
        if extra:
            text = "\n\n".join([*extra, text])
        finished = s.step == Step.overview and s.q == "done"
        return Reply(
            message=clean_text(text),  # it may quote a name given in a structured answer
            step=s.step,
            widget=s.widget,
            choices=s.choices,
            warnings=tuple(s.warnings),
            saved_version=saved,
            finished=finished,
        )
