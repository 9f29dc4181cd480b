"""`pop ... | head` ends quietly: no traceback when the reader closes the pipe."""

from __future__ import annotations

import subprocess
import sys


def test_closed_pipe_gives_no_traceback() -> None:
    command = [
        sys.executable,
        "-m",
        "pop_assistent.cli",
        "smart",
        "--json",
        "Tegen eind juni 2027 maak ik zelfstandig draaitabellen in Excel",
    ]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # the reader is gone before pop writes anything
        stderr = proc.stderr.read().decode()
        proc.wait(timeout=60)
    assert "Traceback" not in stderr
    assert "BrokenPipeError" not in stderr
    assert proc.returncode in (0, 141)
