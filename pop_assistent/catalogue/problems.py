"""Problems found while loading the catalogue, each a sentence an HR person can act on."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from pop_assistent.catalogue.yamlio import LineDict, line_of
from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, Message, say, translations
from pop_assistent.model.explain import choices
from pop_assistent.model.rule_errors import RULES


@dataclass(frozen=True)
class Megabytes:
    """A file size in megabytes with one decimal, written the reader's way ("1,5 MB")."""

    size: float
    """In bytes."""

    def message(self, lang: Language = SOURCE_LANGUAGE) -> str:
        from babel.numbers import format_decimal

        from pop_assistent.text.formats import locale_for

        return f"{format_decimal(self.size / 1e6, format='0.0', locale=locale_for(lang))} MB"


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a catalogue file: where (file, line, entry, field) and what, as a
    sentence translated when it is shown (its msgid and named values)."""

    file: str
    message: Message
    line: int | None = None
    entry_id: str | None = None
    field: str | None = None
    skipped: bool = False
    """True when the entry was left out of the catalogue because of this problem."""

    def where(self, lang: Language = SOURCE_LANGUAGE) -> str:
        """`leermiddelen/veiligheid.yaml, regel 12, vca-vol, veld kostprijs_eur`."""
        parts = [self.file]
        if self.line is not None:
            parts.append(say(lang, N_("regel {line}"), line=self.line))
        if self.entry_id:
            parts.append(self.entry_id)
        if self.field:
            parts.append(say(lang, N_("veld {field}"), field=self.field))
        return ", ".join(parts)

    def text(self, lang: Language = SOURCE_LANGUAGE) -> str:
        """The full sentence with its location."""
        return f"{self.where(lang)}: {self.message.message(lang)}"

    def to_json(self) -> dict[str, Any]:
        """The problem as JSON data (the compiled catalogue keeps it): the msgid and values."""
        return {
            "file": self.file,
            "message": _value_json(self.message),
            "line": self.line,
            "entry_id": self.entry_id,
            "field": self.field,
            "skipped": self.skipped,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Problem:
        """The problem `to_json` wrote."""
        message = _value_from_json(data["message"])
        assert isinstance(message, Message)
        return cls(
            data["file"], message, data["line"], data["entry_id"], data["field"], data["skipped"]
        )


def _value_json(value: object) -> object:
    if isinstance(value, Message):
        params = {key: _value_json(v) for key, v in value.params.items()}
        return {"msgid": value.msgid, "params": params}
    if isinstance(value, Megabytes):
        return {"megabytes": value.size}
    return value


def _value_from_json(value: object) -> object:
    if isinstance(value, dict) and "msgid" in value:
        params = {key: _value_from_json(v) for key, v in value["params"].items()}
        return Message(value["msgid"], **params)
    if isinstance(value, dict) and "megabytes" in value:
        return Megabytes(value["megabytes"])
    return value


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


_NUMBER = N_("'{name}' moet een getal zijn, niet '{given}'")
_WHOLE = N_("'{name}' moet een geheel getal zijn, niet '{given}'")
_BLOCK = N_("'{name}' moet een blok met velden zijn (sleutel: waarde)")
SENTENCES: dict[str, str] = {
    "missing": N_("het verplichte veld '{name}' ontbreekt"),
    "extra_forbidden": N_("'{name}' is geen bekend veld (tikfout?)"),
    **dict.fromkeys(
        ("greater_than_equal", "greater_than"),
        N_("'{name}' moet minstens {limit} zijn (nu {given})"),
    ),
    **dict.fromkeys(
        ("less_than_equal", "less_than"), N_("'{name}' mag hoogstens {limit} zijn (nu {given})")
    ),
    **dict.fromkeys(("float_parsing", "float_type"), _NUMBER),
    **dict.fromkeys(("int_parsing", "int_type", "int_from_float"), _WHOLE),
    **dict.fromkeys(
        ("bool_parsing", "bool_type"),
        N_("'{name}' moet ja of nee zijn (true/false), niet '{given}'"),
    ),
    "date": N_("'{name}' moet een datum zijn zoals 2027-03-15, niet '{given}'"),
    **dict.fromkeys(
        ("enum", "literal_error"),
        N_("'{given}' is geen geldige waarde voor '{name}'; kies uit {choices}"),
    ),
    "string_pattern_mismatch": N_(
        "'{given}' is geen geldig id voor '{name}': gebruik kleine letters, cijfers en "
        "koppeltekens (bv. excel-gevorderd)"
    ),
    "string_too_short": N_("'{name}' mag niet leeg zijn"),
    "string_too_long": N_("'{name}' is te lang"),
    "string_type": N_("'{name}' moet tekst zijn, niet '{given}'"),
    "list_type": N_("'{name}' moet een lijst zijn (regels die met '- ' beginnen)"),
    **dict.fromkeys(("model_type", "dict_type", "model_attributes_type"), _BLOCK),
    "too_long": N_("'{name}' heeft te veel onderdelen (hoogstens {limit})"),
    "too_short": N_("'{name}' heeft te weinig onderdelen (minstens {limit})"),
}
"""Pydantic's error type ('date' for every date and datetime type) -> the sentence, with the
field's {name}, the {given} value, the {limit} from the error's context and the {choices}.
Any other type gets a sentence that names the field and the value: pydantic's own sentence is
English, and a plain ValueError's text unknown."""


_LIMITS = {"greater_than_equal": "ge", "greater_than": "gt", "less_than_equal": "le",
           "less_than": "lt", "too_long": "max_length", "too_short": "min_length"}  # fmt: skip
"""The key of the limit in the error's context, by error type."""


def error_sentences(error: dict[str, Any]) -> Message:
    """One pydantic error as a sentence, translated when it is shown."""
    kind = error["type"]
    name: object = _field_name(tuple(error.get("loc", ()))) or Message(N_("het item"))
    given = _show(error.get("input"))
    ctx = error.get("ctx") or {}
    if kind in RULES:
        return Message(N_("'{name}': {reason}"), name=name, reason=Message(RULES[kind], **ctx))
    limit = ctx.get(_LIMITS.get(kind, ""), "")
    if kind.startswith("date"):
        kind = "date"
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", given):  # the form is right, the day is not
            return Message(
                N_("de datum {given} bestaat niet; kijk de dag en de maand na"), given=given
            )
    elif kind.startswith("greater_than") and limit == 0:
        return Message(N_("'{name}' mag niet negatief zijn (nu {given})"), name=name, given=given)
    sentence = SENTENCES.get(kind, N_("'{name}' heeft een waarde die niet past: '{given}'"))
    choices_ = choices(str(ctx.get("expected", "")))  # pydantic writes "'a', 'b' or 'c'"
    return Message(sentence, name=name, given=given, limit=str(limit), choices=choices_)


def validation_problems(
    exc: ValidationError, data: Any, file: str, entry_id: str | None, entry_line: int | None
) -> list[Problem]:
    """Every error of one entry, each with the line of the offending field when known."""
    problems: list[Problem] = []
    for error in exc.errors():
        loc = tuple(error.get("loc", ()))
        line = line_of(data, loc) if isinstance(data, LineDict) else None
        message = error_sentences(dict(error))
        problems.append(
            Problem(file, message, line or entry_line, entry_id, _field_name(loc) or None, True)
        )
    return problems


def summary_text(
    items: int,
    skills: int,
    roles: int,
    problems: int,
    skipped: int,
    lang: Language = SOURCE_LANGUAGE,
) -> str:
    """One line: how much of the catalogue loaded and how much was skipped."""
    ngettext = translations(lang).ngettext
    text = ", ".join(
        (
            ngettext("{count} leermiddel", "{count} leermiddelen", items).format(count=items),
            ngettext("{count} vaardigheid", "{count} vaardigheden", skills).format(count=skills),
            ngettext("{count} functieprofiel", "{count} functieprofielen", roles).format(
                count=roles
            ),
        )
    )
    if problems:
        text += say(
            lang,
            N_("; {problems}, {skipped} overgeslagen"),
            problems=ngettext("{count} probleem", "{count} problemen", problems).format(
                count=problems
            ),
            skipped=ngettext("{count} item", "{count} items", skipped).format(count=skipped),
        )
    return text
