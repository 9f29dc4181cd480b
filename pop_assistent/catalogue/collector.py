"""Reading entries of one kind from a YAML file and validating them, collecting problems."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from pop_assistent.catalogue.compiled import FileItems, item_row
from pop_assistent.catalogue.problems import Problem, validation_problems
from pop_assistent.catalogue.yamlio import LineDict, YamlSyntaxError, parse_yaml
from pop_assistent.i18n import N_, Message
from pop_assistent.model.catalogue import CatalogueItem

M = TypeVar("M", bound=BaseModel)

_ENTRY_START = re.compile(rb"(?m)^[ ]*-[ ]+id[ ]*:")


def entry_count(data: bytes) -> int:
    """How many entries a file seems to hold (counted by their `- id:` lines)."""
    return len(_ENTRY_START.findall(data))


def duplicate(name: str, line: int | None, entry_id: str) -> Problem:
    return Problem(
        name,
        Message(
            N_("het id '{entry_id}' komt twee keer voor; dit tweede item is overgeslagen"),
            entry_id=entry_id,
        ),
        line,
        entry_id,
        "id",
        True,
    )


@dataclass
class Source:
    """One catalogue file: its name for messages and its bytes (None: missing or too large)."""

    name: str
    data: bytes | None

    @cached_property
    def hash(self) -> str:
        """A fingerprint of the content ('-': nothing read)."""
        if self.data is None:
            return "-"
        return hashlib.blake2b(self.data, digest_size=16).hexdigest()


class Collector:
    """Validates the entries of files into models, collecting problems and skipped entries."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.skipped = 0

    def entries(self, name: str, data: bytes | None, key: str) -> list[Any]:
        """The list of entries in a file (a top-level list, or a list under `key`)."""
        if data is None:  # missing or too large: said where it was read
            return []
        try:
            parsed = parse_yaml(data)
        except YamlSyntaxError as exc:
            lost = entry_count(data)
            message = exc.message
            if lost > 1:
                message = Message(
                    N_("{why}; daardoor is het hele bestand ({count} items) overgeslagen"),
                    why=message,
                    count=lost,
                )
            self.problems.append(Problem(name, message, exc.line, skipped=True))
            self.skipped += max(1, lost)
            return []
        if parsed is None:
            return []
        if isinstance(parsed, dict) and isinstance(parsed.get(key), list):
            parsed = parsed[key]
        if not isinstance(parsed, list):
            self.problems.append(
                Problem(
                    name,
                    Message(
                        N_(
                            "het bestand moet een lijst zijn (elk item begint met '- '), of "
                            "'{key}:' met een lijst eronder"
                        ),
                        key=key,
                    ),
                    1,
                    skipped=True,
                )
            )
            self.skipped += 1
            return []
        return parsed

    def validate(
        self, source: Source, key: str, model: type[M], seen: set[str]
    ) -> list[tuple[M, LineDict]]:
        """Valid entries of one file with their raw data (for line numbers).

        Entries whose id is in `seen` are reported and left out; the others' ids are added.
        """
        out: list[tuple[M, LineDict]] = []
        name = source.name
        for raw in self.entries(name, source.data, key):
            problem = self._check(name, raw)
            if problem is not None:
                self.problems.append(problem)
                self.skipped += 1
                continue
            try:
                obj = model.model_validate(raw)
            except ValidationError as exc:
                entry_id = raw.get("id") if isinstance(raw.get("id"), str) else None
                self.problems.extend(validation_problems(exc, raw, name, entry_id, raw.line))
                self.skipped += 1
                continue
            obj_id = str(getattr(obj, "id"))  # noqa: B009 - every catalogue model has an id
            if obj_id in seen:
                self.problems.append(duplicate(name, raw.key_lines.get("id", raw.line), obj_id))
                self.skipped += 1
                continue
            seen.add(obj_id)
            out.append((obj, raw))
        return out

    @staticmethod
    def _check(name: str, raw: Any) -> Problem | None:
        """Why an entry cannot be validated at all (not a block, or something refused in it)."""
        if not isinstance(raw, LineDict):
            return Problem(
                name,
                Message(
                    N_("'{text}' is geen item: een item is een blok 'sleutel: waarde'"),
                    text=str(raw)[:40],
                ),
                skipped=True,
            )
        if raw.refused is None:
            return None
        line, why = raw.refused
        entry_id = raw.get("id") if isinstance(raw.get("id"), str) else None
        return Problem(
            name,
            Message(N_("{why}; dit item is overgeslagen"), why=why),
            line,
            entry_id,
            skipped=True,
        )


def read_items(
    sources: list[Source], key: str, earlier: dict[str, FileItems]
) -> tuple[list[FileItems], list[str]]:
    """The resources of every file, and the names of the files parsed for it: a file whose
    content hash matches one in `earlier` is taken from there, the others are parsed and
    validated (ids double within a file left out)."""
    out, parsed = [], []
    for source in sources:
        digest = source.hash
        kept = earlier.get(source.name)
        if kept is not None and kept.hash == digest and source.data is not None:
            out.append(kept)
            continue
        parsed.append(source.name)
        check = Collector()
        found = FileItems(source.name, digest, [], [], check.problems, 0)
        for item, raw in check.validate(source, key, CatalogueItem, set()):
            at = raw.key_lines.get
            found.rows.append(item_row(item, source.name, at("sessies", raw.line)))
            found.lines.append((at("id", raw.line), at("vaardigheden", raw.line)))
        found.skipped = check.skipped
        out.append(found)
    return out, parsed
