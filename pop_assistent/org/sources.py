"""Where the training plan's plans come from: a folder of exported plan files.

Every file in the folder was exported on purpose, so each one counts, whether or not the plan
is marked as shared. A broken file is skipped with one sentence; the others are still used.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from pop_assistent.errors import InvalidDataError, PopError
from pop_assistent.i18n import N_, Message
from pop_assistent.model import Plan
from pop_assistent.storage.codec import plan_from_json_text

Skip = Callable[[Message], None]
"""Called with (Dutch sentence, English sentence) for every file that is left out."""


def plans_from_folder(folder: Path, on_skip: Skip) -> Iterator[Plan]:
    """The valid plans of `folder` (*.json, sorted by name), one at a time."""
    if not folder.is_dir():
        raise PopError(
            N_("De map {folder} bestaat niet. Geef een map met geëxporteerde plannen (.json)."),
            folder=folder,
        )
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".json" and p.is_file())
    if not files:
        raise PopError(
            N_("In de map {folder} staan geen plannen (.json-bestanden)."), folder=folder
        )
    seen: dict[str, str] = {}
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
            plan = plan_from_json_text(text, path.name)
        except InvalidDataError as exc:
            on_skip(Message(N_("{why} Dit bestand is overgeslagen."), why=exc))
            continue
        except UnicodeDecodeError:
            on_skip(
                Message(
                    N_("{name} is geen tekstbestand in UTF-8 en is overgeslagen."), name=path.name
                ),
            )
            continue
        except OSError as exc:
            reason = exc.strerror or str(exc)
            on_skip(
                Message(
                    N_("{name} kan niet gelezen worden ({reason}) en is overgeslagen."),
                    name=path.name,
                    reason=reason,
                ),
            )
            continue
        if plan.id in seen:
            on_skip(
                Message(
                    N_(
                        "{name} bevat hetzelfde plan ({id}) als {first_file} en is overgeslagen; "
                        "alleen "
                        "het eerste bestand telt mee."
                    ),
                    name=path.name,
                    id=plan.id,
                    first_file=seen[plan.id],
                ),
            )
            continue
        seen[plan.id] = path.name
        yield plan
