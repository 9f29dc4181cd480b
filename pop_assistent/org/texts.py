"""Every label of the training plan document, in Dutch and English."""

from __future__ import annotations

from pop_assistent.i18n import N_, Language, translations

TEXTS: dict[str, str] = {
    "title": N_("Opleidingsplan"),
    "made_on": N_("Opgemaakt op"),
    "scope_all": N_("Hele organisatie"),
    "scope_departments": N_("Afdeling(en)"),
    "plans": N_("gedeelde plannen"),
    "plan_one": N_("gedeeld plan"),
    "pseudonymised": N_(
        "Versie voor de ondernemingsraad: zonder namen, functies of lijst per persoon; elke cel "
        "gaat over minstens {k} mensen (kleinere groepen zijn samengevoegd of weggelaten)."
    ),
    "detail_pseudonymised": N_(
        "De versie voor de ondernemingsraad bevat geen lijst per medewerker."
    ),
    "various": N_("divers"),
    "people_count": N_("{n} medewerkers"),
    "renewals_of": N_("{r} van {n}"),
    "vision": N_("1. Visie op leren"),
    "summary": N_("2. Overzicht per afdeling"),
    "department": N_("Afdeling"),
    "employees": N_("Medewerkers"),
    "fte": N_("VTE"),
    "actions": N_("Acties"),
    "hours": N_("Uren"),
    "cost": N_("Kost (EUR)"),
    "days": N_("Opleidingsdagen"),
    "days_per_fte": N_("Dagen per VTE"),
    "target_sentence": N_(
        "Doel: {target} opleidingsdagen per voltijdse medewerker per jaar (1 dag = {hours_per_day} "
        "uur). Berekend over de medewerkers met een gedeeld plan."
    ),
    "below_target": N_("onder het doel"),
    "on_target": N_("doel gehaald"),
    "clusters": N_("3. Prioriteiten"),
    "clusters_intro": N_(
        "De acties zijn gegroepeerd in de vier prioriteitsclusters: a. strategisch, b. wettelijk "
        "verplicht, c. gevraagd door leidinggevenden, d. gevraagd vanuit de werkvloer."
    ),
    "cluster": N_("Cluster"),
    "training": N_("Opleiding"),
    "type": N_("Soort"),
    "form": N_("Formeel / informeel"),
    "formal": N_("formeel"),
    "formal_h": N_("Formeel"),
    "informal_h": N_("Informeel"),
    "informal": N_("informeel"),
    "target_group": N_("Doelgroep"),
    "participants": N_("Deelnemers"),
    "no_actions": N_("Geen acties in deze cluster."),
    "cluster_hidden": N_(
        "Weggelaten in deze versie: te weinig mensen (minder dan {k}), of af te leiden uit het "
        "totaal."
    ),
    "needs": N_("4. Behoeften per competentie en afdeling"),
    "needs_intro": N_(
        "Nodig niveau uit het functieprofiel (of het gewenste niveau uit de zelfevaluatie), huidig "
        "niveau uit de zelfevaluatie, op een schaal van 1 tot 5. * = strategische competentie."
    ),
    "competence": N_("Competentie"),
    "needed": N_("Nodig"),
    "present": N_("Huidig"),
    "with_gap": N_("Met kloof"),
    "not_assessed": N_("Niet beoordeeld"),
    "planned": N_("Ingepland"),
    "no_needs": N_("Geen competenties gevonden."),
    "more_needs": N_(
        "En {n} andere competenties zonder kloof (zie het blad Behoeften in de xlsx-versie)."
    ),
    "formal_informal": N_("5. Formeel en informeel leren"),
    "budget": N_("6. Budget per afdeling"),
    "available": N_("Beschikbaar (EUR)"),
    "used": N_("Gepland (EUR)"),
    "remaining": N_("Over (EUR)"),
    "no_budget": N_("niet ingesteld"),
    "over_budget": N_("overschreden"),
    "certificates": N_("7. Wettelijk verplichte attesten die vervallen in {year}"),
    "employee": N_("Medewerker"),
    "certificate": N_("Attest"),
    "obtained": N_("Behaald"),
    "expires": N_("Vervalt"),
    "renewal": N_("Hernieuwing ingepland"),
    "yes": N_("ja"),
    "no": N_("nee"),
    "no_certificates": N_("Geen wettelijk verplichte attesten die dit jaar vervallen."),
    "detail": N_("8. Geplande acties per medewerker"),
    "detail_too_long": N_("{n} acties: de volledige lijst staat in de csv- en xlsx-versie."),
    "period": N_("Periode"),
    "status": N_("Status"),
    "not_scheduled": N_("nog niet ingepland"),
    "notes": N_("Opmerkingen"),
    "method": N_(
        "Een actie telt mee in het jaar waarin ze start (of eindigt, zonder startdatum); "
        "geannuleerde acties tellen niet mee."
    ),
    "total": N_("Totaal"),
    "page": N_("Pagina"),
    "of": N_("van"),
}


def texts(lang: Language) -> dict[str, str]:
    """All labels in one language."""
    catalogue = translations(lang)
    out = {key: catalogue.gettext(text) for key, text in TEXTS.items()}
    out["target"] = catalogue.pgettext("training plan", "Doel")  # a number to reach, not a goal
    return out
