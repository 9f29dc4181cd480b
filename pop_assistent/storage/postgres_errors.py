"""The sentences of the shared store: what PostgreSQL refused or could not do, said plainly.

A refusal keeps the database's own words (`permission denied for table versions`, `new row
violates row-level security policy for table "notes"`) after our sentence, so the person and
their administrator see exactly what the database decided.
"""

from __future__ import annotations

import psycopg
from psycopg import errors

from pop_assistent.errors import PopError
from pop_assistent.i18n import N_

CONFLICT_STATE = "PX001"
"""Raised by the trigger when a version does not follow the plan's latest version."""
NO_SUCH_PLAN_STATE = "PX002"
"""Raised by the trigger when an erasure names a plan the login does not own."""


class ServerGone(PopError):
    """The shared database cannot be reached now (restart, network)."""

    def __init__(self, msgid: str, reason: str, /, **params: object) -> None:
        super().__init__(msgid, **params)
        self.reason = reason


class Refused(PopError):
    """The shared database refused what was asked (privileges or row-level security)."""


def database_words(exc: psycopg.Error) -> str:
    """The server's own one-line message (never contains a password)."""
    primary = exc.diag.message_primary if exc.diag is not None else None
    return " ".join((primary or str(exc)).split())[:200]


def refused(exc: psycopg.Error) -> Refused:
    words = database_words(exc)
    return Refused(
        N_(
            "De gedeelde database weigert dit ({words}). Je wijzigt alleen je eigen plannen; een "
            "plan dat met jou gedeeld is, kun je lezen en er een notitie of handtekening bij "
            "zetten."
        ),
        words=words,
    )


def not_installed(detail: str = "") -> PopError:
    extra = f" ({detail})" if detail else ""
    return PopError(
        N_(
            "De gedeelde database is nog niet ingericht voor POP-assistent{extra}. Vraag je "
            "beheerder om 'pop beheer installeer' uit te voeren."
        ),
        extra=extra,
    )


def outdated(have: int, want: int) -> PopError:
    return PopError(
        N_(
            "De gedeelde database heeft schema {have}, dit programma verwacht {want}. Vraag je "
            "beheerder om 'pop beheer installeer' uit te voeren; er is niets veranderd."
        ),
        have=have,
        want=want,
    )


def not_a_person(login: str) -> PopError:
    return PopError(
        N_(
            "De login {login} is geen persoon in de gedeelde opslag. Vraag je beheerder om 'pop "
            "beheer gebruiker {login} --rol medewerker'."
        ),
        login=login,
    )


def gone(reason: str, queued: bool) -> ServerGone:
    """The server went away; `queued`: the change was kept on this computer."""
    if queued:
        return ServerGone(
            N_(
                "De verbinding met de gedeelde database is weg ({reason}). Je wijzigingen worden "
                "op deze computer bewaard en verstuurd zodra de server terug is."
            ),
            reason,
            reason=reason,
        )
    return ServerGone(
        N_(
            "De verbinding met de gedeelde database is weggevallen ({reason}). Er is niets half "
            "bewaard; probeer het zo opnieuw."
        ),
        reason,
        reason=reason,
    )


def translate(exc: psycopg.Error, secrets: list[str] | None = None) -> PopError:
    """One sentence for an error the server sent (the connection itself is still fine)."""
    from pop_assistent.storage.pg_connect import scrub

    if isinstance(exc, errors.InsufficientPrivilege | errors.ForeignKeyViolation):
        return refused(exc)
    if isinstance(exc, errors.LockNotAvailable):
        return PopError(
            N_(
                "De gedeelde database is bezet: een andere sessie houdt een slot vast. Er is niets "
                "veranderd; probeer het over een ogenblik opnieuw."
            )
        )
    if isinstance(exc, errors.QueryCanceled):
        return PopError(
            N_(
                "De gedeelde database antwoordde niet op tijd (de tijdslimiet van een opdracht is "
                "verstreken). Er is niets veranderd; probeer het opnieuw."
            )
        )
    if isinstance(exc, errors.UndefinedTable):
        return not_installed(database_words(exc))
    words = scrub(database_words(exc), secrets or [])
    return PopError(
        N_("De gedeelde database gaf een fout: {words}. Er is niets veranderd."), words=words
    )


def unreadable(who: str, exc: PopError) -> PopError:
    """A plan left out of a list because its document cannot be read."""
    return PopError(
        N_(
            "{why} Het is van {who} en telt hier niet mee; vraag die persoon om het opnieuw te "
            "bewaren."
        ),
        why=exc,
        who=who,
    )


def more_than_one(extra: int) -> PopError:
    """HR counts one shared plan per person."""
    return PopError(
        N_(
            "{extra} gedeeld(e) plan(nen) tellen niet mee: wie meer dan één plan deelt, telt één "
            "keer, met het plan dat die het laatst bewaarde."
        ),
        extra=extra,
    )


def not_theirs(plan_id: str, owner: str) -> Refused:
    """A save of a plan that belongs to someone else."""
    return Refused(
        N_(
            "Het plan '{plan_id}' is van {owner}: je kunt het lezen, niet wijzigen. De gedeelde "
            "database weigert het. Een notitie of handtekening zet je met 'pop notitie' of 'pop "
            "teken'."
        ),
        plan_id=plan_id,
        owner=owner,
    )


def several_owners(plan_id: str, owners: list[str]) -> PopError:
    """Two people share a plan with the same id with this login: say which is which."""
    refs = ", ".join(f"{owner}/{plan_id}" for owner in owners)
    return PopError(
        N_(
            "Meer dan één persoon deelt een plan met id '{plan_id}' met je: {refs}. Er wordt er "
            "geen gekozen; noem de eigenaar erbij in dezelfde opdracht: {owner}/{plan_id} in "
            "plaats van {plan_id}."
        ),
        plan_id=plan_id,
        refs=refs,
        owner=owners[0],
    )
