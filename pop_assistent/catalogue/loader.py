"""Loading `catalogus/`: every valid entry loads, every broken one becomes a Problem."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from pop_assistent.catalogue.catalogue import Catalogue
from pop_assistent.catalogue.entries import SkillEntry
from pop_assistent.catalogue.problems import Problem, validation_problems
from pop_assistent.catalogue.yamlio import LineDict, YamlSyntaxError, read_yaml
from pop_assistent.errors import PopError
from pop_assistent.model.catalogue import CatalogueItem, RoleProfile, Skill

SKILLS_FILE = "vaardigheden.yaml"
ROLES_FILE = "functieprofielen.yaml"
ITEMS_DIR = "leermiddelen"

M = TypeVar("M", bound=BaseModel)


def catalogue_dir(directory: Path | None) -> Path:
    """The folder to read: the given one, or the catalogue shipped with the program."""
    if directory is None:
        from pop_assistent.paths import resource_dir

        directory = resource_dir("catalogus")
    if not directory.is_dir():
        raise PopError(
            f"De catalogusmap {directory} bestaat niet.",
            f"The catalogue folder {directory} does not exist.",
        )
    return directory


def item_files(directory: Path) -> list[Path]:
    """The resource files: leermiddelen/**/*.yaml (and .yml), sorted."""
    folder = directory / ITEMS_DIR
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


class _Collector:
    """Reads entries of one kind from files and validates them into models."""

    def __init__(self, directory: Path, problems: list[Problem]) -> None:
        self.directory = directory
        self.problems = problems
        self.skipped = 0

    def rel(self, path: Path) -> str:
        try:
            return path.relative_to(self.directory).as_posix()
        except ValueError:
            return str(path)

    def entries(self, path: Path, key: str) -> list[Any]:
        """The list of entries in a file (a top-level list, or a list under `key`)."""
        name = self.rel(path)
        if not path.is_file():
            self.problems.append(
                Problem(name, None, None, None, "het bestand ontbreekt", "the file is missing")
            )
            return []
        try:
            data = read_yaml(path)
        except YamlSyntaxError as exc:
            self.problems.append(Problem(name, exc.line, None, None, exc.nl, exc.en, True))
            self.skipped += 1
            return []
        if data is None:
            return []
        if isinstance(data, dict) and isinstance(data.get(key), list):
            data = data[key]
        if not isinstance(data, list):
            self.problems.append(
                Problem(
                    name,
                    1,
                    None,
                    None,
                    f"het bestand moet een lijst zijn (elk item begint met '- '), of '{key}:' "
                    "met een lijst eronder",
                    f"the file must be a list (each entry starts with '- '), or '{key}:' with a "
                    "list below it",
                    True,
                )
            )
            self.skipped += 1
            return []
        return data

    def validate(
        self, path: Path, key: str, model: type[M], seen: set[str]
    ) -> list[tuple[M, LineDict]]:
        """Valid, unique entries of one file with their raw data (for line numbers)."""
        name = self.rel(path)
        out: list[tuple[M, LineDict]] = []
        for raw in self.entries(path, key):
            if not isinstance(raw, LineDict):
                self.problems.append(
                    Problem(
                        name,
                        None,
                        None,
                        None,
                        f"'{str(raw)[:40]}' is geen item: een item is een blok 'sleutel: waarde'",
                        f"'{str(raw)[:40]}' is not an entry: an entry is a 'key: value' block",
                        True,
                    )
                )
                self.skipped += 1
                continue
            entry_id = raw.get("id") if isinstance(raw.get("id"), str) else None
            try:
                obj = model.model_validate(raw)
            except ValidationError as exc:
                self.problems.extend(validation_problems(exc, raw, name, entry_id, raw.line))
                self.skipped += 1
                continue
            obj_id = str(getattr(obj, "id"))  # noqa: B009 - every catalogue model has an id
            if obj_id in seen:
                self.problems.append(
                    Problem(
                        name,
                        raw.key_lines.get("id", raw.line),
                        obj_id,
                        "id",
                        f"het id '{obj_id}' komt twee keer voor; dit tweede item is overgeslagen",
                        f"the id '{obj_id}' occurs twice; this second entry was skipped",
                        True,
                    )
                )
                self.skipped += 1
                continue
            seen.add(obj_id)
            out.append((obj, raw))
        return out


def _read_skills(directory: Path, collector: _Collector) -> list[Skill]:
    seen: set[str] = set()
    pairs = collector.validate(directory / SKILLS_FILE, "vaardigheden", SkillEntry, seen)
    return [entry.to_skill() for entry, _ in pairs]


def load_skills(directory: Path | None = None) -> list[Skill]:
    """Only the skills list (fast path for the language core); broken entries are left out."""
    folder = catalogue_dir(directory)
    return _read_skills(folder, _Collector(folder, []))


def _unknown_skill(name: str, raw: LineDict, entry_id: str, field: str, skill_id: str) -> Problem:
    return Problem(
        name,
        raw.key_lines.get(field, raw.line),
        entry_id,
        field,
        f"de vaardigheid '{skill_id}' staat niet in {SKILLS_FILE}; voeg ze daar toe of "
        "verbeter de tikfout (ze wordt nu genegeerd)",
        f"the skill '{skill_id}' is not in {SKILLS_FILE}; add it there or fix the typo "
        "(it is ignored for now)",
    )


def _check_items(
    pairs: list[tuple[CatalogueItem, LineDict]],
    name: str,
    skill_ids: set[str],
    today: date,
    problems: list[Problem],
) -> list[CatalogueItem]:
    """Drop unknown skill ids and past sessions from valid items, reporting each."""
    items: list[CatalogueItem] = []
    for item, raw in pairs:
        unknown = [s for s in item.skill_ids if s not in skill_ids]
        for skill_id in unknown:
            problems.append(_unknown_skill(name, raw, item.id, "vaardigheden", skill_id))
        past = [s for s in item.sessions if s.start < today]
        for session in past:
            problems.append(
                Problem(
                    name,
                    raw.key_lines.get("sessies", raw.line),
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
        items.append(item)
    return items


def load_catalogue(directory: Path | None = None, *, today: date) -> Catalogue:
    """Load skills, role profiles and resources; never raises on a broken file.

    Raises PopError only when the folder itself does not exist.
    """
    folder = catalogue_dir(directory)
    problems: list[Problem] = []
    collector = _Collector(folder, problems)
    skills = _read_skills(folder, collector)
    skill_ids = {s.id for s in skills}

    roles: list[RoleProfile] = []
    roles_path = folder / ROLES_FILE
    for role, raw in collector.validate(roles_path, "functieprofielen", RoleProfile, set()):
        unknown = [s.skill_id for s in role.skills if s.skill_id not in skill_ids]
        for skill_id in unknown:
            problems.append(
                _unknown_skill(collector.rel(roles_path), raw, role.id, "vaardigheden", skill_id)
            )
        if unknown:
            role = role.model_copy(
                update={"skills": [s for s in role.skills if s.skill_id in skill_ids]}
            )
        roles.append(role)

    files = item_files(folder)
    if not files:
        problems.append(
            Problem(
                ITEMS_DIR,
                None,
                None,
                None,
                "er staan geen leermiddelen in deze map (verwacht: leermiddelen/*.yaml)",
                "there are no learning resources in this folder (expected: leermiddelen/*.yaml)",
            )
        )
    items: list[CatalogueItem] = []
    seen: set[str] = set()
    for path in files:
        pairs = collector.validate(path, "leermiddelen", CatalogueItem, seen)
        rel = collector.rel(path)
        items.extend(_check_items(pairs, rel, skill_ids, today, problems))
    return Catalogue(
        items=items, skills=skills, roles=roles, problems=problems, skipped=collector.skipped
    )
