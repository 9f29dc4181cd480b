"""Loading `catalogus/`: every valid entry loads, every broken one becomes a Problem."""

from __future__ import annotations

import gc
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from pop_assistent.catalogue import cache
from pop_assistent.catalogue.builder import IndexBuilder
from pop_assistent.catalogue.cache import FileCache
from pop_assistent.catalogue.catalogue import Catalogue
from pop_assistent.catalogue.checks import (
    SKILLS_FILE,
    Lines,
    add_items,
    key_lines,
    unknown_skill,
)
from pop_assistent.catalogue.collector import Collector
from pop_assistent.catalogue.entries import SkillEntry
from pop_assistent.catalogue.fastlist import fast_entries
from pop_assistent.catalogue.parallel import NOT_READ, ParseWorker, worth_helping
from pop_assistent.catalogue.problems import Problem
from pop_assistent.errors import PopError
from pop_assistent.model.catalogue import CatalogueItem, RoleProfile, Skill

ROLES_FILE = "functieprofielen.yaml"
ITEMS_DIR = "leermiddelen"

M = TypeVar("M", bound=BaseModel)


def catalogue_dir(directory: Path | None) -> Path:
    """The folder to read: the given one, or the catalogue shipped with the program."""
    if directory is None:
        from pop_assistent.paths import resource_dir

        directory = resource_dir("catalogus")
    if not directory.is_dir():
        raise PopError(
            f"De catalogusmap {directory} bestaat niet.",
            f"The catalogue folder {directory} does not exist.",
        )
    return directory


def item_files(directory: Path) -> list[Path]:
    """The resource files: leermiddelen/**/*.yaml (and .yml), sorted."""
    folder = directory / ITEMS_DIR
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


def _read_skills(directory: Path, collector: Collector) -> list[Skill]:
    seen: set[str] = set()
    pairs = collector.validate(directory / SKILLS_FILE, "vaardigheden", SkillEntry, seen)
    return [entry.to_skill() for entry, _ in pairs]


def load_skills(directory: Path | None = None) -> list[Skill]:
    """Only the skills list (fast path for the language core); broken entries are left out."""
    folder = catalogue_dir(directory)
    return _read_skills(folder, Collector(folder, []))


def _parse_items_file(folder: Path, path: Path, data: bytes, entries: Any = NOT_READ) -> FileCache:
    """Parse and validate one items file on its own (no cross-file checks).

    A clean file is read by the fast parser (or was, by the helper process: `entries`) and
    validated in one call, without line numbers (they are looked up later, only if a cross-file
    check needs one); a file with any problem is read again entry by entry with PyYAML, which
    knows every line.
    """
    if entries is NOT_READ:
        try:
            entries = fast_entries(data.decode("utf-8"), "leermiddelen")
        except UnicodeDecodeError:
            entries = None
    if entries is not None:
        try:
            return FileCache(cache.ITEMS_ADAPTER.validate_python(entries), None, [], 0)
        except ValidationError:
            pass
    local = Collector(folder, [])
    pairs = local.validate(path, "leermiddelen", CatalogueItem, None, raw_bytes=data)
    return FileCache(
        [item for item, _ in pairs],
        [key_lines(raw) for _, raw in pairs],
        local.problems,
        local.skipped,
    )


def _read_files(folder: Path) -> list[tuple[Path, str, bytes, str]]:
    """Every resource file: path, name for messages, bytes and content hash."""
    files = []
    for path in item_files(folder):
        data = path.read_bytes()
        files.append((path, Collector(folder, []).rel(path), data, cache.content_hash(data)))
    return files


def _helper_for(
    files: list[tuple[Path, str, bytes, str]], store: Path | None
) -> ParseWorker | None:
    """A helper process that reads the files to parse from the last one back, if worth it."""
    to_read = [
        n for n, (path, _, _, digest) in enumerate(files) if not cache.is_fresh(store, path, digest)
    ]
    if not worth_helping([len(files[n][2]) for n in to_read]):
        return None
    return ParseWorker([(files[n][0], files[n][3]) for n in reversed(to_read[1:])])


def _load_items(
    files: list[tuple[Path, str, bytes, str]],
    folder: Path,
    skill_ids: set[str],
    today: date,
    problems: list[Problem],
    builder: IndexBuilder | None,
    helper: ParseWorker | None,
) -> tuple[list[CatalogueItem], int]:
    """Every valid, unique item of leermiddelen/ and the number skipped.

    With a builder, each file's items go to the index as soon as they are checked; with a
    helper, the files it has read already are taken from it.
    """
    store = cache.cache_dir()
    items: list[CatalogueItem] = []
    skipped = 0
    seen: set[str] = set()
    for number, (path, name, data, digest) in enumerate(files):
        files[number] = (path, name, b"", digest)  # let the bytes go once read
        entries = helper.take(path) if helper is not None else NOT_READ
        result = cache.read(store, path, digest)
        if result is None:
            result = _parse_items_file(folder, path, data, entries)
            cache.write(store, path, digest, result)
        problems.extend(result.problems)
        first = len(items)
        skipped += result.skipped + add_items(
            result, Lines(result, data), name, seen, skill_ids, today, problems, items
        )
        if builder is not None:
            added = items[first:]
            same = len(added) == len(result.items) and all(
                a is b for a, b in zip(added, result.items, strict=True)
            )
            builder.add(added, cache.items_json(result) if same else None)
    return items, skipped


def load_catalogue(directory: Path | None = None, *, today: date) -> Catalogue:
    """Load skills, role profiles and resources; never raises on a broken file.

    Raises PopError only when the folder itself does not exist.
    """
    # Loading creates millions of small objects that all stay alive; the cyclic garbage
    # collector would walk the growing heap again and again (over half of a cold load).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _load(directory, today)
    finally:
        if enabled:
            gc.enable()


def _load(directory: Path | None, today: date) -> Catalogue:
    folder = catalogue_dir(directory)
    files = _read_files(folder)
    # a helper process (large catalogues only) starts reading now, while skills and roles load
    helper = _helper_for(files, cache.cache_dir())
    try:
        return _load_all(folder, files, helper, today)
    finally:
        if helper is not None:
            helper.close()


def _load_all(
    folder: Path,
    files: list[tuple[Path, str, bytes, str]],
    helper: ParseWorker | None,
    today: date,
) -> Catalogue:
    problems: list[Problem] = []
    collector = Collector(folder, problems)
    skills = _read_skills(folder, collector)
    skill_ids = {s.id for s in skills}

    roles: list[RoleProfile] = []
    roles_path = folder / ROLES_FILE
    for role, raw in collector.validate(roles_path, "functieprofielen", RoleProfile, set()):
        unknown = [s.skill_id for s in role.skills if s.skill_id not in skill_ids]
        for skill_id in unknown:
            problems.append(
                unknown_skill(
                    collector.rel(roles_path),
                    raw.key_lines.get("vaardigheden", raw.line),
                    role.id,
                    "vaardigheden",
                    skill_id,
                )
            )
        if unknown:
            role = role.model_copy(
                update={"skills": [s for s in role.skills if s.skill_id in skill_ids]}
            )
        roles.append(role)

    skills_bytes = (folder / SKILLS_FILE).read_bytes() if (folder / SKILLS_FILE).is_file() else b""
    digests = [f"{name}:{digest}" for _, name, _, digest in files]
    index_key = cache.content_hash("\n".join([*digests, cache.content_hash(skills_bytes)]).encode())
    builder = None
    stored = cache.stored_index(index_key)
    if stored is None or not stored.is_file():  # no index to restore: build it meanwhile
        builder = IndexBuilder()
    try:
        items, skipped = _load_items(files, folder, skill_ids, today, problems, builder, helper)
    finally:
        if builder is not None:
            builder.finish()
    if not files:
        problems.append(
            Problem(
                ITEMS_DIR,
                None,
                None,
                None,
                "er staan geen leermiddelen in deze map (verwacht: leermiddelen/*.yaml)",
                "there are no learning resources in this folder (expected: leermiddelen/*.yaml)",
            )
        )
    return Catalogue(
        items=items,
        skills=skills,
        roles=roles,
        problems=problems,
        skipped=collector.skipped + skipped,
        index_key=index_key,
        index_builder=builder,
    )
