"""Turning an HR spreadsheet's rows into validated catalogue items (`pop catalogus importeer`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path

from pydantic import ValidationError

from pop_assistent.catalogue.checks import past_session, unknown_skill
from pop_assistent.catalogue.collector import duplicate
from pop_assistent.catalogue.columns import Notes, SkillLookup, column_map, row_to_entry
from pop_assistent.catalogue.importdates import CellError
from pop_assistent.catalogue.problems import Problem, error_sentences
from pop_assistent.catalogue.sheets import Cell
from pop_assistent.errors import PopError
from pop_assistent.i18n import N_, Message
from pop_assistent.model.catalogue import CatalogueItem, Skill


@dataclass
class ImportResult:
    """What an import produced: valid items and the problems of the rows that were not."""

    items: list[CatalogueItem]
    problems: list[Problem]
    skipped: int
    ignored: list[str] = field(default_factory=list)
    """Headers of columns that no field was taken from."""
    defaults: dict[str, str] = field(default_factory=dict)
    """Fields no column gave, with the default every item got (`vorm: klassikaal`)."""
    readings: list[tuple[str, str, str, int]] = field(default_factory=list)
    """(header, value, read as, rows): values that were read as something else."""

    def notes(self) -> list[Message]:
        """Short report lines (translated when shown): ignored columns, defaults, readings."""
        out: list[Message] = []
        if self.ignored:
            out.append(
                Message(
                    N_("Genegeerde kolommen (niet gekoppeld aan een veld): {names}."),
                    names=", ".join(self.ignored),
                )
            )
        if self.defaults:
            out.append(
                Message(
                    N_("Standaardwaarden ingevuld (geen kolom): {defaults}."),
                    defaults=", ".join(f"{k}: {v}" for k, v in self.defaults.items()),
                )
            )
        for header, value, reading, rows in self.readings:
            msgid = (
                N_("{header} '{given}' gelezen als {reading} ({rows} rij).")
                if rows == 1
                else N_("{header} '{given}' gelezen als {reading} ({rows} rijen).")
            )
            out.append(Message(msgid, header=header, given=value, reading=reading, rows=rows))
        return out


def _defaults(given: set[str]) -> dict[str, str]:
    """The model's defaults for fields that no column gave (empty ones left out)."""
    out: dict[str, str] = {}
    for info in CatalogueItem.model_fields.values():
        name = info.alias
        default = info.default
        if name is None or name in given or default is None or info.default_factory:
            continue
        if isinstance(default, Enum):
            default = default.value
        if isinstance(default, bool):
            out[name] = "true" if default else "false"
        elif isinstance(default, float) and default.is_integer():
            out[name] = str(int(default))
        elif default != "":
            out[name] = str(default)
    return out


def _ignored(headers: list[str], mapping: dict[int, str]) -> list[str]:
    """Named columns that gave nothing; a place column needs a date or sessions column."""
    fields = set(mapping.values())
    needs_date = not fields & {"sessie_datum", "sessies"}
    return [
        header
        for pos, header in enumerate(headers)
        if header and (pos not in mapping or (mapping[pos] == "sessie_plaats" and needs_date))
    ]


def import_rows(
    headers: list[str],
    rows: list[list[Cell]],
    *,
    name: str,
    spec: str | None,
    skills: list[Skill],
    today: date,
) -> ImportResult:
    """Map, convert and validate rows; row numbers in problems are spreadsheet rows."""
    mapping = column_map(headers, spec)
    lookup = SkillLookup(skills)
    known = {s.id for s in skills}
    items: list[CatalogueItem] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    skipped = 0
    notes: Notes = Notes()
    for number, cells in enumerate(rows, start=2):
        try:
            entry = row_to_entry(cells, mapping, lookup, notes)
        except CellError as exc:
            header = headers[exc.column] if exc.column is not None else "?"
            problems.append(
                Problem(
                    name,
                    Message(
                        N_("kolom '{header}': {why}; deze rij is overgeslagen"),
                        header=header,
                        why=exc.sentence,
                    ),
                    number,
                    skipped=True,
                )
            )
            skipped += 1
            continue
        entry_id = entry.get("id") or None
        try:
            item = CatalogueItem.model_validate(entry)
        except ValidationError as exc:
            for error in exc.errors():
                message = error_sentences(dict(error))
                loc = error.get("loc", ())
                problems.append(
                    Problem(name, message, number, entry_id, str(loc[0]) if loc else None, True)
                )
            skipped += 1
            continue
        if item.id in seen:
            problems.append(duplicate(name, number, item.id))
            skipped += 1
            continue
        seen.add(item.id)
        unknown = [s for s in item.skill_ids if s not in known]
        problems.extend(unknown_skill(name, number, item.id, "vaardigheden", s) for s in unknown)
        past = [s.start for s in item.sessions if s.start < today]
        problems.extend(past_session(name, number, item.id, start) for start in past)
        items.append(item)
    readings = [(headers[pos], value, reading, n) for (pos, value, reading), n in notes.items()]
    return ImportResult(
        items,
        problems,
        skipped,
        _ignored(headers, mapping),
        _defaults(set(mapping.values()) | {"id"}),
        readings,
    )


def refuse_overwrite(target: Path, overwrite: bool) -> None:
    """Refuse to replace an existing file unless asked to (--overschrijf); a device or a pipe
    (`-o /dev/null`) is written to, never replaced, so it is no reason to refuse."""
    if target.is_file() and not overwrite:
        raise PopError(
            N_("Het bestand {target} bestaat al; kies een andere naam of gebruik --overschrijf."),
            target=target,
        )


def write_items_yaml(
    items: Sequence[CatalogueItem], target: Path, *, overwrite: bool = False
) -> None:
    """Write imported items as YAML; an existing file is only replaced with overwrite=True."""
    from pop_assistent.catalogue.writer import items_yaml
    from pop_assistent.files import write_file
    from pop_assistent.os_errors import not_written

    refuse_overwrite(target, overwrite)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise not_written(exc, target) from exc
    write_file(target, items_yaml(list(items)))
