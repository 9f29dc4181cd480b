"""Notes read, rewritten and removed through the engine (issue 16 point 6): each change is a new
version, someone else's note is never rewritten under their name, the shared store refuses with
a sentence, and text with markup or template braces comes through as typed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from dialogue_fixtures import store

from pop_assistent.demo import sophie
from pop_assistent.dialogue import Engine
from pop_assistent.dialogue.notes import note_rows
from pop_assistent.storage.sqlite import SQLiteStore

HOSTILE = "Zie [bold]dit[/bold] en {{ plan.id }} {% if x %}ja{% endif %} [link=x]klik[/link]"


def coached(tmp_path: Path, today: date) -> tuple[Engine, SQLiteStore]:
    """Sophie's plan with a private note by her manager (coach mode) and one of her own."""
    db = store(tmp_path)
    e = Engine(sophie(today), today=today, store=db, coach_mode=True)
    e.add_note("Sophie twijfelt aan haar Excel-niveau.", goal_id="g-sophie-excel", private=True)
    e.coach_mode = False
    e.add_note(HOSTILE, goal_id=None)
    return e, db


def test_rows_say_author_date_privacy_and_what_may_be_done(tmp_path: Path, today: date) -> None:
    e, _db = coached(tmp_path, today)
    coach, own = note_rows(e.plan, "nl", me="Sophie Peeters")
    assert (coach.author, coach.written_on, coach.private, coach.number) == (
        "Inge Van den Broeck", "24-11-2026", True, 1,
    )  # fmt: skip
    assert coach.about.startswith("Doel ") and own.about == "Het hele plan"
    assert (coach.can_edit, coach.can_remove) == (False, True)
    assert "niet herschrijven onder de naam van Inge Van den Broeck" in coach.rule
    assert (own.can_edit, own.can_remove, own.text) == (True, True, HOSTILE)
    shared = note_rows(e.plan, "en", me="Sophie Peeters", shared=True)
    assert not any(r.can_edit or r.can_remove for r in shared)
    assert all("shared database this app cannot change" in r.rule for r in shared)


def test_own_note_is_rewritten_as_a_new_version_and_can_be_undone(
    tmp_path: Path, today: date
) -> None:
    e, db = coached(tmp_path, today)
    before = e.version
    own = e.plan.coach_notes[1]
    reply = e.edit_note(own.id, "Nieuw: " + HOSTILE)
    assert "Notitie 2 gewijzigd" in reply.message and e.version == (before or 0) + 1
    stored = db.load(e.plan.id).plan.coach_notes[1]
    assert stored.text == "Nieuw: " + HOSTILE  # markup and braces kept as typed
    assert (stored.id, stored.author, stored.written_on) == (own.id, own.author, own.written_on)
    assert db.history(e.plan.id)[-1].note == "notitie gewijzigd"
    assert db.load(e.plan.id, before).plan.coach_notes[1].text == HOSTILE  # history keeps it
    e.undo()
    assert e.plan.coach_notes[1].text == HOSTILE


def test_someone_elses_note_is_not_rewritten_but_may_be_removed(
    tmp_path: Path, today: date
) -> None:
    e, db = coached(tmp_path, today)
    before = e.version
    coach = e.plan.coach_notes[0]
    reply = e.edit_note(coach.id, "Sophie kan het wel.")
    assert "niet herschrijven" in reply.message and "Inge Van den Broeck" in reply.message
    assert e.version == before and db.load(e.plan.id).plan.coach_notes[0].text == coach.text
    reply = e.remove_note(coach.id)
    assert "Notitie 1 verwijderd" in reply.message and e.version == (before or 0) + 1
    assert [n.id for n in db.load(e.plan.id).plan.coach_notes] == [e.plan.coach_notes[0].id]
    assert coach.id in {n.id for n in db.load(e.plan.id, before).plan.coach_notes}


def test_coach_mode_may_rewrite_the_coachs_own_note(tmp_path: Path, today: date) -> None:
    e, db = coached(tmp_path, today)
    e.coach_mode = True
    coach, own = e.plan.coach_notes
    e.edit_note(coach.id, "Excel gaat beter.")
    assert db.load(e.plan.id).plan.coach_notes[0].text == "Excel gaat beter."
    reply = e.edit_note(own.id, "Overschreven")
    assert "van Sophie Peeters" in reply.message
    assert e.plan.coach_notes[1].text == HOSTILE


@pytest.mark.parametrize(
    ("text", "said"),
    [("   ", "De notitie is leeg."), ("x" * 10001, "hoogstens 10000 tekens")],
)
def test_an_unusable_text_changes_nothing(
    tmp_path: Path, today: date, text: str, said: str
) -> None:
    e, _db = coached(tmp_path, today)
    before = e.version
    reply = e.edit_note(e.plan.coach_notes[1].id, text)
    assert said in reply.message and e.version == before
    assert e.plan.coach_notes[1].text == HOSTILE


def test_shared_store_refuses_in_one_sentence_and_keeps_the_notes(
    tmp_path: Path, today: date
) -> None:
    e, _db = coached(tmp_path, today)
    before, notes = e.version, list(e.plan.coach_notes)
    for reply in (
        e.edit_note(notes[1].id, "anders", shared=True),
        e.remove_note(notes[0].id, shared=True),
    ):
        assert "gedeelde databank kan deze app een notitie niet wijzigen" in reply.message
    assert e.version == before and e.plan.coach_notes == notes


def test_a_note_that_is_gone_gets_a_sentence(tmp_path: Path, today: date) -> None:
    e, _db = coached(tmp_path, today)
    reply = e.remove_note("n-weg")
    assert "staat niet (meer) in het plan" in reply.message and len(e.plan.coach_notes) == 2
