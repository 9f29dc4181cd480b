"""A recovery file: the plan as it is in memory when the store could not take it.

When a save fails (a full or read-only disk, a busy database) or another window saved the
same plan first, the app keeps everything in memory and, when some disk allows it, also writes
the plan here as JSON: owner-only, one file per plan, replaced at every change. It is a plain
plan file, so `pop toon FILE` shows it and `pop importeer FILE` brings it back as a new
version. Once the plan is saved again, the file is removed.

The first folder that takes the file wins: the data folder, the config folder, then the
system's temporary folder (often another disk, or memory).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from pop_assistent.errors import PopError

if TYPE_CHECKING:
    from pop_assistent.config import Settings
    from pop_assistent.model import Plan

FOLDER = "herstel"


def _folders(settings: Settings) -> list[Path]:
    from pop_assistent.paths import config_dir

    folders: list[Path] = []
    data = settings.data_dir
    if data is None:
        from platformdirs import user_data_path

        data = user_data_path("pop-assistent", appauthor=False)
    folders.append(Path(data).expanduser() / FOLDER)
    folders.append(config_dir() / FOLDER)
    folders.append(Path(tempfile.gettempdir()) / f"pop-{FOLDER}-{os.geteuid()}")
    return folders


def save_recovery(plan: Plan, settings: Settings) -> Path | None:
    """Write `plan` to the first folder that takes it; its path, or None if none did."""
    from pop_assistent.files import write_file
    from pop_assistent.paths import ensure_private_dir

    data = plan.to_json().encode("utf-8")
    for folder in _folders(settings):
        try:
            ensure_private_dir(folder)
            if folder.stat().st_uid != os.geteuid():
                continue  # a shared temporary folder made by someone else: not for a plan
            return write_file(folder / f"{plan.id or 'plan'}.json", data)
        except (OSError, PopError):
            continue
    return None


def drop_recovery(path: Path | None) -> None:
    """Remove a recovery file once its plan is saved (quietly: it may be gone already)."""
    if path is None:
        return
    try:
        path.unlink()
    except OSError:
        pass
