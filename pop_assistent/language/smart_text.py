"""The sentences of the SMART check, Dutch and English: one reason, one question."""

from __future__ import annotations

from pop_assistent.i18n import Language
from pop_assistent.model.goals import SmartCriterion

TEXTS: dict[str, tuple[str, str, str, str]] = {
    # key: (reason nl, reason en, question nl, question en)
    "specific_skill": ("Het doel noemt een concrete vaardigheid: {what}.",
                       "The goal names a concrete skill: {what}.", "", ""),
    "specific_words": ("Het doel zegt concreet waarover het gaat: {what}.",
                       "The goal says concretely what it is about: {what}.", "", ""),
    "specific_proof": ("Het doel noemt een attest of diploma met naam: ‘{what}’.",
                       "The goal names a certificate or diploma: ‘{what}’.", "", ""),
    "specific_no": (
        "Het doel zegt niet welke vaardigheid, welk gedrag of welk hulpmiddel je wilt leren.",
        "The goal does not say which skill, behaviour or tool you want to learn.",
        "Welke vaardigheid of welk hulpmiddel wil je precies beter beheersen, bv. ‘draaitabellen "
        "in Excel’ of ‘een teamvergadering leiden’?",
        "Which skill or tool exactly do you want to master, e.g. ‘pivot tables in Excel’ or "
        "‘chairing a team meeting’?"),
    "measurable_number": ("Het resultaat is telbaar: ‘{what}’.",
                          "The result can be counted: ‘{what}’.", "", ""),
    "measurable_proof": ("Het resultaat is aantoonbaar: ‘{what}’.",
                         "The result can be shown: ‘{what}’.", "", ""),
    "measurable_deliverable": ("Er komt een zichtbaar resultaat: ‘{what}’.",
                               "There will be a visible result: ‘{what}’.", "", ""),
    "measurable_routine": ("Het doel beschrijft een vaste gewoonte die je kunt nagaan: ‘{what}’.",
                           "The goal describes a routine that can be checked: ‘{what}’.", "", ""),
    "measurable_score": ("Het doel noemt de score die je wilt halen: ‘{what}’.",
                         "The goal names the score you want to reach: ‘{what}’.", "", ""),
    "measurable_role": ("Je kunt nagaan of je deze functie of status bereikt: ‘{what}’.",
                        "You can check whether you reach this role or status: ‘{what}’.", "", ""),
    "measurable_witness": ("Iemand anders kan vaststellen dat het gelukt is: ‘{what}’.",
                           "Someone else can confirm that it worked: ‘{what}’.", "", ""),
    "measurable_rating": ("Het doel noemt de beoordeling die je wilt halen: ‘{what}’.",
                          "The goal names the rating you want to reach: ‘{what}’.", "", ""),
    "measurable_no": (
        "Het doel zegt niet waaraan je zult zien dat het gelukt is.",
        "The goal does not say how you will see that it worked.",
        "Waaraan zie je dat het gelukt is: een aantal, een certificaat, iets wat je oplevert of "
        "iets wat je dan zelfstandig doet?",
        "How will you see it worked: a number, a certificate, something you deliver or "
        "something you then do on your own?"),
    "time_ok": ("Het doel heeft een deadline: {when}.", "The goal has a deadline: {when}.", "", ""),
    "time_past": (
        "De deadline ‘{what}’ ({when}) ligt al in het verleden.",
        "The deadline ‘{what}’ ({when}) is already in the past.",
        "Welke nieuwe deadline kies je, bv. ‘tegen eind juni 2027’?",
        "Which new deadline do you choose, e.g. ‘by the end of June 2027’?"),
    "time_past_stored": (
        "De deadline ({when}) ligt al in het verleden.",
        "The deadline ({when}) is already in the past.",
        "Welke nieuwe deadline kies je, bv. ‘tegen eind juni 2027’?",
        "Which new deadline do you choose, e.g. ‘by the end of June 2027’?"),
    "time_no": (
        "Het doel zegt niet wanneer het bereikt moet zijn. {why}",
        "The goal does not say when it should be reached. {why}",
        "Tegen wanneer wil je dit bereikt hebben, bv. ‘tegen eind juni 2027’ of ‘binnen zes "
        "maanden’?",
        "By when do you want to reach this, e.g. ‘by the end of June 2027’ or ‘within six "
        "months’?"),
    "achievable_no_plan": ("Zonder plan kan ik de haalbaarheid nog niet afwegen.",
                           "Without a plan I cannot weigh feasibility yet.", "", ""),
    "achievable_no_actions": (
        "Er zijn nog geen acties gepland, dus de haalbaarheid is nog niet te beoordelen.",
        "No actions are planned yet, so feasibility cannot be judged yet.", "", ""),
    "achievable_no_deadline": ("Zonder deadline kan ik de nodige uren niet afwegen.",
                               "Without a deadline I cannot weigh the hours needed.", "", ""),
    "achievable_no_hours": (
        "Je hebt nog niet ingevuld hoeveel uur per week je aan leren kunt besteden.",
        "You have not said yet how many hours a week you can spend on learning.", "", ""),
    "achievable_ok": (
        "De acties vragen {need} uur; tot {when} heb je ongeveer {have} uur ({per} uur per "
        "week){money}.",
        "The actions need {need} hours; until {when} you have about {have} hours ({per} hours a "
        "week){money}.", "", ""),
    "achievable_hours": (
        "De acties vragen {need} uur, maar tot {when} heb je maar ongeveer {have} uur ({per} uur "
        "per week).",
        "The actions need {need} hours, but until {when} you only have about {have} hours ({per} "
        "hours a week).",
        "Schuif je de deadline op, kies je een kortere opleiding of maak je meer uren per week "
        "vrij?",
        "Will you move the deadline, choose a shorter course or free up more hours a week?"),
    "achievable_overlap": (
        "De acties voor dit doel vragen {own} uur en je andere acties tot {when} nog {others} "
        "uur: samen {need} uur, maar tot {when} heb je maar ongeveer {have} uur ({per} uur per "
        "week).",
        "The actions for this goal need {own} hours and your other actions until {when} another "
        "{others}: {need} hours together, but until {when} you only have about {have} hours "
        "({per} hours a week).",
        "Schuif je een actie of de deadline op, kies je een kortere opleiding of maak je meer "
        "uren per week vrij?",
        "Will you move an action or the deadline, choose a shorter course or free up more hours "
        "a week?"),
    "achievable_money": (
        "De acties kosten € {cost}, meer dan je budget van € {budget}.",
        "The actions cost € {cost}, more than your budget of € {budget}.",
        "Kies je een goedkopere opleiding, of vraag je extra budget aan je leidinggevende?",
        "Will you choose a cheaper course, or ask your manager for extra budget?"),
    "relevant_purpose": ("Het doel zegt waarvoor het dient in je werk: ‘{what}’.",
                         "The goal says what it serves in your work: ‘{what}’.", "", ""),
    "relevant_skill": ("Het doel werkt aan een vaardigheid die je wilt verbeteren: {what}.",
                       "The goal works on a skill you want to improve: {what}.", "", ""),
    "relevant_role": ("Het doel past bij je werk ({role}): {what}.",
                      "The goal fits your work ({role}): {what}.", "", ""),
    "relevant_profile": ("Het doel werkt aan een vaardigheid uit je functieprofiel: {what}.",
                         "The goal works on a skill of your role profile: {what}.", "", ""),
    "relevant_project": ("Het doel is een stap in {project}: ‘{what}’.",
                         "The goal is a step in {project}: ‘{what}’.", "", ""),
    "relevant_required": (
        "Het doel gaat over een attest of een vereiste die verplicht is voor je werk: ‘{what}’.",
        "The goal is about a certificate or a requirement your work makes compulsory: ‘{what}’.",
        "", ""),
    "relevant_words": ("Het doel sluit aan bij je aanleiding of loopbaanproject: {what}.",
                       "The goal fits your occasion or career project: {what}.", "", ""),
    "relevant_no_context": (
        "Zonder aanleiding, loopbaanproject of zelfevaluatie kan ik de relevantie nog niet "
        "beoordelen.",
        "Without an occasion, career project or self-assessment I cannot judge relevance yet.",
        "", ""),
    "relevant_no": (
        "Ik zie geen verband met je aanleiding, je loopbaanproject of de vaardigheden die je "
        "wilt verbeteren.",
        "I see no link with your occasion, your career project or the skills you want to "
        "improve.",
        "Hoe helpt dit doel je in je functie of bij {project}?",
        "How does this goal help you in your role or with {project}?"),
}  # fmt: skip


def crit(key: str, lang: Language, *, met: bool | None, **values: str) -> SmartCriterion:
    """One criterion with its reason and (when not met) its question, filled in."""
    reason_nl, reason_en, question_nl, question_en = TEXTS[key]
    reason = (reason_en if lang == "en" else reason_nl).format(**values).strip()
    question = question_en if lang == "en" else question_nl
    if met is not False:
        question = ""
    return SmartCriterion(met=met, reason=reason, question=question.format(**values))


def remark(key: str, lang: Language, *, met: bool | None, **values: str) -> SmartCriterion:
    """A criterion whose reason is a remark for the employee alone ("Ik zie geen verband ..."):
    marked `employee_only`, so documents for the manager leave it out."""
    found = crit(key, lang, met=met, **values)
    return found.model_copy(update={"employee_only": True})


def quote_list(items: list[str]) -> str:
    """‘a’, ‘b’ en ‘c’ style list (the conjunction is left out to stay language-neutral)."""
    return ", ".join(f"‘{item}’" for item in items)
