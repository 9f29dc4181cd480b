"""'Wat is er veranderd sinds de vorige opvolging': a readable diff between two plan versions.

`diff_plans(old, new, lang)` gives one plain sentence per change to what the plan says: the
employee and the occasion, goals, actions, skills, check-ins (planned, moved, held, skipped,
removed), notes and signatures. Only the conversation's own bookkeeping is left out.
`changes_since_previous_check_in(store, plan_id)` finds the version left by the previous
check-in in the store's history and compares.
"""

from __future__ import annotations

from dataclasses import dataclass

from pop_assistent.model import Action, ActionStatus, CoachNote, Plan, SignOff, label
from pop_assistent.storage.base import PlanStore, VersionInfo

from . import text as t
from .diff_fields import (
    ACTION_FIELDS,
    EMPLOYEE_FIELDS,
    GOAL_FIELDS,
    OCCASION_FIELDS,
    SKILL_FIELDS,
    field_lines,
    tr,
)
from .state import NOTE

_tr = tr


def _short(text: str, limit: int = 70) -> str:
    return t.clip(text, limit)[0]


def _goal_lines(old: Plan, new: Plan, lang: str) -> list[str]:
    lines: list[str] = []
    before = {g.id: g for g in old.goals}
    after = {g.id: g for g in new.goals}
    for goal in new.goals:
        prev = before.get(goal.id)
        if prev == goal:
            continue  # most of a plan does not change between two versions
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
        subject = _tr(lang, f"Doel '{_short(goal.text, 50)}'", f"Goal '{_short(goal.text, 50)}'")
        lines += field_lines(prev, goal, GOAL_FIELDS, subject, lang)
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
        if prev == action:
            continue
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
        if prev.goal_id != action.goal_id:
            goal = new.goal(action.goal_id) if action.goal_id else None
            to = _short(goal.text, 50) if goal else "-"
            lines.append(_tr(lang, f"{name}: hoort nu bij doel '{to}'",
                             f"{name}: now serves goal '{to}'"))  # fmt: skip
        lines += field_lines(prev, action, ACTION_FIELDS, name, lang)
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
        if prev == rating:
            continue
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
        lines += field_lines(prev, rating, SKILL_FIELDS, name, lang)
    for key, rating in before.items():
        if key not in after:
            name = _short(rating.label, 50)
            lines.append(_tr(lang, f"Vaardigheid weg: {name}", f"Skill removed: {name}"))
    return lines


def _check_in_lines(old: Plan, new: Plan, lang: str) -> list[str]:
    if old.check_ins == new.check_ins and old.check_in_every_months == new.check_in_every_months:
        return []
    lines: list[str] = []
    before = {c.id: c for c in old.check_ins}
    after = {c.id: c for c in new.check_ins}
    for check_in in new.check_ins:
        prev = before.get(check_in.id)
        planned = t.long_date(check_in.planned_for, lang)
        if check_in.held_on and (prev is None or prev.held_on is None):
            held = t.long_date(check_in.held_on, lang)
            lines.append(_tr(lang, f"Opvolging gehouden op {held}", f"Check-in held on {held}"))
            if check_in.feedback.strip():
                said = _short(check_in.feedback)
                lines.append(_tr(lang, f"Feedback bij die opvolging: {said}",
                                 f"Feedback at that check-in: {said}"))  # fmt: skip
        elif check_in.skipped_on and (prev is None or prev.skipped_on is None):
            why = _short(check_in.skipped_reason)
            lines.append(_tr(lang, f"Opvolgmoment van {planned} overgeslagen: {why}",
                             f"Check-in of {planned} skipped: {why}"))  # fmt: skip
        elif prev is None:
            lines.append(
                _tr(lang, f"Nieuwe opvolging gepland op {planned}",
                    f"New check-in planned on {planned}")
            )  # fmt: skip
        elif prev.planned_for != check_in.planned_for and check_in.pending:
            was = t.long_date(prev.planned_for, lang)
            lines.append(
                _tr(lang, f"Volgende opvolging verplaatst: {was} → {planned}",
                    f"Next check-in moved: {was} → {planned}")
            )  # fmt: skip
        elif prev.held_on and check_in.held_on and prev != check_in:
            held = t.long_date(check_in.held_on, lang)
            lines.append(_tr(lang, f"Verslag van de opvolging van {held} aangepast",
                             f"Notes of the check-in of {held} changed"))  # fmt: skip
    for check_in_id, check_in in before.items():
        if check_in_id not in after:
            day = t.long_date(check_in.held_on or check_in.planned_for, lang)
            what = _tr(lang, "gehouden", "held") if check_in.held_on else _tr(
                lang, "gepland", "planned")  # fmt: skip
            lines.append(_tr(lang, f"Opvolgmoment van {day} ({what}) verwijderd",
                             f"Check-in of {day} ({what}) removed"))  # fmt: skip
    if old.check_in_every_months != new.check_in_every_months:
        lines.append(
            _tr(lang, f"Opvolging voortaan om de {new.check_in_every_months} maanden",
                f"Check-ins from now on every {new.check_in_every_months} months")
        )  # fmt: skip
    return lines


def _note_lines(old: Plan, new: Plan, lang: str) -> list[str]:
    if old.coach_notes == new.coach_notes:
        return []
    lines: list[str] = []
    before = {n.id: n for n in old.coach_notes}
    after = {n.id: n for n in new.coach_notes}

    def who(note: CoachNote) -> str:
        by = f" {_tr(lang, 'van', 'by')} {_short(note.author, 40)}" if note.author else ""
        private = f" ({_tr(lang, 'privé', 'private')})" if note.private else ""
        return by + private

    for note in new.coach_notes:
        prev = before.get(note.id)
        if prev is None:
            lines.append(_tr(lang, f"Nieuwe notitie{who(note)}: {_short(note.text)}",
                             f"New note{who(note)}: {_short(note.text)}"))  # fmt: skip
        elif prev.text != note.text:
            lines.append(_tr(lang, f"Notitie{who(note)} aangepast: {_short(note.text)}",
                             f"Note{who(note)} changed: {_short(note.text)}"))  # fmt: skip
        elif prev.private != note.private:
            now = _tr(lang, "nu privé", "now private") if note.private else _tr(
                lang, "niet meer privé", "no longer private")  # fmt: skip
            lines.append(f"{_tr(lang, 'Notitie', 'Note')}: {_short(note.text, 40)}: {now}")
    for note_id, note in before.items():
        if note_id not in after:
            lines.append(_tr(lang, f"Notitie{who(note)} verwijderd: {_short(note.text)}",
                             f"Note{who(note)} removed: {_short(note.text)}"))  # fmt: skip
    return lines


def _sign_off_lines(old: Plan, new: Plan, lang: str) -> list[str]:
    if old.sign_offs == new.sign_offs:
        return []

    def key(s: SignOff) -> tuple[str, str, str]:
        return (str(s.role), s.name, s.signed_on.isoformat())

    before = {key(s): s for s in old.sign_offs}
    after = {key(s): s for s in new.sign_offs}
    lines = []
    for k, s in after.items():
        if k not in before:
            day, role = t.long_date(s.signed_on, lang), label(s.role, lang)
            lines.append(_tr(lang, f"Ondertekend door {s.name} ({role}) op {day}",
                             f"Signed by {s.name} ({role}) on {day}"))  # fmt: skip
    for k, s in before.items():
        if k not in after:
            role = label(s.role, lang)
            lines.append(_tr(lang, f"Handtekening van {s.name} ({role}) weggehaald",
                             f"Signature of {s.name} ({role}) removed"))  # fmt: skip
    return lines


def _plan_lines(old: Plan, new: Plan, lang: str) -> list[str]:
    if old.employee == new.employee and old.occasion == new.occasion and old.shared == new.shared:
        return []
    lines = field_lines(
        old.employee, new.employee, EMPLOYEE_FIELDS, _tr(lang, "Medewerker", "Employee"), lang
    )
    lines += field_lines(
        old.occasion, new.occasion, OCCASION_FIELDS, _tr(lang, "Aanleiding", "Occasion"), lang
    )
    if old.shared != new.shared:
        lines.append(
            _tr(lang, "Plan gedeeld voor het opleidingsplan", "Plan shared for the training plan")
            if new.shared
            else _tr(lang, "Plan niet langer gedeeld", "Plan no longer shared")
        )
    return lines


def diff_plans(old: Plan, new: Plan, lang: str = "nl") -> list[str]:
    """Every change from `old` to `new` as a readable sentence (empty list: nothing changed)."""
    return [
        *_plan_lines(old, new, lang),
        *_goal_lines(old, new, lang),
        *_action_lines(old, new, lang),
        *_skill_lines(old, new, lang),
        *_check_in_lines(old, new, lang),
        *_note_lines(old, new, lang),
        *_sign_off_lines(old, new, lang),
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
