"""`pop datum` and `pop smart` from the command line."""

from __future__ import annotations

import json

import pytest

from pop_assistent.cli import main


def test_datum_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["datum", "Q2 2027", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data)[:3] == ["deadline", "start", "end"]
    assert data["deadline"] == "2027-06-30" and data["start"] == "2027-04-01"


def test_datum_readable_uses_vandaag(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["datum", "binnen twee jaar", "--vandaag", "2027-01-15"]) == 0
    assert "maandag 15 januari 2029" in capsys.readouterr().out


def test_datum_refusal_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["datum", "zo snel mogelijk"]) == 2
    captured = capsys.readouterr()
    assert "geen tijdstip" in captured.err and captured.out == ""


def test_bad_vandaag(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["datum", "juni", "--vandaag", "morgen"]) == 2
    assert "--vandaag" in capsys.readouterr().err


def test_smart_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["smart", "Tegen eind juni 2027 haal ik mijn VCA-attest", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"specific", "measurable", "achievable", "relevant", "time_bound",
                         "deadline"}  # fmt: skip
    assert data["deadline"] == "2027-06-30"
    assert data["time_bound"]["met"] is True and data["achievable"]["met"] is None


def test_smart_readable(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["smart", "Ik wil mezelf ontwikkelen"]) == 0
    out = capsys.readouterr().out
    assert "✗ S Specifiek" in out and "Nog niet SMART" in out


def test_smart_letters_are_s_m_a_r_t_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["smart", "Tegen eind juni 2027 haal ik mijn VCA-attest"]) == 0
    lines = capsys.readouterr().out.splitlines()
    letters = [line.split()[1] for line in lines if line[:1] in "✓✗?"]
    assert letters == ["S", "M", "A", "R", "T"]
    assert any(" A Realistisch" in line for line in lines)
    assert main(["--taal", "en", "smart", "By end of June 2027 I pass my VCA exam"]) == 0
    assert " A Achievable" in capsys.readouterr().out


def test_datum_with_two_readings_shows_both_and_exits_3(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["datum", "volgende vrijdag", "--vandaag", "2026-11-24"]) == 3
    out = capsys.readouterr().out
    assert "kan twee dingen betekenen" in out
    assert "1. deze week: deadline vrijdag 27 november 2026" in out
    assert "2. volgende week: deadline vrijdag 4 december 2026" in out


def test_datum_json_with_two_readings(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["datum", "na het verlof", "--json", "--vandaag", "2026-11-24"]) == 3
    data = json.loads(capsys.readouterr().out)
    assert data["ambiguous"] is True and "Welke bedoel je?" in data["question"]
    options = data["options"]
    assert [o["label"] for o in options] == ["na de kerstvakantie", "na de zomervakantie"]
    assert list(options[0])[:4] == ["label", "deadline", "start", "end"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("tegen 15 maart 3000", "Het jaar 3000 ligt te ver"),
        ("vorige maand", "‘vorige maand’ ligt in het verleden"),
    ],
)
def test_datum_refuses_far_and_past(
    capsys: pytest.CaptureFixture[str], text: str, said: str
) -> None:
    assert main(["datum", text, "--vandaag", "2026-11-24"]) == 2
    captured = capsys.readouterr()
    assert said in captured.err and captured.out == ""
