"""Reading entries of one kind from a YAML file and validating them, collecting problems."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from pop_assistent.catalogue.problems import Problem, validation_problems
from pop_assistent.catalogue.yamlio import LineDict, YamlSyntaxError, parse_yaml, read_yaml

M = TypeVar("M", bound=BaseModel)


_ENTRY_START = re.compile(rb"(?m)^[ ]*-[ ]+id[ ]*:")


def _entry_count(data: bytes) -> int:
    """How many entries a file seems to hold (counted by their `- id:` lines)."""
    return len(_ENTRY_START.findall(data))


def _bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""


class Collector:
    """Reads entries of one kind from files and validates them into models."""

    def __init__(self, directory: Path, problems: list[Problem]) -> None:
        self.directory = directory
        self.problems = problems
        self.skipped = 0

    def rel(self, path: Path) -> str:
        try:
            return path.relative_to(self.directory).as_posix()
        except ValueError:
            return str(path)

    def entries(self, path: Path, key: str, raw_bytes: bytes | None = None) -> list[Any]:
        """The list of entries in a file (a top-level list, or a list under `key`)."""
        name = self.rel(path)
        if raw_bytes is None and not path.is_file():
            self.problems.append(
                Problem(name, None, None, None, "het bestand ontbreekt", "the file is missing")
            )
            return []
        try:
            data = parse_yaml(raw_bytes) if raw_bytes is not None else read_yaml(path)
        except YamlSyntaxError as exc:
            lost = _entry_count(raw_bytes if raw_bytes is not None else _bytes(path))
            nl, en = exc.nl, exc.en
            if lost > 1:
                nl += f"; daardoor is het hele bestand ({lost} items) overgeslagen"
                en += f"; so the whole file ({lost} entries) was skipped"
            self.problems.append(Problem(name, exc.line, None, None, nl, en, True))
            self.skipped += max(1, lost)
            return []
        if data is None:
            return []
        if isinstance(data, dict) and isinstance(data.get(key), list):
            data = data[key]
        if not isinstance(data, list):
            self.problems.append(
                Problem(
                    name,
                    1,
                    None,
                    None,
                    f"het bestand moet een lijst zijn (elk item begint met '- '), of '{key}:' "
                    "met een lijst eronder",
                    f"the file must be a list (each entry starts with '- '), or '{key}:' with a "
                    "list below it",
                    True,
                )
            )
            self.skipped += 1
            return []
        return data

    def validate(
        self,
        path: Path,
        key: str,
        model: type[M],
        seen: set[str] | None,
        raw_bytes: bytes | None = None,
    ) -> list[tuple[M, LineDict]]:
        """Valid entries of one file with their raw data (for line numbers).

        With `seen`, entries whose id was seen before are reported and left out.
        """
        name = self.rel(path)
        out: list[tuple[M, LineDict]] = []
        for raw in self.entries(path, key, raw_bytes):
            if not isinstance(raw, LineDict):
                self.problems.append(
                    Problem(
                        name,
                        None,
                        None,
                        None,
                        f"'{str(raw)[:40]}' is geen item: een item is een blok 'sleutel: waarde'",
                        f"'{str(raw)[:40]}' is not an entry: an entry is a 'key: value' block",
                        True,
                    )
                )
                self.skipped += 1
                continue
            entry_id = raw.get("id") if isinstance(raw.get("id"), str) else None
            try:
                obj = model.model_validate(raw)
            except ValidationError as exc:
                self.problems.extend(validation_problems(exc, raw, name, entry_id, raw.line))
                self.skipped += 1
                continue
            obj_id = str(getattr(obj, "id"))  # noqa: B009 - every catalogue model has an id
            if seen is not None and obj_id in seen:
                self.problems.append(
                    Problem(
                        name,
                        raw.key_lines.get("id", raw.line),
                        obj_id,
                        "id",
                        f"het id '{obj_id}' komt twee keer voor; dit tweede item is overgeslagen",
                        f"the id '{obj_id}' occurs twice; this second entry was skipped",
                        True,
                    )
                )
                self.skipped += 1
                continue
            if seen is not None:
                seen.add(obj_id)
            out.append((obj, raw))
        return out
