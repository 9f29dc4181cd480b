"""Issue 18, points 8, 9 and 12: hostile text never crashes the engine, never reaches an
exporter unclean, and a Markdown field never turns into a code block.

Real engines on a real SQLite store, a real .xlsx read back with an XML parser, real Markdown
rendered with markdown-it.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import zipfile
import zlib
from datetime import date
from pathlib import Path
from xml.etree import ElementTree
from xml.sax.saxutils import escape

import pytest
from dialogue_fixtures import engine, say, store
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from pop_assistent.cli import main
from pop_assistent.demo import demo_plans, karim
from pop_assistent.dialogue.types import SignOffAnswer, SkillsAnswer
from pop_assistent.export import export_plan
from pop_assistent.followup import CheckInSession
from pop_assistent.model import Plan, SkillRating
from pop_assistent.model.clean import clean_text
from pop_assistent.storage.sqlite import SQLiteStore

Capture = pytest.CaptureFixture[str]

HOSTILE = [
    "1" * 400,  # float('1' * 400) is inf: int(inf) raised OverflowError
    "9" * 5000,  # int() refuses more than 4300 digits
    "van " + "9" * 400 + " naar 4",
    "1e309",
    "-" + "9" * 400 + " uur",
    "a\udcffb",  # a lone surrogate: what a non-UTF-8 byte becomes in Python
    "\ud83d",  # half an emoji
    "x\ufffey\uffff",  # non-characters: XML (and so .xlsx) refuses them
    "\x1b[2J\x1b[31mrood\x00\x07",  # a terminal escape, NUL, bell
    "\t    ingesprongen",
    "",
    "   ",
]


def unclean(text: str) -> bool:
    return clean_text(text) != text


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def assert_clean(plan: Plan) -> None:
    """Every text in the plan (and so every export) is clean; the plan still validates."""
    dumped = plan.model_dump_json()
    assert Plan.model_validate_json(dumped) == plan
    dirty = [s for s in _strings(json.loads(dumped)) if unclean(s)]
    assert dirty == []


@settings(max_examples=300)
@given(st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=60))
def test_clean_text_leaves_nothing_any_format_refuses(text: str) -> None:
    cleaned = clean_text(text)
    assert clean_text(cleaned) == cleaned  # once is enough
    cleaned.encode("utf-8")  # no lone surrogate
    ElementTree.fromstring(f"<x>{escape(cleaned)}</x>")  # XML 1.0 takes every character
    if text.isprintable():
        assert cleaned == text  # printable text is never touched


# --- point 9: numbers of 309+ digits and lone surrogates in the engine ------------------------


def test_the_skill_level_question_survives_a_309_digit_number(today: date) -> None:
    e = engine(today)
    say(e, "functioneringsgesprek", "Ik werk met digitale tools.", "Administratief medewerker")
    say(e, "Administratie", "2 uur per week", "nauwkeurig werken 4", "Teams en Excel")
    assert e.plan.conversation.pending.question == "levels"
    for text in ("1" * 309, "1" * 400, "van " + "9" * 400 + " naar 4", "9" * 5000):
        reply = e.answer(text)
        assert e.plan.conversation.pending.question == "levels", text[:20]
        assert reply.message
    assert all(r.current_level in (None, 1, 2, 3, 4, 5) for r in e.plan.skills)


def test_lone_surrogates_in_answer_note_and_structured_answer(today: date, tmp_path: Path) -> None:
    db = store(tmp_path)
    e = engine(today, db=db, coach=True)
    e.answer("a\udcffb")
    e.add_note("notitie \ud83d met een half emoji")
    e.answer_structured(SkillsAnswer(skills=[SkillRating(label="Excel\udcff", current_level=2)]))
    e.answer_structured(SignOffAnswer(employee_name="Sophie\udcff", coach_name="Inge\udcff"))
    plan = db.load(e.plan.id).plan
    said = [t.text for t in plan.conversation.turns if t.speaker == "employee"]
    assert "a\ufffdb" in said
    assert any("\ufffd" in n.text for n in plan.coach_notes)
    assert_clean(plan)


JOURNEY = [
    "functioneringsgesprek",
    "Ik werk steeds vaker met digitale tools.",
    "Administratief medewerker",
    "Administratie",
    "2 uur per week",
    "nauwkeurig werken 4",
    "Teams en SharePoint, Excel",
    "2 naar 4",
    "2 naar 4",
    "nee",
    "nee",
    "Tegen 31 december 2027 maak ik het maandrapport in Excel, zonder hulp.",
    "Het maandrapport van de afdeling overnemen.",
    "nee",
    "ja",
    "1",
    "klaar",
    "van februari tot april 2027",
    "1",  # the course is not given then: its next session
    "ja",
    "Minder fouten in het maandrapport.",
    "Het rapport komt op tijd.",
    "om de drie maanden",
    "ja",
]


def test_every_hostile_answer_at_every_question_of_the_walk_through(today: date) -> None:
    """Sophie's walk-through; at every question, each hostile answer is typed into a copy of
    the engine (so one hostile answer cannot steer the walk away from the next question)."""
    from dialogue_fixtures import catalogue

    from pop_assistent.dialogue import Engine
    from pop_assistent.storage.codec import encode_plan

    e = engine(today)
    questions = set()
    for answer in JOURNEY:
        questions.add((e.step, e.plan.conversation.pending.question))
        for hostile in HOSTILE:
            copy = Engine(e.plan, today=today, catalogue_loader=catalogue)
            reply = copy.answer(hostile)
            assert reply.message and not unclean(reply.message)
            encode_plan(copy.plan)  # what a save does: it must not fail either
            assert_clean(copy.plan)
        e.answer(answer)
    assert (
        len(questions) >= 20 and e.plan.conversation.pending.question == "co_role"
    )  # who signs with you


def test_every_hostile_answer_at_every_question_of_a_check_in(today: date, tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "pop.sqlite3") as db:
        db.save(karim(today), None, "demo")
        stored = db.load("karim-el-amrani")
        s = CheckInSession(
            stored.plan, today=date(2027, 4, 2), lang="nl", store=db, base_version=stored.version
        )
        reply = s.start()
        for answer in ["afgerond", "goed", "tijd", "ja", "ja", "bezig 20%", "", "", "nog niet"]:
            for hostile in HOSTILE:
                if reply.finished:
                    break
                reply = s.answer(hostile)
                assert reply.message
            if reply.finished:
                break
            reply = s.answer(answer)
        assert_clean(db.load("karim-el-amrani").plan)


# --- point 8: U+FFFE in a shared plan, and the .xlsx training plan ---------------------------


def _store_raw(db_path: Path, plan: Plan, name: str) -> None:
    """Put a plan in the database the way an older version could: text not cleaned."""
    doc = json.loads(plan.model_dump_json())
    doc["employee"]["name"] = name
    doc["actions"][0]["title"] = "Excel\ufffe voor gevorderden\uffff"
    raw = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "UPDATE versions SET document = ? WHERE plan_id = ? AND version = "
            "(SELECT latest_version FROM plans WHERE id = ?)",
            (zlib.compress(raw), plan.id, plan.id),
        )
    conn.close()


def _assert_xml_parts_parse(path: Path) -> None:
    with zipfile.ZipFile(path) as book:
        for name in book.namelist():
            if name.endswith(".xml"):
                ElementTree.fromstring(book.read(name))  # raises on U+FFFE / U+FFFF


def test_a_shared_plan_with_non_characters_makes_a_workbook_that_opens(
    capsys: Capture, tmp_path: Path, today: date
) -> None:
    assert main(["demo"]) == 0
    sophie = demo_plans(today)[0]
    _store_raw(tmp_path / "data" / "pop.sqlite3", sophie, "Sophie\ufffe Peeters\uffff")
    target = tmp_path / "opleidingsplan.xlsx"
    code = main(["opleidingsplan", "-f", "xlsx", "-o", str(target)])
    assert code == 0, capsys.readouterr().err
    _assert_xml_parts_parse(target)
    from openpyxl import load_workbook

    book = load_workbook(target)
    cells = [str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row]
    assert any("Excel voor gevorderden" in c for c in cells)


def test_a_plan_file_with_non_characters_in_a_folder_makes_a_workbook_that_opens(
    capsys: Capture, tmp_path: Path, today: date
) -> None:
    folder = tmp_path / "plannen"
    folder.mkdir()
    for plan in demo_plans(today):
        doc = json.loads(plan.model_dump_json())
        doc["employee"]["department"] = doc["employee"]["department"] + "\uffff"
        doc["goals"][0]["text"] = "\ufffe" + doc["goals"][0]["text"]
        (folder / f"{plan.id}.json").write_text(json.dumps(doc, ensure_ascii=False))
    target = tmp_path / "uit.xlsx"
    assert main(["opleidingsplan", str(folder), "-f", "xlsx", "-o", str(target)]) == 0
    _assert_xml_parts_parse(target)


def test_every_export_of_a_plan_typed_with_hostile_text_is_clean(today: date) -> None:
    plan = demo_plans(today)[0]
    plan.goals[0].text = "Doel \udcff met \ufffe en \x1b[31m"
    plan.employee.name = "Sophie\uffff Peeters"
    for fmt in ("md", "html", "json", "ics"):
        data = export_plan(plan, fmt, today=today, lang="nl")
        text = bytes(data).decode("utf-8")
        assert not unclean(text.replace("\r", "")), fmt


# --- point 12: a Markdown field that starts with a tab or four spaces --------------------------


@pytest.mark.parametrize("lead", ["\t", "    ", "        ", " \t "])
def test_a_markdown_field_that_starts_indented_is_no_code_block(today: date, lead: str) -> None:
    plan = demo_plans(today)[0]
    plan.goals[0].text = lead + "Tegen juni werk ik zelfstandig in Teams."
    plan.actions[0].expected_return = lead + "Minder zoekwerk in de gedeelde map."
    plan.actions[0].visible_on_floor = lead + "Collega's vinden alles terug."
    plan.occasion.description = lead + "Digitale tools worden belangrijker."
    markdown = bytes(export_plan(plan, "md", today=today, lang="nl")).decode("utf-8")
    html = MarkdownIt("commonmark").render(markdown)
    assert "<pre>" not in html and "<code>" not in html
    for words in ("zelfstandig in Teams", "Minder zoekwerk", "alles terug"):
        assert words in html


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__]))
