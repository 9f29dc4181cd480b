"""Starting a session: new plans, their ids, and `open_session` (resume or start)."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from pop_assistent.dialogue.session import PLACEHOLDER_NAME
from pop_assistent.dialogue.types import Step
from pop_assistent.errors import PlanNotFoundError
from pop_assistent.i18n import SOURCE_LANGUAGE, Language, language_or_source
from pop_assistent.model import Conversation, Employee, Plan, Skill
from pop_assistent.storage.base import PlanStore
from pop_assistent.text import slug as slug_of

if TYPE_CHECKING:
    from pop_assistent.dialogue.engine import Engine


def slug(name: str) -> str:
    """A plan id from a name: 'Sophie Peeters' -> 'sophie-peeters'."""
    return slug_of(name, 50) or f"pop-{secrets.token_hex(3)}"


def free_id(store: PlanStore, plan: Plan) -> str:
    """The plan's id (made from the name for an unnamed start), with -2, -3... when taken."""
    base = slug(plan.employee.name) if plan.id.startswith("pop-") else plan.id
    candidate, n = base, 1
    while True:
        try:
            store.load(candidate)
        except PlanNotFoundError:
            return candidate
        n += 1
        candidate = f"{base[:58]}-{n}"


def new_plan(
    name: str, today: date, *, plan_id: str | None = None, lang: Language = SOURCE_LANGUAGE
) -> Plan:
    """An empty plan for `name` (PLACEHOLDER_NAME or "" when the name is still to be asked)."""
    named = bool(name.strip()) and name != PLACEHOLDER_NAME
    return Plan(
        id=plan_id or (slug(name) if named else f"pop-{secrets.token_hex(3)}"),
        created_on=today,
        employee=Employee(
            name=name.strip()[:200] if named else PLACEHOLDER_NAME,
            language=language_or_source(lang),
        ),
        conversation=Conversation(step=Step.occasion.value),
    )


def open_session(
    store: PlanStore,
    ref_or_name: str | None,
    *,
    today: date,
    lang: Language = SOURCE_LANGUAGE,
    coach_mode: bool = False,
    catalogue_loader: Callable[[], Any] | None = None,
    skills: Sequence[Skill] | None = None,
    country: str = "BE",
    legal_in_working_time: bool = True,
    hours_per_day: float = 7.6,
) -> Engine:
    """Resume the plan `ref_or_name` refers to, or start a new one (see the module docstring)."""
    common: dict[str, Any] = {
        "today": today,
        "lang": lang,
        "store": store,
        "catalogue_loader": catalogue_loader,
        "skills": skills,
        "coach_mode": coach_mode,
        "country": country,
        "legal_in_working_time": legal_in_working_time,
        "hours_per_day": hours_per_day,
    }
    from pop_assistent.dialogue.engine import Engine

    if ref_or_name and ref_or_name.strip():
        try:
            stored = store.load(store.resolve(ref_or_name))
        except PlanNotFoundError:
            return Engine(new_plan(ref_or_name, today, lang=lang), **common)
        return Engine(stored.plan, base_version=stored.version, **common)
    return Engine(new_plan(PLACEHOLDER_NAME, today, lang=lang), **common)
