"""Reading YAML while remembering on which line every mapping and key starts."""

from __future__ import annotations

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


LineLoader.add_constructor("tag:yaml.org,2002:map", LineLoader.construct_mapping)


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
        what = exc.problem or "onleesbare YAML"
        return _raise(line, what)
    except yaml.YAMLError as exc:
        return _raise(None, str(exc))


def _raise(line: int | None, what: str) -> Any:
    raise YamlSyntaxError(
        line,
        f"het bestand is geen geldige YAML ({what}); controleer inspringing, dubbele punten "
        "en aanhalingstekens",
        f"the file is not valid YAML ({what}); check indentation, colons and quotes",
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
