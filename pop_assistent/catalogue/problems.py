"""Problems found while loading the catalogue, each a sentence an HR person can act on."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from pop_assistent.catalogue.yamlio import LineDict, line_of
from pop_assistent.i18n import SOURCE_LANGUAGE, Language


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a catalogue file: where (file, line, entry, field) and what, in nl/en."""

    file: str
    message: str
    message_en: str
    line: int | None = None
    entry_id: str | None = None
    field: str | None = None
    skipped: bool = False
    """True when the entry was left out of the catalogue because of this problem."""

    def where(self, lang: Language = SOURCE_LANGUAGE) -> str:
        """`leermiddelen/veiligheid.yaml, regel 12, vca-vol, veld kostprijs_eur`."""
        parts = [self.file]
        if self.line is not None:
            parts.append(f"{'line' if lang == 'en' else 'regel'} {self.line}")
        if self.entry_id:
            parts.append(self.entry_id)
        if self.field:
            parts.append(f"{'field' if lang == 'en' else 'veld'} {self.field}")
        return ", ".join(parts)

    def text(self, lang: Language = SOURCE_LANGUAGE) -> str:
        """The full sentence with its location."""
        return f"{self.where(lang)}: {self.message_en if lang == 'en' else self.message}"


def _field_name(loc: tuple[Any, ...]) -> str:
    """('sessies', 0, 'datum') -> 'sessies[1].datum' (1-based for people)."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _show(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else value
    return text if len(text) <= 60 else text[:57] + "..."


def error_sentences(error: dict[str, Any]) -> tuple[str, str]:
    """One pydantic error as a Dutch and an English sentence."""
    kind = error["type"]
    loc = tuple(error.get("loc", ()))
    name = _field_name(loc) or "het item"
    value = _show(error.get("input"))
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return f"het verplichte veld '{name}' ontbreekt", f"the required field '{name}' is missing"
    if kind == "extra_forbidden":
        return (
            f"'{name}' is geen bekend veld (tikfout?)",
            f"'{name}' is not a known field (typo?)",
        )
    if kind in ("greater_than_equal", "greater_than"):
        limit = ctx.get("ge", ctx.get("gt"))
        if limit == 0:
            return (
                f"'{name}' mag niet negatief zijn (nu {value})",
                f"'{name}' cannot be negative (now {value})",
            )
        return (
            f"'{name}' moet minstens {limit} zijn (nu {value})",
            f"'{name}' must be at least {limit} (now {value})",
        )
    if kind in ("less_than_equal", "less_than"):
        limit = ctx.get("le", ctx.get("lt"))
        return (
            f"'{name}' mag hoogstens {limit} zijn (nu {value})",
            f"'{name}' must be at most {limit} (now {value})",
        )
    if kind in ("float_parsing", "float_type", "int_parsing", "int_type", "int_from_float"):
        whole = " geheel" if kind.startswith("int") else ""
        whole_en = " whole" if kind.startswith("int") else ""
        return (
            f"'{name}' moet een{whole} getal zijn, niet '{value}'",
            f"'{name}' must be a{whole_en} number, not '{value}'",
        )
    if kind in ("bool_parsing", "bool_type"):
        return (
            f"'{name}' moet ja of nee zijn (true/false), niet '{value}'",
            f"'{name}' must be yes or no (true/false), not '{value}'",
        )
    if (kind.startswith("date") or kind.startswith("datetime")) and re.fullmatch(
        r"\d{4}-\d{2}-\d{2}", str(value)
    ):
        return (
            f"de datum {value} bestaat niet; kijk de dag en de maand na",
            f"the date {value} does not exist; check the day and the month",
        )
    if kind.startswith("date") or kind.startswith("datetime"):
        return (
            f"'{name}' moet een datum zijn zoals 2027-03-15, niet '{value}'",
            f"'{name}' must be a date such as 2027-03-15, not '{value}'",
        )
    if kind == "enum":
        expected = str(ctx.get("expected", ""))  # pydantic writes "'a', 'b' or 'c'"
        return (
            f"'{value}' is geen geldige waarde voor '{name}'; kies uit "
            + expected.replace("' or '", "' of '"),
            f"'{value}' is not a valid value for '{name}'; choose from {expected}",
        )
    if kind == "string_pattern_mismatch":
        return (
            f"'{value}' is geen geldig id voor '{name}': gebruik kleine letters, cijfers en "
            "koppeltekens (bv. excel-gevorderd)",
            f"'{value}' is not a valid id for '{name}': use lower-case letters, digits and "
            "hyphens (e.g. excel-advanced)",
        )
    if kind == "string_too_short":
        return f"'{name}' mag niet leeg zijn", f"'{name}' cannot be empty"
    if kind == "string_too_long":
        return f"'{name}' is te lang", f"'{name}' is too long"
    if kind == "string_type":
        return (
            f"'{name}' moet tekst zijn, niet '{value}'",
            f"'{name}' must be text, not '{value}'",
        )
    if kind == "list_type":
        return (
            f"'{name}' moet een lijst zijn (regels die met '- ' beginnen)",
            f"'{name}' must be a list (lines starting with '- ')",
        )
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return (
            f"'{name}' moet een blok met velden zijn (sleutel: waarde)",
            f"'{name}' must be a block of fields (key: value)",
        )
    if kind == "value_error":
        msg = str(error.get("msg", "")).removeprefix("Value error, ")
        return f"'{name}': {msg}", f"'{name}': {msg}"
    msg = str(error.get("msg", kind))
    return f"'{name}' klopt niet: {msg}", f"'{name}' is not valid: {msg}"


def validation_problems(
    exc: ValidationError, data: Any, file: str, entry_id: str | None, entry_line: int | None
) -> list[Problem]:
    """Every error of one entry, each with the line of the offending field when known."""
    problems: list[Problem] = []
    for error in exc.errors():
        loc = tuple(error.get("loc", ()))
        line = line_of(data, loc) if isinstance(data, LineDict) else None
        nl, en = error_sentences(dict(error))
        problems.append(
            Problem(file, nl, en, line or entry_line, entry_id, _field_name(loc) or None, True)
        )
    return problems


def counted(count: int, one: str, many: str) -> str:
    """'1 probleem', '4 problemen': a number with the right singular or plural."""
    return f"{count} {one if count == 1 else many}"


def summary_text(
    items: int,
    skills: int,
    roles: int,
    problems: int,
    skipped: int,
    lang: Language = SOURCE_LANGUAGE,
) -> str:
    """One line: how much of the catalogue loaded and how much was skipped."""
    if lang == "en":
        text = (
            f"{counted(items, 'learning resource', 'learning resources')}, "
            f"{counted(skills, 'skill', 'skills')}, "
            f"{counted(roles, 'role profile', 'role profiles')}"
        )
        if problems:
            text += (
                f"; {counted(problems, 'problem', 'problems')}, "
                f"{counted(skipped, 'entry', 'entries')} skipped"
            )
        return text
    text = (
        f"{counted(items, 'leermiddel', 'leermiddelen')}, "
        f"{counted(skills, 'vaardigheid', 'vaardigheden')}, "
        f"{counted(roles, 'functieprofiel', 'functieprofielen')}"
    )
    if problems:
        text += (
            f"; {counted(problems, 'probleem', 'problemen')}, "
            f"{counted(skipped, 'item', 'items')} overgeslagen"
        )
    return text
