"""What went wrong with the SQLite file, as one sentence: the cause, what did not happen, and
the way out. Never SQLite's own English ("database disk image is malformed", "disk I/O error")
and never anything from the plan itself.

`classify` turns an sqlite3 or OS error into a kind (full, read_only, no_access, damaged,
incomplete, busy, ...), looking at the folder when SQLite's code is vague (a full disk often
shows as "disk I/O error" while SQLite makes its shared-memory file). `fault` writes the
sentence for that kind and for what was being done (open, read or save).
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
from pathlib import Path

from pop_assistent.errors import BusyError, StorageError
from pop_assistent.i18n import N_, Message
from pop_assistent.os_errors import cause_of, shown_path

SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_AUTH = 23
SQLITE_NOTADB = 26
ROOM_NEEDED = 64 * 1024
"""Less free space than this in the folder and a vague SQLite error is a full disk."""

NAMES_THE_FILE = ("damaged", "incomplete", "foreign", "other")
"""Kinds whose cause already names the database file."""
DOING: dict[str, str] = {
    "open": N_("de database {db} kan niet geopend worden; er is niets veranderd"),
    "read": N_("het plan kan niet gelezen worden; er is niets veranderd"),
    "save": N_("je wijziging is niet bewaard; wat eerder bewaard was, blijft zoals het was"),
}


def is_busy(exc: BaseException) -> bool:
    """SQLite gave up waiting for a lock another connection holds."""
    return isinstance(exc, sqlite3.OperationalError) and (
        _code(exc) in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in str(exc)
    )


def _code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def folder_state(path: Path) -> str | None:
    """Why the database's folder cannot take a write (full, read_only, no_access), if it can't."""
    folder = path.parent
    try:
        info = os.statvfs(folder)
    except FileNotFoundError:
        return "missing"
    except OSError:
        return None
    if info.f_flag & os.ST_RDONLY:
        return "read_only"
    free = (info.f_bfree if os.geteuid() == 0 else info.f_bavail) * info.f_frsize
    if free < ROOM_NEEDED:
        return "full"
    if not os.access(folder, os.W_OK | os.X_OK):
        return "no_access"
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        return "no_access"
    return None


def classify(exc: BaseException, path: Path) -> str:
    """The kind of fault behind `exc` on the database at `path`."""
    if isinstance(exc, OSError):
        return cause_of(exc, path).kind
    if not isinstance(exc, sqlite3.Error):
        return "other"
    code = _code(exc)
    text = str(exc)
    if is_busy(exc):
        return "busy"
    if code == SQLITE_FULL:
        return "full"
    if code == SQLITE_NOTADB:
        return "foreign"
    if code == SQLITE_CORRUPT or "malformed" in text:
        return "damaged"
    if text.startswith(("no such table", "no such column")):
        return "incomplete"
    if code in (SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_IOERR, SQLITE_PERM, SQLITE_AUTH):
        state = folder_state(path)
        if state is not None:
            return state
        if code in (SQLITE_PERM, SQLITE_AUTH):
            return "no_access"
        if code == SQLITE_READONLY:
            return "read_only"
        return "io"
    return "other"


def _missing_part(exc: BaseException) -> str:
    found = re.search(r"no such (?:table|column): ([\w.]+)", str(exc))
    return found.group(1) if found else "?"


def fault(exc: BaseException, path: Path, doing: str) -> StorageError:
    """One sentence for `exc` on the database at `path` while doing `doing` (open/read/save)."""
    kind = classify(exc, path)
    if kind in ("missing", "not_a_folder", "too_long", "loop", "is_a_folder") and isinstance(
        exc, OSError
    ):
        cause = cause_of(exc, path)
        return _sentence(kind, path, doing, cause.text, cause.fix)
    return _sentence(kind, path, doing, _cause(kind, path, exc), _fix(kind, path))


def not_a_folder(folder: Path) -> StorageError:
    """POP_DATA_DIR (or data_dir) names a file: the database cannot live there."""
    name = shown_path(folder)
    return StorageError(
        N_(
            "{name} is een bestand en geen map: daar kunnen je plannen niet staan; er is niets "
            "veranderd. Zet POP_DATA_DIR (of data_dir in config.toml) op een map."
        ),
        name=name,
        kind="not_a_folder",
    )


def _sentence(kind: str, path: Path, doing: str, cause: Message, fix: Message) -> StorageError:
    what = Message(DOING[doing], db=shown_path(path))
    if doing == "open" and kind in NAMES_THE_FILE:
        what = Message(N_("ze kan niet geopend worden; er is niets veranderd"))
    sentence = N_("{cause}: {what}. {fix}")
    if kind == "busy":
        return BusyError(sentence, cause=cause, what=what, fix=fix)
    return StorageError(sentence, kind=kind, cause=cause, what=what, fix=fix)


def _cause(kind: str, path: Path, exc: BaseException) -> Message:
    db = shown_path(path)
    folder = shown_path(path.parent)
    causes = {
        "full": Message(N_("Schijf vol")),
        "read_only": Message(N_("De map {folder} is alleen-lezen"), folder=folder),
        "no_access": Message(N_("Geen toegang tot {folder}"), folder=folder),
        "damaged": Message(
            N_("De database {db} is beschadigd (een deel ervan is onleesbaar)"), db=db
        ),
        "foreign": Message(N_("Het bestand {db} is geen bruikbare POP-database"), db=db),
        "incomplete": Message(
            N_("De database {db} is onvolledig (de tabel '{table}' ontbreekt)"),
            db=db,
            table=_missing_part(exc),
        ),
        "busy": Message(
            N_(
                "De database is bezet door een ander programma (misschien een ander venster van "
                "POP-assistent)"
            )
        ),
        "io": Message(N_("De schijf gaf een lees- of schrijffout")),
    }
    if kind in causes:
        return causes[kind]
    name = getattr(exc, "sqlite_errorname", None) or errno.errorcode.get(
        getattr(exc, "errno", 0) or 0, type(exc).__name__
    )
    return Message(N_("De database {db} gaf een onverwachte fout ({name})"), db=db, name=name)


def _fix(kind: str, path: Path) -> Message:
    repair = Message(
        N_(
            "Bewaar een kopie van het bestand en zet een reservekopie terug; wat nog leesbaar is, "
            "haal je eruit met 'pop exporteer PLAN -f json'."
        )
    )
    fixes = {
        "full": Message(N_("Maak ruimte vrij op de schijf en probeer het opnieuw.")),
        "read_only": Message(
            N_(
                "Maak de schijf weer beschrijfbaar, of zet je plannen in een andere map "
                "(POP_DATA_DIR)."
            )
        ),
        "no_access": Message(
            N_("Gebruik een map die van jou is (POP_DATA_DIR) of vraag de eigenaar om toegang.")
        ),
        "damaged": repair,
        "foreign": Message(
            N_(
                "Geef het bestand een andere naam, of zet je plannen in een andere map "
                "(POP_DATA_DIR)."
            )
        ),
        "incomplete": repair,
        "busy": Message(N_("Sluit dat programma of probeer het zo meteen opnieuw.")),
        "io": Message(N_("Controleer de schijf (of de USB-stick) en probeer het opnieuw.")),
    }
    return fixes.get(
        kind,
        Message(N_("Probeer het opnieuw; blijft het, bewaar dan een kopie van het bestand.")),
    )
