"""The check-in agenda: what a check-in opens with, as a 1:1 tool gives a manager.

- what was agreed at the last check-in held: its adjustments (moved, added, dropped actions,
  goals closed or rewritten, levels) and the feedback given;
- open obstacles: for every action still open, the obstacle said at the last check-in that
  spoke about it (a later check-in with no obstacle closes it);
- what is late, by the rules of `planning.due` (the check-in being held is not listed: it is
  being held);
- a check-in proposed before the nearest goal deadline, when that deadline comes before the
  next check-in on the schedule (`planning.checkins.deadline_check_in`).

Headless: the check-in (app and `pop opvolging`), the coach overview and a coach reviewing a
shared plan all read `agenda(...)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pop_assistent.i18n import Language
from pop_assistent.model import ActionStatus, CheckIn, Plan
from pop_assistent.planning.checkins import DeadlineCheckIn, deadline_check_in
from pop_assistent.planning.due import CHECK_IN, DueItem, follow_up

MAX_LATE = 5
"""Late items the agenda names one by one; the rest is counted."""


@dataclass(frozen=True)
class Agreed:
    """What the last check-in held agreed."""

    held_on: date
    adjustments: tuple[str, ...]
    feedback: str


@dataclass(frozen=True)
class Obstacle:
    """An obstacle said about an action that is still open."""

    action_id: str
    title: str
    text: str
    said_on: date


@dataclass(frozen=True)
class Agenda:
    """What a check-in opens with (see the module docstring)."""

    agreed: Agreed | None
    obstacles: tuple[Obstacle, ...]
    late: tuple[DueItem, ...]
    proposal: DeadlineCheckIn | None

    @property
    def empty(self) -> bool:
        """Nothing agreed, open, late or to propose."""
        return not (self.agreed or self.obstacles or self.late or self.proposal)


def held(plan: Plan, current: str = "") -> list[CheckIn]:
    """The check-ins held, oldest first, without the one being held now (`current`)."""
    found = [c for c in plan.check_ins if c.held_on is not None and c.id != current]
    return sorted(found, key=lambda c: (c.held_on or date.min, c.planned_for))


def _agreed(check_ins: list[CheckIn]) -> Agreed | None:
    if not check_ins:
        return None
    last = check_ins[-1]
    assert last.held_on is not None
    lines = tuple(line.strip() for line in last.adjustments.split("\n") if line.strip())
    return Agreed(last.held_on, lines, last.feedback.strip())


def _obstacles(plan: Plan, check_ins: list[CheckIn]) -> tuple[Obstacle, ...]:
    latest: dict[str, tuple[str, date]] = {}
    for check_in in check_ins:
        assert check_in.held_on is not None
        for update in check_in.updates:
            latest[update.action_id] = (update.obstacles.strip(), check_in.held_on)
    found = []
    closed = (ActionStatus.done, ActionStatus.cancelled)
    for action in plan.actions:
        said = latest.get(action.id)
        if said and said[0] and action.status not in closed:
            found.append(Obstacle(action.id, action.title, said[0], said[1]))
    return tuple(found)


def agenda(
    plan: Plan,
    today: date,
    *,
    next_check_in: date,
    current: str = "",
    country: str = "BE",
) -> Agenda:
    """The agenda of a check-in held (or to hold) on `today`. `next_check_in`: the check-in the
    schedule gives after this one (a check-in before a deadline is proposed only when the
    deadline comes first); `current`: the id of the check-in being held, left out."""
    check_ins = held(plan, current)
    late = tuple(i for i in follow_up(plan, today, country).overdue if i.kind != CHECK_IN)
    return Agenda(
        agreed=_agreed(check_ins),
        obstacles=_obstacles(plan, check_ins),
        late=late,
        proposal=deadline_check_in(plan, today, next_check_in, country),
    )


def as_values(found: Agenda, lang: Language) -> dict[str, object]:
    """The agenda as plain values for the prompt templates (checkin_agenda.md.j2)."""
    late = [
        {"what": item.what(lang), "title": item.title, "lateness": item.lateness(lang)}
        for item in found.late[:MAX_LATE]
    ]
    proposal = found.proposal
    return {
        "agreed": None
        if found.agreed is None
        else {
            "held_on": found.agreed.held_on,
            "lines": list(found.agreed.adjustments),
            "feedback": found.agreed.feedback,
        },
        "obstacles": [
            {"title": o.title, "text": o.text, "said_on": o.said_on} for o in found.obstacles
        ],
        "late": late,
        "more_late": max(0, len(found.late) - MAX_LATE),
        "proposal": None
        if proposal is None
        else {
            "goal": proposal.goal_text,
            "deadline": proposal.deadline,
            "check_in": proposal.check_in,
        },
        "first": found.agreed is None,
    }
