"""The sentences of the SMART check (gettext msgids): one reason, one question."""

from __future__ import annotations

from pop_assistent.i18n import N_, Language, say
from pop_assistent.model.goals import SmartCriterion

TEXTS: dict[str, tuple[str, str]] = {
    # key: (reason, question when not met; "" when it asks none)
    "specific_skill": (N_("Het doel noemt een concrete vaardigheid: {what}."), ""),
    "specific_words": (N_("Het doel zegt concreet waarover het gaat: {what}."), ""),
    "specific_proof": (N_("Het doel noemt een attest of diploma met naam: ‘{what}’."), ""),
    "specific_no": (
        N_("Het doel zegt niet welke vaardigheid, welk gedrag of welk hulpmiddel je wilt leren."),
        N_(
            "Welke vaardigheid of welk hulpmiddel wil je precies beter beheersen, bv. "
            "‘draaitabellen in Excel’ of ‘een teamvergadering leiden’?"
        ),
    ),
    "measurable_number": (N_("Het resultaat is telbaar: ‘{what}’."), ""),
    "measurable_proof": (N_("Het resultaat is aantoonbaar: ‘{what}’."), ""),
    "measurable_deliverable": (N_("Er komt een zichtbaar resultaat: ‘{what}’."), ""),
    "measurable_routine": (
        N_("Het doel beschrijft een vaste gewoonte die je kunt nagaan: ‘{what}’."),
        "",
    ),
    "measurable_score": (N_("Het doel noemt de score die je wilt halen: ‘{what}’."), ""),
    "measurable_role": (N_("Je kunt nagaan of je deze functie of status bereikt: ‘{what}’."), ""),
    "measurable_witness": (N_("Iemand anders kan vaststellen dat het gelukt is: ‘{what}’."), ""),
    "measurable_rating": (N_("Het doel noemt de beoordeling die je wilt halen: ‘{what}’."), ""),
    "measurable_no": (
        N_("Het doel zegt niet waaraan je zult zien dat het gelukt is."),
        N_(
            "Waaraan zie je dat het gelukt is: een aantal, een certificaat, iets wat je oplevert "
            "of iets wat je dan zelfstandig doet?"
        ),
    ),
    "time_ok": (N_("Het doel heeft een deadline: {when}."), ""),
    "time_past": (
        N_("De deadline ‘{what}’ ({when}) ligt al in het verleden."),
        N_("Welke nieuwe deadline kies je, bv. ‘tegen eind juni 2027’?"),
    ),
    "time_past_stored": (
        N_("De deadline ({when}) ligt al in het verleden."),
        N_("Welke nieuwe deadline kies je, bv. ‘tegen eind juni 2027’?"),
    ),
    "time_no": (
        N_("Het doel zegt niet wanneer het bereikt moet zijn. {why}"),
        N_(
            "Tegen wanneer wil je dit bereikt hebben, bv. ‘tegen eind juni 2027’ of ‘binnen zes "
            "maanden’?"
        ),
    ),
    "achievable_no_plan": (N_("Zonder plan kan ik de haalbaarheid nog niet afwegen."), ""),
    "achievable_no_actions": (
        N_("Er zijn nog geen acties gepland, dus de haalbaarheid is nog niet te beoordelen."),
        "",
    ),
    "achievable_no_deadline": (N_("Zonder deadline kan ik de nodige uren niet afwegen."), ""),
    "achievable_no_hours": (
        N_("Je hebt nog niet ingevuld hoeveel uur per week je aan leren kunt besteden."),
        "",
    ),
    "achievable_ok": (
        N_(
            "De acties vragen {need} uur; tot {when} heb je ongeveer {have} uur ({per} uur per "
            "week)."
        ),
        "",
    ),
    "achievable_ok_budget": (
        N_(
            "De acties vragen {need} uur; tot {when} heb je ongeveer {have} uur ({per} uur per "
            "week) en {cost} past in het budget van {budget}."
        ),
        "",
    ),
    "achievable_hours": (
        N_(
            "De acties vragen {need} uur, maar tot {when} heb je maar ongeveer {have} uur ({per} "
            "uur per week)."
        ),
        N_(
            "Schuif je de deadline op, kies je een kortere opleiding of maak je meer uren per "
            "week vrij?"
        ),
    ),
    "achievable_overlap": (
        N_(
            "De acties voor dit doel vragen {own} uur en je andere acties tot {when} nog "
            "{others} uur: samen {need} uur, maar tot {when} heb je maar ongeveer {have} uur "
            "({per} uur per week)."
        ),
        N_(
            "Schuif je een actie of de deadline op, kies je een kortere opleiding of maak je "
            "meer uren per week vrij?"
        ),
    ),
    "achievable_money": (
        N_("De acties kosten {cost}, meer dan je budget van {budget}."),
        N_("Kies je een goedkopere opleiding, of vraag je extra budget aan je leidinggevende?"),
    ),
    "relevant_purpose": (N_("Het doel zegt waarvoor het dient in je werk: ‘{what}’."), ""),
    "relevant_skill": (
        N_("Het doel werkt aan een vaardigheid die je wilt verbeteren: {what}."),
        "",
    ),
    "relevant_role": (N_("Het doel past bij je werk ({role}): {what}."), ""),
    "relevant_profile": (
        N_("Het doel werkt aan een vaardigheid uit je functieprofiel: {what}."),
        "",
    ),
    "relevant_project": (N_("Het doel is een stap in {project}: ‘{what}’."), ""),
    "relevant_required": (
        N_(
            "Het doel gaat over een attest of een vereiste die verplicht is voor je werk: ‘{what}’."
        ),
        "",
    ),
    "relevant_words": (N_("Het doel sluit aan bij je aanleiding of loopbaanproject: {what}."), ""),
    "relevant_no_context": (
        N_(
            "Zonder aanleiding, loopbaanproject of zelfevaluatie kan ik de relevantie nog niet "
            "beoordelen."
        ),
        "",
    ),
    "relevant_no": (
        N_(
            "Ik zie geen verband met je aanleiding, je loopbaanproject of de vaardigheden die je "
            "wilt verbeteren."
        ),
        N_("Hoe helpt dit doel je in je functie of bij {project}?"),
    ),
}


def crit(key: str, lang: Language, *, met: bool | None, **values: object) -> SmartCriterion:
    """One criterion with its reason and (when not met) its question, in `lang`. A value may
    be a `Message` or a function of the language (`i18n.say` puts it in the same language)."""
    reason, question = TEXTS[key]
    asked = say(lang, question, **values) if question and met is False else ""
    return SmartCriterion(met=met, reason=say(lang, reason, **values).strip(), question=asked)


def remark(key: str, lang: Language, *, met: bool | None, **values: object) -> SmartCriterion:
    """A criterion whose reason is a remark for the employee alone ("Ik zie geen verband ..."):
    marked `employee_only`, so documents for the manager leave it out."""
    found = crit(key, lang, met=met, **values)
    return found.model_copy(update={"employee_only": True})


def quote_list(items: list[str]) -> str:
    """‘a’, ‘b’ en ‘c’ style list (the conjunction is left out to stay language-neutral)."""
    return ", ".join(f"‘{item}’" for item in items)
