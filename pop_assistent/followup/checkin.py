"""The check-in conversation (opvolging) as a pure state machine.

`CheckInSession(plan, today=..., store=...)`: `start()` opens the check-in that is due (or
resumes the one in progress), `answer(text)` takes the employee's answer and returns the next
`Reply`. Per action still running: status, progress, what went well, obstacles, the expected
return asked again; then the feedback of the leidinggevende or coach, adjustments, and the
next check-in. Every answer is saved at once as a new version ('opvolging <datum> (bezig)');
the last one is saved as 'opvolging <datum>'. Textual is never imported here.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from pop_assistent.dialogue.types import Reply, Widget
from pop_assistent.errors import PopError
from pop_assistent.language.numbers import bound_numbers
from pop_assistent.model import ActionStatus, CheckIn, Plan, label
from pop_assistent.model.clean import clean_text
from pop_assistent.storage.base import PlanStore

from . import lang as language
from . import parse
from . import text as t
from .diff import diff_plans
from .state import Invalid
from .steps_actions import ActionSteps
from .steps_adjust import AdjustSteps
from .steps_goals import GoalSteps

DATE_PHASES = ("move_period", "add_period", "next_check_in")
HELP_WORDS = ("help", "hulp", "?")


class CheckInSession(ActionSteps, AdjustSteps, GoalSteps):
    """One check-in, answer by answer; the plan it holds is the single source of truth."""

    def __init__(
        self,
        plan: Plan,
        *,
        today: date,
        lang: str = "nl",
        store: PlanStore | None = None,
        base_version: int | None = None,
        country: str = "BE",
    ) -> None:
        self.plan = plan.model_copy(deep=True)
        self.today = today
        self.lang = "en" if lang == "en" else "nl"
        self.store = store
        self.version = base_version
        self.country = country
        self.warnings = []
        self.before: Plan | None = None
        """The plan as it was before this check-in started (for 'what changed')."""

    @property
    def finished(self) -> bool:
        """True once the check-in has been closed."""
        return self.phase == "" and self.before is not None

    # --- starting and resuming ------------------------------------------------------------
    def start(self) -> Reply:
        """Open the due check-in, or resume the one in progress."""
        if self.phase and self._resumable():
            self.before = self._load_before()
            intro = t.render("resume", self.lang, held_on=self.check_in.held_on)
            return self._ask(intro)
        self.before = self.plan.model_copy(deep=True)
        check_in = self._due_check_in()
        check_in.held_on = self.today
        running = self._queue()
        later = [a for a in self.open_actions() if a.id not in running]
        self.put(
            check_in=check_in.id,
            queue=",".join(running),
            total=str(len(running)),
            base=str(self.version) if self.version is not None else "",
        )
        self.next_action()
        warning = self.save()
        intro = t.render(
            "start", self.lang, name=self.plan.employee.name, planned_for=check_in.planned_for,
            held_on=self.today, count=len(running), later=[a.title for a in later],
        )  # fmt: skip
        return self._ask(intro, (warning,) if warning else ())

    def _resumable(self) -> bool:
        try:
            return self.check_in.held_on is not None
        except PopError:
            return False

    def _load_before(self) -> Plan | None:
        base = self.get("base")
        if self.store is not None and base.isdigit():
            try:
                return self.store.load(self.plan.id, int(base)).plan
            except PopError:
                return None
        return None

    def _due_check_in(self) -> CheckIn:
        planned = sorted((c for c in self.plan.check_ins if c.pending), key=lambda c: c.planned_for)
        if planned:
            return planned[0]
        check_in = CheckIn(planned_for=self.today)
        self.plan.check_ins.append(check_in)
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
        if parse.norm(text) in HELP_WORDS:
            return self._ask(t.render("help", self.lang))
        handler = getattr(self, f"on_{phase}")
        self.warnings = []
        try:
            ack: str = handler(text)
        except Invalid as problem:
            return self._ask("", (problem.message,))
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

    def _ask(self, before: str, warnings: tuple[str, ...] = ()) -> Reply:
        message, choices = getattr(self, f"ask_{self.phase}")()
        text = f"{before}\n\n{message}" if before else message
        widget = Widget.date if self.phase in DATE_PHASES else None
        return self.reply(text, choices=choices, widget=widget, warnings=warnings)

    # --- the next check-in and closing ------------------------------------------------------
    def _default_next(self) -> date:
        later = [
            c.planned_for for c in self.plan.check_ins if c.pending and c.planned_for > self.today
        ]
        if later:
            return min(later)
        from pop_assistent.planning.calendar import next_workday

        proposed = self.today + relativedelta(months=self.plan.check_in_every_months)
        return next_workday(proposed, self.country)

    def ask_next_check_in(self) -> tuple[str, list[tuple[str, str]]]:
        proposal = self._default_next()
        ok = self.tr("ok", "ok")
        every = self.tr("om de drie maanden", "every three months")
        return t.render("next", self.lang, proposal=proposal), [(ok, ok), (every, every)]

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
                raise Invalid(
                    self.tr(
                        "De volgende opvolging moet na vandaag liggen.",
                        "The next check-in must be after today.",
                    )
                )
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
            self.plan.check_ins.append(CheckIn(planned_for=when))
        self.put(next=when.isoformat())

    def _finish(self, ack: str) -> Reply:
        check_in = self.check_in
        self._summarise(check_in)
        when = date.fromisoformat(self.get("next")) if self.get("next") else None
        self.clear_cursor()
        warning = self.save(final=True, held=check_in.held_on)
        changes = diff_plans(self.before, self.plan, self.lang) if self.before else []
        titles = {a.id: a.title for a in self.plan.actions}
        updates = [
            {
                "title": titles.get(u.action_id) or u.title or u.action_id,
                "status": label(u.status, self.lang),
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
        return self.reply(body, warnings=(warning,) if warning else (), finished=True)

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
