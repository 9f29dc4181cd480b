"""What the operating system said, as a sentence a person can act on, in Dutch and English.

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


@dataclass(frozen=True)
class Cause:
    """Why an operation on the disk failed, and what the person can do about it."""

    kind: str
    """full, read_only, no_access, missing, not_a_folder, is_a_folder, too_long, loop,
    no_reader, io, busy or other (StorageError.kind)."""
    nl: str
    en: str
    fix_nl: str
    fix_en: str


def shown_path(path: str | os.PathLike[str] | None) -> str:
    """A path as it can be printed: bytes that are not UTF-8 become U+FFFD."""
    if path is None:
        return "?"
    raw = os.fsencode(os.fspath(path))
    return raw.decode("utf-8", "replace")


def _folder(path: str | os.PathLike[str] | None) -> str:
    if path is None:
        return "de map"
    return shown_path(PurePath(os.fspath(path)).parent)


def cause_of(exc: OSError, path: str | os.PathLike[str] | None = None) -> Cause:
    """The cause of `exc` in plain words; `path` (or exc.filename) names the place."""
    where = path if path is not None else exc.filename
    folder = _folder(where)
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return Cause(
            "full",
            "Schijf vol",
            "Disk full",
            "Maak ruimte vrij op de schijf of kies een andere plek.",
            "Free some space on the disk or choose another place.",
        )
    if code == errno.EROFS:
        return Cause(
            "read_only",
            f"De map {folder} is alleen-lezen",
            f"The folder {folder} is read-only",
            "Kies een map waarin je mag schrijven.",
            "Choose a folder you can write to.",
        )
    if code in (errno.EACCES, errno.EPERM):
        return Cause(
            "no_access",
            "Geen toegang",
            "No access",
            f"Kies een map die van jou is, of vraag de eigenaar van {folder} om toegang.",
            f"Choose a folder that is yours, or ask the owner of {folder} for access.",
        )
    if code == errno.ENOENT and where is not None and os.path.isdir(os.path.dirname(where)):
        return Cause(
            "no_access",
            f"In {folder} kan geen bestand gemaakt worden",
            f"No file can be made in {folder}",
            "Kies een andere map.",
            "Choose another folder.",
        )
    if code == errno.ENOENT:
        return Cause(
            "missing",
            f"De map {folder} bestaat niet",
            f"The folder {folder} does not exist",
            "Maak de map eerst aan of kies een andere.",
            "Create the folder first or choose another one.",
        )
    if code == errno.ENOTDIR:
        return Cause(
            "not_a_folder",
            f"Een deel van {shown_path(where)} is een bestand en geen map",
            f"Part of {shown_path(where)} is a file, not a folder",
            "Kies een pad dat uit mappen bestaat.",
            "Choose a path made of folders.",
        )
    if code == errno.EISDIR:
        return Cause(
            "is_a_folder",
            f"{shown_path(where)} is een map",
            f"{shown_path(where)} is a folder",
            "Geef een bestandsnaam in die map.",
            "Give a file name inside that folder.",
        )
    if code == errno.ENAMETOOLONG:
        return Cause(
            "too_long",
            "De bestandsnaam is te lang",
            "The file name is too long",
            "Kies een kortere naam.",
            "Choose a shorter name.",
        )
    if code == errno.ELOOP:
        return Cause(
            "loop",
            f"{shown_path(where)} is een snelkoppeling die in een kring naar zichzelf wijst",
            f"{shown_path(where)} is a link that points round in a circle to itself",
            "Verwijder de snelkoppeling of kies een ander bestand.",
            "Remove the link or choose another file.",
        )
    if code in (errno.ENXIO, errno.EPIPE):
        return Cause(
            "no_reader",
            f"Niemand leest van {shown_path(where)}",
            f"Nothing is reading from {shown_path(where)}",
            "Start eerst het programma dat leest, of kies een gewoon bestand.",
            "Start the reading program first, or choose a plain file.",
        )
    if code in (errno.EBUSY, errno.ETXTBSY, errno.EAGAIN):
        return Cause(
            "busy",
            f"{shown_path(where)} is bezet door een ander programma",
            f"{shown_path(where)} is in use by another program",
            "Sluit dat programma en probeer het opnieuw.",
            "Close that program and try again.",
        )
    if code == errno.EIO:
        return Cause(
            "io",
            "De schijf gaf een leesfout of schrijffout",
            "The disk reported a read or write error",
            "Controleer de schijf (of de USB-stick) en probeer het opnieuw.",
            "Check the disk (or the USB stick) and try again.",
        )
    name = errno.errorcode.get(code or 0, "onbekend")
    return Cause(
        "other",
        f"Het systeem weigerde (code {name})",
        f"The system refused (code {name})",
        "Probeer het opnieuw of kies een andere plek.",
        "Try again or choose another place.",
    )


def os_fault(
    exc: OSError,
    what_nl: str,
    what_en: str,
    path: str | os.PathLike[str] | None = None,
) -> StorageError:
    """One sentence: cause, what did not happen (`what_*`), and the way out.

    "Schijf vol: plan.pdf is niet geschreven; er is niets veranderd. Maak ruimte vrij ..."
    """
    cause = cause_of(exc, path)
    return StorageError(
        f"{cause.nl}: {what_nl}. {cause.fix_nl}",
        f"{cause.en}: {what_en}. {cause.fix_en}",
        kind=cause.kind,
    )


def not_written(exc: OSError, path: str | os.PathLike[str]) -> StorageError:
    """The sentence for a file that could not be written (and was left as it was)."""
    name = shown_path(path)
    return os_fault(
        exc,
        f"{name} is niet geschreven; er is niets veranderd",
        f"{name} was not written; nothing was changed",
        path,
    )


def not_read(exc: OSError, path: str | os.PathLike[str]) -> StorageError:
    """The sentence for a file that could not be read."""
    name = shown_path(path)
    return os_fault(
        exc,
        f"{name} kan niet gelezen worden",
        f"{name} cannot be read",
        path,
    )
