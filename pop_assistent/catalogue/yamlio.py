"""Reading catalogue YAML with libyaml (PyYAML's C parser), remembering the line of every block.

libyaml turns the text into a stream of events (with their line marks); a small stack turns the
events into dicts and lists, resolving plain scalars with PyYAML's own safe resolver and
constructors, so values are exactly what `yaml.CSafeLoader` gives. Working on events keeps every
mapping's line and each key's line for the problems, and lets a hostile file be refused early
with the line it goes wrong on: anchors and aliases (the catalogue needs none, and expanding an
alias bomb takes gigabytes), explicit tags, and nesting deeper than any catalogue entry needs.
Such an entry is left out with a sentence; the rest of the file loads. The caller caps the size.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import ScalarNode

MAX_DEPTH = 12
"""Deepest nesting of lists and blocks a file may use (an item with sessions needs 5)."""

_Parser: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SAFE = yaml.SafeLoader("")
"""Resolves and constructs plain scalars (bool, int, float, null, date) as the safe loader does."""
_STR = "tag:yaml.org,2002:str"
_TYPED = {
    f"tag:yaml.org,2002:{name}": _SAFE.yaml_constructors[f"tag:yaml.org,2002:{name}"]
    for name in ("bool", "int", "float", "null", "timestamp", "str")
}
_RESOLVED = frozenset(_SAFE.yaml_implicit_resolvers) - {None}
"""First characters of a plain scalar that can be something else than text (7, true, ~)."""
_PLAIN: dict[Any, Any] = {}
"""Plain scalars seen before ('id', 'nl', '2027-03-15'): resolving is most of the cost."""
_BLOCK_TAGS = (None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")


class LineDict(dict[str, Any]):
    """A mapping from a YAML file that knows its own line and the line of each key (1-based)."""

    line: int | None = None
    refused: tuple[int, str, str] | None = None
    """Why this entry cannot be used (line, Dutch, English), when something in it was refused."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.key_lines: dict[str, int] = {}


class YamlSyntaxError(Exception):
    """A file cannot be read; carries the line and a Dutch/English sentence."""

    def __init__(self, line: int | None, nl: str, en: str) -> None:
        super().__init__(nl)
        self.line = line
        self.nl = nl
        self.en = en


def _scalar(event: ScalarEvent) -> Any:
    tag = event.tag
    if tag is None or tag == "!":
        if not event.implicit[0]:  # quoted: always text
            return event.value
        value = event.value
        if value[:1] not in _RESOLVED:  # 'Excel', 'Gent': nothing else than text
            return value
        try:
            return _PLAIN[value]
        except KeyError:
            tag = _SAFE.resolve(ScalarNode, value, (True, False))
            result = _construct(tag, value)
            if len(value) <= 32 and len(_PLAIN) < 20_000:
                _PLAIN[value] = result
            return result
    return _construct(tag, event.value)


def _construct(tag: str, value: str) -> Any:
    construct = _TYPED.get(tag)
    if construct is None or tag == _STR:
        return value  # e.g. '<<' or '=' resolve to tags the catalogue does not use: text
    try:
        return construct(_SAFE, ScalarNode(tag, value))
    except ValueError:  # 2027-02-31: stays text, so that validation names the entry and field
        return value


REFERENCE = (
    "een verwijzing met & of * (anker of alias) mag niet in de catalogus; schrijf de waarde voluit",
    "a reference with & or * (anchor or alias) is not allowed in the catalogue; write the value "
    "out in full",
)
TAG = (
    "een type met ! of !! mag niet in de catalogus; laat het weg",
    "a type with ! or !! is not allowed in the catalogue; leave it out",
)
DEPTH = (
    f"dit is te diep genest (meer dan {MAX_DEPTH} niveaus); zo diep gaat geen catalogusitem",
    f"this is nested too deeply (more than {MAX_DEPTH} levels); no catalogue entry goes that deep",
)


class _Builder:
    """Events to Python values: a stack of open lists and LineDicts with their pending keys."""

    def __init__(self) -> None:
        self.stack: list[Any] = []
        self.keys: list[Any] = []
        self.root: Any = None

    def refuse(self, line: int, why: tuple[str, str]) -> None:
        """Mark the entry being read (the outermost block inside a list) as refused."""
        for depth in range(1, len(self.stack)):
            entry = self.stack[depth]
            if isinstance(entry, LineDict) and isinstance(self.stack[depth - 1], list):
                if entry.refused is None:
                    entry.refused = (line, *why)
                return
        raise YamlSyntaxError(line, why[0], why[1])  # not inside an entry: the whole file

    def add(self, value: Any, event: Any) -> None:
        """Put a finished value in the open list or mapping (a key first, then its value)."""
        if not self.stack:
            self.root = value
            return
        top = self.stack[-1]
        if type(top) is list:
            top.append(value)
            return
        key = self.keys[-1]
        if key is _NO_KEY:
            key = value if isinstance(value, str) else str(value)
            self.keys[-1] = key
            top.key_lines[key] = event.start_mark.line + 1
        else:
            top[key] = value
            self.keys[-1] = _NO_KEY

    def open(self, block: Any, line: int, anchor: str | None, tag: str | None) -> None:
        self.stack.append(block)
        self.keys.append(_NO_KEY)
        if anchor is not None:
            self.refuse(line, REFERENCE)
        if tag not in _BLOCK_TAGS:
            self.refuse(line, TAG)

    def run(self, parser: Any) -> Any:
        get, add, plain, stack, keys = parser.get_event, self.add, _PLAIN, self.stack, self.keys
        documents = 0
        while True:
            event = get()
            kind = type(event)
            if kind is ScalarEvent:  # most events: the common case inline, for speed
                if event.anchor is not None or event.tag is not None:
                    self._check_scalar(event)
                value = _NO_KEY
                if event.tag is None and event.implicit[0]:
                    value = plain.get(event.value, _NO_KEY)
                if value is _NO_KEY:
                    value = _scalar(event)
                top = stack[-1] if stack else None
                if type(top) is LineDict and keys[-1] is not _NO_KEY:
                    top[keys[-1]] = value
                    keys[-1] = _NO_KEY
                elif type(top) is list:
                    top.append(value)
                else:
                    add(value, event)
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                self.keys.pop()
                add(self.stack.pop(), event)
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                line = event.start_mark.line + 1
                if len(self.stack) >= MAX_DEPTH:
                    self.refuse(line, DEPTH)
                    _skip_block(get)
                    add(None, event)
                    continue
                block: list[Any] | LineDict = []
                if kind is MappingStartEvent:
                    block = LineDict()
                    block.line = line
                self.open(block, line, event.anchor, event.tag)
            elif kind is AliasEvent:
                self.refuse(event.start_mark.line + 1, REFERENCE)
                add(None, event)
            elif kind is DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise yaml.MarkedYAMLError(
                        problem="expected a single document", problem_mark=event.start_mark
                    )
            elif kind is StreamEndEvent:
                return self.root

    def _check_scalar(self, event: Any) -> None:
        line = event.start_mark.line + 1
        if event.anchor is not None:
            self.refuse(line, REFERENCE)
        if event.tag not in (None, "!") and event.tag not in _TYPED:
            self.refuse(line, TAG)


_NO_KEY = object()


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
            None,
            "het bestand is geen UTF-8-tekst (sla het op als UTF-8)",
            "the file is not UTF-8 text (save it as UTF-8)",
        ) from exc
    parser = _Parser(text)
    try:
        return _Builder().run(parser)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        if "nesting depth" in (exc.problem or ""):  # libyaml stops at 1,000 levels
            raise YamlSyntaxError(line, *DEPTH) from None
        opened = _unclosed_quote(text, line) if line is not None else None
        if opened is not None:
            return _raise(
                opened,
                (
                    "een aanhalingsteken wordt hier geopend maar niet gesloten",
                    "a quotation mark is opened here but not closed",
                ),
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


# PyYAML's (English) problem texts, described in words an HR officer understands.
_PROBLEMS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (
        ("expected ',' or ']'", "expected ',' or '}'", "expected ']'", "expected '}'"),
        "een haakje of komma ontbreekt",
        "a bracket or comma is missing",
    ),
    (
        ("tab character",),
        "er staat een tab (spring in met spaties)",
        "there is a tab (indent with spaces)",
    ),
    (
        ("that cannot start any token",),
        "er staat een teken dat hier niet mag (bv. een tab: spring in met spaties)",
        "a character is not allowed here (e.g. a tab: indent with spaces)",
    ),
    (
        ("mapping values are not allowed",),
        "er staat een dubbele punt waar dat niet mag (zet de tekst tussen aanhalingstekens)",
        "a colon is not allowed here (put the text between quotes)",
    ),
    (
        ("expected ':'",),
        "een dubbele punt ontbreekt",
        "a colon is missing",
    ),
    (
        ("end of stream", "found unexpected end"),
        "een aanhalingsteken of haakje wordt niet gesloten",
        "a quote or bracket is not closed",
    ),
    (
        ("expected <block end>", "expected key", "expected '-' indicator", "<block"),
        "de inspringing klopt niet",
        "the indentation is wrong",
    ),
    (
        ("alias", "anchor"),
        "een verwijzing met * of & klopt niet",
        "a reference with * or & is wrong",
    ),
)


def describe_problem(problem: str) -> tuple[str, str]:
    """PyYAML's problem text as a short Dutch and English description."""
    for needles, nl, en in _PROBLEMS:
        if any(needle in problem for needle in needles):
            return nl, en
    return "de opbouw van het bestand klopt niet", "the structure of the file is wrong"


def _raise(line: int | None, what: tuple[str, str]) -> Any:
    nl, en = what
    raise YamlSyntaxError(
        line,
        f"het bestand is geen geldige YAML ({nl}); controleer inspringing, dubbele punten "
        "en aanhalingstekens",
        f"the file is not valid YAML ({en}); check indentation, colons and quotes",
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
