"""Issue 18, points 3 and 7, headless: a failed save keeps every answer in memory and saves
them all once it can; a second window on the same plan turns read-only after the conflict and
keeps what is typed there. Real engines on a real SQLite store (on a real full tmpfs)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dialogue_fixtures import catalogue
from fault_support import fill_up, small_disk

from pop_assistent.dialogue import open_session
from pop_assistent.storage.sqlite import SQLiteStore


def employee_said(plan_turns: list[object]) -> list[str]:
    return [t.text for t in plan_turns if t.speaker == "employee"]  # type: ignore[attr-defined]


def test_a_second_window_turns_read_only_and_keeps_what_is_typed(
    tmp_path: Path, today: date
) -> None:
    db = SQLiteStore(tmp_path / "pop.sqlite3")
    first = open_session(db, None, today=today, catalogue_loader=catalogue)
    first.answer("Ayşe Demir")
    first.answer("functioneringsgesprek")
    second = open_session(db, "ayse", today=today, catalogue_loader=catalogue)
    first.answer("Ik wil beter leren plannen in de keuken.")  # window one saves first
    saved_by_first = db.load(first.plan.id).version

    reply = second.answer("Ik wil leiding leren geven.")  # window two: conflict
    assert second.conflict is not None
    assert "Alleen lezen" in reply.message and "pop --plan ayse-demir" in reply.message
    step_at_conflict = second.plan.conversation.step

    reply = second.answer("en ook Excel")  # still read-only: nothing saved, nothing lost
    assert "Alleen lezen" in reply.message
    assert db.load(first.plan.id).version == saved_by_first
    assert db.load(first.plan.id).plan.occasion.description.startswith("Ik wil beter leren")
    said = employee_said(second.plan.conversation.turns)
    assert said[-2:] == ["Ik wil leiding leren geven.", "en ook Excel"]
    assert second.plan.conversation.step == step_at_conflict  # and nothing else changed
    db.close()


def test_a_full_disk_keeps_the_answers_and_saves_them_all_later(
    tmp_path: Path, today: date
) -> None:
    with small_disk(tmp_path / "disk", size_kib=2048, free_kib=2048) as disk:
        db = SQLiteStore(disk / "pop.sqlite3")
        e = open_session(db, None, today=today, catalogue_loader=catalogue)
        e.answer("Jan Peeters")
        e.answer("functioneringsgesprek")
        version = e.version
        fill_up(disk)
        reply = e.answer("Ik wil " + "veilig werken met de heftruck. " * 40)
        assert e.unsaved is not None and e.unsaved.kind == "full"
        assert any("Schijf vol" in w for w in reply.warnings)
        assert "Nog niet bewaard" in reply.message
        e.answer("magazijnier")  # still full: kept in memory as well
        assert e.unsaved is not None and e.version == version
        assert e.retry_save() is None
        for filler in disk.glob("filler*"):
            filler.unlink()
        assert e.retry_save() == version + 1  # one version holding both answers
        assert e.unsaved is None
        stored = db.load(e.plan.id).plan
        assert employee_said(stored.conversation.turns)[-1] == "magazijnier"
        assert stored.employee.role.lower() == "magazijnier"
        db.close()


def test_a_check_in_on_a_full_disk_says_so_and_saves_later(tmp_path: Path, today: date) -> None:
    from pop_assistent.demo import karim
    from pop_assistent.followup import CheckInSession

    with small_disk(tmp_path / "disk", size_kib=2048, free_kib=2048) as disk:
        db = SQLiteStore(disk / "pop.sqlite3")
        db.save(karim(today), None, "demo")
        stored = db.load("karim-el-amrani")
        session = CheckInSession(
            stored.plan, today=date(2027, 4, 2), lang="nl", store=db, base_version=stored.version
        )
        session.start()
        fill_up(disk)
        reply = session.answer("afgerond")
        assert any("Schijf vol" in w for w in reply.warnings)
        reply = session.answer("Het rollenspel " * 200)
        for filler in disk.glob("filler*"):
            filler.unlink()
        session.answer("weinig tijd door de nachtploeg")
        held = [c for c in db.load("karim-el-amrani").plan.check_ins if c.held_on]
        assert held and held[-1].updates[0].went_well.startswith("Het rollenspel")
        db.close()
