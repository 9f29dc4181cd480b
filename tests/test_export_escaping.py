"""Hostile text in every rendered field comes out literally in md, html, pdf, ics and json."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import icalendar
import pytest
from markdown_it import MarkdownIt

from pop_assistent.export import export_plan
from pop_assistent.export.sanitize import clean
from pop_assistent.model import (
    Action,
    ActionStatus,
    ActionUpdate,
    CheckIn,
    CoachNote,
    Employee,
    Goal,
    Occasion,
    Plan,
    SignerRole,
    SignOff,
    SkillCategory,
    SkillRating,
    SmartCriterion,
    SmartResult,
)

NASTY = (
    '#set page(fill: red) *bold* _it_ $x$ @ref <b>b</b> \\ {{ x }} [bold] `c` | & "q" '
    "1. 😀\x00\x07 ~~s~~ #{1+1} ]]></x>"
)


def hostile(field: str) -> str:
    """A distinct hostile text per field, so each field is checked on its own."""
    return f"{field}{NASTY}"


FIELDS = [
    "name", "role", "dept", "manager", "coach", "occasion", "skill", "goal", "project",
    "reason", "alternative", "title", "provider", "return", "floor", "upd_well", "upd_obst",
    "upd_vis", "ci_well", "ci_obst", "ci_feedback", "ci_adjust", "author", "note", "signer",
]  # fmt: skip


def benign(field: str) -> str:
    return f"{field} gewone tekst"


def hostile_plan(today: date, h: Callable[[str], str] = hostile) -> Plan:
    """A plan whose every shown text is hostile (or benign, to compare the structure)."""
    crit = SmartCriterion(met=False, reason=h("reason"), question="?")
    return Plan(
        id="hostile",
        created_on=today,
        employee=Employee(
            name=h("name"), role=h("role"), department=h("dept"),
            manager=h("manager"), coach=h("coach"),
        ),
        occasion=Occasion(description=h("occasion") + "\nline two"),
        skills=[SkillRating(label=h("skill"), current_level=1, wanted_level=4,
                            categories=[SkillCategory.to_improve])],
        goals=[Goal(id="g-1", text=h("goal") + "\n- dash line", career_project=h("project"),
                    deadline=date(2027, 6, 30), smart=SmartResult(measurable=crit),
                    training_is_answer=False, alternative_solution=h("alternative"))],
        actions=[
            Action(id="a-1", goal_id="g-1", title=h("title"), provider=h("provider"),
                   start=date(2027, 2, 1), end=date(2027, 3, 1), hours=3, cost_eur=10,
                   expected_return=h("return"), visible_on_floor=h("floor"),
                   status=ActionStatus.in_progress, progress=40),
        ],
        check_ins=[CheckIn(
            id="c-1", planned_for=date(2027, 2, 15), held_on=date(2027, 2, 16),
            updates=[ActionUpdate(action_id="a-1", status=ActionStatus.in_progress, progress=40,
                                  went_well=h("upd_well"), obstacles=h("upd_obst"),
                                  return_visible=h("upd_vis"))],
            went_well=h("ci_well"), obstacles=h("ci_obst"), feedback=h("ci_feedback"),
            adjustments=h("ci_adjust"),
        )],
        coach_notes=[CoachNote(author=h("author"), text=h("note"))],
        sign_offs=[SignOff(role=SignerRole.coach, name=h("signer"), signed_on=today)],
    )  # fmt: skip


def expected(field: str) -> str:
    """What the reader must see: the text, cleaned at the boundary (no control characters)."""
    return " ".join(clean(hostile(field)).split())


class TextAndTags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def text(self) -> str:
        return " ".join(" ".join(self.parts).split())


def html_text(markup: str) -> TextAndTags:
    parser = TextAndTags()
    parser.feed(markup)
    parser.close()
    return parser


@pytest.fixture
def plan(today: date) -> Plan:
    return hostile_plan(today)


def test_markdown_shows_every_field_literally(plan: Plan, today: date) -> None:
    source = export_plan(plan, "md", today=today).decode("utf-8")
    rendered = MarkdownIt("commonmark").enable("table").render(source)
    parsed = html_text(rendered)
    text = parsed.text()
    for field in FIELDS:
        assert expected(field) in text, field
    same_shape = export_plan(hostile_plan(today, benign), "md", today=today).decode("utf-8")
    reference = html_text(MarkdownIt("commonmark").enable("table").render(same_shape))
    assert parsed.tags == reference.tags, "user text changed the document's structure"


def test_html_shows_every_field_literally(plan: Plan, today: date) -> None:
    markup = export_plan(plan, "html", today=today).decode("utf-8")
    parsed = html_text(markup)
    text = parsed.text()
    for field in FIELDS:
        assert expected(field) in text, field
    same_shape = export_plan(hostile_plan(today, benign), "html", today=today).decode("utf-8")
    assert parsed.tags == html_text(same_shape).tags, "user text changed the markup"
    assert "\x00" not in markup and "\x07" not in markup


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        import os

        if os.environ.get("CI"):
            pytest.fail("pdftotext (poppler-utils) is missing in CI")
        pytest.skip("pdftotext (poppler-utils) is not installed here")
    path = tmp_path / "plan.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return result.stdout.decode("utf-8")


def squash(text: str) -> str:
    """Drop whitespace and soft hyphens: line breaks and hyphenation are typesetting."""
    return re.sub(r"[\s\u00ad]+", "", text)


def test_pdf_shows_every_field_literally(plan: Plan, today: date, tmp_path: Path) -> None:
    pdf = export_plan(plan, "pdf", today=today)
    assert pdf.startswith(b"%PDF")
    text = squash(pdf_text(pdf, tmp_path))
    from pop_assistent.export.pdf_fonts import SCRIPTS, font_folders

    emoji_font = bool(font_folders([s for s in SCRIPTS if s.name == "emoji"]))
    for field in FIELDS:
        # Without an emoji font installed (export/pdf_fonts.py) the typesetter leaves them out.
        want = squash(expected(field) if emoji_font else expected(field).replace("😀", ""))
        assert want in text, field


def test_ics_shows_titles_literally(plan: Plan, today: date) -> None:
    cal = icalendar.Calendar.from_ical(export_plan(plan, "ics", today=today))
    summaries = [str(e["SUMMARY"]) for e in cal.walk("VEVENT")]
    descriptions = "\n".join(str(e.get("DESCRIPTION", "")) for e in cal.walk("VEVENT"))
    assert any(expected("title") in s for s in summaries)
    assert any(expected("name") in s for s in summaries)
    assert clean(hostile("provider")) in descriptions
    assert clean(hostile("return")) in descriptions
    assert any(s.startswith("Deadline doel 1: " + expected("goal")) for s in summaries)


def test_json_round_trips_the_hostile_plan(plan: Plan, today: date) -> None:
    data = export_plan(plan, "json", today=today)
    assert Plan.from_json(data) == plan


def test_longest_texts_render_in_every_format(today: date) -> None:
    long_word = "x" * 4990
    plan = hostile_plan(today).model_copy(deep=True)
    plan.goals[0].text = long_word
    plan.actions[0].expected_return = ("lange zin " * 499)[:5000]
    for fmt in ("md", "html", "pdf", "ics", "json"):
        assert export_plan(plan, fmt, today=today)
