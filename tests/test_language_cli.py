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


def test_smart_letters_are_s_m_r_r_t_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["smart", "Tegen eind juni 2027 haal ik mijn VCA-attest"]) == 0
    lines = capsys.readouterr().out.splitlines()
    letters = [line.split()[1] for line in lines if line[:1] in "✓✗?"]
    assert letters == ["S", "M", "R", "R", "T"]
    assert any(" R Realistisch" in line for line in lines)
    assert main(["--taal", "en", "smart", "By end of June 2027 I pass my VCA exam"]) == 0
    assert " A Achievable" in capsys.readouterr().out
