"""The plan's notes to read, rewrite or remove (issue 16 point 6), without a front end.

Who may do what with a note:
- *your own* note (its author is the person at the keyboard: the coach in coach mode, else the
  employee, see `note_author`; or it has no author) you may rewrite and remove;
- a note *by someone else* (a coach's note in the employee's plan) you may remove from this
  plan, which is the employee's own copy (the version before keeps it: `pop geschiedenis`,
  `pop herstel`), but not rewrite: new words would still read as theirs;
- in the shared store notes are rows the database signs with their author, and this app only
  adds them (storage/postgres_parts.py): there a change or a removal is refused with one
  sentence, and the database's security is left as it is.

These functions never change the plan: they return the new list of notes, so the engine can
keep the plan as it was for undo before it applies one.
"""

from __future__ import annotations

from dataclasses import dataclass

from pop_assistent.errors import PopError
from pop_assistent.i18n import N_, Language, translations
from pop_assistent.model import CoachNote, Plan
from pop_assistent.model.clean import clean_text
from pop_assistent.text.fold import fold
from pop_assistent.text.formats import numeric_date

MAX_NOTE = 10000
"""CoachNote.text's limit."""


@dataclass(frozen=True)
class NoteRow:
    """One note as a front end lists it."""

    id: str
    number: int
    author: str
    written_on: str
    private: bool
    about: str
    """'Doel 2: ...' or 'Het hele plan'."""
    text: str
    own: bool
    can_edit: bool
    can_remove: bool
    rule: str
    """One sentence: what you can do with this note, and why not the rest."""


def is_own(note: CoachNote, me: str) -> bool:
    """Written by the person at the keyboard (or by nobody named)."""
    return not note.author.strip() or fold(note.author) == fold(me)


def _rule(note: CoachNote, own: bool, shared: bool, lang: Language) -> str:
    _ = translations(lang).gettext
    if shared:
        return _(
            "In de gedeelde databank kan deze app een notitie niet wijzigen of "
            "verwijderen; schrijf een nieuwe notitie."
        )
    if own:
        return _(
            "Je eigen notitie: je kunt ze wijzigen of verwijderen; de vorige versie blijft bewaard."
        )
    who = note.author
    return _(
        "Geschreven door {who}: je kunt ze uit dit plan verwijderen, maar niet "
        "herschrijven onder de naam van {who}; schrijf liever een eigen notitie."
    ).format(who=who)


def _about(plan: Plan, note: CoachNote, lang: Language) -> str:
    _ = translations(lang).gettext
    goal = plan.goal(note.goal_id) if note.goal_id else None
    if goal is None:
        return _("Het hele plan")
    number = plan.goals.index(goal) + 1
    return _("Doel {number}: {goal}").format(number=number, goal=" ".join(goal.text.split()))


def note_rows(plan: Plan, lang: Language, me: str, shared: bool = False) -> list[NoteRow]:
    """Every note of the plan, in the order written, with what `me` may do with it."""
    _ = translations(lang).gettext
    rows = []
    for number, note in enumerate(plan.coach_notes, start=1):
        own = is_own(note, me)
        rows.append(
            NoteRow(
                id=note.id,
                number=number,
                author=note.author or (_("(geen naam)")),
                written_on=numeric_date(note.written_on, lang),
                private=note.private,
                about=_about(plan, note, lang),
                text=note.text,
                own=own,
                can_edit=own and not shared,
                can_remove=not shared,
                rule=_rule(note, own, shared, lang),
            )
        )
    return rows


def _find(plan: Plan, note_id: str) -> tuple[int, CoachNote]:
    for index, note in enumerate(plan.coach_notes):
        if note.id == note_id:
            return index, note
    raise PopError(N_("Die notitie staat niet (meer) in het plan."))


def _refuse_shared(shared: bool) -> None:
    if shared:
        raise PopError(
            N_(
                "In de gedeelde databank kan deze app een notitie niet wijzigen of verwijderen; "
                "schrijf een nieuwe notitie."
            )
        )


def edited(
    plan: Plan, note_id: str, text: str, me: str, shared: bool = False
) -> tuple[list[CoachNote], int]:
    """The notes with one rewritten (author, date and privacy kept), and its number; PopError
    with a sentence when that is not allowed or the text is empty."""
    _refuse_shared(shared)
    index, note = _find(plan, note_id)
    if not is_own(note, me):
        raise PopError(
            N_(
                "Deze notitie is van {author}: je kunt ze niet herschrijven onder die naam. "
                "Verwijder ze, of schrijf een eigen notitie."
            ),
            author=note.author,
        )
    words = clean_text(text).strip()
    if not words:
        raise PopError(N_("De notitie is leeg."))
    if len(words) > MAX_NOTE:
        raise PopError(N_("Een notitie is hoogstens {MAX_NOTE} tekens lang."), MAX_NOTE=MAX_NOTE)
    notes = list(plan.coach_notes)
    notes[index] = note.model_copy(update={"text": words})
    return notes, index + 1


def removed(plan: Plan, note_id: str, me: str, shared: bool = False) -> tuple[list[CoachNote], int]:
    """The notes without one, and its number; PopError with a sentence in the shared store."""
    _refuse_shared(shared)
    index, _note = _find(plan, note_id)
    notes = list(plan.coach_notes)
    del notes[index]
    return notes, index + 1
