"""The fixed words of the plan document, in Dutch and English. Dates and numbers are written
by the text layer (`text.formats`), re-exported here for the document's modules."""

from __future__ import annotations

from pop_assistent.i18n import Language
from pop_assistent.text.formats import long_date, money, number, short_date
from pop_assistent.text.formats import month_tick as month_label

__all__ = [
    "OCCASIONS",
    "SMART_LETTERS",
    "TEXTS",
    "long_date",
    "money",
    "month_label",
    "number",
    "occasion_label",
    "short_date",
    "texts",
]

TEXTS: dict[str, tuple[str, str]] = {
    "title": ("Persoonlijk ontwikkelingsplan", "Personal development plan"),
    "version_full": ("Volledige versie (medewerker)", "Full version (employee)"),
    "version_coach": ("Versie voor coach en leidinggevende", "Version for coach and manager"),
    "made_on": ("Opgemaakt op", "Drawn up on"),
    "created_on": ("Gestart op", "Started on"),
    "role": ("Functie", "Role"),
    "department": ("Afdeling", "Department"),
    "manager": ("Leidinggevende", "Manager"),
    "coach": ("Coach", "Coach"),
    "learning_time": ("Leertijd", "Learning time"),
    "hours_week": ("uur per week", "hours a week"),
    "fte": ("Tewerkstelling", "Employment"),
    "budget": ("Budget", "Budget"),
    "occasion": ("Aanleiding", "Occasion"),
    "self_assessment": ("Zelfevaluatie", "Self-assessment"),
    "strengths": ("Sterktes", "Strengths"),
    "to_improve": ("Te ontwikkelen", "To develop"),
    "obsolete": ("Niet meer nodig", "No longer needed"),
    "transferable": ("Overdraagbaar", "Transferable"),
    "targeted": ("Beoogde vaardigheden", "Targeted skills"),
    "skill": ("Vaardigheid", "Skill"),
    "level_now": ("Nu", "Now"),
    "level_wanted": ("Gewenst", "Wanted"),
    "level_scale": ("niveau 1 tot 5", "level 1 to 5"),
    "goals": ("Doelen", "Goals"),
    "goal": ("Doel", "Goal"),
    "project": ("Project", "Project"),
    "deadline": ("Deadline", "Deadline"),
    "status": ("Status", "Status"),
    "smart_kept": (
        "Bewust behouden ondanks een SMART-opmerking.",
        "Kept on purpose despite a SMART remark.",
    ),
    "smart_legend": (
        "✓ voldaan · ✗ ontbreekt · ? nog niet beoordeeld",
        "✓ met · ✗ missing · ? not judged yet",
    ),
    "not_training": ("Geen opleidingsvraag", "Not a training need"),
    "no_action": (
        "Let op: bij dit doel staat nog geen leeractie. Kies er een, of noteer dat een "
        "opleiding hier niet het antwoord is.",
        "Note: this goal has no learning action yet. Choose one, or note that training is not "
        "the answer here.",
    ),
    "alternative": ("Andere oplossing", "Other solution"),
    "actions": ("Leeracties", "Learning actions"),
    "action": ("Actie", "Action"),
    "type": ("Soort", "Type"),
    "provider": ("Aanbieder", "Provider"),
    "dates": ("Periode", "Period"),
    "hours": ("Uren", "Hours"),
    "cost": ("Kosten", "Cost"),
    "total": ("Totaal", "Total"),
    "expected_return": ("Verwacht resultaat", "Expected return"),
    "on_floor": ("Zichtbaar op de werkvloer", "Visible on the work floor"),
    "for_goal": ("Voor doel", "For goal"),
    "legal": ("wettelijk verplicht", "legally required"),
    "certificate": ("certificaat geldig", "certificate valid for"),
    "years": ("jaar", "years"),
    "progress": ("Voortgang", "Progress"),
    "completed_on": ("afgerond op", "completed on"),
    "timeline": ("Tijdlijn", "Timeline"),
    "planned": ("gepland", "planned"),
    "actual": ("werkelijk", "actual"),
    "today": ("vandaag", "today"),
    "check_in": ("opvolgmoment", "check-in"),
    "check_ins": ("Opvolging", "Follow-up"),
    "next_check_ins": ("Volgende opvolgmomenten", "Next check-ins"),
    "every_months": ("elke {n} maanden", "every {n} months"),
    "held_check_ins": ("Gehouden opvolgmomenten", "Check-ins held"),
    "went_well": ("Wat ging goed", "What went well"),
    "obstacles": ("Obstakels", "Obstacles"),
    "feedback": ("Feedback", "Feedback"),
    "last_check_in": ("Laatste opvolging", "Last check-in"),
    "no_check_in_yet": ("nog geen", "none yet"),
    "late_on": ("Te laat op", "Late on"),
    "skipped": ("Overgeslagen", "Skipped"),
    "removed_action": ("verwijderde actie", "removed action"),
    "adjustments": ("Bijsturing", "Adjustments"),
    "return_visible": ("Zichtbaar resultaat", "Visible return"),
    "notes": ("Notities", "Notes"),
    "private": ("privé", "private"),
    "sign_off": ("Ondertekening", "Sign-off"),
    "signer": ("Rol", "Role"),
    "name": ("Naam", "Name"),
    "date": ("Datum", "Date"),
    "signature": ("Handtekening", "Signature"),
    "signed": ("ondertekend", "signed"),
    "none": ("—", "—"),
    "no_goals": ("Nog geen doelen.", "No goals yet."),
    "no_actions": ("Nog geen leeracties.", "No learning actions yet."),
    "footer": ("POP-assistent", "POP-assistent"),
    "page": ("pagina", "page"),
    "of": ("van", "of"),
}

OCCASIONS: dict[str, tuple[str, str]] = {
    "performance_review": ("Functioneringsgesprek", "Performance review"),
    "career_project": ("Loopbaanproject", "Career project"),
    "organisational_change": (
        "Organisatieverandering of nieuwe technologie",
        "Organisational change or new technology",
    ),
    "continuous_development": ("Continue ontwikkeling", "Continuous development"),
    "promotion": ("promotie", "promotion"),
    "internal_mobility": ("interne mobiliteit", "internal mobility"),
    "external_mobility": ("externe mobiliteit", "external mobility"),
    "reskilling": ("omscholing", "reskilling"),
}

SMART_LETTERS: dict[str, tuple[str, str, str, str]] = {
    # key: (letter nl, name nl, letter en, name en)
    "specific": ("S", "Specifiek", "S", "Specific"),
    "measurable": ("M", "Meetbaar", "M", "Measurable"),
    "achievable": ("R", "Realistisch", "A", "Achievable"),
    "relevant": ("R", "Relevant", "R", "Relevant"),
    "time_bound": ("T", "Tijdgebonden", "T", "Time-bound"),
}


def texts(lang: Language) -> dict[str, str]:
    """Every fixed text of the document in one language."""
    idx = 1 if lang == "en" else 0
    return {key: pair[idx] for key, pair in TEXTS.items()}


def occasion_label(key: str, lang: Language) -> str:
    """Label of an occasion kind or career project."""
    pair = OCCASIONS.get(key, (key, key))
    return pair[1] if lang == "en" else pair[0]
