"""The walk-through on the conversation kernel: text or a structured answer in, Reply out.

Every change is saved through the store at once (one version per answer); every turn is kept in
plan.conversation.turns, and the pending question in plan.conversation.step/pending, so a new
Engine on the same plan resumes exactly there.

A turn works on the plan itself: before a change the engine keeps a light snapshot (everything
but the turns, which are only ever appended), restores it when the answer cannot be used, and
keeps it for undo. Nothing copies the whole conversation per turn.

`open_session(store, ref)`: a ref that resolves to a plan resumes it; a ref that does not is the
name of a new plan; None starts an unnamed plan whose first question is "Hoe heet je?" (it is
saved as soon as the name is known, with an id made from the name).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from pydantic import ValidationError

from pop_assistent.conversation.buttons import press
from pop_assistent.conversation.contract import Choice, Reply, Where
from pop_assistent.conversation.judge import rejudge, verdict_inputs
from pop_assistent.conversation.kernel import Ledger, Snapshot, light_copy
from pop_assistent.dialogue import edits, notes, parsing
from pop_assistent.dialogue.language_bridge import LanguageBridge
from pop_assistent.dialogue.plans import free_id, open_session
from pop_assistent.dialogue.render import (
    add_coach_note,
    history_note,
    message,
    note_author,
    note_text,
)
from pop_assistent.dialogue.resources import Resources
from pop_assistent.dialogue.session import PLACEHOLDER_NAME, Note, Session
from pop_assistent.dialogue.steps import spec
from pop_assistent.dialogue.types import STEP_ORDER, Step, StructuredAnswer, step_of, step_title
from pop_assistent.errors import ConflictError, PopError, StorageError
from pop_assistent.i18n import SOURCE_LANGUAGE, Language, language_or_source
from pop_assistent.language.numbers import bound_numbers
from pop_assistent.model import CoachNote, Pending, Plan, Skill, SkillRating, Turn, explain
from pop_assistent.model.clean import clean_text
from pop_assistent.planning.workload import Workload, compute
from pop_assistent.storage.base import PlanStore
from pop_assistent.text import answers

MAX_TURN = 1_000_000
CURRENT_GOAL = ":current"
"""add_note's default goal: the one being discussed (None = the whole plan)."""
KEEP_WORDS = {"ok", "oke", "houden", "hou", "laat zo", "zo laten", "klopt", "goed zo", "keep",
              "keep it", "ja", "yes", "bewaren", "laten staan"}  # fmt: skip
"""Answers that keep the stored answer of a revisited question."""
__all__ = ["Engine", "open_session"]


class Engine:
    """One employee's walk-through; front ends call these methods and show the Reply."""

    def __init__(
        self,
        plan: Plan,
        *,
        today: date,
        lang: Language = SOURCE_LANGUAGE,
        store: PlanStore | None = None,
        base_version: int | None = None,
        catalogue_loader: Callable[[], Any] | None = None,
        skills: Sequence[Skill] | None = None,
        coach_mode: bool = False,
        country: str = "BE",
        hours_per_day: float = 7.6,
        legal_in_working_time: bool = True,
    ) -> None:
        self.today = today
        self.lang = language_or_source(lang)
        self.country = country
        self.hours_per_day = hours_per_day
        self.legal_in_working_time = legal_in_working_time
        self._resources = Resources(today, self.lang, catalogue_loader, skills)
        plan = plan.model_copy(deep=True)  # ours from here on: the caller's object stays as it was
        if coach_mode:
            plan.conversation.coach_mode = True
        self._ledger = Ledger(plan, store, base_version, self.lang)
        self._shown: tuple[tuple[str, Pending], tuple[Choice, ...]] | None = None
        """The buttons of the last reply and the question they were shown with."""
        if not plan.conversation.step and plan.goals and plan.actions:
            plan.conversation.step = Step.overview.value  # a finished plan made elsewhere
        s = self._session()
        if not plan.conversation.step or spec(s.step).question(s.q) is None:
            s.go(s.step)

    # -- state ---------------------------------------------------------------------------
    @property
    def plan(self) -> Plan:
        return self._ledger.plan

    @property
    def step(self) -> Step:
        return step_of(self.plan.conversation.step)

    @property
    def version(self) -> int | None:
        return self._ledger.version

    @property
    def coach_mode(self) -> bool:
        return self.plan.conversation.coach_mode

    @coach_mode.setter
    def coach_mode(self, value: bool) -> None:
        self.plan.conversation.coach_mode = value
        self._save(self._session(), history_note(self._session(), "coach"))

    # -- faults --------------------------------------------------------------------------
    @property
    def unsaved(self) -> StorageError | None:
        """Why the last save failed (a full or read-only disk, a busy database), or None.

        Nothing is lost meanwhile: `plan` holds every answer, and the next answer (or
        `retry_save`) saves them all at once as one version.
        """
        return self._ledger.unsaved

    @property
    def conflict(self) -> ConflictError | None:
        """Set once another session saved this plan: from then on this engine is read-only
        (it saves nothing, so nothing is overwritten); what is typed here is still kept in
        `plan.conversation.turns`, for a front end to put in a recovery file."""
        return self._ledger.conflict

    def retry_save(self) -> int | None:
        """Try again to save what a failed save left in memory; the new version, or None
        while it still fails (see `unsaved`)."""
        if self.unsaved is None or self.conflict is not None:
            return None
        return self._save(self._session(), "Opnieuw bewaard na een schijffout")

    def toggle_coach_mode(self) -> Reply:
        s = self._session()
        s.plan.conversation.coach_mode = not s.coach_mode
        s.coach_mode = s.plan.conversation.coach_mode
        s.say("coach_on" if s.coach_mode else "coach_off", template="common_notes")
        return self._finish(s, save_note=history_note(s, "coach"))

    def _session(self) -> Session:
        plan = self.plan
        version = self._ledger.version
        store = self._ledger.store
        return Session(
            plan=plan,
            today=self.today,
            lang=self.lang,
            coach_mode=plan.conversation.coach_mode,
            country=self.country,
            resources=self._resources,
            language=LanguageBridge(self.today, self.lang),
            hours_per_day=self.hours_per_day,
            legal_in_working_time=self.legal_in_working_time,
            next_version=(version or 0) + 1 if store is not None else None,
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
        'overslaan', 'wijzig doel 2', 'schrap actie 1') or the answer to the pending question."""
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
        if self.conflict is not None:
            return self._read_only(self._begin(typed))
        s = self._begin(typed)
        if cmd is None:
            return self._apply(s, lambda: self._handle(s, text))
        if cmd.name == "help":
            s.say("help", template="common_notes")
            return self._finish(s, save_note=history_note(s, "answer"))
        if cmd.name == "skip":
            return self._apply(s, lambda: self._skip(s), kind="skip")
        if cmd.name == "back":
            return self._apply(s, lambda: self._back(s), kind="back")
        if cmd.name in ("edit", "drop", "move", "unclear_edit"):
            return self._apply(s, lambda: edits.run(s, cmd), kind="edit")
        if cmd.name == "goto" and cmd.step is not None:
            target = cmd.step
        else:
            target = STEP_ORDER[max(0, STEP_ORDER.index(s.step) - 1)]
        return self._apply(s, lambda: self._go(s, target), kind="goto")

    def _handle(self, s: Session, text: str) -> None:
        """The pending question takes the answer (a revisited one keeps its answer on 'ok')."""
        step = spec(s.step)
        question = step.question(s.q)
        if question is None:
            step.enter(s)
            return
        shown = self._buttons_shown(s)
        said = answers.key(text)
        if (
            s.pending.revisit
            and question.stored is not None
            and said in KEEP_WORDS
            and not any(answers.key(c.value) == said for c in shown)  # 'ja' on a 'Ja' button
        ):
            self._skip(s)
            return
        pressed = press(text, shown, s.lang, question)
        if pressed.refusal:
            s.say("plain", template="common_notes", sentence=pressed.refusal)
            return
        question.answer(s, pressed.text)

    def _buttons_shown(self, s: Session) -> tuple[Choice, ...]:
        """The buttons of the reply the person answers: those of the last reply when it showed
        this question, else the question's own (a resumed plan)."""
        here = (s.plan.conversation.step, s.plan.conversation.pending)
        if self._shown is not None and self._shown[0] == here:
            return self._shown[1]
        scratch = self._session()
        spec(scratch.step).context(scratch)
        return scratch.choices

    def _skip(self, s: Session) -> None:
        step = spec(s.step)
        question = step.question(s.q)
        if question is not None and question.skip is not None:
            question.skip(s)
        else:
            step.skip(s)

    def _back(self, s: Session) -> None:
        """'terug': the previous question, showing the stored answer and offering to keep it."""
        conversation = s.plan.conversation
        while conversation.back:
            position = conversation.back[-1]
            conversation.back = conversation.back[:-1]
            here = conversation.pending.model_copy(update={"revisit": False})
            if position.step != conversation.step or position.pending != here:
                conversation.step = position.step
                conversation.pending = position.pending.model_copy(update={"revisit": True})
                return
        if s.step != STEP_ORDER[0]:  # nothing asked before here: the previous step
            self._go(s, STEP_ORDER[STEP_ORDER.index(s.step) - 1])
        else:
            s.say("back_nothing", template="common_notes")

    def answer_structured(self, answer: StructuredAnswer) -> Reply:
        s = self._begin(None)
        handler = spec(s.step).structured
        if handler is None:
            s.say("not_here", template="common_notes")
            return self._reply(s, saved=None)
        accepted: list[bool] = []
        reply = self._apply(s, lambda: accepted.append(handler(s, answer)))
        if accepted and not accepted[0]:
            s = self._session()
            s.say("not_here", template="common_notes")
            return self._reply(s, saved=None)
        return reply

    def go_to(self, step: Step) -> Reply:
        s = self._begin(None)
        return self._apply(s, lambda: self._go(s, step), kind="goto")

    def _go(self, s: Session, step: Step) -> None:
        s.go(step)
        s.notes.insert(0, Note("common_notes", "went_to", {}))

    def undo(self, typed: str | None = None) -> Reply:
        """Undo the last change: the plan as it was before it, saved as a new version.
        The turns are kept (nothing said is lost); after a resume the store's history is used."""
        if self.conflict is not None:  # read-only: undo changes nothing either
            s = self._session()
            if typed:
                self._record(s, "employee", typed)
            return self._read_only(s)
        restored = self._ledger.undo()
        if restored is None:
            s = self._session()
            if typed:
                self._record(s, "employee", typed)
            s.say("nothing_to_undo", template="common_notes")
            return self._finish(s, save_note=history_note(s, "answer"))
        s = self._session()
        if typed:
            self._record(s, "employee", typed)
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
        self._ledger.checkpoint()
        add_coach_note(s, text, goal_id, private, author.strip() or None, self.today)
        return self._finish(s, save_note=history_note(s, "note"), question=False)

    def note_rows(self, shared: bool = False) -> list[notes.NoteRow]:
        """The plan's notes as a front end lists them, with what the person at the keyboard
        may do with each (`shared`: the plan is in the shared store)."""
        me = note_author(self.plan, self.coach_mode)
        return notes.note_rows(self.plan, self.lang, me, shared)

    def edit_note(self, note_id: str, text: str, *, shared: bool = False) -> Reply:
        """Rewrite one's own note (a new version); someone else's note, or any note in the
        shared store (`shared`), is refused with a sentence (dialogue/notes.py)."""
        s = self._session()
        me = note_author(s.plan, s.coach_mode)
        return self._change_notes(s, lambda: notes.edited(s.plan, note_id, text, me, shared),
                                  "note_changed")  # fmt: skip

    def remove_note(self, note_id: str, *, shared: bool = False) -> Reply:
        """Remove a note from this plan (a new version: the one before keeps it); refused with
        a sentence in the shared store."""
        s = self._session()
        me = note_author(s.plan, s.coach_mode)
        return self._change_notes(s, lambda: notes.removed(s.plan, note_id, me, shared),
                                  "note_removed")  # fmt: skip

    def _change_notes(
        self, s: Session, change: Callable[[], tuple[list[CoachNote], int]], said: str
    ) -> Reply:
        try:
            kept, number = change()
        except PopError as error:
            s.say("note_refused", template="common_notes", reason=error.message(self.lang))
            return self._reply(s, saved=None)
        self._ledger.checkpoint()
        s.plan.coach_notes = kept
        s.say(said, template="common_notes", number=number)
        return self._finish(s, save_note=history_note(s, said), question=False)

    def current_goal_id(self) -> str | None:
        """The goal the conversation is about now (for a note's default), or None."""
        goal_id = self.plan.conversation.pending.goal_id
        return goal_id if goal_id and self.plan.goal(goal_id) is not None else None

    def set_language(self, lang: Language) -> Reply:
        self.lang = language_or_source(lang)
        self._resources.lang = self.lang
        self._ledger.lang = self.lang
        s = self._session()
        s.plan.employee.language = self.lang
        s.say("language_set", template="common_notes")
        return self._finish(s, save_note=history_note(s, "language"))

    def suggested_skills(self) -> list[SkillRating]:
        """The role profile's skills not yet in the plan, wanted level = the level it needs."""
        from pop_assistent.dialogue.steps.self_assessment import suggestions

        return suggestions(self._session())

    def where(self) -> Where:
        """The place in the walk-through a front end shows."""
        step = self.step
        return Where(
            flow="walk_through",
            step=step.value,
            title=step_title(step, self.lang),
            number=STEP_ORDER.index(step) + 1,
            count=len(STEP_ORDER),
            question=self.plan.conversation.pending.question,
        )

    # -- catalogue and planning --------------------------------------------------------------
    def search_catalogue(self, query: str, **filters: object) -> list[Any]:
        return self._resources.search(query, **filters)

    def recommendations(self, goal_id: str | None = None) -> list[Any]:
        goal = self.plan.goal(goal_id) if goal_id else None
        return self._resources.recommend(self.plan, goal)

    def workload(self) -> Workload:
        return compute(self.plan, self.today, self.legal_in_working_time)

    # -- internals ---------------------------------------------------------------------------
    def _record(self, s: Session, speaker: str, text: str) -> None:
        turn = Turn(speaker=speaker, text=text[:MAX_TURN], step=s.step.value)
        s.plan.conversation.turns.append(turn)  # appended in place: never copied

    def _begin(self, text: str | None) -> Session:
        s = self._session()
        if text is not None:
            self._record(s, "employee", text)
        return s

    def _apply(self, s: Session, change: Callable[[], None], kind: str = "answer") -> Reply:
        answered = history_note(s, kind)  # names the question answered, before it moves on
        before = light_copy(self.plan)
        inputs = verdict_inputs(self.plan)
        try:
            change()
            self._ledger.validate()
        except ValidationError as error:
            return self._refuse(s, before, " ".join(explain(error, self.lang)))
        except PopError as error:
            return self._refuse(s, before, error.message(self.lang))
        self._ledger.push(before)
        # Verdicts follow the plan: a moved or removed course re-judges every goal's workload.
        rejudge(self.plan, inputs, today=self.today, lang=self.lang,
                skills=lambda: self._resources.skills,
                legal_in_working_time=self.legal_in_working_time)  # fmt: skip
        return self._finish(s, save_note=answered)

    def _refuse(self, s: Session, before: Snapshot, reason: str) -> Reply:
        """The answer could not be used: back to the plan as it was, keep the words, say why."""
        self._ledger.restore(before)
        keep = self._session()
        keep.say("invalid", template="common_notes", reason=reason)
        return self._finish(keep, save_note=history_note(keep, "refused"))

    def _finish(self, s: Session, save_note: str, question: bool = True) -> Reply:
        if self.conflict is not None:
            return self._read_only(s)
        text = message(s, question=question)
        self._record(s, "assistant", text)
        saved = self._save(s, save_note)
        if self.conflict is not None:
            text = message(s, question=False)  # read-only from here: no question to answer
        return self._reply(s, saved=saved, text=text)

    def _read_only(self, s: Session) -> Reply:
        """After a conflict: change nothing, but keep every word typed (in the turns)."""
        return self._reply(s, saved=None)

    def _save(self, s: Session, note: str) -> int | None:
        if self._ledger.store is None or self.plan.employee.name == PLACEHOLDER_NAME:
            return None
        if self._ledger.version is None:
            try:
                self.plan.id = free_id(self._ledger.store, self.plan)
            except StorageError as error:
                self._ledger.unsaved = error
                s.warnings.append(error.message(self.lang))
                return None
        warning = self._ledger.save(note)
        if warning:
            s.warnings.append(warning)
            return None
        return self._ledger.version

    def _reply(self, s: Session, saved: int | None, text: str | None = None) -> Reply:
        text = text if text is not None else message(s, question=self.conflict is None)
        extra = []
        if self.conflict is not None:
            extra.append(note_text(s, "common_notes", "conflict", {"plan": self.plan.id}))
        elif s.warnings:
            extra.append(note_text(s, "common_notes", "unsaved", {}))
        if extra:
            text = "\n\n".join([*extra, text])
        finished = s.step == Step.overview and s.q == "done"
        conversation = s.plan.conversation
        self._shown = ((conversation.step, conversation.pending.model_copy()), s.choices)
        return Reply(
            message=clean_text(text),  # it may quote a name given in a structured answer
            where=self.where(),
            widget=s.widget,
            choices=s.choices,
            warnings=tuple(s.warnings),
            saved_version=saved,
            finished=finished,
            instruction=s.instruction,
        )
