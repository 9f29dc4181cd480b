"""Reading catalogue YAML with libyaml (PyYAML's C parser), remembering the line of every key.

libyaml turns the text into events (with their line marks); a short recursive reader turns them
into dicts and lists, resolving plain scalars with PyYAML's own safe resolver and constructors,
so values are what `yaml.CSafeLoader` gives. Reading events keeps each block's line and each
key's line for the problems, and lets a hostile file be refused early with the line it goes
wrong on: anchors and aliases (the catalogue needs none, and expanding an alias bomb takes
gigabytes), explicit tags (`!!python/...`: the catalogue needs none either), and nesting deeper
than any catalogue entry needs. Such an entry is left out with a sentence; the rest of the file
loads. The caller caps the size.
"""

from __future__ import annotations

import contextlib
import re
from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import ScalarNode

from pop_assistent.i18n import N_, Message

MAX_DEPTH = 12
"""Deepest nesting of lists and blocks a file may use (an item with sessions needs 5)."""

_Parser: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SAFE = yaml.SafeLoader("")
"""Resolves and constructs plain scalars (bool, int, float, null, date) as the safe loader does."""
_TYPED = {
    f"tag:yaml.org,2002:{name}": _SAFE.yaml_constructors[f"tag:yaml.org,2002:{name}"]
    for name in ("bool", "int", "float", "null", "timestamp")
}
_NOT_TEXT = re.compile(
    "|".join({rx.pattern for found in _SAFE.yaml_implicit_resolvers.values() for _, rx in found}),
    re.X,
)
"""Every plain scalar that the safe resolver reads as something else than text (7, true, ~)."""
_FIRST = frozenset(_SAFE.yaml_implicit_resolvers)
"""The first characters the safe resolver looks at: a plain scalar starting otherwise is text."""
_PLAIN: dict[str, Any] = {}
"""Plain scalars resolved before ('7', 'true', '2027-03-15')."""


class LineDict(dict[str, Any]):
    """A mapping from a YAML file that knows its own line and the line of each key (1-based)."""

    __slots__ = ("line", "key_lines", "refused")
    line: int
    key_lines: dict[str, int]
    refused: tuple[int, Message] | None
    """Why this entry cannot be used (line, sentence), when something in it was refused."""


class YamlSyntaxError(Exception):
    """A file cannot be read; carries the line and the sentence (translated when shown)."""

    def __init__(self, line: int | None, message: Message) -> None:
        super().__init__(message.message())
        self.line = line
        self.message = message


def _plain(value: str) -> Any:
    """A plain (unquoted) scalar as the safe loader reads it: text, or a number, date, bool..."""
    if value[:1] not in _FIRST:
        return value
    if value in _PLAIN:
        return _PLAIN[value]
    result: Any = value
    if _NOT_TEXT.match(value):
        tag = _SAFE.resolve(ScalarNode, value, (True, False))
        if tag in _TYPED:  # '<<' and '=' resolve to tags the catalogue does not use: text
            with contextlib.suppress(ValueError):  # 2027-02-31 stays text, for validation
                result = _TYPED[tag](_SAFE, ScalarNode(tag, value))
    if len(value) <= 32 and len(_PLAIN) < 20_000:
        _PLAIN[value] = result
    return result


REFERENCE = Message(
    N_(
        "een verwijzing met & of * (anker of alias) mag niet in de catalogus; schrijf de waarde "
        "voluit"
    )
)
TAG = Message(N_("een type met ! of !! mag niet in de catalogus; laat het weg"))
DEPTH = Message(
    N_("dit is te diep genest (meer dan {depth} niveaus); zo diep gaat geen catalogusitem"),
    depth=MAX_DEPTH,
)


class _Reader:
    """Events to values. An entry is a block in the outermost list: what is refused inside it
    costs that entry only (`LineDict.refused`); what is refused outside any entry, the file."""

    def __init__(self, get: Any) -> None:
        self.get = get
        self.depth = 0
        self.in_entry = False
        self.refused: tuple[int, Message] | None = None

    def refuse(self, event: Any, why: Message) -> None:
        line = event.start_mark.line + 1
        if not self.in_entry:
            raise YamlSyntaxError(line, why)
        if self.refused is None:
            self.refused = (line, why)

    def value(self, event: Any, entry: bool = False) -> Any:
        """The value that starts with `event` (read to its end)."""
        kind = type(event)
        if kind is AliasEvent:
            self.refuse(event, REFERENCE)
            return None
        entry = entry and kind is MappingStartEvent
        self.in_entry |= entry
        if event.anchor is not None:
            self.refuse(event, REFERENCE)
        if event.tag is not None:
            self.refuse(event, TAG)
        if kind is ScalarEvent:
            return _plain(event.value) if event.implicit[0] else event.value
        if self.depth >= MAX_DEPTH:
            self.refuse(event, DEPTH)
            _skip_block(self.get)
            return None
        self.depth += 1
        block: Any = self.mapping(event) if kind is MappingStartEvent else self.sequence()
        self.depth -= 1
        if entry:
            block.refused, self.refused, self.in_entry = self.refused, None, False
        return block

    def mapping(self, start: Any) -> LineDict:
        out = LineDict()
        out.line, out.key_lines, out.refused = start.start_mark.line + 1, {}, None
        lines, get = out.key_lines, self.get
        while True:
            event = get()
            kind = type(event)
            if kind is ScalarEvent and event.tag is None and event.anchor is None:
                key = event.value
            elif kind is MappingEndEvent:
                return out
            else:
                key = str(self.value(event))
            lines[key] = event.start_mark.line + 1
            event = get()
            if type(event) is ScalarEvent and event.tag is None and event.anchor is None:
                out[key] = _plain(event.value) if event.implicit[0] else event.value
            else:
                out[key] = self.value(event)

    def sequence(self) -> list[Any]:
        out: list[Any] = []
        get, entries = self.get, not self.in_entry
        while True:
            event = get()
            kind = type(event)
            if kind is ScalarEvent and event.tag is None and event.anchor is None:
                out.append(_plain(event.value) if event.implicit[0] else event.value)
            elif kind is SequenceEndEvent:
                return out
            else:
                out.append(self.value(event, entries))


def _skip_block(get: Any) -> None:
    """Read past the rest of a block that is nested too deeply (its start was just read)."""
    depth = 1
    while depth:
        kind = type(get())
        if kind is MappingStartEvent or kind is SequenceStartEvent:
            depth += 1
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            depth -= 1


def parse_yaml(data: bytes) -> Any:
    """Parse YAML bytes into LineDicts and lists; raises YamlSyntaxError with the line."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise YamlSyntaxError(
            None, Message(N_("het bestand is geen UTF-8-tekst (sla het op als UTF-8)"))
        ) from exc
    parser = _Parser(data)
    get = parser.get_event
    try:
        get()  # the stream starts
        if type(get()) is StreamEndEvent:  # no document at all
            return None
        root = _Reader(get).value(get())
        get()  # the document ends
        event = get()
        if type(event) is not StreamEndEvent:
            return _raise(event.start_mark.line + 1, describe_problem("a second document"))
        return root
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        if "nesting depth" in (exc.problem or ""):  # libyaml stops at 1,000 levels
            raise YamlSyntaxError(line, DEPTH) from None
        opened = _unclosed_quote(text, line) if line is not None else None
        if opened is not None:
            return _raise(
                opened,
                Message(N_("een aanhalingsteken wordt hier geopend maar niet gesloten")),
            )
        return _raise(line, describe_problem(exc.problem or ""))
    except yaml.YAMLError:
        return _raise(None, describe_problem(""))
    finally:
        parser.dispose()


_QUOTED_VALUE = re.compile(r"""^(\s*)(?:- )?[\w-]+:\s+(['"])""")


def _unclosed_quote(text: str, error_line: int) -> int | None:
    """The first line (1-based) of a quoted value that never closes, before the error."""
    lines = text.split("\n")
    for number in range(max(0, error_line - 30), min(error_line, len(lines))):
        match = _QUOTED_VALUE.match(lines[number])
        if match is None:
            continue
        indent, quote = len(match.group(1)), match.group(2)
        value = [lines[number][match.end() :]]
        for more in lines[number + 1 :]:  # the lines of the value: deeper than its key
            if not more.strip() or len(more) - len(more.lstrip(" ")) <= indent:
                break
            value.append(more)
        body = " ".join(value).replace(quote * 2, "") if quote == "'" else " ".join(value)
        if body.count(quote) == 0:
            return number + 1
    return None


_PROBLEMS: tuple[tuple[str, str], ...] = (
    ("expected ',' or |expected ']'|expected '}'", N_("een haakje of komma ontbreekt")),
    ("tab character", N_("er staat een tab (spring in met spaties)")),
    (
        "that cannot start any token",
        N_("er staat een teken dat hier niet mag (bv. een tab: spring in met spaties)"),
    ),
    (
        "mapping values are not allowed",
        N_("er staat een dubbele punt waar dat niet mag (zet de tekst tussen aanhalingstekens)"),
    ),
    ("expected ':'", N_("een dubbele punt ontbreekt")),
    ("end of stream|found unexpected end", N_("een aanhalingsteken of haakje wordt niet gesloten")),
    (
        "expected <block end>|expected key|expected '-' indicator|<block",
        N_("de inspringing klopt niet"),
    ),
    ("alias|anchor", N_("een verwijzing met * of & klopt niet")),
)
"""PyYAML's problem texts ('a|b': any of them) -> a description an HR officer understands."""


def describe_problem(problem: str) -> Message:
    """PyYAML's problem text as a short description, translated when it is shown."""
    for needles, msgid in _PROBLEMS:
        if any(needle in problem for needle in needles.split("|")):
            return Message(msgid)
    return Message(N_("de opbouw van het bestand klopt niet"))


def _raise(line: int | None, what: Message) -> Any:
    raise YamlSyntaxError(
        line,
        Message(
            N_(
                "het bestand is geen geldige YAML ({why}); controleer inspringing, dubbele "
                "punten en aanhalingstekens"
            ),
            why=what,
        ),
    )


def line_of(data: Any, loc: tuple[Any, ...]) -> int | None:
    """The line of the deepest known key along a pydantic error location."""
    line: int | None = data.line if isinstance(data, LineDict) else None
    node = data
    for part in loc:
        if isinstance(node, LineDict) and isinstance(part, str):
            if part in node.key_lines:
                line = node.key_lines[part]
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
            if isinstance(node, LineDict) and node.line is not None:
                line = node.line
        else:
            break
    return line
