"""The check-in conversation (opvolging) on the conversation kernel.

`CheckInSession(plan, today=..., store=...)`: `start()` opens the check-in that is due (or offers
to resume or discard one left unfinished), `answer(text)` takes the employee's answer and returns
the next `Reply`. Per action still running: status, progress, what went well, obstacles, the
expected return asked again; then the feedback of the leidinggevende or coach, adjustments, and
the next check-in.

Looking never changes anything: the check-in is recorded (held today, saved as a version) only
from the first answer on. After that every answer is saved at once ('opvolging <datum>
(bezig)'); the last one as 'opvolging <datum>'. Textual is never imported here.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Unpack

from dateutil.relativedelta import relativedelta

from pop_assistent.conversation.buttons import press
from pop_assistent.conversation.contract import Choice, Reply, Where, Widget
from pop_assistent.conversation.judge import rejudge, verdict_inputs
from pop_assistent.conversation.kernel import Ledger, light_copy
from pop_assistent.errors import PopError
from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, say
from pop_assistent.language.numbers import bound_numbers
from pop_assistent.model import Action, ActionStatus, ActionUpdate, CheckIn, CheckInCursor, Plan
from pop_assistent.model import label as label_of
from pop_assistent.model.clean import clean_text
from pop_assistent.model.conversation import CursorChanges
from pop_assistent.planning.checkins import DeadlineCheckIn, deadline_check_in
from pop_assistent.storage.base import PlanStore
from pop_assistent.text import answers, squash

from . import lang as language
from . import parse, steps_adjust, steps_goals  # noqa: F401, E402  (they register their questions)
from . import text as t
from .agenda import Agenda, agenda, as_values
from .diff import diff_plans
from .state import NOTE, QUESTIONS, Invalid
from .steps_actions import next_action

DATE_PHASES = ("move_period", "add_period", "next_check_in")
HELP_WORDS = ("help", "hulp", "?")
DISCARD_WORDS = ("weggooien", "gooi weg", "verwijderen", "opnieuw", "discard", "throw away",
                 "start over")  # fmt: skip


class CheckInSession:
    """One check-in, answer by answer; the plan it holds is the single source of truth."""

    def __init__(
        self,
        plan: Plan,
        *,
        today: date,
        lang: Language = SOURCE_LANGUAGE,
        store: PlanStore | None = None,
        base_version: int | None = None,
        country: str = "BE",
        hours_per_day: float = 7.6,
    ) -> None:
        self._ledger = Ledger(plan.model_copy(deep=True), store, base_version, lang)
        self.today = today
        self.lang = lang
        self.country = country
        self.hours_per_day = hours_per_day
        """What a day counts in hours when an amount is given in days ('twee namiddagen')."""
        self.warnings: list[str] = []
        self._answered = False
        self.before: Plan | None = None
        """The plan as it was before this check-in started (for 'what changed')."""

    # --- state ------------------------------------------------------------------------------
    @property
    def plan(self) -> Plan:
        return self._ledger.plan

    @property
    def store(self) -> PlanStore | None:
        return self._ledger.store

    @property
    def version(self) -> int | None:
        return self._ledger.version

    @property
    def cursor(self) -> CheckInCursor:
        """Where the check-in stands (an empty cursor when none is running)."""
        return self.plan.conversation.check_in or CheckInCursor()

    def put(self, **changes: Unpack[CursorChanges]) -> None:
        """Change the cursor (typed for mypy, and validated: a key or value the cursor does not
        know is refused)."""
        merged = {**self.cursor.model_dump(), **changes}
        self.plan.conversation.check_in = CheckInCursor.model_validate(merged)

    @property
    def phase(self) -> str:
        """The question the check-in is waiting for ('' when none is running)."""
        return self.cursor.phase

    @property
    def finished(self) -> bool:
        """True once the check-in has been closed."""
        return self.plan.conversation.check_in is None and self.before is not None

    @property
    def recorded(self) -> bool:
        """True once an answer was given (so the check-in is in the plan and saved)."""
        return self.cursor.answered or self._answered

    @property
    def check_in(self) -> CheckIn:
        """The check-in being held."""
        wanted = self.cursor.check_in_id
        for item in self.plan.check_ins:
            if item.id == wanted:
                return item
        raise PopError(N_("Deze opvolging is niet meer terug te vinden in het plan."))

    def current_action(self) -> Action:
        """The action the questions are about now."""
        action = self.plan.action(self.cursor.action_id)
        if action is None:
            raise Invalid(say(self.lang, N_("Die actie bestaat niet meer.")))
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

    def save(self, final: bool = False, held: date | None = None) -> str | None:
        """Save the plan as a new version at once; returns a warning if that failed."""
        if self.store is None:
            return None
        held = held or self.today
        note = f"{NOTE} {held.isoformat()}" + ("" if final else " (bezig)")
        return self._ledger.save(note)

    # --- starting and resuming ------------------------------------------------------------
    def start(self) -> Reply:
        """Open the due check-in (nothing is saved until the first answer), or offer to resume
        or discard the one left unfinished."""
        if self.phase and self.cursor.answered and self._resumable():
            self.before = self._load_before()
            values = as_values(self.agenda(), self.lang)
            intro = t.render("resume", self.lang, held_on=self.check_in.held_on, **values)
            return self._ask(intro)
        if self.phase and self._resumable():  # opened before and left without an answer
            self.before = self._load_before() or self.plan.model_copy(deep=True)
            return self._ask("")
        self.before = self.plan.model_copy(deep=True)
        check_in = self._due_check_in()
        running = self._queue()
        later = [a for a in self.open_actions() if a.id not in running]
        self.plan.conversation.check_in = CheckInCursor(
            check_in_id=check_in.id,
            queue=running,
            total=len(running),
            base_version=self.version,
        )
        next_action(self)
        intro = t.render(
            "start", self.lang, name=self.plan.employee.name, planned_for=check_in.planned_for,
            held_on=self.today, count=len(running), later=[a.title for a in later],
            **as_values(self.agenda(), self.lang),
        )  # fmt: skip
        return self._ask(intro)

    def agenda(self) -> Agenda:
        """What this check-in opens with: agreed last time, open obstacles, what is late, and
        a check-in before the nearest goal deadline (followup/agenda.py)."""
        return agenda(
            self.plan, self.today, next_check_in=self._regular_next(),
            current=self.cursor.check_in_id, country=self.country,
        )  # fmt: skip

    def _resumable(self) -> bool:
        try:
            return bool(self.check_in.id)
        except PopError:
            return False

    def _load_before(self) -> Plan | None:
        base = self.cursor.base_version
        if self.store is not None and base is not None:
            try:
                return self.store.load(self.plan.id, base).plan
            except PopError:
                return None
        return None

    def _due_check_in(self) -> CheckIn:
        planned = sorted((c for c in self.plan.check_ins if c.pending), key=lambda c: c.planned_for)
        if planned:
            return planned[0]
        check_in = CheckIn(planned_for=self.today)
        self.plan.check_ins = [*self.plan.check_ins, check_in]
        return check_in

    def _queue(self) -> list[str]:
        """Actions worth asking about now: running, or due to have started."""
        soon = self.today + timedelta(days=14)
        return [
            a.id
            for a in self.open_actions()
            if a.status is ActionStatus.in_progress or a.start is None or a.start <= soon
        ]

    # --- answering ------------------------------------------------------------------------
    def answer(self, text: str) -> Reply:
        """Take one answer; save; return the next question (or the closing summary)."""
        phase = self.phase
        if not phase:
            return self.start()
        text = bound_numbers(clean_text(text))  # before any parser converts a 400-digit number
        if squash(text) in HELP_WORDS:
            return self._ask(t.render("help", self.lang))
        if answers.key(text) in DISCARD_WORDS and self.cursor.answered:
            return self._reply(self._discard(), finished=True)
        question = QUESTIONS.get(phase)
        if question is None:  # a question no version of the check-in asks: ask what is due
            self.put(phase="adjust")
            return self._ask("")
        if question.prompt is not None:  # the buttons shown are read by their numbers
            _, shown = question.prompt(self)
            buttons = [Choice(label=label, value=value) for label, value in shown]
            pressed = press(text, buttons, self.lang, question)
            if pressed.refusal:
                return self._ask(pressed.refusal)
            text = pressed.text
        self.warnings = []
        first = not self.cursor.answered
        if first:
            self.check_in.held_on = self.today
            self.put(answered=True)
            self._answered = True
        inputs = verdict_inputs(self.plan)
        try:
            ack = question.answer(self, text) or ""
        except Invalid as problem:
            if first:  # nothing usable was said: the check-in is still not held
                self.check_in.held_on = None
                self.put(answered=False)
                self._answered = False
            return self._ask("", (problem.message,))
        # Verdicts follow the plan: a moved, added, dropped or finished action re-judges
        # Realistisch (hours, cost, the monthly workload) of every goal.
        rejudge(self.plan, inputs, today=self.today, lang=self.lang)
        if self.phase == "done":
            return self._finish(ack)
        warning = self.save()
        if warning:
            self.warnings.append(warning)
        return self._ask(ack, tuple(self.warnings))

    def current(self) -> Reply:
        """The pending question again."""
        if not self.phase:
            return self.start()
        return self._ask("")

    def where(self) -> Where:
        """The place in the check-in a front end shows."""
        title = say(self.lang, N_("Opvolging"))
        return Where(flow="check_in", step="check_in", title=title, question=self.phase)

    def _ask(self, before: str, warnings: tuple[str, ...] = ()) -> Reply:
        question = QUESTIONS.get(self.phase)
        message, choices = question.prompt(self) if question and question.prompt else ("", [])
        text = f"{before}\n\n{message}" if before and message else before or message
        widget = Widget.date if self.phase in DATE_PHASES else None
        return self._reply(text, choices=choices, widget=widget, warnings=warnings)

    def _reply(
        self,
        message: str,
        *,
        choices: list[tuple[str, str]] | None = None,
        widget: Widget | None = None,
        warnings: tuple[str, ...] = (),
        finished: bool = False,
    ) -> Reply:
        picked = tuple(Choice(label=label, value=value) for label, value in choices or [])
        if widget is None:
            widget = Widget.choices if picked else Widget.text
        return Reply(
            message=message,
            where=self.where(),
            widget=widget,
            choices=picked,
            warnings=warnings,
            saved_version=self.version,
            finished=finished,
        )

    # --- an unfinished check-in ----------------------------------------------------------------
    def _discard(self) -> str:
        """Throw the unfinished check-in away: the plan as it was before it (as a new version,
        so nothing is lost), the conversation kept."""
        before = self._load_before()
        check_in_id = self.cursor.check_in_id
        if before is not None:
            kept = self.plan.conversation.model_copy(update={"check_in": None})
            self._ledger.restore(light_copy(before))
            self.plan.conversation = kept
        else:
            for item in self.plan.check_ins:
                if item.id == check_in_id:
                    item.held_on, item.updates = None, []
                    item.went_well = item.obstacles = item.feedback = item.adjustments = ""
            self.plan.conversation.check_in = None
        self.save(final=True)
        return say(
            self.lang,
            N_("De onafgewerkte opvolging is weggegooid; je plan staat weer zoals ervoor."),
        )

    # --- the next check-in and closing ------------------------------------------------------
    def _default_next(self) -> date:
        """The next check-in to propose: the one on the schedule, or one before the nearest
        goal deadline when that comes first."""
        proposal = self._deadline_proposal()
        if proposal is not None and proposal.check_in is not None:
            return proposal.check_in
        return self._regular_next()

    def _deadline_proposal(self) -> DeadlineCheckIn | None:
        return deadline_check_in(self.plan, self.today, self._regular_next(), self.country)

    def _regular_next(self) -> date:
        """The next check-in on the schedule: the next one planned, or the rhythm's."""
        current = self.cursor.check_in_id
        later = [
            c.planned_for
            for c in self.plan.check_ins
            if c.pending and c.planned_for > self.today and c.id != current
        ]
        if later:
            return min(later)
        from pop_assistent.planning.calendar import next_workday

        proposed = self.today + relativedelta(months=self.plan.check_in_every_months)
        return next_workday(proposed, self.country)

    def ask_next_check_in(self) -> tuple[str, list[tuple[str, str]]]:
        proposal = self._default_next()
        reason = self._deadline_proposal()
        because: dict[str, object] = {"goal": "", "deadline": None}
        if reason is not None and reason.check_in == proposal:
            because = {"goal": reason.goal_text, "deadline": reason.deadline}
        ok = say(self.lang, N_("ok"))
        every = say(self.lang, N_("om de drie maanden"))
        message = t.render("next", self.lang, proposal=proposal, **because)
        return message, [(ok, ok), (every, every)]

    def on_next_check_in(self, text: str) -> str:
        months = None if parse.is_yes(text) else language.recurrence_months(text, self.lang)
        if parse.is_yes(text):
            when = self._default_next()
        elif months is not None:
            self.plan.check_in_every_months = months
            when = self.today + relativedelta(months=months)
        else:
            try:
                found = language.point(text, self.today, self.lang)
            except PopError as error:
                raise Invalid(error.message(self.lang)) from error
            if found <= self.today:
                raise Invalid(say(self.lang, N_("De volgende opvolging moet na vandaag liggen.")))
            when = found
        self._plan_next(when)
        self.put(phase="done")
        return ""

    def _plan_next(self, when: date) -> None:
        current = self.check_in.id
        waiting = sorted(
            (c for c in self.plan.check_ins if c.pending and c.id != current),
            key=lambda c: c.planned_for,
        )
        if waiting:
            waiting[0].planned_for = when
        else:
            self.plan.check_ins = [*self.plan.check_ins, CheckIn(planned_for=when)]
        self.put(next=when)

    def _finish(self, ack: str) -> Reply:
        check_in = self.check_in
        self._summarise(check_in)
        when = self.cursor.next
        self.plan.conversation.check_in = None
        warning = self.save(final=True, held=check_in.held_on)
        changes = diff_plans(self.before, self.plan, self.lang) if self.before else []
        titles = {a.id: a.title for a in self.plan.actions}
        updates = [
            {
                "title": titles.get(u.action_id) or u.title or u.action_id,
                "status": label_of(u.status, self.lang),
                "progress": u.progress,
                "extra": f" ({u.progress}%)" if u.status is ActionStatus.in_progress else "",
            }
            for u in check_in.updates
        ]
        message = t.render(
            "done", self.lang, held_on=check_in.held_on, updates=updates, next=when,
            changes=changes, version=self.version,
        )  # fmt: skip
        body = f"{ack}\n\n{message}" if ack else message
        return self._reply(body, warnings=(warning,) if warning else (), finished=True)

    def _summarise(self, check_in: CheckIn) -> None:
        """The check-in's overall 'went well' and 'obstacles', from the answers per action."""

        def lines(attr: str) -> str:
            found = []
            for update in check_in.updates:
                value = getattr(update, attr)
                action = self.plan.action(update.action_id)
                title = action.title if action else update.title or update.action_id
                if value:
                    found.append(f"{title}: {value}")
            return t.clip_lines("\n".join(found))

        check_in.went_well = lines("went_well")
        check_in.obstacles = lines("obstacles")


def _ask_next(s: CheckInSession) -> tuple[str, list[tuple[str, str]]]:
    return s.ask_next_check_in()


def _on_next(s: CheckInSession, text: str) -> str:
    return s.on_next_check_in(text)


QUESTIONS.add("next_check_in", _on_next, prompt=_ask_next)
