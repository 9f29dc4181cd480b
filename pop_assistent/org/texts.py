"""Every label of the training plan document, in Dutch and English."""

from __future__ import annotations

from pop_assistent.i18n import Language

TEXTS: dict[str, tuple[str, str]] = {
    "title": ("Opleidingsplan", "Training plan"),
    "made_on": ("Opgemaakt op", "Drawn up on"),
    "scope_all": ("Hele organisatie", "Whole organisation"),
    "scope_departments": ("Afdeling(en)", "Department(s)"),
    "plans": ("gedeelde plannen", "shared plans"),
    "plan_one": ("gedeeld plan", "shared plan"),
    "pseudonymised": (
        "Versie voor de ondernemingsraad: zonder namen, functies of lijst per persoon; elke "
        "cel gaat over minstens {k} mensen (kleinere groepen zijn samengevoegd of weggelaten).",
        "Works-council version: no names, roles or list per person; every cell covers at "
        "least {k} people (smaller groups are pooled or left out).",
    ),
    "detail_pseudonymised": (
        "De versie voor de ondernemingsraad bevat geen lijst per medewerker.",
        "The works-council version holds no list per employee.",
    ),
    "various": ("divers", "various"),
    "people_count": ("{n} medewerkers", "{n} employees"),
    "renewals_of": ("{r} van {n}", "{r} of {n}"),
    "vision": ("1. Visie op leren", "1. Vision on learning"),
    "summary": ("2. Overzicht per afdeling", "2. Overview per department"),
    "department": ("Afdeling", "Department"),
    "employees": ("Medewerkers", "Employees"),
    "fte": ("VTE", "FTE"),
    "actions": ("Acties", "Actions"),
    "hours": ("Uren", "Hours"),
    "cost": ("Kost (EUR)", "Cost (EUR)"),
    "days": ("Opleidingsdagen", "Training days"),
    "days_per_fte": ("Dagen per VTE", "Days per FTE"),
    "target": ("Doel", "Target"),
    "target_sentence": (
        "Doel: {target} opleidingsdagen per voltijdse medewerker per jaar "
        "(1 dag = {hours_per_day} uur). Berekend over de medewerkers met een gedeeld plan.",
        "Target: {target} training days per full-time employee a year "
        "(1 day = {hours_per_day} hours). Computed over the employees with a shared plan.",
    ),
    "below_target": ("onder het doel", "below target"),
    "on_target": ("doel gehaald", "target met"),
    "clusters": ("3. Prioriteiten", "3. Priorities"),
    "clusters_intro": (
        "De acties zijn gegroepeerd in de vier prioriteitsclusters: a. strategisch, "
        "b. wettelijk verplicht, c. gevraagd door leidinggevenden, "
        "d. gevraagd vanuit de werkvloer.",
        "Actions are grouped in the four priority clusters: a. strategic, b. legally required, "
        "c. asked by managers, d. asked from the work floor.",
    ),
    "cluster": ("Cluster", "Cluster"),
    "training": ("Opleiding", "Training"),
    "type": ("Soort", "Type"),
    "form": ("Formeel / informeel", "Formal / informal"),
    "formal": ("formeel", "formal"),
    "formal_h": ("Formeel", "Formal"),
    "informal_h": ("Informeel", "Informal"),
    "informal": ("informeel", "informal"),
    "target_group": ("Doelgroep", "Target group"),
    "participants": ("Deelnemers", "Participants"),
    "no_actions": ("Geen acties in deze cluster.", "No actions in this cluster."),
    "cluster_hidden": (
        "Weggelaten in deze versie: te weinig mensen (minder dan {k}), of af te leiden uit het "
        "totaal.",
        "Left out of this version: too few people (fewer than {k}), or derivable from the total.",
    ),
    "needs": ("4. Behoeften per competentie en afdeling", "4. Needs per competence and department"),
    "needs_intro": (
        "Nodig niveau uit het functieprofiel (of het gewenste niveau uit de zelfevaluatie), "
        "huidig niveau uit de zelfevaluatie, op een schaal van 1 tot 5. * = strategische "
        "competentie.",
        "Needed level from the role profile (or the wanted level of the self-assessment), "
        "present level from the self-assessment, on a scale of 1 to 5. * = strategic competence.",
    ),
    "competence": ("Competentie", "Competence"),
    "needed": ("Nodig", "Needed"),
    "present": ("Huidig", "Present"),
    "with_gap": ("Met kloof", "With gap"),
    "not_assessed": ("Niet beoordeeld", "Not assessed"),
    "planned": ("Ingepland", "Planned"),
    "no_needs": ("Geen competenties gevonden.", "No competences found."),
    "more_needs": (
        "En {n} andere competenties zonder kloof (zie het blad Behoeften in de xlsx-versie).",
        "And {n} other competences without a gap (see the Needs sheet of the xlsx version).",
    ),
    "formal_informal": ("5. Formeel en informeel leren", "5. Formal and informal learning"),
    "budget": ("6. Budget per afdeling", "6. Budget per department"),
    "available": ("Beschikbaar (EUR)", "Available (EUR)"),
    "used": ("Gepland (EUR)", "Planned (EUR)"),
    "remaining": ("Over (EUR)", "Left (EUR)"),
    "no_budget": ("niet ingesteld", "not set"),
    "over_budget": ("overschreden", "exceeded"),
    "certificates": (
        "7. Wettelijk verplichte attesten die vervallen in {year}",
        "7. Legally required certificates that expire in {year}",
    ),
    "employee": ("Medewerker", "Employee"),
    "certificate": ("Attest", "Certificate"),
    "obtained": ("Behaald", "Obtained"),
    "expires": ("Vervalt", "Expires"),
    "renewal": ("Hernieuwing ingepland", "Renewal planned"),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    "no_certificates": (
        "Geen wettelijk verplichte attesten die dit jaar vervallen.",
        "No legally required certificates expire this year.",
    ),
    "detail": ("8. Geplande acties per medewerker", "8. Planned actions per employee"),
    "detail_too_long": (
        "{n} acties: de volledige lijst staat in de csv- en xlsx-versie.",
        "{n} actions: the full list is in the csv and xlsx versions.",
    ),
    "period": ("Periode", "Period"),
    "status": ("Status", "Status"),
    "not_scheduled": ("nog niet ingepland", "not yet scheduled"),
    "notes": ("Opmerkingen", "Remarks"),
    "method": (
        "Een actie telt mee in het jaar waarin ze start (of eindigt, zonder startdatum); "
        "geannuleerde acties tellen niet mee.",
        "An action counts in the year it starts (or ends, without a start date); "
        "cancelled actions do not count.",
    ),
    "total": ("Totaal", "Total"),
    "page": ("Pagina", "Page"),
    "of": ("van", "of"),
}


def texts(lang: Language) -> dict[str, str]:
    """All labels in one language."""
    index = 1 if lang == "en" else 0
    return {key: pair[index] for key, pair in TEXTS.items()}
