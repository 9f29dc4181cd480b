"""A fast first pass over a resources file, for the common case of a clean file.

The clean path reads a file with libyaml's C loader and no line tracking, and the caller
validates all entries in one call. Every file that turns out to have a problem is read again
entry by entry with line numbers, so problems are reported exactly as before.

(An earlier version used the Rust parser yaml-rs here; it crashed the process when called from
a worker thread and reads YAML 1.2 where PyYAML reads 1.1, so it was removed.)
"""

from __future__ import annotations

from typing import Any

import yaml

_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def fast_entries(text: str, key: str) -> list[dict[str, Any]] | None:
    """The entries of a file, or None when the careful path must read it.

    None when the YAML does not parse, or the file is not a plain list of mappings (or a
    mapping with that list under `key`).
    """
    try:
        data = yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError:
        return None
    if data is None:
        return []
    if isinstance(data, dict) and isinstance(data.get(key), list):
        data = data[key]
    if not isinstance(data, list) or not all(isinstance(entry, dict) for entry in data):
        return None
    return data
