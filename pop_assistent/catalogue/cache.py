"""A per-file cache of validated entries, so a large catalogue loads without re-parsing YAML.

PyYAML needs about 0.3 ms per resource; a catalogue of tens of thousands of resources would
take many seconds to parse at every start. The first load of a file stores its valid items
(as JSON that pydantic validates in Rust), its problems and the line numbers needed for
cross-file checks, keyed by a hash of the file's bytes: an edited file is simply parsed again.
The cache lives in the user's data directory and is never required: any trouble reading it
falls back to parsing the YAML.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from dataclasses import asdict
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from pop_assistent.catalogue.parallel import content_hash
from pop_assistent.catalogue.problems import Problem
from pop_assistent.model.catalogue import CatalogueItem

_FORMAT = 7
"""Bump when the stored layout changes."""


def _code_tag(*names: str) -> str:
    """A fingerprint of the code whose output is kept (catalogue modules by name, relative to
    this package). Any change to it (a new message, a new field, a new table) makes the kept
    output be made again, so a cache never serves yesterday's wording."""
    here = Path(__file__).parent
    digest = hashlib.blake2b(digest_size=6)
    for name in names:
        try:
            digest.update((here / name).read_bytes())
        except OSError:  # installed without sources: the format number alone
            digest.update(name.encode())
    return digest.hexdigest()


CACHE_VERSION = f"{_FORMAT}-" + _code_tag(
    "problems.py",
    "yamlio.py",
    "collector.py",
    "entries.py",
    "fastyaml.py",
    "fastlist.py",
    "../model/catalogue.py",
    "../model/common.py",
)
ITEMS_ADAPTER: TypeAdapter[list[CatalogueItem]] = TypeAdapter(list[CatalogueItem])


def cache_dir() -> Path | None:
    """The cache folder (created owner-only), or None when it cannot be made."""
    try:
        from pop_assistent.paths import data_dir, ensure_private_dir

        return ensure_private_dir(data_dir() / "cache" / "catalogus")
    except OSError:
        return None


class FileCache:
    """What one parsed items file produced: items, their key lines, and its problems."""

    def __init__(
        self,
        items: list[CatalogueItem],
        lines: list[dict[str, int | None]] | None,
        problems: list[Problem],
        skipped: int,
        blob: bytes | None = None,
    ) -> None:
        self.items = items
        self.blob = blob
        """The items as JSON (by alias), when already at hand."""
        self.lines = lines
        """Per item, the lines later checks may point at; None for a clean file (read lazily)."""
        self.problems = problems
        self.skipped = skipped


def _paths(folder: Path, source: Path) -> tuple[Path, Path]:
    key = hashlib.blake2b(str(source.resolve()).encode(), digest_size=12).hexdigest()
    return folder / f"{key}.meta.json", folder / f"{key}.items.json"


def is_fresh(folder: Path | None, source: Path, digest: str) -> bool:
    """True when the cache holds a result for this exact file content (not yet checked whole)."""
    if folder is None:
        return False
    try:
        meta = json.loads(_paths(folder, source)[0].read_text(encoding="utf-8"))
        return bool(meta.get("version") == CACHE_VERSION and meta.get("hash") == digest)
    except (OSError, ValueError, AttributeError):
        return False


def read(folder: Path | None, source: Path, digest: str) -> FileCache | None:
    """The cached result for this exact file content, or None."""
    if folder is None:
        return None
    meta_path, items_path = _paths(folder, source)
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("version") != CACHE_VERSION or meta.get("hash") != digest:
            return None
        blob = items_path.read_bytes()
        if meta.get("items") != content_hash(blob):  # half written (power failure): re-read
            return None
        items = ITEMS_ADAPTER.validate_json(blob)
        problems = [Problem(**p) for p in meta["problems"]]
        if meta["lines"] is not None and len(items) != len(meta["lines"]):
            return None
        return FileCache(items, meta["lines"], problems, int(meta["skipped"]), blob)
    except (OSError, ValueError, KeyError, TypeError, ValidationError):
        return None


def _write(path: Path, data: bytes) -> None:
    """Write an owner-only file under a temporary name, then rename it into place.

    No fsync: after a power failure the file may be empty or half written, which `read`
    notices (the meta file holds a hash of the items file) and answers with a re-read.
    """
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    os.chmod(path, 0o600)


def items_json(result: FileCache) -> bytes:
    """The items of a result as JSON (by alias), made once."""
    if result.blob is None:
        result.blob = ITEMS_ADAPTER.dump_json(result.items, by_alias=True)
    return result.blob


def write(folder: Path | None, source: Path, digest: str, result: FileCache) -> None:
    """Store a file's result; failures are ignored (the cache is an optimisation)."""
    if folder is None:
        return
    meta_path, items_path = _paths(folder, source)
    blob = items_json(result)
    meta: dict[str, Any] = {
        "version": CACHE_VERSION,
        "hash": digest,
        "items": content_hash(blob),
        "lines": result.lines,
        "problems": [asdict(p) for p in result.problems],
        "skipped": result.skipped,
    }
    try:
        _write(items_path, blob)
        _write(meta_path, json.dumps(meta, ensure_ascii=False).encode("utf-8"))
    except OSError:
        for path in (meta_path, items_path):
            if path.exists():
                os.unlink(path)


INDEX_VERSION = "3-" + _code_tag("builder.py", "../model/catalogue.py")


def stored_index(cache_key: str | None) -> Path | None:
    """Where the index for these exact files is kept between runs (None: do not keep it)."""
    if cache_key is None:
        return None
    folder = cache_dir()
    return None if folder is None else folder / f"index-v{INDEX_VERSION}-{cache_key}.sqlite"


def restore_index(path: Path, target: sqlite3.Connection) -> bool:
    """Copy a stored index into memory; False when there is none or it is unreadable."""
    if not path.is_file():
        return False
    try:
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            source.backup(target)
        finally:
            source.close()
        target.execute("SELECT count(*) FROM meta").fetchone()
        return True
    except sqlite3.Error:
        return False


def save_index(db: sqlite3.Connection, path: Path) -> None:
    """Keep the index for the next start; a failure only costs speed next time."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        for old in path.parent.glob("index-v*.sqlite"):
            old.unlink(missing_ok=True)  # one catalogue (and one program version) is enough
        target = sqlite3.connect(tmp)
        try:
            db.backup(target)
        finally:
            target.close()
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except (OSError, sqlite3.Error):
        tmp.unlink(missing_ok=True)
