"""Check-in adjustments: move dates, add or drop actions, close or rewrite goals.

Each adjustment is one or a few short questions; afterwards the menu comes back until the
employee says 'klaar'. Every change is also written, in words, into the check-in's
`adjustments` so the history reads like minutes.
"""

from __future__ import annotations

from datetime import date

from pop_assistent.errors import PopError
from pop_assistent.model import (
    Action,
    ActionOrigin,
    ActionStatus,
    ActionType,
    GoalStatus,
)

from . import lang as language
from . import parse
from . import text as t
from .state import Invalid, SessionBase

OPS: dict[str, tuple[str, ...]] = {
    "move": ("verschuiven", "verschuif", "datum", "datums", "move", "dates"),
    "add": ("toevoegen", "nieuwe actie", "voeg toe", "add", "new action"),
    "drop": ("schrappen", "schrap", "verwijderen", "drop", "remove"),
    "achieved": ("behaald", "doel behaald", "afsluiten", "achieved", "close"),
    "rewrite": ("herschrijven", "herschrijf", "doel herschrijven", "rewrite"),
    "done": ("klaar", "verder", "niets", "geen", "done", "nothing", "none", "ready"),
}
MENU_NL = ("verschuiven", "toevoegen", "schrappen", "behaald", "herschrijven", "klaar")
MENU_EN = ("move", "add", "drop", "achieved", "rewrite", "done")


class AdjustSteps(SessionBase):
    """The adjust menu and its small sub-conversations."""

    def _menu(self) -> list[tuple[str, str]]:
        labels = MENU_EN if self.lang == "en" else MENU_NL
        return [(label, label) for label in labels]

    def ask_adjust(self) -> tuple[str, list[tuple[str, str]]]:
        lines = [line for line in self.check_in.adjustments.split("\n") if line]
        return t.render("adjust", self.lang, done=lines), self._menu()

    def on_adjust(self, text: str) -> str:
        value = parse.norm(text)
        index = parse.parse_index(value, len(OPS))
        op = list(OPS)[index] if index is not None else None
        if op is None:
            op = next((key for key, words in OPS.items() if value in words), None)
        if op is None and value == "":
            op = "done"
        if op is None:
            raise Invalid(
                self.tr(
                    "Kies verschuiven, toevoegen, schrappen, behaald, herschrijven of klaar.",
                    "Choose move, add, drop, achieved, rewrite or done.",
                )
            )
        if op == "done":
            self.put(phase="next_check_in", op="", target="", draft="")
            return ""
        if op == "add":
            self.put(phase="add_title", op=op)
        elif op in ("move", "drop"):
            self.put(phase="pick_action", op=op)
        else:
            self.put(phase="pick_goal", op=op)
        return ""

    # --- picking ----------------------------------------------------------------------------
    def _movable(self) -> list[Action]:
        if self.get("op") == "drop":
            return [a for a in self.plan.actions if a.status is not ActionStatus.done]
        return self.open_actions()

    def ask_pick_action(self) -> tuple[str, list[tuple[str, str]]]:
        actions = self._movable()
        rows = [
            {"title": a.title, "period": t.period_text(a.start, a.end, self.lang)} for a in actions
        ]
        back = self.tr("terug", "back")
        choices = [(f"{i + 1}. {a.title[:40]}", str(i + 1)) for i, a in enumerate(actions)]
        return t.render("pick_action", self.lang, op=self.get("op"), rows=rows), [
            *choices,
            (back, back),
        ]

    def on_pick_action(self, text: str) -> str:
        if parse.norm(text) in ("terug", "back"):
            self.put(phase="adjust", op="")
            return ""
        actions = self._movable()
        index = parse.pick_by_name(text, [a.title for a in actions])
        if index is None:
            raise Invalid(
                self.tr("Welke actie? Geef het nummer.", "Which action? Give its number.")
            )
        action = actions[index]
        if self.get("op") == "drop":
            self.plan.actions = [a for a in self.plan.actions if a.id != action.id]
            self.note_adjustment(
                self.tr(f"Actie geschrapt: {action.title}", f"Action dropped: {action.title}")
            )
            self.put(phase="adjust", op="")
            return t.render("ack", self.lang, kind="dropped", title=action.title)
        self.put(phase="move_period", target=action.id)
        return ""

    def ask_move_period(self) -> tuple[str, list[tuple[str, str]]]:
        action = self.plan.action(self.get("target"))
        title = action.title if action else ""
        period = t.period_text(action.start, action.end, self.lang) if action else ""
        return t.render("move_period", self.lang, title=title, period=period), []

    def _period(self, text: str) -> tuple[date | None, date | None]:
        try:
            start, end = language.period(text, self.today, self.lang)
        except PopError as error:
            raise Invalid(error.message(self.lang)) from error
        if end is not None and end < self.today:
            raise Invalid(
                self.tr(
                    "Die periode ligt al in het verleden; kies een latere.",
                    "That period is already over; choose a later one.",
                )
            )
        return start, end

    def on_move_period(self, text: str) -> str:
        action = self.plan.action(self.get("target"))
        if action is None:
            self.put(phase="adjust", op="", target="")
            return ""
        start, end = self._period(text)
        before = t.period_text(action.start, action.end, self.lang)
        action.start, action.end = None, None  # assign one by one without tripping the order check
        action.end = end
        action.start = start if start is None or end is None or start <= end else end
        after = t.period_text(action.start, action.end, self.lang)
        self.note_adjustment(
            self.tr(
                f"Verschoven: {action.title} ({before} → {after})",
                f"Moved: {action.title} ({before} → {after})",
            )
        )
        self.put(phase="adjust", op="", target="")
        return t.render("ack", self.lang, kind="moved", title=action.title, period=after)

    # --- adding an action ---------------------------------------------------------------------
    def ask_add_title(self) -> tuple[str, list[tuple[str, str]]]:
        return t.render("add_title", self.lang), []

    def on_add_title(self, text: str) -> str:
        title, _ = t.clip(text, 500)
        if not title or parse.is_skip(text):
            self.put(phase="adjust", op="")
            return ""
        goals = [g for g in self.plan.goals if g.status is GoalStatus.open]
        action = Action(title=title, type=ActionType.internal, origin=_origin(self))
        if len(goals) == 1:
            action.goal_id = goals[0].id
        self.plan.actions.append(action)
        self.put(target=action.id, phase="add_goal" if len(goals) > 1 else "add_period")
        return ""

    def ask_add_goal(self) -> tuple[str, list[tuple[str, str]]]:
        goals = [g for g in self.plan.goals if g.status is GoalStatus.open]
        none = self.tr("geen doel", "no goal")
        choices = [(f"{i + 1}. {g.text[:40]}", str(i + 1)) for i, g in enumerate(goals)]
        return t.render("add_goal", self.lang, goals=[g.text for g in goals]), [
            *choices,
            (none, none),
        ]

    def on_add_goal(self, text: str) -> str:
        goals = [g for g in self.plan.goals if g.status is GoalStatus.open]
        action = self.plan.action(self.get("target"))
        if action is not None and parse.norm(text) not in ("geen doel", "no goal", "geen"):
            index = parse.pick_by_name(text, [g.text for g in goals])
            if index is None:
                raise Invalid(
                    self.tr("Welk doel? Geef het nummer.", "Which goal? Give its number.")
                )
            action.goal_id = goals[index].id
        self.put(phase="add_period")
        return ""

    def ask_add_period(self) -> tuple[str, list[tuple[str, str]]]:
        return t.render("add_period", self.lang), []

    def on_add_period(self, text: str) -> str:
        action = self.plan.action(self.get("target"))
        if action is not None and not parse.is_skip(text):
            start, end = self._period(text)
            action.end = end
            action.start = start if start is None or end is None or start <= end else end
        self.put(phase="add_hours")
        return ""

    def ask_add_hours(self) -> tuple[str, list[tuple[str, str]]]:
        return t.render("add_hours", self.lang), []

    def on_add_hours(self, text: str) -> str:
        action = self.plan.action(self.get("target"))
        if action is None:
            self.put(phase="adjust", op="", target="")
            return ""
        if not parse.is_skip(text):
            hours = parse.parse_hours(text)
            if hours is None:
                raise Invalid(self.tr("Geef een aantal uren, bv. 16.", "Give a number of hours."))
            action.hours = hours
        when = t.period_text(action.start, action.end, self.lang)
        self.note_adjustment(
            self.tr(
                f"Nieuwe actie: {action.title} ({when})", f"New action: {action.title} ({when})"
            )
        )
        self.put(phase="adjust", op="", target="")
        return t.render("ack", self.lang, kind="added", title=action.title, period=when)


def _origin(session: SessionBase) -> ActionOrigin:
    """Actions added at a check-in usually follow the feedback of the manager."""
    return ActionOrigin.manager_proposal if session.check_in.feedback else ActionOrigin.own_wish
