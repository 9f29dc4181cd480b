"""Check-in questions per action: status, progress, what went well, obstacles, the expected
return asked again, and the self-assessment update after a completed action."""

from __future__ import annotations

from pop_assistent.model import Action, ActionStatus, SkillRating, label

from . import parse
from . import text as t
from .state import Invalid, SessionBase


class ActionSteps(SessionBase):
    """The questions asked about each action in the queue."""

    def status_choices(self) -> list[tuple[str, str]]:
        """The four statuses, plus skipping the action."""
        pairs = [(label(s, self.lang), label(s, self.lang)) for s in ActionStatus]
        return [*pairs, (self.tr("overslaan", "skip"), self.tr("overslaan", "skip"))]

    def next_action(self) -> str:
        """Move to the next action in the queue, or to the feedback question."""
        queue = [a for a in self.get("queue").split(",") if a]
        while queue:
            action_id = queue.pop(0)
            if self.plan.action(action_id) is not None:
                self.put(queue=",".join(queue), action=action_id, phase="action_status")
                return "action_status"
        self.put(queue="", action="", phase="feedback")
        return "feedback"

    def _values(self, action: Action) -> dict[str, object]:
        queue = [a for a in self.get("queue").split(",") if a]
        total = int(self.get("total", "1") or 1)
        return {
            "title": action.title,
            "number": total - len(queue),
            "total": total,
            "period": t.period_text(action.start, action.end, self.lang),
            "overdue": action.end is not None and action.end < self.today,
            "status": label(action.status, self.lang),
            "status_key": str(action.status),
            "progress": action.progress,
            "expected": action.expected_return,
            "visible": action.visible_on_floor,
        }

    # --- status ---------------------------------------------------------------------------
    def ask_action_status(self) -> tuple[str, list[tuple[str, str]]]:
        return t.render("status", self.lang, **self._values(self.current_action())), (
            self.status_choices()
        )

    def on_action_status(self, text: str) -> str:
        action = self.current_action()
        if parse.norm(text) in ("overslaan", "skip", "sla over"):
            self.next_action()
            return self.tr("Overgeslagen.", "Skipped.")
        status, share = parse.parse_status(text)
        if status is None:
            raise Invalid(
                self.tr(
                    "Kies niet gestart, bezig, afgerond of geannuleerd (of 1 tot 4).",
                    "Choose not started, in progress, done or cancelled (or 1 to 4).",
                )
            )
        update = self.update_for(action)
        action.status = status
        update.status = status
        if status is ActionStatus.done:
            action.progress = 100
            action.completed_on = (
                action.end if action.end is not None and action.end <= self.today else self.today
            )
            self.put(phase="action_went_well")
        elif status is ActionStatus.in_progress:
            action.completed_on = None
            if share is not None:
                action.progress = share
                self.put(phase="action_went_well")
            else:
                self.put(phase="action_progress")
        else:
            action.completed_on = None
            if status is ActionStatus.not_started:
                action.progress = 0
            self.put(phase="action_obstacles")
        update.progress = action.progress
        shown = share if status is ActionStatus.in_progress else None
        return t.render(
            "ack", self.lang, kind="status", status=label(status, self.lang), share=shown
        )

    def ask_action_progress(self) -> tuple[str, list[tuple[str, str]]]:
        return t.render("progress", self.lang, **self._values(self.current_action())), [
            ("25%", "25"),
            ("50%", "50"),
            ("75%", "75"),
        ]

    def on_action_progress(self, text: str) -> str:
        share = parse.parse_percent(text)
        if share is None:
            raise Invalid(
                self.tr("Geef een percentage tussen 0 en 100.", "Give a percentage from 0 to 100.")
            )
        action = self.current_action()
        action.progress = share
        self.update_for(action).progress = share
        self.put(phase="action_went_well")
        return t.render("ack", self.lang, kind="progress", progress=share)

    # --- free text ------------------------------------------------------------------------
    def _free(self, text: str) -> str:
        if parse.is_skip(text):
            return ""
        value, cut = t.clip(text)
        if cut:
            self.warnings.append(
                self.tr(
                    "Je tekst was erg lang en is ingekort.",
                    "Your text was very long and was shortened.",
                )
            )
        return value

    def ask_action_went_well(self) -> tuple[str, list[tuple[str, str]]]:
        return t.render("went_well", self.lang, **self._values(self.current_action())), []

    def on_action_went_well(self, text: str) -> str:
        self.update_for(self.current_action()).went_well = self._free(text)
        self.put(phase="action_obstacles")
        return ""

    def ask_action_obstacles(self) -> tuple[str, list[tuple[str, str]]]:
        values = self._values(self.current_action())
        return t.render("obstacles", self.lang, **values), []

    def on_action_obstacles(self, text: str) -> str:
        action = self.current_action()
        self.update_for(action).obstacles = self._free(text)
        worked = action.status in (ActionStatus.done, ActionStatus.in_progress)
        if worked and (action.expected_return or action.visible_on_floor):
            self.put(phase="action_return")
        else:
            self._after_return(action)
        return ""

    def ask_action_return(self) -> tuple[str, list[tuple[str, str]]]:
        values = self._values(self.current_action())
        choices = [(self.tr("ja", "yes"), self.tr("ja", "yes"))]
        choices.append((self.tr("nog niet", "not yet"), self.tr("nog niet", "not yet")))
        return t.render("return", self.lang, **values), choices

    def on_action_return(self, text: str) -> str:
        action = self.current_action()
        if parse.is_yes(text):
            value = self.tr("ja, zichtbaar op de werkvloer", "yes, visible on the work floor")
        else:
            value = self._free(text)
        self.update_for(action).return_visible = value
        self._after_return(action)
        return ""

    def _after_return(self, action: Action) -> None:
        if action.status is ActionStatus.done and self.level_candidates(action):
            self.put(phase="action_levels")
        else:
            self.next_action()

    # --- self-assessment ----------------------------------------------------------------
    def level_candidates(self, action: Action) -> list[SkillRating]:
        """The ratings of the skills the action's goal targets that can still grow."""
        goal = self.plan.goal(action.goal_id) if action.goal_id else None
        if goal is None:
            return []
        wanted = set(goal.skill_ids)
        return [
            r for r in self.plan.skills if r.skill_id in wanted and r.current_level < r.wanted_level
        ]

    def ask_action_levels(self) -> tuple[str, list[tuple[str, str]]]:
        ratings = self.level_candidates(self.current_action())
        rows = [
            {
                "label": r.label,
                "old": r.current_level,
                "new": r.current_level + 1,
                "wanted": r.wanted_level,
            }
            for r in ratings
        ]
        yes, no = self.tr("ja", "yes"), self.tr("nee", "no")
        return t.render("levels", self.lang, rows=rows), [(yes, yes), (no, no)]

    def on_action_levels(self, text: str) -> str:
        ratings = self.level_candidates(self.current_action())
        if parse.is_no(text):
            self.next_action()
            return t.render("ack", self.lang, kind="levels_kept")
        if parse.is_yes(text):
            levels = {i: r.current_level + 1 for i, r in enumerate(ratings)}
        else:
            given = parse.parse_levels(text, ratings)
            if given is None:
                raise Invalid(
                    self.tr(
                        "Antwoord ja, nee, of geef niveaus van 1 tot 5 (bv. 'feedback 3').",
                        "Answer yes, no, or give levels from 1 to 5 (e.g. 'feedback 3').",
                    )
                )
            levels = given
        changed = []
        for index, level in levels.items():
            rating = ratings[index]
            if level != rating.current_level:
                changed.append({"label": rating.label, "old": rating.current_level, "new": level})
                rating.current_level = level
        for row in changed:
            self.note_adjustment(
                self.tr(
                    f"Niveau {row['label']}: {row['old']} → {row['new']}",
                    f"Level {row['label']}: {row['old']} → {row['new']}",
                )
            )
        self.next_action()
        return t.render("ack", self.lang, kind="levels", changed=changed)

    # --- feedback -------------------------------------------------------------------------
    def ask_feedback(self) -> tuple[str, list[tuple[str, str]]]:
        employee = self.plan.employee
        return t.render("feedback", self.lang, manager=employee.manager, coach=employee.coach), []

    def on_feedback(self, text: str) -> str:
        value = self._free(text)
        self.check_in.feedback = value
        self.put(phase="adjust")
        return t.render("ack", self.lang, kind="feedback", given=bool(value))
