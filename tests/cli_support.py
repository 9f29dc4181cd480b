"""Running `pop` in the test's own process, as a person types it, and reading what it said."""

from __future__ import annotations

import io
import sys
from typing import TYPE_CHECKING

import pytest

from pop_assistent.cli import main

if TYPE_CHECKING:
    from postgres_support import Org

Capture = pytest.CaptureFixture[str]


def run(capsys: Capture, *argv: str) -> tuple[int, str, str]:
    """`pop ARGV`: its exit code, standard output and standard error; never a traceback."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err, err
    return code, out, err


def run_with(
    capsys: Capture, mp: pytest.MonkeyPatch, url: str, *argv: str, stdin: str = ""
) -> tuple[int, str, str]:
    """`pop ARGV` against the database at `url`, with `stdin` as what the person types."""
    mp.setenv("POP_DATABASE_URL", url)
    mp.setattr(sys, "stdin", io.StringIO(stdin))
    return run(capsys, *argv)


class OrgCli:
    """Runs `pop` as one person of a test organisation: `pop("anna", "toon", "bram")`."""

    def __init__(self, org: Org, capsys: Capture, mp: pytest.MonkeyPatch) -> None:
        self.org, self.capsys, self.mp = org, capsys, mp

    def __call__(self, who: str, *argv: str, stdin: str = "") -> tuple[int, str, str]:
        return run_with(self.capsys, self.mp, self.org.url(who), *argv, stdin=stdin)
