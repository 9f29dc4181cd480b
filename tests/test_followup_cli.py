"""`pop opvolging` in the terminal: a keyboard-only check-in, resumable, and `--wijzigingen`."""

from __future__ import annotations

import io

import pytest

from pop_assistent.cli import main

ANSWERS = [
    "3",  # afgerond (choice number)
    "Het rollenspel [bold] {{ x }} <b> hielp",
    "overslaan",
    "1",  # ja, zichtbaar
    "ja",
    "bezig 20%",
    "overslaan",
    "overslaan",
    "nog niet",
    "Luc Maes: verdiep je verder in management",
    "2",  # toevoegen
    "Module leidinggeven aan een ploeg",
    "2",
    "najaar 2027",
    "12",
    "6",  # klaar
    "ok",
]


def run(monkeypatch: pytest.MonkeyPatch, args: list[str], lines: list[str]) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{line}\n" for line in lines)))
    return main(args)


def test_check_in_in_the_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("POP_VANDAAG", "2027-04-02")
    assert run(monkeypatch, ["opvolging", "karim"], ANSWERS) == 0
    out = " ".join(capsys.readouterr().out.split())  # wrapped at the terminal width
    assert "Opvolging van 2 april 2027" in out
    assert "Kies: 1) niet gestart 2) bezig 3) afgerond 4) geannuleerd 5) overslaan" in out
    assert "Is het zichtbaar op de werkvloer?" in out
    assert "Wat zei je leidinggevende (Luc Maes) of je coach (Els Jacobs)" in out
    assert (
        "Toegevoegd: Module leidinggeven aan een ploeg (1 september 2027 – 30 november 2027, "
        "12 uur)" in out
    )
    assert "- Nieuwe actie: Module leidinggeven aan een ploeg" in out
    assert "**" not in out and "\\[" not in out  # plain text, no Markdown escapes

    assert main(["opvolging", "karim", "--wijzigingen"]) == 0
    changes = capsys.readouterr().out
    assert changes.startswith("Wat is er veranderd sinds de eerste versie (versie 1)")
    assert "Feedback geven: niveau 2 → 3 (gewenst 4)" in changes

    assert main(["geschiedenis", "karim"]) == 0
    assert "opvolging 2027-04-02" in capsys.readouterr().out


def test_stop_and_continue_later(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["demo"])
    monkeypatch.setenv("POP_VANDAAG", "2027-04-02")
    assert run(monkeypatch, ["opvolging", "karim"], ["afgerond", "stop"]) == 0
    assert "pop opvolging karim-el-amrani" in capsys.readouterr().out
    assert run(monkeypatch, ["opvolging", "karim"], []) == 0  # end of input: saved, no traceback
    out = capsys.readouterr().out
    assert "Welkom terug" in out and "Wat ging er goed" in out


def test_which_plan(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["opvolging"]) == 2
    assert "Er zijn nog geen plannen" in capsys.readouterr().err
    main(["demo"])
    capsys.readouterr()
    assert main(["opvolging"]) == 2
    assert "Welk plan wil je opvolgen?" in capsys.readouterr().err
    assert main(["opvolging", "niemand"]) == 2
    assert main(["--taal", "en", "opvolging"]) == 2
    assert "Which plan" in capsys.readouterr().err


def test_terminal_text_is_plain_and_wrapped_on_words(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["demo"])
    capsys.readouterr()
    monkeypatch.setenv("POP_VANDAAG", "2027-04-02")
    monkeypatch.setenv("COLUMNS", "60")
    monkeypatch.setenv("LINES", "24")
    assert run(monkeypatch, ["opvolging", "karim"], ["afgerond", "goed", "niets", "stop"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert "Opvolging van 2 april 2027" in lines and "## " not in out
    assert all(len(line) <= 60 or " " not in line.strip() for line in lines)
    words = set(" ".join(lines).split())
    for line in lines:  # no line starts with punctuation, no word cut in two
        assert not line.strip() or line.strip()[0] not in ",.;:!?)", line
    assert "Opvolging" in words
    from datetime import date

    from pop_assistent.demo import demo_plans

    karim = next(p for p in demo_plans(date(2026, 11, 24)) if p.employee.name.startswith("Karim"))
    expected = next(a.expected_return for a in karim.actions if a.expected_return)
    flat = " ".join(out.split())
    assert f"“{expected}”" in flat and f"*{expected}*" not in flat


def test_an_empty_line_keeps_the_question_open_and_resume_asks_it_again(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["demo"])
    monkeypatch.setenv("POP_VANDAAG", "2027-04-02")
    capsys.readouterr()
    assert run(monkeypatch, ["opvolging", "karim"], ["bezig", "30%", ""]) == 0
    out = capsys.readouterr().out
    assert out.count("Wat ging er goed bij") == 2  # asked again after the empty line
    assert "Liep je ergens tegenaan" not in out
    assert run(monkeypatch, ["opvolging", "karim"], ["stop"]) == 0
    out = capsys.readouterr().out
    assert "Welkom terug" in out and "Wat ging er goed bij" in out
    assert "Liep je ergens tegenaan" not in out


def test_stopping_before_any_answer_changes_nothing_and_says_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["demo"])
    capsys.readouterr()
    assert main(["geschiedenis", "karim"]) == 0
    before = capsys.readouterr().out
    monkeypatch.setenv("POP_VANDAAG", "2027-04-02")
    assert run(monkeypatch, ["opvolging", "karim"], ["stop"]) == 0
    assert "Er is niets veranderd" in capsys.readouterr().out
    assert main(["geschiedenis", "karim"]) == 0
    assert capsys.readouterr().out == before  # no version was added by looking


def test_a_missed_check_in_is_late_until_skipped_with_a_reason(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo"]) == 0
    monkeypatch.setenv("POP_VANDAAG", "2027-04-20")
    assert main(["herinneringen", "sophie"]) == 0
    assert "opvolgmoment niet gehouden (50 dagen te laat)" in capsys.readouterr().out
    assert main(["opvolging", "sophie", "--overslaan", "  "]) == 2
    assert "Geef een reden" in capsys.readouterr().err
    assert main(["opvolging", "sophie", "--overslaan", "Sophie was met zorgverlof"]) == 0
    out = capsys.readouterr().out
    assert "Het opvolgmoment van 1 maart 2027 is overgeslagen (Sophie was met zorgverlof)" in out
    assert "Volgende opvolging: 1 juni 2027" in out
    assert main(["herinneringen", "sophie"]) == 0
    assert "opvolgmoment" not in capsys.readouterr().out
    assert main(["opvolging", "sophie", "--wijzigingen"]) == 0
    assert "overgeslagen: Sophie was met zorgverlof" in capsys.readouterr().out
    assert main(["toon", "sophie"]) == 0
    assert "01-03-2027: overgeslagen: Sophie was met zorgverlof" in capsys.readouterr().out
    # a check-in that is under way is finished first, never skipped halfway
    assert run(monkeypatch, ["opvolging", "karim"], ["3", "stop"]) == 0
    capsys.readouterr()
    assert main(["opvolging", "karim", "--overslaan", "geen tijd"]) == 2
    assert "Er loopt nog een opvolging" in capsys.readouterr().err
