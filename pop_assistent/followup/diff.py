"""'Wat is er veranderd sinds de vorige opvolging': a readable diff between two plan versions.

`diff_plans(old, new, lang)` gives one plain sentence per change to what the plan says: the
employee and the occasion, goals, actions, skills, check-ins (planned, moved, held, skipped,
removed), notes and signatures. Only the conversation's own bookkeeping is left out.
`changes_since_previous_check_in(store, plan_id)` finds the version left by the previous
check-in in the store's history and compares.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, say
from pop_assistent.model import (
    Action,
    ActionStatus,
    CoachNote,
    Plan,
    SignOff,
    SkillRating,
    label,
)
from pop_assistent.storage.base import PlanStore, VersionInfo

from . import text as t
from .diff_fields import (
    ACTION_FIELDS,
    EMPLOYEE_FIELDS,
    GOAL_FIELDS,
    OCCASION_FIELDS,
    SKILL_FIELDS,
    change,
    field_lines,
)
from .state import NOTE


def _short(text: str, limit: int = 70) -> str:
    return t.clip(text, limit)[0]


T = TypeVar("T")


def _pairs(
    old: Sequence[T], new: Sequence[T], key: Callable[[T], str]
) -> Iterator[tuple[T | None, T]]:
    """(as it was or None when new, as it is) for every item of `new` that changed; most of a
    plan does not change between two versions."""
    before = {key(item): item for item in old}
    for item in new:
        prev = before.get(key(item))
        if prev != item:
            yield prev, item


def _gone(old: Sequence[T], new: Sequence[T], key: Callable[[T], str]) -> list[T]:
    """The items of `old` that `new` no longer has."""
    kept = {key(item) for item in new}
    return [item for item in old if key(item) not in kept]


def _skill_key(rating: SkillRating) -> str:
    return rating.skill_id or rating.label


def _goal_lines(old: Plan, new: Plan, lang: Language) -> list[str]:
    lines: list[str] = []
    for prev, goal in _pairs(old.goals, new.goals, lambda g: g.id):
        name = _short(goal.text)
        if prev is None:
            lines.append(say(lang, N_("Nieuw doel: {name}"), name=name))
            continue
        if prev.text != goal.text:
            lines.append(change(lang, N_("Doel herschreven: '{was}' → '{now}'"),
                                _short(prev.text, 50), name))  # fmt: skip
        if prev.status != goal.status:
            was, now = label(prev.status, lang), label(goal.status, lang)
            lines.append(change(lang, N_("Doel '{name}': {was} → {now}"), was, now, name=name))
        if prev.deadline != goal.deadline:
            was, now = t.long_date(prev.deadline, lang), t.long_date(goal.deadline, lang)
            lines.append(change(lang, N_("Deadline van doel '{name}' verschoven: {was} → {now}"),
                                was or "-", now or "-", name=name))  # fmt: skip
        subject = say(lang, N_("Doel '{goal}'"), goal=_short(goal.text, 50))
        lines += field_lines(prev, goal, GOAL_FIELDS, subject, lang)
    for goal in _gone(old.goals, new.goals, lambda g: g.id):
        lines.append(say(lang, N_("Doel verwijderd: {name}"), name=_short(goal.text)))
    return lines


def _when(action: Action, lang: Language) -> str:
    return t.period_text(action.start, action.end, lang)


def _action_lines(old: Plan, new: Plan, lang: Language) -> list[str]:
    lines: list[str] = []
    for prev, action in _pairs(old.actions, new.actions, lambda a: a.id):
        name = _short(action.title)
        if prev is None:
            lines.append(
                say(lang, N_("Nieuwe actie: {name} ({when})"), name=name, when=_when(action, lang))
            )
            continue
        if prev.title != action.title:
            lines.append(change(lang, N_("Actie hernoemd: '{was}' → '{now}'"),
                                _short(prev.title), name))  # fmt: skip
        if prev.status != action.status:
            was, now = label(prev.status, lang), label(action.status, lang)
            if action.status is ActionStatus.in_progress and action.progress:
                now = f"{now} ({action.progress}%)"
            lines.append(change(lang, N_("{name}: {was} → {now}"), was, now, name=name))
        elif prev.progress != action.progress:
            lines.append(change(lang, N_("{name}: voortgang {was}% → {now}%"),
                                prev.progress, action.progress, name=name))  # fmt: skip
        if (prev.start, prev.end) != (action.start, action.end):
            lines.append(change(lang, N_("{name} verschoven: {was} → {now}"),
                                _when(prev, lang), _when(action, lang), name=name))  # fmt: skip
        if prev.goal_id != action.goal_id:
            goal = new.goal(action.goal_id) if action.goal_id else None
            to = _short(goal.text, 50) if goal else "-"
            lines.append(say(lang, N_("{name}: hoort nu bij doel '{to}'"), name=name, to=to))
        lines += field_lines(prev, action, ACTION_FIELDS, name, lang)
    for action in _gone(old.actions, new.actions, lambda a: a.id):
        lines.append(say(lang, N_("Actie geschrapt: {name}"), name=_short(action.title)))
    return lines


def _skill_lines(old: Plan, new: Plan, lang: Language) -> list[str]:
    lines: list[str] = []
    for prev, rating in _pairs(old.skills, new.skills, _skill_key):
        name = _short(rating.label, 50)
        if prev is None:
            lines.append(
                say(
                    lang,
                    N_("Nieuwe vaardigheid: {name} (niveau {current_level})"),
                    name=name,
                    current_level=rating.current_level,
                )
            )
            continue
        if prev.current_level != rating.current_level:
            lines.append(change(lang, N_("{name}: niveau {was} → {now} (gewenst {wanted})"),
                                prev.current_level, rating.current_level, name=name,
                                wanted=rating.wanted_level))  # fmt: skip
        if prev.wanted_level != rating.wanted_level:
            lines.append(change(lang, N_("{name}: gewenst niveau {was} → {now}"),
                                prev.wanted_level, rating.wanted_level, name=name))  # fmt: skip
        lines += field_lines(prev, rating, SKILL_FIELDS, name, lang)
    for rating in _gone(old.skills, new.skills, _skill_key):
        lines.append(say(lang, N_("Vaardigheid weg: {name}"), name=_short(rating.label, 50)))
    return lines


def _check_in_lines(old: Plan, new: Plan, lang: Language) -> list[str]:
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
            lines.append(say(lang, N_("Opvolging gehouden op {held}"), held=held))
            if check_in.feedback.strip():
                said = _short(check_in.feedback)
                lines.append(say(lang, N_("Feedback bij die opvolging: {said}"), said=said))
        elif check_in.skipped_on and (prev is None or prev.skipped_on is None):
            why = _short(check_in.skipped_reason)
            lines.append(
                say(
                    lang,
                    N_("Opvolgmoment van {planned} overgeslagen: {why}"),
                    planned=planned,
                    why=why,
                )
            )
        elif prev is None:
            lines.append(say(lang, N_("Nieuwe opvolging gepland op {planned}"), planned=planned))
        elif prev.planned_for != check_in.planned_for and check_in.pending:
            was = t.long_date(prev.planned_for, lang)
            lines.append(change(lang, N_("Volgende opvolging verplaatst: {was} → {now}"),
                                was, planned))  # fmt: skip
        elif prev.held_on and check_in.held_on and prev != check_in:
            held = t.long_date(check_in.held_on, lang)
            lines.append(say(lang, N_("Verslag van de opvolging van {held} aangepast"), held=held))
    for check_in_id, check_in in before.items():
        if check_in_id not in after:
            day = t.long_date(check_in.held_on or check_in.planned_for, lang)
            what = say(lang, N_("gehouden")) if check_in.held_on else say(lang, N_("gepland"))
            lines.append(
                say(lang, N_("Opvolgmoment van {day} ({what}) verwijderd"), day=day, what=what)
            )
    if old.check_in_every_months != new.check_in_every_months:
        lines.append(
            say(
                lang,
                N_("Opvolging voortaan om de {check_in_every_months} maanden"),
                check_in_every_months=new.check_in_every_months,
            )
        )
    return lines


def _note_lines(old: Plan, new: Plan, lang: Language) -> list[str]:
    if old.coach_notes == new.coach_notes:
        return []
    lines: list[str] = []
    before = {n.id: n for n in old.coach_notes}
    after = {n.id: n for n in new.coach_notes}

    def line(sentence: str, note: CoachNote, marked: bool = True) -> str:
        """`sentence` with who wrote the note ('van Els', and '(privé)' when `marked`)."""
        by = say(lang, N_(" van {author}"), author=_short(note.author, 40)) if note.author else ""
        if marked and note.private:
            by += " (" + say(lang, N_("privé")) + ")"
        return say(lang, sentence, by=by, text=_short(note.text))

    for note in new.coach_notes:
        prev = before.get(note.id)
        if prev is None:
            lines.append(line(N_("Nieuwe notitie{by}: {text}"), note))
        elif prev.text != note.text:
            lines.append(line(N_("Notitie{by} aangepast: {text}"), note))
        elif note.private:
            lines.append(line(N_("Notitie{by} is nu privé: {text}"), note, marked=False))
        elif prev.private:
            lines.append(line(N_("Notitie{by} is niet meer privé: {text}"), note, marked=False))
    for note_id, note in before.items():
        if note_id not in after:
            lines.append(line(N_("Notitie{by} verwijderd: {text}"), note))
    return lines


def _sign_off_lines(old: Plan, new: Plan, lang: Language) -> list[str]:
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
            lines.append(
                say(
                    lang,
                    N_("Ondertekend door {name} ({role}) op {day}"),
                    name=s.name,
                    role=role,
                    day=day,
                )
            )
    for k, s in before.items():
        if k not in after:
            role = label(s.role, lang)
            lines.append(
                say(lang, N_("Handtekening van {name} ({role}) weggehaald"), name=s.name, role=role)
            )
    return lines


def _plan_lines(old: Plan, new: Plan, lang: Language) -> list[str]:
    if old.employee == new.employee and old.occasion == new.occasion and old.shared == new.shared:
        return []
    lines = field_lines(
        old.employee, new.employee, EMPLOYEE_FIELDS, say(lang, N_("Medewerker")), lang
    )
    lines += field_lines(
        old.occasion, new.occasion, OCCASION_FIELDS, say(lang, N_("Aanleiding")), lang
    )
    if old.shared != new.shared:
        lines.append(
            say(lang, N_("Plan gedeeld voor het opleidingsplan"))
            if new.shared
            else say(lang, N_("Plan niet langer gedeeld"))
        )
    return lines


def diff_plans(old: Plan, new: Plan, lang: Language = SOURCE_LANGUAGE) -> list[str]:
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


def changes_since_previous_check_in(
    store: PlanStore, plan_id: str, lang: Language = SOURCE_LANGUAGE
) -> Changes:
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
