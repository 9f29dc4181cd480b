"""Turn pydantic validation errors into sentences a non-technical person can act on."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, say, translate

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


def _num(value: Any) -> str:
    """Show a limit such as 40.0 as 40."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _problem(error: Any, lang: Language) -> str:
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return say(lang, N_("ontbreekt"))
    if kind in ("greater_than_equal", "greater_than"):
        limit = _num(ctx.get("ge", ctx.get("gt")))
        return say(lang, N_("moet minstens {limit} zijn"), limit=limit)
    if kind in ("less_than_equal", "less_than"):
        limit = _num(ctx.get("le", ctx.get("lt")))
        return say(lang, N_("mag hoogstens {limit} zijn"), limit=limit)
    if kind == "string_too_short":
        return say(lang, N_("mag niet leeg zijn"))
    if kind == "string_too_long":
        limit = _num(ctx.get("max_length"))
        return say(lang, N_("is te lang (hoogstens {limit} tekens)"), limit=limit)
    if kind in (
        "date_from_datetime_parsing",
        "date_parsing",
        "date_type",
        "date_from_datetime_inexact",
    ):
        return say(lang, N_("is geen geldige datum (gebruik JJJJ-MM-DD)"))
    if kind in ("int_parsing", "int_type", "float_parsing", "float_type", "int_from_float"):
        return say(lang, N_("moet een getal zijn"))
    if kind in ("bool_parsing", "bool_type"):
        return say(lang, N_("moet ja of nee zijn (true/false)"))
    if kind == "enum":
        expected = ctx.get("expected", "")
        return say(lang, N_("moet een van deze waarden zijn: {expected}"), expected=expected)
    if kind == "extra_forbidden":
        return say(lang, N_("is geen bekend veld"))
    if kind == "string_pattern_mismatch":
        return say(lang, N_("heeft een vorm die niet is toegelaten"))
    if kind == "value_error":
        message = str(ctx.get("error", error.get("msg", "")))
        return message
    if kind == "json_invalid":
        return say(lang, N_("is geen geldige JSON"))
    if kind in ("string_type", "string_unicode"):
        return say(lang, N_("moet een tekst zijn"))
    if kind in ("list_type", "tuple_type", "set_type"):
        return say(lang, N_("moet een lijst zijn"))
    if kind in ("dict_type", "model_type", "model_attributes_type", "dataclass_type"):
        return say(lang, N_("moet een groep velden zijn (een object tussen accolades)"))
    return say(lang, N_("heeft een waarde die niet past"))  # never pydantic's English


def explain(error: ValidationError, lang: Language = SOURCE_LANGUAGE) -> list[str]:
    """One sentence per problem, in Dutch (default) or English."""
    sentences: list[str] = []
    for item in error.errors():
        where = _where(tuple(item.get("loc", ())), lang)
        problem = _problem(item, lang)
        if where:
            sentence = f"{where[0].upper()}{where[1:]} {problem}."
        else:
            sentence = f"{problem[0].upper()}{problem[1:]}." if problem else ""
        sentences.append(sentence.replace("..", "."))
    return sentences
