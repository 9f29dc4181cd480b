"""Issue 18, points 9 (bytes that are not UTF-8 in an argument) and 11 (English fragments):
the CLI's error boundary turns every fault into one sentence in the user's language.

These run `pop` as a real process: argv bytes and the terminal's encoding only exist there.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pop_assistent.cli import main
from pop_assistent.model import Plan
from pop_assistent.model.explain import FIELD_LABELS

Capture = pytest.CaptureFixture[str]


def pop(tmp_path: Path, *argv: str | bytes, **env: str) -> subprocess.CompletedProcess[str]:
    root = str(Path(__file__).resolve().parents[1])  # this checkout, not another install
    environment = {**os.environ, "POP_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": root}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "pop_assistent.cli", *argv],
        capture_output=True,
        env=environment,
        cwd=tmp_path,
        text=True,
        errors="replace",
        check=False,
    )


def no_traceback(done: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in done.stderr and "Error:" not in done.stderr, done.stderr
    assert "\\udc" not in done.stderr + done.stdout, "a raw surrogate escape was shown"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    assert pop(tmp_path, "demo").returncode == 0
    return tmp_path


NOT_UTF8 = b"\xff"
LATIN1_NAME = "Jos\xe9".encode("latin-1")


@pytest.mark.parametrize(
    "argv",
    [
        [b"toon", NOT_UTF8],
        [b"toon", LATIN1_NAME],
        [b"exporteer", NOT_UTF8, b"-f", b"md", b"-o", b"-"],
        [b"geschiedenis", NOT_UTF8],
        [b"deel", NOT_UTF8],
        [b"herstel", b"sophie", NOT_UTF8],
        [b"datum", NOT_UTF8],
        [b"smart", NOT_UTF8],
        [b"catalogus", b"zoek", NOT_UTF8],
        [b"opleidingsplan", b"--afdeling", NOT_UTF8, b"-f", b"md", b"-o", b"-"],
        [b"importeer", NOT_UTF8],
    ],
    ids=lambda argv: b" ".join(argv).decode("latin-1"),
)
def test_bytes_that_are_not_utf8_in_an_argument_get_a_sentence(
    demo: Path, argv: list[bytes]
) -> None:
    done = pop(demo, *argv)
    no_traceback(done)
    assert done.returncode in (0, 1, 2)
    if done.returncode == 2:
        assert done.stderr.startswith("pop"), done.stderr


def test_a_file_name_from_a_latin1_terminal_is_read(demo: Path) -> None:
    """The file really has that Latin-1 name on disk: the argument must reach it unchanged."""
    exported = pop(demo, "exporteer", "karim", "-f", "json", "-o", "karim.json")
    assert exported.returncode == 0, exported.stderr
    name = b"caf\xe9.json"
    os.rename(demo / "karim.json", os.path.join(os.fsencode(demo), name))
    done = pop(demo, b"importeer", name)
    no_traceback(done)
    assert done.returncode == 0, done.stderr


def test_a_terminal_that_cannot_show_every_character_gets_no_traceback(demo: Path) -> None:
    """Sophie's plan has a euro sign and arrows; a Latin-1 terminal cannot show those."""
    done = pop(demo, "toon", "sophie", PYTHONIOENCODING="latin-1")
    no_traceback(done)
    assert done.returncode == 0
    assert "Sophie Peeters" in done.stdout


def test_an_unexpected_error_is_one_sentence_without_plan_content(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last line of defence: a bug shows as a sentence (and POP_DEBUG=1 shows the rest)."""
    assert main(["demo"]) == 0
    capsys.readouterr()
    from pop_assistent.commands import plan_view

    def broken(*args: object, **kwargs: object) -> str:
        raise ValueError("Sophie Peeters wil Excel leren")

    monkeypatch.setattr(plan_view, "render_plan", broken)
    code = main(["toon", "sophie"])
    _, err = capsys.readouterr()
    assert code == 70
    assert err.startswith("pop: ") and err.count("\n") == 1
    assert "ValueError" in err and "Sophie" not in err and "Excel" not in err
    monkeypatch.setenv("POP_DEBUG", "1")
    with pytest.raises(ValueError):
        main(["toon", "sophie"])


def test_an_os_error_that_reaches_the_boundary_is_dutch(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["demo"]) == 0
    capsys.readouterr()
    from pop_assistent.commands import plan_view

    def denied(*args: object, **kwargs: object) -> str:
        raise PermissionError(13, "Permission denied", "/srv/plannen/x.json")

    monkeypatch.setattr(plan_view, "render_plan", denied)
    code = main(["toon", "sophie"])
    _, err = capsys.readouterr()
    assert code == 2
    assert "Geen toegang" in err and "Errno" not in err and "Permission denied" not in err


def _field_names(model: type, seen: set[type]) -> set[str]:
    from typing import get_args

    from pydantic import BaseModel

    if model in seen:
        return set()
    seen.add(model)
    names: set[str] = set()
    for name, field in model.model_fields.items():  # type: ignore[attr-defined]
        names.add(name)
        stack = [field.annotation]
        while stack:
            kind = stack.pop()
            if isinstance(kind, type) and issubclass(kind, BaseModel):
                names |= _field_names(kind, seen)
            stack.extend(get_args(kind))
    return names


def test_every_field_of_a_plan_has_a_dutch_and_english_name() -> None:
    """A validation message names the field in the user's language ('provider is te lang')."""
    from pop_assistent.model import Conversation

    internal = {"schema_version", "conversation", "pending", "turns", "step", "speaker"}
    internal |= _field_names(Conversation, set())  # where the conversation stands: not typed
    missing = sorted(_field_names(Plan, set()) - set(FIELD_LABELS) - internal)
    assert missing == []


def test_a_too_long_provider_is_explained_in_dutch(capsys: Capture, tmp_path: Path) -> None:
    import json

    assert main(["demo"]) == 0
    assert main(["exporteer", "karim", "-f", "json", "-o", str(tmp_path / "k.json")]) == 0
    capsys.readouterr()
    doc = json.loads((tmp_path / "k.json").read_text())
    doc["actions"][0]["provider"] = "x" * 400
    (tmp_path / "k.json").write_text(json.dumps(doc))
    assert main(["importeer", str(tmp_path / "k.json")]) == 2
    err = capsys.readouterr().err
    assert "provider" not in err and "aanbieder" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["herstel", "sophie", "1" * 400],
        ["toon", "sophie", "--versie", "9" * 30],
        ["herstel", "sophie", "-3"],
    ],
    ids=["herstel-400-digits", "toon-versie-30-digits", "herstel-negative"],
)
def test_a_version_number_out_of_range_is_a_sentence(capsys: Capture, argv: list[str]) -> None:
    """Found by the fault run: SQLite cannot take an integer of 400 digits (OverflowError)."""
    assert main(["demo"]) == 0
    capsys.readouterr()
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "heeft geen versie" in err and len(err) < 200
