"""Loading `catalogus/`: every valid entry loads, every broken one becomes a Problem.

The files are read and hashed at every start; when the compiled catalogue in the cache was
made from exactly these files it is opened as it is, otherwise it is compiled again
(compiled.py): the skills and roles files and every resource file whose content hash differs
from the one the earlier compiled file recorded are parsed and validated, the other resource
files' rows are taken from that file, and the checks across files run over all of them.
"""

from __future__ import annotations

import gc
import hashlib
import sqlite3
from datetime import date
from pathlib import Path

from pop_assistent.catalogue import compiled
from pop_assistent.catalogue.catalogue import Catalogue
from pop_assistent.catalogue.checks import (
    SKILLS_FILE,
    known_role_skills,
    known_skills,
    past_sessions,
)
from pop_assistent.catalogue.collector import Collector, Source, duplicate, read_items
from pop_assistent.catalogue.entries import SkillEntry
from pop_assistent.catalogue.problems import Megabytes, Problem
from pop_assistent.errors import PopError
from pop_assistent.i18n import N_, Message
from pop_assistent.model.catalogue import CatalogueItem, RoleProfile, Skill

ROLES_FILE = "functieprofielen.yaml"
ITEMS_DIR = "leermiddelen"
YAML = (".yaml", ".yml")
MAX_BYTES = 10_000_000
"""A larger file is refused unread (about 25,000 resources; split it over several files)."""


def catalogue_dir(directory: Path | None) -> Path:
    """The folder to read: the given one, or the catalogue shipped with the program."""
    if directory is None:
        from pop_assistent.paths import resource_dir

        directory = resource_dir("catalogus")
    if directory.is_file():
        raise PopError(
            N_(
                "{directory} is een bestand, geen map: de catalogus is een map met {SKILLS_FILE}, "
                "{ROLES_FILE} en {ITEMS_DIR}/ (kijk de map of POP_CATALOGUS na)."
            ),
            directory=directory,
            SKILLS_FILE=SKILLS_FILE,
            ROLES_FILE=ROLES_FILE,
            ITEMS_DIR=ITEMS_DIR,
        )
    if not directory.is_dir():
        raise PopError(N_("De catalogusmap {directory} bestaat niet."), directory=directory)
    return directory


def read_source(folder: Path, path: Path, problems: list[Problem]) -> Source:
    """A file's bytes; when it is missing or larger than MAX_BYTES, None and a problem."""
    name = path.relative_to(folder).as_posix()
    try:
        size = path.stat().st_size
        if size <= MAX_BYTES:
            return Source(name, path.read_bytes())
    except OSError:
        problems.append(Problem(name, Message(N_("het bestand ontbreekt"))))
        return Source(name, None)
    problems.append(
        Problem(
            name,
            Message(
                N_(
                    "het bestand is te groot ({size}, hoogstens {limit}) en is niet gelezen; "
                    "verdeel het over kleinere bestanden"
                ),
                size=Megabytes(size),
                limit=Megabytes(MAX_BYTES),
            ),
            skipped=True,
        )
    )
    return Source(name, None)


def _ignored(name: str, where: Message) -> Problem:
    return Problem(name, Message(N_("dit bestand wordt niet gelezen: {why}"), why=where))


TOP_LEVEL = Message(
    N_("in de hoofdmap tellen alleen {skills} en {roles}; leermiddelen horen in {items}/"),
    skills=SKILLS_FILE,
    roles=ROLES_FILE,
    items=ITEMS_DIR,
)
NOT_YAML = Message(N_("in {items}/ tellen alleen .yaml- en .yml-bestanden"), items=ITEMS_DIR)


class Sources:
    """Every file of a catalogue folder, read and named; the files it ignores, named too."""

    def __init__(self, folder: Path) -> None:
        self.problems: list[Problem] = []
        """Files that are ignored, missing or refused unread (found again at every start)."""
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() in YAML and path.name not in (SKILLS_FILE, ROLES_FILE):
                self.problems.append(_ignored(path.name, TOP_LEVEL))
        self.skills = read_source(folder, folder / SKILLS_FILE, self.problems)
        self.roles = read_source(folder, folder / ROLES_FILE, self.problems)
        self.items: list[Source] = []
        items = folder / ITEMS_DIR
        for path in sorted(items.rglob("*")) if items.is_dir() else []:
            if not path.is_file() or path.name.startswith("."):
                continue
            if path.suffix in YAML:
                self.items.append(read_source(folder, path, self.problems))
            else:
                self.problems.append(_ignored(path.relative_to(folder).as_posix(), NOT_YAML))
        self.skipped = sum(problem.skipped for problem in self.problems)

    def key(self) -> str:
        """A fingerprint of every file's name and content, the layout and the models."""
        digest = hashlib.blake2b(digest_size=16)
        digest.update(f"{compiled.FORMAT} {compiled.model_tag()}\n".encode())
        for source in [self.skills, self.roles, *self.items]:
            digest.update(f"{source.name}\n{source.hash}\n".encode())
        return digest.hexdigest()


def load_skills(directory: Path | None = None) -> list[Skill]:
    """Only the skills list (fast path for the language core); broken entries are left out."""
    folder = catalogue_dir(directory)
    source = read_source(folder, folder / SKILLS_FILE, [])
    pairs = Collector().validate(source, "vaardigheden", SkillEntry, set())
    return [entry.to_skill() for entry, _ in pairs]


def load_catalogue(
    directory: Path | None = None, *, today: date, rebuild: bool = False
) -> Catalogue:
    """Load skills, role profiles and resources; never raises on a broken file.

    Raises PopError only when the folder itself does not exist. `rebuild` compiles the files
    again even when an up-to-date compiled catalogue exists (`pop catalogus valideer`).
    """
    folder = catalogue_dir(directory)
    sources = Sources(folder)
    key = sources.key()
    path = compiled.location(folder)
    found = None if rebuild else compiled.open_fresh(path, key)
    try:
        header = None if found is None else found.header()
    except (sqlite3.Error, ValueError):  # damaged after all: closed and made again
        if found is not None:
            found.db.close()
        header = found = None
    if found is None or header is None:
        collecting = gc.isenabled()
        gc.disable()  # millions of short-lived objects and no cycles: 15% of the CPU (bench)
        try:
            earlier = {} if rebuild else compiled.earlier(path)
            found = compiled.write(path, _compile(sources, key, earlier))
        finally:
            if collecting:
                gc.enable()
        header = found.header()
    skills, roles, problems, skipped, count = header
    fixed = past_sessions(found, today, problems)
    return Catalogue(
        items=compiled.StoredItems(found, count, fixed),
        skills=skills,
        roles=roles,
        problems=problems + sources.problems,
        skipped=skipped + sources.skipped,
        compiled=found,
    )


def _compile(
    sources: Sources, key: str, earlier: dict[str, compiled.FileItems]
) -> compiled.Contents:
    """Parse and validate every file (a resource file `earlier` holds with the same content is
    taken from there), and check what needs more than one file."""
    check = Collector()
    valid = check.validate
    skills = [e.to_skill() for e, _ in valid(sources.skills, "vaardigheden", SkillEntry, set())]
    skill_ids = {s.id for s in skills}
    roles = [
        known_role_skills(
            role,
            sources.roles.name,
            raw.key_lines.get("vaardigheden", raw.line),
            skill_ids,
            check.problems,
        )
        for role, raw in valid(sources.roles, "functieprofielen", RoleProfile, set())
    ]
    rows: list[compiled.Row] = []
    seen: set[str] = set()
    files, parsed = read_items(sources.items, ITEMS_DIR, earlier)
    clean = []
    for found in files:
        check.problems += found.problems
        check.skipped += found.skipped
        as_read = True
        for row, (id_line, skills_line) in zip(found.rows, found.lines, strict=True):
            if row.id in seen:  # the same id in an earlier file
                check.problems.append(duplicate(row.file, id_line, row.id))
                check.skipped += 1
                as_read = False
                continue
            seen.add(row.id)
            if any(s not in skill_ids for s in row.skills.split()):
                item = CatalogueItem.model_validate_json(row.data)
                item = known_skills(item, row.file, skills_line, skill_ids, check.problems)
                row = compiled.item_row(item, row.file, row.sessions_line)
                as_read = False
            rows.append(row)
        if as_read:
            clean.append(found)
    if not sources.items:
        check.problems.append(
            Problem(
                ITEMS_DIR,
                Message(
                    N_("er staan geen leermiddelen in deze map (verwacht: {items}/*.yaml)"),
                    items=ITEMS_DIR,
                ),
            )
        )
    return compiled.Contents(key, rows, skills, roles, check.problems, check.skipped, clean, parsed)
