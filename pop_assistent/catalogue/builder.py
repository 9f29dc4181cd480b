"""Filling a new search index in a worker thread while the loader is still reading files.

Why: on a cold start (no stored index) tokenising 50,000 resources into FTS5 takes about as
long as parsing and validating their YAML. SQLite releases the GIL while it works, so the
index can grow on a second core meanwhile. The worker must need the GIL as seldom as possible
(every time it wants it back it may wait for the busy loader): it receives each file's items as
the JSON that pydantic already wrote for the parse cache, and one SQL statement per batch of
files unpacks that JSON with json_each and fills both tables without coming back to Python.
A file whose text SQLite's JSON functions cannot carry exactly (a NUL character) is inserted
row by row as before, and the stored numbers are checked against the items at the end.
"""

from __future__ import annotations

import json
import queue
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from pop_assistent.model.catalogue import CatalogueItem, Skill

SCHEMA = """
CREATE VIRTUAL TABLE fts USING fts5(
    title, skills, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TABLE meta (
    id INTEGER PRIMARY KEY, type TEXT, cost REAL, hours REAL, lang TEXT, form TEXT, title TEXT
);
CREATE VIRTUAL TABLE vocab USING fts5vocab(fts, 'row');
"""

FTS_ROW = "INSERT INTO fts(rowid, title, skills, body) VALUES (?, ?, ?, ?)"
META_ROW = "INSERT INTO meta VALUES (?, ?, ?, ?, ?, ?, ?)"

INSERT_FTS = """
INSERT INTO fts(rowid, title, skills, body)
SELECT ?1 + i.key, i.value ->> 'titel',
    coalesce((
        SELECT group_concat(coalesce(s.text, replace(j.value, '-', ' ')), ' ')
        FROM json_each(i.value -> 'vaardigheden') AS j LEFT JOIN temp.skill_text AS s
        ON s.id = j.value
    ), ''),
    (i.value ->> 'beschrijving') || ' ' || (i.value ->> 'aanbieder') || ' '
        || (i.value ->> 'thema')
FROM json_each(CAST(?2 AS TEXT)) AS i
"""

INSERT_META = """
INSERT INTO meta(id, type, cost, hours, lang, form)
SELECT ?1 + key, value ->> 'type', value ->> 'kostprijs_eur', value ->> 'duur_uren',
    value ->> 'taal', value ->> 'vorm'
FROM json_each(CAST(?2 AS TEXT))
"""

UPDATE_TITLES = """
UPDATE meta SET title = t.value FROM json_each(CAST(?2 AS TEXT)) AS t WHERE meta.id = ?1 + t.key
"""


def skill_texts(skills: Mapping[str, Skill]) -> dict[str, str]:
    """What the skills column holds for each skill: its labels and synonyms."""
    return {sid: " ".join([s.label_nl, s.label_en, *s.synonyms]) for sid, s in skills.items()}


def fts_rows(
    items: Sequence[CatalogueItem], skill_text: Mapping[str, str], start: int = 0
) -> Iterable[tuple[int, str, str, str]]:
    """The rows of the full-text table, one per item, numbered from `start`."""
    for row, item in enumerate(items, start):
        skills = " ".join(skill_text.get(sid, sid.replace("-", " ")) for sid in item.skill_ids)
        body = f"{item.description} {item.provider} {item.theme}"
        yield row, item.title, skills, body


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


def fill(
    db: sqlite3.Connection, items: Sequence[CatalogueItem], skills: Mapping[str, Skill]
) -> None:
    """Create the tables and insert every item, row by row (the plain, single-thread way)."""
    db.executescript(SCHEMA)
    texts = skill_texts(skills)
    db.executemany(FTS_ROW, fts_rows(items, texts))
    db.executemany(META_ROW, meta_rows(items))
    db.execute("CREATE INDEX meta_title ON meta(title)")
    db.commit()


def _merged(parts: list[bytes]) -> bytes:
    """Consecutive JSON arrays as one array."""
    return b"[" + b",".join(part[1:-1] for part in parts) + b"]"


Task = tuple[int, int, bytes, bytes]
"""Rows start..end as the items' JSON and their folded titles' JSON."""


class IndexBuilder:
    """Builds the index tables in a worker thread from items handed over file by file.

    Call `add` with each file's final items (rows are numbered in the order of the calls),
    then `finish`; `result` waits for the worker and gives the filled database, or None when
    anything went wrong (the caller then builds the index the plain way).
    """

    def __init__(self, skills: Mapping[str, Skill]) -> None:
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.executescript(SCHEMA)
        self._db.execute("CREATE TEMP TABLE skill_text (id TEXT PRIMARY KEY, text TEXT)")
        self._texts = skill_texts(skills)
        self._db.executemany("INSERT INTO temp.skill_text VALUES (?, ?)", self._texts.items())
        self._rows = 0
        self._chunks: list[tuple[int, Sequence[CatalogueItem]]] = []
        self._costs: Counter[float] = Counter()
        self._hours: Counter[float] = Counter()
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
        self._costs.update(item.cost_eur for item in items)
        self._hours.update(item.hours for item in items)
        titles = json.dumps([item.title.casefold() for item in items], ensure_ascii=False)
        if blob is None:
            from pop_assistent.catalogue.cache import ITEMS_ADAPTER

            blob = ITEMS_ADAPTER.dump_json(list(items), by_alias=True)
        if b"\\u0000" in blob or "\\u0000" in titles:
            self._queue.put(len(self._chunks) - 1)  # SQLite's JSON would cut the text there
        else:
            self._queue.put((start, self._rows, blob, titles.encode("utf-8")))

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
            self._check_numbers()
            self._db.execute("CREATE INDEX meta_title ON meta(title)")
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
                self._db.executemany(
                    FTS_ROW,
                    list(fts_rows(items, self._texts, start)),
                )
                self._db.executemany(META_ROW, list(meta_rows(items, start)))

    def _insert_json(self, batch: list[Task]) -> None:
        start = batch[0][0]
        items = _merged([task[2] for task in batch])
        titles = _merged([task[3] for task in batch])
        self._db.execute(INSERT_FTS, (start, items))
        self._db.execute(INSERT_META, (start, items))
        self._db.execute(UPDATE_TITLES, (start, titles))

    def _check_numbers(self) -> None:
        """SQLite read the costs and hours from JSON text: make sure it read them exactly."""
        costs = dict(self._db.execute("SELECT cost, count(*) FROM meta GROUP BY cost"))
        hours = dict(self._db.execute("SELECT hours, count(*) FROM meta GROUP BY hours"))
        if costs != self._costs or hours != self._hours:
            self._db.execute("DELETE FROM meta")
            for start, items in self._chunks:
                self._db.executemany(META_ROW, list(meta_rows(items, start)))
