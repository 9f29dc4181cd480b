"""Lazy access to the language core (dates, recurrence, SMART, skill matching).

The language package is imported on first use so that the dialogue starts fast; every call
passes `today` and the plan's language. Errors a user can cause come back as PopError.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from pop_assistent.i18n import Language
from pop_assistent.model import Goal, Plan, Skill, SmartResult

MAX_TEXT = 2000
"""Only the start of a huge answer is analysed (a goal is short; the full text is stored)."""


class LanguageBridge:
    """Calls into pop_assistent.language with the session's date and language."""

    def __init__(self, today: date, lang: Language) -> None:
        self.today = today
        self.lang = lang

    def check_goal(self, goal: Goal, plan: Plan, skills: Sequence[Skill]) -> SmartResult:
        from pop_assistent.language import smart

        return smart.check_goal(
            goal.text[:MAX_TEXT],
            self.today,
            plan=plan,
            goal=goal,
            skills=list(skills),
            lang=self.lang,
        )

    def parse_period(self, text: str) -> Any:
        """A Period (start, end, deadline, in_past, ...); raises DateParseError (a PopError).
        A past deadline comes back flagged `in_past`: the steps refuse it in their own words."""
        from pop_assistent.language import dates

        try:
            return dates.parse_period(text[:MAX_TEXT], self.today, self.lang)
        except dates.PastDeadline as past:
            return past.period

    def find_period(self, text: str) -> Any:
        from pop_assistent.language import dates

        return dates.find_period(text[:MAX_TEXT], self.today, self.lang)

    def parse_recurrence(self, text: str) -> Any:
        """A Recurrence with .months / .weeks; raises a PopError when not understood."""
        from pop_assistent.language import recurrence

        return recurrence.parse_recurrence(text[:MAX_TEXT], self.lang)

    def match_skills(self, text: str, skills: Sequence[Skill], limit: int = 3) -> list[Any]:
        """SkillMatch objects (skill, score, matched), best first; [] when no skills list."""
        if not skills or not text.strip():
            return []
        from pop_assistent.language import skillmatch

        return list(skillmatch.match_skills(text[:MAX_TEXT], list(skills), limit))

    def link_skills(
        self, text: str, skills: Sequence[Skill], prefer: Sequence[str] = (), limit: int = 3
    ) -> list[Any]:
        """The skills a sentence is really about (strict: see skillmatch.link_skills)."""
        if not skills or not text.strip():
            return []
        from pop_assistent.language import skillmatch

        return list(
            skillmatch.link_skills(text[:MAX_TEXT], list(skills), prefer=prefer, limit=limit)
        )
