"""Field by field changes that `diff.py` does not phrase on its own: each as one sentence.

`field_lines(before, after, FIELDS, subject, lang)` compares two versions of one model object
over a table of fields and their labels, and writes 'Actie 'X': uren 16 → 20'. Values are
shown as a person reads them: dates in words, yes/no, labels of enumerations, short texts.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel

from pop_assistent.i18n import N_, Language, say
from pop_assistent.model import label

from . import text as t

Labels = dict[str, str]
"""A field and its label (a Dutch msgid)."""

ACTION_FIELDS: Labels = {
    "type": N_("soort"),
    "provider": N_("aanbieder"),
    "hours": N_("uren"),
    "cost_eur": N_("kostprijs (€)"),
    "expected_return": N_("verwacht resultaat"),
    "visible_on_floor": N_("zichtbaar op de werkvloer"),
    "origin": N_("herkomst"),
    "formal": N_("formeel leren"),
    "legally_required": N_("wettelijk verplicht"),
    "in_working_time": N_("in werktijd"),
    "certificate_valid_years": N_("certificaat geldig (jaar)"),
}
GOAL_FIELDS: Labels = {
    "career_project": N_("project"),
    "skill_ids": N_("vaardigheden"),
    "kept_with_warning": N_("bewaard ondanks SMART-opmerking"),
    "training_is_answer": N_("opleiding is het antwoord"),
    "alternative_solution": N_("andere oplossing"),
}
EMPLOYEE_FIELDS: Labels = {
    "name": N_("naam"),
    "role": N_("functie"),
    "role_profile_id": N_("functieprofiel"),
    "department": N_("afdeling"),
    "manager": N_("leidinggevende"),
    "coach": N_("coach"),
    "hours_per_week": N_("leertijd per week (uur)"),
    "fte": N_("tewerkstelling"),
    "language": N_("taal"),
    "preferred_types": N_("voorkeur leervormen"),
    "budget_eur": N_("budget (€)"),
}
OCCASION_FIELDS: Labels = {
    "kind": N_("soort"),
    "career_project": N_("loopbaanproject"),
    "description": N_("toelichting"),
}
SKILL_FIELDS: Labels = {
    "categories": N_("indeling"),
    "kind": N_("soort"),
    "note": N_("toelichting"),
}


def value_text(value: object, lang: Language, width: int = 50) -> str:
    """A field's value as a person reads it."""
    if value is None or value == "" or value == []:
        return "-"
    if isinstance(value, bool):
        return say(lang, N_("ja")) if value else say(lang, N_("nee"))
    if isinstance(value, StrEnum):
        return label(value, lang)
    if isinstance(value, date):
        return t.long_date(value, lang)
    if isinstance(value, float):
        return t.number(value, lang, decimals=3)
    if isinstance(value, list):
        return ", ".join(value_text(v, lang, width) for v in value)
    return t.clip(str(value), width)[0]


def change(lang: Language, sentence: str, was: object, now: object, **more: object) -> str:
    """One change as one sentence: `sentence` is a msgid that says what changed with `{was}`
    and `{now}` (and any of `more`, such as `{name}`), so every change reads 'X: a → b' the
    same way in each language and no sentence needs numbered placeholders."""
    return say(lang, sentence, was=was, now=now, **more)


def field_lines(
    before: BaseModel, after: BaseModel, fields: Labels, subject: str, lang: Language
) -> list[str]:
    """One sentence per field in `fields` whose value differs: '<subject>: <label> a → b'."""
    lines = []
    for name, field_label in fields.items():
        old, new = getattr(before, name), getattr(after, name)
        if old != new:
            was, now = value_text(old, lang), value_text(new, lang)
            what = say(lang, field_label)
            lines.append(change(lang, N_("{name}: {what} {was} → {now}"), was, now,
                                name=subject, what=what))  # fmt: skip
    return lines
