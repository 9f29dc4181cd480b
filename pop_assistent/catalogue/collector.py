"""Reading entries of one kind from a YAML file and validating them, collecting problems."""

from __future__ import annotations

import contextlib
import hashlib
import os
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
    validated (ids double within a file left out). A large amount to parse is shared with a
    second process (see `HELPER_BYTES`)."""
    done: dict[str, FileItems] = {}
    fresh: list[Source] = []
    for source in sources:
        kept = earlier.get(source.name)
        if kept is not None and kept.hash == source.hash and source.data is not None:
            done[source.name] = kept
        else:
            fresh.append(source)
    mine, theirs = _shares(fresh)
    helper = Helper(theirs, key) if theirs else None
    for source in mine:
        done[source.name] = file_items(source, key)
    for found in helper.result() if helper is not None else []:
        done[found.name] = found
    for source in theirs:  # what the helper did not bring back (it died): read here
        if source.name not in done:
            done[source.name] = file_items(source, key)
    return [done[s.name] for s in sources], [s.name for s in fresh]


def file_items(source: Source, key: str) -> FileItems:
    """The valid resources of one file as rows, with its problems."""
    check = Collector()
    found = FileItems(source.name, source.hash, [], [], check.problems, 0)
    for item, raw in check.validate(source, key, CatalogueItem, set()):
        at = raw.key_lines.get
        found.rows.append(item_row(item, source.name, at("sessies", raw.line)))
        found.lines.append((at("id", raw.line), at("vaardigheden", raw.line)))
    found.skipped = check.skipped
    return found


HELPER_BYTES = 4_000_000
"""Below this much YAML to parse (the shipped catalogue is 0.3 MB), starting a second process
(about 0.3 s) costs more than it saves; above it, a second process parses part of the files
while this one parses the rest (bench/catalogue.py: the first load of 50,000 resources, 20 MB,
on two cores)."""


def _shares(fresh: list[Source]) -> tuple[list[Source], list[Source]]:
    """The files to parse here and those for a helper process (none when not worth it): the
    helper starts later, so it gets somewhat less than half of the bytes."""
    size = sum(len(s.data or b"") for s in fresh)
    if size < HELPER_BYTES or len(fresh) < 2 or (os.cpu_count() or 1) < 2:
        return fresh, []
    mine: list[Source] = []
    theirs: list[Source] = []
    taken = 0
    for source in sorted(fresh, key=lambda s: -len(s.data or b"")):
        if taken < size * 0.55:
            mine.append(source)
            taken += len(source.data or b"")
        else:
            theirs.append(source)
    return mine, theirs


_SERVE = "from pop_assistent.catalogue.collector import serve; serve()"


class Helper:
    """A second Python process that reads some files while this one reads the others: their
    bytes go in through a pipe, their rows come back pickled. It imports only the catalogue
    code (not the program that started it), and if it fails, its files are read here."""

    def __init__(self, sources: list[Source], key: str) -> None:
        import pickle
        import subprocess
        import sys
        import threading
        from pathlib import Path

        root = str(Path(__file__).resolve().parents[2])
        path = os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH", "")) if p)
        payload = pickle.dumps(([(s.name, s.data) for s in sources], key), protocol=5)
        try:
            self.proc: Any = subprocess.Popen(
                [sys.executable, "-c", _SERVE],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env={**os.environ, "PYTHONPATH": path},
            )
        except OSError:  # no second process allowed here
            self.proc = None
            return
        self.feeder = threading.Thread(target=self._feed, args=(payload,), daemon=True)
        self.feeder.start()

    def _feed(self, payload: bytes) -> None:
        with contextlib.suppress(OSError):  # it died early: result() reads its files here
            self.proc.stdin.write(payload)
            self.proc.stdin.close()

    def result(self) -> list[FileItems]:
        """What the helper read ([] when it failed)."""
        import pickle

        if self.proc is None:
            return []
        try:
            out = self.proc.stdout.read()
            self.feeder.join()
            if self.proc.wait() != 0:
                return []
            found = pickle.loads(out)  # noqa: S301 - our own child, over our own pipe
        except (OSError, pickle.UnpicklingError, EOFError):
            self.proc.kill()
            return []
        return list(found)


def serve() -> None:
    """The helper process: read the files sent on stdin, write their FileItems to stdout."""
    import pickle
    import sys

    files, key = pickle.loads(sys.stdin.buffer.read())  # noqa: S301 - from our parent
    found = [file_items(Source(name, data), key) for name, data in files]
    sys.stdout.buffer.write(pickle.dumps(found, protocol=5))
    sys.stdout.buffer.flush()
