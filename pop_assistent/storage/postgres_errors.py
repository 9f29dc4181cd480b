"""The sentences of the shared store: what PostgreSQL refused or could not do, said plainly.

A refusal keeps the database's own words (`permission denied for table versions`, `new row
violates row-level security policy for table "notes"`) after our sentence, so the person and
their administrator see exactly what the database decided.
"""

from __future__ import annotations

import psycopg
from psycopg import errors

from pop_assistent.errors import PopError

CONFLICT_STATE = "PX001"
"""Raised by the trigger when a version does not follow the plan's latest version."""
NO_SUCH_PLAN_STATE = "PX002"
"""Raised by the trigger when an erasure names a plan the login does not own."""


class ServerGone(PopError):
    """The shared database cannot be reached now (restart, network)."""

    def __init__(self, nl: str, en: str, reason: str) -> None:
        super().__init__(nl, en)
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
        f"De gedeelde database weigert dit ({words}). Je wijzigt alleen je eigen plannen; een "
        "plan dat met jou gedeeld is, kun je lezen en er een notitie of handtekening bij zetten.",
        f"The shared database refuses this ({words}). You change only your own plans; a plan "
        "shared with you can be read, and you can add a note or a signature to it.",
    )


def not_installed(detail: str = "") -> PopError:
    extra = f" ({detail})" if detail else ""
    return PopError(
        f"De gedeelde database is nog niet ingericht voor POP-assistent{extra}. Vraag je "
        "beheerder om 'pop beheer installeer' uit te voeren.",
        f"The shared database is not set up for POP-assistent yet{extra}. Ask your "
        "administrator to run 'pop beheer installeer'.",
    )


def outdated(have: int, want: int) -> PopError:
    return PopError(
        f"De gedeelde database heeft schema {have}, dit programma verwacht {want}. Vraag je "
        "beheerder om 'pop beheer installeer' uit te voeren; er is niets veranderd.",
        f"The shared database has schema {have}, this program expects {want}. Ask your "
        "administrator to run 'pop beheer installeer'; nothing was changed.",
    )


def not_a_person(login: str) -> PopError:
    return PopError(
        f"De login {login} is geen persoon in de gedeelde opslag. Vraag je beheerder om "
        f"'pop beheer gebruiker {login} --rol medewerker'.",
        f"The login {login} is not a person in the shared store. Ask your administrator for "
        f"'pop beheer gebruiker {login} --rol medewerker'.",
    )


def gone(reason: str, queued: bool) -> ServerGone:
    """The server went away; `queued`: the change was kept on this computer."""
    if queued:
        return ServerGone(
            f"De verbinding met de gedeelde database is weg ({reason}). Je wijzigingen worden op "
            "deze computer bewaard en verstuurd zodra de server terug is.",
            f"The connection to the shared database is gone ({reason}). Your changes are kept on "
            "this computer and sent as soon as the server is back.",
            reason,
        )
    return ServerGone(
        f"De verbinding met de gedeelde database is weggevallen ({reason}). Er is niets half "
        "bewaard; probeer het zo opnieuw.",
        f"The connection to the shared database was lost ({reason}). Nothing was half saved; "
        "try again in a moment.",
        reason,
    )


def translate(exc: psycopg.Error, secrets: list[str] | None = None) -> PopError:
    """One sentence for an error the server sent (the connection itself is still fine)."""
    from pop_assistent.storage.pg_connect import scrub

    if isinstance(exc, errors.InsufficientPrivilege | errors.ForeignKeyViolation):
        return refused(exc)
    if isinstance(exc, errors.LockNotAvailable):
        return PopError(
            "De gedeelde database is bezet: een andere sessie houdt een slot vast. Er is niets "
            "veranderd; probeer het over een ogenblik opnieuw.",
            "The shared database is busy: another session holds a lock. Nothing was changed; "
            "try again in a moment.",
        )
    if isinstance(exc, errors.QueryCanceled):
        return PopError(
            "De gedeelde database antwoordde niet op tijd (de tijdslimiet van een opdracht is "
            "verstreken). Er is niets veranderd; probeer het opnieuw.",
            "The shared database did not answer in time (a statement's time limit passed). "
            "Nothing was changed; try again.",
        )
    if isinstance(exc, errors.UndefinedTable):
        return not_installed(database_words(exc))
    words = scrub(database_words(exc), secrets or [])
    return PopError(
        f"De gedeelde database gaf een fout: {words}. Er is niets veranderd.",
        f"The shared database reported an error: {words}. Nothing was changed.",
    )


def unreadable(who: str, exc: PopError) -> PopError:
    """A plan left out of a list because its document cannot be read."""
    return PopError(
        f"{exc.nl} Het is van {who} en telt hier niet mee; vraag die persoon om het opnieuw "
        "te bewaren.",
        f"{exc.en} It belongs to {who} and is left out here; ask them to save it again.",
    )


def more_than_one(extra: int) -> PopError:
    """HR counts one shared plan per person."""
    return PopError(
        f"{extra} gedeeld(e) plan(nen) tellen niet mee: wie meer dan één plan deelt, telt één "
        "keer, met het plan dat die het laatst bewaarde.",
        f"{extra} shared plan(s) are not counted: someone who shares more than one plan counts "
        "once, with the plan they saved last.",
    )


def not_theirs(plan_id: str, owner: str) -> Refused:
    """A save of a plan that belongs to someone else."""
    return Refused(
        f"Het plan '{plan_id}' is van {owner}: je kunt het lezen, niet wijzigen. De gedeelde "
        "database weigert het. Een notitie of handtekening zet je met 'pop notitie' of "
        "'pop teken'.",
        f"Plan '{plan_id}' belongs to {owner}: you can read it, not change it. The shared "
        "database refuses it. Add a note or signature with 'pop notitie' or 'pop teken'.",
    )


def several_owners(plan_id: str, owners: list[str]) -> PopError:
    """Two people share a plan with the same id with this login: say which is which."""
    refs = ", ".join(f"{owner}/{plan_id}" for owner in owners)
    return PopError(
        f"Meer dan één persoon deelt een plan met id '{plan_id}' met je: {refs}. Er wordt er "
        f"geen gekozen; noem de eigenaar erbij in dezelfde opdracht: {owners[0]}/{plan_id} in "
        f"plaats van {plan_id}.",
        f"More than one person shares a plan with id '{plan_id}' with you: {refs}. None is "
        f"picked; name its owner too in the same command: {owners[0]}/{plan_id} instead of "
        f"{plan_id}.",
    )
