"""Turn pydantic validation errors into sentences a non-technical person can act on."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from pop_assistent.i18n import N_, Language, say

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "measure": ("hoe je het meet", "how it is measured"),
    "relevance": ("waarom het ertoe doet", "why it matters"),
    "plan_version": ("de ondertekende versie", "the signed version"),
    "fingerprint": ("de ondertekende inhoud", "the signed content"),
    "name": ("de naam", "the name"),
    "role": ("de functie", "the role"),
    "department": ("de afdeling", "the department"),
    "hours_per_week": ("het aantal uren per week", "the hours per week"),
    "fte": ("de tewerkstellingsbreuk (FTE)", "the FTE"),
    "language": ("de taal", "the language"),
    "current_level": ("het huidige niveau", "the current level"),
    "wanted_level": ("het gewenste niveau", "the wanted level"),
    "label": ("de naam van de vaardigheid", "the skill name"),
    "text": ("de tekst", "the text"),
    "title": ("de titel", "the title"),
    "hours": ("het aantal uren", "the hours"),
    "cost_eur": ("de kostprijs", "the cost"),
    "progress": ("de voortgang", "the progress"),
    "start": ("de startdatum", "the start date"),
    "end": ("de einddatum", "the end date"),
    "planned_for": ("de datum van het opvolgmoment", "the check-in date"),
    "signed_on": ("de datum van ondertekening", "the signing date"),
    "id": ("het id", "the id"),
    "created_on": ("de aanmaakdatum", "the creation date"),
    "employee": ("de medewerker", "the employee"),
    "kind": ("de soort", "the kind"),
    "status": ("de status", "the status"),
    "type": ("het type", "the type"),
    "check_in_every_months": ("de opvolgfrequentie", "the check-in frequency"),
    "achievable": ("de R van SMART (realistisch)", "the A of SMART (achievable)"),
    "specific": ("de S van SMART (specifiek)", "the S of SMART (specific)"),
    "measurable": ("de M van SMART (meetbaar)", "the M of SMART (measurable)"),
    "relevant": ("de R van SMART (relevant)", "the R of SMART (relevant)"),
    "time_bound": ("de T van SMART (tijdgebonden)", "the T of SMART (time-bound)"),
    "smart": ("de SMART-toets", "the SMART check"),
    "met": ("het oordeel", "the verdict"),
    "reason": ("de reden", "the reason"),
    "question": ("de vraag", "the question"),
    "action_id": ("de actie", "the action"),
    "goal_id": ("het doel", "the goal"),
    "skill_id": ("de vaardigheid", "the skill"),
    "skill_ids": ("de vaardigheden", "the skills"),
    "catalogue_id": ("het leermiddel uit de catalogus", "the catalogue item"),
    "role_profile_id": ("het functieprofiel", "the role profile"),
    "actions": ("de acties", "the actions"),
    "goals": ("de doelen", "the goals"),
    "skills": ("de vaardigheden", "the skills"),
    "check_ins": ("de opvolgmomenten", "the check-ins"),
    "coach_notes": ("de notities", "the notes"),
    "sign_offs": ("de handtekeningen", "the sign-offs"),
    "updates": ("de stand van de acties", "the action updates"),
    "adjustments": ("de aanpassingen", "the adjustments"),
    "alternative_solution": ("de andere oplossing", "the other solution"),
    "author": ("de auteur", "the author"),
    "budget_eur": ("het budget", "the budget"),
    "career_project": ("het loopbaanproject", "the career project"),
    "categories": ("de indeling", "the categories"),
    "certificate_valid_years": ("de geldigheid van het attest", "the certificate's validity"),
    "coach": ("de coach", "the coach"),
    "manager": ("de leidinggevende", "the manager"),
    "coach_mode": ("de coachmodus", "coach mode"),
    "completed_on": ("de datum van afronding", "the completion date"),
    "held_on": ("de datum van de opvolging", "the check-in date"),
    "written_on": ("de datum van de notitie", "the note's date"),
    "deadline": ("de deadline", "the deadline"),
    "deadline_text": ("de deadline in woorden", "the deadline in words"),
    "description": ("de beschrijving", "the description"),
    "expected_return": ("het verwachte resultaat", "the expected return"),
    "visible_on_floor": ("wat je op de werkvloer ziet", "what shows on the work floor"),
    "return_visible": ("of het resultaat zichtbaar is", "whether the return is visible"),
    "feedback": ("de feedback", "the feedback"),
    "went_well": ("wat goed ging", "what went well"),
    "obstacles": ("de obstakels", "the obstacles"),
    "formal": ("formeel of informeel leren", "formal or informal learning"),
    "legally_required": ("de wettelijke verplichting", "the legal duty"),
    "kept_with_warning": ("bewaard ondanks de waarschuwing", "kept despite the warning"),
    "note": ("de notitie", "the note"),
    "occasion": ("de aanleiding", "the occasion"),
    "origin": ("de herkomst", "the origin"),
    "preferred_types": ("de gewenste soorten leermiddelen", "the preferred kinds of resources"),
    "private": ("privé", "private"),
    "provider": ("de aanbieder", "the provider"),
    "shared": ("gedeeld", "shared"),
    "training_is_answer": ("of opleiding het antwoord is", "whether training is the answer"),
    "employee_only": ("alleen voor de medewerker", "for the employee only"),
    "skipped_on": (
        "de datum waarop de opvolging overgeslagen werd",
        "the date the check-in was skipped",
    ),
    "skipped_reason": ("de reden om de opvolging over te slaan", "why the check-in was skipped"),
}

PART_LABELS: dict[str, tuple[str, str]] = {
    "goals": ("doel", "goal"),
    "actions": ("actie", "action"),
    "skills": ("vaardigheid", "skill"),
    "check_ins": ("opvolgmoment", "check-in"),
    "coach_notes": ("notitie", "note"),
    "sign_offs": ("handtekening", "sign-off"),
}


def _where(loc: tuple[Any, ...], lang: Language) -> str:
    """Describe a location such as ('goals', 2, 'text') as 'doel 3: de tekst'."""
    idx = 1 if lang == "en" else 0
    parts: list[str] = []
    field = ""
    i = 0
    while i < len(loc):
        key = loc[i]
        nxt = loc[i + 1] if i + 1 < len(loc) else None
        if isinstance(key, str) and key in PART_LABELS and isinstance(nxt, int):
            parts.append(f"{PART_LABELS[key][idx]} {nxt + 1}")
            i += 2
            continue
        if isinstance(key, str):
            field = FIELD_LABELS.get(key, (key, key))[idx]
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


def explain(error: ValidationError, lang: Language = "nl") -> list[str]:
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
