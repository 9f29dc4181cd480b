"""`pop exporteer` and `pop herinneringen` end to end through the CLI, on a real store."""

from __future__ import annotations

import stat
from pathlib import Path

import icalendar
import pytest
from cli_support import run

from pop_assistent.model import Plan

Capture = pytest.CaptureFixture[str]


@pytest.fixture
def demo(capsys: Capture) -> None:
    assert run(capsys, "demo")[0] == 0


@pytest.mark.usefixtures("demo")
@pytest.mark.parametrize("fmt", ["md", "html", "pdf", "ics", "json"])
def test_exporteer_writes_an_owner_only_file(
    fmt: str, capsys: Capture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "exporteer", "soph", "--formaat", fmt)
    target = tmp_path / f"pop-sophie-peeters.{fmt}"
    assert code == 0, err
    assert str(target) in err
    assert ("PDF wordt gemaakt" in err) == (fmt == "pdf")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    data = target.read_bytes()
    if fmt == "pdf":
        assert data.startswith(b"%PDF")
    elif fmt == "ics":
        assert icalendar.Calendar.from_ical(data).walk("VEVENT")
    elif fmt == "json":
        assert Plan.from_json(data).id == "sophie-peeters"
    else:
        assert "Sophie Peeters" in data.decode("utf-8")


@pytest.mark.usefixtures("demo")
def test_exporteer_to_a_folder_to_stdout_and_the_coach_version(
    capsys: Capture, tmp_path: Path
) -> None:
    code, _, _ = run(capsys, "exporteer", "karim", "-f", "html", "-o", str(tmp_path))
    assert code == 0 and (tmp_path / "pop-karim-el-amrani.html").is_file()
    code, out, _ = run(capsys, "exporteer", "karim", "-f", "md", "-o", "-", "--versie", "coach")
    assert code == 0 and out.startswith("# Persoonlijk ontwikkelingsplan: Karim El Amrani")
    assert "nachtploeg" not in out and "tien minuten" in out
    code, out, _ = run(capsys, "--taal", "en", "exporteer", "karim", "-f", "md", "-o", "-")
    assert "# Personal development plan" in out and "nachtploeg" in out


@pytest.mark.usefixtures("demo")
def test_exporteer_reads_a_plan_file_and_refuses_bad_input(capsys: Capture, tmp_path: Path) -> None:
    plan_file = tmp_path / "karim.json"
    assert run(capsys, "exporteer", "karim", "-f", "json", "-o", str(plan_file))[0] == 0
    code, out, _ = run(capsys, "exporteer", str(plan_file), "-f", "md", "-o", "-")
    assert code == 0 and "Karim El Amrani" in out
    broken = tmp_path / "kapot.json"
    broken.write_text('{"id": "x"}')
    for argv in (
        ["exporteer", str(broken)],
        ["exporteer", "niemand"],
        ["exporteer", "karim", "-o", str(tmp_path / "geen" / "map" / "x.pdf")],
        ["herinneringen", "--dagen", "-3"],
    ):
        code, _, err = run(capsys, *argv)
        assert code == 2 and err.startswith("pop: ") and "Traceback" not in err, argv


@pytest.mark.usefixtures("demo")
def test_herinneringen_prints_what_is_due(capsys: Capture, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(capsys, "herinneringen")
    assert code == 0 and out.startswith("Niets te doen in de komende 14 dagen")
    code, out, _ = run(capsys, "herinneringen", "--dagen", "1")
    assert code == 0 and out.startswith("Niets te doen in de komende 1 dag (tot ")
    monkeypatch.setenv("POP_VANDAAG", "2027-03-03")
    code, out, _ = run(capsys, "herinneringen", "--dagen", "30")
    assert code == 0
    lines = out.splitlines()
    assert (
        "te laat" in lines[1] and "Sophie Peeters" in lines[1] and "had moeten starten" in lines[1]
    )
    assert any("deadline actie: Interpersoonlijke communicatie" in line for line in lines)
    assert lines[-1] == "3 onderdelen zijn te laat."
    code, out, _ = run(capsys, "herinneringen", "karim", "--dagen", "30")
    assert "Sophie" not in out and "Karim El Amrani" in out
