"""Mozilla's ical.js (the calendar parser of Thunderbird and many web clients), run with node.

`.ci/run` installs it from the npm registry into tests/js/node_modules (ignored by git); on a
developer's machine the first test that needs it runs the same `npm ci` when it is missing.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

JS = Path(__file__).parent / "js"
READER = JS / "read_ics.mjs"


def ensure_icaljs() -> str:
    """The path of node, with ical.js installed next to the reader; explains what is missing."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        raise RuntimeError(
            "The calendar tests read every file with Mozilla's ical.js: install Node.js "
            "(node and npm), then run the tests again."
        )
    if not (JS / "node_modules" / "ical.js" / "package.json").is_file():
        subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=JS,
            check=True,
            timeout=600,
        )
    return node


def read_with_icaljs(node: str, *paths: Path) -> list[dict[str, Any]]:
    """What ical.js understood of each file: its events, with UTC instants."""
    done = subprocess.run(
        [node, str(READER), *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: list[dict[str, Any]] = json.loads(done.stdout)
    return result
