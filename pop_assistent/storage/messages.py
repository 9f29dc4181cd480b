"""The sentences every store uses for an unknown plan and for a save conflict."""

from __future__ import annotations

from pop_assistent.errors import ConflictError, PlanNotFoundError
from pop_assistent.i18n import N_
from pop_assistent.storage.resolve import shown


def unknown_plan(plan_id: str) -> PlanNotFoundError:
    """No plan has this id."""
    return PlanNotFoundError(N_("Er is geen plan met id '{plan_id}'."), plan_id=shown(plan_id))


def save_conflict(plan_id: str, latest: int | None, base: int | None) -> ConflictError:
    """Why a save was refused: the plan was deleted, already exists, or moved on meanwhile."""
    if latest is None:
        return ConflictError(
            N_(
                "Plan '{plan_id}' is intussen verwijderd door een andere sessie. "
                "Er is niets bewaard."
            ),
            plan_id=shown(plan_id),
        )
    if base is None:
        return ConflictError(
            N_(
                "Er bestaat al een plan met id '{plan_id}' (versie {latest}). Er is niets "
                "overschreven: open dat plan of kies een ander id."
            ),
            plan_id=shown(plan_id),
            latest=latest,
        )
    return ConflictError(
        N_(
            "Dit plan is intussen door een andere sessie bewaard (versie {latest}). Er is niets "
            "overschreven: open het plan opnieuw en breng je wijziging opnieuw aan."
        ),
        latest=latest,
    )


def missing_version(plan_id: str, wanted: int, latest: int) -> PlanNotFoundError:
    """The plan exists, but not in the version asked for."""
    return PlanNotFoundError(
        N_("Plan '{plan_id}' heeft geen versie {version}: er zijn versies 1 tot {latest}."),
        plan_id=shown(plan_id),
        version=shown(str(wanted), 20),
        latest=latest,
    )
