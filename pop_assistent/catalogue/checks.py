"""Checks that need more than one entry: skill ids, session dates, duplicate ids, and lines.

A file is parsed and validated on its own (and cached); what depends on other files (is this
skill in vaardigheden.yaml, was this id used before) and on today's date is checked here, at
every load, with the line of the entry when a problem must point at one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from pop_assistent.catalogue.cache import FileCache
from pop_assistent.catalogue.problems import Problem
from pop_assistent.catalogue.yamlio import LineDict, YamlSyntaxError, parse_yaml
from pop_assistent.model.catalogue import CatalogueItem

SKILLS_FILE = "vaardigheden.yaml"


def unknown_skill(name: str, line: int | None, entry_id: str, field: str, skill_id: str) -> Problem:
    return Problem(
        name,
        line,
        entry_id,
        field,
        f"de vaardigheid '{skill_id}' staat niet in {SKILLS_FILE}; voeg ze daar toe of "
        "verbeter de tikfout (ze wordt nu genegeerd)",
        f"the skill '{skill_id}' is not in {SKILLS_FILE}; add it there or fix the typo "
        "(it is ignored for now)",
    )


def key_lines(raw: LineDict) -> dict[str, int | None]:
    """The lines a later check may point at."""
    lines: dict[str, int | None] = {"line": raw.line}
    for key in ("id", "vaardigheden", "sessies"):
        lines[key] = raw.key_lines.get(key, raw.line)
    return lines


def all_lines(data: bytes) -> list[dict[str, int | None]]:
    """The key lines of every entry of a clean file; read only when a check needs one."""
    try:
        raw = parse_yaml(data)
    except YamlSyntaxError:
        return []
    if isinstance(raw, dict) and isinstance(raw.get("leermiddelen"), list):
        raw = raw["leermiddelen"]
    if not isinstance(raw, list):
        return []
    return [key_lines(entry) if isinstance(entry, LineDict) else {} for entry in raw]


class Lines:
    """The key lines of one file's items: stored, or looked up in the YAML on first need."""

    def __init__(self, result: FileCache, data: bytes) -> None:
        self._stored = result.lines
        self._data = data
        self._parsed: list[dict[str, int | None]] | None = None

    def of(self, pos: int) -> dict[str, int | None]:
        if self._stored is not None:
            return self._stored[pos]
        if self._parsed is None:  # every entry of a clean file became an item, in order
            self._parsed = all_lines(self._data)
        return self._parsed[pos] if pos < len(self._parsed) else {}


def check_item(
    item: CatalogueItem,
    lines: Callable[[], dict[str, int | None]],
    name: str,
    skill_ids: set[str],
    today: date,
    problems: list[Problem],
) -> CatalogueItem:
    """Drop unknown skill ids and past sessions from a valid item, reporting each."""
    unknown = [s for s in item.skill_ids if s not in skill_ids]
    for skill_id in unknown:
        problems.append(
            unknown_skill(name, lines().get("vaardigheden"), item.id, "vaardigheden", skill_id)
        )
    past = [s for s in item.sessions if s.start < today]
    for session in past:
        problems.append(
            Problem(
                name,
                lines().get("sessies"),
                item.id,
                "sessies",
                f"de sessie van {session.start.isoformat()} ligt in het verleden; schrap ze "
                "of zet er een nieuwe datum bij",
                f"the session of {session.start.isoformat()} is in the past; remove it or "
                "give it a new date",
            )
        )
    if unknown or past:
        item = item.model_copy(
            update={
                "skill_ids": [s for s in item.skill_ids if s in skill_ids],
                "sessions": [s for s in item.sessions if s.start >= today],
            }
        )
    return item


def add_items(
    result: FileCache,
    lines: Lines,
    name: str,
    seen: set[str],
    skill_ids: set[str],
    today: date,
    problems: list[Problem],
    items: list[CatalogueItem],
) -> int:
    """Append one file's unique, checked items to `items`; gives how many were skipped."""
    skipped = 0
    for pos, item in enumerate(result.items):
        if item.id in seen:
            problems.append(
                Problem(
                    name,
                    lines.of(pos).get("id"),
                    item.id,
                    "id",
                    f"het id '{item.id}' komt twee keer voor; dit tweede item is overgeslagen",
                    f"the id '{item.id}' occurs twice; this second entry was skipped",
                    True,
                )
            )
            skipped += 1
            continue
        seen.add(item.id)
        items.append(check_item(item, partial(lines.of, pos), name, skill_ids, today, problems))
    return skipped
