"""The wheel carries prompts/ and catalogus/, an installed copy finds them, start-up stays light."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ("prompts", "catalogus")
HEAVY = ("textual", "pydantic", "jinja2", "sqlite3", "typst", "openpyxl", "psycopg", "rapidfuzz")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            ".",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("pop_assistent-*.whl")
    yield built


def repo_files(name: str) -> set[str]:
    base = ROOT / name
    return {
        f"pop_assistent/{name}/{path.relative_to(base).as_posix()}"
        for path in base.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_the_wheel_ships_every_prompt_and_catalogue_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "pop_assistent/cli.py" in names
    assert "pop_assistent/storage/sqlite.py" in names
    assert "pop_assistent/tui/first_words.json" in names  # the greeting on the first frame
    for resource in RESOURCES:
        shipped = {n for n in names if n.startswith(f"pop_assistent/{resource}/")}
        assert shipped, f"no {resource}/ files in the wheel"
        assert repo_files(resource) <= shipped


def test_an_installed_copy_finds_its_resources_from_anywhere(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--target",
            str(site),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import pop_assistent.paths as p; "
        "print(p.resource_dir('prompts')); print(p.resource_dir('catalogus'))"
    )
    result = subprocess.run(
        [sys.executable, "-I", "-c", code, str(site)],
        cwd=elsewhere,
        check=True,
        capture_output=True,
        text=True,
    )
    for line in result.stdout.splitlines():
        folder = Path(line)
        assert folder.parent == site / "pop_assistent", folder
        assert any(f.is_file() for f in folder.rglob("*")), folder


def loaded_after(code: str) -> list[str]:
    """The heavy modules a fresh interpreter has imported after running `code`."""
    probe = f"{code}\nimport sys\nprint('HEAVY:', *(m for m in {HEAVY!r} if m in sys.modules))"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", probe], env=env, check=True, capture_output=True, text=True
    )
    return result.stdout.split("HEAVY:", 1)[1].split()


def test_pop_version_imports_nothing_heavy() -> None:
    result = loaded_after("from pop_assistent.cli import main\nmain(['--version'])")
    assert result == []


def test_building_the_parser_imports_nothing_heavy() -> None:
    assert loaded_after("from pop_assistent.cli import build_parser\nbuild_parser()") == []
