"""Field by field changes that `diff.py` does not phrase on its own: each as one sentence.

`field_lines(before, after, FIELDS, subject, lang)` compares two versions of one model object
over a table of fields and their labels, and writes 'Actie 'X': uren 16 → 20'. Values are
shown as a person reads them: dates in words, yes/no, labels of enumerations, short texts.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel

from pop_assistent.model import label

from . import text as t

Labels = dict[str, tuple[str, str]]

ACTION_FIELDS: Labels = {
    "type": ("soort", "type"),
    "provider": ("aanbieder", "provider"),
    "hours": ("uren", "hours"),
    "cost_eur": ("kostprijs (€)", "cost (€)"),
    "expected_return": ("verwacht resultaat", "expected return"),
    "visible_on_floor": ("zichtbaar op de werkvloer", "visible on the work floor"),
    "origin": ("herkomst", "origin"),
    "formal": ("formeel leren", "formal learning"),
    "legally_required": ("wettelijk verplicht", "legally required"),
    "certificate_valid_years": ("certificaat geldig (jaar)", "certificate valid (years)"),
}
GOAL_FIELDS: Labels = {
    "career_project": ("project", "project"),
    "skill_ids": ("vaardigheden", "skills"),
    "kept_with_warning": ("bewaard ondanks SMART-opmerking", "kept despite a SMART remark"),
    "training_is_answer": ("opleiding is het antwoord", "training is the answer"),
    "alternative_solution": ("andere oplossing", "other solution"),
}
EMPLOYEE_FIELDS: Labels = {
    "name": ("naam", "name"),
    "role": ("functie", "role"),
    "role_profile_id": ("functieprofiel", "role profile"),
    "department": ("afdeling", "department"),
    "manager": ("leidinggevende", "manager"),
    "coach": ("coach", "coach"),
    "hours_per_week": ("leertijd per week (uur)", "learning time a week (hours)"),
    "fte": ("tewerkstelling", "employment"),
    "language": ("taal", "language"),
    "preferred_types": ("voorkeur leervormen", "preferred kinds of learning"),
    "budget_eur": ("budget (€)", "budget (€)"),
}
OCCASION_FIELDS: Labels = {
    "kind": ("soort", "kind"),
    "career_project": ("loopbaanproject", "career project"),
    "description": ("toelichting", "description"),
}
SKILL_FIELDS: Labels = {
    "categories": ("indeling", "categories"),
    "kind": ("soort", "kind"),
    "note": ("toelichting", "note"),
}


def tr(lang: str, nl: str, en: str) -> str:
    """Pick the text in the user's language."""
    return en if lang == "en" else nl


def value_text(value: object, lang: str, width: int = 50) -> str:
    """A field's value as a person reads it."""
    if value is None or value == "" or value == []:
        return "-"
    if isinstance(value, bool):
        return tr(lang, "ja", "yes") if value else tr(lang, "nee", "no")
    if isinstance(value, StrEnum):
        return label(value, lang)
    if isinstance(value, date):
        return t.long_date(value, lang)
    if isinstance(value, float):
        shown = f"{value:g}"
        return shown if lang == "en" else shown.replace(".", ",")
    if isinstance(value, list):
        return ", ".join(value_text(v, lang, width) for v in value)
    return t.clip(str(value), width)[0]


def field_lines(
    before: BaseModel, after: BaseModel, fields: Labels, subject: str, lang: str
) -> list[str]:
    """One sentence per field in `fields` whose value differs: '<subject>: <label> a → b'."""
    lines = []
    for name, (nl, en) in fields.items():
        old, new = getattr(before, name), getattr(after, name)
        if old != new:
            shown = f"{value_text(old, lang)} → {value_text(new, lang)}"
            lines.append(f"{subject}: {tr(lang, nl, en)} {shown}")
    return lines
