"""Check-in adjustments of goals: close a goal as achieved, or rewrite it (SMART runs again)."""

from __future__ import annotations

from pop_assistent.model import SMART_KEYS, GoalStatus

from . import lang as language
from . import parse
from . import text as t
from .state import Invalid, SessionBase


class GoalSteps(SessionBase):
    """Picking a goal, closing it, or rewriting it until it is SMART (or kept with a warning)."""

    # --- goals ------------------------------------------------------------------------------
    def ask_pick_goal(self) -> tuple[str, list[tuple[str, str]]]:
        goals = [g for g in self.plan.goals if g.status is GoalStatus.open]
        back = self.tr("terug", "back")
        choices = [(f"{i + 1}. {g.text[:40]}", str(i + 1)) for i, g in enumerate(goals)]
        texts = [g.text for g in goals]
        return t.render("pick_goal", self.lang, op=self.get("op"), goals=texts), [
            *choices,
            (back, back),
        ]

    def on_pick_goal(self, text: str) -> str:
        if parse.norm(text) in ("terug", "back"):
            self.put(phase="adjust", op="")
            return ""
        goals = [g for g in self.plan.goals if g.status is GoalStatus.open]
        index = parse.pick_by_name(text, [g.text for g in goals])
        if index is None:
            raise Invalid(self.tr("Welk doel? Geef het nummer.", "Which goal? Give its number."))
        goal = goals[index]
        if self.get("op") == "achieved":
            goal.status = GoalStatus.achieved
            self.note_adjustment(
                self.tr(f"Doel behaald: {goal.text[:120]}", f"Goal achieved: {goal.text[:120]}")
            )
            self.put(phase="adjust", op="")
            return t.render("ack", self.lang, kind="achieved", text=goal.text)
        self.put(phase="goal_text", target=goal.id)
        return ""

    def ask_goal_text(self) -> tuple[str, list[tuple[str, str]]]:
        goal = self.plan.goal(self.get("target"))
        missing = self._missing_labels(goal.smart.missing() if goal and goal.smart else [])
        questions = []
        if goal is not None and goal.smart is not None and self.get("draft"):
            questions = [
                c.question for _, c in goal.smart.criteria() if c.met is False and c.question
            ]
        keep = self.tr("behouden", "keep")
        choices = [(keep, keep)] if self.get("draft") else []
        text = goal.text if goal else ""
        return t.render(
            "goal_text", self.lang, text=text, retry=bool(self.get("draft")), missing=missing,
            questions=questions,
        ), choices  # fmt: skip

    def on_goal_text(self, text: str) -> str:
        goal = self.plan.goal(self.get("target"))
        if goal is None:
            self.put(phase="adjust", op="", target="", draft="")
            return ""
        original = self.get("draft")
        if original and parse.norm(text) in ("behouden", "keep", "ja", "yes", ""):
            goal.kept_with_warning = True
            self._rewritten(original, goal.text)
            return t.render("ack", self.lang, kind="kept")
        new_text, _ = t.clip(text)
        if not new_text:
            raise Invalid(self.tr("Typ de nieuwe tekst van het doel.", "Type the goal's new text."))
        original = original or goal.text
        goal.text = new_text
        result = language.check_goal(goal, self.plan, self.today, self.lang)
        goal.smart = result
        if result.deadline is not None:
            goal.deadline = result.deadline
        goal.kept_with_warning = False
        if result.missing():
            self.put(phase="goal_text", draft=original)
            return t.render(
                "ack",
                self.lang,
                kind="smart_missing",
                missing=self._missing_labels(result.missing()),
            )
        self._rewritten(original, new_text)
        return t.render("ack", self.lang, kind="smart_ok")

    def _rewritten(self, old: str, new: str) -> None:
        self.note_adjustment(
            self.tr(f"Doel herschreven: {t.clean(old)[:80]} → {t.clean(new)[:160]}",
                    f"Goal rewritten: {t.clean(old)[:80]} → {t.clean(new)[:160]}")
        )  # fmt: skip
        self.put(phase="adjust", op="", target="", draft="")

    def _missing_labels(self, keys: list[str]) -> list[str]:
        names_nl = ("Specifiek", "Meetbaar", "Realistisch", "Relevant", "Tijdgebonden")
        names_en = ("Specific", "Measurable", "Achievable", "Relevant", "Time-bound")
        names = dict(zip(SMART_KEYS, names_en if self.lang == "en" else names_nl, strict=True))
        return [names[k] for k in keys if k in names]
