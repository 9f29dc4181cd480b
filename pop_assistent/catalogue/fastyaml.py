"""A fast first pass over a resources file, for the common case of a clean file.

The clean path first tries a strict line-based reader for the exact block-YAML shape that
writer.dump_entries and HR editors produce: a list of block mappings (or a mapping holding that
list under `key`), plain or quoted scalars (also folded over several lines), short flow lists
and flow mappings of plain scalars, comments and blank lines. Scalars resolve with PyYAML's own
implicit resolvers and SafeConstructor, so values are exactly what yaml.SafeLoader gives. Any line
the reader does not fully understand makes it give up, and libyaml's C loader reads the file as
before. Every file that turns out to have a problem is read again entry by entry with line
numbers (loader.py), so problems are reported exactly as before.

(An earlier version used the Rust parser yaml-rs here; it crashed the process when called from
a worker thread and reads YAML 1.2 where PyYAML reads 1.1, so it was removed.)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import yaml
from yaml.nodes import ScalarNode

_RESOLVERS = yaml.SafeLoader.yaml_implicit_resolvers
_WILDCARD = list(_RESOLVERS.get(None, []))
_CONSTRUCTOR = yaml.SafeLoader("")
_TAGS = {
    f"tag:yaml.org,2002:{name}": yaml.SafeLoader.yaml_constructors[f"tag:yaml.org,2002:{name}"]
    for name in ("bool", "int", "float", "null", "timestamp")
}
_NON_PRINTABLE = yaml.reader.Reader.NON_PRINTABLE
_BAD_CHARS = re.compile("[\t\r\x85\u2028\u2029\ufeff\\\\]")
_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_-]{0,99}):(?: +|$)")
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_FLOW_BAD = re.compile(r"[\[\]{}#:]")
_FLOW_CLOSE = {"[": "]", "{": "}"}
_CACHE: dict[str, Any] = {}
_MISSING = object()
_BY_FIRST = {first: list(pairs) + _WILDCARD for first, pairs in _RESOLVERS.items() if first}


class _Reject(Exception):
    """The strict reader met something it does not implement."""


def _resolve(value: str) -> Any:
    """A plain scalar as SafeLoader constructs it (YAML 1.1 implicit types)."""
    try:
        return _CACHE[value]
    except KeyError:
        pass
    result: Any = value
    pairs = _BY_FIRST.get(value[0], _WILDCARD) if value else _RESOLVERS.get("", []) + _WILDCARD
    for tag, regexp in pairs:
        if regexp.match(value):
            construct = _TAGS.get(tag)
            if construct is None:
                raise _Reject
            try:
                result = construct(_CONSTRUCTOR, ScalarNode(tag, value))
            except ValueError:  # a date that does not exist (2027-02-31): validation says so
                raise _Reject from None
            break
    if len(value) <= 32 and len(_CACHE) < 4096:
        _CACHE[value] = result
    return result


def _flow_item(item: str) -> Any:
    item = item.strip(" ")
    if not item or item[0] in _INDICATORS or _FLOW_BAD.search(item):
        raise _Reject
    return _resolve(item)


def _flow(text: str) -> Any:
    """A one-level flow list or flow mapping of plain scalars; text runs from [ or { to ] or }."""
    inner = text[1:-1]
    if not inner.strip(" "):
        return [] if text[0] == "[" else {}
    parts = inner.split(",")
    if text[0] == "[":
        if _FLOW_BAD.search(inner):
            raise _Reject
        items = []
        for part in parts:
            item = part.strip(" ")
            if not item or item[0] in _INDICATORS:
                raise _Reject
            value = _CACHE.get(item, _MISSING)
            items.append(_resolve(item) if value is _MISSING else value)
        return items
    mapping: dict[Any, Any] = {}
    for part in parts:
        key, sep, value = part.partition(": ")
        if not sep:
            raise _Reject
        mapping[_flow_item(key)] = _flow_item(value)
    return mapping


def quoted_value(text: str, next_line: Callable[[], str]) -> str:
    """A quoted scalar starting with `text`; `next_line` gives the next line while it runs on."""
    quote = text[0]
    chunks: list[str] = []
    line, start = text, 1
    while True:
        end = line.find(quote, start)
        while quote == "'" and end != -1 and line[end + 1 : end + 2] == "'":
            end = line.find(quote, end + 2)
        if end != -1:
            chunks.append(line[start:end])
            break
        chunks.append(line[start:].rstrip(" "))
        line, start = next_line(), 0
    _tail(line[end + 1 :])
    value = " ".join(chunks) if len(chunks) > 1 else chunks[0]
    return value.replace("''", "'") if quote == "'" else value


def _tail(rest: str) -> None:
    """What follows a quoted or flow scalar: nothing or a comment."""
    stripped = rest.lstrip(" ")
    if stripped and not (stripped[0] == "#" and len(stripped) < len(rest)):
        raise _Reject


class _Reader:
    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")
        self.indents: list[int] = []
        self.contents: list[str] = []
        for line in self.lines:
            content = line.lstrip(" ")
            self.indents.append(len(line) - len(content))
            self.contents.append(content.rstrip(" "))
        self.n = len(self.lines)
        self.pos = 0

    def skip(self) -> None:
        contents, pos = self.contents, self.pos
        while pos < self.n and (not contents[pos] or contents[pos][0] == "#"):
            pos += 1
        self.pos = pos

    def document(self) -> Any:
        self.skip()
        if self.pos == self.n:
            return None
        if self.indents[self.pos]:
            raise _Reject
        value = self.block(0)
        self.skip()
        if self.pos != self.n:
            raise _Reject
        return value

    def block(self, indent: int) -> Any:
        content = self.contents[self.pos]
        if content == "-" or content.startswith("- "):
            return self.sequence(indent)
        return self.mapping(indent, content)

    def sequence(self, indent: int) -> list[Any]:
        items: list[Any] = []
        while True:
            content = self.contents[self.pos]
            if not content.startswith("- "):
                raise _Reject
            rest = content[2:].lstrip(" ")
            if not rest or rest[0] in "-#":
                raise _Reject
            if _KEY.match(rest):
                items.append(self.mapping(indent + len(content) - len(rest), rest))
            else:
                items.append(self.scalar(rest, indent))
            self.skip()
            if self.pos == self.n or self.indents[self.pos] < indent:
                return items
            if self.indents[self.pos] > indent:
                raise _Reject
            content = self.contents[self.pos]
            if not (content == "-" or content.startswith("- ")):
                return items

    def mapping(self, column: int, content: str) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        while True:
            match = _KEY.match(content)
            if match is None:
                raise _Reject
            key = _resolve(match.group(1))
            rest = content[match.end() :]
            if rest.startswith("#"):
                rest = ""
            if rest:
                result[key] = self.scalar(rest, column)
            else:
                self.pos += 1
                self.skip()
                below = self.indents[self.pos] if self.pos < self.n else -1
                if below > column:
                    result[key] = self.block(below)
                elif below == column and self.contents[self.pos].startswith("- "):
                    result[key] = self.sequence(column)
                else:
                    result[key] = None
            self.skip()
            if self.pos == self.n or self.indents[self.pos] < column:
                return result
            content = self.contents[self.pos]
            if self.indents[self.pos] > column or content == "-" or content.startswith("- "):
                raise _Reject

    def continuation(self, parent: int) -> str:
        """The next line of a scalar that runs over several lines."""
        self.pos += 1
        if self.pos == self.n or self.indents[self.pos] <= parent or not self.contents[self.pos]:
            raise _Reject
        return self.contents[self.pos]

    def scalar(self, text: str, parent: int) -> Any:
        """A scalar starting at `text` on the current line; moves past its last line."""
        first = text[0]
        if first in "'\"":
            return self.quoted(text, parent)
        if first in "[{":
            close = _FLOW_CLOSE[first]
            while close not in text:
                text += " " + self.continuation(parent)
            end = text.index(close) + 1
            _tail(text[end:])
            self.pos += 1
            return _flow(text[:end])
        if first in _INDICATORS:
            raise _Reject
        value, hash_, _ = text.partition(" #")
        value = value.rstrip(" ")
        if ": " in value or value.endswith(":"):
            raise _Reject
        self.pos += 1
        if not hash_:
            parts = [value]
            while (
                self.pos < self.n
                and self.indents[self.pos] > parent
                and self.contents[self.pos]
                and self.contents[self.pos][0] != "#"
            ):
                line = self.contents[self.pos]
                if line[0] in _INDICATORS or ": " in line or " #" in line or line.endswith(":"):
                    raise _Reject
                parts.append(line)
                self.pos += 1
            if len(parts) > 1:
                value = " ".join(parts)
        return _resolve(value)

    def quoted(self, text: str, parent: int) -> str:
        value = quoted_value(text, lambda: self.continuation(parent))
        self.pos += 1
        return value


def strict_load(text: str) -> Any:
    """The document as yaml.SafeLoader would give it, or raise _Reject."""
    if _BAD_CHARS.search(text) or _NON_PRINTABLE.search(text):
        raise _Reject
    return _Reader(text).document()
