"""Plans saved by the code before the conversation kernel (schema 1, the conversation state as a
dict of strings) resume exactly where they were: same step, same question, same goal or action,
the same numbered list; a check-in in progress goes on at its question. See tests/data/legacy."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from dialogue_fixtures import catalogue

from pop_assistent.dialogue import Engine
from pop_assistent.followup import CheckInSession
from pop_assistent.model import Plan
from pop_assistent.model.legacy import RENAMED
from pop_assistent.storage.codec import plan_from_json_text
from pop_assistent.storage.sqlite import SQLiteStore

LEGACY = Path(__file__).parent / "data" / "legacy"
MANIFEST = json.loads((LEGACY / "manifest.json").read_text(encoding="utf-8"))
WALKS = sorted(k for k, v in MANIFEST.items() if v["flow"] == "walk")
CHECK_INS = sorted(k for k, v in MANIFEST.items() if v["flow"] == "checkin")


def legacy(name: str) -> Plan:
    text = (LEGACY / f"{name}.json").read_text(encoding="utf-8")
    assert '"schema_version": 1' in text  # really a plan of the old shape
    return plan_from_json_text(text, name)


def question_line(message: str) -> str:
    """The line that asks the question (the last one of the message)."""
    return [line for line in message.splitlines() if line.strip()][-1]


def first_line(message: str) -> str:
    """The opening line, up to its first question mark (the examples after it may change)."""
    line = next(line for line in message.splitlines() if line.strip())
    return line.split("?", 1)[0] + "?" if "?" in line else line


@pytest.mark.parametrize("name", WALKS)
def test_a_walk_through_resumes_at_its_question(name: str, today: date) -> None:
    old = MANIFEST[name]
    plan = legacy(name)
    flags = old["pending"]
    pending = plan.conversation.pending
    assert plan.conversation.step == old["step"]
    renamed = RENAMED.get((old["step"], flags["q"]))
    assert pending.question == (renamed or flags["q"])
    assert pending.goal_id == (flags.get("goal_id") or None)
    assert pending.action_id == (flags.get("action_id") or None)
    assert pending.criterion == flags.get("criterion", "")
    assert pending.listing == [i for i in flags.get("listing", "").split(",") if i]
    assert pending.hours_taken == (flags.get("hours_taken") == "1")
    assert plan.conversation.undo_version == (
        int(flags["undo_version"]) if "undo_version" in flags else None
    )
    engine = Engine(plan, today=today, catalogue_loader=catalogue)
    reply = engine.current()
    assert reply.step == old["step"] and engine.plan.conversation.pending.question == (
        renamed or flags["q"]
    )
    if not renamed:  # the same question (its opening or its asking line, word for word)
        said = old["message"]
        assert first_line(said) in reply.message or question_line(said) in reply.message


def test_a_listing_means_the_same_items_after_the_resume(today: date) -> None:
    plan = legacy("walk-13-resources-search")
    engine = Engine(plan, today=today, catalogue_loader=catalogue)
    engine.answer("1")
    titles = [a.title for a in engine.plan.actions]
    assert "Kantoorsoftware voor gevorderden (Excel)" in titles


def test_hours_given_with_the_role_stay_taken(today: date) -> None:
    engine = Engine(legacy("walk-03-role-hours-taken"), today=today, catalogue_loader=catalogue)
    engine.answer("Administratief medewerker")
    engine.answer("Administratie")
    assert engine.step == "self_assessment"  # the hours were not asked again


def test_the_old_store_resumes_and_undo_reads_its_history(tmp_path: Path, today: date) -> None:
    path = tmp_path / "store.sqlite3"
    shutil.copy(LEGACY / "store-v1.sqlite3", path)
    meta = MANIFEST["store"]
    with SQLiteStore(path) as store:
        stored = store.load(meta["plan_id"])
        assert stored.version == meta["version"]
        engine = Engine(
            stored.plan,
            today=today,
            store=store,
            base_version=stored.version,
            catalogue_loader=catalogue,
        )
        assert engine.plan.conversation.pending.question == "done"
        signed = {o.role.value for o in engine.plan.sign_offs}
        engine.undo()  # after a restart: the version before the last answer, from the store
        assert engine.plan.conversation.pending.question == "co_role"
        assert len(engine.plan.sign_offs) < len(signed)
        assert store.load(meta["plan_id"]).version == meta["version"] + 1


@pytest.mark.parametrize("name", CHECK_INS)
def test_a_check_in_resumes_at_its_question(name: str, today: date) -> None:
    old = MANIFEST[name]
    plan = legacy(name)
    flags = old["pending"]
    cursor = plan.conversation.check_in
    assert cursor is not None and cursor.phase == flags["opvolging.phase"]
    assert cursor.check_in_id == flags["opvolging.check_in"]
    assert cursor.queue == [i for i in flags.get("opvolging.queue", "").split(",") if i]
    assert cursor.answered  # the old code recorded the check-in from its first question
    day = date.fromisoformat(MANIFEST["checkin"]["today"])
    session = CheckInSession(plan, today=day)
    reply = session.start()
    assert session.phase == flags["opvolging.phase"]
    # the same question; the date it proposes may differ (a check-in before a goal deadline is
    # now proposed, issue 16 point 4)
    assert first_line(old["message"]).split("Voorstel:")[0] in reply.message
    assert "weggooien" in reply.message  # an unfinished check-in can be discarded, and says so
