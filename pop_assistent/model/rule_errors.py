"""The plan's and the catalogue's own rules as pydantic errors with a type code of their own.

A rule is refused with `rule_error("end_before_start")`: pydantic keeps the code and the named
values (`ctx`), and whoever explains the error (model/explain.py for a plan or a setting,
catalogue/problems.py for a catalogue file) translates the sentence below by that code, in
the reader's language. The sentence is the Dutch msgid; pydantic's own message (for a log)
is the same text with the values filled in.
"""

from __future__ import annotations

from pydantic_core import PydanticCustomError

from pop_assistent.i18n import N_

RULES: dict[str, str] = {
    "end_before_start": N_("de einddatum ligt voor de startdatum"),
    "duplicate_goal_id": N_("twee doelen hebben hetzelfde id"),
    "duplicate_action_id": N_("twee acties hebben hetzelfde id"),
    "unknown_goal": N_("actie '{title}' verwijst naar een onbekend doel"),
    "skipped_without_reason": N_("een overgeslagen opvolgmoment heeft een reden nodig"),
    "not_a_sector": N_(
        "'{sector}' is geen sectorwoord: gebruik kleine letters, spaties en koppeltekens "
        "(bv. zorg, kinderopvang)"
    ),
}
"""Type code -> the rule's sentence (a clause: the explainer says where it applies)."""


def rule_error(code: str, **values: object) -> PydanticCustomError:
    """The error to raise in a validator when rule `code` is broken (`values` fill its
    sentence: `rule_error("unknown_goal", title=action.title)`)."""
    return PydanticCustomError(code, RULES[code], values)
