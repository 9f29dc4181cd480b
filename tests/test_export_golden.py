"""Golden files: the Markdown and HTML of the demo plans on a fixed day.

Regenerate after an intended change with `POP_UPDATE_GOLDEN=1 .venv/bin/python -m pytest
tests/test_export_golden.py`, then read the diff before committing it.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from pop_assistent.demo import demo_plans
from pop_assistent.export import export_plan

GOLDEN = Path(__file__).parent / "golden"
CASES = [
    ("sophie-peeters", "md", "nl", "volledig"),
    ("sophie-peeters", "html", "nl", "volledig"),
    ("karim-el-amrani", "md", "nl", "volledig"),
    ("karim-el-amrani", "html", "nl", "volledig"),
    ("karim-el-amrani", "md", "nl", "coach"),
    ("karim-el-amrani", "md", "en", "volledig"),
]


@pytest.mark.parametrize(("plan_id", "fmt", "lang", "version"), CASES)
def test_demo_plan_matches_golden_file(
    plan_id: str, fmt: str, lang: str, version: str, today: date
) -> None:
    plan = next(p for p in demo_plans(today) if p.id == plan_id)
    got = export_plan(plan, fmt, today=today, lang=lang, version=version).decode("utf-8")
    path = GOLDEN / f"{plan_id}.{lang}.{version}.{fmt}"
    if os.environ.get("POP_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(got, encoding="utf-8")
    assert path.is_file(), f"{path} is missing: run with POP_UPDATE_GOLDEN=1 to create it"
    assert got == path.read_text(encoding="utf-8")


def test_coach_version_leaves_out_the_private_note(today: date) -> None:
    karim = demo_plans(today)[1]
    private = next(n.text for n in karim.coach_notes if n.private)
    shared = next(n.text for n in karim.coach_notes if not n.private)
    for fmt in ("md", "html", "json"):
        coach = export_plan(karim, fmt, today=today, version="coach").decode("utf-8")
        full = export_plan(karim, fmt, today=today).decode("utf-8")
        assert private not in coach and shared in coach, fmt
        assert private in full, fmt
