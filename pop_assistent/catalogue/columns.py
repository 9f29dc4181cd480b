"""Mapping spreadsheet columns and cell values onto the catalogue's fields.

HR spreadsheets use their own headers ("Opleiding", "Prijs excl. btw"), Dutch numbers
("€ 1.250,50"), yes/no spellings ("ja", "x") and dates ("03/03/2027"): this module turns a row
into the dictionary with Dutch keys that the catalogue model validates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pop_assistent.catalogue.sheets import Cell, as_text
from pop_assistent.catalogue.text import fold
from pop_assistent.errors import PopError
from pop_assistent.model.catalogue import Skill

FIELDS = (
    "id titel type aanbieder beschrijving vaardigheden niveau taal vorm duur_uren kostprijs_eur "
    "certificaat geldigheid_jaren formeel wettelijk_verplicht sessies voorwaarden url thema"
).split()

HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "code", "referentie", "ref"),
    "titel": ("titel", "title", "naam", "name", "opleiding", "cursus", "course", "leermiddel"),
    "type": ("type", "soort", "kind", "leermiddeltype", "soort leermiddel"),
    "aanbieder": ("aanbieder", "provider", "leverancier", "organisator", "opleider", "vendor"),
    "beschrijving": ("beschrijving", "omschrijving", "description", "inhoud", "content"),
    "vaardigheden": ("vaardigheden", "skills", "competenties", "vaardigheid", "competences"),
    "niveau": ("niveau", "level"),
    "taal": ("taal", "language", "lang"),
    "vorm": ("vorm", "leervorm", "form", "format", "werkvorm", "delivery"),
    "duur_uren": ("duur uren", "duur", "uren", "hours", "duration", "aantal uren", "duur_uren"),
    "kostprijs_eur": (
        "kostprijs eur",
        "kostprijs",
        "prijs",
        "kost",
        "price",
        "cost",
        "prijs excl btw",
        "kostprijs excl btw",
        "bedrag",
        "kostprijs_eur",
    ),
    "certificaat": ("certificaat", "certificate", "attest", "diploma"),
    "geldigheid_jaren": (
        "geldigheid",
        "geldigheid jaren",
        "validity",
        "geldig",
        "geldigheid_jaren",
    ),
    "formeel": ("formeel", "formal"),
    "wettelijk_verplicht": (
        "wettelijk verplicht",
        "wettelijk",
        "verplicht",
        "legally required",
        "mandatory",
        "wettelijk_verplicht",
    ),
    "sessies": ("sessies", "sessions", "data", "datums", "planning", "dates"),
    "voorwaarden": ("voorwaarden", "prerequisites", "vereisten", "voorkennis"),
    "url": ("url", "link", "website", "webpagina"),
    "thema": ("thema", "theme", "categorie", "category", "domein"),
}

TYPE_WORDS: dict[str, str] = {
    "intern": "intern",
    "interne opleiding": "intern",
    "internal": "intern",
    "in-house": "intern",
    "extern": "extern_gecertificeerd",
    "extern gecertificeerd": "extern_gecertificeerd",
    "externe opleiding": "extern_gecertificeerd",
    "external": "extern_gecertificeerd",
    "external certified": "extern_gecertificeerd",
    "external_certified": "extern_gecertificeerd",
    "online": "online",
    "mooc": "online",
    "e-learning": "online",
    "elearning": "online",
    "zelfstudie": "online",
    "event": "event",
    "workshop": "event",
    "seminarie": "event",
    "seminar": "event",
    "conferentie": "event",
    "conference": "event",
    "congres": "event",
    "coaching": "coaching",
    "mentoraat": "coaching",
    "mentoring": "coaching",
    "on the job": "coaching",
    "on-the-job": "coaching",
    "mentorschap": "coaching",
}
FORM_WORDS: dict[str, str] = {
    "klassikaal": "klassikaal",
    "classroom": "klassikaal",
    "klas": "klassikaal",
    "online": "online",
    "digitaal": "online",
    "hybride": "hybride",
    "hybrid": "hybride",
    "op de werkvloer": "op de werkvloer",
    "werkvloer": "op de werkvloer",
    "on the job": "op de werkvloer",
    "on-the-job": "op de werkvloer",
}
YES = {"ja", "j", "yes", "y", "true", "waar", "x", "1", "wel"}
NO = {"nee", "n", "no", "false", "onwaar", "0", "niet", ""}
SESSION_RE = re.compile(
    r"^(?P<start>\S+?)(?:\s*/\s*(?P<end>\S+?))?(?:\s*@\s*(?P<place>.*?))?"
    r"(?:\s*\((?P<seats>\d+)[^)]*\))?$"
)


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
                    f"'{pair.strip()}' in --kolommen mist een '=': schrijf Kolom=veld.",
                    f"'{pair.strip()}' in --kolommen lacks '=': write Column=field.",
                )
            column, target = (p.strip() for p in pair.split("=", 1))
            if target not in FIELDS:
                raise PopError(
                    f"'{target}' is geen veld van een leermiddel; kies uit {', '.join(FIELDS)}.",
                    f"'{target}' is not a resource field; choose from {', '.join(FIELDS)}.",
                )
            if _key(column) not in by_header:
                raise PopError(
                    f"De kolom '{column}' staat niet in het bestand; kolommen: "
                    f"{', '.join(headers)}.",
                    f"The column '{column}' is not in the file; columns: {', '.join(headers)}.",
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
            'Geen kolom met de titel gevonden; geef ze aan met --kolommen "Kolom=titel".',
            'No title column found; name it with --kolommen "Column=titel".',
        )
    return mapping


def _number(text: str) -> Any:
    cleaned = text.replace("€", "").replace("EUR", "").replace("eur", "").replace(" ", "")
    cleaned = cleaned.replace("u", "").replace("h", "") if cleaned[-1:] in "uh" else cleaned
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif "," in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        return text  # let validation name the problem


def _date(text: str) -> str:
    m = re.match(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$", text)
    return f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}" if m else text


def _sessions(text: str) -> list[dict[str, Any]] | str:
    out: list[dict[str, Any]] = []
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        m = SESSION_RE.match(part)
        if m is None:
            return part
        session: dict[str, Any] = {"datum": _date(m["start"])}
        if m["end"]:
            session["einde"] = _date(m["end"])
        if m["place"]:
            session["plaats"] = m["place"].strip()
        if m["seats"]:
            session["plaatsen"] = int(m["seats"])
        out.append(session)
    return out


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


def row_to_entry(cells: list[Cell], mapping: dict[int, str], skills: SkillLookup) -> dict[str, Any]:
    """One spreadsheet row as a dictionary with the catalogue's Dutch keys."""
    entry: dict[str, Any] = {}
    for pos, fld in mapping.items():
        raw = cells[pos] if pos < len(cells) else None
        text = as_text(raw)
        if fld in ("duur_uren", "kostprijs_eur", "geldigheid_jaren"):
            if text:
                value = (
                    raw
                    if isinstance(raw, int | float) and not isinstance(raw, bool)
                    else _number(text)
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
        elif fld == "sessies":
            entry[fld] = _sessions(text)
        elif fld == "type":
            entry[fld] = TYPE_WORDS.get(fold(text), text) if text else text
        elif fld == "vorm":
            if text:
                entry[fld] = FORM_WORDS.get(fold(text), text)
        elif fld in ("niveau", "taal"):
            if text:
                entry[fld] = fold(text)
        elif fld == "url":
            if text:
                entry[fld] = text
        else:
            entry[fld] = text
    if not entry.get("id") and entry.get("titel"):
        entry["id"] = re.sub(r"-+", "-", "-".join(re.findall(r"[a-z0-9]+", fold(entry["titel"]))))[
            :80
        ].strip("-")
    return entry
