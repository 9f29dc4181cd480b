"""The quickest reader of a resources file: a list of flat entries, one key per line.

Most resources files, and every file the writer makes, have one shape: a block sequence at
column 0 whose entries are mappings with their keys at column 2, each value a scalar on its
line (plain, quoted or a short flow list/mapping, possibly running on over deeper-indented
lines) or a block sequence of such scalars at column 2 (`sessies:` then `  - {datum: ...}`).
This reader handles only that shape, walking the lines once without measuring every indent;
for anything else it raises _Reject and fastyaml's general strict reader takes the file, and
PyYAML after that. Values are resolved exactly as in fastyaml (and so as yaml.SafeLoader).
"""

from __future__ import annotations

import re
from operator import itemgetter
from typing import Any

import yaml

from pop_assistent.catalogue.fastyaml import (
    _BAD_CHARS,
    _CACHE,
    _FLOW_CLOSE,
    _INDICATORS,
    _KEY,
    _MISSING,
    _NON_PRINTABLE,
    _flow,
    _Reject,
    _resolve,
    _tail,
    quoted_value,
    strict_load,
)

_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _more(lines: list[str], i: int, parent: int) -> str:
    """Line i as the next part of a quoted or flow scalar (must be indented past `parent`)."""
    if i >= len(lines):
        raise _Reject
    line = lines[i]
    content = line.lstrip(" ")
    if len(line) - len(content) <= parent:
        raise _Reject
    content = content.rstrip(" ")
    if not content:
        raise _Reject
    return content


def _quoted(lines: list[str], i: int, text: str, parent: int) -> tuple[str, int]:
    at = i

    def next_line() -> str:
        nonlocal at
        at += 1
        return _more(lines, at, parent)

    value = quoted_value(text, next_line)
    return value, at + 1


def _scalar(lines: list[str], i: int, text: str, parent: int) -> tuple[Any, int]:
    """The scalar starting with `text` on line i; gives it and the index of the next line."""
    first = text[0]
    if first == "'" or first == '"':
        return _quoted(lines, i, text, parent)
    if first == "[" or first == "{":
        close = _FLOW_CLOSE[first]
        while close not in text:
            i += 1
            text += " " + _more(lines, i, parent)
        end = text.index(close) + 1
        _tail(text[end:])
        return _flow(text[:end]), i + 1
    if first in _INDICATORS:
        raise _Reject
    value, hash_, _ = text.partition(" #")
    value = value.rstrip(" ")
    if ": " in value or value[-1] == ":":
        raise _Reject
    i += 1
    if hash_:
        return _resolve(value), i
    parts = None
    n = len(lines)
    while i < n:
        line = lines[i]
        content = line.lstrip(" ")
        if len(line) - len(content) <= parent or not content or content[0] == "#":
            break
        content = content.rstrip(" ")
        if not content:
            break
        if content[0] in _INDICATORS or ": " in content or " #" in content or content[-1] == ":":
            raise _Reject
        if parts is None:
            parts = [value]
        parts.append(content)
        i += 1
    return _resolve(" ".join(parts) if parts else value), i


UNIT = re.compile(
    r"((?:(- |  )([A-Za-z_][A-Za-z0-9_-]{0,99}):(?: +([^\n]*))?\n"  # a key of an entry
    r"|  - ([^\n]*)\n"  # an item of a sequence under a key
    r"| *(?:#[^\n]*)?\n)"  # a blank line or a comment
    r"((?:   +[^\n]*\n)*))"  # the deeper-indented lines that follow
)
"""One unit of the file per match; the whole file must be covered by them."""


def _value(text: str, more: str) -> Any:
    """The scalar `text` (rstripped, not empty) with the deeper lines `more` that follow it."""
    if more:
        lines = [text, *more[:-1].split("\n")]
        value, end = _scalar(lines, 0, text, 2)
        if end != len(lines):
            raise _Reject  # e.g. a comment between the lines of a value
        return value
    if text[0] in _INDICATORS:
        return _scalar([text], 0, text, 2)[0]
    value = text.partition(" #")[0].rstrip(" ")
    if ": " in value or value[-1] == ":":
        raise _Reject
    return _resolve(value)


def read_entries(text: str) -> list[dict[Any, Any]]:
    """The entries of a file of this shape, exactly as yaml.SafeLoader reads them.

    Raises _Reject for any other shape or any construct it does not implement.
    """
    if _BAD_CHARS.search(text) or _NON_PRINTABLE.search(text):
        raise _Reject
    if not text.endswith("\n"):
        text += "\n"
    found = UNIT.findall(text)
    if sum(map(len, map(itemgetter(0), found))) != len(text):
        raise _Reject  # some line fits none of the units
    entries: list[dict[Any, Any]] = []
    entry: dict[Any, Any] | None = None
    owner: tuple[dict[Any, Any], Any] | None = None  # the key a sequence item belongs to
    cache = _CACHE
    for whole, lead, key, rest, item, more in found:
        if key:
            if lead == "- ":
                entry = {}
                entries.append(entry)
            elif entry is None:
                raise _Reject
            name = cache.get(key, _MISSING)
            if name is _MISSING:
                name = _resolve(key)
            rest = rest.rstrip(" ")
            if not rest or rest[0] == "#":
                if more:
                    raise _Reject  # a nested block: the general reader
                entry[name] = None
                owner = (entry, name)
                continue
            owner = None
            if more or rest[0] in _INDICATORS or " #" in rest or ": " in rest or rest[-1] == ":":
                entry[name] = _value(rest, more)
            else:  # the common case, a plain scalar on its own line
                value = cache.get(rest, _MISSING)
                entry[name] = _resolve(rest) if value is _MISSING else value
        elif whole[:4] == "  - ":
            item = item.rstrip(" ")
            if owner is None or not item or item[0] in "-# " or _KEY.match(item):
                raise _Reject
            values = owner[0][owner[1]]
            if values is None:
                values = owner[0][owner[1]] = []
            values.append(_value(item, more))
        elif more:
            raise _Reject
    if not entries:
        raise _Reject
    return entries


def fast_entries(text: str, key: str) -> list[dict[str, Any]] | None:
    """The entries of a file, or None when the careful path must read it.

    None when the YAML does not parse, or the file is not a plain list of mappings (or a
    mapping with that list under `key`).
    """
    try:
        return read_entries(text)
    except _Reject:
        pass
    try:
        data = strict_load(text)
    except _Reject:
        try:
            data = yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
        except (yaml.YAMLError, ValueError):  # ValueError: a date such as 2027-02-31
            return None
    if data is None:
        return []
    if isinstance(data, dict) and isinstance(data.get(key), list):
        data = data[key]
    if not isinstance(data, list) or not all(isinstance(entry, dict) for entry in data):
        return None
    return data
