"""Mapping spreadsheet columns and cell values onto the catalogue's fields.

HR spreadsheets use their own headers ("Opleiding", "Prijs excl. btw"), Dutch numbers
("€ 1.250,50"), yes/no spellings ("ja", "x") and dates ("03/03/2027"): this module turns a row
into the dictionary with Dutch keys that the catalogue model validates.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from pop_assistent.catalogue.importdates import (
    CellError,
    add_row_session,
    parse_date,
    parse_language,
    parse_number,
    parse_sessions,
)
from pop_assistent.catalogue.sheets import Cell, as_text
from pop_assistent.errors import PopError
from pop_assistent.i18n import N_
from pop_assistent.model.catalogue import Skill
from pop_assistent.text import slug
from pop_assistent.text.words import by_word, fold, word_lists

FIELDS = (
    "id titel type aanbieder beschrijving vaardigheden niveau taal vorm duur_uren kostprijs_eur "
    "certificaat geldigheid_jaren formeel wettelijk_verplicht sessies voorwaarden url thema "
    "sectoren"
).split()
SESSION_FIELDS = ["sessie_datum", "sessie_plaats"]
"""Pseudo-fields: a start-date column and a place column together make one session per row."""


HEADER_WORDS = word_lists(
    {
        "id": "id|code|referentie|ref",
        "titel": "titel|title|naam|name|opleiding|cursus|course|leermiddel",
        "type": "type|soort|kind|leermiddeltype|soort leermiddel",
        "aanbieder": "aanbieder|provider|leverancier|organisator|opleider|vendor",
        "beschrijving": "beschrijving|omschrijving|description|inhoud|content",
        "vaardigheden": "vaardigheden|skills|competenties|vaardigheid|competences",
        "niveau": "niveau|level",
        "taal": "taal|language|lang",
        "vorm": "vorm|leervorm|form|format|werkvorm|delivery",
        "duur_uren": "duur uren|duur|uren|hours|duration|aantal uren|duur_uren",
        "kostprijs_eur": "kostprijs eur|kostprijs|prijs|kost|price|cost|prijs excl btw|"
        "kostprijs excl btw|bedrag|kostprijs_eur",
        "certificaat": "certificaat|certificate|attest|diploma",
        "geldigheid_jaren": "geldigheid|geldigheid jaren|validity|geldig|geldigheid_jaren",
        "formeel": "formeel|formal",
        "wettelijk_verplicht": "wettelijk verplicht|wettelijk|verplicht|legally required|mandatory|"
        "wettelijk_verplicht",
        "sessies": "sessies|sessions|data|datums|planning|dates",
        "sessie_datum": "startdatum|begindatum|datum|start datum|start date|date",
        "sessie_plaats": "locatie|plaats|lesplaats|location|place|venue",
        "voorwaarden": "voorwaarden|prerequisites|vereisten|voorkennis",
        "url": "url|link|website|webpagina",
        "thema": "thema|theme|categorie|category|domein",
        "sectoren": "sectoren|sector|sectors|doelsector",
    }
)

TYPE_WORDS = by_word(
    {
        "intern": "intern|interne opleiding|internal|in-house",
        "extern_gecertificeerd": "extern|extern gecertificeerd|externe opleiding|external|"
        "external certified|external_certified",
        "online": "online|mooc|e-learning|elearning|zelfstudie",
        "event": "event|workshop|seminarie|seminar|conferentie|conference|congres",
        "coaching": "coaching|mentoraat|mentoring|on the job|on-the-job|mentorschap",
    }
)
FORM_WORDS = by_word(
    {
        "klassikaal": "klassikaal|classroom|klas",
        "online": "online|digitaal",
        "hybride": "hybride|hybrid",
        "op de werkvloer": "op de werkvloer|werkvloer|on the job|on-the-job",
    }
)
YES = {"ja", "j", "yes", "y", "true", "waar", "x", "1", "wel"}
NO = {"nee", "n", "no", "false", "onwaar", "0", "niet", ""}


def _key(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", fold(text)))


def column_map(headers: list[str], spec: str | None) -> dict[int, str]:
    """Which column holds which field: the user's --kolommen first, then known header names."""
    mapping: dict[int, str] = {}
    by_header = {_key(h): i for i, h in enumerate(headers) if h}
    if spec:
        for pair in spec.split(","):
            if not pair.strip():
                continue
            if "=" not in pair:
                raise PopError(
                    N_("'{pair}' in --kolommen mist een '=': schrijf Kolom=veld."),
                    pair=pair.strip(),
                )
            column, target = (p.strip() for p in pair.split("=", 1))
            if target not in FIELDS + SESSION_FIELDS:
                choices = ", ".join(FIELDS + SESSION_FIELDS)
                raise PopError(
                    N_("'{target}' is geen veld van een leermiddel; kies uit {choices}."),
                    target=target,
                    choices=choices,
                )
            if _key(column) not in by_header:
                raise PopError(
                    N_("De kolom '{column}' staat niet in het bestand; kolommen: {columns}."),
                    column=column,
                    columns=", ".join(headers),
                )
            mapping[by_header[_key(column)]] = target
    taken = set(mapping.values())
    for fld, words in HEADER_WORDS.items():
        if fld in taken:
            continue
        for word in words:
            pos = by_header.get(_key(word))
            if pos is not None and pos not in mapping:
                mapping[pos] = fld
                break
    if "titel" not in mapping.values():
        raise PopError(
            N_('Geen kolom met de titel gevonden; geef ze aan met --kolommen "Kolom=titel".')
        )
    return mapping


@dataclass
class SkillLookup:
    """Turns what HR writes (an id, a label, a synonym) into a skill id."""

    skills: list[Skill]
    names: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # ids win over labels, labels over synonyms ("veerkracht" is an id and a synonym)
        for names in (
            lambda s: [s.id],
            lambda s: [s.label_nl, s.label_en],
            lambda s: list(s.synonyms),
        ):
            for skill in self.skills:
                for name in names(skill):
                    self.names.setdefault(fold(name).strip(), skill.id)

    def resolve(self, text: str) -> str:
        return self.names.get(fold(text).strip(), text.strip())


Notes = Counter[tuple[int, str, str]]
"""How often a column's value was read as something else: (column, value, reading) -> rows."""


def row_to_entry(
    cells: list[Cell],
    mapping: dict[int, str],
    skills: SkillLookup,
    notes: Notes | None = None,
) -> dict[str, Any]:
    """One spreadsheet row as a dictionary with the catalogue's Dutch keys.

    Raises `CellError` (with `column` set) for a cell that cannot be read, such as 31/02/2027.
    """
    entry: dict[str, Any] = {}
    for pos, fld in mapping.items():
        raw = cells[pos] if pos < len(cells) else None
        try:
            _convert(entry, fld, raw, skills, notes, pos)
        except CellError as exc:
            exc.column = pos
            raise
    add_row_session(entry)
    if not entry.get("id") and entry.get("titel"):
        entry["id"] = slug(entry["titel"], 80)
    return entry


def _convert(
    entry: dict[str, Any],
    fld: str,
    raw: Cell,
    skills: SkillLookup,
    notes: Notes | None,
    pos: int,
) -> None:
    text = as_text(raw)
    if fld in ("duur_uren", "kostprijs_eur", "geldigheid_jaren"):
        if text:
            value = (
                raw
                if isinstance(raw, int | float) and not isinstance(raw, bool)
                else parse_number(text)
            )
            entry[fld] = (
                int(value)
                if fld == "geldigheid_jaren" and isinstance(value, float) and value.is_integer()
                else value
            )
    elif fld in ("certificaat", "formeel", "wettelijk_verplicht"):
        low = fold(text)
        if low in YES or raw is True:
            entry[fld] = True
        elif low in NO or raw is False:
            if text or fld != "formeel":
                entry[fld] = False
        else:
            entry[fld] = text
    elif fld == "vaardigheden":
        parts = re.split(r"[;,\n]", text)
        entry[fld] = [skills.resolve(p) for p in parts if p.strip()]
    elif fld == "voorwaarden":
        entry[fld] = [p.strip() for p in text.split(";") if p.strip()]
    elif fld == "sectoren":
        entry[fld] = [p.strip() for p in re.split(r"[;,\n]", text) if p.strip()]
    elif fld == "sessies":
        entry[fld] = parse_sessions(text)
    elif fld == "sessie_datum":
        entry[fld] = parse_date(text) if text else ""
    elif fld == "type":
        value = TYPE_WORDS.get(fold(text), text) if text else text
        if (
            notes is not None
            and text
            and value != fold(text).replace(" ", "_")
            and value in TYPE_WORDS.values()
        ):
            notes[(pos, fold(text), value)] += 1
        entry[fld] = value
    elif fld == "vorm":
        if text:
            entry[fld] = FORM_WORDS.get(fold(text), text)
    elif fld == "taal":
        if text:
            entry[fld] = parse_language(text)
    elif fld == "niveau":
        if text:
            entry[fld] = fold(text)
    elif fld == "url":
        if text:
            entry[fld] = text
    else:
        entry[fld] = text
