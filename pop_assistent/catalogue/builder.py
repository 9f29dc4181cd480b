"""Filling a new search index in a worker thread while the loader is still reading files.

Why: on a cold start (no stored index) tokenising 50,000 resources into FTS5 takes about as
long as parsing and validating their YAML. SQLite releases the GIL while it works, so the
index can grow on a second core meanwhile. The worker must need the GIL as seldom as possible
(every time it wants it back it may wait for the busy loader): it receives each file's items as
the JSON that pydantic already wrote for the parse cache, and a few SQL statements per batch of
files unpack that JSON with json_each and fill the full-text table without coming back to
Python (the filter table is filled later, on first need: fill_meta). A file whose text
SQLite's JSON functions cannot carry exactly (a NUL character) is inserted row by row.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Iterable, Sequence

from pop_assistent.model.catalogue import CatalogueItem

SCHEMA = """
CREATE VIRTUAL TABLE fts USING fts5(
    title, skills, body, tokenize = 'unicode61 remove_diacritics 2', content = ''
);
CREATE TABLE meta (
    id INTEGER PRIMARY KEY, type TEXT, cost REAL, hours REAL, lang TEXT, form TEXT, title TEXT
);
CREATE VIRTUAL TABLE vocab USING fts5vocab(fts, 'row');
"""
"""The search tables. The full-text table keeps no copy of the text (content = ''): search only
needs row numbers and ranks. No prefix indexes either: they double the cost of a cold build,
and a prefix query over the vocabulary of even 50,000 resources stays within milliseconds."""

FTS_ROW = "INSERT INTO fts(rowid, title, skills, body) VALUES (?, ?, ?, ?)"
META_ROW = "INSERT INTO meta VALUES (?, ?, ?, ?, ?, ?, ?)"

FIELDS = """
INSERT INTO temp.fields
SELECT ?1 + key, json_extract(value, '$.titel', '$.vaardigheden', '$.beschrijving',
    '$.aanbieder', '$.thema')
FROM json_each(CAST(?2 AS TEXT))
"""
"""Each item's fields read from its JSON once (SQLite 3.40 parses an object again for every
`->>`), as a small array that is cheap to pick apart."""

INSERT_FTS = """
INSERT INTO fts(rowid, title, skills, body)
SELECT row, f ->> 0, f ->> 1, (f ->> 2) || ' ' || (f ->> 3) || ' ' || (f ->> 4) FROM temp.fields
"""
"""The skills column holds only the skill ids: the tokenizer reads the words of each id, and the
index maps a query word to skill ids through the skills' labels and synonyms (skillwords.py),
so the long label texts are not tokenized again for every resource."""


def fts_rows(items: Sequence[CatalogueItem], start: int = 0) -> Iterable[tuple[int, str, str, str]]:
    """The rows of the full-text table, one per item, numbered from `start`."""
    for row, item in enumerate(items, start):
        body = f"{item.description} {item.provider} {item.theme}"
        yield row, item.title, " ".join(item.skill_ids), body


def meta_rows(
    items: Sequence[CatalogueItem], start: int = 0
) -> Iterable[tuple[int, str, float, float, str, str, str]]:
    """The rows of the filter table, one per item, numbered from `start`."""
    for row, item in enumerate(items, start):
        yield (
            row,
            item.item_type.value,
            item.cost_eur,
            item.hours,
            item.language,
            item.form.value,
            item.title.casefold(),
        )


def fill(db: sqlite3.Connection, items: Sequence[CatalogueItem]) -> None:
    """Create the tables and fill the full-text one, row by row (the plain, single-thread way).

    The filter table is filled on first need (fill_meta): a search without filters never
    needs it, and a cold start of a large catalogue is faster without it."""
    db.executescript(SCHEMA)
    db.executemany(FTS_ROW, fts_rows(items))
    db.commit()


def fill_meta(db: sqlite3.Connection, items: Sequence[CatalogueItem]) -> None:
    """Fill the filter table (type, cost, hours, language, form, title for sorting)."""
    db.executemany(META_ROW, meta_rows(items))
    db.execute("CREATE INDEX IF NOT EXISTS meta_title ON meta(title)")
    db.commit()


def _merged(parts: list[bytes]) -> bytes:
    """Consecutive JSON arrays as one array."""
    return b"[" + b",".join(part[1:-1] for part in parts) + b"]"


Task = tuple[int, int, bytes]
"""Rows start..end as the items' JSON."""


class IndexBuilder:
    """Builds the index tables in a worker thread from items handed over file by file.

    Call `add` with each file's final items (rows are numbered in the order of the calls),
    then `finish`; `result` waits for the worker and gives the filled database, or None when
    anything went wrong (the caller then builds the index the plain way).
    """

    def __init__(self) -> None:
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.executescript(SCHEMA)
        self._db.execute("CREATE TEMP TABLE fields (row INTEGER PRIMARY KEY, f TEXT)")
        self._rows = 0
        self._chunks: list[tuple[int, Sequence[CatalogueItem]]] = []
        self._queue: queue.SimpleQueue[Task | int | None] = queue.SimpleQueue()
        self._failed = False
        self._thread = threading.Thread(target=self._run, name="catalogue-index", daemon=True)
        self._thread.start()

    def add(self, items: Sequence[CatalogueItem], blob: bytes | None) -> None:
        """Hand over one file's items; `blob` is their JSON (pydantic, by alias) if known."""
        if not items or self._failed:
            return
        start = self._rows
        self._rows += len(items)
        self._chunks.append((start, items))
        if blob is None:
            from pop_assistent.catalogue.cache import ITEMS_ADAPTER

            blob = ITEMS_ADAPTER.dump_json(list(items), by_alias=True)
        if b"\\u0000" in blob:
            self._queue.put(len(self._chunks) - 1)  # SQLite's JSON would cut the text there
        else:
            self._queue.put((start, self._rows, blob))

    def finish(self) -> None:
        """No more items will come."""
        self._queue.put(None)

    def result(self) -> sqlite3.Connection | None:
        """The filled database (waits for the worker), or None when the build failed."""
        self._thread.join()
        if self._failed:
            self._db.close()
            return None
        return self._db

    # -- the worker -------------------------------------------------------------------------

    def _run(self) -> None:
        try:
            done = False
            while not done:
                tasks = [self._queue.get()]
                while True:  # take everything that is waiting: fewer statements, less GIL
                    try:
                        tasks.append(self._queue.get_nowait())
                    except queue.Empty:
                        break
                done = tasks[-1] is None
                self._insert([task for task in tasks if task is not None])
            self._db.commit()
        except Exception:  # noqa: BLE001 - any failure: the caller builds the plain way
            self._failed = True

    def _insert(self, tasks: list[Task | int]) -> None:
        batch: list[Task] = []
        for task in [*tasks, -1]:
            if isinstance(task, tuple) and (not batch or task[0] == batch[-1][1]):
                batch.append(task)
                continue
            if batch:
                self._insert_json(batch)
                batch = []
            if isinstance(task, tuple):
                batch.append(task)
            elif task >= 0:
                start, items = self._chunks[task]
                self._db.executemany(FTS_ROW, list(fts_rows(items, start)))

    def _insert_json(self, batch: list[Task]) -> None:
        start = batch[0][0]
        self._db.execute(FIELDS, (start, _merged([task[2] for task in batch])))
        self._db.execute(INSERT_FTS)
        self._db.execute("DELETE FROM temp.fields")
