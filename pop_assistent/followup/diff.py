"""'Wat is er veranderd sinds de vorige opvolging': a readable diff between two plan versions.

`diff_plans(old, new, lang)` gives one plain sentence per change (goals, deadlines, actions,
dates, statuses, skill levels, check-ins). `changes_since_previous_check_in(store, plan_id)`
finds the version left by the previous check-in in the store's history and compares.
"""

from __future__ import annotations

from dataclasses import dataclass

from pop_assistent.model import Action, ActionStatus, Plan, label
from pop_assistent.storage.base import PlanStore, VersionInfo

from . import text as t
from .state import NOTE


def _tr(lang: str, nl: str, en: str) -> str:
    return en if lang == "en" else nl


def _short(text: str, limit: int = 70) -> str:
    return t.clip(text, limit)[0]


def _goal_lines(old: Plan, new: Plan, lang: str) -> list[str]:
    lines: list[str] = []
    before = {g.id: g for g in old.goals}
    after = {g.id: g for g in new.goals}
    for goal in new.goals:
        prev = before.get(goal.id)
        name = _short(goal.text)
        if prev is None:
            lines.append(_tr(lang, f"Nieuw doel: {name}", f"New goal: {name}"))
            continue
        if prev.text != goal.text:
            lines.append(
                _tr(lang, f"Doel herschreven: '{_short(prev.text, 50)}' → '{name}'",
                    f"Goal rewritten: '{_short(prev.text, 50)}' → '{name}'")
            )  # fmt: skip
        if prev.status != goal.status:
            lines.append(
                _tr(lang, f"Doel '{name}': {label(prev.status)} → {label(goal.status)}",
                    f"Goal '{name}': {label(prev.status, 'en')} → {label(goal.status, 'en')}")
            )  # fmt: skip
        if prev.deadline != goal.deadline:
            was, now = t.long_date(prev.deadline, lang) or "-", t.long_date(goal.deadline, lang)
            lines.append(
                _tr(lang, f"Deadline van doel '{name}' verschoven: {was} → {now or '-'}",
                    f"Deadline of goal '{name}' moved: {was} → {now or '-'}")
            )  # fmt: skip
    for goal_id, goal in before.items():
        if goal_id not in after:
            name = _short(goal.text)
            lines.append(_tr(lang, f"Doel verwijderd: {name}", f"Goal removed: {name}"))
    return lines


def _when(action: Action, lang: str) -> str:
    return t.period_text(action.start, action.end, lang)


def _action_lines(old: Plan, new: Plan, lang: str) -> list[str]:
    lines: list[str] = []
    before = {a.id: a for a in old.actions}
    after = {a.id: a for a in new.actions}
    for action in new.actions:
        prev = before.get(action.id)
        name = _short(action.title)
        if prev is None:
            lines.append(
                _tr(lang, f"Nieuwe actie: {name} ({_when(action, lang)})",
                    f"New action: {name} ({_when(action, lang)})")
            )  # fmt: skip
            continue
        if prev.title != action.title:
            lines.append(
                _tr(lang, f"Actie hernoemd: '{_short(prev.title)}' → '{name}'",
                    f"Action renamed: '{_short(prev.title)}' → '{name}'")
            )  # fmt: skip
        if prev.status != action.status:
            was, now = label(prev.status, lang), label(action.status, lang)
            if action.status is ActionStatus.in_progress and action.progress:
                now = f"{now} ({action.progress}%)"
            lines.append(_tr(lang, f"{name}: {was} → {now}", f"{name}: {was} → {now}"))
        elif prev.progress != action.progress:
            lines.append(
                _tr(lang, f"{name}: voortgang {prev.progress}% → {action.progress}%",
                    f"{name}: progress {prev.progress}% → {action.progress}%")
            )  # fmt: skip
        if (prev.start, prev.end) != (action.start, action.end):
            lines.append(
                _tr(lang, f"{name} verschoven: {_when(prev, lang)} → {_when(action, lang)}",
                    f"{name} moved: {_when(prev, lang)} → {_when(action, lang)}")
            )  # fmt: skip
    for action_id, action in before.items():
        if action_id not in after:
            name = _short(action.title)
            lines.append(_tr(lang, f"Actie geschrapt: {name}", f"Action dropped: {name}"))
    return lines


def _skill_lines(old: Plan, new: Plan, lang: str) -> list[str]:
    lines: list[str] = []
    before = {(r.skill_id or r.label): r for r in old.skills}
    after = {(r.skill_id or r.label): r for r in new.skills}
    for key, rating in after.items():
        prev = before.get(key)
        name = _short(rating.label, 50)
        if prev is None:
            lines.append(
                _tr(lang, f"Nieuwe vaardigheid: {name} (niveau {rating.current_level})",
                    f"New skill: {name} (level {rating.current_level})")
            )  # fmt: skip
            continue
        if prev.current_level != rating.current_level:
            was, now = prev.current_level, rating.current_level
            lines.append(
                _tr(lang, f"{name}: niveau {was} → {now} (gewenst {rating.wanted_level})",
                    f"{name}: level {was} → {now} (wanted {rating.wanted_level})")
            )  # fmt: skip
        if prev.wanted_level != rating.wanted_level:
            lines.append(
                _tr(lang, f"{name}: gewenst niveau {prev.wanted_level} → {rating.wanted_level}",
                    f"{name}: wanted level {prev.wanted_level} → {rating.wanted_level}")
            )  # fmt: skip
    for key, rating in before.items():
        if key not in after:
            name = _short(rating.label, 50)
            lines.append(_tr(lang, f"Vaardigheid weg: {name}", f"Skill removed: {name}"))
    return lines


def _check_in_lines(old: Plan, new: Plan, lang: str) -> list[str]:
    lines: list[str] = []
    before = {c.id: c for c in old.check_ins}
    for check_in in new.check_ins:
        prev = before.get(check_in.id)
        if check_in.held_on and (prev is None or prev.held_on is None):
            held = t.long_date(check_in.held_on, lang)
            lines.append(_tr(lang, f"Opvolging gehouden op {held}", f"Check-in held on {held}"))
        elif prev is None:
            day = t.long_date(check_in.planned_for, lang)
            lines.append(
                _tr(lang, f"Nieuwe opvolging gepland op {day}", f"New check-in planned on {day}")
            )
        elif prev.planned_for != check_in.planned_for and check_in.held_on is None:
            was, now = t.long_date(prev.planned_for, lang), t.long_date(check_in.planned_for, lang)
            lines.append(
                _tr(lang, f"Volgende opvolging verplaatst: {was} → {now}",
                    f"Next check-in moved: {was} → {now}")
            )  # fmt: skip
    if old.check_in_every_months != new.check_in_every_months:
        lines.append(
            _tr(lang, f"Opvolging voortaan om de {new.check_in_every_months} maanden",
                f"Check-ins from now on every {new.check_in_every_months} months")
        )  # fmt: skip
    return lines


def diff_plans(old: Plan, new: Plan, lang: str = "nl") -> list[str]:
    """Every change from `old` to `new` as a readable sentence (empty list: nothing changed)."""
    return [
        *_goal_lines(old, new, lang),
        *_action_lines(old, new, lang),
        *_skill_lines(old, new, lang),
        *_check_in_lines(old, new, lang),
    ]


def is_check_in_note(note: str) -> bool:
    """True for the note of a finished check-in ('opvolging 2027-04-02')."""
    parts = note.split()
    return len(parts) == 2 and parts[0] == NOTE


def previous_check_in_version(history: list[VersionInfo], before: int | None = None) -> int | None:
    """The version saved at the end of the last finished check-in (before version `before`)."""
    found = [
        v.version
        for v in history
        if is_check_in_note(v.note) and (before is None or v.version < before)
    ]
    return found[-1] if found else None


@dataclass(frozen=True)
class Changes:
    """What changed between two stored versions of a plan."""

    base_version: int
    base_note: str
    version: int
    lines: list[str]


def changes_since_previous_check_in(store: PlanStore, plan_id: str, lang: str = "nl") -> Changes:
    """Changes since the previous check-in (or since the first version if there was none).

    When the newest version is itself a finished check-in, 'previous' means the one before it,
    so right after a check-in this shows what that check-in changed.
    """
    history = store.history(plan_id)
    latest = history[-1].version
    base = previous_check_in_version(history, latest)
    if base is None:
        base = history[0].version
    note = next((v.note for v in history if v.version == base), "")
    old = store.load(plan_id, base).plan
    new = store.load(plan_id, latest).plan
    return Changes(base, note, latest, diff_plans(old, new, lang))
