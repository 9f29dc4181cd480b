"""Where the training plan's plans come from: a folder of exported plan files.

Every file in the folder was exported on purpose, so each one counts, whether or not the plan
is marked as shared. A broken file is skipped with one sentence; the others are still used.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from pop_assistent.errors import InvalidDataError, PopError
from pop_assistent.model import Plan
from pop_assistent.storage.codec import plan_from_json_text

Skip = Callable[[str, str], None]
"""Called with (Dutch sentence, English sentence) for every file that is left out."""


def plans_from_folder(folder: Path, on_skip: Skip) -> Iterator[Plan]:
    """The valid plans of `folder` (*.json, sorted by name), one at a time."""
    if not folder.is_dir():
        raise PopError(
            f"De map {folder} bestaat niet. Geef een map met geëxporteerde plannen (.json).",
            f"The folder {folder} does not exist. Give a folder of exported plans (.json).",
        )
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".json" and p.is_file())
    if not files:
        raise PopError(
            f"In de map {folder} staan geen plannen (.json-bestanden).",
            f"The folder {folder} holds no plans (.json files).",
        )
    seen: dict[str, str] = {}
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
            plan = plan_from_json_text(text, path.name)
        except InvalidDataError as exc:
            on_skip(f"{exc.nl} Dit bestand is overgeslagen.", f"{exc.en} This file was skipped.")
            continue
        except UnicodeDecodeError:
            on_skip(
                f"{path.name} is geen tekstbestand in UTF-8 en is overgeslagen.",
                f"{path.name} is not a UTF-8 text file and was skipped.",
            )
            continue
        except OSError as exc:
            reason = exc.strerror or str(exc)
            on_skip(
                f"{path.name} kan niet gelezen worden ({reason}) en is overgeslagen.",
                f"{path.name} cannot be read ({reason}) and was skipped.",
            )
            continue
        if plan.id in seen:
            on_skip(
                f"{path.name} bevat hetzelfde plan ({plan.id}) als {seen[plan.id]} en is "
                "overgeslagen; alleen het eerste bestand telt mee.",
                f"{path.name} holds the same plan ({plan.id}) as {seen[plan.id]} and was "
                "skipped; only the first file counts.",
            )
            continue
        seen[plan.id] = path.name
        yield plan
