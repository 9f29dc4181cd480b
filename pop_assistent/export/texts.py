"""The fixed words of the plan document, in Dutch and English. Dates and numbers are written
by the text layer (`text.formats`), re-exported here for the document's modules."""

from __future__ import annotations

from pop_assistent.i18n import N_, Language, translations
from pop_assistent.model import label
from pop_assistent.text.formats import long_date, money, number, short_date
from pop_assistent.text.formats import month_tick as month_label

__all__ = [
    "TEXTS",
    "long_date",
    "money",
    "month_label",
    "number",
    "occasion_label",
    "short_date",
    "texts",
]

TEXTS: dict[str, str] = {
    "title": N_("Persoonlijk ontwikkelingsplan"),
    "version_full": N_("Volledige versie (medewerker)"),
    "version_coach": N_("Versie voor coach en leidinggevende"),
    "made_on": N_("Opgemaakt op"),
    "created_on": N_("Gestart op"),
    "role": N_("Functie"),
    "department": N_("Afdeling"),
    "manager": N_("Leidinggevende"),
    "coach": N_("Coach"),
    "learning_time": N_("Leertijd"),
    "hours_week": N_("uur per week"),
    "fte": N_("Tewerkstelling"),
    "budget": N_("Budget"),
    "occasion": N_("Aanleiding"),
    "self_assessment": N_("Zelfevaluatie"),
    "strengths": N_("Sterktes"),
    "to_improve": N_("Te ontwikkelen"),
    "obsolete": N_("Niet meer nodig"),
    "transferable": N_("Overdraagbaar"),
    "targeted": N_("Beoogde vaardigheden"),
    "skill": N_("Vaardigheid"),
    "level_now": N_("Nu"),
    "level_wanted": N_("Gewenst"),
    "level_scale": N_("niveau 1 tot 5"),
    "goals": N_("Doelen"),
    "goal": N_("Doel"),
    "project": N_("Project"),
    "deadline": N_("Deadline"),
    "status": N_("Status"),
    "smart_kept": N_("Bewust behouden ondanks een SMART-opmerking."),
    "smart_legend": N_("✓ voldaan · ✗ ontbreekt · ? nog niet beoordeeld"),
    "not_training": N_("Geen opleidingsvraag"),
    "no_action": N_(
        "Let op: bij dit doel staat nog geen leeractie. Kies er een, of noteer dat een opleiding "
        "hier niet het antwoord is."
    ),
    "alternative": N_("Andere oplossing"),
    "actions": N_("Leeracties"),
    "action": N_("Actie"),
    "type": N_("Soort"),
    "provider": N_("Aanbieder"),
    "dates": N_("Periode"),
    "hours": N_("Uren"),
    "cost": N_("Kosten"),
    "total": N_("Totaal"),
    "expected_return": N_("Verwacht resultaat"),
    "on_floor": N_("Zichtbaar op de werkvloer"),
    "for_goal": N_("Voor doel"),
    "legal": N_("wettelijk verplicht"),
    "working_time": N_("in werktijd"),
    "certificate": N_("certificaat geldig"),
    "years": N_("jaar"),
    "progress": N_("Voortgang"),
    "completed_on": N_("afgerond op"),
    "timeline": N_("Tijdlijn"),
    "planned": N_("gepland"),
    "actual": N_("werkelijk"),
    "today": N_("vandaag"),
    "check_in": N_("opvolgmoment"),
    "next_check_ins": N_("Volgende opvolgmomenten"),
    "every_months": N_("elke {n} maanden"),
    "held_check_ins": N_("Gehouden opvolgmomenten"),
    "went_well": N_("Wat ging goed"),
    "obstacles": N_("Obstakels"),
    "feedback": N_("Feedback"),
    "last_check_in": N_("Laatste opvolging"),
    "no_check_in_yet": N_("nog geen"),
    "late_on": N_("Te laat op"),
    "skipped": N_("Overgeslagen"),
    "removed_action": N_("verwijderde actie"),
    "adjustments": N_("Bijsturing"),
    "return_visible": N_("Zichtbaar resultaat"),
    "notes": N_("Notities"),
    "private": N_("privé"),
    "sign_off": N_("Ondertekening"),
    "signer": N_("Rol"),
    "name": N_("Naam"),
    "date": N_("Datum"),
    "signature": N_("Handtekening"),
    "signed": N_("ondertekend"),
    "none": N_("—"),
    "no_goals": N_("Nog geen doelen."),
    "no_actions": N_("Nog geen leeracties."),
    "footer": N_("POP-assistent"),
    "page": N_("pagina"),
    "of": N_("van"),
}


def texts(lang: Language) -> dict[str, str]:
    """Every fixed text of the document in one language."""
    catalogue = translations(lang)
    out = {key: catalogue.gettext(text) for key, text in TEXTS.items()}
    out["check_ins"] = catalogue.pgettext("plan document", "Opvolging")  # the section's heading
    return out


def occasion_label(key: str, lang: Language) -> str:
    """Label of an occasion kind or career project."""
    return label(key, lang)
