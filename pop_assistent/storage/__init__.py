"""Where plans are kept: `open_store(settings)` picks the embedded SQLite file or PostgreSQL.

Callers only ever see the PlanStore interface of storage/base.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pop_assistent.errors import PopError
from pop_assistent.i18n import N_

if TYPE_CHECKING:
    from pop_assistent.config import Settings
    from pop_assistent.storage.base import PlanStore
    from pop_assistent.storage.sqlite import Clock

DB_FILENAME = "pop.sqlite3"
POSTGRES_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def open_store(
    settings: Settings,
    clock: Clock | None = None,
    *,
    on_wait: Callable[[], None] | None = None,
    patient: bool = True,
) -> PlanStore:
    """The store the settings ask for.

    A `postgresql://` or `postgres://` database_url opens the shared PostgreSQL store;
    `sqlite:///path/to/file` opens that SQLite file; otherwise `pop.sqlite3` in
    `settings.data_dir` (or the platform's user data directory), made owner-only. For SQLite,
    `on_wait` is called once when the database is busy and the store starts waiting, and an
    impatient store (the app) gives up after one short wait instead of a long one.
    """
    from pop_assistent.storage.sqlite import SQLiteStore

    url = (settings.database_url or "").strip()
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if scheme in POSTGRES_SCHEMES:
        try:
            from pop_assistent.storage.postgres import PostgresStore
        except ImportError as exc:
            raise PopError(
                N_(
                    "De gedeelde PostgreSQL-database kan niet gebruikt worden: {exc}. Laat "
                    "POP_DATABASE_URL leeg om de ingebouwde database te gebruiken."
                ),
                exc=exc,
            ) from exc
        return PostgresStore(url, clock=clock, queue_dir=_private_data_dir(settings))
    if scheme == "sqlite" and url.startswith("sqlite:///"):
        path = Path(url[len("sqlite:///") :]).expanduser()
        return SQLiteStore(path, clock=clock, on_wait=on_wait, patient=patient)
    if url:
        raise PopError(
            N_(
                "POP_DATABASE_URL moet met postgresql:// (of sqlite:///) beginnen; laat het leeg "
                "voor de ingebouwde database."
            )
        )
    directory = _private_data_dir(settings)
    return SQLiteStore(directory / DB_FILENAME, clock=clock, on_wait=on_wait, patient=patient)


def _private_data_dir(settings: Settings) -> Path:
    """settings.data_dir or the platform's user data directory, made owner-only; a folder that
    cannot be made (read-only, not ours, a file in the way) is one sentence."""
    from pop_assistent.paths import data_dir, ensure_private_dir
    from pop_assistent.storage.sqlite_faults import fault, not_a_folder

    directory = settings.data_dir.expanduser() if settings.data_dir is not None else None
    try:
        return ensure_private_dir(directory) if directory is not None else data_dir()
    except FileExistsError as exc:
        raise not_a_folder(Path(exc.filename or directory or "?")) from exc
    except OSError as exc:
        place = directory or Path(exc.filename or ".")
        raise fault(exc, place / DB_FILENAME, "open") from exc


def take_notices(store: PlanStore) -> list[PopError]:
    """What the store has to tell the person (the shared store's connection notices); once."""
    take = getattr(store, "take_notices", None)
    return list(take()) if callable(take) else []


def waiting_saves(store: PlanStore) -> int:
    """Saves kept on this computer until the shared database is back (0 for SQLite)."""
    waiting = getattr(store, "waiting", None)
    return int(waiting()) if callable(waiting) else 0


def owner_if_shared(store: PlanStore, plan_id: str) -> str | None:
    """The owner's login when `plan_id` is a plan someone shared with this login (a coach
    reads it, and may only add a note or a signature); None for one's own plan (always None
    in SQLite, a store of one person)."""
    owner_of = getattr(store, "owner_of", None)
    login = getattr(store, "login", None)
    if not callable(owner_of) or login is None:
        return None
    owner = str(owner_of(plan_id))
    return None if owner == login else owner
