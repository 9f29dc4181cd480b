"""The compiled catalogue: one SQLite file holding the checked items, the search index and the
problems, so that a start after the first reads no YAML and validates nothing.

It is kept in the user's cache folder, one file per catalogue folder, and is used only while its
key matches: a hash of every catalogue file's content, this layout's FORMAT number and the
shape of the catalogue models (a new field makes a new file). It is written under a temporary
name and renamed into place, so a reader never sees half a file; a file cut short or holding
other tables is made again. It records each resource file's content hash, so that a rebuild
reads only the files that changed. Without a usable cache folder
the same tables live in memory for the run. Items are read from it when asked for, not all at
start: validating 50,000 of them takes longer than the whole start may.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple, overload

from pydantic import TypeAdapter

from pop_assistent.catalogue.entries import SkillEntry
from pop_assistent.catalogue.problems import Problem
from pop_assistent.catalogue.skillwords import SkillWords
from pop_assistent.i18n import Language
from pop_assistent.model.catalogue import CatalogueItem, RoleProfile, Skill

FORMAT = 5
"""Bump when what is stored changes (tables, vocabulary, problem sentences): a compiled file
of the same catalogue files would otherwise be served as it was."""

SCHEMA = """
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB);
CREATE TABLE items (
    row INTEGER PRIMARY KEY, ord INTEGER NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL,
    skills TEXT, type TEXT, cost REAL, hours REAL, lang TEXT, form TEXT, sort_title TEXT,
    first_session TEXT, file TEXT, sessions_line INTEGER
);
CREATE TABLE files (
    name TEXT PRIMARY KEY, hash TEXT NOT NULL, lines TEXT NOT NULL, problems TEXT NOT NULL,
    skipped INTEGER NOT NULL
);
CREATE VIRTUAL TABLE fts USING fts5(
    title, skills, body, tokenize = 'unicode61 remove_diacritics 2', content = ''
);
CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, fts, 'row');
"""
"""A building file needs no journal: it is renamed into place only when complete. The full-text
table keeps no copy of the text (content = ''): search only needs row numbers and ranks. Its
skills column holds the skill ids only; the index maps a query word to skill ids through the
skills' labels and synonyms (skillwords.py). Its rowids (`items.ord`) put the shortest
resources first, the order in which search ranks a capped number of matches (index.py).
`files` holds, per resource file whose rows all went into `items` as they were read, its content
hash and what else reading it gave: a rebuild reuses those rows instead of parsing the file."""

INDEXES = """
CREATE UNIQUE INDEX item_id ON items(id);
CREATE UNIQUE INDEX item_ord ON items(ord);
CREATE INDEX item_title ON items(sort_title);
CREATE INDEX item_session ON items(first_session);
"""
"""Made after the rows are in: faster than keeping them up to date row by row."""

ITEMS: TypeAdapter[list[CatalogueItem]] = TypeAdapter(list[CatalogueItem])
SKILLS: TypeAdapter[list[Skill]] = TypeAdapter(list[Skill])
ROLES: TypeAdapter[list[RoleProfile]] = TypeAdapter(list[RoleProfile])


def model_tag() -> str:
    """A fingerprint of the models' shape (fields, types, limits), stable between runs."""
    models = (CatalogueItem, Skill, RoleProfile, SkillEntry)  # SkillEntry: the skills file
    shapes = repr([m.__pydantic_core_schema__ for m in models])
    shapes = re.sub(r" at 0x[0-9a-f]+|:[0-9]{6,}'", "", shapes)  # addresses and ids vary
    return hashlib.blake2b(shapes.encode(), digest_size=8).hexdigest()


def location(folder: Path) -> Path | None:
    """Where the compiled file of this catalogue folder is kept (None: no cache folder)."""
    from pop_assistent.paths import cache_dir

    try:
        store = cache_dir()
    except OSError:
        return None
    name = hashlib.blake2b(str(folder.resolve()).encode(), digest_size=10).hexdigest()
    return store / f"catalogus-{name}.sqlite"


class Compiled:
    """An open compiled catalogue (a file or memory), shared by the items and the index."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.lock = threading.Lock()
        """Held around every statement: searches run in worker threads."""

    def meta(self, name: str) -> Any:
        with self.lock:
            row = self.db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return None if row is None else row[0]

    def header(self) -> tuple[list[Skill], list[RoleProfile], list[Problem], int, int]:
        """Skills, role profiles, the stored problems, skipped entries and item count."""
        problems = [Problem.from_json(p) for p in json.loads(self.meta("problems"))]
        with self.lock:
            count = self.db.execute("SELECT count(*) FROM items").fetchone()[0]
        skills, roles = (
            SKILLS.validate_json(self.meta("skills")),
            ROLES.validate_json(self.meta("roles")),
        )
        return skills, roles, problems, self.meta("skipped"), count

    def past_sessions(self, today: date) -> list[tuple[int, str, str, int | None]]:
        """Items with a session before `today`: row, data, file and line of their sessions."""
        sql = "SELECT row, data, file, sessions_line FROM items WHERE first_session < ? ORDER BY 1"
        with self.lock:
            return list(self.db.execute(sql, (today.isoformat(),)))


def open_fresh(path: Path | None, key: str) -> Compiled | None:
    """The compiled file at `path` if it was made from exactly these files, else None."""
    if path is None or not path.is_file():
        return None
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error:
        return None
    try:
        found = dict(db.execute("SELECT name, value FROM meta WHERE name IN ('format', 'key')"))
        if found == {"format": FORMAT, "key": key} and _intact(db, path):
            db.execute("PRAGMA mmap_size = 268435456")
            return Compiled(db)
    except sqlite3.Error:
        pass
    db.close()
    return None


def _intact(db: sqlite3.Connection, path: Path) -> bool:
    """Whether the file is as long as its header says and holds this layout's tables: a cut
    or altered file is made again rather than failing at a later search."""
    with path.open("rb") as file:
        head = file.read(100)
    page = int.from_bytes(head[16:18], "big")
    pages = int.from_bytes(head[28:32], "big")
    if (65536 if page == 1 else page) * pages != path.stat().st_size:
        return False
    return sorted(db.execute("SELECT type, name, sql FROM sqlite_master")) == _layout()


@functools.cache
def _layout() -> list[tuple[str, str, str | None]]:
    """The tables and indexes a compiled file holds (as sqlite_master lists them)."""
    with contextlib.closing(sqlite3.connect(":memory:")) as db:
        db.executescript(SCHEMA + INDEXES)
        return sorted(db.execute("SELECT type, name, sql FROM sqlite_master"))


class Row(NamedTuple):
    """One item as it is stored (the items table's columns after `row` and `ord`), with the
    texts its search index holds."""

    id: str
    data: str
    skills: str
    type: str
    cost: float
    hours: float
    lang: Language
    form: str
    sort_title: str
    first_session: str | None
    file: str
    sessions_line: int | None
    title: str
    body: str


_TEXTS = tuple(
    CatalogueItem.model_fields[name].alias or name
    for name in ("title", "description", "provider", "theme")
)
"""The keys of the searched texts in an item's stored data (its Dutch names)."""


def item_row(item: CatalogueItem, file: str, sessions_line: int | None) -> Row:
    """The stored form of a validated item from `file` (its sessions at `sessions_line`)."""
    first = min((s.start for s in item.sessions), default=None)
    return Row(
        item.id,
        item.model_dump_json(by_alias=True),
        " ".join(item.skill_ids),
        str(item.item_type),  # plain text: SQLite adapts a str subclass slowly
        item.cost_eur,
        item.hours,
        item.language,
        str(item.form),
        item.title.casefold(),
        first.isoformat() if first else None,
        file,
        sessions_line,
        *_texts(item.title, item.description, item.provider, item.theme),
    )


def _texts(title: str, description: str, provider: str, theme: str) -> tuple[str, str]:
    """The title and the body the search index holds of an item."""
    return title, f"{description} {provider} {theme}"


@dataclass
class FileItems:
    """The valid resources of one file as stored rows, and what else reading it gave."""

    name: str
    hash: str
    rows: list[Row]
    lines: list[tuple[int, int]]
    """The lines of each row's id and skills (for what is found across files)."""
    problems: list[Problem]
    skipped: int


def earlier(path: Path | None) -> dict[str, FileItems]:
    """What an earlier compiled file at `path` (this layout and models, other files) read from
    each resource file whose rows it kept as they were read, by file name; {} without one."""
    if path is None or not path.is_file():
        return {}
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return {}
    with contextlib.closing(db):
        try:
            sql = "SELECT name, value FROM meta WHERE name IN ('format', 'model')"
            found = dict(db.execute(sql))
            if found != {"format": FORMAT, "model": model_tag()} or not _intact(db, path):
                return {}
            files = {
                name: FileItems(
                    name,
                    digest,
                    [],
                    [(a, b) for a, b in json.loads(lines)],
                    [Problem.from_json(p) for p in json.loads(problems)],
                    skipped,
                )
                for name, digest, lines, problems, skipped in db.execute("SELECT * FROM files")
            }
            title, *body = (f"json_extract(data, '$.{key}')" for key in _TEXTS)
            texts = ", ".join((*Row._fields[:12], title, " || ' ' || ".join(body)))  # as _texts
            sql = f"SELECT {texts} FROM items ORDER BY row"
            for stored in db.execute(sql):
                kept = files.get(stored[10])
                if kept is not None:
                    kept.rows.append(Row._make(stored))
        except (sqlite3.Error, ValueError, TypeError, KeyError):  # damaged: nothing reused
            return {}
    return {name: f for name, f in files.items() if len(f.rows) == len(f.lines)}


@dataclass
class Contents:
    """What a compiled catalogue holds: the checked items as rows, and the rest."""

    key: str
    rows: Sequence[Row]
    skills: list[Skill]
    roles: list[RoleProfile]
    problems: list[Problem]
    skipped: int
    files: list[FileItems] = field(default_factory=list)
    """The resource files whose rows all went into `rows` as they were read (reusable)."""
    parsed: list[str] = field(default_factory=list)
    """The resource files read from YAML for this build (the others were reused)."""


def write(path: Path | None, contents: Contents) -> Compiled:
    """The compiled catalogue, in a file at `path` (written under a temporary name and renamed
    when complete) or, without a usable cache folder, in memory for this run."""
    if path is not None:
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            tmp.unlink(missing_ok=True)
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            with contextlib.closing(sqlite3.connect(tmp)) as db:
                _fill(db, contents)
            os.replace(tmp, path)
            found = open_fresh(path, contents.key)
            if found is not None:
                return found
        except (OSError, sqlite3.Error):  # a read-only or full cache folder: memory
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
    db = sqlite3.connect(":memory:", check_same_thread=False)
    _fill(db, contents)
    return Compiled(db)


def _fill(db: sqlite3.Connection, c: Contents) -> None:
    db.executescript(SCHEMA)
    rows = c.rows
    sizes = [len(r.title) + len(r.skills) + len(r.body) for r in rows]
    order = sorted(range(len(rows)), key=sizes.__getitem__)
    ords = [0] * len(order)
    for position, n in enumerate(order):
        ords[n] = position
    db.executemany(
        "INSERT INTO items VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        ((n, ords[n], *row[:12]) for n, row in enumerate(rows)),
    )
    db.executemany(
        "INSERT INTO fts(rowid, title, skills, body) VALUES (?, ?, ?, ?)",
        ((p, rows[n].title, rows[n].skills, rows[n].body) for p, n in enumerate(order)),
    )
    indexed = (row[0] for row in db.execute("SELECT term FROM vocab"))
    words = "\n".join(sorted(SkillWords({s.id: s for s in c.skills}).words_with(indexed)))
    meta = {
        "format": FORMAT,
        "key": c.key,
        "skills": SKILLS.dump_json(c.skills),
        "roles": ROLES.dump_json(c.roles, by_alias=True),
        "model": model_tag(),
        "problems": _problems_json(c.problems),
        "skipped": c.skipped,
        "parsed": json.dumps(c.parsed, ensure_ascii=False),
        "words": words,
    }
    db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    db.executemany(
        "INSERT INTO files VALUES (?, ?, ?, ?, ?)",
        (
            (f.name, f.hash, json.dumps(f.lines), _problems_json(f.problems), f.skipped)
            for f in c.files
        ),
    )
    db.executescript(INDEXES)
    db.commit()


def _problems_json(problems: list[Problem]) -> str:
    return json.dumps([p.to_json() for p in problems], ensure_ascii=False)


class StoredItems(Sequence[CatalogueItem]):
    """The items of a compiled catalogue, validated when first asked for (by row or id).

    `fixed` replaces the stored item of some rows (sessions in the past left out).
    """

    def __init__(self, compiled: Compiled, count: int, fixed: dict[int, CatalogueItem]) -> None:
        self._compiled = compiled
        self._count = count
        self._done: dict[int, CatalogueItem] = dict(fixed)
        self._all: list[CatalogueItem] | None = None

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> CatalogueItem: ...
    @overload
    def __getitem__(self, index: slice) -> list[CatalogueItem]: ...
    def __getitem__(self, index: int | slice) -> CatalogueItem | list[CatalogueItem]:
        if isinstance(index, slice):
            return [self[row] for row in range(*index.indices(self._count))]
        if self._all is not None:
            return self._all[index]
        row = index + self._count if index < 0 else index
        if not 0 <= row < self._count:
            raise IndexError(index)
        if row not in self._done:
            with self._compiled.lock:
                sql = "SELECT data FROM items WHERE row = ?"
                data = self._compiled.db.execute(sql, (row,)).fetchone()[0]
            self._done[row] = CatalogueItem.model_validate_json(data)
        return self._done[row]

    def __iter__(self) -> Iterator[CatalogueItem]:
        if self._all is None:
            with self._compiled.lock:
                blobs = [r[0] for r in self._compiled.db.execute("SELECT data FROM items")]
            items = ITEMS.validate_json("[" + ",".join(blobs) + "]")
            self._all = [self._done.get(row, item) for row, item in enumerate(items)]
        return iter(self._all)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]

    def by_id(self, item_id: str) -> CatalogueItem | None:
        """The item with this id, if any."""
        with self._compiled.lock:
            sql = "SELECT row FROM items WHERE id = ?"
            found = self._compiled.db.execute(sql, (item_id,)).fetchone()
        return None if found is None else self[found[0]]
