"""The store interface every caller uses; SQLite (embedded) and PostgreSQL (shared) implement it.

A plan is stored as a sequence of versions. Saving never overwrites: it appends version n+1,
and only when the caller's base version is still the latest one (optimistic locking).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from pop_assistent.model import Plan


@dataclass(frozen=True)
class PlanSummary:
    """One line of `pop plannen`."""

    plan_id: str
    name: str
    role: str
    department: str
    version: int
    saved_at: datetime
    shared: bool
    owner: str = ""
    """The login the plan belongs to in the shared store ("" in SQLite: the person's own)."""
    mine: bool = True
    """False for a plan someone shared with this login (a coach reads it, and may only add a
    note or a signature)."""
    owner_name: str = ""
    """The name the administrator gave the owner ("" when none, or in SQLite)."""


@dataclass(frozen=True)
class VersionInfo:
    """One line of `pop geschiedenis`."""

    version: int
    saved_at: datetime
    note: str
    size_bytes: int
    saved_by: str = ""
    """The login that saved it (the shared store records it from the session; "" in SQLite)."""


@dataclass(frozen=True)
class StoredPlan:
    """A plan as loaded, with the version it came from (the base for the next save)."""

    plan: Plan
    version: int
    saved_at: datetime


class PlanStore(Protocol):
    """What the rest of the program may ask of a store."""

    def list_plans(self) -> list[PlanSummary]:
        """Every plan, latest version, sorted by employee name."""
        ...

    def resolve(self, ref: str) -> str:
        """The plan id for an id, a name, or a unique case-insensitive prefix of either.

        Raises PlanNotFoundError or AmbiguousPlanError with a sentence for the user.
        """
        ...

    def load(self, plan_id: str, version: int | None = None) -> StoredPlan:
        """The latest version of a plan, or the given one."""
        ...

    def save(self, plan: Plan, base_version: int | None, note: str = "") -> int:
        """Append a new version and return its number, in one transaction.

        `base_version` is the version the caller loaded (None for a new plan). If another
        session saved in between, raise ConflictError and change nothing.
        """
        ...

    def latest_plans(self, shared_only: bool = False) -> Iterator[Plan]:
        """The latest version of every plan (only the shared ones if asked), streamed."""
        ...

    def history(self, plan_id: str) -> list[VersionInfo]:
        """Every version of a plan, oldest first."""
        ...

    def restore(self, plan_id: str, version: int, base_version: int | None = None) -> int:
        """Save an old version again as the newest one; returns the new version number."""
        ...

    def delete(self, plan_id: str) -> None:
        """Remove a plan and every one of its versions."""
        ...

    def close(self) -> None:
        """Release the connection."""
        ...
