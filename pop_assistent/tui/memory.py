"""Python's cyclic garbage collector, once the app has started.

Everything alive after the start (modules, classes, pydantic's validators, Textual's styles, the
opened plan and the catalogue) lives as long as the app. Left in the collector's oldest
generation, each full collection walked all of it: pauses of 100-250 ms every few answers, the
slowest turns of the app (bench/tui.py). Frozen once, a collection walks only what came after.
"""

from __future__ import annotations

import gc

YOUNGEST = 10_000
"""Allocations before the youngest generation is collected (Python's default is 700): a turn
allocates tens of thousands of short-lived objects, which reference counting frees anyway."""

_settled = False


def settle_after_start() -> None:
    """Freeze what the start loaded and let the youngest generation grow; once per process
    (the test suite opens hundreds of apps in one process: only the first one freezes)."""
    global _settled
    if _settled:
        return
    _settled = True
    gc.freeze()
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(YOUNGEST, middle, oldest)
