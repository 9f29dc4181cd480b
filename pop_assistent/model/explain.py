"""Turn pydantic validation errors into sentences a non-technical person can act on."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, Message, say, translate
from pop_assistent.model.rule_errors import RULES
from pop_assistent.text import formats

FIELD_LABELS: dict[str, str] = {
    "measure": N_("hoe je het meet"),
    "relevance": N_("waarom het ertoe doet"),
    "plan_version": N_("de ondertekende versie"),
    "fingerprint": N_("de ondertekende inhoud"),
    "name": N_("de naam"),
    "role": N_("de functie"),
    "department": N_("de afdeling"),
    "hours_per_week": N_("het aantal uren per week"),
    "fte": N_("de tewerkstellingsbreuk (FTE)"),
    "language": N_("de taal"),
    "current_level": N_("het huidige niveau"),
    "wanted_level": N_("het gewenste niveau"),
    "label": N_("de naam van de vaardigheid"),
    "text": N_("de tekst"),
    "title": N_("de titel"),
    "hours": N_("het aantal uren"),
    "cost_eur": N_("de kostprijs"),
    "progress": N_("de voortgang"),
    "start": N_("de startdatum"),
    "end": N_("de einddatum"),
    "planned_for": N_("de datum van het opvolgmoment"),
    "signed_on": N_("de datum van ondertekening"),
    "id": N_("het id"),
    "created_on": N_("de aanmaakdatum"),
    "employee": N_("de medewerker"),
    "kind": N_("de soort"),
    "status": N_("de status"),
    "type": N_("het type"),
    "check_in_every_months": N_("de opvolgfrequentie"),
    "achievable": N_("de R van SMART (realistisch)"),
    "specific": N_("de S van SMART (specifiek)"),
    "measurable": N_("de M van SMART (meetbaar)"),
    "relevant": N_("de R van SMART (relevant)"),
    "time_bound": N_("de T van SMART (tijdgebonden)"),
    "smart": N_("de SMART-toets"),
    "met": N_("het oordeel"),
    "reason": N_("de reden"),
    "question": N_("de vraag"),
    "action_id": N_("de actie"),
    "goal_id": N_("het doel"),
    "skill_id": N_("de vaardigheid"),
    "skill_ids": N_("de vaardigheden"),
    "catalogue_id": N_("het leermiddel uit de catalogus"),
    "role_profile_id": N_("het functieprofiel"),
    "actions": N_("de acties"),
    "goals": N_("de doelen"),
    "skills": N_("de vaardigheden"),
    "check_ins": N_("de opvolgmomenten"),
    "coach_notes": N_("de notities"),
    "sign_offs": N_("de handtekeningen"),
    "updates": N_("de stand van de acties"),
    "adjustments": N_("de aanpassingen"),
    "alternative_solution": N_("de andere oplossing"),
    "author": N_("de auteur"),
    "budget_eur": N_("het budget"),
    "career_project": N_("het loopbaanproject"),
    "categories": N_("de indeling"),
    "certificate_valid_years": N_("de geldigheid van het attest"),
    "coach": N_("de coach"),
    "manager": N_("de leidinggevende"),
    "coach_mode": N_("de coachmodus"),
    "completed_on": N_("de datum van afronding"),
    "held_on": N_("de datum van de opvolging"),
    "written_on": N_("de datum van de notitie"),
    "deadline": N_("de deadline"),
    "deadline_text": N_("de deadline in woorden"),
    "description": N_("de beschrijving"),
    "expected_return": N_("het verwachte resultaat"),
    "visible_on_floor": N_("wat je op de werkvloer ziet"),
    "return_visible": N_("of het resultaat zichtbaar is"),
    "feedback": N_("de feedback"),
    "went_well": N_("wat goed ging"),
    "obstacles": N_("de obstakels"),
    "formal": N_("formeel of informeel leren"),
    "legally_required": N_("de wettelijke verplichting"),
    "in_working_time": N_("in werktijd"),
    "kept_with_warning": N_("bewaard ondanks de waarschuwing"),
    "note": N_("de notitie"),
    "occasion": N_("de aanleiding"),
    "origin": N_("de herkomst"),
    "preferred_types": N_("de gewenste soorten leermiddelen"),
    "private": N_("privé"),
    "provider": N_("de aanbieder"),
    "shared": N_("gedeeld"),
    "training_is_answer": N_("of opleiding het antwoord is"),
    "employee_only": N_("alleen voor de medewerker"),
    "skipped_on": N_("de datum waarop de opvolging overgeslagen werd"),
    "skipped_reason": N_("de reden om de opvolging over te slaan"),
}

PART_LABELS: dict[str, str] = {
    "goals": N_("doel"),
    "actions": N_("actie"),
    "skills": N_("vaardigheid"),
    "check_ins": N_("opvolgmoment"),
    "coach_notes": N_("notitie"),
    "sign_offs": N_("handtekening"),
}


def _where(loc: tuple[Any, ...], lang: Language) -> str:
    """Describe a location such as ('goals', 2, 'text') as 'doel 3: de tekst'."""
    parts: list[str] = []
    field = ""
    i = 0
    while i < len(loc):
        key = loc[i]
        nxt = loc[i + 1] if i + 1 < len(loc) else None
        if isinstance(key, str) and key in PART_LABELS and isinstance(nxt, int):
            parts.append(f"{translate(lang, PART_LABELS[key])} {nxt + 1}")
            i += 2
            continue
        if isinstance(key, str):
            field = translate(lang, FIELD_LABELS[key]) if key in FIELD_LABELS else key
        i += 1
    prefix = ", ".join(parts)
    if prefix and field:
        return f"{prefix}: {field}"
    return prefix or field


def _num(value: Any, lang: Language) -> str:
    """A limit as the reader writes numbers: 40.0 as 40, 0.5 as 0,5 in Dutch."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return formats.number(value, lang, decimals=4)
    return str(value)


def choices(expected: object) -> object:
    """Pydantic's "'a', 'b' or 'c'" (ctx `expected` of an enum or literal error) with the last
    "or" in the reader's language; a list joined another way is kept as it is."""
    parts = str(expected).split("' or '")
    if len(parts) < 2:
        return parts[0]
    return Message(N_("{first}' of '{last}"), first="' or '".join(parts[:-1]), last=parts[-1])


_DATE = N_("{field} is geen geldige datum (gebruik JJJJ-MM-DD).")
_NUMBER = N_("{field} moet een getal zijn.")
_TEXT = N_("{field} moet een tekst zijn.")
_LIST = N_("{field} moet een lijst zijn.")
_GROUP = N_("{field} moet een groep velden zijn (een object tussen accolades).")
_ONE_OF = N_("{field} moet een van deze waarden zijn: {expected}.")
SENTENCES: dict[str, str] = {
    "missing": N_("{field} ontbreekt."),
    "greater_than_equal": N_("{field} moet minstens {ge} zijn."),
    "greater_than": N_("{field} moet groter zijn dan {gt}."),
    "less_than_equal": N_("{field} mag hoogstens {le} zijn."),
    "less_than": N_("{field} moet kleiner zijn dan {lt}."),
    "multiple_of": N_("{field} moet een veelvoud van {multiple_of} zijn."),
    "finite_number": N_("{field} moet een gewoon getal zijn."),
    "string_too_short": N_("{field} mag niet leeg zijn."),
    "string_too_long": N_("{field} is te lang (hoogstens {max_length} tekens)."),
    "too_short": N_("{field} heeft te weinig onderdelen (minstens {min_length})."),
    "too_long": N_("{field} heeft te veel onderdelen (hoogstens {max_length})."),
    "string_pattern_mismatch": N_("{field} heeft een vorm die niet is toegelaten."),
    "extra_forbidden": N_("{field} is geen bekend veld."),
    "json_invalid": N_("{field} is geen geldige JSON."),
    "bool_parsing": N_("{field} moet ja of nee zijn (true/false)."),
    "enum": _ONE_OF,
    "literal_error": _ONE_OF,
    **dict.fromkeys(
        (
            "date_parsing",
            "date_type",
            "date_from_datetime_parsing",
            "date_from_datetime_inexact",
            "datetime_parsing",
            "datetime_type",
            "datetime_from_date_parsing",
        ),
        _DATE,
    ),
    **dict.fromkeys(
        ("int_parsing", "int_type", "int_from_float", "float_parsing", "float_type"), _NUMBER
    ),
    "bool_type": N_("{field} moet ja of nee zijn (true/false)."),
    **dict.fromkeys(("string_type", "string_unicode"), _TEXT),
    **dict.fromkeys(("list_type", "tuple_type", "set_type", "frozen_set_type"), _LIST),
    **dict.fromkeys(("dict_type", "model_type", "model_attributes_type", "dataclass_type"), _GROUP),
}
"""Pydantic's error type code -> the sentence that explains it; a value from the error's
`ctx` fills the placeholder of the same name. Any other code (and a plain ValueError, whose
text pydantic does not translate) gets GENERIC, which names the field."""
GENERIC = N_("{field} heeft een waarde die niet past.")
RULE = N_("{field}: {rule}.")
"""A rule of the plan (model/rule_errors.py) broken at one place ("Actie 2: de einddatum ligt
voor de startdatum.")."""


def _sentence(error: Any, where: str, lang: Language) -> str:
    kind = error.get("type", "")
    ctx: dict[str, object] = {k: _num(v, lang) for k, v in (error.get("ctx") or {}).items()}
    if kind in RULES:
        rule = say(lang, RULES[kind], **ctx)
        return say(lang, RULE, field=where, rule=rule) if where else f"{rule}."
    field = where or translate(lang, N_("de invoer"))
    if kind in ("enum", "literal_error"):
        ctx["expected"] = choices(ctx.get("expected", ""))
    try:
        return say(lang, SENTENCES.get(kind, GENERIC), field=field, **ctx)
    except (KeyError, IndexError):  # a ctx without the value the sentence names
        return say(lang, GENERIC, field=field)


def explain(error: ValidationError, lang: Language = SOURCE_LANGUAGE) -> list[str]:
    """One sentence per problem, in `lang` (Dutch by default), never pydantic's English."""
    sentences: list[str] = []
    for item in error.errors():
        sentence = _sentence(item, _where(tuple(item.get("loc", ())), lang), lang)
        sentences.append(f"{sentence[:1].upper()}{sentence[1:]}".replace("..", "."))
    return sentences
