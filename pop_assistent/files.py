"""Writing a file a person asked for: every export, `-o`, catalogue file and training plan.

`write_file(target, data)` looks at what `target` is before it writes:

- missing, or a regular file: written atomically. A temporary file in the same folder gets
  every byte (os.write's count is checked), is fsync'ed and checked for size, then renamed
  over the target; the result is owner-only (0600). A reader sees the old file or the new one,
  never half of either.
- a symlink: followed to the file it points to, which is then written as above; the link
  stays a link (`-o` never replaces a link by a file).
- a character or block device or a FIFO (`/dev/null`, a named pipe): written to directly. It
  is never replaced: renaming over `/dev/null` would break every other program using it.
- anything else (a folder, a socket): refused with a sentence.

Any failure removes the temporary file, leaves the target as it was and raises a StorageError
with one sentence ("Schijf vol: plan.pdf is niet geschreven; er is niets veranderd. ...").
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from pop_assistent.errors import StorageError
from pop_assistent.i18n import N_, Message
from pop_assistent.os_errors import not_written, os_fault, shown_path

PRIVATE_MODE = 0o600
TEMP_PREFIX_CHARS = 80
"""Keep the temporary name under NAME_MAX (255) however long the target's name is."""


def write_file(target: str | os.PathLike[str], data: bytes | str) -> Path:
    """Write `data` (str is written as UTF-8) to `target`; returns the path actually written
    (a symlink's target). Raises StorageError with a sentence on any failure."""
    payload = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    path = Path(target)
    real, mode = _resolve(path)
    try:
        if mode is not None and (stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISFIFO(mode)):
            _write_special(real, payload)
        elif mode is None or stat.S_ISREG(mode):
            _write_atomic(real, payload, None if mode is None else os.stat(real))
        else:
            raise _refused(path, mode)
    except OSError as exc:
        raise not_written(exc, path) from exc
    return real


def write_stream(stream: BinaryIO, data: bytes, name: str = "-") -> None:
    """Write `data` to an open binary stream (standard output) and check that it arrived."""
    try:
        stream.write(data)
        stream.flush()
    except BrokenPipeError:
        raise  # the reader went away: the CLI stops quietly, as Unix tools do
    except OSError as exc:
        raise os_fault(
            exc,
            Message(N_("de uitvoer is niet (volledig) geschreven")),
            None if name == "-" else name,
        ) from exc


def _resolve(path: Path) -> tuple[Path, int | None]:
    """The file a write to `path` lands in, and its st_mode (None if it does not exist yet)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return path, None
    except OSError as exc:
        raise not_written(exc, path) from exc
    if not stat.S_ISLNK(mode):
        return path, mode
    real = Path(os.path.realpath(path))
    try:
        mode = os.lstat(real).st_mode
    except FileNotFoundError:
        return real, None  # a link to a file that does not exist yet: create that file
    except OSError as exc:
        raise not_written(exc, path) from exc
    if stat.S_ISLNK(mode):  # realpath gave up: the links go round in a circle
        raise not_written(OSError(errno.ELOOP, "loop", os.fspath(path)), path)
    return real, mode


def _refused(path: Path, mode: int) -> StorageError:
    name = shown_path(path)
    if stat.S_ISDIR(mode):
        what = N_("een map")
    elif stat.S_ISSOCK(mode):
        what = N_("een socket (een verbinding tussen programma's)")
    else:
        what = N_("geen gewoon bestand")
    return StorageError(
        N_(
            "{name} is {what}: daar schrijf ik niet naar; er is niets veranderd. Kies een "
            "gewoon bestand."
        ),
        kind="refused",
        name=name,
        what=Message(what),
    )


def _write_all(fd: int, data: bytes) -> None:
    """os.write may write less than asked (a full disk does that): go on until every byte is
    written, and treat a write that makes no progress as a full disk."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.ENOSPC, "no progress")
        view = view[written:]


def _write_special(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0))
    try:
        _write_all(fd, data)
        try:
            os.fsync(fd)
        except OSError as exc:
            if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EROFS):
                raise  # a device or pipe cannot fsync; anything else is a real failure
    finally:
        os.close(fd)


def _write_atomic(path: Path, data: bytes, existing: os.stat_result | None) -> None:
    folder = path.parent
    tmp = folder / f".{path.name[:TEMP_PREFIX_CHARS]}.{os.getpid()}.{os.urandom(4).hex()}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(tmp, flags, PRIVATE_MODE)
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
            if os.fstat(fd).st_size != len(data):
                raise OSError(errno.EIO, "size differs after writing")
            os.fchmod(fd, PRIVATE_MODE)
            if existing is not None and os.geteuid() == 0:
                # root replacing someone's file: the new file keeps the old owner
                os.fchown(fd, existing.st_uid, existing.st_gid)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; some file systems cannot, which is fine."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
