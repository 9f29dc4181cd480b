"""Reading YAML while remembering on which line every mapping and key starts."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

try:  # the C parser is much faster; the constructor (and our line tracking) stays Python
    _BaseLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _BaseLoader = yaml.SafeLoader


class LineDict(dict[str, Any]):
    """A mapping from a YAML file that knows its own line and the line of each key (1-based)."""

    line: int | None = None
    key_lines: dict[str, int]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.key_lines = {}


class LineLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """A safe loader that builds LineDicts."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> LineDict:
        result = LineDict()
        result.line = node.start_mark.line + 1
        self.flatten_mapping(node)
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                key = str(key)
            result[key] = self.construct_object(value_node, deep=True)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
        """A date; one that does not exist (2027-02-31) stays text, so that validation names
        the entry and field instead of the whole file failing."""
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)


LineLoader.add_constructor("tag:yaml.org,2002:map", LineLoader.construct_mapping)
LineLoader.add_constructor("tag:yaml.org,2002:timestamp", LineLoader.construct_yaml_timestamp)


class YamlSyntaxError(Exception):
    """A file is not valid YAML; carries the line and a Dutch/English explanation."""

    def __init__(self, line: int | None, nl: str, en: str) -> None:
        super().__init__(nl)
        self.line = line
        self.nl = nl
        self.en = en


def read_yaml(path: Path) -> Any:
    """Parse a YAML file into LineDicts and lists; raises YamlSyntaxError with the line."""
    return parse_yaml(path.read_bytes())


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
    try:
        return yaml.load(text, Loader=LineLoader)  # noqa: S506 - a safe loader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
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
