"""Dates, sessions, numbers and languages as HR writes them in a spreadsheet cell.

Belgian spreadsheets write dates as 15/03/2027, 15-03-2027 or 15.03.2027; a sessions cell
may hold several sessions (`15/03/2027 / 16/03/2027 @ Gent (12); ...`). A cell that cannot be
read raises `CellError`, which the importer reports with the row and the column's name.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from pop_assistent.errors import PopError
from pop_assistent.i18n import N_
from pop_assistent.text.numbers import amount
from pop_assistent.text.words import by_word, fold

DATE = r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})"
SESSION_RE = re.compile(
    rf"^(?P<start>{DATE}|\S+?)(?:\s*/\s*(?P<end>{DATE}|\S+?))?(?:\s*@\s*(?P<place>.*?))?"
    r"(?:\s*\((?P<seats>\d+)[^)]*\))?$"
)
ISO_RE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
BELGIAN_RE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")

LANGUAGE_WORDS = by_word(
    {
        "nl": "nl|nederlands|vlaams|dutch|flemish",
        "fr": "fr|frans|french|francais",
        "en": "en|engels|english",
        "de": "de|duits|german|deutsch",
    }
)


class CellError(PopError):
    """A cell that cannot be read; `column` is set by the row converter to its position."""

    column: int | None = None


def parse_date(text: str) -> str:
    """`15/03/2027`, `15-03-2027`, `15.03.2027` or `2027-03-15` as an ISO date.

    Text that does not look like a date is returned unchanged so that validation names it;
    a date that does not exist (31/02/2027) raises `CellError`.
    """
    text = text.strip()
    iso = ISO_RE.match(text)
    belgian = BELGIAN_RE.match(text)
    if iso:
        year, month, day = int(iso[1]), int(iso[2]), int(iso[3])
    elif belgian:
        day, month, year = int(belgian[1]), int(belgian[2]), int(belgian[3])
    else:
        return text
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        raise CellError(
            N_(
                "'{text}' is geen bestaande datum; schrijf de datum als dd/mm/jjjj, bijvoorbeeld "
                "15/03/2027"
            ),
            text=text,
        ) from None


def parse_sessions(text: str) -> list[dict[str, Any]] | str:
    """Sessions separated by ';' as dictionaries; unreadable text is returned for validation."""
    out: list[dict[str, Any]] = []
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        m = SESSION_RE.match(part)
        if m is None:
            return part
        session: dict[str, Any] = {"datum": parse_date(m["start"])}
        if m["end"]:
            session["einde"] = parse_date(m["end"])
        if m["place"]:
            session["plaats"] = m["place"].strip()
        if m["seats"]:
            session["plaatsen"] = int(m["seats"])
        out.append(session)
    return out


def add_row_session(entry: dict[str, Any]) -> None:
    """A start-date and a place column become one session; a place alone fills in sessions."""
    start = entry.pop("sessie_datum", "")
    place = entry.pop("sessie_plaats", "")
    sessions = entry.get("sessies")
    if start:
        session = {"datum": start, **({"plaats": place} if place else {})}
        if isinstance(sessions, list):
            sessions.append(session)
        elif sessions is None:
            entry["sessies"] = [session]
    elif place and isinstance(sessions, list):
        for session in sessions:
            session.setdefault("plaats", place)


def parse_number(text: str) -> Any:
    """`€ 1.250,50`, `1.000`, `14u` ... as a float; unreadable text is returned for validation."""
    value = amount(text)
    return text if value is None else value  # unreadable: validation names the problem


def parse_language(text: str) -> str:
    """`Nederlands`, `French`, `DE` ... as nl, fr, en or de."""
    code = LANGUAGE_WORDS.get(fold(text).strip())
    if code is None:
        raise CellError(
            N_(
                "'{text}' is geen bekende taal; kies nl, fr, en of de (of Nederlands, Frans, "
                "Engels, Duits)"
            ),
            text=text,
        )
    return code
