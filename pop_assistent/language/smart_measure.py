"""Meetbaar: how one will see that a goal is reached, with or without a number.

An observable result is one of: a number of the result (not of the effort: "10 uur per week
studeren" is input), a named certificate, licence or language level (not "een attest": which
one?), a deliverable that exists when done, doing alone what someone else does now, a routine
that can be checked ("bij elke levering controleer ik ..."), a role or status attained, or a
rating in an evaluation. Each check returns the criterion with the words that show it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from rapidfuzz.distance import OSA

from pop_assistent.i18n import Language
from pop_assistent.language import smart_lexicon as lex
from pop_assistent.language.smart_roles import CLEAN_RECORD, STATUS_RE, attained_role
from pop_assistent.language.smart_text import crit
from pop_assistent.language.smart_witness import witness
from pop_assistent.model.goals import SmartCriterion

EFFORT_UNIT_RE = re.compile(
    r"\s*(?:(?:opleidings|studie|les|oefen|leer|trainings?|cursus|lees)-?(?:uur|uren|dagen|dag)|"
    r"jaar|jaren|maand|maanden|week|weken|kwartalen|dag|dagen|dagdelen|dagdeel|uur|uren|"
    r"uurtjes|u|h|hrs|avond|avonden|namiddag|namiddagen|voormiddag|voormiddagen|middagen|"
    r"ochtenden|sessies|lessen|years?|months?|weeks?|days?|hours?|evenings?|afternoons?|"
    r"mornings?|sessions?|lessons?)\b"
)
"""A number followed by one of these counts time spent or a span ("al 15 jaar", "10 uur per
week"), never a result."""

COMPARE_BEFORE_RE = re.compile(
    r"\b(?:minstens|minimaal|minimum|maximaal|maximum|hoogstens|ten\s+minste|meer\s+dan|"
    r"minder\s+dan|boven|onder|tot|naar|van|at\s+least|at\s+most|more\s+than|fewer\s+than|"
    r"less\s+than|above|below|under|up\s+to|to|from)\s+(?:de\s+|het\s+|een\s+|the\s+)?$"
)
"""A number after one of these is a target ("minstens 4", "boven de 9", "van 7 naar 8")."""

SHARE_AFTER_RE = re.compile(
    r"\s*(?:%|procent|percent|op\s+\d+|/\s*\d+|x\b|keer\b|maal\b|per\b(?=\s+[a-z]{2,}))"
)
"""A share or a rate after a number: "95%", "8 op 10", "3 keer", "120 per uur"."""
EFFORT_VERB_RE = re.compile(
    r"\b(?:studeer\w*|studeren|oefen\w*|bijscholing\w*|bijscholen|leren|leer|volgen|volg|"
    r"trainen|train|lezen|besteden|besteed|investeren|vrijmaken|study|studying|practi[sc]e\w*|"
    r"learn\w*|training|spend|spending)\b"
)
"""Verbs of learning effort: hours or sessions spent on them are input, not a result."""

UNIT_AFTER_RE = re.compile(r"\s*(?:kg|km|cm|mm|m|l|ml|g|ton|eur|€)(?![\w/])")
"""A unit of measure after a number ("10 kg", "50 km"): a quantity."""
_NOUN_AFTER_RE = re.compile(r"\s+([a-z][a-z'-]{2,})")
FUNCTION_WORDS = frozenset(
    """
    de het een en of van op in met voor aan te om naar bij uit over door als dan dat die dit
    is zijn ben was wordt worden word heb hebben heeft had wil wilt kan kunnen zal moet ik je
    we ze hij zij er hier daar wat wie hoe nog al wel niet geen ook maar tot per keer maal
    the a an and or of on in with for to at by from as than that this is are was be been have
    has had will can i you we they it not no also but per times
    """.split()
)
"""Words that cannot be what a number counts ("blabla 1", "in ploeg 2 en ...")."""

COUNT_WORD_RE = re.compile(
    r"\b(nul|zero|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|"
    r"vijftig|honderd|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred)"
    r"\s+(?!" + EFFORT_UNIT_RE.pattern.removeprefix(r"\s*") + r")([a-z][\w-]+)"
)
NONE_OF_RE = re.compile(
    r"\b(?:geen|no|zonder|without|nul|zero)\s+(?:(?:meer|more)\s+)?(?:\w+\s+)?\w*?(?:klacht(?:en)?|fout(?:en)?|"
    r"verschil(?:len)?|"
    r"ongeval(?:len)?|incident(?:en)?|werkpunt(?:en)?|verbeterpunt(?:en)?|opmerking(?:en)?|"
    r"aanmerking(?:en)?|tekortkoming(?:en)?|schade|complaints?|errors?|mistakes?|accidents?|"
    r"boetes?|fines?|schadegeval(?:len)?|blessures?|injur(?:y|ies)|valpartij(?:en)?|breuk|"
    r"afwijking(?:en)?|non-?conformiteit(?:en)?|defects?|pijn(?:stillers?)?|pains?|painkillers?|"
    r"incidents?|remarks?|points?\s+(?:for|of)\s+improvement)\b"
    r"|\b(?:geen\s+enkele\s+keer|nooit\s+meer|never\s+again|not\s+(?:even\s+)?once)\b"
    r"|\b(?:geen|no|not\s+a|nul|zero)\s+(?:enkele\s+|single\s+)?(?:dag|dagen|uur|uren|shift|"
    r"shifts|dienst|diensten|day|days|hour|hours)\s+(?:meer\s+|more\s+)?(?:ziek|afwezig|"
    r"(?:te\s+)?laat|sick|absent|off|late)\b"
    r"|\b(?:geen|no|nul|zero)\s+(?:\w+\s+)?(?:ziektedag(?:en)?|ziekteverzuim|verzuim|"
    r"sick\s+days?|absences?|(?:gemiste|foute|verkeerde|te\s+late|beschadigde|verloren|"
    r"vergeten|missed|wrong|late|failed|damaged|lost|forgotten)\s+[a-z]{3,})\b"
    r"|" + CLEAN_RECORD
)
"""None of a counted thing: "geen enkele klacht", "geen werkpunten bij de evaluatie", "geen
kasverschillen"; not once ("geen enkele keer meer te laat", "never again"); no day of absence
("geen dag meer ziek", "no sick days"); none of a thing gone wrong ("geen gemiste leveringen",
"no damaged parcels"); no pain or painkillers ("geen pijnstiller meer", "no back pain"); a
clean record ("een schoon rijblad", "a clean driving record")."""
SCORE_RE = re.compile(
    r"(?<![\w/.-])\d+(?:[.,]\d+)?(?:\s*(?:/|op|out\s+of|uit|on)\s*\d+(?![\w/]|[.,]\d)|"
    r"[\s-]*(?:sterren|ster|stars?)\b)"
)
"""A score to reach: "7/10", "4,5 op 5", "9 out of 10", "4 sterren"."""
SCORE_WORD_RE = re.compile(
    r"\b(?:score|cijfer|rating|grade)\s+(?:van\s+|of\s+)?\d+(?:[.,]\d+)?(?![\w/]|[.,]\d)|"
    r"\b(?:een|an?)\s+\d{1,2}(?:[.,]\d)?\s+(?:halen|behalen|scoren|krijgen|op|on|in|bij|at|for)\b|"
    r"\b(?:haal|halen|behaal|behalen|scoor|scoren|krijg|krijgen|get|score|achieve|obtain)"
    r"\s+(?:een|an?)\s+\d{1,2}(?:[.,]\d)?(?![\w/]|[.,]\d)|"
    r"\btop[\s-]?\d{1,3}\b"
)
"""A score named as such: "een score van 9", "a rating of 4.5", "een 8 halen", "get an 8", a
rank ("in de top 3 staan")."""
RANK_RE = re.compile(
    r"\b(?:de|het|the)\s+(?:hoogste|meeste|beste|laagste|minste|snelste|highest|most|best|"
    r"lowest|fewest|fastest)\s+(?:[a-z]+\s+)?([a-z]+)(?=\s+(?:van|in|op|of|at|on)\b)"
)
"""A rank named by a superlative and where it is read ("de hoogste omzet van de winkel", "the
best rating in the team"): group 1 must be an outcome (`smart_roles.is_outcome`)."""

PROOF_NOUNS = frozenset(
    "attest certificaat certificate certification diploma brevet getuigschrift licence license "
    "bewijs bachelor master graduaat degree "
    "examen exam test toets certified gecertificeerd".split()
)
"""Proofs that need a name: "een attest halen" does not say which one."""
PROOF_RE = re.compile(
    r"\b(\w*(?:certifica|attest|diploma|brevet|getuigschrift|bewijs|licen[cs]e)\w*|"
    r"bachelor|master|graduaat|(?:bachelor'?s|master'?s)\s+degree|"
    r"gecertificeerd|certified|\w*examen\w*|exam|test|toets\w*|"
    r"(?:niveau|level)\s+[abc][12]|[abc][12][-\s]?(?:niveau|level)|\b[abc][12]\b|"
    r"positieve?\s+(?:evaluatie|beoordeling|feedback)|goedgekeurd|goedkeuring)"
)
PROOF_KEYWORDS = ("attest", "certificaat", "certificate", "licence", "license", "diploma",
                  "rijbewijs", "brevet", "getuigschrift")  # fmt: skip
_QUALIFIER_SKIP = frozenset(
    "een de het mijn m'n mn zijn haar het a an the my his her our ons onze dit deze dat die "
    "this that nieuw nieuwe new officieel officiele official erkend erkende geldig geldige "
    "halen behalen gehaald behaald get obtain earn pass deelname aanwezigheid attendance "
    "participation".split()
)

ALONE_RE = re.compile(
    r"\b(zelfstandig(?!er)\w*|zonder\s+(?:de\s+|het\s+|mijn\s+|m'n\s+|hulp\s+van\s+\w+\s+|dat\s+)?"
    r"(?:hulp|begeleiding|ondersteuning|fouten|tussenkomst|toezicht|supervisie|handleiding|"
    r"stappenplan|spiekbrief\w*|notities|instructies|voorbeeld|gps|navigatie|gsm|"
    r"kookboek|receptenboek|recept(?:en)?|handboek|briefje|hulpmiddel\w*|woordenboek|vertaalapp|"
    r"\w*sensor(?:en|s)?|\w*camera'?s?|rekenmachine|tolk|spiekbriefje|checklist|"
    r"spellingscontrole|gebruiksaanwijzing)|"
    r"zelf\b(?!\s+(?:\w+\s+)?(?:beter|meer|minder|leren|ontwikkelen|groeien|verder|bijleren|"
    r"sneller|vlotter|ook)\b)|"
    r"zonder\s+dat\s+(?:de|mijn|een)\s+\w+\s+erbij|op\s+eigen\s+(?:houtje|kracht)|"
    r"independent(?:ly)?|without\s+(?:the\s+|my\s+|a\s+)?(?:help|support|supervision|errors|"
    r"assistance|manual|notes|instructions|cheat\s+sheet|prompts?|gps|sat\s?nav|map|recipe\w*|"
    r"(?:\w+\s+)?sensors?|(?:\w+\s+)?cameras?|calculator|interpreter|checklist|spell\s?check\w*|"
    r"dictionary|translation\s+app)|"
    r"on\s+my\s+own|by\s+myself|alone|autonoom|uit\s+het\s+hoofd|van\s+buiten|by\s+heart|"
    r"from\s+memory|"
    r"alleen(?!\s+(?:maar|nog|als|wanneer|om|omdat|voor|door|met|in|op|bij|te|de\s+eerste)\b))"
)
"""Doing something alone that someone else does now, or without the aid one needs now (the
manual, one's notes): observable."""

ROUTINE_RE = re.compile(
    r"\b((?:minstens\s+|at\s+least\s+)?(?:\d+|een|twee|drie|vier|vijf|once|twice|one|two|three)"
    r"\s+(?:keer|maal|x|times?)\s+(?:per|in\s+de|a|an|every|each)\s+[a-z]{3,}|"
    r"(?:bij|na|voor|tijdens)?\s*(?:elke|iedere|elk|ieder)\s+[a-z]{3,}|"
    r"(?:every|each|after\s+each|after\s+every)\s+[a-z]{3,}|dagelijks|wekelijks|"
    r"daily|weekly|telkens\s+(?:als|wanneer)|systematisch|systematically)"
)
"""A routine that can be checked ("bij elke levering controleer ik de temperatuur")."""

RATING_RE = re.compile(
    r"(?:evaluatie|beoordeling|gesprek|review|appraisal|rapport)\w*\b[^.;!?]{0,40}?"
    r"['\"‘’]?\s*(uitstekend|zeer\s+goed|positief|goed|voldoende|excellent|outstanding|"
    r"very\s+good|positive|exceeds\s+expectations)\b|"
    r"['\"‘’](uitstekend|zeer\s+goed|goed|voldoende|positief|excellent|outstanding|very\s+good|"
    r"good)['\"‘’]"
)
"""A rating to reach in an evaluation ("mijn evaluatie moet 'uitstekend' zijn"), or named in
quotes ("'goed' scoren bij de beoordeling")."""

THINGS: tuple[str, ...] = tuple(
    """
    presentatie rapport verslag handleiding dashboard procedure checklist website portfolio
    artikel offerte workshop infosessie sjabloon template prototype analyse begroting tabel nota
    voorstel lijst fiche toets schema draaiboek protocol instructie opleiding vorming training
    oefening opdracht werkblad quiz poster folder brochure nieuwsbrief formulier menu recept
    dossier inventaris rooster document video filmpje overzicht stappenplan opleidingsmodule
    lesvoorbereiding lessenreeks stock voorraad archief magazijn kast rekken project
    """.split()
)
"""Things that exist when made, whole or as the head of a compound ("poetsprocedure")."""
_LONG_THINGS = tuple(t for t in THINGS if len(t) >= 7)

DELIVERABLE_RE = re.compile(
    r"\b(\w*(?:" + "|".join(THINGS) + r")\w*|\w*plan|demo\w*|blog\w*|business\s?case\w*|"
    r"toolbox\w*|script\w*|app|"
    r"macro\w*|model|budget\w*|les(?:sen)?|sessie\w*|module\w*|project|"
    r"presentation\w*|report\w*|manual\w*|guide\w*|article\w*|meeting\w*|session\w*|"
    r"course|lesson\w*|talk|checklist\w*|list|overview|schedule|roster|poster|leaflet|"
    r"procedure\w*|protocol\w*|handbook|video|"
    # documents and things made, whole or as the head of a compound ("onthaalboekje")
    r"\w*(?:boek|boekje|gids|bundel|map|pakket|leerlijn|richtlijn|leidraad|kaart|film|affiche|"
    r"spreadsheet|rekenblad|databank|database|memo|infografiek|tekst|reglement|"
    r"bord|wiki|pagina|register|logboek|vergadering|rondleiding|overdracht|intake|gesprek|"
    r"gesprekken)(?:en|s|jes)?|\w+planning(?:en)?|floor\s+plans?|"
    r"booklet|handbooks?|leaflets?|flyers?|rota|sheets?|forms?|cards?|films?|clips?|"
    r"tutorials?|pages?|deck|slides|policy|curriculum|syllabus|maps?|spreadsheets?|"
    r"database|templates?|signs?|displays?|boards?)\b"
)
PRODUCE_RE = re.compile(
    r"\b(geef|geeft|geven|gegeven|lever\w*|opleveren|opgeleverd|maak|maakt|maken|gemaakt|"
    r"schrijf|schrijft|schrijven|geschreven|uitgeschreven|uitschrijven|schrijf\w*\s+(?:\w+\s+)"
    r"{0,8}?uit|hou|houd|houdt|houden|gehouden|bouw\w*|publiceer\w*|publiceren|presenteer\w*|"
    r"presenteren|organiseer\w*|organiseren|indien\w*|ingediend|dien\w*\s+(?:\w+\s+){0,8}?in|"
    r"bezorg\w*|afleveren|voorleggen|opmaken|opgemaakt|maak\w*\s+(?:\w+\s+){0,8}?op|"
    r"ontwerp\w*|opzetten|opgezet|opstel\w*|opgesteld|opstellen|submit\w*|hand\w*\s+in|"
    r"design\w*|draft\w*|prepare\w*|werk\w*\s+(?:\w+\s+){0,8}?(?:af|uit)|afwerken|afgewerkt|"
    r"stel\w*\s+(?:\w+\s+){0,8}?(?:op|voor)|uitwerken|uitgewerkt|voorstellen|opgeschoond|"
    r"opschonen|schoon\w*\s+(?:\w+\s+){0,6}?op|bijgewerkt|bijwerken|herwerkt|herwerken|"
    r"vernieuwd|ingevoerd|invoeren|uitgerold|uitrollen|laten\s+goedkeuren|"
    r"(?:heb|hebben|heeft|is|zijn|ligt|staat)\s+(?:\w+\s+){0,10}?(?:klaar|af)|"
    r"(?:ligt|staat|hangt|komt)\s+er|er\s+(?:ligt|staat|hangt|komt)|"
    r"uitgetekend|uittekenen|teken\w*\s+(?:\w+\s+){0,8}?uit|voorbereid\w*|"
    r"bereid\w*\s+(?:\w+\s+){0,8}?voor|"
    r"geteld|opgeruimd|ingericht|geinstalleerd|gelabeld|geordend|gesorteerd|gedigitaliseerd|"
    r"gearchiveerd|ingescand|vervangen|hersteld|geinventariseerd|"
    r"leid|leidt|leiden|geleid|voer\w*|uitvoeren|begeleid\w*|rond\w*\s+af|afronden|"
    r"deliver\w*|give|gives|giving|write|writes|written|build|builds|present|presents|"
    r"publish\w*|create\w*|produce\w*|run|runs|lead|leads|chair\w*|complete\w*|finish\w*|"
    r"updated?|cleaned\s+up|set\s+up|drawn\s+up|draw\s+up|up[\s-]to[\s-]date|actueel)\b"
)
"""A deliverable counts as measurable when the goal also says it will be produced."""
MADE_ONLY_RE = re.compile(r"\b(\w*(?:regels|afspraken|indeling|inrichting)|rules|layouts?)\b")
"""Things that count as made only when they are said to be made ("de veiligheidsregels
vertaald", "a new layout designed"); "de regels op peil houden" keeps them."""
PERFECT_RE = re.compile(
    r"\b(?:heb|hebt|heeft|hebben|had|hadden|is|zijn|ben|was|waren|ligt|staat|"
    r"have|has|had|'ve|been)\b"
)
"""An auxiliary of the perfect: "heb ik ... geschreven", "... uitgeschreven hebben", "is ...
herwerkt", "I have written"."""
PARTICIPLE_RE = re.compile(
    r"\b(?:(?:aan|af|bij|door|in|mee|na|om|op|over|samen|terug|toe|uit|vast|voor|weg)?"
    r"ge[a-z]{3,}(?:d|t|en)|(?:be|ver|ont|her)[a-z]{3,}(?:d|t)|ontworpen|beschreven|"
    r"herschreven|[a-z]{3,}ed|(?:re)?written|drawn|(?:re)?built|made|put\s+together|"
    r"set\s+up|laid\s+out|shot)\b"
)
"""A Dutch past participle ("geschreven", "opgemaakt", "vernieuwd", "ontwikkeld") or an
English one ("written", "drawn up", "updated")."""
PAST_EN_RE = re.compile(
    r"\b(?:i|we)\s+(?:\w+\s+)?([a-z]{3,}ed|wrote|rewrote|drew|built|rebuilt|made|gave|held|"
    r"ran|led|shot|put\s+together|set\s+up)\b"
)
"""An English past form after its subject: "I wrote a guide", "we finally set up the rota"."""
NOT_MADE = frozenset(
    """
    geleerd bijgeleerd gestudeerd geoefend gevolgd bijgewoond gelezen bekeken verbeterd
    versterkt verdiept gegroeid gewerkt geweest gehad gekregen gedaan gebruikt geprobeerd
    gezien gevonden behaald gehaald geslaagd ontvangen verworven opgefrist meegedaan
    deelgenomen geoefend gekend begrepen geweten gevoeld beleefd ervaren verbeterd gepland
    learned studied practised practiced followed attended improved watched needed wanted
    used tried started planned enjoyed developed passed worked trained
    geinteresseerd gemotiveerd gericht betrokken gewend gespecialiseerd gebaseerd gefocust
    gedreven geboren gevestigd gelegen verbonden verplicht bekend bedoeld bezorgd benieuwd
    beperkt gecertificeerd gekwalificeerd opgeleid gebonden verwacht gevraagd
    interested focused focussed involved required based called supposed concerned related
    qualified certified motivated specialised specialized committed dedicated located employed
    engaged skilled experienced excited satisfied tired bored expected asked
    """.split()
)
"""Participles of learning, taking part or being ("geleerd", "gevolgd"), and those used as
adjectives ("geïnteresseerd in", "focused on"): what one learnt or is, is no product."""

_LEARN_BEFORE_RE = re.compile(
    r"\b(?:(?:leren|leer|learn\s+to|learn\s+how\s+to)\s+(?:\w+\s+){0,5}|"
    r"(?:beter|sneller|vlotter|better|faster)\s+(?:\w+\s+)?|\b(?:het|the)\s)$"
)
"""Learning to make something ("leren een rooster maken") or making as an activity ("in het
opstellen van offertes") is no deliverable yet."""
_SETTING_RE = re.compile(
    r"\b(?:tijdens|during|na|after|sinds|since|in|op|at)\s+(?:(?:de|het|the|een|a|mijn|my|"
    r"ons|onze|our)\s+)?$"
)
"""A deliverable right after "tijdens"/"na"/"in" is the setting ("tijdens de les", "in het
magazijn"), not a product."""

Check = Callable[[str, str, Language], SmartCriterion | None]


def _number(rest: str, text: str, lang: Language) -> SmartCriterion | None:
    """A score, a number of the result (a share, a target after "minstens", a count of
    things), none of a counted thing, or a change of a quantity."""
    score = SCORE_RE.search(rest) or SCORE_WORD_RE.search(rest) or _rank(rest)
    if score:
        target = COMPARE_BEFORE_RE.search(rest, max(0, score.start() - 25), score.start())
        shown = rest[target.start() if target else score.start() : score.end()]
        return crit("measurable_score", lang, met=True, what=" ".join(shown.split()))
    for match in lex.NUMBER_RE.finditer(rest):
        value = float(match.group(1).replace(",", "."))
        if match.group(1).isdigit() and 1900 <= value <= 2199:
            continue  # a year
        effort = EFFORT_UNIT_RE.match(rest, match.end())
        if effort and not _given(rest, match.end()) and not _absence(rest, effort.end(), value):
            continue  # "al 15 jaar", "10 uur per week": time spent, not a result
        if lex.LABEL_BEFORE_RE.search(rest, max(0, match.start() - 30), match.start()):
            continue  # "ploeg 3", "ISO 9001": a name, not a quantity
        share = SHARE_AFTER_RE.match(rest, match.end())
        if (
            share
            and share.group().strip() in ("x", "keer", "maal", "per")
            and EFFORT_VERB_RE.search(rest)
        ):
            continue  # "3 keer per week oefenen": effort
        target = COMPARE_BEFORE_RE.search(rest, max(0, match.start() - 25), match.start())
        noun = _NOUN_AFTER_RE.match(rest, match.end())
        unit = UNIT_AFTER_RE.match(rest, match.end())
        counted = noun is not None and noun.group(1) not in FUNCTION_WORDS
        if share or target or counted or unit:
            end = unit.end() if unit else noun.end() if counted and noun else match.end()
            rate = share is not None and share.group().strip() == "per"
            if rate and share is not None and (per := _NOUN_AFTER_RE.match(rest, share.end())):
                end = per.end()  # "120 per uur"
            shown = rest[match.start() : end]
            return crit("measurable_number", lang, met=True, what=" ".join(shown.split()))
    count = COUNT_WORD_RE.search(rest) or ZERO_RE.search(rest)
    if count and (count.group(1) in _ZERO or not EFFORT_UNIT_RE.match(" " + count.group(2))):
        return crit("measurable_number", lang, met=True, what=count.group(0))
    none = NONE_OF_RE.search(rest)
    if none:
        return crit("measurable_number", lang, met=True, what=none.group(0))
    change = lex.CHANGE_RE.search(rest)
    if change:
        return crit("measurable_number", lang, met=True, what=change.group(0))
    return None


def _rank(rest: str) -> re.Match[str] | None:
    from pop_assistent.language.smart_roles import is_outcome

    return next((m for m in RANK_RE.finditer(rest) if is_outcome(m.group(1))), None)


_ZERO = frozenset({"nul", "zero", "0"})
ZERO_RE = re.compile(r"\b(nul|zero)\s+([a-z][\w-]+)")
"""Zero of anything is a target, never time spent: "nul dagen ziek", "zero days off"."""
ABSENCE_RE = re.compile(
    r"\s+(?:meer\s+|per\s+\w+\s+)?(?:ziek\w*|afwezig\w*|thuis|uitval\w*|verzuim\w*|"
    r"(?:te\s+)?laat|vertraging|sick|absent|off\b|late|delay\w*)"
)
"""Days or hours of absence or delay after the unit ("3 dagen ziek", "2 days late"): a count
of the result, not time spent on learning."""


def _absence(rest: str, at: int, value: float) -> bool:
    """A number of time units that is a result: zero of them (no one spends zero hours), or
    days of absence or delay (see `ABSENCE_RE`)."""
    return value == 0 or ABSENCE_RE.match(rest, at) is not None


_SESSIONS_RE = re.compile(r"\s*(?:lessen|sessies|lessons?|sessions?)\b")


def _given(rest: str, at: int) -> bool:
    """ "10 lessen voorbereid", "6 sessions delivered": sessions one makes or gives are a
    result; sessions one follows ("10 lessen volgen") are effort."""
    if not _SESSIONS_RE.match(rest, at) or EFFORT_VERB_RE.search(rest):
        return False
    return any(not _LEARN_BEFORE_RE.search(rest, 0, p.start()) for p in PRODUCE_RE.finditer(rest))


COURSE_NAMED_RE = re.compile(
    r"\b(?:opleiding|cursus|training|vorming|course|module)\s+(?:['\"‘][^'\"’]{3,60}['\"’]|"
    r"(?!(?:over|volgen|afronden|afwerken|halen|met|om|te|in|op|voor|van|de|het|een)\b)"
    r"[a-z0-9][\w-]{2,})"
)
"""A course named by its subject ("de opleiding hoogwerker", "de cursus 'Veilig werken'"):
the attest it ends with is then named too."""


def _named(rest: str, match: re.Match[str]) -> bool:
    """A proof with a name: "attest wondzorg", "heftruckattest", "forklift licence", "VCA"."""
    word = match.group(0).split()[0]
    if word not in PROOF_NOUNS and not any(_one_off(word, noun) for noun in PROOF_NOUNS):
        return True  # a compound ("heftruckattest") or a level ("B1") names itself
    if COURSE_NAMED_RE.search(rest):
        return True
    after = _AFTER_PROOF_RE.match(rest, match.end())
    if after and after.group(1) in _GRADE_WORDS:
        after = _AFTER_PROOF_RE.match(rest, after.end())  # "brevet hogere redder"
    if after and _qualifies(after.group(1)):
        return True
    before = _BEFORE_PROOF_RE.search(rest, 0, match.start())
    return before is not None and _qualifies(before.group(1))


_AFTER_PROOF_RE = re.compile(
    r"[\s'\"‘’:-]+(?:van\s+|voor\s+|in\s+|als\s+|of\s+|for\s+|as\s+(?:a\s+|an\s+)?)?"
    r"([a-z0-9][\w+-]*)"
)
_BEFORE_PROOF_RE = re.compile(r"([a-z0-9][\w+-]*)[\s-]+$")


QUALIFICATION_RE = re.compile(
    r"\b(?:attest|certificaat|certificate|certification|diploma|getuigschrift|brevet|bachelor|"
    r"master|graduaat|"
    r"licen[cs]e|rijbewijs|examen|exam|\w+bewijs)\b"
)
"""A certificate, diploma or licence noun on its own: named by the word after it."""


def named_qualification(rest: str, text: str) -> str | None:
    """A qualification named by what it certifies, as typed ("attest veiligheidscoördinator",
    "diploma zorgkundige", "certificate in food hygiene"): it says which competence, so it is
    specific even when the rest of the goal is vague; None for "een attest", "mijn diploma"."""
    for match in QUALIFICATION_RE.finditer(rest):
        after = _AFTER_PROOF_RE.match(rest, match.end())
        if after and after.group(1) in _GRADE_WORDS:
            after = _AFTER_PROOF_RE.match(rest, after.end())
        if after and _qualifies(after.group(1)) and not after.group(1).isdigit():
            return " ".join(text[match.start() : after.end()].split())
    return None


def _qualifies(word: str) -> bool:
    """A word that names which proof ("wondzorg", "forklift", "c"), not an article or verb."""
    return word not in _QUALIFIER_SKIP and (word not in lex.GENERIC or len(word) == 1)


_GRADE_WORDS = frozenset(
    "hoger hogere lager lagere basis advanced gevorderd gevorderde first eerste".split()
)
"""Grades in the name of a proof: "brevet hogere redder", "diploma basis EHBO"."""


def _proof(rest: str, text: str, lang: Language) -> SmartCriterion | None:
    """A named certificate, licence, level or score."""
    for match in PROOF_RE.finditer(rest):
        if _named(rest, match):
            return crit("measurable_proof", lang, met=True, what=match.group(0).strip())
    named = lex.CERTIFICATES_RE.search(rest)
    if named:
        return crit("measurable_proof", lang, met=True, what=text[named.start() : named.end()])
    if lex.OBTAIN_RE.search(rest):
        for acronym in lex.ACRONYM_RE.finditer(text[: len(rest)]):
            if rest[acronym.start() : acronym.end()].strip():  # not inside the time expression
                return crit("measurable_proof", lang, met=True, what=acronym.group(0))
    for word in re.finditer(r"[a-z]{5,}", rest):  # one slip: "heftruckatest", "lisence"
        if _slipped_proof(word.group()) and _named(rest, word):
            return crit("measurable_proof", lang, met=True, what=word.group())
    unnamed = _UNNAMED_PROOF_RE.search(rest)
    if unnamed and not _ATTENDANCE_RE.match(rest, unnamed.end()):
        return crit("measurable_proof", lang, met=True, what=unnamed.group(0))
    passed = _PASSED_RE.search(rest)
    if passed:
        return crit("measurable_proof", lang, met=True, what=passed.group(0))
    return None


_PASSED_RE = re.compile(
    r"\b(?:pass|passes|passing|slagen|slaag|slaagt|geslaagd)\s+(?:for\s+|voor\s+|op\s+)?"
    r"(?:the\s+|het\s+|de\s+|my\s+|mijn\s+|a\s+|an\s+|een\s+)?(?:[a-z]+\s+)?"
    r"(?:exam|examen|test|toets|check|controle|audit|inspectie|inspection|proef|assessment|"
    r"quiz)\b"
)
"""An assessment passed ("pass the check", "slagen voor de toets"): passed or not can be
checked, whatever its name."""


_UNNAMED_PROOF_RE = re.compile(
    r"\b(?:attest|certificaat|certificate|certification|diploma|getuigschrift|brevet|licen[cs]e|"
    r"rijbewijs|bachelor|master|graduaat|degree)\b|"
    r"\b(?:gediplomeerd|gecertificeerd|certified)\b(?!\s+[a-z])"
)
"""A proof that does not say which ("een attest halen", "get a certificate"): whether it is
there can be checked, so it is measurable; Specifiek asks which one. "Gediplomeerd" only at
the end of its clause: "gediplomeerd zorgkundige" is a title (a role, or the job one has now)."""
_ATTENDANCE_RE = re.compile(r"\s+(?:van|of)\s+(?:deelname|aanwezigheid|attendance|participation)\b")
"""An attendance certificate proves presence, not a result."""


@lru_cache(maxsize=8192)
def _slipped_proof(word: str) -> bool:
    """A proof word, or a compound ending in one, with one slip ("atest", "heftruckatest")."""
    for key in PROOF_KEYWORDS:
        for size in (len(key) - 1, len(key), len(key) + 1):
            if len(word) >= size and _one_off(word[-size:], key):
                return True
    return False


def _one_off(word: str, key: str) -> bool:
    """One letter typed wrong, added, dropped or swapped ("lisence", "diplomma")."""
    return OSA.distance(word, key, score_cutoff=1) <= 1


WITHOUT_RE = re.compile(
    r"\b(?:zonder|without)\s+(?:[a-z]+ing\s+)?(?:de|het|mijn|m'n|onze|een|a|my|the|our)?\s*"
    r"([a-z]+)"
)
"""What one does without: a person ("zonder de chef", "without calling my manager") or a count
("zonder kasverschil")."""
_NONE_HEADS = ("verschil", "fout", "fouten", "schade", "ongeval", "ongevallen", "klacht",
               "klachten", "incident", "incidenten", "breuk", "verlies", "errors", "mistakes",
               "damage", "complaints", "accidents")  # fmt: skip


def _without(rest: str) -> str | None:
    """ "zonder de preventieadviseur": without the person who helps now; "zonder kasverschil":
    with none of a counted thing."""
    from pop_assistent.language.smart_roles import is_role

    for match in WITHOUT_RE.finditer(rest):
        word = match.group(1)
        if is_role(word) or word in lex.PEOPLE or word.endswith(_NONE_HEADS):
            return " ".join(match.group(0).split())
        clause = _CLAUSE_BREAK_RE.search(rest, match.end())
        stop = clause.start() if clause else len(rest)
        for later in list(_WORD_RE.finditer(rest, match.end(), stop))[:6]:
            if is_role(later.group()) or later.group() in lex.PEOPLE:
                # "without a driving instructor next to me", "zonder door te verbinden naar
                # een collega": without the person who helps now
                return " ".join(rest[match.start() : later.end()].split())
    return None


MYSELF_RE = re.compile(r"\b(?<!develop )(?<!improve )(?<!challenge )(?<!motivate )myself\b")
"""English "I change the oil myself"; not "develop myself"."""


TAKE_OVER_RE = re.compile(
    r"\b(?:overnemen|overneem\w*|over\s+nemen|neem\w*\s+(?:\w+\s+){0,8}?over|"
    r"vervang\w*|invallen\s+voor|val\w*\s+in\s+voor|take\w*\s+over|taking\s+over|"
    r"took\s+over|replace\w*|stand\w*\s+in\s+for|cover\w*\s+for)\b"
)
"""Taking over what someone else does now ("de taken van mijn ploegbaas overnemen", "mijn
chef vervangen als hij afwezig is", "stand in for the shift leader"): observable when the goal
names who ("de oude kassa vervangen" names no one)."""
_WORD_RE = re.compile(r"[a-z]+")
_CLAUSE_BREAK_RE = re.compile(r"\s(?:en|and|or)\s|[,;:.]")


def _take_over(rest: str) -> str | None:
    from pop_assistent.language.smart_roles import is_role

    for verb in TAKE_OVER_RE.finditer(rest):
        near = [
            w
            for w in _WORD_RE.finditer(rest, max(0, verb.start() - 30), verb.end() + 40)
            if (is_role(w.group()) or w.group() in lex.PEOPLE)
            and not _CLAUSE_BREAK_RE.search(
                rest, min(w.end(), verb.end()), max(w.start(), verb.start())
            )
        ]
        if near:
            first = min(near[0].start(), verb.start())
            last = max(near[-1].end(), verb.end())
            return " ".join(rest[first:last].split())
    return None


def _alone(rest: str, text: str, lang: Language) -> SmartCriterion | None:
    found = ALONE_RE.search(rest) or MYSELF_RE.search(rest)
    if found is None:
        taken = _take_over(rest)
        if taken is not None:
            return crit("measurable_proof", lang, met=True, what=taken)
    if found is None:
        without = _without(rest)
        if without is not None:
            return crit("measurable_proof", lang, met=True, what=without)
        for word in re.finditer(r"zelf\w{5,}", rest):
            if _one_off(word.group(), "zelfstandig"):
                return crit("measurable_proof", lang, met=True, what=word.group())
        return None
    return crit("measurable_proof", lang, met=True, what=" ".join(found.group(0).split()))


def _made(rest: str) -> bool:
    """Something made, said in the past or perfect ("heb ik het onthaalboekje geschreven",
    "de leerlijn uitgeschreven hebben", "I have drawn up the rota", "I wrote a guide"). A
    word that names the thing itself ("gesprekken", "gebouwen") is no participle of it."""
    past = [m.group(1) for m in PAST_EN_RE.finditer(rest)]
    if PERFECT_RE.search(rest):
        things = {t.span() for t in DELIVERABLE_RE.finditer(rest)}
        past += [
            p.group()
            for p in PARTICIPLE_RE.finditer(rest)
            if not _LEARN_BEFORE_RE.search(rest, 0, p.start())
            and not any(a <= p.start() < b for a, b in things)
        ]
    return any(" ".join(p.split()) not in NOT_MADE for p in past)


def _deliverable(rest: str, text: str, lang: Language) -> SmartCriterion | None:
    produce = next(
        (p for p in PRODUCE_RE.finditer(rest) if not _LEARN_BEFORE_RE.search(rest, 0, p.start())),
        None,
    )
    made = _made(rest)
    if produce is None and not made:
        return None
    made_only = MADE_ONLY_RE.search(rest) if made else None
    if made_only:
        return crit("measurable_deliverable", lang, met=True, what=made_only.group(0))
    for thing in DELIVERABLE_RE.finditer(rest):
        if not _SETTING_RE.search(rest, max(0, thing.start() - 20), thing.start()):
            return crit("measurable_deliverable", lang, met=True, what=thing.group(0))
    slipped = _slipped_thing(rest)
    if slipped:  # "de procedur uitgeschreven": one slip in the name of the thing
        return crit("measurable_deliverable", lang, met=True, what=slipped)
    done = DONE_STATE_RE.search(rest) if made else None
    if done:
        return crit("measurable_deliverable", lang, met=True, what=done.group())
    built = BUILT_RE.search(rest) if made else None
    if built:
        return crit("measurable_deliverable", lang, met=True, what=" ".join(built.group().split()))
    return None


def _slipped_thing(rest: str) -> str | None:
    """A thing of `THINGS` typed with one slip ("procedur", "handleidng"), or a compound
    ending in one ("poetsprocedur"); a word of its own in the dictionary is no slip."""
    for word in re.finditer(r"[a-z]{6,}", rest):
        if _slipped_word(word.group()):
            return word.group()
    return None


@lru_cache(maxsize=8192)
def _slipped_word(word: str) -> bool:
    """`_slipped_thing` for one word."""
    from rapidfuzz import process

    from pop_assistent.language.dictionary import known_word

    tails = (word[-n:] for n in range(6, min(len(word), 18) + 1))
    return any(
        process.extractOne(tail, _LONG_THINGS, scorer=OSA.distance, score_cutoff=1)
        for tail in tails
    ) and not known_word(word)


DONE_STATE_RE = re.compile(
    r"\b(?:opgeruimd|gelabeld|geordend|gesorteerd|gedigitaliseerd|gearchiveerd|ingescand|"
    r"geinventariseerd|opgeschoond|gereorganiseerd|heringericht|uitgezuiverd|"
    r"sorted\s+out|tidied\s+up|cleared\s+out|cleaned\s+up|labell?ed|digiti[sz]ed|archived|"
    r"reorgani[sz]ed|inventoried|scanned)\b"
)
"""Things put in order, said in the perfect ("heb ik alle ladingbrieven gedigitaliseerd", "I
will have sorted out the store"): the result is there to see, whatever the things are."""

BUILT_RE = re.compile(
    r"\b(?:set\s+up|built|installed|opened|launched|created)\s+(?:a|an|the|our|my)\s+"
    r"(?:[a-z]+\s+){0,2}[a-z]{3,}|"
    r"\b(?:een|de|het|onze|ons|mijn)\s+(?:[a-z]+\s+){0,2}?[a-z]{3,}\s+(?:[a-z]+\s+){0,3}?"
    r"(?:ingericht|opgezet|gebouwd|geinstalleerd|aangelegd|opgestart|geopend|gemaakt)\b"
)
"""Something set up or built, said in the perfect ("I will have set up a reading corner", "heb
ik een leeshoek ingericht"): a thing that exists when done, whatever its name."""


def _routine(rest: str, text: str, lang: Language) -> SmartCriterion | None:
    found = ROUTINE_RE.search(rest)
    if found is None or EFFORT_VERB_RE.search(rest):
        return None
    return crit("measurable_routine", lang, met=True, what=" ".join(found.group(0).split()))


def _status(rest: str, text: str, lang: Language) -> SmartCriterion | None:
    """A status attained: a permanent contract, a pay grade ("barema B2"), a job title."""
    status = STATUS_RE.search(rest)
    if status:
        return crit("measurable_role", lang, met=True, what=" ".join(status.group(0).split()))
    return None


def _role(rest: str, text: str, lang: Language) -> SmartCriterion | None:
    title = attained_role(rest)
    if title:
        return crit("measurable_role", lang, met=True, what=title)
    rating = RATING_RE.search(rest)
    if rating:
        return crit("measurable_rating", lang, met=True, what=rating.group(1) or rating.group(2))
    return None


def _witnessed(rest: str, text: str, lang: Language) -> SmartCriterion | None:
    """Someone else sees or confirms the result ("mijn ploegleider ziet dat ik ...")."""
    found = witness(rest)
    return crit("measurable_witness", lang, met=True, what=found) if found else None


CHECKS: tuple[Check, ...] = (
    _status, _number, _proof, _alone, _deliverable, _routine, _role, _witnessed,
)  # fmt: skip


def measurable(rest: str, text: str, lang: Language) -> SmartCriterion:
    """Meetbaar, judged on the goal without its time expression and setting (`rest`, folded)
    and the goal as typed (`text`, same offsets)."""
    for check in CHECKS:
        found = check(rest, text, lang)
        if found is not None:
            return found
    return crit("measurable_no", lang, met=False)
