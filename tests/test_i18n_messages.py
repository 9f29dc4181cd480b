"""What goes wrong is said in one language: with POP_TAAL=en not one Dutch word, and in Dutch
(the default) not one English word, judged by word frequencies (tests/language_check.py).

The failures are the ones a person meets: a plan that does not exist, a broken file, a date
that does not exist, and (tests/test_postgres_cli_access.py's org) a refusal by the database."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from cli_support import Capture, OrgCli, run
from i18n_support import foreign_words
from postgres_support import Org, pg_database, pg_org, pg_server, pg_server_info  # noqa: F401
from test_postgres_store import sophie

LANGUAGES = ("nl", "en")


def failures(tmp_path: Path) -> list[tuple[str, ...]]:
    broken = tmp_path / "kapot.json"
    broken.write_text('{"employee": {"name": "Lies"}, "goals": [', encoding="utf-8")
    wrong = tmp_path / "fout.json"
    wrong.write_text('{"employee": {"name": 12}, "goals": "geen lijst"}', encoding="utf-8")
    return [
        ("toon", "lies"),  # no plan at all
        ("exporteer", "lies", "--formaat", "md"),
        ("importeer", str(broken)),  # not JSON
        ("importeer", str(wrong)),  # JSON, not a plan
        ("datum", "tegen 30 februari 2027"),  # a date that does not exist
        ("datum", "de komende maanden"),  # no number
        ("datum", "tegen mijn evaluatie"),  # an event the calendar does not know
    ]


def said(text: str) -> str:
    """The sentence without the file names and what the person typed (they are not words)."""
    return text.replace("kapot.json", " ").replace("fout.json", " ")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_failures_are_said_in_one_language(
    lang: str, tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    if lang == "en":
        monkeypatch.setenv("POP_TAAL", "en")
    problems = {}
    for argv in failures(tmp_path):
        code, out, err = run(capsys, *argv)
        assert code != 0 and err.strip(), argv
        words = foreign_words(said(err + out), set(), lang)
        if words:
            problems[argv] = (words, err)
    assert problems == {}


def test_the_same_failure_reads_differently_in_each_language(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, _, dutch = run(capsys, "toon", "lies")
    monkeypatch.setenv("POP_TAAL", "en")
    _, _, english = run(capsys, "toon", "lies")
    assert "Er is geen plan dat 'lies' heet" in dutch
    assert "There is no plan called 'lies'" in english


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_refusal_by_the_database_is_said_in_one_language(
    lang: str,
    pg_org: Org,  # noqa: F811
    capsys: Capture,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    today: date,
) -> None:
    if lang == "en":
        monkeypatch.setenv("POP_TAAL", "en")
    pop = OrgCli(pg_org, capsys, monkeypatch)
    plan = tmp_path / "anna.json"
    plan.write_text(sophie(today).model_copy(update={"id": "anna"}).to_json(), encoding="utf-8")
    assert pop("anna", "importeer", str(plan))[0] == 0
    code, _, err = pop("anna", "teken", "anna", "--als", "leidinggevende")
    assert code == 2 and "row-level security" in err  # the database decided
    # The server's own words are quoted in brackets, as it said them; the rest is ours.
    assert foreign_words(re.sub(r"\([^)]*\)", " ", err), set(), lang) == [], err
