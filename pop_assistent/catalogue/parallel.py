"""Reading part of a large catalogue's YAML in a helper process, on the machine's other core.

Why: turning YAML text into Python objects is pure Python work, so threads cannot share it
(the GIL). On a cold start of a catalogue of tens of thousands of resources it is most of the
loading time; a second process reads the later files while this one reads the first ones,
and sends each file's entries back in order as soon as they are read.

The helper runs this module (`python -I -m pop_assistent.catalogue.parallel`), imports only
the YAML readers, reads the files itself and checks that their bytes are the ones the loader
read (same fingerprint); it only turns text into lists of dicts, exactly as `fast_entries`
does here, so the result is the same as reading in one process. Validation, problems and
everything else stay in the loader. Anything wrong with the helper (it cannot start, dies,
or answers something unexpected) only means the loader reads those files itself. The entries
come back pickled over the helper's own stdout pipe: only this program's child writes there.
No network, and nothing is written to disk.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import struct
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, Any

MIN_BYTES = 2_000_000
"""Below this much YAML to read, starting a process costs more than it saves."""

NOT_READ = object()
"""What `ParseWorker.take` gives for a file the helper did not read (read it yourself)."""

_FRAME = struct.Struct(">QI")
"""Each answer: the length of its pickle and the number of the file in the job list."""


def content_hash(data: bytes) -> str:
    """A short fingerprint of a file's bytes (the one the parse cache uses)."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def worth_helping(sizes: list[int]) -> bool:
    """True when there is enough YAML to read to be worth starting a second process."""
    return bool(sys.executable) and _cores() >= 2 and len(sizes) >= 2 and sum(sizes) >= MIN_BYTES


def _cores() -> int:
    """The cores this process may run on (a second process only helps with a second core)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


class ParseWorker:
    """A helper process reading files in the order given, while this one reads them in its own.

    The loader reads the files first to last and gives the helper the same files last to first:
    each takes what the other has not done yet, nobody waits, and they meet somewhere in the
    middle whatever the speed of each (at most one file is read twice). The first file taken
    from the helper means it has read all the later ones too, and it is stopped.
    """

    def __init__(self, jobs: list[tuple[Path, str]]) -> None:
        self._jobs = [(str(path), digest) for path, digest in jobs]
        self._where = {name: number for number, (name, _) in enumerate(self._jobs)}
        self._done: dict[int, bytes] = {}
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[bytes] | None = None
        self._reader: threading.Thread | None = None
        try:
            self._proc = subprocess.Popen(
                [sys.executable, "-I", "-m", __name__],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
            assert self._proc.stdin is not None and self._proc.stdout is not None
            self._proc.stdin.write(json.dumps(self._jobs).encode("utf-8"))
            self._proc.stdin.close()
        except (OSError, ValueError, TypeError):  # no interpreter to start (embedded Python)
            self.close()
            return
        self._reader = threading.Thread(
            target=self._collect, args=(self._proc.stdout,), name="catalogue-helper", daemon=True
        )
        self._reader.start()

    @property
    def pid(self) -> int | None:
        """The helper's process id while it runs (for measuring it)."""
        return self._proc.pid if self._proc is not None and self._proc.poll() is None else None

    def _collect(self, stream: IO[bytes]) -> None:
        """Keep every answer of the helper as it comes (a thread: reading waits on the pipe)."""
        try:
            while True:
                size, number = _FRAME.unpack(_read(stream, _FRAME.size))
                blob = _read(stream, size)
                with self._lock:
                    self._done[number] = blob
        except (OSError, EOFError, ValueError, struct.error):
            return

    def take(self, path: Path) -> Any:
        """What the helper read in `path`: its entries, or None when the careful path must read
        it; NOT_READ when the helper has not (yet) read it: then read it yourself.
        """
        number = self._where.get(str(path))
        if number is None:
            return NOT_READ
        with self._lock:
            blob = self._done.pop(number, None)
        if blob is None:
            return NOT_READ
        try:
            name, same, entries = pickle.loads(blob)  # noqa: S301 - our own child's answer
        except (pickle.UnpicklingError, EOFError, ValueError, TypeError):
            return NOT_READ
        if name != str(path) or not same:
            return NOT_READ
        self._stop()  # it read this file and every later one already: nothing left for it
        return entries

    def _stop(self) -> None:
        proc = self._proc
        if proc is not None and proc.poll() is None:
            proc.kill()

    def close(self) -> None:
        """Stop the helper (it may still be reading files nobody needs any more)."""
        proc, self._proc = self._proc, None
        if proc is not None:
            if proc.stdin is not None:
                proc.stdin.close()
            if proc.poll() is None:
                proc.kill()
            proc.wait()
        if self._reader is not None:
            self._reader.join()
            self._reader = None
        if proc is not None and proc.stdout is not None:
            proc.stdout.close()
        self._done.clear()


def _read(stream: IO[bytes], size: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise EOFError
    return data


def _child() -> None:
    from pop_assistent.catalogue.fastlist import fast_entries

    out = sys.stdout.buffer
    for number, (name, digest) in enumerate(json.loads(sys.stdin.buffer.read())):
        try:
            data = Path(name).read_bytes()
        except OSError:
            data = b""
        same = content_hash(data) == digest
        entries = None
        if same:
            try:
                entries = fast_entries(data.decode("utf-8"), "leermiddelen")
            except UnicodeDecodeError:
                entries = None
        blob = pickle.dumps((name, same, entries), protocol=pickle.HIGHEST_PROTOCOL)
        out.write(_FRAME.pack(len(blob), number) + blob)
        out.flush()


if __name__ == "__main__":
    _child()
