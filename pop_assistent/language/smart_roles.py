"""Jobs, ranks, workplaces and employment status: what a goal may aim at, but never a skill.

"Tegen 2028 ben ik magazijnverantwoordelijke" names a role attained: Meetbaar (one can check
it) but not Specifiek (which skill?). "Een betere buschauffeur worden" names one's job with a
wish: neither. Job titles are recognised by a list and by the heads of Dutch compounds
("hoofd|verpleegkundige", "ploeg|baas", "kassa|medewerker"); English job titles by their last
word ("shift supervisor", "bus driver"). Works on folded text (see `normalize.fold`).
"""

from __future__ import annotations

import re
from functools import lru_cache

ROLE_WORDS: frozenset[str] = frozenset(
    """
    verpleegkundige verpleegkundigen verpleger verpleegster zorgkundige zorgkundigen verzorgende
    verzorger verzorgster kok koks chef chefs souschef sous-chef hoofdkok chauffeur chauffeurs
    postbode magazijnier magazijniers orderpicker heftruckchauffeur schoonmaker schoonmaakster
    poetsvrouw poetsman poetshulp leerkracht leerkrachten leraar lerares leraren juf juffrouw
    meester kleuterjuf kleuterleider onderwijzer onderwijzeres docent docente opvoeder opvoedster
    begeleider begeleidster kinderbegeleider kinderverzorgster teamleider teamleidster
    teamleiders ploegbaas ploegleider meestergast voorman werfleider teamcoach coach coordinator
    coordinatrice verantwoordelijke manager directeur directrice verkoper verkoopster verkopers
    kassier kassierster caissiere kassamedewerker bediende operator monteur technieker technicus
    elektricien loodgieter lasser metselaar timmerman schrijnwerker dakwerker kapper kapster
    bakker slager boekhouder secretaresse receptionist receptioniste onthaalmedewerker vroedvrouw
    kinesist ergotherapeut logopedist apotheker arts dokter agent conciergee concierge tuinman
    hovenier bewaker portier vakman werkman arbeider arbeiders medewerker medewerkster
    poetskracht werkkracht hulpkracht schoonmaakkracht keukenhulp zorgkracht
    afdelingshoofd diensthoofd hoofdverpleegkundige zorgcoordinator stagebegeleider mentor
    supervisor supervisors foreman leader lead manager nurse nurses caregiver caregivers carer
    teacher teachers driver drivers cleaner cleaners cook cooks chef assistant clerk cashier
    mechanic electrician plumber welder carpenter technician accountant receptionist director
    principal headteacher waiter waitress nanny picker warehouseman officer head coordinator
    professional expert specialist worker workers assistent assistente stagiair stagiaire
    aanspreekpunt ambassadeur superuser keyuser key-user peter go-to contactpersoon
    planner planners dispatcher dispatchers teamlead
    leidinggevende leidinggevenden baas bazen senior junior
    student jobstudent operative
    inspecteur inspecteurs inspector sergeant sergeants korporaal brigadier adjudant luitenant
    kapitein commandant commissaris majoor hoofdagent wachtmeester captain lieutenant
    corporal commissioner superintendent chief instructor instructeur trainer hoofd
    """.split()
)
"""Job titles and ranks (Dutch and English): a role is what one is, not what one can do."""

ROLE_HEADS: tuple[str, ...] = (
    "verpleegkundige", "kundige", "leider", "leidster", "hoofd", "baas", "chef", "kok", "coach",
    "coordinator", "coordinatrice", "verantwoordelijke", "manager", "medewerker", "medewerkster",
    "chauffeur", "directeur", "directrice", "juf", "opvoeder", "opvoedster", "begeleider",
    "begeleidster", "assistent", "assistente", "bediende", "arbeider", "agent",
    "vrouw", "gast", "verzorger", "verzorgster", "verzorgende", "technicus", "technieker",
    "monteur", "operator", "schoonmaker", "verkoper", "verkoopster", "hulp", "opleider",
    "adviseur", "persoon", "consulent", "deskundige", "werker", "inspecteur", "instructeur",
    "commissaris", "leader", "planner",
)  # fmt: skip
"""Heads of Dutch compound job titles: "ploegbaas", "assistent-winkelmanager", "poetshulp"."""

ENGLISH_PLACE_HEADS: frozenset[str] = frozenset(
    "centre center warehouse shop store hall room floor site unit ward department plant".split()
)
"""English workplaces of two words end in one of these: "distribution centre"."""

ENGLISH_ROLE_HEADS: frozenset[str] = frozenset(
    "worker driver leader lead supervisor manager nurse assistant operator officer".split()
)
"""English job titles of two words end in one of these: "care worker", "shift leader"."""

TITLE_MODIFIERS: frozenset[str] = frozenset(
    "head chief senior junior deputy assistant lead".split()
)
"""English words that make the next word a job title: "head housekeeper", "chief steward"."""

NOT_ROLES: frozenset[str] = frozenset(
    "eerstehulp zelfhulp wondzorgkundige vakkracht denkkracht spierkracht zeggingskracht "
    "hoogwerker hoogwerkers hoogtewerker hoogtewerkers".split()
)
"""Words that end like a job title but are not one (a "hoogwerker" is a machine)."""

PLACE_WORDS: frozenset[str] = frozenset(
    """
    afdeling afdelingen dienst diensten spoed spoedafdeling spoeddienst restaurant restaurants
    winkel winkels filiaal filialen regio stad gemeente magazijn magazijnen kinderopvang creche
    leefgroep school
    scholen werf werven keuken keukens ziekenhuis woonzorgcentrum rusthuis wzc zorgcentrum
    kantoor fabriek atelier werkplaats loket balie stadhuis hotel bakkerij slagerij supermarkt
    warenhuis depot vestiging site campus kliniek praktijk bedrijf organisatie firma zaak
    klas klassen klaslokaal leefgroepen
    ward hospital shop store kitchen factory plant warehouse branch department region class
    classroom centre center lijn line gebouw gebouwen building buildings
    """.split()
)
"""Workplaces: where a goal happens ("op de spoed", "in ons filiaal"), never what it is about."""

PLACE_HEADS: tuple[str, ...] = (
    "afdeling", "centrum", "huis", "winkel", "school", "ploeg", "opvang", "filiaal",
    "kantoor", "ziekenhuis", "magazijn", "zaak", "bedrijf", "restaurant",
)  # fmt: skip

OUTCOME_WORDS: frozenset[str] = frozenset(
    """
    score scores evaluatie evaluaties beoordeling beoordelingen bevraging enquete enquetes
    klachten klacht fouten fout complaints complaint errors mistakes ranking bonus punten cijfer
    ongeval ongevallen incident incidenten accident accidents incidents
    functioneringsgesprek evaluatiegesprek beoordelingsgesprek jaargesprek tevredenheid satisfaction
    klanttevredenheid mystery shopper rating resultaat resultaten survey surveys appraisal
    review reviews werkpunt werkpunten verbeterpunt verbeterpunten opmerking opmerkingen
    controle controles inspectie inspecties audit audits inspection inspections
    ster sterren star stars omzet omzetcijfers verkoopcijfers revenue turnover sales
    gemiddeld gemiddelde average top target targets quota norm
    keten ketens winkelketen winkelketens chain rijblad strafblad record
    """.split()
)
"""What a result is read from (a score, a survey, complaints): it says how, not which skill."""

OUTCOME_HEADS: tuple[str, ...] = (
    "bevraging", "enquete", "evaluatie", "beoordeling", "score", "controle", "review", "audit",
    "tevredenheid", "satisfaction",
    "doel", "appraisal", "survey", "rating",
)  # fmt: skip
"""Heads of compounds that name where a result is read ("kwaliteitscontrole", "verkoopdoel",
"klantenbevraging"); a slip in a long one is forgiven ("kwaliteitskontrole", "apraisal")."""

CLEAN_RECORD = (
    r"\b(?:schoon|schone|blanco|propere?|clean|spotless)\s+(?:\w+\s+)?"
    r"(?:rijblad|strafblad|record|sheet)\b"
)
"""A clean record ("een schoon rijblad", "a clean driving record"): none of a counted thing."""
OUTCOME_PHRASE_RE = re.compile(
    r"\b(?:positieve|goede|betere|negatieve|positive|good|better|negative)\s+feedback\b"
    r"|\bfeedback\s+(?:van|from)\b|" + CLEAN_RECORD
)
"""Feedback received as a result ("85% positieve feedback", "feedback van de ouders") and a
clean record: a measure, where "feedback geven" is a skill."""

STATUS_WORDS: frozenset[str] = frozenset(
    """
    contract contracten benoeming benoemd vastbenoemd vastbenoeming statuut promotie promoted
    aangesteld aanstelling bevorderd bevordering gepromoveerd appointed appointment
    promotion permanent onbepaalde bepaalde duur vast vaste pensioen tenure
    barema baremas loonschaal salarisschaal weddeschaal looncategorie loonklasse functieklasse
    functietitel titel title pay salary wage
    """.split()
)
"""Employment status: a contract, an appointment, a pay grade or a title is attained, not
learnt."""

COMPARATIVES: frozenset[str] = frozenset(
    """
    betere beter goede goed goeie goei sterkere sterker nog echte volwaardige volleerde ervaren
    ervarener
    better good great stronger best beste perfecte perfect fijne
    """.split()
)
"""Before a job title these make it a wish about oneself ("een betere kok"), not a role
attained."""

QUALIFIED: frozenset[str] = frozenset(
    """
    gediplomeerd gediplomeerde erkend erkende gecertificeerd gecertificeerde gekwalificeerd
    gekwalificeerde bevoegd bevoegde qualified certified licensed registered chartered
    """.split()
)
"""Before a job title these say the title is earned ("gediplomeerd zorgkundige"): still a role
attained."""

_ATTAIN_BEFORE = frozenset(
    """
    ben word wordt naar tot become becomes becoming be promoted als
    """.split()
)
"""Words before a job title that make it a role attained: "ben ik ploegbaas", "doorgroeien
naar souschef", "promoted to shift leader", "een functie als teamleider" (see `_ROLE_AS`)."""
_ATTAIN_AFTER = frozenset("zijn worden wordne worde zij word ben".split())
_ROLE_AS_RE = re.compile(
    r"\b(?:(?:een|a|an|nieuwe|new|vaste)\s+(?:\w+\s+)?(?:functie|job|rol|plaats|positie|post|"
    r"betrekking|position|role)|benoeming|benoemd|aangesteld|promoted|promotie)"
    r"\s+(?:\w+\s+){0,2}?(?:als|as|tot|to)\s+(?:een\s+|a\s+|an\s+)?$"
)
"""A role named after "een functie als", "benoemd tot", "promoted to": a role attained."""
_SKIP = frozenset("een de het a an the mijn onze ons my our ik i je we wij to nu now".split())
_SUBJECTS = frozenset("ik hij zij ze je jij i he she".split())
_BETWEEN = frozenset("van bij in op de het een ons onze mijn at of in the our my".split())

_GRADE = (
    r"barema|loonschaal|salarisschaal|weddeschaal|looncategorie|loonklasse|functieklasse|"
    r"(?:pay|salary|wage)\s+(?:grade|scale|band|level)"
)
STATUS_RE = re.compile(
    r"\b(vaste?\s+(?:benoeming|contract|aanstelling|job|betrekking)|vast\s+benoemd|"
    r"vastbenoem\w*|contract\s+van\s+onbepaalde\s+duur|vast\s+in\s+dienst|"
    r"in\s+vast\s+dienstverband|permanent\s+(?:contract|position|job)|tenure|"
    r"promoted|promotie\s+(?:maken|krijgen|naar|tot)|"
    r"(?:" + _GRADE + r")\s+(?:[a-z]?\d{1,2}[a-z]?\d?|hoger|higher|up)|"
    r"(?:hogere?|volgende|higher|next)\s+(?:" + _GRADE + r")|"
    r"(?:ben|word|wordt|am|be|become)\s+(?:ik\s+|i\s+)?(?:officieel\s+|officially\s+)?"
    r"(?:bevoegd|gemachtigd|authori[sz]ed|accredited)|"
    r"(?:functie)?titel\s+(?:van\s+)?[a-z][\w-]+|(?:job\s+)?title\s+(?:of\s+)?[a-z][\w-]+)\b"
)
"""An employment status attained (a permanent contract, a pay grade named or one up: "een
loonschaal hoger", "the next pay grade", a job title): observable, so Meetbaar."""

WORD_RE = re.compile(r"[a-z][a-z'-]*")


@lru_cache(maxsize=4096)
def is_role(word: str) -> bool:
    """A job title or rank, also as the head of a compound or with one slip ("leerkacht")."""
    if word in ROLE_WORDS:
        return True
    if word in NOT_ROLES or len(word) < 4:
        return False
    if word.endswith("s") and len(word) > 6 and _role_form(word[:-1]):
        return True  # "wegenwerkers"
    if word.endswith("en") and len(word) > 8 and _role_form(word[:-2]):
        return True  # "poetshulpen"; a short verb like "coachen" stays a verb
    return _role_form(word)


def _role_form(word: str) -> bool:
    """`is_role` for one form of a word."""
    if word in ROLE_WORDS:
        return True
    if word in NOT_ROLES or len(word) < 4:
        return False
    if "-" in word:
        return any(is_role(part) for part in word.split("-") if part)
    if any(word.endswith(head) and len(word) >= len(head) + 3 for head in ROLE_HEADS):
        return True
    if len(word) >= 7:
        from pop_assistent.language.tokens import slips

        return any(
            slips(word, role) <= 1 for role in ROLE_WORDS if role[0] == word[0] and len(role) >= 6
        )
    return False


@lru_cache(maxsize=4096)
def is_place(word: str) -> bool:
    """A workplace ("spoed", "filialen", "zorgafdeling")."""
    if word in PLACE_WORDS:
        return True
    return any(word.endswith(head) and len(word) >= len(head) + 3 for head in PLACE_HEADS)


@lru_cache(maxsize=4096)
def is_outcome(word: str) -> bool:
    """A score, survey or count of complaints: how a result is read, not a skill."""
    if word in OUTCOME_WORDS or any(
        word.endswith(head) and len(word) > len(head) + 3 for head in OUTCOME_HEADS
    ):
        return True
    if len(word) < 7:
        return False
    from rapidfuzz.distance import OSA

    return any(
        OSA.distance(word[-size:], head, score_cutoff=1) <= 1
        for head in OUTCOME_HEADS
        if len(head) >= 6
        for size in (len(head) - 1, len(head), len(head) + 1)
        if len(word) >= size and (size == len(word) or len(word) > size + 3)
    )


_ALSO_TOOLS = frozenset("planner assistant dispatcher".split())
"""Titles that are the names of software too: with a capital ("werken met Planner") a tool."""


def tool_name(word: str, proper: bool) -> bool:
    """A title written as the name of software ("Planner"): a tool, not a role."""
    return proper and word in _ALSO_TOOLS


def is_setting(word: str, proper: bool = False) -> bool:
    """Any word that says who, where or in which status, never which skill. A name written
    with a capital ("Smartschool") is only a setting when it is such a word itself."""
    if proper:
        named = word in ROLE_WORDS and not tool_name(word, proper)
        return named or word in PLACE_WORDS | OUTCOME_WORDS | STATUS_WORDS
    return is_role(word) or is_place(word) or is_outcome(word) or word in STATUS_WORDS


def attained_role(folded: str) -> str | None:
    """The job title a goal says will be reached ("tegen 2028 ben ik magazijnverantwoordelijke",
    "doorgroeien naar souschef", "be promoted to shift leader"), or None; "een betere kok
    worden" and "groeien als opvoeder" name no role attained."""
    found = attained_span(folded)
    return found[0] if found else None


_TITLE_TAIL_RE = re.compile(
    r"(?:\s+(?:[a-z](?:/[a-z])*\b|(?:te\s+)?(?:zijn|worden|ben|word|wordt|be)\b|"
    r"(?:van|bij|in|op|aan|at|of|on|de|du)\s+"
    r"(?:(?:de|het|een|onze|ons|mijn|m'n|the|a|an|our|my)\s+)?[a-z][\w-]*))*"
)
"""What follows a title and belongs to it: a licence category ("chauffeur C/E") or where
("ploegbaas bij de wegenwerken", "head housekeeper of the hotel"); not what it is for
("aanspreekpunt voor dementie" names a field)."""


@lru_cache(maxsize=2048)
def attained_span(folded: str) -> tuple[str, int, int] | None:
    """`attained_role`'s title, with the span of the title and what belongs to it (a licence
    category, where): those words name the role, never a skill."""
    words = [(m.group(), m.start()) for m in WORD_RE.finditer(folded)]
    for index, (word, at) in enumerate(words):
        if not is_role(word):
            continue
        title, first = word, index
        modifier = words[index - 1][0] if index > 0 else ""
        if word in ENGLISH_ROLE_HEADS and modifier and modifier not in _SKIP | COMPARATIVES:
            title, first = f"{words[index - 1][0]} {word}", index - 1  # "shift leader"
            at = words[first][1]
        before = [w for w, _ in words[max(0, first - 4) : first]]
        near = [w for w in before if w not in _SKIP]
        while near and near[-1] in QUALIFIED:
            near.pop()  # "ben ik gediplomeerd zorgkundige", "be a qualified electrician"
        if near and (near[-1] in COMPARATIVES or _comparative(near[-1])):
            continue  # "een betere kok", "een vlottere kassierster": a wish about oneself
        if _praised(word):
            continue  # "een topverkoper", "een super-poetser": praise of one's own job
        if before and before[-1] in ("als", "as") and not _ROLE_AS_RE.search(folded[:at]):
            continue  # "groeien als opvoeder": the job one has
        if near and near[-1] in ("ben", "is") and before.index(near[-1]) > 0:
            if before[before.index(near[-1]) - 1] in _SUBJECTS:
                continue  # "ik ben (al zes jaar) zorgkundige": the job one has now
        end = at + len(title)
        tail = _TITLE_TAIL_RE.match(folded, end)
        span_end = tail.end() if tail else end
        if (near and near[-1] in _ATTAIN_BEFORE) or _ROLE_AS_RE.search(folded[:at]):
            return title, at, span_end
        if before[-2:] == ["i", "am"] and _OPENS_WITH_TIME_RE.match(folded[:at]):
            return title, at, span_end  # "By 2028 I am shift supervisor": the deadline first
        after_preposition = False
        for step, (later, _) in enumerate(words[index + 1 : index + 7]):
            if later in _ATTAIN_AFTER:
                return title, at, span_end  # "ploegbaas worden", "chef van de afwas worden"
            if later in _PREPOSITIONS or (step == 0 and later in _FRENCH_OF):
                after_preposition = True
            elif later in _BETWEEN or is_place(later) or len(later) == 1:
                continue  # "chauffeur C/E zijn": a licence category
            elif after_preposition:
                after_preposition = False  # the noun of "van de afwas"
            else:
                break
    return _slot_title(folded)


ATTAIN_SLOT_RE = re.compile(
    r"\b(?:benoemd|aangesteld|bevorderd|gepromoveerd|promoted|appointed)\s+(?:tot|als|to|as)\s+"
    r"(?:een\s+|a\s+|an\s+)?(?P<named>[a-z][\w-]+)"
    r"|\b(?:wil|ga|zal|hoop|moet|kan)\s+(?:ik|je|we|hij|zij)\s+(?:(?:eindelijk|graag|ooit|later|"
    r"zelf|ook|nog|echt|uiteindelijk|dan|binnenkort)\s+){0,2}(?P<bare>[a-z][\w-]{5,})\s+(?:te\s+)?"
    r"worden\b"
)
"""Where a goal names the title it will reach, whatever the title: "benoemd tot inspecteur",
"promoted to dispatcher", "wil ik eindelijk brigadier worden" (Dutch names a profession
without an article)."""
_ADJECTIVE_ENDS = ("ig", "lijk", "baar", "isch", "ief", "iev", "aal", "eel", "loos", "zaam", "st")


def _adjective(word: str, generic: frozenset[str]) -> bool:
    """A word that reads as an adjective or its comparative ("gelukkig", "rustiger",
    "sneller", "assertiever"), not as a title ("brigadier", "dispatcher")."""
    if word.endswith(_ADJECTIVE_ENDS):
        return True
    if not word.endswith("er") or len(word) < 5:
        return False
    root = word[:-2]
    if root in generic or (root[-1] == root[-2] and root[:-1] in generic):
        return True  # "beterer", "sneller", "vlotter"
    return len(_lemma(word)) < len(word)  # "rustiger" -> "rustig"; "vertegenwoordiger" stays


@lru_cache(maxsize=1024)
def _lemma(word: str) -> str:
    """The Dutch dictionary form (simplemma): a comparative gives its adjective."""
    from simplemma import lemmatize

    try:
        return str(lemmatize(word, lang="nl"))
    except ValueError:
        return word


def _slot_title(folded: str) -> tuple[str, int, int] | None:
    """A title in `ATTAIN_SLOT_RE`'s slot; before "worden" only a word that reads as a noun
    ("brigadier", not "zelfstandiger" or "gelukkig")."""
    from pop_assistent.language.smart_lexicon import GENERIC

    for match in ATTAIN_SLOT_RE.finditer(folded):
        name = "named" if match.group("named") else "bare"
        word = match.group(name)
        if word in GENERIC or word in _NOT_A_TITLE:
            continue
        if name == "bare" and not is_role(word) and _adjective(word, GENERIC):
            continue
        tail = _TITLE_TAIL_RE.match(folded, match.end(name))
        return word, match.start(name), tail.end() if tail else match.end(name)
    return None


_LEAD_FILLERS = frozenset(
    "gewoon echt nog graag ooit later eindelijk ook zelf wat iets een de het just really simply "
    "even a an the".split()
)


def names_a_quality(phrase: str) -> bool:
    """What one wants to become is a quality of oneself, not a role: "gewoon beter", "een
    betere kok", "zelfstandiger", "de beste verkoper", "better at my job"; "ploegleider" and
    "hoofd van de keuken" are roles. `phrase` is folded."""
    from pop_assistent.language.smart_lexicon import GENERIC

    words = [w for w in WORD_RE.findall(phrase) if w not in _LEAD_FILLERS]
    if not words or is_role(words[0]):
        return False
    first = words[0]
    return (
        first in COMPARATIVES
        or _comparative(first)
        or first in GENERIC
        or _adjective(first, GENERIC)
    )


def _comparative(word: str) -> bool:
    """A Dutch comparative before a title ("vlottere", "rustigere", "snellere")."""
    return len(word) > 6 and word.endswith("ere") and word not in ("andere", "hogere")


_OPENS_WITH_TIME_RE = re.compile(r"^[\s,.:;-]{3,}i\s+am\s+(?:(?:the|a|an)\s+)?$")
"""A goal whose time expression (blanked out) comes first, then "I am": the future."""

_PREPOSITIONS = frozenset("van bij in op voor at of in for on".split())
PRAISE = ("top", "super")
"""Before a job title in one word these praise the job one has ("topverkoper")."""


def _praised(word: str) -> bool:
    """A job title with praise in front ("topverkoper", "super-poetser"): a wish, no role."""
    for praise in PRAISE:
        rest = word.removeprefix(praise).lstrip("-")
        if rest != word and len(rest) >= 4 and is_role(rest):
            return True
    return False


_FRENCH_OF = frozenset("de du d".split())
"""Right after a title, French "de" joins its noun: "chef de partie", "maître d'hôtel"."""


_ADJECTIVE = (
    r"(?:[a-z]+ere|[a-z]+ige|goede|echte|ervaren|volleerde|betere|sterkere|nieuwe|new|better|"
    r"stronger|good|great|real|true|best|skilled|experienced|confident|more\s+[a-z]+)"
)
_NOT_A_TITLE = frozenset(
    """
    ik je jij we wij ze zij hij u men er het de dat die dit deze mijn m'n zijn haar onze ons
    een eerste tweede laatste gevolg i you we they it the this that my our soon well much many
    far long part such if when though
    """.split()
)
ROLE_SLOT_RE = re.compile(
    # "een betere kok worden", "een sterkere wegenwerker zijn"
    r"\been\s+(?:" + _ADJECTIVE + r"\s+)?(?P<nl>[a-z][\w-]+)\s+(?:te\s+)?(?:worden|zijn)\b"
    # "word ik een betere kok", "become a better bus driver", "be a stronger driver"
    r"|\b(?:word|wordt|ben|become|becomes|becoming|be|being)\s+(?:ik\s+|i\s+)?(?:een|a|an)\s+"
    r"(?:" + _ADJECTIVE + r"\s+)?(?P<be>[a-z][\w-]+(?:\s+[a-z][\w-]+)?)"
    # "groeien als kinderverzorgster", "als logistiek medewerker", "grow as a care worker"
    r"|\b(?:als|as\s+(?:a|an)|as)\s+(?P<as>[a-z][\w-]+(?:\s+[a-z][\w-]+)?)"
)
"""Where a goal names what one is, whatever the job: the noun after "een betere ... worden",
"become a ...", "als ...", "as a ..." is a role (a title, never a skill), also when it is in no
list ("stukadoor", "warehouse operative")."""


def role_slots(folded: str) -> set[int]:
    """The offsets of the words that stand where a goal names a role (see `ROLE_SLOT_RE`)."""
    from pop_assistent.language.smart_lexicon import GENERIC

    found: set[int] = set()
    for match in ROLE_SLOT_RE.finditer(folded):
        name = next(n for n in ("nl", "be", "as") if match.group(n))
        at = match.start(name)
        for index, word in enumerate(match.group(name).split()):
            if word in _NOT_A_TITLE or (index and word in GENERIC) or word.isdigit():
                break
            if index == 0 and name == "as" and word in GENERIC:
                break  # "as well", "als volgt": no title
            found.add(at)
            for part in re.finditer(r"-([a-z])", word):  # "top-poetser": the title is whole
                found.add(at + part.start(1))
            at += len(word) + 1
    return found
