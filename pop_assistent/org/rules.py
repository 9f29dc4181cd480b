"""The small rules the training plan rests on, each in one place so the tests can name them.

- An action belongs to the year it starts in (or ends in, when it has no start date). An action
  without any date belongs to no year: it is not in any year's totals (counting it in every
  year would count it many times) and is reported apart as "not yet scheduled". Cancelled
  actions never count.
- Cluster: a legally required action (flag, origin, or catalogue item) is cluster b; otherwise
  the origin decides (organisation goal a, manager c, own wish d).
- A certificate is held once its action is done (status done or a completion date); it
  expires `validity` years after completion (or after the planned end when no completion date
  was recorded).
"""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from pop_assistent.model import Action, ActionStatus, Plan
from pop_assistent.org.model import ORIGIN_CLUSTER
from pop_assistent.storage.resolve import fold


class CatalogueLike(Protocol):
    """What the training plan reads from the catalogue (pop_assistent.catalogue.Catalogue)."""

    def item(self, item_id: str) -> Any: ...

    def role(self, role_id: str) -> Any: ...

    def skill(self, skill_id: str) -> Any: ...


def action_year(action: Action) -> int | None:
    """The year an action counts in, or None when it has no date yet."""
    when = action.start or action.end
    return when.year if when is not None else None


def counts_in(action: Action, year: int) -> bool:
    """True when the action belongs to the plan year (an undated action belongs to none)."""
    if action.status == ActionStatus.cancelled:
        return False
    return action_year(action) == year


def unscheduled(action: Action) -> bool:
    """A live action without any date: to be scheduled, in no year's totals."""
    return action.status != ActionStatus.cancelled and action_year(action) is None


def catalogue_item(catalogue: CatalogueLike | None, action: Action) -> Any:
    """The catalogue item of an action, or None (no catalogue, no id, or an unknown id)."""
    if catalogue is None or not action.catalogue_id:
        return None
    return catalogue.item(action.catalogue_id)


def is_legal(action: Action, item: Any) -> bool:
    """Legally required: flagged on the action, by its origin, or by the catalogue."""
    return (
        action.legally_required
        or ORIGIN_CLUSTER[action.origin] == "b"
        or bool(getattr(item, "legally_required", False))
    )


def cluster_of(action: Action, item: Any) -> str:
    """The priority cluster (a-d) of an action."""
    return "b" if is_legal(action, item) else ORIGIN_CLUSTER[action.origin]


def add_years(day: date, years: int) -> date:
    """`day` plus whole years; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def certificate_key(action: Action) -> str:
    """Renewals of one certificate share a key: the catalogue id, else the folded title."""
    return action.catalogue_id or f"titel:{fold(action.title)}"


def obtained_on(action: Action) -> date | None:
    """When a done action's certificate was obtained; None while it is not done."""
    if action.completed_on is not None:
        return action.completed_on
    if action.status == ActionStatus.done:
        return action.end or action.start
    return None


def validity_years(action: Action, item: Any) -> int | None:
    """Years a certificate stays valid: the action's own value, else the catalogue's."""
    if action.certificate_valid_years is not None:
        return action.certificate_valid_years
    value = getattr(item, "validity_years", None)
    return value if isinstance(value, int) else None


def covered_skills(plan: Plan, action: Action, item: Any) -> set[str]:
    """Skill ids an action works on: its goal's skills and the catalogue item's skills."""
    skills: set[str] = set()
    if action.goal_id is not None:
        goal = plan.goal(action.goal_id)
        if goal is not None:
            skills.update(goal.skill_ids)
    skills.update(getattr(item, "skill_ids", None) or ())
    return skills
