"""What the operating system said, as a sentence a person can act on, translated where it is shown.

`[Errno 28] No space left on device` means nothing to a nurse; "Schijf vol: ... niet
geschreven; er is niets veranderd. Maak ruimte vrij ..." does. Every OSError that reaches a
person goes through `os_fault`: the cause (disk full, read-only, no access, ...), what did not
happen, and the way out. Never the English strerror.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import PurePath

from pop_assistent.errors import StorageError
from pop_assistent.i18n import N_, Message


@dataclass(frozen=True)
class Cause:
    """Why an operation on the disk failed, and what the person can do about it."""

    kind: str
    """full, read_only, no_access, missing, not_a_folder, is_a_folder, too_long, loop,
    no_reader, io, busy or other (StorageError.kind)."""
    text: Message
    fix: Message


def shown_path(path: str | os.PathLike[str] | None) -> str:
    """A path as it can be printed: bytes that are not UTF-8 become U+FFFD."""
    if path is None:
        return "?"
    raw = os.fsencode(os.fspath(path))
    return raw.decode("utf-8", "replace")


def _folder(path: str | os.PathLike[str] | None) -> str | Message:
    if path is None:
        return Message(N_("de map"))
    return shown_path(PurePath(os.fspath(path)).parent)


def cause_of(exc: OSError, path: str | os.PathLike[str] | None = None) -> Cause:
    """The cause of `exc` in plain words; `path` (or exc.filename) names the place."""
    where = path if path is not None else exc.filename
    folder = _folder(where)
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return Cause(
            "full",
            Message(N_("Schijf vol")),
            Message(N_("Maak ruimte vrij op de schijf of kies een andere plek.")),
        )
    if code == errno.EROFS:
        return Cause(
            "read_only",
            Message(N_("De map {folder} is alleen-lezen"), folder=folder),
            Message(N_("Kies een map waarin je mag schrijven.")),
        )
    if code in (errno.EACCES, errno.EPERM):
        return Cause(
            "no_access",
            Message(N_("Geen toegang")),
            Message(
                N_("Kies een map die van jou is, of vraag de eigenaar van {folder} om toegang."),
                folder=folder,
            ),
        )
    if code == errno.ENOENT and where is not None and os.path.isdir(os.path.dirname(where)):
        return Cause(
            "no_access",
            Message(N_("In {folder} kan geen bestand gemaakt worden"), folder=folder),
            Message(N_("Kies een andere map.")),
        )
    if code == errno.ENOENT:
        return Cause(
            "missing",
            Message(N_("De map {folder} bestaat niet"), folder=folder),
            Message(N_("Maak de map eerst aan of kies een andere.")),
        )
    if code == errno.ENOTDIR:
        return Cause(
            "not_a_folder",
            Message(N_("Een deel van {path} is een bestand en geen map"), path=shown_path(where)),
            Message(N_("Kies een pad dat uit mappen bestaat.")),
        )
    if code == errno.EISDIR:
        return Cause(
            "is_a_folder",
            Message(N_("{path} is een map"), path=shown_path(where)),
            Message(N_("Geef een bestandsnaam in die map.")),
        )
    if code == errno.ENAMETOOLONG:
        return Cause(
            "too_long",
            Message(N_("De bestandsnaam is te lang")),
            Message(N_("Kies een kortere naam.")),
        )
    if code == errno.ELOOP:
        return Cause(
            "loop",
            Message(
                N_("{path} is een snelkoppeling die in een kring naar zichzelf wijst"),
                path=shown_path(where),
            ),
            Message(N_("Verwijder de snelkoppeling of kies een ander bestand.")),
        )
    if code in (errno.ENXIO, errno.EPIPE):
        return Cause(
            "no_reader",
            Message(N_("Niemand leest van {path}"), path=shown_path(where)),
            Message(N_("Start eerst het programma dat leest, of kies een gewoon bestand.")),
        )
    if code in (errno.EBUSY, errno.ETXTBSY, errno.EAGAIN):
        return Cause(
            "busy",
            Message(N_("{path} is bezet door een ander programma"), path=shown_path(where)),
            Message(N_("Sluit dat programma en probeer het opnieuw.")),
        )
    if code == errno.EIO:
        return Cause(
            "io",
            Message(N_("De schijf gaf een leesfout of schrijffout")),
            Message(N_("Controleer de schijf (of de USB-stick) en probeer het opnieuw.")),
        )
    name = errno.errorcode.get(code or 0, "?")
    return Cause(
        "other",
        Message(N_("Het systeem weigerde (code {name})"), name=name),
        Message(N_("Probeer het opnieuw of kies een andere plek.")),
    )


def os_fault(
    exc: OSError,
    what: Message,
    path: str | os.PathLike[str] | None = None,
) -> StorageError:
    """One sentence: cause, what did not happen (`what`), and the way out.

    "Schijf vol: plan.pdf is niet geschreven; er is niets veranderd. Maak ruimte vrij ..."
    """
    cause = cause_of(exc, path)
    return StorageError(
        N_("{cause}: {what}. {fix}"), kind=cause.kind, cause=cause.text, what=what, fix=cause.fix
    )


def not_written(exc: OSError, path: str | os.PathLike[str]) -> StorageError:
    """The sentence for a file that could not be written (and was left as it was)."""
    name = shown_path(path)
    return os_fault(
        exc,
        Message(N_("{name} is niet geschreven; er is niets veranderd"), name=name),
        path,
    )


def not_read(exc: OSError, path: str | os.PathLike[str]) -> StorageError:
    """The sentence for a file that could not be read."""
    name = shown_path(path)
    return os_fault(
        exc,
        Message(N_("{name} kan niet gelezen worden"), name=name),
        path,
    )
