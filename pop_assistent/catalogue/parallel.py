"""Reading a large catalogue's resource files in two processes, one on each core.

Why: turning YAML events into Python objects and validating them is pure Python work that
threads cannot share (the GIL), and on a first load of a large catalogue it is most of the time.
A helper process (this module, run with `python -m`) reads the later files while this one reads
the first ones; bench/catalogue.py measures the first load with and without it in the same run.
A small catalogue is read in one process: starting the helper costs about a quarter of a second.

The helper gets the files' bytes as the loader read them (the compiled catalogue's key is made
from the same bytes) and answers with what `read_items` gives for them, both pickled over its
own pipes: only this program's own child writes there. Anything wrong with the helper (it cannot
start, dies, or answers something else) only means those files are read here after all.
"""

from __future__ import annotations

import gc
import os
import pickle
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

from pop_assistent.catalogue.collector import FileItems, Source, read_items

MIN_BYTES = 5_000_000
"""Below this much YAML (about 12,000 resources), one process is faster."""

HELPER_SHARE = 0.45
"""The part of the bytes the helper reads: it starts later than this process (its imports)."""


def read_files(sources: list[Source], key: str) -> list[FileItems]:
    """`read_items` of every file, in order; the later files by a helper process when worth it."""
    sizes = [len(source.data or b"") for source in sources]
    if sum(sizes) < MIN_BYTES or len(sources) < 2 or _cores() < 2 or not sys.executable:
        return read_items(sources, key)
    split, done = len(sources), 0
    while split > 1 and done + sizes[split - 1] <= sum(sizes) * HELPER_SHARE:
        split -= 1
        done += sizes[split]
    package_root = Path(__file__).resolve().parents[2]
    try:
        helper = subprocess.Popen(
            [sys.executable, "-m", __name__, key],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=package_root,
        )
    except OSError:
        return read_items(sources, key)
    assert helper.stdin is not None and helper.stdout is not None
    feeder = threading.Thread(target=_send, args=(helper.stdin, sources[split:]), daemon=True)
    feeder.start()
    mine = read_items(sources[:split], key)
    try:
        theirs = pickle.load(helper.stdout)
    except (OSError, EOFError, ValueError, pickle.UnpicklingError):
        theirs = None
    helper.stdout.close()
    if helper.wait() != 0 or not isinstance(theirs, list) or len(theirs) != len(sources) - split:
        theirs = read_items(sources[split:], key)
    return mine + theirs


def _send(pipe: IO[bytes], sources: list[Source]) -> None:
    try:
        with pipe:
            pickle.dump(sources, pipe, protocol=pickle.HIGHEST_PROTOCOL)
    except OSError:  # the helper died: its files are read here
        pass


def _cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


if __name__ == "__main__":
    gc.disable()  # as the loader does: many short-lived objects, no cycles
    files = pickle.load(sys.stdin.buffer)
    pickle.dump(read_items(files, sys.argv[1]), sys.stdout.buffer, pickle.HIGHEST_PROTOCOL)
