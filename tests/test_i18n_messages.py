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
    rules = tmp_path / "regels.json"  # one of pydantic's error types per field, each explained
    rules.write_text(
        '{"employee": {"name": "Lies", "fte": 0, "language": "xx", "hours_per_week": 50},'
        ' "goals": [{"id": "g-1", "text": "Excel", "status": "bezig", "deadline": "2027-02-30"}],'
        ' "actions": [{"title": "Cursus", "goal_id": "g-1", "start": "2027-05-01",'
        ' "end": "2027-04-01", "hours": "veel", "type": "les", "extra": 1}]}',
        encoding="utf-8",
    )
    unknown = tmp_path / "verwijzing.json"  # a rule of the plan itself (model/rule_errors.py)
    unknown.write_text(
        '{"id": "p-1", "created_on": "2026-11-24", "employee": {"name": "Lies"}, "goals": [],'
        ' "actions": [{"title": "Cursus", "goal_id": "g-weg"}]}',
        encoding="utf-8",
    )
    return [
        ("toon", "lies"),  # no plan at all
        ("exporteer", "lies", "--formaat", "md"),
        ("importeer", str(broken)),  # not JSON
        ("importeer", str(wrong)),  # JSON, not a plan
        ("importeer", str(rules)),  # a plan that breaks many rules of its fields
        ("importeer", str(unknown)),  # an action of a goal that is not there
        ("datum", "tegen 30 februari 2027"),  # a date that does not exist
        ("datum", "de komende maanden"),  # no number
        ("datum", "tegen mijn evaluatie"),  # an event the calendar does not know
    ]


def said(text: str) -> str:
    """The sentence without the file names and what the person typed (they are not words)."""
    for name in ("kapot.json", "fout.json", "regels.json", "verwijzing.json"):
        text = text.replace(name, " ")
    return text


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


def test_a_broken_rule_is_explained_by_its_type_in_each_language(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pydantic's own English never reaches a Dutch reader: each error is said by its type
    code with its values (the limit, the choices with a translated 'or'), the plan's own
    rules by theirs, with the place they apply."""
    argv = [argv for argv in failures(tmp_path) if "regels.json" in argv[-1]][0]
    _, _, dutch = run(capsys, *argv)
    monkeypatch.setenv("POP_TAAL", "en")
    _, _, english = run(capsys, *argv)
    for sentence in (
        "De tewerkstellingsbreuk (FTE) moet groter zijn dan 0.",
        "Het aantal uren per week mag hoogstens 40 zijn.",
        "Doel 1: de status moet een van deze waarden zijn: 'open', 'achieved' of 'dropped'.",
        "Actie 1: het aantal uren moet een getal zijn.",
    ):
        assert sentence in dutch
    for sentence in (
        "The FTE must be greater than 0.",
        "Goal 1: the status must be one of these values: 'open', 'achieved' or 'dropped'.",
        "Action 1: extra is not a known field.",
    ):
        assert sentence in english
    monkeypatch.delenv("POP_TAAL")
    _, _, rule = run(capsys, "importeer", str(tmp_path / "verwijzing.json"))
    assert "Actie 'Cursus' verwijst naar een onbekend doel." in rule


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
