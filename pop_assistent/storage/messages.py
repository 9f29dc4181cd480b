"""The sentences every store uses for an unknown plan and for a save conflict."""

from __future__ import annotations

from pop_assistent.errors import ConflictError, PlanNotFoundError
from pop_assistent.storage.resolve import shown


def unknown_plan(plan_id: str) -> PlanNotFoundError:
    """No plan has this id."""
    return PlanNotFoundError(
        f"Er is geen plan met id '{shown(plan_id)}'.",
        f"There is no plan with id '{shown(plan_id)}'.",
    )


def save_conflict(plan_id: str, latest: int | None, base: int | None) -> ConflictError:
    """Why a save was refused: the plan was deleted, already exists, or moved on meanwhile."""
    if latest is None:
        return ConflictError(
            f"Plan '{shown(plan_id)}' is intussen verwijderd door een andere sessie. "
            "Er is niets bewaard.",
            f"Plan '{shown(plan_id)}' was deleted by another session in the meantime. "
            "Nothing was saved.",
        )
    if base is None:
        return ConflictError(
            f"Er bestaat al een plan met id '{shown(plan_id)}' (versie {latest}). "
            "Er is niets overschreven: open dat plan of kies een ander id.",
            f"A plan with id '{shown(plan_id)}' already exists (version {latest}). "
            "Nothing was overwritten: open that plan or choose another id.",
        )
    return ConflictError(
        f"Dit plan is intussen door een andere sessie bewaard (versie {latest}). Er is "
        "niets overschreven: open het plan opnieuw en breng je wijziging opnieuw aan.",
        f"This plan was saved by another session in the meantime (version {latest}). "
        "Nothing was overwritten: open the plan again and make your change again.",
    )


def missing_version(plan_id: str, wanted: int, latest: int) -> PlanNotFoundError:
    """The plan exists, but not in the version asked for."""
    return PlanNotFoundError(
        f"Plan '{shown(plan_id)}' heeft geen versie {shown(str(wanted), 20)}: er zijn versies 1 "
        f"tot {latest}.",
        f"Plan '{shown(plan_id)}' has no version {shown(str(wanted), 20)}: there are versions 1 "
        f"to {latest}.",
    )
