"""The import rules (import-linter contracts in pyproject.toml) hold and catch a breach."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT = Path(sys.executable).with_name("lint-imports")


def lint(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT), "--no-cache"], cwd=folder, capture_output=True, text=True, check=False
    )


def test_the_code_keeps_every_contract() -> None:
    result = lint(ROOT)
    assert result.returncode == 0, result.stdout
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("export/markdown.py", "import rich", "Only tui/ imports Textual or Rich"),
        ("model/plan.py", "import pop_assistent.storage", "Layers (README"),
        ("export/html.py", "import pop_assistent.catalogue", "Layers (README"),
        ("storage/base.py", "import pop_assistent.storage.sqlite", "No import cycles"),
    ],
)
def test_a_breach_is_reported(tmp_path: Path, module: str, line: str, contract: str) -> None:
    shutil.copytree(ROOT / "pop_assistent", tmp_path / "pop_assistent")
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    target = tmp_path / "pop_assistent" / module
    target.write_text(target.read_text() + f"\n{line}  # noqa\n")
    result = lint(tmp_path)
    assert result.returncode == 1
    assert contract in result.stdout.split("Broken contracts", 1)[1], result.stdout
